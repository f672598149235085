"""Constitutional review facts for a State, and the case law and standards a challenge cites (data/constitutional/)."""

from __future__ import annotations

from typing import Any, Optional

from remedies import data

RIGHTS = ("expression", "limits", "liberty", "equality", "privacy", "fair_trial")
GROUNDS = ("legality", "overbreadth", "proportionality", "discrimination", "safeguards")
REVIEW_KINDS = ("full", "pre_enactment", "none")


def profile_path(state: str) -> str:
    return f"constitutional/{state}.yaml"


def profile(state: Optional[str]) -> Optional[dict[str, Any]]:
    """The State's constitutional profile, or None when none is shipped (or overridden) for it."""
    if not state or not data.exists(profile_path(state)):
        return None
    return data.load(profile_path(state))


def caselaw() -> dict[str, Any]:
    return data.load("caselaw.yaml")


def standards() -> dict[str, Any]:
    return data.load("standards.yaml")


def fact(entry: Any) -> Optional[dict[str, Any]]:
    """One fact of a profile as the memorandum shows it: article, text, source, and whether it was checked."""
    if entry is None:
        return None
    if isinstance(entry, str):
        entry = {"text": entry}
    return {
        "article": entry.get("article"),
        "text": entry.get("text"),
        "source": entry.get("source"),
        "confirmed": entry.get("confirmed", True) is not False,
    }


def guarantees(found: dict[str, Any]) -> list[dict[str, Any]]:
    """The guarantees table, one row per article, grouped by right in a fixed order (first row carries the label)."""
    rows = []
    for key in RIGHTS:
        for index, entry in enumerate(found.get("guarantees", {}).get(key) or []):
            rows.append({"key": key, "first": index == 0} | fact(entry))
    return rows


def articles(found: Optional[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    """The articles a profile gives for the rights named, for citing in a ground."""
    if not found:
        return []
    return [fact(e) for key in keys for e in (found.get("guarantees", {}).get(key) or []) if e.get("article")]


def forums(found: dict[str, Any]) -> list[dict[str, Any]]:
    result = []
    for forum in found.get("forums") or []:
        result.append({
            "court": forum["court"],
            "route": forum.get("route"),
            "standing": forum.get("standing"),
            "procedure": forum.get("procedure"),
            "time_limit": fact(forum.get("time_limit")),
            "interim_relief": fact(forum.get("interim_relief")),
            "source": forum.get("source"),
            "confirmed": forum.get("confirmed", True) is not False,
        })
    return result


def cases_for(state: Optional[str]) -> list[dict[str, Any]]:
    """Every case, the State's own first (they bind its courts), then other courts' decisions, then international bodies."""
    table = caselaw()
    rows = []
    for key, case in table["cases"].items():
        own = bool(state) and case.get("jurisdiction") == state
        if not case.get("grounds") and not case.get("adverse") and not own:
            continue  # standing and procedure decisions matter only in their own courts
        rows.append({"key": key, "own": own, "checked_on": table["checked_on"], "adverse": False,
                     "status_note": None, "grounds": []} | case)
    order = {"domestic": 1, "international": 2}
    rows.sort(key=lambda c: (not c["own"], order.get(c["kind"], 3), c["date"]))
    return rows


def supporting(cases: list[dict[str, Any]], ground: str) -> list[dict[str, Any]]:
    """Decisions that support a ground: not those against the challenge, nor those since reversed in part."""
    return [c for c in cases if ground in (c.get("grounds") or []) and not c.get("adverse")
            and c.get("status") == "good_law"]


def problems() -> list[str]:
    """What is wrong with the shipped data (empty when it is sound); the tests hold every file to this."""
    found = []
    for path in sorted((data.DATA / "constitutional").glob("*.yaml")):
        found.extend(f"{path.name}: {p}" for p in _profile_problems(data.load(f"constitutional/{path.name}")))
    for key, case in caselaw()["cases"].items():
        for field in ("name", "citation", "court", "kind", "date", "holding", "sources", "status"):
            if not case.get(field):
                found.append(f"caselaw.yaml: {key}: {field} is missing")
        for ground in case.get("grounds") or []:
            if ground not in GROUNDS:
                found.append(f"caselaw.yaml: {key}: unknown ground {ground!r}")
    for key, standard in standards()["standards"].items():
        if not standard.get("cite") or not standard.get("source"):
            found.append(f"standards.yaml: {key}: cite and source are required")
    return found


def _profile_problems(found: dict[str, Any]) -> list[str]:
    problems = []
    for field in ("jurisdiction", "constitution", "checked_on", "review", "guarantees"):
        if not found.get(field):
            problems.append(f"{field} is missing")
    review = found.get("review") or {}
    if review.get("kind") not in REVIEW_KINDS:
        problems.append(f"review.kind must be one of {', '.join(REVIEW_KINDS)}")
    if review.get("kind") != "full" and not found.get("what_remains"):
        problems.append("what_remains is required where legislation cannot be reviewed")
    if any(not isinstance(item, str) for item in found.get("what_remains") or []):
        problems.append("what_remains must be a list of sentences (quote any that contain ': ')")
    for key in RIGHTS:
        if not (found.get("guarantees") or {}).get(key):
            problems.append(f"guarantees.{key} is missing")
    entries = [e for key in RIGHTS for e in ((found.get("guarantees") or {}).get(key) or [])]
    entries += [review.get(k) for k in ("basis", "supremacy", "caution") if review.get(k)]
    for forum in found.get("forums") or []:
        entries += [forum] + [forum[k] for k in ("time_limit", "interim_relief") if forum.get(k)]
    for entry in entries:
        if entry.get("confirmed", True) is not False and not entry.get("source"):
            problems.append(f"{entry.get('article') or entry.get('court') or entry.get('text')!r} has no source "
                            "(mark it confirmed: false if it was not checked)")
    return problems
