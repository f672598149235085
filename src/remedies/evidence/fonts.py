"""Fonts for the exhibit bundle's own pages: the Noto fonts installed on the machine, script by script,
with reportlab's built-in CJK fonts and Helvetica as fall-backs, so no description makes a page fail."""

from __future__ import annotations

import io
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


# Noto CJK is installed as OpenType/CFF collections, which reportlab cannot read: the characters a bundle
# needs are cut out of it with fontTools and converted to TrueType outlines (a few kB, embedded).
CJK_COLLECTIONS = ["NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSerifCJK-Regular.ttc"]
CJK_FACES = {"ja": "JP", "ko": "KR", "zh": "SC"}


@lru_cache(maxsize=1)
def _installed() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in FONT_FOLDERS:
        if not folder.is_dir():
            continue
        for root, _, names in os.walk(folder):
            for name in names:
                if name.lower().endswith((".ttf", ".ttc", ".otf")):
                    found.setdefault(name, Path(root) / name)
    return found


def _is_cjk(code: int) -> bool:
    return any(low <= code <= high for _, ranges in CID for low, high in ranges)


def cjk_truetype(text: str) -> Optional[tuple[bytes, frozenset[int]]]:
    """A TrueType font holding the CJK characters of `text`, cut from the installed Noto CJK; None if none."""
    path = next((_installed()[name] for name in CJK_COLLECTIONS if name in _installed()), None)
    chars = "".join(sorted({c for c in text if _is_cjk(ord(c))}))
    if path is None or not chars:
        return None
    from fontTools.ttLib import TTCollection, TTFont

    region = "KR" if any(0xAC00 <= ord(c) <= 0xD7AF for c in chars) else "SC"
    if any(0x3040 <= ord(c) <= 0x30FF for c in chars):
        region = "JP"
    number = 0
    if path.suffix.lower() == ".ttc":
        collection = TTCollection(str(path), lazy=True)
        try:
            names = [str(face["name"].getDebugName(4) or "") for face in collection]
        finally:
            collection.close()
        number = next((n for n, name in enumerate(names) if name.endswith(f" {region}")), 0)
    with TTFont(str(path), fontNumber=number, lazy=False) as font:
        return _subset_truetype(font, chars)


def _subset_truetype(font, chars: str) -> tuple[bytes, frozenset[int]]:
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    options = subset.Options()
    options.layout_features, options.hinting, options.notdef_outline, options.name_IDs = [], False, True, ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    if "CFF " in font:  # CFF outlines to quadratic TrueType outlines (fontTools' otf2ttf recipe)
        order = font.getGlyphOrder()
        glyphs = font.getGlyphSet()
        glyf = newTable("glyf")
        glyf.glyphOrder, glyf.glyphs = order, {}
        for name in order:
            pen = TTGlyphPen(glyphs)
            glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
            glyf.glyphs[name] = pen.glyph()
        font["loca"], font["glyf"] = newTable("loca"), glyf
        del font["CFF "]
        if "VORG" in font:
            del font["VORG"]
        glyf.compile(font)
        metrics = font["hmtx"]
        for name, glyph in glyf.glyphs.items():
            if hasattr(glyph, "xMin"):
                metrics[name] = (metrics[name][0], glyph.xMin)
        maxp = newTable("maxp")
        maxp.tableVersion = 0x00010000
        for key in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                    "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
            setattr(maxp, key, 0)
        maxp.maxZones = 1
        font["maxp"] = maxp
        post = font["post"]
        post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
        font.sfntVersion = "\x00\x01\x00\x00"
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue(), frozenset(ord(c) for c in chars)


class Fonts:
    """The registered fonts and, for any text, which font draws each run of it."""

    def __init__(self) -> None:
        try:
            import uharfbuzz  # noqa: F401
            from reportlab.pdfbase import ttfonts

            self.shaping = 1
            # No optional ligatures (ffi, fl): text copied or searched in the bundle stays the text written.
            # Arabic's required ligatures (rlig) are always applied by the shaper.
            defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
            if defaults and isinstance(defaults[0], dict):
                ttfonts.shapeFragWord.__defaults__ = ({**defaults[0], "liga": False, "dlig": False},) + defaults[1:]
        except ImportError:  # letters drawn one by one: Arabic unjoined, but nothing fails
            self.shaping = 0
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

    def prepare(self, texts) -> Optional[str]:
        """Make the CJK characters of `texts` drawable from an embedded font (else reportlab's CID fonts,
        which the PDF reader must supply); returns a note when that fall-back is used."""
        text = "".join(t for t in texts if t)
        wanted = {ord(c) for c in text if _is_cjk(ord(c))}
        if not wanted or any(wanted <= cover for name, cover in self.faces if name.startswith("BundleCJK")):
            return None
        try:
            made = cjk_truetype(text)
        except Exception:  # fontTools missing or a font it cannot read: the CID fall-back still draws the text
            made = None
        if made is None:
            return ("Chinese, Japanese or Korean text uses a standard font that the PDF reader supplies (no Noto CJK "
                    "font could be embedded); check that it shows on the computer that will print the bundle")
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"BundleCJK{len(self.faces)}"
        font = TTFont(name, io.BytesIO(made[0]), shapable=False)  # ideographs need no shaping
        pdfmetrics.registerFont(font)
        self.faces.insert(0, (name, made[1]))
        self.covers[name] = made[1]
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
