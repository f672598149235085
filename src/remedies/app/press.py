"""The press brief's side-by-side view: each text the brief tells, as written and as the brief writes
it, with what the redaction removed (the redaction module's own terms) or generalised."""

from __future__ import annotations

from typing import Any, Optional

from remedies.checks.redaction import Redactor
from remedies.checks.redaction.dates import month_year
from remedies.documents.press_brief import age_range, refusal
from remedies.documents import labels
from remedies.record.languages import localized
from remedies.record.model import Record


def N_(message: str) -> str:
    return message


def _texts(record: Record) -> list[tuple[str, str]]:
    found: list[tuple[str, Optional[str]]] = [("press.headline", record.press.headline),
                                              ("press.summary", record.press.summary)]
    found += [(f"press.key_messages[{i}]", t) for i, t in enumerate(record.press.key_messages, 1)]
    found += [(f"press.asks[{i}]", t) for i, t in enumerate(record.press.asks, 1)]
    found += [("press.quote", record.press.quote), ("press.background", record.press.background),
              ("victim.occupation", record.victim.occupation), ("impact.summary", record.impact.summary)]
    for index, incident in enumerate(record.incidents, 1):
        found += [(f"incidents[{index}].description", incident.description),
                  (f"incidents[{index}].effect", incident.effect)]
    return [(path, str(text)) for path, text in found if text]


def side_by_side(record: Record, locale: str) -> tuple[list[dict[str, Any]], Optional[str]]:
    """Rows of (field, as written, as in the brief, what was removed), and the refusal if there is one."""
    refused = refusal(record)
    language = record.case.locale
    view = localized(record, language).record
    gettext = labels.gettext_for(language)
    redactor = Redactor(view, gettext)
    rows = []
    for path, text in _texts(view):
        hits = redactor.matcher.find(text)
        rows.append({"path": path, "original": text, "redacted": redactor.text(text),
                     "removed": sorted({hit.term.describe() for hit in hits}), "kind": "removed" if hits else ""})
    if view.victim.date_of_birth:
        rows.append({"path": "victim.date_of_birth", "original": view.victim.date_of_birth.isoformat(),
                     "redacted": age_range(view, gettext) or "", "removed": [N_("date of birth replaced by an age range")],
                     "kind": "generalised"})
    for index, incident in enumerate(view.incidents, 1):
        rows.append({"path": f"incidents[{index}].date", "original": incident.date.isoformat(),
                     "redacted": month_year(incident.date, language, redactor.leaks),
                     "removed": [N_("exact date replaced by the month and year")], "kind": "generalised"})
    return rows, refused


def removed_terms(record: Record) -> list[dict[str, str]]:
    """Each identifying part of the record the brief never shows, and what the brief writes instead."""
    from remedies.checks.redaction.terms import KIND_WORDS

    view = localized(record, record.case.locale).record
    redactor = Redactor(view, labels.gettext_for(record.case.locale))
    seen, found = set(), []
    for term in redactor.matcher.terms:
        key = (term.source, term.kind)
        if key in seen:
            continue
        seen.add(key)
        found.append({"source": term.source, "kind": KIND_WORDS.get(term.kind, term.kind),
                      "replacement": redactor.replacement(term)})
    return found
