"""Notice of illegal content under Art. 16 of the EU Digital Services Act, one per platform."""

from __future__ import annotations

from typing import Any, Optional

from remedies import data
from remedies.documents import labels
from remedies.documents import platform_incidents as pi
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.documents.dsa_text import notice_text
from remedies.knowledge import platforms
from remedies.record.model import Record

NAME = "dsa-notice"
FACTS = "dsa.yaml"


def not_applicable(record: Record) -> Optional[str]:
    if not record.platform_report.dsa_notice:
        return "platform_report.dsa_notice is not true (set it for an EU Digital Services Act notice)"
    return pi.no_platform(record)


def explanation(record: Record, platform: str, need: Needs, gettext) -> list[dict[str, Any]]:
    """Art. 16(2)(a): for each incident, what the content does and the law and rules it breaks."""
    rows = []
    for index, incident in pi.incidents_on(record, platform):
        resolved = platforms.policies_for(platform, incident.harms)
        rows.append({
            "id": incident.id,
            "date": incident.date,
            "url": need(incident.url, f"incidents[{index}].url"),
            "harms": [labels.harm(h, gettext) for h in incident.harms],
            "description": need(incident.description, f"incidents[{index}].description"),
            "policies": [r.name for r in resolved if r.covered],
        })
    return rows


def locations(record: Record, platform: str, need: Needs) -> list[dict[str, Any]]:
    """Art. 16(2)(b): the exact URL of each item, with the account that posted it."""
    rows = []
    for index, incident in pi.incidents_on(record, platform):
        account = pi.account_on(record, incident.respondent, platform)
        rows.append({
            "id": incident.id,
            "url": need(incident.url, f"incidents[{index}].url"),
            "account": account.handle if account else None,
            "profile_url": account.url if account else None,
        })
    return rows


def element_checks(context: dict[str, Any], missing: list[str], facts: dict[str, Any]) -> list[str]:
    """One line per Art. 16(2) element for `remedies check`: present, or the fields it still needs."""
    needs = {
        "explanation": [m for m in missing if m.startswith("legal.") or m.endswith(".description")],
        "urls": [m for m in missing if m.endswith(".url") or m == "incidents[].platform"],
        "notifier": [m for m in missing if m.startswith("submitter.")],
        "good_faith": [m for m in missing if m.startswith("good_faith_statement")],
    }
    lines = []
    for element in facts["notice_elements"]:
        found = needs[element["key"]]
        state = "missing " + ", ".join(found) if found else "present"
        lines.append(f"{element['article']} {element['key'].replace('_', ' ')}: {state}")
    return lines


def build(record: Record, options: Options) -> Draft:
    platform = options.part or pi.chosen_platforms(record)[0]
    facts = data.load(FACTS)
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    profile = platforms.profile(platform)
    submitter = record.submitter
    items = explanation(record, platform, need, gettext)
    context = common(record, options) | {
        "platform": pi.platform_context(profile, gettext),
        "addressee": profile.eu_operator or profile.operator or profile.name,
        "laws": pi.laws_cited(record) or need([], "legal.laws_applied"),
        "explanation": items or need([], "incidents[].platform"),
        "locations": locations(record, platform, need),
        "notifier": {
            "name": need(submitter.name, "submitter.name"),
            "email": need(submitter.email, "submitter.email"),
            "organisation": submitter.organisation,
            "on_behalf_of": record.victim.full_name or record.victim.pseudonym,
        },
        "good_faith": need(facts.get("good_faith_statement"), "good_faith_statement (in dsa.yaml)"),
        "elements": facts["notice_elements"],
        "next_steps": facts["next_steps"],
        "illegal_content": facts.get("illegal_content"),
        "police": pi.police_reports(record),
        "source": facts["source"],
        "checked_on": facts["checked_on"],
    }
    notes = []
    if submitter.keep_identity_confidential:
        notes.append("submitter.keep_identity_confidential is true, but Art. 16(2)(c) DSA requires the "
                     "notifier's name and email in the notice; the notice gives them")
    if not profile.dsa_notice_url:
        notes.append(f"no EU illegal-content form is recorded for {profile.name}; use its reporting route "
                     "and the in-app EU illegal-content option")
    text, cut = notice_text(context, profile, options, gettext)
    title = gettext("Notice of illegal content")
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {profile.name} - {record.case.reference}",
                              subject=gettext("Digital Services Act, Article 16")),
        missing=need.missing,
        notes=notes,
        checks=element_checks(context, need.missing, facts)
        + [f"paste-ready text shortened to fit the form: {where}" for where in cut],
        text=text,
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Digital Services Act notice",
    summary="Notice of illegal content to each platform under Art. 16 of the EU Digital Services Act "
            "(when platform_report.dsa_notice is true)",
    template="dsa-notice.docx",
    build=build,
    not_applicable=not_applicable,
    parts=pi.chosen_platforms,
)
