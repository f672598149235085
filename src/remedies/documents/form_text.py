"""Paste-ready text for web reporting forms: one block per form field, short and full, with character counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Optional


from remedies.rendering.formats import date_text, list_text

ELLIPSIS = "\u2026"
RULE = "=" * 72


@dataclass(frozen=True)
class FormField:
    """One field of a reporting form (`url`, `category`, `description`) in a short and a full version."""

    key: str
    label: str
    short: str
    full: str
    # Free text may be shortened at a word boundary to fit; an address or a rule's name never is.
    cuttable: bool = True


@dataclass(frozen=True)
class FormBlock:
    """The fields to paste for one report (one incident), under a heading."""

    heading: str
    fields: list[FormField]


@dataclass(frozen=True)
class Fitted:
    text: str
    shortened: bool


class Formatter:
    """Dates and lists in the output language, as plain text (no markup escaping)."""

    def __init__(self, locale: str):
        self.locale = locale

    def date(self, value: Optional[dt.date], form: str = "long") -> str:
        return date_text(value, self.locale, form) if value else ""

    def listing(self, values: Iterable[object], style: str = "standard") -> str:
        return list_text([str(v) for v in values if v not in (None, "")], self.locale, style)


def case_line(context: dict, fmt, gettext: Callable[[str], str]) -> str:
    """First line of a paste-ready text: the case, its date, and DRAFT unless final."""
    line = gettext("Case %(reference)s - %(date)s") % {"reference": context["reference"],
                                                      "date": fmt.date(context["prepared_on"])}
    return line + (" - " + gettext("DRAFT") if context["draft"] else "")


def labelled(label: str, value: str) -> str:
    return f"{label}: {value}"


def fit(text: str, limit: Optional[int]) -> Fitted:
    """Shorten `text` to `limit` characters at a word boundary, ending with an ellipsis; never mid-word."""
    if limit is None or len(text) <= limit:
        return Fitted(text, False)
    room = text[: max(limit - 1, 0)]
    cut = room.rstrip()
    if len(text) > len(room) and not text[len(room)].isspace():
        space = max(cut.rfind(" "), cut.rfind("\n"))
        cut = cut[:space].rstrip() if space > 0 else ""
    cut = cut.rstrip(" ,;:")
    if not cut:  # one word longer than the limit: left whole, and flagged as over the limit
        return Fitted(text, False)
    return Fitted(cut + ELLIPSIS, True)


def _count(text: str, limit: Optional[int], gettext: Callable[[str], str]) -> str:
    if limit is None:
        return gettext("%(count)d characters") % {"count": len(text)}
    return gettext("%(count)d of %(limit)d characters") % {"count": len(text), "limit": limit}


def _version(name: str, text: str, limit: Optional[int], gettext: Callable[[str], str],
             shortened: bool = False) -> list[str]:
    head = f"{name} ({_count(text, limit, gettext)})"
    if shortened:
        head += " - " + gettext("SHORTENED to fit the limit: cut at a word boundary, marked with an ellipsis; "
                                "check that the cut text still makes sense")
    if limit is not None and len(text) > limit:
        head += " - " + gettext("OVER THE LIMIT by %(excess)d characters: use the short version or shorten "
                                "this one") % {"excess": len(text) - limit}
    return [head + ":", text or gettext("(nothing to paste)"), ""]


def render(title: str, preamble: list[str], blocks: list[FormBlock], limit_of: Callable[[str], Optional[int]],
           gettext: Callable[[str], str]) -> str:
    """The text file: a title, the preamble lines, then each block's fields (short first, then full)."""
    lines = [title, "=" * len(title), *preamble, ""]
    for block in blocks:
        lines += [RULE, block.heading, RULE, ""]
        for form_field in block.fields:
            limit = limit_of(form_field.key)
            lines.append(f"--- {form_field.label} ---")
            short = fit(form_field.short, limit if form_field.cuttable else None)
            if short.text == form_field.full:
                lines += _version(gettext("Text"), form_field.full, limit, gettext)
                continue
            lines += _version(gettext("Short version"), short.text, limit, gettext, short.shortened)
            lines += _version(gettext("Full version"), form_field.full, limit, gettext)
    return "\n".join(lines).rstrip("\n") + "\n"


def over_limit(blocks: list[FormBlock], limit_of: Callable[[str], Optional[int]]) -> list[str]:
    """`heading: field` for each short version that had to be cut to fit its limit."""
    found = []
    for block in blocks:
        for form_field in block.fields:
            limit = limit_of(form_field.key)
            if form_field.cuttable and limit is not None and len(form_field.short) > limit:
                found.append(f"{block.heading}: {form_field.label}")
    return found
