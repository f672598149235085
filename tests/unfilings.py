"""Helpers for the UN filing tests: load a record (or a variant of one), draft a document in memory."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from remedies import drafting
from remedies.documents import REGISTRY
from remedies.documents.base import Draft, Options
from remedies.record import load
from remedies.record.model import Record
from remedies.rendering.resources import available_locales

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample-record.yaml"
DETENTION = ROOT / "examples" / "detention-record.yaml"
UN_DOCUMENTS = ("un-special-procedures", "wgad", "hrc-complaint")
LOCALES = ("en", "fr", "es")


def record_from(source: Path, tmp_path: Path, change: Optional[Callable[[str], str]] = None) -> Record:
    """The record in `source`, after `change` is applied to its text (which must alter it)."""
    text = source.read_text(encoding="utf-8")
    if change is not None:
        changed = change(text)
        assert changed != text, "the change did not alter the record"
        text = changed
    path = tmp_path / f"variant-{source.name}"
    path.write_text(text, encoding="utf-8")
    return load(path, available_locales()).record


def build(record: Record, name: str, locale: str = "en") -> Draft:
    return REGISTRY[name].build(record, Options(locale=locale))


def render(record: Record, name: str, locale: str = "en") -> bytes:
    jobs = drafting.plan(record, [name], [locale])
    assert jobs[0].draft is not None, jobs[0].skipped
    return drafting.render(jobs[0])


def statuses(checks) -> dict[str, str]:
    """Check title -> status, for the admissibility checks of a record."""
    return {check.title: check.status for check in checks}
