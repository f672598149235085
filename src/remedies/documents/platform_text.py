"""The platform report as paste-ready form text: per incident, the URL, category and description fields."""

from __future__ import annotations

from typing import Any

from remedies.documents.base import Options
from remedies.documents.form_text import (
    FormBlock,
    FormField,
    Formatter,
    case_line,
    labelled,
    over_limit,
    render,
)
from remedies.knowledge.platforms import PlatformProfile


def _account(row: dict[str, Any]) -> str:
    return " ".join(str(v) for v in (row["handle"], row["profile_url"]) if v)


def _category(row: dict[str, Any], mine: list[dict[str, Any]], platform: str, fmt: Formatter,
              gettext) -> tuple[str, str]:
    """`mine`: the policies that cover this incident's harms."""
    covered = [p for p in mine if p["covered"]]
    # Policy names often contain "and" themselves ("Abuse and Harassment"), so they are joined with "; ".
    short = "; ".join(p["name"] for p in covered) or "; ".join(p["harm_label"] for p in mine)
    lines = [f"{p['name']} ({p['url']})" for p in covered]
    lines += [gettext("%(harm)s: not covered by %(platform)s's rules (%(reason)s)")
              % {"harm": p["harm_label"], "platform": platform, "reason": p["reason"]}
              for p in mine if not p["covered"]]
    return short, "\n".join(lines)


def _description(row: dict[str, Any], context: dict[str, Any], category: str, fmt: Formatter,
                 gettext) -> tuple[str, str]:
    evidence_ids = fmt.listing((e["id"] for e in row["evidence"]), "unit")
    asks_short = gettext("Please remove it, act against the account and preserve its data for investigators.")
    posted = gettext("Posted by %(account)s on %(date)s.") % {
        "account": row["handle"] or gettext("the account"), "date": fmt.date(row["date"])}
    short = [f"{category}: {row['description']}", posted]
    if evidence_ids:
        short.append(gettext("Evidence kept: %(ids)s.") % {"ids": evidence_ids})
    short.append(asks_short)

    full = [gettext("On %(date)s the account %(account)s posted %(url)s.") % {
        "date": fmt.date(row["date"]) + (f" {row['time']}" if row["time"] else ""),
        "account": _account(row) or gettext("(account not recorded)"), "url": row["url"]}]
    full.append(str(row["description"]))
    if row["effect"]:
        full.append(gettext("Effect on the person targeted: %(effect)s") % {"effect": row["effect"]})
    if row["policies"]:
        full.append(gettext("This breaks your rules: %(policies)s.") % {"policies": "; ".join(row["policies"])})
    if row["laws"]:
        full.append(gettext("It is also unlawful under %(laws)s.") % {"laws": "; ".join(row["laws"])})
    for item in row["evidence"]:
        full.append(gettext("Evidence %(id)s: %(description)s, SHA-256 %(sha256)s.") % {
            "id": item["id"], "description": item["description"], "sha256": item["sha256"]})
    for report in context["police"]:
        full.append(gettext("Reported to %(body)s on %(date)s (reference %(reference)s).") % {
            "body": report["body"], "date": fmt.date(report["date"]) or "-",
            "reference": report["reference"] or "-"})
    full.append(gettext("We ask you to:") + " " + " ".join(
        f"({n}) {ask}" for n, ask in enumerate(context["asks"], start=1)))
    reporter = context["reporter"]
    who = ", ".join(str(v) for v in (reporter["name"], reporter["organisation"], reporter["email"]) if v)
    full.append(gettext("Reported by %(reporter)s.") % {"reporter": who})
    return " ".join(short), "\n".join(full)


def field_labels(gettext) -> dict[str, str]:
    return {"url": gettext("URL"), "category": gettext("Category (the rule broken)"),
            "description": gettext("Description")}


def blocks(context: dict[str, Any], fmt: Formatter, gettext) -> list[FormBlock]:
    platform = context["platform"]["name"]
    names = field_labels(gettext)
    result = []
    # Each incident's policies, found in one pass (a membership test per incident would be quadratic).
    policies_of: dict[Any, list[dict[str, Any]]] = {}
    for policy in context["policies"]:
        for incident_id in dict.fromkeys(policy["incidents"]):
            policies_of.setdefault(incident_id, []).append(policy)
    for row in context["incidents"]:
        account = _account(row)
        url_full = str(row["url"]) + ("\n" + labelled(gettext("Account"), account) if account else "")
        short_category, full_category = _category(row, policies_of.get(row["id"], []), platform, fmt, gettext)
        short_text, full_text = _description(row, context, short_category, fmt, gettext)
        heading = gettext("Incident %(id)s, %(date)s") % {"id": row["id"], "date": fmt.date(row["date"])}
        result.append(FormBlock(heading, [
            FormField("url", names["url"], str(row["url"]), url_full, cuttable=False),
            FormField("category", names["category"], short_category, full_category, cuttable=False),
            FormField("description", names["description"], short_text, full_text),
        ]))
    return result


def report_text(context: dict[str, Any], profile: PlatformProfile, options: Options, gettext
                ) -> tuple[str, list[str]]:
    """The .txt beside the report, and the form fields whose short version had to be cut to fit."""
    fmt = Formatter(options.locale)
    title = gettext("Paste-ready text: report to %(platform)s") % {"platform": profile.name}
    limits = profile.form_limits
    known = ", ".join(f"{label} {limits.of(key)}" for key, label in field_labels(gettext).items()
                      if limits.of(key) is not None)
    preamble = [case_line(context, fmt, gettext)]
    if profile.report_url:
        preamble.append(labelled(gettext("Report at"), profile.report_url))
    if profile.report_route:
        preamble.append(labelled(gettext("How to report"), profile.report_route))
    preamble.append(labelled(gettext("Form limits (characters)"), known or gettext("none known"))
                    + (f". {limits.note}" if limits.note else ""))
    preamble.append(gettext("Counts are characters, spaces included. Paste one block per form field; "
                            "use the full version where the form allows it."))
    found = blocks(context, fmt, gettext)
    return render(title, preamble, found, limits.of, gettext), over_limit(found, limits.of)
