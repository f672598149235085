"""Shared fixtures: the example records, a CLI runner, and LibreOffice when it is installed."""

from __future__ import annotations
import os

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from remedies.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SAMPLE = EXAMPLES / "sample-record.yaml"


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def record_file(tmp_path, sample_text):
    """Write a variant of the sample record: record_file(lambda text: text.replace(...), name=...)."""

    def make(change=lambda text: text, name: str = "record.yaml") -> Path:
        path = tmp_path / name
        content = change(sample_text)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    return make


@pytest.fixture
def cli():
    """Run the CLI in-process: cli("draft", str(path), "--out", str(dir)) -> click Result."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice is not installed")
    return found


@pytest.fixture(autouse=True)
def _no_user_templates(monkeypatch, tmp_path_factory):
    """A firm's own templates on this machine must not change what the tests draft."""
    monkeypatch.delenv("REMEDIES_TEMPLATES", raising=False)
    # A user data folder of each test's own: a catalog or template one test leaves in the user's folder
    # (i18n init/update without --locales) must not change what a later test drafts.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
    # Compiled templates go to a cache of the test run, never the user's own cache folder.
    monkeypatch.setenv("REMEDIES_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "template-cache"))
    monkeypatch.delenv("REMEDIES_NO_CACHE", raising=False)
    # `i18n --locales DIR` sets REMEDIES_LOCALES for the rest of its process; a command run in-process by
    # a test must not leave it to the next test. (setenv first, so that monkeypatch restores it.)
    monkeypatch.setenv("REMEDIES_LOCALES", os.environ.get("REMEDIES_LOCALES", ""))
    if not os.environ["REMEDIES_LOCALES"]:
        monkeypatch.delenv("REMEDIES_LOCALES")
