"""Tables laid out from what they hold, once rendered: column widths from content, header words whole,
long tables free to break across pages.

The templates give each table fixed column widths for a typical English record; a long URL, an Arabic
header or a column of short marks then breaks words or leaves space unused. After rendering, each table
with a repeating header row gets:

- column widths shared out by content: every column at least as wide as the longest word of its header
  (so "Exhibits" or "مستندات" never breaks inside the word), the rest of the table's width by how much
  text each column holds;
- rows that may break across pages when the table has more than a few rows (`w:cantSplit` removed), so
  a long row does not leave a half-empty page before it.

The width of a word is estimated from its number of characters and the run's font size (a wide
estimate, so that the header words fit in any of the fonts the documents use); nothing is measured.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTROL = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
CELL_MARGINS = 2 * 115  # twips: Word's default left and right cell margins (0.19 cm), and a little more
SPLITTABLE_AFTER = 3  # a table of more rows than this (header included) may break inside a row
LONG_WORD = 30  # characters: a longer "word" (a URL, a hash) breaks anyway and does not set a width
_EM = {"narrow": 0.62, "wide": 1.05}  # share of the font size one character takes, bold included


def _char_width(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return _EM["wide"]
    return _EM["narrow"]


def _text(cell: etree._Element) -> str:
    return _CONTROL.sub("", "".join(t.text or "" for t in cell.iter(f"{W}t")))


def _size(cell: etree._Element, default: int = 24) -> int:
    """The font size of the cell's first sized run, in half-points."""
    found = cell.find(f".//{W}rPr/{W}sz")
    try:
        return int(found.get(f"{W}val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def _word_twips(word: str, half_points: int) -> float:
    if word.isascii():  # no wide characters: every one is narrow
        return len(word) * _EM["narrow"] * half_points * 10
    return sum(_char_width(ch) for ch in word) * half_points * 10  # 1 pt = 20 twips, half-point = 10


def layout_tables(root: etree._Element) -> None:
    for table in root.iter(f"{W}tbl"):
        rows = table.findall(f"{W}tr")
        if not rows or rows[0].find(f"{W}trPr/{W}tblHeader") is None:
            continue
        if len(rows) > SPLITTABLE_AFTER:
            for row in rows:
                for flag in row.findall(f"{W}trPr/{W}cantSplit"):
                    flag.getparent().remove(flag)
        _widths(table, rows)


def _widths(table: etree._Element, rows: list) -> None:
    grid = table.find(f"{W}tblGrid")
    if grid is None:
        return
    columns = grid.findall(f"{W}gridCol")
    try:
        current = [int(c.get(f"{W}w")) for c in columns]
    except (TypeError, ValueError):
        return
    cells = [row.findall(f"{W}tc") for row in rows]
    # Only plain grids: every row has one cell per column (no merged or spanned cells).
    if any(len(r) != len(columns) for r in cells) or table.find(f".//{W}gridSpan") is not None \
            or table.find(f".//{W}vMerge") is not None:
        return
    total = sum(current)
    header = cells[0]
    least, content = [], []
    for index, cell in enumerate(header):
        size = _size(cell)
        words = _text(cell).split() or [""]
        need = max(_word_twips(w, size) for w in words) + CELL_MARGINS
        body = [c[index] for c in cells[1:]]
        body_words = {w for c in body for w in _text(c).split() if len(w) <= LONG_WORD}
        if body_words:
            size = _size(body[0], size)
            need = max(need, min(max(_word_twips(w, size) for w in body_words) + CELL_MARGINS, total / 3))
        least.append(need)
        held = [min(len(_text(c)), 400) for c in body] or [0]
        content.append(len(_text(cell)) + sum(held) / len(held))
    spare = total - sum(least)
    if spare < 0:  # the header words alone do not fit: share the width by their needs
        widths = [total * need / sum(least) for need in least]
    else:
        weight = sum(content) or 1
        widths = [need + spare * share / weight for need, share in zip(least, content)]
    widths = [int(w) for w in widths]
    widths[-1] += total - sum(widths)
    for column, width in zip(columns, widths):
        column.set(f"{W}w", str(width))
    for row in cells:
        for cell, width in zip(row, widths):
            tcpr = cell.find(f"{W}tcPr")
            if tcpr is None:
                tcpr = etree.Element(f"{W}tcPr")
                cell.insert(0, tcpr)
            tcw = tcpr.find(f"{W}tcW")
            if tcw is None:
                tcw = etree.Element(f"{W}tcW")
                tcpr.insert(0, tcw)
            tcw.set(f"{W}w", str(width))
            tcw.set(f"{W}type", "dxa")
