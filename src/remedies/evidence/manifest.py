"""The evidence manifest: one row per item, as CSV or JSON, for a helpline's case database."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from remedies.evidence import custody
from remedies.knowledge import exhibits
from remedies.record.model import Record

COLUMNS = ("id", "mark", "description", "file", "size", "media_type", "sha256", "captured_at",
           "captured_at_from", "captured_by", "source_url", "archive_url", "custody")


def rows(record: Record) -> list[dict[str, Any]]:
    marks = exhibits.marks(record)
    result = []
    for item in record.evidence:
        result.append({
            "id": item.id,
            "mark": marks.get(item.id, item.id),
            "description": str(item.description) if item.description is not None else None,
            "file": item.file,
            "size": item.size,
            "media_type": item.media_type,
            "sha256": item.sha256.lower() if item.sha256 else None,
            "captured_at": item.captured_at.isoformat() if item.captured_at else None,
            "captured_at_from": item.captured_at_from,
            "captured_by": item.captured_by,
            "source_url": item.source_url,
            "archive_url": item.archive_url,
            "custody": custody.rows(item),
        })
    return result


def as_json(record: Record) -> str:
    return json.dumps({"case": record.case.reference, "evidence": rows(record)}, indent=2, ensure_ascii=False) + "\n"


def as_csv(record: Record) -> str:
    """One line per item; the custody log in one cell, one event per line ('at action by: note')."""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(record):
        events = [" ".join(part for part in (e["at"], e["action"], e["by"] and f"by {e['by']}") if part)
                  + (f": {e['note']}" if e["note"] else "") for e in row["custody"]]
        writer.writerow({key: _cell("\n".join(events) if key == "custody" else row[key]) for key in COLUMNS})
    return stream.getvalue()


def _cell(value: Any) -> Any:
    """A CSV cell; text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
