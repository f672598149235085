"""Babel extraction method for .docx templates: reads the parts exactly as the renderer prepares them."""

from __future__ import annotations

import io
import zipfile
from typing import IO, Any, Iterator

from jinja2.ext import babel_extract

from remedies.rendering.engine import _TEMPLATED, _prepare

JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true", "trimmed": "false"}


def extract_docx(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
                 ) -> Iterator[tuple[int, str, Any, list[str]]]:
    """Yield (line, function, message, comments) for every translatable string in a .docx template.

    Registered as the `remedies_docx` method under `babel.extractors`, so `pybabel extract` can use it.
    The line number counts paragraphs of the prepared part XML; the comment names the part.
    """
    with zipfile.ZipFile(io.BytesIO(fileobj.read())) as package:
        for name in sorted(package.namelist()):
            if not _TEMPLATED.match(name):
                continue
            source = _prepare(package.read(name).decode("utf-8"))
            merged = {**JINJA_OPTIONS, **(options or {})}
            for lineno, function, message, comments in babel_extract(
                    io.BytesIO(source.encode("utf-8")), keywords, comment_tags, merged):
                yield lineno, function, message, [f"part: {name}", *comments]


PLURAL_FUNCTIONS = {"ngettext", "npgettext"}


def msgid(function: str, message: Any) -> Any:
    """The catalog id of an extracted call: a string, a (singular, plural) pair, or None if not literal.

    Jinja reports `_("... %(date)s", date=x)` as ("...", None): only the first argument is the message.
    """
    parts = message if isinstance(message, tuple) else (message,)
    wanted = parts[:2] if function in PLURAL_FUNCTIONS else parts[:1]
    if not wanted or not all(isinstance(part, str) and part for part in wanted):
        return None
    return wanted if len(wanted) > 1 else wanted[0]


def messages(path) -> list[str]:
    """The msgids of one template, in order (used by tests and `remedies i18n`)."""
    from babel.messages.extract import DEFAULT_KEYWORDS

    with open(path, "rb") as handle:
        found = [msgid(f, m) for _, f, m, _ in extract_docx(handle, DEFAULT_KEYWORDS, [], {})]
    result: list[str] = []
    for message in found:
        for text in (message if isinstance(message, tuple) else (message,)):
            if text and text not in result:
                result.append(text)
    return result
