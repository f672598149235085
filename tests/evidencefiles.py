"""Real evidence files made for tests: PNG, JPEG with EXIF (capture time and GPS), multi-page PDFs, JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

EXIF_IFD, GPS_IFD = 0x8769, 0x8825


def jpeg_with_exif(path: Path, when: str = "2026:09:14 22:05:00", offset: str = "+08:00", size=(640, 480),
                   colour=(180, 40, 40)) -> Path:
    from PIL import Image

    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model 7"  # Model
    sub = exif.get_ifd(EXIF_IFD)
    sub[0x9003] = when  # DateTimeOriginal
    if offset:
        sub[0x9011] = offset  # OffsetTimeOriginal
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2] = "N", (1.0, 17.0, 30.0)
    gps[3], gps[4] = "E", (103.0, 51.0, 0.0)
    image.save(path, "JPEG", exif=exif, quality=85)
    return path


def png(path: Path, size=(800, 1400), colour=(30, 90, 200), exif: bool = False) -> Path:
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    image = Image.new("RGB", size, colour)
    info = PngInfo()
    info.add_text("Software", "ScreenGrab 2.1")
    info.add_text("Author", "Jane Example")
    kwargs = {"pnginfo": info}
    if exif:
        data = Image.Exif()
        data[0x0131] = "ScreenGrab 2.1"  # Software (IFD0 must hold a tag for the sub-IFDs to be written)
        data.get_ifd(EXIF_IFD)[0x9003] = "2026:09:15 08:00:00"
        data.get_ifd(GPS_IFD)[1] = "N"
        kwargs["exif"] = data
    image.save(path, "PNG", **kwargs)
    return path


def pdf(path: Path, pages: int, title: str = "Call log", created: str = "D:20260915101500+08'00'") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    sheet.setTitle(title)
    sheet.setAuthor("Jane Example")
    for number in range(1, pages + 1):
        sheet.drawString(72, 700, f"{title}: page {number} of {pages}")
        sheet.showPage()
    sheet.save()
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.add_metadata({"/CreationDate": created, "/Author": "Jane Example", "/Title": title})
    with open(path, "wb") as stream:
        writer.write(stream)
    return path


def json_export(path: Path) -> Path:
    path.write_text(json.dumps({"messages": [{"from": "truth_patrol_sg", "text": "We know where you live",
                                              "sent": "2026-09-14T22:01:00+08:00"}]}, indent=2), encoding="utf-8")
    return path


def folder(root: Path) -> dict[str, Path]:
    """A folder of evidence as a helpline receives it."""
    root.mkdir(parents=True, exist_ok=True)
    return {
        "jpeg": jpeg_with_exif(root / "photo.jpg"),
        "png": png(root / "screenshot.png", exif=True),
        "pdf3": pdf(root / "call-log.pdf", 3),
        "pdf2": pdf(root / "police-report.pdf", 2, title="Police report"),
        "json": json_export(root / "chat-export.json"),
    }
