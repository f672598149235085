"""Text the record did not supply: the press-brief template, its catalogs, styles, fonts and theme, the
tool's own labels and the document's dates.

A single common word or number of the record (a victim called Do, Link or Roman, a city called Media,
the postal code 2026) may coincide with such text ("Do not link", "Times New Roman", "Media contact",
"20 November 2026"). The scan tolerates such a coincidence only where a whole phrase of this text
surrounds it; everything the record supplies is redacted before rendering, and multi-part identifiers
(full name, e-mail, telephone and ID numbers, handles ...) are never tolerated anywhere.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from lxml import etree

from remedies.checks.redaction.normalise import fold, words

_TAG = re.compile(r"\{[{%#].*?[}%#]\}", re.S)
_MAX_PHRASE = 400  # folded characters: longer template text is split into its sentences


class Provenance:
    """Phrases (folded) that the template and the tool supply, indexed by each of their words.

    `phrases` may be a callable that returns them: they are gathered and indexed only when a scan first
    asks about a hit, so a package in which no single common word of the record occurs (most of them)
    never reads the catalogs of every locale for this."""

    def __init__(self, phrases: "Iterable[str] | Callable[[], Iterable[str]]"):
        self._source = phrases
        self._index: Optional[dict[str, set[str]]] = None

    @property
    def _by_word(self) -> dict[str, set[str]]:
        if self._index is None:
            phrases = self._source() if callable(self._source) else self._source
            index: dict[str, set[str]] = {}
            for phrase in phrases:
                folded = " ".join(words(phrase))
                if not folded:
                    continue
                for word in set(folded.split()):
                    index.setdefault(word, set()).add(folded)
            self._index, self._source = index, ()
        return self._index

    def __len__(self) -> int:
        return len({p for group in self._by_word.values() for p in group})

    def explains(self, text: str, start: int, end: int) -> bool:
        """Whether the span start..end of `text` lies wholly inside one template phrase found in `text`."""
        found = words(text[start:end])
        if not found:
            return False
        candidates = set.intersection(*(self._by_word.get(w, set()) for w in found)) if found else set()
        if not candidates:
            return False
        view = fold(text)
        for phrase in candidates:
            for match in re.finditer(f"(?<= ){re.escape(phrase)}(?= )", view.text):
                first, last = view.span(match.start(), match.end())
                if first <= start and end <= last:
                    return True
        return False


def _package_phrases(data: bytes) -> list[str]:
    """Every text node (template tags removed) and attribute value of every XML part of a template."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            if not info.filename.endswith((".xml", ".rels")) or info.file_size > 8 * 2**20:
                continue
            try:
                root = etree.fromstring(package.read(info), parser)
            except etree.XMLSyntaxError:
                continue
            paragraph_tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
            text_tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
            for element in root.iter():
                if not isinstance(element.tag, str):
                    continue
                if element.tag == paragraph_tag:
                    joined = "".join(t.text or "" for t in element.iter(text_tag))
                    found += [p for p in _TAG.split(joined) if p.strip()]
                for piece in (element.text, element.tail):
                    if piece and piece.strip():
                        found += [p for p in _TAG.split(piece) if p.strip()]
                found += list(element.attrib.values())
    return found


def _template_msgids(path: Path, data: bytes, messages) -> list[str]:
    """The template's translatable strings, kept in the user's cache by the template's bytes (reading them
    from the .docx compiles its tags, which a cached draft otherwise never does)."""
    from remedies.rendering import cache

    return cache.remembered("msgids", cache._engine_digest() + data,
                            lambda: [item for item in messages(path) if isinstance(item, str)], cache.strings)


@lru_cache(maxsize=8)
def _template_phrases(path: Path, stamp: float) -> tuple[str, ...]:
    from remedies.i18n.extract import messages
    from remedies.i18n.runtime import catalog
    from remedies.rendering.resources import available_locales

    data = path.read_bytes()
    found = _package_phrases(data)
    found += _template_msgids(path, data, messages)
    for locale in available_locales():
        table = getattr(catalog(locale), "_catalog", {})
        # Every string of the catalogs: the template's own and the labels the tool supplies
        # (harms, platforms, neutral replacements, country names written by the tool).
        found += [value for value in table.values() if isinstance(value, str)]
        found += [key for key in table if isinstance(key, str)]
    return tuple(_sentences(dict.fromkeys(found)))


def _sentences(texts: Iterable[str]) -> list[str]:
    out = []
    for text in texts:
        if len(text) <= _MAX_PHRASE:
            out.append(text)
        else:
            out += [p for p in re.split(r"(?<=[.!?。])\s+|\n", text) if p.strip()]
    return out


def _dates(values: Iterable[dt.date]) -> list[str]:
    """Each date as the tool writes it in every locale (long, month and year, ISO, with a time)."""
    from remedies.rendering.formats import date_text, month_year_text
    from remedies.rendering.resources import available_locales

    found = []
    for value in values:
        day = value.date() if isinstance(value, dt.datetime) else value
        found += [day.isoformat(), f"{day.year}-{day.month:02d}", f"{day.isoformat()}T00:00:00Z"]
        if isinstance(value, dt.datetime):
            found += [value.isoformat(), f"{value:%H:%M}", value.strftime("UTC%z")[:6] + ":" + value.strftime("%z")[3:]]
        for locale in available_locales():
            try:
                found += [date_text(day, locale), month_year_text(day, locale)]
            except Exception:  # a catalog folder Babel does not know
                continue
    return found


def provenance_for(record, templates: Iterable[Path]) -> Provenance:
    """What the press-brief templates, the catalogs and the record's dates supply, for `record`."""
    paths = [path for path in templates if path.is_file()]
    dates: list[dt.date] = [record.case.prepared_on]
    dates += [incident.date for incident in record.incidents]
    dates += [remedy.date for remedy in record.legal.domestic_remedies if remedy.date]
    if record.press and record.press.embargo_until:
        dates.append(record.press.embargo_until)
    stamps = [(path, path.stat().st_mtime) for path in paths]  # the templates as they are now

    def gather() -> list[str]:
        found: list[str] = []
        for path, stamp in stamps:
            found += _template_phrases(path, stamp)
        return found + _dates(dates)

    return Provenance(gather)


def press_brief_provenance(record, template: Optional[Path] = None) -> Provenance:
    """Provenance for a press brief rendered from `template` (default: the one drafting uses)."""
    from remedies.rendering.resources import shipped_template, template_path

    paths = {shipped_template("press-brief.docx"), template_path("press-brief.docx")}
    if template is not None:
        paths.add(template)
    return provenance_for(record, sorted(paths))
