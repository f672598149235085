"""The Digital Services Act Art. 16 notice: applies only when asked for, carries the four elements (a)-(d)."""

from __future__ import annotations

import re

import pytest

from docxtext import document_text, highlighted_runs, open_docx

REF = "RD-2026-031"


def with_dsa(text: str) -> str:
    return text.replace("  dsa_notice: false", "  dsa_notice: true\n  dsa_member_state: IE")


def without_member_state(text: str) -> str:
    return with_dsa(text).replace("  dsa_member_state: IE", "")


@pytest.fixture
def notices(cli, record_file, tmp_path):
    result = cli("draft", record_file(with_dsa), "--doc", "dsa-notice", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    return tmp_path / "out", result


def test_not_applicable_unless_asked_for(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "dsa-notice", "--out", tmp_path)
    assert result.exit_code == 2
    assert "skipped dsa-notice (en): platform_report.dsa_notice is not true" in result.output
    assert list(tmp_path.iterdir()) == []


def test_one_notice_and_text_per_platform(notices):
    folder, result = notices
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{REF}-dsa-notice-telegram-en.docx", f"{REF}-dsa-notice-telegram-en.txt",
        f"{REF}-dsa-notice-x-en.docx", f"{REF}-dsa-notice-x-en.txt"]
    assert "note: dsa-notice (x, en): no EU illegal-content form is recorded for X" in result.output


def test_notice_has_the_four_elements(notices):
    folder, _ = notices
    path = folder / f"{REF}-dsa-notice-telegram-en.docx"
    document = open_docx(path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:4] == ["(a) Why the content is illegal", "(b) Exact location of the content",
                            "(c) Notifier", "(d) Statement of good faith"]
    text = document_text(path)
    # (a) the law and the reasoned explanation
    assert "Non-Fatal Offences Against the Person Act 1997, s. 5" in text
    assert "Protection from Harassment Act" not in text  # the law of a third State is never relied on
    assert "On behalf of | Ms A" in text and "Mei Ling" not in text
    assert "Item I2 (16 September 2026): Posted \"she will learn what happens" in text
    assert "Harm: Threats of violence." in text
    # (b) the exact URL
    location = next(t for t in document.tables if t.rows[0].cells[0].text == "Item")
    assert [c.text for c in location.rows[1].cells][:2] == ["I2", "https://t.me/sgtruthpatrol/2211"]
    # (c) the notifier's name and email
    assert "Name | Rahul Menon" in text and "Email | rmenon@example.com" in text
    # (d) the good-faith statement
    assert "I believe in good faith that the information and allegations in this notice are accurate and " \
           "complete." in text
    # what the platform must do next
    assert "Art. 16(4):" in text and "Art. 17:" in text
    assert "open for at least six months after the decision" in text
    assert "To | Telegram Messenger Inc. (Telegram)" in text
    assert "Filed through | https://telegram.org/dsa-report" in text
    assert highlighted_runs(path) == []


def test_notice_to_eu_operator(notices):
    folder, _ = notices
    text = document_text(folder / f"{REF}-dsa-notice-x-en.docx")
    assert "To | Twitter International Unlimited Company (X)" in text


def test_check_reports_each_element(cli, record_file):
    result = cli("check", record_file(with_dsa))
    assert result.exit_code == 0, result.output
    for element in ("Art. 16(2)(a) explanation: present", "Art. 16(2)(b) urls: present",
                    "Art. 16(2)(c) notifier: present", "Art. 16(2)(d) good faith: present"):
        assert element in result.output


def test_missing_elements_are_reported_and_strict_refuses(cli, record_file, tmp_path):
    def incomplete(text: str) -> str:
        text = without_member_state(text).replace("  email: rmenon@example.com\n", "")
        return text.replace("    url: https://t.me/sgtruthpatrol/2211\n", "")

    record = record_file(incomplete)
    check = cli("check", record)
    assert "Art. 16(2)(a) explanation: missing platform_report.dsa_member_state" in check.output
    assert "Art. 16(2)(b) urls: missing incidents[2].url" in check.output
    assert "Art. 16(2)(c) notifier: missing submitter.email" in check.output
    assert "Art. 16(2)(d) good faith: present" in check.output

    strict = cli("draft", record, "--doc", "dsa-notice", "--strict", "--out", tmp_path / "strict")
    assert strict.exit_code == 3
    assert "dsa-notice (telegram, en) cannot be written, missing: incidents[2].url, platform_report.dsa_member_state, " \
           "submitter.email" in strict.output
    assert not (tmp_path / "strict").exists() or list((tmp_path / "strict").iterdir()) == []

    loose = cli("draft", record, "--doc", "dsa-notice", "--out", tmp_path / "loose")
    assert loose.exit_code == 0, loose.output
    path = tmp_path / "loose" / f"{REF}-dsa-notice-telegram-en.docx"
    assert set(highlighted_runs(path)) >= {"[missing: platform_report.dsa_member_state]", "[missing: submitter.email]",
                                          "[missing: incidents[2].url]"}
    paste = (tmp_path / "loose" / f"{REF}-dsa-notice-telegram-en.txt").read_text(encoding="utf-8")
    assert "[missing: submitter.email]" in paste


def test_confidential_submitter_is_still_named_with_a_note(cli, record_file, tmp_path):
    record = record_file(lambda t: with_dsa(t).replace("keep_identity_confidential: false",
                                                       "keep_identity_confidential: true"))
    result = cli("draft", record, "--doc", "dsa-notice", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "Art. 16(2)(c) DSA requires the notifier's name and email" in result.output
    assert "Name | Rahul Menon" in document_text(tmp_path / f"{REF}-dsa-notice-x-en.docx")


def test_paste_text_has_every_element(notices):
    folder, _ = notices
    text = (folder / f"{REF}-dsa-notice-telegram-en.txt").read_text(encoding="utf-8")
    for label in ("--- Exact location (URLs) - Art. 16(2)(b) ---", "--- Why the content is illegal - Art. 16(2)(a) ---",
                  "--- Notifier's name - Art. 16(2)(c) ---", "--- Notifier's email - Art. 16(2)(c) ---",
                  "--- Good-faith statement - Art. 16(2)(d) ---"):
        assert label in text
    assert "File at: https://telegram.org/dsa-report" in text
