"""Read a record file (YAML or JSON) into plain data, remembering where every value stands."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Union

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from remedies.record.problems import Problem, RecordError

MAX_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000  # values after expanding YAML aliases; a real record has a few hundred

PathKey = tuple[Union[str, int], ...]

# Characters XML 1.0 forbids; Word refuses a document that holds them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Source:
    """The parsed data of a record file and the position (line, column; from 1) of each value."""

    path: Path
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    def locate(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Position of the value at `path`, or of its nearest ancestor that exists."""
        table = self.key_positions if key else self.positions
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, path: PathKey, message: str, *, key: bool = False) -> Problem:
        line, column = self.locate(path, key=key)
        return Problem(str(self.path), line, column, path, message)


def read(path: Union[str, Path]) -> Source:
    """Read and parse `path`; raise RecordError with one positioned problem if it cannot be read."""
    path = Path(path)
    shown = str(path)

    def fail(message: str, line: int = 1, column: int = 1) -> RecordError:
        return RecordError([Problem(shown, line, column, (), message)])

    try:
        size = path.stat().st_size
        if path.is_dir():
            raise fail("is a folder, not a record file")
        if size > MAX_BYTES:
            raise fail(
                f"is {size:,} bytes, larger than the {MAX_BYTES:,}-byte limit for a record; "
                "keep evidence files outside the record and refer to them by name"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise fail("does not exist") from None
    except PermissionError:
        raise fail("cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise fail("is a folder, not a record file") from None
    except OSError as exc:
        raise fail(f"cannot be read ({exc.strerror or exc})") from None

    if b"\x00" in raw[:8192]:
        raise fail("looks like a binary file, not a YAML or JSON record")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded); save the file as UTF-8",
            line,
            column,
        ) from None
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise fail("is empty: a record needs at least record_version and a case section")

    root = _compose(text, shown)
    _check_size(root, shown)
    source = Source(path=path, data=None)
    source.data = _to_python(root, (), source)
    if not isinstance(source.data, dict):
        kind = "a list" if isinstance(source.data, list) else "a single value"
        raise fail("must be a mapping of sections (record_version:, case:, victim: ...), not " + kind)
    return source


def _compose(text: str, shown: str) -> Node:
    yaml = YAML(typ="safe", pure=True)
    try:
        node = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _yaml_message(exc, text)
        unclosed = _unclosed_quote(text, line)
        if unclosed and "never closed" not in message and "tab character" not in message:
            line, column = unclosed
            message = f"has a quoted value starting at line {line} that is never closed (add the closing quote)"
        raise RecordError([Problem(shown, line, column, (), message)]) from None
    except YAMLError as exc:
        raise RecordError([Problem(shown, 1, 1, (), f"is not valid YAML or JSON ({exc})")]) from None
    if node is None:
        raise RecordError([Problem(shown, 1, 1, (), "is empty: a record needs at least record_version and a case section")])
    return node


def _yaml_message(exc: MarkedYAMLError, text: str) -> str:
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark
    if "'\\t'" in problem or (mark and _char_at(text, mark.index) == "\t"):
        return "has a tab character here; YAML indentation must use spaces"
    if "quoted scalar" in context and "end of stream" in problem:
        start = exc.context_mark
        where = f" at line {start.line + 1}" if start else ""
        return f"has a quoted value starting{where} that is never closed (add the closing quote)"
    if "found duplicate anchor" in context or "duplicate anchor" in problem:
        return "defines the same YAML anchor twice"
    if "found undefined alias" in context or "found undefined alias" in problem:
        return "uses a YAML alias (*name) whose anchor (&name) is not defined"
    if "mapping values are not allowed" in problem:
        return "has a ':' where YAML does not expect one; put quotes around text that contains ': '"
    detail = "; ".join(p for p in (context, problem) if p)
    return f"is not valid YAML or JSON here ({detail})"


def _unclosed_quote(text: str, before_line: int) -> tuple[int, int] | None:
    """The first line before the error that ends inside a double-quoted value: the likely culprit."""
    for number, line in enumerate(text.splitlines()[:before_line], 1):
        quote, opened_at, previous = None, 0, " "
        for index, char in enumerate(line):
            if quote is None:
                if char == "#" and previous in " \t":
                    break
                if char in "\"'":
                    quote, opened_at = char, index
            elif char == quote and not (quote == '"' and previous == "\\"):
                quote = None
            previous = char
        if quote == '"':
            return number, opened_at + 1
    return None


def _char_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


def _check_size(root: Node, shown: str) -> None:
    """Refuse alias bombs: count values as if every alias were expanded, sharing the work."""
    memo: dict[int, int] = {}
    active: set[int] = set()

    def count(node: Node) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        if key in active:
            raise RecordError([Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1, (),
                                       "uses a YAML alias that refers to itself")])
        active.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                total += count(child)
                if total > MAX_NODES:
                    break
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                total += count(k) + count(v)
                if total > MAX_NODES:
                    break
        active.discard(key)
        memo[key] = total
        if total > MAX_NODES:
            mark = node.start_mark
            raise RecordError([Problem(
                shown, mark.line + 1, mark.column + 1, (),
                f"expands to more than {MAX_NODES:,} values through YAML aliases; "
                "a record this large is refused (is it an alias bomb?)",
            )])
        return total

    count(root)


def _position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _to_python(node: Node, path: PathKey, source: Source) -> Any:
    source.positions.setdefault(path, _position(node))
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in _merged(node):
            if not isinstance(key_node, ScalarNode):
                raise RecordError([source.problem(path, "has a key that is not plain text")])
            key = str(_scalar(key_node))
            child = path + (key,)
            if key in result:
                line, column = _position(key_node)
                first = source.key_positions.get(child, (0, 0))[0]
                raise RecordError([Problem(str(source.path), line, column, child,
                                           f"appears twice in the same section (first at line {first})")])
            source.key_positions[child] = _position(key_node)
            result[key] = _to_python(value_node, child, source)
        return result
    if isinstance(node, SequenceNode):
        return [_to_python(item, path + (index,), source) for index, item in enumerate(node.value)]
    value = _scalar(node)
    if isinstance(value, str):
        cleaned, removed = _XML_ILLEGAL.subn("", value)
        if removed:
            source.warnings.append(source.problem(
                path, f"had {removed} control character(s) that a Word document cannot hold; they were removed"))
        return cleaned
    return value


def _merged(node: MappingNode) -> Iterator[tuple[Node, Node]]:
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            targets = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
            for target in targets:
                if isinstance(target, MappingNode):
                    yield from _merged(target)
            continue
        yield key_node, value_node


_BOOLS = {"true": True, "false": False}


def _scalar(node: ScalarNode) -> Any:
    tag, text = node.tag, node.value
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return _BOOLS.get(text.lower(), text)
    if tag.endswith(":int"):
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            try:
                return int(text.replace("_", ""))
            except ValueError:
                return text
    if tag.endswith(":float"):
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return text
    # Strings and timestamps stay text: dates are checked by the record model, with clear messages.
    return text
