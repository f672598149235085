"""One case, one story: contradictions between the documents of a record, and --final without filing notes."""

from __future__ import annotations

import json

from docxtext import document_text
from unfilings import DETENTION, SAMPLE, record_from

from remedies.checks.consistency import contradictions
from remedies.record import load
from remedies.readiness import readiness


def _clashes(record):
    return contradictions(record, readiness(record))


def test_check_reports_each_contradiction_with_the_field_to_change(cli):
    result = cli("check", DETENTION)
    assert result.exit_code == 0, result.output
    section = result.output.split("contradictions between the documents drafted from this record:")[1]
    assert ("un-special-procedures and wgad ask that the source be kept confidential, but hrc-complaint names the "
            "submitter (Sarita Koirala); change submitter.keep_identity_confidential") in section
    assert "change legal.other_international_procedures" in section


def test_the_json_result_lists_them_too(cli):
    result = cli("check", "--json", DETENTION)
    fields = [c["field"] for c in json.loads(result.output)["contradictions"]]
    assert any(f.startswith("submitter.keep_identity_confidential") for f in fields)


def test_a_confidential_source_named_by_the_platform_report_and_the_press_contact(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace("keep_identity_confidential: false",
                                                               "keep_identity_confidential: true"))
    clash = next(c for c in _clashes(record) if c["field"].startswith("submitter.keep_identity_confidential"))
    assert clash["message"].startswith("un-special-procedures ask that the source be kept confidential")
    for name in ("platform-report", "court-application", "press-brief"):
        assert name in clash["message"]


def test_no_contradiction_when_the_filings_agree(tmp_path):
    assert _clashes(load(SAMPLE).record) == []
    agreed = record_from(DETENTION, tmp_path, lambda t: t.replace(
        "keep_identity_confidential: true", "keep_identity_confidential: false").replace(
        "other_international_procedures: []",
        "other_international_procedures:\n    - {body: Working Group on Arbitrary Detention, submitted_on: 2026-11-21}"))
    assert _clashes(agreed) == []


def test_an_urgent_appeal_without_urgent_action_is_a_contradiction(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: t.replace("  health_risk: true\n", "  health_risk: false\n"))
    clash = next(c for c in _clashes(record) if "urgent appeal" in c["message"])
    assert clash["field"].startswith("detention.health_risk")


def test_final_drops_every_filing_notes_section(cli, tmp_path):
    draft = tmp_path / "draft"
    final = tmp_path / "final"
    docs = ["--doc", "un-special-procedures", "--doc", "wgad", "--doc", "hrc-complaint"]
    assert cli("draft", DETENTION, *docs, "--out", draft).exit_code == 0
    result = cli("draft", DETENTION, *docs, "--final", "--out", final)
    assert result.exit_code == 0, result.output
    for path in sorted(draft.glob("*.docx")):
        assert "Filing notes" in document_text(path), path.name
        finished = document_text(final / path.name)
        assert "Filing notes" not in finished and "DRAFT" not in finished
    report = cli("draft", SAMPLE, "--doc", "platform-report", "--final", "--out", tmp_path / "platform")
    assert report.exit_code == 0, report.output
    for path in (tmp_path / "platform").glob("*.docx"):
        assert "Filing notes" not in document_text(path)
