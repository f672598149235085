"""A DSA notice rests on Union or Member-State law (Art. 3(h)), chosen by platform_report.dsa_member_state."""

from __future__ import annotations

import pytest
from docxtext import document_text
from unfilings import SAMPLE, build, record_from, render

from remedies import data

REF = "RD-2026-031"


def notice_for(tmp_path, state: str = "", urgent: bool = True):
    def change(text: str) -> str:
        text = text.replace("  dsa_notice: false", "  dsa_notice: true" + (f"\n  dsa_member_state: {state}" if state else ""))
        return text if urgent else text.replace("  urgent: true\n", "  urgent: false\n")
    return record_from(SAMPLE, tmp_path, change)


def test_the_table_covers_ireland_germany_france_and_the_netherlands_with_sources():
    table = data.load("dsa_member_state_law.yaml")
    assert str(table["checked_on"]) == "2026-12-02"
    assert {"IE", "DE", "FR", "NL"} <= set(table["states"])
    for state, harms in table["states"].items():
        for harm in ("doxxing", "threats", "harassment", "impersonation"):
            assert harm in harms, (state, harm)
            for row in harms[harm]:
                assert row["law"] and row["provision"] and row["source"].startswith("https://")
                assert isinstance(row["confirmed"], bool)
    assert table["union"]["doxxing"][0]["law"].startswith("Regulation (EU) 2016/679")


@pytest.mark.parametrize("state, provision", [("DE", "Strafgesetzbuch (StGB), § 126a"),
                                              ("FR", "Code pénal, art. 223-1-1"),
                                              ("NL", "Wetboek van Strafrecht, art. 285d"),
                                              ("IE", "General Data Protection Regulation")])
def test_doxxing_is_explained_under_the_member_states_law(tmp_path, state, provision):
    text = document_text(render(notice_for(tmp_path, state), "dsa-notice"))
    item = next(line for line in text.splitlines() if line.startswith("Item I1"))
    assert provision in item
    assert "Protection from Harassment Act" not in text


def test_impersonation_is_not_explained_by_the_doxxing_provision(tmp_path):
    text = document_text(render(notice_for(tmp_path, "FR"), "dsa-notice"))
    item = next(line for line in text.splitlines() if line.startswith("Item I3"))
    assert "art. 226-4-1" in item and "art. 223-1-1" not in item


def test_without_a_member_state_the_explanation_is_missing(tmp_path):
    draft = build(notice_for(tmp_path), "dsa-notice")
    assert "platform_report.dsa_member_state" in draft.missing
    assert "Art. 16(2)(a) explanation: missing platform_report.dsa_member_state" in draft.checks
    assert any("must rest on Union or Member-State law" in n for n in draft.notes)


def test_a_member_state_without_a_table_is_missing_with_a_note(tmp_path):
    draft = build(notice_for(tmp_path, "ES"), "dsa-notice")
    assert "platform_report.dsa_member_state" in draft.missing
    assert any("no law table for ES" in n for n in draft.notes)


def test_unconfirmed_provisions_are_flagged(tmp_path):
    draft = build(notice_for(tmp_path, "FR"), "dsa-notice")
    assert any("Code pénal, art. 226-4-1" in n and "not confirmed" in n for n in draft.notes)
    assert not any("art. 223-1-1" in n for n in draft.notes)


def test_actual_knowledge_always_and_article_18_only_for_a_threat_to_life_or_safety(tmp_path):
    calm = notice_for(tmp_path, "IE", urgent=False)
    x_text = document_text(render(calm, "dsa-notice"))
    assert "Art. 16(3) and Art. 6:" in x_text and "actual knowledge" in x_text
    assert "Art. 18:" not in x_text   # no threat on X and nothing urgent
    from remedies import drafting
    job = next(j for j in drafting.plan(calm, ["dsa-notice"], ["en"]) if j.part == "telegram")
    assert "Art. 18:" in document_text(drafting.render(job))  # the threat of 16 September


def test_the_paste_text_names_the_law_per_item(cli, tmp_path):
    record = tmp_path / "r.yaml"
    record.write_text(SAMPLE.read_text(encoding="utf-8").replace(
        "  dsa_notice: false", "  dsa_notice: true\n  dsa_member_state: NL"), encoding="utf-8")
    result = cli("draft", record, "--doc", "dsa-notice", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / f"{REF}-dsa-notice-x-en.txt").read_text(encoding="utf-8")
    assert "The content is illegal under Regulation (EU) 2016/679 (General Data Protection Regulation), " \
           "Art. 5(1)(a) and Art. 6(1); Wetboek van Strafrecht, art. 285d" in text
    assert "Protection from Harassment Act" not in text
