"""Where the shipped templates, catalogs and data live, installed or in a source checkout."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def _find(name: str) -> Path:
    # Installed wheels carry the folder inside the package; a source checkout keeps it at the top.
    for candidate in (_PACKAGE / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name} folder is missing from this installation of remedies")


def templates_dir() -> Path:
    return _find("templates")


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
