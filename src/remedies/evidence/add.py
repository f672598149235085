"""Add evidence files to a record: hash, size, media type and capture time, written into the record file
with its comments kept, and the first entries of each item's chain of custody."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence, Union

from remedies.evidence import custody
from remedies.evidence.files import EvidenceError, capture_time, digest, media_type, parse_time
from remedies.record import vocab

PathLike = Union[str, Path]


@dataclass
class Added:
    id: str
    file: str
    sha256: str
    size: int
    media_type: str
    captured_at: Optional[dt.datetime]
    captured_at_from: Optional[str]
    updated: bool = False  # an existing item (same file, no hash yet) that now has its hash
    notes: list[str] = field(default_factory=list)


def stored_path(file: Path, record_path: Path) -> str:
    """The file's path as the record keeps it: relative to the record's folder, with forward slashes."""
    base = os.path.abspath(record_path.parent)
    target = os.path.abspath(file)
    try:
        relative = os.path.relpath(target, base)
    except ValueError:  # another drive on Windows
        return Path(target).as_posix()
    return Path(relative).as_posix()


def resolve(record_path: Path, stored: str) -> Path:
    """Where a path kept in the record points (relative paths are relative to the record's folder)."""
    path = Path(stored)
    return path if path.is_absolute() else Path(record_path).parent / path


def _next_id(taken: set[str]) -> str:
    number = 1
    while f"E{number}" in taken:
        number += 1
    return f"E{number}"


_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


def add(record_path: PathLike, files: Sequence[PathLike], *, id: Optional[str] = None,
        description: Optional[str] = None, captured_by: Optional[str] = None,
        captured_at: Union[str, dt.datetime, None] = None, source_url: Optional[str] = None,
        archive_url: Optional[str] = None, received_by: Optional[str] = None) -> list[str]:
    """Add `files` to the record's evidence and return their ids (all or nothing)."""
    return [item.id for item in add_files(record_path, files, id=id, description=description,
                                          captured_by=captured_by, captured_at=captured_at,
                                          source_url=source_url, archive_url=archive_url,
                                          received_by=received_by)]


def add_files(record_path: PathLike, files: Sequence[PathLike], *, id: Optional[str] = None,
              description: Optional[str] = None, captured_by: Optional[str] = None,
              captured_at: Union[str, dt.datetime, None] = None, source_url: Optional[str] = None,
              archive_url: Optional[str] = None, received_by: Optional[str] = None) -> list[Added]:
    """As `add`, with what was found for each file (hash, media type, capture time and notes)."""
    from remedies.record.edit import editing, plain
    from remedies.record.validate import load
    from remedies.rendering.resources import available_locales

    record_path = Path(record_path)
    files = [Path(f) for f in files]
    if not files:
        raise EvidenceError("name at least one evidence file to add")
    if id is not None and len(files) > 1:
        raise EvidenceError(f"--id {id} names one item, but {len(files)} files were given; add them one at a time")
    if id is not None and not _ID.match(id):
        raise EvidenceError(f"--id {id!r} must be a short id of letters, digits, '-', '_' or '.', such as E1")
    if captured_by is not None and captured_by not in vocab.CAPTURED_BY:
        raise EvidenceError(f"--captured-by {captured_by!r} is not one of: {', '.join(vocab.CAPTURED_BY)}")
    given_time = parse_time(captured_at, "--captured-at") if captured_at is not None else None

    loaded = load(record_path, available_locales())  # a record that is not valid is refused as it is
    record = loaded.record
    by = custody.actor(record, received_by)

    # Read every file first: nothing is written unless all of them can be added.
    found: list[Added] = []
    seen: dict[str, Path] = {}
    for file in files:
        if file.is_dir():
            raise EvidenceError(f"{file}: is a folder; name the files in it")
        hashed = digest(file)
        if hashed.sha256 in seen:
            raise EvidenceError(f"{file}: is the same file as {seen[hashed.sha256]} (same SHA-256); add it once")
        seen[hashed.sha256] = file
        kind = media_type(file)
        item = Added(id="", file=stored_path(file, record_path), sha256=hashed.sha256, size=hashed.size,
                     media_type=kind, captured_at=given_time, captured_at_from=None)
        if given_time is None:
            meta = capture_time(file, kind)
            if meta and meta.at is not None:
                item.captured_at, item.captured_at_from = meta.at, f"file metadata ({meta.source})"
            elif meta:
                item.notes.append(f"{file}: its metadata ({meta.source}) gives {meta.text} without a UTC offset, "
                                  "so no capture time was recorded; give it with --captured-at "
                                  "(for example 2026-09-14T22:05:00+08:00)")
        found.append(item)

    received = custody.now()
    with editing(record_path) as document:  # locked: ids and duplicates judged on the record as it is now
        section = document.section("evidence", _empty_list(document))
        _assign(found, files, [entry for entry in section if isinstance(entry, dict)], id, record_path)
        positions = {entry.get("id"): n for n, entry in enumerate(section) if isinstance(entry, dict)}
        for item in found:
            entry = section[positions[item.id]] if item.updated else _new_map(document)
            if not item.updated:
                entry["id"] = item.id
            if description is not None and not entry.get("description"):
                entry["description"] = description
            entry["file"] = item.file
            entry["sha256"] = item.sha256
            entry["size"] = item.size
            entry["media_type"] = item.media_type
            if item.captured_at is not None:
                entry["captured_at"] = custody.stamp(item.captured_at)
                if item.captured_at_from:
                    entry["captured_at_from"] = item.captured_at_from
            if captured_by is not None:
                entry["captured_by"] = captured_by
            if source_url is not None:
                entry["source_url"] = source_url
            if archive_url is not None:
                entry["archive_url"] = archive_url
            events = []
            if item.captured_at is not None:
                note = ("time from the file's metadata (" + item.captured_at_from.split("(", 1)[1]
                        if item.captured_at_from else "time as given")
                events.append(custody.event("captured", captured_by, note, item.captured_at))
            events.append(custody.event("received", by, f"added to the record from {item.file}", received))
            events.append(custody.event("hashed", by, f"SHA-256 {item.sha256}, {item.size:,} bytes", received))
            custody.append(entry, *events)
            if not item.updated:
                section.append(entry)
        if document.kind == "json":
            document.data = plain(document.data)
    return found


def _assign(found: list[Added], files: list[Path], entries: list, id: Optional[str], record_path: Path) -> None:
    """Give each file its id, refusing a file already recorded (by content, or by path with other content).

    A file named by an item that has no hash yet, or an --id of such an item, fills in that item.
    """
    from remedies.record.edit import Null

    def text(value) -> str:
        return "" if value is None or isinstance(value, Null) else str(value)

    by_hash = {text(e.get("sha256")).lower(): text(e.get("id")) for e in entries if text(e.get("sha256"))}
    by_file = {os.path.normcase(os.path.abspath(resolve(record_path, text(e.get("file"))))): e
               for e in entries if text(e.get("file"))}
    taken = {text(e.get("id")) for e in entries}
    fill = None  # the item an --id names, when it has no hash yet
    if id is not None and id in taken:
        existing = next(e for e in entries if text(e.get("id")) == id)
        if text(existing.get("sha256")):
            raise EvidenceError(f"--id {id} is already used by an evidence item with its own file and hash; "
                                "choose another id")
        fill = id
    for item, file in zip(found, files):
        if item.sha256 in by_hash:
            raise EvidenceError(f"{file}: is already in the record as evidence {by_hash[item.sha256]} "
                                "(same SHA-256); it was not added again")
        same = by_file.get(os.path.normcase(os.path.abspath(file)))
        if same is not None:
            recorded = text(same.get("sha256")).lower()
            if recorded:  # same path, different content
                raise EvidenceError(
                    f"{file}: is already evidence {text(same.get('id'))}, and its content has changed since it was "
                    f"recorded (recorded SHA-256 {recorded}, now {item.sha256}); run `remedies evidence verify`")
            item.id, item.updated = text(same.get("id")), True
        elif fill is not None:
            item.id, item.updated = fill, True
        else:
            item.id = id or _next_id(taken)
        taken.add(item.id)


def _empty_list(document):
    if document.kind == "json":
        return []
    from ruamel.yaml.comments import CommentedSeq

    return CommentedSeq()


def _new_map(document):
    if document.kind == "json":
        return {}
    from ruamel.yaml.comments import CommentedMap

    return CommentedMap()
