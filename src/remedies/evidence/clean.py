"""Copies of evidence files for outsiders (press, partners): EXIF, GPS, XMP and document metadata removed,
with a report of what was removed. The originals are read, never changed."""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from remedies.evidence import custody
from remedies.evidence.add import resolve
from remedies.evidence.files import EvidenceError, digest, media_type
from remedies.record.validate import Loaded

_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/tiff": ".tif",
               "image/gif": ".gif", "image/bmp": ".bmp", "application/pdf": ".pdf", "application/json": ".json",
               "text/plain": ".txt"}
_EXIF_NAMES = {0x8825: "GPS position", 0x010F: "camera make", 0x0110: "camera model", 0x0131: "software",
               0x013B: "artist", 0x8298: "copyright", 0x9003: "capture time"}


@dataclass
class Cleaned:
    id: str
    target: Optional[Path]
    media_type: Optional[str]
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    sha256: Optional[str] = None  # of the copy
    skipped: Optional[str] = None  # why no copy was made


def clean_image(path: Path, kind: str) -> tuple[bytes, list[str]]:
    """The image's pixels only (turned upright as its EXIF orientation says), in the same format."""
    from PIL import Image, ImageOps

    removed = []
    with Image.open(path) as original:
        original.load()  # PNG keeps EXIF (eXIf) and text chunks anywhere in the file
        exif = original.getexif()
        if len(exif):
            named = [name for tag, name in _EXIF_NAMES.items() if tag in exif or tag in exif.get_ifd(0x8769)]
            gps = exif.get_ifd(0x8825)
            if gps:
                named = ["GPS position"] + [n for n in named if n != "GPS position"]
            total = len(exif) + len(exif.get_ifd(0x8769)) + len(gps)
            removed.append(f"EXIF ({total} tags" + (f", including {', '.join(named)}" if named else "") + ")")
        info = dict(original.info)
        if "xmp" in info or "XML:com.adobe.xmp" in info:
            removed.append("XMP")
        if "photoshop" in info or "iptc" in info:
            removed.append("IPTC/Photoshop data")
        if "comment" in info:
            removed.append("comment")
        texts = [k for k in getattr(original, "text", {}) or {} if k not in ("XML:com.adobe.xmp",)]
        if texts:
            removed.append("text fields (" + ", ".join(sorted(texts)) + ")")
        upright = ImageOps.exif_transpose(original)
        fmt = original.format or "PNG"
        if "icc_profile" in info:
            removed.append("ICC colour profile")
        # A new image holds the pixels and nothing else that was in the file.
        pixels = Image.new(upright.mode, upright.size)
        if upright.mode == "P" and upright.getpalette():
            pixels.putpalette(upright.getpalette())
        pixels.paste(upright)
    out = io.BytesIO()
    options = {"quality": 95} if fmt == "JPEG" else {}
    pixels.save(out, fmt, **options)
    return out.getvalue(), removed


def clean_pdf(path: Path) -> tuple[bytes, list[str]]:
    """The PDF without its document information, XMP metadata and per-page metadata."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(path)
    removed = []
    info = reader.metadata
    if info:
        keys = sorted(str(k).lstrip("/") for k in info.keys())
        if keys:
            removed.append("document information (" + ", ".join(keys) + ")")
    writer = PdfWriter(clone_from=reader)
    root = writer._root_object
    if "/Metadata" in root:
        del root[NameObject("/Metadata")]
        removed.append("XMP")
    pages_with = 0
    for page in writer.pages:
        for key in ("/Metadata", "/PieceInfo"):
            if key in page:
                del page[NameObject(key)]
                pages_with += 1
    if pages_with:
        removed.append(f"page metadata ({pages_with} entries)")
    writer.metadata = None
    if "/PieceInfo" in root:
        del root[NameObject("/PieceInfo")]
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    # Writing adds a /Producer entry of its own; the copy is written without a document-information entry.
    check = PdfReader(io.BytesIO(data))
    if check.metadata:
        writer2 = PdfWriter(clone_from=check)
        writer2._info = None  # type: ignore[attr-defined]
        out = io.BytesIO()
        writer2.write(out)
        data = out.getvalue()
    return data, removed


def clean_all(loaded: Loaded, record_path: Path, out: Path, *, force: bool, by: Optional[str]) -> list[Cleaned]:
    from remedies.rendering.output import check_folder, publish, refuse_overwrite

    record = loaded.record
    originals = {os.path.abspath(resolve(record_path, e.file).parent) for e in record.evidence if e.file}
    if os.path.abspath(out) in originals:
        raise EvidenceError(f"--out {out} is the evidence folder; choose another folder for the cleaned copies")
    check_folder(out)
    results: list[Cleaned] = []
    files: list[tuple[Path, bytes]] = []
    for item in record.evidence:
        if not item.file:
            continue
        source = resolve(record_path, item.file)
        if not source.is_file():
            results.append(Cleaned(item.id, None, None, skipped=f"the file is not found at {source}"))
            continue
        found = digest(source)
        if item.sha256 and found.sha256 != item.sha256.lower():
            raise EvidenceError(f"evidence {item.id} ({item.file}) has changed since it was recorded "
                                f"(recorded SHA-256 {item.sha256.lower()}, now {found.sha256}); run `remedies evidence verify`")
        kind = media_type(source)
        result = Cleaned(item.id, None, kind)
        try:
            if kind.startswith("image/") and kind in _EXTENSIONS:
                data, result.removed = clean_image(source, kind)
            elif kind == "application/pdf":
                data, result.removed = clean_pdf(source)
                result.kept.append("images inside the PDF are copied as they are")
            elif kind in ("application/json", "text/plain"):
                data = source.read_bytes()
                result.kept.append("the text itself, unchanged: read it for names and places before sharing")
            else:
                result.skipped = f"cleaning {kind} files is not supported, so no copy was made"
                results.append(result)
                continue
        except Exception as exc:  # a damaged file: no copy rather than a copy that may still carry metadata
            result.skipped = f"the file could not be read as {kind} ({type(exc).__name__}), so no copy was made"
            results.append(result)
            continue
        # Copies are named by the item's id: the original's name may identify the victim.
        result.target = out / f"{item.id}{_EXTENSIONS[kind]}"
        result.sha256 = hashlib.sha256(data).hexdigest()
        files.append((result.target, data))
        results.append(result)
    report = out / "cleaning-report.json"
    refuse_overwrite([target for target, _ in files] + [report], force)
    files.append((report, (json.dumps({"case": record.case.reference, "copies": [
        {"id": r.id, "copy": r.target.name if r.target else None, "media_type": r.media_type,
         "sha256_of_copy": r.sha256, "sha256_of_original": (record.exhibit(r.id).sha256 or "").lower() or None,
         "removed": r.removed, "kept": r.kept, "skipped": r.skipped} for r in results]},
        indent=2, ensure_ascii=False) + "\n").encode("utf-8")))
    publish(files, out, force=force)
    from remedies.evidence.bundle import _logged

    who = custody.actor(record, by)
    _logged(out, lambda: custody.log_many(record_path, {r.id: [custody.event(
        "exported", who, f"cleaned copy {r.target.name} (SHA-256 {r.sha256}) written to {out}; removed: "
        + ("; ".join(r.removed) or "no metadata found"))] for r in results if r.target}))
    return results
