"""Read a record file (YAML or JSON) into plain data, keeping each value's source text and position."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

import yaml

from remedies.record.problems import Problem, RecordError, shown

MAX_BYTES = 2 * 1024 * 1024
MAX_NODES = 400_000  # values after expanding YAML aliases; a real record has a few hundred
# Levels of nesting (sections, lists, mappings) a record may use; the deepest real path is about 6.
MAX_DEPTH = 50

PathKey = tuple[Union[str, int], ...]

# Characters XML 1.0 forbids; Word refuses a document that holds them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Characters YAML does not allow raw in a file (escaped forms such as "\u0007" are fine).
_YAML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Plain (unquoted) scalars that mean "no value"; every other scalar is kept as the text typed.
_NULLS = {"", "~", "null", "Null", "NULL"}
# libyaml's C parser when the wheel carries it (seven times faster on a large record), else pure Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Source:
    """The parsed data of a record file and the position (line, column; from 1) of each value.

    Every scalar is kept as the text typed (`068898`, `NO`, `2026-09-14`), never as what YAML would
    read it as; the record model decides what a field's text means. `quoted` holds the paths of
    scalars written in quotes.
    """

    path: Path
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    quoted: set[PathKey] = field(default_factory=set)
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
    shown_path = str(path)

    def fail(message: str, line: int = 1, column: int = 1) -> RecordError:
        return RecordError([Problem(shown_path, line, column, (), message)])

    try:
        if path.is_dir():
            raise fail("is a folder, not a record file")
        size = path.stat().st_size
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

    text = decode(raw, fail)
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise fail("is empty: a record needs at least record_version and a case section")
    bad = _YAML_ILLEGAL.search(text)
    if bad:
        line, column = _line_column(text, bad.start())
        raise fail(f"holds a control character (U+{ord(bad.group()):04X}) that a YAML or JSON record cannot "
                   "hold; delete it (write \\u0007-style escapes inside double quotes if you need one)",
                   line, column)

    root = _Composer(text, shown_path).compose()
    source = Source(path=path, data=None)
    source.data = _to_python(root, (), source, 0)
    if not isinstance(source.data, dict):
        kind = "a list" if isinstance(source.data, list) else "a single value"
        raise fail("must be a mapping of sections (record_version:, case:, victim: ...), not " + kind)
    return source


def decode(raw: bytes, fail) -> str:
    """UTF-8 text of a record; UTF-16 and UTF-32 files are named as such, binary files as binary."""
    encoding = _utf16_or_32(raw)
    if encoding:
        raise fail(f"is saved as {encoding} text; save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)")
    head = raw[:8192]
    if b"\x00" in head:
        try:
            head.decode("utf-8")
            binary = head.count(b"\x00") > 8
        except UnicodeDecodeError as exc:
            binary = exc.start < len(head) - 4  # not a character cut at the end of the sample
        if binary:
            raise fail("looks like a binary file, not a YAML or JSON record")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded); save the file as UTF-8",
            line,
            column,
        ) from None


def _utf16_or_32(raw: bytes) -> Optional[str]:
    for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                      (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if raw.startswith(bom):
            return name
    sample = raw[:512]
    if len(sample) >= 8:
        # ASCII text saved as UTF-16 without a byte-order mark: every other byte is zero.
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) >= len(odd) * 0.9 and even.count(0) == 0:
            return "UTF-16"
        if even.count(0) >= len(even) * 0.9 and odd.count(0) == 0:
            return "UTF-16"
    return None


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


# ---- composing nodes from parser events, without recursion ----------------------------------------


class _Node:
    __slots__ = ("kind", "value", "line", "column", "plain", "size", "height", "done")

    def __init__(self, kind: str, value: Any, mark, plain: bool = False):
        self.kind = kind  # "map", "seq" or "scalar"
        self.value = value  # list of (key, value) nodes, list of nodes, or the scalar's text
        self.line, self.column = mark.line + 1, mark.column + 1
        self.plain = plain
        self.size = 1
        self.height = 0 if kind == "scalar" else 1  # levels of collections, scalars not counted
        self.done = kind == "scalar"


class _Composer:
    """Builds the node tree from the YAML event stream with an explicit stack.

    Each node knows how many values it expands to and how deep it goes (aliases included), so alias
    bombs and deep nesting are refused at the position where they start, and nothing recurses.
    """

    def __init__(self, text: str, shown: str):
        self.text = text
        self.shown = shown

    def fail(self, message: str, line: int, column: int) -> RecordError:
        return RecordError([Problem(self.shown, line, column, (), message)])

    def compose(self, loader_class=_LOADER) -> _Node:
        loader = loader_class(self.text)
        try:
            return self._compose(loader)
        except yaml.MarkedYAMLError as exc:
            if "nesting depth" in str(exc.problem) and loader_class is not yaml.SafeLoader:
                # libyaml scans far ahead and stops at its own limit (1,000); the pure-Python parser
                # reaches our limit at the right place.
                return self.compose(yaml.SafeLoader)
            raise self._yaml_error(exc) from None
        except yaml.YAMLError as exc:
            raise self.fail(f"is not valid YAML or JSON ({shown(exc, 120)})", 1, 1) from None
        finally:
            loader.dispose()

    def _compose(self, loader) -> _Node:
        anchors: dict[str, _Node] = {}
        stack: list[tuple[_Node, list]] = []  # open collections, with a pending key for mappings
        root: Optional[_Node] = None
        documents = 0
        scalar_event, end_events = yaml.ScalarEvent, (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        attach = self._attach
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is scalar_event:  # most events: handled first, with as little work as possible
                # Plain means unquoted and untagged (`!!str null` is the text "null").
                node = _Node("scalar", event.value, event.start_mark,
                             plain=not event.style and event.tag in (None, "!"))
                if event.anchor is not None:
                    anchors[event.anchor] = node
                if stack:
                    attach(stack, node)
                else:
                    root = node
                continue
            if kind in end_events:
                node, _ = stack.pop()
                node.done = True
                self._finished(node)
                attach(stack, node)
                if not stack:
                    root = node
                continue
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise self.fail("holds a second YAML document (after ---); a record is one document",
                                    mark.line + 1, mark.column + 1)
                continue
            if kind is yaml.AliasEvent:
                target = anchors.get(event.anchor)
                mark = event.start_mark
                if target is None:
                    raise self.fail(f"uses a YAML alias (*{shown(event.anchor, 40, quote=False)}) whose anchor "
                                    "(&name) is not defined", mark.line + 1, mark.column + 1)
                if not target.done:
                    raise self.fail("uses a YAML alias that refers to itself", mark.line + 1, mark.column + 1)
                if len(stack) + target.height > MAX_DEPTH:
                    raise self.fail(self._too_deep(through_alias=True), mark.line + 1, mark.column + 1)
                attach(stack, target)
                if not stack:
                    root = target
                continue
            if kind is yaml.MappingStartEvent:
                node = _Node("map", [], event.start_mark)
            elif kind is yaml.SequenceStartEvent:
                node = _Node("seq", [], event.start_mark)
            else:
                continue  # stream start and end, document end
            if event.anchor is not None:
                anchors[event.anchor] = node
            if len(stack) + 1 > MAX_DEPTH:
                raise self.fail(self._too_deep(), node.line, node.column)
            stack.append((node, []))
        if root is None:
            raise self.fail("is empty: a record needs at least record_version and a case section", 1, 1)
        return root

    def _attach(self, stack: list, node: _Node) -> None:
        if not stack:
            return
        parent, pending = stack[-1]
        if parent.kind == "seq":
            parent.value.append(node)
        elif pending:
            parent.value.append((pending.pop(), node))
        else:
            pending.append(node)
            return
        parent.size += node.size
        parent.height = max(parent.height, node.height + 1)
        if parent.size > MAX_NODES:
            raise self.fail(f"expands to more than {MAX_NODES:,} values through YAML aliases; "
                            "a record this large is refused (is it an alias bomb?)", parent.line, parent.column)

    def _finished(self, node: _Node) -> None:
        if node.kind == "map":
            node.size += sum(key.size for key, _ in node.value)

    @staticmethod
    def _too_deep(through_alias: bool = False) -> str:
        how = "through a YAML alias, the value here would be" if through_alias else "the value here is"
        return (f"{how} nested more than {MAX_DEPTH} levels deep, the limit for a record "
                "(see docs/record.md); a real record needs fewer than ten")

    def _yaml_error(self, exc: yaml.MarkedYAMLError) -> RecordError:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _yaml_message(exc, self.text)
        if "nesting depth" in message:
            return self.fail(self._too_deep(), line, column)
        unclosed = _unclosed_quote(self.text, line)
        if unclosed and "never closed" not in message and "tab character" not in message:
            line, column = unclosed
            message = f"has a quoted value starting at line {line} that is never closed (add the closing quote)"
        return self.fail(message, line, column)


def _yaml_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark
    if "'\\t'" in problem or "tab" in problem or (mark and _char_at(text, mark.index) == "\t"):
        return "has a tab character here; YAML indentation must use spaces"
    if "quoted scalar" in context and "end of stream" in problem:
        start = exc.context_mark
        where = f" at line {start.line + 1}" if start else ""
        return f"has a quoted value starting{where} that is never closed (add the closing quote)"
    if "nesting depth" in problem:
        return "nesting depth"
    if "mapping values are not allowed" in problem:
        return "has a ':' where YAML does not expect one; put quotes around text that contains ': '"
    detail = "; ".join(p for p in (context, problem) if p)
    return f"is not valid YAML or JSON here ({shown(detail, 160, quote=False)})"


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


# ---- nodes to plain data -----------------------------------------------------------------------------


def _to_python(node: _Node, path: PathKey, source: Source, depth: int) -> Any:
    source.positions.setdefault(path, (node.line, node.column))
    if node.kind == "map":
        result: dict[str, Any] = {}
        explicit = set()
        for key_node, value_node in _merged(node):
            if key_node is None:  # a merged key (<<): explicit keys of this mapping win
                continue
            key = _key(key_node, path, source)
            child = path + (key,)
            if key in explicit:
                first = source.key_positions.get(child, (0, 0))[0]
                raise RecordError([Problem(str(source.path), key_node.line, key_node.column, child,
                                           f"appears twice in the same section (first at line {first})")])
            explicit.add(key)
            source.key_positions[child] = (key_node.line, key_node.column)
            result[key] = _to_python(value_node, child, source, depth + 1)
        for key_node, value_node in _merge_sources(node):
            key = _key(key_node, path, source)
            if key not in result:
                child = path + (key,)
                source.key_positions.setdefault(child, (key_node.line, key_node.column))
                result[key] = _to_python(value_node, child, source, depth + 1)
        return result
    if node.kind == "seq":
        return [_to_python(item, path + (index,), source, depth + 1) for index, item in enumerate(node.value)]
    if node.plain and node.value in _NULLS:
        return None
    if not node.plain:
        source.quoted.add(path)
    cleaned, removed = _XML_ILLEGAL.subn("", node.value)
    if removed:
        source.warnings.append(source.problem(
            path, f"had {removed} control character(s) that a Word document cannot hold; they were removed"))
    return cleaned


def _key(node: _Node, path: PathKey, source: Source) -> str:
    if node.kind != "scalar":
        raise RecordError([Problem(str(source.path), node.line, node.column, path,
                                   "has a key that is not plain text")])
    if node.plain and node.value == "":
        raise RecordError([Problem(str(source.path), node.line, node.column, path,
                                   "has a key with no name before its ':'")])
    return node.value


def _is_merge(key: _Node) -> bool:
    return key.kind == "scalar" and key.plain and key.value == "<<"


def _merged(node: _Node):
    for key_node, value_node in node.value:
        yield (None, None) if _is_merge(key_node) else (key_node, value_node)


def _merge_sources(node: _Node):
    """Keys brought in by YAML merge keys (<<: *defaults), in order."""
    for key_node, value_node in node.value:
        if not _is_merge(key_node):
            continue
        targets = value_node.value if value_node.kind == "seq" else [value_node]
        for target in targets:
            if target.kind == "map":
                yield from ((k, v) for k, v in target.value if not _is_merge(k))
                yield from _merge_sources(target)
