"""Locale conventions: East Asian and complex-script fonts, language tags, right-to-left text, date patterns."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from lxml import etree

from remedies.rendering.resources import epoch, locale_file
from remedies.rendering.tables import layout_tables
from remedies.rendering.typesetting import edit_paragraphs, editor, right_to_left_edits

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_RTL_TEXT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

# Schema order: a new child goes before the first sibling listed here.
_PPR_AFTER_BIDI = ("adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                   "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
                   "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
_RPR_AFTER_RTL = ("cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_RPR_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath")
_TBLPR_AFTER_BIDI = ("tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd",
                     "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
                     "tblPrChange")


@dataclass(frozen=True)
class Conventions:
    direction: str = "ltr"
    east_asian_font: Optional[str] = None
    complex_script_font: Optional[str] = None
    language: Optional[str] = None
    long_date: Optional[str] = None
    list_separator: Optional[str] = None
    date_time_separator: Optional[str] = None

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def plain(self) -> bool:
        """No change to the template's styles is needed."""
        return not (self.rtl or self.east_asian_font or self.complex_script_font or self.language)


@lru_cache(maxsize=None)
def _table(path) -> dict:
    if not path.is_file():
        return {}
    from remedies.data import parse_yaml

    return parse_yaml(path.read_bytes()) or {}


def conventions(locale: str) -> Conventions:
    """The layout of `locale` from locales/conventions.yaml, falling back to its language (zh_Hant -> zh).

    Which file that is, and whether it changed, is looked up again after each `refresh()` (once per record
    planned and per document rendered) or when the folders' settings change, not for every date.
    """
    key = (locale, epoch(), os.environ.get("REMEDIES_LOCALES"), os.environ.get("XDG_DATA_HOME"),
           os.environ.get("HOME"))
    found = _recent.get(key)
    if found is None:
        path = locale_file("conventions.yaml")
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = None
        found = _conventions(path, stamp, locale)
        if len(_recent) > 64:
            _recent.clear()
        _recent[key] = found
    return found


_recent: dict[tuple, "Conventions"] = {}


@lru_cache(maxsize=256)
def _conventions(path, stamp, locale: str) -> Conventions:
    # Read once per edit of the file: formatting a date asks for it, and a record may hold thousands.
    table = _table(path)
    for key in (locale, locale.split("_")[0]):
        if key in table:
            return Conventions(**table[key])
    return Conventions()


def style_part(xml: bytes, layout: Conventions) -> bytes:
    """styles.xml with the locale's fonts in every style's East Asian and complex-script slots."""
    if layout.plain:
        return xml
    root = etree.fromstring(xml)
    for fonts in root.iter(f"{W}rFonts"):
        if layout.east_asian_font:
            fonts.attrib.pop(f"{W}eastAsiaTheme", None)
            fonts.set(f"{W}eastAsia", layout.east_asian_font)
        if layout.complex_script_font:
            fonts.attrib.pop(f"{W}cstheme", None)
            fonts.set(f"{W}cs", layout.complex_script_font)
    defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    if defaults is not None and layout.language:
        lang = defaults.find(f"{W}lang")
        if lang is None:
            lang = _insert(defaults, "lang", _RPR_AFTER_LANG)
        slot = "eastAsia" if layout.east_asian_font else "bidi"
        lang.set(f"{W}{slot}", layout.language)
    if layout.rtl:
        ppr_default = root.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
        if ppr_default is not None and ppr_default.find(f"{W}bidi") is None:
            _insert(ppr_default, "bidi", _PPR_AFTER_BIDI)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def right_to_left(xml: str) -> str:
    """Mark every paragraph and table right-to-left, and every run holding right-to-left text."""
    root = etree.fromstring(xml.encode("utf-8"))
    _right_to_left(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode("utf-8")


def _right_to_left(root: etree._Element) -> None:
    for paragraph in root.iter(f"{W}p"):
        ppr = _first_child(paragraph, "pPr")
        if ppr.find(f"{W}bidi") is None:
            _insert(ppr, "bidi", _PPR_AFTER_BIDI)
    for table in root.iter(f"{W}tbl"):
        tblpr = table.find(f"{W}tblPr")
        if tblpr is not None and tblpr.find(f"{W}bidiVisual") is None:
            _insert(tblpr, "bidiVisual", _TBLPR_AFTER_BIDI)
    # Left-to-right stretches (Latin words, numbers, URLs, telephone numbers, citations) are isolated
    # (LRI ... PDI) so the bidi algorithm keeps their order: without it "+65 9123 4567" reads "4567 9123 65+".
    edit_paragraphs(root, right_to_left_edits)
    for run in root.iter(f"{W}r"):
        texts = list(run.iter(f"{W}t"))
        text = "".join(t.text or "" for t in texts)
        if not _RTL_TEXT.search(text):
            continue
        rpr = _first_child(run, "rPr")
        if rpr.find(f"{W}rtl") is None:
            _insert(rpr, "rtl", _RPR_AFTER_RTL)


def typeset(xml: str, locale: str, layout: Conventions) -> str:
    """The part with its tables laid out from their content (rendering/tables.py), the locale's
    typography (rendering/typesetting.py) and, right-to-left, Word's bidi marks."""
    tables = "<w:tbl>" in xml or "<w:tbl " in xml
    edit = None if layout.rtl else editor(locale, False)
    if not (tables or edit or layout.rtl):
        return xml
    root = etree.fromstring(xml.encode("utf-8"))
    if tables:
        layout_tables(root)
    if layout.rtl:
        _right_to_left(root)
    elif edit is not None:
        edit_paragraphs(root, edit)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode("utf-8")


def _first_child(parent: etree._Element, name: str) -> etree._Element:
    """The properties element (pPr, rPr) that must come first in its parent, created if absent."""
    found = parent.find(f"{W}{name}")
    if found is None:
        found = etree.Element(f"{W}{name}")
        parent.insert(0, found)
    return found


def _insert(parent: etree._Element, name: str, before: tuple[str, ...]) -> etree._Element:
    element = etree.Element(f"{W}{name}")
    for child in parent:
        if etree.QName(child).localname in before:
            child.addprevious(element)
            return element
    parent.append(element)
    return element
