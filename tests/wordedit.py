"""Templates as Word leaves them: quotes stored as entities or curled, tags split over runs, page marks."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Callable, Union

_RUN = re.compile(r"<w:r>((?:<w:rPr/>|<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?)<w:t((?: [^>]*)?)>([^<]*)</w:t></w:r>")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
# What Word puts between the runs of a word it has split: spell-check marks, a bookmark, language.
_BETWEEN = (
    '<w:proofErr w:type="spellStart"/>',
    '<w:bookmarkStart w:id="{n}" w:name="_GoBack"/><w:bookmarkEnd w:id="{n}"/>',
    '<w:proofErr w:type="spellEnd"/><w:proofErr w:type="gramStart"/>',
)
_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml$")


def read_parts(path: Union[str, Path, bytes]) -> dict[str, bytes]:
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


def write_parts(parts: dict[str, bytes], target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return target


def edit(source: Union[str, Path], target: Path, change: Callable[[str, str], str]) -> Path:
    """Copy a .docx, passing the XML of each templated part through change(name, xml)."""
    parts = read_parts(source)
    for name in list(parts):
        if _PARTS.match(name):
            parts[name] = change(name, parts[name].decode("utf-8")).encode("utf-8")
    return write_parts(parts, target)


def word_quotes(tag: str, style: int) -> str:
    """Quotes inside one tag as Word stores them: &quot; and &apos; (style 0), or curled as typed (style 1)."""
    out, single, double = [], False, False
    for index, char in enumerate(tag):
        before = tag[index - 1] if index else " "
        after = tag[index + 1] if index + 1 < len(tag) else " "
        if char == '"':
            out.append("&quot;" if style == 0 else ("\u201d" if double else "\u201c"))
            double = not double
        elif char == "'" and before.isalpha() and after.isalpha():
            out.append("&apos;" if style == 0 else "\u2019")  # an apostrophe inside a word
        elif char == "'":
            out.append("&apos;" if style == 0 else ("\u2019" if single else "\u2018"))
            single = not single
        else:
            out.append(char)
    return "".join(out)


def _split(text: str, counter: list[int]) -> list[str]:
    """Cut the text of one run inside its tags: after the first brace, mid-word, before the last brace."""
    cuts: set[int] = set()
    for match in _TAG.finditer(text):
        start, end = match.span()
        cuts.update({start + 1, (start + end) // 2, end - 1})
    pieces, last = [], 0
    for cut in sorted(cuts):
        if 0 < cut < len(text) and text[cut - 1] != "&" and not re.search(r"&[#\w]*$", text[last:cut]):
            pieces.append(text[last:cut])
            last = cut
    pieces.append(text[last:])
    counter[0] += 1
    return pieces


_MULTI = re.compile(r"<w:r>((?:<w:rPr/>|<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?)((?:<w:t(?: [^>]*)?>[^<]*</w:t>|<w:br/>|<w:tab/>)+)</w:r>")
_CHILD = re.compile(r"<w:t(?: [^>]*)?>[^<]*</w:t>|<w:br/>|<w:tab/>")


def _one_text_per_run(xml: str) -> str:
    """A run of text, break, text becomes three runs, as Word writes a line break typed mid-paragraph."""
    def split(match: re.Match) -> str:
        props, children = match.groups()
        return "".join(f"<w:r>{props}{child}</w:r>" for child in _CHILD.findall(children))
    return _MULTI.sub(split, xml)


def wordify(xml: str, *, page_every: int = 20) -> str:
    """The part as Word saves it after a lawyer retyped its tags: quotes, split runs, page marks."""
    counter = [0]
    tags_seen = [0]

    def quote(match: re.Match) -> str:
        tags_seen[0] += 1
        return word_quotes(match.group(0), tags_seen[0] % 2)

    def run(match: re.Match) -> str:
        props, attributes, text = match.groups()
        if not _TAG.search(text):
            return match.group(0)
        text = _TAG.sub(quote, text.replace("&quot;", '"').replace("&apos;", "'"))
        pieces = _split(text, counter)
        runs = []
        for number, piece in enumerate(pieces):
            between = _BETWEEN[(counter[0] + number) % len(_BETWEEN)].format(n=900 + counter[0])
            runs.append((between if number else "") +
                        f'<w:r>{props}<w:t xml:space="preserve">{piece}</w:t></w:r>')
        return "".join(runs)

    xml = _RUN.sub(run, _one_text_per_run(xml))
    if page_every:
        seen = [0]

        def page(match: re.Match) -> str:
            seen[0] += 1
            return match.group(0) + ("<w:lastRenderedPageBreak/>" if seen[0] % page_every == 0 else "")

        xml = re.sub(r"<w:p>(?:<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)?<w:r>(?:<w:rPr/>|<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?",
                     page, xml)
    return xml
