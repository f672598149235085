"""From a loaded record to documents: choose, build, check completeness, render, write."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel

from remedies.documents import REGISTRY
from remedies.documents.base import Bundle, Draft, DocumentType, Options
from remedies.record.languages import Localized, localized
from remedies.record.model import Record
from remedies.rendering import engine, missing, output, resources
from remedies.rendering.engine import Properties
from remedies.i18n.data import drafting_in
from remedies.i18n.runtime import locale_chain
from remedies.rendering.output import OutputError
from remedies.rendering.resources import shipped_template, template_path


# The exit status of a run in which a document's own check refused it (see checks/redaction/scan.py).
EXIT_REFUSED = 4


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


def _fallbacks(template: Path, locale: str) -> tuple[str, ...]:
    if locale == "en":  # the templates' own language: nothing falls back
        return ()
    from remedies.i18n import catalogs  # Babel's extraction machinery, needed only for other languages

    return catalogs.fallbacks(template, locale)


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
    refused: Optional[str] = None  # why the finished document was not written (its check refused it)
    untranslated: list = field(default_factory=list)  # narrative fields shown in another language
    bundle: Optional[Bundle] = None  # a document written as a package of files (the press kit)
    folder_path: Optional[Path] = None  # with --unzipped: the package's members as a folder
    sex: Optional[str] = None  # the victim's, for grammatical gender (i18n.data.drafting_in)

    @property
    def name(self) -> str:
        """The document's name in file names: `platform-report-x` for the X part."""
        return f"{self.document.name}-{self.part}" if self.part else self.document.name

    @property
    def label(self) -> str:
        """How messages name the job: `harassment-order (en)`, `platform-report (x, en)`."""
        inside = f"{self.part}, {self.locale}" if self.part else self.locale
        return f"{self.document.name} ({inside})"


def in_language(record: Record, locale: str) -> Localized:
    """The record with its narrative in `locale`; text it lacks there is the original, marked for the
    document with a highlighted `[untranslated: xx]` note (rendering/missing.py)."""
    found: list[str] = []

    def mark(text: str, original: str) -> str:
        found.append(original)
        return missing.untranslated(text, original, len(found) - 1)

    return localized(record, locale, mark)


def plan(record: Record, names: list[str], locales: list[str], *, draft: bool = True) -> list[Job]:
    """One job per (document, part, locale); documents that do not apply or are refused say why.

    Documents are built from the record in the job's language (`in_language`), so they receive plain
    strings; the fields a document shows untranslated are found from the notes in its context.
    """
    resources.refresh()  # catalogs and conventions edited since the last record are read anew
    jobs = []
    views = {locale: in_language(record, locale) for locale in locales}
    for name in names:
        document = REGISTRY[name]
        reason = document.not_applicable(record) or document.refusal(record)
        parts = [None] if reason else document.parts_of(record)
        for part in parts:
            for locale in locales:
                job = Job(document=document, locale=locale, part=part, sex=record.victim.sex)
                if reason:
                    job.skipped = reason
                else:
                    view = views[locale]
                    with drafting_in(locale, record.victim.sex):  # data strings in the document's language
                        job.draft = document.build(view.record, Options(locale=locale, draft=draft, part=part))
                    job.draft.properties = _plain_properties(job.draft.properties)
                    used = sorted(set(_notes_in(job.draft.context)) | set(_notes_in(job.draft.text)))
                    job.untranslated = [view.untranslated[i] for i in used if i < len(view.untranslated)]
                    job.notes = list(job.draft.notes)
                    if job.untranslated:
                        originals = ", ".join(sorted({u.original for u in job.untranslated}))
                        job.notes.append(
                            f"{len(job.untranslated)} narrative field(s) are not written in {locale} and are shown "
                            f"in {originals} with an [untranslated] note: "
                            + ", ".join(u.path for u in job.untranslated[:5])
                            + (", ..." if len(job.untranslated) > 5 else "")
                            + f" (write them as {{{originals.split(', ')[0]}: ..., {locale}: ...}})")
                    job.fallbacks = _fallbacks(template_of(job), locale)
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
def _notes_in(value: Any) -> list[int]:
    """References of the untranslated notes anywhere in a context (strings, containers, models)."""
    found: list[int] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.extend(missing.untranslated_references(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
        elif isinstance(item, BaseModel):
            stack.extend(getattr(item, name) for name in type(item).model_fields)
    return found


def _plain_properties(properties: Properties) -> Properties:
    return replace(properties, title=missing.plain_notes(properties.title),
                   subject=missing.plain_notes(properties.subject))


def plain_text(text: str) -> str:
    """A paste-ready text with its untranslated notes as plain `[untranslated: xx]` words."""
    return missing.plain_notes(text)


def render(job: Job) -> bytes:
    with drafting_in(job.locale, job.sex):  # the victim's grammatical gender in translations
        return _render(job)


def _render(job: Job) -> bytes:
    if job.document.assemble is not None:
        job.bundle = job.document.assemble(job.draft, job.locale, lambda name, context, properties:
                                           _render_template(name, job.locale, context, properties))
        return job.bundle.data
    return _render_template(_template_name(job), job.locale, job.draft.context, job.draft.properties)


def _render_template(name: str, locale: str, context: dict, properties: Properties) -> bytes:
    template = _template(name)
    try:
        return engine.render(template, locale, context, _plain_properties(properties))
    except engine.TemplateProblem as exc:
        if template == shipped_template(name):
            raise
        raise FirmTemplateError(f"{template} (which replaces the shipped {name}) cannot be "
                                f"used: {exc}; `remedies template check {template}` lists each problem and "
                                "where it is") from None


def paths(jobs: list[Job], record: Record, folder: Path, *, unzipped: bool = False) -> None:
    """Name each job's files (the press brief may use a neutral reference instead of case.reference)."""
    for job in jobs:
        reference = job.draft.file_reference or record.case.reference
        package = job.document.assemble is not None
        job.path = folder / output.file_name(reference, job.name, job.locale, ".zip" if package else ".docx")
        if job.draft.text is not None:
            job.text_path = job.path.with_suffix(".txt")
        if package and unzipped:
            job.folder_path = job.path.with_suffix("")


def companion_paths(job: Job) -> list[Path]:
    """Where a package's companion files go: beside it, named after it (the press kit's report)."""
    if job.document.assemble is None:
        return []
    return [job.path.with_name(job.path.stem + suffix) for suffix in job.document.companions]


def prepare(job: Job, record: Record) -> None:
    """Render one job in memory and run its document's check of the finished package.

    A check that refuses raises; a caller that lets other jobs go on marks this one `refused` instead.
    """
    job.data = job.data or render(job)
    if job.document.verify is not None:
        job.document.verify(job.data, record)


def files(job: Job) -> list[tuple[Path, bytes]]:
    found = [(job.path, job.data)]
    if job.text_path is not None:
        found.append((job.text_path, plain_text(job.draft.text).encode("utf-8")))
    if job.bundle is not None:
        found += [(job.path.with_name(job.path.stem + suffix), data) for suffix, data in job.bundle.companions]
    return found


def trees(job: Job) -> list[tuple[Path, list[tuple[str, bytes]]]]:
    return [(job.folder_path, job.bundle.members)] if job.folder_path is not None and job.bundle else []


def write(jobs: list[Job], record: Record, folder: Path, *, force: bool, unzipped: bool = False) -> None:
    """Render and verify every job in memory first, then publish them all together: any error leaves
    nothing of this run on disk (output.Publisher), and no file is replaced without --force."""
    ready = [job for job in jobs if job.draft is not None and job.refused is None]
    output.check_folder(folder)
    paths(ready, record, folder, unzipped=unzipped)
    names = [p for job in ready for p in (job.path, job.text_path, *companion_paths(job)) if p]
    for job in ready:
        if job.folder_path is not None and os.path.lexists(job.folder_path):
            raise output.OutputError(f"{job.folder_path}: already exists; move it away (a folder is never "
                                     "replaced, even with --force); nothing was written")
    duplicates = sorted({str(p) for p in names if names.count(p) > 1})
    if duplicates:
        raise output.OutputError(f"{duplicates[0]}: two documents of this run would have the same name; "
                                 "nothing was written")
    output.refuse_overwrite(names, force)
    # Packages (the press kit) last: they take longest, and they hold the single documents' text.
    for job in sorted(ready, key=lambda j: j.document.assemble is not None):
        try:
            prepare(job, record)
        except output.OutputError as exc:
            # A document whose own check refuses it (the press brief's redaction scan) is not written; the
            # others still are. Alone, its refusal is the run's error.
            if len(ready) == 1 or getattr(exc, "exit_code", None) != EXIT_REFUSED:
                raise
            job.refused = str(exc)
    written = [job for job in ready if job.refused is None]
    output.publish([item for job in written for item in files(job)], folder, force=force,
                   trees=[tree for job in written for tree in trees(job)])
