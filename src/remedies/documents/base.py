"""What every document shares: the registry entry, the missing-data ledger, the common context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from remedies.record.model import Record
from remedies.rendering.engine import Properties
from remedies.rendering.missing import Missing


class Needs:
    """Collects the fields a document needs but the record leaves empty."""

    def __init__(self) -> None:
        self.missing: list[str] = []
        self._seen: set[str] = set()  # linear on records with thousands of incidents

    def __call__(self, value: Any, path: str) -> Any:
        if value is None or (isinstance(value, (str, list)) and not value):
            if path not in self._seen:
                self._seen.add(path)
                self.missing.append(path)
            return Missing(path)
        return value


@dataclass
class Options:
    locale: str
    draft: bool = True
    # Which part of a document drafted in several files (e.g. the platform of a platform report).
    part: Optional[str] = None


@dataclass
class Draft:
    """A document ready to render: its template context, properties and what is missing."""

    context: dict[str, Any]
    properties: Properties
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Lines for `remedies check` below the document's status (e.g. an admissibility self-check).
    checks: list[str] = field(default_factory=list)
    # Plain text written beside the .docx (same name, .txt), e.g. paste-ready text for a web form.
    text: Optional[str] = None
    # The reference the output file is named after, when it must not be case.reference (press brief).
    file_reference: Optional[str] = None
    # The template of this draft when it is not the document's own (a part of a court route has its own).
    template: Optional[str] = None


@dataclass
class Bundle:
    """A document written as a package of several files (the press kit): the package itself, its members
    (for a folder with --unzipped) and companion files written beside it, never inside (a report)."""

    data: bytes
    members: list[tuple[str, bytes]]
    suffix: str = ".zip"
    # Written beside the package: (what follows the package's stem, e.g. "-redaction-report.txt", data).
    companions: list[tuple[str, bytes]] = field(default_factory=list)


# Renders one template with a context: (template file name, context, properties) -> .docx bytes.
Renderer = Callable[[str, dict, Properties], bytes]


@dataclass(frozen=True)
class DocumentType:
    name: str
    title: str
    summary: str
    template: str
    build: Callable[[Record, Options], Draft]
    # Returns why the document cannot be drafted from this record (None when it can).
    refusal: Callable[[Record], Optional[str]] = lambda record: None
    # Returns why the document does not apply to this record at all (None when it does).
    not_applicable: Callable[[Record], Optional[str]] = lambda record: None
    # Checks the rendered package before it is written; raises to stop the write (the press brief's
    # redaction check). None when the document needs no such check.
    verify: Optional[Callable[[bytes, Record], None]] = None
    # Returns the parts drafted as separate files, e.g. one per platform (file name
    # `<ref>-<name>-<part>-<locale>.docx`); each is built with Options.part set. None: one file.
    parts: Optional[Callable[[Record], list[str]]] = None
    # Returns the other templates a draft may name (Draft.template), e.g. a court route's affidavit.
    other_templates: Optional[Callable[[], list[str]]] = None
    # Builds a package of several files from the draft (the press kit) instead of one .docx; `verify`
    # then checks the package's bytes.
    assemble: Optional[Callable[[Draft, str, Renderer], Bundle]] = None
    # The companions every package of this document has, named after it (see Bundle.companions).
    companions: tuple[str, ...] = ()

    def parts_of(self, record: Record) -> list[Optional[str]]:
        return list(self.parts(record)) if self.parts is not None else [None]

    def templates(self) -> list[str]:
        """Every template this document may be drafted with, its own first."""
        others = self.other_templates() if self.other_templates is not None else []
        return list(dict.fromkeys([self.template, *others]))


def common(record: Record, options: Options) -> dict[str, Any]:
    """Context every template can use."""
    return {
        "draft": options.draft,
        "case": record.case,
        "prepared_on": record.case.prepared_on,
        "reference": record.case.reference,
    }


def properties(record: Record, options: Options, title: str, subject: str = "") -> Properties:
    return Properties(
        title=title,
        subject=subject,
        language=options.locale.replace("_", "-"),
        date=record.case.prepared_on.isoformat(),
    )
