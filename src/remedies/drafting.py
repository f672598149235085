"""From a loaded record to documents: choose, build, check completeness, render, write."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from remedies.documents import REGISTRY
from remedies.documents.base import Draft, DocumentType, Options
from remedies.record.model import Record
from remedies.rendering import engine, output
from remedies.rendering.resources import templates_dir


@dataclass
class Job:
    document: DocumentType
    locale: str
    draft: Optional[Draft] = None
    skipped: Optional[str] = None  # why this document is not drafted
    path: Optional[Path] = None
    data: Optional[bytes] = None
    notes: list[str] = field(default_factory=list)


def plan(record: Record, names: list[str], locales: list[str], *, draft: bool = True) -> list[Job]:
    """One job per (document, locale); documents that do not apply or are refused say why."""
    jobs = []
    for name in names:
        document = REGISTRY[name]
        for locale in locales:
            job = Job(document=document, locale=locale)
            reason = document.not_applicable(record) or document.refusal(record)
            if reason:
                job.skipped = reason
            else:
                job.draft = document.build(record, Options(locale=locale, draft=draft))
                job.notes = list(job.draft.notes)
            jobs.append(job)
    return jobs


def render(job: Job) -> bytes:
    template = templates_dir() / job.document.template
    return engine.render(template, job.locale, job.draft.context, job.draft.properties)


def write(jobs: list[Job], record: Record, folder: Path, *, force: bool) -> None:
    """Render and verify every job in memory first, then write them all: an error leaves no partial set."""
    ready = [job for job in jobs if job.draft is not None]
    output.check_folder(folder)
    for job in ready:
        reference = job.draft.file_reference or record.case.reference
        job.path = folder / output.file_name(reference, job.document.name, job.locale)
    output.refuse_overwrite([job.path for job in ready], force)
    for job in ready:
        job.data = job.data or render(job)
        if job.document.verify is not None:
            job.document.verify(job.data, record)
    for job in ready:
        output.write_atomic(job.path, job.data)
