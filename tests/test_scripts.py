"""Script-aware layout: right-to-left Arabic, and fonts for Chinese, Thai and Tamil in every style."""

from __future__ import annotations

import re

import pytest

from docxtext import package_parts
from remedies.rendering.scripts import Conventions, conventions, right_to_left, style_part

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def arabic_application(tmp_path_factory):
    # Rendered through the engine so the layout is tested whatever catalogs are installed.
    from conftest import SAMPLE
    from remedies import drafting
    from remedies.record import load

    record_path = tmp_path_factory.mktemp("rec") / "record.yaml"
    record_path.write_text(SAMPLE.read_text(encoding="utf-8").replace(
        "effect: She stopped using public transport to travel to work.",
        "effect: توقفت عن استخدام النقل العام https://example.org/a 2026"), encoding="utf-8")
    record = load(record_path, ["en", "ar"]).record
    [job] = drafting.plan(record, ["court-application"], ["ar"])
    return package_parts(drafting.render(job))


def test_arabic_paragraphs_and_tables_are_right_to_left(arabic_application):
    body = arabic_application["word/document.xml"].decode()
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", body, flags=re.S)
    assert paragraphs and all("<w:bidi/>" in p for p in paragraphs)
    assert body.count("<w:bidiVisual/>") == body.count("<w:tbl>")
    header = arabic_application["word/header1.xml"].decode()
    assert "<w:bidi/>" in header


def test_runs_with_arabic_text_are_marked_rtl_and_latin_runs_are_not(arabic_application):
    body = arabic_application["word/document.xml"].decode()
    runs = re.findall(r"<w:r>.*?</w:r>|<w:r [^>]*>.*?</w:r>", body, flags=re.S)
    arabic = [r for r in runs if "توقفت" in r]
    assert arabic and all("<w:rtl/>" in r for r in arabic)
    latin = [r for r in runs if "3f5a9c0e1d2b" in r]  # file name and hash: Latin only
    assert latin and not any("<w:rtl/>" in r for r in latin)
    # Latin text, numbers and URLs are isolated left-to-right so they keep their order.
    assert "\u2066https://example.org/a 2026\u2069" in body
    # The victim's phone is in no court document now; the police reference is a Latin stretch too.
    assert re.search("[\u2066\u2068][^\u2069]*E/20260915/0042[^\u2069]*\u2069", body)


def test_arabic_styles_default_to_right_to_left(arabic_application):
    styles = arabic_application["word/styles.xml"].decode()
    defaults = re.search(r"<w:pPrDefault>.*?</w:pPrDefault>", styles, flags=re.S).group(0)
    assert "<w:bidi/>" in defaults
    assert 'w:cs="Noto Naskh Arabic"' in styles and 'w:bidi="ar-SA"' in styles


@pytest.mark.parametrize("locale, slot, font", [
    ("zh_Hans", "eastAsia", "Noto Sans CJK SC"),
    ("th", "cs", "Noto Sans Thai"),
    ("ta", "cs", "Noto Sans Tamil"),
])
def test_script_fonts_fill_every_style(locale, slot, font):
    from conftest import ROOT
    import zipfile

    styles = zipfile.ZipFile(ROOT / "templates" / "court-application.docx").read("word/styles.xml")
    patched = style_part(styles, conventions(locale)).decode()
    fonts = re.findall(r"<w:rFonts [^>]*/>", patched)
    assert fonts and all(f'w:{slot}="{font}"' in f for f in fonts)
    assert f"w:{slot}Theme" not in patched.replace("cstheme", "csTheme")


def test_latin_locales_are_unchanged():
    assert conventions("fr") == Conventions() and style_part(b"<x/>", conventions("fr")) == b"<x/>"


def test_right_to_left_keeps_schema_order():
    xml = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/><w:jc w:val="center"/>'
           "</w:pPr><w:r><w:rPr><w:b/><w:lang w:val=\"ar\"/></w:rPr><w:t>مرحبا</w:t></w:r></w:p></w:body></w:document>")
    out = right_to_left(xml)
    assert '<w:pStyle w:val="Title"/><w:bidi/><w:jc w:val="center"/>' in out
    assert '<w:b/><w:rtl/><w:lang w:val="ar"/>' in out


def test_enumerations_use_the_locale_separator():
    from remedies.rendering.formats import list_text

    assert list_text(["E1", "E2", "E3"], "ar", "unit") == "E1، E2، E3"
    assert list_text(["E1", "E2"], "zh_Hans", "unit") == "E1、E2"
    assert list_text(["E1", "E2"], "fr", "unit") == "E1, E2"
    assert list_text(["A", "B", "C"], "fr") == "A, B et C"


def test_locale_date_conventions():
    import datetime as dt

    from remedies.rendering.formats import date_text

    day = dt.date(2026, 11, 20)
    assert date_text(day, "vi") == "ngày 20 tháng 11 năm 2026"  # from locales/conventions.yaml
    assert date_text(day, "en") == "20 November 2026"
    assert date_text(day, "fr") == "20 novembre 2026"
