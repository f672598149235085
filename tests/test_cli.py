"""The command line: docs, schema, version, check, and help everywhere."""

from __future__ import annotations

import json

from conftest import ROOT, SAMPLE
from remedies import __version__
from remedies.record.schema import json_schema


def test_docs_lists_one_line_per_document(cli):
    result = cli("docs")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert any(line.startswith("court-application ") for line in lines)


def test_schema_is_json_schema_and_committed_copy_is_current(cli):
    result = cli("schema")
    assert result.exit_code == 0
    printed = json.loads(result.output)
    assert printed["additionalProperties"] is False
    assert "respondents" in printed["properties"]
    committed = json.loads((ROOT / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: remedies schema > schema/record.schema.json"


def test_examples_carry_the_schema_comment():
    for example in (ROOT / "examples").glob("*.yaml"):
        first = example.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/record.schema.json", example.name


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_help_everywhere(cli):
    for command in ([], ["draft"], ["check"], ["docs"], ["schema"]):
        result = cli(*command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_check_prints_readiness(cli):
    result = cli("check", SAMPLE)
    assert result.exit_code == 0
    assert "valid record (3 incidents, 4 exhibits)" in result.output
    assert "court-application (simplified-claim)" in result.output and "ready" in result.output


def test_check_json(cli):
    result = cli("check", SAMPLE, "--json")
    data = json.loads(result.output)
    row = next(r for r in data["documents"] if r["document"] == "court-application")
    assert data["valid"] is True and row["status"] == "ready" and row["missing"] == []


def test_check_lists_missing_fields(cli, record_file):
    path = record_file(lambda t: t.replace("  orders:\n", "  old_orders:\n"))
    result = cli("check", path)
    assert result.exit_code == 2  # unknown key: never silently dropped
    path = record_file(lambda t: t.replace("    relationship_to_victim: none known\n", ""))
    result = cli("check", path)
    assert result.exit_code == 0
    assert "missing: respondents[1].relationship_to_victim" in result.output


def test_unknown_jurisdiction_is_not_applicable(cli, record_file, tmp_path):
    path = record_file(lambda t: t.replace("jurisdiction: SG ", "jurisdiction: FR "))
    result = cli("check", path)
    assert "not applicable: no jurisdiction profile for FR" in result.output
    result = cli("draft", path, "--doc", "harassment-order", "--out", tmp_path)
    assert result.exit_code == 2 and "skipped court-application (en)" in result.output
