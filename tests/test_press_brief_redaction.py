"""Redaction: normalised matching of every identifier kind, consistent replacements, common-word names."""

from __future__ import annotations

import pytest

import planted
from conftest import SAMPLE
from docxtext import document_text
from remedies.checks.redaction import Redactor, matcher_for, scan_record
from remedies.checks.redaction.normalise import fold
from remedies.record import load
from remedies.record.model import Record

BASE = load(SAMPLE).record.model_dump(mode="json", by_alias=True, exclude_none=True)


def variant(victim: dict | None = None, **sections) -> Record:
    data = {**BASE, **sections}
    data["victim"] = {**BASE["victim"], **(victim or {})}
    return Record.model_validate(data)


def redact(record: Record, text: str) -> str:
    return Redactor(record, lambda message: message).text(text)


SAMPLE_RECORD = variant()


@pytest.mark.parametrize("text", [
    "Mei Ling Tan", "TAN MEI LING", "Tan  Mei-Ling", "tan, mei ling", "M. L. Tan", "Tan M.L.", "MeiLing",
    "Mei\u200bLing", "Me\u00adi Ling", "Ｍｅｉ Ｌｉｎｇ", "陈美玲", "美玲", "M.L.T.", "MLT", "T M L",
])
def test_name_forms_become_the_pseudonym(text):
    assert redact(SAMPLE_RECORD, f"Statement of {text} today.") == "Statement of Ms A today."


@pytest.mark.parametrize("text, replacement", [
    ("+65 9123 4567", "[telephone number removed]"),
    ("+6591234567", "[telephone number removed]"),
    ("0065-9123-4567", "[telephone number removed]"),
    ("(+65) 9123 4567", "[telephone number removed]"),
    ("9123-4567", "[telephone number removed]"),
    ("9 1 2 3 4 5 6 7", "[telephone number removed]"),
    ("@meiling_speaks", "[account removed]"),
    ("meiling_speaks", "[account removed]"),
    ("https://x.com/meiling_speaks", "[link removed]"),
    ("https://www.instagram.com/meiling.tan/", "[link removed]"),
    ("MEILING.TAN@EXAMPLE.ORG", "[email address removed]"),
    ("S9412345D", "[identity number removed]"),
    ("s 9412345 d", "[identity number removed]"),
    ("Block 412 Jurong West Street 42", "[address removed]"),
    ("Jurong West Street 42", "[address removed]"),
    ("#08-112", "[address removed]"),
    ("640 412", "[address removed]"),
    ("2 March 1994", "[date of birth removed]"),
    ("March 2nd, 1994", "[date of birth removed]"),
    ("2nd of March 1994", "[date of birth removed]"),
    ("1994-03-02", "[date of birth removed]"),
    ("02/03/1994", "[date of birth removed]"),
    ("03/02/94", "[date of birth removed]"),
    ("02.03.1994", "[date of birth removed]"),
    ("2 mars 1994", "[date of birth removed]"),
    ("19940302", "[date of birth removed]"),
    ("Harbourfront Community Legal Clinic", "her employer"),
    ("evidence/E2-call-log.pdf", "[file removed]"),
    ("3f5a9c0e1d2b4a6f8e7d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f", "[file removed]"),
    ("E/20260915/0042", "[reference removed]"),
])
def test_each_kind_has_its_neutral_replacement(text, replacement):
    assert redact(SAMPLE_RECORD, f"See {text} now.") == f"See {replacement} now."


def test_unrelated_text_is_left_alone():
    text = "An important tangent: the Tanjong Pagar office, 9123 votes, +65 6222 0199, born 1995."
    assert redact(SAMPLE_RECORD, text) == text


def test_diacritics_are_ignored_both_ways():
    record = variant({"family_name": "Nguyễn", "given_names": "Thị Đào", "other_names": []})
    for text in ("NGUYEN THI DAO", "Nguyễn Thị Đào", "nguyen", "Dao"):
        assert redact(record, text) == "Ms A", text
    plain = variant({"family_name": "Nguyen", "given_names": "Thi Dao", "other_names": []})
    assert redact(plain, "Nguyễn Thị Đào") == "Ms A"


def test_two_letter_name_parts_match_only_as_written_with_a_capital():
    """'Le' is a surname and a French article: the capitalised word is redacted, the article is not."""
    record = variant({"family_name": "Le", "given_names": "Van Thanh", "other_names": []})
    assert redact(record, "Le said so") == "Ms A said so"
    assert redact(record, "LE said so") == "Ms A said so"
    assert redact(record, "le chat") == "le chat"


def test_family_members_are_a_family_member():
    record = variant({"family_members": [{"name": "Rajesh Kumar", "relationship": "husband",
                                          "phone": "+65 8765 4321"}]})
    assert redact(record, "Rajesh Kumar (8765 4321) and Kumar") == \
        "a family member ([telephone number removed]) and a family member"


def test_the_scan_and_the_redactor_use_the_same_normalisation():
    matcher = matcher_for(SAMPLE_RECORD)
    for text in ("Tan\u200b Mei\u00adLing", "ＴＡＮ"):
        assert matcher.find(text)
        assert fold(text).text.strip() in ("tan meiling", "tan")


# ---- names that are also common words ----------------------------------------------------------------

MAY = dict(victim={"family_name": "Lim", "given_names": "May", "other_names": []})


def test_a_name_that_is_a_common_word_is_redacted_everywhere_on_purpose():
    """Over-redaction is preferred to a leak: the month and the verb are replaced too."""
    record = variant(**MAY)
    assert redact(record, "In May she said they may come back.") == "In Ms A she said they Ms A come back."


def test_may_as_a_month_is_written_as_a_number_and_never_in_the_brief(cli, tmp_path):
    record = variant(
        incidents=[{**BASE["incidents"][0], "date": "2026-05-14"}] + BASE["incidents"][1:],
        press={**BASE["press"], "embargo_until": "2026-05-27T09:00:00+08:00",
               "key_messages": ["In May the posts were reported."]},
        **MAY)
    path = tmp_path / "record.json"
    path.write_text(record.model_dump_json(by_alias=True, exclude_none=True), encoding="utf-8")
    result = cli("draft", path, "--doc", "press-brief", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / "RD-2026-031-press-brief-en.docx")
    assert "EMBARGOED UNTIL 2026-05-27, 09:00 (UTC+08:00)" in text
    assert "2026-05, X (formerly Twitter):" in text
    assert "In Ms A the posts were reported." in text
    assert "may" not in fold(text).text.split()


def test_the_scan_flags_the_month_for_a_victim_called_may():
    """A month written out in an edited brief is flagged: the scan cannot tell the month from the name."""
    result = scan_record(planted.plant("posted in May 2026", "body"), variant(**MAY))
    assert [f.term.source for f in result.findings] == ["victim.given_names"]


def test_a_victim_called_hope_gets_a_brief(cli, record_file, tmp_path):
    """The template's fixed text avoids such words, so the brief is written and the word is redacted."""
    record = record_file(lambda t: t.replace("given_names: Mei Ling", "given_names: Hope")
                         .replace("other_names: [Meiling Tan, Tan Mei-Ling, 陈美玲]", "other_names: []")
                         .replace("  key_messages:\n", "  key_messages:\n    - We hope for justice.\n"))
    result = cli("draft", record, "--doc", "press-brief", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "We Ms A for justice." in document_text(tmp_path / "RD-2026-031-press-brief-en.docx")


@pytest.mark.parametrize("given, family", [("Shruti", "Mangal"), ("Grace", "Strong"), ("Vrinda", "Light")])
def test_names_like_fonts_or_styles_still_get_a_brief(cli, record_file, tmp_path, given, family):
    """The template's package holds no unused styles or script fonts that a name could collide with."""
    record = record_file(lambda t: t.replace("given_names: Mei Ling", f"given_names: {given}")
                         .replace("family_name: Tan", f"family_name: {family}")
                         .replace("other_names: [Meiling Tan, Tan Mei-Ling, 陈美玲]", "other_names: []"))
    result = cli("draft", record, "--doc", "press-brief", "--out", tmp_path)
    assert result.exit_code == 0, result.output
