"""What makes drafting fast must never change what is drafted: the template cache, the YAML loader,
the listing markup, memoised lookups; and start-up imports only what a command needs. Nothing is timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import ROOT, SAMPLE
from docxtext import document_text
from remedies import data
from remedies.documents import REGISTRY
from remedies.documents.base import Options
from remedies.record import load
from remedies.rendering import cache, engine
from remedies.rendering.resources import templates_dir


@pytest.fixture
def record():
    return load(SAMPLE).record


def _jobs(record):
    found = []
    for document in REGISTRY.values():
        if document.not_applicable(record) or document.refusal(record):
            continue
        draft = document.build(record, Options(locale="en"))
        found.append((templates_dir() / (draft.template or document.template), draft))
    return found


def _render_all(jobs, locale="en") -> list[bytes]:
    engine._cache.clear()  # a new process, as far as compiled templates go
    return [engine.render(path, locale, draft.context, draft.properties) for path, draft in jobs]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("REMEDIES_CACHE_DIR", str(folder))
    yield folder
    engine._cache.clear()


def test_cached_templates_render_the_same_bytes_as_freshly_compiled_ones(record, cache_folder, monkeypatch):
    jobs = _jobs(record)
    monkeypatch.setenv("REMEDIES_NO_CACHE", "1")
    fresh = _render_all(jobs)
    assert not list(cache_folder.glob("*.bin"))
    monkeypatch.delenv("REMEDIES_NO_CACHE")
    assert _render_all(jobs) == fresh  # compiled and stored
    entries = sorted(cache_folder.glob("*.bin"))
    assert len(entries) == len({path for path, _ in jobs})
    assert (cache_folder.stat().st_mode & 0o777) == 0o700

    # From the cache, compiling is never needed: prove it by making compiling impossible.
    def refuse(*args, **kwargs):
        raise AssertionError("compiled although the cache holds the template")

    monkeypatch.setattr(engine, "_compile", refuse)
    assert _render_all(jobs) == fresh
    assert "Protection from Harassment" in document_text(fresh[0])


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "other-version", "deleted-folder", "garbage"])
def test_a_damaged_or_foreign_cache_is_ignored_and_rewritten(record, cache_folder, monkeypatch, damage):
    jobs = _jobs(record)
    expected = _render_all(jobs)
    entries = sorted(cache_folder.glob("*.bin"))
    assert entries
    for entry in entries:
        content = entry.read_bytes()
        if damage == "truncated":
            entry.write_bytes(content[: len(content) // 2])
        elif damage == "flipped":  # one byte of the compiled code changed: the checksum catches it
            middle = len(content) // 2
            entry.write_bytes(content[:middle] + bytes([content[middle] ^ 0xFF]) + content[middle + 1:])
        elif damage == "empty":
            entry.write_bytes(b"")
        elif damage == "other-version":
            entry.write_bytes(content.replace(cache.FORMAT, b"remedies-compiled-template 0\n", 1))
        elif damage == "garbage":
            entry.write_bytes(os.urandom(len(content)))
    if damage == "deleted-folder":
        for entry in entries:
            entry.unlink()
        cache_folder.rmdir()
    assert _render_all(jobs) == expected
    for entry in entries:  # compiled anew and stored again, whole
        assert cache.load(entry.stem) is not None


def test_a_new_engine_version_uses_new_entries(record, cache_folder, monkeypatch):
    jobs = _jobs(record)[:1]
    expected = _render_all(jobs)
    before = {p.name for p in cache_folder.glob("*.bin")}
    cache._engine_digest.cache_clear()
    monkeypatch.setattr("remedies.__version__", "99.0.0")
    try:
        assert _render_all(jobs) == expected
        after = {p.name for p in cache_folder.glob("*.bin")}
        assert before < after  # a different key: the old version's entry is never read
    finally:
        cache._engine_digest.cache_clear()


def test_the_key_follows_template_catalogs_and_conventions(tmp_path):
    from remedies.rendering.scripts import conventions

    template = sorted(templates_dir().glob("*.docx"))[0].read_bytes()
    po = tmp_path / "remedies.po"
    po.write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    base = cache.key(template, "fr", conventions("fr"), [po])
    assert cache.key(template + b"x", "fr", conventions("fr"), [po]) != base
    assert cache.key(template, "ar", conventions("ar"), [po]) != base
    assert cache.key(template, "fr", conventions("ar"), [po]) != base
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    assert cache.key(template, "fr", conventions("fr"), [po]) != base


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="folder ownership is checked where there are uids")
def test_a_folder_others_can_write_to_is_never_used(record, cache_folder):
    jobs = _jobs(record)[:1]
    expected = _render_all(jobs)
    entry = next(cache_folder.glob("*.bin"))
    os.chmod(cache_folder, 0o777)
    try:
        assert cache.load(entry.stem) is None
        entry.unlink()
        assert _render_all(jobs) == expected
        assert not list(cache_folder.glob("*.bin"))  # nor written to
    finally:
        os.chmod(cache_folder, 0o700)


def test_an_unwritable_cache_only_means_no_cache(record, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("REMEDIES_CACHE_DIR", str(blocker / "cache"))
    jobs = _jobs(record)[:2]
    monkeypatch.setenv("REMEDIES_NO_CACHE", "1")
    expected = _render_all(jobs)
    monkeypatch.delenv("REMEDIES_NO_CACHE")
    assert _render_all(jobs) == expected
    engine._cache.clear()


def test_the_shipped_data_tables_read_as_ruamel_yaml_reads_them():
    files = sorted(data.DATA.rglob("*.yaml")) + [ROOT / "locales" / "conventions.yaml"]
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert data.parse_yaml(path.read_bytes()) == YAML(typ="safe", pure=True).load(text), path


@pytest.mark.parametrize("text", ["a: no", "a: on", "a: y", "a: NO", "a: 010", "a: 1:30", "a: 0o17", "a: 0x1F",
                                  "a: 1_000", "a: 2026-12-02", "a: .5", "a: 1e3", "a: ~", "a:", "a: True",
                                  "a: 2026-12-02T10:00:00+08:00", "a: -.inf", "a: +12", "a: '010'"])
def test_plain_scalars_resolve_as_yaml_1_2(text):
    assert data.parse_yaml(text) == YAML(typ="safe", pure=True).load(text)


def test_listing_markup_matches_docxtpl():
    from docxtpl import DocxTemplate

    xml = ('<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>one\ttwo\nthree</w:t></w:r>'
           '<w:r><w:t xml:space="preserve">four\aFive\fsix</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>plain</w:t></w:r><w:r w:rsidR="1"><w:t>x\ny</w:t></w:r></w:p>')
    assert engine._listing(xml) == DocxTemplate.resolve_listing(None, xml)
    assert "<w:tab/>" in engine._listing(xml) and '<w:br w:type="page"/>' in engine._listing(xml)


def _modules_after(*arguments: str, env: dict | None = None) -> set[str]:
    script = ("import sys\nsys.argv = ['remedies'] + sys.argv[1:]\nfrom remedies.cli import main\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print(' '.join(sorted(sys.modules)), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", script, *arguments], capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, timeout=120)
    return set(result.stderr.strip().splitlines()[-1].split())


@pytest.mark.parametrize("arguments", [("--version",), ("--help",)])
def test_version_and_help_import_no_models_and_no_docxtpl(arguments):
    loaded = _modules_after(*arguments)
    assert "click" in loaded  # the probe itself worked
    for heavy in ("pydantic", "docxtpl", "docx", "remedies.documents", "remedies.record.model", "jinja2", "babel"):
        assert heavy not in loaded, heavy


def test_drafting_from_the_cache_imports_no_docxtpl(tmp_path):
    env = {"REMEDIES_CACHE_DIR": str(tmp_path / "cache")}
    arguments = ("draft", str(SAMPLE), "--all", "--out", str(tmp_path / "out"), "--force")
    first = _modules_after(*arguments, env=env)
    assert "docxtpl" in first  # compiling heals tags with docxtpl's own code
    second = _modules_after(*arguments, env=env)
    assert "remedies.drafting" in second and "docxtpl" not in second and "docx" not in second
    assert len(list((tmp_path / "out").glob("*.docx"))) >= 5


def test_constant_translations_are_text_and_never_template_code():
    from jinja2.sandbox import ImmutableSandboxedEnvironment
    from markupsafe import Markup, escape

    env = ImmutableSandboxedEnvironment(autoescape=True, extensions=["jinja2.ext.i18n"])
    catalog = {"Applicant": "Demandeur & fils", "Name": "{{ 7 * 7 }}", "Tail": "ends #}"}
    env.install_gettext_callables(lambda m: escape(catalog.get(m, m)), lambda s, p, n: Markup(s),
                                  newstyle=True)
    source = ('<w:t>{{ _("Applicant") }}</w:t><w:t>{{ _(\'Name\') }}</w:t><w:t>{{ _("Tail") }}</w:t>'
              '<w:t>{{ _("Other %(x)s", x=1) }}</w:t><w:t>{{ _("Broken %(x)s") }}</w:t>')
    prepared = engine._translated(source, env)
    assert "<w:t>Demandeur &amp; fils</w:t>" in prepared  # rendered once, escaped as at render time
    assert "{{ _('Name') }}" in prepared and '{{ _("Tail") }}' in prepared  # would hold a delimiter
    assert '{{ _("Other %(x)s", x=1) }}' in prepared and '{{ _("Broken %(x)s") }}' in prepared
    # The translator's braces print as text, never as template code.
    output = env.from_string(prepared.replace('<w:t>{{ _("Broken %(x)s") }}</w:t>', "")).render()
    assert "{{ 7 * 7 }}" in output and "49" not in output and "ends #}" in output


def test_country_names_kept_in_the_cache_are_babels(cache_folder):
    from babel import Locale

    from remedies.checks.redaction import redact

    locales = ("en", "fr", "zh_Hans")
    redact._territories.cache_clear()
    first = redact._territories(locales)
    assert first == {locale: dict(Locale.parse(locale).territories) for locale in locales}
    stored = next(cache_folder.glob("territories-*.json"))
    redact._territories.cache_clear()
    assert redact._territories(locales) == first  # read back from the cache
    stored.write_text('{"en": {"SG": 7}}', encoding="utf-8")  # damaged: computed again
    redact._territories.cache_clear()
    assert redact._territories(locales) == first
    redact._territories.cache_clear()


def _many(count: int):
    """The sample record with `count` incidents, each with its own description."""
    from remedies.record.model import Record

    base = load(SAMPLE).record
    first = base.incidents[0]
    incidents = [first.model_copy(update={"id": f"I{n}", "description": f"Posted the address again, post {n}."})
                 for n in range(1, count + 1)]
    return Record.model_validate(base.model_dump() | {"incidents": [i.model_dump() for i in incidents]})


def test_check_builds_the_press_brief_once_and_stays_linear(monkeypatch):
    """`check` judges the press kit and the press brief from one brief, and the redaction work grows with
    the incidents, not with their square (counted in calls, not timed)."""
    from remedies.checks.redaction.match import Matcher
    from remedies.documents import press_brief
    from remedies.readiness import readiness

    calls = {"build": 0, "find": 0}
    build, find = press_brief._build, Matcher.find

    def counted_build(*args, **kwargs):
        calls["build"] += 1
        return build(*args, **kwargs)

    def counted_find(self, *args, **kwargs):
        calls["find"] += 1
        return find(self, *args, **kwargs)

    monkeypatch.setattr(press_brief, "_build", counted_build)
    monkeypatch.setattr(Matcher, "find", counted_find)
    counts = {}
    for size in (100, 200):
        record = _many(size)
        calls.update(build=0, find=0)
        rows = readiness(record)
        assert {row["document"] for row in rows} >= {"press-brief", "press-kit"}
        assert calls["build"] == 1
        counts[size] = calls["find"]
    assert counts[200] <= 2.1 * counts[100]
    # Outside a check, each call builds its own brief.
    press_brief.build(record, Options(locale="en"))
    press_brief.build(record, Options(locale="en"))
    assert calls["build"] == 3


def test_the_press_brief_shared_in_check_is_the_one_built_alone():
    from remedies.documents import press_brief
    from remedies.readiness import readiness

    record = load(SAMPLE).record
    alone = {name: press_brief.build(record, Options(locale="en")).missing for name in ("brief",)}
    rows = {row["document"]: row for row in readiness(record)}
    assert rows["press-brief"]["missing"] == alone["brief"]
    assert rows["press-kit"]["checks"][0] == rows["press-brief"]["checks"][0]


def test_compiled_catalogs_are_kept_and_a_damaged_entry_is_compiled_again(cache_folder, tmp_path, monkeypatch):
    """A new process reads the compiled catalog from the cache; a damaged entry or an edited .po file
    never gives old or broken translations."""
    import shutil

    from remedies.i18n import runtime
    from remedies.rendering.resources import shipped_locales_dir

    folder = tmp_path / "locales"
    shutil.copytree(shipped_locales_dir() / "fr", folder / "fr")
    monkeypatch.setenv("REMEDIES_LOCALES", str(folder))
    po = folder / "fr" / "LC_MESSAGES" / "remedies.po"

    def fresh(locale="fr"):
        runtime._compiled.cache_clear()  # as a new process would
        return runtime.catalog(locale)

    expected = fresh().gettext("Press release")
    assert expected != "Press release"
    entries = sorted(cache_folder.glob("catalog-*.dat"))
    assert entries
    monkeypatch.setattr(runtime, "_compile_catalog", lambda *a: (_ for _ in ()).throw(AssertionError("compiled")))
    assert fresh().gettext("Press release") == expected  # read from the cache, never compiled
    monkeypatch.undo()
    monkeypatch.setenv("REMEDIES_CACHE_DIR", str(cache_folder))
    monkeypatch.setenv("REMEDIES_LOCALES", str(folder))
    for entry in entries:
        data = bytearray(entry.read_bytes())
        data[-5] ^= 0xFF
        entry.write_bytes(bytes(data))
    assert fresh().gettext("Press release") == expected
    # An edited catalog is another entry: the new translation is used at once.
    text = po.read_text(encoding="utf-8")
    changed = text.replace(f'msgstr "{expected}"', 'msgstr "Communiqué (édité)"', 1)
    assert changed != text
    po.write_text(changed, encoding="utf-8")
    assert fresh().gettext("Press release") == "Communiqué (édité)"
