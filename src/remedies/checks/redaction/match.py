"""Find identifying terms in any text, in the original text's coordinates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from remedies.checks.redaction.normalise import fold
from remedies.checks.redaction.terms import Term


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


class Matcher:
    """The record's terms compiled once; `find(text)` lists where any of them occurs."""

    def __init__(self, terms: Iterable[Term]):
        self.terms = list(terms)
        self._compiled = [
            (term, _regex("|".join(f"(?:{p})" for p in term.patterns)))
            for term in self.terms
        ]
        # One alternation per folding, to pass over text that holds no term at all in a single search.
        self._any = {
            sensitive: _regex("|".join(f"(?:{p})" for t in self.terms if t.case_sensitive == sensitive
                                      for p in t.patterns) or "(?!)")
            for sensitive in (False, True)
        }

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str, *, long_only: bool = False) -> list[Hit]:
        """Every occurrence of every term, longest first where they overlap, in original coordinates."""
        if not text:
            return []
        views = {}
        hits: list[Hit] = []
        for term, pattern in self._compiled:
            if long_only and not term.long:
                continue
            if term.case_sensitive not in views:
                view = fold(text, casefold=not term.case_sensitive)
                views[term.case_sensitive] = view if self._any[term.case_sensitive].search(view.text) else None
            view = views[term.case_sensitive]
            if view is None:
                continue
            for match in pattern.finditer(view.text):
                if match.end() > match.start():
                    start, end = view.span(match.start(), match.end())
                    hits.append(Hit(start, end, term))
        return hits

    def first(self, text: str) -> Hit | None:
        hits = self.find(text)
        return hits[0] if hits else None

