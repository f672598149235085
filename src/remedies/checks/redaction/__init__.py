"""Redaction of the victim's identity for the press, and the scan that refuses a package that still holds it.

Public entry points: `Redactor`, `matcher_for`, `scan`, `scan_record`, `scan_file` (a file on disk, read
member by member), `press_brief_provenance`, `RedactionLeak`, `NotADocx`. Names are loaded on first use,
so that `verify-redaction` can refuse a hostile file (package.py, standard library only) at once.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Optional

_WHERE = {
    "Matcher": "match", "Provenance": "provenance", "press_brief_provenance": "provenance",
    "Redactor": "redact", "country_names": "redact", "NotADocx": "scan", "RedactionLeak": "scan",
    "Scan": "scan", "scan": "scan", "scan_file": "scan", "Term": "terms", "build_terms": "terms",
}

__all__ = sorted([*_WHERE, "matcher_for", "scan_record"])

if TYPE_CHECKING:  # pragma: no cover
    from remedies.checks.redaction.match import Matcher
    from remedies.checks.redaction.provenance import Provenance
    from remedies.checks.redaction.scan import Scan
    from remedies.record.model import Record


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def matcher_for(record: "Record") -> "Matcher":
    from remedies.checks.redaction.match import Matcher
    from remedies.checks.redaction.redact import country_names
    from remedies.checks.redaction.terms import build_terms

    return Matcher(build_terms(record, country_names(record)))


def scan_record(data: bytes, record: "Record", subject: str = "the document", *,
                provenance: Optional["Provenance"] = None) -> "Scan":
    """Scan a .docx package for every identifying term of `record`.

    `provenance` (see `press_brief_provenance`) tolerates a single common word of the record inside a
    phrase of the press-brief template; without it every occurrence is a finding.
    """
    from remedies.checks.redaction.scan import scan

    return scan(data, matcher_for(record), subject, provenance)
