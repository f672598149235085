"""The record format is documented in the repository: schema titles, descriptions and examples, a current
docs/record.md, examples that point to it, and a README error example that is real output."""

from __future__ import annotations

import re

from conftest import EXAMPLES, ROOT
from remedies.record.schema import json_schema, reference_page, undocumented


def test_every_field_has_a_title_a_description_and_an_example():
    assert undocumented() == [], "add them to src/remedies/record/fields.yaml"
    schema = json_schema()
    sections = [schema] + list(schema["$defs"].values())
    count = 0
    for section in sections:
        for name, prop in section.get("properties", {}).items():
            count += 1
            assert prop.get("title") and prop.get("description") and prop.get("examples"), name
    assert count > 150


def test_reference_page_is_current():
    committed = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    assert committed == reference_page(), "run: remedies schema --markdown > docs/record.md"


def test_examples_point_to_the_reference_page():
    for name in ("sample-record.yaml", "detention-record.yaml", "bad.yaml"):
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        assert "docs/record.md" in text or name == "bad.yaml", name
        assert "record-format.md" not in text, name


def test_readme_quotes_the_real_output_for_bad_yaml(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli("check", "examples/bad.yaml")
    assert result.exit_code == 2
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"`remedies check examples/bad.yaml` prints:\n\n```\n(.*?)```", readme, re.S).group(1)
    assert block == result.output


def test_text_fields_in_the_schema_accept_what_yaml_reads_as_numbers():
    schema = json_schema()
    postal = schema["$defs"]["Address"]["properties"]["postal_code"]
    assert "number" in str(postal) and "string" in str(postal)
    description = schema["$defs"]["Incident"]["properties"]["description"]
    assert "object" in str(description)  # or one text per language
