"""Each locale's typography, applied to a rendered part paragraph by paragraph, so translators need not.

- Right-to-left (ar): every run of left-to-right text (Latin words, numbers, telephone numbers, URLs,
  section citations such as "s 12(2)", ids such as "I1, I3") is isolated with LRI ... PDI, so the
  Unicode bidi algorithm keeps its order and the brackets around it stay paired; a comma between
  right-to-left items becomes the Arabic comma. Inserted values are already isolated (FSI ... PDI) by
  the environment (see `isolate`).
- French: a no-break space before a colon and a narrow no-break space before ; ! ? (also after a
  closing bracket or quote: "X (anciennement Twitter) :"), never inside a URL or a time ("21:40").
- Chinese: no space between two CJK characters or before CJK punctuation, and a full-width full stop
  or comma instead of the ASCII one after CJK text.

A paragraph's text is spread over runs (formatting, values, highlighted notes); the rules see the
paragraph's whole text and write each change back into the run that holds the character.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from lxml import etree
from markupsafe import Markup, escape

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATES = LRI + RLI + FSI + PDI
# Right-to-left letters, and the marks (RLM, ALM) with which CLDR keeps "14/09/2026" in Arabic order.
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c"
_RTL = re.compile(f"[{_RTL_CHARS}]")
_WORDLIKE = re.compile(r"[^\W_]")
# A stretch of left-to-right text: it starts and ends with a Latin letter, a digit, or a bracket or
# sign that belongs to it, and holds no right-to-left letter and no isolate (isolates nest by pairs).
_LATIN = "A-Za-z0-9\u00c0-\u024f"
_STRETCH = re.compile(f"[{_LATIN}+#@(\\[][^{_RTL_CHARS}{ISOLATES}\n]*[{_LATIN})\\]]|[{_LATIN}]")
_OPENERS, _CLOSERS = "([", ")]"

Edits = dict[int, str]


class Laid(Markup):
    """Text the engine has already laid out (a translation, a list of isolated items): not isolated again."""


def isolate(value) -> Markup:
    """An inserted value as right-to-left text holds it: each line in its own first-strong isolate.

    A line of right-to-left words only (no digit, no Latin letter) reads right in any right-to-left
    paragraph and is left as it is: LibreOffice misplaces a neutral (" - ") that follows such an
    isolate in the next run."""
    text = escape(value)
    if isinstance(value, Laid) or not _WORDLIKE.search(text):
        return text
    lines = str(text).split("\n")
    return Markup("\n".join(FSI + line + PDI if _needs_isolate(line) else line for line in lines))


def _needs_isolate(line: str) -> bool:
    return bool(_WORDLIKE.search(line)) and bool(re.search(f"[{_LATIN}]", line) or not _RTL.search(line))


def edit_paragraphs(root: etree._Element, edit: Callable[[str], Edits]) -> None:
    """Apply `edit` to the text of every paragraph: it returns {index: replacement} for single characters."""
    for paragraph in root.iter(f"{W}p"):
        nodes = [t for t in paragraph.iter(f"{W}t") if _paragraph_of(t) is paragraph]
        texts = [t.text or "" for t in nodes]
        combined = "".join(texts)
        if not combined:
            continue
        edits = edit(combined)
        if not edits:
            continue
        position = 0
        for node, text in zip(nodes, texts):
            changed = [i for i in range(position, position + len(text)) if i in edits]
            if changed:
                node.text = "".join(edits.get(position + i, ch) for i, ch in enumerate(text))
                node.set(_XML_SPACE, "preserve")
            position += len(text)


def _paragraph_of(node: etree._Element) -> Optional[etree._Element]:
    parent = node.getparent()
    while parent is not None and parent.tag != f"{W}p":
        parent = parent.getparent()
    return parent


# ---- right-to-left --------------------------------------------------------------------------------


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch narrowed so that every bracket in it is paired inside it."""
    while start < end:
        depth, unpaired = 0, None
        for i in range(start, end):
            if text[i] in _OPENERS:
                depth += 1
            elif text[i] in _CLOSERS:
                if depth == 0:
                    unpaired = i
                    break
                depth -= 1
        if unpaired is not None:  # a closer of the surrounding text: the stretch ends before it
            end = unpaired
        elif depth:  # an opener closed outside the stretch: the stretch starts after it
            opener = max(i for i in range(start, end) if text[i] in _OPENERS)
            if opener == start:
                start += 1
            else:
                end = opener
        else:
            break
        while start < end and not re.match(f"[{_LATIN}+#@(\\[]", text[start]):
            start += 1
        while end > start and not re.match(f"[{_LATIN})\\]]", text[end - 1]):
            end -= 1
    return start, end


def right_to_left_edits(text: str) -> Edits:
    edits: Edits = {}
    protected: list[tuple[int, int]] = []
    for match in _STRETCH.finditer(text):
        start, end = _balanced(text, match.start(), match.end())
        if start >= end:
            continue
        protected.append((start, end))
        already = start > 0 and text[start - 1] in (LRI, FSI) and end < len(text) and text[end] == PDI
        if already and _isolate_content(text, start - 1) == (start, end):
            continue
        if end - start == 1:
            edits[start] = LRI + text[start] + PDI
        else:
            edits[start] = LRI + text[start]
            edits[end - 1] = text[end - 1] + PDI
    inside = [False] * len(text)
    for start, end in protected:
        for i in range(start, end):
            inside[i] = True
    # Left-to-right pieces that follow one another with only punctuation between them ("Protection from
    # Harassment Act 2014 (s 3(1)(c), s 5(1A))" built from three values) read as one left-to-right phrase.
    for start, end in _left_to_right_phrases(text, protected):
        edits[start] = LRI + edits.get(start, text[start])
        edits[end - 1] = edits.get(end - 1, text[end - 1]) + PDI
        for i in range(start, end):
            inside[i] = True
    for i, ch in enumerate(text):
        if ch == "," and not inside[i] and i + 1 < len(text) and text[i + 1] == " " and _rtl_before(text, i):
            edits[i] = "\u060c"
    return edits


_NEUTRAL_GAP = set(" \u00a0,.;:-\u2013\u2014/&'\"()[]\u060c")


def _left_to_right_phrases(text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of two or more left-to-right units (stretches, isolates holding no right-to-left letter) at
    the paragraph's own level, joined only by spaces and punctuation, with their brackets paired."""
    depth, level = 0, []
    for ch in text:
        if ch in (LRI, RLI, FSI):
            level.append(depth)
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
            level.append(depth)
        else:
            level.append(depth)
    units = [(s, e) for s, e in stretches if level[s] == 0]
    i = 0
    while i < len(text):
        if text[i] in (LRI, FSI) and level[i] == 0:
            start, end = _isolate_content(text, i)
            content = text[start:end]
            if not _RTL.search(content) and _WORDLIKE.search(content) and end < len(text):
                units.append((i, end + 1))
            i = end + 1
            continue
        i += 1
    units.sort()
    phrases, current = [], None
    for unit in units:
        if current and all(ch in _NEUTRAL_GAP for ch in text[current[1]:unit[0]]):
            current = [current[0], unit[1], current[2] + 1]
        else:
            if current:
                phrases.append(current)
            current = [unit[0], unit[1], 1]
    if current:
        phrases.append(current)
    found = []
    for start, end, count in phrases:
        if count < 2:
            continue
        start, end = _paired(text, level, start, end)
        if start is not None:
            found.append((start, end))
    return found


def _paired(text: str, level: list[int], start: int, end: int):
    """The span widened over neighbouring brackets so that its own-level brackets pair, or (None, None)."""
    def balance(a: int, b: int) -> tuple[int, int]:
        opened = closed = 0
        for k in range(a, b):
            if level[k] == 0 and text[k] in _OPENERS:
                opened += 1
            elif level[k] == 0 and text[k] in _CLOSERS:
                if opened:
                    opened -= 1
                else:
                    closed += 1
        return opened, closed

    opened, closed = balance(start, end)
    while opened and end < len(text) and text[end] in _NEUTRAL_GAP:
        end += 1
        opened, closed = balance(start, end)
    while closed and start > 0 and text[start - 1] in _NEUTRAL_GAP:
        start -= 1
        opened, closed = balance(start, end)
    if opened or closed:
        return None, None
    while text[start] == " ":
        start += 1
    while text[end - 1] == " ":
        end -= 1
    return start, end


def _isolate_content(text: str, opener: int) -> tuple[int, int]:
    depth = 0
    for i in range(opener, len(text)):
        if text[i] in (LRI, RLI, FSI):
            depth += 1
        elif text[i] == PDI:
            depth -= 1
            if depth == 0:
                return opener + 1, i
    return opener + 1, len(text)


def _rtl_before(text: str, index: int) -> bool:
    """The comma follows right-to-left text or an isolated value in right-to-left text."""
    for ch in reversed(text[:index]):
        if ch in ISOLATES or ch == " ":
            if ch == PDI:
                return True
            continue
        return bool(_RTL.match(ch))
    return False


# ---- French ---------------------------------------------------------------------------------------

_NNBSP = "\u202f"
# Punctuation that takes a space before it when it ends a word: followed by a space or the end.
_FRENCH_SPACED = re.compile("([ \u00a0\u202f]?)([:;!?])(?=[\\s\u00a0\u202f)\u00bb\"\u201d]|$)")


_NOTE_LABEL = re.compile(r"\[(?:untranslated|missing)$")


def _quoted(text: str) -> list[bool]:
    """Characters inside a left-to-right isolate: words quoted in their original language (a statute's
    own words), which keep their own typography."""
    inside, depth = [], 0
    for ch in text:
        if ch == LRI:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        inside.append(depth > 0)
    return inside


def french_edits(text: str) -> Edits:
    edits: Edits = {}
    quoted = _quoted(text) if LRI in text else None
    for match in _FRENCH_SPACED.finditer(text):
        space, mark = match.group(1), match.start(2)
        if quoted and quoted[mark]:
            continue
        if _NOTE_LABEL.search(text, 0, mark):  # "[untranslated: en]", "[missing: x]" are fixed labels
            continue
        # French usage: a full no-break space before the colon, a narrow one before ; ! ?
        wanted = "\u00a0" if text[mark] == ":" else _NNBSP
        if space:
            edits[match.start(1)] = wanted
        elif mark > 0 and not text[mark - 1].isspace() and text[mark - 1] not in "\u00a0\u202f":
            edits[mark] = wanted + text[mark]
    return edits


# ---- Chinese --------------------------------------------------------------------------------------

_CJK = "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_CJK_CHAR = re.compile(f"[{_CJK}{_CJK_PUNCT}]")
_SPACES = " \u00a0"
_FULL_WIDTH = {".": "\u3002", ",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "?": "\uff1f", "!": "\uff01"}


def chinese_edits(text: str) -> Edits:
    edits: Edits = {}
    n = len(text)
    quoted = _quoted(text) if LRI in text else [False] * n
    for i, ch in enumerate(text):
        if quoted[i]:
            continue
        if ch in _SPACES:
            j = i
            while j < n and text[j] in _SPACES:
                j += 1
            before = _previous_visible(text, i)
            after = _next_visible(text, j)
            # Full-width punctuation carries its own space; between CJK characters there is none.
            if before and after and (re.match(f"[{_CJK_PUNCT}]", before) or _CJK_CHAR.match(before) and (
                    re.match(f"[{_CJK}]", after) or re.match(f"[{_CJK_PUNCT}]", after))):
                edits[i] = ""
        elif ch in _FULL_WIDTH and i > 0:
            before = _previous_visible(text, i)
            following = text[i + 1] if i + 1 < n else ""
            # After CJK text and at the end of a clause (a space, the end, or more CJK text);
            # never in a number ("3.5"), a URL or a time.
            if before and re.match(f"[{_CJK}]", before) and (following in ("", " ", "\u00a0")
                                                             or re.match(f"[{_CJK}]", following)):
                edits[i] = _FULL_WIDTH[ch]
                if following in (" ", "\u00a0"):
                    edits[i + 1] = ""
    return edits


def _previous_visible(text: str, index: int) -> str:
    for ch in reversed(text[:index]):
        if ch not in ISOLATES:
            return ch
    return ""


def _next_visible(text: str, index: int) -> str:
    for ch in text[index:]:
        if ch not in ISOLATES:
            return ch
    return ""


def editor(locale: str, rtl: bool) -> Optional[Callable[[str], Edits]]:
    """The typography of `locale`, or None where it needs none."""
    language = locale.split("_")[0]
    if rtl:
        return right_to_left_edits
    if language == "fr":
        return french_edits
    if language == "zh":
        return chinese_edits
    return None
