"""Problems found in a record, each placed at a file, line, column and field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, Union

PathKey = tuple[Union[str, int], ...]


def field_path(path: PathKey) -> str:
    """`("incidents", 1, "date")` -> `incidents[2].date` (list items are counted from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    path: PathKey
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        name = field_path(self.path)
        return f"{where}: {name}: {self.message}" if name else f"{where}: {self.message}"


class RecordError(Exception):
    """A record that cannot be used; carries every problem found."""

    exit_code = 2

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
