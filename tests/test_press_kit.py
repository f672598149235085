"""The press kit: every member redacted and scanned, posts that fit as each platform counts, nothing on disk
when anything leaks, and the redaction report beside the zip, never inside it."""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import subprocess
import zipfile
import zlib

import pytest
import regex
from click.testing import CliRunner

from conftest import SAMPLE
from docxtext import document_text, package_parts
from golden import assert_matches_golden
from remedies.cli import main
from remedies.documents import REGISTRY, press_kit, press_kit_posts, press_kit_timeline
from remedies.documents.press_kit_scan import scan as scan_kit
from remedies.checks.redaction import matcher_for
from remedies.record import load
from remedies.rendering.resources import available_locales

KIT = "RD-2026-031-press-kit-{}.zip"
REPORT = "RD-2026-031-press-kit-{}-redaction-report.txt"
# What the sample says about the victim, as it would leak (checked independently of the scanner).
RAW = ["mei ling", "meiling", "陈美玲", "meiling_speaks", "meiling.tan", "9123", "s9412345d", "640412",
       "jurong", "08-112", "harbourfront", "1994", "e1-post", "evidence/", "3f5a9c0e", "20260915/0042",
       "truth_patrol", "x.com/", "t.me/"]
TAGS = '  hashtags: ["#EndDoxxing", "OnlineSafety", "#JusticeForMeiLing", "#StandWithMeiling94"]\n'
TEXT_MEMBERS = ("questions-and-answers.txt", "timeline.txt", "social-posts.txt", "notes-to-editors.txt")


def with_posts(text: str) -> str:
    """The sample with consent to social posts and campaign hashtags (two of which hold her name)."""
    text = text.replace("    press_brief: true\n", "    press_brief: true\n    social_posts: true\n")
    return text.replace("  also_redact: [Harbourfront Community Legal Clinic, Jurong West]\n",
                        "  also_redact: [Harbourfront Community Legal Clinic, Jurong West]\n" + TAGS)


def _draft(record, out, *extra, locales=("en",)):
    args = ["draft", str(record), "--doc", "press-kit", "--out", str(out)]
    for locale in locales:
        args += ["--locale", locale]
    return CliRunner().invoke(main, args + list(extra))


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


@pytest.fixture(scope="module")
def kits(tmp_path_factory):
    """The sample with posts, drafted in English, Arabic and Chinese."""
    out = tmp_path_factory.mktemp("kit")
    record = out / "record.yaml"
    record.write_text(with_posts(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    result = _draft(record, out, locales=("en", "ar", "zh_Hans"))
    assert result.exit_code == 0, result.output
    return out


def test_the_unchanged_sample_drafts_a_kit_without_posts(cli, sample, tmp_path):
    result = cli("draft", sample, "--doc", "press-kit", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    members = _members(tmp_path / KIT.format("en"))
    assert set(members) == {"press-release.docx", "fact-sheet.docx", "questions-and-answers.txt", "timeline.png",
                            "timeline.svg", "timeline.txt", "notes-to-editors.txt"}
    assert "victim.consent.social_posts is not true" in result.output
    assert "social posts: victim.consent.social_posts is not true" in (tmp_path / REPORT.format("en")).read_text()


def test_every_member_passes_the_scan_and_holds_no_raw_identity(kits):
    record = load(kits / "record.yaml", available_locales()).record
    for locale in ("en", "ar", "zh_Hans"):
        data = (kits / KIT.format(locale)).read_bytes()
        assert scan_kit(data, matcher_for(record)) == []
        members = _members(kits / KIT.format(locale))
        assert "social-posts.txt" in members
        for name, content in members.items():
            if name.endswith(".docx"):
                text = " ".join(part.decode("utf-8", "ignore") for part in package_parts(content).values())
            else:
                text = content.decode("utf-8", "ignore")
            folded = text.casefold()
            for raw in RAW:
                assert raw not in folded, f"{raw!r} in {name} ({locale})"


def test_the_zip_itself_says_nothing(kits):
    with zipfile.ZipFile(kits / KIT.format("en")) as package:
        assert package.comment == b""
        names = package.namelist()
        assert all(info.comment == b"" and info.extra == b"" for info in package.infolist())
    assert not any("RD-2026" in name or "meiling" in name.lower() for name in names)
    png = _members(kits / KIT.format("en"))["timeline.png"]
    assert _png_chunks(png) & {b"tEXt", b"zTXt", b"iTXt", b"eXIf"} == set()
    svg = _members(kits / KIT.format("en"))["timeline.svg"].decode()
    assert "<metadata" not in svg and "Matplotlib" not in svg and "<dc:date" not in svg


def _png_chunks(data: bytes) -> set[bytes]:
    kinds, offset = set(), 8
    while offset < len(data):
        size, kind = struct.unpack(">I4s", data[offset:offset + 8])
        kinds.add(kind)
        offset += 12 + size
    return kinds


def _posts(text: str) -> list[tuple[str, int, int, str]]:
    """(platform, stated length, stated limit, post) from social-posts.txt."""
    found = []
    for head, body in re.findall(r"== (.+?) ==\n(.*?)(?=\n== |\Z)", text, flags=re.S):
        numbers = [int(n) for n in re.findall(r"\d+", head)]
        found.append((head.split(":")[0].split("：")[0], numbers[0], numbers[1], body.strip("\n")))
    return found


def _counted(platform: str, post: str) -> int:
    """Counted independently of the kit, as each platform counts (see data/press/social.yaml)."""
    if platform == "X":
        from twitter_text import parse_tweet

        return parse_tweet(post).weightedLength
    if platform == "Bluesky":
        return len(regex.findall(r"\X", post))
    if platform == "Mastodon":
        return len(regex.findall(r"\X", re.sub(r"https?://\S+", "x" * 23, post)))
    return len(post)


@pytest.mark.parametrize("locale", ["en", "ar", "zh_Hans"])
def test_posts_fit_their_platforms_as_the_platforms_count(kits, locale):
    text = _members(kits / KIT.format(locale))["social-posts.txt"].decode()
    posts = _posts(text)
    assert [p[0] for p in posts] == ["X", "Bluesky", "Mastodon", "Threads", "Facebook"]
    limits = {"X": 280, "Bluesky": 300, "Mastodon": 500, "Threads": 500, "Facebook": 63206}
    for platform, stated, limit, post in posts:
        assert limit == limits[platform]
        assert post and _counted(platform, post) == stated <= limit, (platform, stated, post)
    assert "#EndDoxxing" in text
    assert "MeiLing" not in text and "Meiling" not in text


def test_hashtags_with_her_name_are_left_out_and_reported(kits):
    report = (kits / REPORT.format("en")).read_text()
    assert "press.hashtags[3]: holds part of the victim's identity" in report
    assert "press.hashtags[4]: holds part of the victim's identity" in report
    assert "MeiLing" not in report and "Meiling" not in report


def test_x_counts_cjk_double_and_urls_as_23():
    x = next(p for p in press_kit_posts.platforms() if p.code == "x")
    bluesky = next(p for p in press_kit_posts.platforms() if p.code == "bluesky")
    mastodon = next(p for p in press_kit_posts.platforms() if p.code == "mastodon")
    assert press_kit_posts.length("陈" * 10, x) == 20
    assert press_kit_posts.length("see https://example.org/" + "a" * 80, x) == 4 + 23
    assert press_kit_posts.length("see https://example.org/" + "a" * 80, mastodon) == 4 + 23
    assert press_kit_posts.length("\U0001F469\u200d\U0001F469\u200d\U0001F467", bluesky) == 1
    post = press_kit_posts.fit(["word " * 100], ["#Tag"], x)
    assert post.length <= 280 and post.text.endswith("…") and " wor…" not in post.text


def test_questions_are_answered_from_the_record_or_marked(kits):
    answers = _members(kits / KIT.format("en"))["questions-and-answers.txt"].decode()
    assert "Protection from Harassment Act 2014" in answers
    assert "It began in September 2026 and is still going on." in answers
    platforms = answers.split("Have the platforms acted?")[1].split("\n\n")[0]
    assert "[The record gives no answer to this question" in platforms


def test_the_timeline_is_by_month_and_in_every_form(kits):
    members = _members(kits / KIT.format("en"))
    text = members["timeline.txt"].decode()
    assert "September 2026 - X (formerly Twitter): Doxxing" in text
    assert "October 2026" in text and "14 September" not in text and "2026-09-14" not in text
    svg = members["timeline.svg"].decode()
    assert "September 2026" in svg and "Telegram" in svg
    assert members["timeline.png"].startswith(b"\x89PNG")
    arabic = _members(kits / KIT.format("ar"))["timeline.svg"].decode()
    assert re.search("[\u0600-\u06ff]", arabic) and "Noto Sans Arabic" in arabic


def test_notes_to_editors_protect_her_and_name_the_contempt_law(kits):
    notes = _members(kits / KIT.format("en"))["notes-to-editors.txt"].decode()
    for phrase in ("Jigsaw identification", "Consent:", '"survivor"', "Ms A is a pseudonym.",
                   "Administration of Justice (Protection) Act 2016, s 3(1)(b)"):
        assert phrase in notes
    assert "has not been confirmed" not in notes


def test_no_contempt_note_without_pending_proceedings(record_file, tmp_path):
    record = record_file(lambda t: t.replace("status: pending", "status: decided"))
    result = _draft(record, tmp_path)
    assert result.exit_code == 0, result.output
    notes = _members(tmp_path / KIT.format("en"))["notes-to-editors.txt"].decode()
    assert "Proceedings are pending" not in notes


def test_an_unconfirmed_contempt_law_is_marked(record_file, tmp_path):
    record = record_file(lambda t: t.replace("jurisdiction: SG ", "jurisdiction: MY "))
    result = _draft(record, tmp_path)
    assert result.exit_code == 0, result.output
    notes = _members(tmp_path / KIT.format("en"))["notes-to-editors.txt"].decode()
    assert "Courts of Judicature Act 1964" in notes and "has not been confirmed" in notes


def test_a_name_typed_into_the_headline_is_redacted_everywhere_and_reported(record_file, tmp_path):
    record = record_file(lambda t: with_posts(t).replace(
        "headline: Advocate targeted", "headline: Tan Mei Ling, an advocate, targeted"))
    result = _draft(record, tmp_path)
    assert result.exit_code == 0, result.output
    members = _members(tmp_path / KIT.format("en"))
    assert "Ms A, an advocate, targeted" in document_text(members["press-release.docx"])
    assert "Ms A, an advocate, targeted" in document_text(members["fact-sheet.docx"])
    assert "Ms A, an advocate, targeted" in members["social-posts.txt"].decode()
    report = (tmp_path / REPORT.format("en")).read_text()
    assert re.search(r'press\.headline: a name \(victim[^)]*\) -> "Ms A"; in press-release\.docx', report)
    assert "Mei Ling" not in report and "Tan Mei" not in report


def test_the_report_is_beside_the_zip_never_inside(kits):
    assert (kits / REPORT.format("en")).is_file()
    assert not any("report" in name for name in _members(kits / KIT.format("en")))


def _plant_build(monkeypatch, change):
    original = REGISTRY["press-kit"]

    def build(record, options):
        draft = original.build(record, options)
        change(draft.context)
        return draft

    monkeypatch.setitem(REGISTRY, "press-kit", dataclasses.replace(original, build=build))


PLANTS = {
    "fact-sheet field": (lambda c: c["asks"].__setitem__(0, c["asks"][0] + " Tan Mei Ling asks this."),
                         "fact-sheet.docx!/word/document.xml", "a name"),
    "post hashtag": (lambda c: c["kit"]["posts"][0].__setitem__("text", c["kit"]["posts"][0]["text"]
                                                                 + " #JusticeForMeiLing"),
                     "social-posts.txt", "a name"),
    "timeline label": (lambda c: c["kit"]["timeline"].__setitem__(
        0, press_kit_timeline.Event(c["kit"]["timeline"][0].when, "Jurong West Street 42")),
                       "timeline.svg!/text", "a street address"),
    "release headline": (lambda c: c["kit"]["release"].__setitem__("headline", "meiling_speaks speaks"),
                         "press-release.docx!/", "an account handle"),
    "answer": (lambda c: c["kit"]["qa"][0].__setitem__("answer", "Call +65 9123 4567."),
               "questions-and-answers.txt", "a telephone number"),
    "editor note": (lambda c: c["kit"]["editor_notes"].append("Born 2 March 1994."),
                    "notes-to-editors.txt", "a date of birth"),
}


@pytest.mark.parametrize("place", sorted(PLANTS))
def test_a_planted_identity_refuses_the_kit_and_leaves_nothing(monkeypatch, record_file, tmp_path, place):
    change, member, kind = PLANTS[place]
    _plant_build(monkeypatch, change)
    record = record_file(with_posts)
    out = tmp_path / "out"
    result = _draft(record, out, "--unzipped")
    assert result.exit_code == 4, result.output
    assert "the press kit was not written" in result.output
    assert member in result.output and kind in result.output
    assert list(out.iterdir()) == []


def test_a_name_in_the_picture_metadata_refuses_the_kit(monkeypatch, record_file, tmp_path):
    draw = press_kit_timeline.draw

    def leaky(title, events, rtl=False):
        png, svg = draw(title, events, rtl=rtl)
        text = b"Author\0Mei Ling Tan"
        chunk = struct.pack(">I", len(text)) + b"tEXt" + text + struct.pack(">I", zlib.crc32(b"tEXt" + text))
        return png[:33] + chunk + png[33:], svg

    monkeypatch.setattr(press_kit_timeline, "draw", leaky)
    out = tmp_path / "out"
    result = _draft(record_file(), out)
    assert result.exit_code == 4, result.output
    assert "timeline.png!/tEXt (metadata)" in result.output
    assert list(out.iterdir()) == []


def test_a_name_in_a_member_name_or_the_zip_comment_refuses_the_kit(monkeypatch, record_file, tmp_path):
    original = REGISTRY["press-kit"]

    def assemble(draft, locale, render):
        bundle = original.assemble(draft, locale, render)
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(bundle.data)) as source, zipfile.ZipFile(buffer, "w") as target:
            for info in source.infolist():
                target.writestr(info, source.read(info))
            target.writestr("about-meiling_speaks.txt", b"nothing")
            target.comment = "Mei Ling Tan".encode()
        return dataclasses.replace(bundle, data=buffer.getvalue())

    monkeypatch.setitem(REGISTRY, "press-kit", dataclasses.replace(original, assemble=assemble))
    out = tmp_path / "out"
    result = _draft(record_file(), out)
    assert result.exit_code == 4, result.output
    assert "about-meiling_speaks.txt (member name)" in result.output
    assert "the zip (comment)" in result.output
    assert list(out.iterdir()) == []


def test_unzipped_writes_the_same_members_as_a_folder(record_file, tmp_path):
    record = record_file(with_posts)
    result = _draft(record, tmp_path / "out", "--unzipped")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / KIT.format("en").removesuffix(".zip")
    members = _members(tmp_path / "out" / KIT.format("en"))
    assert sorted(p.name for p in folder.iterdir()) == sorted(members)
    assert all((folder / name).read_bytes() == data for name, data in members.items())
    # A second run never replaces the folder, even with --force, and writes nothing else either.
    before = sorted(p.name for p in (tmp_path / "out").iterdir())
    again = _draft(record, tmp_path / "out", "--unzipped", "--force")
    assert again.exit_code == 1 and "a folder is never replaced" in again.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == before


def test_without_press_consent_there_is_no_kit(record_file, tmp_path):
    record = record_file(lambda t: t.replace("    press_brief: true\n", ""))
    result = _draft(record, tmp_path)
    assert result.exit_code == 2
    assert "no press kit is written" in result.output
    assert list(tmp_path.glob("*.zip")) == []


def _kit_text(folder, locale: str) -> str:
    members = _members(folder / KIT.format(locale))
    pieces = []
    for name in ("press-release.docx", "fact-sheet.docx", *TEXT_MEMBERS):
        content = members[name]
        text = document_text(content) if name.endswith(".docx") else content.decode()
        pieces.append(f"===== {name} =====\n{text.rstrip()}\n")
    return "\n".join(pieces)


@pytest.mark.parametrize("locale", ["en", "ar", "zh_Hans"])
def test_kit_members_match_their_golden_text(kits, locale):
    assert_matches_golden(f"press-kit-sample-{locale}", _kit_text(kits, locale))


ARABIC = {
    "headline": "ناشطة تتعرض لكشف هويتها وتهديدات بعد حديثها عن السلامة على الإنترنت",
    "asks": "على منصتي إكس وتيليغرام إزالة المنشورات والاحتفاظ ببيانات الحساب للمحققين.",
    "incidents": ["نشر الحساب عنوان منزل الناشطة ورقم شقتها ورقم هاتفها المحمول مع صورة لمبناها، وحثّ "
                  "المتابعين على زيارتها.",
                  "نشر الحساب تهديدًا مع تكرار العنوان، في قناة تضم نحو 3400 مشترك.",
                  "أنشأ الحساب حسابًا ساخرًا يستخدم صورتها ونشر تصريحات لم تدلِ بها قط."],
}


def _in_arabic(path) -> None:
    """The sample with its headline, asks and incidents written in Arabic as well."""
    from ruamel.yaml import YAML

    yaml = YAML()
    record = yaml.load(path.read_text(encoding="utf-8"))
    record["press"]["headline"] = {"en": str(record["press"]["headline"]), "ar": ARABIC["headline"]}
    record["press"]["asks"] = [{"en": str(record["press"]["asks"][0]), "ar": ARABIC["asks"]}]
    for incident, text in zip(record["incidents"], ARABIC["incidents"]):
        incident["description"] = {"en": str(incident["description"]), "ar": text}
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(record, handle)


@pytest.mark.libreoffice
@pytest.mark.parametrize("locale", ["en", "ar"])
def test_the_fact_sheet_is_one_page(soffice, record_file, tmp_path, locale):
    record = record_file()
    if locale == "ar":
        _in_arabic(record)
    result = _draft(record, tmp_path / "out", locales=(locale,))
    assert result.exit_code == 0, result.output
    sheet = tmp_path / "fact-sheet.docx"
    sheet.write_bytes(_members(tmp_path / "out" / KIT.format(locale))["fact-sheet.docx"])
    result = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(sheet)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "fact-sheet.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert text.count("\f") == 1, "the fact sheet runs over one page"
    assert ("الأرقام المهمة" if locale == "ar" else "The numbers that matter") in text

def test_many_incidents_give_one_line_a_month(record_file, tmp_path):
    """Thousands of incidents must not make a sheet of a hundred pages or a picture of a thousand rows."""
    def many(text: str) -> str:
        start = text.index("incidents:\n") + len("incidents:\n")
        end = text.index("\nevidence:")
        block, items = text[start:end], []
        for i in range(60):
            copy = block
            for old in ("I1", "I2", "I3"):
                copy = copy.replace(f"id: {old}", f"id: {old}x{i}")
            items.append(re.sub(r"date: 2026-\d\d-(\d\d)", lambda m: f"date: 2025-{1 + i % 12:02d}-{m.group(1)}", copy))
        return text[:start] + "\n".join(items) + text[end:]

    result = _draft(record_file(many), tmp_path)
    assert result.exit_code == 0, result.output
    members = _members(tmp_path / KIT.format("en"))
    rows = [line for line in members["timeline.txt"].decode().splitlines() if " - " in line]
    assert len([r for r in rows if "(\u00d7" in r]) == 12
    assert "January 2025 - (\u00d715) X (formerly Twitter), Telegram" in members["timeline.txt"].decode()
    sheet = document_text(members["fact-sheet.docx"])
    assert "Incidents recorded: 180" in sheet and sheet.count("\u00d715") == 12


def test_the_report_never_holds_the_identity_either(monkeypatch, record_file, tmp_path):
    original = press_kit.report
    monkeypatch.setattr(press_kit, "report", lambda draft, found: original(draft, found) + "Tan Mei Ling\n")
    out = tmp_path / "out"
    result = _draft(record_file(), out)
    assert result.exit_code == 4, result.output
    assert "in the redaction report (text)" in result.output
    assert list(out.iterdir()) == []


def test_the_same_record_gives_the_same_kit(record_file, tmp_path):
    record = record_file(with_posts)
    for run in ("one", "two"):
        assert _draft(record, tmp_path / run).exit_code == 0
    for name in (KIT.format("en"), REPORT.format("en")):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
