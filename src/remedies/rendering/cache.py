"""Compiled templates kept on disk between runs, in the user's own cache folder.

An entry holds what compiling a (template, locale) produces: the Jinja code of each templated part and
the package members that never change, already compressed. Its name is a digest of everything the result
depends on: the template's bytes, the locale's catalogs and layout conventions, and the versions of the
engine (its source files), Jinja, docxtpl and Python. An entry that is missing, unreadable, truncated,
corrupted or from another version is ignored and compiled anew; entries are written to a temporary file
and renamed into place, so a reader never sees half of one. The folder is the user's (created 0700); one
that belongs to someone else or that others may write to is never read.

REMEDIES_CACHE_DIR chooses another folder; REMEDIES_NO_CACHE=1 turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import struct
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, TypeVar

T = TypeVar("T")

FORMAT = b"remedies-compiled-template 1\n"
MAX_ENTRIES = 256  # older entries are removed beyond this (each is some tens of kilobytes)
_HERE = Path(__file__).resolve().parent
# The engine's own sources: a change to any of them (a new release, an edited checkout) is a new key.
_ENGINE_FILES = ("engine.py", "environment.py", "scripts.py", "cache.py")


def folder() -> Optional[Path]:
    """The cache folder, or None when the cache is off."""
    if os.environ.get("REMEDIES_NO_CACHE", "").strip() not in ("", "0"):
        return None
    chosen = os.environ.get("REMEDIES_CACHE_DIR")
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("remedies", appauthor=False)) / "templates"


@lru_cache(maxsize=None)
def _engine_digest() -> bytes:
    import importlib.util

    import jinja2

    digest = hashlib.sha256(FORMAT)
    digest.update(importlib.util.MAGIC_NUMBER)  # marshal's format follows the Python version
    digest.update(sys.version.encode())
    digest.update(jinja2.__version__.encode())
    from remedies import __version__

    digest.update(__version__.encode())
    for name in _ENGINE_FILES:
        digest.update((_HERE / name).read_bytes())
    spec = importlib.util.find_spec("docxtpl")  # docxtpl's tag healing runs at compile time
    if spec and spec.origin:
        for path in sorted(Path(spec.origin).parent.glob("*.py")):
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.digest()


def key(template: bytes, locale: str, layout, catalogs: list[Path]) -> str:
    digest = hashlib.sha256(_engine_digest())
    digest.update(hashlib.sha256(template).digest())
    digest.update(locale.encode() + b"\0" + repr(layout).encode() + b"\0")
    for po in catalogs:
        try:
            digest.update(hashlib.sha256(po.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def _usable(place: Path, create: bool) -> bool:
    """The folder exists (or is made, 0700), is a folder, is this user's, and no one else may write to it."""
    try:
        if create:
            place.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = place.lstat()
    except OSError:
        return False
    import stat

    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return False
    return True


def _read(name: str, suffix: str) -> Optional[bytes]:
    """The entry's bytes, or None if the cache is off, unusable or has no such entry."""
    place = folder()
    if place is None or not _usable(place, create=False):
        return None
    try:
        return (place / f"{name}{suffix}").read_bytes()
    except OSError:
        return None


def _write(name: str, suffix: str, data: bytes) -> None:
    """Write an entry whole (a temporary file renamed into place); any failure (read-only disk, full
    disk) only means no cache."""
    place = folder()
    if place is None or not _usable(place, create=True):
        return
    try:
        handle, temporary = tempfile.mkstemp(dir=place, prefix=".tmp-", suffix=suffix)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, place / f"{name}{suffix}")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(place, f"*{suffix}")
    except Exception:
        return


def load(name: str) -> Optional[tuple[dict[str, object], bytes]]:
    """The stored (code of each part, compressed prefix) for `name`, or None if there is no good entry."""
    data = _read(name, ".bin")
    if data is None:
        return None
    try:
        return _decode(data, name)
    except Exception:  # anything wrong with the entry: compile anew (and overwrite it)
        return None


def store(name: str, codes: dict[str, object], prefix: bytes) -> None:
    """Keep a compiled template."""
    try:
        data = _encode(name, codes, prefix)
    except Exception:
        return
    _write(name, ".bin", data)


BLOB_FORMAT = b"remedies-cached-bytes 1\n"


def load_bytes(name: str) -> Optional[bytes]:
    """Bytes kept by `store_bytes` (plain data such as a compiled catalog, never code), or None if there
    is no entry or it is damaged (checked against its own digest)."""
    data = _read(name, ".dat")
    head = BLOB_FORMAT + name.encode() + b"\n"
    if data is None or not data.startswith(head):
        return None
    checksum, body = data[len(head):len(head) + 32], data[len(head) + 32:]
    return body if hashlib.sha256(body).digest() == checksum else None


def store_bytes(name: str, body: bytes) -> None:
    _write(name, ".dat", BLOB_FORMAT + name.encode() + b"\n" + hashlib.sha256(body).digest() + body)


def load_json(name: str):
    """A JSON entry kept by `store_json` (plain data, never code), or None."""
    import json

    data = _read(name, ".json")
    if data is None:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except ValueError:  # UnicodeDecodeError included
        return None


def store_json(name: str, value) -> None:
    import json

    try:
        data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError):
        return
    _write(name, ".json", data)


def remembered(kind: str, key: bytes, make: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """`make()`, kept as a JSON entry named after `kind` and a digest of `key` (what the value is derived
    from: a file's bytes, library versions); an entry `valid` refuses is made and stored anew."""
    name = f"{kind}-" + hashlib.sha256(key).hexdigest()[:32]
    stored = load_json(name)
    if stored is not None and valid(stored):
        return stored
    value = make()
    store_json(name, value)
    return value


def strings(value: object) -> bool:
    """A list of strings (for `remembered`)."""
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _encode(name: str, codes: dict[str, object], prefix: bytes) -> bytes:
    body = bytearray()
    items = [(part.encode(), marshal.dumps(code)) for part, code in codes.items()]
    body += struct.pack("<I", len(items))
    for part, code in items:
        body += struct.pack("<II", len(part), len(code)) + part + code
    body += struct.pack("<Q", len(prefix)) + prefix
    return FORMAT + name.encode() + b"\n" + hashlib.sha256(bytes(body)).digest() + bytes(body)


def _decode(data: bytes, name: str) -> tuple[dict[str, object], bytes]:
    head = FORMAT + name.encode() + b"\n"
    if not data.startswith(head):
        raise ValueError("another format or another key")
    checksum, body = data[len(head):len(head) + 32], memoryview(data)[len(head) + 32:]
    if hashlib.sha256(body).digest() != checksum:  # checked before marshal ever reads the code
        raise ValueError("corrupted")
    (count,), offset = struct.unpack_from("<I", body, 0), 4
    codes: dict[str, object] = {}
    for _ in range(count):
        part_length, code_length = struct.unpack_from("<II", body, offset)
        offset += 8
        part = bytes(body[offset:offset + part_length]).decode()
        offset += part_length
        codes[part] = marshal.loads(body[offset:offset + code_length])
        offset += code_length
    (prefix_length,) = struct.unpack_from("<Q", body, offset)
    offset += 8
    prefix = bytes(body[offset:offset + prefix_length])
    if len(prefix) != prefix_length or offset + prefix_length != len(body):
        raise ValueError("truncated")
    return codes, prefix


def _prune(place: Path, pattern: str = "*.bin") -> None:
    entries = [p for p in place.glob(pattern) if not p.name.startswith(".")]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns)
    for old in entries[:len(entries) - MAX_ENTRIES]:
        old.unlink(missing_ok=True)
