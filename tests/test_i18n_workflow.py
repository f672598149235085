"""The translator's workflow: init a locale, edit the .po, draft in it; status, check, fallbacks, extraction."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po, write_po

from conftest import ROOT
from docxtext import document_text
from remedies.i18n import catalogs as workflow

APPLICATION = "RD-2026-031-court-application-simplified-claim-{}.docx"


@pytest.fixture
def catalogs(tmp_path, monkeypatch):
    """A translator's copy of the catalogs, used instead of the shipped ones."""
    folder = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", folder)
    monkeypatch.setenv("REMEDIES_LOCALES", str(folder))
    return folder


def translate(po_file, translations: dict[str, str], locale: str) -> None:
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    for msgid, msgstr in translations.items():
        catalog[msgid].string = msgstr
    with po_file.open("wb") as handle:
        write_po(handle, catalog, width=100)


def test_init_edit_draft(cli, catalogs, sample, tmp_path):
    result = cli("i18n", "init", "pt_BR")
    assert result.exit_code == 0, result.output
    po_file = catalogs / "pt_BR" / "LC_MESSAGES" / "remedies.po"
    assert po_file.exists()
    translate(po_file, {"Orders sought": "Medidas requeridas", "Provisions contravened": "Disposições violadas"},
              "pt_BR")

    out = tmp_path / "out"
    result = cli("draft", sample, "--doc", "harassment-order", "--locale", "pt_BR", "--out", out)
    assert result.exit_code == 0, result.output
    text = document_text(out / APPLICATION.format("pt_BR"))
    assert "\nMedidas requeridas\n" in text and "\nDisposições violadas\n" in text
    assert "20 de novembro de 2026" in text  # Babel formats dates for the locale
    assert "fall back along pt_BR -> pt -> en" in result.output

    strict = cli("draft", sample, "--doc", "harassment-order", "--locale", "pt_BR", "--out", tmp_path / "s",
                 "--strict")
    assert strict.exit_code == 3 and "is not fully translated" in strict.output


def test_fallback_follows_the_locale_chain(cli, catalogs, sample, tmp_path):
    assert cli("i18n", "init", "pt").exit_code == 0
    assert cli("i18n", "init", "pt_BR").exit_code == 0
    translate(catalogs / "pt" / "LC_MESSAGES" / "remedies.po", {"Orders sought": "Medidas pedidas"}, "pt")
    result = cli("draft", sample, "--doc", "harassment-order", "--locale", "pt_BR", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "\nMedidas pedidas\n" in document_text(tmp_path / APPLICATION.format("pt_BR"))


def test_init_refuses_unknown_or_existing_locale(cli, catalogs):
    result = cli("i18n", "init", "xx_NOPE")
    assert result.exit_code == 2 and "is not a CLDR locale identifier" in result.output
    result = cli("i18n", "init", "en")
    assert result.exit_code == 2 and "already exists" in result.output


def test_status_shows_share_and_review(cli, catalogs):
    cli("i18n", "init", "de")
    translate(catalogs / "de" / "LC_MESSAGES" / "remedies.po", {"Orders sought": "Beantragte Anordnungen"}, "de")
    rows = {(r["locale"], r["document"]): r for r in workflow.status()}
    row = rows[("de", "court-application")]
    assert row["translated"] == 1 and row["reviewed"] is False
    assert rows[("en", "court-application")]["reviewed"] is True
    result = cli("i18n", "status")
    assert result.exit_code == 0 and "de " in result.output


def test_check_finds_stale_placeholder_and_markup_problems(cli, catalogs):
    assert cli("i18n", "check").exit_code == 0
    cli("i18n", "init", "de")
    po_file = catalogs / "de" / "LC_MESSAGES" / "remedies.po"
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale="de")
    catalog.delete("Orders sought")
    catalog.add("%(count)s items", string="%(anzahl)s Dinge")
    catalog["Provisions contravened"].string = "Erklärung {{ 7*7 }}"
    with po_file.open("wb") as handle:
        write_po(handle, catalog)
    result = cli("i18n", "check")
    assert result.exit_code == 1
    assert "de: catalog is stale" in result.output
    assert "does not keep its placeholders" in result.output
    assert "holds template or markup characters" in result.output
    assert cli("i18n", "update").exit_code == 0
    assert "catalog is stale" not in cli("i18n", "check").output


def test_translation_is_escaped_and_not_evaluated(cli, catalogs, sample, tmp_path):
    cli("i18n", "init", "de")
    translate(catalogs / "de" / "LC_MESSAGES" / "remedies.po", {"Orders sought": "Anträge & <Befehle>"}, "de")
    result = cli("draft", sample, "--doc", "harassment-order", "--locale", "de", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "\nAnträge & <Befehle>\n" in document_text(tmp_path / APPLICATION.format("de"))


def test_pybabel_extract_uses_the_docx_method(tmp_path):
    target = tmp_path / "remedies.pot"
    result = subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_", "-o", str(target), "."],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with target.open("rb") as handle:
        extracted = {m.id for m in read_po(handle) if m.id}
    ours = {m.id for m in workflow.pot() if m.id}
    assert ours <= extracted
    assert "Orders sought" in extracted


def test_extract_writes_a_pot(cli, catalogs, tmp_path):
    result = cli("i18n", "extract", "--output", tmp_path / "x.pot")
    assert result.exit_code == 0 and (tmp_path / "x.pot").exists()


def test_shipped_catalogs_pass_the_check():
    assert [str(p) for p in workflow.check()] == []
