"""Grammar and typography applied by the engine, and the data files' strings in the document's language."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import SAMPLE
from docxtext import document_text

from remedies.cli import main
from remedies.i18n import catalogs
from remedies.i18n.data import extract_data
from remedies.rendering.typesetting import chinese_edits, french_edits

REF = "RD-2026-031"


def _apply(edit, text: str) -> str:
    edits = edit(text)
    return "".join(edits.get(i, ch) for i, ch in enumerate(text))


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("typography")
    args = ["draft", str(SAMPLE), "--doc", "court-application", "--out", str(folder)]
    for locale in ("en", "fr", "es", "zh_Hans", "th"):
        args += ["--locale", locale]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return lambda name, locale: document_text(folder / f"{REF}-{name}-{locale}.docx")


def test_french_spaces_before_high_punctuation():
    assert _apply(french_edits, "X (anciennement Twitter): a ; b!") == "X (anciennement Twitter)\u00a0: a\u202f; b\u202f!"
    # Never inside a URL, a time or a fixed note label.
    text = "https://x.com/a?b=1 21:40 [untranslated: en]"
    assert _apply(french_edits, text) == text


def test_chinese_spacing_and_full_stops():
    assert _apply(chinese_edits, "申请保护令 及 紧急保护令") == "申请保护令及紧急保护令"
    assert _apply(chinese_edits, "现居 新加坡. 结束") == "现居新加坡。结束"
    # A number, a Latin word and a URL keep their ASCII points and spaces.
    assert _apply(chinese_edits, "版本 3.5 于 X 上") == "版本 3.5 于 X 上"


def test_french_document(drafted):
    text = drafted("court-application-simplified-claim", "fr")
    assert "X (anciennement Twitter)\u00a0:" in text
    labels = re.sub(r"\[(untranslated|missing): [^\]]*\]", "", text)  # fixed labels, not French text
    labels = re.sub("\u2066[^\u2069]*\u2069", "", labels)  # a statute quoted in English
    assert not re.search(r"\w[:;!?] ", labels), "a colon without its space"
    # The victim is a woman: the role and the sentences about her are feminine.
    assert "Demanderesse" in text and "Conséquences pour la demanderesse" in text
    assert "Conséquences pour le demandeur" not in text
    # Data strings in French: the court heading and the statute, not the English.
    assert "Tribunal de la protection contre le harcèlement" in text
    assert "IN THE PROTECTION FROM HARASSMENT COURT" not in text
    assert "Fait de causer intentionnellement un harcèlement" in text


def test_chinese_document(drafted):
    text = drafted("court-application-simplified-claim", "zh_Hans")
    cjk = "\u4e00-\u9fff"
    assert not re.search(f"[{cjk}] +[{cjk}]", text), re.search(f".{{8}}[{cjk}] +[{cjk}].{{8}}", text)
    assert not re.search(f"[{cjk}]\\.", text)
    assert "防止骚扰法庭" in text and "Protection from Harassment Court\n" not in text


def test_english_pronouns_for_a_woman():
    """The HRC complaint's sentences about the victim say "her" for a woman (msgctxt "female" in the
    English catalog), "their" otherwise, and a Spanish document keeps its own translation."""
    from remedies.i18n.data import drafting_in
    from remedies.rendering.environment import environment

    sentence = "The victim asks the Committee not to disclose their identity in its published decision."
    template = "{{ _('" + sentence + "') }}"
    with drafting_in("en", "female"):
        assert environment("en").from_string(template).render() == sentence.replace("their", "her")
        assert "su identidad" in environment("es").from_string(template).render()
    with drafting_in("en", "male"):
        assert environment("en").from_string(template).render() == sentence
    with drafting_in("en", None):
        assert environment("en").from_string(template).render() == sentence


def test_data_strings_are_a_catalog_domain(tmp_path):
    from importlib.metadata import entry_points

    from remedies.data import DATA

    # pybabel finds the extraction method of the data files by name.
    methods = {e.name: e.value for e in entry_points(group="babel.extractors")}
    assert methods.get("remedies_data") == "remedies.i18n.data:extract_data"

    with (DATA / "jurisdictions" / "SG.yaml").open("rb") as handle:
        found = {(function, message if isinstance(message, str) else message[1]): line
                 for line, function, message, _ in extract_data(handle, None, [], {})}
    assert ("gettext", "IN THE PROTECTION FROM HARASSMENT COURT OF THE REPUBLIC OF SINGAPORE") in found
    assert any(f == "pgettext" and m.startswith("A court may") for f, m in found)  # the statute's words: a gloss
    assert not any(m.startswith("https://") for _, m in found)  # URLs, sources, ids stay as they are
    rows = {(r["locale"], r["document"]): r for r in catalogs.status()}
    data_rows = [r for (loc, doc), r in rows.items() if doc == catalogs.DATA_ROW]
    assert len(data_rows) == 10
    assert all(0 < r["translated"] <= r["total"] for r in data_rows)
    # Untranslated data strings show: a translator's Thai catalog with one string emptied counts one fewer.
    import shutil

    from remedies.rendering.resources import shipped_locales_dir

    root = tmp_path / "locales"
    shutil.copytree(shipped_locales_dir() / "th", root / "th")
    po = root / "th" / "LC_MESSAGES" / "data.po"
    text = po.read_text(encoding="utf-8")
    start = text.index('msgid "Protection from Harassment Court"')
    end = text.index("\n\n", start)
    po.write_text(text[:start] + 'msgid "Protection from Harassment Court"\nmsgstr ""' + text[end:], encoding="utf-8")
    mine = {r["locale"]: r for r in catalogs.status(root) if r["document"] == catalogs.DATA_ROW}
    shipped = rows[("th", catalogs.DATA_ROW)]
    assert mine["th"]["translated"] == shipped["translated"] - 1 < mine["th"]["total"]


def test_check_finds_a_stale_data_catalog(tmp_path):
    import shutil

    from remedies.rendering.resources import shipped_locales_dir

    root = tmp_path / "locales"
    shutil.copytree(shipped_locales_dir() / "fr", root / "fr")
    po = root / "fr" / "LC_MESSAGES" / "data.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Protection from Harassment Court"', 'msgid "Another court"'), encoding="utf-8")
    problems = [str(p) for p in catalogs.check(root)]
    assert any("data catalog (data.po) is stale" in p for p in problems), problems


def test_statute_words_stay_quoted_with_a_gloss(drafted):
    french = drafted("court-application-simplified-claim", "fr")
    # The Act's own words, untouched by French typography, then the gloss under its note.
    assert "in respect of the victim; and" in french
    assert "Traduction non officielle\u202f; le texte ci-dessus est cité dans sa langue d'origine" in french
    assert "Un tribunal peut, s'il est juste et équitable" in french
    english = drafted("court-application-simplified-claim", "en")
    assert "Unofficial translation" not in english and "A court may, if it is just" in english
    # Thai: the court's name from the Thai data catalog; the Act's words still quoted in English.
    thai = drafted("court-application-simplified-claim", "th")
    assert "ศาลคุ้มครองจากการคุกคาม" in thai and "A court may, if it is just" in thai
    assert "Unofficial translation" not in thai


def test_grammatical_gender_follows_each_record_whatever_was_compiled_first(tmp_path, monkeypatch):
    """A template compiled (and cached) while drafting for a man drafts the feminine form for a woman,
    and the reverse; the ordinary translation of a gendered string is kept beside its feminine form."""
    import yaml

    monkeypatch.setenv("REMEDIES_CACHE_DIR", str(tmp_path / "cache"))
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["victim"]["sex"], data["case"]["reference"] = "male", "RD-MALE"
    male = tmp_path / "male.yaml"
    male.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for order in ((male, SAMPLE), (SAMPLE, male)):
        out = tmp_path / f"out-{order[0].stem}"
        for record in order:
            result = CliRunner().invoke(main, ["draft", str(record), "--doc", "regulator-complaint",
                                               "--locale", "fr", "--out", str(out)])
            assert result.exit_code == 0, result.output
        assert "Conséquences pour le demandeur" in document_text(out / "RD-MALE-regulator-complaint-fr.docx")
        assert "Conséquences pour la demanderesse" in document_text(out / f"{REF}-regulator-complaint-fr.docx")


@pytest.mark.parametrize("locale, separator", [("ar", "\u061b "), ("zh_Hans", "\uff1b"), ("en", "; ")])
def test_inline_lists_are_separated_with_the_languages_own_semicolon(tmp_path, locale, separator):
    """The memorandum's guarantees ("Article 17(2)(a) (...); Article 19 (...)") are joined with the
    semicolon of the language: Arabic '؛', Chinese '；', never a Latin '; ' between Arabic or Chinese."""
    from conftest import EXAMPLES

    record = EXAMPLES / "detention-record.yaml"
    result = CliRunner().invoke(main, ["draft", str(record), "--doc", "domestic-challenge", "--locale", locale,
                                       "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    text = document_text(next(tmp_path.glob(f"*-domestic-challenge-{locale}.docx")))
    plain = re.sub("[\u2066-\u2069]", "", text)
    assert re.search(re.escape(separator) + r"Article 19\b", plain), plain[:2000]
    if locale != "en":
        assert not re.search(r"; Article \d", plain)
