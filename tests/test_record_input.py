"""Records as people type them: values kept as typed, suggestions for values, and no input that crashes."""

from __future__ import annotations

import re

import pytest

from docxtext import document_text
from remedies.record import load
from remedies.record.source import MAX_DEPTH
from test_record_errors import assert_record_error, errors, line_of

REF = "RD-2026-031"


def _unquoted(text: str) -> str:
    return (text.replace('postal_code: "068898"', "postal_code: 068898")
            .replace("number: S9412345D", "number: 001087054321")
            .replace("pseudonym: Ms A", "pseudonym: 007"))


def test_numbers_typed_into_text_fields_keep_their_leading_zeros(cli, record_file, tmp_path):
    path = record_file(_unquoted)
    loaded = load(path)
    assert loaded.record.submitter.address.postal_code == "068898"
    assert loaded.record.victim.id_documents[0].number == "001087054321"
    assert loaded.record.victim.pseudonym == "007"
    result = cli("draft", path, "--doc", "regulator-complaint", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = " ".join(document_text(tmp_path / f"{REF}-regulator-complaint-en.docx").split())
    assert "Singapore 068898" in text


def test_an_id_number_typed_as_a_number_is_printed_as_typed(cli, tmp_path):
    """The WGAD form asks for the identity document: a number written without quotes keeps its zeros."""
    from conftest import EXAMPLES

    path = tmp_path / "detention.yaml"
    path.write_text((EXAMPLES / "detention-record.yaml").read_text(encoding="utf-8")
                    .replace("number: 27-01-70-04512", "number: 0027017004512"), encoding="utf-8")
    assert load(path).record.victim.id_documents[0].number == "0027017004512"
    result = cli("draft", path, "--doc", "wgad", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    written = next((tmp_path / "out").glob("*-wgad-en.docx"))
    assert "0027017004512" in " ".join(document_text(written).split())


def test_booleans_dates_and_country_codes_typed_into_text_stay_text(record_file):
    path = record_file(lambda t: t.replace("  title: Doxxing and threats against a women's rights advocate",
                                           "  title: yes")
                       .replace("effect: She stopped using public transport to travel to work.",
                                "effect: 2026-09-14")
                       .replace("relationship_to_victim: none known", "relationship_to_victim: NO")
                       .replace("    country: SG\n  email: meiling", "    country: NO\n  email: meiling"))
    record = load(path).record
    assert record.case.title == "yes"
    assert record.incidents[1].effect == "2026-09-14"
    assert record.respondents[0].relationship_to_victim == "NO"
    assert record.victim.address.country == "NO"  # Norway, not false


@pytest.mark.parametrize("typed,meaning", [("yes", True), ("No", False), ("TRUE", True), ("False", False),
                                           ("'yes'", True)])
def test_boolean_fields_accept_yes_and_no_in_any_case(record_file, typed, meaning):
    path = record_file(lambda t: t.replace("press_brief: true", f"press_brief: {typed}"))
    assert load(path).record.victim.consent.press_brief is meaning


def test_a_boolean_field_with_another_word_lists_the_accepted_values(cli, record_file):
    path = record_file(lambda t: t.replace("press_brief: true", "press_brief: maybe"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "press_brief: maybe"),
                        "'maybe' is not true or false; write true, false, yes or no", "victim.consent.press_brief")


def test_reference_with_slashes_drafts_under_a_safe_file_name(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("reference: RD-2026-031", "reference: KL/2026/118"))
    out = tmp_path / "out"
    result = cli("draft", path, "--doc", "court-application", "--out", out)
    assert result.exit_code == 0, result.output
    written = out / "KL-2026-118-court-application-simplified-claim-en.docx"
    assert "KL/2026/118" in document_text(written)
    assert sorted(p.name for p in out.iterdir()) == [written.name, written.with_suffix(".txt").name]


@pytest.mark.parametrize("reference,name", [("RD 2026 031", "RD-2026-031"), ("../../etc/x", "etc-x"),
                                            ("Ref: A\\\\B", "Ref-A-B"), ("陈-2026", "陈-2026")])
def test_file_names_are_made_safe(reference, name):
    from remedies.rendering.output import file_name

    assert file_name(reference, "wgad", "en") == f"{name}-wgad-en.docx"


def test_a_reference_that_cannot_name_a_file_is_refused(cli, record_file):
    path = record_file(lambda t: t.replace("reference: RD-2026-031", 'reference: "///"'))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, 'reference: "///"'), "cannot name a file",
                        "case.reference")


def test_a_reference_holding_a_newline_gives_a_message_on_one_line(cli, record_file):
    path = record_file(lambda t: t.replace("reference: RD-2026-031", 'reference: "RD\\n2026"'))
    result = cli("check", path)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and "must be on one line" in lines[0], result.output


@pytest.mark.parametrize("old,new,suggestion", [
    ("    country: SG\n  email: meiling", "    country: Malaysia\n  email: meiling", "did you mean 'MY'?"),
    ("    country: SG\n  email: meiling", "    country: sg\n  email: meiling", "did you mean 'SG'?"),
    ("sex: female", "sex: F", "did you mean 'female'?"),
    ("  - platform: x\n      handle: \"@meiling", "  - platform: Facebook\n      handle: \"@meiling",
     "did you mean 'facebook'?"),
    ("    platform: telegram\n", "    platform: Twitter\n", "did you mean 'x'?"),
    ("locale: en ", "locale: French ", "did you mean 'fr'?"),
])
def test_values_get_did_you_mean(cli, record_file, old, new, suggestion):
    path = record_file(lambda t: t.replace(old, new, 1))
    result = cli("check", path)
    assert result.exit_code == 2, result.output
    assert suggestion in result.output


def test_deep_nesting_is_refused_at_the_first_level_past_the_limit(cli, tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("record_version: 1\ncase: " + "[" * 5000 + "]" * 5000 + "\n")
    result = cli("check", path)
    assert_record_error(result, "deep.yaml", 2, f"nested more than {MAX_DEPTH} levels deep")
    assert f"deep.yaml:2:{len('case: ') + MAX_DEPTH}:" in result.output  # the first '[' past the limit


def test_deep_mapping_nesting_is_refused(cli, tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("record_version: 1\ncase: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n")
    result = cli("check", path)
    assert_record_error(result, "deep.yaml", 2, f"nested more than {MAX_DEPTH} levels deep")


def test_deep_nesting_through_aliases_is_refused(cli, tmp_path):
    lines = ["record_version: 1", "a: &a " + "[" * 40 + "]" * 40]
    lines += [f"b{n}: &b{n} [[[[[[[[[[*{'a' if n == 0 else f'b{n - 1}'}]]]]]]]]]]" for n in range(30)]
    path = tmp_path / "alias.yaml"
    path.write_text("\n".join(lines) + "\n")
    result = cli("check", path)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "through a YAML alias" in result.output


def test_a_huge_number_is_never_shown_whole(cli, record_file):
    path = record_file(lambda t: t.replace("record_version: 1", "record_version: 0x" + "f" * 20000))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "record_version:"), "is not a record version",
                        "record_version")
    assert len(errors(result)) == 1 and len(result.output) < 1000


def test_a_huge_number_in_a_text_field_is_kept_as_text(record_file):
    digits = "9" * 5000
    path = record_file(lambda t: t.replace("pseudonym: Ms A", f"pseudonym: {digits}"))
    assert load(path).record.victim.pseudonym == digits


def test_utf16_record_is_named_as_such(cli, tmp_path, sample_text):
    for encoding, name in (("utf-16", "bom.yaml"), ("utf-16-le", "le.yaml"), ("utf-16-be", "be.yaml")):
        path = tmp_path / name
        path.write_bytes(sample_text.encode(encoding))
        result = cli("check", path)
        assert_record_error(result, name, 1, "is saved as UTF-16 text; save it as UTF-8")


def test_a_late_nul_is_reported_where_it_is(cli, record_file):
    path = record_file(lambda t: t.replace("effect: She stopped", "effect: She\x00 stopped"))
    result = cli("check", path)
    line = line_of(path, "effect: She")
    assert_record_error(result, "record.yaml", line, "control character (U+0000)")
    assert f"record.yaml:{line}:16:" in result.output


def test_a_null_key_is_named_as_typed(cli, record_file):
    path = record_file(lambda t: t.replace("  pseudonym: Ms A", "  pseudonym: Ms A\n  null: x"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "null: x"), "'null' is not a field", "victim.null")
    assert "None" not in result.output


def test_a_key_with_no_name(cli, record_file):
    path = record_file(lambda t: t.replace("  pseudonym: Ms A", "  pseudonym: Ms A\n  other: {? : x}"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "{? : x}"), "has a key with no name")


def test_a_second_document_is_refused(cli, record_file):
    path = record_file(lambda t: t + "---\nrecord_version: 1\n")
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "---"), "second YAML document")


def test_merge_keys_let_explicit_keys_win(tmp_path):
    path = tmp_path / "merge.yaml"
    path.write_text("record_version: 1\ncase:\n  <<: {reference: A-1, prepared_on: 2026-01-01}\n"
                    "  reference: B-2\n")
    assert load(path).record.case.reference == "B-2"


def test_list_where_text_is_expected(cli, record_file):
    path = record_file(lambda t: t.replace("pseudonym: Ms A", "pseudonym: [Ms A]"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "pseudonym: [Ms A]"), "must be text, not a list",
                        "victim.pseudonym")


def test_identity_fields_are_written_once(cli, record_file):
    path = record_file(lambda t: t.replace("family_name: Tan", "family_name: {en: Tan, fr: Tan}"))
    result = cli("check", path)
    assert_record_error(result, "record.yaml", line_of(path, "family_name: {en"), "is written once, not per language",
                        "victim.family_name")


@pytest.mark.parametrize("garbage", ["a: [b, c", "a: 'b\n", "- - - [", "? ? ? :", "a: *b", "&a [*a]",
                                     "{a: 1, a: 2}", "a: !!binary x", "%YAML 9.9\n---\na: 1",
                                     "a:\n - b\n c: d", "\ufeff\ufeffa: 1", "a: @b", "`x`"])
def test_any_garbage_gives_one_positioned_sentence(cli, tmp_path, garbage):
    path = tmp_path / "garbage.yaml"
    path.write_text(garbage, encoding="utf-8")
    result = cli("check", path)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    for line in errors(result):
        assert re.match(r"^error: .*garbage\.yaml:\d+:\d+: ", line), line


def test_check_json_prints_one_object_for_an_invalid_record(cli, record_file, tmp_path):
    import json

    path = record_file(lambda t: t.replace("sex: female", "sex: F"))
    result = cli("check", path, "--json")
    assert result.exit_code == 2
    found = json.loads(result.stdout)
    assert found["valid"] is False
    problem = found["problems"][0]
    assert problem["path"] == "victim.sex" and problem["line"] == line_of(path, "sex: F")
    assert "did you mean 'female'?" in problem["message"]
    missing = json.loads(cli("check", tmp_path / "nope.yaml", "--json").stdout)
    assert missing["valid"] is False and "does not exist" in missing["problems"][0]["message"]
    unparsable = tmp_path / "broken.yaml"
    unparsable.write_text("a: [")
    assert json.loads(cli("check", unparsable, "--json").stdout)["valid"] is False
