"""The tags of a template's paragraphs, read as the engine will read them, and where each one may stand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from remedies.rendering.docxmap import Paragraph, beginning
from remedies.rendering.engine import normalise_tag

_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
_PREFIX = re.compile(r"^(\{\{|\{%|\{#)(tr|tc|p|r) ")
_KEYWORD = re.compile(r"^\{%[-+]?\s*(\w+)")
OPENERS = {"if": "endif", "for": "endfor", "with": "endwith", "macro": "endmacro", "call": "endcall",
           "filter": "endfilter", "autoescape": "endautoescape", "trans": "endtrans", "raw": "endraw",
           "block": "endblock", "set": "endset"}
CLOSERS = {closer: opener for opener, closer in OPENERS.items()}
MIDDLES = {"elif": ("if",), "else": ("if", "for"), "pluralize": ("trans",)}
DOCXTPL = {"vm", "hm", "colspan", "cellbg"}  # docxtpl's own cell tags, resolved before Jinja sees them
UNSUPPORTED = {"include", "import", "from", "extends"}
KNOWN = set(OPENERS) | set(CLOSERS) | set(MIDDLES) | DOCXTPL | UNSUPPORTED
_UNIT = {"tr": "table row", "tc": "table cell", "p": "paragraph", "r": "run"}


@dataclass
class Tag:
    written: str  # as the document shows it
    text: str  # as Jinja reads it: quotes normalised, docxtpl's prefix removed
    kind: str  # "{{", "{%" or "{#"
    prefix: str  # "", "p", "tr", "tc" or "r"
    keyword: str  # first word of a {% %} tag
    paragraph: Paragraph

    @property
    def where(self) -> str:
        return self.paragraph.position()

    @property
    def is_block_set(self) -> bool:
        return self.keyword == "set" and "=" not in self.text

    def shown(self) -> str:
        return f"`{_short(self.written)}`"


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[:size - 4] + " ..."


def read(paragraphs: list[Paragraph], report: Callable[[Paragraph, str], None]) -> list[Tag]:
    """Every tag in order; text that opens or closes a tag without its other half is reported."""
    found: list[Tag] = []
    for paragraph in paragraphs:
        text = paragraph.text
        for match in _TAGS.finditer(text):
            found.append(_tag(match.group(0), paragraph))
        rest = _TAGS.sub(" ", text)
        opened = re.search(r"\{\{|\{%|\{#", rest)
        if opened:
            closing = {"{{": "}}", "{%": "%}", "{#": "#}"}[opened.group(0)]
            report(paragraph, f"the tag `{_short(rest[opened.start():].strip(), 40)}` is not closed in this "
                              f"paragraph: its `{closing}` is missing")
        for stray in re.finditer(r"\}\}|%\}", rest[:opened.start()] if opened else rest):
            opening = "{{" if stray.group(0) == "}}" else "{%"
            report(paragraph, f"`{stray.group(0)}` here closes no tag: the `{opening}` that opens it is missing")
        if paragraph.deleted and re.search(r"\{\{|\{%|\}\}|%\}", paragraph.deleted):
            report(paragraph, "a tracked change deletes part of a tag; accept or reject the tracked changes "
                              "(Review > Accept) before using this template")
    return found


def _tag(written: str, paragraph: Paragraph) -> Tag:
    text = normalise_tag(written)
    prefix = ""
    match = _PREFIX.match(text)
    if match:
        prefix = match.group(2)
        text = match.group(1) + " " + text[match.end():]
    keyword = ""
    if text.startswith("{%"):
        found = _KEYWORD.match(text)
        keyword = found.group(1) if found else ""
    return Tag(written=written, text=text, kind=text[:2], prefix=prefix, keyword=keyword, paragraph=paragraph)


def placement(tags: list[Tag], report: Callable[[Paragraph, str], None]) -> None:
    """docxtpl's structural tags replace the whole paragraph, row or cell they stand in: check they stand alone."""
    seen: dict[tuple, Tag] = {}
    for tag in tags:
        p = tag.paragraph
        if tag.kind == "{{" and tag.prefix:
            report(p, f"{tag.shown()}: rich-text and sub-document tags ({{{{{tag.prefix} ...}}}}) are not "
                      "supported; write {{ ... }}")
            continue
        if tag.kind == "{%" and tag.keyword in DOCXTPL and p.cell is None:
            report(p, f"{tag.shown()} only works inside a table cell")
        if not tag.prefix or tag.kind != "{%":
            continue
        unit = _UNIT[tag.prefix]
        holder = {"tr": p.row, "tc": p.cell, "p": p, "r": None}[tag.prefix]
        if tag.prefix in ("tr", "tc") and holder is None:
            report(p, f"{tag.shown()} must be in a {unit} of a table: it repeats or hides the {unit} it is in")
            continue
        if holder is None:
            continue
        key = (tag.prefix, id(holder))
        if key in seen:
            report(p, f"{tag.shown()} shares its {unit} with {seen[key].shown()}: only the first is read; "
                      f"give each its own {unit}")
            continue
        seen[key] = tag
        around = {"tr": p.row_text, "tc": p.cell_text, "p": p.text}[tag.prefix]
        rest = "".join(around.replace(tag.written, "", 1).split())
        others = [t.written for t in tags if t is not tag and _holder(t, tag.prefix) is holder
                  and t.prefix == tag.prefix]
        for other in others:
            rest = rest.replace("".join(other.split()), "")
        if rest:
            report(p, f"the rest of this {unit} ('{beginning(rest, 30)}') is removed with {tag.shown()}: "
                      f"give the tag a {unit} of its own")


def _holder(tag: Tag, prefix: str) -> Optional[object]:
    p = tag.paragraph
    return {"tr": p.row, "tc": p.cell, "p": p, "r": None}[prefix]


def same_place(prefix: str, a: Paragraph, b: Paragraph) -> Optional[str]:
    """None if a block opened in `a` may close in `b`; else what they must share."""
    if prefix == "tr":
        return None if a.table is not None and a.table is b.table else "table"
    if prefix == "tc":
        return None if a.row is not None and a.row is b.row else "table row"
    if prefix == "r":
        return None if a.index == b.index else "paragraph"
    return None if a.parent is b.parent else ("table cell" if a.cell is not None or b.cell is not None
                                               else "text box or table cell")
