"""Facts in the filing language: free text written per language, notes where a translation is missing."""

from __future__ import annotations

import json

from docxtext import document_text, highlighted_runs
from remedies.record import load
from remedies.record.languages import LocalText, localized
from test_record_errors import assert_record_error, line_of

REF = "RD-2026-031"
FR_DESCRIPTION = "A publié l'adresse du domicile de la militante et son numéro de portable."
EN_DESCRIPTION_START = "Published the advocate's home address"


def french(text: str) -> str:
    return text.replace(
        """    description: >-
      Published the advocate's home address, unit number and mobile number with a photograph of
      her block, and urged followers to "pay her a visit & tell her what we think".""",
        """    description:
      en: Published the advocate's home address, unit number and mobile number.
      fr: "A publié l'adresse du domicile de la militante et son numéro de portable.\"""")


def test_a_text_field_may_be_written_per_language(record_file):
    record = load(record_file(french)).record
    description = record.incidents[0].description
    assert isinstance(description, LocalText) and description.texts["fr"] == FR_DESCRIPTION
    assert str(description).startswith("Published")  # the original, for code that asks no language
    view = localized(record, "fr")
    assert view.record.incidents[0].description == FR_DESCRIPTION
    assert "incidents[1].description" not in [u.path for u in view.untranslated]
    assert "incidents[2].description" in [u.path for u in view.untranslated]


def test_un_filing_in_french_uses_the_french_facts(cli, record_file, tmp_path):
    result = cli("draft", record_file(french), "--doc", "un-special-procedures", "--locale", "fr",
                 "--out", tmp_path)
    assert result.exit_code == 0, result.output
    path = tmp_path / f"{REF}-un-special-procedures-fr.docx"
    text = " ".join(document_text(path).split())
    assert FR_DESCRIPTION in text and "Published the advocate's home address, unit number" not in text
    # What is still English is shown with a highlighted note, and the command says which fields.
    assert "[untranslated: en] Posted \"she will learn" in text
    assert "[untranslated: en] " in highlighted_runs(path)
    assert "narrative field(s) are not written in fr" in result.output and "case.title" in result.output


def test_english_document_of_the_same_record_has_no_note(cli, record_file, tmp_path):
    result = cli("draft", record_file(french), "--doc", "un-special-procedures", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    path = tmp_path / f"{REF}-un-special-procedures-en.docx"
    assert "[untranslated" not in document_text(path)
    assert "mobile number." in document_text(path)


def test_typed_note_cannot_pass_for_a_real_one(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("pseudonym: Ms A", 'pseudonym: "\\ue002[untranslated: en]\\ue003"'))
    result = cli("draft", path, "--doc", "un-special-procedures", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert highlighted_runs(tmp_path / f"{REF}-un-special-procedures-en.docx") == [
        "[missing: respondents[1].basis_for_identification]",
        "[missing: victim.consent.informed_of_government_letter]",
        "[missing: victim.consent.informed_of_public_report]"]


def test_check_lists_untranslated_narrative_per_language(cli, record_file):
    path = record_file(french)
    result = cli("check", path)
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.strip().startswith("fr:"))
    assert "incidents[2].description (en)" in line and "incidents[1].description (en)" not in line
    as_json = json.loads(cli("check", path, "--json").output)
    paths = [item["path"] for item in as_json["untranslated"]["fr"]]
    assert "incidents[2].effect" in paths and "incidents[1].description" not in paths


def test_strict_refuses_untranslated_narrative(cli, record_file, tmp_path):
    result = cli("draft", record_file(french), "--doc", "un-special-procedures", "--locale", "fr",
                 "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 3
    assert "has narrative not written in fr" in result.output
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_official_names_written_once_carry_no_note(cli, record_file, tmp_path):
    result = cli("draft", record_file(french), "--doc", "un-special-procedures", "--locale", "fr",
                 "--out", tmp_path)
    text = " ".join(document_text(tmp_path / f"{REF}-un-special-procedures-fr.docx").split())
    assert "Protection from Harassment Act 2014" in text
    assert "[untranslated: en] Protection from Harassment Act" not in text
    assert "legal.laws_applied" not in result.output


def test_press_brief_redacts_the_text_of_its_language(cli, record_file, tmp_path):
    def plant(text: str) -> str:
        return french(text).replace(
            'fr: "A publié l\'adresse du domicile de la militante',
            'fr: "Mei Ling Tan: a publié l\'adresse du domicile de la militante')

    result = cli("draft", record_file(plant), "--doc", "press-brief", "--locale", "fr", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / f"{REF}-press-brief-fr.docx")
    assert "Mei Ling" not in text and "Ms A : a publié" in " ".join(text.split())


def test_a_mapping_with_a_key_that_is_not_a_language(cli, record_file):
    path = record_file(lambda t: t.replace("effect: She stopped using public transport to travel to work.",
                                           "effect: {english: She stopped, fr: Elle}"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "effect: {english"), "'english' is not a language code",
                        "incidents[2].effect")


def test_an_empty_mapping_is_refused(cli, record_file):
    path = record_file(lambda t: t.replace("effect: She stopped using public transport to travel to work.",
                                           "effect: {}"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "effect: {}"), "is an empty mapping", "incidents[2].effect")


def test_paste_ready_text_shows_the_note_as_words(cli, record_file, tmp_path):
    result = cli("draft", record_file(french), "--doc", "platform-report", "--locale", "fr", "--text")
    assert result.exit_code == 0, result.output
    assert "[untranslated: en] Posted" in result.output
    assert "\ue002" not in result.output
