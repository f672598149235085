"""For each document: ready, incomplete (with the fields missing), not applicable or refused (with why)."""

from __future__ import annotations

from typing import Any

from remedies import sharing
from remedies.documents import REGISTRY
from remedies.documents.base import Options
from remedies.record.languages import Untranslated, localized, untranslated
from remedies.record.model import Record


def readiness(record: Record) -> list[dict[str, Any]]:
    """One row per document, or per part of a document drafted in parts (its `part` says which)."""
    # Documents are judged as drafted in the record's own language.
    view = localized(record, record.case.locale).record
    with sharing.shared():  # the press kit and the press brief judge one brief
        return _rows(view, record.case.locale)


def _rows(view: Record, locale: str) -> list[dict[str, Any]]:
    rows = []
    for document in REGISTRY.values():
        reason = document.not_applicable(view)
        refusal = None if reason else document.refusal(view)
        if reason:
            rows.append({"document": document.name, "status": "not applicable", "reason": reason})
            continue
        if refusal:
            rows.append({"document": document.name, "status": "refused", "reason": refusal})
            continue
        for part in document.parts_of(view):
            row: dict[str, Any] = {"document": document.name}
            if part is not None:
                row["part"] = part
            draft = document.build(view, Options(locale=locale, part=part))
            row |= {"status": "incomplete" if draft.missing else "ready", "missing": draft.missing}
            if draft.checks:
                row["checks"] = draft.checks
            rows.append(row)
    return rows


def untranslated_narrative(record: Record) -> dict[str, list[Untranslated]]:
    """Per language the record is being written in (besides its own), the narrative fields not in it."""
    return untranslated(record)
