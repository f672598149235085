"""A shipped template re-saved as Word stores edits renders the same; `template check` finds what an edit breaks."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from docxtext import document_text
from remedies import drafting
from remedies.cli.base import EXIT_RECORD
from remedies.documents import REGISTRY
from remedies.record import load
from remedies.rendering import docxmap, engine
from remedies.rendering.resources import available_locales
from wordedit import edit, read_parts, wordify

SHIPPED = sorted(REGISTRY)
_scratch = Path(tempfile.mkdtemp(prefix="remedies-word-"))


def job_for(name: str, locale: str = "en"):
    """The document drafted from whichever example record it applies to (the sample asks for DSA notices)."""
    for example in ("sample-record.yaml", "detention-record.yaml"):
        text = (EXAMPLES / example).read_text(encoding="utf-8").replace("  dsa_notice: false", "  dsa_notice: true")
        path = _scratch / example
        path.write_text(text, encoding="utf-8")
        record = load(path, available_locales()).record
        for job in drafting.plan(record, [name], [locale]):
            if job.draft is not None:
                return job
    raise AssertionError(f"no example record drafts {name}")


def render(template: Path, job) -> str:
    return document_text(engine.render(template, job.locale, job.draft.context, job.draft.properties))


@pytest.fixture(scope="module")
def word_copies(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("word")
    return {name: edit(ROOT / "templates" / REGISTRY[name].template, folder / REGISTRY[name].template,
                       lambda part, xml: wordify(xml)) for name in SHIPPED}


def test_the_copy_really_looks_like_word(word_copies):
    xml = read_parts(word_copies["court-application"])["word/document.xml"].decode()
    assert "&quot;" in xml or "&apos;" in xml
    assert "\u2018" in xml and "\u2019" in xml
    assert '<w:proofErr w:type="spellStart"/>' in xml and "_GoBack" in xml
    assert "<w:lastRenderedPageBreak/>" in xml
    # Tags really are cut into pieces: no complete {{ _( ... ) }} call is left in one run.
    assert not re.search(r"<w:t[^>]*>[^<]*\{\{ _\([^<]*\}\}</w:t>", xml)


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("locale", ["en", "fr", "ar"])
def test_word_edited_copy_renders_the_same_text(word_copies, name, locale):
    job = job_for(name, locale)
    original = render(ROOT / "templates" / REGISTRY[name].template, job)
    assert render(word_copies[name], job) == original
    assert len(original) > 500


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_templates_and_their_word_copies_check_clean(cli, word_copies, name):
    for path in (ROOT / "templates" / REGISTRY[name].template, word_copies[name]):
        result = cli("template", "check", path)
        assert result.exit_code == 0, result.output
        assert "no problems found" in result.output


def _plant(xml: str) -> tuple[str, str, str, str]:
    """Misspell the first long field name and break a later _() call; return both and the new XML."""
    field = next(m for m in re.finditer(r"\{\{ ([a-z_]{5,})\.([a-z_]+)", xml))
    root = field.group(1)
    wrong = root[0] + root[2] + root[1] + root[3:]  # two letters swapped, as typists do
    xml = xml[:field.start(1)] + wrong + xml[field.end(1):]
    calls = list(re.finditer(r"\{\{ _\('([A-Za-z][^'<]{3,})'\) \}\}", xml))
    call = calls[len(calls) // 2]
    broken = "{{ _('" + call.group(1) + " }}"  # the closing quote and bracket deleted
    xml = xml[:call.start()] + broken + xml[call.end():]
    return xml, f"{wrong}.{field.group(2)}", f"{root}.{field.group(2)}", broken


@pytest.mark.parametrize("name", SHIPPED)
def test_check_finds_a_misspelt_field_and_a_broken_tag_in_a_word_copy(cli, tmp_path, name):
    planted = {}

    def change(part, xml):
        if part == "word/document.xml":
            xml, planted["wrong"], planted["right"], planted["broken"] = _plant(xml)
        return wordify(xml)

    copy = edit(ROOT / "templates" / REGISTRY[name].template, tmp_path / REGISTRY[name].template, change)
    result = cli("template", "check", copy)
    assert result.exit_code == EXIT_RECORD, result.output
    lines = result.output.splitlines()
    unknown = [line for line in lines if f"unknown field `{planted['wrong']}`" in line]
    assert len(unknown) == 1, result.output
    assert f"did you mean `{planted['right']}`?" in unknown[0]
    broken = [line for line in lines if "broken tag" in line and planted["broken"][6:26] in line]
    assert len(broken) == 1, result.output
    assert "a quote is not closed" in broken[0]

    # Each is placed at the paragraph it is in, by page and by the words that begin it.
    package = docxmap.read(copy.read_bytes(), "copy", engine._TEMPLATED.match)
    paragraphs = package.paragraphs["word/document.xml"]
    for line, needle in ((unknown[0], planted["wrong"]), (broken[0], planted["broken"])):
        holder = next(p for p in paragraphs if needle in engine.normalise_tag(p.text))
        assert f"{copy}: {holder.position()}: " in line
        assert re.search(r": page \d+, ", line), line
    assert "Traceback" not in result.output


@pytest.mark.libreoffice
def test_templates_saved_by_another_word_processor_still_work(cli, soffice, tmp_path):
    """LibreOffice re-writes every part when it saves a .docx: the templates must survive that as well."""
    import subprocess

    sources = [ROOT / "templates" / REGISTRY[name].template for name in SHIPPED]
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "saved"),
                    *map(str, sources)], check=True, capture_output=True, timeout=300)

    def text(template: Path, job) -> str:
        # The page-number fields keep the count LibreOffice last laid out; that is not template text.
        return re.sub(r"\d+ (of|/) \d+$", "N", render(template, job))

    for name, source in zip(SHIPPED, sources):
        saved = tmp_path / "saved" / source.name
        job = job_for(name)
        assert text(saved, job) == text(source, job), name
        result = cli("template", "check", saved, "--doc", name)
        assert result.exit_code == 0, result.output
