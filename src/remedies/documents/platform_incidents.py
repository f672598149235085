"""What a platform is told about its incidents: the platforms chosen, their incidents, accounts and evidence."""

from __future__ import annotations

from typing import Any, Optional

from remedies.documents import labels
from remedies.documents.base import Needs
from remedies.knowledge import platforms
from remedies.record.model import Incident, OnlineAccount, Record


def reportable(record: Record, incident: Incident) -> bool:
    """Whether a platform can be asked to act on the incident: content a respondent posted.

    Never the victim's own posts (such as an article the authorities punished), never an act of an
    authority (an arrest, a court order).
    """
    return record.actor_of(incident) == "respondent"


def chosen_platforms(record: Record) -> list[str]:
    """platform_report.platforms, or by default every platform named in the incidents, in order of appearance.

    A platform whose incidents are all the victim's own content or acts of an authority is left out.
    """
    named = [i.platform for i in record.incidents if i.platform]
    ok = {i.platform for i in record.incidents if i.platform and reportable(record, i)}
    candidates = record.platform_report.platforms or named
    return [p for p in dict.fromkeys(candidates) if p in ok or p not in named]


def platform_context(profile: platforms.PlatformProfile, gettext) -> dict[str, Any]:
    """What the templates show about the platform: names, operators, reporting routes, dates."""
    return {
        "code": profile.platform,
        "name": profile.name,
        "label": labels.platform(profile.platform, gettext),
        "operator": profile.operator,
        "eu_operator": profile.eu_operator,
        "terms_url": profile.terms_url,
        "report_url": profile.report_url,
        "report_route": profile.report_route,
        "dsa_notice_url": profile.dsa_notice_url,
        "checked_on": profile.checked_on,
        "has_data": profile.has_data,
        "limits_note": profile.form_limits.note,
    }


def no_platform(record: Record) -> Optional[str]:
    """Why no platform document applies (None when one does)."""
    if not chosen_platforms(record):
        others = [f"incidents[{n}] ({record.actor_of(i)})" for n, i in enumerate(record.incidents, start=1)
                  if i.platform and not reportable(record, i)]
        if others:
            return ("the only content on a platform is not a respondent's: " + ", ".join(others)
                    + "; a platform is asked to act only on content a respondent posted, never on the "
                    "victim's own posts or an authority's acts (set incidents[].actor if this is wrong)")
        return "no incident names a platform and platform_report.platforms is empty"
    return None


def incidents_on(record: Record, platform: str) -> list[tuple[int, Incident]]:
    """(position in the record counted from 1, incident) for the incidents on `platform`."""
    return [(n, i) for n, i in enumerate(record.incidents, start=1)
            if i.platform == platform and reportable(record, i)]


def account_on(record: Record, respondent_id: Optional[str], platform: str) -> Optional[OnlineAccount]:
    respondent = record.respondent(respondent_id)
    if respondent is None:
        return None
    return next((a for a in respondent.online_accounts if a.platform == platform), None)


def respondent_path(record: Record, respondent_id: Optional[str]) -> str:
    index = next((n for n, r in enumerate(record.respondents, start=1) if r.id == respondent_id), 0)
    return f"respondents[{index}].online_accounts"


def accounts_reported(record: Record, platform: str) -> list[dict[str, Any]]:
    """The respondents' accounts on `platform` that the incidents there come from (or all, without incidents)."""
    used = {i.respondent for _, i in incidents_on(record, platform)}
    rows = []
    for respondent in record.respondents:
        if used and respondent.id not in used:
            continue
        for account in respondent.online_accounts:
            if account.platform == platform:
                rows.append({"respondent": respondent.id, "handle": account.handle, "url": account.url,
                             "display_name": account.display_name, "name": respondent.name})
    return rows


def exhibit_rows(record: Record, ids: list[str], need: Needs) -> list[dict[str, Any]]:
    """The evidence items `ids`, with their hashes (a missing hash is a placeholder)."""
    rows = []
    for eid in dict.fromkeys(ids):
        item = record.exhibit(eid)
        if item is None:
            continue
        index = record.position("evidence", item)
        rows.append({
            "id": item.id,
            "description": need(item.description, f"evidence[{index}].description"),
            "file": item.file,
            "sha256": need(item.sha256, f"evidence[{index}].sha256"),
            "captured_at": item.captured_at,
            "source_url": item.source_url,
            "archive_url": item.archive_url,
        })
    return rows


def policy_rows(platform: str, harms: list[str], by_harm: dict[str, list[str]], gettext) -> list[dict[str, Any]]:
    """One row per harm: the platform's policy (or why it is not covered), with the incidents it concerns."""
    rows = []
    for resolution in platforms.policies_for(platform, harms):
        row = {
            "harm": resolution.harm,
            "harm_label": labels.harm(resolution.harm, gettext),
            "covered": resolution.covered,
            "incidents": by_harm.get(resolution.harm, []),
            # Every row has every key, so a template's fields are known whichever rows a record yields.
            "name": None, "url": None, "summary": None, "report_url": None, "confirmed": None,
            "checked_on": None, "source": None, "reason": None,
        }
        if resolution.covered:
            row |= {"name": resolution.name, "url": resolution.url, "summary": resolution.summary,
                    "report_url": resolution.report_url, "confirmed": resolution.confirmed,
                    "checked_on": resolution.checked_on, "source": resolution.source}
        else:
            row |= {"reason": resolution.reason}
        rows.append(row)
    return rows


def laws_against_victim(record: Record) -> set[str]:
    """Names (lowercase) of the laws the authorities used against the victim: never cited to a platform."""
    names = {law.name.strip().lower() for law in record.legal.laws_applied if law.how_applied}
    if any("arrest_for_expression" in i.harms for i in record.incidents):
        names |= {law.name.strip().lower() for law in record.legal.laws_applied}
    if record.detention is not None:
        for part in (record.detention.arrest, record.detention.detention):
            if part is not None:
                names |= {law.name.strip().lower() for law in part.legal_basis}
    return names


def incident_laws(record: Record) -> dict[str, list[str]]:
    """Per incident id: `Statute, provisions` the jurisdiction profile says its harms engage (as in the court
    application), for incidents a respondent posted; never a law used against the victim."""
    from remedies.documents import jurisdiction

    prof = jurisdiction.profile(record)
    if prof is None:
        return {}
    statute = prof["statute"]["name"]
    if statute.strip().lower() in laws_against_victim(record):
        return {}
    ids = {i.id for i in record.incidents if reportable(record, i)}
    cites: dict[str, list[str]] = {}
    for provision in jurisdiction.provisions_engaged(record, prof):
        for iid in provision["incidents"]:
            if iid in ids:
                cites.setdefault(iid, []).append(provision["cite"])
    return {iid: [f"{statute}, {', '.join(found)}"] for iid, found in cites.items()}


def police_reports(record: Record) -> list[dict[str, Any]]:
    """Domestic remedies already taken (police reports and the like), for the preservation request."""
    return [{"date": r.date, "body": r.body, "action": r.action, "reference": r.reference}
            for r in record.legal.domestic_remedies]


def laws_cited(record: Record) -> list[str]:
    """`Name, provisions` for each law in legal.laws_applied that was not used against the victim."""
    against = laws_against_victim(record)
    lines = []
    for law in record.legal.laws_applied:
        if law.name.strip().lower() in against:
            continue
        provisions = ", ".join(p.strip() for p in law.provisions if p.strip())
        lines.append(f"{law.name}, {provisions}" if provisions else law.name)
    return lines
