"""Free text written once or per language, and the record seen in one language (with what is untranslated)."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from pydantic import BaseModel

from remedies.record.problems import shown
from remedies.record.vocab import suggest


class LocalText(str):
    """Text written per language: `{en: "...", fr: "..."}`.

    It is a `str` (its first entry, the original) so code that never asks for a language still reads
    sensible text; `texts` holds every language, in the order written.
    """

    texts: dict[str, str]

    def __new__(cls, texts: dict[str, str]) -> "LocalText":
        value = super().__new__(cls, next(iter(texts.values())))
        value.texts = dict(texts)
        return value

    def __repr__(self) -> str:
        return f"LocalText({self.texts!r})"

    def __reduce__(self):
        return (LocalText, (self.texts,))


class TextKind:
    """Marks a field type as free text; `localizable` ones may be written per language, and `quiet` ones
    (official names) written once are used as they are in every language, without a note."""

    __slots__ = ("localizable", "quiet")

    def __init__(self, localizable: bool, quiet: bool = False):
        self.localizable = localizable
        self.quiet = quiet


NARRATIVE = TextKind(True)
OFFICIAL_NAME = TextKind(True, quiet=True)
IDENTITY = TextKind(False)


def as_text(value: Any, localizable: bool) -> str:
    """The validator of every free-text field: the text exactly as typed, or one text per language."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if not localizable:
            raise ValueError("is written once, not per language (names, addresses and numbers stay as they "
                             "are in every language); write it as plain text")
        return LocalText(_texts(value))
    if isinstance(value, list):
        raise ValueError("must be text, not a list; put quotes around text that starts with '['")
    if isinstance(value, (int, float)) or value.__class__.__module__ == "datetime":
        return str(value)  # a record built in Python; a file's scalars always arrive as text
    raise ValueError("must be text")


def _texts(value: dict) -> dict[str, str]:
    if not value:
        raise ValueError("is an empty mapping; write the text, or one text per language such as "
                         "{en: \"...\", fr: \"...\"}")
    texts = {}
    for key, text in value.items():
        name = str(key)
        problem = locale_problem(name)
        if problem:
            raise ValueError(f"{shown(name)} is not a language code{problem}; write the text per language as "
                             "{en: \"...\", fr: \"...\"}")
        if not isinstance(text, str):
            raise ValueError(f"the {name} text must be plain text")
        texts[name] = text
    return texts


@lru_cache(maxsize=256)
def locale_problem(name: str) -> str:
    """'' for a CLDR locale identifier (en, fr, pt_BR, zh_Hans), else a hint for the message."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
        return ""
    except (UnknownLocaleError, ValueError, TypeError):
        from remedies.rendering.resources import available_locales

        names = {Locale.parse(code).english_name: code for code in available_locales()}
        guess = suggest(name, available_locales(), names)
        return f"; did you mean '{guess}'?" if guess else f" (for example {', '.join(available_locales())})"


# ---- the record in one language -------------------------------------------------------------------


@dataclass(frozen=True)
class Untranslated:
    """A narrative field a document in `locale` shows in its original language."""

    path: str
    original: str  # the language shown instead

    def __str__(self) -> str:
        return f"{self.path} ({self.original})"


@dataclass
class Localized:
    record: Any
    locale: str
    untranslated: list[Untranslated] = field(default_factory=list)


def chain(locale: str) -> list[str]:
    """pt_BR -> [pt_BR, pt]: a text in the parent language serves a regional locale."""
    parts, result = locale.split("_"), []
    while parts:
        result.append("_".join(parts))
        parts = parts[:-1]
    return result


def localized(record, locale: str, mark=None) -> Localized:
    """A copy of `record` whose free text is in `locale`, and the narrative fields it lacks in it.

    Text written per language gives the text in `locale` (or its parent language); text written once
    is in the record's language (`case.locale`). Where `locale` is missing, the original is kept, passed
    through `mark(text, original_locale)` (the visible note a document shows), and listed.
    """
    home = record.case.locale
    wanted = chain(locale)
    result = Localized(record=None, locale=locale)

    def pick(value: Any, path: str, quiet: bool) -> Any:
        if isinstance(value, LocalText):
            for name in wanted:
                if name in value.texts:
                    return value.texts[name]
            original = home if home in value.texts else next(iter(value.texts))
            text = value.texts[original]
        elif isinstance(value, str):
            if quiet or home in wanted or not value.strip():
                return value
            original, text = home, value
        else:
            return value
        result.untranslated.append(Untranslated(path, original))
        return mark(text, original) if mark else text

    result.record = _walk(record, "", pick)
    return result


def untranslated(record, locales: Optional[list[str]] = None) -> dict[str, list[Untranslated]]:
    """Per locale, the narrative fields not written in it; by default the languages the record uses."""
    if locales is None:
        locales = [name for name in languages(record) if name not in chain(record.case.locale)]
    return {name: localized(record, name).untranslated for name in locales}


def languages(record) -> list[str]:
    """Every language the record's free text is written in, the record's own first."""
    found = {record.case.locale: None}

    def collect(value: Any, path: str, quiet: bool) -> Any:
        if isinstance(value, LocalText):
            found.update(dict.fromkeys(value.texts))
        return value

    _walk(record, "", collect)
    return list(found)


def _walk(model: BaseModel, prefix: str, pick) -> BaseModel:
    """`model` with every narrative field passed through `pick(value, path)`; untouched parts are shared."""
    changes = {}
    for name, kind in _plan(type(model)).items():
        value = getattr(model, name)
        if value is None:
            continue
        label = type(model).model_fields[name].alias or name
        path = f"{prefix}.{label}" if prefix else label
        new = _apply(value, kind, path, pick)
        if new is not value:
            changes[name] = new
    return model.model_copy(update=changes) if changes else model


def _apply(value: Any, kind: Any, path: str, pick) -> Any:
    if kind in ("text", "name"):
        new = pick(value, path, kind == "name")
        return value if new == value and type(new) is type(value) else new
    if kind == "model":
        return _walk(value, path, pick)
    shape, inner = kind
    if shape == "list":
        items = [_apply(item, inner, f"{path}[{index}]", pick) for index, item in enumerate(value, 1)]
        return value if all(a is b for a, b in zip(items, value)) else items
    if shape == "dict":
        items = {key: _apply(item, inner, f"{path}.{key}", pick) for key, item in value.items()}
        return value if all(items[k] is value[k] for k in value) else items
    return value


@lru_cache(maxsize=None)
def _plan(model: type) -> dict[str, Any]:
    """Which fields of `model` hold narrative text, or models and containers that may."""
    plan = {}
    for name, info in model.model_fields.items():
        kind = _kind(info.annotation, tuple(info.metadata))
        if kind is not None:
            plan[name] = kind
    return plan


def _kind(annotation: Any, metadata: tuple = ()) -> Any:
    for mark in metadata:
        if isinstance(mark, TextKind) and mark.localizable:
            return "name" if mark.quiet else "text"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _kind(args[0], tuple(args[1:]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model"
    if origin in (list, tuple, set, frozenset) and args:
        inner = _kind(args[0])
        return ("list", inner) if inner is not None else None
    if origin is dict and len(args) == 2:
        inner = _kind(args[1])
        return ("dict", inner) if inner is not None else None
    if args:  # Optional[...] and other unions
        for arg in args:
            inner = _kind(arg)
            if inner is not None:
                return inner
    return None
