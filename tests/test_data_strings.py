"""No English data string in a document drafted in another language, unless it is quoted on purpose.

Every example record is drafted (all its documents) in French and Arabic. A string of the data files that
the locale's data catalog translates must then appear in its translation, not in English: an English
string left in the document means a data field reaches documents without passing through the catalog.
Kept on purpose, and so not counted: a statute's own words (msgctxt "gloss", quoted with the gloss after
them), a translation that keeps the English term beside its own (a statute's official title), and text
the record itself supplies (the lawyer typed it in English).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from docxtext import document_text

from remedies.cli import main
from remedies.i18n.data import DATA_DOMAIN, GLOSS, messages
from remedies.i18n.runtime import translations

RECORDS = sorted(EXAMPLES.glob("*-record.yaml"))
ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")


@pytest.mark.parametrize("locale", ["fr", "ar"])
def test_no_english_data_string_in_a_translated_document(tmp_path, locale):
    catalog = translations(locale, DATA_DOMAIN)
    expected = []
    for text, _file, _line, _comments, context in messages():
        if context == GLOSS or len(text) < 12:
            continue
        translated = catalog.gettext(text)
        if translated != text and text not in translated:
            expected.append(text)
    assert len(expected) > 200  # the catalog translates the data strings
    # Values of the data files that are never translated (citations, case names, source titles) may
    # hold a translated string ("Application No. 004/2013"): they are taken out of the text first.
    extracted = {text for text, *_ in messages()}
    kept = sorted((value for value in _data_values() if value not in extracted
                   and any(english in value for english in expected)), key=len, reverse=True)

    leaks = []
    for record in RECORDS:
        out = tmp_path / record.stem
        result = CliRunner().invoke(main, ["draft", str(record), "--locale", locale, "--out", str(out)])
        assert result.exit_code in (0, 2), result.output  # 2: a document that does not apply (reported)
        source = record.read_text(encoding="utf-8")
        documents = sorted(out.glob(f"*-{locale}.docx"))
        assert documents, result.output
        for document in documents:
            text = document_text(document).translate(ISOLATES)
            for value in kept:
                text = text.replace(value, "")
            leaks += [f"{document.name}: {english!r}" for english in expected
                      if english in text and english not in source]
    assert not leaks, "\n".join(leaks)


def _data_values() -> set[str]:
    """Every string value of the shipped data files."""
    import yaml

    from remedies.data import DATA

    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            found.add(node)

    for path in DATA.rglob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found
