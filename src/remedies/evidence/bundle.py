"""The exhibit bundle: one PDF with a cover, an index of exhibits by their marks, a separator sheet per
exhibit (with the commissioner's certificate where the jurisdiction has one), the exhibits themselves, and
an annex of hashes, capture details and custody; page numbers run through the whole bundle.

reportlab draws the bundle's own pages (cover, index, separators, text exhibits, annex) and the page
numbers; pypdf assembles them with the exhibits' own PDF pages, which are copied as they are.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from remedies.evidence import custody
from remedies.evidence.add import resolve
from remedies.evidence.files import EvidenceError, digest, media_type
from remedies.evidence.fonts import fonts
from remedies.knowledge import exhibits as exhibit_marks
from remedies.record.model import Evidence, Record
from remedies.record.validate import Loaded

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
MARGIN = 20 * MM
TOP = 25 * MM  # room for the page number above the text
TEXT_LINES_LIMIT = 20_000  # a text exhibit longer than this is shown in part, and the page says so
POSITIONS = ("top_center", "top_right")


@dataclass
class Exhibit:
    item: Evidence
    mark: str
    kind: Optional[str]  # media type, None when no file is recorded
    sha256: Optional[str]
    size: Optional[int]
    separator: list = field(default_factory=list)  # pypdf pages
    pages: list = field(default_factory=list)
    how: str = ""  # how the exhibit is shown: "image", "PDF, as it is", "text", "listed with its hash"
    first: int = 0  # bundle page numbers (from 1): the separator sheet, then the exhibit's last page
    last: int = 0


@dataclass
class Bundle:
    data: bytes
    exhibits: list[Exhibit]
    page_count: int
    index_pages: tuple[int, int]
    annex_first: int
    warnings: list[str]


def page_number_position(record: Record) -> str:
    """Where page numbers go: the jurisdiction profile's `exhibits.page_numbers`, else the top centre."""
    rules = (exhibit_marks.profile(record) or {}).get("exhibits") or {}
    position = rules.get("page_numbers", "top_center")
    return position if position in POSITIONS else "top_center"


# ---- reportlab pages ------------------------------------------------------------------------------------


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    f = fonts()
    body = ParagraphStyle("body", fontName=f.base, fontSize=10.5, leading=14, spaceAfter=6)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=20, leading=26, alignment=1,
                                spaceAfter=14),
        "heading": ParagraphStyle("heading", parent=body, fontName=f.bold, fontSize=14, leading=18, spaceAfter=10),
        "centre": ParagraphStyle("centre", parent=body, alignment=1),
        "mark": ParagraphStyle("mark", parent=body, fontName=f.bold, fontSize=40, leading=48, alignment=1,
                               spaceAfter=24),
        "mono": ParagraphStyle("mono", parent=body, fontName=f.mono, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=f.bold, fontSize=8.5, leading=10.5,
                                   spaceAfter=0),
    }


# Scripts whose letters change form or order with their neighbours (Arabic, Indic, Thai, Myanmar, Khmer):
# their paragraphs are shaped (uharfbuzz), which joins Arabic letters and lays an Arabic run right to left.
# Other text is not shaped, nor a paragraph that also holds ideographs: reportlab shapes a word with the
# font of its first letter, and ideographs inside such a word would be lost (unjoined Arabic loses nothing).
_SHAPED = ((0x0590, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF),
           (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_SHAPED_STYLES: dict[str, Any] = {}


def _needs_shaping(text: str) -> bool:
    from remedies.evidence.fonts import _is_cjk

    wide = [ord(c) for c in text if ord(c) >= 0x0590]
    return (any(low <= code <= high for code in wide for low, high in _SHAPED)
            and not any(_is_cjk(code) for code in wide))


def _p(text: Any, style, preferred: Optional[str] = None):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    text = "" if text is None else str(text)
    if fonts().shaping and _needs_shaping(text):
        if style.name not in _SHAPED_STYLES:
            _SHAPED_STYLES[style.name] = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        style = _SHAPED_STYLES[style.name]
    return Paragraph(fonts().markup(text, preferred or style.fontName), style)


def _binary_streams() -> None:
    """Images and fonts as binary streams: reportlab's default ASCII85 text form is larger and slower."""
    from reportlab import rl_config

    rl_config.useA85 = 0


def _render(flowables: list) -> list:
    """Flowables on A4 pages, returned as pypdf pages."""
    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                                 bottomMargin=MARGIN, title="", author="", creator="", producer="")
    document.build(flowables or [_p("", _styles()["body"])])
    return list(PdfReader(io.BytesIO(buffer.getvalue())).pages)


def _render_groups(groups: list[list]) -> list[list]:
    """Several runs of flowables in one reportlab document (fonts embedded once), each from a new page;
    returns each run's pages."""
    from pypdf import PdfReader
    from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

    starts: list[int] = []

    class Start(Flowable):  # records the page a run starts on
        def wrap(self, *_):
            return 0, 0

        def draw(self):
            starts.append(self.canv.getPageNumber())

    flowables: list = []
    for number, group in enumerate(groups):
        if number:
            flowables.append(PageBreak())
        flowables.append(Start())
        flowables.extend(group)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                                 bottomMargin=MARGIN, title="", author="", creator="", producer="")
    document.build(flowables)
    pages = list(PdfReader(io.BytesIO(buffer.getvalue())).pages)
    bounds = starts + [len(pages) + 1]
    return [pages[bounds[n] - 1:bounds[n + 1] - 1] for n in range(len(groups))]


def _table(rows: list[list], widths: list[float], header: bool = True):
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    table = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)) if header else ("GRID", (0, 0), (0, 0), 0, colors.white),
    ]))
    return table


TALL = 2.0  # an image more than twice as tall, for its width, as the page is printed in parts


def _image_page(path: Path) -> list:
    """The image upright on A4 (landscape for a wide image), as large as fits, never stretched; a long
    scrolling screenshot in parts across pages at the page's width, each part marked "part n of N"."""
    from pypdf import PdfReader
    from PIL import Image, ImageOps
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    with Image.open(path) as image:
        orientation = image.getexif().get(0x0112, 1)
        width, height = image.size
        if orientation in (5, 6, 7, 8):
            width, height = height, width
        page = A4 if height >= width else (A4[1], A4[0])
        box_w, box_h = page[0] - 2 * MARGIN, page[1] - TOP - MARGIN
        tall = height / width > TALL * box_h / box_w
        if tall or orientation != 1 or image.format not in ("JPEG", "PNG"):
            upright = ImageOps.exif_transpose(image)
            if upright.mode not in ("RGB", "L", "RGBA", "LA"):
                upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
            upright.load()
        else:
            upright = None
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=page)
    if not tall:
        source: Any = ImageReader(upright) if upright is not None else str(path)  # a JPEG embedded as it is
        scale = min(box_w / width, box_h / height)
        draw_w, draw_h = width * scale, height * scale
        sheet.drawImage(source, (page[0] - draw_w) / 2, MARGIN + (box_h - draw_h) / 2, draw_w, draw_h,
                        preserveAspectRatio=True, mask="auto")
        sheet.showPage()
    else:
        label_h = 6 * MM
        part_h = max(1, int(width * (box_h - label_h) / box_w))  # pixels of the image per page
        parts = -(-height // part_h)
        for number in range(parts):
            piece = upright.crop((0, number * part_h, width, min(height, (number + 1) * part_h)))
            draw_h = piece.height * box_w / width
            top = page[1] - TOP - label_h
            sheet.setFont(fonts().base, 8)
            sheet.drawString(MARGIN, top + 2 * MM, f"Part {number + 1} of {parts}")
            sheet.drawImage(ImageReader(piece), MARGIN, top - draw_h, box_w, draw_h, mask="auto")
            sheet.showPage()
    sheet.save()
    return list(PdfReader(io.BytesIO(buffer.getvalue())).pages)


def _text_pages(path: Path, kind: str, note: Callable[[str], None], mark: str) -> list:
    styles = _styles()
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    if kind == "application/json":
        try:  # shown indented, one value a line, as a reader follows it; the file itself is unchanged
            text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
        except ValueError:
            pass
    lines = text.splitlines()
    flowables = []
    if len(lines) > TEXT_LINES_LIMIT:
        message = (f"Only the first {TEXT_LINES_LIMIT:,} of {len(lines):,} lines are printed here; the whole file "
                   "is produced separately and identified by its SHA-256 in the annex.")
        flowables.append(_p(message, styles["body"]))
        note(f"exhibit {mark}: {message}")
        lines = lines[:TEXT_LINES_LIMIT]
    mono = styles["mono"]
    for line in lines:
        # Leading spaces kept (JSON indentation), as non-breaking spaces.
        stripped = line.lstrip(" ")
        flowables.append(_p("\u00a0" * (len(line) - len(stripped)) + stripped if line.strip() else "\u00a0", mono))
    return _render(flowables)


def _listed_page(exhibit: Exhibit, reason: str) -> list:
    styles = _styles()
    item = exhibit.item
    rows = [["File", item.file or "(none recorded)"], ["Media type", exhibit.kind or ""],
            ["Size", f"{exhibit.size:,} bytes" if exhibit.size is not None else ""],
            ["SHA-256", exhibit.sha256 or ""]]
    cells = [[_p(a, styles["cellbold"]), _p(b, styles["cell"])] for a, b in rows]
    return _render([_p(reason, styles["body"]), _table(cells, [35 * MM, A4[0] - 2 * MARGIN - 35 * MM], False)])


def _separator(record: Record, exhibit: Exhibit, certificate: Optional[str], deponent: Optional[str]) -> list:
    """The separator sheet's flowables: the mark, the description and the certificate."""
    styles = _styles()
    item = exhibit.item
    from reportlab.platypus import Spacer

    flow = [Spacer(1, 160), _p(exhibit.mark, styles["mark"]), _p(f"Exhibit {exhibit.mark}", styles["heading"]),
            _p(item.description or "", styles["centre"])]
    if certificate:
        text = certificate.format(mark=exhibit.mark, deponent=deponent or "..................",
                                  date="..................")
        flow.append(Spacer(1, 36))
        for line in text.split("\n"):
            flow.append(_p(line or "\u00a0", styles["body"]))
    return flow


def _cover(record: Record, title: str, count: int, total: Optional[int], deponent: Optional[str],
           profile: dict) -> list:
    styles = _styles()
    case = record.case
    flow = []
    court = (profile.get("court") or {}).get("title")
    if court:
        flow.append(_p(court, styles["centre"]))
    flow += [_p("Exhibit bundle", styles["title"]), _p(title, styles["centre"])]
    if deponent and ((profile.get("exhibits") or {}).get("marking") == exhibit_marks.DEPONENT_INITIALS):
        flow.append(_p(f"Exhibits referred to in the affidavit of {deponent}", styles["centre"]))
    flow += [_p(f"Case reference: {case.reference}", styles["centre"])]
    if case.title:
        flow.append(_p(str(case.title), styles["centre"]))
    flow.append(_p(f"Prepared on {case.prepared_on.isoformat()}", styles["centre"]))
    flow.append(_p(f"{count} exhibit{'s' if count != 1 else ''}" + (f", {total} pages" if total else ""),
                   styles["centre"]))
    flow.append(_p("Each exhibit is preceded by a sheet bearing its mark. The annex at the end gives each file's "
                   "SHA-256 hash, size and capture details, and its chain of custody.", styles["body"]))
    return _render(flow)


def _index(exhibits: list[Exhibit], annex_first: int) -> list:
    styles = _styles()
    width = A4[0] - 2 * MARGIN
    rows = [[_p("Mark", styles["cellbold"]), _p("Exhibit", styles["cellbold"]), _p("Shown as", styles["cellbold"]),
             _p("Pages", styles["cellbold"])]]
    for exhibit in exhibits:
        pages = f"{exhibit.first}" if exhibit.first == exhibit.last else f"{exhibit.first}-{exhibit.last}"
        rows.append([_p(exhibit.mark, styles["cell"]), _p(exhibit.item.description or exhibit.item.id, styles["cell"]),
                     _p(exhibit.how, styles["cell"]), _p(pages, styles["cell"])])
    rows.append([_p("", styles["cell"]), _p("Annex: hashes, capture details and chain of custody", styles["cell"]),
                 _p("", styles["cell"]), _p(str(annex_first), styles["cell"])])
    return _render([_p("Index of exhibits", styles["heading"]),
                    _table(rows, [24 * MM, width - 24 * MM - 38 * MM - 20 * MM, 38 * MM, 20 * MM])])


def _annex(exhibits: list[Exhibit]) -> list:
    styles = _styles()
    width = A4[0] - 2 * MARGIN
    flow = [_p("Annex: hashes, capture details and chain of custody", styles["heading"]),
            _p("The SHA-256 hash identifies each file exactly: any change to a file, of a single byte, "
               "gives a different hash.", styles["body"])]
    for exhibit in exhibits:
        item = exhibit.item
        captured = ""
        if item.captured_at:
            captured = item.captured_at.isoformat()
            if item.captured_at_from:
                captured += f" ({item.captured_at_from})"
        if item.captured_by:
            captured += f"{'; ' if captured else ''}captured by the {item.captured_by}"
        rows = [("Exhibit", f"{exhibit.mark} (record id {item.id})"),
                ("File", item.file or "(none recorded)"), ("Media type", exhibit.kind or ""),
                ("Size", f"{exhibit.size:,} bytes" if exhibit.size is not None else ""),
                ("SHA-256", exhibit.sha256 or ""), ("Captured", captured),
                ("Source", item.source_url or ""), ("Archived copy", item.archive_url or "")]
        log = custody.rows(item)
        if log:
            rows.append(("Custody", "\n".join(
                f"{e['at']} {e['action']}" + (f" by {e['by']}" if e["by"] else "") + (f": {e['note']}" if e["note"] else "")
                for e in log)))
        cells = [[_p(a, styles["cellbold"]), _p(b, styles["cell"])] for a, b in rows if b]
        flow.append(_table(cells, [30 * MM, width - 30 * MM], False))
        from reportlab.platypus import Spacer

        flow.append(Spacer(1, 8))
    return _render(flow)


def _stamp(writer, position: str) -> None:
    """Page numbers 1..N on every page of the bundle, at the top (centre, or right where the court wants)."""
    from pypdf import PdfReader, Transformation
    from reportlab.pdfgen import canvas

    f = fonts()
    boxes = []
    for page in writer.pages:
        if page.get("/Rotate", 0):
            page.transfer_rotation_to_content()
        box = page.mediabox
        boxes.append((float(box.left), float(box.bottom), float(box.width), float(box.height)))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for number, (_, _, width, height) in enumerate(boxes, start=1):
        sheet.setPageSize((width, height))
        sheet.setFont(f.base, 11)
        text = str(number)
        y = height - 12 * MM
        if position == "top_right":
            sheet.drawRightString(width - 15 * MM, y, text)
        else:
            sheet.drawCentredString(width / 2, y, text)
        sheet.showPage()
    sheet.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    for page, stamp, (left, bottom, _, _) in zip(writer.pages, overlay.pages, boxes):
        if left or bottom:
            page.merge_transformed_page(stamp, Transformation().translate(left, bottom))
        else:
            page.merge_page(stamp)


# ---- the bundle ------------------------------------------------------------------------------------------


def build(loaded: Loaded, record_path: Path, *, title: Optional[str] = None) -> Bundle:
    """Build the bundle in memory; refuses (EvidenceError) when a file is missing or has changed."""
    from pypdf import PdfWriter

    _binary_streams()
    record = loaded.record
    marks = exhibit_marks.marks(record)
    profile = exhibit_marks.profile(record) or {}
    rules = profile.get("exhibits") or {}
    deponent = exhibit_marks.deponent_name(record)
    warnings: list[str] = []
    if not record.evidence:
        raise EvidenceError(f"{record_path}: the record has no evidence; add files with `remedies evidence add`")

    note = fonts().prepare(_texts(record, record_path, title or "Exhibits", rules, deponent, profile))
    if note:
        warnings.append(note)
    exhibits = []
    for item in record.evidence:
        exhibit = Exhibit(item, marks[item.id], None, item.sha256.lower() if item.sha256 else None, item.size)
        if item.file:
            path = resolve(record_path, item.file)
            if not path.is_file():
                raise EvidenceError(f"evidence {item.id} ({item.file}): the file is not found at {path}; a bundle "
                                    "needs every file (restore it, or remove the item's file: line)")
            found = digest(path)
            if exhibit.sha256 and found.sha256 != exhibit.sha256:
                raise EvidenceError(f"evidence {item.id} ({item.file}) has changed since it was recorded "
                                    f"(recorded SHA-256 {exhibit.sha256}, now {found.sha256}); "
                                    "run `remedies evidence verify` before building a bundle")
            if not exhibit.sha256:
                warnings.append(f"evidence {item.id} ({item.file}) has no recorded hash; record it with "
                                f"`remedies evidence add {record_path} {path}` so the bundle's annex proves it")
            exhibit.sha256, exhibit.size = found.sha256, found.size
            exhibit.kind = media_type(path)
            _exhibit_pages(exhibit, path, warnings.append)
        else:
            exhibit.pages = _listed_page(exhibit, "No file is recorded for this exhibit.")
            exhibit.how = "no file recorded"
        exhibits.append(exhibit)
    separators = _render_groups([_separator(record, e, rules.get("certificate"), deponent) for e in exhibits])
    for exhibit, pages in zip(exhibits, separators):
        exhibit.separator = pages

    heading = title or "Exhibits"
    annex = _annex(exhibits)  # its text does not depend on page numbers: laid out once
    cover_pages, index_pages = 1, 1
    for _ in range(8):  # the numbers move with the lengths of the cover and the index: lay out until they settle
        page = cover_pages + index_pages + 1
        for exhibit in exhibits:
            exhibit.first = page
            exhibit.last = page + len(exhibit.separator) + len(exhibit.pages) - 1
            page = exhibit.last + 1
        annex_first = page
        total = annex_first + len(annex) - 1
        cover = _cover(record, heading, len(exhibits), total, deponent, profile)
        index = _index(exhibits, annex_first)
        if (len(cover), len(index)) == (cover_pages, index_pages):
            break
        cover_pages, index_pages = len(cover), len(index)
    else:  # pragma: no cover - lengths that never settle
        raise RuntimeError("the bundle's page numbers did not settle")

    writer = PdfWriter()
    for page in cover + index:
        writer.add_page(page)
    writer.add_outline_item(title="Cover", page_number=0)
    writer.add_outline_item(title="Index of exhibits", page_number=cover_pages)
    for exhibit in exhibits:
        for page in exhibit.separator + exhibit.pages:
            writer.add_page(page)
        label = f"{exhibit.mark}: {exhibit.item.description}" if exhibit.item.description else exhibit.mark
        writer.add_outline_item(title=label[:120], page_number=exhibit.first - 1)
    for page in annex:
        writer.add_page(page)
    writer.add_outline_item(title="Annex: hashes, capture details and chain of custody", page_number=annex_first - 1)
    _stamp(writer, page_number_position(record))
    writer.add_metadata({"/Title": f"Exhibit bundle {record.case.reference}"})
    writer.page_mode = "/UseOutlines"
    buffer = io.BytesIO()
    writer.write(buffer)
    return Bundle(buffer.getvalue(), exhibits, total, (cover_pages + 1, cover_pages + index_pages), annex_first,
                  warnings)


def _texts(record: Record, record_path: Path, heading: str, rules: dict, deponent: Optional[str],
           profile: dict) -> list[str]:
    """Every text the bundle's own pages will show, so that fonts for all its scripts are ready first."""
    texts = [heading, str(record.case.title or ""), deponent or "", rules.get("certificate") or "",
             str((profile.get("court") or {}).get("title") or "")]
    for item in record.evidence:
        texts += [str(item.description or ""), item.file or "", item.source_url or "", item.archive_url or "",
                  item.captured_at_from or ""]
        texts += [f"{e.by or ''} {e.note or ''}" for e in item.custody]
        if item.file:
            path = resolve(record_path, item.file)
            try:
                if path.is_file() and media_type(path) in ("text/plain", "application/json"):
                    with open(path, "rb") as stream:
                        texts.append(stream.read(4 * 1024 * 1024).decode("utf-8", errors="replace"))
            except OSError:
                pass
    return texts


def _exhibit_pages(exhibit: Exhibit, path: Path, note: Callable[[str], None]) -> None:
    kind = exhibit.kind or ""
    try:
        if kind in ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp"):
            exhibit.pages = _image_page(path)
            exhibit.how = "image" if len(exhibit.pages) == 1 else f"image in {len(exhibit.pages)} parts"
            return
        if kind == "application/pdf":
            from pypdf import PdfReader

            reader = PdfReader(path)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ValueError("the PDF is protected by a password")
            exhibit.pages = list(reader.pages)
            exhibit.how = f"PDF as it is, {len(exhibit.pages)} page{'s' if len(exhibit.pages) != 1 else ''}"
            if not exhibit.pages:
                raise ValueError("the PDF has no pages")
            return
        if kind in ("text/plain", "application/json"):
            exhibit.pages, exhibit.how = _text_pages(path, kind, note, exhibit.mark), (
                "JSON export as text" if kind == "application/json" else "text")
            return
    except Exception as exc:  # a damaged file is listed with its hash rather than stop the whole bundle
        reason = str(exc) if isinstance(exc, ValueError) else f"it could not be read ({type(exc).__name__})"
        note(f"exhibit {exhibit.mark} ({exhibit.item.file}) is listed with its hash, not shown: {reason}")
        exhibit.pages = _listed_page(exhibit, f"This file cannot be shown on paper: {reason}. It is produced "
                                              "separately and identified by the hash below.")
        exhibit.how = "listed with its hash"
        return
    exhibit.pages = _listed_page(exhibit, f"This file ({kind}) cannot be shown on paper. It is produced "
                                          "separately and identified by the hash below.")
    exhibit.how = "listed with its hash"


def write(loaded: Loaded, record_path: Path, out: Path, *, title: Optional[str] = None, force: bool = False,
          by: Optional[str] = None) -> tuple[Path, Bundle]:
    """Build the bundle, write it to `out` (all or nothing) and log it in each item's custody."""
    from remedies.rendering.output import check_folder, publish, refuse_overwrite, safe_name

    record = loaded.record
    target = out / f"{safe_name(record.case.reference)}-exhibit-bundle.pdf"
    check_folder(out)
    refuse_overwrite([target], force)
    bundle = build(loaded, record_path, title=title)
    publish([(target, bundle.data)], out, force=force)
    who = custody.actor(record, by)
    moment = custody.now()
    _logged(target, lambda: custody.log_many(record_path, {e.item.id: [custody.event(
        "bundled", who, f"shown as exhibit {e.mark} in {target.name}, pages {e.first}-{e.last} "
        f"(SHA-256 {e.sha256})" if e.sha256 else f"shown as exhibit {e.mark} in {target.name}, "
        f"pages {e.first}-{e.last}", moment)] for e in bundle.exhibits}))
    return target, bundle


def _logged(target: Path, log: Callable[[], None]) -> None:
    """Log in the record what was written; if the record cannot take it, say so (the file stays written)."""
    from remedies.record.problems import RecordError

    try:
        log()
    except RecordError as exc:
        raise EvidenceError(f"{target} was written, but the custody log in the record was not updated: "
                            f"{exc.problems[0]}; add the entries by hand") from None

