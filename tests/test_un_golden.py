"""Golden text of every UN filing for both examples in en, fr and es; each opens in Word and converts to PDF.

To accept a deliberate change, regenerate the snapshots and review the diff:
    REMEDIES_UPDATE_GOLDEN=1 python -m pytest tests/test_un_golden.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docxtext import document_text, open_docx
from unfilings import DETENTION, LOCALES, SAMPLE, UN_DOCUMENTS

from remedies import drafting
from remedies.record import load

GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = {"sample": SAMPLE, "detention": DETENTION}
UPDATE = os.environ.get("REMEDIES_UPDATE_GOLDEN") == "1"


def _jobs():
    """(golden name, job) for every document that applies; WGAD does not apply to the sample."""
    found = []
    for label, path in EXAMPLES.items():
        record = load(path).record
        for job in drafting.plan(record, list(UN_DOCUMENTS), list(LOCALES)):
            found.append((f"{job.document.name}-{label}-{job.locale}", job))
    return found


JOBS = _jobs()
RENDERED = {name: drafting.render(job) for name, job in JOBS if job.draft is not None}


def test_every_document_is_drafted_in_every_language_except_those_the_sample_cannot_have():
    """WGAD: no detention. HRC: Singapore is not a party to the Optional Protocol."""
    skipped = sorted(name for name, job in JOBS if job.draft is None)
    assert skipped == ["hrc-complaint-sample-en", "hrc-complaint-sample-es", "hrc-complaint-sample-fr",
                       "wgad-sample-en", "wgad-sample-es", "wgad-sample-fr"]
    assert len(RENDERED) == 12


@pytest.mark.parametrize("name", sorted(RENDERED))
def test_golden_text(name):
    text = document_text(RENDERED[name]) + "\n"
    path = GOLDEN / f"{name}.txt"
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist and was written; review and commit it")
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from {path.name}; if the change is intended, rerun with REMEDIES_UPDATE_GOLDEN=1")


@pytest.mark.parametrize("name", sorted(RENDERED))
def test_opens_in_python_docx_with_language_set(name):
    document = open_docx(RENDERED[name])
    assert document.core_properties.language == name.rsplit("-", 1)[1]
    assert len(document.paragraphs) > 20


@pytest.fixture(scope="module")
def pdfs(soffice, tmp_path_factory):
    """Every document converted in one LibreOffice run (one start-up for all of them)."""
    folder = tmp_path_factory.mktemp("un-pdf")
    for name, data in RENDERED.items():
        (folder / f"{name}.docx").write_bytes(data)
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder),
                    *sorted(str(folder / f"{name}.docx") for name in RENDERED)],
                   check=True, capture_output=True, timeout=300)
    return folder


@pytest.mark.libreoffice
def test_every_document_converts_to_pdf(pdfs):
    for name in RENDERED:
        pdf = pdfs / f"{name}.pdf"
        assert pdf.exists(), name
        assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.libreoffice
def test_the_french_wgad_pdf_reads_in_french(pdfs):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdftotext = subprocess.run(["pdftotext", "-layout", str(pdfs / "wgad-detention-fr.pdf"), "-"],
                               capture_output=True, text=True, check=True)
    assert "Groupe de travail sur la détention arbitraire" in pdftotext.stdout
    assert "2 juillet 2026" in pdftotext.stdout
