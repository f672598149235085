"""The cases folder: which files the app may touch, and reading and writing a record file safely.

Every path the app opens is resolved here and must stay inside the cases folder. A save is atomic
(written beside the file, then renamed over it), keeps the previous version for undo, and is refused
when the file changed on disk since the page was shown (edited by hand meanwhile).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Optional

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq  # noqa: F401
from ruamel.yaml.scalarstring import LiteralScalarString

CASE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,120}\.ya?ml$")
HISTORY = ".history"
KEPT_VERSIONS = 20


class OutsideFolder(Exception):
    """A name that does not designate a file inside the cases folder."""


class Conflict(Exception):
    """The file changed on disk since the page that is being saved was shown."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold a long line (a URL) that was written on one
    yaml.representer.add_representer(
        type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CasesFolder:
    def __init__(self, root: Path):
        self.root = Path(root).resolve()

    # ---- confinement -------------------------------------------------------------------------

    def inside(self, *parts: str) -> Path:
        """The path of `parts` under the folder; anything that would leave it raises OutsideFolder."""
        for part in parts:
            if not part or part in {".", ".."} or "/" in part or "\\" in part or "\x00" in part \
                    or os.path.isabs(part):
                raise OutsideFolder(part)
        candidate = self.root.joinpath(*parts)
        resolved = candidate.resolve()
        if resolved != self.root and self.root not in resolved.parents:
            raise OutsideFolder("/".join(parts))
        return resolved

    def case_path(self, name: str) -> Path:
        if not CASE_NAME.match(name or ""):
            raise OutsideFolder(name)
        return self.inside(name)

    def cases(self) -> list[str]:
        found = []
        for entry in sorted(self.root.iterdir()):
            if entry.is_file() and CASE_NAME.match(entry.name):
                try:
                    self.case_path(entry.name)
                except OutsideFolder:  # a link pointing out of the folder is not listed
                    continue
                found.append(entry.name)
        return found

    def new_case_name(self, reference: str) -> str:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-.") or "case"
        stem = stem[:60]
        name, count = f"{stem}.yaml", 1
        while (self.root / name).exists():
            count += 1
            name = f"{stem}-{count}.yaml"
        return name

    def drafts_dir(self, name: str) -> Path:
        return self.inside("drafts", Path(name).stem)

    def evidence_dir(self, name: str) -> Path:
        return self.inside("evidence", Path(name).stem)

    # ---- reading and writing -----------------------------------------------------------------

    def version(self, name: str) -> Optional[str]:
        path = self.case_path(name)
        return digest(path.read_bytes()) if path.exists() else None

    def load_document(self, name: str) -> tuple[Any, str]:
        """The file as an editable YAML document (comments kept), and its version."""
        raw = self.case_path(name).read_bytes()
        document = _yaml().load(raw.decode("utf-8-sig")) if raw.strip() else None
        if not isinstance(document, CommentedMap):
            document = CommentedMap()
        return document, digest(raw)

    def save(self, name: str, document: Any, expected: Optional[str]) -> str:
        """Write `document` atomically if the file is still at version `expected` (None: a new file).

        The version replaced is kept under .history/ for undo. Returns the new version.
        """
        path = self.case_path(name)
        data = dump(document).encode("utf-8")
        if not path.exists():
            if expected is not None:
                raise Conflict(name)
            write_atomic(path, data)
            return digest(data)
        from remedies.record.edit import _locked  # the lock `remedies evidence add` and the app take turns by

        with _locked(path):
            current = path.read_bytes()
            if digest(current) != expected:
                raise Conflict(name)
            self.keep(name, current)
            write_atomic(path, data)
        return digest(data)

    def keep(self, name: str, data: bytes) -> None:
        folder = self.inside(HISTORY, Path(name).stem)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        write_atomic(folder / f"{stamp}.yaml", data)
        for old in sorted(folder.glob("*.yaml"))[:-KEPT_VERSIONS]:
            old.unlink()

    def history(self, name: str) -> list[Path]:
        folder = self.root / HISTORY / Path(name).stem
        return sorted(folder.glob("*.yaml")) if folder.is_dir() else []

    def undo(self, name: str, expected: str) -> str:
        """Put back the version before the last save; the version undone is dropped from the history."""
        path = self.case_path(name)
        versions = self.history(name)
        if not versions:
            raise FileNotFoundError(name)
        from remedies.record.edit import _locked

        with _locked(path):
            if digest(path.read_bytes()) != expected:
                raise Conflict(name)
            previous = versions[-1].read_bytes()
            write_atomic(path, previous)
        versions[-1].unlink()
        return digest(previous)


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it: never a half-written file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def dump(document: Any) -> str:
    buffer = io.StringIO()
    _yaml().dump(document, buffer)
    return buffer.getvalue()


# ---- editing the document, keeping what is not changed --------------------------------------

def _scalar(value: Any) -> Any:
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value.replace("\r\n", "\n"))
    return value


def to_yaml(value: Any) -> Any:
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = to_yaml(item)
        return node
    if isinstance(value, list):
        node = CommentedSeq(to_yaml(item) for item in value)
        if value and all(not isinstance(item, (dict, list)) and len(str(item)) < 30 for item in value):
            node.fa.set_flow_style()
        return node
    return _scalar(value)


def same(old: Any, new: Any) -> bool:
    """Whether the file's value already says `new`, so it is left exactly as written."""
    if isinstance(new, bool) or isinstance(old, bool):
        return type(old) is type(new) and old == new
    if isinstance(old, (dict, list)) or isinstance(new, (dict, list)) or old is None:
        return False
    if isinstance(old, (dt.date, dt.datetime)):
        return old.isoformat() == str(new)
    return str(old) == str(new) and isinstance(old, str) == isinstance(new, str)


def model_order(path: tuple) -> list[str]:
    """The field names of the section at `path`, in the model's order (new keys are placed by it)."""
    from remedies.record.model import Record
    from remedies.record.validate import _model_of

    model: Any = Record
    for part in path:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part) if model else None
        model = _model_of(info.annotation) if info else None
        if model is None:
            return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _insert(node: CommentedMap, key: str, value: Any, order: list[str]) -> None:
    if key in node:
        node[key] = value
        return
    position = len(node)
    if key in order:
        rank = order.index(key)
        later = [index for index, existing in enumerate(node) if existing in order and order.index(existing) > rank]
        if later:
            position = later[0]
    node.insert(position, key, value)


def get_path(document: Any, path: tuple) -> Any:
    node = document
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                return None
        elif not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def set_path(document: CommentedMap, path: tuple, value: Any) -> None:
    """Set the value at `path`, creating the sections and list items on the way; an unchanged value
    is left as written (quotes, comments, folding)."""
    node = document
    for depth, part in enumerate(path[:-1]):
        following = path[depth + 1]
        if isinstance(part, int):
            while len(node) <= part:
                node.append(CommentedMap())
            if not isinstance(node[part], (CommentedMap, CommentedSeq)):
                node[part] = CommentedSeq() if isinstance(following, int) else CommentedMap()
            node = node[part]
            continue
        if not isinstance(node.get(part), (CommentedMap, CommentedSeq)):
            _insert(node, part, CommentedSeq() if isinstance(following, int) else CommentedMap(),
                    model_order(path[:depth]))
        node = node[part]
    last = path[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
        if not same(node[last], value):
            node[last] = to_yaml(value)
        return
    if last in node and (same(node[last], value) or _same_list(node[last], value)):
        return
    _insert(node, last, to_yaml(value), model_order(path[:-1]))


def _same_list(old: Any, new: Any) -> bool:
    return isinstance(old, list) and isinstance(new, list) and len(old) == len(new) and all(
        same(a, b) for a, b in zip(old, new))


def delete_path(document: CommentedMap, path: tuple) -> None:
    """Remove the value at `path`; sections left empty by it are removed too."""
    parents = []
    node = document
    for part in path[:-1]:
        parents.append((node, part))
        node = get_path(node, (part,))
        if node is None:
            return
    if isinstance(node, dict) and path[-1] in node:
        del node[path[-1]]
    while parents and isinstance(node, dict) and not node:
        parent, key = parents.pop()
        if isinstance(key, int):
            break
        del parent[key]
        node = parent


def truncate(document: CommentedMap, path: tuple, count: int) -> None:
    """Keep the first `count` items of the list at `path` (a removed group); none left: no key."""
    items = get_path(document, path)
    if isinstance(items, list):
        del items[count:]
        if not items:
            delete_path(document, path)
