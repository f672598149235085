"""Legal and platform facts shipped as data files, each with its source and the date it was checked."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

DATA = Path(__file__).resolve().parent

# A folder whose files take precedence over the shipped ones (same relative paths), so a corrected
# policy name or a newer date can be used without editing the installation.
OVERRIDE_VARIABLE = "REMEDIES_DATA_DIR"


def path_of(relative: str) -> Path:
    """The file used for `relative`: the override folder's copy when it has one, else the shipped file."""
    override = os.environ.get(OVERRIDE_VARIABLE)
    if override:
        candidate = Path(override) / relative
        if candidate.is_file():
            return candidate
    return DATA / relative


def load(relative: str) -> Any:
    """Parse a data file such as `jurisdictions/SG.yaml` (cached until the file changes).

    While a document is drafted in a locale (i18n.data.drafting_in), the file's translatable fields
    come in that locale from the `data` catalogs.
    """
    from remedies.i18n import data as data_strings
    from remedies.i18n.runtime import translations

    path = path_of(relative)
    stamp = path.stat().st_mtime_ns
    locale = data_strings.current_locale()
    if locale is None or locale.split("_")[0] == "en":
        return _parse(path, stamp)
    catalogs = (translations(locale, data_strings.DATA_DOMAIN), translations(locale))
    return data_strings.localized_file(path, stamp, locale, catalogs, data_strings.current_sex())


@lru_cache(maxsize=None)
def _parse(path: Path, mtime_ns: int) -> Any:
    with path.open(encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle)


def exists(relative: str) -> bool:
    return path_of(relative).is_file()


def localized(value: Any, locale: str) -> Any:
    """Pick the text for `locale` from a {en: ..., fr: ...} mapping, falling back along the locale chain."""
    if not isinstance(value, dict):
        return value
    from remedies.i18n.runtime import locale_chain

    for name in locale_chain(locale):
        if name in value:
            return value[name]
    return next(iter(value.values()), None)
