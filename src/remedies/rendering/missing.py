"""Missing data and untranslated text: visible, highlighted notes in the document, and lists for the command line."""

from __future__ import annotations

import re
import secrets

from lxml import etree
from markupsafe import Markup, escape

# A fresh marker each run, so text typed into a record can never pass for a placeholder.
_NONCE = secrets.token_hex(4)
_OPEN, _CLOSE = "\ue000" + _NONCE, "\ue001"
_MARKER = re.compile(re.escape(_OPEN) + r"(.*?)" + re.escape(_CLOSE))

# Untranslated text carries its note inside the text itself, since documents cut, join and redact
# strings before they reach a template. The note is made of private-use characters only (the nonce
# too): no redaction pattern or word search sees a letter or digit in it, and text typed into a record
# cannot pass for one.
_PLANE = 0xF1000
_NOTE_OPEN = "\ue002" + "".join(chr(0xF2000 + b) for b in secrets.token_bytes(4))
_NOTE_CLOSE = "\ue003"
_NOTE = re.compile(re.escape(_NOTE_OPEN) + "([\U000f1000-\U000f107f]{1,40})" + re.escape(_NOTE_CLOSE))
_ANY = re.compile(_MARKER.pattern + "|" + _NOTE.pattern)


def untranslated(text: str, original: str, reference: int = 0) -> str:
    """`text` (in the language `original`) with a note that it is not translated; `reference` is
    carried for the caller (which field it is), see `untranslated_references`."""
    payload = "".join(chr(_PLANE + ord(c)) for c in f"{original}|{reference}" if ord(c) < 0x80)
    return _NOTE_OPEN + payload + _NOTE_CLOSE + text


def _note(payload: str) -> tuple[str, int]:
    decoded = "".join(chr(ord(c) - _PLANE) for c in payload)
    original, _, reference = decoded.partition("|")
    return original, int(reference or 0)


def note_label(original: str) -> str:
    return f"[untranslated: {original}]"


def untranslated_references(text: str) -> list[int]:
    """The references of the untranslated notes inside `text`."""
    return [_note(m.group(1))[1] for m in _NOTE.finditer(text)] if _NOTE_OPEN in text else []


def plain_notes(text: str) -> str:
    """Notes as plain text, for a .txt file, a message or a document property: `[untranslated: en] ...`."""
    if _NOTE_OPEN not in text:
        return text
    return _NOTE.sub(lambda m: note_label(_note(m.group(1))[0]) + " ", text)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Missing:
    """Stands in for a field the record does not fill; truthy so templates still show a line for it."""

    __slots__ = ("path",)

    def __init__(self, path: str):
        self.path = path

    def __html__(self) -> str:
        return _OPEN + str(escape(self.path)) + _CLOSE

    def __str__(self) -> str:
        return f"[missing: {self.path}]"

    def __repr__(self) -> str:
        return f"Missing({self.path!r})"

    def __bool__(self) -> bool:
        return True

    def __iter__(self):
        return iter(())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Missing) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)


def highlight(xml: str) -> str:
    """Turn placeholder markers into their own highlighted runs: `[missing: field.path]`."""
    if _OPEN not in xml and _NOTE_OPEN not in xml:
        return xml
    root = etree.fromstring(xml.encode("utf-8"))
    for text in list(root.iter(f"{{{W}}}t")):
        if text.text and (_OPEN in text.text or _NOTE_OPEN in text.text):
            _split_run(text)
    # Anywhere else (an attribute, a field code) a note is plain text.
    return plain_notes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode("utf-8"))


def _pieces(text: str) -> list[object]:
    """Plain text and ("mark", label) pairs, in order."""
    pieces: list[object] = []
    cursor = 0
    for match in _ANY.finditer(text):
        if match.start() > cursor:
            pieces.append(text[cursor:match.start()])
        if match.group(1) is not None:
            pieces.append(("mark", f"[missing: {match.group(1)}]"))
        else:
            pieces.append(("mark", note_label(_note(match.group(2))[0]) + " "))
        cursor = match.end()
    if cursor < len(text):
        pieces.append(text[cursor:])
    return pieces


def _split_run(text: etree._Element) -> None:
    run = text.getparent()
    props = run.find(f"{{{W}}}rPr")
    index = list(run).index(text)
    new_nodes = [piece if isinstance(piece, tuple) else _text(piece) for piece in _pieces(text.text)]
    # Build replacement runs: text before/after stays in copies of the original run.
    parent = run.getparent()
    run_index = list(parent).index(run)
    before = [child for child in list(run)[:index] if child is not props]
    after = list(run)[index + 1:]
    runs = []
    current = _new_run(props)
    for child in before:
        current.append(child)
    for node in new_nodes:
        if isinstance(node, tuple):
            if len(current) > (1 if props is not None else 0):
                runs.append(current)
            marked = _new_run(props, highlight=True)
            marked.append(_text(node[1]))
            runs.append(marked)
            current = _new_run(props)
        else:
            current.append(node)
    for child in after:
        current.append(child)
    if len(current) > (1 if props is not None else 0):
        runs.append(current)
    parent.remove(run)
    for offset, new_run in enumerate(runs):
        parent.insert(run_index + offset, new_run)


def _new_run(props, highlight: bool = False) -> etree._Element:
    run = etree.Element(f"{{{W}}}r")
    if props is not None or highlight:
        rpr = etree.fromstring(etree.tostring(props)) if props is not None else etree.Element(f"{{{W}}}rPr")
        if highlight:
            for old in rpr.findall(f"{{{W}}}highlight"):
                rpr.remove(old)
            mark = etree.SubElement(rpr, f"{{{W}}}highlight")
            mark.set(f"{{{W}}}val", "yellow")
            _order_rpr(rpr)
        run.append(rpr)
    return run


# w:highlight must come before these in w:rPr (schema order), or Word complains.
_AFTER_HIGHLIGHT = ("u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
                    "eastAsianLayout", "specVanish", "oMath")


def _order_rpr(rpr: etree._Element) -> None:
    mark = rpr.find(f"{{{W}}}highlight")
    for child in rpr:
        if etree.QName(child).localname in _AFTER_HIGHLIGHT:
            rpr.remove(mark)
            child.addprevious(mark)
            return


def _text(value: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}t")
    node.text = value
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return node


def marker_text(value: Markup | str) -> bool:
    return _OPEN in str(value) or _NOTE_OPEN in str(value)
