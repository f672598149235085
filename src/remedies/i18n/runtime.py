"""Message catalogs: .po files read directly (no compile step), with per-message fallback by locale chain."""

from __future__ import annotations

import gettext
import io
from functools import lru_cache

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from remedies.rendering.resources import locales_dir

DOMAIN = "remedies"


def locale_chain(locale: str) -> list[str]:
    """pt_BR -> [pt_BR, pt, en]: the catalogs consulted, most specific first."""
    chain, parts = [], locale.split("_")
    while parts:
        chain.append("_".join(parts))
        parts = parts[:-1]
    if "en" not in chain:
        chain.append("en")
    return chain


_NO_CATALOG = gettext.NullTranslations()


def catalog(locale: str) -> gettext.NullTranslations:
    """The compiled catalog of one locale alone (NullTranslations if it has none); recompiled when edited."""
    po = locales_dir() / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.is_file():
        return _NO_CATALOG
    return _compiled(po, po.stat().st_mtime_ns, locale)


@lru_cache(maxsize=None)
def _compiled(po, mtime: int, locale: str) -> gettext.NullTranslations:
    with po.open("rb") as handle:
        messages = read_po(handle, locale=_babel_locale(locale), domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, messages, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translations(locale: str) -> gettext.NullTranslations:
    """Catalogs along the locale chain: a message missing in one falls back to the next."""
    chain = [catalog(name) for name in locale_chain(locale)]
    return _chained(tuple(chain))


@lru_cache(maxsize=None)
def _chained(chain: tuple) -> gettext.NullTranslations:
    first = _copy(chain[0])
    for fallback in chain[1:]:
        first.add_fallback(fallback)
    return first


def _copy(translation: gettext.NullTranslations) -> gettext.NullTranslations:
    clone = translation.__class__.__new__(translation.__class__)
    clone.__dict__.update(translation.__dict__)
    clone._fallback = None
    return clone


def _babel_locale(locale: str) -> Locale:
    return Locale.parse(locale)
