"""A report to the online-safety regulator of the record's jurisdiction (an Online Safety Commission)."""

from __future__ import annotations

from typing import Any, Optional

from remedies.documents import court_context as cc
from remedies.documents import jurisdiction as jx
from remedies.documents import labels
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.knowledge import exhibits as exhibit_marks
from remedies.record.model import Record
from remedies.record.paths import id_list

NAME = "regulator-complaint"


def regulator(record: Record) -> Optional[dict[str, Any]]:
    prof = jx.profile(record)
    return (prof or {}).get("regulator")


def covered(record: Record, reg: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The regulator's harm categories the incidents fall under (with their incidents), and the harms it does not cover."""
    rows, seen = [], set()
    for key, harm in reg.get("harms", {}).items():
        incidents = [i.id for i in record.incidents if set(i.harms) & set(harm["record"])]
        seen |= {h for i in record.incidents for h in i.harms if h in harm["record"]}
        if incidents:
            rows.append({"id": key, "name": harm["name"], "incidents": incidents, "urgent": bool(harm.get("urgent"))})
    others = [h for h in dict.fromkeys(h for i in record.incidents for h in i.harms) if h not in seen]
    return rows, others


def not_applicable(record: Record) -> Optional[str]:
    reason = jx.no_profile(record)
    if reason:
        return reason
    reg = regulator(record)
    if reg is None:
        return f"the {record.case.court_jurisdiction} profile names no online-safety regulator"
    rows, _ = covered(record, reg)
    if not rows:
        names = ", ".join(h["name"] for h in reg.get("harms", {}).values())
        return f"none of the record's harms is one the {reg['name']} deals with ({names})"
    return None


def build(record: Record, options: Options) -> Draft:
    prof = jx.profile(record)
    reg = {"started_on": None, "eligibility": None} | prof["regulator"]
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    marks = exhibit_marks.marks(record)
    rows, others = covered(record, reg)
    not_yet = reg.get("not_yet") or {}
    urgent_only = all(r["urgent"] for r in rows)
    platform_first = bool(reg.get("platform_first")) and not urgent_only
    reports = cc.steps(record, "platform_report")
    anonymous = [r for r in record.respondents if not r.name]
    submitter = record.submitter
    context = common(record, options) | {
        "jurisdiction": {"code": prof["jurisdiction"], "name": prof["name"]},
        "regulator": reg,
        "complainant": {"name": need(record.victim.full_name, "victim.family_name")},
        "submitter": cc.counsel(record) | {"role": labels.submitter_role(submitter.role, gettext)},
        "categories": rows,
        "not_covered": [{"harm": labels.harm(h, gettext), "later": not_yet.get(h)} for h in others],
        "platform_first": platform_first,
        "platform_reports": need(reports, "legal.domestic_remedies (kind: platform_report)") if platform_first else reports,
        "police": cc.steps(record, "police_report"),
        "respondents": cc.respondents(record, need, gettext),
        "chronology": need(cc.chronology(record, marks, need, gettext), "incidents"),
        "exhibits": cc.exhibits(record, marks, need, gettext),
        "annex": cc.evidence_annex(record, marks, gettext),
        "directions": [d["name"] for d in reg.get("directions", []) if d.get("default")],
        "identity": reg.get("identity_disclosure") if anonymous and reg.get("identity_disclosure") else None,
        "urgency": record.impact.urgency_reason if record.impact.urgent else None,
        "adverse_effect": need(record.impact.summary, "impact.summary"),
        "sources": jx.source_list(prof),
        "checked_on": prof["checked_on"],
        "unconfirmed": jx.unconfirmed({"regulator": reg}),
    }
    checks = [f"{reg['name']}: " + "; ".join(f"{r['name']} ({id_list(r['incidents'])})" for r in rows)]
    if platform_first and not reports:
        checks.append("report to the platform first: record the platform report in legal.domestic_remedies "
                      "with kind: platform_report and its reference number")
    title = f"{reg['title']} - {record.case.reference}"
    return Draft(
        context=context,
        properties=properties(record, options, title=title, subject=reg["statute"]),
        missing=need.missing,
        checks=checks,
        template=reg.get("template", "regulator-complaint.docx"),
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Report to the online-safety regulator",
    summary="Report to the online-safety regulator (Online Safety Commission, Singapore or Sri Lanka), with "
            "the platform reports made first and the directions asked for",
    template="regulator-complaint.docx",
    build=build,
    not_applicable=not_applicable,
)
