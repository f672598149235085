"""Scan every member of a .docx package for identifying terms: text joined across runs, attributes, targets."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import BinaryIO, Optional

from lxml import etree

from remedies.checks import packages as package
from remedies.checks.redaction.match import Matcher
from remedies.checks.redaction.normalise import BARRIER
from remedies.checks.redaction.provenance import Provenance
from remedies.checks.redaction.terms import Term
from remedies.rendering.output import OutputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_TEXT = {f"{W}t", f"{W}delText", "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"}
_RUN_BREAKS = {f"{W}tab", f"{W}br", f"{W}cr"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
_LISTED = 6  # findings named in the error message before "and N more"

EXIT_LEAK = 4


class NotADocx(OutputError):
    """The file to verify is not a readable Word package."""

    exit_code = 2


class RedactionLeak(OutputError):
    """An identifying term is in the package: the press brief must not be written or sent."""

    exit_code = EXIT_LEAK

    def __init__(self, findings: list["Finding"], subject: str):
        self.findings = findings
        listed = "; ".join(f.sentence() for f in findings[:_LISTED])
        more = f"; and {len(findings) - _LISTED} more" if len(findings) > _LISTED else ""
        count = len(findings)
        super().__init__(f"{subject}: {count} identifying term{'s' if count != 1 else ''} found: {listed}{more}")


@dataclass(frozen=True)
class Finding:
    term: Term
    part: str
    where: str  # text, attribute, relationship target, member name, embedded data

    def sentence(self) -> str:
        return f"{self.term.describe()} in {self.part} ({self.where})"


@dataclass
class Scan:
    findings: list[Finding] = field(default_factory=list)
    parts: int = 0
    terms: int = 0
    tolerated: int = 0  # single words found only inside the template's own phrases

    @property
    def clean(self) -> bool:
        return not self.findings


def members(data: bytes, name: str = "the document") -> list[tuple[str, bytes]]:
    """The members of a .docx package (within the limits of package.py), or NotADocx with one sentence."""
    return list(_members(io.BytesIO(data), name, package.Budget()))


def _members(handle: BinaryIO, name: str, budget: "package.Budget") -> list[tuple[str, bytes]]:
    handle.seek(0)
    if not package.is_zip(handle.read(4)):
        raise NotADocx(f"{name}: is not a Word .docx file (it is not a zip package)")
    handle.seek(0)
    try:
        found = list(package.entries(handle, name, budget))
    except package.PackageRefused as exc:
        raise NotADocx(str(exc)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error):
        raise NotADocx(f"{name}: is not a Word .docx file (it is not a readable zip package)") from None
    except (RuntimeError, NotImplementedError, OSError) as exc:  # encrypted or unsupported members
        raise NotADocx(f"{name}: cannot be read as a .docx package ({exc})") from None
    if not any(member == "word/document.xml" for member, _ in found):
        raise NotADocx(f"{name}: is not a Word .docx file (it has no word/document.xml)")
    return found


def _xml_blocks(data: bytes) -> list[tuple[str, str]]:
    """(where, text) blocks of one XML part: paragraphs with their runs joined, other text, attributes."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return [("text", data.decode("utf-8", "ignore"))]
    paragraphs, texts, attributes, targets = [], [], [], []
    for element in root.iter():
        if element.tag == f"{W}p":
            paragraphs.append("".join(t.text or "" if t.tag in _RUN_TEXT else " " for t in element.iter()
                                      if t.tag in _RUN_TEXT or t.tag in _RUN_BREAKS))
        for piece in (element.text, element.tail):
            if piece and piece.strip():
                texts.append(piece)
        if not isinstance(element.tag, str):  # comments, processing instructions
            continue
        for key, value in element.attrib.items():
            if element.tag.endswith("}Relationship") and key == "Target":
                targets.append(value)
            else:
                attributes.append(value)
    # Each distinct value once: a styles part repeats the same few attribute values thousands of times.
    # Paragraphs are joined by a line break (a name may run over two lines); separate text nodes and
    # attribute values by a barrier no term matches across.
    return [(where, joiner.join(dict.fromkeys(values))) for where, values, joiner in
            (("text", paragraphs, "\n"), ("text", texts, f"\n{BARRIER}\n"),
             ("attribute", attributes, f"\n{BARRIER}\n"), ("relationship target", targets, f"\n{BARRIER}\n"))]


def scan_handle(handle: BinaryIO, matcher: Matcher, name: str = "the document",
                provenance: Optional[Provenance] = None) -> Scan:
    """`scan` of an open binary file."""
    result = Scan(terms=len(matcher))
    seen: set[tuple[str, str, str, str]] = set()

    def record(hits, part: str, where: str, text: str = "") -> None:
        for hit in hits:
            if provenance is not None and hit.term.single and text and provenance.explains(text, hit.start, hit.end):
                result.tolerated += 1
                continue
            key = (hit.term.kind, hit.term.source, part, where)
            if key not in seen:
                seen.add(key)
                result.findings.append(Finding(hit.term, part, where))

    budget = package.Budget()

    def visit(found, prefix: str, depth: int) -> None:
        for member, content in found:
            part = prefix + member
            result.parts += 1
            if not member.startswith("("):
                record(matcher.find(member), part, "member name")
            if member == "(zip comment)":
                text = content.decode("utf-8", "ignore")
                record(matcher.find(text), part, "zip comment", text)
                continue
            is_xml = member.lower().endswith(package.XML_SUFFIXES) or content.lstrip()[:5] in (b"<?xml", b"<w:do")
            if is_xml:
                try:
                    package.check_xml(content, part, name)
                except package.PackageRefused as exc:
                    raise NotADocx(str(exc)) from None
                for where, text in _xml_blocks(content):
                    record(matcher.find(text), part, where, text)
                continue
            inner = _nested(content, part, name, budget, depth + 1)
            if inner is not None:
                visit(inner, part + "!/", depth + 1)  # an embedded Word or Excel file, a package in a package
                continue
            # Only long terms are sought in binary data: short words occur by chance in compressed bytes.
            for where, text in package.binary_texts(content):
                record(matcher.find(text, long_only=True), part, where)

    visit(_members(handle, name, budget), "", 0)
    return result


def scan(data: bytes, matcher: Matcher, name: str = "the document",
         provenance: Optional[Provenance] = None) -> Scan:
    """Every identifying term found anywhere in the package; one finding per (field, part, place).

    With `provenance`, a single common word or number of the record (not a multi-part identifier) that
    lies inside a phrase the template, its catalogs or the tool's dates supply is not a finding.
    """
    return scan_handle(io.BytesIO(data), matcher, name, provenance)


def scan_file(path, matcher: Matcher, name: Optional[str] = None,
              provenance: Optional[Provenance] = None) -> Scan:
    """`scan` of a file on disk, read member by member (never whole)."""
    with open(path, "rb") as handle:
        return scan_handle(handle, matcher, name or str(path), provenance)


def _nested(content: bytes, part: str, name: str, budget, depth: int):
    """The members of a package inside a package (a zip within limits), or None."""
    if not package.is_zip(content[:4]):
        return None
    try:
        if depth > package.MAX_DEPTH:
            raise package.PackageRefused(f"{name}: packages are nested more than {package.MAX_DEPTH} deep; refused")
        return list(package.entries(io.BytesIO(content), name, budget, depth))
    except package.PackageRefused as exc:
        raise NotADocx(str(exc)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, RuntimeError, NotImplementedError):
        return None  # not a readable package after all: scanned as binary data instead


def verify(data: bytes, matcher: Matcher, subject: str, provenance: Optional[Provenance] = None) -> Scan:
    """Scan and raise RedactionLeak if anything identifying is found."""
    result = scan(data, matcher, subject, provenance)
    if result.findings:
        raise RedactionLeak(result.findings, subject)
    return result
