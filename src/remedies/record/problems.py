"""Problems found in a record, each placed at a file, line, column and field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence, Union

PathKey = tuple[Union[str, int], ...]

_INVISIBLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x0b": "\\v", "\x0c": "\\f", "\u2028": "\\u2028",
              "\u2029": "\\u2029", "\x85": "\\x85"}
_ONE_LINE = str.maketrans(_INVISIBLE)


def one_line(text: str) -> str:
    """`text` with line breaks and tabs shown as \\n, \\t: a message never breaks across lines."""
    return text.translate(_ONE_LINE)


def shown(value: Any, limit: int = 60, *, quote: bool = True) -> str:
    """A value as a message shows it: on one line, quoted, and cut (with its length) when long.

    Never the repr of something huge: a 20,000-digit number is shown by its first characters.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        text = "a number of about %d digits" % int(value.bit_length() * 0.30103 + 1)
        return text
    text = one_line(str(value))
    if len(text) > limit:
        text = text[: limit - 1] + f"… ({len(text):,} characters)"
    return f"'{text}'" if quote else text


def field_path(path: PathKey) -> str:
    """`("incidents", 1, "date")` -> `incidents[2].date` (list items are counted from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + shown(part, 40, quote=False)
    return text


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    path: PathKey
    message: str

    def __str__(self) -> str:
        where = f"{one_line(self.file)}:{self.line}:{self.column}"
        name = field_path(self.path)
        message = one_line(self.message)
        return f"{where}: {name}: {message}" if name else f"{where}: {message}"

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "column": self.column, "path": field_path(self.path),
                "message": one_line(self.message)}


class RecordError(Exception):
    """A record that cannot be used; carries every problem found."""

    exit_code = 2

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
