"""The one text normalisation used both to redact and to scan: compatibility forms, case, diacritics, separators."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that are invisible in a document and must not hide a name: zero-width space, joiners,
# word joiner, byte-order mark, soft hyphen, Mongolian vowel separator, invisible operators, and the
# bidi marks, embeddings and isolates (right-to-left documents isolate every inserted value).
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
                      "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Letters that Unicode does not decompose into a base letter and a diacritic.
_LETTERS = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h"}

# Scripts written without spaces between words: a term in them matches anywhere, not as a whole word.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "IDEOGRAPHIC")


@lru_cache(maxsize=4096)
def fold_char(char: str, casefold: bool = True) -> str:
    """One character folded: NFKC compatibility form, no diacritics, case folded; '' if invisible."""
    if char in INVISIBLE:
        return ""
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = unicodedata.normalize("NFKC", base)
    if casefold:
        base = base.casefold()
    out = []
    for c in base:
        plain = _LETTERS.get(c.lower())
        out.append(c if plain is None else (plain.upper() if c.isupper() else plain))
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """Text folded for matching: words separated by single spaces, padded with a space at each end.

    `origin[i]` is the index in the original text of the character that produced folded character i,
    so a match in the folded text maps back to a span of the original.
    """

    text: str
    origin: tuple[int, ...]
    length: int  # length of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering folded characters start..end (end exclusive)."""
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, min(last, self.length)


def fold(text: str, casefold: bool = True) -> Folded:
    """Fold `text`: every run of characters that are not letters or digits becomes one space."""
    if text.isascii():
        return _fold_ascii(text, casefold)
    return _fold_any(text, casefold)


def _fold_any(text: str, casefold: bool) -> Folded:
    chars: list[str] = [" "]
    origin: list[int] = [0]
    for index, char in enumerate(text):
        for out in fold_char(char, casefold):
            if out.isalnum():
                chars.append(out)
                origin.append(index)
            elif chars[-1] != " ":
                chars.append(" ")
                origin.append(index)
    if chars[-1] != " ":
        chars.append(" ")
        origin.append(len(text))
    return Folded("".join(chars), tuple(origin), len(text))


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def _fold_ascii(text: str, casefold: bool) -> Folded:
    """The same folding for plain ASCII text (most of a package), without the per-character loop."""
    pieces, origin = [" "], [0]
    for match in _ASCII_WORD.finditer(text):
        start, end = match.span()
        pieces += [match.group(), " "]
        origin += range(start, end)
        origin.append(end)
    folded = "".join(pieces)
    return Folded(folded.lower() if casefold else folded, tuple(origin), len(text))


def words(text: str, casefold: bool = True) -> list[str]:
    """The folded words of `text`: 'Tan  Mei-Ling' -> ['tan', 'mei', 'ling']."""
    return fold(text, casefold).text.split()


def unspaced(char: str) -> bool:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return False
    return name.startswith(_UNSPACED)


def phrase_pattern(tokens: list[str], *, joined: bool = True) -> str:
    """A regex over folded text for these words in order, whole words at the ends.

    Between words the separator is optional when `joined` ('mei ling' also matches 'meiling').
    """
    separator = " ?" if joined else " "
    body = separator.join(re.escape(token) for token in tokens)
    start = "" if unspaced(tokens[0][0]) else "(?<= )"
    end = "" if unspaced(tokens[-1][-1]) else "(?= )"
    return start + body + end


def spelled_pattern(value: str) -> str:
    """A regex for a code such as S9412345D or 640412, with any separators between its characters."""
    chars = "".join(words(value))
    return "(?<= )" + " ?".join(re.escape(c) for c in chars) + "(?= )"
