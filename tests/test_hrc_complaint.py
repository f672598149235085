"""The complaint to the Human Rights Committee: sections I-V, remedies, and each admissibility check."""

from __future__ import annotations

import pytest
from docxtext import document_text, highlighted_runs
from unfilings import DETENTION, SAMPLE, build, record_from, render, statuses

from remedies import drafting
from remedies.checks import admissibility
from remedies.documents import REGISTRY
from remedies.record import load

NAME = "hrc-complaint"

HEADINGS = {
    "en": ["I. Information on the complainant", "II. State concerned and articles violated",
           "III. Exhaustion of domestic remedies and other international procedures",
           "IV. Facts of the complaint and the violations claimed", "Remedies sought",
           "V. Checklist of supporting documents", "Annex: admissibility self-check"],
    "fr": ["I. Renseignements concernant l'auteur de la plainte", "II. État concerné et articles violés",
           "III. Épuisement des recours internes et autres procédures internationales",
           "IV. Exposé des faits et violations alléguées", "Réparations demandées",
           "V. Liste des pièces justificatives", "Annexe : vérification préalable de la recevabilité"],
    "es": ["I. Información sobre el autor de la denuncia", "II. Estado interesado y artículos violados",
           "III. Agotamiento de los recursos internos y otros procedimientos internacionales",
           "IV. Exposición de los hechos y violaciones alegadas", "Reparaciones solicitadas",
           "V. Lista de documentos justificativos", "Anexo: verificación previa de la admisibilidad"],
}

TITLES = {
    "party": "State party to the Optional Protocol",
    "after": "Facts after entry into force",
    "exhausted": "Domestic remedies exhausted",
    "other": "Not before another international procedure",
    "time": "Time limit",
}


@pytest.fixture(scope="module")
def detention_record():
    return load(DETENTION).record


def checks_of(record) -> dict[str, str]:
    found = statuses(admissibility.human_rights_committee(record))
    return {key: found[title] for key, title in TITLES.items()}


@pytest.mark.parametrize("locale", ["en", "fr", "es"])
def test_every_section_heading_in_order(detention_record, locale):
    lines = document_text(render(detention_record, NAME, locale)).splitlines()
    positions = [lines.index(heading) for heading in HEADINGS[locale]]
    assert positions == sorted(positions)


def test_the_example_is_complete_and_admissible(detention_record):
    assert build(detention_record, NAME).missing == []
    checks = checks_of(detention_record)
    # The WGAD submission drafted from the same record leaves art. 5(2)(a) for the lawyer to decide.
    assert checks.pop("other") == "unknown"
    assert set(checks.values()) == {"ok"}


def test_complainant_state_articles_and_remedies(detention_record):
    text = document_text(render(detention_record, NAME))
    assert "Suraj Bahadur Lamichhane v. Nepal" in text
    assert "The complaint is submitted on behalf of the victim by Sarita Koirala (lawyer for the victim)" in text
    assert ("State party concerned: Nepal. The Covenant entered into force for that State on 14 August 1991, "
            "and the Optional Protocol on 14 August 1991.") in text
    assert "Article 14: Equality before courts and right to a fair trial" in text
    assert "Article 19 (Freedom of opinion and expression)" in text
    assert "Release him immediately and drop the charge under section 47." in text
    assert "Signed authorisation of the victim for the representative" in text
    assert "Supreme Court of Nepal (HC-2083-0093)" in text


def test_default_remedies_when_the_record_names_none(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.split("  remedies_sought:")[0])
    text = document_text(render(record, NAME, "fr"))
    assert "de libérer immédiatement la victime ;" in text
    assert "d'assurer à la victime un recours utile, notamment une indemnisation adéquate ;" in text


def test_an_article_without_an_argument_is_a_placeholder(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("rights_engaged: [iccpr-9, iccpr-14, iccpr-19]",
                                                                  "rights_engaged: [iccpr-9, iccpr-14, iccpr-17, iccpr-19]"))
    assert "[missing: un.violation_arguments.iccpr-17]" in highlighted_runs(render(record, NAME))


def test_no_complaint_is_drafted_against_a_state_not_party_to_the_optional_protocol(cli, sample, tmp_path):
    record = load(SAMPLE).record
    jobs = drafting.plan(record, [NAME], ["en"])
    assert jobs[0].draft is None
    assert "SG is not a party to the Covenant nor to its First Optional Protocol" in jobs[0].skipped
    result = cli("check", sample)
    line = next(line for line in result.output.splitlines() if line.strip().startswith(NAME))
    assert "not applicable" in line and "cannot receive an individual complaint" in line
    drafted = cli("draft", sample, "--doc", NAME, "--out", str(tmp_path))
    assert drafted.exit_code == 2 and not list(tmp_path.glob("*.docx"))


@pytest.mark.parametrize("state, words", [("MY", "not a party to the Covenant nor"),
                                          ("TH", "a party to the Covenant but not")])
def test_not_a_party_is_not_applicable(tmp_path, state, words):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("state: NP", f"state: {state}"))
    assert words in REGISTRY[NAME].not_applicable(record)
    assert checks_of(record)["party"] == "problem"


def test_an_unknown_state_is_not_applicable(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("state: NP", "state: AQ"))
    assert "not in the treaty table" in REGISTRY[NAME].not_applicable(record)


def test_a_denunciation_fails(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("state: NP", "state: BY"))
    checks = admissibility.human_rights_committee(record)
    assert checks[0].status == "problem"
    assert "denounced" in checks[0].line()


def test_facts_before_entry_into_force_fail_unless_continuing(tmp_path):
    def older(text: str) -> str:
        return text.replace("state: NP", "state: BR").replace("date: 2026-06-28", "date: 2008-06-28")

    record = record_from(DETENTION, tmp_path, older)  # OP1 in force for Brazil on 2009-12-25
    assert checks_of(record)["after"] == "problem"
    continuing = record_from(DETENTION, tmp_path, lambda t: older(t).replace(
        "  remedies_sought:", "  continuing_violation: The conviction still stands.\n  remedies_sought:"))
    assert checks_of(continuing)["after"] == "ok"


def _unexplained(text: str) -> str:
    start = text.index("  remedies_not_exhausted_because: >-\n")
    end = text.index("  mandates:", start)
    return text[:start] + text[end:]


def test_remedies_not_exhausted_fail_unless_explained(tmp_path):
    pending = record_from(DETENTION, tmp_path, lambda t: _unexplained(t).replace("status: exhausted", "status: pending"))
    assert checks_of(pending)["exhausted"] == "problem"
    explained = record_from(DETENTION, tmp_path, lambda t: _unexplained(t).replace("status: exhausted", "status: pending").replace(
        "  remedies_sought:", "  remedies_not_exhausted_because: The Supreme Court has not listed the petition for a year.\n  remedies_sought:"))
    assert checks_of(explained)["exhausted"] == "ok"
    assert "Why domestic remedies have not been exhausted: The Supreme Court" in document_text(render(explained, NAME))


def test_another_international_procedure_examining_the_matter_fails(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace(
        "other_international_procedures: []",
        "other_international_procedures:\n    - {body: Committee against Torture, submitted_on: 2026-10-20}"))
    assert checks_of(record)["other"] == "problem"
    special = record_from(DETENTION, tmp_path, lambda t: t.replace(
        "other_international_procedures: []",
        "other_international_procedures:\n    - {body: Special Rapporteur on freedom of expression, submitted_on: 2026-10-20}"))
    assert checks_of(special)["other"] != "problem"


def test_more_than_five_years_after_the_last_decision_fails_unless_explained(tmp_path):
    def late(text: str, last: str = "2021-10-08") -> str:
        earlier = text.replace("date: 2026-08-05", "date: 2021-03-05").replace("date: 2026-08-27", "date: 2021-05-27")
        return earlier.replace("date: 2026-10-09", f"date: {last}")

    assert checks_of(record_from(DETENTION, tmp_path, late))["time"] == "problem"
    explained = record_from(DETENTION, tmp_path, lambda t: late(t).replace(
        "  remedies_sought:", "  delay_explained_by: The victim was held incommunicado until 2026.\n  remedies_sought:"))
    assert checks_of(explained)["time"] == "ok"
    within = record_from(DETENTION, tmp_path, lambda t: late(t, "2021-11-20"))  # prepared on 2026-11-20
    assert checks_of(within)["time"] == "ok"


def test_no_consent_refuses_the_complaint(tmp_path, cli):
    variant = tmp_path / "record.yaml"
    variant.write_text(DETENTION.read_text(encoding="utf-8").replace("to_file: true", "to_file: false"),
                       encoding="utf-8")
    result = cli("check", variant)
    for name in ("un-special-procedures", "wgad", "hrc-complaint"):
        assert any(line.strip().startswith(name) and "refused" in line for line in result.output.splitlines())


def test_exhaustion_is_judged_claim_by_claim(detention_record, tmp_path):
    text = document_text(render(detention_record, NAME))
    assert ("Article 9: domestic remedies exhausted (Supreme Court of Nepal, Habeas corpus petition, 9 October 2026, "
            "HC-2083-0093).") in text
    assert "Articles 14 and 19: domestic remedies not exhausted; the reasons are given below." in text
    unexplained = record_from(DETENTION, tmp_path, _unexplained)
    check = next(c for c in admissibility.human_rights_committee(unexplained) if c.title == TITLES["exhausted"])
    assert check.status == "problem" and "No exhausted domestic remedy for articles 14 and 19" in check.line()
    spanish = document_text(render(detention_record, NAME, "es"))
    assert "Artículos 14 y 19: recursos internos no agotados" in spanish


def test_other_filings_and_the_committees_position_are_stated(detention_record):
    text = document_text(render(detention_record, NAME))
    assert "not been submitted to any other procedure" not in text
    assert ("The same facts are also submitted, at the same time as this complaint, to: Special Procedures and "
            "Working Group on Arbitrary Detention.") in text
    assert "Under article 5(2)(a) of the Optional Protocol the Committee does not examine a matter that is being examined" in text
    assert "The author discloses the submission to the Working Group on Arbitrary Detention" in text


def test_interim_measures_when_health_is_at_risk(detention_record, tmp_path):
    text = document_text(render(detention_record, NAME))
    assert "under rule 94 of its rules of procedure, to take interim measures" in text
    healthy = record_from(DETENTION, tmp_path, lambda t: t.replace("  health_risk: true\n", "  health_risk: false\n"))
    assert "interim measures" not in document_text(render(healthy, NAME))


def test_counsel_is_told_the_committee_discloses_their_name(detention_record, tmp_path):
    notes = document_text(render(detention_record, NAME)).split("Filing notes")[1]
    assert "with the names of the author and of counsel, to the State party" in notes
    open_counsel = record_from(DETENTION, tmp_path, lambda t: t.replace("keep_identity_confidential: true",
                                                                         "keep_identity_confidential: false"))
    assert "names of the author and of counsel" not in document_text(render(open_counsel, NAME))
