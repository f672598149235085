"""What an evidence file is, read without changing it: SHA-256 and size (streamed), media type from its
content, and the capture time its own metadata gives (EXIF for photos, the creation date for PDFs)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

CHUNK = 1024 * 1024
JSON_PARSE_LIMIT = 64 * 1024 * 1024  # larger text files are not parsed to tell JSON from text


class EvidenceError(Exception):
    """A problem with an evidence file or with what was asked: one sentence, exit status 2."""

    exit_code = 2


@dataclass(frozen=True)
class Digest:
    sha256: str
    size: int


@dataclass(frozen=True)
class Capture:
    at: Optional[dt.datetime]  # aware, or None when the metadata gives no UTC offset
    source: str  # "EXIF DateTimeOriginal", "PDF CreationDate"
    text: str  # the value as the metadata holds it


def digest(path: Path) -> Digest:
    """SHA-256 and size of a file, read in 1 MiB pieces (a video of several GB never sits in memory)."""
    hasher = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as stream:
            while True:
                piece = stream.read(CHUNK)
                if not piece:
                    break
                hasher.update(piece)
                size += len(piece)
    except FileNotFoundError:
        raise EvidenceError(f"{path}: does not exist") from None
    except IsADirectoryError:
        raise EvidenceError(f"{path}: is a folder; name the files in it") from None
    except PermissionError:
        raise EvidenceError(f"{path}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return Digest(hasher.hexdigest(), size)


def media_type(path: Path) -> str:
    """The media type from the file's first bytes (its signature), never from its name.

    Binary formats are recognised by `filetype`; what it does not know is JSON if it parses as JSON, plain
    text if it is UTF-8 text, and application/octet-stream otherwise.
    """
    import filetype

    with open(path, "rb") as stream:
        head = stream.read(8192)
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if not head:
        return "application/octet-stream"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not a character cut at the end of the sample
            return "application/octet-stream"
    if b"\x00" in head:
        return "application/octet-stream"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") and path.stat().st_size <= JSON_PARSE_LIMIT:
        try:
            with open(path, encoding="utf-8-sig") as stream:
                json.load(stream)
            return "application/json"
        except (ValueError, UnicodeDecodeError):
            pass
    return "text/plain"


# EXIF tags (EXIF 2.32, CIPA DC-008): in the Exif IFD, DateTimeOriginal 0x9003 and OffsetTimeOriginal
# 0x9011; in IFD0, DateTime 0x0132 with OffsetTime 0x9010.
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL, _OFFSET_ORIGINAL = 0x9003, 0x9011
_DATETIME, _OFFSET = 0x0132, 0x9010


def capture_time(path: Path, kind: str) -> Optional[Capture]:
    """The capture or creation time the file's own metadata records, if any (never raises on a bad file)."""
    try:
        if kind.startswith("image/"):
            return _image_time(path)
        if kind == "application/pdf":
            return _pdf_time(path)
    except Exception:  # unreadable metadata is no capture time, not a failure of the whole command
        return None
    return None


def _image_time(path: Path) -> Optional[Capture]:
    from PIL import Image

    with Image.open(path) as image:
        exif = image.getexif()
    sub = exif.get_ifd(_EXIF_IFD)
    for source, value, offset in (("EXIF DateTimeOriginal", sub.get(_DATETIME_ORIGINAL), sub.get(_OFFSET_ORIGINAL)),
                                  ("EXIF DateTime", exif.get(_DATETIME), sub.get(_OFFSET))):
        if not value:
            continue
        text = str(value).strip("\x00 ")
        try:
            moment = dt.datetime.strptime(text, "%Y:%m:%d %H:%M:%S")
        except ValueError:
            continue
        shown = text
        if offset:
            offset = str(offset).strip("\x00 ")
            shown = f"{text} {offset}"
            try:
                moment = moment.replace(tzinfo=dt.datetime.strptime(offset, "%z").tzinfo)
            except ValueError:
                moment = None
        else:
            moment = None
        return Capture(moment, source, shown)
    return None


def _pdf_time(path: Path) -> Optional[Capture]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    info = reader.metadata
    if not info:
        return None
    raw = info.get("/CreationDate")
    if not raw:
        return None
    try:
        moment = info.creation_date
    except Exception:
        return None
    if moment is None:
        return None
    text = str(raw)
    # "D:20260914220500" with no offset is local time of an unknown zone; "Z" or "+08'00'" is known.
    has_offset = moment.tzinfo is not None and any(mark in text[16:] for mark in ("Z", "+", "-"))
    return Capture(moment if has_offset else None, "PDF CreationDate", text)


def parse_time(text: str, what: str) -> dt.datetime:
    """A time given on the command line or by the web app: ISO 8601 with a UTC offset."""
    if isinstance(text, dt.datetime):
        moment = text
    else:
        try:
            moment = dt.datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
        except ValueError:
            raise EvidenceError(f"{what} {str(text)!r} is not a time such as 2026-09-14T22:05:00+08:00") from None
    if moment.tzinfo is None:
        raise EvidenceError(f"{what} {str(text)!r} must include a UTC offset, for example 2026-09-14T22:05:00+08:00")
    return moment
