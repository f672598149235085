"""The submission to the Working Group on Arbitrary Detention: applicability, sections I-VI, categories."""

from __future__ import annotations

import pytest
from docxtext import document_text, highlighted_runs, open_docx
from unfilings import DETENTION, SAMPLE, build, record_from, render

from remedies.documents import REGISTRY
from remedies.record import load

NAME = "wgad"

HEADINGS = {
    "en": ["I. Identity", "II. Arrest", "III. Detention",
           "IV. Circumstances of the arrest and detention, and why the detention is arbitrary",
           "V. Domestic steps and remedies", "VI. Source of the information and consent"],
    "fr": ["I. Identité", "II. Arrestation", "III. Détention",
           "IV. Circonstances de l'arrestation et de la détention, et raisons pour lesquelles la détention est arbitraire",
           "V. Démarches et recours internes", "VI. Source de l'information et consentement"],
    "es": ["I. Identidad", "II. Detención", "III. Privación de libertad",
           "IV. Circunstancias de la detención y de la privación de libertad, y razones por las que esta es arbitraria",
           "V. Gestiones y recursos internos", "VI. Fuente de la información y consentimiento"],
}


@pytest.fixture(scope="module")
def detention_record():
    return load(DETENTION).record


def test_not_applicable_without_a_detention_section(cli, sample):
    record = load(SAMPLE).record
    assert "no detention section" in REGISTRY[NAME].not_applicable(record)
    result = cli("check", sample)
    line = next(line for line in result.output.splitlines() if line.strip().startswith("wgad"))
    assert "not applicable: the record has no detention section" in line
    assert "missing" not in line


def test_drafting_the_sample_skips_it_and_says_why(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", NAME, "--doc", "un-special-procedures", "--out", tmp_path)
    # Asked for by name, a document that does not apply is an input problem (exit 2), never a quiet skip;
    # the other documents are still written.
    assert result.exit_code == 2
    assert "skipped wgad (en): the record has no detention section" in result.output
    assert "--doc wgad: not drafted from this record" in result.output
    assert not (tmp_path / "RD-2026-031-wgad-en.docx").exists()
    assert (tmp_path / "RD-2026-031-un-special-procedures-en.docx").exists()


@pytest.mark.parametrize("locale", ["en", "fr", "es"])
def test_every_section_heading_in_order(detention_record, locale):
    lines = document_text(render(detention_record, NAME, locale)).splitlines()
    positions = [lines.index(heading) for heading in HEADINGS[locale]]
    assert positions == sorted(positions)


def test_the_example_is_complete(detention_record):
    assert build(detention_record, NAME).missing == []


def test_identity_arrest_and_detention_with_transfers(detention_record):
    text = document_text(render(detention_record, NAME))
    assert "Family name | Lamichhane" in text
    assert ("Identity document | Citizenship certificate no. 27-01-70-04512, issued by District "
            "Administration Office, Kaski on 3 September 2007") in text
    assert "Was a warrant or other decision by a public authority shown? | No" in text
    assert "Legal basis for the arrest, including the legislation applied | Electronic Transactions Act 2063 (2008), Section 47" in text
    assert "Cyber Bureau custody, Bhotahity, Kathmandu | 2 July 2026 | 20 July 2026" in text
    assert "Central Jail, Sundhara, Kathmandu | 20 July 2026 | present" in text


def test_each_category_claimed_with_its_definition_rights_and_argument(detention_record):
    text = document_text(render(detention_record, NAME, "fr"))
    assert "Catégorie II\u00a0: Détention résultant de l'exercice de droits et libertés" in text
    assert "Catégorie III\u00a0: Violation grave des normes relatives au droit à un procès équitable" in text
    assert "Catégorie I\u00a0:" not in text
    assert "Pacte international relatif aux droits civils et politiques, article 19\u00a0: Liberté d'opinion et d'expression" in text
    assert "Déclaration universelle des droits de l'homme, article 10\u00a0: Droit à un procès équitable et public" in text
    assert "He is held for one blog article" in text
    assert "no access to a lawyer during the first three days of custody" in text


def test_a_category_without_an_argument_is_a_placeholder(tmp_path):
    def without_v(text: str) -> str:
        start = text.index("    V: >-\n")
        end = text.index("  violation_arguments:")
        return text[:start] + text[end:]

    record = record_from(DETENTION, tmp_path, lambda t: without_v(t).replace(
        "  discrimination_grounds: [political_or_other_opinion, other_status]\n", ""))
    draft = build(record, NAME)
    assert "un.category_arguments.V" in draft.missing
    assert "un.discrimination_grounds" in draft.missing
    assert "[missing: un.category_arguments.V]" in highlighted_runs(render(record, NAME))


def test_deliberation_8_is_cited_when_the_case_concerns_the_internet(detention_record, tmp_path):
    text = document_text(render(detention_record, NAME, "es"))
    assert "Deliberación núm. 8" in text and "E/CN.4/2006/7" in text
    offline = record_from(DETENTION, tmp_path, lambda t: t.replace(
        "    platform: other\n    url: https://khulla-khata.example.net/2026/06/relief-funds\n", "").replace(
        "Electronic Transactions Act 2063 (2008)", "Penal Code"))
    assert "Deliberation No. 8" not in document_text(render(offline, NAME))


def test_urgent_action_is_requested_when_health_is_at_risk(detention_record, tmp_path):
    text = document_text(render(detention_record, NAME))
    assert text.splitlines()[0] == "URGENT"
    assert "Request for urgent action" in text
    assert "He has type 1 diabetes" in text
    calm = record_from(DETENTION, tmp_path, lambda t: t.replace("health_risk: true", "health_risk: false"))
    assert "Request for urgent action" not in document_text(render(calm, NAME))


def test_source_confidentiality_and_consent(detention_record):
    text = document_text(render(detention_record, NAME))
    assert "CONFIDENTIAL: the source asks that its identity be kept confidential." in text
    assert "The detainee, or the family, consents to this submission. Consent given on 12 November 2026" in text
    assert "The detainee may be named in the published opinion." in text


def test_no_consent_refuses_the_submission(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("to_file: true", "to_file: false"))
    assert "consent" in REGISTRY[NAME].refusal(record)


def test_consent_is_lettered_apart_from_the_circumstances(detention_record):
    document = open_docx(render(detention_record, NAME))
    consent = [p for p in document.paragraphs if p.text.startswith(("(a) ", "(b) ", "(c) ", "(d) "))]
    assert [p.text[:3] for p in consent] == ["(a)", "(b)", "(c)", "(d)"]
    assert all(p.style.name != "List Number" for p in consent)


def test_category_ii_pleads_only_the_rights_the_facts_engage(detention_record):
    text = document_text(render(detention_record, NAME))
    second = text[text.index("Category II:"):text.index("Category III:")]
    assert "article 19: Freedom of opinion and expression" in second
    for absent in ("asylum", "Freedom of movement", "Rights of minorities", "Freedom of association"):
        assert absent not in second


def test_the_working_groups_words_are_apart_from_our_notes(detention_record):
    text = document_text(render(detention_record, NAME))
    second = text[text.index("Category II:"):text.index("Category III:")]
    assert "The Working Group's definition (A/HRC/36/38, § 8): \u201cWhen the deprivation of liberty results" in second
    assert "usually falls here" not in second
    notes = text[text.index("Filing notes"):]
    assert "Note on category II: Prosecution for peaceful speech" in notes
    french = document_text(render(detention_record, NAME, "fr"))
    assert "Définition du Groupe de travail, en résumé (A/HRC/36/38, § 8)" in french


def test_an_opinion_is_requested_and_urgent_action_for_health(detention_record):
    text = document_text(render(detention_record, NAME))
    assert ("The source asks the Working Group to adopt an Opinion under its regular procedure finding that the "
            "deprivation of liberty of Suraj Bahadur Lamichhane is arbitrary under categories II, III and V") in text
    assert "act under its urgent action procedure without awaiting the Opinion" in text


def test_pre_trial_detention_pleads_article_9_3_and_general_comment_35(detention_record, tmp_path):
    text = document_text(render(detention_record, NAME))
    assert "Under article 9(3) of the Covenant it shall not be the general rule" in text
    assert "CCPR/C/GC/35, para. 38" in text
    tried = record_from(DETENTION, tmp_path, lambda t: t.replace("    held: false\n", "    held: true\n"))
    assert "article 9(3)" not in document_text(render(tried, NAME))


def test_category_v_is_suggested_where_the_record_supports_it(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("categories_claimed: [II, III, V]",
                                                                  "categories_claimed: [II, III]"))
    assert any(line.startswith("category V (discrimination) may apply, from victim.occupation")
               for line in build(record, NAME).checks)


def test_age_is_at_arrest_and_the_reply_period_is_stated_once(detention_record):
    text = document_text(render(detention_record, NAME))
    assert "14 August 1989 (age at arrest: 36)" in text
    assert text.count("60 days") == 1
    assert "(Other platform)" not in text and "Other platform" not in text
