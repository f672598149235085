"""Right-to-left documents read in the right order: the visual order of a PDF page against python-bidi.

A .docx holds text in logical (reading) order. The Unicode bidi algorithm, which LibreOffice and Word
apply, decides the order in which its characters appear on the line. pdftotext's bounding boxes give
every word where it was drawn, with its characters from left to right; sorting a line's words by their
left edge gives the line as it is seen. python-bidi computes, from the logical text, the order the
algorithm must produce. A fragment (a telephone number, a date, a section citation, "(الوقائع I1، I3)")
reads right when its expected visual form is part of a line of the page, or, where the line breaks
inside it, its two parts end one line (left) and begin the next (right).

Comparisons ignore spaces, the invisible bidi controls and Arabic vowel marks, so that they do not
depend on where words are spaced or a line wraps, or on how a font places a diacritic.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from bidi import get_base_level, get_display
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ISOLATE_OPEN, _PDI = "\u2066\u2067\u2068", "\u2069"
_TEXT_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", _CONTROLS.sub("", html.unescape(text)))
    return "".join(c for c in text if not c.isspace() and not unicodedata.combining(c)
                   and unicodedata.category(c) != "Mn")


def paragraphs(docx: Path) -> list[str]:
    """Every paragraph of the body, the tables, the headers and the footers, in logical order."""
    found = []
    with zipfile.ZipFile(docx) as package:
        for name in sorted(package.namelist()):
            if not _TEXT_PARTS.match(name):
                continue
            root = etree.fromstring(package.read(name))
            for paragraph in root.iter(f"{W}p"):
                pieces = []
                for node in paragraph.iter(f"{W}t", f"{W}br", f"{W}tab"):
                    pieces.append(node.text or "" if node.tag == f"{W}t" else " ")
                text = "".join(pieces)
                if text.strip():
                    found.append(text)
    return found


def pdf_lines(pdf: Path, gap: float = 12.0) -> list[list[str]]:
    """The page's lines as seen, row by row: each segment's words from left to right, normalised.

    pdftotext cuts a line where the direction changes, so the words are put back into lines by their
    height on the page; a wide gap (between two table cells, at a tab) starts a new segment.
    """
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                            check=True).stdout
    lines = []
    for page in re.findall(r"<page[^>]*>(.*?)</page>", layout, re.S):
        words = [(float(x0), float(y0), float(x1), float(y1), text) for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
        words = [w for w in words if normal(w[4])]
        rows: list[list[tuple]] = []
        for word in sorted(words, key=lambda w: (w[1] + w[3]) / 2):
            middle = (word[1] + word[3]) / 2
            if rows and abs(middle - rows[-1][0][5]) <= 3.0:
                rows[-1].append((*word, rows[-1][0][5]))
            else:
                rows.append([(*word, middle)])
        for row in rows:
            row.sort(key=lambda w: w[0])
            segments, segment, right = [], "", None
            for x0, _, x1, _, text, _ in row:
                if right is not None and x0 - right > gap:
                    segments.append(segment)
                    segment = ""
                segment += normal(text)
                right = x1 if right is None else max(right, x1)
            lines.append(segments + [segment])
    return lines


@dataclass
class Fragment:
    """A piece of one paragraph's logical text and the visual order python-bidi gives it."""

    kind: str
    logical: str
    shown: str  # normal(), as python-bidi orders it in a right-to-left paragraph
    parts: list[tuple[str, str]]  # the same split where a line may break: (first part, second part)
    direction: str = "R"  # of the paragraph or the isolate that holds it


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen text[start:end] so that every isolate opened in it is closed in it, and the reverse."""
    while True:
        depth, lowest = 0, 0
        for ch in text[start:end]:
            if ch in _ISOLATE_OPEN:
                depth += 1
            elif ch == _PDI:
                depth -= 1
                lowest = min(lowest, depth)
        moved = False
        if lowest < 0 and start > 0:
            start -= 1
            moved = True
        if depth - lowest > 0 and end < len(text):
            end += 1
            moved = True
        if not moved:
            return start, end


def shown(logical: str, direction: str = "R") -> str:
    return normal(get_display(logical, base_dir=direction))


def _enclosing(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The innermost isolate holding text[start:end] whole: its content's bounds and direction."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i, ch in enumerate(text):
        if ch in _ISOLATE_OPEN:
            stack.append(i)
        elif ch == _PDI and stack:
            pairs[stack.pop()] = i
    for i in stack:
        pairs[i] = len(text)
    best = (0, len(text), "R")
    for opener, closer in pairs.items():
        if opener < start and end <= closer and opener + 1 >= best[0]:
            content = text[opener + 1:closer]
            kind = text[opener]
            if kind == "\u2066":
                direction = "L"
            elif kind == "\u2067":
                direction = "R"
            else:
                direction = "R" if get_base_level(content) == 1 else "L"
            best = (opener + 1, closer, direction)
    return best


def fragment(kind: str, text: str, start: int, end: int) -> Fragment:
    """text[start:end] with one word of context on each side, within the isolate that holds it."""
    low, high, direction = _enclosing(text, start, end)
    before = text.rfind(" ", low, max(low, start - 1))
    start = low if before < 0 else before + 1
    after = text.find(" ", end + 1, high)
    end = high if after < 0 else after
    start, end = _balanced(text, start, end)
    logical = text[start:end]
    parts = []
    # Where a line may break: at a space, or after a slash or hyphen (a date or a URL in a narrow cell).
    for cut in re.finditer(" |(?<=[/-])", logical):
        parts.append((shown(logical[:cut.start()], direction), shown(logical[cut.end():], direction)))
    return Fragment(kind, logical, shown(logical, direction), parts, direction)


def found_in(fragment: Fragment, rows: list[list[str]]) -> bool:
    """The fragment is seen in the right order on one line, or across a line break inside it (the
    next line of a table cell may be any segment of the next row)."""
    if any(fragment.shown in segment for row in rows for segment in row):
        return True
    pairs = ((upper, lower) for above, below in zip(rows, rows[1:]) for upper in above for lower in below)
    for upper, lower in pairs:
        for first, second in fragment.parts:
            # A right-to-left line ends on the left: the first part ends the upper line there, and
            # the rest starts the next line on its right.
            if not (first and second):
                continue
            if fragment.direction == "R" and upper.startswith(first) and lower.endswith(second):
                return True
            # Inside a left-to-right isolate the break falls within that isolate's stretch of the line.
            if fragment.direction == "L" and first in upper and second in lower:
                return True
    return False


def visual_probes(text: str) -> list[Fragment]:
    """The left-to-right pieces of one Arabic paragraph whose order the issue found garbled."""
    plain_index = [i for i, ch in enumerate(text) if not _CONTROLS.match(ch)]
    plain = "".join(text[i] for i in plain_index)
    probes = []
    for kind, pattern in PROBES:
        for match in re.finditer(pattern, plain):
            start = plain_index[match.start()]
            end = plain_index[match.end() - 1] + 1
            probes.append(fragment(kind, text, start, end))
    return probes


PROBES = [
    ("telephone", r"\+\d{1,3}(?: \d{2,5}){1,4}"),
    ("date", r"\d{1,2} [\u0621-\u064a]+ \d{4}"),
    ("numeric date", r"\d{1,2}\u200f?/\d{1,2}\u200f?/\d{4}"),
    ("time", r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"),
    ("section citation", r"\b(?:s|ss|r|reg|cl) \d+[A-Za-z]*(?:\(\w+\))*"),
    ("parenthesised ids", r"\([\u0621-\u064a]+ [A-Z]\d+(?:[،,] [A-Z]\d+)*\)"),
    ("ids", r"[\u0621-\u064a]+ [A-Z]\d+(?:[،,] [A-Z]\d+)+"),
    ("age", r"\(\s?العمر\s?: \d+\)"),
    ("act with its sections", r"Act \d{4} \(s [^()]*(?:\([^()]*\)[^()]*)*\)"),
]
