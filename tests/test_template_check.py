"""`remedies template check`: each thing a Word edit can break, found and placed; bad files get one sentence."""

from __future__ import annotations

import zipfile

import docx
import pytest

from conftest import ROOT
from remedies.cli.base import EXIT_RECORD
from wordedit import read_parts, write_parts

DOC = "harassment-order"  # the old name of court-application, kept as an alias


def template(tmp_path, build, name="firm.docx", extra=None):
    """A small template built with python-docx; `extra` adds or replaces raw members of the package."""
    document = docx.Document()
    build(document)
    path = tmp_path / name
    document.save(path)
    if extra:
        parts = read_parts(path)
        for member, change in extra.items():
            parts[member] = change(parts.get(member, b"").decode()).encode()
        write_parts(parts, path)
    return path


def check(cli, path, *args):
    result = cli("template", "check", path, "--doc", DOC, *args)
    assert "Traceback" not in result.output
    return result


def problems(result) -> list[str]:
    return [line for line in result.output.splitlines() if ": " in line and "note:" not in line
            and "no problems found" not in line and "problems found in" not in line
            and "problem found in" not in line]


def test_a_clean_small_template_passes(cli, tmp_path):
    path = template(tmp_path, lambda d: (d.add_paragraph("Applicant: {{ applicant.name|default(\u201cn/a\u201d) }}"),
                                         d.add_paragraph("{% for r in respondents %}{{ r.name }}{% endfor %}")))
    result = check(cli, path)
    assert result.exit_code == 0, result.output
    assert "no problems found (the court-application template: " in result.output


def test_unknown_field_with_suggestion_and_page(cli, tmp_path):
    def build(d):
        d.add_paragraph("First page.")
        d.add_page_break()
        d.add_paragraph("The respondent is {% for r in respondents %}{{ respondant.name }}{% endfor %}")
    result = check(cli, template(tmp_path, build))
    assert result.exit_code == EXIT_RECORD
    assert ("page 2, paragraph beginning 'The respondent is {% for r in ...': unknown field "
            "`respondant.name`; did you mean `respondents.name`?") in result.output


def test_unknown_attribute_of_a_loop_item_names_the_real_ones(cli, tmp_path):
    path = template(tmp_path, lambda d: d.add_paragraph("{% for r in respondents %}{{ r.nmae }}{% endfor %}"))
    assert "unknown field `r.nmae`; did you mean `r.name`?" in check(cli, path).output


def test_field_checks_follow_model_fields_never_filled_in_the_examples(cli, tmp_path):
    # case.title exists in the record model; case.titel does not.
    path = template(tmp_path, lambda d: d.add_paragraph("{{ case.title }} / {{ case.titel }}"))
    found = problems(check(cli, path))
    assert len(found) == 1 and "unknown field `case.titel`; did you mean `case.title`?" in found[0]


def test_unknown_filter_and_test(cli, tmp_path):
    path = template(tmp_path, lambda d: d.add_paragraph("{{ prepared_on|dat }} {% if draft is mising %}x{% endif %}"))
    output = check(cli, path).output
    assert "unknown filter `dat`; did you mean `date`?" in output
    assert "unknown test `mising`; did you mean `missing`?" in output


def test_broken_tags(cli, tmp_path):
    def build(d):
        d.add_paragraph("A: {{ applicant.name }")
        d.add_paragraph("B: { applicant.name }}")
        d.add_paragraph("C: {{ _('Applicant's name') }}")
        d.add_paragraph("D: {% iff draft %}x{% endif %}")
    output = check(cli, template(tmp_path, build)).output
    assert "paragraph beginning 'A: {{ applicant.name }': the tag `{{ applicant.name }` is not closed in this " \
           "paragraph: its `}}` is missing" in output
    assert "paragraph beginning 'B: { applicant.name }}': `}}` here closes no tag" in output
    assert "paragraph beginning 'C: {{ _('Applicant's name') }}': broken tag" in output
    assert "a quote is not closed (for text with an apostrophe, use double quotes around it)" in output
    assert "`iff` is not a tag word; did you mean `if`?" in output
    assert "`{% endif %}` has no `{% if %}` before it to close" in output


def test_blocks_never_closed_or_closed_twice(cli, tmp_path):
    def build(d):
        d.add_paragraph("{%p if draft %}")
        d.add_paragraph("Draft text")
        d.add_paragraph("{% for r in respondents %}{{ r.name }}")
    output = check(cli, template(tmp_path, build)).output
    assert "paragraph beginning '{%p if draft %}': `{%p if draft %}` is never closed: its `{%p endif %}` is missing" in output
    assert "`{% for r in respondents %}` is never closed: its `{% endfor %}` is missing" in output


def test_structural_tags_in_the_wrong_place(cli, tmp_path):
    def build(d):
        d.add_paragraph("{%tr for r in respondents %}")
        d.add_paragraph("Keep this {%p if draft %}")
        d.add_paragraph("{%p endif %}")
        table = d.add_table(rows=3, cols=2)
        table.rows[0].cells[0].text = "{%tr for r in respondents %}"
        table.rows[0].cells[1].text = "lost text"
        table.rows[1].cells[0].text = "{{ r.name }}"
        table.rows[2].cells[0].text = "{%tr endfor %}"
        d.add_paragraph("{{r applicant.name }}")
    output = check(cli, template(tmp_path, build)).output
    assert "`{%tr for r in respondents %}` must be in a table row of a table" in output
    assert "the rest of this paragraph ('Keepthis') is removed with `{%p if draft %}`" in output
    assert "the rest of this table row ('losttext') is removed with `{%tr for r in respondents %}`" in output
    assert "rich-text and sub-document tags ({{r ...}}) are not supported" in output


def test_block_written_two_ways_or_split_across_cells(cli, tmp_path):
    def build(d):
        d.add_paragraph("{%p if draft %}")
        d.add_paragraph("Draft")
        d.add_paragraph("{% endif %}")
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = "{% if draft %}yes"
        table.rows[0].cells[1].text = "no{% endif %}"
    output = check(cli, template(tmp_path, build)).output
    assert "`{% endif %}` goes with `{%p if draft %}` (paragraph beginning '{%p if draft %}') but is written " \
           "{% ... %} where that one is {%p ...%}: write both the same way" in output
    assert "table cell beginning 'no{% endif %}': `{% endif %}` and `{% if draft %}` (table cell beginning " \
           "'{% if draft %}yes') are not in the same table cell" in output


def test_strings_missing_from_the_catalogs(cli, tmp_path):
    path = template(tmp_path, lambda d: (d.add_paragraph("{{ _('Name') }}"),
                                         d.add_paragraph("{{ _('A sentence the firm added') }}")))
    found = problems(check(cli, path))
    assert len(found) == 1
    assert ("paragraph beginning '{{ _('A sentence the firm added') }}': the text 'A sentence the firm added' "
            "under _() is in no catalog, so it stays in English in every language") in found[0]


def test_headers_footers_and_footnotes_are_named(cli, tmp_path):
    def build(d):
        d.add_paragraph("Body")
        d.sections[0].header.paragraphs[0].text = "Ref {{ refrence }}"
        d.sections[0].footer.paragraphs[0].text = "{{ _('Page') }} {{ pgae }}"
    output = check(cli, template(tmp_path, build)).output
    assert "page header, paragraph beginning 'Ref {{ refrence }}': unknown field `refrence`; did you mean " \
           "`reference`?" in output
    assert "page footer, paragraph beginning" in output and "unknown field `pgae`" in output


def test_tags_where_the_engine_does_not_fill_in(cli, tmp_path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    extra = {
        "word/comments.xml": lambda _: f'<w:comments {w}><w:comment w:id="0"><w:p><w:r><w:t>use {{{{ applicant.email }}}}'
                                       '</w:t></w:r></w:p></w:comment></w:comments>',
        "word/document.xml": lambda xml: xml.replace(
            "<w:t>Body</w:t></w:r>",
            "<w:t>Body</w:t></w:r><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>{{ old }}</w:delText></w:r></w:del>"),
    }
    path = template(tmp_path, lambda d: d.add_paragraph("Body"), extra=extra)
    output = check(cli, path).output
    assert "a comment: holds the tag `{{ applicant.email }}`, but remedies does not fill in a comment" in output
    assert "paragraph beginning 'Body': a tracked change deletes part of a tag; accept or reject" in output


def test_a_failure_only_seen_when_filling_in_is_reported(cli, tmp_path):
    path = template(tmp_path, lambda d: d.add_paragraph("Sought: {{ draft|listing }}"))
    result = check(cli, path)
    assert result.exit_code == EXIT_RECORD
    assert "paragraph beginning 'Sought: {{ draft|listing }}': filling in fails:" in result.output


def test_override_after_an_upgrade_lists_what_the_shipped_version_has(cli, tmp_path):
    source = ROOT / "templates" / "un-special-procedures.docx"
    parts = read_parts(source)
    xml = parts["word/document.xml"].decode()
    assert "{{ victim.other_names|listing('unit') }}" in xml
    xml = xml.replace("{{ victim.other_names|listing('unit') }}", "").replace(
        "{{ _('Other names and spellings') }}", "Other names")
    parts["word/document.xml"] = xml.encode()
    path = write_parts(parts, tmp_path / "un-special-procedures.docx")
    result = cli("template", "check", path)
    assert result.exit_code == 0, result.output
    assert "note: the shipped un-special-procedures template uses the field `victim.other_names`; this " \
           "template does not" in result.output
    assert "note: the shipped un-special-procedures template has the text 'Other names and spellings'; this " \
           "template does not" in result.output


def test_document_taken_from_the_file_name(cli, tmp_path):
    path = template(tmp_path, lambda d: d.add_paragraph("{{ chronology }}"), name="wgad.docx")
    output = cli("template", "check", path).output
    assert "unknown field `chronology`" in output and "checked as the wgad template" in output


@pytest.mark.parametrize("content, message", [
    (b"not a zip at all", "is not a Word .docx file (it cannot be opened as one)"),
    (b"", "is not a Word .docx file (it cannot be opened as one)"),
    ("zip", "is a zip file but not a Word document (it has no word/document.xml)"),
    ("badxml", "is damaged: its part word/document.xml is not readable XML"),
])
def test_bad_files_get_one_sentence(cli, tmp_path, content, message):
    path = tmp_path / "broken.docx"
    if content == "zip":
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("hello.txt", "hi")
    elif content == "badxml":
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("word/document.xml", "<w:document><w:body>")
    else:
        path.write_bytes(content)
    result = check(cli, path)
    assert result.exit_code == EXIT_RECORD
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_bad_input_of_other_kinds(cli, tmp_path):
    missing = cli("template", "check", tmp_path / "nowhere.docx", "--doc", DOC)
    assert missing.exit_code == EXIT_RECORD and "error: cannot read" in missing.output
    path = template(tmp_path, lambda d: d.add_paragraph("x"))
    unknown = cli("template", "check", path, "--doc", "harassment")
    assert unknown.exit_code == EXIT_RECORD
    assert "error: --doc harassment is not a document; choose one of court-application" in unknown.output
    untold = cli("template", "check", path)
    assert untold.exit_code == EXIT_RECORD
    assert "error: firm.docx: cannot tell which document this template is for; name it with --doc" in untold.output
    folder = cli("template", "check", tmp_path, "--doc", DOC)
    assert folder.exit_code == EXIT_RECORD and "Traceback" not in folder.output
