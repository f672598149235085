"""Drafting writes what it should and nothing else: no clobbering, reproducible bytes, properties, PDF."""

from __future__ import annotations

import subprocess
import sys

import pytest

from docxtext import package_parts

NAME = "RD-2026-031-court-application-simplified-claim-en.docx"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    from click.testing import CliRunner

    from conftest import SAMPLE
    from remedies.cli import main

    out = tmp_path_factory.mktemp("drafted")
    result = CliRunner().invoke(main, ["draft", str(SAMPLE), "--doc", "court-application", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / NAME


def _draft(cli, sample, out, *extra):
    result = cli("draft", sample, "--doc", "court-application", "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return out / NAME


def test_existing_file_needs_force(cli, sample, tmp_path):
    _draft(cli, sample, tmp_path)
    before = (tmp_path / NAME).read_bytes()
    result = cli("draft", sample, "--doc", "court-application", "--out", tmp_path)
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
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME, NAME.replace(".docx", ".txt")]


def test_document_properties_from_record(drafted):
    core = package_parts(drafted)["docProps/core.xml"].decode()
    assert "Claim in simplified proceedings - RD-2026-031" in core
    assert "2026-11-20T00:00:00Z" in core
    assert "python-docx" not in core


@pytest.fixture(scope="module")
def pdf_text(drafted, soffice, tmp_path_factory):
    from remedies.rendering.output import to_pdf

    target = tmp_path_factory.mktemp("pdf") / "claim.pdf"
    to_pdf(drafted, target)
    result = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return result.stdout


def test_converts_to_pdf(pdf_text):
    assert "Protection from Harassment Court" in pdf_text
    assert "Page 1 of" in pdf_text
    assert "DRAFT" in pdf_text


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
    result = cli("draft", sample, "--doc", "court-application", "--out", tmp_path, "--pdf")
    assert result.exit_code == 1
    assert "--pdf needs LibreOffice, which was not found" in result.output
    assert "REMEDIES_SOFFICE" in result.output
    assert (tmp_path / NAME).exists() and not (tmp_path / NAME).with_suffix(".pdf").exists()


def test_pdf_option_writes_pdf(cli, sample, tmp_path, soffice):
    result = cli("draft", sample, "--doc", "court-application", "--out", tmp_path, "--pdf")
    assert result.exit_code == 0, result.output
    pdf = (tmp_path / NAME).with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
