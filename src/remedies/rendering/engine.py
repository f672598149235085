"""The .docx engine: templates parsed and compiled once per (template, locale), rendered to reproducible bytes."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from jinja2 import Template, TemplateError
from markupsafe import escape

from remedies.rendering.environment import environment
from remedies.rendering.missing import highlight
from remedies.rendering.resources import refresh
from remedies.rendering.scripts import conventions, style_part, typeset

# Parts of the package whose XML holds template tags.
_TEMPLATED = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_GENERATED = {"docProps/core.xml", "docProps/app.xml"}
# Tabs, newlines and the like inside text (not between tags) need docxtpl's run splitting.
_LISTING_CHARACTERS = re.compile("<w:t(?: [^>]*)?>[^<]*[\t\n\a\f]")


class TemplateProblem(Exception):
    """A template that cannot be compiled or rendered: a fault of the template, not of the record."""


@dataclass(frozen=True)
class Properties:
    """Document properties written to docProps; nothing else (no tool or author traces)."""

    title: str
    subject: str
    language: str
    date: str  # ISO date: created and modified
    creator: str = ""
    keywords: str = ""


class CompiledTemplate:
    """A .docx template read once: its zip members, and one compiled Jinja template per templated part."""

    def __init__(self, path: Path, locale: str, env):
        from remedies.rendering import cache

        self.path = path
        self.locale = locale
        self.layout = conventions(locale)
        package = path.read_bytes()
        name = cache.key(package, locale, self.layout, _catalog_files(locale))
        stored = cache.load(name)
        if stored is None:
            codes, self.prefix = _compile(package, path, self.layout, env)
            cache.store(name, codes, self.prefix)
        else:
            codes, self.prefix = stored
        self.parts: dict[str, Template] = {
            part: env.template_class.from_code(env, code, env.make_globals(None), None) for part, code in codes.items()}

    def render(self, context: Mapping[str, Any], properties: Properties) -> bytes:
        rendered = []
        for name, template in self.parts.items():
            try:
                xml = typeset(_finish(template.render(context)), self.locale, self.layout)
                rendered.append((name, xml.encode("utf-8")))
            except TemplateError as exc:
                raise TemplateProblem(f"{self.path.name}: {name}: {exc}") from None
        output = io.BytesIO(self.prefix)
        output.seek(0, io.SEEK_END)
        with zipfile.ZipFile(output, "a") as package:
            for name, data in rendered:
                _add(package, name, data)
            _add(package, "docProps/core.xml", _core_xml(properties))
            _add(package, "docProps/app.xml", _APP_XML)
        return output.getvalue()


def _compile(package: bytes, path: Path, layout, env) -> tuple[dict[str, Any], bytes]:
    """Parse a .docx template: the Jinja code of each templated part, and the other members compressed once."""
    codes: dict[str, Any] = {}
    static: list[tuple[str, bytes]] = []
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename == "word/styles.xml":
                data = style_part(data, layout)
            if not (_TEMPLATED.match(info.filename) or info.filename in _GENERATED):
                static.append((info.filename, data))
            if _TEMPLATED.match(info.filename):
                source = _translated(_prepare(data.decode("utf-8")), env)
                try:
                    codes[info.filename] = env.compile(source)  # what env.from_string compiles
                except TemplateError as exc:
                    raise TemplateProblem(f"{path.name}: {info.filename}: {exc}") from None

    # The members that never change are compressed once; each render appends the rest to a copy.
    prefix = io.BytesIO()
    with zipfile.ZipFile(prefix, "w") as archive:
        for name, data in static:
            _add(archive, name, data)
    return codes, prefix.getvalue()


# `{{ _("...") }}` with a literal and nothing else: the same text in every document of a locale.
_CONSTANT_MESSAGE = re.compile(r"""\{\{ *_\((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\) *\}\}""")
_DELIMITERS = re.compile(r"\{[{%#]|[}%#]\}")


def _translated(source: str, env) -> str:
    """The source with each `{{ _("literal") }}` replaced by what it renders to in this locale.

    Each such tag is rendered once, here, by the same environment (its catalog, escaping and
    finalisation), and the result becomes plain template text: the bytes are those the tag would give
    in every render, which no longer calls gettext for it. A tag whose text would hold a template
    delimiter, or that fails to render, is left to render as before. The catalogs are part of the
    compiled-template cache's key, so an edited translation compiles anew.
    """
    import ast

    from remedies.i18n.data import GENDERED_MESSAGES

    rendered: dict[str, str | None] = {}

    def replace(match: re.Match) -> str:
        tag = match.group(0)
        literal = tag[tag.index("(") + 1:tag.rindex(")")]
        try:
            message = ast.literal_eval(literal)
        except (ValueError, SyntaxError):
            message = None
        if message is None or message in GENDERED_MESSAGES:
            return tag  # its words follow the victim's grammatical gender: chosen at each render
        if tag not in rendered:
            try:
                text = env.from_string(tag).render()
            except Exception:
                text = None
            rendered[tag] = None if text is None or _DELIMITERS.search(text) else text
        return tag if rendered[tag] is None else rendered[tag]

    return _CONSTANT_MESSAGE.sub(replace, source)


def _catalog_files(locale: str) -> list[Path]:
    from remedies.i18n.runtime import locale_chain, po_files

    return [po for name in locale_chain(locale) for po in po_files(name)]


def _add(package: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    package.writestr(info, data)


def _prepare(xml: str) -> str:
    """The part as Jinja source: what Word writes inside tags made plain, docxtpl's forms resolved, once.

    Word splits a tag over runs (spell-check marks, bookmarks, formatting between them), stores a quote
    typed in a tag as `&quot;` and turns it into a curly quote as you type; docxtpl heals the runs and
    resolves `{%p %}`, `{%tr %}` and `{%tc %}`. Only the text between tag delimiters is normalised:
    everything else, and every value rendered later, stays as it is.
    """
    xml = _SPLIT_LITERAL.sub(lambda m: "{_" if m.group(1) else "_}", xml)
    from docxtpl import DocxTemplate  # only when compiling: a cached template needs none of docxtpl

    xml = DocxTemplate.patch_xml(None, xml)
    xml = _TAG.sub(_clean_tag, xml)
    xml = _LITERAL.sub(lambda m: _LITERALS[m.group(0)], xml)
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


# docxtpl's literal delimiters, which print as {{ }} {% %}, Word may split like any other text.
_SPLIT_LITERAL = re.compile(r"(\{)(?:<[^>]*>)*_(?:<[^>]*>)*(?=[{%])|(?<=[}%])(?:<[^>]*>)*_(?:<[^>]*>)*\}")
_LITERALS = {"{_{": "{{ '{{' }}", "}_}": "{{ '}}' }}", "{_%": "{{ '{%' }}", "%_}": "{{ '%}' }}"}
_LITERAL = re.compile(r"\{_\{|\}_\}|\{_%|%_\}")
# A healed tag: its delimiters and what lies between them, never crossing an XML element.
_TAG = re.compile(r"(\{\{|\{%|\{#)((?:(?!\}\}|%\}|#\}|</?[A-Za-z][\w.-]*:).)*)(\}\}|%\}|#\})")
_ENTITY = re.compile(r"&(?:(quot|apos|amp|lt|gt)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED = {"quot": '"', "apos": "'", "amp": "&", "lt": "<", "gt": ">"}
# Curly and low quotes as Word's AutoFormat types them (and guillemets, with the space French puts inside).
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'"})
_GUILLEMETS = re.compile("\u00ab[\u00a0\u202f ]?|[\u00a0\u202f ]?\u00bb")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _entity(match: re.Match) -> str:
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED[named]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code < 0x110000 else match.group(0)


def _clean_tag(match: re.Match, entities: bool = True) -> str:
    opening, inner, closing = match.groups()
    if entities:
        inner = _ENTITY.sub(_entity, inner)
    inner = _GUILLEMETS.sub('"', inner.translate(_QUOTES))
    # Non-breaking and other wide spaces (French AutoCorrect puts them before : ; ! ?) are spaces
    # to Jinja, except inside a quoted string, where they are the text itself.
    pieces, last = [], 0
    for string in _STRING.finditer(inner):
        pieces += [_SPACES.sub(" ", inner[last:string.start()]), string.group(0)]
        last = string.end()
    pieces.append(_SPACES.sub(" ", inner[last:]))
    return opening + "".join(pieces) + closing


def normalise_tag(text: str) -> str:
    """One tag's text, as read from the document (entities already decoded), as the engine compiles it."""
    return _TAG.sub(lambda m: _clean_tag(m, entities=False), text)


def _finish(xml: str) -> str:
    xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
    if _LISTING_CHARACTERS.search(xml):
        xml = _listing(xml)  # newlines in values become line breaks
    return highlight(xml)


_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_RUN = re.compile(r"<w:r(?: [^>]*)?>.*?</w:r>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>.*?</w:t>", re.DOTALL)
_PARAGRAPH_PROPERTIES = re.compile(r"<w:pPr>.*?</w:pPr>")
_RUN_PROPERTIES = re.compile(r"<w:rPr>.*?</w:rPr>")


def _listing(xml: str) -> str:
    """Tabs, newlines, paragraph (\\a) and page (\\f) breaks inside text as Word markup, each new run or
    paragraph keeping the properties of the one it splits: what docxtpl's `resolve_listing` produces
    (tests/test_performance.py compares the two), without importing docxtpl and python-docx to render."""

    def paragraph(match: re.Match) -> str:
        found = _PARAGRAPH_PROPERTIES.search(match.group(0))
        paragraph_properties = found.group(0) if found else ""

        def run(match: re.Match) -> str:
            found = _RUN_PROPERTIES.search(match.group(0))
            run_properties = found.group(0) if found else ""
            text_again = f'<w:r>{run_properties}<w:t xml:space="preserve">'
            new_paragraph = f"</w:t></w:r></w:p><w:p>{paragraph_properties}{text_again}"
            breaks = (
                ("\t", f"</w:t></w:r><w:r>{run_properties}<w:tab/></w:r>{text_again}"),
                ("\a", new_paragraph),
                ("\n", '</w:t><w:br/><w:t xml:space="preserve">'),
                ("\f", '</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p>'
                       f"<w:p>{paragraph_properties}{text_again}"),
            )

            def text(match: re.Match) -> str:
                value = match.group(0)
                for character, markup in breaks:
                    value = value.replace(character, markup)
                return value

            return _TEXT.sub(text, match.group(0))

        return _RUN.sub(run, match.group(0))

    return _PARAGRAPH.sub(paragraph, xml)


_cache: dict[tuple, CompiledTemplate] = {}
_lock = threading.Lock()


def compiled(path: Path, locale: str) -> CompiledTemplate:
    """The compiled template for (path, locale), compiled on first use; edited templates recompile."""
    env = environment(locale)
    key = (path, path.stat().st_mtime_ns, locale, env)
    with _lock:
        found = _cache.get(key)
        if found is None:
            found = _cache[key] = CompiledTemplate(path, locale, env)
        return found


def render(path: Path, locale: str, context: Mapping[str, Any], properties: Properties) -> bytes:
    refresh()
    return compiled(path, locale).render(context, properties)


_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator>"
    "<cp:keywords>{keywords}</cp:keywords><dc:language>{language}</dc:language>"
    "<cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)

_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>remedies</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _core_xml(props: Properties) -> bytes:
    values = {name: escape(getattr(props, name)) for name in
              ("title", "subject", "creator", "keywords", "language", "date")}
    return _CORE.format(**values).encode("utf-8")
