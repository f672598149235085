"""Paste-ready form text: one block per field, short and full versions, honest character counts and limits."""

from __future__ import annotations

import re

import pytest

from remedies.documents.form_text import ELLIPSIS, fit
from remedies.knowledge import platforms

REF = "RD-2026-031"
HEAD = re.compile(r"^(Short version|Full version|Text) \((\d+)(?: of (\d+))? characters\)(.*):$")


def versions(text: str) -> list[tuple[str, int, int | None, str, str]]:
    """(kind, count, limit, flags, body) for every version in a paste-ready text file."""
    lines = text.split("\n")
    found = []
    for index, line in enumerate(lines):
        match = HEAD.match(line)
        if match:
            end = index + 1
            while end < len(lines) and lines[end] != "":
                end += 1
            body = "\n".join(lines[index + 1:end])
            limit = int(match.group(3)) if match.group(3) else None
            found.append((match.group(1), int(match.group(2)), limit, match.group(4), body))
    return found


def test_sample_text_has_a_block_per_field_with_true_counts(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "platform-report", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = (tmp_path / f"{REF}-platform-report-x-en.txt").read_text(encoding="utf-8")
    assert text.startswith("Paste-ready text: report to X\n")
    assert text.count("--- URL ---") == 2  # incidents I1 and I3
    assert text.count("--- Category (the rule broken) ---") == 2
    assert text.count("--- Description ---") == 2
    found = versions(text)
    assert len(found) == 12
    for kind, count, limit, flags, body in found:
        assert count == len(body), (kind, body)
        if limit is not None:
            assert ("OVER THE LIMIT" in flags) == (count > limit)
    short_descriptions = [v for v in found if v[0] == "Short version" and v[2] == 1000]
    assert short_descriptions and all(v[1] <= 1000 for v in short_descriptions)
    assert "Private Information; Abuse and Harassment" in text
    assert "https://x.com/truth_patrol_sg/status/1834567890123456789\nAccount: @truth_patrol_sg" in text


def test_limit_from_data_file_shortens_at_a_word_and_says_so(cli, sample, tmp_path, monkeypatch):
    override = tmp_path / "data" / "platforms"
    override.mkdir(parents=True)
    source = (platforms.data.DATA / "platforms" / "telegram.yaml").read_text(encoding="utf-8")
    (override / "telegram.yaml").write_text(
        source.replace("form_limits:\n  description: 1000", "form_limits:\n  category: 10\n  description: 120"),
        encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path / "data"))
    result = cli("draft", sample, "--doc", "platform-report", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / f"{REF}-platform-report-telegram-en.txt").read_text(encoding="utf-8")
    assert "Form limits (characters): Category (the rule broken) 10, Description 120." in text
    found = versions(text)
    short = next(v for v in found if v[0] == "Short version" and v[2] == 120)
    assert short[1] <= 120 and "SHORTENED to fit the limit" in short[3]
    assert short[4].endswith(ELLIPSIS)
    full = next(v for v in found if v[0] == "Full version" and v[2] == 120)
    assert "OVER THE LIMIT by" in full[3]
    kept = short[4][:-1]
    original = ("Promoting violence: Posted \"she will learn what happens to people like her <3\" with the "
                "address repeated, in a channel of about 3,400 subscribers.")
    assert original.startswith(kept) and original[len(kept)] in " ,"
    # The category "Promoting violence" (18) is one field over its limit of 10: flagged, not cut.
    category = next(v for v in found if v[2] == 10)
    assert category[4] == "Promoting violence" and "OVER THE LIMIT by 8 characters" in category[3]
    check = cli("check", sample)
    assert "paste-ready text shortened to fit the form: Incident I2, 16 September 2026: Description" in check.output


@pytest.mark.parametrize("text,limit,expected", [
    ("remove this post now", 12, "remove this" + ELLIPSIS),
    ("remove this post now", 11, "remove" + ELLIPSIS),
    ("remove this post now", 20, "remove this post now"),
    ("remove this, post now", 13, "remove this" + ELLIPSIS),
    ("https://example.org/a/very/long/address", 10, "https://example.org/a/very/long/address"),
])
def test_fit_never_cuts_mid_word(text, limit, expected):
    fitted = fit(text, limit)
    assert fitted.text == expected
    assert fitted.shortened == (fitted.text != text)
    if fitted.shortened:
        assert len(fitted.text) <= limit
        kept = fitted.text[:-1]
        assert text.startswith(kept) and (text[len(kept)] in " ,")


def test_text_option_prints_the_text_and_writes_nothing(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "platform-report", "--text", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "Paste-ready text: report to X" in result.output
    assert "Paste-ready text: report to Telegram" in result.output
    assert "wrote " not in result.output
    assert list(tmp_path.iterdir()) == []


def test_text_option_without_paste_ready_document_is_an_error(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "un-special-procedures", "--text", "--out", tmp_path)
    assert result.exit_code == 2
    assert "error: --text: un-special-procedures has no paste-ready text" in result.output
