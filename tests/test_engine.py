"""The rendering engine: escaping everywhere, no evaluation of user text, line breaks, caching, reproducibility."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from docxtext import document_text, highlighted_runs, package_parts
from remedies.rendering import engine
from remedies.rendering.engine import Properties, TemplateProblem
from remedies.rendering.missing import Missing

PROPS = Properties(title="T", subject="S", language="en", date="2026-11-20")


@pytest.fixture(scope="module")
def probe_template(tmp_path_factory) -> Path:
    """A tiny template with tags in the body, a table, the header and the footer."""
    document = docx.Document()
    document.add_paragraph("Body: {{ value }}")
    document.add_paragraph("Translated: {{ _('Page') }}")
    document.add_paragraph("Date: {{ when|date }}; list: {{ items|listing }}; country: {{ code|country }}")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Cell"
    table.rows[0].cells[1].text = "{{ value }}"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Header: {{ value }}"
    section.footer.paragraphs[0].text = "Footer: {{ value }}"
    path = tmp_path_factory.mktemp("tpl") / "probe.docx"
    document.save(path)
    return path


def render(path: Path, value, locale: str = "en") -> bytes:
    context = {"value": value, "when": dt.date(2026, 11, 20), "items": ["A", "B", "C"], "code": "SG"}
    return engine.render(path, locale, context, PROPS)


def test_markup_characters_come_out_exactly_as_typed(probe_template):
    typed = 'Tom & Jerry <script>alert("x")</script> > 3 \'quoted\''
    text = document_text(render(probe_template, typed))
    assert f"Body: {typed}" in text
    assert f"Cell | {typed}" in text
    assert f"[header] Header: {typed}" in text
    assert f"[footer] Footer: {typed}" in text


def test_user_text_is_never_evaluated(probe_template):
    for typed in ("{{ 7*7 }}", "{% for x in y %}loop{% endfor %}", "{{ ''.__class__.__mro__ }}", "{%p if x %}"):
        text = document_text(render(probe_template, typed))
        assert f"Body: {typed}" in text
        assert "49" not in text


def test_newlines_become_line_breaks(probe_template):
    data = render(probe_template, "first line\nsecond line")
    body = package_parts(data)["word/document.xml"].decode()
    assert "first line</w:t><w:br/><w:t xml:space=\"preserve\">second line" in body


def test_babel_formats_for_the_locale(probe_template):
    text = document_text(render(probe_template, "x"))
    assert "Date: 20 November 2026; list: A, B and C; country: Singapore" in text


def test_missing_values_are_highlighted_placeholders(probe_template):
    data = render(probe_template, Missing("victim.email"))
    assert "Body: [missing: victim.email]" in document_text(data)
    assert highlighted_runs(data).count("[missing: victim.email]") == 4  # body, table, header, footer


def test_placeholder_cannot_be_forged_by_user_text(probe_template):
    data = render(probe_template, "[missing: victim.email]")
    assert highlighted_runs(data) == []


def test_same_input_gives_identical_bytes(probe_template):
    assert render(probe_template, "same") == render(probe_template, "same")


def test_template_compiled_once_per_locale(probe_template):
    first = engine.compiled(probe_template, "en")
    assert engine.compiled(probe_template, "en") is first


def test_docprops_have_no_tool_or_author_traces(probe_template):
    parts = package_parts(render(probe_template, "x"))
    core = parts["docProps/core.xml"].decode()
    assert "python-docx" not in core and "python-docx" not in parts["docProps/app.xml"].decode()
    assert "<dc:title>T</dc:title>" in core
    assert "2026-11-20T00:00:00Z" in core


def test_broken_template_is_reported_as_template_problem(tmp_path):
    document = docx.Document()
    document.add_paragraph("{{ unclosed ")
    path = tmp_path / "broken.docx"
    document.save(path)
    with pytest.raises(TemplateProblem, match="broken.docx"):
        engine.render(path, "en", {}, PROPS)


def test_sandbox_blocks_unsafe_template_code(tmp_path):
    document = docx.Document()
    document.add_paragraph("{{ value.__class__.__mro__[1].__subclasses__() }}")
    path = tmp_path / "unsafe.docx"
    document.save(path)
    with pytest.raises(Exception) as caught:
        engine.render(path, "en", {"value": "x"}, PROPS)
    assert "unsafe" in str(caught.value).lower() or "access" in str(caught.value).lower()
