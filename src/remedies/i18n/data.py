"""Strings of the data files as a second catalog domain, `data` (locales/<loc>/LC_MESSAGES/data.po).

The data files (src/remedies/data/**.yaml) hold the court headings, statute and provision titles and
summaries, the tests the courts apply and the platforms' rule descriptions that documents print. The
fields listed in TRANSLATED are extracted (`remedies_data` Babel method) and translated at load time
while a document is drafted in a locale; every other field (ids, citations, URLs, sources, dates) is
left as it is. A field that is already a mapping of locale to text ({en: ..., fr: ...}) is translated in
the file itself and is not extracted.

A statute's own words (`quote`) are never replaced: the document keeps them in the original language,
and where the catalog has a translation of them it is added after them as a gloss, under a note that
says it is an unofficial translation (msgctxt "gloss").
"""

from __future__ import annotations

import contextvars
import io
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Iterator

DATA_DOMAIN = "data"
GLOSS = "gloss"
# Fields whose text reaches documents and is written in the language of the document.
TRANSLATED = frozenset({"title", "summary", "heading", "description", "definition", "reason", "role",
                        "report_route", "label", "effect", "holding", "not_covered", "standing",
                        "time_limit", "explanation", "test", "how", "form", "interim_relief",
                        "title_feminine", "chosen_because", "filed_through", "addressee", "route",
                        "eligibility", "declaration", "pagination", "case_number_label",
                        # the court that decided a case or hears a challenge, the constitution's title
                        # and a forum's procedure (constitutional/*.yaml, caselaw.yaml)
                        "court", "constitution", "procedure",
                        # the formulas of an affidavit: its opening, how an exhibit is produced, the
                        # exhibit's certificate and a verification
                        "opening", "exhibit_formula", "certificate", "verification",
                        # what a DSA notice must contain and the notifier's statement (dsa.yaml)
                        "requirement", "good_faith_statement"})
# Fields holding a list of sentences that reach documents (a profile's notes, its rules on service, an
# affidavit's jurat, what remains where a law cannot be reviewed).
TRANSLATED_LISTS = frozenset({"notes", "service", "jurat", "what_remains"})
# Fields translated only under a given parent: the text of a time limit or of interim relief, or of
# what a constitution says of review and of treaties (our summaries, not quotations), of what the DSA
# requires of a platform after a notice (dsa.yaml); the statute a
# regulator applies; the reasons a regulator cannot act yet ({not_yet: {impersonation: ...}}).
TRANSLATED_UNDER = {"text": ("time_limit", "interim_relief", "supremacy", "basis", "caution",
                             "no_post_enactment_review", "post_enactment_refused", "treaties",
                             "next_steps", "actual_knowledge", "threat_to_life"),
                    "statute": ("regulator",), None: ("not_yet",)}
# Fields translated anywhere inside a given field: the summaries of a constitution's guarantees
# ({guarantees: {expression: [{text: ...}]}}), the law a sub judice note names (press/sub_judice.yaml),
# the citation of an international standard ({standards: {gc34: {cite: ...}}}, standards.yaml: each
# under the title its instrument has in the language of the document; a provision's `cite` elsewhere
# and a decision's citation stay as published).
TRANSLATED_WITHIN = {"text": ("guarantees",), "law": ("jurisdictions",), "cite": ("standards",)}
# Fields translated only where they are the name of a court, a statute, an order or a test
# (a platform's policy names are the platform's own and stay as the platform writes them).
NAMED = ("court", "statute", "tests", "orders", "routes", "parts", "forums", "regulator")
QUOTED = frozenset({"quote"})

_locale: contextvars.ContextVar = contextvars.ContextVar("remedies_data_locale", default=None)
_sex: contextvars.ContextVar = contextvars.ContextVar("remedies_data_sex", default=None)
# Fields naming the person harmed (the applicant's role): a language with grammatical gender gives the
# feminine form under the context "female" ("Demanderesse"), used when victim.sex is female.
GENDERED = frozenset({"role"})
FEMALE = "female"


def N_(message: str) -> str:
    """Mark a message of the `remedies` domain for extraction."""
    return message


# Translators: placed before the translation of a statute's words, which the document quotes in
# the original language.
GLOSS_NOTE = N_("Unofficial translation; the text above is quoted in its original language:")


# Template strings about the person harmed whose words change with her or his grammatical gender; each
# is in the `remedies` catalogs a second time under msgctxt "female". A catalog that leaves the
# feminine form empty uses the ordinary translation.
GENDERED_MESSAGES = (
    "Effect on the applicant",
    "The applicant applies for",
    "The applicant also asks the Court to consider these orders, which the facts engage",
    "Solicitors for the applicant",
    "the applicant",
    "The victim submits the complaint on their own behalf.",
    "The victim asks the Committee not to disclose their identity in its published decision.",
)


def gendered(catalog, message: str, sex: str | None) -> str:
    """The translation of `message`, in its feminine form (msgctxt "female") for a woman where the
    first catalog along the locale chain that translates it has one: a Spanish catalog without a
    feminine form gives its ordinary translation, never the English catalog's feminine one."""
    if sex != FEMALE:
        return catalog.gettext(message)
    key = f"{FEMALE}\x04{message}"
    link = catalog
    while link is not None:
        table = getattr(link, "_catalog", {})
        if key in table:
            return table[key]
        if table.get(message):
            return table[message]
        link = getattr(link, "_fallback", None)
    return message


@contextmanager
def drafting_in(locale: str, sex: str | None = None):
    """Data loaded inside this block is in `locale`, for a person of `sex` (documents are built inside it)."""
    token, sex_token = _locale.set(locale), _sex.set(sex)
    try:
        yield
    finally:
        _locale.reset(token)
        _sex.reset(sex_token)


def current_sex() -> str | None:
    return _sex.get()


def current_locale() -> str | None:
    return _locale.get()


def _translatable(path: tuple, key: Any, value: Any) -> str | None:
    """'text' to translate `value`, 'quote' to gloss it, None to leave it."""
    if not isinstance(value, str) or not value.strip() or not isinstance(key, str):
        return None
    if "sources" in path:  # the titles of the sources are cited as published
        return None
    if key in QUOTED:
        return "quote"
    if key in TRANSLATED:
        return "text"
    if key == "name" and any(part in NAMED for part in path):
        return "text"
    if path and (path[-1] in TRANSLATED_UNDER.get(key, ()) or path[-1] in TRANSLATED_UNDER[None]):
        return "text"
    if any(part in TRANSLATED_WITHIN.get(key, ()) for part in path):
        return "text"
    return None


def _translatable_items(path: tuple, key: Any, value: Any) -> bool:
    """Whether `value` is a list of sentences to translate one by one."""
    return (isinstance(key, str) and key in TRANSLATED_LISTS and isinstance(value, list)
            and "sources" not in path)


def _walk(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any, Any, Any]]:
    """(path, key, value, parent) for every mapping entry of the tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value, node
            if isinstance(value, (dict, list)):
                yield from _walk(value, path + (key,))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, path)


def extract_data(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
                 ) -> Iterator[tuple[int, Any, Any, list[str]]]:
    """Yield (line, function, message, comments) for every translatable field of a data YAML file.

    Registered as the `remedies_data` method under `babel.extractors`. A statute's words are yielded
    with the context "gloss" (function "pgettext"), so their translation is read as a gloss.
    """
    from ruamel.yaml import YAML

    tree = YAML(typ="rt", pure=True).load(io.StringIO(fileobj.read().decode("utf-8")))
    for path, key, value, parent in _walk(tree):
        if _translatable_items(path, key, value):
            for index, item in enumerate(value):
                if not isinstance(item, str) or not any(char.isalpha() for char in item):
                    continue  # a blank line or a dotted line to sign on
                try:
                    line = value.lc.item(index)[0] + 1
                except Exception:
                    line = 0
                yield line, "gettext", str(item), [f"field: {'.'.join(str(p) for p in path + (key,))}[]"]
            continue
        kind = _translatable(path, key, value)
        if kind is None:
            continue
        try:
            line = parent.lc.key(key)[0] + 1
        except Exception:  # a flow mapping without positions
            line = 0
        field = ".".join(str(p) for p in path + (key,))
        if kind == "quote":
            yield line, "pgettext", (GLOSS, str(value)), [f"field: {field}",
                                                         "The statute's own words: translate them as a gloss"]
        else:
            yield line, "gettext", str(value), [f"field: {field}"]
            if key in GENDERED:
                yield line, "pgettext", (FEMALE, str(value)), [f"field: {field}",
                                                              "The same, for a woman (grammatical gender)"]


def data_files() -> list[Path]:
    from remedies import data

    return sorted(data.DATA.rglob("*.yaml"))


def messages() -> list[tuple[Any, str, int, list[str], str | None]]:
    """(msgid, file, line, comments, context) of every data string, in file order."""
    from remedies import data

    found = []
    for path in data_files():
        with path.open("rb") as handle:
            for line, function, message, comments in extract_data(handle, None, [], {}):
                context, text = message if function == "pgettext" else (None, message)
                found.append((text, f"src/remedies/data/{path.relative_to(data.DATA)}", line, comments, context))
    return found


def localize(tree: Any, locale: str) -> Any:
    """A copy of a loaded data file with its translatable fields in `locale` (cached per catalog edit)."""
    from remedies.i18n.runtime import translations

    if locale.split("_")[0] == "en":
        return tree
    catalog = translations(locale, DATA_DOMAIN)
    notes = translations(locale)
    return _localize(tree, (), catalog, notes, current_sex())


def _localize(node: Any, path: tuple, catalog, notes, sex=None) -> Any:
    if isinstance(node, list):
        return [_localize(item, path, catalog, notes, sex) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        kind = _translatable(path, key, value)
        if _translatable_items(path, key, value):
            result[key] = [catalog.gettext(item) if isinstance(item, str) and item.strip() else item
                           for item in value]
            continue
        if kind == "text" and key in GENDERED:
            result[key] = gendered(catalog, value, sex)
        elif kind == "text":
            result[key] = catalog.gettext(value)
        elif kind == "quote":
            gloss = catalog.pgettext(GLOSS, value)
            # The original words are isolated left to right: the typography of the document's language
            # (French spaces, Chinese punctuation) is not applied to them (rendering/typesetting.py).
            original = "\n".join(f"\u2066{line}\u2069" for line in value.split("\n"))
            result[key] = value if gloss == value else f"{original}\n{notes.gettext(GLOSS_NOTE)} {gloss}"
        elif isinstance(value, (dict, list)):
            result[key] = _localize(value, path + (key,), catalog, notes, sex)
        else:
            result[key] = value
    return result


@lru_cache(maxsize=512)
def localized_file(path: Path, stamp: int, locale: str, catalogs: tuple, sex: str | None = None) -> Any:
    from remedies import data

    return localize(data._parse(path, stamp), locale)
