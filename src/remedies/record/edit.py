"""Change a record file in place, keeping its comments, key order, quoting and layout.

A record is written by a person and carries their comments (`# the date every document carries`), their
order of sections and their quoting. Loading it as plain data and dumping it again would lose all of that,
so YAML records are edited with ruamel.yaml's round-trip mode, which keeps comments, order and the style of
each scalar; JSON records keep their key order and indentation. Every change is written to a temporary file
beside the record, checked to be a valid record, and only then moved over it (`os.replace`), so a crash or
a bad change never leaves a half-written or invalid record. Two programs editing one record (the command
line and the web app) take turns through a lock on the file.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from remedies.record.problems import Problem, RecordError

try:  # POSIX; elsewhere edits are not locked (one user at a time)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class EditError(RecordError):
    """A record that cannot be changed safely; carries one positioned problem."""


def _fail(path: Path, message: str) -> EditError:
    return EditError([Problem(str(path), 1, 1, (), message)])


@dataclass
class Document:
    """A record file's contents as editable data (ruamel's commented mappings for YAML, dicts for JSON)."""

    path: Path
    data: Any
    kind: str  # "yaml" or "json"
    text: str
    _style: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str, empty: Any) -> Any:
        """The section `name`, created at the end of the record (as `empty`) when it is not there."""
        if self.data.get(name) is None or isinstance(self.data.get(name), Null):
            self.data[name] = empty
        return self.data[name]

    def dumps(self) -> str:
        if self.kind == "json":
            text = json.dumps(self.data, ensure_ascii=False, indent=self._style.get("indent", 2))
            return text + ("\n" if self.text.endswith("\n") or not self.text else "")
        stream = io.StringIO()
        _yaml(self._style).dump(self.data, stream)
        text = stream.getvalue()
        if self._style.get("bom"):
            text = "\ufeff" + text
        return text


def is_json(path: Path, text: str) -> bool:
    return path.suffix.lower() == ".json" or text.lstrip("\ufeff \t\r\n").startswith("{")


class Null:
    """A null as written in the file (`null`, `~` or nothing), so it is written back the same way."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __bool__(self) -> bool:
        return False

    def __eq__(self, other: object) -> bool:
        return other is None or isinstance(other, Null)

    def __hash__(self) -> int:
        return hash(None)


class Stamp(str):
    """A time written unquoted in ISO 8601 form, as people write them: 2026-09-14T22:05:00+08:00."""


def _yaml(style: dict[str, Any]):
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.representer import RoundTripRepresenter

    class Constructor(RoundTripConstructor):
        def construct_yaml_null(self, node):
            return Null(node.value)

    class Representer(RoundTripRepresenter):
        def represent_kept_null(self, data: Null):
            return self.represent_scalar("tag:yaml.org,2002:null", data.text)

        def represent_stamp(self, data: Stamp):
            return self.represent_scalar("tag:yaml.org,2002:timestamp", str(data))

    Representer.add_representer(Stamp, Representer.represent_stamp)
    Constructor.add_constructor("tag:yaml.org,2002:null", Constructor.construct_yaml_null)
    Representer.add_representer(Null, Representer.represent_kept_null)
    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    yaml.Representer = Representer
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line the person wrote on one line
    yaml.allow_unicode = True
    mapping = style.get("mapping", 2)
    offset = style.get("offset", 0)
    yaml.indent(mapping=mapping, sequence=max(mapping, offset + 2), offset=offset)
    if style.get("explicit_start"):
        yaml.explicit_start = True
    return yaml


def _guess_style(text: str) -> dict[str, Any]:
    """Indentation of mappings and of `- ` items under a key, as the person wrote them."""
    lines = text.splitlines()
    mapping, offset = None, None
    for index, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if mapping is None and indent > 0 and not stripped.startswith("- "):
            mapping = indent
        if offset is None and stripped.startswith("- ") and index:
            parent = next((lines[j] for j in range(index - 1, -1, -1)
                           if lines[j].strip() and not lines[j].lstrip().startswith("#")), "")
            if parent.rstrip().endswith(":"):
                offset = indent - (len(parent) - len(parent.lstrip(" ")))
        if mapping is not None and offset is not None:
            break
    return {"mapping": mapping or 2, "offset": offset if offset is not None else 0,
            "explicit_start": bool(re.match(r"(?:\s*#.*\n)*---\s*$", text, re.M) and
                                   re.search(r"^---\s*$", text, re.M)),
            "bom": text.startswith("\ufeff")}


def parse(path: Union[str, Path]) -> Document:
    """Read `path` for editing. The record must be one that `remedies check` accepts."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "does not exist") from None
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(path, "is not UTF-8 text; save it as UTF-8") from None
    if is_json(path, text):
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except ValueError as exc:
            raise _fail(path, f"is not valid JSON ({exc})") from None
        return Document(path, data, "json", text, {"indent": _json_indent(text)})
    style = _guess_style(text)
    try:
        data = _yaml(style).load(text.lstrip("\ufeff"))
    except Exception as exc:  # ruamel's errors and its own value constructors (dates, numbers)
        raise _fail(path, f"cannot be edited safely ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__});"
                          " fix it (see `remedies check`) and try again") from None
    if not isinstance(data, dict):
        raise _fail(path, "must be a mapping of sections (record_version:, case:, ...)")
    return Document(path, data, "yaml", text, style)


def _json_indent(text: str) -> Union[int, str, None]:
    match = re.search(r"^\{\s*\n([ \t]+)\"", text.lstrip("\ufeff"))
    if not match:
        return None if "\n" not in text.strip() else 2
    indent = match.group(1)
    return indent if "\t" in indent else len(indent)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and `os.replace`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the record file itself, re-taken if another edit replaced it meanwhile."""
    if fcntl is None:
        yield
        return
    while True:
        try:
            stream = open(path, "rb")
        except FileNotFoundError:
            raise _fail(path, "does not exist") from None
        except OSError as exc:
            raise _fail(path, f"cannot be read ({exc.strerror or exc})") from None
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
        try:
            same = os.fstat(stream.fileno()).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        stream.close()
    try:
        yield
    finally:
        stream.close()


def _validate(document: Document, text: str) -> None:
    """The changed record must still be valid: checked on a temporary copy before it replaces the record."""
    from remedies.record.validate import load
    from remedies.rendering.resources import available_locales

    folder = document.path.parent if str(document.path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{document.path.name}.check.", suffix=document.path.suffix,
                                         dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        try:
            load(temporary, available_locales())
        except RecordError as exc:  # name the record, not the temporary copy
            raise RecordError([Problem(str(document.path), p.line, p.column, p.path,
                                       "after the change: " + p.message) for p in exc.problems]) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


@contextlib.contextmanager
def editing(path: Union[str, Path], *, validate: bool = True) -> Iterator[Document]:
    """Edit a record in place: `with editing(p) as doc: doc.data[...] = ...`; written when the block ends.

    Nothing is written if the block raises or if the changed record would not be valid.
    """
    path = Path(path)
    with _locked(path):
        document = parse(path)
        yield document
        text = document.dumps()
        if text == document.text:
            return
        try:
            if validate:
                _validate(document, text)
            write_atomic(path, text)
        except OSError as exc:  # a read-only folder, a full disk: the record is left as it was
            raise _fail(path, f"cannot be changed ({exc.strerror or exc}); it was left as it was") from None


def plain(value: Any) -> Any:
    """Plain Python data (dicts, lists, strings) from ruamel's commented containers."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Null):
        return None
    return value
