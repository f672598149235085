"""Application for a protection order (and an expedited order) under a jurisdiction profile; first: Singapore."""

from __future__ import annotations

from typing import Any, Optional

from remedies import data
from remedies.documents import labels
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.record.model import Record

NAME = "harassment-order"


def profile(record: Record) -> Optional[dict[str, Any]]:
    code = record.case.court_jurisdiction
    if code and data.exists(f"jurisdictions/{code}.yaml"):
        return data.load(f"jurisdictions/{code}.yaml")
    return None


def not_applicable(record: Record) -> Optional[str]:
    code = record.case.court_jurisdiction
    if not code:
        return "case.jurisdiction (or case.state) is not set, so no court can be chosen"
    if profile(record) is None:
        return f"no jurisdiction profile for {code} yet (available: SG)"
    return None


def provisions_engaged(record: Record, prof: dict[str, Any]) -> list[dict[str, Any]]:
    """The conduct provisions each incident engages, derived from its harms (and from laws the record cites).

    A rule's `with` part applies to a respondent's whole course of conduct: doxxing and threats by the
    same respondent engage s 5(1A) for the incidents showing either harm.
    """
    rules = prof["harm_provisions"]
    course: dict[Optional[str], set[str]] = {}
    for incident in record.incidents:
        course.setdefault(incident.respondent, set()).update(incident.harms)

    incidents_of: dict[str, list[str]] = {}
    for incident in record.incidents:
        found: list[str] = []
        for harm in incident.harms:
            found += (rules.get(harm) or {}).get("provisions", [])
        for harm, rule in rules.items():
            for companion, extra in (rule.get("with") or {}).items():
                both = {harm, companion} <= course[incident.respondent]
                if both and {harm, companion} & set(incident.harms):
                    found += extra
        for pid in dict.fromkeys(found):
            incidents_of.setdefault(pid, []).append(incident.id)

    statute = prof["statute"]["name"].lower()
    cited = {p.strip() for law in record.legal.laws_applied if law.name.strip().lower() == statute
             for p in law.provisions}
    return [
        {"cite": p["cite"], "summary": p["summary"], "incidents": incidents_of.get(p["id"], []),
         "cited_only": p["id"] not in incidents_of}
        for p in prof["provisions"]
        if p["id"] in incidents_of or p["cite"] in cited
    ]


def procedure(record: Record, prof: dict[str, Any]) -> dict[str, Any]:
    """Whether simplified (online) proceedings appear open, with the reasons if not."""
    rules = prof["simplified_proceedings"]
    reasons = []
    if len(record.respondents) > rules["max_respondents"]:
        reasons.append(f"more than {rules['max_respondents']} respondents")
    if record.incidents:
        first = min(i.date for i in record.incidents)
        years = (record.case.prepared_on - first).days / 365.25
        if years > rules["max_years_since_cause"]:
            reasons.append(f"the earliest incident is more than {rules['max_years_since_cause']} years old")
    return {"simplified": not reasons, "reasons": reasons, "max_damages": rules["max_damages_sgd"]}


def _address_lines(address) -> list[str]:
    if address is None:
        return []
    parts = [address.street, " ".join(p for p in (address.city, address.postal_code) if p)]
    return [p for p in parts if p]


def build(record: Record, options: Options) -> Draft:
    prof = profile(record)
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    victim, impact, relief = record.victim, record.impact, record.relief_sought
    expedited = bool(relief.expedited_order)

    applicant = {
        "name": need(victim.full_name, "victim.family_name"),
        "id_documents": [f"{d.type} {d.number}" for d in victim.id_documents],
        "date_of_birth": victim.date_of_birth,
        "address": need(_address_lines(victim.address), "victim.address"),
        "email": victim.email,
        "phone": victim.phone,
        "occupation": victim.occupation,
    }
    representative = None
    if victim.is_minor:
        rep = victim.litigation_representative
        representative = {
            "name": need(rep.name if rep else None, "victim.litigation_representative.name"),
            "relationship": rep.relationship if rep else None,
            "address": _address_lines(rep.address) if rep else [],
        }

    respondents = []
    for index, respondent in enumerate(record.respondents, start=1):
        respondents.append({
            "number": index,
            "id": respondent.id,
            "name": respondent.name,
            "kind": labels.respondent_kind(respondent.kind, gettext),
            "accounts": labels.accounts(respondent.online_accounts, gettext),
            "address": _address_lines(respondent.address),
            "relationship": need(respondent.relationship_to_victim,
                                 f"respondents[{index}].relationship_to_victim"),
            "description": respondent.description,
        })
    number_of = {r["id"]: r["number"] for r in respondents}

    chronology = []
    for index, incident in enumerate(record.incidents, start=1):
        path = f"incidents[{index}]"
        chronology.append({
            "number": index,
            "id": incident.id,
            "date": incident.date,
            "time": incident.time.strftime("%H:%M") if incident.time else None,
            "platform": labels.platform(incident.platform, gettext) if incident.platform else None,
            "url": incident.url,
            "respondent": number_of.get(incident.respondent),
            "harms": [labels.harm(h, gettext) for h in incident.harms],
            "description": need(incident.description, f"{path}.description"),
            "effect": need(incident.effect, f"{path}.effect"),
            "exhibits": incident.evidence,
        })

    exhibits = []
    for index, item in enumerate(record.evidence, start=1):
        path = f"evidence[{index}]"
        exhibits.append({
            "id": item.id,
            "description": need(item.description, f"{path}.description"),
            "file": item.file,
            "sha256": need(item.sha256, f"{path}.sha256"),
            "captured_at": item.captured_at,
            "captured_by": labels.captured_by(item.captured_by, gettext),
            "source_url": item.source_url,
            "archive_url": item.archive_url,
        })

    orders = {
        "protection": bool(relief.protection_order) or not expedited,
        "expedited": expedited,
        "sought": need(relief.orders, "relief_sought.orders"),
    }
    submitter = record.submitter
    context = common(record, options) | {
        "court": prof["court"],
        "statute": prof["statute"],
        "tests": prof["orders"],
        "orders": orders,
        "applicant": applicant,
        "representative": representative,
        "respondents": need(respondents, "respondents"),
        "provisions": provisions_engaged(record, prof) or need([], "incidents[].harms"),
        "chronology": need(chronology, "incidents"),
        "continuing": impact.continuing,
        "likely_to_continue": need(impact.likely_to_continue_because, "impact.likely_to_continue_because"),
        "urgency": need(impact.urgency_reason, "impact.urgency_reason") if expedited else None,
        "adverse_effect": need(impact.summary, "impact.summary"),
        "exhibits": exhibits,
        "submitter": {
            "name": submitter.name,
            "organisation": submitter.organisation,
            "role": submitter.role,
            "email": submitter.email,
            "phone": submitter.phone,
            "address": _address_lines(submitter.address),
            "is_counsel": submitter.role == "lawyer",
        },
        "procedure": procedure(record, prof),
        "sources": prof["sources"],
        "checked_on": prof["checked_on"],
    }
    title = gettext("Application for a Protection Order")
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {record.case.reference}",
                              subject=prof["statute"]["name"]),
        missing=need.missing,
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Application for a protection order",
    summary="Protection Order / Expedited Protection Order application (Singapore, Protection from Harassment Act)",
    template="harassment-order.docx",
    build=build,
    not_applicable=not_applicable,
)
