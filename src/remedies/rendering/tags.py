"""The tags of a template's paragraphs, read as the engine will read them: where each may stand, in what order."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Callable, Optional

from jinja2 import TemplateSyntaxError, nodes

from remedies.rendering.docxmap import Paragraph, beginning
from remedies.rendering.engine import normalise_tag
from remedies.rendering.fields import Checker, Scope, Uses

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


# ---- blocks, in the order Jinja reads them ----------------------------------------------------------


def walk(found, env, scope: Scope, uses: Uses, problem) -> None:
    """Walk the tags in order, as Jinja will: blocks must open and close in order, in the same place."""
    stack: list[tuple[Tag, str]] = []  # (opening tag, its keyword)
    raw = False
    for tag in found:
        checker = Checker(scope, uses, lambda message, t=tag: problem(t.paragraph, message), tag.where)
        if raw and tag.keyword != "endraw":
            continue
        if tag.kind == "{#":
            continue
        if tag.kind == "{{":
            node = _parse(env, tag.text, tag, problem)
            if node is not None:
                for statement in node.body:
                    checker.statement(statement)
            continue
        keyword = tag.keyword
        if keyword in DOCXTPL:
            argument = re.sub(r"^\{%[-+]?\s*\w+|[-+]?%\}$", "", tag.text).strip()
            if argument and _parse(env, "{{ " + argument + " }}", tag, problem) is not None:
                checker.value(env.parse("{{ " + argument + " }}").body[0].nodes[0])
            continue
        if keyword not in KNOWN:
            guess = difflib.get_close_matches(keyword, sorted(KNOWN), n=1, cutoff=0.6)
            hint = f"; did you mean `{guess[0]}`?" if guess else ""
            problem(tag.paragraph, f"broken tag {tag.shown()}: `{keyword}` is not a tag word{hint}")
            continue
        if keyword in UNSUPPORTED:
            problem(tag.paragraph, f"{tag.shown()}: a template cannot {keyword} another template; "
                                   "write the text into this one")
            continue
        if keyword in OPENERS and (keyword != "set" or tag.is_block_set):
            closer = OPENERS[keyword]
            node = _parse(env, tag.text + "{% " + closer + " %}", tag, problem)
            if node is not None and node.body:
                checker.opening(node.body[0])
            else:
                scope.push()
            stack.append((tag, keyword))
            raw = keyword == "raw"
        elif keyword in MIDDLES:
            if not stack or stack[-1][1] not in MIDDLES[keyword]:
                owners = " or ".join(f"`{{% {k} %}}`" for k in MIDDLES[keyword])
                problem(tag.paragraph, f"{tag.shown()} belongs to no {owners} before it")
                continue
            opening = stack[-1][0]
            _same(opening, tag, problem)
            stand_in = "{% for x in [] %}" if opening.keyword == "for" else "{% if true %}"
            end = "{% endfor %}" if opening.keyword == "for" else "{% endif %}"
            if opening.keyword == "trans":
                stand_in, end = "{% trans n=1 %}", "{% endtrans %}"
            node = _parse(env, stand_in + tag.text + end, tag, problem)
            if node is not None and keyword == "elif":
                checker.statement(node.body[0])
        elif keyword in CLOSERS:
            wanted = CLOSERS[keyword]
            if not any(k == wanted for _, k in stack):
                problem(tag.paragraph, f"{tag.shown()} has no `{{% {wanted} %}}` before it to close")
                continue
            while stack[-1][1] != wanted:
                unclosed, kind = stack.pop()
                scope.pop()
                problem(unclosed.paragraph, f"{unclosed.shown()} is never closed: its "
                                            f"`{_closer(unclosed, kind)}` is missing")
            opening, _kind = stack.pop()
            scope.pop()
            raw = False
            _same(opening, tag, problem)
            stand_in = {"for": "{% for x in [] %}", "if": "{% if true %}", "set": "{% set x %}",
                        "macro": "{% macro m() %}", "call": "{% call m() %}", "filter": "{% filter upper %}",
                        "with": "{% with %}", "autoescape": "{% autoescape true %}", "trans": "{% trans %}",
                        "raw": "{% raw %}", "block": "{% block b %}"}[wanted]
            _parse(env, stand_in + tag.text, tag, problem)
        else:
            node = _parse(env, tag.text, tag, problem)
            if node is not None:
                for statement in node.body:
                    checker.statement(statement)
    for opening, kind in reversed(stack):
        problem(opening.paragraph, f"{opening.shown()} is never closed: its `{_closer(opening, kind)}` is missing")


def _closer(opening: Tag, kind: str) -> str:
    return "{%" + opening.prefix + " " + OPENERS[kind] + " %}"


def _same(opening: Tag, tag: Tag, problem) -> None:
    """A block's tags must be written alike ({%p with {%p}) and stand in the same table, row or paragraph."""
    if opening.prefix != tag.prefix:
        def form(t):
            return "{%" + t.prefix + " ...%}" if t.prefix else "{% ... %}"
        problem(tag.paragraph, f"{tag.shown()} goes with {opening.shown()} ({opening.where}) but is written "
                               f"{form(tag)} where that one is {form(opening)}: write both the same way")
        return
    differs = same_place(tag.prefix, opening.paragraph, tag.paragraph)
    if differs:
        problem(tag.paragraph, f"{tag.shown()} and {opening.shown()} ({opening.where}) are not in the same "
                               f"{differs}; a block must begin and end in the same {differs}")


def _parse(env, source: str, tag: Tag, problem) -> Optional[nodes.Template]:
    try:
        return env.parse(source)
    except TemplateSyntaxError as exc:
        problem(tag.paragraph, f"broken tag {tag.shown()}: {_explain(exc.message or '', tag.text)}")
        return None


def _explain(message: str, text: str) -> str:
    inner = text[2:-2]
    hints = []
    quoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", inner)
    if "'" in quoted or '"' in quoted:
        hints.append("a quote is not closed (for text with an apostrophe, use double quotes around it)")
    if inner.count("(") != inner.count(")"):
        hints.append("a bracket is not closed")
    words = {"unexpected end of template": "the tag stops too early"}
    said = next((plain for key, plain in words.items() if message.startswith(key)), message)
    said = re.sub(r"^unexpected char (.+) at \d+$", r"unexpected character \1", said)
    return "; ".join([said] + hints)
