"""Individual complaint to the Human Rights Committee under the First Optional Protocol (model form, I-V)."""

from __future__ import annotations

from typing import Any

from remedies.checks import admissibility
from remedies.documents import labels, un_common
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.record.model import Record
from remedies.rendering.formats import list_text

NAME = "hrc-complaint"


def articles(record: Record, need: Needs, locale: str) -> list[dict[str, Any]]:
    """The Covenant articles invoked, each with its title and how the facts violate it."""
    found = [r for r in un_common.rights(record, locale) if r["treaty"] == "iccpr"]
    for right in found:
        argument = record.un.violation_arguments.get(right["code"])
        right["argument"] = need(argument, f"un.violation_arguments.{right['code']}")
    return found


def checklist(record: Record, represented: bool) -> dict[str, Any]:
    """What goes in section V, the list of supporting documents."""
    return {
        "authorisation": represented,
        "decisions": [f"{r.body}{' (' + r.reference + ')' if r.reference else ''}" for r in record.legal.domestic_remedies
                      if r.status in ("decided", "rejected", "exhausted")],
        "legislation": [law.name for law in record.legal.laws_applied],
        "international": [p.body for p in record.legal.other_international_procedures if p.ended_on],
        "exhibits": [{"id": e.id, "description": e.description} for e in record.evidence],
    }


def exhaustion(record: Record, gettext, locale: str) -> list[dict[str, Any]]:
    """Exhaustion claim by claim: the invoked articles grouped by what was done for them."""
    rows = admissibility.exhaustion_by_article(record)
    if not any(r.rights for r in record.legal.domestic_remedies):
        return []   # the steps are not tied to rights: exhaustion is shown for the case as a whole
    groups: list[dict[str, Any]] = []
    for row in rows:
        key = (row["state"], tuple((f["body"], f["reference"]) for f in row["final"]))
        if groups and groups[-1]["key"] == key:
            groups[-1]["numbers"].append(row["article"])
        else:
            groups.append({"key": key, "state": row["state"], "numbers": [row["article"]],
                           "final": row["final"], "pending": row["pending"]})
    for group in groups:
        numbers = [str(n) for n in group.pop("numbers")]
        group.pop("key")
        group["articles"] = (gettext("Article %(number)s") % {"number": numbers[0]} if len(numbers) == 1
                             else gettext("Articles %(numbers)s") % {"numbers": list_text(numbers, locale)})
        group["numbers"] = numbers
    return groups


def _detention(record: Record) -> Any:
    detention = record.detention
    if detention is None:
        return None
    arrest, facts = detention.arrest, detention.detention
    return {
        "arrested_on": arrest.date if arrest else None,
        "forces": arrest.forces if arrest else None,
        "places": [p.place for p in facts.places] if facts else [],
        "released_on": detention.released_on,
        "concerns": detention.trial.concerns if detention.trial else [],
    }


def build(record: Record, options: Options) -> Draft:
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    represented = record.submitter.role not in (None, "victim")
    checks = admissibility.human_rights_committee(record)
    public_name = un_common.public_name(record, need)
    rules = admissibility.rules()["human_rights_committee"]
    context = common(record, options) | {
        "state": need(record.case.state, "case.state"),
        "party": un_common.party_status(record.case.state),
        "victim": un_common.victim_block(record, need, gettext),
        "submitter": un_common.submitter_block(record, need, gettext),
        "represented": represented,
        "anonymity": public_name["choice"] in ("initials", "withheld"),
        "articles": need(articles(record, need, options.locale), "legal.rights_engaged"),
        "incidents": need(un_common.incidents_block(record, need, gettext), "incidents"),
        "detention": _detention(record),
        "impact": record.impact.summary,
        "remedies": un_common.remedies_block(record, gettext),
        "not_exhausted_because": record.un.remedies_not_exhausted_because,
        "continuing_violation": record.un.continuing_violation,
        "delay_explained_by": record.un.delay_explained_by,
        "exhaustion": exhaustion(record, gettext, options.locale),
        "parallel": [gettext("Special Procedures") if f == "special_procedures"
                     else gettext("Working Group on Arbitrary Detention")
                     for f in admissibility.parallel_filings(record)],
        "parallel_wgad": "wgad" in admissibility.parallel_filings(record),
        "interim": ({"rule": rules["interim_measures_rule"], "reason": record.impact.urgency_reason}
                    if un_common.health_at_risk(record) else None),
        "counsel_disclosed": represented and record.submitter.keep_identity_confidential,
        "other_procedures": [{"body": p.body, "reference": p.reference, "submitted_on": p.submitted_on,
                              "status": p.status, "ended_on": p.ended_on}
                             for p in record.legal.other_international_procedures],
        "remedies_sought": record.un.remedies_sought,
        "detained": record.detention is not None and record.detention.released_on is None,
        "checklist": checklist(record, represented),
        "checks": [admissibility.localize(c, options.locale) for c in checks],
        "sources": {"committee": rules["source"], "rules": rules["rules_of_procedure"],
                    "parties": un_common.parties()["source"],
                    "checked_on": admissibility.rules()["checked_on"]},
    }
    title = gettext("Individual complaint to the Human Rights Committee")
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {record.case.reference}",
                              subject=gettext("Optional Protocol to the International Covenant on Civil and Political Rights")),
        missing=need.missing,
        checks=[c.line() for c in checks],
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Individual complaint to the UN Human Rights Committee",
    summary="complaint under the First Optional Protocol to the ICCPR (model form I-V), with an admissibility self-check",
    template="hrc-complaint.docx",
    build=build,
    refusal=un_common.consent_refusal,
    not_applicable=un_common.hrc_not_applicable,
)
