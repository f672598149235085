"""Prove the evidence files unchanged: each file found is hashed and compared with the record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from remedies.evidence.add import resolve
from remedies.evidence.files import EvidenceError, digest
from remedies.record.problems import Problem, shown
from remedies.record.validate import Loaded

ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass(frozen=True)
class Finding:
    level: str  # error (changed), warning (missing or unreadable), note (no hash recorded), ok
    id: str
    file: Optional[str]
    problem: Optional[Problem]  # None when the file is unchanged
    sha256: Optional[str] = None  # as found now

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(loaded: Loaded, record_path: Path) -> list[Finding]:
    """One finding per evidence item that names a file, in the record's order."""
    findings = []
    source = loaded.source
    for index, item in enumerate(loaded.record.evidence):
        if not item.file:
            continue
        where = resolve(record_path, item.file)
        name = f"evidence {item.id} ({shown(item.file, 80)})"
        if not where.is_file():
            findings.append(Finding(WARNING, item.id, item.file, source.problem(
                ("evidence", index, "file"), f"{name}: the file is not found at {where}")))
            continue
        try:
            found = digest(where)
        except EvidenceError as exc:
            findings.append(Finding(WARNING, item.id, item.file, source.problem(
                ("evidence", index, "file"), f"{name}: {exc}")))
            continue
        if not item.sha256:
            findings.append(Finding(NOTE, item.id, item.file, source.problem(
                ("evidence", index, "file"),
                f"{name}: no SHA-256 is recorded, so nothing proves it unchanged; record it with "
                f"`remedies evidence add {record_path} {where}`"), found.sha256))
            continue
        if found.sha256 != item.sha256.lower():
            findings.append(Finding(ERROR, item.id, item.file, source.problem(
                ("evidence", index, "sha256"),
                f"{name} has changed since it was recorded: recorded SHA-256 {item.sha256.lower()}, "
                f"the file now has {found.sha256}" + (f" ({found.size:,} bytes, recorded {item.size:,})"
                                                      if item.size is not None and item.size != found.size else "")),
                found.sha256))
            continue
        findings.append(Finding("ok", item.id, item.file, None, found.sha256))
    return findings


def summary(findings: list[Finding]) -> str:
    counts = {level: sum(1 for f in findings if f.level == level) for level in ("ok", ERROR, WARNING, NOTE)}
    parts = [f"{counts['ok']} unchanged"]
    if counts[ERROR]:
        parts.append(f"{counts[ERROR]} changed")
    if counts[WARNING]:
        parts.append(f"{counts[WARNING]} missing or unreadable")
    if counts[NOTE]:
        parts.append(f"{counts[NOTE]} without a recorded hash")
    total = len(findings)
    return f"{total} evidence file{'s' if total != 1 else ''} checked: " + ", ".join(parts)
