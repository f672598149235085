"""Where the shipped templates, catalogs and data live, installed or in a source checkout."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

_PACKAGE = Path(__file__).resolve().parent.parent


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


def locales_dir() -> Path:
    """The catalogs: REMEDIES_LOCALES when set (a translator's own folder), else the shipped ones."""
    override = os.environ.get("REMEDIES_LOCALES")
    return Path(override) if override else _find("locales")


def data_dir() -> Path:
    return _PACKAGE / "data"


def available_locales() -> tuple[str, ...]:
    """Locales with a message catalog; English is always there."""
    found = {p.parent.parent.name for p in locales_dir().glob("*/LC_MESSAGES/remedies.po")}
    return tuple(sorted(found | {"en"}))
