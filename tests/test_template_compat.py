"""docxtpl's template features, in this project's own small templates, render as plain docxtpl renders them."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docxtpl import DocxTemplate

from docxtext import document_text, package_parts
from remedies.rendering import engine
from remedies.rendering.engine import Properties
from wordedit import read_parts, wordify, write_parts

PROPS = Properties(title="T", subject="S", language="en", date="2026-11-20")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def features_document() -> docx.Document:
    """One of each feature docxtpl users rely on, typed as a lawyer would type it in Word."""
    document = docx.Document()
    add = document.add_paragraph
    add('Name: {{ name|default("n/a") }}')
    add("Title: {{ title|default(\u201cUntitled\u201d) }}")
    add("{% if name == \u2018Ana\u2019 %}Ana is here{% else %}Someone else is here{% endif %}")
    add("Joined: {{ items|join(', ') }}; count: {{ items|length }}")
    add("{% if items|length > 1 %}Several items{% endif %}")
    add("Literal: {_{ name }_} and {_% if x %_}")
    add("{%p if show %}")
    add("A paragraph shown only when asked")
    add("{%p endif %}")
    add("{%p for item in items %}")
    add("Item {{ loop.index }}: {{ item }}")
    add("{%p endfor %}")
    rows = document.add_table(rows=4, cols=2)
    rows.rows[0].cells[0].text, rows.rows[0].cells[1].text = "Person", "Role"
    rows.rows[1].cells[0].text = "{%tr for p in people %}"
    rows.rows[2].cells[0].text, rows.rows[2].cells[1].text = "{{ p.name }}", '{{ p.role|default("none") }}'
    rows.rows[3].cells[0].text = "{%tr endfor %}"
    cells = document.add_table(rows=1, cols=3)
    cells.rows[0].cells[0].text = '{%tc for c in ["alpha", "beta"] %}'
    cells.rows[0].cells[1].text = "{{ c|upper }}"
    cells.rows[0].cells[2].text = "{%tc endfor %}"
    add("Footnote follows.")
    section = document.sections[0]
    section.header.paragraphs[0].text = 'Header: {{ ref|default("no reference") }}'
    section.footer.paragraphs[0].text = "Footer: {{ \"Page\" }} {{ page }} {{ 'of' }} {{ pages }}"
    return document


_FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Source: {{ source|default(&quot;unknown&quot;) }}'
    '</w:t></w:r></w:p></w:footnote></w:footnotes>'
)


def with_footnote(path: Path) -> Path:
    """python-docx writes no footnotes part; add one, with its reference, content type and relationship."""
    parts = read_parts(path)
    body = parts["word/document.xml"].decode()
    body = body.replace("<w:t>Footnote follows.</w:t></w:r>",
                        '<w:t>Footnote follows.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>')
    parts["word/document.xml"] = body.encode()
    parts["word/footnotes.xml"] = _FOOTNOTES.encode()
    types = parts["[Content_Types].xml"].decode().replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["word/_rels/document.xml.rels"].decode().replace("</Relationships>", (
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/></Relationships>'))
    parts["word/_rels/document.xml.rels"] = rels.encode()
    return write_parts(parts, path)


def as_word_saves_it(path: Path) -> Path:
    parts = read_parts(path)
    for name in list(parts):
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            parts[name] = wordify(parts[name].decode(), page_every=3).encode()
    return write_parts(parts, path)


@pytest.fixture(scope="module")
def features(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("compat") / "features.docx"
    features_document().save(path)
    return as_word_saves_it(with_footnote(path))


CONTEXTS = [
    {"name": "Ana", "title": "Report", "items": ["one", "two", "three"], "show": True, "ref": "RD-1",
     "people": [{"name": "Lee", "role": "counsel"}, {"name": "Mo"}], "page": 1, "pages": 2, "source": "court file"},
    {"name": "Ben", "items": ["solo"], "show": False, "people": [], "page": 3, "pages": 3},
]


def full_text(data: bytes) -> str:
    notes = package_parts(data).get("word/footnotes.xml", b"").decode()
    return document_text(data) + "\n[footnotes] " + "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", notes))


def with_docxtpl(path: Path, context: dict) -> bytes:
    template = DocxTemplate(str(path))
    template.render(context, autoescape=True)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def test_the_template_is_stored_as_word_stores_it(features):
    xml = read_parts(features)["word/document.xml"].decode()
    assert "&quot;" in xml and "\u201c" in xml and "\u2018" in xml
    assert '<w:proofErr w:type="spellStart"/>' in xml
    notes = read_parts(features)["word/footnotes.xml"].decode()
    assert ("&quot;" in notes or "\u201c" in notes) and "spellStart" in notes


@pytest.mark.parametrize("context", CONTEXTS, ids=["full", "sparse"])
def test_text_is_what_docxtpl_renders(features, context):
    ours = full_text(engine.render(features, "en", context, PROPS))
    theirs = full_text(with_docxtpl(features, context))
    assert ours == theirs


def test_what_each_feature_gives(features):
    text = " ".join(full_text(engine.render(features, "en", CONTEXTS[0], PROPS)).split())
    for expected in ("Name: Ana", "Title: Report", "Ana is here", "Joined: one, two, three; count: 3",
                     "Several items", "Literal: {{ name }} and {% if x %}", "A paragraph shown only when asked",
                     "Item 1: one", "Item 3: three", "Lee | counsel", "Mo | none", "ALPHA | BETA",
                     "[header] Header: RD-1", "[footer] Footer: Page 1 of 2", "[footnotes] Source: court file"):
        assert expected in text, expected
    sparse = " ".join(full_text(engine.render(features, "en", CONTEXTS[1], PROPS)).split())
    for expected in ("Name: Ben", "Title: Untitled", "Someone else is here", "[header] Header: no reference",
                     "[footnotes] Source: unknown"):
        assert expected in sparse, expected
    assert "shown only when asked" not in sparse and "Several items" not in sparse


def test_one_compiled_template_renders_many_times_as_docxtpl_does(features):
    compiled = engine.compiled(features, "en")
    for context in CONTEXTS + CONTEXTS[::-1]:
        assert engine.compiled(features, "en") is compiled
        assert full_text(compiled.render(context, PROPS)) == full_text(with_docxtpl(features, context))


def _one_paragraph(tmp_path: Path, raw_text: str, name: str = "t.docx") -> Path:
    """A template whose paragraph is exactly `raw_text` as stored in the XML (entities and all)."""
    path = tmp_path / name
    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    document.save(path)
    parts = read_parts(path)
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"PLACEHOLDER", raw_text.encode())
    return write_parts(parts, path)


@pytest.mark.parametrize("stored, expected", [
    ("{{ x|default(&#34;numeric&#34;) }}", "numeric"),  # numeric character references
    ("{{ x|default(&#x201C;hex&#x201D;) }}", "hex"),
    ("{{ x|default(\u00ab\u00a0guillemets\u00a0\u00bb) }}", "guillemets"),  # French AutoFormat
    ("{{\u00a0x|default('nbsp')\u00a0}}", "nbsp"),  # French AutoCorrect's non-breaking spaces
    ("{{ x|default('keeps\u00a0its space') }}", "keeps\u00a0its space"),  # inside a string it is text
    ("{{ 'Smith &amp; Jones' }}", "Smith & Jones"),  # an ampersand in a quoted string is one character
    ("{% if 2 &gt; 1 %}greater{% endif %}", "greater"),
    ("{_</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>{ split }_} literal", "{{ split }} literal"),
])
def test_what_word_stores_beyond_docxtpl(tmp_path, stored, expected):
    path = _one_paragraph(tmp_path, stored)
    assert document_text(engine.render(path, "en", {}, PROPS)).strip() == expected


def test_normalising_never_touches_rendered_values(tmp_path):
    path = _one_paragraph(tmp_path, "{{ value }}|{{ _(&quot;Page&quot;) }}")
    for typed in ("He said \u201chi\u201d &quot; 'x'", "{_{ 7*7 }_} {_% if %_}", "\u00ab\u00a0quoted\u00a0\u00bb"):
        text = document_text(engine.render(path, "en", {"value": typed}, PROPS))
        assert text.strip() == f"{typed}|Page"


def test_a_template_without_tags_is_left_alone(tmp_path):
    path = _one_paragraph(tmp_path, "Curly \u201cquotes\u201d, &amp; and {_ underscores _} stay as typed")
    assert document_text(engine.render(path, "en", {}, PROPS)).strip() == (
        "Curly \u201cquotes\u201d, & and {_ underscores _} stay as typed")


def test_the_rendered_package_is_valid_xml_everywhere(features):
    from lxml import etree

    data = engine.render(features, "en", CONTEXTS[0], PROPS)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                etree.fromstring(package.read(name))
