"""Message catalogs: .po files read directly (no compile step), checked as data, with per-message fallback.

A translator's catalogs (rendering/resources.user_locales_dir) are read before the shipped ones.
"""

from __future__ import annotations

import gettext
import io
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from remedies.rendering.resources import current_locales_dirs, epoch

DOMAIN = "remedies"

# Named placeholders (%(name)s, %(count)d); a '%' that is not one is a literal percent sign.
NAMED = re.compile(r"%\(([A-Za-z_][A-Za-z0-9_]*)\)[sd]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STRAY_PERCENT = re.compile(r"%(?!\([A-Za-z_][A-Za-z0-9_]*\)[sd]|%)")


class CatalogError(Exception):
    """A catalog that cannot be used as it is; the message names the file, the line and the msgid."""

    exit_code = 2


def literal_percent(text: str) -> str:
    """`text` ready for `% variables`: every '%' that is not a named placeholder stays a '%'."""
    return _STRAY_PERCENT.sub("%%", text)


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


def po_files(locale: str, domain: str = DOMAIN) -> list[Path]:
    """The .po files of one locale (of one domain: `remedies` for templates, `data` for the data files),
    the translator's first."""
    found = []
    for folder in current_locales_dirs():
        po = folder / locale / "LC_MESSAGES" / f"{domain}.po"
        if po.is_file():
            found.append(po)
    return found


def catalog(locale: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The compiled catalog of one locale alone (NullTranslations if it has none); recompiled when edited."""
    files = po_files(locale, domain)
    if not files:
        return _NO_CATALOG
    return _compiled(tuple((po, po.stat().st_mtime_ns) for po in files), locale)


def read_catalog(po: Path, locale: str) -> Catalog:
    """One .po file, or a CatalogError in one sentence (bad charset, broken syntax)."""
    import codecs

    try:
        head = po.read_bytes()[:4096]
        declared = re.search(rb"charset=([A-Za-z0-9_.:-]+)", head)
        if declared:
            codecs.lookup(declared.group(1).decode("ascii"))
        with po.open("rb") as handle:
            return read_po(handle, locale=_babel_locale(locale), domain=DOMAIN)
    except LookupError as exc:
        raise CatalogError(f"{po}: declares a character set Python does not know ({exc}); "
                           "set 'charset=UTF-8' in its Content-Type header") from None
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{po}: is not in the character set its header declares ({exc.reason}); "
                           "save it as UTF-8 with 'charset=UTF-8'") from None
    except Exception as exc:  # babel's parse errors carry no common type
        raise CatalogError(f"{po}: cannot be read as a gettext catalog ({exc})") from None


def problem(message) -> str | None:
    """Why a translation cannot be used as data: an unknown placeholder or a control character."""
    if not message.id or not message.string:
        return None
    sources = message.id if isinstance(message.id, tuple) else (message.id,)
    allowed = {name for source in sources for name in NAMED.findall(source)}
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    for text in strings:
        if not text:
            continue
        unknown = sorted(set(NAMED.findall(text)) - allowed)
        if unknown:
            return f"uses the placeholder %({unknown[0]})s, which the original does not have"
        bad = CONTROL.search(text)
        if bad:
            return f"holds a control character (U+{ord(bad.group()):04X}), which a Word document cannot hold"
    return None


@lru_cache(maxsize=None)
def _compiled(files: tuple, locale: str) -> gettext.NullTranslations:
    """The merged catalog, compiled; kept in the user's cache by the .po files' bytes, so that a new
    process reads the compiled form instead of parsing every .po file again (a catalog with a problem
    is never stored: it raises each time)."""
    from remedies.rendering import cache

    name = _cache_key(files, locale)
    stored = cache.load_bytes(name) if name else None
    if stored is not None:
        try:
            return gettext.GNUTranslations(io.BytesIO(stored))
        except Exception:  # a damaged entry passed its digest (impossible in practice): compile anew
            pass
    compiled = _compile_catalog(files, locale)
    if name:
        cache.store_bytes(name, compiled)
    return gettext.GNUTranslations(io.BytesIO(compiled))


def _cache_key(files: tuple, locale: str) -> Optional[str]:
    import hashlib

    import babel

    digest = hashlib.sha256(b"remedies-catalog 1\0" + babel.__version__.encode() + b"\0" + locale.encode())
    digest.update(Path(__file__).read_bytes())  # how catalogs are merged and checked
    for po, _stamp in files:
        try:
            digest.update(b"\0" + hashlib.sha256(po.read_bytes()).digest())
        except OSError:
            return None
    return "catalog-" + digest.hexdigest()[:40]


def _compile_catalog(files: tuple, locale: str) -> bytes:
    merged = Catalog(locale=_babel_locale(locale), domain=DOMAIN)
    for po, _stamp in reversed(files):  # shipped first, then the translator's over it
        for message in read_catalog(po, locale):
            if not message.id or not message.string or message.fuzzy:
                continue
            reason = problem(message)
            if reason:
                shown = message.id if isinstance(message.id, str) else message.id[0]
                raise CatalogError(f"{po}:{message.lineno}: the translation of {shown!r} {reason}; "
                                   "correct it (remedies i18n check lists every such problem)")
            # babel would merge, keeping the first string: replace instead (the same msgid under another
            # msgctxt, such as "female", is another message and stays)
            if merged.get(message.id, context=message.context) is not None:
                merged.delete(message.id, context=message.context)
            merged[message.id] = message
    buffer = io.BytesIO()
    write_mo(buffer, merged, use_fuzzy=False)
    return buffer.getvalue()


def translations(locale: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """Catalogs along the locale chain: a message missing in one falls back to the next.

    Whether a catalog was edited is checked again after each `resources.refresh()` (once per command,
    record planned and document rendered), not for every label a document looks up.
    """
    key = (locale, domain, epoch(), os.environ.get("REMEDIES_LOCALES"), os.environ.get("XDG_DATA_HOME"),
           os.environ.get("HOME"))
    found = _recent.get(key)
    if found is None:
        chain = [catalog(name, domain) for name in locale_chain(locale)]
        found = _chained(tuple(chain))
        if len(_recent) > 64:
            _recent.clear()
        _recent[key] = found
    return found


_recent: dict[tuple, gettext.NullTranslations] = {}


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
