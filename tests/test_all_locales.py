"""Every document in every shipped locale: drafted, converted to PDF, real text in the right script."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, SAMPLE
from docxtext import package_parts
from remedies.cli import main
from remedies.documents import REGISTRY
from remedies.rendering.resources import available_locales

LOCALES = available_locales()
SCRIPTS = {
    "ar": ("[\u0600-\u06ff]", "NotoNaskhArabic"),
    "zh_Hans": ("[\u4e00-\u9fff]", "NotoSansCJK"),
    "th": ("[\u0e00-\u0e7f]", "NotoSansThai"),
    "ta": ("[\u0b80-\u0bff]", "NotoSansTamil"),
}


def test_the_ten_locales_ship():
    assert set(LOCALES) >= {"en", "fr", "es", "ar", "zh_Hans", "ms", "id", "th", "vi", "ta"}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> Path:
    """All documents, all locales: the sample (with a DSA notice) and the detention example (WGAD, challenge)."""
    out = tmp_path_factory.mktemp("all")
    sample = out / "sample.yaml"
    sample.write_text(SAMPLE.read_text(encoding="utf-8").replace("dsa_notice: false", "dsa_notice: true"),
                      encoding="utf-8")
    # WGAD and the challenge need a detention or a law used against expression; the HRC complaint a State
    # party to the Optional Protocol (Nepal, not Singapore).
    detention_only = ("wgad", "domestic-challenge", "hrc-complaint")
    runs = [(sample, [name for name in REGISTRY if name not in detention_only]),
            (EXAMPLES / "detention-record.yaml", list(detention_only))]
    for record, names in runs:
        args = ["draft", str(record), "--out", str(out)]
        for name in names:
            args += ["--doc", name]
        for locale in LOCALES:
            args += ["--locale", locale]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return out


def _documents(folder: Path, locale: str) -> list[Path]:
    return sorted(folder.glob(f"*-{locale}.docx"))


@pytest.mark.parametrize("locale", LOCALES)
def test_every_document_drafts(drafted, locale):
    names = {p.name for p in _documents(drafted, locale)} | {p.name for p in drafted.glob(f"*-{locale}.zip")}
    for document in REGISTRY:  # a package (the press kit) is a .zip
        assert any(f"-{document}-" in n for n in names), f"{document} missing in {locale}"


def test_arabic_paragraphs_are_right_to_left(drafted):
    for path in _documents(drafted, "ar"):
        body = package_parts(path)["word/document.xml"].decode()
        paragraphs = re.findall(r"<w:p[ >].*?</w:p>", body, flags=re.S)
        assert paragraphs and all("<w:bidi/>" in p for p in paragraphs), path.name
        assert re.search(r"<w:rtl/>", body), path.name


@pytest.fixture(scope="module")
def pdfs(drafted, soffice) -> Path:
    """One LibreOffice run converts every document."""
    target = drafted / "pdf"
    target.mkdir()
    files = [str(p) for p in sorted(drafted.glob("*.docx"))]
    result = subprocess.run([soffice, f"-env:UserInstallation={(drafted / 'profile').as_uri()}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(target), *files],
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr
    return target


def _pdf_text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return result.stdout


def _pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout


@pytest.mark.parametrize("locale", LOCALES)
def test_every_document_converts_to_pdf(drafted, pdfs, locale):
    for docx in _documents(drafted, locale):
        pdf = pdfs / (docx.stem + ".pdf")
        assert pdf.exists(), f"{docx.name} did not convert"
        assert len(_pdf_text(pdf).strip()) > 200, docx.name


@pytest.mark.parametrize("locale", sorted(SCRIPTS))
def test_script_text_is_real_text_in_its_font(drafted, pdfs, locale):
    pattern, font = SCRIPTS[locale]
    for docx in _documents(drafted, locale):
        pdf = pdfs / (docx.stem + ".pdf")
        text = _pdf_text(pdf)
        assert len(re.findall(pattern, text)) >= 40, f"{docx.name}: too little {locale} text in the PDF"
        fonts = _pdf_fonts(pdf)
        if "Noto" not in subprocess.run(["fc-list"], capture_output=True, text=True).stdout:
            pytest.skip("the Noto fonts are not installed")
        assert font in fonts.replace(" ", ""), f"{docx.name}: {font} not used\n{fonts}"
