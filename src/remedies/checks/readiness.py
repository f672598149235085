"""For each document: ready, incomplete (with the fields missing), not applicable or refused (with why)."""

from __future__ import annotations

from typing import Any

from remedies.documents import REGISTRY
from remedies.documents.base import Options
from remedies.record.model import Record


def readiness(record: Record) -> list[dict[str, Any]]:
    rows = []
    for document in REGISTRY.values():
        row: dict[str, Any] = {"document": document.name}
        reason = document.not_applicable(record)
        refusal = None if reason else document.refusal(record)
        if reason:
            row |= {"status": "not applicable", "reason": reason}
        elif refusal:
            row |= {"status": "refused", "reason": refusal}
        else:
            draft = document.build(record, Options(locale=record.case.locale))
            row |= {"status": "incomplete" if draft.missing else "ready", "missing": draft.missing}
            if draft.checks:
                row["checks"] = draft.checks
        rows.append(row)
    return rows
