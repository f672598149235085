"""Every form the issue found leaking: each is removed from a written brief, which is still written."""

from __future__ import annotations

import pytest

from conftest import SAMPLE
from docxtext import document_text, package_parts
from remedies import drafting
from remedies.checks.redaction import Redactor
from remedies.checks.redaction.normalise import fold
from remedies.record import load
from remedies.record.model import Record

BASE = load(SAMPLE).record.model_dump(mode="json", by_alias=True, exclude_none=True)
RECORD = Record.model_validate(BASE)


def redact(text: str, record: Record = RECORD) -> str:
    return Redactor(record, lambda message: message).text(text)


INVISIBLES = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
              "\u2068", "\u2069", "\ufe00", "\ufe0f", "\u034f", "\U000e0020", "\U000e0041", "\u17b4", "\u3164",
              "\u2800", "\u0336"]


@pytest.mark.parametrize("mark", INVISIBLES, ids=[f"U+{ord(m):04X}" for m in INVISIBLES])
def test_invisible_characters_inside_the_name(mark):
    assert redact(f"Statement of Mei Li{mark}ng T{mark}an today.") == "Statement of Ms A today."


@pytest.mark.parametrize("text, replacement", [
    ("#StandWithMeiLing", "#MsA"), ("#JusticeForMeiLing", "#MsA"), ("#justice_for_tan_meiling", "#MsA"),
    ("meiling1994", "[account removed]"), ("@meilingtan94", "[account removed]"),
    ("@real_meiling_speaks", "[account removed]"), ("ml.tan.meiling@gmail.com", "[email address removed]"),
    ("https://example.net/users/MeiLingTan", "[link removed]"),
    ("https://x.com/%6D%65iling_speaks", "[link removed]"),
    ("Меі Lіng Таn", "Ms A"),  # Cyrillic е, і, Т, а
    ("+٦٥ ٩١٢٣ ٤٥٦٧", "[telephone number removed]"), ("+६५ ९१२३ ४५६७", "[telephone number removed]"),
    ("๙๑๒๓ ๔๕๖๗", "[telephone number removed]"),
    ("1994年3月2日", "[date of birth removed]"), ("ngày 2 tháng 3 năm 1994", "[date of birth removed]"),
    ("2 มีนาคม 2537", "[date of birth removed]"), ("٢ مارس ١٩٩٤", "[date of birth removed]"),
    ("the second of March 1994", "[date of birth removed]"), ("2 de marzo de 1994", "[date of birth removed]"),
    ("9412345", "[identity number removed]"), ("S9412345", "[identity number removed]"),
    ("9412345D", "[identity number removed]"),
    ("S640412", "[address removed]"), ("SG-640412", "[address removed]"),
    ("Blk 412 Jurong West St 42", "[address removed]"), ("#8-112", "[address removed]"),
    ("Harbourfront", "her employer"), ("HCLC", "her employer"),
    ("陳美玲", "Ms A"),
])
def test_each_disguised_form_is_replaced_whole(text, replacement):
    assert redact(f"See {text} now.") == f"See {replacement} now."


def test_a_reference_without_its_prefix_or_with_other_separators():
    record = Record.model_validate({**BASE, "legal": {**BASE["legal"], "domestic_remedies": [
        {**BASE["legal"]["domestic_remedies"][0], "reference": "E/20260915/0042"}]}})
    for text in ("E-20260915-0042", "20260915/0042", "E 2026 0915 0042", "E202609150042"):
        assert redact(f"See {text} now.", record) == "See [reference removed] now.", text


def test_traditional_and_simplified_both_ways():
    traditional = Record.model_validate({**BASE, "victim": {**BASE["victim"], "other_names": ["陳美玲"]}})
    assert redact("見陈美玲。", traditional) == "見Ms A。"
    assert redact("見陳美玲。", traditional) == "見Ms A。"


def test_ordinary_numbers_survive_a_postcode():
    record = Record.model_validate({**BASE, "victim": {**BASE["victim"], "address": {
        **BASE["victim"]["address"], "postal_code": "3400"}}})
    text = "A channel of about 3,400 subscribers (3.400 in Europe), 13400 views, 34001 likes."
    assert redact(text, record) == text
    assert redact("Postcode 3400.", record) == "Postcode [address removed]."


def test_a_brief_with_every_form_planted_is_written_and_holds_none(tmp_path):
    data = {**BASE, "press": {**BASE["press"],
                              "headline": "#StandWithMeiLing: Меі Lіng speaks",
                              "summary": "Tan\u200e Mei\u2066Ling (@meilingtan94, meiling1994) of Blk 412 Jurong West "
                                         "St 42, #8-112, S640412, born ngày 2 tháng 3 năm 1994, NRIC 9412345, "
                                         "phone +٦٥ ٩١٢٣ ٤٥٦٧, works at HCLC (Harbourfront). 陳美玲.",
                              "quote": "I am the second of March 1994 and #JusticeForMeiLing."}}
    record = Record.model_validate(data)
    jobs = drafting.plan(record, ["press-brief"], ["en"])
    drafting.write(jobs, record, tmp_path, force=False)
    path = jobs[0].path
    core = package_parts(path)["docProps/core.xml"].decode("utf-8")
    text = document_text(path) + "\n" + core
    assert "#MsA: Ms A speaks" in core
    folded = fold(text).text
    for gone in ("mei", "ling", "meiling", "tan", "640412", "9412345", "1994", "9123", "4567",
                 "harbourfront", "hclc", "jurong"):
        assert f" {gone} " not in folded, (gone, text)
    body = fold(document_text(path)).text.replace(" ", "")
    for gone in ("meiling", "陈美玲", "美玲", "91234567", "640412"):
        assert gone not in body, (gone, text)
