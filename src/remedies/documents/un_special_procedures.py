"""Communication to the Special Procedures of the Human Rights Council (special rapporteurs)."""

from __future__ import annotations

from typing import Any

from remedies import data
from remedies.checks import admissibility
from remedies.documents import labels, un_common
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.record.model import Record

NAME = "un-special-procedures"


def build(record: Record, options: Options) -> Draft:
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    submission = un_common.sp_data()["submission"]
    detained = record.detention is not None
    against_victim = detained or any("arrest_for_expression" in i.harms for i in record.incidents)
    mandates = un_common.suggest_mandates(record, options.locale)
    # A separate WGAD submission is drafted: the Working Group is not also an addressee of this letter.
    wgad_separate = wgad_drafted(record)
    if wgad_separate:
        mandates = [m for m in mandates if m["key"] != "arbitrary_detention"]
    urgent_appeal = bool(record.impact.urgent) or un_common.health_at_risk(record)
    checks = admissibility.special_procedures(record)
    impact = record.impact
    treaties = un_common.treaty_context(record, options.locale, gettext)
    context = common(record, options) | {
        "state": need(record.case.state, "case.state"),
        "party": un_common.party_status(record.case.state),
        "urgent": bool(impact.urgent),
        "urgent_appeal": urgent_appeal,
        "wgad_separate": wgad_separate,
        "due_diligence": un_common.state_due_diligence(record),
        "urgent_prefix": data.localized(submission["urgent_subject_prefix"], options.locale),
        "urgency_reason": need(impact.urgency_reason, "impact.urgency_reason") if impact.urgent else None,
        "victim": un_common.victim_block(record, need, gettext),
        "respondents": need(un_common.respondents_block(record, need, gettext), "respondents"),
        "submitter": un_common.submitter_block(record, need, gettext),
        "incidents": need(un_common.incidents_block(record, need, gettext), "incidents"),
        "impact": impact.summary,
        "continuing": impact.continuing,
        "likely_to_continue": impact.likely_to_continue_because,
        "laws_against_victim": against_victim,
        "laws": un_common.laws(_laws_involved(record)),
        "detention": _detention_summary(record) if detained else None,
        "rights": treaties["rights"],
        "treaties": treaties,
        "remedies": un_common.remedies_block(record, gettext),
        "consent": un_common.consent_block(record, need),
        "mandates": need(mandates, "un.mandates"),
        "chosen": bool(record.un.mandates),
        "checks": [admissibility.localize(c, options.locale) for c in checks],
        "how": data.localized(submission["how"], options.locale),
        "not_considered": data.localized(submission["not_considered"], options.locale),
        "online_form": submission["online_form"],
        "email": submission["email"],
        "sources": {"submission": submission["source"], "checked_on": un_common.sp_data()["checked_on"]},
    }
    title = gettext("Communication to the Special Procedures of the Human Rights Council")
    notes = [] if record.un.mandates else [
        "mandates suggested from the record: " + (", ".join(m["key"] for m in mandates) or "none")
        + " (name them in un.mandates to choose)"]
    if treaties["known"] and not treaties["confirmed"]:
        notes.append(f"the treaty status of {record.case.state} in un/treaty_status.yaml is not confirmed: "
                     "check it on the UN Treaty Collection before filing")
    if wgad_separate and "arbitrary_detention" in record.un.mandates:
        notes.append("arbitrary_detention is left out of the addressees: the Working Group on Arbitrary "
                     "Detention receives its own submission (wgad); the letter asks for a joint urgent appeal")
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {record.case.reference}",
                              subject=gettext("Special Procedures")),
        missing=need.missing,
        notes=notes,
        checks=[c.line() for c in checks] + [f"{'chosen' if m['chosen'] else 'suggested'} mandate: {m['key']}" for m in mandates],
    )


def wgad_drafted(record: Record) -> bool:
    """Whether a submission to the Working Group on Arbitrary Detention is drafted from the same record."""
    from remedies.documents import wgad

    return wgad.DOCUMENT.not_applicable(record) is None and wgad.DOCUMENT.refusal(record) is None


def _detention_summary(record: Record) -> dict[str, Any]:
    detention = record.detention
    arrest, facts = detention.arrest, detention.detention
    places = [p.place for p in facts.places] if facts else []
    return {
        "arrested_on": arrest.date if arrest else None,
        "forces": arrest.forces if arrest else None,
        "since": facts.since if facts else None,
        "places": places,
        "released_on": detention.released_on,
    }


def _laws_involved(record: Record) -> list:
    """The laws applied, then the legal bases of arrest and detention, each law once."""
    found = list(record.legal.laws_applied)
    detention = record.detention
    if detention is not None:
        found += (detention.arrest.legal_basis if detention.arrest else [])
        found += (detention.detention.legal_basis if detention.detention else [])
    unique, seen = [], set()
    for law in found:
        # The same law is named once even where one mention carries its text or how it was applied.
        key = (law.name, tuple(law.provisions))
        if key not in seen:
            seen.add(key)
            unique.append(law)
    return unique


DOCUMENT = DocumentType(
    name=NAME,
    title="Communication to the UN Special Procedures",
    summary="communication to UN special rapporteurs and working groups, with suggested mandates and a consent block",
    template="un-special-procedures.docx",
    build=build,
    refusal=un_common.consent_refusal,
)
