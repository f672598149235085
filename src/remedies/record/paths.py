"""Lists of record paths and ids as a person reads them: a run of numbers is shown as a range."""

from __future__ import annotations

import re
from typing import Iterable

_INDEXED = re.compile(r"^(?P<head>.*)\[(?P<number>\d+)\](?P<tail>.*)$")
# Runs shorter than this are listed one by one (incidents[1].effect, incidents[2].effect).
_RUN = 3


def compact(paths: Iterable[str]) -> str:
    """'incidents[1].effect, ..., incidents[10000].effect' as 'incidents[1-10000].effect'.

    Paths that differ only in one index are grouped; a group keeps the place of its first path, and a
    gap in the numbers starts a new range, so nothing is hidden: every path listed is still named."""
    groups: dict[tuple[str, str], list[int]] = {}
    order: list[object] = []
    for path in paths:
        found = _INDEXED.match(path)
        if not found:
            order.append(path)
            continue
        key = (found["head"], found["tail"])
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(int(found["number"]))
    shown: list[str] = []
    for item in order:
        if isinstance(item, str):
            shown.append(item)
            continue
        head, tail = item
        shown += [f"{head}[{numbers}]{tail}" for numbers in _ranges(groups[item])]
    return ", ".join(shown)


def _ranges(numbers: list[int]) -> list[str]:
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    shown = []
    for run in runs:
        if len(run) >= _RUN:
            shown.append(f"{run[0]}-{run[-1]}")
        else:
            shown += [str(n) for n in run]
    return shown


def id_list(ids: list[str], limit: int = 12) -> str:
    """Ids of a long list: the first ones, then how many in all ('I1, I2, ... and 9,990 more')."""
    if len(ids) <= limit:
        return ", ".join(ids)
    return f"{', '.join(ids[:limit])} and {len(ids) - limit:,} more"
