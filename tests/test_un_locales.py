"""The French and Spanish catalogs: every string of the UN templates and every vocabulary label translated."""

from __future__ import annotations

import io
import re

import pytest
from babel.messages.pofile import read_po

from remedies.i18n import catalogs
from babel.messages.extract import extract_from_file
from unfilings import ROOT

from remedies.documents import labels
from remedies.i18n.extract import messages

TEMPLATES = ["un-special-procedures.docx", "wgad.docx", "hrc-complaint.docx"]
PYTHON_SOURCES = ["src/remedies/documents/labels.py", "src/remedies/checks/admissibility.py"]
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def catalog(locale: str):
    with (ROOT / "locales" / locale / "LC_MESSAGES" / "remedies.po").open("rb") as handle:
        return read_po(handle, locale=locale, domain="remedies")


def template_messages() -> list[str]:
    found: list[str] = []
    for name in TEMPLATES:
        found += [m for m in messages(ROOT / "templates" / name) if m not in found]
    return found


def label_messages() -> list[str]:
    vocabularies = [labels.HARMS, labels.PLATFORMS, labels.RESPONDENT_KINDS, labels.SEXES,
                    labels.SUBMITTER_ROLES, labels.REMEDY_STATUSES, labels.CAPTURED_BY]
    found = [message for vocabulary in vocabularies for message in vocabulary.values()]
    for source in PYTHON_SOURCES:
        found += [m for _, m, _, _ in extract_from_file("python", ROOT / source, keywords={"N_": None})]
    return list(dict.fromkeys(found))


def test_the_templates_have_many_messages():
    assert len(template_messages()) > 200
    assert "I. Alleged victim" in template_messages()


@pytest.mark.parametrize("locale", ["fr", "es"])
def test_every_template_string_is_translated(locale):
    translations = catalog(locale)
    untranslated = [m for m in template_messages() if not (translations.get(m) and translations.get(m).string)]
    assert untranslated == []


@pytest.mark.parametrize("locale", ["fr", "es"])
def test_every_vocabulary_label_and_check_message_is_translated(locale):
    translations = catalog(locale)
    untranslated = [m for m in label_messages() if not (translations.get(m) and translations.get(m).string)]
    assert untranslated == []


@pytest.mark.parametrize("locale", ["fr", "es"])
def test_translations_keep_their_placeholders_and_are_not_fuzzy(locale):
    for message in catalog(locale):
        if not message.id or not message.string:
            continue
        assert sorted(PLACEHOLDER.findall(message.string)) == sorted(PLACEHOLDER.findall(message.id)), message.id
        assert not message.fuzzy, message.id


@pytest.mark.parametrize("locale, plural", [("fr", "nplurals=2; plural=(n > 1);"),
                                            ("es", "nplurals=2; plural=(n != 1);")])
def test_catalog_headers_mark_the_translations_as_drafts_for_review(locale, plural):
    translations = catalog(locale)
    headers = dict(translations.mime_headers)
    assert headers["Language"] == locale
    assert headers["Plural-Forms"] == plural
    text = (ROOT / "locales" / locale / "LC_MESSAGES" / "remedies.po").read_text(encoding="utf-8")
    assert "# Reviewed-By: (unreviewed)" in text
    assert not catalogs.reviewed(read_po(io.BytesIO(text.encode("utf-8")), locale=locale))


def test_labels_are_translated_at_run_time():
    french, spanish = labels.gettext_for("fr"), labels.gettext_for("es")
    assert labels.harm("threats", french) == "Menaces de violence"
    assert labels.platform("x", spanish) == "X (antes Twitter)"
    assert labels.respondent_kind("state_actor", french) == "Agent de l'État"
