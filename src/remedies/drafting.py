"""From a loaded record to documents: choose, build, check completeness, render, write."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from remedies.i18n import catalogs
from remedies.documents import REGISTRY
from remedies.documents.base import Draft, DocumentType, Options
from remedies.record.model import Record
from remedies.rendering import engine, output
from remedies.i18n.runtime import locale_chain
from remedies.rendering.output import OutputError
from remedies.rendering.resources import shipped_template, template_path


class FirmTemplateError(OutputError):
    """A firm's own template (an override) that cannot be used: the user's file, so exit status 2."""

    exit_code = 2


def _template(name: str) -> Path:
    """The template file for `name`; an override that is not a Word file is refused up front."""
    path = template_path(name)
    if path != shipped_template(name) and not zipfile.is_zipfile(path):
        raise FirmTemplateError(f"{path} (which replaces the shipped {name}) is not a Word .docx "
                                "file; save it from Word as a Word Document, or remove it")
    return path


@dataclass
class Job:
    document: DocumentType
    locale: str
    part: Optional[str] = None  # e.g. the platform, for a document drafted once per platform
    draft: Optional[Draft] = None
    skipped: Optional[str] = None  # why this document is not drafted
    path: Optional[Path] = None
    text_path: Optional[Path] = None  # the plain-text companion, when the draft has one
    data: Optional[bytes] = None
    notes: list[str] = field(default_factory=list)
    fallbacks: tuple[str, ...] = ()  # template strings the locale's catalogs do not translate

    @property
    def name(self) -> str:
        """The document's name in file names: `platform-report-x` for the X part."""
        return f"{self.document.name}-{self.part}" if self.part else self.document.name

    @property
    def label(self) -> str:
        """How messages name the job: `harassment-order (en)`, `platform-report (x, en)`."""
        inside = f"{self.part}, {self.locale}" if self.part else self.locale
        return f"{self.document.name} ({inside})"


def plan(record: Record, names: list[str], locales: list[str], *, draft: bool = True) -> list[Job]:
    """One job per (document, part, locale); documents that do not apply or are refused say why."""
    jobs = []
    for name in names:
        document = REGISTRY[name]
        reason = document.not_applicable(record) or document.refusal(record)
        parts = [None] if reason else document.parts_of(record)
        for part in parts:
            for locale in locales:
                job = Job(document=document, locale=locale, part=part)
                if reason:
                    job.skipped = reason
                else:
                    job.draft = document.build(record, Options(locale=locale, draft=draft, part=part))
                    job.notes = list(job.draft.notes)
                    job.fallbacks = catalogs.fallbacks(template_of(job), locale)
                    if job.fallbacks:
                        job.notes.append(f"{len(job.fallbacks)} template string(s) are not translated into "
                                         f"{locale} and fall back along {' -> '.join(locale_chain(locale))}")
                jobs.append(job)
    return jobs


def template_of(job: Job) -> Path:
    """The draft's own template (a part of a court route) or the document's, a firm's override first."""
    return _template(_template_name(job))


def _template_name(job: Job) -> str:
    return (job.draft and job.draft.template) or job.document.template


def render(job: Job) -> bytes:
    name = _template_name(job)
    template = _template(name)
    try:
        return engine.render(template, job.locale, job.draft.context, job.draft.properties)
    except engine.TemplateProblem as exc:
        if template == shipped_template(name):
            raise
        raise FirmTemplateError(f"{template} (which replaces the shipped {name}) cannot be "
                                f"used: {exc}; `remedies template check {template}` lists each problem and "
                                "where it is") from None


def write(jobs: list[Job], record: Record, folder: Path, *, force: bool) -> None:
    """Render and verify every job in memory first, then write them all: an error leaves no partial set."""
    ready = [job for job in jobs if job.draft is not None]
    output.check_folder(folder)
    for job in ready:
        reference = job.draft.file_reference or record.case.reference
        job.path = folder / output.file_name(reference, job.name, job.locale)
        if job.draft.text is not None:
            job.text_path = job.path.with_suffix(".txt")
    output.refuse_overwrite([p for job in ready for p in (job.path, job.text_path) if p], force)
    for job in ready:
        job.data = job.data or render(job)
        if job.document.verify is not None:
            job.document.verify(job.data, record)
    for job in ready:
        output.write_atomic(job.path, job.data)
        if job.text_path is not None:
            output.write_atomic(job.text_path, job.draft.text.encode("utf-8"))
