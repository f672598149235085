"""Authoring helpers for the .docx templates in templates/ (run by tools/build_templates.py).

The templates are ordinary Word files a lawyer can open and edit; this module only writes their first
version with consistent styles: A4, numbered paragraphs, page numbers, repeating table headers.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BODY_FONT = "Times New Roman"
HEADING_FONT = "Arial"


class Builder:
    """A document under construction. Text passed in is template text (Jinja tags allowed)."""

    def __init__(self, *, serif: str = BODY_FONT, sans: str = HEADING_FONT, size: int = 12):
        self.doc = Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.5))
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
        styles = self.doc.styles
        normal = styles["Normal"]
        _font(normal, serif, size)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for level, pts in ((1, 13), (2, 12), (3, 12)):
            style = styles[f"Heading {level}"]
            _font(style, sans, pts, bold=True, color=RGBColor(0x1F, 0x2A, 0x44))
            style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
        title = styles["Title"]
        _font(title, sans, 16, bold=True, color=RGBColor(0x1F, 0x2A, 0x44))
        title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.space_after = Pt(6)
        _drop_border(title)
        subtitle = styles["Subtitle"]
        _font(subtitle, sans, 12, italic=False, color=RGBColor(0x44, 0x44, 0x44))
        subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for name in ("List Number", "List Bullet"):
            _font(styles[name], serif, size)
            styles[name].paragraph_format.space_after = Pt(6)
        for name in ("Header", "Footer"):
            _font(styles[name], sans, 9)
            _drop_tabs(styles[name])  # the stock centre/right stops would catch a short left text
        # Remove the stock first paragraph so the body starts with our content.
        body = self.doc.element.body
        for p in list(body.iterchildren(qn("w:p"))):
            body.remove(p)

    # ---- blocks ----------------------------------------------------------------------------
    def title(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Title")

    def subtitle(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_paragraph(text, style=f"Heading {level}")

    def para(self, text: str = "", *, style: str | None = None, bold: bool = False, italic: bool = False,
             align: str | None = None, size: int | None = None, keep_next: bool = False):
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            run = paragraph.add_run(text)
            run.bold, run.italic = bold or None, italic or None
            if size:
                run.font.size = Pt(size)
        if align:
            paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def runs(self, *parts: tuple[str, str], style: str | None = None):
        """A paragraph of several runs: parts are (text, "b"|"i"|"").'"""
        paragraph = self.doc.add_paragraph(style=style)
        for text, fmt in parts:
            run = paragraph.add_run(text)
            run.bold = "b" in fmt or None
            run.italic = "i" in fmt or None
        return paragraph

    def numbered(self, text: str):
        return self.para(text, style="List Number")

    def bullet(self, text: str):
        return self.para(text, style="List Bullet")

    def tag(self, text: str) -> None:
        """A paragraph holding only a {%p ... %} tag: docxtpl removes it when rendering."""
        self.doc.add_paragraph(text)

    def fields(self, rows: list[tuple[str, str]], widths=(5.0, 11.0)) -> None:
        """A two-column table of labels and values; a row may be a tag row ("{%tr ... %}", "")."""
        table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
            if not label.startswith("{%tr"):
                for run in cells[0].paragraphs[0].runs:
                    run.bold = True
                _shade(cells[0], "F2F2F2")
        _widths(table, widths)
        self.doc.add_paragraph()

    def table(self, header: list[str], row: list[str], loop: str, widths: list[float],
              size: int = 9) -> None:
        """A table with a repeating header row and one templated row repeated by `loop`."""
        table = self.doc.add_table(rows=4, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = table.rows[0]
        _repeat_header(head)
        for cell, text in zip(head.cells, header):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
                run.font.size = Pt(size)
            _shade(cell, "D9E2F3")
        table.rows[1].cells[0].text = "{%tr " + loop + " %}"
        for cell, text in zip(table.rows[2].cells, row):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(size)
        table.rows[3].cells[0].text = "{%tr endfor %}"
        for r in table.rows:
            _no_split(r)
        _widths(table, widths)
        self.doc.add_paragraph()

    def signature(self, lines: list[str]) -> None:
        self.para("")
        self.para("_" * 36, keep_next=True)
        for line in lines:
            self.para(line, keep_next=True)

    # ---- page furniture --------------------------------------------------------------------
    def header(self, left: str, right: str) -> None:
        header = self.doc.sections[0].header
        paragraph = header.paragraphs[0]
        paragraph.text = ""
        _tab_stop(paragraph, Cm(16))
        paragraph.add_run(left)
        paragraph.add_run("\t")
        mark = paragraph.add_run(right)
        mark.bold = True
        mark.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    def footer(self, left: str, page_word: str, of_word: str) -> None:
        footer = self.doc.sections[0].footer
        paragraph = footer.paragraphs[0]
        paragraph.text = ""
        _tab_stop(paragraph, Cm(16))
        paragraph.add_run(left)
        paragraph.add_run("\t" + page_word + " ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" " + of_word + " ")
        _field(paragraph, "NUMPAGES")

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        path.write_bytes(_clean_package(buffer.getvalue()))


# ---- low-level helpers ---------------------------------------------------------------------


def _font(style, name: str, size: int, bold: bool | None = None, italic: bool | None = None,
          color: RGBColor | None = None) -> None:
    style.font.name = name
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(slot), name)
    for slot in ("w:asciiTheme", "w:hAnsiTheme"):
        if fonts.get(qn(slot)) is not None:
            del fonts.attrib[qn(slot)]


def _drop_border(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _drop_tabs(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for tabs in ppr.findall(qn("w:tabs")):
        ppr.remove(tabs)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), fill)
    tcpr.append(shade)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    trpr.append(flag)


def _no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.insert(0, OxmlElement("w:cantSplit"))


def _widths(table, widths) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)


def _tab_stop(paragraph, position) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    paragraph.paragraph_format.tab_stops.add_tab_stop(position, WD_TAB_ALIGNMENT.RIGHT)


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, text, end):
        run._r.append(element)


_NEUTRAL_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    b'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    b"<dc:title></dc:title><dc:creator></dc:creator><cp:revision>1</cp:revision></cp:coreProperties>"
)


def _clean_package(data: bytes) -> bytes:
    """Drop the stock thumbnail and generator traces from a freshly saved package."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            name = info.filename
            if name == "docProps/thumbnail.jpeg":
                continue
            content = source.read(name)
            if name == "_rels/.rels":
                content = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", content)
            elif name == "[Content_Types].xml":
                content = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", content)
            elif name == "docProps/core.xml":
                content = _NEUTRAL_CORE
            zinfo = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(zinfo, content)
    return output.getvalue()
