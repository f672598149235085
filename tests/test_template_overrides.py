"""Firm templates: export a shipped one, edit it, and `draft` uses it for that document alone."""

from __future__ import annotations

import docx
import pytest

from conftest import ROOT
from docxtext import document_text
from remedies.cli.base import EXIT_RECORD
from remedies.i18n import catalogs
from remedies.rendering import resources

LETTER = "RD-2026-031-un-special-procedures-en.docx"


def firm_copy(folder, letterhead: str, name: str = "un-special-procedures.docx"):
    """The shipped template with a letterhead paragraph on top, as a firm would add it in Word."""
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document(str(ROOT / "templates" / name))
    first = next(p for p in document.paragraphs if not p.text.startswith("{%"))  # above the first text
    first.insert_paragraph_before(letterhead)
    path = folder / name
    document.save(path)
    return path


@pytest.fixture
def user_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return resources.user_templates_dir()


def test_user_templates_folder_is_in_the_platform_data_folder(user_folder, tmp_path):
    assert user_folder == tmp_path / "data" / "remedies" / "templates"


def test_shipped_template_by_default(user_folder):
    assert resources.template_path("wgad.docx") == resources.shipped_template("wgad.docx")


def test_firm_folder_overrides_per_document(cli, sample, tmp_path, user_folder):
    firm_copy(user_folder, "Tan & Partners LLP, 1 Raffles Place")
    assert resources.template_path("un-special-procedures.docx") == user_folder / "un-special-procedures.docx"
    assert resources.template_path("wgad.docx") == resources.shipped_template("wgad.docx")
    result = cli("draft", sample, "--doc", "un-special-procedures", "--doc", "court-application", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert document_text(tmp_path / "out" / LETTER).startswith("Tan & Partners LLP, 1 Raffles Place")
    other = document_text(tmp_path / "out" / "RD-2026-031-court-application-simplified-claim-en.docx")
    assert "Tan & Partners" not in other


def test_remedies_templates_wins_over_the_user_folder(cli, sample, tmp_path, user_folder, monkeypatch):
    firm_copy(user_folder, "From the user folder")
    chosen = firm_copy(tmp_path / "chosen", "From REMEDIES_TEMPLATES")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(chosen.parent))
    result = cli("draft", sample, "--doc", "un-special-procedures", "--locale", "fr", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / "out" / "RD-2026-031-un-special-procedures-fr.docx")
    assert text.startswith("From REMEDIES_TEMPLATES") and "From the user folder" not in text
    assert "Communication aux procédures spéciales" in text  # the firm's copy still translates through the catalogs


def test_a_broken_override_is_reported_not_a_crash(cli, sample, tmp_path, monkeypatch):
    folder = tmp_path / "firm"
    firm_copy(folder, "Letterhead {{ unclosed ")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(folder))
    result = cli("draft", sample, "--doc", "un-special-procedures", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_RECORD and "Traceback" not in result.output
    assert f"error: {folder / 'un-special-procedures.docx'} (which replaces the shipped un-special-procedures.docx) " \
           "cannot be used: " in result.output
    assert "remedies template check" in result.output
    assert not (tmp_path / "out" / LETTER).exists()
    check = cli("template", "check", folder / "un-special-procedures.docx")
    assert check.exit_code == EXIT_RECORD
    assert "paragraph beginning 'Letterhead {{ unclosed': the tag `{{ unclosed` is not closed" in check.output


def test_an_override_that_is_not_a_docx_is_refused(cli, sample, tmp_path, monkeypatch):
    folder = tmp_path / "firm"
    folder.mkdir()
    (folder / "un-special-procedures.docx").write_text("saved as text by mistake")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(folder))
    result = cli("draft", sample, "--doc", "un-special-procedures", "--locale", "fr", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_RECORD, result.output
    assert "(which replaces the shipped un-special-procedures.docx) is not a Word .docx file" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_catalog_tools_read_the_override(tmp_path, monkeypatch):
    folder = tmp_path / "firm"
    path = firm_copy(folder, "{{ _('Our firm wording') }}")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(folder))
    assert path in catalogs.templates()
    assert "Our firm wording" in catalogs.template_messages()["un-special-procedures"]


def test_export_copies_the_shipped_template(cli, tmp_path, user_folder):
    firm_copy(user_folder, "an override must not be exported")
    result = cli("template", "export", "un-special-procedures", tmp_path / "mine")
    assert result.exit_code == 0, result.output
    copy = tmp_path / "mine" / "un-special-procedures.docx"
    assert copy.read_bytes() == (ROOT / "templates" / "un-special-procedures.docx").read_bytes()
    assert str(user_folder) in result.output and "remedies template check" in result.output
    again = cli("template", "export", "un-special-procedures", tmp_path / "mine")
    assert again.exit_code == EXIT_RECORD and "already exists; pass --force" in again.output
    assert cli("template", "export", "un-special-procedures", tmp_path / "mine", "--force").exit_code == 0
    checked = cli("template", "check", copy)
    assert checked.exit_code == 0 and "no problems found" in checked.output


def test_export_refuses_bad_input(cli, tmp_path):
    unknown = cli("template", "export", "harrasment-order", tmp_path)
    assert unknown.exit_code == EXIT_RECORD
    assert "error: harrasment-order is not a document; choose one of" in unknown.output
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert cli("template", "export", "wgad", a_file).exit_code == EXIT_RECORD
