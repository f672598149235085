"""`remedies template check`: everything a Word edit can break in a template, said where a lawyer finds it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from jinja2 import TemplateSyntaxError
from lxml import etree

from remedies.rendering import docxmap, engine, tags as tagging
from remedies.rendering.contexts import Shape, context_shape, contexts
from remedies.rendering.docxmap import NotADocx, Paragraph
from remedies.rendering.environment import environment
from remedies.rendering.fields import Scope, Uses

# Parts the engine does not fill in, by what Word calls them.
_UNRENDERED = (
    (r"word/comments[\w]*\.xml$", "a comment"),
    (r"word/glossary/", "a building block (Quick Parts)"),
    (r"word/(charts|diagrams|embeddings)/", "a chart or embedded object"),
    (r"docProps/", "the document properties (File > Info)"),
    (r"customXml/", "the custom XML data"),
)


class InputProblem(Exception):
    """The file or option cannot be checked at all; the message is one sentence (exit status 2)."""


@dataclass
class Finding:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Report:
    file: Path
    document: str
    problems: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    uses: Uses = field(default_factory=Uses)


def document_for(path: Path, name: Optional[str]):
    """The document `path` is a template of, and which of its templates: (document, template name)."""
    from remedies.documents import REGISTRY, resolve

    if name is not None:
        name = resolve(name)
        if name not in REGISTRY:
            raise InputProblem(f"--doc {name} is not a document; choose one of {', '.join(REGISTRY)}")
        document = REGISTRY[name]
        mine = next((t for t in document.templates() if Path(t).stem == path.stem), document.template)
        return document, mine
    for document in REGISTRY.values():
        for template in document.templates():
            if Path(template).stem == path.stem:
                return document, template
    raise InputProblem(f"{path.name}: cannot tell which document this template is for; name it with --doc "
                       f"(one of {', '.join(REGISTRY)})")


def check(path: Path, name: Optional[str] = None) -> Report:
    from remedies.rendering.resources import shipped_template

    document, template = document_for(path, name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputProblem(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        package = docxmap.read(data, str(path), engine._TEMPLATED.match)
    except NotADocx as exc:
        raise InputProblem(str(exc)) from None
    report = Report(file=path, document=document.name)
    shape, builds = context_shape(document, template)
    if not builds:
        report.notes.append(f"fields were not checked: no example record builds the {document.name} document")
        shape = Shape(open=True)
    _analyse(package, shape, report)
    _unrendered(package, report)
    if not report.problems:
        _compile_and_render(package, document, template, report)
    _strings(report)
    shipped = shipped_template(template)
    if shipped.is_file() and shipped.resolve() != path.resolve() and shipped.read_bytes() != data:
        _compare(shipped, shape, report)
    return report


# ---- the tags of each part ----------------------------------------------------------------------


def _analyse(package, shape: Shape, report: Report) -> None:
    env = environment("en")
    for part, paragraphs in package.paragraphs.items():
        def problem(paragraph: Paragraph, message: str) -> None:
            finding = Finding(paragraph.position(), message)
            if all((f.where, f.message) != (finding.where, finding.message) for f in report.problems):
                report.problems.append(finding)

        found = tagging.read(paragraphs, problem)
        tagging.placement(found, problem)
        scope = Scope(shape, env.globals, env.filters, env.tests)
        tagging.walk(found, env, scope, report.uses, problem)


# ---- parts, compilation, rendering --------------------------------------------------------------


def _unrendered(package, report: Report) -> None:
    for name, data in package.members.items():
        if engine._TEMPLATED.match(name) or not name.endswith(".xml") or name.endswith(".rels"):
            continue
        what = next((label for pattern, label in _UNRENDERED if re.match(pattern, name)), None)
        if what is None or name in ("docProps/app.xml",):
            continue
        text = re.sub(r"<[^>]*>", "", data.decode("utf-8", "replace"))
        found = re.search(r"\{\{.*?\}\}|\{%.*?%\}|\{\{|\{%", text)
        if found:
            report.problems.append(Finding(
                what, f"holds the tag `{found.group(0)[:40]}`, but remedies does not fill in {what}: "
                      "move the tag into the document's text"))


def _compile_and_render(package, document, template: str, report: Report) -> None:
    env = environment("en")
    compiled = {}
    for part in package.paragraphs:
        source = engine._prepare(package.xml(part))
        try:
            compiled[part] = env.from_string(source)
        except TemplateSyntaxError as exc:
            report.problems.append(Finding(_locate(package, part, source, exc.lineno),
                                           f"the template cannot be read: {exc.message}"))
    if report.problems:
        return
    for context in contexts(document, template):
        for part, template in compiled.items():
            try:
                xml = engine._finish(template.render(context))
                etree.fromstring(xml.encode("utf-8"))
            except etree.XMLSyntaxError as exc:
                report.problems.append(Finding(
                    package.paragraphs[part][0].place if package.paragraphs[part] else part,
                    f"filling in this template gives a damaged Word file ({exc}); check the "
                    "{%p %}, {%tr %} and {%tc %} tags"))
                return
            except Exception as exc:  # a failure while filling in: a field or filter used the wrong way
                line = _template_line(exc)
                where = _locate(package, part, _source(package, part), line)
                report.problems.append(Finding(where, f"filling in fails: {exc}"))
                return


def _source(package, part: str) -> str:
    return engine._prepare(package.xml(part))


def _template_line(exc: BaseException) -> Optional[int]:
    line, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _locate(package, part: str, source: str, line: Optional[int]) -> str:
    """The paragraph that a line of the prepared part comes from (each line starts at a paragraph)."""
    paragraphs = package.paragraphs.get(part) or []
    fallback = paragraphs[0].place if paragraphs else part
    if not line:
        return fallback
    lines = source.split("\n")
    text = re.sub(r"<[^>]*>", "", lines[line - 1] if line <= len(lines) else "")
    words = " ".join(text.split())[:30]
    for paragraph in paragraphs:
        if words and words in " ".join(paragraph.text.split()):
            return paragraph.position()
    return fallback


# ---- strings and the shipped version ------------------------------------------------------------


def _strings(report: Report) -> None:
    from babel.messages.pofile import read_po

    from remedies.i18n.catalogs import po_path
    from remedies.rendering.resources import locale_folders, locales_dirs

    # The catalogs drafting reads: the translator's folder and the shipped ones (an installed copy's
    # working folder is the translator's alone, which may hold none).
    known: dict[str, set] = {}
    for folder in locales_dirs():
        for locale in locale_folders(folder):
            path = po_path(locale, folder)
            if locale == "en" or not path.is_file():
                continue
            with path.open("rb") as handle:
                known.setdefault(locale, set()).update(m.id for m in read_po(handle, locale=locale) if m.id)
    done = set()
    for message, where in report.uses.strings:
        if message in done or not known:
            continue
        done.add(message)
        missing = [locale for locale, ids in known.items() if message not in ids]
        if len(missing) == len(known):
            report.problems.append(Finding(str(where), f"the text '{docxmap.beginning(message, 50)}' under _() "
                                           "is in no catalog, so it stays in English in every language; "
                                           "run `remedies i18n update` and translate it"))
        elif missing:
            report.problems.append(Finding(str(where), f"the text '{docxmap.beginning(message, 50)}' under _() "
                                           f"is missing from the {', '.join(missing)} catalogs"))


def _compare(shipped: Path, shape: Shape, report: Report) -> None:
    """List what the shipped template of this version uses that an overriding template does not."""
    package = docxmap.read(shipped.read_bytes(), str(shipped), engine._TEMPLATED.match)
    theirs = Report(file=shipped, document=report.document)
    _analyse(package, shape, theirs)
    mine = report.uses.fields
    for path in sorted(theirs.uses.fields - mine):
        if not any(other.startswith(path + ".") or other.startswith(path + "[") for other in mine):
            report.notes.append(f"the shipped {report.document} template uses the field `{path}`; "
                                "this template does not")
    strings = {m for m, _ in report.uses.strings}
    for message in dict.fromkeys(m for m, _ in theirs.uses.strings):
        if message not in strings:
            report.notes.append(f"the shipped {report.document} template has the text "
                                f"'{docxmap.beginning(message, 60)}'; this template does not")
