"""The press brief: written only with consent, told from redacted values, refused when anything leaks."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from docxtext import document_text, package_parts
from remedies.checks.redaction import scan_record
from remedies.record import load

BRIEF = "RD-2026-031-press-brief-en.docx"

# What the sample record says about the victim, as it would leak (checked independently of the scanner).
RAW = ["mei ling", "meiling", "陈美玲", "meiling_speaks", "meiling.tan", "9123", "s9412345d", "640412",
       "jurong", "08-112", "harbourfront", "1994", "e1-post", "evidence/", "3f5a9c0e", "20260915/0042"]


def _draft(cli, record, out, *extra):
    return cli("draft", record, "--doc", "press-brief", "--out", out, *extra)


@pytest.fixture(scope="module")
def sample_brief(tmp_path_factory):
    from click.testing import CliRunner

    from conftest import SAMPLE
    from remedies.cli import main

    out = tmp_path_factory.mktemp("brief")
    result = CliRunner().invoke(main, ["draft", str(SAMPLE), "--doc", "press-brief", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / BRIEF


def test_the_sample_brief_tells_the_story(sample_brief):
    text = document_text(sample_brief)
    assert text.startswith("EMBARGOED UNTIL 27 November 2026, 09:00 (UTC+08:00)")
    assert "Advocate targeted with doxxing and threats after speaking on online safety" in text
    for heading in ("What happened", "The law at issue and the rights at stake", "What we are asking for",
                    "Media contact", "Notes to editors"):
        assert heading in text
    # The harms, in order, with dates generalised to month and year.
    assert text.index("September 2026, X (formerly Twitter)") < text.index("September 2026, Telegram") \
        < text.index("October 2026, X (formerly Twitter)")
    assert "14 September" not in text and "2026-09-14" not in text
    assert "Protection from Harassment Act 2014 (s 3(1)(c), s 5(1A))" in text
    assert "Article 19, Universal Declaration of Human Rights" in text
    assert "- Ms A" in text and "Ms A is a pseudonym" in text
    assert "Press Office, Menon & Partners LLP" in text and "press@example.com" in text
    assert "The survivor is aged 30-39 and lives in Singapore." in text
    assert "[header] PRESS RELEASE\tDRAFT - NOT FOR RELEASE" in text


def test_no_identifying_term_anywhere_in_the_package(sample, sample_brief):
    record = load(sample).record
    result = scan_record(sample_brief.read_bytes(), record)
    assert result.clean, [f.sentence() for f in result.findings]
    for name, content in package_parts(sample_brief).items():
        lowered = content.decode("utf-8", "ignore").lower()
        for raw in RAW:
            assert raw not in lowered, (raw, name)
        assert not re.search(r"\btan\b", lowered), name
    core = package_parts(sample_brief)["docProps/core.xml"].decode()
    assert "<dc:title>Advocate targeted with doxxing and threats" in core


def test_no_consent_no_brief(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("press_brief: true", "press_brief: false"))
    result = _draft(cli, record, tmp_path / "out")
    assert result.exit_code == 2
    assert "skipped press-brief (en): the victim has not consented to a press brief" in result.output
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True
    check = cli("check", record)
    assert re.search(r"press-brief\s+refused: the victim has not consented", check.output)
    rows = json.loads(cli("check", record, "--json").output)["documents"]
    assert {"document": "press-brief", "status": "refused"}.items() <= rows[-1].items()


def test_check_says_the_brief_is_ready_and_checked(cli, sample):
    result = cli("check", sample)
    assert re.search(r"press-brief\s+ready", result.output)
    assert "identifying terms from the record are removed" in result.output


def test_a_leak_refuses_the_brief_and_writes_the_other_documents(cli, record_file, tmp_path, monkeypatch):
    """Fail closed for the brief only: with the redaction switched off, the scan refuses the brief (exit 4,
    the part and kind named); the other documents of the run are still written."""
    from remedies.documents import press_brief

    monkeypatch.setattr(press_brief.Redactor, "deep", lambda self, value: value)
    record = record_file(lambda t: t.replace("  key_messages:\n", "  summary: She lives at Block 412 "
                                             "Jurong West Street 42.\n  key_messages:\n"))
    out = tmp_path / "out"
    result = cli("draft", record, "--out", out)
    assert result.exit_code == 4
    assert "not written: press-brief (en): the press brief was not written:" in result.output
    assert "a street address (victim.address.street) in word/document.xml (text)" in result.output
    assert re.search(r"error: .*press-brief \(en\).* refused \(see above\); the other documents were written",
                     result.output)
    written = sorted(p.name for p in out.iterdir())
    assert written and not any("press-brief" in name for name in written), written
    assert not any(name.startswith(".") or name.endswith(".tmp") for name in written), written
    alone = cli("draft", record, "--doc", "press-brief", "--out", tmp_path / "alone")
    assert alone.exit_code == 4
    assert "error: the press brief was not written:" in alone.output
    assert not (tmp_path / "alone").exists() or list((tmp_path / "alone").iterdir()) == []


def test_identity_in_the_case_reference_never_names_the_file(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("reference: RD-2026-031", "reference: TAN-2026-031"))
    result = _draft(cli, record, tmp_path)
    assert result.exit_code == 0, result.output
    assert "case.reference contains part of the victim's identity" in result.output
    assert [p.name for p in tmp_path.glob("*.docx")] == ["case-press-brief-en.docx"]
    assert "warning: case.reference contains part of the victim's identity" in cli("check", record).output


def test_free_text_is_redacted_by_kind(cli, record_file, tmp_path, sample):
    planted = ("Mei-Ling TAN (known as @meiling_speaks, https://x.com/meiling_speaks, meiling.tan@example.org, "
               "+65 9123 4567, NRIC S9412345D, born 02/03/1994) lives at Block 412 Jurong West Street 42 "
               "and works at Harbourfront Community Legal Clinic; see E1-post-2026-09-14.png and police "
               "report E/20260915/0042.")
    record = record_file(lambda t: t.replace("  key_messages:\n", f"  summary: '{planted}'\n  key_messages:\n"))
    assert _draft(cli, record, tmp_path).exit_code == 0
    text = document_text(tmp_path / BRIEF)
    assert ("Ms A (known as [account removed], [link removed], [email address removed], "
            "[telephone number removed], NRIC [identity number removed], born [date of birth removed]) lives at [address removed] and works "
            "at her employer; see [file removed] and police report [reference removed].") in text


def test_the_pseudonym_is_never_part_of_the_name(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("pseudonym: Ms A", "pseudonym: Mei"))
    result = _draft(cli, record, tmp_path)
    assert result.exit_code == 0
    assert "victim.pseudonym contains part of the victim's identity" in result.output
    text = document_text(tmp_path / BRIEF)
    assert "is a pseudonym" not in text and "\nThe survivor's identity is protected" in text
    assert "\n- the survivor\n" in text


def test_without_a_pseudonym_the_brief_says_the_survivor(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("  pseudonym: Ms A\n", ""))
    result = _draft(cli, record, tmp_path)
    assert "victim.pseudonym is not set" in result.output
    assert "\n- the survivor\n" in document_text(tmp_path / BRIEF)


def test_the_media_contact_is_never_the_victims(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("email: press@example.com", "email: meiling.tan@example.org"))
    result = _draft(cli, record, tmp_path)
    assert result.exit_code == 0
    assert "press.contact holds the victim's own details" in result.output
    assert "Email: [email address removed]" in document_text(tmp_path / BRIEF)


def test_a_headline_with_the_name_gives_a_redacted_title(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("headline: Advocate targeted", "headline: Mei Ling Tan targeted"))
    assert _draft(cli, record, tmp_path).exit_code == 0
    core = package_parts(tmp_path / BRIEF)["docProps/core.xml"].decode()
    assert "<dc:title>Ms A targeted with doxxing" in core


@pytest.mark.libreoffice
def test_the_brief_converts_to_pdf_without_the_name(sample_brief, soffice, tmp_path):
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(sample_brief)],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", str(tmp_path / BRIEF.replace(".docx", ".pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Notes to editors" in text and "Ms A" in text
    assert "Mei" not in text and "Harbourfront" not in text


def test_the_embargo_line_uses_the_separator_of_the_language(tmp_path):
    """Arabic separates the date from the time with its own comma (locales/conventions.yaml)."""
    from click.testing import CliRunner

    from conftest import SAMPLE
    from remedies.cli import main

    isolates = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")
    result = CliRunner().invoke(main, ["draft", str(SAMPLE), "--doc", "press-brief", "--locale", "ar",
                                       "--locale", "fr", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    arabic = document_text(tmp_path / "RD-2026-031-press-brief-ar.docx").translate(isolates)
    line = next(line for line in arabic.split("\n") if "09:00" in line)
    assert "2026\u060c 09:00 (UTC+08:00)" in line, line
    assert "2026, 09:00" not in line
    french = document_text(tmp_path / "RD-2026-031-press-brief-fr.docx").translate(isolates)
    assert "27 novembre 2026, 09:00 (UTC+08:00)" in french
