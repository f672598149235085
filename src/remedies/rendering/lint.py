"""`remedies template check`: everything a Word edit can break in a template, said where a lawyer finds it."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from jinja2 import TemplateSyntaxError, nodes
from lxml import etree

from remedies.rendering import docxmap, engine, tags as tagging
from remedies.rendering.contexts import Shape, context_shape, contexts
from remedies.rendering.docxmap import NotADocx, Paragraph
from remedies.rendering.environment import environment
from remedies.rendering.fields import Checker, Scope, Uses

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
    from remedies.documents import REGISTRY

    if name is not None:
        if name not in REGISTRY:
            raise InputProblem(f"--doc {name} is not a document; choose one of {', '.join(REGISTRY)}")
        return REGISTRY[name]
    for document in REGISTRY.values():
        if Path(document.template).stem == path.stem:
            return document
    raise InputProblem(f"{path.name}: cannot tell which document this template is for; name it with --doc "
                       f"(one of {', '.join(REGISTRY)})")


def check(path: Path, name: Optional[str] = None) -> Report:
    from remedies.rendering.resources import shipped_template

    document = document_for(path, name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputProblem(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        package = docxmap.read(data, str(path), engine._TEMPLATED.match)
    except NotADocx as exc:
        raise InputProblem(str(exc)) from None
    report = Report(file=path, document=document.name)
    shape, builds = context_shape(document)
    if not builds:
        report.notes.append(f"fields were not checked: no example record builds the {document.name} document")
        shape = Shape(open=True)
    _analyse(package, shape, report)
    _unrendered(package, report)
    if not report.problems:
        _compile_and_render(package, document, report)
    _strings(report)
    shipped = shipped_template(document.template)
    if shipped.is_file() and shipped.resolve() != path.resolve():
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
        _blocks(found, env, scope, report.uses, problem)


def _blocks(found, env, scope: Scope, uses: Uses, problem) -> None:
    """Walk the tags in order, as Jinja will: blocks must open and close in order, in the same place."""
    stack: list[tuple[tagging.Tag, str]] = []  # (opening tag, its keyword)
    raw = False
    for tag in found:
        checker = Checker(scope, uses, lambda message, t=tag: problem(t.paragraph, message), tag.where)
        if raw and tag.keyword != "endraw":
            continue
        if tag.kind == "{#":
            continue
        if tag.kind == "{{":
            node = _parse(env, tag.text, tag, problem)
            if node is not None:
                for statement in node.body:
                    checker.statement(statement)
            continue
        keyword = tag.keyword
        if keyword in tagging.DOCXTPL:
            argument = re.sub(r"^\{%[-+]?\s*\w+|[-+]?%\}$", "", tag.text).strip()
            if argument and _parse(env, "{{ " + argument + " }}", tag, problem) is not None:
                checker.value(env.parse("{{ " + argument + " }}").body[0].nodes[0])
            continue
        if keyword not in tagging.KNOWN:
            guess = difflib.get_close_matches(keyword, sorted(tagging.KNOWN), n=1, cutoff=0.6)
            hint = f"; did you mean `{guess[0]}`?" if guess else ""
            problem(tag.paragraph, f"broken tag {tag.shown()}: `{keyword}` is not a tag word{hint}")
            continue
        if keyword in tagging.UNSUPPORTED:
            problem(tag.paragraph, f"{tag.shown()}: a template cannot {keyword} another template; "
                                   "write the text into this one")
            continue
        if keyword in tagging.OPENERS and (keyword != "set" or tag.is_block_set):
            closer = tagging.OPENERS[keyword]
            node = _parse(env, tag.text + "{% " + closer + " %}", tag, problem)
            if node is not None and node.body:
                checker.opening(node.body[0])
            else:
                scope.push()
            stack.append((tag, keyword))
            raw = keyword == "raw"
        elif keyword in tagging.MIDDLES:
            if not stack or stack[-1][1] not in tagging.MIDDLES[keyword]:
                owners = " or ".join(f"`{{% {k} %}}`" for k in tagging.MIDDLES[keyword])
                problem(tag.paragraph, f"{tag.shown()} belongs to no {owners} before it")
                continue
            opening = stack[-1][0]
            _same(opening, tag, problem)
            stand_in = "{% for x in [] %}" if opening.keyword == "for" else "{% if true %}"
            end = "{% endfor %}" if opening.keyword == "for" else "{% endif %}"
            if opening.keyword == "trans":
                stand_in, end = "{% trans n=1 %}", "{% endtrans %}"
            node = _parse(env, stand_in + tag.text + end, tag, problem)
            if node is not None and keyword == "elif":
                checker.statement(node.body[0])
        elif keyword in tagging.CLOSERS:
            wanted = tagging.CLOSERS[keyword]
            if not any(k == wanted for _, k in stack):
                problem(tag.paragraph, f"{tag.shown()} has no `{{% {wanted} %}}` before it to close")
                continue
            while stack[-1][1] != wanted:
                unclosed, kind = stack.pop()
                scope.pop()
                problem(unclosed.paragraph, f"{unclosed.shown()} is never closed: its "
                                            f"`{_closer(unclosed, kind)}` is missing")
            opening, _kind = stack.pop()
            scope.pop()
            raw = False
            _same(opening, tag, problem)
            stand_in = {"for": "{% for x in [] %}", "if": "{% if true %}", "set": "{% set x %}",
                        "macro": "{% macro m() %}", "call": "{% call m() %}", "filter": "{% filter upper %}",
                        "with": "{% with %}", "autoescape": "{% autoescape true %}", "trans": "{% trans %}",
                        "raw": "{% raw %}", "block": "{% block b %}"}[wanted]
            _parse(env, stand_in + tag.text, tag, problem)
        else:
            node = _parse(env, tag.text, tag, problem)
            if node is not None:
                for statement in node.body:
                    checker.statement(statement)
    for opening, kind in reversed(stack):
        problem(opening.paragraph, f"{opening.shown()} is never closed: its `{_closer(opening, kind)}` is missing")


def _closer(opening: tagging.Tag, kind: str) -> str:
    return "{%" + opening.prefix + " " + tagging.OPENERS[kind] + " %}"


def _same(opening: tagging.Tag, tag: tagging.Tag, problem) -> None:
    """A block's tags must be written alike ({%p with {%p}) and stand in the same table, row or paragraph."""
    if opening.prefix != tag.prefix:
        def form(t):
            return "{%" + t.prefix + " ...%}" if t.prefix else "{% ... %}"
        problem(tag.paragraph, f"{tag.shown()} goes with {opening.shown()} ({opening.where}) but is written "
                               f"{form(tag)} where that one is {form(opening)}: write both the same way")
        return
    differs = tagging.same_place(tag.prefix, opening.paragraph, tag.paragraph)
    if differs:
        problem(tag.paragraph, f"{tag.shown()} and {opening.shown()} ({opening.where}) are not in the same "
                               f"{differs}; a block must begin and end in the same {differs}")


def _parse(env, source: str, tag: tagging.Tag, problem) -> Optional[nodes.Template]:
    try:
        return env.parse(source)
    except TemplateSyntaxError as exc:
        problem(tag.paragraph, f"broken tag {tag.shown()}: {_explain(exc.message or '', tag.text)}")
        return None


def _explain(message: str, text: str) -> str:
    inner = text[2:-2]
    hints = []
    quoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", inner)
    if "'" in quoted or '"' in quoted:
        hints.append("a quote is not closed (for text with an apostrophe, use double quotes around it)")
    if inner.count("(") != inner.count(")"):
        hints.append("a bracket is not closed")
    words = {"unexpected end of template": "the tag stops too early"}
    said = next((plain for key, plain in words.items() if message.startswith(key)), message)
    said = re.sub(r"^unexpected char (.+) at \d+$", r"unexpected character \1", said)
    return "; ".join([said] + hints)


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


def _compile_and_render(package, document, report: Report) -> None:
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
    for context in contexts(document):
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
                where = _locate(package, part, template_source(package, part), line)
                report.problems.append(Finding(where, f"filling in fails: {exc}"))
                return


def template_source(package, part: str) -> str:
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

    from remedies.i18n.catalogs import catalog_locales, po_path

    known: dict[str, set] = {}
    for locale in catalog_locales():
        if locale == "en":
            continue
        with po_path(locale).open("rb") as handle:
            known[locale] = {m.id for m in read_po(handle, locale=locale) if m.id}
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
