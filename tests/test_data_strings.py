"""No English data string in a document drafted in another language, unless it is quoted on purpose.

Every example record is drafted (every document that applies to it; the sample also with a DSA notice)
in each shipped language other than English. Two checks on the text of each document:

1. A string of the data files that the locale's data catalog translates must appear in its translation,
   not in English: an English string left in the document means a data field reaches documents without
   passing through the catalog.
2. No other string value of the data files, in English words, may appear either: a value that is not
   extracted at all (its field is in none of the sets of remedies.i18n.data) is printed in English in
   every language. Only the kinds of value kept in the original on purpose are allowed (KEPT below).

Kept on purpose, and so not counted: a statute's own words (msgctxt "gloss", quoted with the gloss after
them), a translation that keeps the English term beside its own (a statute's official title), the kinds
of KEPT, and text the record itself supplies (the lawyer typed it in English).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from docxtext import document_text
from remedies.cli import main
from remedies.i18n.data import DATA_DOMAIN, GLOSS, messages
from remedies.i18n.runtime import translations
from remedies.rendering.resources import available_locales

RECORDS = sorted(EXAMPLES.glob("*-record.yaml"))
LOCALES = [locale for locale in available_locales() if locale.split("_")[0] != "en"]
ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")

# Values of the data files that stay in their original words in every language, by where they are
# (a pattern on "file: dotted.key.path"). Anything else a document prints from the data files goes
# through the data catalog.
KEPT = [
    # The titles of the sources a profile was checked against: cited as published.
    r"\bsources\.",
    # Case names and their citations (reports, docket numbers), cited as the court reported them.
    r"^caselaw\.yaml: cases\.[^.]+\.(name|citation)$",
    # Citations of a provision of a State's law ("Penal Code s 507A", "s 3(1)(b)"): the reference a
    # reader looks up, in the form the statute uses. The international standards a memorandum cites
    # (standards.yaml) are not kept: each is cited under its instrument's title in the language of the
    # document ("Pacte international relatif aux droits civils et politiques, article 15, paragraphe 1").
    r"^jurisdictions/[^:]+: provisions\.cite$",
    # An article or provision number ("Art. 16(3) and Art. 6", "s 3(1)(b)"): a reference, as the
    # statute numbers it.
    r"\.(article|provision)$",
    # A platform's policy names and its operators' legal names: the platform's own titles.
    r"^platforms/[^:]+: (policies\.[^.]+\.name|operator|eu_operator)$",
    # The Union and Member-State laws a DSA notice relies on: each law under its own title, in the
    # language of its State ("Wetboek van Strafrecht"), cited with the provision it breaks.
    r"^dsa_member_state_law\.yaml: (union|states\.[^.]+)\.[^.]+\.law$",
    # A statute's own words: quoted in the original, with a translated gloss after them.
    r"\.quote$",
]
# Two words or more of Latin letters separated by spaces (not an id, a URL or an email address).
ENGLISH = re.compile(r"[A-Za-z]{3,}[,;:'()]* +[(']?[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\([^)]*\)[sd]")


def _english_pieces(value: str) -> list[str]:
    """The parts of `value` between its placeholders that a reader would see as English words."""
    pieces = [piece.strip(" ,.:;\n") for piece in PLACEHOLDER.split(value)]
    return [piece for piece in pieces if len(piece) >= 12 and piece.isascii() and ENGLISH.search(piece)
            and "://" not in piece and "@" not in piece]


def _printed(piece: str, text: str) -> bool:
    """Whether `text` holds `piece` as whole words ("Commission" is not in "Commissioner")."""
    return piece in text and re.search(rf"(?<![A-Za-z]){re.escape(piece)}(?![A-Za-z])", text) is not None


def _data_values() -> dict[str, set[str]]:
    """Every string value of the shipped data files, with where it is ("file: key.path").

    A mapping of locale to text ({en: ..., fr: ...}) is translated in the file itself: its values are
    left out (the document prints the one of its language)."""
    import yaml

    from remedies.data import DATA

    locales = set(available_locales())
    found: dict[str, set[str]] = {}

    def walk(node, path, name):
        if isinstance(node, dict):
            if node and all(str(key) in locales for key in node):
                return
            for key, value in node.items():
                walk(value, path + (str(key),), name)
        elif isinstance(node, list):
            for value in node:
                walk(value, path, name)
        elif isinstance(node, str):
            found.setdefault(node, set()).add(f"{name}: {'.'.join(path)}")

    for path in sorted(DATA.rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), (), path.relative_to(DATA).as_posix())
    return found


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, list[tuple[Path, str]]]:
    """{locale: [(document, text of its record)]}: every example, every document, every locale."""
    out = tmp_path_factory.mktemp("drafts")
    sample = out / "sample-dsa.yaml"
    sample.write_text((EXAMPLES / "sample-record.yaml").read_text(encoding="utf-8")
                      .replace("dsa_notice: false", "dsa_notice: true\n  dsa_member_state: IE"), encoding="utf-8")
    records = [sample if record.name == "sample-record.yaml" else record for record in RECORDS]
    found: dict[str, list[tuple[Path, str]]] = {locale: [] for locale in LOCALES}
    for record in records:
        folder = out / record.stem
        args = ["draft", str(record), "--all", "--out", str(folder), "-j", "1"]
        for locale in LOCALES:
            args += ["--locale", locale]
        result = CliRunner().invoke(main, args)
        assert result.exit_code in (0, 2), result.output  # 2: a document that does not apply (reported)
        source = record.read_text(encoding="utf-8")
        for locale in LOCALES:
            documents = sorted(folder.glob(f"*-{locale}.docx"))
            assert documents, result.output
            found[locale] += [(document, source) for document in documents]
    return found


def test_every_document_is_checked(drafted):
    """The records together draft every kind of document the checks below read."""
    names = {re.sub(r"^[A-Z]+-\d+-\d+-", "", document.stem) for document, _ in drafted["fr"]}
    for kind in ("court-application-affidavit", "court-application-petition", "court-application-application",
                 "court-application-barangay-application", "court-application-simplified-claim",
                 "platform-report-facebook", "platform-report-instagram", "platform-report-telegram",
                 "platform-report-x", "regulator-complaint", "press-brief", "un-special-procedures",
                 "hrc-complaint", "wgad", "domestic-challenge", "dsa-notice-x"):
        assert f"{kind}-fr" in names, sorted(names)


@pytest.mark.parametrize("locale", LOCALES)
def test_no_english_data_string_in_a_translated_document(drafted, locale):
    catalog = translations(locale, DATA_DOMAIN)
    extracted = {text for text, *_ in messages()}
    expected = []  # (piece of an extracted string, its translation)
    beside = set()  # English names a translation keeps beside its own ("... (Protection Order)")
    for text, _file, _line, _comments, context in messages():
        if context == GLOSS:
            continue
        translated = catalog.gettext(text)
        if translated != text and text not in translated:
            expected += [(piece, translated) for piece in _english_pieces(text) if piece not in translated]
        elif translated != text:
            beside.add(text)
    assert len(expected) > 300  # the catalog translates the data strings

    values = _data_values()
    kept_patterns = [re.compile(pattern) for pattern in KEPT]
    kept = {value for value, places in values.items()
            if any(pattern.search(place) for place in places for pattern in kept_patterns)}
    # Never translated, nor an extracted string left in English by the catalog: every other value in
    # English words, which would reach documents of every language in English.
    unextracted = sorted({(piece, value) for value, places in values.items()
                          if value not in kept and value not in extracted for piece in _english_pieces(value)})
    assert len(unextracted) > 20  # values of the data files that no catalog translates (see below)
    # A kept value (a citation, a source's title) may hold a string that is translated elsewhere
    # ("Application No. 004/2013"): kept values are taken out of the text first, longest first.
    removed = sorted((value for value in kept | beside if len(value) >= 6), key=len, reverse=True)

    leaks, untranslated = [], []
    for document, source in drafted[locale]:
        text = document_text(document).translate(ISOLATES)
        for value in removed:
            if value in text:
                text = text.replace(value, "")
        leaks += [f"{document.name}: {english!r}" for english, _ in expected
                  if _printed(english, text) and english not in source]
        untranslated += [f"{document.name}: {piece!r} ({'; '.join(sorted(values[value]))})"
                         for piece, value in unextracted if _printed(piece, text) and piece not in source]
    assert not leaks, "translated in the data catalog, printed in English:\n" + "\n".join(leaks)
    assert not untranslated, ("data values printed in English that the data catalog does not extract "
                              "(add the field to remedies.i18n.data, or to KEPT if it stays in the "
                              "original on purpose):\n" + "\n".join(sorted(set(untranslated))))
