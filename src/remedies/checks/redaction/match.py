"""Find identifying terms in any text, in the original text's coordinates.

Besides the terms' own patterns, names are sought inside longer tokens: hashtags, handles, user names,
e-mail local parts and URL paths ('#StandWithMeiLing', 'meiling1994', '@real_meiling_speaks'). Such a
token is split at case changes, digits, underscores, dots and other separators; a name part matches one
of its pieces (or several pieces together), and a name part of five letters or more also matches as a
substring of it. The hit then covers the whole token, so that no half of a name is left behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from remedies.checks.redaction.normalise import fold, fold_char, percent_decoded
from remedies.checks.redaction.terms import Term

# A name part this long also matches inside a glued token without a piece boundary around it.
SUBSTRING_MINIMUM = 5
_TOKEN = re.compile(r"\S+")
_TRAILING = ".,;:!?)]}\"'»”’"
_LEADING = "([{\"'«“‘"
_MAX_PIECES = 4
_WINDOW = 120  # folded characters searched on each side of an anchor


@lru_cache(maxsize=2048)
def _regex(pattern: str) -> re.Pattern:
    """Compiled once per process for each pattern text: the same name in many records, or the many
    documents of one record, compile it once. Keyed by the text alone, so nothing of one record's
    terms reaches another's matcher."""
    return re.compile(pattern)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    term: Term
    shape: Optional[str] = None  # for a name inside a longer token: hashtag, handle, email, url, name

    def __iter__(self):  # (start, end, term), as callers unpack it
        return iter((self.start, self.end, self.term))


@lru_cache(maxsize=65536)  # the same words recur in every part of every document
def token_shape(token: str) -> Optional[str]:
    """What a token is when a name may be glued inside it: a hashtag, a handle or user name, an e-mail
    address, a URL; None for an ordinary word."""
    if token.startswith("#") and len(token) > 1:
        return "hashtag"
    if "://" in token or token.lower().startswith("www."):
        return "url"
    at = token.find("@", 1)
    if at > 0 and "." in token[at:]:
        return "email"
    if token.startswith("@"):
        return "handle"
    letters = any(c.isalpha() for c in token)
    digits = any(c.isdigit() for c in token)
    inner = token.strip(_LEADING + _TRAILING + "-")
    if letters and (digits or "_" in inner or "/" in inner or re.search(r"\w\.\w", inner)):
        return "handle"
    if re.search(r"[^\W\d_][^\W\d_]*[a-z][A-Z]", inner):
        return "name"  # words run together with capitals: 'MeiLing', 'JusticeForMeiLing'
    return None


def pieces(token: str) -> list[tuple[str, bool]]:
    """The token's pieces in canonical form, split at case changes, digits and separators, each with
    whether it was written with a capital first: 'StandWithMeiLing' -> stand, with, mei, ling."""
    found: list[tuple[str, bool]] = []
    current: list[str] = []
    capital = False
    previous = ""
    for char, _ in percent_decoded(token) if "%" in token else ((c, 0) for c in token):
        for c in fold_char(char, casefold=False):
            boundary = (not c.isalnum() or (current and (
                (c.isupper() and previous.islower()) or (c.isdigit() != previous.isdigit()))))
            if boundary and current:
                found.append(("".join(current).casefold(), capital))
                current = []
            if c.isalnum():
                if not current:
                    capital = c.isupper()
                current.append(c)
            previous = c
    if current:
        found.append(("".join(current).casefold(), capital))
    return found


class Matcher:
    """The record's terms compiled once; `find(text)` lists where any of them occurs."""

    def __init__(self, terms: Iterable[Term]):
        self.terms = list(terms)
        self._compiled = [
            (term, _regex("|".join(f"(?:{p})" for p in term.patterns)))
            for term in self.terms if term.patterns
        ]
        self._anchors = {term.source + term.kind: _regex(term.anchor) for term in self.terms if term.anchor}
        # One alternation per folding, to pass over text that holds no term at all in a single search;
        # a term with an anchor (the date of birth's year) is sought only around it.
        self._any = {
            sensitive: _regex("|".join([f"(?:{p})" for t in self.terms if t.case_sensitive == sensitive
                                        and not t.anchor for p in t.patterns]
                                       + [f"(?:{t.anchor})" for t in self.terms
                                          if t.case_sensitive == sensitive and t.anchor]) or "(?!)")
            for sensitive in (False, True)
        }
        self._glue: dict[str, Term] = {}
        for term in self.terms:
            for word in term.glue:
                self._glue.setdefault(word, term)
        self._long_glue = [w for w in self._glue if len(w) >= 3]

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str, *, long_only: bool = False) -> list[Hit]:
        """Every occurrence of every term, longest first where they overlap, in original coordinates."""
        if not text:
            return []
        views = {}
        hits: list[Hit] = []
        cased = fold(text, casefold=False)
        # Folding is per character, so for ASCII text the case-folded view is the cased one in lower case.
        folded = cased.lower() if text.isascii() and "%" not in text else fold(text)
        for term, pattern in self._compiled:
            if long_only and not term.long:
                continue
            if term.case_sensitive not in views:
                view = cased if term.case_sensitive else folded
                views[term.case_sensitive] = view if self._any[term.case_sensitive].search(view.text) else None
            view = views[term.case_sensitive]
            if view is None:
                continue
            for match in self._matches(term, pattern, view.text):
                if match[1] > match[0]:
                    start, end = view.span(match[0], match[1])
                    hits.append(Hit(start, end, term))
        if self._glue and not long_only:
            hits += self._glued(text, folded.text)
        return hits

    def _matches(self, term: Term, pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
        if not term.anchor:
            return [m.span() for m in pattern.finditer(text)]
        windows: list[list[int]] = []
        for found in self._anchors[term.source + term.kind].finditer(text):
            start = text.rfind(" ", 0, max(0, found.start() - _WINDOW)) + 1
            end = text.find(" ", found.end() + _WINDOW)
            end = len(text) if end < 0 else end + 1
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([max(0, start - 1), end])
        spans = []
        for start, end in windows:
            spans += [(start + m.start(), start + m.end()) for m in pattern.finditer(text[start:end])]
        return sorted(set(spans))

    def _glued(self, text: str, folded: str) -> list[Hit]:
        """Names inside hashtags, handles, e-mail addresses and URLs: the whole token is the hit."""
        compact = folded.replace(" ", "")
        short = [w for w in self._glue if len(w) < 3]
        if not any(w in compact for w in self._long_glue) and not any(w in compact for w in short):
            return []
        hits = []
        for match in _TOKEN.finditer(text):
            token = match.group()
            shape = token_shape(token)
            if shape is None:
                continue
            term = self._glued_term(token)
            if term is None:
                continue
            start, end = match.span()
            while end > start + 1 and text[end - 1] in _TRAILING:
                end -= 1
            while start < end - 1 and text[start] in _LEADING:
                start += 1
            hits.append(Hit(start, end, term, shape))
        return hits

    def _glued_term(self, token: str) -> Optional[Term]:
        found = pieces(token)
        for i in range(len(found)):
            joined = ""
            for j in range(i, min(len(found), i + _MAX_PIECES)):
                joined += found[j][0]
                term = self._glue.get(joined)
                if term is not None and (len(joined) >= 3 or found[i][1]):
                    return term
        letters = "".join(piece for piece, _ in found)
        for word in self._long_glue:
            if len(word) >= SUBSTRING_MINIMUM and word.isalpha() and word in letters:
                return self._glue[word]
        return None

    def first(self, text: str) -> Hit | None:
        hits = self.find(text)
        return hits[0] if hits else None
