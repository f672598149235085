"""A jurisdiction profile resolved against a record: the route its rules impose, the provisions and orders engaged."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from remedies import data
from remedies.record.model import Record
from remedies.rendering.output import OutputError

FOLDER = "jurisdictions"


def codes() -> list[str]:
    """The jurisdictions with a profile (shipped, or in REMEDIES_DATA_DIR), in alphabetical order."""
    found = {p.stem for p in (data.DATA / FOLDER).glob("*.yaml")}
    override = os.environ.get(data.OVERRIDE_VARIABLE)
    if override:
        found |= {p.stem for p in (Path(override) / FOLDER).glob("*.yaml")}
    return sorted(found)


def load(code: str) -> dict[str, Any]:
    return data.load(f"{FOLDER}/{code}.yaml")


def part_templates() -> list[str]:
    """The templates the profiles' court routes name for their parts (an affidavit, an online form)."""
    found = []
    for code in codes():
        for route in load(code).get("routes") or []:
            for part in route.get("parts") or []:
                if part.get("template"):
                    found.append(part["template"])
    return list(dict.fromkeys(found))


def profile(record: Record) -> Optional[dict[str, Any]]:
    code = record.case.court_jurisdiction
    if code and data.exists(f"{FOLDER}/{code}.yaml"):
        return load(code)
    return None


def no_profile(record: Record) -> Optional[str]:
    """Why no profile applies to the record, naming the profiles that exist (None when one does)."""
    code = record.case.court_jurisdiction
    if not code:
        return "case.jurisdiction (or case.state) is not set, so no court can be chosen"
    if profile(record) is None:
        return f"no jurisdiction profile for {code} (profiles exist for {', '.join(codes())})"
    return None


# ---- conditions a profile may name (docs/jurisdictions.md lists them) -----------------------------


def _earliest(record: Record) -> Optional[dt.date]:
    return min((i.date for i in record.incidents), default=None)


def _years_since(record: Record, day: Optional[dt.date]) -> float:
    return (record.case.prepared_on - day).days / 365.25 if day else 0.0


def police_reports(record: Record) -> list:
    return [step for step in record.legal.domestic_remedies if step.step_kind == "police_report"]


def platform_reports(record: Record) -> list:
    return [step for step in record.legal.domestic_remedies if step.step_kind == "platform_report"]


CONDITIONS: dict[str, Callable[[Record, Any], bool]] = {
    "damages_over": lambda r, v: (r.relief_sought.damages_claimed or 0) > v,
    "damages_claimed": lambda r, v: bool(r.relief_sought.damages_claimed) == bool(v),
    "respondents_over": lambda r, v: len(r.respondents) > v,
    "co_claimants": lambda r, v: bool(r.co_claimants) == bool(v),
    "cause_older_than_years": lambda r, v: _years_since(r, _earliest(r)) > v,
    "police_report": lambda r, v: bool(police_reports(r)) == bool(v),
    "victim_female_or_minor": lambda r, v: (r.victim.sex == "female" or bool(r.victim.is_minor)) == bool(v),
    "relationship_in": lambda r, v: any(x.relationship in v for x in r.respondents),
    "anonymous_respondent": lambda r, v: any(not x.name for x in r.respondents) == bool(v),
    "harms": lambda r, v: bool({h for i in r.incidents for h in i.harms} & set(v)),
}


class ProfileError(OutputError):
    """A jurisdiction profile that cannot be read as written: one sentence naming the file and the key."""

    exit_code = 2


def holds(record: Record, condition: str, value: Any) -> bool:
    try:
        test = CONDITIONS[condition]
    except KeyError:
        code = record.case.court_jurisdiction
        raise ProfileError(f"{data.path_of(f'{FOLDER}/{code}.yaml')}: unknown condition '{condition}' "
                           f"(the conditions are: {', '.join(CONDITIONS)})") from None
    try:
        return bool(test(record, value))
    except TypeError:
        code = record.case.court_jurisdiction
        raise ProfileError(f"{data.path_of(f'{FOLDER}/{code}.yaml')}: condition '{condition}' cannot take "
                           f"the value {value!r}") from None


def matches(record: Record, when: Optional[dict[str, Any]]) -> bool:
    """A `when: {condition: value, ...}` mapping: all must hold (an absent mapping always does)."""
    return all(holds(record, name, value) for name, value in (when or {}).items())


# ---- routes -----------------------------------------------------------------------------------


@dataclass
class Choice:
    """The route the rules impose, or why none can be taken (refused or not applicable)."""

    route: Optional[dict[str, Any]] = None
    reason: str = ""  # why this route: a sentence for the document and for `check`
    outcome: Optional[str] = None  # "refused" or "not_applicable" when no route is open
    excluded: list[str] = field(default_factory=list)  # why earlier routes were not open

    @property
    def parts(self) -> list[dict[str, Any]]:
        return list(self.route.get("parts", [])) if self.route else []


def choose(record: Record, prof: dict[str, Any]) -> Choice:
    """The first route whose `requires` all hold and none of whose `unless` holds."""
    excluded: list[str] = []
    failure: Optional[Choice] = None
    for route in prof.get("routes", []):
        missing = [r for r in route.get("requires", []) if not holds(record, r["condition"], r["value"])]
        if missing:
            first = missing[0]
            reason = first["reason"]
            if route.get("remaining_route"):
                reason += "; " + route["remaining_route"]
            failure = failure or Choice(reason=reason, outcome=first.get("outcome", "not_applicable"))
            continue
        barred = [u["reason"] for u in route.get("unless", []) if holds(record, u["condition"], u["value"])]
        if barred:
            excluded += barred
            continue
        why = route.get("chosen_because", "")
        if "{reasons}" in why:
            why = why.replace("{reasons}", "; ".join(excluded))
        return Choice(route=route, reason=why, excluded=excluded)
    return failure or Choice(reason="no route of the profile fits this record", outcome="not_applicable")


# ---- provisions and orders --------------------------------------------------------------------


def provisions_engaged(record: Record, prof: dict[str, Any]) -> list[dict[str, Any]]:
    """The conduct provisions each incident engages: from its harms, and from the respondent's course of conduct.

    A rule's `with` part applies to a respondent's whole course of conduct: doxxing and threats by the same
    respondent engage s 5(1A) for the incidents showing either harm.
    """
    rules = prof.get("harm_provisions", {})
    course_rule = prof.get("course_of_conduct") or {}
    by_respondent: dict[Optional[str], list] = {}
    for incident in record.incidents:
        by_respondent.setdefault(incident.respondent, []).append(incident)
    harms_of = {rid: {h for i in items for h in i.harms} for rid, items in by_respondent.items()}

    course_harms = set(course_rule.get("harms", []))
    # Incidents of each respondent that show a course-of-conduct harm (by identity: linear in incidents).
    relevant_of = {rid: {id(i) for i in items if set(i.harms) & course_harms}
                   for rid, items in by_respondent.items()}

    def in_course(incident) -> bool:
        relevant = relevant_of[incident.respondent]
        return (incident.respondent is not None and id(incident) in relevant
                and len(relevant) >= course_rule.get("min_incidents", 2))

    incidents_of: dict[str, list[str]] = {}
    for incident in record.incidents:
        found: list[str] = []
        for harm in incident.harms:
            found += (rules.get(harm) or {}).get("provisions", [])
        for harm, rule in rules.items():
            for companion, extra in (rule.get("with") or {}).items():
                both = {harm, companion} <= harms_of[incident.respondent]
                if both and {harm, companion} & set(incident.harms):
                    found += extra
        if course_rule:
            course = in_course(incident)
            if course_rule.get("required") and not course:
                found = [p for p in found if p not in course_rule.get("provisions", [])]
            if course:
                found += course_rule.get("provisions", [])
                for harm, extra in (course_rule.get("by_harm") or {}).items():
                    if harm in incident.harms:
                        found += extra
        for pid in dict.fromkeys(found):
            incidents_of.setdefault(pid, []).append(incident.id)

    statute = prof["statute"]["name"].lower()
    cited = {p.strip() for law in record.legal.laws_applied if law.name.strip().lower() == statute
             for p in law.provisions}
    return [
        {"id": p["id"], "cite": p["cite"], "title": p.get("title", ""), "summary": p["summary"],
         "incidents": incidents_of.get(p["id"], []), "cited_only": p["id"] not in incidents_of,
         "confirmed": p.get("confirmed", True)}
        for p in prof.get("provisions", [])
        if p["id"] in incidents_of or p["cite"] in cited
    ]


def orders_engaged(record: Record, prof: dict[str, Any]) -> list[dict[str, Any]]:
    """The orders of the profile that the facts engage (each with its section and whether it binds third parties)."""
    return [
        {"id": o["id"], "name": o["name"], "section": o["section"], "summary": o["summary"],
         "third_party": bool(o.get("third_party")), "confirmed": o.get("confirmed", True)}
        for o in prof.get("orders", [])
        if matches(record, o.get("when"))
    ]


def source_list(prof: dict[str, Any]) -> list[dict[str, str]]:
    return [{"id": key, "title": value["title"], "url": value["url"]}
            for key, value in (prof.get("sources") or {}).items()]


def unconfirmed(prof: dict[str, Any]) -> list[str]:
    """Dotted paths of every statement the profile marks `confirmed: false` (or `<name>_confirmed: false`)."""
    found: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if value is False and (key == "confirmed" or key.endswith("_confirmed")):
                    label = node.get("cite") or node.get("id") or node.get("name")
                    subject = key.removesuffix("_confirmed") if key != "confirmed" else ""
                    found.append(path + (f" ({label})" if label else "") + (f": {subject}" if subject else ""))
                else:
                    walk(value, f"{path}.{key}" if path else str(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}[{index}]")

    walk(prof, "")
    return found
