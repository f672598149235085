"""Read a .docx package within fixed limits, and the text hidden in its binary members.

Limits (refused with one sentence, exit status 2, before anything is inflated):
- at most MAX_EXPANDED bytes (128 MB) declared uncompressed, over all members and nested packages;
- at most MAX_XML_MEMBER bytes (4 MB) for one XML part and MAX_XML_TOTAL (8 MB) for all of them (a
  300-page document has about 2 MB; text is matched at a few seconds per MB), MAX_BINARY_MEMBER (32 MB)
  for another member;
- a member of more than 1 MB whose compression ratio is over MAX_RATIO (100:1) is a zip bomb;
- at most MAX_MEMBERS members and MAX_DEPTH levels of packages inside packages;
- an XML part that declares a DOCTYPE or entities (an XML bomb: Word never writes one).
Members are read in chunks and stopped as soon as they exceed what their header declared.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

MB = 2**20
MAX_EXPANDED = 128 * MB
MAX_XML_MEMBER = 4 * MB
MAX_XML_TOTAL = 8 * MB
MAX_BINARY_MEMBER = 32 * MB
MAX_RATIO = 100
MAX_MEMBERS = 10_000
MAX_DEPTH = 8
MAX_TRAILING = 16 * MB
_CHUNK = MB
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
XML_SUFFIXES = (".xml", ".rels", ".vml")


class PackageRefused(Exception):
    """The package is beyond the limits above (or is not a zip package): one sentence says why."""


@dataclass
class Budget:
    expanded: int = 0
    members: int = 0
    xml: int = 0


def is_zip(head: bytes) -> bool:
    return head[:4] in _ZIP_SIGNATURES


def entries(handle: BinaryIO, name: str, budget: Budget, depth: int = 0) -> Iterator[tuple[str, bytes]]:
    """(member name, content) of every member, checked against the limits before it is inflated; then the
    zip comment ('(zip comment)') and any bytes after the end of the archive ('(after the archive)')."""
    if depth > MAX_DEPTH:
        raise PackageRefused(f"{name}: packages are nested more than {MAX_DEPTH} deep; refused")
    with zipfile.ZipFile(handle) as package:
        infos = [info for info in package.infolist() if not info.is_dir()]
        budget.members += len(infos)
        if budget.members > MAX_MEMBERS:
            raise PackageRefused(f"{name}: has more than {MAX_MEMBERS} members; refused")
        for info in infos:
            _check(info, name, budget)
        for info in infos:
            yield info.filename, _read(package, info, name)
        if package.comment:
            yield "(zip comment)", package.comment
    trailing = _after_archive(handle)
    if trailing:
        yield "(after the archive)", trailing


def check_file(path, name: str) -> None:
    """The signature and the declared sizes of a package on disk, before anything else is done with it."""
    with open(path, "rb") as handle:
        if not is_zip(handle.read(4)):
            raise PackageRefused(f"{name}: is not a Word .docx file (it is not a zip package)")
        handle.seek(0)
        try:
            with zipfile.ZipFile(handle) as package:
                budget = Budget()
                infos = [info for info in package.infolist() if not info.is_dir()]
                if len(infos) > MAX_MEMBERS:
                    raise PackageRefused(f"{name}: has more than {MAX_MEMBERS} members; refused")
                for info in infos:
                    _check(info, name, budget)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
            raise PackageRefused(f"{name}: is not a Word .docx file (it is not a readable zip package)") from None


def _check(info: zipfile.ZipInfo, name: str, budget: Budget) -> None:
    budget.expanded += info.file_size
    if budget.expanded > MAX_EXPANDED:
        raise PackageRefused(f"{name}: its members would expand to more than {MAX_EXPANDED // MB} MB; refused "
                             "before inflating (a real .docx is far smaller)")
    is_xml = info.filename.lower().endswith(XML_SUFFIXES)
    limit = MAX_XML_MEMBER if is_xml else MAX_BINARY_MEMBER
    if is_xml:
        budget.xml += info.file_size
        if budget.xml > MAX_XML_TOTAL:
            raise PackageRefused(f"{name}: its XML parts would expand to more than {MAX_XML_TOTAL // MB} MB; "
                                 "refused before inflating")
    if info.file_size > limit:
        raise PackageRefused(f"{name}: member {info.filename} would expand to {info.file_size // MB} MB, more "
                             f"than the {limit // MB} MB limit; refused before inflating")
    if info.file_size > MB and info.file_size > MAX_RATIO * max(1, info.compress_size):
        raise PackageRefused(f"{name}: member {info.filename} is compressed more than {MAX_RATIO}:1 (a zip "
                             "bomb); refused before inflating")


def _read(package: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The member's bytes, read in chunks and stopped past what its header declared."""
    chunks, total = [], 0
    with package.open(info) as member:
        while True:
            chunk = member.read(_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > info.file_size:
                raise PackageRefused(f"{name}: member {info.filename} holds more than its declared size; refused")
            chunks.append(chunk)
    return b"".join(chunks)


def _after_archive(handle: BinaryIO) -> bytes:
    """Bytes appended after the end-of-central-directory record (and its comment)."""
    handle.seek(0, io.SEEK_END)
    size = handle.tell()
    window = min(size, 65_557 + 22)
    handle.seek(size - window)
    tail = handle.read(window)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return b""
    comment_length = struct.unpack("<H", tail[at + 20:at + 22])[0]
    end = size - window + at + 22 + comment_length
    if end >= size:
        return b""
    handle.seek(end)
    return handle.read(min(size - end, MAX_TRAILING))


def check_xml(content: bytes, part: str, name: str) -> None:
    head = content[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in content[:65536]:
        raise PackageRefused(f"{name}: {part} declares a DOCTYPE or entities (an XML bomb, never written by "
                             "Word); refused")


# ---- text hidden in binary members -------------------------------------------------------------------

_UTF16_ASCII = re.compile(rb"(?:[\x20-\x7e]\x00){4,}")
_XP_TAGS = {0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords", 0x9C9F: "XPSubject"}


def binary_texts(data: bytes) -> list[tuple[str, str]]:
    """(where, text) of a binary member: PNG text chunks (tEXt, zTXt, iTXt, XMP), EXIF tags including
    the UTF-16 XP tags, XMP packets, and readable UTF-8 and UTF-16 runs anywhere."""
    found: list[tuple[str, str]] = []
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        found += _png_texts(data)
    found += _exif_texts(data)
    for match in re.finditer(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S):
        found.append(("XMP metadata", match.group().decode("utf-8", "ignore")))
    found.append(("embedded data", _printable_runs(data.decode("utf-8", "ignore"))))
    runs = [m.group().decode("utf-16-le", "ignore") for m in _UTF16_ASCII.finditer(data)]
    if runs:
        found.append(("embedded data (UTF-16)", "\n".join(runs)))
    return found


def _printable_runs(decoded: str) -> str:
    return "\n".join(run for run in re.findall(r"[^\x00-\x1f\x7f-\x9f\ufffd]{6,}", decoded) if run.strip())


def _inflate(data: bytes) -> bytes:
    """zlib data inflated to at most MAX_BINARY_MEMBER bytes (a compressed text chunk can be a bomb too)."""
    try:
        return zlib.decompressobj().decompress(data, MAX_BINARY_MEMBER)
    except zlib.error:
        return b""


def _png_texts(data: bytes) -> list[tuple[str, str]]:
    found, at = [], 8
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        at += 12 + length
        if kind == b"tEXt":
            found.append(("PNG tEXt", body.replace(b"\x00", b"\n").decode("latin-1")))
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\x00")
            found.append(("PNG zTXt", key.decode("latin-1") + "\n" + _inflate(rest[1:]).decode("latin-1")))
        elif kind == b"iTXt":
            key, _, rest = body.partition(b"\x00")
            compressed, rest = rest[:1] == b"\x01", rest[2:]
            language, _, rest = rest.partition(b"\x00")
            translated, _, text = rest.partition(b"\x00")
            text = _inflate(text) if compressed else text
            found.append(("PNG iTXt", "\n".join(p.decode("utf-8", "ignore") for p in (key, translated, text))))
        elif kind == b"IEND":
            break
    return found


def _exif_texts(data: bytes) -> list[tuple[str, str]]:
    """Text tags of the first IFD of each EXIF block (JPEG APP1 'Exif', or a bare TIFF), XP tags as UTF-16."""
    found = []
    for match in re.finditer(rb"Exif\x00\x00", data):
        tiff = data[match.end():match.end() + 2 * MB]
        found += _ifd_texts(tiff)
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        found += _ifd_texts(data)
    return found


def _ifd_texts(tiff: bytes) -> list[tuple[str, str]]:
    if tiff[:2] not in (b"II", b"MM") or len(tiff) < 8:
        return []
    order = "<" if tiff[:2] == b"II" else ">"
    found = []
    try:
        offset = struct.unpack(order + "I", tiff[4:8])[0]
        count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
        for index in range(min(count, 512)):
            entry = tiff[offset + 2 + 12 * index: offset + 14 + 12 * index]
            tag, kind, number = struct.unpack(order + "HHI", entry[:8])
            size = number * {1: 1, 2: 1, 7: 1}.get(kind, 0)
            if not size:
                continue
            value = entry[8:8 + size] if size <= 4 else tiff[struct.unpack(order + "I", entry[8:12])[0]:][:size]
            if tag in _XP_TAGS:
                found.append((f"EXIF {_XP_TAGS[tag]}", value.decode("utf-16-le", "ignore").rstrip("\x00")))
            elif kind == 2:
                found.append(("EXIF", value.decode("utf-8", "ignore").rstrip("\x00")))
    except struct.error:
        pass
    return found
