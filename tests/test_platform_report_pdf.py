"""The platform report and the DSA notice open and lay out in LibreOffice (one conversion each)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner
from conftest import SAMPLE

from remedies.cli import main
from remedies.i18n.extract import messages
from remedies.rendering.output import to_pdf
from remedies.rendering.resources import templates_dir

REF = "RD-2026-031"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, soffice):
    folder = tmp_path_factory.mktemp("pdf")
    sample = SAMPLE.read_text(encoding="utf-8")
    record = folder / "record.yaml"
    record.write_text(sample.replace("  dsa_notice: false", "  dsa_notice: true"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(record), "--doc", "platform-report", "--doc", "dsa-notice",
                                       "--out", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    found = {}
    for name in (f"{REF}-platform-report-x-en", f"{REF}-dsa-notice-telegram-en"):
        to_pdf(folder / f"{name}.docx", folder / f"{name}.pdf")
        found[name] = folder / f"{name}.pdf"
    return found


def pdf_text(path) -> str:
    """The PDF's text with all whitespace collapsed: where LibreOffice wraps a line or a table cell
    depends on its version and fonts, so no assertion may depend on it."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.replace("\u00ad", "").split())


def words_of(text: str) -> str:
    """Letters and digits only, one space apart: a phrase still matches when a cell breaks it."""
    import re

    return " ".join(re.findall(r"\w+", text))


@pytest.mark.libreoffice
def test_report_pdf_reads_as_a_report(pdfs):
    text = pdf_text(pdfs[f"{REF}-platform-report-x-en"])
    assert "Report to X" in text
    # Policy names sit in narrow table cells: compare words only, whatever the line breaks.
    squeezed = words_of(text).replace(" ", "")
    assert "PrivateInformation" in squeezed and "MisleadingandDeceptiveIdentities" in squeezed
    assert "DRAFT - CHECK BEFORE SENDING" in text
    assert "Page 1 of" in text


@pytest.mark.libreoffice
def test_notice_pdf_carries_the_elements(pdfs):
    text = pdf_text(pdfs[f"{REF}-dsa-notice-telegram-en"])
    squeezed = words_of(text).replace(" ", "")
    for heading in ("(a) Why the content is illegal", "(b) Exact location of the content", "(c) Notifier",
                    "(d) Statement of good faith", "What the platform must do next"):
        assert words_of(heading).replace(" ", "") in squeezed


@pytest.mark.parametrize("template,title", [("platform-report.docx", "Report to"),
                                            ("dsa-notice.docx", "Notice of illegal content")])
def test_template_text_is_translatable(template, title):
    found = messages(templates_dir() / template)
    assert title in found
    assert not [m for m in found if set(m) & set("&<>")]
