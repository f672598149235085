"""Submission to the Working Group on Arbitrary Detention, in the order of its model questionnaire (I-VI)."""

from __future__ import annotations

from typing import Any, Optional

from remedies import data
from remedies.documents import labels, un_common
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.record.model import Record

NAME = "wgad"


def not_applicable(record: Record) -> Optional[str]:
    if record.detention is None:
        return ("the record has no detention section: the Working Group on Arbitrary Detention "
                "deals only with deprivation of liberty")
    return None


def _articles(numbers: list[int], treaty: str, locale: str) -> list[dict[str, Any]]:
    return [un_common.article_title(f"{treaty}-{n}", locale) for n in numbers]


def engaged_articles(record: Record) -> tuple[set[int], set[int]]:
    """(ICCPR, UDHR) article numbers the record says the facts engage; ICCPR ones also by their UDHR twin."""
    mapping = un_common.treaty_table()["udhr_for_iccpr"]["articles"]
    iccpr, udhr = set(), set()
    for code in record.legal.rights_engaged:
        treaty, article = code.split("-")
        if treaty == "iccpr":
            iccpr.add(int(article))
            if article in mapping:
                udhr.add(int(mapping[article]))
        else:
            udhr.add(int(article))
    return iccpr, udhr


def _engaged(entry: dict[str, Any], record: Record) -> tuple[list[int], list[int]]:
    """The category's articles that the facts engage (all of them when the record names none that match)."""
    iccpr, udhr = engaged_articles(record)
    own_udhr, own_iccpr = entry.get("udhr", []), entry.get("iccpr", [])
    picked_udhr = [n for n in own_udhr if n in udhr]
    picked_iccpr = [n for n in own_iccpr if n in iccpr]
    if not (picked_udhr or picked_iccpr):
        return own_udhr, own_iccpr
    return picked_udhr, picked_iccpr


def categories(record: Record, need: Needs, locale: str) -> list[dict[str, Any]]:
    """Each category claimed, with the Working Group's definition, the rights the facts engage and the argument."""
    table = un_common.wgad_data()["categories"]
    detention = record.detention
    grounds_table = table["V"]["grounds"]
    result = []
    for code in detention.categories_claimed:
        entry = table[code]
        argument = record.un.category_arguments.get(code)
        concerns = detention.trial.concerns if code == "III" and detention.trial else []
        if argument is None and not concerns:
            argument = need(None, f"un.category_arguments.{code}")
        grounds = []
        if code == "V":
            grounds = [data.localized(grounds_table[g], locale) for g in record.un.discrimination_grounds]
            grounds = grounds or need([], "un.discrimination_grounds")
        udhr, iccpr = _engaged(entry, record)
        quoted = locale == "en" and bool(entry.get("wording"))
        result.append({
            "code": code,
            "title": data.localized(entry["title"], locale),
            # The Working Group's own words in English; elsewhere our summary of them (never quoted).
            "definition": entry["wording"] if quoted else data.localized(entry["definition"], locale),
            "quoted": quoted,
            "source": entry.get("wording_source") or un_common.wgad_data()["methods_of_work"],
            "commentary": data.localized(entry["commentary"], locale) if entry.get("commentary") else None,
            "udhr": _articles(udhr, "udhr", locale),
            "iccpr": _articles(iccpr, "iccpr", locale),
            "argument": argument,
            "concerns": concerns,
            "grounds": grounds,
        })
    return result


def category_v_supported(record: Record) -> list[str]:
    """What in the record suggests category V (discrimination): the occupation, or political opinion."""
    rule = un_common.wgad_data()["category_v_suggested_for"]
    why = []
    if un_common.occupation_matches(record.victim.occupation, rule["occupations"]):
        why.append(f"victim.occupation ({record.victim.occupation})")
    grounds = [g for g in record.un.discrimination_grounds if g in rule["grounds"]]
    if grounds:
        why.append("un.discrimination_grounds (" + ", ".join(grounds) + ")")
    return why


def age_at(record: Record, day) -> Optional[int]:
    born = record.victim.date_of_birth
    if born is None or day is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def pretrial(record: Record, locale: str) -> Optional[dict[str, Any]]:
    """ICCPR art. 9(3) and General Comment No. 35 for a detainee held awaiting trial (States parties)."""
    detention = record.detention
    held = detention.released_on is None and not (detention.trial and detention.trial.held)
    if not held or not un_common.party_status(record.case.state)["iccpr"]:
        return None
    table = un_common.wgad_data()["pretrial_detention"]
    return {"text": data.localized(table["text"], locale), "article": table["article"],
            "general_comment": table["general_comment"]}


def _places(facts) -> list[dict[str, Any]]:
    return [{"place": p.place, "from": p.from_, "until": p.until} for p in (facts.places if facts else [])]


def build(record: Record, options: Options) -> Draft:
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    wgad = un_common.wgad_data()
    submission = wgad["submission"]
    detention = record.detention
    arrest, facts, trial = detention.arrest, detention.detention, detention.trial
    claimed = detention.categories_claimed
    context = common(record, options) | {
        "state": need(record.case.state, "case.state"),
        "party": un_common.party_status(record.case.state),
        "urgent": bool(detention.health_risk),
        "urgent_prefix": data.localized(submission["urgent_subject_prefix"], options.locale),
        "urgent_action": data.localized(submission["urgent_action"], options.locale),
        "urgency_reason": record.impact.urgency_reason,
        "victim": un_common.victim_block(record, need, gettext) | {
            # The Working Group asks for the age at the time of arrest, not at drafting.
            "age": age_at(record, arrest.date if arrest else None)},
        "pretrial": pretrial(record, options.locale),
        "claimed": list(claimed),
        "arrest": {
            "date": need(arrest.date if arrest else None, "detention.arrest.date"),
            "place": need(arrest.place if arrest else None, "detention.arrest.place"),
            "forces": need(arrest.forces if arrest else None, "detention.arrest.forces"),
            "warrant_shown": arrest.warrant_shown if arrest else None,
            "warrant_issued_by": arrest.warrant_issued_by if arrest else None,
            "reasons": need(arrest.reasons_given if arrest else None, "detention.arrest.reasons_given"),
            "legal_basis": un_common.laws(arrest.legal_basis) if arrest else [],
        },
        "detention": {
            "since": need(facts.since if facts else None, "detention.detention.since"),
            "duration": facts.expected_duration if facts else None,
            "held_by": need(facts.held_by if facts else None, "detention.detention.held_by"),
            "places": need(_places(facts), "detention.detention.places"),
            "ordered_by": need(facts.ordered_by if facts else None, "detention.detention.ordered_by"),
            "reasons": facts.reasons_given if facts else None,
            "legal_basis": un_common.laws(facts.legal_basis) if facts else [],
            "released_on": detention.released_on,
        },
        "trial": {
            "held": trial.held if trial else None, "date": trial.date if trial else None,
            "court": trial.court if trial else None, "charges": trial.charges if trial else None,
            "sentence": trial.sentence if trial else None,
        },
        "incidents": un_common.incidents_block(record, need, gettext),
        "impact": record.impact.summary,
        "categories": (categories(record, need, options.locale) if claimed
                       else need([], "detention.categories_claimed")),
        "internet": un_common.uses_internet(record),
        "deliberation": {
            "reference": wgad["deliberation_8"]["reference"],
            "title": data.localized(wgad["deliberation_8"]["title"], options.locale),
            "summary": data.localized(wgad["deliberation_8"]["summary"], options.locale),
        },
        "remedies": un_common.remedies_block(record, gettext),
        "submitter": un_common.submitter_block(record, need, gettext),
        "consent": un_common.consent_block(record, need),
        "submission": {
            "email": submission["email"],
            "reply_days": submission["government_reply_days"],
            "procedure": data.localized(submission["procedure"], options.locale),
            "source": submission["source"],
            "methods_of_work": wgad["methods_of_work"],
            "checked_on": wgad["checked_on"],
        },
    }
    title = gettext("Submission to the Working Group on Arbitrary Detention")
    checks = [f"categories claimed: {', '.join(claimed) or 'none'}"]
    if context["internet"]:
        checks.append("the case concerns use of the internet: Deliberation No. 8 is cited")
    if detention.health_risk:
        checks.append("health at risk: urgent action is requested")
    if "V" not in claimed and category_v_supported(record):
        checks.append("category V (discrimination) may apply, from " + " and ".join(category_v_supported(record))
                      + ": claim it in detention.categories_claimed with un.discrimination_grounds and "
                      "un.category_arguments.V")
    if context["pretrial"]:
        checks.append("held awaiting trial: ICCPR art. 9(3) and General Comment No. 35 are pleaded")
    notes = []
    if not un_common.wgad_data()["deliberation_8"].get("reference_confirmed", True) and context["internet"]:
        notes.append("the report reference of Deliberation No. 8 (E/CN.4/2006/7) and its paragraphs are not "
                     "confirmed in the data: check them against the Working Group's compilation of deliberations")
    return Draft(
        context=context,
        properties=properties(record, options, title=f"{title} - {record.case.reference}",
                              subject=gettext("Working Group on Arbitrary Detention")),
        missing=need.missing,
        notes=notes,
        checks=checks,
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Submission to the UN Working Group on Arbitrary Detention",
    summary="the WGAD model questionnaire (I-VI), categories of arbitrary detention claimed, urgent action request",
    template="wgad.docx",
    build=build,
    refusal=un_common.consent_refusal,
    not_applicable=not_applicable,
)
