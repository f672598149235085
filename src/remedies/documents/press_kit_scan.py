"""The press kit's fail-closed scan: every member of the zip, and the zip itself, before anything is written.

The Word members go through the press brief's own package scan (checks.redaction.scan); text, SVG and
PNG members and the zip's own names and comments go through the same matcher (checks.redaction
.matcher_for), so whatever the redaction checks learn to find, the kit finds too. A member of a kind
this scan does not know is itself a refusal.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from remedies.checks.redaction import RedactionLeak, matcher_for, scan as scan_docx
from remedies.checks.redaction.match import Matcher
from remedies.documents.press_kit_posts import hashtag_words
from remedies.record.model import Record
from remedies.rendering.output import OutputError

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_TEXT = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP"}
_MAX_TEXT = 16 * 1024 * 1024  # a compressed text chunk never inflates past this


@dataclass(frozen=True)
class KitFinding:
    what: str  # the kind and field: "a name (victim.family_name)"
    member: str  # the member of the zip (or "the zip")
    part: str  # inside the member: a .docx part, a PNG chunk, the SVG text ...
    where: str  # text, attribute, member name, comment ...

    def sentence(self) -> str:
        inside = f"{self.member}!/{self.part}" if self.part else self.member
        return f"{self.what} in {inside} ({self.where})"


class KitLeak(RedactionLeak):
    """Something identifying is in the kit: nothing of it is written (no zip, no report, no folder).

    A RedactionLeak, so that whatever the press brief's refusal does (exit status 4, and whether the
    other documents of the run are still written), the kit's does too."""

    def __init__(self, findings: list[KitFinding], subject: str):
        super().__init__(findings, subject)  # the message is built from each finding's sentence()


class _Findings:
    def __init__(self, matcher: Matcher, provenance=None):
        self.matcher = matcher
        self.provenance = provenance  # a single common word inside the templates' own phrases is not a leak
        self.found: list[KitFinding] = []
        self._seen: set[tuple] = set()

    def look(self, text: str, member: str, part: str, where: str, *, long_only: bool = False) -> None:
        if not text:
            return
        hits = self.matcher.find(text, long_only=long_only)
        # Hashtags and handles: the words glued inside them are matched too (#JusticeForMeiLing).
        glued = " ".join(hashtag_words(token) for token in text.split() if token[:1] in "#＃@")
        if glued:
            hits = hits + self.matcher.find(glued, long_only=long_only)
        for hit in hits:
            if (self.provenance is not None and hit.term.single and hit.end <= len(text)
                    and self.provenance.explains(text, hit.start, hit.end)):
                continue
            key = (hit.term.kind, hit.term.source, member, part, where)
            if key not in self._seen:
                self._seen.add(key)
                self.found.append(KitFinding(hit.term.describe(), member, part, where))


def verify(data: bytes, record: Record, subject: str = "the press kit was not written") -> None:
    """Raise KitLeak naming member, part and kind for anything identifying anywhere in the kit."""
    from remedies.checks.redaction import press_brief_provenance
    from remedies.rendering.resources import template_path

    provenance = press_brief_provenance(record, template_path("fact-sheet.docx"))
    findings = scan(data, matcher_for(record), provenance)
    if findings:
        raise KitLeak(findings, subject)


def scan(data: bytes, matcher: Matcher, provenance=None) -> list[KitFinding]:
    found = _Findings(matcher, provenance)
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise OutputError("the press kit could not be assembled as a zip package; nothing was written") from None
    with package:
        found.look(package.comment.decode("utf-8", "replace"), "the zip", "", "comment")
        for info in package.infolist():
            name = info.filename
            found.look(name, name, "", "member name")
            found.look(info.comment.decode("utf-8", "replace"), name, "", "member comment")
            found.look(info.extra.decode("utf-8", "ignore"), name, "", "extra field", long_only=True)
            content = package.read(info)
            _member(found, name, content)
    return found.found


def _member(found: _Findings, name: str, content: bytes) -> None:
    lower = name.lower()
    if lower.endswith(".docx"):
        for f in scan_docx(content, found.matcher, name, found.provenance).findings:
            key = (f.term.kind, f.term.source, name, f.part, f.where)
            if key not in found._seen:
                found._seen.add(key)
                found.found.append(KitFinding(f.term.describe(), name, f.part, f.where))
    elif lower.endswith((".txt", ".md")):
        found.look(content.decode("utf-8", "replace"), name, "", "text")
    elif lower.endswith(".svg"):
        _svg(found, name, content)
    elif lower.endswith(".png"):
        _png(found, name, content)
    else:
        found.found.append(KitFinding("a member of a kind the scan cannot read", name, "", "member"))


def _svg(found: _Findings, name: str, content: bytes) -> None:
    try:
        root = etree.fromstring(content, _PARSER)
    except etree.XMLSyntaxError:
        found.found.append(KitFinding("a picture that cannot be read as SVG", name, "", "member"))
        return
    texts, attributes, comments = [], [], []
    for element in root.iter():
        if not isinstance(element.tag, str):
            comments.append(element.text or "")
            continue
        if element.tag.rsplit("}", 1)[-1] == "text":
            texts.append("".join(element.itertext()))
        for piece in (element.text, element.tail):
            if piece and piece.strip():
                texts.append(piece)
        attributes += [value for key, value in element.attrib.items() if key != "d"]  # path data is numbers
    found.look("\n".join(dict.fromkeys(texts)), name, "text", "text")
    found.look("\n".join(dict.fromkeys(attributes)), name, "attributes", "attribute")
    found.look("\n".join(comments), name, "comments", "comment")


def _png(found: _Findings, name: str, content: bytes) -> None:
    if not content.startswith(_PNG_SIGNATURE):
        found.found.append(KitFinding("a picture that is not a PNG", name, "", "member"))
        return
    offset = len(_PNG_SIGNATURE)
    while offset + 8 <= len(content):
        size, kind = struct.unpack(">I4s", content[offset:offset + 8])
        body = content[offset + 8:offset + 8 + size]
        offset += 12 + size
        if kind in _PNG_TEXT or (kind[:1].islower() and kind not in (b"pHYs", b"gAMA", b"sRGB", b"cHRM", b"bKGD")):
            found.look(_chunk_text(kind, body), name, kind.decode("latin-1"), "metadata")
        if kind == b"IEND":
            break
    if offset < len(content):
        found.look(content[offset:].decode("utf-8", "ignore"), name, "after the end", "embedded data")


def _chunk_text(kind: bytes, body: bytes) -> str:
    try:
        if kind == b"tEXt":
            return body.replace(b"\0", b"\n").decode("latin-1")
        if kind == b"zTXt":
            keyword, _, rest = body.partition(b"\0")
            return keyword.decode("latin-1") + "\n" + _inflate(rest[1:]).decode("latin-1")
        if kind == b"iTXt":
            keyword, _, rest = body.partition(b"\0")
            compressed, rest = rest[:1] == b"\1", rest[2:]
            language, _, rest = rest.partition(b"\0")
            translated, _, text = rest.partition(b"\0")
            text = _inflate(text) if compressed else text
            return "\n".join(part.decode("utf-8", "replace") for part in (keyword, language, translated, text))
    except zlib.error:
        return body.decode("latin-1")
    return body.decode("utf-8", "ignore") + "\n" + body.decode("utf-16-le", "ignore")


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, _MAX_TEXT)
    if inflater.unconsumed_tail:
        raise OutputError("a picture in the press kit holds a text chunk too large to check; nothing was written")
    return out
