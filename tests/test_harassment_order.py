"""The Singapore protection-order application drafted from the sample record."""

from __future__ import annotations

import subprocess
import sys

import pytest

from docxtext import document_text, highlighted_runs, open_docx, package_parts
from golden import assert_matches_golden
from remedies.documents.harassment_order import provisions_engaged, profile
from remedies.record import load

NAME = "RD-2026-031-harassment-order-en.docx"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    from click.testing import CliRunner

    from conftest import SAMPLE
    from remedies.cli import main

    out = tmp_path_factory.mktemp("drafted")
    result = CliRunner().invoke(main, ["draft", str(SAMPLE), "--doc", "harassment-order", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / NAME


def test_golden_snapshot(drafted):
    assert_matches_golden("harassment-order-en", document_text(drafted))


def test_sections_in_order(drafted):
    text = document_text(drafted)
    headings = ["The parties", "Applicant", "Respondents", "Relationship between the parties",
                "Provisions contravened", "Chronology of the conduct", "The conduct is likely to continue",
                "Urgency: why an Expedited Protection Order is needed", "Orders sought", "List of exhibits",
                "Statement of truth"]
    positions = [text.index("\n" + h + "\n") for h in headings]
    assert positions == sorted(positions)


def test_word_styles_and_page_setup(drafted):
    document = open_docx(drafted)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Number", "List Bullet"} <= styles
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    footer = package_parts(drafted)["word/footer1.xml"].decode()
    assert "PAGE" in footer and "NUMPAGES" in footer
    body = package_parts(drafted)["word/document.xml"].decode()
    assert body.count("<w:tblHeader/>") == 2  # chronology and exhibits repeat their header rows


def test_draft_marking_and_final(cli, sample, tmp_path):
    text = document_text(_draft(cli, sample, tmp_path / "d"))
    assert "DRAFT - NOT FOR FILING" in text
    final = _draft(cli, sample, tmp_path / "f", "--final")
    assert "DRAFT" not in document_text(final)


def _draft(cli, sample, out, *extra):
    result = cli("draft", sample, "--doc", "harassment-order", "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return out / NAME


def test_provisions_follow_from_harms(sample):
    record = load(sample).record
    engaged = {p["cite"]: p["incidents"] for p in provisions_engaged(record, profile(record))}
    assert engaged["s 3(1)(c)"] == ["I1"]  # doxxing
    assert engaged["s 5(1A)"] == ["I1", "I2"]  # doxxing with threats by the same respondent
    assert engaged["s 5"] == ["I2"]  # threats
    assert engaged["s 4"] == ["I1", "I3"]  # harassment
    assert "s 7" not in engaged  # no stalking


def test_stalking_engages_section_7(record_file):
    record = load(record_file(lambda t: t.replace("harms: [threats]", "harms: [stalking]"))).record
    cites = [p["cite"] for p in provisions_engaged(record, profile(record))]
    assert "s 7" in cites and "s 5" not in cites
    assert "s 5(1A)" in cites  # still relied on: the record's legal.laws_applied cites it


def test_chronology_and_exhibits(drafted):
    text = document_text(drafted)
    assert "https://x.com/truth_patrol_sg/status/1834567890123456789" in text
    assert "3f5a9c0e1d2b4a6f8e7d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f" in text
    assert "Doxxing (publication of identity information) and Harassment" in text


def test_minor_needs_litigation_representative(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("is_minor: false", "is_minor: true"))
    result = cli("draft", path, "--doc", "harassment-order", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "victim.litigation_representative.name" in result.output
    data = (tmp_path / NAME).read_bytes()
    assert "Litigation representative (the applicant is a minor)" in document_text(data)
    assert "[missing: victim.litigation_representative.name]" in highlighted_runs(data)


def test_missing_data_placeholders_and_strict(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("    The account posted again on 2 October 2026 after the police report, and the channel still\n"
                                           "    shows the address.\n", "").replace("likely_to_continue_because: >-", "likely_to_continue_because:"))
    result = cli("draft", path, "--doc", "harassment-order", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "has placeholders for: impact.likely_to_continue_because" in result.output
    assert "[missing: impact.likely_to_continue_because]" in highlighted_runs(tmp_path / NAME)

    strict_out = tmp_path / "strict"
    result = cli("draft", path, "--doc", "harassment-order", "--out", strict_out, "--strict")
    assert result.exit_code == 3
    assert "cannot be written, missing: impact.likely_to_continue_because" in result.output
    assert not strict_out.exists() or list(strict_out.iterdir()) == []


def test_existing_file_needs_force(cli, sample, tmp_path):
    _draft(cli, sample, tmp_path)
    before = (tmp_path / NAME).read_bytes()
    result = cli("draft", sample, "--doc", "harassment-order", "--out", tmp_path)
    assert result.exit_code == 1
    assert "already exists; use --force to replace it" in result.output
    assert (tmp_path / NAME).read_bytes() == before
    assert cli("draft", sample, "--out", tmp_path, "--force").exit_code == 0


def test_unwritable_output_folder(cli, sample, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    result = cli("draft", sample, "--out", blocked / "sub")
    assert result.exit_code == 1
    assert "error: " in result.output and "output folder cannot be created" in result.output
    assert "Traceback" not in result.output


def test_read_only_output_folder(cli, sample, tmp_path):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere; covered by the folder-is-a-file case")
        result = cli("draft", sample, "--out", locked)
        assert result.exit_code == 1 and "not writable" in result.output
    finally:
        locked.chmod(0o700)


def test_two_runs_identical_bytes(cli, sample, tmp_path):
    first = _draft(cli, sample, tmp_path / "one").read_bytes()
    second = _draft(cli, sample, tmp_path / "two").read_bytes()
    assert first == second


def test_no_temporary_files_left(cli, sample, tmp_path):
    _draft(cli, sample, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_document_properties_from_record(drafted):
    core = package_parts(drafted)["docProps/core.xml"].decode()
    assert "Application for a Protection Order - RD-2026-031" in core
    assert "2026-11-20T00:00:00Z" in core
    assert "python-docx" not in core


@pytest.fixture(scope="module")
def pdf_text(drafted, soffice, tmp_path_factory):
    from remedies.rendering.output import to_pdf

    target = tmp_path_factory.mktemp("pdf") / "application.pdf"
    to_pdf(drafted, target)
    result = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return result.stdout


def test_converts_to_pdf(pdf_text):
    assert "Protection from Harassment Court" in pdf_text
    assert "Page 1 of" in pdf_text
    assert "DRAFT - NOT FOR FILING" in pdf_text


def test_runs_as_a_module_from_another_folder(sample, tmp_path):
    result = subprocess.run([sys.executable, "-m", "remedies", "draft", str(sample), "--out", "here"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "here" / NAME).exists()


def test_pdf_option_without_libreoffice_says_so(cli, sample, tmp_path, monkeypatch):
    import remedies.rendering.output as output

    monkeypatch.setattr(output.shutil, "which", lambda name: None)
    monkeypatch.setattr(output, "_standard_places", lambda: [])
    monkeypatch.delenv("REMEDIES_SOFFICE", raising=False)
    result = cli("draft", sample, "--doc", "harassment-order", "--out", tmp_path, "--pdf")
    assert result.exit_code == 1
    assert "--pdf needs LibreOffice, which was not found" in result.output
    assert "REMEDIES_SOFFICE" in result.output
    assert (tmp_path / NAME).exists() and not (tmp_path / NAME).with_suffix(".pdf").exists()


def test_pdf_option_writes_pdf(cli, sample, tmp_path, soffice):
    result = cli("draft", sample, "--doc", "harassment-order", "--out", tmp_path, "--pdf")
    assert result.exit_code == 0, result.output
    pdf = (tmp_path / NAME).with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
