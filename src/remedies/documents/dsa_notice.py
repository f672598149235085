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


def member_state_law(record: Record) -> Optional[dict[str, Any]]:
    """The law table of the Member State the notice relies on (platform_report.dsa_member_state), or None."""
    table = data.load(data.load(FACTS)["member_state_law"])
    state = record.platform_report.dsa_member_state
    if not state or state not in (table.get("states") or {}):
        return None
    return {"state": state, "harms": table["states"][state] or {}, "union": table.get("union") or {},
            "checked_on": table["checked_on"]}


def provisions_for(law: Optional[dict[str, Any]], harms: list[str]) -> list[dict[str, Any]]:
    """The Union and Member-State provisions that make content with `harms` illegal, each once."""
    if law is None:
        return []
    found, seen = [], set()
    for harm in harms:
        for row in (law["union"].get(harm) or []) + (law["harms"].get(harm) or []):
            key = (row["law"], row["provision"])
            if key not in seen:
                seen.add(key)
                found.append(row | {"cite": f"{row['law']}, {row['provision']}"})
    return found


def explanation(record: Record, platform: str, need: Needs, gettext,
                law: Optional[dict[str, Any]] = None) -> list[dict[str, Any]]:
    """Art. 16(2)(a): for each incident, what the content does and the law and rules it breaks."""
    rows = []
    for index, incident in pi.incidents_on(record, platform):
        resolved = platforms.policies_for(platform, incident.harms)
        rows.append({
            "laws": [p["cite"] for p in provisions_for(law, incident.harms)],
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
        "explanation": [m for m in missing if m.startswith(("legal.", "platform_report.dsa_member_state"))
                        or m.endswith(".description")],
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
    law = member_state_law(record)
    items = explanation(record, platform, need, gettext, law)
    cited = provisions_for(law, [h for _, i in pi.incidents_on(record, platform) for h in i.harms])
    harms = {h for _, i in pi.incidents_on(record, platform) for h in i.harms}
    context = common(record, options) | {
        "platform": pi.platform_context(profile, gettext),
        "addressee": profile.eu_operator or profile.operator or profile.name,
        # Art. 3(h): only Union or Member-State law; never the law of a third State.
        "laws": [p["cite"] for p in cited] or need([], "platform_report.dsa_member_state"),
        "member_state": law["state"] if law else None,
        "actual_knowledge": facts["actual_knowledge"],
        "threat_to_life": (facts["threat_to_life"] if "threats" in harms or record.impact.urgent else None),
        "explanation": items or need([], "incidents[].platform"),
        "locations": locations(record, platform, need),
        "notifier": {
            "name": need(submitter.name, "submitter.name"),
            "email": need(submitter.email, "submitter.email"),
            "organisation": submitter.organisation,
            # The person targeted by pseudonym only: the notice goes to the platform and may reach the poster.
            "on_behalf_of": need(record.victim.pseudonym, "victim.pseudonym"),
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
    state = record.platform_report.dsa_member_state
    if not state:
        notes.append("platform_report.dsa_member_state is not set: a DSA notice must rest on Union or "
                     "Member-State law (Art. 3(h)); name the Member State whose law is relied on (IE, DE, FR, NL)")
    elif law is None:
        notes.append(f"no law table for {state} in dsa_member_state_law.yaml (tables exist for "
                     f"{', '.join(data.load(data.load(FACTS)['member_state_law'])['states'])})")
    elif not cited:
        notes.append(f"no provision of {state} or Union law is recorded for the harms reported on {platform}")
    for row in cited:
        if not row.get("confirmed"):
            notes.append(f"check {row['cite']} against the official text before filing (not confirmed)")
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
