"""The press kit's timeline as a picture (PNG and SVG) and as text.

The PNG is drawn with Pillow, whose text layout uses libraqm (HarfBuzz for shaping, FriBiDi for
direction), so Arabic is joined and Tamil or Thai are shaped. A font covers only some scripts, so each
line is cut into runs of one font and one direction: the characters go to the first installed Noto font
that has them (a space or a comma stays with the run it is in), the runs are put in display order with
the Unicode bidirectional algorithm's levels (rules W, N and L2, simplified to the two or three levels a
line of a timeline holds), and each run is shaped and drawn on its own. The SVG is written directly:
its text stays text, in logical order, with the fonts named for the reader's viewer to choose from, so
the scan reads the same words that are drawn in the PNG and a reader can copy them. Neither file carries
metadata: no date, no software name, no title (each would be one more place for a leak).
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

# Noto covers every script the ten locales write; the first that has a glyph is used for it.
# Where Noto is not installed (Windows and macOS by default), the system's own fonts for the same scripts.
REGULAR = ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoSansCJK-Regular.ttc",
           "NotoSansTamil-Regular.ttf", "NotoSansThai-Regular.ttf", "DejaVuSans.ttf",
           "segoeui.ttf", "arial.ttf", "msyh.ttc", "Nirmala.ttf", "LeelawUI.ttf", "tahoma.ttf",
           "Arial Unicode.ttf", "GeezaPro.ttc", "PingFang.ttc", "Tamil Sangam MN.ttc", "Thonburi.ttc")
BOLD = ("NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf", "NotoSansCJK-Bold.ttc", "NotoSansTamil-Bold.ttf",
        "NotoSansThai-Bold.ttf", "DejaVuSans-Bold.ttf",
        "segoeuib.ttf", "arialbd.ttf", "msyhbd.ttc", "NirmalaB.ttf", "LeelaUIb.ttf", "tahomabd.ttf",
        "Arial Unicode.ttf", "GeezaPro.ttc", "PingFang.ttc", "Tamil Sangam MN.ttc", "Thonburi.ttc")
CJK_FACE = "Noto Sans CJK SC"  # the face of the CJK collections the Chinese locale writes in
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Sans Tamil", "Noto Sans Thai", "DejaVu Sans"]

WIDTH = 1000  # pixels, as the picture is shown on a web page or in a slide
TITLE_SIZE, TEXT_SIZE = 18, 14  # pixels (13 and 10 points at 100 dots per inch)
TOP, ROW, MARGIN, GAP = 65, 55, 30, 28
INK, ACCENT, RULE = "#000000", "#1f4e79", "#8c8c8c"
# Direction marks and isolates say how text reads; the layout below decides that itself.
_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@dataclass(frozen=True)
class Event:
    when: str  # month and year, as the locale writes them
    label: str  # what happened, already redacted


def text(title: str, events: list[Event]) -> str:
    lines = [title, ""] + [f"{event.when} - {event.label}" for event in events]
    return "\n".join(lines) + "\n"


# -- fonts --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Face:
    path: Path
    index: int
    covers: frozenset = field(repr=False, compare=False)


@lru_cache(maxsize=2)
def _faces(bold: bool) -> tuple[_Face, ...]:
    from remedies.evidence.fonts import _installed

    found = []
    for name in BOLD if bold else REGULAR:
        path = _installed().get(name)
        if path is None and bold:  # no bold face of this script: its regular one
            path = _installed().get(REGULAR[BOLD.index(name)])
        if path is None or any(face.path == path for face in found):
            continue
        index = _cjk_index(path) if name.startswith("NotoSansCJK") else 0
        try:
            found.append(_Face(path, index, _coverage(path, index)))
        except Exception:  # a font file that cannot be read: the next one
            continue
    return tuple(found)


def _cjk_index(path: Path) -> int:
    from PIL import ImageFont

    for index in range(16):
        try:
            family, _ = ImageFont.truetype(str(path), 12, index=index).getname()
        except OSError:
            break
        if family == CJK_FACE:
            return index
    return 0


def _coverage(path: Path, index: int) -> frozenset:
    import uharfbuzz

    return frozenset(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path)), index).unicodes)


@lru_cache(maxsize=64)
def _font(path: Path, index: int, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size, index=index, layout_engine=_layout_engine())


@lru_cache(maxsize=1)
def _layout_engine():
    from PIL import ImageFont, features

    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


def warm() -> None:
    """Find the fonts and read what each covers (before a batch forks its workers)."""
    _faces(False)
    _faces(True)


# -- one line: runs of one font and one direction, in display order ------------------------------------

def _strength(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "N" + kind  # numbers: "NEN", "NAN"
    if kind == "NSM":
        return "M"
    return ""  # neutral: spaces, punctuation, symbols


def _isolated(line: str, rtl: bool) -> tuple[str, list[Optional[int]]]:
    """The line without direction marks, and for each character the level an isolate around it sets
    (LRI or FSI ... PDI: left to right, as the documents isolate numbers and citations; RLI: right to
    left); None outside isolates."""
    text, forced, stack = [], [], []
    for char in line:
        if char in "\u2066\u2068":
            stack.append(2 if rtl else 0)
        elif char == "\u2067":
            stack.append(1)
        elif char == "\u2069":
            if stack:
                stack.pop()
        elif ord(char) not in _CONTROLS:
            text.append(char)
            forced.append(stack[-1] if stack else None)
    return "".join(text), forced


def _levels(line: str, rtl: bool, forced: Optional[list] = None) -> list[int]:
    """Each character's embedding level (0 or 2 reads left to right, 1 right to left)."""
    base = 1 if rtl else 0
    kinds = [_strength(c) for c in line]
    levels: list[Optional[int]] = []
    previous_strong = "R" if rtl else "L"
    for kind in kinds:
        if kind == "R":
            levels.append(1)
        elif kind == "L":
            levels.append(2 if rtl else 0)
        elif kind == "NEN":  # digits read left to right; after a left-to-right letter, at its level (W7)
            levels.append(0 if not rtl and previous_strong == "L" else 2)
        elif kind == "NAN":
            levels.append(2)
        elif kind == "M":
            levels.append(levels[-1] if levels else base)
        else:
            levels.append(None)
        if kind in ("R", "L"):
            previous_strong = kind
    # Neutrals between two characters of one direction take it; otherwise the line's (rules N1, N2).
    direction = [None if level is None else level % 2 for level in levels]
    resolved = []
    for position, level in enumerate(levels):
        if level is not None:
            resolved.append(level)
            continue
        before = next((direction[i] for i in range(position - 1, -1, -1) if direction[i] is not None), base)
        after = next((direction[i] for i in range(position + 1, len(levels)) if direction[i] is not None), base)
        resolved.append(before if before == after else base)
    # A neutral between numbers or left-to-right letters inside right-to-left text joins them.
    for position, level in enumerate(resolved):
        if levels[position] is None and level == 0 and rtl:
            resolved[position] = 2
    if forced:
        resolved = [level if force is None or level % 2 == force % 2 else force
                    for level, force in zip(resolved, forced)]
    return resolved


def _display_order(line: str, rtl: bool) -> list[tuple[str, int]]:
    """(character, level) in display order, left to right (rule L2)."""
    text, forced = _isolated(line, rtl)
    items = list(zip(text, _levels(text, rtl, forced)))
    highest = max((level for _, level in items), default=0)
    lowest_odd = 1 if any(level % 2 for _, level in items) else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        position = 0
        while position < len(items):
            if items[position][1] >= level:
                end = position
                while end < len(items) and items[end][1] >= level:
                    end += 1
                items[position:end] = items[position:end][::-1]
                position = end
            else:
                position += 1
    return items


def _runs(line: str, rtl: bool, bold: bool) -> list[tuple[str, bool, _Face]]:
    """(text in reading order, right to left?, face) for each run, in display order."""
    faces = _faces(bold)
    runs: list[list] = []
    for char, level in _display_order(line, rtl):
        odd = bool(level % 2)
        current = runs[-1] if runs else None
        if current is not None and current[1] == odd and current[2] is not None and ord(char) in current[2].covers:
            current[0].append(char)  # a space, a comma or a digit stays with the run it is in
            continue
        face = next((f for f in faces if ord(char) in f.covers), faces[0] if faces else None)
        if current is not None and current[1] == odd and face == current[2]:
            current[0].append(char)
        else:
            runs.append([[char], odd, face])
    # Right-to-left runs were reversed for display; the shaper wants them in reading order.
    return [("".join(chars[::-1] if odd else chars), odd, face) for chars, odd, face in runs]


def _pieces(line: str, size: int, *, bold: bool, rtl: bool) -> list[tuple[str, object, dict, float]]:
    """(text, font, drawing options, width) of each run of `line`, in display order."""
    shaped = _layout_engine().name == "RAQM"
    pieces = []
    for run, odd, face in _runs(line, rtl, bold):
        if face is None:
            continue
        font = _font(face.path, face.index, size)
        options = {"direction": "rtl" if odd else "ltr"} if shaped else {}
        if odd and not shaped:
            run = run[::-1]  # no shaper: at least the letters in display order
        pieces.append((run, font, options, font.getlength(run, **options)))
    return pieces


def _draw_line(draw, line: str, x: float, y: float, size: int, fill: str, *, bold: bool, rtl: bool,
               align: str) -> None:
    """`line` with its middle at height y, starting at x (align 'left') or ending at x ('right')."""
    if not _faces(bold):  # no font of any script installed: Pillow's own (Latin letters only)
        from PIL import ImageFont

        font = ImageFont.load_default(size)
        width = font.getlength(line)
        draw.text((x - width if align == "right" else x, y), line.translate(_CONTROLS), font=font, fill=fill,
                  anchor="lm")
        return
    pieces = _pieces(line, size, bold=bold, rtl=rtl)
    total = sum(width for *_, width in pieces)
    cursor = x - total if align == "right" else x
    baseline = y + size * 0.36
    for run, font, options, width in pieces:
        draw.text((cursor, baseline), run, font=font, fill=fill, anchor="ls", **options)
        cursor += width


def _width(line: str, size: int, *, bold: bool, rtl: bool) -> float:
    return sum(width for *_, width in _pieces(line, size, bold=bold, rtl=rtl))


# -- the picture ----------------------------------------------------------------------------------------

def _layout(title: str, events: list[Event], rtl: bool) -> dict:
    months = [_width(event.when, TEXT_SIZE, bold=True, rtl=rtl) for event in events] or [0.0]
    rows = max(1, len(events))
    offset = min(MARGIN + max(months) + GAP, WIDTH * 0.45)  # the line, past the widest month
    line_x = WIDTH - offset if rtl else offset
    return {
        "height": TOP + ROW * rows + 20,
        "line_x": line_x,
        "title_x": WIDTH - MARGIN if rtl else MARGIN,
        "month_x": line_x + GAP / 2 if rtl else line_x - GAP / 2,
        "label_x": line_x - GAP / 2 if rtl else line_x + GAP / 2,
        "rows": [TOP + ROW * index + ROW / 2 for index in range(len(events))],
        # Each label on one line, cut to the room beside the line (wide CJK characters take twice as much).
        "labels": [_fit(event.label, (line_x - GAP / 2 - MARGIN) if rtl else (WIDTH - MARGIN - line_x - GAP / 2),
                        rtl) for event in events],
        "rule": (TOP + ROW / 2 - 10, TOP + ROW * (rows - 1) + ROW / 2 + 10),
    }


def draw(title: str, events: list[Event], *, rtl: bool = False) -> tuple[bytes, bytes]:
    """(PNG, SVG) of a vertical timeline: one row per event, the month beside a dot on a line."""
    from PIL import Image, ImageDraw

    place = _layout(title, events, rtl)
    image = Image.new("RGB", (WIDTH, int(place["height"])), "white")
    pen = ImageDraw.Draw(image)
    line_x = place["line_x"]
    pen.line([(line_x, place["rule"][0]), (line_x, place["rule"][1])], fill=RULE, width=2)
    start, end = ("right", "left") if rtl else ("left", "right")
    _draw_line(pen, title, place["title_x"], TOP / 2, TITLE_SIZE, INK, bold=True, rtl=rtl, align=start)
    for event, y, shown in zip(events, place["rows"], place["labels"]):
        pen.ellipse([(line_x - 5, y - 5), (line_x + 5, y + 5)], fill=ACCENT)
        _draw_line(pen, event.when, place["month_x"], y, TEXT_SIZE, ACCENT, bold=True, rtl=rtl, align=end)
        _draw_line(pen, shown, place["label_x"], y, TEXT_SIZE, INK, bold=False, rtl=rtl, align=start)
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=False)  # no text chunks: nothing but the pixels
    return png.getvalue(), _svg(title, events, place, rtl)


def _svg(title: str, events: list[Event], place: dict, rtl: bool) -> bytes:
    families = ", ".join(f"'{family}'" for family in FAMILIES) + ", sans-serif"
    start, end = ("end", "start") if rtl else ("start", "end")
    direction = ' direction="rtl"' if rtl else ""
    height = int(place["height"])
    line_x = place["line_x"]

    def label(x: float, y: float, value: str, size: int, fill: str, anchor: str, bold: bool) -> str:
        weight = ' font-weight="bold"' if bold else ""
        return (f'<text x="{x:.1f}" y="{y + size * 0.36:.1f}" font-size="{size}" fill="{fill}"{weight} '
                f'text-anchor="{anchor}"{direction}>{escape(value.translate(_CONTROLS))}</text>')

    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family={quoteattr(families)}>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<line x1="{line_x:.1f}" y1="{place["rule"][0]:.1f}" x2="{line_x:.1f}" y2="{place["rule"][1]:.1f}" '
        f'stroke="{RULE}" stroke-width="2"/>',
        label(place["title_x"], TOP / 2, title, TITLE_SIZE, INK, start, True),
    ]
    for event, y, shown in zip(events, place["rows"], place["labels"]):
        parts.append(f'<circle cx="{line_x:.1f}" cy="{y:.1f}" r="5" fill="{ACCENT}"/>')
        parts.append(label(place["month_x"], y, event.when, TEXT_SIZE, ACCENT, end, True))
        parts.append(label(place["label_x"], y, shown, TEXT_SIZE, INK, start, False))
    parts.append("</svg>")
    return ("\n".join(parts) + "\n").encode("utf-8")


def _fit(label: str, room: float, rtl: bool) -> str:
    """The label, shortened at a word boundary until it fits `room` pixels (the text file keeps it whole)."""
    label = _shorten(label)
    if not _faces(False) or _width(label, TEXT_SIZE, bold=False, rtl=rtl) <= room:
        return label
    low, high = 1, len(label)
    while low < high:  # the longest start of the label that fits with its ellipsis
        middle = (low + high + 1) // 2
        if _width(label[:middle] + "…", TEXT_SIZE, bold=False, rtl=rtl) <= room:
            low = middle
        else:
            high = middle - 1
    cut = label[:low]
    spaced = cut.rsplit(" ", 1)[0]
    return (spaced if len(spaced) > len(cut) // 2 else cut).rstrip() + "…"


def _shorten(label: str, limit: int = 85) -> str:
    """A row's label on one line: cut at a word boundary (the text file keeps the whole label)."""
    if len(label) <= limit:
        return label
    cut = label[:limit].rsplit(" ", 1)[0]
    return (cut if len(cut) > limit // 2 else label[:limit]) + "…"
