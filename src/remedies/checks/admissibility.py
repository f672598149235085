"""Admissibility self-checks for the UN filings: printed by `remedies check`, summarised in an annex."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional


from remedies import data
from remedies.documents.labels import N_, gettext_for
from remedies.documents.un_common import party_status
from remedies.rendering.formats import country_name, date_text, list_text
from remedies.record.model import Record

OK, PROBLEM, UNKNOWN = "ok", "problem", "unknown"
STATUS_LABELS = {OK: N_("Met"), PROBLEM: N_("Problem"), UNKNOWN: N_("To confirm")}


class Country(str):
    """A country code among a check's values: shown as the country's name in the output language."""


class Articles(list):
    """Covenant article numbers among a check's values: shown as "article 9" or "articles 14 and 19"."""


@dataclass(frozen=True)
class Check:
    status: str
    title: str  # a message id
    detail: str  # a message id with %(name)s placeholders
    values: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        """The English line for `remedies check`."""
        return f"[{self.status}] {self.title}: {localize(self, 'en')['detail']}"


def rules() -> dict[str, Any]:
    return data.load("un/admissibility.yaml")


def localize(check: Check, locale: str) -> dict[str, str]:
    gettext = gettext_for(locale)
    values = {name: _shown(value, locale, gettext) for name, value in check.values.items()}
    return {"status": check.status, "status_label": gettext(STATUS_LABELS[check.status]),
            "title": gettext(check.title), "detail": gettext(check.detail) % values}


def _shown(value: Any, locale: str, gettext) -> str:
    if isinstance(value, Articles):
        if len(value) == 1:
            return gettext("article %(number)s") % {"number": value[0]}
        return gettext("articles %(numbers)s") % {"numbers": list_text([str(v) for v in value], locale)}
    if isinstance(value, Country):
        return str(country_name(str(value), locale))
    if isinstance(value, dt.date):
        return date_text(value, locale)
    if isinstance(value, list):
        return list_text([str(v) for v in value], locale)
    return str(value)


# ---- Special Procedures -------------------------------------------------------------------------


def special_procedures(record: Record) -> list[Check]:
    return [_submitter_identified(record), _first_hand(record), _language(record)]


def _submitter_identified(record: Record) -> Check:
    title = N_("Submitter identified")
    if record.submitter.name or (record.submitter.role == "victim" and record.victim.full_name):
        return Check(OK, title, N_("The submitter is named; anonymous communications are not considered."))
    return Check(PROBLEM, title, N_("submitter.name is empty: anonymous communications are not considered."))


def _first_hand(record: Record) -> Check:
    title = N_("Not based only on media reports")
    stated = record.un.based_only_on_media_reports
    if stated:
        return Check(PROBLEM, title, N_("The record says the information comes only from media reports; "
                                        "such communications are not considered. Add first-hand accounts or evidence."))
    direct = [e.id for e in record.evidence if e.captured_by in ("victim", "submitter")]
    if direct:
        return Check(OK, title, N_("The facts rest on first-hand information (exhibits: %(exhibits)s)."),
                     {"exhibits": direct})
    if stated is False or record.submitter.role in ("victim", "family"):
        return Check(OK, title, N_("The facts come from the victim, the family or the submitter's own inquiries."))
    return Check(UNKNOWN, title, N_("Say where the information comes from; set un.based_only_on_media_reports "
                                    "to false when it does not rest on media reports alone."))


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]")


def controlled_text(record: Record) -> list[str]:
    """The narrative the submitter writes (quotations of the perpetrators' words are left out)."""
    texts = [record.impact.summary, record.impact.urgency_reason, record.impact.likely_to_continue_because,
             record.un.remedies_not_exhausted_because, record.un.continuing_violation, record.un.delay_explained_by]
    texts += [i.description for i in record.incidents] + [i.effect for i in record.incidents]
    texts += [r.description for r in record.respondents] + [r.basis_for_identification for r in record.respondents]
    texts += list(record.un.category_arguments.values()) + list(record.un.remedies_sought)
    return [_QUOTED.sub(" ", t) for t in texts if t]


@lru_cache(maxsize=8)
def _abusive_pattern(words: tuple[str, ...]) -> "re.Pattern | None":
    """The abusive-term list as one pattern, compiled once per version of the list (not per record)."""
    terms = []
    for word in words:
        stem = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        terms.append(r"\b" + stem + (r"\w*" if word.endswith("*") else r"\b"))
    if not terms:
        return None
    return re.compile("|".join(f"(?:{t})" for t in terms), re.IGNORECASE)


def abusive_terms_in(texts: list[str]) -> list[str]:
    found: list[str] = []
    # One pass per term over all the texts at once (NUL-separated: no term spans two texts).
    joined = "\x00".join(texts)
    pattern = _abusive_pattern(tuple(word for words in rules()["special_procedures"]["abusive_terms"].values()
                                     for word in words))
    if pattern is None:
        return found
    for match in pattern.finditer(joined):
        if match.group(0).lower() not in found:
            found.append(match.group(0).lower())
    return found


def _language(record: Record) -> Check:
    title = N_("No abusive language")
    found = abusive_terms_in(controlled_text(record))
    if found:
        return Check(PROBLEM, title, N_("Words that may read as abusive outside quotations: %(words)s. "
                                        "Use neutral, factual language."), {"words": found})
    return Check(OK, title, N_("No abusive terms were found in the narrative outside quotations."))


# ---- Human Rights Committee ---------------------------------------------------------------------


def human_rights_committee(record: Record) -> list[Check]:
    status = party_status(record.case.state)
    return [_op1_party(status), _facts_after(record, status), _exhausted(record),
            _other_procedure(record), _five_years(record)]


def _op1_party(status: dict[str, Any]) -> Check:
    title = N_("State party to the Optional Protocol")
    if not status["state"]:
        return Check(PROBLEM, title, N_("case.state is not set, so the State concerned is unknown."))
    values = {"state": Country(status["state"]), "checked": status["checked_on"]}
    if status["op1"]:
        return Check(OK, title, N_("The Optional Protocol entered into force for the State concerned (%(state)s) on %(date)s "
                                   "(treaty table checked on %(checked)s)."), values | {"date": status["op1"]})
    if status["op1_denounced"]:
        return Check(PROBLEM, title, N_("The State concerned (%(state)s) denounced the Optional Protocol with effect from %(date)s; "
                                        "only facts before that date can be examined."),
                     values | {"date": status["op1_denounced"]})
    return Check(PROBLEM, title, N_("The State concerned (%(state)s) is not a party to the Optional Protocol (treaty table checked on "
                                    "%(checked)s): the Committee cannot receive the complaint."), values)


def earliest_fact(record: Record) -> Optional[dt.date]:
    dates = [i.date for i in record.incidents]
    if record.detention and record.detention.arrest and record.detention.arrest.date:
        dates.append(record.detention.arrest.date)
    return min(dates) if dates else None


def _facts_after(record: Record, status: dict[str, Any]) -> Check:
    title = N_("Facts after entry into force")
    first, since = earliest_fact(record), status["op1"] or status["op1_denounced"]
    if first is None or since is None:
        return Check(UNKNOWN, title, N_("Cannot be checked without dated facts and a State party."))
    values = {"first": first, "date": since}
    if first >= since:
        return Check(OK, title, N_("The earliest fact (%(first)s) is after the entry into force (%(date)s)."), values)
    if record.un.continuing_violation:
        return Check(OK, title, N_("The earliest fact (%(first)s) precedes the entry into force (%(date)s); "
                                   "the complaint relies on its continuing effects."), values)
    return Check(PROBLEM, title, N_("The earliest fact (%(first)s) precedes the entry into force (%(date)s); "
                                    "rely on later facts or explain in un.continuing_violation why the "
                                    "violation continues."), values)


def exhaustion_by_article(record: Record) -> list[dict[str, Any]]:
    """Per Covenant article invoked: exhausted, explained, pending or none, from the steps that sought it.

    A step with `rights` counts only for those rights; a step without counts for every right.
    """
    rows = []
    for code in record.legal.rights_engaged:
        treaty, article = code.split("-")
        if treaty != "iccpr":
            continue
        covering = [r for r in record.legal.domestic_remedies if not r.rights or code in r.rights]
        final = [r for r in covering if r.status == "exhausted"]
        pending = [r for r in covering if r.status in ("pending", "appealed")]
        if final:
            state = "exhausted"
        elif record.un.remedies_not_exhausted_because or any(r.status == "not_available" for r in covering):
            state = "explained"
        elif pending:
            state = "pending"
        else:
            state = "none"
        rows.append({"code": code, "article": int(article), "state": state,
                     "final": [{"body": r.body, "action": r.action, "date": r.date, "reference": r.reference}
                               for r in final],
                     "pending": [r.body for r in pending]})
    return rows


def _exhausted(record: Record) -> Check:
    title = N_("Domestic remedies exhausted")
    per_article = exhaustion_by_article(record)
    if any(r.rights for r in record.legal.domestic_remedies) and per_article:
        done = Articles(r["article"] for r in per_article if r["state"] == "exhausted")
        explained = Articles(r["article"] for r in per_article if r["state"] == "explained")
        open_ = Articles(r["article"] for r in per_article if r["state"] in ("pending", "none"))
        if open_:
            return Check(PROBLEM, title, N_("No exhausted domestic remedy for %(open)s; record which steps sought to "
                                            "vindicate it (legal.domestic_remedies[].rights) or explain in "
                                            "un.remedies_not_exhausted_because why none is effective."),
                         {"open": open_})
        if explained and done:
            return Check(OK, title, N_("Exhausted for %(done)s; for %(explained)s the complaint explains why "
                                       "domestic remedies are unavailable, ineffective or unreasonably prolonged."),
                         {"done": done, "explained": explained})
        if explained:
            return Check(OK, title, N_("The complaint explains why domestic remedies are unavailable or ineffective."))
        return Check(OK, title, N_("Exhausted for every article invoked (%(done)s)."), {"done": done})
    remedies = record.legal.domestic_remedies
    if any(r.status == "exhausted" for r in remedies):
        return Check(OK, title, N_("The record marks domestic remedies as exhausted."))
    if record.un.remedies_not_exhausted_because or any(r.status == "not_available" for r in remedies):
        return Check(OK, title, N_("The complaint explains why domestic remedies are unavailable or ineffective."))
    pending = [r.body for r in remedies if r.status in ("pending", "appealed")]
    if pending:
        return Check(PROBLEM, title, N_("Still pending before %(bodies)s; explain in "
                                        "un.remedies_not_exhausted_because why they are ineffective or "
                                        "unreasonably prolonged, or wait for the final decision."),
                     {"bodies": pending})
    if not remedies:
        return Check(PROBLEM, title, N_("No domestic remedy is recorded; list them in legal.domestic_remedies "
                                        "or explain in un.remedies_not_exhausted_because why none was available."))
    return Check(UNKNOWN, title, N_("Mark the final decision's status as exhausted once no further "
                                    "remedy lies."))


def _examining(record: Record) -> list[str]:
    ignored = rules()["human_rights_committee"]["not_another_procedure"]
    return [p.body for p in record.legal.other_international_procedures
            if p.ended_on is None and not any(word in p.body.lower() for word in ignored)]


def parallel_filings(record: Record) -> list[str]:
    """The other UN bodies the same record drafts a filing to: "special_procedures", "wgad"."""
    from remedies.documents.un_common import consent_refusal

    if consent_refusal(record) is not None:
        return []
    return ["special_procedures"] + (["wgad"] if record.detention is not None else [])


def _other_procedure(record: Record) -> Check:
    title = N_("Not before another international procedure")
    bodies = _examining(record)
    if bodies:
        return Check(PROBLEM, title, N_("The same matter is before %(bodies)s; the Committee cannot examine "
                                        "it at the same time."), {"bodies": bodies})
    if "wgad" in parallel_filings(record):
        return Check(UNKNOWN, title, N_("A submission to the Working Group on Arbitrary Detention is drafted from "
                                        "the same record. Special Procedures are not another procedure under "
                                        "article 5(2)(a); the Committee's practice on the Working Group's opinions "
                                        "has varied: decide which to file first, or explain why both are filed."))
    return Check(OK, title, N_("No other international procedure of investigation or settlement is "
                               "examining the same matter."))


def _five_years(record: Record) -> Check:
    title = N_("Time limit")
    limit = rules()["human_rights_committee"]["years_after_domestic_remedies"]
    final = [r.date for r in record.legal.domestic_remedies
             if r.date and r.status in ("decided", "rejected", "exhausted")]
    if not final:
        return Check(UNKNOWN, title, N_("No dated domestic decision is recorded; the limit of %(years)s years "
                                        "runs from the last one."), {"years": limit})
    last, today = max(final), record.case.prepared_on
    values = {"date": last, "years": limit}
    try:
        deadline = last.replace(year=last.year + limit)
    except ValueError:  # 29 February
        deadline = last.replace(year=last.year + limit, day=28)
    if today <= deadline:
        return Check(OK, title, N_("The last domestic decision (%(date)s) is less than %(years)s years old."), values)
    if record.un.delay_explained_by:
        return Check(OK, title, N_("The last domestic decision (%(date)s) is more than %(years)s years old; "
                                   "the complaint explains the delay."), values)
    return Check(PROBLEM, title, N_("The last domestic decision (%(date)s) is more than %(years)s years old; "
                                    "explain the delay in un.delay_explained_by."), values)
