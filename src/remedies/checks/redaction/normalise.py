"""The one canonical matching form, used both to redact and to scan.

Each character of a text becomes its canonical form:

1. NFKC compatibility form, then canonical decomposition;
2. every Default_Ignorable code point (direction marks, bidi controls, joiners, variation selectors,
   tag characters, Hangul fillers ...) and every combining mark (categories Mn, Mc, Me) removed,
   plus the blank Braille pattern U+2800, which renders as a space but is a symbol;
3. every Unicode decimal digit (Arabic-Indic, Devanagari, Thai ...) as its ASCII digit;
4. traditional Chinese characters as simplified ones (OpenCC's TSCharacters table);
5. letters of other scripts that look like a Latin letter (Cyrillic а, Greek ο ...) as that letter,
   from the Unicode TR39 confusables data (confusables.txt as packaged by `confusable_homoglyphs`);
6. case folded.

Runs of other characters become one space; a run of thousands or decimal separators between two digits
('3,400', '02.03') becomes ',' so that a number never continues across it. `Folded.origin` maps each
canonical character back to the original text, so that a match replaces the whole original span.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Blank characters that are not Default_Ignorable but show nothing between two letters.
_BLANK_SYMBOLS = frozenset("\u2800")

# Letters that neither Unicode decomposition nor the confusables table turns into a base letter.
_LETTERS = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h",
            "Đ": "D", "Ð": "D", "Ø": "O", "Ł": "L", "Æ": "AE", "Œ": "OE", "Þ": "TH", "Ħ": "H"}
_LETTERS.update({"ß": "ss", "ẞ": "SS"})

# Between two digits, a run of only these is a separator inside one number (3,400 / 3.400 / 3 400).
_NUMBER_SEPARATORS = frozenset(".,'’٫٬\u00a0\u202f\u2009")
NUMBER_BREAK = ","
# Joins separate values (attribute values of one part) so that no term matches across two of them.
BARRIER = "\x1e"

# Scripts written without spaces between words: a term in them matches anywhere, not as a whole word.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "IDEOGRAPHIC")

_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


@lru_cache(maxsize=1)
def _ignorable_pattern():
    import regex

    return regex.compile(r"[\p{Default_Ignorable_Code_Point}\u2800]")


def ignorable(char: str) -> bool:
    """A Default_Ignorable code point (or a blank symbol): nothing shows between the letters around it."""
    return _ignorable_pattern().match(char) is not None


@lru_cache(maxsize=1)
def default_ignorable() -> frozenset[str]:
    """Every Default_Ignorable_Code_Point, from the Unicode data of the `regex` module."""
    import regex

    # Planes 0, 1 and 14 hold every code point with the property (planes 2-13 and 15-16 hold none).
    points = [*range(0xD800), *range(0xE000, 0x20000), *range(0xE0000, 0xE1000)]
    everything = "".join(map(chr, points))
    return frozenset(regex.findall(r"\p{Default_Ignorable_Code_Point}", everything)) | _BLANK_SYMBOLS


@lru_cache(maxsize=1)
def _traditional() -> dict[str, str]:
    """Traditional -> simplified Chinese, one character for one (OpenCC's TSCharacters.txt)."""
    import opencc

    table: dict[str, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 2 and len(fields[0]) == 1:
            first = fields[1].split()[0]
            if len(first) == 1:
                table[fields[0]] = first
    return table


def _ascii_letters(text: str) -> bool:
    return bool(text) and text.isascii() and text.isalpha()


@lru_cache(maxsize=1)
def _confusables() -> dict[str, str]:
    """Non-ASCII letters -> the ASCII letter(s) they are confusable with (Unicode TR39 confusables.txt,
    as packaged by `confusable_homoglyphs`). Digits are left to step 3: '0' and 'O' stay distinct."""
    import confusable_homoglyphs

    from remedies.rendering import cache

    path = Path(confusable_homoglyphs.__file__).parent / "confusables.json"
    # The table derived from the package's 1.5 MB file is kept in the user's cache, by that file and this one.
    stat = path.stat()
    key = f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode() + Path(__file__).read_bytes()
    return cache.remembered("confusables", key,
                            lambda: _confusables_from(json.loads(path.read_text(encoding="utf-8"))),
                            lambda value: isinstance(value, dict)
                            and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()))


def _confusables_from(data: dict) -> dict[str, str]:
    table: dict[str, str] = {}
    for char, entries in data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        targets = [e["c"].replace("\u200e", "") for e in entries]
        targets = [t for t in targets if _ascii_letters(t)]
        if not targets:
            continue
        single = [t for t in targets if len(t) == 1] or targets
        same_case = [t for t in single if t.isupper() == char.isupper()] or single
        table[char] = same_case[0]
    return table


def _map_letter(char: str) -> str:
    plain = _LETTERS.get(char)
    if plain is not None:
        return plain
    char = _traditional().get(char, char)
    return _confusables().get(char, char)


@lru_cache(maxsize=65536)
def fold_char(char: str, casefold: bool = True) -> str:
    """One character in canonical form ('' for an invisible character or a mark)."""
    if char.isascii():
        return char.lower() if casefold else char
    if ignorable(char):
        return ""
    out = []
    for c in unicodedata.normalize("NFD", unicodedata.normalize("NFKC", char)):
        if c.isascii():
            out.append(c)
            continue
        if ignorable(c) or unicodedata.category(c).startswith("M"):
            continue
        digit = unicodedata.decimal(c, None)
        out.append(str(digit) if digit is not None else _map_letter(c))
    text = "".join(out)
    if casefold:
        text = "".join(c if c.isascii() else _map_letter(c) for c in text.casefold()).casefold()
    return text


def canonical(text: str, casefold: bool = True) -> str:
    """`text` in canonical form, character by character (no separators collapsed)."""
    return "".join(fold_char(c, casefold) for c in text)


@dataclass(frozen=True)
class Folded:
    """Text folded for matching: words separated by single spaces, padded with a space at each end.

    `origin[i]` is the index in the original text of the character that produced folded character i,
    so a match in the folded text maps back to a span of the original. (ASCII text keeps instead one
    (folded start, original start) pair per piece, `segments`: each piece is copied unchanged.)
    """

    text: str
    origin: tuple[int, ...]
    length: int  # length of the original text
    segments: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    def _at(self, index: int) -> int:
        if self.origin:
            return self.origin[index]
        folded, original = self.segments
        k = bisect_right(folded, index) - 1
        return original[k] + (index - folded[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering folded characters start..end (end exclusive)."""
        first = self._at(start)
        last = self._at(end - 1) + 1 if end > start else first
        return first, min(last, self.length)

    def lower(self) -> "Folded":
        return Folded(self.text.lower(), self.origin, self.length, self.segments)


def percent_decoded(text: str) -> list[tuple[str, int]]:
    """(character, index in `text`) with %XX escapes decoded as UTF-8: a URL's path as it reads."""
    found: list[tuple[str, int]] = []
    cursor = 0
    for match in _PERCENT.finditer(text):
        found += [(c, i) for i, c in enumerate(text[cursor:match.start()], start=cursor)]
        raw = bytes.fromhex(match.group().replace("%", ""))
        decoded = raw.decode("utf-8", "replace")
        # Each decoded character points at the '%' of the escapes it came from (approximately).
        step = max(1, (match.end() - match.start()) // max(1, len(decoded)))
        found += [(c, min(match.start() + k * step, match.end() - 1)) for k, c in enumerate(decoded)]
        cursor = match.end()
    found += [(c, i) for i, c in enumerate(text[cursor:], start=cursor)]
    return found


def fold(text: str, casefold: bool = True) -> Folded:
    """Fold `text`: canonical characters; every run of characters that are not letters or digits becomes
    one space (',' between two digits when it is a number's own separator)."""
    if text.isascii() and "%" not in text:
        return _fold_ascii(text, casefold)
    return _fold_any(text, casefold)


def _fold_any(text: str, casefold: bool) -> Folded:
    chars: list[str] = [" "]
    origin: list[int] = [0]
    run: list[str] = []  # the original separators since the last letter or digit
    run_start = 0
    source = percent_decoded(text) if "%" in text else [(c, i) for i, c in enumerate(text)]
    for char, index in source:
        if char == BARRIER:
            if chars[-1] != " ":
                chars.append(" ")
                origin.append(index)
            chars += [BARRIER, " "]
            origin += [index, index]
            run = []
            continue
        for out in fold_char(char, casefold):
            if out.isalnum():
                if run:
                    if chars[-1] != " ":
                        numeric = out.isdigit() and chars[-1].isdigit() and all(c in _NUMBER_SEPARATORS for c in run)
                        chars.append(NUMBER_BREAK if numeric else " ")
                        origin.append(run_start)
                    run = []
                chars.append(out)
                origin.append(index)
            else:
                if not run:
                    run_start = index
                run.append(char)
    chars.append(" ")
    origin.append(len(text))
    return Folded("".join(chars), tuple(origin), len(text))


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_ASCII_NUMBER_SEPARATORS = re.compile(r"[.,']+")


def _fold_ascii(text: str, casefold: bool) -> Folded:
    """The same folding for plain ASCII text (most of a package), without the per-character loop."""
    pieces = [" "]
    folded_starts, original_starts = [0], [0]
    position = 1
    previous_end = None
    for match in _ASCII_WORD.finditer(text):
        start, end = match.span()
        if previous_end is not None:
            between = text[previous_end:start]
            if BARRIER in between:
                separator = " " + BARRIER + " "
                at = previous_end + between.index(BARRIER)
            else:
                numeric = (text[start].isdigit() and text[previous_end - 1].isdigit()
                           and _ASCII_NUMBER_SEPARATORS.fullmatch(between))
                separator = NUMBER_BREAK if numeric else " "
                at = previous_end
            pieces.append(separator)
            # Separator characters all point at `at`: a segment per character of a barrier.
            for k in range(len(separator)):
                folded_starts.append(position + k)
                original_starts.append(at)
            position += len(separator)
        pieces.append(match.group())
        folded_starts.append(position)
        original_starts.append(start)
        position += end - start
        previous_end = end
    pieces.append(" ")
    folded_starts.append(position)
    original_starts.append(len(text))
    folded = "".join(pieces)
    return Folded(folded.lower() if casefold else folded, (), len(text),
                  (tuple(folded_starts), tuple(original_starts)))


def words(text: str, casefold: bool = True) -> list[str]:
    """The folded words of `text`: 'Tan  Mei-Ling' -> ['tan', 'mei', 'ling']; '3,400' -> ['3,400']."""
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
    separator = "[ ,]?" if joined else "[ ,]"
    body = separator.join(re.escape(token) for token in tokens)
    start = "" if unspaced(tokens[0][0]) else "(?<= )"
    end = "" if unspaced(tokens[-1][-1]) else "(?= )"
    return start + body + end


def spelled_pattern(value: str, *, optional_prefix: bool = False) -> str:
    """A regex for a code such as S9412345D or 640412, with spaces or nothing between its characters.

    A number matches only as a whole number: never inside a longer run of digits, nor as part of a number
    written with thousands separators ('3,400' is not the postal code 3400).
    """
    chars = "".join(words(value)).replace(NUMBER_BREAK, "")
    prefix = "(?:[a-z]{1,2} ?)?" if optional_prefix else ""
    return "(?<= )" + prefix + " ?".join(re.escape(c) for c in chars) + "(?= )"
