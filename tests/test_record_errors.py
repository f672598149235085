"""Every kind of bad record gives one clear positioned sentence per problem and exit status 2."""

from __future__ import annotations

import re
import resource

import pytest

from remedies.record import RecordError, load
from remedies.record.source import MAX_BYTES

POSITIONED = re.compile(r"^error: (?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<rest>.+)$")


def errors(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("error: ")]


def line_of(path, fragment: str) -> int:
    """The line of `path` where `fragment` first appears (counted from 1)."""
    lines = path.read_bytes().decode("utf-8", "replace").splitlines()
    return next(number for number, text in enumerate(lines, 1) if fragment in text)


def assert_record_error(result, file_name: str, line: int, fragment: str, field: str | None = None):
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    found = []
    for text in errors(result):
        match = POSITIONED.match(text)
        assert match, f"not positioned: {text}"
        found.append(match)
    hits = [m for m in found if m["file"].endswith(file_name) and int(m["line"]) == line and fragment in m["rest"]]
    assert hits, f"no error at {file_name}:{line} with {fragment!r} in:\n{result.output}"
    if field:
        assert hits[0]["rest"].startswith(field + ": "), hits[0]["rest"]


def test_sample_validates_unchanged(sample):
    loaded = load(sample)
    assert loaded.record.case.reference == "RD-2026-031"
    assert loaded.warnings == []


def test_shared_sample_validates_unchanged():
    from conftest import ROOT

    shared = ROOT.parent / "shared" / "sample-record.yaml"
    if not shared.exists():
        pytest.skip("the shared sample is not beside this checkout")
    assert load(shared).record.victim.family_name == "Tan"


def test_tab_indentation(cli, record_file):
    path = record_file(lambda t: t.replace("  title: Doxxing", "\ttitle: Doxxing"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "\ttitle"), "tab character")


def test_unclosed_quote(cli, record_file):
    path = record_file(lambda t: t.replace('reference: "E/20260915/0042"', 'reference: "E/20260915/0042'))
    result = cli("check", path)
    opened = line_of(path, 'reference: "E/2026')
    assert f"has a quoted value starting at line {opened} that is never closed" in result.output
    assert result.exit_code == 2 and len(errors(result)) == 1


def test_empty_file(cli, record_file):
    result = cli("check", record_file(lambda t: "\n# nothing here\n"))
    assert_record_error(result, "record.yaml", 1, "is empty")


def test_top_level_list(cli, record_file):
    result = cli("check", record_file(lambda t: "- case: {}\n- victim: {}\n"))
    assert_record_error(result, "record.yaml", 1, "must be a mapping of sections")


def test_not_utf8(cli, record_file):
    path = record_file(lambda t: t.encode("utf-8").replace(b"given_names: Mei Ling", b"given_names: M\xe9i Ling"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "given_names"), "is not UTF-8 text")
    assert ":17: " in result.output  # the column of the bad byte


def test_binary_file(cli, tmp_path):
    path = tmp_path / "photo.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = cli("check", path)
    assert_record_error(result, "photo.yaml", 1, "binary file")


def test_file_over_size_limit(cli, record_file):
    result = cli("check", record_file(lambda t: t + "#" + "x" * MAX_BYTES + "\n"))
    assert_record_error(result, "record.yaml", 1, "larger than the")


def test_missing_file(cli, tmp_path):
    result = cli("check", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert "nope.yaml:1:1: does not exist" in result.output


BOMB = """\
record_version: 1
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_alias_bomb_fails_fast_in_bounded_memory(cli, tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB)  # expands to 9**9 = 387 million strings
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = cli("check", path)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert result.exit_code == 2
    assert "alias bomb" in result.output
    assert grown_kib < 100 * 1024, f"memory grew by {grown_kib} KiB"


def test_impossible_date(cli, record_file):
    path = record_file(lambda t: t.replace("date: 2026-09-16", "date: 2026-02-30"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "2026-02-30"), "'2026-02-30' is not a valid date", "incidents[2].date")


def test_incident_after_prepared_on_is_a_warning(cli, record_file):
    result = cli("check", record_file(lambda t: t.replace("date: 2026-10-02\n", "date: 2026-12-02\n")))
    assert result.exit_code == 0, result.output
    assert re.search(r"warning: .*record.yaml:\d+:\d+: incidents\[3\]\.date: 2026-12-02 is after case.prepared_on",
                     result.output)


def test_unknown_locale_lists_available(cli, record_file):
    path = record_file(lambda t: t.replace("locale: en ", "locale: xx "))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "locale: xx"), "'xx' is not an available locale; choose one of: ", "case.locale")
    assert "en" in errors(result)[0].split("choose one of: ")[1]


def test_unknown_locale_option(cli, sample, tmp_path):
    result = cli("draft", sample, "--locale", "xx", "--out", tmp_path)
    assert result.exit_code == 2
    assert "--locale 'xx' is not an available locale" in result.output
    assert list(tmp_path.iterdir()) == []


def test_unknown_key_did_you_mean(cli, record_file):
    path = record_file(lambda t: t.replace("respondents:", "respondants:"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "respondants:"), "did you mean 'respondents'?", "respondants")


def test_every_problem_reported_at_once(cli, record_file):
    def break_many(text: str) -> str:
        return (text.replace("harms: [threats]", "harms: [threat]")
                .replace("respondent: R1\n    harms: [harassment, impersonation]", "respondent: R7\n    harms: [harassment]")
                .replace("sha256: 0a1b", "sha256: zz1b")
                .replace("email: rmenon@example.com", "email: rmenon-at-example.com")
                .replace("country: SG\n  email: meiling", "country: Singapore\n  email: meiling")
                .replace("captured_at: 2026-09-14T22:05:00+08:00", "captured_at: 2026-09-14T22:05:00")
                .replace("evidence: [E4]", "evidence: [E5]"))

    result = cli("check", record_file(break_many))
    text = result.output
    assert result.exit_code == 2
    for fragment in ("'threat' is not one of", "did you mean 'threats'", "'R7' is not the id of any respondent",
                     "must be a SHA-256 hash", "is not a valid email address", "'Singapore' is not an ISO 3166-1",
                     "must include a UTC offset", "'E5' is not the id of any evidence item; did you mean 'E4'?"):
        assert fragment in text, fragment
    assert "7 problems found; nothing was written." in text


def test_duplicate_ids(cli, record_file):
    path = record_file(lambda t: t.replace("- id: E2", "- id: E1"))
    result = cli("check", path)
    second = [n for n, text in enumerate(path.read_text().splitlines(), 1) if "- id: E1" in text][1]
    assert_record_error(result, "record.yaml", second, "'E1' is used twice in evidence", "evidence[2].id")


def test_duplicate_key(cli, record_file):
    path = record_file(lambda t: t.replace("  title: Doxxing", "  reference: X\n  title: Doxxing"))
    result = cli("check", path)
    first = line_of(path, "reference: RD-2026-031")
    assert_record_error(result, "record.yaml", first + 1, f"appears twice in the same section (first at line {first})",
                        "case.reference")


def test_record_version_unknown(cli, record_file):
    path = record_file(lambda t: t.replace("record_version: 1", "record_version: 7"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "record_version: 7"), "not a record version this tool reads", "record_version")


def test_json_record_with_positions(cli, tmp_path, sample):
    import json

    data = load(sample).source.data
    data["incidents"][0]["harms"] = ["doxing"]
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data, indent=2, default=str))
    result = cli("check", path)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if '"doxing"' in text)
    assert_record_error(result, "record.json", line, "did you mean 'doxxing'?", "incidents[1].harms[1]")


def test_control_characters_removed_with_warning_and_scripts_kept(cli, record_file):
    def plant(text: str) -> str:
        return text.replace("effect: She stopped", 'effect: "She\\u0007 stopped').replace(
            "travel to work.", 'travel to work. 陈美玲 — Nguyễn — مرحبا — தமிழ் — ภาษาไทย"')

    path = record_file(plant)
    loaded = load(path)
    effect = loaded.record.incidents[1].effect
    assert "\x07" not in effect
    assert effect.endswith("陈美玲 — Nguyễn — مرحبا — தமிழ் — ภาษาไทย")
    assert any("control character" in w.message for w in loaded.warnings)


def test_load_raises_record_error_with_problems(record_file):
    with pytest.raises(RecordError) as caught:
        load(record_file(lambda t: t.replace("prepared_on: 2026-11-20", "prepared_on: 20261120")))
    assert "case.prepared_on" in str(caught.value)
