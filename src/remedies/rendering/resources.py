"""Where the shipped templates, catalogs and data live, installed or in a source checkout."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from platformdirs import user_data_dir

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def _find(name: str) -> Path:
    # Installed wheels carry the folder inside the package; a source checkout keeps it at the top.
    for candidate in (_PACKAGE / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name} folder is missing from this installation of remedies")


def templates_dir() -> Path:
    """The shipped templates."""
    return _find("templates")


def user_templates_dir() -> Path:
    """The user's (a firm's) own templates folder: `remedies/templates` in the platform's user data folder."""
    return Path(user_data_dir("remedies", appauthor=False)) / "templates"


def override_dirs() -> list[Path]:
    """Folders whose templates replace the shipped ones, first match wins: REMEDIES_TEMPLATES, then the user's."""
    folders = [Path(os.environ["REMEDIES_TEMPLATES"])] if os.environ.get("REMEDIES_TEMPLATES") else []
    return folders + [user_templates_dir()]


def template_path(name: str) -> Path:
    """The template file `name` (e.g. harassment-order.docx) that drafting uses.

    A file of the same name in REMEDIES_TEMPLATES or in the user's templates folder replaces the shipped
    one for that document alone, as a catalog in REMEDIES_LOCALES does for a language: a firm keeps its
    letterhead and wording there, and every other document stays as shipped.
    """
    for folder in override_dirs():
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return templates_dir() / name


def shipped_template(name: str) -> Path:
    return templates_dir() / name


def examples_dir() -> Path:
    """The example records (used by `remedies template check` to learn what each document provides)."""
    return _find("examples")


def shipped_locales_dir() -> Path:
    return _find("locales")


def user_locales_dir() -> Path:
    """A translator's catalogs: REMEDIES_LOCALES (or --locales), else the user's data folder
    (platformdirs: ~/.local/share/remedies/locales, ~/Library/Application Support/remedies/locales,
    %LOCALAPPDATA%\\remedies\\locales), which a reinstall of remedies never touches."""
    override = os.environ.get("REMEDIES_LOCALES")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path("remedies", appauthor=False) / "locales"


def locales_dir() -> Path:
    """Where the translator's commands (i18n init, update, compile, extract) work.

    REMEDIES_LOCALES when set; in a source checkout, its own locales/ folder (the shipped catalogs are
    edited there); in an installed copy, the user's folder, never the installation.
    """
    if os.environ.get("REMEDIES_LOCALES"):
        return user_locales_dir()
    shipped = shipped_locales_dir()
    if _PACKAGE in shipped.parents:  # inside the installed package
        return user_locales_dir()
    return shipped


def locales_dirs() -> list[Path]:
    """Folders whose catalogs are read, the translator's first, then the shipped ones."""
    found = []
    for folder in (user_locales_dir(), shipped_locales_dir()):
        if folder.is_dir() and folder.resolve() not in [f.resolve() for f in found]:
            found.append(folder)
    return found


def current_locales_dirs() -> list[Path]:
    """`locales_dirs()`, looked up again after each `refresh()` (once per command, record planned and
    document rendered) or when the settings that choose the folders change; not on every message."""
    key = (_epoch[0], os.environ.get("REMEDIES_LOCALES"), os.environ.get("XDG_DATA_HOME"), os.environ.get("HOME"))
    found = _recent.get(key)
    if found is None:
        _recent.clear()
        found = _recent[key] = tuple(locales_dirs())
    return list(found)


_epoch = [0]
_recent: dict[tuple, tuple[Path, ...]] = {}


def refresh() -> None:
    """Look the catalog folders and the conventions file up again at their next use."""
    _epoch[0] += 1


def epoch() -> int:
    return _epoch[0]


def locale_file(name: str) -> Path:
    """A file of the locales folders (conventions.yaml): the translator's copy if there is one."""
    for folder in current_locales_dirs():
        if (folder / name).is_file():
            return folder / name
    return shipped_locales_dir() / name


def data_dir() -> Path:
    return _PACKAGE / "data"


_warned: set[str] = set()


def is_locale(name: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
        return True
    except (UnknownLocaleError, ValueError, TypeError):
        return False


def locale_folders(folder: Path) -> list[str]:
    """Locales with a catalog in `folder`; other folders there (a backup, notes) are ignored, with one warning."""
    found = []
    for po in sorted(folder.glob("*/LC_MESSAGES/remedies.po")):
        name = po.parent.parent.name
        if is_locale(name):
            found.append(name)
        elif str(po.parent.parent) not in _warned:
            _warned.add(str(po.parent.parent))
            print(f"warning: {po.parent.parent}: not a locale identifier (such as fr or pt_BR); "
                  "this folder of catalogs is ignored", file=sys.stderr)
    return found


def available_locales() -> tuple[str, ...]:
    """Locales with a message catalog (the translator's or shipped); English is always there."""
    found = {name for folder in locales_dirs() for name in locale_folders(folder)}
    return tuple(sorted(found | {"en"}))
