"""The platform report: one .docx and one paste-ready .txt per platform, naming each platform's own policies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from docxtext import document_text, highlighted_runs, open_docx
from remedies.knowledge import platforms

REF = "RD-2026-031"


def policy_rows(path: Path) -> dict[str, list[str]]:
    """The policy table: harm label -> [policy cell, what the rule covers, incidents]."""
    document = open_docx(path)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Harm")
    return {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows[1:]}


def incident_tables(path: Path) -> list[dict[str, str]]:
    """Each incident's label/value table as a dict."""
    document = open_docx(path)
    found = []
    for table in document.tables:
        if table.rows[0].cells[0].text == "URL":
            found.append({row.cells[0].text: row.cells[1].text for row in table.rows})
    return found


@pytest.fixture
def drafted(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    return tmp_path, result


def test_one_report_and_one_text_per_platform(drafted):
    folder, result = drafted
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"{REF}-platform-report-telegram-en.docx", f"{REF}-platform-report-telegram-en.txt",
                     f"{REF}-platform-report-x-en.docx", f"{REF}-platform-report-x-en.txt"]
    assert result.output.count("wrote ") == 4
    assert f"wrote {folder / f'{REF}-platform-report-x-en.txt'}" in result.output


def test_x_report_names_the_right_policies(drafted):
    folder, _ = drafted
    text = document_text(folder / f"{REF}-platform-report-x-en.docx")
    assert "Report to X" in text
    rows = policy_rows(folder / f"{REF}-platform-report-x-en.docx")
    assert list(rows) == ["Doxxing (publication of identity information)", "Harassment", "Impersonation"]
    doxxing = rows["Doxxing (publication of identity information)"]
    assert doxxing[0] == "Private Information\nhttps://help.x.com/en/rules-and-policies/personal-information"
    assert doxxing[2] == "I1"
    assert rows["Harassment"][0].startswith("Abuse and Harassment\n") and rows["Harassment"][2] == "I1, I3"
    assert rows["Impersonation"][0].startswith("Misleading and Deceptive Identities\n")
    assert "Promoting violence" not in text  # Telegram's rule stays in Telegram's report
    assert highlighted_runs(folder / f"{REF}-platform-report-x-en.docx") == []


def test_incident_details_and_evidence_hashes(drafted, sample):
    folder, _ = drafted
    text = document_text(folder / f"{REF}-platform-report-x-en.docx")
    first, second = incident_tables(folder / f"{REF}-platform-report-x-en.docx")
    assert first["URL"] == "https://x.com/truth_patrol_sg/status/1834567890123456789"
    assert first["Account"] == "@truth_patrol_sg\nhttps://x.com/truth_patrol_sg"
    assert first["Date"] == "14 September 2026, 21:40"
    assert first["Rules broken"] == "Private Information; Abuse and Harassment"
    assert first["Evidence"].startswith("E1: Screenshot of the post of 14 September 2026\nSHA-256 3f5a9c0e")
    assert second["Rules broken"] == "Abuse and Harassment; Misleading and Deceptive Identities"
    assert "3f5a9c0e1d2b4a6f8e7d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f" in text
    assert "Remove the content or disable access to it." in text
    assert "Preserve the content and the account's data" in text
    assert "E/20260915/0042" in text
    # Incident I2 is on Telegram: not in X's report.
    assert "t.me/sgtruthpatrol/2211" not in text


def test_telegram_report_names_its_policy_for_threats(drafted):
    folder, _ = drafted
    text = document_text(folder / f"{REF}-platform-report-telegram-en.docx")
    assert "Report to Telegram" in text
    assert "Promoting violence" in text and "https://telegram.org/tos/eu-dsa" in text
    assert incident_tables(folder / f"{REF}-platform-report-telegram-en.docx")[0]["URL"] == \
        "https://t.me/sgtruthpatrol/2211"
    assert "In the EU, a formal illegal-content notice can be filed at https://telegram.org/dsa-report." in text


def test_report_has_heading_and_table_structure(drafted):
    folder, _ = drafted
    document = open_docx(folder / f"{REF}-platform-report-x-en.docx")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["What we ask", "Your rules that the content breaks", "The content reported"]
    assert "Incident I1: 14 September 2026" in headings and "Incident I3: 2 October 2026" in headings
    policy_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Harm")
    assert len(policy_table.rows) == 1 + 3  # header + doxxing, harassment, impersonation
    assert document.core_properties.title == f"Report to X - {REF}"


def test_harm_a_platform_does_not_cover_is_named(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("    harms: [threats]", "    harms: [threats, hate_speech]"))
    result = cli("draft", record, "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / f"{REF}-platform-report-telegram-en.docx")
    policy, covers, incidents = policy_rows(tmp_path / f"{REF}-platform-report-telegram-en.docx")["Hate speech"]
    assert policy == "Not covered by the rules of Telegram"
    assert covers.startswith("Telegram's terms list no hate-speech rule.")
    assert incidents == "I2"
    assert "Not covered by the platform rules: Hate speech" in text
    paste = (tmp_path / f"{REF}-platform-report-telegram-en.txt").read_text(encoding="utf-8")
    assert "Hate speech: not covered by Telegram's rules" in paste


def test_renamed_policy_in_data_changes_the_report(cli, sample, tmp_path, monkeypatch):
    override = tmp_path / "data"
    (override / "platforms").mkdir(parents=True)
    source = (platforms.data.DATA / "platforms" / "x.yaml").read_text(encoding="utf-8")
    (override / "platforms" / "x.yaml").write_text(
        source.replace("name: Misleading and Deceptive Identities", "name: Authenticity and Impersonation"),
        encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(override))
    result = cli("draft", sample, "--doc", "platform-report", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / "out" / f"{REF}-platform-report-x-en.docx")
    assert "Authenticity and Impersonation" in text
    assert "Misleading and Deceptive Identities" not in text
    paste = (tmp_path / "out" / f"{REF}-platform-report-x-en.txt").read_text(encoding="utf-8")
    assert "Authenticity and Impersonation" in paste


def test_platforms_default_to_those_in_the_incidents(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("  platforms: [x, telegram]", "  platforms: [telegram]"))
    result = cli("draft", record, "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.glob("*.docx")] == [f"{REF}-platform-report-telegram-en.docx"]
    record = record_file(lambda t: t.replace("  platforms: [x, telegram]", "  platforms: null"), name="b.yaml")
    result = cli("draft", record, "--doc", "platform-report", "--out", tmp_path / "b")
    assert sorted(p.name for p in (tmp_path / "b").glob("*.docx")) == [
        f"{REF}-platform-report-telegram-en.docx", f"{REF}-platform-report-x-en.docx"]


def test_platform_without_data_still_gets_a_report(cli, record_file, tmp_path):
    record = record_file(lambda t: t.replace("  platforms: [x, telegram]", "  platforms: [other]"))
    result = cli("draft", record, "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "no policy data for 'other'" in result.output
    text = document_text(tmp_path / f"{REF}-platform-report-other-en.docx")
    assert "No policy data for this platform" in text


def test_text_files_are_not_replaced_without_force(cli, sample, tmp_path):
    (tmp_path / f"{REF}-platform-report-x-en.txt").write_text("kept", encoding="utf-8")
    result = cli("draft", sample, "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 1
    assert "already exists; use --force" in result.output
    assert (tmp_path / f"{REF}-platform-report-x-en.txt").read_text(encoding="utf-8") == "kept"
    assert not (tmp_path / f"{REF}-platform-report-x-en.docx").exists()


def test_check_lists_each_platform(cli, sample):
    result = cli("check", sample)
    assert result.exit_code == 0, result.output
    assert re.search(r"platform-report \(x\)\s+ready", result.output)
    assert re.search(r"platform-report \(telegram\)\s+ready", result.output)
    assert re.search(r"court-application \(simplified-claim\)\s+ready", result.output)
    assert re.search(r"dsa-notice\s+not applicable: platform_report.dsa_notice is not true", result.output)


def test_no_platform_means_not_applicable(cli, record_file, tmp_path):
    def strip(text: str) -> str:
        text = re.sub(r"    platform: \w+\n", "", text)
        return text.replace("  platforms: [x, telegram]", "  platforms: []")
    result = cli("draft", record_file(strip), "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 2
    assert "skipped platform-report (en): no incident names a platform" in result.output


def test_check_json_names_the_part(cli, sample):
    import json

    result = cli("check", sample, "--json")
    rows = [r for r in json.loads(result.output)["documents"] if r["document"] == "platform-report"]
    assert [(r["part"], r["status"]) for r in rows] == [("x", "ready"), ("telegram", "ready")]


def test_broken_platform_data_is_one_sentence(cli, sample, tmp_path, monkeypatch):
    override = tmp_path / "data" / "platforms"
    override.mkdir(parents=True)
    source = (platforms.data.DATA / "platforms" / "x.yaml").read_text(encoding="utf-8")
    (override / "x.yaml").write_text(source.replace("    name: Private Information\n", "", 1), encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path / "data"))
    result = cli("draft", sample, "--doc", "platform-report", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "Traceback" not in result.output
    assert "x.yaml: policies.doxxing: needs `name` and `url`, or `not_covered` with the reason" in result.output
