"""Contradictions between the documents drafted from one record, each with the field that resolves it."""

from __future__ import annotations

from typing import Any

from remedies.record.model import Record

DRAFTED = ("ready", "incomplete")
# Documents that name the submitter to their addressee (who reads them is told who filed).
NAMING = ("hrc-complaint", "platform-report", "dsa-notice", "court-application", "regulator-complaint")
CONFIDENTIAL = ("un-special-procedures", "wgad")


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def contradictions(record: Record, rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """What two drafted documents say differently about the same case, and the field to change."""
    drafted = list(dict.fromkeys(row["document"] for row in rows if row["status"] in DRAFTED))
    found: list[dict[str, str]] = []
    submitter = record.submitter

    if submitter.keep_identity_confidential and submitter.role not in (None, "victim"):
        asking = [d for d in CONFIDENTIAL if d in drafted]
        naming = [d for d in NAMING if d in drafted]
        contact = record.press.contact
        if "press-brief" in drafted and contact and (
                (contact.organisation and contact.organisation == submitter.organisation)
                or (contact.name and contact.name == submitter.name)):
            naming.append("press-brief")
        if asking and naming:
            found.append({
                "documents": ", ".join(asking + naming),
                "message": f"{_listed(asking)} ask that the source be kept confidential, but {_listed(naming)} "
                           f"name{'s' if len(naming) == 1 else ''} the submitter ({submitter.name or 'unnamed'})",
                "field": "submitter.keep_identity_confidential (or file those under the victim's own name)",
            })

    others = [d for d in ("un-special-procedures", "wgad") if d in drafted]
    if "hrc-complaint" in drafted and others and not record.legal.other_international_procedures:
        found.append({
            "documents": ", ".join(["hrc-complaint", *others]),
            "message": f"hrc-complaint is drafted together with {_listed(others)} but the record lists no other "
                       "international procedure: the complaint can name them only without dates or references"
                       + ("; a WGAD opinion on the same case may be 'another procedure' under art. 5(2)(a)"
                          if "wgad" in others else ""),
            "field": "legal.other_international_procedures (body, submitted_on, reference once filed)",
        })

    detention = record.detention
    if ("un-special-procedures" in drafted and "wgad" in drafted and record.impact.urgent
            and detention is not None and not detention.health_risk):
        found.append({
            "documents": "un-special-procedures, wgad",
            "message": "un-special-procedures asks for an urgent appeal (impact.urgent) but wgad asks only for an "
                       "Opinion, because detention.health_risk is not true",
            "field": "detention.health_risk (or impact.urgent)",
        })

    if submitter.role == "victim" and submitter.name and record.victim.full_name \
            and submitter.name.strip() != record.victim.full_name:
        found.append({
            "documents": ", ".join(drafted),
            "message": f"submitter.role is victim but submitter.name ({submitter.name}) is not the victim's name "
                       f"({record.victim.full_name}): the filings disagree on who files",
            "field": "submitter.role (or submitter.name)",
        })
    return found
