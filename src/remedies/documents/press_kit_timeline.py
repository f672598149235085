"""The press kit's timeline as a picture (PNG and SVG) and as text, drawn with matplotlib.

matplotlib is the long-maintained plotting library of the scientific Python world; since 3.11 it lays
out text with libraqm, so Arabic is joined and ordered right to left and Tamil or Thai are shaped
without extra packages. The SVG keeps its text as text (svg.fonttype 'none'), so the scan reads the
same words that are drawn in the PNG, and a reader can copy them. Neither file carries metadata: no
date, no software name, no title (each would be one more place for a leak).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

# Noto covers every script the ten locales write; the first that has a glyph is used for it.
FONT_FILES = (
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Sans Tamil", "Noto Sans Thai", "DejaVu Sans"]
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


@dataclass(frozen=True)
class Event:
    when: str  # month and year, as the locale writes them
    label: str  # what happened, already redacted


def text(title: str, events: list[Event]) -> str:
    lines = [title, ""] + [f"{event.when} - {event.label}" for event in events]
    return "\n".join(lines) + "\n"


_FONTS_ADDED = False


def _fonts() -> None:
    global _FONTS_ADDED
    if _FONTS_ADDED:
        return
    from matplotlib import font_manager

    for path in FONT_FILES:
        if Path(path).is_file():
            font_manager.fontManager.addfont(path)
    _FONTS_ADDED = True


def warm() -> None:
    """Import the drawing library and register the fonts (before a batch forks its workers)."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.backends.backend_svg  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    _fonts()


def draw(title: str, events: list[Event], *, rtl: bool = False) -> tuple[bytes, bytes]:
    """(PNG, SVG) of a vertical timeline: one row per event, the month beside a dot on a line."""
    import matplotlib

    from matplotlib.figure import Figure

    _fonts()
    rows = max(1, len(events))
    height = 1.2 + 0.55 * rows
    style = {"font.family": FAMILIES, "svg.fonttype": "none", "svg.hashsalt": "remedies",
             "path.simplify": True}
    with matplotlib.rc_context(style):
        figure = Figure(figsize=(10, height), dpi=100)
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_xlim(0, 1)
        axes.set_ylim(-rows - 0.2, 1.2)
        axes.axis("off")
        line_x = 0.82 if rtl else 0.18
        axes.plot([line_x, line_x], [-rows + 0.5, 0.1], color="#8c8c8c", linewidth=2, zorder=1)
        axes.text(0.97 if rtl else 0.03, 0.65, ("\u200f" if rtl else "") + title, fontsize=13, fontweight="bold",
                  ha="right" if rtl else "left", va="center")
        for index, event in enumerate(events):
            y = -index - 0.2
            axes.scatter([line_x], [y], s=60, color="#1f4e79", zorder=2)
            month_x, label_x = (line_x + 0.03, line_x - 0.03) if rtl else (line_x - 0.03, line_x + 0.03)
            axes.text(month_x, y, event.when, fontsize=10, fontweight="bold", va="center",
                      ha="left" if rtl else "right", color="#1f4e79")
            # A right-to-left mark first, so that a label opening with a Latin name (X, Telegram) still
            # reads right to left as a whole.
            label = ("\u200f" if rtl else "") + _shorten(event.label)
            axes.text(label_x, y, label, fontsize=10, va="center", ha="right" if rtl else "left")
        png, svg = io.BytesIO(), io.BytesIO()
        figure.savefig(png, format="png", metadata=_PNG_METADATA)
        figure.savefig(svg, format="svg", metadata=_SVG_METADATA)
    return png.getvalue(), svg.getvalue()


def _shorten(label: str, limit: int = 85) -> str:
    """A row's label on one line: cut at a word boundary (the text file keeps the whole label)."""
    if len(label) <= limit:
        return label
    cut = label[:limit].rsplit(" ", 1)[0]
    return (cut if len(cut) > limit // 2 else label[:limit]) + "…"
