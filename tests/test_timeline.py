"""The press kit's timeline picture: each run of text in the font that has its letters, in the order the
Unicode bidirectional algorithm displays it, and the SVG's words as the text file's."""

from __future__ import annotations

import io

import pytest
from lxml import etree
from PIL import Image

from remedies.documents import press_kit_timeline as timeline
from remedies.documents.press_kit_timeline import Event

needs_fonts = pytest.mark.skipif(
    not any(face.path.name.startswith("NotoSansArabic") for face in timeline._faces(False)),
    reason="the Noto fonts are not installed")


def _shown(line: str, rtl: bool) -> list[tuple[str, bool, str]]:
    return [(text, odd, face.path.name.split("-")[0]) for text, odd, face in timeline._runs(line, rtl, False)]


@needs_fonts
def test_a_latin_name_in_arabic_text_keeps_its_place_and_the_brackets_mirror():
    runs = _shown("X (تويتر سابقًا): تحرش", rtl=True)
    # Display order, left to right: the harm, the closing bracket, the platform, the opening one, X.
    assert [text for text, *_ in runs] == [": تحرش", ")", "تويتر سابقًا", " (", "X"]
    assert [odd for _, odd, _ in runs] == [True, True, True, True, False]
    assert {font for text, _, font in runs if any("\u0600" <= c <= "\u06ff" for c in text)} == {"NotoSansArabic"}
    assert runs[-1][2] == "NotoSans"


@needs_fonts
def test_a_year_after_an_arabic_month_reads_left_to_right_at_its_left():
    assert [(text, odd) for text, odd, _ in _shown("سبتمبر 2026", rtl=True)] == [("2026", False), (" ", True),
                                                                                ("سبتمبر", True)]


@needs_fonts
@pytest.mark.parametrize("line, font", [("2026年9月 X（前身为Twitter）：人肉搜索", "NotoSansCJK"),
                                        ("துன்புறுத்தல்", "NotoSansTamil"), ("การคุกคาม", "NotoSansThai")])
def test_each_script_is_drawn_in_a_font_that_has_it(line, font):
    runs = _shown(line, rtl=False)
    assert font in {f for *_, f in runs}
    assert "".join(text for text, *_ in runs) == line  # left to right: nothing reordered or lost
    assert all(not odd for _, odd, _ in runs)


def _ink_columns(png: bytes, top: int, bottom: int) -> tuple[int, int]:
    image = Image.open(io.BytesIO(png)).convert("L")
    xs = [x for x in range(image.width) for y in range(top, bottom) if image.getpixel((x, y)) < 128]
    return min(xs), max(xs)


@needs_fonts
def test_the_picture_mirrors_for_right_to_left_and_carries_no_text_chunks():
    events = [Event("September 2026", "X (formerly Twitter): Doxxing"), Event("October 2026", "Telegram: Threats")]
    png, svg = timeline.draw("Timeline", events)
    left, right = _ink_columns(png, 10, 50)  # the title row
    assert left < 60 and right < 500
    arabic = [Event("سبتمبر 2026", "X (تويتر سابقًا): تحرش")]
    png_ar, _ = timeline.draw("الجدول الزمني", arabic, rtl=True)
    left, right = _ink_columns(png_ar, 10, 50)
    assert right > timeline.WIDTH - 60 and left > 500
    for data in (png, png_ar):
        assert _chunks(data) <= {b"IHDR", b"IDAT", b"IEND"}  # pixels only: no text, date or software


def _chunks(data: bytes) -> set[bytes]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    found, offset = set(), 8
    while offset < len(data):
        length = int.from_bytes(data[offset:offset + 4], "big")
        found.add(data[offset + 4:offset + 8])
        offset += 12 + length
    return found


def test_the_svg_holds_each_label_as_escaped_text_in_reading_order():
    events = [Event("September 2026", "X <b>&</b> “quoted”: Doxxing"), Event("أكتوبر 2026", "تيليجرام: تحرش")]
    _, svg = timeline.draw("Timeline", events, rtl=True)
    root = etree.fromstring(svg)
    texts = [element.text for element in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts == ["Timeline", "September 2026", "X <b>&</b> “quoted”: Doxxing", "أكتوبر 2026", "تيليجرام: تحرش"]
    assert all(element.get("direction") == "rtl" for element in root.iter("{http://www.w3.org/2000/svg}text"))
    assert b"<metadata" not in svg and b"<b>" not in svg


@needs_fonts
def test_direction_marks_in_a_label_do_not_reach_the_picture():
    runs = timeline._runs("\u2066+65 9123 4567\u2069 \u200fتحرش", True, False)
    assert not any(c in text for text, *_ in runs for c in "\u2066\u2069\u200f")
    # The isolate the documents put around a telephone number keeps it whole and left to right.
    assert [(text, odd) for text, odd, _ in runs] == [(" تحرش", True), ("+65 9123 4567", False)]


@needs_fonts
def test_a_long_chinese_label_is_cut_to_the_picture_and_kept_whole_in_the_text():
    label = "X（前身为Twitter）：" + "人肉搜索、威胁、骚扰和冒充他人身份" * 5
    events = [Event("2026年9月", label)]
    png, svg = timeline.draw("时间线", events)
    shown = [e.text for e in etree.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")][2]
    assert shown.endswith("…") and label.startswith(shown[:-1]) and len(shown) < len(label)
    left, right = _ink_columns(png, timeline.TOP, timeline.TOP + timeline.ROW)
    assert right <= timeline.WIDTH - timeline.MARGIN + 2
    assert label in timeline.text("时间线", events)
