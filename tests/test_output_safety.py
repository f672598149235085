"""Writing never leaves a partial set, never replaces a file silently (not even a concurrent run's), never
follows a link without --force, and a killed run leaves nothing a later run does not clean."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from remedies.rendering import output

REF = "RD-2026-031"
APPLICATION = f"{REF}-court-application-simplified-claim-en.docx"
REMEDIES = [sys.executable, "-m", "remedies"]


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_broken_link_at_an_output_path_needs_force(cli, sample, tmp_path):
    target = tmp_path / APPLICATION
    target.symlink_to(tmp_path / "elsewhere.docx")
    result = cli("draft", sample, "--doc", "court-application", "--out", tmp_path)
    assert result.exit_code == 1 and "(a link): already exists; use --force" in result.output
    assert target.is_symlink() and not (tmp_path / "elsewhere.docx").exists()
    forced = cli("draft", sample, "--doc", "court-application", "--out", tmp_path, "--force")
    assert forced.exit_code == 0, forced.output
    assert not target.is_symlink() and zipfile.is_zipfile(target)
    assert not (tmp_path / "elsewhere.docx").exists()  # the link was replaced, not followed


def test_a_link_to_another_file_is_replaced_not_written_through(cli, sample, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / APPLICATION).symlink_to(victim)
    assert cli("draft", sample, "--doc", "court-application", "--out", out, "--force").exit_code == 0
    assert victim.read_text() == "keep me"


def test_a_folder_at_an_output_path_is_refused_even_with_force(cli, sample, tmp_path):
    (tmp_path / APPLICATION).mkdir()
    result = cli("draft", sample, "--out", tmp_path, "--force")
    assert result.exit_code == 1, result.output
    assert "is a folder where a document would be written" in result.output and "Traceback" not in result.output
    assert listing(tmp_path) == [APPLICATION]


def test_a_full_disk_is_one_sentence_and_leaves_nothing(cli, sample, tmp_path, monkeypatch):
    calls = []
    fill = output._Temporary.fill

    def fill_until_full(self, data):
        calls.append(self.path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(self.path))
        fill(self, data)

    monkeypatch.setattr(output._Temporary, "fill", fill_until_full)
    result = cli("draft", sample, "--out", tmp_path)
    assert result.exit_code == 1, result.output
    error = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(error) == 1 and "the disk is full" in error[0] and "nothing was written" in error[0]
    assert ".remedies-" not in error[0]  # the temporary name is not shown
    assert listing(tmp_path) == []


def test_a_failure_while_publishing_removes_what_was_published(cli, sample, tmp_path, monkeypatch):
    published = []
    rename = output._rename_noreplace

    def rename_then_fail(source, target):
        if len(published) == 2:
            raise OSError(errno.EIO, "Input/output error", str(target))
        rename(source, target)
        published.append(target)

    monkeypatch.setattr(output, "_rename_noreplace", rename_then_fail)
    result = cli("draft", sample, "--out", tmp_path)
    assert result.exit_code == 1 and "nothing was written" in result.output
    assert len(published) == 2 and listing(tmp_path) == []


def test_force_failure_puts_the_replaced_files_back(cli, sample, tmp_path, monkeypatch):
    assert cli("draft", sample, "--doc", "court-application", "--doc", "un-special-procedures", "--out", tmp_path).exit_code == 0
    before = {name: (tmp_path / name).read_bytes() for name in listing(tmp_path)}
    for name in before:
        (tmp_path / name).write_bytes(b"old " + name.encode())
    replace = os.replace
    count = []

    def replace_then_fail(source, target):
        count.append(target)
        if len(count) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        replace(source, target)

    monkeypatch.setattr(output.os, "replace", replace_then_fail)
    result = cli("draft", sample, "--doc", "court-application", "--doc", "un-special-procedures", "--out", tmp_path, "--force")
    assert result.exit_code == 1 and "the disk is full" in result.output
    assert {name: (tmp_path / name).read_bytes() for name in listing(tmp_path)} == {
        name: b"old " + name.encode() for name in before}


def test_publishing_never_replaces_a_file_that_appeared(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"theirs")
    with pytest.raises(output.OutputError, match="appeared while this run was writing"):
        output.publish([(tmp_path / "b.docx", b"mine"), (tmp_path / "a.docx", b"mine")], tmp_path, force=False)
    assert listing(tmp_path) == ["a.docx"] and (tmp_path / "a.docx").read_bytes() == b"theirs"


def test_published_files_follow_the_umask_and_temporaries_are_private(tmp_path):
    temporary = output._Temporary.create(tmp_path)
    assert stat.S_IMODE(os.stat(temporary.path).st_mode) == 0o600
    assert output._TEMP.match(temporary.path.name)
    temporary.discard()
    output.publish([(tmp_path / "a.docx", b"x")], tmp_path, force=False)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(os.stat(tmp_path / "a.docx").st_mode) == 0o666 & ~umask


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporaries_of_a_dead_run_are_cleaned_and_others_kept(cli, sample, tmp_path):
    stale = tmp_path / f".remedies-{_dead_pid()}-{'a' * 16}.tmp"
    stale.write_bytes(b"half a document")
    live = tmp_path / f".remedies-{os.getppid()}-{'b' * 16}.tmp"  # a running process: maybe writing now
    live.write_bytes(b"in progress")
    foreign = tmp_path / ".notes.tmp"
    foreign.write_text("not ours")
    assert cli("draft", sample, "--doc", "court-application", "--out", tmp_path).exit_code == 0
    assert not stale.exists() and live.exists() and foreign.exists()


def _run(args, **kwargs):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(REMEDIES + [str(a) for a in args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, **kwargs)


def test_two_drafts_racing_into_one_folder_never_both_write_a_path(sample, tmp_path):
    for trial in range(5):
        out = tmp_path / f"trial{trial}"
        out.mkdir()
        runs = [_run(["draft", sample, "--doc", "court-application", "--doc", "un-special-procedures", "--out", out])
                for _ in range(2)]
        outputs = [run.communicate(timeout=120) for run in runs]
        wrote: dict[str, int] = {}
        for stdout, _ in outputs:
            for line in stdout.splitlines():
                if line.startswith("wrote "):
                    wrote[line] = wrote.get(line, 0) + 1
        assert all(count == 1 for count in wrote.values()), (trial, outputs)
        codes = sorted(run.returncode for run in runs)
        assert codes in ([0, 1], [0, 0]) or codes == [1, 1], outputs
        for stdout, stderr in outputs:
            assert "Traceback" not in stderr
        names = listing(out)
        assert not [n for n in names if n.startswith(".remedies-")]
        for name in names:
            assert zipfile.is_zipfile(out / name) or name.endswith(".txt")


def test_a_killed_draft_leaves_nothing_a_later_run_does_not_clean(sample, tmp_path, cli):
    """kill -9 while files are being written: what is left is unnamed and private, and is cleaned."""
    caught = []
    for attempt in range(8):
        out = tmp_path / f"attempt{attempt}"
        out.mkdir()
        run = _run(["draft", sample, "--all", "--locale", "en", "--locale", "fr", "--locale", "es",
                    "--out", out])
        deadline = time.monotonic() + 60
        while run.poll() is None and time.monotonic() < deadline:
            temporaries = [p for p in out.iterdir() if p.name.startswith(".remedies-")]
            if any(p.stat().st_size > 0 for p in temporaries if p.exists()):
                os.kill(run.pid, signal.SIGKILL)
                run.wait()
                caught = [p for p in out.iterdir()]
                break
            time.sleep(0.0005)
        run.communicate()
        if caught:
            break
    if not caught:
        pytest.skip("the draft finished before it could be killed mid-write")
    leftovers = [p for p in caught if p.name.startswith(".remedies-")]
    for path in leftovers:
        assert output._TEMP.match(path.name), path.name
        assert REF not in path.name and "harassment" not in path.name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    folder = caught[0].parent
    assert cli("draft", sample, "--doc", "court-application", "--out", folder, "--force").exit_code == 0
    assert not [p for p in folder.iterdir() if p.name.startswith(".remedies-")]
