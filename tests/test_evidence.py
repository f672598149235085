"""Evidence files: the record editor, `evidence add`, verify and check, custody, manifest, bundle, clean copies."""

from __future__ import annotations

import json

import pytest
from evidencefiles import folder, jpeg_with_exif, png

import remedies.evidence as evidence
from remedies.evidence import EvidenceError
from remedies.record import edit, load


@pytest.fixture
def case(tmp_path, sample_text):
    """A record in a folder with an evidence sub-folder of real files."""
    record = tmp_path / "record.yaml"
    record.write_text(sample_text, encoding="utf-8")
    files = folder(tmp_path / "evidence")
    return record, files


# ---- the record editor -----------------------------------------------------------------------------


def test_editor_round_trip_is_byte_identical_on_every_example(sample):
    for path in sorted(sample.parent.glob("*.yaml")):
        if path.name == "bad.yaml":
            continue
        document = edit.parse(path)
        assert document.dumps() == path.read_text(encoding="utf-8"), path.name


def test_editor_keeps_comments_order_and_quoting(tmp_path, sample_text):
    path = tmp_path / "r.yaml"
    path.write_text(sample_text, encoding="utf-8")
    with edit.editing(path) as document:
        document.data["case"]["title"] = "A new title"
    after = path.read_text(encoding="utf-8")
    assert "title: A new title" in after
    before_lines = [ln for ln in sample_text.splitlines() if "title:" not in ln or not ln.startswith("  title")]
    after_lines = [ln for ln in after.splitlines() if "title:" not in ln or not ln.startswith("  title")]
    assert before_lines == after_lines  # every other line, comments included, unchanged


def test_editor_refuses_an_invalid_change_and_leaves_the_file(tmp_path, sample_text):
    path = tmp_path / "r.yaml"
    path.write_text(sample_text, encoding="utf-8")
    with pytest.raises(Exception) as caught:
        with edit.editing(path) as document:
            document.data["case"]["state"] = "Singapore"
    assert "case.state" in str(caught.value) and "after the change" in str(caught.value)
    assert path.read_text(encoding="utf-8") == sample_text
    assert [p.name for p in tmp_path.iterdir()] == ["r.yaml"]  # no temporary file left behind


def test_editor_json_keeps_key_order_and_indent(tmp_path, sample):
    data = load(sample).source.data
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")
    with edit.editing(path) as document:
        document.data["case"]["title"] = "Changed"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n    "record_version"')
    assert list(json.loads(text)) == list(data)


# ---- evidence add ------------------------------------------------------------------------------------


def test_add_records_hash_size_type_and_metadata_time_keeping_comments(case):
    import hashlib

    record, files = case
    before = record.read_text(encoding="utf-8")
    ids = evidence.add(record, [files["jpeg"], files["pdf3"], files["json"]], captured_by="victim")
    assert ids == ["E5", "E6", "E7"]
    after = record.read_text(encoding="utf-8")
    for line in before.splitlines():
        if "#" in line:
            assert line in after  # every comment kept where it was
    loaded = load(record).record
    photo, log, chat = loaded.exhibit("E5"), loaded.exhibit("E6"), loaded.exhibit("E7")
    assert photo.sha256 == hashlib.sha256(files["jpeg"].read_bytes()).hexdigest()
    assert photo.size == files["jpeg"].stat().st_size
    assert (photo.media_type, log.media_type, chat.media_type) == ("image/jpeg", "application/pdf", "application/json")
    assert photo.file == "evidence/photo.jpg"
    assert photo.captured_at.isoformat() == "2026-09-14T22:05:00+08:00"
    assert photo.captured_at_from == "file metadata (EXIF DateTimeOriginal)"
    assert log.captured_at.isoformat() == "2026-09-15T10:15:00+08:00"
    assert log.captured_at_from == "file metadata (PDF CreationDate)"
    assert [e.action for e in photo.custody] == ["captured", "received", "hashed"]
    assert chat.captured_at is None


def test_add_never_changes_the_file(case):
    record, files = case
    before = {name: (p.read_bytes(), p.stat().st_mtime_ns) for name, p in files.items()}
    evidence.add(record, list(files.values()))
    assert {name: (p.read_bytes(), p.stat().st_mtime_ns) for name, p in files.items()} == before


def test_same_file_twice_is_refused_with_its_id(case):
    record, files = case
    evidence.add(record, [files["png"]])
    text = record.read_text(encoding="utf-8")
    copy = files["png"].with_name("copy-of-screenshot.png")
    copy.write_bytes(files["png"].read_bytes())
    with pytest.raises(EvidenceError, match=r"already in the record as evidence E5"):
        evidence.add(record, [files["jpeg"], copy])
    assert record.read_text(encoding="utf-8") == text  # all or nothing


def test_add_without_offset_in_metadata_records_no_time_and_says_so(case, tmp_path):
    record, _ = case
    photo = jpeg_with_exif(tmp_path / "evidence" / "local.jpg", offset="")
    [added] = evidence.add_files(record, [photo])
    assert added.captured_at is None
    assert "without a UTC offset" in added.notes[0] and "--captured-at" in added.notes[0]


def test_add_json_record(tmp_path, sample, case):
    _, files = case
    data = load(sample).source.data
    record = tmp_path / "r.json"
    record.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    assert evidence.add(record, [files["png"]], id="SHOT-1", description="截图 لقطة") == ["SHOT-1"]
    item = load(record).record.exhibit("SHOT-1")
    assert item.file == "evidence/screenshot.png" and item.description == "截图 لقطة"
    assert not record.read_text(encoding="utf-8").endswith("\n")  # the file's own ending kept


def test_sixty_four_zeros_is_a_hash_not_a_number(record_file):
    zero = "0" * 64
    path = record_file(lambda t: t.replace(
        "3f5a9c0e1d2b4a6f8e7d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f", zero))
    assert load(path).record.exhibit("E1").sha256 == zero
