"""A .docx as a lawyer finds things in it: each paragraph's text, page, table cell and header or footer."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Optional

from lxml import etree

from remedies.rendering.engine import normalise_tag

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_HEADER_KINDS = {"default": "page header", "first": "first-page header", "even": "even-page header"}
# A heading written {{ _('I. Facts') }} is named by its words, which Word's Find locates inside the tag.
_TRANSLATED = re.compile(r"""\{\{\s*_\(\s*(['"])(.*?)\1\s*\)\s*\}\}""")
_FOOTER_KINDS = {"default": "page footer", "first": "first-page footer", "even": "even-page footer"}


class NotADocx(Exception):
    """The file is not a Word document that can be read; the message is one sentence."""


@dataclass
class Paragraph:
    part: str
    index: int  # in the part, counting every paragraph in document order
    text: str  # what a reader sees, runs joined
    deleted: str  # text of tracked deletions
    place: str  # "page 2", "page header", "footnote 1"
    # The elements holding the paragraph (kept, not their ids: lxml makes a new proxy for a dropped one).
    parent: object  # body, a table cell, a text box
    cell: Optional[object] = None
    row: Optional[object] = None
    table: Optional[object] = None
    row_text: str = ""
    cell_text: str = ""
    heading: str = ""  # the heading the paragraph comes under, as Word's navigation pane lists it

    def position(self) -> str:
        where = "table cell" if self.cell is not None else "paragraph"
        steps = [self.place] if self.place else []
        if self.heading and self.heading != self.text:
            heading = _TRANSLATED.sub(lambda m: m.group(2), normalise_tag(self.heading))
            steps.append(f"under '{beginning(heading, 40)}'")
        steps.append(f"{where} beginning '{beginning(self.text or self.cell_text or self.row_text)}'")
        return ", ".join(steps)


def beginning(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    cut = text[:size].rsplit(" ", 1)[0] if " " in text[:size] else text[:size]
    return cut + " ..."


@dataclass
class Package:
    members: dict[str, bytes]
    paragraphs: dict[str, list[Paragraph]] = field(default_factory=dict)

    def xml(self, name: str) -> str:
        return self.members[name].decode("utf-8")


def read(data: bytes, label: str, templated) -> Package:
    """Open a .docx and map the paragraphs of every part the engine fills in (`templated` matches their names)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise NotADocx(f"{label} is not a Word .docx file (it cannot be opened as one); "
                       "save it from Word as a Word Document (.docx)") from None
    if "word/document.xml" not in members:
        raise NotADocx(f"{label} is a zip file but not a Word document (it has no word/document.xml)")
    package = Package(members)
    places = _part_places(package)
    break_styles, headings = _styles(members.get("word/styles.xml"))
    for name in sorted(members):
        if not templated(name):
            continue
        try:
            root = etree.fromstring(members[name])
        except etree.XMLSyntaxError as exc:
            raise NotADocx(f"{label} is damaged: its part {name} is not readable XML ({exc})") from None
        package.paragraphs[name] = _paragraphs(name, root, places.get(name), break_styles, headings)
    return package


def _paragraphs(part: str, root, place: Optional[str], break_styles: set[str], headings: set[str]
                ) -> list[Paragraph]:
    found: list[Paragraph] = []
    pages, paged = _pages(root, break_styles) if part == "word/document.xml" else ({}, False)
    heading = ""
    notes = _note_numbers(root) if part in ("word/footnotes.xml", "word/endnotes.xml") else {}
    for index, p in enumerate(root.iter(f"{W}p")):
        texts, deleted = [], []
        for node in p.iter(f"{W}t", f"{W}delText", f"{W}tab"):
            if _paragraph_of(node) is not p:
                continue
            if node.tag == f"{W}tab":
                texts.append(" ")
            elif node.tag == f"{W}delText":
                deleted.append(node.text or "")
            else:
                texts.append(node.text or "")
        text = "".join(texts).replace("\n", " ")
        if _is_heading(p, headings) and text.strip():
            heading = text
        if part == "word/document.xml":
            # Without a break in the file the page is unknown: say nothing rather than "page 1".
            where = f"page {pages.get(p, 1)}" if paged else ""
        elif p in notes:
            where = notes[p]
        else:
            where = place or part
        cell, row, table = _ancestor(p, "tc"), _ancestor(p, "tr"), _ancestor(p, "tbl")
        found.append(Paragraph(
            part=part, index=index, text=text, deleted="".join(deleted), heading=heading,
            place=where, parent=p.getparent(), cell=cell, row=row, table=table,
            row_text=_text(row) if row is not None else "", cell_text=_text(cell) if cell is not None else ""))
    return found


def _paragraph_of(node):
    parent = node.getparent()
    while parent is not None and parent.tag != f"{W}p":
        parent = parent.getparent()
    return parent


def _ancestor(node, name: str):
    parent = node.getparent()
    while parent is not None:
        if parent.tag == f"{W}{name}":
            return parent
        parent = parent.getparent()
    return None


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _pages(root, break_styles: set[str]) -> tuple[dict, bool]:
    """Page of each body paragraph, from explicit page and section breaks and the breaks Word last laid out.

    Word records where it last broke pages (w:lastRenderedPageBreak) when it saves, so a file saved by
    Word gives the pages a lawyer sees; also returns whether the file had any break to count at all.
    """
    pages: dict = {}
    page, fresh, pending, seen = 1, True, False, False
    current = None
    for node in root.iter():
        tag = node.tag
        if tag == f"{W}p":
            if pending:
                page, fresh, pending = page + 1, True, False
            if _breaks_before(node, break_styles) and not fresh:
                page, fresh, seen = page + 1, True, True
            current, pages[node] = node, page
        elif tag == f"{W}br" and node.get(f"{W}type") == "page":
            page, fresh, seen = page + 1, True, True
        elif tag == f"{W}lastRenderedPageBreak":
            seen = True
            if not fresh:
                page, fresh = page + 1, True
                if current is not None and not _text(current).strip():
                    pages[current] = page
        elif tag == f"{W}t" and node.text and node.text.strip():
            fresh = False
        elif tag == f"{W}sectPr" and node.getparent() is not None and node.getparent().tag == f"{W}pPr":
            kind = node.find(f"{W}type")
            if kind is None or kind.get(f"{W}val") != "continuous":
                pending = seen = True
    return pages, seen


def _breaks_before(p, break_styles: set[str]) -> bool:
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return False
    flag = ppr.find(f"{W}pageBreakBefore")
    if flag is not None:
        return flag.get(f"{W}val", "true") not in ("0", "false", "off")
    style = ppr.find(f"{W}pStyle")
    return style is not None and style.get(f"{W}val") in break_styles


def _styles(styles: Optional[bytes]) -> tuple[set[str], set[str]]:
    """Paragraph styles that start a new page, and heading styles (those with an outline level)."""
    if not styles:
        return set(), set()
    try:
        root = etree.fromstring(styles)
    except etree.XMLSyntaxError:
        return set(), set()
    breaks = {s.get(f"{W}styleId") for s in root.iter(f"{W}style")
              if s.find(f"{W}pPr/{W}pageBreakBefore") is not None}
    headings = {s.get(f"{W}styleId") for s in root.iter(f"{W}style")
                if s.find(f"{W}pPr/{W}outlineLvl") is not None or s.get(f"{W}styleId") == "Title"}
    return breaks, headings


def _is_heading(p, headings: set[str]) -> bool:
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return False
    if ppr.find(f"{W}outlineLvl") is not None:
        return True
    style = ppr.find(f"{W}pStyle")
    return style is not None and style.get(f"{W}val") in headings


def _note_numbers(root) -> dict:
    """Footnotes and endnotes numbered as Word shows them (separators are not notes)."""
    numbers, count = {}, 0
    for note in root:
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        count += 1
        kind = "footnote" if note.tag == f"{W}footnote" else "endnote"
        for p in note.iter(f"{W}p"):
            numbers[p] = f"{kind} {count}"
    return numbers


def _part_places(package: Package) -> dict[str, str]:
    """header1.xml -> "page header", from the section properties and the document's relationships."""
    places: dict[str, str] = {}
    rels_data = package.members.get("word/_rels/document.xml.rels")
    try:
        rels = etree.fromstring(rels_data) if rels_data else None
        body = etree.fromstring(package.members["word/document.xml"])
    except etree.XMLSyntaxError:
        return places
    targets = {}
    for rel in (rels if rels is not None else []):
        if rel.tag == _REL:
            target = posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
            targets[rel.get("Id")] = target
    sections = list(body.iter(f"{W}sectPr"))
    for number, section in enumerate(sections, start=1):
        suffix = f" (section {number})" if len(sections) > 1 else ""
        for ref in section:
            kinds = {f"{W}headerReference": _HEADER_KINDS, f"{W}footerReference": _FOOTER_KINDS}.get(ref.tag)
            if kinds is None:
                continue
            target = targets.get(ref.get(f"{R}id"))
            if target and target not in places:
                places[target] = kinds.get(ref.get(f"{W}type", "default"), "page header") + suffix
    for name in package.members:
        if re.match(r"word/header\d*\.xml$", name):
            places.setdefault(name, "page header")
        elif re.match(r"word/footer\d*\.xml$", name):
            places.setdefault(name, "page footer")
    return places
