"""Press brief: the story told with the victim's identity removed, and refused if any trace of it survives."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional


from remedies import sharing
from remedies.checks.redaction import Redactor, matcher_for, press_brief_provenance
from remedies.checks.redaction.normalise import words
from remedies.checks.redaction.dates import month_year, moment
from remedies.checks.redaction.redact import NEUTRAL_NAME
from remedies.checks.redaction.scan import verify as verify_package
from remedies.documents import labels, un_common
from remedies.documents.base import Draft, DocumentType, Needs, Options, properties
from remedies.record.model import Law, Record
from remedies.rendering.formats import country_name, date_text

NAME = "press-brief"
NEUTRAL_FILE_REFERENCE = "case"

TREATIES = {
    "iccpr": labels.N_("International Covenant on Civil and Political Rights"),
    "udhr": labels.N_("Universal Declaration of Human Rights"),
}


def refusal(record: Record) -> Optional[str]:
    consent = record.victim.consent
    if consent is None or consent.press_brief is not True:
        return ("the victim has not consented to a press brief (victim.consent.press_brief is not true); "
                "no press brief is written")
    return None


def age_range(record: Record, gettext) -> Optional[str]:
    """'30-39' from the date of birth (never the age or the date itself); 'under 18' for a minor."""
    born = record.victim.date_of_birth
    if record.victim.is_minor:
        return gettext("under 18")
    if born is None:
        return None
    on = record.case.prepared_on
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if age < 18:
        return gettext("under 18")
    decade = age // 10 * 10
    return f"{decade}-{decade + 9}"


def _country(record: Record, locale: str) -> Optional[str]:
    code = (record.victim.address.country if record.victim.address else None) or record.case.state
    if not code:
        return None
    return country_name(code, locale)


def _law(law: Law) -> dict[str, Any]:
    return {"name": law.name, "provisions": list(law.provisions)}


def laws_at_issue(record: Record) -> list[dict[str, Any]]:
    """Laws the record cites, and the legal basis of any arrest or detention, each once."""
    found = list(record.legal.laws_applied)
    if record.detention:
        for part in (record.detention.arrest, record.detention.detention):
            if part is not None:
                found += part.legal_basis
    seen, result = set(), []
    for law in found:
        if law.name not in seen:
            seen.add(law.name)
            result.append(_law(law))
    return result


def _right(code: str, gettext) -> str:
    treaty, article = code.split("-")
    return gettext("Article %(number)s") % {"number": article} + ", " + gettext(TREATIES[treaty])


def build(record: Record, options: Options) -> Draft:
    """The brief; inside `sharing.shared()` built once per record and options, since the press kit
    holds it (the redaction of every incident is most of the cost)."""
    return sharing.once("press-brief", record, (options.locale, options.draft, options.part),
                        lambda: _build(record, options))


def _build(record: Record, options: Options) -> Draft:
    gettext = labels.gettext_for(options.locale)
    redactor = Redactor(record, gettext)
    need = Needs()
    press, victim = record.press, record.victim
    locale = options.locale

    def names_in(text: str) -> bool:
        """A name in a date the tool writes (a victim called May): numbers in a date are not a postal
        code or a house number, and the scan knows the tool's dates (provenance)."""
        return any(not words_are_numbers(text[h.start:h.end]) for h in redactor.matcher.find(text))

    def when(value: dt.date) -> str:
        return month_year(value, locale, names_in)

    # Positions kept with each incident before sorting: list.index over models is quadratic.
    numbered = sorted(enumerate(record.incidents, start=1), key=lambda p: (p[1].date, p[1].time or dt.time()))
    incidents = [incident for _, incident in numbered]
    happened = [{
        "when": when(incident.date),
        "platform": labels.platform(incident.platform, gettext) if incident.platform else None,
        "harms": [labels.harm(h, gettext) for h in incident.harms],
        "description": need(incident.description, f"incidents[{number}].description"),
    } for number, incident in numbered]
    steps = [{
        "when": when(remedy.date) if remedy.date else None,
        "body": remedy.body,
        "action": remedy.action,
        "outcome": remedy.outcome,
    } for remedy in record.legal.domestic_remedies]
    platforms = list(dict.fromkeys(labels.platform(i.platform, gettext) for i in incidents if i.platform))
    harms = list(dict.fromkeys(labels.harm(h, gettext) for i in incidents for h in i.harms))
    expression_case = record.detention is not None or any(
        "arrest_for_expression" in i.harms for i in record.incidents)

    treaties = un_common.treaty_context(record, locale, gettext)
    contact = press.contact
    context: dict[str, Any] = {
        "headline": need(press.headline, "press.headline"),
        "embargo": None,
        "dateline": None,
        "summary": press.summary,
        "first_month": when(incidents[0].date) if incidents else None,
        "harms": harms,
        "platforms": platforms,
        "key_messages": list(press.key_messages),
        "person": {
            "pseudonym": redactor.pseudonym,
            "pseudonym_start": redactor.pseudonym[:1].upper() + redactor.pseudonym[1:],
            "named": redactor.pseudonym != gettext(NEUTRAL_NAME),
            "occupation": victim.occupation,
            "age_range": age_range(record, gettext),
            "country": _country(record, locale),
        },
        "happened": need(happened, "incidents"),
        "steps": steps,
        "laws": laws_at_issue(record),
        "rights": [_right(r["code"], gettext) for r in treaties["rights"]],
        "iccpr_party": treaties["iccpr_party"] or not treaties["known"],
        "cedaw_gr35": bool(treaties["cedaw_gr35"]),
        "expression_case": expression_case,
        "asks": need(list(press.asks), "press.asks"),
        "quote": press.quote,
        "background": press.background,
        "contact": need({
            "name": contact.name,
            "organisation": contact.organisation,
            "email": contact.email,
            "phone": contact.phone,
        } if contact else None, "press.contact"),
    }
    # Every text value goes through the redactor; the record itself never reaches the template.
    context = redactor.deep(context) | {"draft": options.draft}
    # Dates are written by the tool from the record's dates, after redaction: a postal code equal to a
    # year must not remove the year from them (months that are names are written as numbers instead).
    context["embargo"] = moment(press.embargo_until, locale, names_in) if press.embargo_until else None
    context["dateline"] = _dateline(record.case.prepared_on, locale, names_in)
    context["first_month"] = when(incidents[0].date) if incidents else None
    for entry, (_, incident) in zip(context["happened"] if isinstance(context["happened"], list) else [], numbered):
        entry["when"] = when(incident.date)
    for entry, remedy in zip(context["steps"], record.legal.domestic_remedies):
        entry["when"] = when(remedy.date) if remedy.date else None
    notes = list(redactor.notes)
    if contact and redactor.leaks(" ".join(str(v) for v in (contact.name, contact.organisation, contact.email, contact.phone)
                                               if v)):
        notes.append("press.contact holds the victim's own details; they are removed from the brief "
                     "(give the organisation's media contact)")
    if not victim.pseudonym:
        notes.append(f"victim.pseudonym is not set; the brief calls the victim '{redactor.pseudonym}'")
    file_reference = None
    if redactor.leaks(record.case.reference):
        file_reference = NEUTRAL_FILE_REFERENCE
        notes.append("case.reference contains part of the victim's identity; the press brief's file is "
                     f"named after '{NEUTRAL_FILE_REFERENCE}' instead (change case.reference)")
    checks = [f"redaction: {len(redactor.matcher)} identifying terms from the record are removed, "
              "and the finished file is scanned for them before it is written"]
    checks += [f"warning: {note}" for note in notes if note.startswith("case.reference")]
    headline = context["headline"] if isinstance(context["headline"], str) else gettext("Press release")
    return Draft(
        context=context,
        properties=properties(record, options, title=redactor.text(headline)),
        missing=need.missing,
        notes=notes,
        checks=checks,
        file_reference=file_reference,
    )


def _dateline(value: dt.date, locale: str, avoid) -> str:
    text = date_text(value, locale)
    return value.isoformat() if avoid(text) else text


def words_are_numbers(text: str) -> bool:
    return all(w.replace(",", "").isdigit() for w in words(text))


def verify(data: bytes, record: Record) -> None:
    """Refuse the rendered brief if any identifying term of the record is anywhere in the package.

    A single common word or number of the record is tolerated only inside a phrase the template, its
    catalogs or the tool's dates supply (provenance); everything the record supplied was redacted."""
    verify_package(data, matcher_for(record), "the press brief was not written", press_brief_provenance(record))


DOCUMENT = DocumentType(
    name=NAME,
    title="Press brief",
    summary="Press release that tells the story with the victim's identity removed (checked before writing)",
    template="press-brief.docx",
    build=build,
    refusal=refusal,
    verify=verify,
)
