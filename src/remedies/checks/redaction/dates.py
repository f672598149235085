"""Dates for the press: a date of birth in any written form, and dates generalised to month and year."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from babel import Locale

from remedies.checks.redaction.normalise import words
from remedies.rendering.formats import date_text, month_year_text
from remedies.rendering.scripts import conventions

# Languages whose month names are recognised in a written date of birth, besides the catalogs'.
_MONTH_LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "id", "ms", "vi", "tl", "tr", "ru", "ar", "zh")
_CONNECTORS = "(?:(?:of|de|del|du|der|den|le) )?"
_ORDINAL = "(?:st|nd|rd|th|er|e|eme|o|a)?"


@lru_cache(maxsize=None)
def month_names(month: int) -> tuple[str, ...]:
    """The folded names of `month` (wide and abbreviated) in the languages above and the catalogs'."""
    return _all_month_names()[month - 1]


@lru_cache(maxsize=1)
def _all_month_names() -> tuple[tuple[str, ...], ...]:
    """Every month's names, kept in the user's cache by Babel's version and the languages (reading them
    loads the locale data of some twenty languages, which is most of a single draft's start-up)."""
    import babel

    from remedies.rendering import cache
    from remedies.rendering.resources import available_locales

    codes = list(dict.fromkeys(_MONTH_LANGUAGES + available_locales()))
    key = ("\0".join([babel.__version__, *codes])).encode() + Path(__file__).read_bytes() \
        + (Path(__file__).parent / "normalise.py").read_bytes()
    found = cache.remembered("months", key, lambda: [list(_month_names(month, codes)) for month in range(1, 13)],
                             lambda value: isinstance(value, list) and len(value) == 12
                             and all(cache.strings(names) for names in value))
    return tuple(tuple(names) for names in found)


def _month_names(month: int, codes: list[str]) -> tuple[str, ...]:
    names: set[str] = set()
    for code in codes:
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


# Weekday names are optional in a written date ('Wednesday, 2 March 1994' is also '2 March 1994').
_ANY = "(?<![0-9a-z])"
_END = "(?![0-9a-z])"
_SEP = "[ ,]?"
# Languages whose spelled-out ordinals and cardinals (num2words) are recognised in a date of birth.
_SPELLED_LANGUAGES = ("en", "fr", "es", "id", "vi", "pt", "ar", "th")


def _alternation(values) -> str:
    found = sorted({v for v in values if v}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(v) for v in found) + ")"


def _number(value: int, *, pad: bool = True) -> str:
    return f"0?{value}" if pad and value < 10 else str(value)


def _years(year: int) -> str:
    """The year as written: 1994, '94, or in the Thai Buddhist era (2537) in full or short."""
    buddhist = year + 543
    return f"(?:{year}|{buddhist}|{year % 100:02d}|{buddhist % 100:02d})"


@lru_cache(maxsize=None)
def weekday_names() -> frozenset[str]:
    from remedies.rendering.resources import available_locales

    names: set[str] = set()
    for code in dict.fromkeys(_MONTH_LANGUAGES + available_locales()):
        try:
            locale = Locale.parse(code)
        except Exception:
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in locale.days.get(context, {}).get(width, {}).values():
                    names.update(w for w in words(name) if len(w) >= 2 and not w.isdigit())
    return frozenset(names)


@lru_cache(maxsize=None)
def spelled_day(day: int) -> tuple[str, ...]:
    """'second', '2nd', 'deuxième', 'deux' ... : the day of the month spelled out, folded."""
    from num2words import num2words

    found: set[str] = set()
    for language in _SPELLED_LANGUAGES:
        for kind in ("ordinal", "cardinal"):
            try:
                found.add(" ".join(words(num2words(day, to=kind, lang=language))))
            except (NotImplementedError, KeyError, OverflowError, TypeError, ValueError):
                continue
    return tuple(sorted((f for f in found if f), key=len, reverse=True))


def _written_pattern(text: str, born: dt.date, months: str) -> Optional[str]:
    """A regex from one locale's written date: its numbers and month flexible, other words optional.
    None when the day, the month and the year cannot all be found in it."""
    d, m, y = born.day, born.month, born.year
    folded = " ".join(words(text))
    for name in month_names(m):  # longest first; a name may be several folded words ('ม ค')
        folded = re.sub(rf"(?<![^ ]){re.escape(name)}(?![^ ])", "\0", folded)
    pieces, seen = [], set()
    for token in folded.split():
        parts = []
        for chunk in re.split(r"([0-9]+|\0)", token):
            if not chunk:
                continue
            if chunk == "\0":
                parts.append(months)
                seen.add("month")
            elif chunk.isdigit():
                value = int(chunk)
                if value in (y, y % 100) and len(chunk) in (2, 4) and "year" not in seen and (
                        value != d or "day" in seen):
                    parts.append(_years(y))
                    seen.add("year")
                elif value == d and "day" not in seen:
                    parts.append(_number(d))
                    seen.add("day")
                elif value == m and "month" not in seen:
                    parts.append(_number(m))
                    seen.add("month")
                else:
                    parts.append(re.escape(chunk))
            else:
                parts.append(re.escape(chunk))
        piece = "".join(parts)
        optional = not any(c.isdigit() for c in token) and "\0" not in token
        pieces.append(f"(?:{piece}[ ,])?" if optional else piece + "[ ,]")
    if seen != {"day", "month", "year"}:
        return None
    body = "".join(pieces)
    return body[:-len("[ ,]")] if body.endswith("[ ,]") else body


@lru_cache(maxsize=None)
def _locale_formats(born: dt.date) -> tuple[str, ...]:
    """The date of birth as every shipped locale writes it (Babel's short, medium, long and full)."""
    from babel.dates import format_date

    from remedies.rendering.resources import available_locales

    texts = []
    for code in available_locales():
        for width in ("short", "medium", "long", "full"):
            try:
                texts.append(format_date(born, width, locale=code))
            except Exception:  # a catalog folder Babel does not know
                continue
    return tuple(dict.fromkeys(texts))


def birth_date_patterns(born: dt.date) -> list[str]:
    """Regexes over folded text for a date of birth in any written form: 2 March 1994, 1994-03-02, 02/03/94,
    1994年3月2日, ngày 2 tháng 3 năm 1994, 2 มีนาคม 2537, the second of March 1994 ..."""
    d, m, y = born.day, born.month, born.year
    day, month, year = _number(d), _number(m), _years(y)
    months = "(?:" + "|".join(re.escape(n) for n in month_names(m)) + ")"
    spelled = _alternation(spelled_day(d))
    ordinal_day = f"(?:{day}{_ORDINAL}|(?:the )?{spelled}(?: day)?)"
    s = "[ ,]"
    found = [
        f"{day}{s}{month}{s}{year}",
        f"{month}{s}{day}{s}{year}",
        f"{year}{s}{month}{s}{day}",
        f"{d:02d}{m:02d}{y}", f"{m:02d}{d:02d}{y}", f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y % 100:02d}",
        f"{ordinal_day} {_CONNECTORS}{months} {_CONNECTORS}{year}",
        f"{months} {ordinal_day}{_SEP}{_CONNECTORS}{year}",
        f"{year} {_CONNECTORS}{months} {ordinal_day}",
        # Vietnamese 'ngày 2 tháng 3 năm 1994', Chinese and Japanese '1994年3月2日', Korean '1994년 3월 2일'.
        f"(?:ngay )?{day} thang {month}{_SEP}(?:nam )?{year}",
        f"{year} ?[年년] ?{month} ?[月월] ?{day} ?[日号일]?",
    ]
    found += [p for p in (_written_pattern(text, born, months) for text in _locale_formats(born)) if p]
    # A weekday before the date ('Wednesday, 2 March 1994') is left: it does not identify anyone.
    return [f"{_ANY}{pattern}{_END}" for pattern in dict.fromkeys(found)]


def birth_year_anchor(born: dt.date) -> str:
    """Every form above holds the year (or its Buddhist-era or two-digit form): the scan runs the long
    patterns only around such a number."""
    return _years(born.year)  # also inside a run of digits (19940302)


def month_year(value: dt.date, locale: str, avoid: Callable[[str], bool]) -> str:
    """'September 2026'; written 2026-09 instead when the month's name is itself an identifying word
    (a victim called May or June), so that the press brief never has to carry the word."""
    text = month_year_text(value, locale)
    return f"{value.year}-{value.month:02d}" if _avoided(avoid, text) else text


@lru_cache(maxsize=4096)
def _avoided(avoid: Callable[[str], bool], text: str) -> bool:
    """`avoid(text)`, once per matcher and text: a record's many incidents share a few months. (The cache
    holds the matcher, so its identity is never reused by another record's.)"""
    return avoid(text)


def moment(value: dt.datetime, locale: str, avoid: Callable[[str], bool]) -> str:
    """An embargo time: '27 November 2026, 09:00 (UTC+08:00)'; numeric when a name collides with it. The
    separator after the date is the locale's ("، " in Arabic)."""
    offset = value.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    day = date_text(value.date(), locale)
    if avoid(day):
        day = value.date().isoformat()
    separator = conventions(locale).date_time_separator or ", "  # Arabic: "، " (locales/conventions.yaml)
    return f"{day}{separator}{value:%H:%M} ({zone})"
