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

from remedies.i18n.data import current_sex, gendered
from remedies.i18n.runtime import literal_percent, translations
from remedies.rendering.missing import Missing
from remedies.rendering.scripts import conventions
from remedies.rendering.typesetting import Laid, isolate
from remedies.rendering.formats import babel_locale, country_name, date_text, list_text, month_year_text


def environment(locale: str) -> ImmutableSandboxedEnvironment:
    """The environment of `locale`, made anew only when one of its catalogs changes on disk."""
    return _environment(locale, translations(locale))


@lru_cache(maxsize=None)
def _environment(locale: str, catalog) -> ImmutableSandboxedEnvironment:
    babel = babel_locale(locale)
    rtl = conventions(locale).rtl or babel.character_order == "right-to-left"
    # In right-to-left text every inserted value is isolated (FSI ... PDI) so that a number, a
    # telephone number, a URL or a Latin name keeps its order and does not reorder its neighbours.
    value = isolate if rtl else (lambda v: v)
    env = ImmutableSandboxedEnvironment(
        autoescape=True,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        finalize=lambda v: "" if v is None else v if isinstance(v, (Laid, Missing)) else value(v),
        keep_trailing_newline=True,
    )

    # Jinja marks a translation as safe without escaping it; escape it here so '&' in a catalog
    # cannot break the document, and so a translation is never markup. Jinja then applies
    # `% variables`: a '%' that is not a named placeholder ("100%") is kept as a literal.
    def variables(values: dict) -> dict:
        # Numbers stay numbers for %(n)d; in right-to-left text the typesetting isolates their digits.
        return {k: v if isinstance(v, (int, float)) else value(_finalize(v)) for k, v in values.items()}

    translated: dict[tuple, Markup] = {}  # each message looked up and escaped once per catalog and sex

    def gettext(message: str, **values: Any) -> Markup:
        key = (message, current_sex())
        text = translated.get(key)
        if text is None:
            text = translated[key] = Laid(escape(literal_percent(_gendered(catalog, message))))
        return text % variables(values) if values else Laid(text.replace("%%", "%"))

    def ngettext(singular: str, plural: str, n: int, **values: Any) -> Markup:
        text = Laid(escape(literal_percent(catalog.ngettext(singular, plural, n))))
        return text % variables({"num": n, **values})

    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    # Jinja's own wrappers would turn the translation into plain Markup; these keep it marked as laid out.
    env.globals.update(gettext=gettext, _=gettext, ngettext=ngettext)
    env.filters.update(
        date=lambda value, form="long": _date(value, form, locale),
        month=lambda value: value if isinstance(value, Missing) or value is None else month_year_text(value, locale),
        datetime=lambda value, form="medium": _datetime(value, form, babel),
        listing=lambda values, style="standard": _list(values, style, locale, value if rtl else None),
        country=lambda code: _country(code, locale),
        number=lambda value: format_decimal(value, locale=babel),
    )
    env.tests["missing"] = lambda value: isinstance(value, Missing)
    env.globals["locale"] = locale
    # French puts a non-breaking space before a colon ("Nom : ..."); templates write {{ colon }}.
    # Chinese writes the full-width colon.
    language = locale.split("_")[0]
    env.globals["colon"] = Laid({"fr": "\u00a0:", "zh": "\uff1a"}.get(language, ":"))
    # Between the items of a list written inline ("Article 19 (...); Article 20 (...)"): Arabic writes
    # its own semicolon, Chinese the full-width one; templates write {{ semicolon }}.
    env.globals["semicolon"] = Laid({"ar": "\u061b ", "zh": "\uff1b"}.get(language, "; "))
    env.globals["rtl"] = rtl
    return env


def _gendered(catalog, message: str) -> str:
    """The translation of `message`; for a female victim, its feminine form (msgctxt "female") where the
    catalog has one: "Conséquences pour la demanderesse", and in English "her" for "their"."""
    return gendered(catalog, message, current_sex())


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


def _list(values: Iterable[Any], style: str, locale: str, item=None) -> Any:
    # Escape each item before joining so the result can be marked safe as a whole; in right-to-left
    # text each item is isolated, so the list reads in the paragraph's direction.
    item = item or escape
    return Laid(list_text([str(item(v)) for v in values if v is not None], locale, style))


def _country(code: Any, locale: str) -> Any:
    if isinstance(code, Missing) or code is None:
        return code
    return country_name(code, locale)
