"""Legal and platform facts shipped as data files, each with its source and the date it was checked."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

DATA = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load(relative: str) -> Any:
    """Parse a data file such as `jurisdictions/SG.yaml` (cached; the files are read-only at run time)."""
    path = DATA / relative
    with path.open(encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle)


def exists(relative: str) -> bool:
    return (DATA / relative).is_file()


def localized(value: Any, locale: str) -> Any:
    """Pick the text for `locale` from a {en: ..., fr: ...} mapping, falling back along the locale chain."""
    if not isinstance(value, dict):
        return value
    from remedies.rendering.i18n import locale_chain

    for name in locale_chain(locale):
        if name in value:
            return value[name]
    return next(iter(value.values()), None)
