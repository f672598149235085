"""Build .docx fixtures with a term planted in one place: body, table, header, hyperlink, docProps, alt text."""

from __future__ import annotations

import base64
import io
import zipfile

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# A 1x1 transparent PNG.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

PLACES = ("body", "split-runs", "table", "header", "hyperlink", "docprops", "alt-text")

# Where each place shows up in the package.
PART_OF = {
    "body": "word/document.xml",
    "split-runs": "word/document.xml",
    "table": "word/document.xml",
    "header": "word/header",
    "hyperlink": "word/_rels/document.xml.rels",
    "docprops": "docProps/core.xml",
    "alt-text": "word/document.xml",
}


def _base() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("A press release about an online harm, with nothing identifying in it.")
    return document


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def clean() -> bytes:
    return _save(_base())


def plant(term: str, place: str) -> bytes:
    """A small .docx with `term` in exactly one place."""
    document = _base()
    if place == "body":
        document.add_paragraph(f"The survivor, {term}, spoke to us.")
    elif place == "split-runs":
        paragraph = document.add_paragraph("The survivor, ")
        middle = max(1, len(term) // 2)
        first = paragraph.add_run(term[:middle])
        first.bold = True
        second = paragraph.add_run(term[middle:])
        second.italic = True
        paragraph.add_run(", spoke to us.")
    elif place == "table":
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Who"
        table.cell(1, 1).text = term
    elif place == "header":
        document.sections[0].header.paragraphs[0].text = f"Press release - {term}"
    elif place == "hyperlink":
        target = term if term.startswith(("http://", "https://")) else f"https://example.net/{term}"
        paragraph = document.add_paragraph("Read more ")
        rid = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rid)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "here"
        run.append(text)
        link.append(run)
        paragraph._p.append(link)
    elif place == "docprops":
        document.core_properties.title = f"Press release {term}"
    elif place == "alt-text":
        document.add_picture(io.BytesIO(PIXEL))
        drawing = document.element.body.findall(".//" + qn("wp:docPr"))[-1]
        drawing.set("descr", f"Photograph of {term}")
        drawing.set("name", "Picture 1")
    else:
        raise ValueError(place)
    return _save(document)


def replace_in_part(data: bytes, part: str, old: bytes, new: bytes) -> bytes:
    """A copy of the package with `old` replaced by `new` in one member (a zip edit)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == part:
                assert old in content, f"{old!r} not in {part}"
                content = content.replace(old, new)
            target.writestr(info, content)
    return output.getvalue()
