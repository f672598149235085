"""Fonts for the exhibit bundle's own pages: the Noto fonts installed on the machine, script by script,
with reportlab's built-in CJK fonts and Helvetica as fall-backs, so no description makes a page fail."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

FONT_FOLDERS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
                Path.home() / ".fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"),
                Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"]
# TrueType fonts by preference; each covers some scripts (reportlab reads TrueType outlines only).
REGULAR = ["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
           "NotoSansHebrew-Regular.ttf", "NotoSansThai-Regular.ttf", "NotoSansTamil-Regular.ttf",
           "NotoSansDevanagari-Regular.ttf", "NotoSansBengali-Regular.ttf", "NotoSansSinhala-Regular.ttf",
           "NotoSansMyanmar-Regular.ttf", "NotoSansKhmer-Regular.ttf", "NotoSansLao-Regular.ttf",
           "NotoSansGeorgian-Regular.ttf", "NotoSansArmenian-Regular.ttf", "NotoSansEthiopic-Regular.ttf",
           "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "DejaVuSans.ttf"]
BOLD = ["NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"]
MONO = ["NotoSansMono-Regular.ttf", "DejaVuSansMono.ttf"]
# reportlab's CID fonts need no font file (the reader supplies the glyphs): Chinese, Japanese, Korean.
CID = [("STSong-Light", ((0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3100, 0x312F), (0x31A0, 0x31BF),
                         (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
                         (0xFF00, 0xFFEF))),
       ("HeiseiMin-W3", ((0x3040, 0x30FF), (0x31F0, 0x31FF))),
       ("HYSMyeongJo-Medium", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)))]


@lru_cache(maxsize=1)
def _installed() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in FONT_FOLDERS:
        if not folder.is_dir():
            continue
        for root, _, names in os.walk(folder):
            for name in names:
                if name.lower().endswith(".ttf"):
                    found.setdefault(name, Path(root) / name)
    return found


class Fonts:
    """The registered fonts and, for any text, which font draws each run of it."""

    def __init__(self) -> None:
        self.faces: list[tuple[str, frozenset[int]]] = []  # fall-back fonts: name, code points it has
        self.covers: dict[str, frozenset[int]] = {}
        self.base = self._first(REGULAR, "Bundle") or "Helvetica"
        self.bold = self._first(BOLD, "BundleBold", False) or (
            "Helvetica-Bold" if self.base == "Helvetica" else self.base)
        self.mono = self._first(MONO, "BundleMono", False) or "Courier"
        for index, name in enumerate(REGULAR[1:], 1):
            self._register(name, f"BundleScript{index}")
        self.cid: list[tuple[str, tuple]] = []
        for name, ranges in CID:
            try:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.cidfonts import UnicodeCIDFont

                pdfmetrics.registerFont(UnicodeCIDFont(name))
                self.cid.append((name, ranges))
            except Exception:  # pragma: no cover - reportlab without its CID data
                continue

    def _register(self, file: str, name: str, fallback: bool = True) -> Optional[str]:
        path = _installed().get(file)
        if path is None:
            return None
        try:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
        except Exception:  # a font reportlab cannot read (PostScript outlines): skip it
            return None
        cover = frozenset(font.face.charToGlyph)
        self.covers[name] = cover
        if fallback:
            self.faces.append((name, cover))
        return name

    def _first(self, files: list[str], name: str, fallback: bool = True) -> Optional[str]:
        for index, file in enumerate(files):
            found = self._register(file, f"{name}{index}", fallback)
            if found:
                return found
        return None

    def font_for(self, char: str, preferred: str) -> str:
        code = ord(char)
        if code < 0x80 or char in "\n\t":
            return preferred
        if code in self.covers.get(preferred, ()):
            return preferred
        for face, cover in self.faces:
            if code in cover:
                return face
        for name, ranges in self.cid:
            if any(low <= code <= high for low, high in ranges):
                return name
        return preferred

    def markup(self, text: str, preferred: Optional[str] = None) -> str:
        """Paragraph markup for `text` (escaped), each run in a font that has its characters."""
        preferred = preferred or self.base
        runs: list[tuple[str, list[str]]] = []
        for char in str(text):
            font = self.font_for(char, preferred)
            if runs and runs[-1][0] == font:
                runs[-1][1].append(char)
            else:
                runs.append((font, [char]))
        parts = []
        for font, chars in runs:
            piece = escape("".join(chars)).replace("\n", "<br/>")
            parts.append(piece if font == preferred else f'<font face="{font}">{piece}</font>')
        return "".join(parts)


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    return Fonts()


if __name__ == "__main__":  # pragma: no cover
    found = fonts()
    print(found.base, found.bold, found.mono, [f for f, _ in found.faces], file=sys.stdout)
