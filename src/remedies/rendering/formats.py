"""Dates and lists in the output language: one place for the locale's formatting conventions."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Iterable

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.lists import format_list

from remedies.rendering.scripts import conventions

# Filings to courts and UN bodies write English dates as "20 November 2026" (UN and Commonwealth
# usage), so English documents take their date and list formats from British English.
FORMAT_LOCALES = {"en": "en_GB"}


@lru_cache(maxsize=None)
def babel_locale(locale: str) -> Locale:
    return Locale.parse(FORMAT_LOCALES.get(locale, locale))


def date_text(value: dt.date, locale: str, form: str = "long") -> str:
    """A date as the locale writes it; the long form follows locales/conventions.yaml where it says."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if form == "long":
        form = conventions(locale).long_date or "long"
    return _format_date(value, form, locale)


@lru_cache(maxsize=8192)
def _format_date(value: dt.date, form: str, locale: str) -> str:
    return format_date(value, format=form, locale=babel_locale(locale))


@lru_cache(maxsize=8192)
def month_year_text(value: dt.date, locale: str) -> str:
    """Month and year as the locale writes them: "September 2026", "2026年9月", "septiembre de 2026"."""
    return format_skeleton("yMMMM", value, locale=babel_locale(locale))


def list_text(items: Iterable[str], locale: str, style: str = "standard") -> str:
    """Items joined as the locale joins them; "unit" gives "A, B, C" with the locale's own separator.

    CLDR's unit lists are not that everywhere (French adds "et", Babel lacks them for Spanish), so the
    unit style is built from the standard pattern's middle part.
    """
    items = [item for item in items if item not in (None, "")]
    if not items:
        return ""
    if style == "unit":
        separator = conventions(locale).list_separator
        if separator is None:
            middle = babel_locale(locale).list_patterns["standard"]["middle"]
            separator = middle.replace("{0}", "").replace("{1}", "")
        return separator.join(items)
    return format_list(items, style=style, locale=babel_locale(locale))


def country_name(code: Any, locale: str) -> Any:
    return babel_locale(locale).territories.get(code, code)
