"""The identifying terms of a record: every form of the victim's identity that must never reach the press."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional
from urllib.parse import urlsplit

import phonenumbers

from remedies.checks.redaction import dates
from remedies.checks.redaction.normalise import NUMBER_BREAK, phrase_pattern, spelled_pattern, unspaced, words
from remedies.record.model import Address, Person, Record

KINDS = ("name", "handle", "url", "email", "phone", "id_number", "address", "postal_code", "date_of_birth",
         "employer", "family", "evidence_file", "case_reference", "also_redact")

# Kinds whose every pattern is a multi-part identifier: found anywhere, even in a template's own text,
# they block the press brief. Names, places, postal codes and employers are also matched as single words,
# which a template may hold by coincidence (a victim called Do and "Do not link").
STRONG_KINDS = frozenset({"handle", "url", "email", "phone", "id_number", "date_of_birth", "evidence_file",
                          "case_reference"})

# The words used in messages: "a name (victim.family_name) was found in word/document.xml".
KIND_WORDS = {
    "name": "a name", "handle": "an account handle", "url": "a profile address (URL)",
    "email": "an email address", "phone": "a telephone number", "id_number": "an identity document number",
    "address": "a street address", "postal_code": "a postal code", "date_of_birth": "a date of birth",
    "employer": "the employer's name", "family": "a family member's details",
    "evidence_file": "an evidence file name or hash", "case_reference": "a police or court reference",
    "also_redact": "a term listed in press.also_redact",
}


@dataclass(frozen=True)
class Term:
    """One identifying term: what kind it is, which field it comes from, and how it is matched.

    `patterns` are regexes over folded text (see normalise.fold); `case_sensitive` ones run over the
    folding that keeps case. `long` terms (6+ folded characters) are also sought in binary parts.
    """

    kind: str
    source: str
    patterns: tuple[str, ...]
    case_sensitive: bool = False
    long: bool = False
    glue: tuple[str, ...] = ()  # folded name words also sought inside hashtags, handles and URLs
    single: bool = False  # one common word or number (a name part, a city, a postal code)
    anchor: Optional[str] = None  # a short regex every match contains: the patterns run only near it

    @property
    def strong(self) -> bool:
        """A multi-part identifier (full name, e-mail, telephone or ID number, handle ...): it blocks a
        package wherever it appears. Other terms are single common words or numbers."""
        return self.kind in STRONG_KINDS

    def describe(self) -> str:
        return f"{KIND_WORDS[self.kind]} ({self.source})"


class _Collector:
    def __init__(self) -> None:
        self.terms: list[Term] = []
        self._seen: set[tuple[str, object]] = set()

    def add(self, kind: str, source: str, patterns: Iterable[str], *, case_sensitive: bool = False,
            long: bool = False, glue: Iterable[str] = (), single: bool = False,
            anchor: Optional[str] = None) -> None:
        fresh = []
        for pattern in patterns:
            if (pattern, case_sensitive) not in self._seen:
                self._seen.add((pattern, case_sensitive))
                fresh.append(pattern)
        glue = [word for word in glue if (word, "glue") not in self._seen]
        self._seen.update((word, "glue") for word in glue)
        if fresh or glue:  # a pattern already listed may still bring a word sought inside tokens
            self.terms.append(Term(kind, source, tuple(fresh), case_sensitive, long, tuple(glue),
                                   single and kind not in STRONG_KINDS, anchor))

    def phrase(self, kind: str, source: str, text: Optional[str], minimum: int = 3) -> None:
        """A multi-word value matched with any separators between its words (or none)."""
        tokens = words(text or "")
        compact = "".join(tokens)
        if not tokens or (len(compact) < minimum and not unspaced(compact[0])):
            return
        self.add(kind, source, [phrase_pattern(tokens)], long=len(compact) >= 6, single=len(tokens) == 1)

    def spelled(self, kind: str, source: str, text: Optional[str], minimum: int = 4) -> None:
        compact = "".join(words(text or ""))
        if len(compact) >= minimum:
            self.add(kind, source, [spelled_pattern(compact)], long=len(compact) >= 6,
                     single=compact.isdigit())

    def name_parts(self, kind: str, source: str, text: Optional[str]) -> None:
        """Each word of a name on its own, as a whole word, even when it is also a common word.

        Two-letter parts (Le, Li, Ng) match only as written with a capital (Le, LE), since as
        lower-case words they are everyday words in several languages; one-letter parts are initials.
        """
        for token in words(text or ""):
            if unspaced(token[0]):
                self.phrase(kind, source, token, minimum=1)
                if 3 <= len(token) <= 4:  # a Chinese given name is the last two characters
                    self.add(kind, source, [re.escape(token[1:])], single=True)
            elif len(token) >= 3:
                self.add(kind, source, [phrase_pattern([token])], long=len(token) >= 6, glue=[token],
                         single=True)
            elif len(token) == 2:
                forms = {token.capitalize(), token.upper()}
                self.add(kind, source, [phrase_pattern([form]) for form in sorted(forms)],
                         case_sensitive=True, glue=[token], single=True)

    def joined(self, kind: str, source: str, text: Optional[str]) -> None:
        """A name's words run together ('meiling', 'meilingtan'), sought inside hashtags and handles."""
        tokens = words(text or "")
        compact = "".join(tokens)
        if len(tokens) > 1 and len(compact) >= 5:
            self.add(kind, source, [phrase_pattern(tokens)], long=len(compact) >= 6, glue=[compact])


def _initials(c: _Collector, given: Optional[str], family: Optional[str]) -> None:
    """Initials as patterns: 'M. L. T.' and 'T M L' (any case), 'MLT' (capitals, as a whole word).

    Two letters alone ('ML') are not matched: as a bare pair they occur everywhere. Initials followed by
    the family name ('M. L. Tan') are caught by the family name itself.
    """
    first = [t[0] for t in words(given or "") if not unspaced(t[0])]
    last = [t[0] for t in words(family or "") if not unspaced(t[0])]
    if len(first) + len(last) < 3:
        _initials_with_family(c, first, family)
        return
    orders = [first + last, last + first]
    patterns = [phrase_pattern(letters, joined=False) for letters in orders]
    c.add("name", "victim name (initials)", patterns)
    capitals = [phrase_pattern(["".join(letters).upper()]) for letters in orders]
    c.add("name", "victim name (initials)", capitals, case_sensitive=True)
    _initials_with_family(c, first, family)


def _initials_with_family(c: _Collector, first: list[str], family: Optional[str]) -> None:
    """'M. L. Tan', 'M. Tan' and 'Tan M. L.' as one term, so that the initials go with the name."""
    family_words = words(family or "")
    if first and family_words:
        c.add("name", "victim name (initials)",
              # A separator is required between the initials and the name: 'Begi N' is not the word 'begin'.
              [phrase_pattern(initials + family_words, joined=False) for initials in (first, first[:1])]
              + [phrase_pattern(family_words + first, joined=False)])


def _phone(c: _Collector, kind: str, source: str, value: Optional[str]) -> None:
    """A number in every common form: +65 9123 4567, 0065-9123-4567, (0)91234567, 9123 4567 ..."""
    if not value:
        return
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        c.spelled(kind, source, value)
        return
    national = phonenumbers.national_significant_number(number)
    s = "[ ,]?"  # any separators between the digits: 9123 4567, 9123-4567, 91.23.45.67
    code = s.join(str(number.country_code))
    digits = s.join(national)
    prefix = f"(?:(?:0{s}0{s})?{code}{s}(?:0{s})?|0{s})?"
    c.add(kind, source, [f"(?<![0-9]){prefix}{digits}(?![0-9])"], long=True)


def _email(c: _Collector, kind: str, source: str, value: Optional[str]) -> None:
    if value:
        c.phrase(kind, source, value)
        c.phrase(kind, source, value.rsplit("@", 1)[0])


def _url(c: _Collector, kind: str, source: str, value: Optional[str]) -> None:
    if not value:
        return
    parts = urlsplit(value)
    host = re.sub(r"^www\.", "", parts.hostname or "")
    path = " ".join(p for p in (parts.path, parts.query, parts.fragment) if p)
    c.phrase(kind, source, f"{host} {path}")
    c.phrase(kind, source, path)


@lru_cache(maxsize=1)
def _street_types() -> dict[str, tuple[str, ...]]:
    """Each street-type word and abbreviation -> every form of it (data/redaction/street_types.yaml)."""
    forms: dict[str, set[str]] = {}
    for entry in _data("street_types.yaml")["types"]:
        group = {" ".join(words(w)) for w in entry["words"]}
        for word in group:
            forms.setdefault(word, set()).update(group)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in forms.items()}


@lru_cache(maxsize=None)
def _data(name: str) -> dict:
    import yaml
    from importlib.resources import files

    return yaml.safe_load(files("remedies.data").joinpath("redaction", name).read_text(encoding="utf-8"))


def _address_word(token: str) -> str:
    """One folded word of an address as a regex: a number with or without leading zeros (#08 / #8),
    a street-type word in any of its written forms (Street, St, Str; Block, Blk)."""
    if token.isdigit():
        return f"0*{int(token)}"
    forms = _street_types().get(token)
    if forms:
        return "(?:" + "|".join(re.escape(f) for f in forms) + ")"
    return re.escape(token)


def _address_phrase(c: _Collector, kind: str, source: str, text: Optional[str], minimum: int) -> None:
    tokens = words(text or "")
    compact = "".join(tokens)
    if not tokens or len(compact) < minimum:
        return
    body = "[ ,]?".join(_address_word(t) for t in tokens)
    start = "" if unspaced(tokens[0][0]) else "(?<= )"
    end = "" if unspaced(tokens[-1][-1]) else "(?= )"
    c.add(kind, source, [start + body + end], long=len(compact) >= 6, single=len(tokens) == 1)


def _street(c: _Collector, kind: str, source: str, street: Optional[str]) -> None:
    """The street line, each comma-separated piece of it, and the street without its house number,
    each with street types abbreviated or not and numbers with or without leading zeros."""
    if not street:
        return
    _address_phrase(c, kind, source, street, 3)
    for piece in street.split(","):
        _address_phrase(c, kind, source, piece, 4)
        bare = re.sub(r"^\s*(?:(?:block|blk|no\.?|number|house|apt\.?|unit)\s*)?#?\d+\w?\s+", "", piece,
                      flags=re.IGNORECASE)
        if bare != piece:
            _address_phrase(c, kind, source, bare, 6)


def _employer(c: _Collector, source: str, employer: Optional[str]) -> None:
    """The employer's name; each distinctive word of it (not 'Community', 'Legal', 'Clinic'); its acronym
    (HCLC), as a capitalised whole word."""
    if not employer:
        return
    c.phrase("employer", source, employer)
    generic = {" ".join(words(w)) for w in _data("organisation_words.yaml")["words"]}
    tokens = words(employer)
    for token in tokens:
        if token not in generic and len(token) >= 5 and not token.isdigit():
            c.add("employer", f"{source} (distinctive word)", [phrase_pattern([token])], long=len(token) >= 6,
                  glue=[token], single=True)
    initials = [t[0] for t in words(employer, casefold=False) if t[0].isalpha() and not unspaced(t[0])
                and " ".join(words(t)) not in {"the", "of", "and", "for", "de", "la", "le", "du", "des", "et"}]
    if len(initials) >= 3:
        acronym = "".join(initials).upper()
        c.add("employer", f"{source} (acronym)", [phrase_pattern([acronym])], case_sensitive=True, single=True)


def _id_number(c: _Collector, source: str, number: Optional[str]) -> None:
    """An identity number as written, and without its leading or trailing check letters (S9412345D,
    9412345D, S9412345, 9412345)."""
    c.spelled("id_number", source, number)
    core = "".join(words(number or "")).replace(NUMBER_BREAK, "")
    for variant in (core.rstrip("abcdefghijklmnopqrstuvwxyz"), core.lstrip("abcdefghijklmnopqrstuvwxyz"),
                    core.strip("abcdefghijklmnopqrstuvwxyz")):
        if variant != core and sum(ch.isdigit() for ch in variant) >= 6:
            c.spelled("id_number", source, variant)


def _reference(c: _Collector, source: str, reference: Optional[str]) -> None:
    """A police or court reference on its alphanumeric core, with any separators or none, with or
    without its letter prefix (E/20260915/0042, E-20260915-0042, 202609150042)."""
    core = "".join(words(reference or "")).replace(NUMBER_BREAK, "")
    if len(core) < 4:
        return
    c.phrase("case_reference", source, reference, minimum=4)
    c.spelled("case_reference", source, core)
    bare = core.lstrip("abcdefghijklmnopqrstuvwxyz")
    if bare != core and sum(ch.isdigit() for ch in bare) >= 6:
        c.spelled("case_reference", source, bare)


def _address(c: _Collector, kind: str, source: str, address: Optional[Address], country_names: set[str]) -> None:
    if address is None:
        return
    _street(c, kind, f"{source}.street", address.street)
    postal = "".join(words(address.postal_code or ""))
    if len(postal) >= 4:  # also with a country prefix: S640412, SG-640412
        c.add("postal_code" if kind == "address" else kind, f"{source}.postal_code",
              [spelled_pattern(postal, optional_prefix=True)], long=len(postal) >= 6, single=True)
    # The city is the neighbourhood of most people; it is removed unless it is the country itself
    # (Singapore, Monaco), which the brief may name.
    if address.city and " ".join(words(address.city)) not in country_names:
        c.phrase(kind, f"{source}.city", address.city)


def _person(c: _Collector, source: str, person: Optional[Person], country_names: set[str]) -> None:
    if person is None:
        return
    c.phrase("family", f"{source}.name", person.name)
    c.name_parts("family", f"{source}.name", person.name)
    c.joined("family", f"{source}.name", person.name)
    _email(c, "family", f"{source}.email", person.email)
    _phone(c, "family", f"{source}.phone", person.phone)
    _address(c, "family", f"{source}.address", person.address, country_names)


def build_terms(record: Record, country_names: Iterable[str] = ()) -> list[Term]:
    """Every identifying term of the record, most specific first."""
    c = _Collector()
    victim = record.victim
    countries = {" ".join(words(name)) for name in country_names}

    given, family = victim.given_names, victim.family_name
    c.phrase("name", "victim name", victim.full_name)
    if given and family:
        c.phrase("name", "victim name", f"{family} {given}")
    c.phrase("name", "victim.given_names", given)
    c.phrase("name", "victim.family_name", family)
    for index, other in enumerate(victim.other_names, start=1):
        c.phrase("name", f"victim.other_names[{index}]", other)
    for account_index, account in enumerate(victim.online_accounts, start=1):
        c.phrase("name", f"victim.online_accounts[{account_index}].display_name", account.display_name)
    c.name_parts("name", "victim.given_names", given)
    c.name_parts("name", "victim.family_name", family)
    for index, other in enumerate(victim.other_names, start=1):
        c.name_parts("name", f"victim.other_names[{index}]", other)
    for source, text in [("victim name", victim.full_name), ("victim name", f"{family or ''} {given or ''}"),
                         ("victim.given_names", given), ("victim.family_name", family)] + [
            (f"victim.other_names[{i}]", o) for i, o in enumerate(victim.other_names, start=1)]:
        c.joined("name", source, text)
    _initials(c, given, family)

    for index, account in enumerate(victim.online_accounts, start=1):
        path = f"victim.online_accounts[{index}]"
        if account.handle:
            c.phrase("handle", f"{path}.handle", account.handle.lstrip("@"))
        _url(c, "url", f"{path}.url", account.url)
    _email(c, "email", "victim.email", victim.email)
    _phone(c, "phone", "victim.phone", victim.phone)
    for index, document in enumerate(victim.id_documents, start=1):
        _id_number(c, f"victim.id_documents[{index}].number", document.number)
    _address(c, "address", "victim.address", victim.address, countries)
    if victim.place_of_birth and " ".join(words(victim.place_of_birth)) not in countries:
        c.phrase("address", "victim.place_of_birth", victim.place_of_birth)
    if victim.date_of_birth:
        c.add("date_of_birth", "victim.date_of_birth", dates.birth_date_patterns(victim.date_of_birth),
              anchor=dates.birth_year_anchor(victim.date_of_birth))
    _employer(c, "victim.employer", victim.employer)
    for index, person in enumerate(victim.family_members, start=1):
        _person(c, f"victim.family_members[{index}]", person, countries)
    _person(c, "victim.litigation_representative", victim.litigation_representative, countries)

    for index, item in enumerate(record.evidence, start=1):
        path = f"evidence[{index}]"
        if item.file:
            c.phrase("evidence_file", f"{path}.file", item.file)
            c.phrase("evidence_file", f"{path}.file", item.file.replace("\\", "/").rsplit("/", 1)[-1])
        if item.sha256:
            c.add("evidence_file", f"{path}.sha256", [phrase_pattern([item.sha256.lower()])], long=True)
    for index, remedy in enumerate(record.legal.domestic_remedies, start=1):
        _reference(c, f"legal.domestic_remedies[{index}].reference", remedy.reference)
    for index, procedure in enumerate(record.legal.other_international_procedures, start=1):
        _reference(c, f"legal.other_international_procedures[{index}].reference", procedure.reference)
    for index, term in enumerate(record.press.also_redact, start=1):
        c.phrase("also_redact", f"press.also_redact[{index}]", term, minimum=2)
    return c.terms
