"""The communication to the Special Procedures: sections, consent, mandates and the admissibility self-check."""

from __future__ import annotations

import re

import pytest
from docxtext import document_text, highlighted_runs
from unfilings import DETENTION, SAMPLE, build, record_from, render, statuses

from remedies.checks import admissibility
from remedies.documents import un_common
from remedies.record import RecordError, load

NAME = "un-special-procedures"

HEADINGS = {
    "en": ["I. Alleged victim", "II. Alleged perpetrators", "III. Submitter of the communication",
           "IV. Date, place and description of the incidents", "V. Authorities, laws and rights involved",
           "VI. Steps taken domestically (exhaustion of domestic remedies is not required)", "VII. Consent of the victim", "VIII. Mandates addressed",
           "Annex: admissibility self-check"],
    "fr": ["I. Victime présumée", "II. Auteurs présumés", "III. Auteur de la communication",
           "IV. Date, lieu et description des faits", "V. Autorités, législation et droits en cause",
           "VI. Démarches entreprises dans le pays (l'épuisement des recours internes n'est pas requis)", "VII. Consentement de la victime", "VIII. Mandats saisis",
           "Annexe\u00a0: vérification préalable de la recevabilité"],
    "es": ["I. Presunta víctima", "II. Presuntos autores", "III. Autor de la comunicación",
           "IV. Fecha, lugar y descripción de los hechos", "V. Autoridades, legislación y derechos en cuestión",
           "VI. Gestiones realizadas en el país (no se exige el agotamiento de los recursos internos)", "VII. Consentimiento de la víctima",
           "VIII. Mandatos a los que se dirige la comunicación",
           "Anexo: verificación previa de la admisibilidad"],
}


@pytest.fixture(scope="module")
def sample_record():
    return load(SAMPLE).record


@pytest.mark.parametrize("locale", ["en", "fr", "es"])
def test_every_section_heading_in_order(sample_record, locale):
    text = document_text(render(sample_record, NAME, locale))
    lines = text.splitlines()
    positions = [lines.index(heading) for heading in HEADINGS[locale]]
    assert positions == sorted(positions)


def test_the_victim_perpetrators_and_incidents_are_set_out(sample_record):
    text = document_text(render(sample_record, NAME))
    assert "Name | Mei Ling Tan" in text
    assert "Alleged perpetrator 1: identity unknown (Private individual)" in text
    assert "Links to the State: none known at the time of writing" in text
    assert "Incident 2: 16 September 2026" in text
    assert "Place: Telegram (https://t.me/sgtruthpatrol/2211)" in text
    assert "Universal Declaration of Human Rights, article 12: Right to privacy" in text
    assert "State concerned: Singapore. It is not a party to the International Covenant" in text
    assert "15 Sept 2026 | Singapore Police Force | Police report filed | E/20260915/0042" in text


def test_missing_basis_for_naming_a_perpetrator_is_a_placeholder(sample_record):
    data = render(sample_record, NAME)
    assert "[missing: respondents[1].basis_for_identification]" in highlighted_runs(data)


def test_french_dates_lists_and_countries(sample_record):
    text = document_text(render(sample_record, NAME, "fr"))
    assert "Date\u00a0: 20 novembre 2026" in text
    assert "Concernant Mei Ling Tan (Singapour)" in text
    assert "s 3(1)(c) et s 5(1A)" in text
    assert "(pièces\u00a0: E1, E2, E3 et E4)" in text


def test_spanish_dates_and_lists(sample_record):
    text = document_text(render(sample_record, NAME, "es"))
    assert "Fecha: 20 de noviembre de 2026" in text
    assert "Acoso y Suplantación de identidad" in text


# ---- submitter -----------------------------------------------------------------------------------


def test_submitter_is_confidential_unless_the_record_says_otherwise(tmp_path, sample_record):
    assert "does not ask that their identity be kept confidential" in document_text(render(sample_record, NAME))
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("  keep_identity_confidential: false\n", ""))
    text = document_text(render(record, NAME))
    assert "CONFIDENTIAL: the submitter asks that their identity be kept confidential." in text


# ---- consent ------------------------------------------------------------------------------------


def test_no_consent_to_file_refuses_the_document(tmp_path, cli):
    variant = tmp_path / "record.yaml"
    variant.write_text(SAMPLE.read_text(encoding="utf-8").replace("to_file: true", "to_file: false"),
                       encoding="utf-8")
    result = cli("draft", variant, "--doc", NAME, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "skipped un-special-procedures (en): victim.consent.to_file is not true" in result.output
    assert not (tmp_path / "out" / "RD-2026-031-un-special-procedures-en.docx").exists()
    checked = cli("check", variant)
    assert re.search(r"un-special-procedures +refused: victim.consent.to_file is not true", checked.output)


def test_no_consent_section_at_all_refuses_every_un_filing(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("  consent:\n    to_file: true\n", "  consent:\n"))
    assert un_common.consent_refusal(record) == un_common.CONSENT_REFUSAL
    from remedies.documents import REGISTRY

    for name in ("un-special-procedures", "hrc-complaint"):
        assert REGISTRY[name].refusal(record) == un_common.CONSENT_REFUSAL


def test_consent_statements_when_the_victim_was_informed(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        "    press_brief: true\n",
        "    press_brief: true\n    informed_of_government_letter: true\n    informed_of_public_report: false\n"))
    text = document_text(render(record, NAME))
    assert "The victim consents to the submission of this communication." in text
    assert "will be sent to the Government concerned in a letter." in text
    assert "The victim has not yet been told that a summary may appear in a public report" in text
    assert "In public reports the victim may be named by initials only: M.L.T." in text


def test_consent_fields_left_empty_are_placeholders(sample_record):
    draft = build(sample_record, NAME)
    assert "victim.consent.informed_of_government_letter" in draft.missing
    assert "victim.consent.informed_of_public_report" in draft.missing


@pytest.mark.parametrize("choice, expected", [
    ("full", "In public reports the victim may be named in full: Mei Ling Tan"),
    ("withheld", "The victim asks not to be named in any public report."),
])
def test_name_in_public_reports(tmp_path, choice, expected):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        "name_in_public_reports: initials", f"name_in_public_reports: {choice}"))
    text = document_text(render(record, NAME))
    assert expected in text
    assert "M.L.T." not in text


# ---- mandates -----------------------------------------------------------------------------------


def test_mandates_suggested_from_the_sample_with_reasons(sample_record):
    mandates = un_common.suggest_mandates(sample_record, "en")
    keys = [m["key"] for m in mandates]
    # doxxing/threats/harassment -> expression and privacy; "advocate" -> defenders; a woman attacked for
    # her women's rights work -> VAWG (gender-based harm).
    assert keys == ["freedom_of_expression", "human_rights_defenders", "privacy", "violence_against_women"]
    assert all(m["reason"] and not m["chosen"] for m in mandates)
    assert "independence_of_judges_and_lawyers" not in keys


def test_mandates_follow_occupation_detention_and_laws(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace(
        "  mandates: [freedom_of_expression, arbitrary_detention, human_rights_defenders, health, torture]\n", "").replace(
        "name: Electronic Transactions Act 2063 (2008)\n      provisions", "name: National Security Act\n      provisions"))
    keys = [m["key"] for m in un_common.suggest_mandates(record, "en")]
    assert "arbitrary_detention" in keys  # detained
    assert "freedom_of_expression" in keys and "human_rights_defenders" in keys  # blogger, journalist
    assert "counter_terrorism" in keys  # a national-security law applied
    assert "violence_against_women" not in keys  # male victim
    assert "health" in keys and "torture" in keys  # the detainee's health is at risk


def test_mandates_named_in_the_record_replace_the_suggestions(tmp_path):
    record = load(DETENTION).record
    mandates = un_common.suggest_mandates(record, "fr")
    assert [m["key"] for m in mandates] == ["freedom_of_expression", "arbitrary_detention", "human_rights_defenders",
                                            "health", "torture"]
    assert mandates[1]["title"] == "Groupe de travail sur la détention arbitraire"
    text = document_text(render(record, NAME, "fr"))
    assert "La communication est adressée aux mandats suivants, pour les motifs indiqués." in text


def test_an_unknown_mandate_is_an_error_with_a_suggestion(tmp_path):
    path = tmp_path / "record.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace(
        "platform_report:", "un:\n  mandates: [freedom_of_expresion]\n\nplatform_report:"), encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        load(path)
    assert "did you mean 'freedom_of_expression'?" in str(caught.value.problems[0])


# ---- admissibility ------------------------------------------------------------------------------


def test_the_sample_passes_the_special_procedures_checks(sample_record):
    assert set(statuses(admissibility.special_procedures(sample_record)).values()) == {"ok"}


def test_an_anonymous_submission_fails(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("  name: Rahul Menon\n", ""))
    assert statuses(admissibility.special_procedures(record))["Submitter identified"] == "problem"


def test_a_submission_based_only_on_media_reports_fails(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        "platform_report:", "un:\n  based_only_on_media_reports: true\n\nplatform_report:"))
    assert statuses(admissibility.special_procedures(record))["Not based only on media reports"] == "problem"


def test_abusive_language_in_the_narrative_fails_but_quotations_do_not(tmp_path, sample_record):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        "The advocate fears for her safety", "The thugs of this criminal regime terrify her; the advocate fears for her safety"))
    checks = admissibility.special_procedures(record)
    language = next(c for c in checks if c.title == "No abusive language")
    assert language.status == "problem"
    assert language.values["words"] == ["thugs", "criminal regime"]
    quoted = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        "pay her a visit & tell her", "pay the liar a visit & tell her"))
    assert statuses(admissibility.special_procedures(quoted))["No abusive language"] == "ok"


def test_checks_are_printed_by_remedies_check_and_summarised_in_the_annex(cli, sample, sample_record):
    result = cli("check", sample)
    assert "[ok] Submitter identified" in result.output
    assert "suggested mandate: violence_against_women" in result.output
    text = document_text(render(sample_record, NAME, "es"))
    assert "Autor de la comunicación identificado | Cumplido |" in text


def test_violence_against_women_only_for_gender_based_harm(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("occupation: women's rights advocate",
                                                               "occupation: community advocate"))
    assert record.victim.sex == "female"
    assert "violence_against_women" not in [m["key"] for m in un_common.suggest_mandates(record, "en")]


def test_the_working_group_is_not_an_addressee_when_it_receives_its_own_submission():
    record = load(DETENTION).record
    draft = build(record, NAME)
    assert "arbitrary_detention" not in [m["key"] for m in draft.context["mandates"]]
    assert any("joint urgent appeal" in note for note in draft.notes)
    text = document_text(render(record, NAME))
    addressed = text[text.index("Addressed to:"):text.index("I. Alleged victim")]
    assert "Working Group on Arbitrary Detention" not in addressed.split("The submitter asks")[0]
    assert ("A separate submission is made to the Working Group on Arbitrary Detention; the mandates are asked to "
            "consider a joint urgent appeal with the Working Group.") in text
    assert "The submitter asks the mandates to send an urgent appeal to the Government concerned." in text


def test_an_allegation_letter_when_nothing_is_urgent(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("  urgent: true\n", "  urgent: false\n"))
    text = document_text(render(record, NAME))
    assert "The submitter asks the mandates to send an allegation letter to the Government concerned." in text
    assert "Working Group on Arbitrary Detention" not in text


def test_who_did_what_in_the_detention_example():
    text = document_text(render(load(DETENTION).record, NAME))
    first = text[text.index("Incident 1:"):text.index("Incident 2:")]
    assert "Act of the victim" in first and "Attributed to" not in first and "Nature of the violation" not in first
    assert "Other platform" not in first and "(https://khulla-khata.example.net/2026/06/relief-funds)" in first
    third = text[text.index("Incident 3:"):text.index("Deprivation of liberty")]
    assert "Act of the authorities: Kathmandu District Court" in third


def test_a_private_perpetrator_engages_the_states_due_diligence():
    text = document_text(render(load(SAMPLE).record, NAME))
    assert "Responsibility of the State" in text
    assert "The State is responsible for failing to act with due diligence" in text
    assert ("Police report filed (Singapore Police Force, 15 September 2026, E/20260915/0042): still pending at "
            "the date of this communication.") in text
    assert "The harm is continuing (see section IV)." in text
    assert "Responsibility of the State" not in document_text(render(load(DETENTION).record, NAME))


def test_a_mandate_reason_speaks_of_the_victim_as_the_record_does(tmp_path, sample_record):
    """victim.sex gives the English pronoun of a mandate's reason: her, his, or their when not given."""
    text = document_text(render(sample_record, NAME, "en"))  # a woman, a human rights defender
    assert "The victim is targeted because of her peaceful work to promote or defend human rights." in text
    assert "because of their peaceful work" not in text

    detained = load(DETENTION).record  # a man whose health is at risk in detention
    text = document_text(render(detained, NAME, "en"))
    assert "The victim is detained and his health is at risk because the authorities do not provide the medical care he needs." in text
    assert "because of his peaceful work" in text

    unstated = record_from(SAMPLE, tmp_path, lambda t: t.replace("  sex: female\n", "  sex: undisclosed\n"))
    text = document_text(render(unstated, NAME, "en"))
    assert "because of their peaceful work" in text
    # French needs no other words for a woman defender; a woman lawyer is "une avocate".
    lawyer = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        "occupation: women's rights advocate", "occupation: lawyer"))
    reasons = [m["reason"] for m in un_common.suggest_mandates(lawyer, "fr")]
    assert any(r.startswith("La victime est une avocate, une juge ou une procureure visée") for r in reasons), reasons
