"""The chain of custody of each evidence item: events appended to `evidence[].custody` in the record."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from typing import Any, Optional

from remedies.record.model import Evidence, Record


def now() -> dt.datetime:
    """The current time with the machine's UTC offset, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def stamp(moment: dt.datetime) -> Any:
    """A time as the record file writes it: unquoted ISO 8601 with its offset."""
    from remedies.record.edit import Stamp

    return Stamp(moment.isoformat())


def actor(record: Optional[Record], given: Optional[str] = None) -> str:
    """Who acts: as given, else the record's submitter, else the computer's user name."""
    if given:
        return given
    if record is not None and record.submitter.name:
        name = record.submitter.name
        return f"{name} ({record.submitter.organisation})" if record.submitter.organisation else name
    try:
        return os.environ.get("REMEDIES_USER") or getpass.getuser()
    except Exception:
        return "unknown"


def event(action: str, by: Optional[str], note: Optional[str] = None, at: Optional[dt.datetime] = None) -> dict:
    entry: dict[str, Any] = {"at": stamp(at or now()), "action": action}
    if by:
        entry["by"] = by
    if note:
        entry["note"] = note
    return entry


def append(item: Any, *events: dict) -> None:
    """Add events to an evidence item of an editable record (a mapping), creating its custody list."""
    from ruamel.yaml.comments import CommentedSeq

    log = item.get("custody")
    if not isinstance(log, list):
        log = CommentedSeq() if hasattr(item, "ca") else []
        item["custody"] = log
    for entry in events:
        log.append(entry)


def log_many(record_path, entries: dict[str, list[dict]]) -> None:
    """Append events to several items (by id) in one edit of the record file."""
    from remedies.record.edit import editing

    if not any(entries.values()):
        return
    with editing(record_path) as document:
        for item in document.data.get("evidence") or []:
            if isinstance(item, dict) and item.get("id") in entries:
                append(item, *entries[item["id"]])


def rows(item: Evidence) -> list[dict[str, Any]]:
    """One item's custody log as plain rows (at, action, by, note), oldest first."""
    return [{"at": e.at.isoformat(), "action": e.action, "by": e.by or "", "note": e.note or ""}
            for e in sorted(item.custody, key=lambda e: e.at)]


def summary(item: Evidence) -> str:
    """The custody log on one line per event, for a table cell: '2026-09-15 10:00 received (Siti Rahman)'."""
    lines = []
    for entry in rows(item):
        who = f" ({entry['by']})" if entry["by"] else ""
        lines.append(f"{entry['at'][:16].replace('T', ' ')} {entry['action']}{who}")
    return "\n".join(lines)


def annex(record: Record) -> list[dict[str, Any]]:
    """Per evidence item, its custody rows: what a filing's evidence annex shows."""
    return [{"id": item.id, "custody": rows(item), "summary": summary(item)} for item in record.evidence]
