"""Redaction of the victim's identity for the press, and the scan that refuses a package that still holds it."""

from __future__ import annotations

from typing import Optional

from remedies.checks.redaction.match import Matcher
from remedies.checks.redaction.provenance import Provenance, press_brief_provenance
from remedies.checks.redaction.redact import Redactor, country_names
from remedies.checks.redaction.scan import NotADocx, RedactionLeak, Scan, scan, scan_file
from remedies.checks.redaction.terms import Term, build_terms
from remedies.record.model import Record

__all__ = ["Matcher", "NotADocx", "Provenance", "RedactionLeak", "Redactor", "Scan", "Term", "build_terms",
           "matcher_for", "press_brief_provenance", "scan", "scan_file", "scan_record"]


def matcher_for(record: Record) -> Matcher:
    """The record's identifying terms, compiled (once per record inside `sharing.shared()`)."""
    from remedies import sharing

    return sharing.once("matcher", record, (), lambda: Matcher(build_terms(record, country_names(record))))


def scan_record(data: bytes, record: Record, subject: str = "the document", *,
                provenance: Optional[Provenance] = None) -> Scan:
    """Scan a .docx package for every identifying term of `record`.

    `provenance` (see `press_brief_provenance`) tolerates a single common word of the record inside a
    phrase of the press-brief template; without it every occurrence is a finding.
    """
    return scan(data, matcher_for(record), subject, provenance)
