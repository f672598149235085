"""Right forum, right law: what each UN filing and the press brief plead follows the State's treaty status."""

from __future__ import annotations

import pytest
from docxtext import document_text
from unfilings import DETENTION, SAMPLE, render, record_from

from remedies import data
from remedies.documents import un_common
from remedies.record import load

UN_MEMBERS_AND_PALESTINE = 194


def test_the_treaty_table_lists_every_state_with_its_source_and_date():
    table = data.load("un/treaty_status.yaml")
    assert table["source"].startswith("https://treaties.un.org/")
    assert str(table["checked_on"]) == "2026-12-02"
    assert len(table["states"]) == UN_MEMBERS_AND_PALESTINE
    known = set(table["treaties"])
    for state, row in table["states"].items():
        assert set(row["parties"]) <= known, state
        assert isinstance(row["confirmed"], bool), state
        assert "op1" not in row["parties"] or "iccpr" in row["parties"], state


def test_the_covenant_columns_agree_with_the_dated_parties_table():
    dated = data.load("un/iccpr_parties.yaml")["states"]
    table = data.load("un/treaty_status.yaml")["states"]
    for state, row in table.items():
        entry = dated.get(state) or {}
        assert ("iccpr" in row["parties"]) == bool(entry.get("iccpr")), state
        assert ("op1" in row["parties"]) == bool(entry.get("op1")), state


@pytest.mark.parametrize("state, parties", [("SG", ["cedaw", "crc", "crpd", "icerd"]),
                                            ("MY", ["cedaw", "crc", "crpd"])])
def test_the_verified_non_parties_to_the_covenant(state, parties):
    status = un_common.treaty_status(state)
    assert status["parties"] == parties and status["confirmed"]
    assert not status["iccpr"] and not status["op1"]


def test_singapore_letter_pleads_the_declaration_and_the_treaties_it_is_party_to():
    text = document_text(render(load(SAMPLE).record, "un-special-procedures"))
    assert "Universal Declaration of Human Rights, article 12: Right to privacy" in text
    assert "Universal Declaration of Human Rights, article 19: Freedom of opinion and expression" in text
    assert "International Covenant on Civil and Political Rights, article" not in text
    assert ("The State is a party to the following core human rights treaties: Convention on the Elimination of "
            "All Forms of Discrimination against Women; Convention on the Rights of the Child; Convention on the "
            "Rights of Persons with Disabilities; International Convention on the Elimination of All Forms of "
            "Racial Discrimination.") in text
    assert "General Recommendation No. 35 (CEDAW/C/GC/35" in text


def test_a_state_party_letter_pleads_the_covenant_and_no_gender_recommendation_for_a_man():
    text = document_text(render(load(DETENTION).record, "un-special-procedures"))
    assert "International Covenant on Civil and Political Rights, article 19: Freedom of opinion and expression" in text
    assert "Universal Declaration of Human Rights, article" not in text
    assert "Convention against Torture" in text
    assert "General Recommendation No. 35" not in text


def test_malaysia_lists_only_its_three_treaties(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("  state: SG ", "  state: MY "))
    text = document_text(render(record, "un-special-procedures"))
    assert ("core human rights treaties: Convention on the Elimination of All Forms of Discrimination against "
            "Women; Convention on the Rights of the Child; Convention on the Rights of Persons with Disabilities.") in text


def test_no_gender_recommendation_when_the_harm_is_not_gender_based(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("occupation: women's rights advocate",
                                                               "occupation: accountant"))
    assert not un_common.gender_based(record)
    text = document_text(render(record, "un-special-procedures"))
    assert "General Recommendation No. 35" not in text
    assert "Universal Declaration of Human Rights, article 12" in text


def test_the_press_brief_does_not_speak_of_a_covenant_duty_for_a_non_party(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "press-brief", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / "RD-2026-031-press-brief-en.docx")
    assert "rights set out in the Universal Declaration of Human Rights" in text
    assert "duty to protect" not in text and "Civil and Political Rights" not in text
    assert "Article 12, Universal Declaration of Human Rights" in text
    assert "General Recommendation No. 35" in text


def test_french_letter_translates_the_new_paragraphs():
    text = document_text(render(load(SAMPLE).record, "un-special-procedures", "fr"))
    assert "Déclaration universelle des droits de l'homme" in text
    assert "recommandation générale no 35 (CEDAW/C/GC/35" in text
    assert "Convention relative aux droits de l'enfant" in text
