"""Dates for the press: a date of birth in any written form, and dates generalised to month and year."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from babel import Locale

from remedies.checks.redaction.normalise import words
from remedies.rendering.formats import date_text, month_year_text

# Languages whose month names are recognised in a written date of birth, besides the catalogs'.
_MONTH_LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "id", "ms", "vi", "tl", "tr", "ru", "ar", "zh")
_CONNECTORS = "(?:(?:of|de|del|du|der|den|le) )?"
_ORDINAL = "(?:st|nd|rd|th|er|e|eme|o|a)?"


@lru_cache(maxsize=None)
def month_names(month: int) -> tuple[str, ...]:
    """The folded names of `month` (wide and abbreviated) in the languages above and the catalogs'."""
    from remedies.rendering.resources import available_locales

    names: set[str] = set()
    for code in dict.fromkeys(_MONTH_LANGUAGES + available_locales()):
        try:
            locale = Locale.parse(code)
        except Exception:  # an unknown code in a catalog folder: skip it
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                name = locale.months.get(context, {}).get(width, {}).get(month)
                if name:
                    names.add(" ".join(words(name)))
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def birth_date_patterns(born: dt.date) -> list[str]:
    """Regexes over folded text for a date of birth written as 2 March 1994, 1994-03-02, 02/03/94 ..."""
    d, m, y = born.day, born.month, born.year
    day = f"0?{d}" if d < 10 else str(d)
    month = f"0?{m}" if m < 10 else str(m)
    year = f"(?:{y}|{y % 100:02d})"
    months = "(?:" + "|".join(re.escape(n) for n in month_names(m)) + ")"
    ordinal_day = f"{day}{_ORDINAL}"
    found = [
        f"{day} {month} {year}",
        f"{month} {day} {year}",
        f"{y} {month} {day}",
        f"{d:02d}{m:02d}{y}", f"{m:02d}{d:02d}{y}", f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y % 100:02d}",
        f"{ordinal_day} {_CONNECTORS}{months} {_CONNECTORS}{year}",
        f"{months} {ordinal_day} {_CONNECTORS}{year}",
        f"{y} {_CONNECTORS}{months} {ordinal_day}",
    ]
    return [f"(?<= ){pattern}(?= )" for pattern in found]


def month_year(value: dt.date, locale: str, avoid: Callable[[str], bool]) -> str:
    """'September 2026'; written 2026-09 instead when the month's name is itself an identifying word
    (a victim called May or June), so that the press brief never has to carry the word."""
    text = month_year_text(value, locale)
    return f"{value.year}-{value.month:02d}" if avoid(text) else text


def moment(value: dt.datetime, locale: str, avoid: Callable[[str], bool]) -> str:
    """An embargo time: '27 November 2026, 09:00 (UTC+08:00)'; numeric when a name collides with it."""
    offset = value.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    day = date_text(value.date(), locale)
    if avoid(day):
        day = value.date().isoformat()
    return f"{day}, {value:%H:%M} ({zone})"
