"""Who did what: an incident's actor (victim, respondent, authority) decides what a platform is asked to act on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docxtext import document_text
from unfilings import DETENTION, SAMPLE, record_from, render

from remedies import drafting
from remedies.documents import REGISTRY
from remedies.documents import platform_incidents as pi
from remedies.record import load

ROOT = Path(__file__).resolve().parent.parent
SHARED_SAMPLE = Path("/work/shared/sample-record.yaml")


def test_the_shared_sample_validates_and_every_incident_is_the_respondents():
    path = SHARED_SAMPLE if SHARED_SAMPLE.exists() else SAMPLE
    record = load(path).record
    assert [record.actor_of(i) for i in record.incidents] == ["respondent"] * 3


def test_the_detention_example_names_the_victims_article_and_the_authorities_acts():
    record = load(DETENTION).record
    assert [record.actor_of(i) for i in record.incidents] == ["victim", "authority", "authority"]
    assert record.incidents[2].authority == "Kathmandu District Court"


def test_the_actor_left_out_is_derived_from_the_url_and_the_respondent(tmp_path):
    record = record_from(DETENTION, tmp_path, lambda t: "\n".join(
        line for line in t.splitlines() if not line.strip().startswith(("actor:", "authority:"))) + "\n")
    assert all(i.actor is None for i in record.incidents)
    assert [record.actor_of(i) for i in record.incidents] == ["victim", "authority", "authority"]


def test_a_bad_actor_is_an_input_error(cli, tmp_path):
    path = tmp_path / "bad-actor.yaml"
    path.write_text(DETENTION.read_text(encoding="utf-8").replace("actor: victim ", "actor: blogger "),
                    encoding="utf-8")
    result = cli("check", path)
    assert result.exit_code == 2
    assert "actor" in result.output and "blogger" in result.output


@pytest.mark.parametrize("change", [None, lambda t: t.replace("legal:\n", "platform_report:\n  platforms: [other]\n"
                                                                          "  dsa_notice: true\n\nlegal:\n", 1)])
def test_no_platform_report_or_dsa_notice_against_the_victims_own_article(cli, tmp_path, change):
    record = load(DETENTION).record if change is None else record_from(DETENTION, tmp_path, change)
    reason = REGISTRY["platform-report"].not_applicable(record)
    assert "incidents[1] (victim)" in reason and "never on the victim's own posts" in reason
    assert REGISTRY["dsa-notice"].not_applicable(record)
    jobs = drafting.plan(record, ["platform-report", "dsa-notice"], ["en"])
    assert all(job.draft is None for job in jobs)


def test_check_says_why_no_platform_report_is_drafted(cli):
    result = cli("check", DETENTION)
    line = next(line for line in result.output.splitlines() if line.strip().startswith("platform-report"))
    assert "not applicable" in line and "incidents[1] (victim)" in line


def test_provisions_are_cited_per_incident(tmp_path):
    record = load(SAMPLE).record
    laws = pi.incident_laws(record)
    assert "s 3(1)(c)" in laws["I1"][0] and "s 5(1A)" in laws["I1"][0]
    assert "s 3(1)(c)" not in laws["I3"][0] and "s 7(3)(b)(iii)" in laws["I3"][0]
    text = document_text(render(record, "platform-report"))
    impersonation = text[text.index("Incident I3"):]
    assert ("The content is also unlawful under Protection from Harassment Act 2014, s 3(1)(a), s 3(1)(b), s 4, "
            "s 7, s 7(3)(b)(iii).") in impersonation
    assert "s 3(1)(c)" not in impersonation.split("Evidence kept")[0]


def test_the_paste_ready_text_cites_each_incidents_own_provisions(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "platform-report", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "RD-2026-031-platform-report-x-en.txt").read_text(encoding="utf-8")
    assert "It is also unlawful under Protection from Harassment Act 2014, s 3(1)(a), s 3(1)(b), s 4, s 7, s 7(3)(b)(iii)." in text


def test_a_law_used_against_the_victim_is_never_cited_to_a_platform(tmp_path):
    record = record_from(SAMPLE, tmp_path, lambda t: t.replace(
        '      provisions: ["s 3(1)(c)", "s 5(1A)"]\n',
        '      provisions: ["s 3(1)(c)", "s 5(1A)"]\n      how_applied: Charged against the advocate for her posts.\n'))
    assert pi.incident_laws(record) == {}
    assert pi.laws_cited(record) == []
    assert "unlawful under" not in document_text(render(record, "platform-report"))


def test_the_schema_and_field_docs_describe_the_actor():
    schema = json.loads((ROOT / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    assert "actor" in json.dumps(schema) and "authority" in json.dumps(schema)
    docs = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    assert "Platform reports and DSA notices are written only for incidents by a respondent" in docs
