"""Evidence files dropped into the app: stored in the case's evidence folder, then added to the record by
`remedies.evidence.add` (as `remedies evidence add` does: hash, size, media type, capture time, custody)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from remedies.app import casefile

SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Refused(Exception):
    """The files could not be added; the message says why in one sentence. Nothing was changed."""


def safe_name(name: str) -> str:
    name = Path(name.replace("\\", "/")).name
    cleaned = SAFE.sub("-", name).strip("-.")
    return cleaned[:100] or "file"


def add(folder: casefile.CasesFolder, name: str, uploads: list[tuple[Path, str]], expected: str) -> list[str]:
    """Add `uploads` (a file in a private temporary folder, and the name it was dropped with) to the case.

    Refused (casefile.Conflict) when the record changed since `expected`; the record's previous version is
    kept for undo. Returns the ids added.
    """
    from remedies.evidence import EvidenceError
    from remedies.evidence import add as add_evidence
    from remedies.record.problems import RecordError

    record_path = folder.case_path(name)
    before = record_path.read_bytes()
    if casefile.digest(before) != expected:
        raise casefile.Conflict(name)
    target = folder.evidence_dir(name)
    target.mkdir(parents=True, exist_ok=True)
    stored, ids = [], []
    try:
        for upload, original in uploads:
            path = target / safe_name(original)
            count = 1
            while path.exists():
                count += 1
                path = target / f"{Path(safe_name(original)).stem}-{count}{Path(safe_name(original)).suffix}"
            shutil.copyfile(upload, path)
            stored.append(path)
        for path, (_upload, original) in zip(stored, uploads):
            ids += add_evidence(record_path, [path], description=original)
    except (EvidenceError, RecordError) as exc:
        for path in stored[len(ids):]:
            path.unlink(missing_ok=True)
        raise Refused(str(exc).splitlines()[0]) from None
    if ids:
        folder.keep(name, before)
    return ids
