"""Read what a .docx says, as a reader would: body paragraphs and tables in order, then headers and footers."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Union

import docx
from docx.document import Document as DocumentObject
from docx.table import Table
from docx.text.paragraph import Paragraph

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_docx(source: Union[str, Path, bytes]) -> DocumentObject:
    if isinstance(source, bytes):
        return docx.Document(io.BytesIO(source))
    return docx.Document(str(source))


def _blocks(parent) -> list[str]:
    lines = []
    for child in parent.iter_inner_content():
        if isinstance(child, Paragraph):
            lines.append(child.text)
        elif isinstance(child, Table):
            for row in child.rows:
                cells = []
                for cell in row.cells:
                    cells.append(" / ".join(p.text for p in cell.paragraphs))
                lines.append(" | ".join(cells))
    return lines


def document_text(source: Union[str, Path, bytes]) -> str:
    """Body text (paragraphs and table rows in document order), then each header and footer."""
    document = open_docx(source)
    lines = _blocks(document)
    for section in document.sections:
        for part in (section.header, section.footer):
            lines.extend("[" + ("header" if part is section.header else "footer") + "] " + t
                         for t in _blocks(part) if t.strip())
    return "\n".join(lines)


def package_parts(source: Union[str, Path, bytes]) -> dict[str, bytes]:
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def highlighted_runs(source: Union[str, Path, bytes]) -> list[str]:
    """Texts of highlighted runs in the body, headers and footers: where [missing: ...] placeholders show."""
    from lxml import etree

    found = []
    for name, data in sorted(package_parts(source).items()):
        if not re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
            continue
        for element in etree.fromstring(data).iter(f"{W}r"):
            rpr = element.find(f"{W}rPr")
            if rpr is not None and rpr.find(f"{W}highlight") is not None:
                found.append("".join(t.text or "" for t in element.iter(f"{W}t")))
    return found
