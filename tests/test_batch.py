"""`remedies draft RECORD... | FOLDER`: many records in one run, each exactly as if drafted alone."""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from docxtext import document_text

sys.path.insert(0, str(ROOT / "benchmarks"))
import records  # noqa: E402


@pytest.fixture
def folder(tmp_path) -> Path:
    """Five records, one from each valid example, with their own case references."""
    return records.write_variants(tmp_path / "records", 5)[0].parent


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_batch_output_is_byte_identical_to_drafting_each_record_alone(cli, folder, tmp_path):
    single = tmp_path / "single"
    for record in sorted(folder.iterdir()):
        result = cli("draft", record, "--out", single)
        assert result.exit_code == 0, result.output
    batch = tmp_path / "batch"
    result = cli("draft", folder, "--out", batch, "--jobs", "2")
    assert result.exit_code == 0, result.output

    alone, together = _files(single), _files(batch)
    assert sorted(alone) == sorted(together)
    documents = [name for name in alone if name.endswith(".docx")]
    assert len(documents) >= 25 and {n.split("-")[1] for n in documents} == {"0001", "0002", "0003", "0004", "0005"}
    for name in alone:
        assert together[name] == alone[name], name
    for name in documents:  # the same text a reader sees, and the same document.xml
        assert document_text(batch / name) == document_text(single / name)
        with zipfile.ZipFile(batch / name) as a, zipfile.ZipFile(single / name) as b:
            assert a.read("word/document.xml") == b.read("word/document.xml")
    assert "5 of 5 records drafted without problems" in result.output
    assert f"{len(alone)} files written" in result.output


def test_batch_in_one_process_matches_the_pool(cli, folder, tmp_path):
    assert cli("draft", folder, "--out", tmp_path / "one", "--jobs", "1").exit_code == 0
    assert cli("draft", folder, "--out", tmp_path / "two", "--jobs", "2").exit_code == 0
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_bad_record_is_reported_and_the_others_are_written(cli, folder, tmp_path):
    shutil.copy(EXAMPLES / "bad.yaml", folder / "bad.yaml")
    out = tmp_path / "out"
    result = cli("draft", folder, "--out", out, "--jobs", "2")
    assert result.exit_code == 2
    bad = str(folder / "bad.yaml")
    assert f"{bad}: error: {bad}:20:8: victim.sex" in result.output
    assert f"{bad}: 9 problems found; nothing was written." in result.output
    assert f"with problems (see above): {bad} (exit 2)" in result.output
    written = _files(out)
    for number in range(1, 6):
        assert any(name.startswith(f"BENCH-{number:04d}-") for name in written), number
    assert not any("RD-2026-031" in name for name in written)  # bad.yaml's reference: nothing of it


def test_exit_status_is_the_worst_of_the_records(cli, tmp_path):
    # --strict: the sample has placeholders (exit 3 alone); bad.yaml is invalid (exit 2 alone).
    paths = [EXAMPLES / "sample-record.yaml", EXAMPLES / "bad.yaml"]
    alone = [cli("draft", p, "--strict", "--out", tmp_path / f"alone-{i}").exit_code for i, p in enumerate(paths)]
    assert alone == [3, 2]
    result = cli("draft", *paths, "--strict", "--out", tmp_path / "batch")
    assert result.exit_code == 3
    assert "0 of 2 records drafted without problems" in result.output
    assert not (tmp_path / "batch").exists() or not any((tmp_path / "batch").iterdir())


def test_a_missing_record_does_not_stop_the_others(cli, folder, tmp_path):
    missing = tmp_path / "nowhere.yaml"
    first = sorted(folder.iterdir())[0]
    result = cli("draft", missing, first, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert f"{missing}: error: {missing}" in result.output
    assert any(name.startswith("BENCH-0001-") for name in _files(tmp_path / "out"))


def test_per_record_puts_each_records_files_in_its_own_folder(cli, folder, tmp_path):
    out = tmp_path / "out"
    result = cli("draft", folder, "--out", out, "--per-record")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [f"record-{n:04d}" for n in range(1, 6)]
    for number in range(1, 6):
        inside = out / f"record-{number:04d}"
        names = [p.name for p in inside.iterdir()]
        assert names and all(name.startswith(f"BENCH-{number:04d}-") for name in names), names
    # the same names and bytes as drafting the record alone into that folder
    alone = tmp_path / "alone"
    assert cli("draft", folder / "record-0002.yaml", "--out", alone).exit_code == 0
    assert _files(alone) == _files(out / "record-0002")


def test_per_record_refuses_two_records_that_would_share_a_folder(cli, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for side in ("a", "b"):
        shutil.copy(EXAMPLES / "sample-record.yaml", tmp_path / side / "case.yaml")
    result = cli("draft", tmp_path / "a" / "case.yaml", tmp_path / "b" / "case.yaml", "--per-record",
                 "--out", tmp_path / "out")
    assert result.exit_code == 2 and "would share the folder" in result.output
    assert not (tmp_path / "out").exists()


def test_an_empty_folder_is_an_input_problem(cli, tmp_path):
    (tmp_path / "empty").mkdir()
    result = cli("draft", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "holds no record file" in result.output


def test_one_record_alone_keeps_its_messages(cli, tmp_path):
    result = cli("draft", EXAMPLES / "sample-record.yaml", "--doc", "harassment-order", "--out", tmp_path)
    assert result.exit_code == 0
    assert "drafted without problems" not in result.output  # no batch summary for a single record
    assert f"wrote {tmp_path / 'RD-2026-031-court-application-simplified-claim-en.docx'}" in result.output


def test_existing_files_are_not_replaced_without_force_in_a_batch(cli, folder, tmp_path):
    out = tmp_path / "out"
    assert cli("draft", folder, "--out", out).exit_code == 0
    before = _files(out)
    result = cli("draft", folder, "--out", out)
    assert result.exit_code == 1 and "already exist" in result.output
    assert _files(out) == before
