"""Paste-ready text for a court's online forms (Singapore's CJTS claim): one block per form field."""

from __future__ import annotations

from typing import Any

from remedies.documents.base import Options
from remedies.documents.form_text import FormBlock, FormField, Formatter, case_line, labelled, render


def _lines(values) -> str:
    return "\n".join(f"- {v}" for v in values if v)


def _respondents(context: dict[str, Any], gettext) -> str:
    rows = []
    for r in context["respondents"] or []:
        who = r["name"] or gettext("Name unknown; identified by the online accounts below")
        rows.append(f"{gettext('Respondent')} {r['number']}: {who}")
        rows += [f"  {a}" for a in r["accounts"]]
    return "\n".join(rows)


def _incident(row: dict[str, Any], fmt: Formatter, gettext) -> str:
    when = fmt.date(row["date"]) + (f" {row['time']}" if row["time"] else "")
    lines = [labelled(gettext("Date"), when)]
    if row["platform"]:
        lines.append(labelled(gettext("Where"), " ".join(str(v) for v in (row["platform"], row["url"]) if v)))
    lines.append(labelled(gettext("What happened"), str(row["description"])))
    lines.append(labelled(gettext("Effect on the applicant"), str(row["effect"])))
    if row["marks"]:
        lines.append(labelled(gettext("Documents"), fmt.listing(row["marks"], "unit")))
    return "\n".join(lines)


def _orders(context: dict[str, Any], gettext) -> str:
    names = [t["name"] + f" ({t['section']})" for t in context["tests"]]
    lines = [gettext("Orders applied for: %(orders)s") % {"orders": "; ".join(names)}]
    lines += [f"- {o}" for o in (context["orders_sought"] or [])]
    lines += [f"- {o['name']} ({o['section']})" for o in context["statutory_orders"] if o["id"] != "damages"]
    return "\n".join(lines)


def blocks(context: dict[str, Any], part: dict[str, Any], fmt: Formatter, gettext) -> list[FormBlock]:
    chosen = part.get("form_fields", [])
    found: list[FormBlock] = []

    def add(key: str, heading: str, text: str) -> None:
        if key in chosen:
            found.append(FormBlock(heading, [FormField(key, heading, text, text, cuttable=False)]))

    add("claim_type", gettext("Type of claim"), _orders(context, gettext).splitlines()[0])
    add("respondents", gettext("Respondents"), _respondents(context, gettext))
    add("relationship", gettext("Relationship with the respondent"),
        _lines(f"{gettext('Respondent')} {r['number']}: {r['relationship']}" for r in context["respondents"] or []))
    if "incidents" in chosen:
        for row in context["chronology"] or []:
            heading = gettext("Incident %(number)s") % {"number": row["number"]}
            text = _incident(row, fmt, gettext)
            found.append(FormBlock(heading, [FormField("incident", heading, text, text)]))
    add("likely_to_continue", gettext("Why the conduct is likely to continue"), str(context["likely_to_continue"]))
    if context["expedited"]:
        add("expedited", gettext("Why an expedited order is needed"),
            "\n".join(str(v) for v in (context["urgency"], context["adverse_effect"])))
    add("orders", gettext("Orders sought"), _orders(context, gettext))
    add("documents", gettext("Documents to upload"),
        _lines(f"{e['mark']}: {e['description']}" for e in context["exhibits"]))
    return found


def form_text(context: dict[str, Any], part: dict[str, Any], options: Options, gettext) -> str:
    fmt = Formatter(options.locale)
    title = gettext("Paste-ready text: %(form)s") % {"form": part["title"]}
    preamble = [case_line(context, fmt, gettext),
                labelled(gettext("File through"), str(context["route"]["filed_through"])),
                gettext("The online form fills your own particulars from your login: type no identity number, "
                        "address or telephone number into the free-text fields."),
                gettext("The field names follow the order of the claim; check them against the form on screen.")]
    return render(title, preamble, blocks(context, part, fmt, gettext), lambda key: None, gettext)
