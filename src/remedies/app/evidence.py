"""Evidence files dropped into the app: stored beside the record and added to it with their hash.

`remedies.evidence.add` (the `evidence add` command's library) is used when this install has it;
otherwise a small local version does the same core work: copy each file into the case's evidence
folder (never replacing one), hash it (SHA-256), and add an `evidence` item with the next free id.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from remedies.app import casefile

SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    name = Path(name.replace("\\", "/")).name
    cleaned = SAFE.sub("-", name).strip("-.")
    return cleaned[:100] or "file"


def add(folder: casefile.CasesFolder, name: str, uploads: list[Path], expected: str) -> tuple[list[str], str]:
    """Add `uploads` (files in a private temporary folder) to the case; returns the ids added and the
    record's new version. Refused (casefile.Conflict) when the record changed since `expected`."""
    record_path = folder.case_path(name)
    if folder.version(name) != expected:
        raise casefile.Conflict(name)
    try:
        from remedies.evidence import add as library_add  # type: ignore[attr-defined]
    except ImportError:
        library_add = None
    if library_add is not None:
        added = library_add(record_path, uploads)
        ids = [getattr(item, "id", str(item)) for item in (added or [])]
        return ids, folder.version(name)

    document, version = folder.load_document(name)
    target = folder.evidence_dir(name)
    target.mkdir(parents=True, exist_ok=True)
    items = casefile.get_path(document, ("evidence",))
    taken = {str(item.get("id")) for item in items} if isinstance(items, list) else set()
    position = len(items) if isinstance(items, list) else 0
    ids = []
    for upload in uploads:
        stored = target / safe_name(upload.name)
        count = 1
        while stored.exists():
            count += 1
            stored = target / f"{Path(safe_name(upload.name)).stem}-{count}{Path(upload.name).suffix}"
        shutil.copyfile(upload, stored)
        number = len(taken) + 1
        while f"E{number}" in taken:
            number += 1
        ident = f"E{number}"
        taken.add(ident)
        digest = hashlib.sha256(stored.read_bytes()).hexdigest()
        relative = stored.relative_to(record_path.parent).as_posix()
        casefile.set_path(document, ("evidence", position), {
            "id": ident, "description": upload.name, "file": relative, "sha256": digest})
        position += 1
        ids.append(ident)
    return ids, folder.save(name, document, version)
