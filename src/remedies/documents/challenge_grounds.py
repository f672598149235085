"""What the constitutional-challenge memorandum argues from: the facts behind each ground, the UN links, the sources."""

from __future__ import annotations

from typing import Any, Optional

from remedies import data
from remedies.documents import un_common
from remedies.knowledge import constitutional
from remedies.record.model import Record

REJECTED = ("rejected", "exhausted")


def _days_held(record: Record) -> Optional[int]:
    detention = record.detention
    if not detention or not detention.detention or not detention.detention.since:
        return None
    until = detention.released_on or record.case.prepared_on
    return max((until - detention.detention.since).days, 0)


def grounds(record: Record, found: Optional[dict[str, Any]], cases: list[dict[str, Any]],
            facts: dict[str, Any], locale: str) -> dict[str, Any]:
    """Per ground: the domestic articles engaged, the supporting decisions, and the record facts it rests on."""
    detention = record.detention
    arrest = detention.arrest if detention else None

    def ground(key: str, *rights: str, **extra: Any) -> dict[str, Any]:
        return {"domestic": constitutional.articles(found, *rights),
                "cases": constitutional.supporting(cases, key)} | extra

    wgad_grounds = un_common.wgad_data()["categories"]["V"]["grounds"]
    return {
        "legality": ground("legality", "expression", "fair_trial",
                           reasons=arrest.reasons_given if arrest else None,
                           iccpr15=un_common.article_title("iccpr-15", locale),
                           iccpr19=un_common.article_title("iccpr-19", locale)),
        "overbreadth": ground("overbreadth", "expression", "limits",
                              occupation=record.victim.occupation, impact=facts["impact"]),
        "proportionality": ground(
            "proportionality", "limits", "liberty",
            since=detention.detention.since if detention and detention.detention else None,
            days=_days_held(record),
            released_on=detention.released_on if detention else None,
            expected=detention.detention.expected_duration if detention and detention.detention else None,
            rejected=[{"date": r.date, "body": r.body, "action": r.action, "outcome": r.outcome}
                      for r in record.legal.domestic_remedies if r.status in REJECTED],
            on=record.case.prepared_on),
        "discrimination": ground(
            "discrimination", "equality",
            claimed=[data.localized(wgad_grounds[g], locale) for g in record.un.discrimination_grounds],
            occupation=record.victim.occupation,
            iccpr26=un_common.article_title("iccpr-26", locale)),
        "safeguards": ground(
            "safeguards", "liberty", "fair_trial", "privacy",
            warrant_shown=arrest.warrant_shown if arrest else None,
            concerns=facts["concerns"],
            iccpr9=un_common.article_title("iccpr-9", locale),
            iccpr14=un_common.article_title("iccpr-14", locale),
            iccpr17=un_common.article_title("iccpr-17", locale)),
    }


def standards() -> dict[str, Any]:
    table = constitutional.standards()
    return {key.replace("-", "_"): {"cite": s["cite"], "confirmed": s.get("confirmed", True) is not False}
            for key, s in table["standards"].items()}


def un_filings(record: Record, party: dict[str, Any]) -> dict[str, Any]:
    from remedies.checks import admissibility

    deliberation = un_common.wgad_data()["deliberation_8"]
    detention = record.detention
    return {
        "detention": detention is not None,
        "detained": detention is not None and detention.released_on is None,
        "iccpr": party["iccpr"],
        "op1": party["op1"],
        "years": admissibility.rules()["human_rights_committee"]["years_after_domestic_remedies"],
        "deliberation": deliberation["reference"],
    }


def sources(found: Optional[dict[str, Any]], cases: list[dict[str, Any]], party: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per authority the memorandum cites, with where it was checked and when (the closing note)."""
    rows: list[dict[str, Any]] = []

    def add(kind: str, label: str, urls: list[Optional[str]], checked_on: Any, confirmed: bool = True) -> None:
        urls = [u for u in dict.fromkeys(urls) if u]
        row = {"kind": kind, "label": label, "urls": urls, "checked_on": checked_on,
               "confirmed": confirmed and bool(urls)}
        if all((r["kind"], r["label"]) != (kind, label) for r in rows):
            rows.append(row)

    if found is not None:
        when, constitution = found["checked_on"], found["constitution"]
        review = found["review"]
        for key in ("basis", "supremacy"):
            entry = constitutional.fact(review.get(key))
            if entry and entry["article"]:
                add("article", f"{constitution}, {entry['article']}", [entry["source"]], when, entry["confirmed"])
        for row in constitutional.guarantees(found):
            label = f"{constitution}, {row['article']}" if row["article"] else constitution
            add("article", label, [row["source"]], when, row["confirmed"])
        for forum in constitutional.forums(found):
            add("forum", forum["court"], [forum["source"]], when, forum["confirmed"])
            if forum["time_limit"]:
                add("time_limit", forum["court"], [forum["time_limit"]["source"]], when,
                    forum["time_limit"]["confirmed"])
        for forum in found.get("forums") or []:
            if forum.get("procedure_source"):
                add("procedure", forum["court"], [forum["procedure_source"]], when)
        treaties = constitutional.fact(found.get("treaties"))
        if treaties:
            add("treaty_law", constitution, [treaties["source"]], when, treaties["confirmed"])
    for case in cases:
        add("case", f"{case['name']}, {case['citation']}", case["sources"], case["checked_on"])
    table = constitutional.standards()
    for standard in table["standards"].values():
        add("standard", standard["cite"], [standard["source"], standard.get("original")], table["checked_on"],
            standard.get("confirmed", True) is not False)
    add("treaty_status", "ICCPR / OP1", [party["source"]], party["checked_on"])
    return rows
