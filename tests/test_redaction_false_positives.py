"""Victims whose names, cities or postal codes are ordinary words or numbers still get a press brief.

The template's own text ("Do not link", "Media contact"), its styles, fonts and theme ("Times New Roman",
"List Bullet", "Normal", "Cambria") and the document's date hold such words by coincidence. The brief is
written, the name is removed from everything the record supplied, and the only occurrences left are the
template's: no more than in the brief of a victim with an unmistakable name.
"""

from __future__ import annotations

import re

import pytest

from conftest import SAMPLE
from docxtext import document_text, package_parts
from remedies import drafting
from remedies.checks.redaction.normalise import words
from remedies.record import load
from remedies.record.model import Record

BASE = load(SAMPLE).record.model_dump(mode="json", by_alias=True, exclude_none=True)
CONTROL = "Zorvathine"

# (field, value, locale): family and given names that are ordinary words in the shipped languages.
CASES = [
    ("family_name", w, "en") for w in (
        "Do", "Law", "Link", "List", "Office", "Cambria", "Said", "Harm", "Roman", "Le", "An", "Hope",
        "May", "Sri", "Grace", "Strong", "Light", "Press", "Brief", "Contact", "Case", "Rights", "Online",
        "Report", "Times", "Calibri", "Heading", "Title", "Bullet", "Human", "Court", "Young", "King",
        "Long", "Will", "Justice", "Normal", "Media", "Ng")
] + [
    ("given_names", w, "en") for w in ("Harm", "Said", "Roman", "Hope", "May", "Binti", "Grace")
] + [
    ("family_name", "Văn", "vi"), ("given_names", "Thị", "vi"), ("given_names", "Văn", "vi"),
    ("family_name", "Le", "fr"), ("family_name", "Des", "fr"), ("family_name", "De", "es"),
    ("family_name", "Binti", "ms"), ("given_names", "Sri", "id"),
] + [("city", w, "en") for w in ("Media", "Normal", "Office", "Link")] \
  + [("postal_code", p, "en") for p in ("2026", "100000", "3400", "2025")]


def _record(field: str, value: str) -> Record:
    data = {**BASE}
    victim = {**BASE["victim"], "other_names": [], "online_accounts": [], "email": None}
    victim.pop("email")
    press = {**BASE["press"]}
    if field in ("city", "postal_code"):
        victim["address"] = {**BASE["victim"]["address"], field: value}
        press["summary"] = f"She has lived in {value} for years; about 3,400 people follow her."
    else:
        victim[field] = value
        press["summary"] = f"{value} spoke to reporters. Friends call her {value}."
        press["quote"] = f"I am {value.upper()} and I will not be silenced."
    data["victim"], data["press"] = victim, press
    return Record.model_validate(data)


def _brief(record: Record, locale: str, out) -> str:
    jobs = drafting.plan(record, ["press-brief"], [locale])
    drafting.write(jobs, record, out, force=False)  # raises RedactionLeak if the brief is refused
    path = jobs[0].path
    return document_text(path) + "\n" + package_parts(path)["docProps/core.xml"].decode("utf-8")


def _count(text: str, value: str) -> int:
    word = " ".join(words(value))
    return len(re.findall(rf"(?<= ){re.escape(word)}(?= )", " " + " ".join(words(text)) + " "))


_controls: dict[tuple[str, str], str] = {}


def _control(field: str, locale: str, tmp_path_factory) -> str:
    key = (field, locale)
    if key not in _controls:
        value = "990011" if field == "postal_code" else CONTROL
        _controls[key] = _brief(_record(field, value), locale, tmp_path_factory.mktemp("control"))
    return _controls[key]


@pytest.mark.parametrize("field, value, locale", CASES, ids=[f"{f}={v}-{l}" for f, v, l in CASES])
def test_an_ordinary_word_victim_gets_a_brief_without_the_name(tmp_path_factory, field, value, locale):
    text = _brief(_record(field, value), locale, tmp_path_factory.mktemp("brief"))
    control = _control(field, locale, tmp_path_factory)
    # Only the template's own occurrences are left (as many as in the control brief, where the word
    # can only come from the template), never the record's.
    assert _count(text, value) <= _count(control, value), text
    if field in ("city", "postal_code"):
        assert "about 3,400 people follow her" in text, text
    else:
        assert "spoke to reporters" in text and f"{value} spoke" not in text, text
        assert f"call her {value}." not in text and value.upper() + " and" not in text, text


def test_at_least_thirty_real_names_are_in_the_suite():
    names = {v for f, v, _ in CASES if f in ("family_name", "given_names")}
    assert len(names) >= 30


def test_verify_redaction_passes_her_brief_and_catches_her_name_typed_in(cli, tmp_path):
    """The template's 'Do not link' is not the victim Do; 'Ms Do said' typed into the brief is."""
    from docxtext import open_docx

    record = _record("family_name", "Do")
    path = tmp_path / "record.json"
    path.write_text(record.model_dump_json(by_alias=True, exclude_none=True), encoding="utf-8")
    assert cli("draft", path, "--doc", "press-brief", "--out", tmp_path).exit_code == 0
    brief = tmp_path / "RD-2026-031-press-brief-en.docx"
    result = cli("verify-redaction", brief, "--record", path)
    assert result.exit_code == 0, result.output
    document = open_docx(brief)
    document.paragraphs[3].add_run(" Ms Do said she would keep speaking.")
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    result = cli("verify-redaction", edited, "--record", path)
    assert result.exit_code == 4, result.output
    assert "a name (victim.family_name) in word/document.xml (text)" in result.output


def test_the_default_draft_of_a_victim_called_do_writes_every_document(cli, tmp_path):
    record = _record("family_name", "Do")
    path = tmp_path / "record.json"
    path.write_text(record.model_dump_json(by_alias=True, exclude_none=True), encoding="utf-8")
    result = cli("draft", path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    names = [p.name for p in (tmp_path / "out").iterdir()]
    assert "RD-2026-031-press-brief-en.docx" in names and len(names) > 1, names
