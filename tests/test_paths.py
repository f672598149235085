"""Long lists of record paths and ids are shown as ranges, and nothing listed is hidden."""

from __future__ import annotations

import yaml

from conftest import SAMPLE
from remedies.record.paths import compact, id_list


def test_a_run_of_indexes_is_one_range_and_gaps_are_kept():
    paths = [f"incidents[{n}].effect" for n in (1, 2, 3, 4, 7, 9, 10, 11)] + ["press.asks"]
    assert compact(paths) == "incidents[1-4].effect, incidents[7].effect, incidents[9-11].effect, press.asks"


def test_short_runs_and_other_fields_are_listed_one_by_one_in_order():
    paths = ["legal.domestic_remedies (kind: platform_report)", "incidents[1].effect", "incidents[2].effect",
             "incidents[1].description", "respondents[1].basis_for_identification"]
    assert compact(paths) == ("legal.domestic_remedies (kind: platform_report), incidents[1].effect, "
                              "incidents[2].effect, incidents[1].description, respondents[1].basis_for_identification")


def test_nested_indexes_group_by_the_last_one():
    paths = [f"incidents[2].evidence[{n}]" for n in range(1, 6)]
    assert compact(paths) == "incidents[2].evidence[1-5]"


def test_id_lists_name_the_first_ones_and_count_the_rest():
    assert id_list(["I1", "I2"]) == "I1, I2"
    ids = [f"I{n}" for n in range(1, 10_001)]
    assert id_list(ids) == "I1, I2, I3, I4, I5, I6, I7, I8, I9, I10, I11, I12 and 9,988 more"


def test_check_shows_a_record_with_many_incidents_in_a_few_lines(cli, tmp_path):
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    first = data["incidents"][0]
    data["incidents"] = [{k: v for k, v in first.items() if k not in ("effect", "evidence")}
                         | {"id": f"I{n}", "description": f"Posted the address again, post {n}."}
                         for n in range(1, 301)]
    record = tmp_path / "many.yaml"
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = cli("check", record)
    assert "incidents[1-300].effect" in result.output
    assert "incidents[150].effect" not in result.output
    assert "I12 and 288 more" in result.output
    assert max(len(line) for line in result.output.splitlines()) < 600
