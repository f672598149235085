"""Abuse report to one platform: its incidents, the platform's own policy for each harm, and what is asked."""

from __future__ import annotations

from typing import Any

from remedies.documents import labels
from remedies.documents import platform_incidents as pi
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.documents.labels import N_
from remedies.documents.platform_text import report_text
from remedies.knowledge import platforms
from remedies.record.model import Record

NAME = "platform-report"

ASKS = (
    N_("Remove the content or disable access to it."),
    N_("Act against the account that posted it under the rules cited, up to suspension."),
    N_("Preserve the content and the account's data (registration details, access logs) for "
       "investigators to obtain through legal process."),
)


def reporter(record: Record) -> dict[str, Any]:
    submitter = record.submitter
    return {"name": submitter.name, "organisation": submitter.organisation, "email": submitter.email,
            "phone": submitter.phone, "role": submitter.role,
            "confidential": submitter.keep_identity_confidential}


def incident_rows(record: Record, platform: str, policies: list[dict[str, Any]], need: Needs, gettext
                  ) -> list[dict[str, Any]]:
    rows = []
    covered = {p["harm"]: p for p in policies}
    laws = pi.incident_laws(record)
    for index, incident in pi.incidents_on(record, platform):
        path = f"incidents[{index}]"
        account = pi.account_on(record, incident.respondent, platform)
        handle = account.handle if account else None
        if incident.respondent and not (account and (account.handle or account.url)):
            handle = need(None, pi.respondent_path(record, incident.respondent))
        rows.append({
            "id": incident.id,
            "date": incident.date,
            "time": incident.time.strftime("%H:%M") if incident.time else None,
            "url": need(incident.url, f"{path}.url"),
            "handle": handle,
            "profile_url": account.url if account else None,
            "harms": [labels.harm(h, gettext) for h in incident.harms],
            "policies": [covered[h]["name"] for h in incident.harms if covered[h]["covered"]],
            "not_covered": [covered[h]["harm_label"] for h in incident.harms if not covered[h]["covered"]],
            "description": need(incident.description, f"{path}.description"),
            "effect": incident.effect,
            "evidence": pi.exhibit_rows(record, incident.evidence, need),
            "laws": laws.get(incident.id, []),
        })
    return rows


def build(record: Record, options: Options) -> Draft:
    platform = options.part or pi.chosen_platforms(record)[0]
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    profile = platforms.profile(platform)
    on_platform = [i for _, i in pi.incidents_on(record, platform)]
    harms = [h for i in on_platform for h in i.harms]
    by_harm: dict[str, list[str]] = {}
    for incident in on_platform:
        for harm in incident.harms:
            by_harm.setdefault(harm, []).append(incident.id)
    policies = pi.policy_rows(platform, harms, by_harm, gettext)
    incidents = incident_rows(record, platform, policies, need, gettext)
    victim = record.victim
    context = common(record, options) | {
        "platform": pi.platform_context(profile, gettext),
        "target": {
            "name": victim.full_name or victim.pseudonym,
            "accounts": [a for a in victim.online_accounts if a.platform == platform],
        },
        "reporter": reporter(record) | {"name": need(record.submitter.name, "submitter.name")},
        "asks": [gettext(ask) for ask in ASKS],
        "police": pi.police_reports(record),
        "accounts": pi.accounts_reported(record, platform),
        "policies": policies,
        "unconfirmed": [p for p in policies if p["covered"] and not p["confirmed"]],
        "incidents": incidents or need([], "incidents[].platform"),
        "exhibits": pi.exhibit_rows(record, [e for i in on_platform for e in i.evidence], need),
    }
    notes = []
    if not profile.has_data:
        notes.append(f"no policy data for '{platform}': name the site's own rules by hand")
    if record.submitter.keep_identity_confidential:
        notes.append("submitter.keep_identity_confidential is true, but the report names the submitter as "
                     "the reporter: the platform answers the person who files it")
    text, cut = report_text(context, profile, options, gettext)
    checks = [f"paste-ready text shortened to fit the form: {where}" for where in cut]
    title = gettext("Report to %(platform)s") % {"platform": profile.name}
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {record.case.reference}",
                              subject=gettext("Platform abuse report")),
        missing=need.missing,
        notes=notes,
        checks=checks,
        text=text,
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Platform abuse report",
    summary="Abuse report to each platform, citing the platform's own policy for each harm, "
            "with paste-ready form text (.txt)",
    template="platform-report.docx",
    build=build,
    not_applicable=pi.no_platform,
    parts=pi.chosen_platforms,
)
