"""One Jinja environment per locale: sandboxed, autoescaping, with escaped translations and Babel filters."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Iterable

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_decimal
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from remedies.rendering.i18n import translations
from remedies.rendering.missing import Missing


# Filings to courts and UN bodies write English dates as "20 November 2026" (UN and Commonwealth
# usage), so English documents take their date and list formats from British English.
FORMAT_LOCALES = {"en": "en_GB"}


def environment(locale: str) -> ImmutableSandboxedEnvironment:
    """The environment of `locale`, made anew only when one of its catalogs changes on disk."""
    return _environment(locale, translations(locale))


@lru_cache(maxsize=None)
def _environment(locale: str, catalog) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        autoescape=True,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        finalize=_finalize,
        keep_trailing_newline=True,
    )

    # Jinja marks a translation as safe without escaping it; escape it here so '&' in a catalog
    # cannot break the document, and so a translation is never markup.
    def gettext(message: str) -> Markup:
        return escape(catalog.gettext(message))

    def ngettext(singular: str, plural: str, n: int) -> Markup:
        return escape(catalog.ngettext(singular, plural, n))

    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    babel_locale = Locale.parse(FORMAT_LOCALES.get(locale, locale))
    env.filters.update(
        date=lambda value, form="long": _date(value, form, babel_locale),
        month=lambda value: _date(value, "MMMM y", babel_locale),
        datetime=lambda value, form="medium": _datetime(value, form, babel_locale),
        listing=lambda values, style="standard": _list(values, style, babel_locale),
        country=lambda code: _country(code, babel_locale),
        number=lambda value: format_decimal(value, locale=babel_locale),
    )
    env.tests["missing"] = lambda value: isinstance(value, Missing)
    env.globals["locale"] = locale
    # French puts a non-breaking space before a colon ("Nom : ..."); templates write {{ colon }}.
    env.globals["colon"] = Markup("\u00a0:") if locale.split("_")[0] == "fr" else ":"
    env.globals["rtl"] = babel_locale.character_order == "right-to-left"
    return env


def _finalize(value: Any) -> Any:
    return "" if value is None else value


def _date(value: Any, form: str, locale: Locale) -> Any:
    if isinstance(value, Missing) or value is None:
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, format=form, locale=locale)


def _datetime(value: Any, form: str, locale: Locale) -> Any:
    if isinstance(value, Missing) or value is None:
        return value
    return format_datetime(value, format=form, tzinfo=value.tzinfo, locale=locale)


def _list(values: Iterable[Any], style: str, locale: Locale) -> Any:
    items = [v for v in values if v is not None]
    if not items:
        return ""
    # Escape each item before joining so the result can be marked safe as a whole.
    escaped = [str(escape(v)) for v in items]
    if style == "unit":
        # "A, B, C" with the locale's own separator. CLDR's unit lists are not that everywhere
        # (French adds "et", and Babel lacks them for Spanish), so build it from the standard
        # pattern's middle part.
        middle = locale.list_patterns["standard"]["middle"]
        joined = escaped[0]
        for item in escaped[1:]:
            joined = middle.format(joined, item)
        return Markup(joined)
    return Markup(format_list(escaped, style=style, locale=locale))


def _country(code: Any, locale: Locale) -> Any:
    if isinstance(code, Missing) or code is None:
        return code
    return locale.territories.get(code, code)
