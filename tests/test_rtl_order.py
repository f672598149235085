"""Arabic documents read in the right order on the page: telephone numbers, dates, times, section
citations, parenthesised ids and the age, in LibreOffice's PDF against python-bidi (tests/bidi_order.py)."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from bidi import get_display
from bidi_order import found_in, normal, paragraphs, pdf_lines, visual_probes
from click.testing import CliRunner
from conftest import SAMPLE

from remedies.cli import main
from remedies.rendering.output import to_pdf
from remedies.rendering.typesetting import FSI, LRI, PDI, right_to_left_edits


def _apply(text: str) -> str:
    edits = right_to_left_edits(text)
    return "".join(edits.get(i, ch) for i, ch in enumerate(text))


@pytest.fixture(scope="module")
def arabic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ar")
    result = CliRunner().invoke(main, ["draft", str(SAMPLE), "--all", "--locale", "ar", "--out", str(folder)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    documents = sorted(folder.glob("*.docx"))
    assert len(documents) >= 6, [d.name for d in documents]
    return documents


def test_every_inserted_value_is_isolated(arabic):
    """The telephone and the dates are in isolates in the .docx itself (what Word reads too)."""
    text = "\n".join(p for d in arabic for p in paragraphs(d))
    assert f"{FSI}+65 6222 0101{PDI}" in text
    assert f"{LRI}2026{PDI}" in text
    # python-bidi: the telephone reads left to right inside the right-to-left line.
    line = next(p for d in arabic for p in paragraphs(d) if "6222 0199" in p)
    assert "+6562220199" in normal(get_display(line, base_dir="R"))


def test_stretches_keep_their_brackets_paired():
    # The ids inside an Arabic parenthesis are isolated without the closing bracket, and read as one
    # left-to-right list.
    assert _apply("(الوقائع I1، I3)") == f"(الوقائع {LRI}{LRI}I1{PDI}، {LRI}I3{PDI}{PDI})"
    # Values that make one English citation together read as one phrase, its brackets inside it.
    cited = f"{FSI}Protection from Harassment Act 2014{PDI} ({FSI}s 3(1)(c){PDI}، {FSI}s 5(1A){PDI})"
    assert _apply(cited) == f"{LRI}{cited}{PDI}"
    assert _apply("إصدار Protection Order (s 12(2)).") == f"إصدار {LRI}Protection Order (s 12(2)){PDI}."
    assert _apply("(العمر: 37)") == f"(العمر: {LRI}37{PDI})"
    # A value already isolated whole is not isolated again; a comma between Arabic items is Arabic.
    assert _apply(f"{FSI}+65 9123 4567{PDI}") == f"{FSI}+65 9123 4567{PDI}"
    assert _apply(f"سبتمبر, {FSI}X{PDI}") == f"سبتمبر\u060c {FSI}X{PDI}"


@pytest.mark.libreoffice
def test_pdf_reads_in_the_order_python_bidi_gives(arabic, soffice):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is not installed")
    kinds: Counter = Counter()
    wrong = []
    for document in arabic:
        pdf = document.with_suffix(".pdf")
        to_pdf(document, pdf)
        rows = pdf_lines(pdf)
        for paragraph in paragraphs(document):
            for probe in visual_probes(paragraph):
                kinds[probe.kind] += 1
                if not found_in(probe, rows):
                    wrong.append(f"{document.name}: {probe.kind}: {probe.logical!r} should read {probe.shown}")
    assert not wrong, "\n".join(wrong)
    # The sample holds every kind of value the documents were found to garble.
    for kind in ("telephone", "date", "numeric date", "time", "section citation", "ids", "age",
                 "act with its sections"):
        assert kinds[kind] > 0, (kind, kinds)
