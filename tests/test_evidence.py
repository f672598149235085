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


# ---- a record whose evidence is added from real files -----------------------------------------------------


def without_evidence(text: str) -> str:
    """The sample with no evidence items (its files are fictional) and no references to them."""
    import re

    text = re.sub(r"(?ms)^evidence:\n.*?(?=^\S)", "evidence: []\n\n", text)
    return re.sub(r"(?m)^    evidence: \[.*\]\n", "", text)


@pytest.fixture
def filed(tmp_path, sample_text):
    """A record with five real evidence files added: PDF (3 pages), JSON, JPEG, PDF (2 pages), PNG."""
    record = tmp_path / "case" / "record.yaml"
    record.parent.mkdir()
    record.write_text(without_evidence(sample_text), encoding="utf-8")
    files = folder(record.parent / "evidence")
    order = [files["pdf3"], files["json"], files["jpeg"], files["pdf2"], files["png"]]
    descriptions = ["Call log, 14-15 September 2026", "Telegram chat export", "Photo of the flyer at her door",
                    "Police report", "Screenshot of the post"]
    for path, text in zip(order, descriptions):
        evidence.add(record, [path], description=text, captured_by="victim")
    return record, files


def test_check_fails_naming_the_item_when_one_byte_changes(filed, cli):
    record, files = filed
    assert cli("check", record).exit_code == 0
    data = bytearray(files["jpeg"].read_bytes())
    data[len(data) // 2] ^= 0x01
    files["jpeg"].write_bytes(bytes(data))
    result = cli("check", record)
    assert result.exit_code == 2
    error = next(line for line in result.output.splitlines() if line.startswith("error:"))
    assert "evidence[3].sha256" in error and "evidence E3 ('evidence/photo.jpg') has changed" in error
    import hashlib

    assert hashlib.sha256(bytes(data)).hexdigest() in error
    assert load(record).record.exhibit("E3").sha256 in error
    verify = cli("evidence", "verify", record)
    assert verify.exit_code == 2 and "1 changed" in verify.output


def test_verify_missing_file_warns_and_missing_hash_names_the_command(filed, cli):
    record, files = filed
    files["json"].unlink()
    text = record.read_text(encoding="utf-8")
    sha = load(record).record.exhibit("E5").sha256
    record.write_text(text.replace(f"    sha256: {sha}\n", ""), encoding="utf-8")
    result = cli("evidence", "verify", record)
    assert result.exit_code == 0
    assert "warning:" in result.output and "evidence E2 ('evidence/chat-export.json'): the file is not found" in result.output
    note = next(line for line in result.output.splitlines() if "E5" in line)
    assert "no SHA-256 is recorded" in note and "remedies evidence add" in note
    assert "3 unchanged, 1 missing or unreadable, 1 without a recorded hash" in result.output
    # and `evidence add` on that file records its hash on the same item
    added = cli("evidence", "add", record, files["png"])
    assert added.exit_code == 0 and "hash recorded for E5" in added.output
    assert load(record).record.exhibit("E5").sha256 == sha


def test_check_json_reports_evidence(filed, cli):
    record, _ = filed
    result = cli("check", record, "--json")
    data = json.loads(result.output)
    assert [e["status"] for e in data["evidence"]] == ["unchanged"] * 5


def test_cli_add_refuses_bad_input_in_one_sentence(filed, cli, tmp_path):
    record, files = filed
    again = cli("evidence", "add", record, files["pdf2"])
    assert again.exit_code == 2
    assert again.output.strip().splitlines()[-1] == (
        f"error: {files['pdf2']}: is already in the record as evidence E4 (same SHA-256); it was not added again; "
        "nothing was written")
    missing = cli("evidence", "add", record, tmp_path / "nope.png")
    assert missing.exit_code == 2 and "does not exist" in missing.output
    when = cli("evidence", "add", record, png(tmp_path / "n.png", colour=(1, 2, 3)), "--captured-at", "2026-09-14 22:05")
    assert when.exit_code == 2 and "must include a UTC offset" in when.output
    url = cli("evidence", "add", record, png(tmp_path / "m.png", colour=(3, 2, 1)), "--source-url", "not a url")
    assert url.exit_code == 2 and "source_url" in url.output and "Traceback" not in url.output


# ---- custody and manifest ------------------------------------------------------------------------------


def test_manifest_json_and_csv_carry_hashes_marks_and_custody(filed, cli):
    import csv
    import io

    record, files = filed
    data = json.loads(cli("evidence", "manifest", record, "--format", "json").output)
    rows = data["evidence"]
    assert [r["mark"] for r in rows] == ["MLT-1", "MLT-2", "MLT-3", "MLT-4", "MLT-5"]
    photo = rows[2]
    assert photo["file"] == "evidence/photo.jpg" and photo["media_type"] == "image/jpeg"
    assert photo["size"] == files["jpeg"].stat().st_size
    assert photo["captured_at_from"] == "file metadata (EXIF DateTimeOriginal)"
    assert [e["action"] for e in photo["custody"]] == ["captured", "received", "hashed"]
    table = list(csv.DictReader(io.StringIO(cli("evidence", "manifest", record, "--format", "csv").output)))
    assert [r["sha256"] for r in table] == [r["sha256"] for r in rows]
    assert "received by" in table[0]["custody"] and "hashed by" in table[0]["custody"]


def test_manifest_csv_neutralises_formulas(tmp_path, sample_text, cli):
    from evidencefiles import png as make_png

    record = tmp_path / "record.yaml"
    record.write_text(without_evidence(sample_text), encoding="utf-8")
    evidence.add(record, [make_png(tmp_path / "a.png")], description="=HYPERLINK(\"http://x\")")
    output = cli("evidence", "manifest", record).output
    assert "'=HYPERLINK" in output


def test_verify_log_appends_verified_custody(filed, cli):
    record, _ = filed
    assert cli("evidence", "verify", record, "--log", "--by", "Helpline A").exit_code == 0
    item = load(record).record.exhibit("E1")
    assert item.custody[-1].action == "verified" and item.custody[-1].by == "Helpline A"


# ---- the exhibit bundle ------------------------------------------------------------------------------


def _number_positions(page):
    """(text, x, y) of each piece of text drawn on the page, in page coordinates."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def _index_rows(reader, pages):
    import re

    lines = []
    for n in range(pages[0], pages[1] + 1):  # each index page's own number left out
        lines += [line.strip() for line in reader.pages[n - 1].extract_text().splitlines() if line.strip() != str(n)]
    marks = [line for line in lines if re.fullmatch(r"MLT-\d+|P\d+", line)]
    ranges = [line for line in lines if re.fullmatch(r"\d+(-\d+)?", line)]
    return marks, ranges


def test_bundle_index_marks_and_page_numbers_match_the_pdf(filed, cli, tmp_path):
    from pypdf import PdfReader

    record, _ = filed
    out = tmp_path / "out"
    result = cli("bundle", record, "--out", out, "--doc", "court-application")
    assert result.exit_code == 0, result.output
    pdf = out / "RD-2026-031-exhibit-bundle.pdf"
    reader = PdfReader(pdf)
    # 1 cover + 1 index + (separator + pages) per exhibit + annex
    contents = {"MLT-1": 3, "MLT-2": None, "MLT-3": 1, "MLT-4": 2, "MLT-5": 1}
    assert f"{len(reader.pages)} pages" in result.output
    marks, ranges = _index_rows(reader, (2, 2))
    assert marks == ["MLT-1", "MLT-2", "MLT-3", "MLT-4", "MLT-5"]
    assert len(ranges) == 6  # five exhibits and the annex
    expected_next = 3
    for mark, shown in zip(marks, ranges):
        first, last = (int(n) for n in (shown.split("-") * 2)[:2])
        assert first == expected_next
        separator = reader.pages[first - 1].extract_text()
        assert f"Exhibit {mark}" in separator
        assert f"This is the exhibit marked {mark} referred to in the affidavit of Mei Ling Tan" in separator
        if contents[mark]:
            assert last - first == contents[mark]
        expected_next = last + 1
    assert "Call log: page 1 of 3" in reader.pages[3].extract_text()
    assert "Call log: page 3 of 3" in reader.pages[5].extract_text()
    annex_first = int(ranges[-1])
    assert annex_first == expected_next
    assert reader.pages[annex_first - 1].extract_text().startswith("Annex: hashes")
    # every page carries its number at the top right (the Singapore profile), consecutively
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        stamps = [(x, y) for text, x, y in _number_positions(page) if text == str(number) and y > height - 60]
        assert stamps, f"page {number} has no page number at the top"
        assert stamps[0][0] > width * 0.75
    # a bookmark per exhibit, pointing at its separator sheet
    outline = {item.title.split(":")[0]: reader.get_destination_page_number(item) + 1 for item in reader.outline}
    for mark, shown in zip(marks, ranges):
        assert outline[mark] == int(shown.split("-")[0])
    # the annex carries every hash; the record logs the bundle in each item's custody
    annex = "\n".join(reader.pages[n].extract_text() for n in range(annex_first - 1, len(reader.pages)))
    loaded = load(record).record
    for item in loaded.evidence:
        assert item.sha256 in annex.replace("\n", "")
        assert item.custody[-1].action == "bundled" and pdf.name in item.custody[-1].note


def test_bundle_elsewhere_numbers_top_centre_with_the_profile_marks(filed, cli, tmp_path):
    from pypdf import PdfReader

    record, _ = filed
    text = record.read_text(encoding="utf-8").replace("state: SG ", "state: LK ").replace("jurisdiction: SG ", "jurisdiction: LK ")
    record.write_text(text, encoding="utf-8")
    out = tmp_path / "lk"
    assert cli("bundle", record, "--out", out).exit_code == 0
    reader = PdfReader(out / "RD-2026-031-exhibit-bundle.pdf")
    marks, _ = _index_rows(reader, (2, 2))
    assert marks == ["P1", "P2", "P3", "P4", "P5"]
    page = reader.pages[4]
    width = float(page.mediabox.width)
    [(x, _)] = [(x, y) for t, x, y in _number_positions(page) if t == "5" and y > float(page.mediabox.height) - 60]
    assert width / 2 - 20 < x < width / 2


def test_bundle_of_many_exhibits_and_unicode_descriptions(tmp_path, sample_text, cli):
    """A two-page index, CJK and Arabic descriptions, a text file and a file that cannot be printed."""
    from pypdf import PdfReader

    record = tmp_path / "record.yaml"
    record.write_text(without_evidence(sample_text), encoding="utf-8")
    folder_ = tmp_path / "evidence"
    folder_.mkdir()
    files = [png(folder_ / f"s{n}.png", size=(60, 90), colour=(n, 80, 120)) for n in range(45)]
    evidence.add(record, files, description="截图 لقطة شاشة للمنشور — Скриншот")
    video = folder_ / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(2000))
    notes = folder_ / "notes.txt"
    notes.write_text("Line one\n  indented line two\n", encoding="utf-8")
    evidence.add(record, [video], description="Screen recording")
    evidence.add(record, [notes], description="Helpline notes")
    out = tmp_path / "out"
    result = cli("bundle", record, "--out", out)
    assert result.exit_code == 0, result.output
    reader = PdfReader(out / "RD-2026-031-exhibit-bundle.pdf")
    index_last = next(n for n in range(2, 6) if "Exhibit MLT-1" in reader.pages[n].extract_text())
    marks, ranges = _index_rows(reader, (2, index_last))
    assert index_last >= 3 and len(marks) == 47  # the index runs over more than one page
    for mark, shown in zip(marks, ranges):
        assert f"Exhibit {mark}" in reader.pages[int(shown.split("-")[0]) - 1].extract_text()
    video_page = reader.pages[int(ranges[45].split("-")[-1]) - 1].extract_text().replace("\n", "")
    assert "cannot be shown on paper" in video_page and load(record).record.exhibit("E46").sha256 in video_page
    assert "indented line two" in reader.pages[int(ranges[46].split("-")[-1]) - 1].extract_text()
    separator = reader.pages[int(ranges[0].split("-")[0]) - 1].extract_text()
    assert "Скриншот" in separator and "截图" in separator and "\uffff" not in separator
    fonts_used = {str(f.get_object().get("/BaseFont")) for f in reader.pages[int(ranges[0].split("-")[0]) - 1]
                  ["/Resources"]["/Font"].values()}
    from remedies.evidence.fonts import CJK_COLLECTIONS, _installed

    if any(name in _installed() for name in CJK_COLLECTIONS):  # else the CID fall-back, which the reader supplies
        assert any("CJK" in name for name in fonts_used)  # embedded, cut from the installed Noto CJK


def test_bundle_refuses_a_changed_file_and_writes_nothing(filed, cli, tmp_path):
    record, files = filed
    files["pdf2"].write_bytes(files["pdf2"].read_bytes() + b"\n")
    out = tmp_path / "out"
    result = cli("bundle", record, "--out", out)
    assert result.exit_code == 2 and "evidence E4" in result.output and "has changed" in result.output
    assert not list(out.glob("*.pdf"))


# ---- cleaned copies ------------------------------------------------------------------------------------


def test_clean_copies_carry_no_exif_gps_or_document_metadata(filed, cli, tmp_path):
    from PIL import Image
    from pypdf import PdfReader

    record, files = filed
    originals = {p: p.read_bytes() for p in files.values()}
    out = tmp_path / "for-press"
    result = cli("evidence", "clean-copies", record, "--out", out)
    assert result.exit_code == 0, result.output
    assert "GPS position" in result.output
    for path, data in originals.items():
        assert path.read_bytes() == data  # originals untouched
    names = sorted(p.name for p in out.iterdir())
    assert names == ["E1.pdf", "E2.json", "E3.jpg", "E4.pdf", "E5.png", "cleaning-report.json"]
    for name in ("E3.jpg", "E5.png"):
        with Image.open(out / name) as image:
            image.load()
            exif = image.getexif()
            assert len(exif) == 0 and not exif.get_ifd(0x8825)
            assert not set(image.info) & {"exif", "xmp", "XML:com.adobe.xmp", "Author", "Software"}
        assert b"Exif" not in (out / name).read_bytes() and b"Jane Example" not in (out / name).read_bytes()
    for name in ("E1.pdf", "E4.pdf"):
        reader = PdfReader(out / name)
        assert not reader.metadata and "/Metadata" not in reader.trailer["/Root"]
        assert b"Jane Example" not in (out / name).read_bytes()
        assert len(reader.pages) == (3 if name == "E1.pdf" else 2)
    report = json.loads((out / "cleaning-report.json").read_text(encoding="utf-8"))
    photo = next(c for c in report["copies"] if c["id"] == "E3")
    assert any("GPS position" in r for r in photo["removed"])
    assert "photo.jpg" not in (out / "cleaning-report.json").read_text(encoding="utf-8")
    assert load(record).record.exhibit("E3").custody[-1].action == "exported"


def test_clean_copies_refuse_the_evidence_folder(filed, cli):
    record, files = filed
    result = cli("evidence", "clean-copies", record, "--out", files["png"].parent)
    assert result.exit_code == 2 and "is the evidence folder" in result.output


# ---- the filings' evidence annex and the press brief ---------------------------------------------------------


def test_court_filing_annex_shows_custody_in_the_record_language(filed, cli, tmp_path):
    from docxtext import document_text

    record, _ = filed
    out = tmp_path / "drafts"
    result = cli("draft", record, "--doc", "court-application", "--out", out, "--locale", "en", "--locale", "fr")
    assert result.exit_code == 0, result.output
    english = document_text(out / "RD-2026-031-court-application-simplified-claim-en.docx")
    item = load(record).record.exhibit("E3")
    received = next(e for e in item.custody if e.action == "received")
    assert "Chain of custody:" in english
    assert f"{received.at.isoformat()[:16].replace('T', ' ')} received (Rahul Menon (Menon & Partners LLP))" in english
    assert "2026-09-14 22:05 captured (the applicant)" in english and item.sha256 in english
    french = document_text(out / "RD-2026-031-court-application-simplified-claim-fr.docx")
    assert "Chaîne de possession" in french and "empreinte calculée" in french


def test_press_documents_carry_nothing_from_the_evidence_folder(filed, cli, tmp_path):
    import zipfile

    record, _ = filed
    out = tmp_path / "press"
    for doc in ("press-brief", "press-kit"):
        result = cli("draft", record, "--doc", doc, "--out", out)
        assert result.exit_code == 0, result.output
    written = [p for p in out.rglob("*") if p.is_file()]
    assert any("press-brief" in p.name for p in written) and any("press-kit" in p.name for p in written)
    items = load(record).record.evidence
    for path in written:
        if path.suffix in (".docx", ".xlsx", ".pptx"):
            with zipfile.ZipFile(path) as package:
                text = " ".join(package.read(n).decode("utf-8", "replace") for n in package.namelist()
                                if n.endswith((".xml", ".rels")))
        else:
            text = path.read_bytes().decode("utf-8", "replace")
        for item in items:
            assert item.sha256 not in text and item.file.split("/")[-1] not in text, (path.name, item.id)
        assert "Rahul Menon" not in text and "custody" not in text.lower(), path.name


def test_bundle_numbers_a_rotated_page_and_a_box_off_the_origin_at_its_top(tmp_path, sample_text, cli):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    from evidencefiles import pdf as make_pdf

    record = tmp_path / "record.yaml"
    record.write_text(without_evidence(sample_text).replace("state: SG ", "state: LK ")
                      .replace("jurisdiction: SG ", "jurisdiction: LK "), encoding="utf-8")
    source = make_pdf(tmp_path / "plain.pdf", 2, title="Scanned letter")
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.pages[0].rotate(90)
    writer.pages[1].mediabox = RectangleObject([100, 200, 100 + 595, 200 + 842])
    odd = tmp_path / "odd.pdf"
    with open(odd, "wb") as stream:
        writer.write(stream)
    evidence.add(record, [odd], description="Scanned letter")
    assert cli("bundle", record, "--out", tmp_path / "out").exit_code == 0
    reader = PdfReader(tmp_path / "out" / "RD-2026-031-exhibit-bundle.pdf")
    for number in (4, 5):  # cover, index, separator, then the two pages
        page = reader.pages[number - 1]
        box = page.mediabox
        left, bottom, width, height = (float(box.left), float(box.bottom), float(box.width), float(box.height))
        if page.get("/Rotate", 0) in (90, 270):
            width, height = height, width
        stamps = [(x, y) for t, x, y in _number_positions(page) if t == str(number)]
        assert stamps, number
        x, y = stamps[0]
        assert bottom + height - 60 < y < bottom + height and left + width / 2 - 20 < x < left + width / 2


def test_two_adds_at_once_take_turns(tmp_path, sample_text):
    """The command line and the web app adding files to one record at the same moment: both are kept."""
    import threading

    record = tmp_path / "record.yaml"
    record.write_text(without_evidence(sample_text), encoding="utf-8")
    paths = [png(tmp_path / f"p{n}.png", size=(40, 40), colour=(n * 40, 10, 10)) for n in range(4)]
    results, errors = [], []

    def run(path):
        try:
            results.extend(evidence.add(record, [path]))
        except Exception as exc:  # pragma: no cover - the failure this test exists to catch
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(results) == ["E1", "E2", "E3", "E4"]
    assert sorted(e.file for e in load(record).record.evidence) == sorted(p.name for p in paths)


def test_a_record_that_cannot_be_written_is_left_as_it_was(filed, cli, monkeypatch, tmp_path):
    import remedies.record.edit as edit_module

    record, _ = filed
    before = record.read_bytes()

    def full(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(edit_module, "write_atomic", full)
    added = cli("evidence", "add", record, png(tmp_path / "x.png", colour=(9, 9, 9)))
    assert added.exit_code == 2
    assert "cannot be changed (No space left on device); it was left as it was" in added.output
    assert record.read_bytes() == before
    built = cli("bundle", record, "--out", tmp_path / "out")
    assert built.exit_code == 1
    assert "was written, but the custody log in the record was not updated" in built.output
    assert (tmp_path / "out" / "RD-2026-031-exhibit-bundle.pdf").is_file() and record.read_bytes() == before


def test_bundle_prints_a_long_screenshot_in_parts(tmp_path, sample_text, cli):
    from pypdf import PdfReader

    record = tmp_path / "record.yaml"
    record.write_text(without_evidence(sample_text), encoding="utf-8")
    evidence.add(record, [png(tmp_path / "thread.png", size=(400, 2400)), png(tmp_path / "post.png", size=(400, 500))])
    result = cli("bundle", record, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "out" / "RD-2026-031-exhibit-bundle.pdf")
    marks, ranges = _index_rows(reader, (2, 2))
    first, last = (int(n) for n in ranges[0].split("-"))
    parts = last - first  # the pages after the separator sheet
    assert parts == 5  # 2400 px tall at the page's width: five parts
    for n in range(1, parts + 1):
        assert f"Part {n} of {parts}" in reader.pages[first - 1 + n].extract_text()
    assert ranges[1] == f"{last + 1}-{last + 2}"  # the ordinary photo: one page after its separator
    assert f"image in {parts} parts" in result.output


def test_add_with_the_id_of_an_item_without_hash_fills_it_in(record_file, tmp_path, cli):
    hash_e4 = "f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f"
    record = record_file(lambda t: t.replace(f"    sha256: {hash_e4}\n", "    sha256: ~    # not yet\n"))
    shot = png(tmp_path / "impersonation.png", colour=(5, 6, 7))
    refused = cli("evidence", "add", record, shot, "--id", "E1")
    assert refused.exit_code == 2 and "--id E1 is already used by an evidence item with its own file and hash" in refused.output
    assert cli("evidence", "add", record, shot, "--id", "E4").exit_code == 0
    item = load(record).record.exhibit("E4")
    assert item.file == "impersonation.png" and item.description == "Screenshots of the impersonating account"
    assert len(load(record).record.evidence) == 4
    assert "# not yet" in record.read_text(encoding="utf-8")
