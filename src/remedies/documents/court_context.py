"""What every court and regulator filing is built from: parties, chronology, exhibits by mark, tests and orders."""

from __future__ import annotations

from typing import Any, Optional

from remedies.documents import labels
from remedies.documents import jurisdiction as jx
from remedies.documents.base import Needs
from remedies.knowledge import exhibits as exhibit_marks
from remedies.record.model import Address, Record


def address_lines(address: Optional[Address]) -> list[str]:
    if address is None:
        return []
    parts = [address.street, " ".join(p for p in (address.city, address.postal_code) if p)]
    return [p for p in parts if p]


def counsel(record: Record) -> dict[str, Any]:
    """Who files: the solicitors (their address is the address for service) and the firm's file number."""
    submitter = record.submitter
    return {
        "name": submitter.name,
        "organisation": submitter.organisation,
        "address": address_lines(submitter.address),
        "email": submitter.email,
        "phone": submitter.phone,
        "is_counsel": submitter.role == "lawyer",
        "file_number": record.case.reference,
    }


def applicant(record: Record, part: dict[str, Any], need: Needs, gettext) -> dict[str, Any]:
    """Only the identity details the part's form requires (`identity:` in the profile), nothing else."""
    allowed = set(part.get("identity", ["name"]))
    victim = record.victim
    found: dict[str, Any] = {"name": need(victim.full_name, "victim.family_name"), "role": part.get("role")}
    if "occupation" in allowed:
        found["occupation"] = victim.occupation
    if "address_for_service" in allowed:
        service = counsel(record)
        found["address_for_service"] = need(service["address"], "submitter.address")
        found["service_care_of"] = service["organisation"] or service["name"]
    if "id_document" in allowed:
        found["id_documents"] = [f"{d.type} {d.number}" for d in victim.id_documents]
    return found


def representative(record: Record, need: Needs) -> Optional[dict[str, Any]]:
    if not record.victim.is_minor:
        return None
    rep = record.victim.litigation_representative
    return {"name": need(rep.name if rep else None, "victim.litigation_representative.name"),
            "relationship": rep.relationship if rep else None}


def respondents(record: Record, need: Needs, gettext) -> list[dict[str, Any]]:
    rows = []
    for index, respondent in enumerate(record.respondents, start=1):
        rows.append({
            "number": index,
            "id": respondent.id,
            "name": respondent.name,
            "accounts": labels.accounts(respondent.online_accounts, gettext),
            "relationship": need(respondent.relationship_to_victim,
                                 f"respondents[{index}].relationship_to_victim"),
            "description": respondent.description,
        })
    return rows


def chronology(record: Record, marks: dict[str, str], need: Needs, gettext) -> list[dict[str, Any]]:
    numbers = {r.id: n for n, r in enumerate(record.respondents, start=1)}
    rows = []
    for index, incident in enumerate(record.incidents, start=1):
        path = f"incidents[{index}]"
        rows.append({
            "number": index,
            "id": incident.id,
            "date": incident.date,
            "time": incident.time.strftime("%H:%M") if incident.time else None,
            "platform": labels.platform(incident.platform, gettext) if incident.platform else None,
            "url": incident.url,
            "respondent": numbers.get(incident.respondent),
            "harms": [labels.harm(h, gettext) for h in incident.harms],
            "description": need(incident.description, f"{path}.description"),
            "effect": need(incident.effect, f"{path}.effect"),
            "marks": [marks.get(e, e) for e in incident.evidence],
        })
    return rows


def exhibits(record: Record, marks: dict[str, str], need: Needs, gettext) -> list[dict[str, Any]]:
    """The exhibits by their marks: what each is, when and by whom it was captured. Hashes go to the annex."""
    rows = []
    for index, item in enumerate(record.evidence, start=1):
        rows.append({
            "id": item.id,
            "mark": marks[item.id],
            "description": need(item.description, f"evidence[{index}].description"),
            "captured_at": item.captured_at,
            "captured_by": labels.captured_by(item.captured_by, gettext),
            "source_url": item.source_url,
        })
    return rows


def evidence_annex(record: Record, marks: dict[str, str], gettext=None) -> list[dict[str, Any]]:
    """Per exhibit: its file, hash, archived copy and chain of custody (one line per event, oldest first)."""
    from remedies.evidence.custody import rows as custody_rows

    def line(event: dict[str, Any]) -> str:
        action = labels.custody_action(event["action"], gettext) if gettext else event["action"]
        by = event["by"]
        if by in labels.CAPTURED_BY and gettext:  # `evidence add --captured-by victim`: said in the document's language
            by = labels.captured_by(by, gettext)
        return f"{event['at'][:16].replace('T', ' ')} {action}" + (f" ({by})" if by else "")

    return [{"mark": marks[e.id], "file": e.file, "sha256": e.sha256, "archive_url": e.archive_url,
             "custody": [line(event) for event in custody_rows(e)]}
            for e in record.evidence]


def tests(prof: dict[str, Any], record: Record) -> list[dict[str, Any]]:
    """The tests of the orders sought, each with its section and, where the Act is quoted, its exact words."""
    relief = record.relief_sought
    wanted = []
    for key, test in (prof.get("tests") or {}).items():
        if key == "expedited_order" and not relief.expedited_order:
            continue
        wanted.append({"key": key, "name": test["name"], "section": test["section"],
                       "quote": test.get("quote"), "summary": test.get("summary")})
    return wanted


def steps(record: Record, kind: str) -> list[dict[str, Any]]:
    found = jx.police_reports(record) if kind == "police_report" else jx.platform_reports(record)
    return [{"body": s.body, "date": s.date, "reference": s.reference, "action": s.action,
             "outcome": s.outcome} for s in found]


def common_court(record: Record, prof: dict[str, Any], need: Needs, gettext) -> dict[str, Any]:
    """The context every court part shares (the part-specific keys are added by the caller)."""
    marks = exhibit_marks.marks(record)
    impact, relief = record.impact, record.relief_sought
    expedited = bool(relief.expedited_order)
    deponent = exhibit_marks.deponent_name(record)
    return {
        "jurisdiction": {"code": prof["jurisdiction"], "name": prof["name"], "checked_on": prof["checked_on"]},
        "court": prof["court"],
        "statute": prof["statute"],
        "representative": representative(record, need),
        "respondents": need(respondents(record, need, gettext), "respondents"),
        "co_claimants": [c.name for c in record.co_claimants],
        "counsel": counsel(record),
        "provisions": jx.provisions_engaged(record, prof) or need([], "incidents[].harms"),
        "tests": tests(prof, record),
        "statutory_orders": jx.orders_engaged(record, prof),
        "orders_sought": need(relief.orders, "relief_sought.orders"),
        "expedited": expedited,
        "damages_claimed": relief.damages_claimed,
        "chronology": need(chronology(record, marks, need, gettext), "incidents"),
        "exhibits": exhibits(record, marks, need, gettext),
        "annex": evidence_annex(record, marks, gettext),
        "continuing": impact.continuing,
        "likely_to_continue": need(impact.likely_to_continue_because, "impact.likely_to_continue_because"),
        "urgency": need(impact.urgency_reason, "impact.urgency_reason") if expedited else None,
        "adverse_effect": need(impact.summary, "impact.summary"),
        "police": steps(record, "police_report"),
        "platform_reports": steps(record, "platform_report"),
        "deponent": deponent,
        "service": prof.get("service", []),
        "notes": prof.get("notes", []),
        "sources": jx.source_list(prof),
        "checked_on": prof["checked_on"],
    }
