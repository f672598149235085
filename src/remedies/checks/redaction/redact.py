"""Replace identifying terms in text: names by the pseudonym, the rest by neutral, translated phrases."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Iterable, Optional

from remedies.checks.redaction.match import Hit, Matcher
from remedies.checks.redaction.terms import Term, build_terms
from remedies.record.model import Record


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is used."""
    return message


NEUTRAL_NAME = N_("the survivor")

REPLACEMENTS = {
    "url": N_("[link removed]"),
    "handle": N_("[account removed]"),
    "email": N_("[email address removed]"),
    "phone": N_("[telephone number removed]"),
    "id_number": N_("[identity number removed]"),
    "address": N_("[address removed]"),
    "postal_code": N_("[address removed]"),
    "date_of_birth": N_("[date of birth removed]"),
    "family": N_("a family member"),
    "evidence_file": N_("[file removed]"),
    "case_reference": N_("[reference removed]"),
    "also_redact": N_("[removed]"),
}

EMPLOYER = {"female": N_("her employer"), "male": N_("his employer")}
EMPLOYER_NEUTRAL = N_("their employer")

_PASSES = 4
# Kinds removed with the whole token around them: the rest of a URL, the '@' of a handle.
_WHOLE_TOKEN = {"url", "handle", "email", "evidence_file"}
_TRAILING = ".,;:!?)]}\"'»”’"
_LEADING = "([{\"'«“‘"


def country_names(record: Record) -> list[str]:
    """Names of the record's countries in every language remedies writes (the brief may name them)."""
    from remedies.rendering.resources import available_locales

    codes = {record.case.state, record.case.jurisdiction, *record.victim.nationalities}
    if record.victim.address:
        codes.add(record.victim.address.country)
    return [name for code in sorted(c for c in codes if c) for name in _country_names(code, available_locales())]


@lru_cache(maxsize=None)
def _country_names(code: str, locales: tuple[str, ...]) -> tuple[str, ...]:
    names = _territories(locales)
    return tuple(names[locale][code] for locale in locales if code in names[locale])


@lru_cache(maxsize=8)
def _territories(locales: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Babel's country names in each locale. Loading a locale's CLDR data takes far longer than the names,
    so they are kept in the user's cache, keyed by Babel's version and the locales."""
    import hashlib

    import babel
    from babel import Locale

    from remedies.rendering import cache

    key = "territories-" + hashlib.sha256(f"{babel.__version__}\0{locales!r}".encode()).hexdigest()[:32]
    stored = cache.load_json(key)
    if (isinstance(stored, dict) and sorted(stored) == sorted(locales)
            and all(isinstance(v, dict) and all(isinstance(n, str) for n in v.values()) for v in stored.values())):
        return stored
    names = {locale: dict(Locale.parse(locale).territories) for locale in locales}
    cache.store_json(key, names)
    return names


class Redactor:
    """Redacts every text value of a press brief's context, consistently, for one record and locale."""

    def __init__(self, record: Record, gettext: Callable[[str], str],
                 terms: Optional[Iterable[Term]] = None):
        if terms is not None:
            self.matcher = Matcher(terms)
        else:
            from remedies.checks.redaction import matcher_for

            self.matcher = matcher_for(record)
        self.gettext = gettext
        self.notes: list[str] = []
        # The same label, month or phrase recurs once per incident: each distinct string is redacted once.
        self._done: dict[str, str] = {}
        chosen = (record.victim.pseudonym or "").strip()
        if chosen and self.matcher.find(chosen):
            self.notes.append("victim.pseudonym contains part of the victim's identity; "
                              f"the brief says '{gettext(NEUTRAL_NAME)}' instead")
            chosen = ""
        self.pseudonym = chosen or gettext(NEUTRAL_NAME)
        employer = EMPLOYER.get(record.victim.sex or "", EMPLOYER_NEUTRAL)
        self._by_kind = {kind: gettext(message) for kind, message in REPLACEMENTS.items()}
        self._by_kind |= {"name": self.pseudonym, "employer": gettext(employer)}

    def hashtag(self) -> str:
        """The pseudonym as a hashtag: '#MsA', '#TheSurvivor' (a campaign hashtag keeps reading as one)."""
        letters = "".join(word[:1].upper() + word[1:] for word in self.pseudonym.split())
        return "#" + "".join(c for c in letters if c.isalnum())

    def replacement(self, term: Term, shape: Optional[str] = None) -> str:
        """What replaces a hit: a glued token by what the token was (hashtag, handle, e-mail, URL)."""
        if shape == "hashtag":
            return self.hashtag()
        if shape == "name":
            return self.replacement(term)
        if shape is not None:
            return self._by_kind[{"email": "email", "url": "url"}.get(shape, "handle")]
        if term.kind == "family":  # a relative's number or address reads as one, not as 'a family member'
            for field, kind in ((".phone", "phone"), (".email", "email"), (".address", "address")):
                if field in term.source:
                    return self._by_kind[kind]
        return self._by_kind[term.kind]

    def text(self, value: str) -> str:
        """`value` with every identifying term replaced; repeated until nothing is left to replace."""
        done = self._done.get(value)
        if done is None:
            done = self._done[value] = self._text(value)
        return done

    def _text(self, value: str) -> str:
        for _ in range(_PASSES):
            hits = self.matcher.find(value)
            if not hits:
                return value
            pieces, cursor = [], 0
            for start, end, term, shape in _widened(value, hits):
                pieces += [value[cursor:start], self.replacement(term, shape)]
                cursor = end
            pieces.append(value[cursor:])
            value = "".join(pieces)
        return value  # whatever is left, the scan of the rendered package refuses

    def leaks(self, value: str) -> bool:
        return bool(self.matcher.find(value))

    def deep(self, value: Any) -> Any:
        """Redact every string inside dicts, lists and tuples; other values (dates, Missing) are kept."""
        if isinstance(value, str):
            return self.text(str(value))
        if isinstance(value, dict):
            return {key: self.deep(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.deep(item) for item in value]
        return value


def _widened(value: str, hits: list[Hit]) -> list[tuple[int, int, Term, Optional[str]]]:
    """Spans to replace: a URL, handle, email or file name with the whole token it sits in, a telephone
    number with its leading '+'. Overlapping spans become one, replaced as the longest hit among them
    (never a partial replacement that leaves the rest of a handle behind); a span that is a whole glued
    token (a hashtag with a name inside) is replaced as that token."""
    spans = []
    for hit in hits:
        start, end = hit.start, hit.end
        if hit.term.kind in _WHOLE_TOKEN or hit.shape:
            while start > 0 and not value[start - 1].isspace():
                start -= 1
            while end < len(value) and not value[end].isspace():
                end += 1
            while end > hit.end and value[end - 1] in _TRAILING:
                end -= 1
            while start < hit.start and value[start] in _LEADING:
                start += 1
        elif hit.term.kind == "phone":
            while start > 0 and value[start - 1] in "+(":
                start -= 1
        elif hit.term.kind in ("address", "postal_code") and start > 0 and value[start - 1] == "#":
            start -= 1
        elif hit.term.source.endswith("(initials)") and value[end - 1:end].isalpha() \
                and value[end:end + 1] == "." and (end - start < 2 or not value[end - 2].isalpha()):
            end += 1  # the full stop of the last initial
        # A glued token outranks what lies inside it; otherwise the longest hit names the span.
        weight = (hit.end - hit.start) + (10**6 if hit.shape else 0)
        spans.append((start, end, hit.term, weight, hit.shape))
    merged: list[tuple[int, int, Term, int, Optional[str]]] = []
    for start, end, term, weight, shape in sorted(spans, key=lambda s: (s[0], -s[3])):
        if merged and start < merged[-1][1]:
            first_start, first_end, first_term, first_weight, first_shape = merged[-1]
            if weight > first_weight:
                first_term, first_weight, first_shape = term, weight, shape
            merged[-1] = (first_start, max(end, first_end), first_term, first_weight, first_shape)
        else:
            merged.append((start, end, term, weight, shape))
    return [(start, end, term, shape) for start, end, term, _, shape in merged]
