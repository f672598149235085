"""The translator's workflow on standard gettext files: extract, init, update, compile, status, check."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from remedies import __version__
from remedies.i18n.extract import extract_docx, msgid
from remedies.i18n.data import DATA_DOMAIN, FEMALE, GENDERED_MESSAGES
from remedies.i18n.data import messages as data_messages
from remedies.i18n.runtime import DOMAIN, CatalogError, locale_chain, read_catalog
from remedies.i18n.runtime import problem as runtime_problem
from remedies.rendering.resources import locales_dir, template_path, templates_dir

PACKAGE = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
UNREVIEWED = "Reviewed-By: (unreviewed)"
_PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}")
_MARKUP_BREAKING = re.compile(r"\{\{|\}\}|\{%|%\}|[\x00-\x08\x0b\x0c\x0e-\x1f]|</?[A-Za-z:]+[^>]*>")


class TranslationError(Exception):
    """A translation command that cannot proceed; the message is one sentence."""

    exit_code = 2


@dataclass
class Problem:
    locale: str
    message: str

    def __str__(self) -> str:
        return f"{self.locale}: {self.message}"


def po_path(locale: str, root: Optional[Path] = None, domain: str = DOMAIN) -> Path:
    return (root or locales_dir()) / locale / "LC_MESSAGES" / f"{domain}.po"


def catalog_locales(root: Optional[Path] = None) -> list[str]:
    """Locales with a catalog in the working folder; other folders there are ignored (with one warning)."""
    from remedies.rendering.resources import locale_folders

    return locale_folders(root or locales_dir())


# ---- extraction ---------------------------------------------------------------------------------


def templates() -> list[Path]:
    """Each document's template as drafting uses it: a firm's override where there is one, else the shipped file."""
    return [template_path(shipped.name) for shipped in sorted(templates_dir().glob("*.docx"))]


def template_messages() -> dict[str, list[str]]:
    """msgids of each template (by document file stem), as the renderer will look them up."""
    found: dict[str, list[str]] = {}
    for template in templates():
        with template.open("rb") as handle:
            messages = [msgid(f, m) for _, f, m, _ in extract_docx(handle, KEYWORDS, [], {})]
        found[template.stem] = list(dict.fromkeys(m for m in messages if isinstance(m, str)))
    return found


def pot() -> Catalog:
    """A fresh template catalog from the .docx templates and the Python sources."""
    catalog = Catalog(project="remedies", version=__version__, domain=DOMAIN,
                      creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    for template in templates():
        with template.open("rb") as handle:
            for lineno, function, message, comments in extract_docx(handle, KEYWORDS, ["Translators:"], {}):
                message = msgid(function, message)
                if message is None:
                    continue
                catalog.add(message, locations=[(f"templates/{template.name}", lineno)],
                            auto_comments=comments[1:])
    for source in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "app") in source.parents:  # the app's interface has its own domain (remedies.app.i18n)
            continue
        for lineno, message, comments, _context in extract_from_file(
                "python", str(source), keywords=KEYWORDS, comment_tags=["Translators:"]):
            if msgid("ngettext" if isinstance(message, tuple) else "_", message) is None:
                continue
            catalog.add(message, locations=[(f"src/remedies/{source.relative_to(PACKAGE)}", lineno)],
                        auto_comments=comments)
    for message in GENDERED_MESSAGES:
        if message in catalog:
            catalog.add(message, locations=catalog[message].locations, context=FEMALE,
                        auto_comments=["The same, for a woman (grammatical gender); leave empty if it does not change"])
    return catalog


def data_pot() -> Catalog:
    """The template catalog of the `data` domain: the translatable fields of the data files."""
    catalog = Catalog(project="remedies", version=__version__, domain=DATA_DOMAIN,
                      creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    for message, file, line, comments, context in data_messages():
        catalog.add(message, locations=[(file, line)], auto_comments=comments, context=context)
    return catalog


POTS = {DOMAIN: pot, DATA_DOMAIN: data_pot}


def extract(target: Optional[Path] = None) -> Path:
    target = target or locales_dir() / f"{DOMAIN}.pot"
    _write(target, pot())
    _write(target.with_name(f"{DATA_DOMAIN}.pot"), data_pot())
    if target.parent == locales_dir():  # the app's interface strings: domain `app`, beside it
        from remedies.app import i18n as app_i18n

        _write(target.parent / f"{app_i18n.DOMAIN}.pot", app_i18n.pot())
    return target


# ---- catalogs -----------------------------------------------------------------------------------


def init(locale: str, root: Optional[Path] = None) -> Path:
    """Start a catalog for `locale` from the current templates; refuses to overwrite one."""
    babel_locale = _parse_locale(locale)
    path = po_path(locale, root)
    if path.exists():
        raise TranslationError(f"{path}: a catalog for {locale} already exists; use `remedies i18n update`")
    catalog = Catalog(locale=babel_locale, domain=DOMAIN, project="remedies", version=__version__,
                      creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    catalog.header_comment = _header(babel_locale)
    catalog.update(pot())
    _write(path, catalog)
    data = Catalog(locale=babel_locale, domain=DATA_DOMAIN, project="remedies", version=__version__,
                   creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    data.header_comment = _header(babel_locale)
    data.update(data_pot())
    _write(po_path(locale, root, DATA_DOMAIN), data)
    return path


def update(root: Optional[Path] = None) -> list[Path]:
    """Bring every catalog up to date with the templates (new strings added, removed ones made obsolete)."""
    written = []
    for domain, make in POTS.items():
        template = make()
        for locale in catalog_locales(root):
            path = po_path(locale, root, domain)
            if path.exists():
                catalog = _read(path, locale)
            else:  # a catalog started before the data strings were translatable
                catalog = Catalog(locale=_parse_locale(locale), domain=domain, project="remedies",
                                  version=__version__, creation_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
                catalog.header_comment = _header(_parse_locale(locale))
            catalog.update(template, no_fuzzy_matching=True)
            _write(path, catalog)
            written.append(path)
    from remedies.app import i18n as app_i18n

    written += app_i18n.update(root or locales_dir())
    return written


def compile_all(root: Optional[Path] = None) -> list[Path]:
    """Write .mo files beside the .po files, for other gettext tools (remedies reads the .po directly)."""
    written = []
    for domain in POTS:
        for locale in catalog_locales(root):
            source = po_path(locale, root, domain)
            if not source.exists():
                continue
            target = source.with_suffix(".mo")
            with target.open("wb") as handle:
                write_mo(handle, _read(source, locale))
            written.append(target)
    return written


# ---- status and checks --------------------------------------------------------------------------


def reviewed(catalog: Catalog) -> bool:
    return UNREVIEWED not in (catalog.header_comment or "")


def translated(catalog: Catalog, msgid: str, context: Optional[str] = None) -> bool:
    message = catalog.get(msgid, context=context)
    return bool(message and message.string and not message.fuzzy)


def status(root: Optional[Path] = None) -> list[dict]:
    rows = []
    per_template = template_messages()
    first: dict[str, Path] = {}
    for base in checked_folders(root):  # a locale in your folder is counted from your catalog
        for locale in catalog_locales(base):
            first.setdefault(locale, base)
    for locale in sorted(first):
        catalog = _read(po_path(locale, first[locale]), locale)
        for document, messages in per_template.items():
            done = sum(1 for m in messages if locale == "en" or translated(catalog, m))
            rows.append({"locale": locale, "document": document, "translated": done, "total": len(messages),
                         "reviewed": reviewed(catalog)})
        # The data files' strings (court headings, statutes, tests, platform rules): their own row.
        data_path = po_path(locale, first[locale], DATA_DOMAIN)
        data = _read(data_path, locale) if data_path.exists() else None
        wanted = list(dict.fromkeys((m, c) for m, _, _, _, c in data_messages()))
        done = sum(1 for m, c in wanted if locale == "en" or (data is not None and translated(data, m, c)))
        rows.append({"locale": locale, "document": DATA_ROW, "translated": done, "total": len(wanted),
                     "reviewed": bool(data is not None and reviewed(data))})
    return rows


DATA_ROW = "data files (data.po)"


def checked_folders(root: Optional[Path] = None) -> list[Path]:
    """The folders `check` and `status` look at: every folder drafting reads (yours, then the shipped)."""
    from remedies.rendering.resources import locales_dirs

    return [root] if root else (locales_dirs() or [locales_dir()])


def check(root: Optional[Path] = None) -> list[Problem]:
    """Stale catalogs, placeholders dropped or added, and characters that would break the document,
    in every catalog that drafting reads (an installed copy's shipped catalogs included)."""
    problems: list[Problem] = []
    for base in checked_folders(root):
        problems += _check_folder(base)
        problems += _check_app(base)
    return problems


def _check_app(root: Path) -> list[Problem]:
    """The app's interface catalogs (domain `app`): current, sound, and complete where declared complete."""
    from remedies.app import i18n as app_i18n

    problems: list[Problem] = []
    current = {m.id for m in app_i18n.pot(own_only=True) if m.id}  # help texts from fields.yaml may lag
    for locale in app_i18n.catalog_locales(root):
        path = root / locale / "LC_MESSAGES" / f"{app_i18n.DOMAIN}.po"
        catalog = _read(path, locale)
        missing = sorted(current - {m.id for m in catalog if m.id})
        if missing:
            problems.append(Problem(locale, f"{path}: catalog is stale: {len(missing)} interface string(s) are not "
                                            f"in it (for example {missing[0]!r}); run `remedies i18n update`"))
        if locale in app_i18n.COMPLETE and locale != "en":
            empty = sorted(m for m in current if not translated(catalog, m))
            if empty:
                problems.append(Problem(locale, f"{path}: {len(empty)} interface string(s) are not translated "
                                                f"(for example {empty[0]!r}); this language is declared complete"))
        for message in catalog:
            if not message.id or not message.string or message.fuzzy:
                continue
            reason = runtime_problem(message)
            if reason:
                problems.append(Problem(locale, f"{path}:{message.lineno}: the translation of {message.id!r} {reason}"))
            if sorted(_PLACEHOLDER.findall(message.string)) != sorted(_PLACEHOLDER.findall(message.id)):
                problems.append(Problem(locale, f"the translation of {message.id!r} does not keep its placeholders"))
    return problems


def checked_count(root: Optional[Path] = None) -> int:
    return sum(len(catalog_locales(base)) for base in checked_folders(root))


def _check_folder(root: Path) -> list[Problem]:
    problems: list[Problem] = []
    for domain, make in POTS.items():
        problems += _check_domain(root, domain, make())
    return problems


def _check_domain(root: Path, domain: str, template: Catalog) -> list[Problem]:
    problems: list[Problem] = []
    current = {(m.id, m.context) for m in template if m.id}
    what = "template" if domain == DOMAIN else "data-file"
    for locale in catalog_locales(root):
        path = po_path(locale, root, domain)
        if not path.exists():  # a translator's folder without data strings: `status` shows them untranslated
            continue
        catalog = _read(path, locale)
        ids = {(m.id, m.context) for m in catalog if m.id}
        missing = current - ids
        if missing:
            sample = sorted(missing, key=str)[0][0]
            name = "catalog" if domain == DOMAIN else "data catalog (data.po)"
            problems.append(Problem(locale, f"{name} is stale: {len(missing)} {what} string(s) are not in it "
                                            f"(for example {sample!r}); run `remedies i18n update`"))
        for message in catalog:
            if not message.id or not message.string or message.fuzzy:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            source = message.id if isinstance(message.id, str) else message.id[0]
            reason = runtime_problem(message)
            if reason:
                problems.append(Problem(locale, f"{path}:{message.lineno}: the translation of "
                                                f"{source!r} {reason}"))
            for text in strings:
                if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                    problems.append(Problem(locale, f"the translation of {source!r} does not keep its placeholders"))
                if _MARKUP_BREAKING.search(text):
                    problems.append(Problem(locale, f"the translation of {source!r} holds template or markup "
                                                    "characters ({{, {%, tags or control characters)"))
    return problems


@lru_cache(maxsize=None)
def fallbacks(template: Path, locale: str) -> tuple[str, ...]:
    """Strings of `template` that `locale` does not translate itself (they fall back along its chain)."""
    if locale == "en":
        return ()
    from remedies.i18n.runtime import catalog as compiled

    chain = [c for c in locale_chain(locale) if c != "en"]
    stamp = template.stat()
    missing = []
    for message in _template_messages(template, stamp.st_mtime_ns, stamp.st_size):
        if not any(_has(compiled(name), message) for name in chain):
            missing.append(message)
    return tuple(missing)


@lru_cache(maxsize=256)
def _template_messages(template: Path, mtime_ns: int, size: int) -> tuple[str, ...]:
    """The translatable strings of a template, in order, once per version of the file (kept in the user's
    cache by the template's bytes: reading them parses the whole template, which a draft from the
    compiled-template cache otherwise never does)."""
    from remedies.rendering import cache

    data = template.read_bytes()

    def extract() -> list[str]:
        with io.BytesIO(data) as handle:
            messages = [msgid(f, m) for _, f, m, _ in extract_docx(handle, KEYWORDS, [], {})]
        return list(dict.fromkeys(m for m in messages if isinstance(m, str)))

    key = cache._engine_digest() + Path(__file__).read_bytes() + data
    return tuple(cache.remembered("messages", key, extract, cache.strings))


def _has(translations, message: str) -> bool:
    return message in getattr(translations, "_catalog", {})


# ---- helpers ------------------------------------------------------------------------------------


def _parse_locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        raise TranslationError(f"'{locale}' is not a CLDR locale identifier (for example fr, pt_BR, zh_Hans)") from None


def _header(locale: Locale) -> str:
    return (
        f"# {locale.english_name} translations for remedies.\n"
        f"# {UNREVIEWED}\n"
        "# Replace the line above with 'Reviewed-By: NAME, DATE' once a person has reviewed every string.\n"
        "# Legal register: formal. Keep placeholders such as %(name)s exactly as they are."
    )


def _read(path: Path, locale: str) -> Catalog:
    try:
        return read_catalog(path, locale)
    except CatalogError as exc:
        raise TranslationError(str(exc)) from None


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False, omit_header=False, include_previous=False)

