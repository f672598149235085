"""The verifier finds each kind of identifying term wherever it is planted in a .docx, and says where."""

from __future__ import annotations

import pytest

import planted
from remedies.checks.redaction import scan_record
from remedies.checks.redaction.terms import KIND_WORDS
from remedies.record import load

FAMILY = """  family_members:
    - name: Rajesh Kumar
      relationship: husband
      phone: "+65 8765 4321"
  is_minor: false
"""

# One planted value of each kind, taken from the sample record (plus a family member).
PLANTED = {
    "name": "Mei Ling Tan",
    "handle": "@meiling_speaks",
    "url": "https://www.instagram.com/meiling.tan/",
    "email": "meiling.tan@example.org",
    "phone": "+65 9123 4567",
    "id_number": "S9412345D",
    "address": "Block 412 Jurong West Street 42",
    "postal_code": "640412",
    "date_of_birth": "2 March 1994",
    "employer": "Harbourfront Community Legal Clinic",
    "family": "Rajesh Kumar",
    "evidence_file": "E1-post-2026-09-14.png",
    "case_reference": "E/20260915/0042",
    "also_redact": "Jurong West",
}


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    from conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8").replace("  is_minor: false\n", FAMILY)
    path = tmp_path_factory.mktemp("record") / "record.yaml"
    path.write_text(text, encoding="utf-8")
    return load(path).record


def test_a_clean_document_passes(record):
    result = scan_record(planted.clean(), record)
    assert result.clean
    assert result.terms > 30 and result.parts >= 5


@pytest.mark.parametrize("place", planted.PLACES)
@pytest.mark.parametrize("kind", list(PLANTED))
def test_each_kind_is_found_in_each_place(record, kind, place):
    result = scan_record(planted.plant(PLANTED[kind], place), record)
    kinds = {f.term.kind for f in result.findings}
    assert kind in kinds, [f.sentence() for f in result.findings]
    parts = {f.part for f in result.findings if f.term.kind == kind}
    assert any(part.startswith(planted.PART_OF[place]) for part in parts), parts


@pytest.mark.parametrize("variant", [
    "TAN MEI LING", "Tan  Mei-Ling", "M. L. Tan", "tan\u200bmei\u00adling", "Ｔａｎ Ｍｅｉ Ｌｉｎｇ", "陈美玲",
    "MLT", "meiling_speaks", "+6591234567", "0065-9123-4567", "9123 4567", "(+65) 9123-4567",
    "s 941 2345 d", "1994-03-02", "02/03/1994", "March 2nd, 1994", "meiling.tan@EXAMPLE.org",
])
def test_variants_are_found_split_across_runs(record, variant):
    result = scan_record(planted.plant(variant, "split-runs"), record)
    assert not result.clean, variant


def test_a_name_split_over_three_runs_is_found(record):
    clean = planted.clean()
    data = planted.replace_in_part(
        clean, "word/document.xml", b"<w:t>A press release",
        b"<w:t>Mei L</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>in</w:t></w:r><w:r><w:t>g T</w:t></w:r>"
        b"<w:r><w:t>an: a press release")
    findings = scan_record(data, record).findings
    assert {"victim name", "victim.given_names"} <= {f.term.source for f in findings}


def test_the_message_names_the_kind_and_the_part(record, cli, sample, tmp_path):
    target = tmp_path / "edited.docx"
    target.write_bytes(planted.plant("+65 9123 4567", "header"))
    result = cli("verify-redaction", target, "--record", sample)
    assert result.exit_code == 4
    assert f"found: {KIND_WORDS['phone']} (victim.phone) in word/header" in result.output
    assert "do not send this file" in result.output


def test_verify_redaction_passes_a_clean_file(cli, sample, tmp_path):
    target = tmp_path / "clean.docx"
    target.write_bytes(planted.clean())
    result = cli("verify-redaction", target, "--record", sample)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("no identifying term found (")
    assert " terms checked in " in result.output and result.output.strip().endswith("parts)")


@pytest.mark.parametrize("content, sentence", [
    (None, "no such file"),
    (b"%PDF-1.7 not a zip", "is not a Word .docx file (it is not a zip package)"),
    ("zip-without-document", "it has no word/document.xml"),
    ("folder", "is a folder"),
])
def test_bad_input_is_one_sentence(cli, sample, tmp_path, content, sentence):
    import zipfile

    target = tmp_path / "input.docx"
    if content == "zip-without-document":
        with zipfile.ZipFile(target, "w") as package:
            package.writestr("hello.txt", "hello")
    elif content == "folder":
        target.mkdir()
    elif content is not None:
        target.write_bytes(content)
    result = cli("verify-redaction", target, "--record", sample)
    assert result.exit_code != 0
    assert sentence in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_brief_edited_in_word_is_caught(cli, sample, tmp_path):
    from docxtext import open_docx

    assert cli("draft", sample, "--doc", "press-brief", "--out", tmp_path).exit_code == 0
    brief = tmp_path / "RD-2026-031-press-brief-en.docx"
    assert cli("verify-redaction", brief, "--record", sample).exit_code == 0
    document = open_docx(brief)
    document.paragraphs[3].add_run(" Her colleagues at Harbourfront Community Legal Clinic agree.")
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    result = cli("verify-redaction", edited, "--record", sample)
    assert result.exit_code == 4
    assert "the employer's name (victim.employer) in word/document.xml" in result.output


def test_a_document_embedded_in_the_package_is_scanned(record):
    import io
    import zipfile

    inner = planted.plant("Mei Ling Tan", "body")
    buffer = io.BytesIO(planted.clean())
    with zipfile.ZipFile(buffer, "a") as package:
        package.writestr("word/embeddings/Microsoft_Word_Document.docx", inner)
    findings = scan_record(buffer.getvalue(), record).findings
    assert any(f.part == "word/embeddings/Microsoft_Word_Document.docx!/word/document.xml" for f in findings)


def test_a_name_in_a_member_name_is_found(record):
    import io
    import zipfile

    buffer = io.BytesIO(planted.clean())
    with zipfile.ZipFile(buffer, "a") as package:
        package.writestr("word/media/meiling_tan.png", planted.PIXEL)
    findings = scan_record(buffer.getvalue(), record).findings
    assert {(f.part, f.where) for f in findings} == {("word/media/meiling_tan.png", "member name")}
