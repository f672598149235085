"""Memorandum outlining a domestic constitutional challenge to the law used against the victim's expression."""

from __future__ import annotations

from typing import Any, Optional

from remedies.documents import challenge_grounds, labels, un_common
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.knowledge import constitutional
from remedies.record.model import Law, Record

NAME = "domestic-challenge"
EXPRESSION_HARM = "arrest_for_expression"

NOT_APPLICABLE = (
    "no law was used against the victim's expression: the record has no incident with the harm "
    "arrest_for_expression together with legal.laws_applied, and no detention.arrest.legal_basis"
)


def _used_against_expression(record: Record) -> bool:
    return any(EXPRESSION_HARM in incident.harms for incident in record.incidents)


def challenged(record: Record) -> list[tuple[Law, str]]:
    """The provisions to challenge, each with the record path it comes from.

    legal.laws_applied counts only when an incident is an arrest for expression (otherwise it may be the
    law the victim relies on, as in a harassment case); the arrest's legal basis always counts. The same
    law named in both places is one provision, taking its text from wherever the lawyer gave it.
    """
    found: list[tuple[Law, str]] = []
    if _used_against_expression(record):
        found += [(law, f"legal.laws_applied[{i}]") for i, law in enumerate(record.legal.laws_applied, start=1)]
    arrest = record.detention.arrest if record.detention else None
    if arrest:
        found += [(law, f"detention.arrest.legal_basis[{i}]") for i, law in enumerate(arrest.legal_basis, start=1)]
    merged: dict[tuple, tuple[Law, str]] = {}
    for law, path in found:
        key = (" ".join(law.name.split()).casefold(), tuple(p.casefold() for p in law.provisions))
        if key not in merged:
            merged[key] = (law, path)
            continue
        kept, kept_path = merged[key]
        update = {f: getattr(law, f) for f in ("text", "how_applied") if not getattr(kept, f) and getattr(law, f)}
        merged[key] = (kept.model_copy(update=update), kept_path)
    return list(merged.values())


def not_applicable(record: Record) -> Optional[str]:
    return None if challenged(record) else NOT_APPLICABLE


def _laws(record: Record, need: Needs) -> list[dict[str, Any]]:
    return [{
        "name": law.name,
        "provisions": law.provisions,
        "text": need(law.text, f"{path}.text"),
        "how_applied": need(law.how_applied, f"{path}.how_applied"),
    } for law, path in challenged(record)]


def _facts(record: Record, gettext) -> dict[str, Any]:
    """The facts the memorandum restates: the acts, the arrest and custody, the proceedings so far."""
    detention = record.detention
    arrest = detention.arrest if detention else None
    custody = detention.detention if detention else None
    trial = detention.trial if detention else None
    need = Needs()  # facts are shown when present; their absence is not a gap in the memorandum
    incidents = [i for i in un_common.incidents_block(record, need, gettext)
                 if EXPRESSION_HARM in record.incidents[i["number"] - 1].harms]
    return {
        "incidents": incidents,
        "arrest": {
            "date": arrest.date, "place": arrest.place, "forces": arrest.forces,
            "warrant_shown": arrest.warrant_shown, "reasons": arrest.reasons_given,
        } if arrest else None,
        "custody": {
            "since": custody.since, "held_by": custody.held_by, "ordered_by": custody.ordered_by,
            "expected": custody.expected_duration, "released_on": detention.released_on,
            "legal_basis": un_common.laws(custody.legal_basis),
        } if custody else None,
        "trial": {"held": trial.held, "court": trial.court, "charges": trial.charges,
                  "sentence": trial.sentence} if trial else None,
        "concerns": trial.concerns if trial else [],
        "remedies": un_common.remedies_block(record, gettext),
        "impact": record.impact.summary,
        "exhibits": [{"id": e.id, "description": e.description} for e in record.evidence],
    }


def _jurisdiction(found: Optional[dict[str, Any]]) -> Optional[dict[str, Any]]:
    if found is None:
        return None
    review = found["review"]
    return {
        "constitution": found["constitution"],
        "checked_on": found["checked_on"],
        "kind": review["kind"],
        "summary": review["summary"],
        "basis": constitutional.fact(review.get("basis")),
        "supremacy": constitutional.fact(review.get("supremacy")),
        "cautions": [constitutional.fact(review[k]) for k in
                     ("no_post_enactment_review", "post_enactment_refused", "caution") if review.get(k)],
        "guarantees": constitutional.guarantees(found),
        "forums": constitutional.forums(found),
        "what_remains": found.get("what_remains") or [],
        "treaties": constitutional.fact(found.get("treaties")),
    }


def _dates(record: Record) -> list[dict[str, Any]]:
    """Dates in the record from which a time limit may run, oldest first."""
    rows = []
    detention = record.detention
    if detention and detention.arrest and detention.arrest.date:
        rows.append({"kind": "arrest", "date": detention.arrest.date, "what": None})
    if detention and detention.detention and detention.detention.since:
        rows.append({"kind": "detention", "date": detention.detention.since, "what": None})
    for remedy in record.legal.domestic_remedies:
        if remedy.date:
            rows.append({"kind": "decision", "date": remedy.date,
                         "what": f"{remedy.body}{': ' + remedy.action if remedy.action else ''}"})
    return sorted(rows, key=lambda r: r["date"])


def build(record: Record, options: Options) -> Draft:
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    state = record.case.state
    found = constitutional.profile(state)
    cases = constitutional.cases_for(state)
    party = un_common.party_status(state)
    facts = _facts(record, gettext)
    context = common(record, options) | {
        "state": need(state, "case.state"),
        "victim": {"name": need(record.victim.full_name, "victim.family_name"),
                   "occupation": record.victim.occupation},
        "submitter": {"name": record.submitter.name, "organisation": record.submitter.organisation},
        "laws": _laws(record, need),
        "facts": facts,
        "remedies": facts["remedies"],  # the shared domestic-steps table reads `remedies`
        "jurisdiction": _jurisdiction(found),
        "dates": _dates(record),
        "grounds": challenge_grounds.grounds(record, found, cases, facts, options.locale),
        "cases": cases,
        "standards": challenge_grounds.standards(),
        "party": party,
        "un": challenge_grounds.un_filings(record, party),
        "sources": challenge_grounds.sources(found, cases, party),
    }
    title = gettext("Memorandum: outline of a constitutional challenge")
    provisions = "; ".join(f"{law['name']}{', ' + ', '.join(law['provisions']) if law['provisions'] else ''}"
                           for law in context["laws"])
    checks = [f"provisions challenged: {provisions}"]
    notes = []
    if found is None:
        checks.append(f"no constitutional profile for {state or 'the State'}: the forum section is left to counsel")
        if state:
            notes.append(f"no constitutional profile for {state} (data/{constitutional.profile_path(state)}): "
                         "the guarantees, forum and time limits are left for counsel to complete")
    else:
        review = found["review"]["kind"]
        checks.append(f"constitutional review of legislation in {state}: "
                      + {"full": "available", "pre_enactment": "only before enactment", "none": "not available"}[review])
        unchecked = sum(1 for row in context["jurisdiction"]["guarantees"] if not row["confirmed"])
        if unchecked:
            checks.append(f"{unchecked} article(s) in the profile are marked to be confirmed")
    checks.append(f"authorities: {len(cases)} decisions, {sum(c['own'] for c in cases)} from {state or '-'}")
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {record.case.reference}",
                              subject=gettext("Constitutional challenge")),
        missing=need.missing,
        notes=notes,
        checks=checks,
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Outline of a domestic constitutional challenge",
    summary="memorandum outlining a constitutional challenge to the law used against the victim's expression",
    template="domestic-challenge.docx",
    build=build,
    not_applicable=not_applicable,
)
