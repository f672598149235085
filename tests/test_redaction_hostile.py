"""verify-redaction on hostile packages: bombs are refused before inflating; names hidden in metadata are found."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

import planted
from remedies.checks.redaction import matcher_for, scan_record
from remedies.checks.redaction.scan import NotADocx, scan_file
from remedies.record import load

NAME = "Mei Ling Tan"


@pytest.fixture(scope="module")
def record():
    from conftest import SAMPLE

    return load(SAMPLE).record


def _with_member(member: str, content: bytes, base: bytes | None = None, **kwargs) -> bytes:
    buffer = io.BytesIO(base or planted.clean())
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr(member, content, **kwargs)
    return buffer.getvalue()


def _zip_bomb(path, size: int) -> None:
    """A .docx with one member of `size` zero bytes, written in chunks (never held in memory)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        with zipfile.ZipFile(io.BytesIO(planted.clean())) as clean:
            for info in clean.infolist():
                package.writestr(info.filename, clean.read(info))
        with package.open("word/media/image1.png", "w", force_zip64=True) as member:
            block = bytes(2**20)
            for _ in range(size // 2**20):
                member.write(block)


def test_a_zip_bomb_is_refused_before_inflating(cli, sample, tmp_path):
    bomb = tmp_path / "bomb.docx"
    _zip_bomb(bomb, 200 * 2**20)
    assert bomb.stat().st_size < 2 * 2**20
    result = cli("verify-redaction", bomb, "--record", sample)
    assert result.exit_code == 2, result.output
    assert "refused" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_member_lying_about_its_size_is_stopped(record, tmp_path):
    data = bytearray(_with_member("word/media/a.bin", bytes(50_000)))
    # Shrink the declared size in the central directory: reading stops past the declared size.
    at = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, at + 24, 100)
    with pytest.raises(NotADocx, match="declared size|not a readable|Bad|CRC"):
        scan_record(bytes(data), record)


def test_a_large_file_that_is_not_a_zip_is_refused_from_its_signature(cli, sample, tmp_path):
    big = tmp_path / "big.docx"
    with open(big, "wb") as handle:
        handle.seek(300 * 2**20)
        handle.write(b"x")
    result = cli("verify-redaction", big, "--record", sample)
    assert result.exit_code == 2
    assert "is not a zip package" in result.output


def test_an_xml_bomb_is_refused(record):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b'<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    data = _with_member("word/footnotes.xml", bomb)
    with pytest.raises(NotADocx, match="XML bomb"):
        scan_record(data, record)


def _png(chunks: list[tuple[bytes, bytes]]) -> bytes:
    out = planted.PIXEL[:8]
    body = planted.PIXEL[8:-12]  # IHDR and IDAT
    out += body
    for kind, content in chunks:
        out += struct.pack(">I", len(content)) + kind + content + struct.pack(">I", zlib.crc32(kind + content))
    return out + planted.PIXEL[-12:]


def _jpeg_with_exif(tag: int, value: bytes) -> bytes:
    entry = struct.pack("<HHII", tag, 1, len(value), 26)
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1) + entry + struct.pack("<I", 0) + value
    app1 = b"Exif\x00\x00" + tiff
    return b"\xff\xd8\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + b"\xff\xd9"


XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       f'<rdf:Description dc:creator="{NAME}" xmlns:dc="http://purl.org/dc/elements/1.1/"/></rdf:RDF>'
       '</x:xmpmeta>').encode()


@pytest.mark.parametrize("where, data", [
    ("EXIF XPAuthor", lambda: _with_member("word/media/image2.jpeg", _jpeg_with_exif(0x9C9D, NAME.encode("utf-16-le")))),
    ("PNG tEXt", lambda: _with_member("word/media/image2.png", _png([(b"tEXt", b"Author\x00" + NAME.encode())]))),
    ("PNG zTXt", lambda: _with_member("word/media/image2.png",
                                      _png([(b"zTXt", b"Author\x00\x00" + zlib.compress(NAME.encode()))]))),
    ("PNG iTXt", lambda: _with_member("word/media/image2.png", _png(
        [(b"iTXt", b"Author\x00\x01\x00en\x00\x00" + zlib.compress(NAME.encode()))]))),
    ("XMP metadata", lambda: _with_member("word/media/image2.jpeg", b"\xff\xd8" + XMP + b"\xff\xd9")),
    ("zip comment", lambda: _comment(NAME.encode())),
    ("after the archive", lambda: planted.clean() + b"\x00" * 40 + NAME.encode() + b"\x00" * 40),
    ("nested four deep", lambda: _nested(planted.plant(NAME, "body"), 4)),
])
def test_a_name_hidden_in_metadata_is_found(record, where, data):
    result = scan_record(data(), record)
    assert any(f.term.kind == "name" for f in result.findings), (where, [f.sentence() for f in result.findings])


def _comment(text: bytes) -> bytes:
    buffer = io.BytesIO(planted.clean())
    with zipfile.ZipFile(buffer, "a") as package:
        package.comment = text
    return buffer.getvalue()


def _nested(inner: bytes, depth: int) -> bytes:
    for _ in range(depth):
        inner = _with_member("word/embeddings/package.docx", inner)
    return inner


def test_packages_nested_too_deep_are_refused(record):
    with pytest.raises(NotADocx, match="nested more than"):
        scan_record(_nested(planted.clean(), 12), record)


def test_scan_file_reads_a_file_on_disk(record, tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(planted.plant(NAME, "header"))
    assert not scan_file(path, matcher_for(record)).clean
