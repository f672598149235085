"""Firm templates: export a shipped one, edit it, and `draft` uses it for that document alone."""

from __future__ import annotations

import docx
import pytest

from conftest import ROOT
from docxtext import document_text
from remedies.cli.base import EXIT_RECORD
from remedies.i18n import catalogs
from remedies.rendering import resources

APPLICATION = "RD-2026-031-harassment-order-en.docx"


def firm_copy(folder, letterhead: str, name: str = "harassment-order.docx"):
    """The shipped template with a letterhead paragraph on top, as a firm would add it in Word."""
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document(str(ROOT / "templates" / name))
    document.paragraphs[0].insert_paragraph_before(letterhead)
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
    assert resources.template_path("wgad.docx") == ROOT / "templates" / "wgad.docx"


def test_firm_folder_overrides_per_document(cli, sample, tmp_path, user_folder):
    firm_copy(user_folder, "Tan & Partners LLP, 1 Raffles Place")
    assert resources.template_path("harassment-order.docx") == user_folder / "harassment-order.docx"
    assert resources.template_path("wgad.docx") == ROOT / "templates" / "wgad.docx"
    result = cli("draft", sample, "--doc", "harassment-order", "--doc", "un-special-procedures", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert document_text(tmp_path / "out" / APPLICATION).startswith("Tan & Partners LLP, 1 Raffles Place")
    other = document_text(tmp_path / "out" / "RD-2026-031-un-special-procedures-en.docx")
    assert "Tan & Partners" not in other


def test_remedies_templates_wins_over_the_user_folder(cli, sample, tmp_path, user_folder, monkeypatch):
    firm_copy(user_folder, "From the user folder")
    chosen = firm_copy(tmp_path / "chosen", "From REMEDIES_TEMPLATES")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(chosen.parent))
    result = cli("draft", sample, "--doc", "harassment-order", "--locale", "fr", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / "out" / "RD-2026-031-harassment-order-fr.docx")
    assert text.startswith("From REMEDIES_TEMPLATES") and "From the user folder" not in text
    assert "Demande" in text  # the firm's copy still translates through the catalogs


def test_a_broken_override_is_reported_not_a_crash(cli, sample, tmp_path, monkeypatch):
    folder = tmp_path / "firm"
    firm_copy(folder, "Letterhead {{ unclosed ")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(folder))
    result = cli("draft", sample, "--doc", "harassment-order", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_RECORD and "Traceback" not in result.output
    assert f"error: {folder / 'harassment-order.docx'} (which replaces the shipped harassment-order.docx) " \
           "cannot be used: " in result.output
    assert "remedies template check" in result.output
    assert not (tmp_path / "out" / APPLICATION).exists()
    check = cli("template", "check", folder / "harassment-order.docx")
    assert check.exit_code == EXIT_RECORD
    assert "paragraph beginning 'Letterhead {{ unclosed': the tag `{{ unclosed` is not closed" in check.output


def test_an_override_that_is_not_a_docx_is_refused(cli, sample, tmp_path, monkeypatch):
    folder = tmp_path / "firm"
    folder.mkdir()
    (folder / "harassment-order.docx").write_text("saved as text by mistake")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(folder))
    result = cli("draft", sample, "--doc", "harassment-order", "--locale", "fr", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_RECORD, result.output
    assert "(which replaces the shipped harassment-order.docx) is not a Word .docx file" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_catalog_tools_read_the_override(tmp_path, monkeypatch):
    folder = tmp_path / "firm"
    path = firm_copy(folder, "{{ _('Our firm wording') }}")
    monkeypatch.setenv("REMEDIES_TEMPLATES", str(folder))
    assert path in catalogs.templates()
    assert "Our firm wording" in catalogs.template_messages()["harassment-order"]


def test_export_copies_the_shipped_template(cli, tmp_path, user_folder):
    firm_copy(user_folder, "an override must not be exported")
    result = cli("template", "export", "harassment-order", tmp_path / "mine")
    assert result.exit_code == 0, result.output
    copy = tmp_path / "mine" / "harassment-order.docx"
    assert copy.read_bytes() == (ROOT / "templates" / "harassment-order.docx").read_bytes()
    assert str(user_folder) in result.output and "remedies template check" in result.output
    again = cli("template", "export", "harassment-order", tmp_path / "mine")
    assert again.exit_code == EXIT_RECORD and "already exists; pass --force" in again.output
    assert cli("template", "export", "harassment-order", tmp_path / "mine", "--force").exit_code == 0
    checked = cli("template", "check", copy)
    assert checked.exit_code == 0 and "no problems found" in checked.output


def test_export_refuses_bad_input(cli, tmp_path):
    unknown = cli("template", "export", "harrasment-order", tmp_path)
    assert unknown.exit_code == EXIT_RECORD
    assert "error: harrasment-order is not a document; choose one of" in unknown.output
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert cli("template", "export", "wgad", a_file).exit_code == EXIT_RECORD
