"""Court filings as the jurisdiction's rules impose them: Singapore's two routes, Malaysia, Sri Lanka, the Philippines."""

from __future__ import annotations

import re

import pytest

from conftest import EXAMPLES
from docxtext import document_text, highlighted_runs, open_docx
from golden import assert_matches_golden

SIMPLIFIED = "RD-2026-031-court-application-simplified-claim-en"
OA = "RD-2026-031-court-application-originating-application-en.docx"
AFFIDAVIT = "RD-2026-031-court-application-supporting-affidavit-en.docx"
MY, LK, PH = (EXAMPLES / name for name in ("my-stalking-record.yaml", "lk-online-safety-record.yaml",
                                            "ph-vawc-record.yaml"))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def draft(cli, record, out, *extra):
    result = cli("draft", record, "--doc", "court-application", "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def standard(record_file):
    """The sample with damages above S$20,000 claimed: standard proceedings."""
    return record_file(lambda t: t.replace("  expedited_order: true\n", "  expedited_order: true\n  damages_claimed: 25000\n"))


# ---- Singapore: the route the rules impose ---------------------------------------------------


def test_the_sample_drafts_simplified_proceedings_with_form_text(cli, sample, tmp_path):
    result = draft(cli, sample, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [SIMPLIFIED + ".docx", SIMPLIFIED + ".txt"]
    text = flat(document_text(tmp_path / (SIMPLIFIED + ".docx")))
    assert "Simplified proceedings - simplified proceedings are compulsory for this claim" in text
    form = (tmp_path / (SIMPLIFIED + ".txt")).read_text(encoding="utf-8")
    for field in ("--- Type of claim ---", "--- Respondents ---", "--- Incident 1 ---", "--- Orders sought ---",
                  "--- Documents to upload ---", "--- Why an expedited order is needed ---"):
        assert field in form
    assert "MLT-1: Screenshot of the post of 14 September 2026" in form
    assert "wrote" in result.output


def test_check_states_the_route_and_why(cli, sample, standard):
    assert "route: Simplified proceedings (simplified proceedings are compulsory" in flat(cli("check", sample).output)
    output = flat(cli("check", standard).output)
    assert "court-application (originating-application) ready" in output
    assert "standard proceedings apply because damages of more than S$20,000 are claimed" in output


@pytest.mark.parametrize("change, reason", [
    (lambda t: t.replace("respondents:\n", "co_claimants:\n  - name: Tan Wei Ming\n    relationship: brother\nrespondents:\n"),
     "the claim is brought with a co-claimant"),
    (lambda t: t.replace("date: 2026-09-14", "date: 2024-09-14"), "the cause of action accrued more than 2 years ago"),
    (lambda t: t.replace("respondents:\n", "respondents:\n" + "".join(
        f"  - {{id: X{n}, name: Person {n}, relationship_to_victim: none}}\n" for n in range(5))),
     "the claim is against more than 5 respondents"),
])
def test_each_exception_imposes_standard_proceedings(cli, record_file, tmp_path, change, reason):
    draft(cli, record_file(change), tmp_path)
    assert (tmp_path / OA).exists() and (tmp_path / AFFIDAVIT).exists()
    assert reason in flat(document_text(tmp_path / OA))


def test_exact_tests_and_provisions(cli, sample, tmp_path):
    draft(cli, sample, tmp_path)
    text = flat(document_text(tmp_path / (SIMPLIFIED + ".docx")))
    assert ("the respondent is likely to continue that contravention or to commit another contravention of "
            "section 3, 4, 5, 6 or 7 in respect of the victim.") in text
    assert ("if continued or committed, is likely to have a substantial adverse effect on the victim or the "
            "victim’s day-to-day activities") in text
    assert "Protection Order - s 12(2)" in text and "Expedited Protection Order - s 13(1)" in text
    # Course of conduct by one respondent: unlawful stalking, and the impersonating account under s 7(3)(b)(iii).
    assert re.search(r"s 7 \(Unlawful stalking\).*incidents I1, I2, I3", text)
    assert re.search(r"s 7\(3\)\(b\)\(iii\) \(Unlawful stalking\).*purports to originate from the victim.*incidents I3", text)
    assert "s 5(1A)" in text and "provoke" in text  # s 5(1) with its provocation limb
    # Invented statements: the orders against false statements; the platform as a third party.
    for order in ("Stop publication order (s 15A)", "Correction order (s 15B)", "Disabling order (s 15C)",
                  "Targeted correction order (s 15D)", "General correction order (s 15E)",
                  "Protection order against a third party (s 12(2E))"):
        assert order in text


def test_false_statement_orders_only_where_the_facts_engage_them(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("harms: [harassment, impersonation]", "harms: [harassment]"))
    draft(cli, path, tmp_path)
    text = flat(document_text(tmp_path / (SIMPLIFIED + ".docx")))
    assert "Stop publication order" not in text and "s 7(3)(b)(iii)" not in text
    assert "s 7 (Unlawful stalking)" in text  # still a course of conduct


def test_standard_proceedings_originating_application_and_affidavit(cli, standard, tmp_path):
    draft(cli, standard, tmp_path)
    application = flat(document_text(tmp_path / OA))
    assert "ORIGINATING APPLICATION" in application and "Form 1" in application
    assert "PHC/OA No. ................ of 20...." in application  # the court's number, left for the court
    assert "Firm's file number: RD-2026-031" in application and "Case reference" not in application
    assert "Damages for the statutory tort (s 11)" in application
    affidavit = flat(document_text(tmp_path / AFFIDAVIT))
    assert "I, Mei Ling Tan, women's rights advocate, c/o Menon & Partners LLP, 80 Robinson Road, #17-02, Singapore 068898, make oath and say as follows:" in affidavit
    assert "There is now produced and shown to me marked MLT-1 a copy of the following: Screenshot of the post of 14 September 2026." in affidavit
    assert "A Commissioner for Oaths" in affidavit and "Sworn / affirmed by the above-named deponent" in affidavit
    document = open_docx(tmp_path / AFFIDAVIT)
    assert sum(p.style.name == "List Number" for p in document.paragraphs) >= 10  # numbered paragraphs


def test_no_statement_of_truth_and_no_identity_detail_a_form_does_not_require(cli, sample, standard, tmp_path):
    draft(cli, sample, tmp_path / "s")
    draft(cli, standard, tmp_path / "t")
    for path in list((tmp_path / "s").glob("*.docx")) + list((tmp_path / "t").glob("*.docx")) + \
            list((tmp_path / "s").glob("*.txt")):
        text = flat(document_text(path) if path.suffix == ".docx" else path.read_text(encoding="utf-8"))
        assert "statement of truth" not in text.lower() and "contempt of court" not in text, path.name
        for detail in ("S9412345D", "1994", "Jurong West", "640412", "meiling.tan@example.org", "9123 4567"):
            assert detail not in text, (path.name, detail)


def test_final_drops_the_filing_notes_and_the_hashes(cli, standard, tmp_path):
    draft(cli, standard, tmp_path / "d")
    assert "Filing notes" in document_text(tmp_path / "d" / AFFIDAVIT)
    assert "3f5a9c0e1d2b" in document_text(tmp_path / "d" / AFFIDAVIT)  # the evidence annex, in the notes
    draft(cli, standard, tmp_path / "f", "--final")
    for name in (OA, AFFIDAVIT):
        text = document_text(tmp_path / "f" / name)
        assert "Filing notes" not in text and "DRAFT" not in text and "3f5a9c0e1d2b" not in text
        assert "MLT-1" in text


def test_old_name_still_works(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "harassment-order", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / (SIMPLIFIED + ".docx")).exists()


def test_minor_acts_through_a_litigation_representative(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("is_minor: false", "is_minor: true"))
    result = draft(cli, path, tmp_path)
    assert "victim.litigation_representative.name" in result.output
    data = (tmp_path / (SIMPLIFIED + ".docx")).read_bytes()
    assert "I am the litigation representative of the person harmed, who is a minor. (" in document_text(data)
    assert "[missing: victim.litigation_representative.name]" in highlighted_runs(data)


# ---- Malaysia, Sri Lanka, the Philippines ----------------------------------------------------


def test_malaysia_application_and_affidavit_with_the_police_report(cli, tmp_path):
    draft(cli, MY, tmp_path)
    application = flat(document_text(tmp_path / "KL-2026-014-court-application-application-en.docx"))
    assert "NOTICE OF APPLICATION (EX PARTE)" in application
    assert "upon an ex parte application, issue a protection order against a person who is being investigated" in application
    assert "PJ/RPT/013456/26" in application and "Penal Code s 507A" in application
    affidavit = flat(document_text(tmp_path / "KL-2026-014-court-application-affidavit-en.docx"))
    assert "do solemnly and sincerely affirm and say as follows" in affidavit and "NAA-1" in affidavit
    assert "Jalan Melati" not in affidavit and "345 6789" not in affidavit


@pytest.mark.parametrize("locale, first", [("en", "1st"), ("ms", "Pertama"), ("fr", "1er")])
def test_the_affidavits_marking_line_numbers_it_in_the_filing_language(cli, tmp_path, locale, first):
    """The first line marks the deponent's first affidavit ('Applicant: Name: 1st: date') in the language
    the affidavit is drafted in: a Malay affidavit does not say '1st'."""
    result = cli("draft", MY, "--doc", "court-application", "--locale", locale, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    affidavit = document_text(tmp_path / f"KL-2026-014-court-application-affidavit-{locale}.docx")
    marking = affidavit.splitlines()[0]
    assert "Nur Aisyah Abdullah" in marking and re.search(rf"(^|\W){re.escape(first)}\W", marking), marking
    if locale != "en":
        assert "1st" not in marking


def test_malaysia_is_refused_without_a_police_report(cli, tmp_path):
    text = MY.read_text(encoding="utf-8").replace("kind: police_report", "kind: other").replace(
        "body: Royal Malaysia Police, Petaling Jaya district", "body: Women's Aid Organisation").replace(
        "action: Police report of stalking (Penal Code s 507A)", "action: Counselling")
    path = tmp_path / "no-police.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli("draft", path, "--doc", "court-application", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "skipped court-application (en): CPC s 98A(1) allows a protection order only against a person being investigated" in flat(result.output)
    assert "refused: CPC s 98A(1)" in cli("check", path).output


def test_sri_lanka_petition_affidavit_and_commission_complaint(cli, tmp_path):
    result = cli("draft", LK, "--doc", "court-application", "--doc", "regulator-complaint", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    petition = flat(document_text(tmp_path / "COL-2026-077-court-application-petition-en.docx"))
    assert "IN THE MAGISTRATE'S COURT OF" in petition and "(s 24)" in petition
    assert "Disclosure of identity information (s 26)" in petition  # the respondent is anonymous
    affidavit = flat(document_text(tmp_path / "COL-2026-077-court-application-affidavit-en.docx"))
    assert "annexed marked P1" in affidavit and "Justice of the Peace" in affidavit
    complaint = flat(document_text(tmp_path / "COL-2026-077-regulator-complaint-en.docx"))
    assert "Complaint to the Online Safety Commission" in complaint and "FB-REPORT-558812" in complaint
    assert "online cheating by personation (s 18)" in complaint


def test_philippines_protection_orders_for_a_former_partner(cli, tmp_path):
    draft(cli, PH, tmp_path)
    barangay = flat(document_text(tmp_path / "MNL-2026-102-court-application-barangay-application-en.docx"))
    assert "APPLICATION FOR A BARANGAY PROTECTION ORDER" in barangay and "Barangay Protection Order (RA 9262 s 14)" in barangay
    petition = flat(document_text(tmp_path / "MNL-2026-102-court-application-petition-en.docx"))
    assert "Temporary Protection Order (RA 9262 s 15) and Permanent Protection Order (RA 9262 s 16)" in petition
    assert "Verification" in petition and "Annex A" in petition


@pytest.mark.parametrize("change", [
    lambda t: t.replace("relationship: dating", "relationship: stranger"),
    lambda t: t.replace("sex: female", "sex: male"),
])
def test_philippines_not_applicable_outside_ra_9262_names_the_safe_spaces_act(cli, tmp_path, change):
    path = tmp_path / "ph.yaml"
    path.write_text(change(PH.read_text(encoding="utf-8")), encoding="utf-8")
    output = flat(cli("check", path).output)
    assert "court-application not applicable: RA 9262" in output
    assert "Safe Spaces Act (RA 11313, s 12)" in output


def test_a_jurisdiction_without_a_profile_names_the_profiles(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("jurisdiction: SG ", "jurisdiction: FR "))
    output = flat(cli("check", path).output)
    assert "court-application not applicable: no jurisdiction profile for FR (profiles exist for LK, MY, PH, SG)" in output
    result = cli("draft", path, "--doc", "court-application", "--out", tmp_path)
    assert result.exit_code == 2 and "skipped court-application (en)" in result.output


# ---- golden snapshots ------------------------------------------------------------------------


@pytest.mark.parametrize("record, docs", [
    ("sample-record.yaml", ["court-application", "regulator-complaint"]),
    ("my-stalking-record.yaml", ["court-application"]),
    ("lk-online-safety-record.yaml", ["court-application", "regulator-complaint"]),
    ("ph-vawc-record.yaml", ["court-application"]),
])
def test_golden_snapshots(cli, tmp_path, record, docs):
    args = ["draft", EXAMPLES / record, "--out", tmp_path]
    for name in docs:
        args += ["--doc", name]
    assert cli(*args).exit_code == 0
    for path in sorted(tmp_path.iterdir()):
        text = document_text(path) if path.suffix == ".docx" else path.read_text(encoding="utf-8")
        assert_matches_golden(path.stem + path.suffix.replace(".", "-"), text)


def test_golden_standard_proceedings(cli, standard, tmp_path):
    draft(cli, standard, tmp_path / "out")
    for path in sorted((tmp_path / "out").iterdir()):
        assert_matches_golden("standard-" + path.stem, document_text(path))


# ---- the profiles and the record's new fields ------------------------------------------------


def test_jurisdictions_lists_each_profile_with_its_date(cli):
    result = cli("jurisdictions")
    assert result.exit_code == 0
    for code in ("LK", "MY", "PH", "SG"):
        assert re.search(rf"^{code}  .*\(checked 2026-12-02; \d+ statements not confirmed\)$", result.output, re.M)
    assert "court: Simplified proceedings" in result.output and "regulator: Online Safety Commission" in result.output
    listed = cli("jurisdictions", "--unconfirmed").output
    assert "not confirmed: affidavit: jurat" in listed


def test_a_lawyers_profile_in_the_data_folder_is_used(cli, record_file, tmp_path, monkeypatch):
    folder = tmp_path / "data" / "jurisdictions"
    folder.mkdir(parents=True)
    sg = (EXAMPLES.parent / "src/remedies/data/jurisdictions/SG.yaml").read_text(encoding="utf-8")
    (folder / "SG.yaml").write_text(sg.replace('value: 20000, reason: "damages', 'value: 0, reason: "damages'),
                                    encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path / "data"))
    path = record_file(lambda t: t.replace("  expedited_order: true\n", "  expedited_order: true\n  damages_claimed: 100\n"))
    assert "court-application (originating-application)" in cli("check", path).output


def test_an_unknown_condition_in_a_profile_is_one_sentence(cli, sample, tmp_path, monkeypatch):
    folder = tmp_path / "data" / "jurisdictions"
    folder.mkdir(parents=True)
    sg = (EXAMPLES.parent / "src/remedies/data/jurisdictions/SG.yaml").read_text(encoding="utf-8")
    (folder / "SG.yaml").write_text(sg.replace("condition: damages_over", "condition: damages_above"), encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path / "data"))
    result = cli("check", sample)
    assert result.exit_code == 2
    assert "SG.yaml: unknown condition 'damages_above' (the conditions are: damages_over" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("change, message", [
    (lambda t: t.replace("  expedited_order: true\n", "  expedited_order: true\n  damages_claimed: -5\n"),
     "relief_sought.damages_claimed"),
    (lambda t: t.replace("    relationship_to_victim: none known\n", "    relationship: strnger\n"),
     "'strnger' is not one of"),
    (lambda t: t.replace("    - date: 2026-09-15\n", "    - kind: police\n      date: 2026-09-15\n"),
     "legal.domestic_remedies[1].kind: 'police' is not one of"),
])
def test_bad_values_in_the_new_fields(cli, record_file, change, message):
    result = cli("check", record_file(change))
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_the_worked_example_in_the_docs_drafts(cli, tmp_path, monkeypatch):
    """docs/jurisdictions.md: the profile a lawyer writes without Python drafts its two documents."""
    docs = (EXAMPLES.parent / "docs" / "jurisdictions.md").read_text(encoding="utf-8")
    example = docs.split("Save as `my-data/jurisdictions/AQ.yaml`:", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    folder = tmp_path / "my-data" / "jurisdictions"
    folder.mkdir(parents=True)
    (folder / "AQ.yaml").write_text(example, encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path / "my-data"))
    record = tmp_path / "record.yaml"
    record.write_text(MY.read_text(encoding="utf-8").replace("jurisdiction: MY", "jurisdiction: AQ"), encoding="utf-8")
    assert "AQ  Antarctica (invented example)  (checked 2026-12-02" in cli("jurisdictions").output
    assert "route: Application to a Magistrate's Court (s 9) (a police report is recorded" in flat(cli("check", record).output)
    draft(cli, record, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "KL-2026-014-court-application-affidavit-en.docx", "KL-2026-014-court-application-application-en.docx"]
    affidavit = flat(document_text(tmp_path / "out" / "KL-2026-014-court-application-affidavit-en.docx"))
    assert "IN THE MAGISTRATE'S COURT AT" in affidavit and "NAA-1" in affidavit
