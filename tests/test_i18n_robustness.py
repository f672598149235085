"""Catalogs are data: literal percent signs, bad placeholders, control characters, charsets, stray folders,
and a translator's folder outside the installation."""

from __future__ import annotations

import shutil

import pytest
from babel.messages.pofile import read_po, write_po

from conftest import ROOT
from docxtext import document_text
from remedies.rendering import resources

APPLICATION = "RD-2026-031-court-application-simplified-claim-fr.docx"


@pytest.fixture
def catalogs(tmp_path, monkeypatch):
    folder = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", folder)
    monkeypatch.setenv("REMEDIES_LOCALES", str(folder))
    return folder


def set_fr(folder, msgid: str, msgstr: str) -> int:
    """Translate `msgid` in the French catalog; returns the line of the message in the .po file."""
    po = folder / "fr" / "LC_MESSAGES" / "remedies.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    catalog[msgid].string = msgstr
    with po.open("wb") as handle:
        write_po(handle, catalog, width=100)
    text = po.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(text, 1) if line.startswith("msgid") and msgid[:20] in line)


def draft_fr(cli, sample, out):
    return cli("draft", sample, "--doc", "court-application", "--locale", "fr", "--out", out)


def test_a_percent_sign_in_a_translation_is_literal(cli, catalogs, sample, tmp_path):
    set_fr(catalogs, "Orders sought", "Mesures demandées à 100% sûres")
    result = draft_fr(cli, sample, tmp_path)
    assert result.exit_code == 0, result.output
    assert "Mesures demandées à 100% sûres" in document_text(tmp_path / APPLICATION)
    assert cli("i18n", "check").exit_code == 0


def test_an_unknown_placeholder_is_a_clear_error_naming_file_line_and_msgid(cli, catalogs, sample, tmp_path):
    line = set_fr(catalogs, "Orders sought", "Mesures %(inconnu)s")
    result = draft_fr(cli, sample, tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"fr/LC_MESSAGES/remedies.po:{line}: the translation of 'Orders sought' uses the placeholder " \
           "%(inconnu)s" in result.output
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    check = cli("i18n", "check")
    assert check.exit_code == 1 and "%(inconnu)s" in check.output


def test_a_control_character_in_a_translation_is_refused(cli, catalogs, sample, tmp_path):
    set_fr(catalogs, "Orders sought", "Mesures\x0b demandées")
    result = draft_fr(cli, sample, tmp_path / "out")
    assert result.exit_code == 2 and "control character (U+000B)" in result.output
    check = cli("i18n", "check")
    assert check.exit_code == 1 and "control character" in check.output


def test_a_bad_charset_is_one_sentence(cli, catalogs, sample, tmp_path):
    po = catalogs / "fr" / "LC_MESSAGES" / "remedies.po"
    po.write_text(po.read_text(encoding="utf-8").replace("charset=utf-8", "charset=NOPE-42", 1), encoding="utf-8")
    result = draft_fr(cli, sample, tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert "declares a character set" in result.output and "Traceback" not in result.output


def test_a_folder_that_is_not_a_locale_is_ignored_with_one_warning(cli, catalogs, sample, tmp_path, monkeypatch):
    shutil.copytree(catalogs / "fr", catalogs / "backup-old")
    monkeypatch.setattr(resources, "_warned", set())
    result = draft_fr(cli, sample, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert result.output.count("backup-old") == 1 and "is ignored" in result.output
    assert cli("i18n", "status").exit_code == 0


def test_installed_copy_keeps_translators_catalogs_in_the_user_folder(cli, sample, tmp_path, monkeypatch):
    """After `pip install .` the shipped catalogs sit inside the package: init must not write there."""
    package = tmp_path / "site-packages" / "remedies"
    shipped = package / "locales"
    shutil.copytree(ROOT / "locales", shipped)
    user = tmp_path / "home" / "locales"
    monkeypatch.delenv("REMEDIES_LOCALES", raising=False)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    monkeypatch.setattr(resources, "shipped_locales_dir", lambda: shipped)
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_path", lambda *a, **k: user.parent)
    result = cli("i18n", "init", "pt_BR")
    assert result.exit_code == 0, result.output
    assert (user / "pt_BR" / "LC_MESSAGES" / "remedies.po").exists()
    assert not (shipped / "pt_BR").exists()
    assert cli("i18n", "where").output.strip() == str(user)
    # check covers every catalog drafting reads: the translator's and the shipped ones.
    checked = cli("i18n", "check")
    assert checked.exit_code == 0 and "11 catalogs checked" in checked.output, checked.output
    # Drafting reads the translator's catalog first, and the shipped ones still.
    po = user / "pt_BR" / "LC_MESSAGES" / "remedies.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="pt_BR")
    catalog["Orders sought"].string = "Medidas requeridas"
    with po.open("wb") as handle:
        write_po(handle, catalog, width=100)
    out = tmp_path / "out"
    assert cli("draft", sample, "--doc", "court-application", "--locale", "pt_BR", "--out", out).exit_code == 0
    assert "Medidas requeridas" in document_text(out / "RD-2026-031-court-application-simplified-claim-pt_BR.docx")
    french = cli("draft", sample, "--doc", "court-application", "--locale", "fr", "--out", out)
    assert french.exit_code == 0, french.output


def test_locales_option_names_the_folder(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("REMEDIES_LOCALES", raising=False)
    folder = tmp_path / "mine"
    result = cli("i18n", "--locales", folder, "init", "pt_BR")
    assert result.exit_code == 0, result.output
    assert (folder / "pt_BR" / "LC_MESSAGES" / "remedies.po").exists()
