"""The interface's own catalogs: gettext domain `app` (locales/<locale>/LC_MESSAGES/app.po), read like
the documents' catalogs (no compile step), with per-message fallback along the locale chain to English.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from functools import lru_cache
from pathlib import Path
from typing import Optional

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo

from remedies.i18n.runtime import locale_chain, read_catalog
from remedies.rendering.resources import locales_dirs

DOMAIN = "app"
PACKAGE = Path(__file__).resolve().parent
RTL = {"ar", "fa", "he", "ur"}
# The catalogs a person has checked to be complete; the others fall back to English, visibly.
COMPLETE = {"en", "ar", "zh_Hans"}


def po_files(locale: str) -> list[Path]:
    return [folder / locale / "LC_MESSAGES" / f"{DOMAIN}.po" for folder in locales_dirs()
            if (folder / locale / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()]


def _read(po: Path, locale: str) -> Catalog:
    catalog = read_catalog(po, locale)
    catalog.domain = DOMAIN
    return catalog


@lru_cache(maxsize=None)
def _compiled(files: tuple, locale: str) -> gettext.NullTranslations:
    merged = Catalog(locale=Locale.parse(locale), domain=DOMAIN)
    for po, _stamp in reversed(files):
        for message in _read(po, locale):
            if message.id and message.string and not message.fuzzy:
                if message.id in merged:
                    merged.delete(message.id)
                merged[message.id] = message
    buffer = io.BytesIO()
    write_mo(buffer, merged, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def catalog(locale: str) -> gettext.NullTranslations:
    files = po_files(locale)
    if not files:
        return gettext.NullTranslations()
    return _compiled(tuple((po, po.stat().st_mtime_ns) for po in files), locale)


class Translator:
    """gettext for one interface language; remembers the messages that fell back to English."""

    def __init__(self, locale: str):
        self.locale = locale
        self.chain = [catalog(name) for name in locale_chain(locale) if name != "en"]
        self.fell_back: set[str] = set()

    def __call__(self, message: str) -> str:
        if not message:
            return message
        for translations in self.chain:
            found = getattr(translations, "_catalog", {}).get(message)
            if found:
                return found
        if self.locale != "en":
            self.fell_back.add(message)
        return message

    @property
    def direction(self) -> str:
        return "rtl" if self.locale.split("_")[0] in RTL else "ltr"

    @property
    def complete(self) -> bool:
        return self.locale in COMPLETE


def language_name(locale: str) -> str:
    parsed = Locale.parse(locale)
    return parsed.get_display_name(parsed) or locale


# ---- extraction (used by `remedies i18n extract/update/check`) ------------------------------------

def pot(*, own_only: bool = False) -> Catalog:
    """Every interface string: the app's sources and pages, the help texts and choice labels shown.

    `own_only`: only the strings written in the app itself. The help texts come from the record's
    field descriptions (record/fields.yaml) and the vocabularies, which other work changes; a changed
    one falls back to its English until translated, visibly, and does not make the catalogs stale.
    """
    from remedies.app import interview

    catalog = Catalog(project="remedies", domain=DOMAIN, creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    keywords = {"_": None, "N_": None, "gettext": None}
    for source in sorted(PACKAGE.glob("*.py")):
        for lineno, message, comments, _context in extract_from_file(
                "python", str(source), keywords=keywords, comment_tags=["Translators:"]):
            if isinstance(message, str) and message:
                catalog.add(message, locations=[(f"src/remedies/app/{source.name}", lineno)], auto_comments=comments)
    for page in sorted((PACKAGE / "templates").glob("*.html")):
        for lineno, message, comments, _context in extract_from_file(
                "jinja2", str(page), keywords=keywords, comment_tags=["Translators:"]):
            if isinstance(message, str) and message:
                catalog.add(message, locations=[(f"src/remedies/app/templates/{page.name}", lineno)])
    if not own_only:
        for text, where in interview.shown_texts():
            if text not in catalog:
                catalog.add(text, locations=[(where, 0)])
    return catalog


def catalog_locales(root: Path) -> list[str]:
    return sorted(p.parent.parent.name for p in root.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def update(root: Path) -> list[Path]:
    """Add new interface strings to every app catalog (a locale with a document catalog gets one)."""
    from babel.messages.pofile import write_po

    template = pot()
    written = []
    for folder in sorted(p for p in root.iterdir() if (p / "LC_MESSAGES" / "remedies.po").is_file()):
        locale = folder.name
        path = folder / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            current = _read(path, locale)
        else:
            current = Catalog(locale=Locale.parse(locale), domain=DOMAIN, project="remedies",
                              creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
            current.header_comment = (f"# {Locale.parse(locale).english_name} translations of the remedies app.\n"
                                      "# Reviewed-By: (unreviewed)")
        current.update(template, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            write_po(handle, current, width=100, sort_output=False, omit_header=False, include_previous=False)
        written.append(path)
    return written


def untranslated(root: Path, locale: str) -> list[str]:
    path = root / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return [m.id for m in pot() if m.id]
    catalog = _read(path, locale)
    return [m.id for m in pot() if m.id and not (catalog.get(m.id) and catalog.get(m.id).string)]


def stale(root: Path, locale: str) -> Optional[str]:
    path = root / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    catalog = _read(path, locale)
    ids = {m.id for m in catalog if m.id}
    missing = sorted({m.id for m in pot() if m.id} - ids)
    return missing[0] if missing else None
