"""Legal and platform facts shipped as data files, each with its source and the date it was checked."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

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
    """Parse a data file such as `jurisdictions/SG.yaml` (cached until the file changes)."""
    path = path_of(relative)
    return _parse(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=None)
def _parse(path: Path, mtime_ns: int) -> Any:
    return parse_yaml(path.read_bytes())


def parse_yaml(text: bytes | str) -> Any:
    """A YAML 1.2 (core schema) document, as ruamel.yaml's safe loader reads it, with libyaml's C parser.

    PyYAML alone resolves plain scalars by YAML 1.1 (`no` and `on` as booleans, `010` as octal, `1:30`
    as a number); the loader below resolves them as YAML 1.2 does, so the shipped tables read the same
    either way (tests/test_performance.py compares every shipped file with ruamel.yaml's reading).
    """
    import yaml

    return yaml.load(text, Loader=_loader())


@lru_cache(maxsize=1)
def _loader():
    import re

    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):
        yaml_implicit_resolvers: dict = {}

    def add(tag: str, pattern: str, first: str) -> None:
        Loader.add_implicit_resolver(tag, re.compile(pattern, re.X), list(first))

    add("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
    add("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789")
    add("tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.")
    add("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])
    add("tag:yaml.org,2002:timestamp",
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
        (?:(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?)$""", "0123456789")
    add("tag:yaml.org,2002:merge", r"^(?:<<)$", "<")

    def construct_int(loader, node):
        value = loader.construct_scalar(node).replace("_", "")
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value)

    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    return Loader


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
