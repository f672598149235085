"""One Jinja environment per locale: sandboxed, autoescaping, with escaped translations and Babel filters."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from babel import Locale
from babel.dates import format_datetime
from babel.numbers import format_decimal
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from remedies.i18n.runtime import literal_percent, translations
from remedies.rendering.missing import Missing
from remedies.rendering.formats import babel_locale, country_name, date_text, list_text, month_year_text


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
    # cannot break the document, and so a translation is never markup. Jinja then applies
    # `% variables`: a '%' that is not a named placeholder ("100%") is kept as a literal.
    translated: dict[str, Markup] = {}  # each message looked up and escaped once per catalog

    def gettext(message: str) -> Markup:
        found = translated.get(message)
        if found is None:
            found = translated[message] = escape(literal_percent(catalog.gettext(message)))
        return found

    def ngettext(singular: str, plural: str, n: int) -> Markup:
        return escape(literal_percent(catalog.ngettext(singular, plural, n)))

    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    babel = babel_locale(locale)
    env.filters.update(
        date=lambda value, form="long": _date(value, form, locale),
        month=lambda value: value if isinstance(value, Missing) or value is None else month_year_text(value, locale),
        datetime=lambda value, form="medium": _datetime(value, form, babel),
        listing=lambda values, style="standard": _list(values, style, locale),
        country=lambda code: _country(code, locale),
        number=lambda value: format_decimal(value, locale=babel),
    )
    env.tests["missing"] = lambda value: isinstance(value, Missing)
    env.globals["locale"] = locale
    # French puts a non-breaking space before a colon ("Nom : ..."); templates write {{ colon }}.
    env.globals["colon"] = Markup("\u00a0:") if locale.split("_")[0] == "fr" else ":"
    env.globals["rtl"] = babel.character_order == "right-to-left"
    return env


def _finalize(value: Any) -> Any:
    return "" if value is None else value


def _date(value: Any, form: str, locale: str) -> Any:
    if isinstance(value, Missing) or value is None:
        return value
    return date_text(value, locale, form)


def _datetime(value: Any, form: str, locale: Locale) -> Any:
    if isinstance(value, Missing) or value is None:
        return value
    return format_datetime(value, format=form, tzinfo=value.tzinfo, locale=locale)


def _list(values: Iterable[Any], style: str, locale: str) -> Any:
    # Escape each item before joining so the result can be marked safe as a whole.
    return Markup(list_text([str(escape(v)) for v in values if v is not None], locale, style))


def _country(code: Any, locale: str) -> Any:
    if isinstance(code, Missing) or code is None:
        return code
    return country_name(code, locale)
