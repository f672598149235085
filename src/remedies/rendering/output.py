"""Writing results: safe file names, all-or-nothing publishing that never replaces a file without
--force (not even one a concurrent run just wrote), and PDF through LibreOffice."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import re
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

# Temporary files are named after the process only, never after the document: a listing of a
# folder left by a killed run must not reveal whose case it was. Mode 0600 until published.
TEMP_PREFIX = ".remedies-"
TEMP_SUFFIX = ".tmp"
_TEMP = re.compile(r"^\.remedies-(\d+)-[0-9a-f]{16}\.tmp$")
_STALE_SECONDS = 24 * 3600


class OutputError(Exception):
    """A result that cannot be written; the message is one plain sentence."""

    exit_code = 1


def safe_name(reference: str) -> str:
    """A file-name form of a case reference: `KL/2026/118` -> `KL-2026-118`; letters of any script kept."""
    safe = re.sub(r"[^\w.-]+", "-", reference, flags=re.UNICODE)
    safe = re.sub(r"-{2,}", "-", safe).strip("-._")
    if not safe:
        raise OutputError(f"the case reference {reference!r} cannot be made into a file name; "
                          "give it at least one letter or digit")
    return safe[:80]


def file_name(reference: str, document: str, locale: str, suffix: str = ".docx") -> str:
    return f"{safe_name(reference)}-{document}-{locale}{suffix}"


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def check_folder(folder: Path) -> None:
    """Make sure `folder` exists (creating it) and accepts new files, before anything is rendered."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: is a file, not a folder; choose another --out") from None
    except OSError as exc:
        raise OutputError(f"{folder}: the output folder cannot be created ({_reason(exc)})") from None
    if not folder.is_dir():
        raise OutputError(f"{folder}: is not a folder; choose another --out")
    try:
        probe = _Temporary.create(folder)
        probe.discard()
    except OSError as exc:
        raise OutputError(f"{folder}: the output folder is not writable ({_reason(exc)})") from None
    clean_stale(folder)


def clean_stale(folder: Path) -> list[Path]:
    """Remove temporary files of our own naming left by runs that were killed (their process is gone)."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if not match:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            if _alive(int(match.group(1))) and time.time() - info.st_mtime < _STALE_SECONDS:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # no cheap check there: rely on the age of the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def refuse_overwrite(paths: list[Path], force: bool) -> None:
    """Before rendering: an existing file (or a link, even a broken one) needs --force; a folder is never replaced."""
    folders = [p for p in paths if p.is_dir() and not p.is_symlink()]
    if folders:
        names = ", ".join(str(p) for p in folders)
        raise OutputError(f"{names}: is a folder where a document would be written; move it away "
                          "(--force replaces files, never folders)")
    existing = [p for p in paths if os.path.lexists(p)]
    if existing and not force:
        names = ", ".join(str(p) + (" (a link)" if p.is_symlink() else "") for p in existing)
        raise OutputError(f"{names}: already exists; use --force to replace it")


# ---- temporary files and publishing ------------------------------------------------------------------


@dataclass
class _Temporary:
    path: Path
    identity: tuple[int, int]  # (device, inode): a published file is ours only while it is this one

    @classmethod
    def create(cls, folder: Path) -> "_Temporary":
        name = f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(8)}{TEMP_SUFFIX}"
        path = folder / name
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        info = os.fstat(handle)
        os.close(handle)
        return cls(path, (info.st_dev, info.st_ino))

    def fill(self, data: bytes) -> None:
        handle = os.open(self.path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                written = os.write(handle, view)
                view = view[written:]
            os.fsync(handle)
        finally:
            os.close(handle)

    def discard(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass


@dataclass
class _Published:
    path: Path
    identity: tuple[int, int]
    previous: Optional[Path] = None  # with --force: the replaced file, kept until the run succeeds


class Publisher:
    """Writes a set of files all together or not at all.

    Every file goes first to a temporary file in the target folder (mode 0600, fsynced); then each is
    published under its name with a primitive that fails if the name exists (renameat2 with
    RENAME_NOREPLACE, or a hard link then unlink), so a concurrent run's file is never replaced. On any
    failure the temporary files and every file this run already published are removed (files it
    replaced under --force are put back).
    """

    def __init__(self, folder: Path, *, force: bool):
        self.folder = folder
        self.force = force
        self.temporaries: list[_Temporary] = []
        self.published: list[_Published] = []
        self.staged_trees: list[Path] = []
        self.published_trees: list[tuple[Path, tuple[int, int]]] = []

    def publish(self, files: list[tuple[Path, bytes]],
                trees: Optional[list[tuple[Path, list[tuple[str, bytes]]]]] = None) -> None:
        """`files` as (path, data); `trees` as (folder path, [(name inside it, data)]): a folder of files
        (the press kit with --unzipped) staged whole under a temporary name and published by one
        rename that fails if the name exists. A folder is never replaced, even with --force."""
        try:
            staged = []
            for path, data in files:
                temporary = _Temporary.create(self.folder)
                self.temporaries.append(temporary)
                temporary.fill(data)
                staged.append((path, temporary))
            staged_trees = [(path, self._stage_tree(members)) for path, members in trees or []]
            for path, temporary in staged:
                self._publish_one(temporary, path)
            for path, staging in staged_trees:
                self._publish_tree(staging, path)
            _sync_folder(self.folder)
        except BaseException as exc:
            self.rollback()
            if isinstance(exc, OutputError):
                raise
            if isinstance(exc, OSError):
                where = getattr(exc, "filename", None) or self.folder
                shown = where if not _TEMP.match(Path(str(where)).name) else self.folder
                raise OutputError(f"{shown}: cannot be written ({_reason(exc)}); nothing was written") from None
            raise
        for item in self.published:
            if item.previous is not None:
                Path(item.previous).unlink(missing_ok=True)
        self.temporaries.clear()

    def _stage_tree(self, members: list[tuple[str, bytes]]) -> Path:
        staging = self.folder / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(8)}{TEMP_SUFFIX}"
        os.mkdir(staging, 0o700)
        self.staged_trees.append(staging)
        for name, data in members:
            if "/" in name or "\\" in name or name in ("", ".", ".."):
                raise OutputError(f"{name}: is not a plain file name; nothing was written")
            handle = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            try:
                os.write(handle, data)
                os.fsync(handle)
            finally:
                os.close(handle)
            os.chmod(staging / name, 0o666 & ~_umask())
        return staging

    def _publish_tree(self, staging: Path, path: Path) -> None:
        if os.path.lexists(path):
            raise OutputError(f"{path}: already exists; move it away (a folder is never replaced, even with "
                              "--force); nothing was written")
        os.chmod(staging, 0o777 & ~_umask())
        try:
            _rename_noreplace_folder(staging, path)
        except FileExistsError:
            raise OutputError(f"{path}: appeared while this run was writing (another run?); it was left "
                              "as it is and nothing was written") from None
        self.staged_trees.remove(staging)
        info = os.lstat(path)
        self.published_trees.append((path, (info.st_dev, info.st_ino)))

    def _publish_one(self, temporary: _Temporary, path: Path) -> None:
        previous = None
        _published_mode(temporary.path)  # as any new file of the user's (umask), now that it is complete
        if self.force and os.path.lexists(path):
            if path.is_dir() and not path.is_symlink():
                raise OutputError(f"{path}: is a folder where a document would be written; move it away "
                                  "(--force replaces files, never folders); nothing was written")
            previous = self._keep_previous(path)
            try:
                os.replace(temporary.path, path)  # replaces a link itself, never what it points to
            except BaseException:
                if previous is not None:
                    previous.unlink(missing_ok=True)
                raise
        else:
            try:
                _rename_noreplace(temporary.path, path)
            except FileExistsError:
                raise OutputError(f"{path}: appeared while this run was writing (another run?); it was left "
                                  "as it is and nothing was written") from None
        self.temporaries.remove(temporary)
        self.published.append(_Published(path, temporary.identity, previous))

    def _keep_previous(self, path: Path) -> Optional[Path]:
        if path.is_symlink() or not path.is_file():
            return None
        keep = self.folder / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(8)}{TEMP_SUFFIX}"
        try:
            os.link(path, keep)
        except OSError:
            return None
        return keep

    def rollback(self) -> None:
        for path, identity in reversed(self.published_trees):
            try:
                info = os.lstat(path)
                if (info.st_dev, info.st_ino) == identity:
                    shutil.rmtree(path)
            except OSError:
                pass
        self.published_trees.clear()
        for staging in self.staged_trees:
            shutil.rmtree(staging, ignore_errors=True)
        self.staged_trees.clear()
        for item in reversed(self.published):
            try:
                info = os.lstat(item.path)
                if (info.st_dev, info.st_ino) == item.identity:
                    if item.previous is not None:
                        os.replace(item.previous, item.path)
                    else:
                        os.unlink(item.path)
                elif item.previous is not None:
                    os.unlink(item.previous)
            except OSError:
                pass
        self.published.clear()
        for temporary in self.temporaries:
            temporary.discard()
        self.temporaries.clear()


def publish(files: list[tuple[Path, bytes]], folder: Path, *, force: bool,
            trees: Optional[list[tuple[Path, list[tuple[str, bytes]]]]] = None) -> None:
    Publisher(folder, force=force).publish(files, trees)


_RENAME_NOREPLACE = 1
_AT_FDCWD = -100


def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


_RENAMEAT2 = _renameat2()


def _renamed_atomically(source: Path, target: Path) -> bool:
    """renameat2(RENAME_NOREPLACE) where the system has it: True once renamed, False where the file
    system cannot do it (the caller falls back); FileExistsError if `target` exists."""
    if _RENAMEAT2 is None:
        return False
    result = _RENAMEAT2(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), _RENAME_NOREPLACE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code == errno.EEXIST:
        raise FileExistsError(errno.EEXIST, os.strerror(code), str(target))
    if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        raise OSError(code, os.strerror(code), str(target))
    return False


def _rename_noreplace(source: Path, target: Path) -> None:
    """Rename `source` to `target`, failing with FileExistsError if `target` exists (atomically)."""
    if _renamed_atomically(source, target):
        return
    try:
        os.link(source, target)  # fails if target exists, even as a broken link
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK) and \
                not isinstance(exc, (NotImplementedError,)):
            raise
        _copy_exclusive(source, target)  # a file system without hard links (FAT, some network shares)
    os.unlink(source)


def _rename_noreplace_folder(source: Path, target: Path) -> None:
    """Rename the folder `source` to `target`, failing with FileExistsError if `target` exists."""
    if _renamed_atomically(source, target):
        return
    if os.path.lexists(target):  # no atomic primitive here: checked just before the rename
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    os.rename(source, target)


def _copy_exclusive(source: Path, target: Path) -> None:
    handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        with open(source, "rb") as stream:
            os.write(handle, stream.read())
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _published_mode(path: Path) -> None:
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o666 & ~umask, follow_symlinks=False)
    except (OSError, NotImplementedError):
        pass


def write_atomic(path: Path, data: bytes, *, force: bool = True) -> None:
    """One file, published like the others (readers never see half a file)."""
    publish([(path, data)], path.parent, force=force)


# ---- PDF through LibreOffice -------------------------------------------------------------------------

_INSTALL = {
    "linux": "on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui; elsewhere from libreoffice.org",
    "darwin": "brew install --cask libreoffice, or the installer from libreoffice.org",
    "win32": "the installer from libreoffice.org, or: winget install TheDocumentFoundation.LibreOffice",
}


def _standard_places() -> list[Path]:
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
                Path.home() / "Applications/LibreOffice.app/Contents/MacOS/soffice"]
    if sys.platform == "win32":
        roots = [os.environ.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")]
        return [Path(root) / "LibreOffice" / "program" / "soffice.exe" for root in roots if root] + \
               [Path(root) / "Programs" / "LibreOffice" / "program" / "soffice.exe" for root in roots if root]
    return [Path("/usr/bin/soffice"), Path("/usr/lib/libreoffice/program/soffice"),
            Path("/opt/libreoffice/program/soffice"), Path("/usr/local/bin/soffice"),
            Path("/snap/bin/libreoffice"), Path("/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice")] + \
        sorted(Path("/opt").glob("libreoffice*/program/soffice"))


def soffice() -> str:
    """LibreOffice: REMEDIES_SOFFICE, then the PATH, then where installers put it on Linux, macOS, Windows."""
    chosen = os.environ.get("REMEDIES_SOFFICE")
    if chosen:
        if Path(chosen).is_file() and os.access(chosen, os.X_OK):
            return chosen
        raise OutputError(f"REMEDIES_SOFFICE={chosen}: is not a program that can be run; point it at "
                          "LibreOffice's soffice (the .docx files were written)")
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _standard_places():
        if place.is_file() and os.access(place, os.X_OK):
            return str(place)
    how = _INSTALL.get(sys.platform, _INSTALL["linux"] if sys.platform.startswith("linux") else
                       "from libreoffice.org")
    raise OutputError(f"--pdf needs LibreOffice, which was not found ({how}; or set REMEDIES_SOFFICE to its "
                      "soffice program); the .docx files were written")


def to_pdf(docx: Path, target: Path, timeout: int = 180, *, force: bool = True) -> None:
    """Convert with LibreOffice headless, in a private profile so a running LibreOffice is not disturbed."""
    program = soffice()
    with tempfile.TemporaryDirectory(prefix="remedies-pdf-") as work:
        work_path = Path(work)
        profile = work_path / "profile"
        command = [
            program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work_path), str(docx),
        ]
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, text=True)
        except subprocess.TimeoutExpired:
            raise OutputError(f"{docx}: LibreOffice did not finish the PDF within {timeout} seconds") from None
        except OSError as exc:
            raise OutputError(f"{program}: LibreOffice could not be started ({_reason(exc)})") from None
        produced = work_path / (docx.stem + ".pdf")
        if result.returncode != 0 or not produced.exists():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise OutputError(f"{docx}: LibreOffice could not convert it to PDF ({detail[-1] if detail else 'no output'})")
        publish([(target, produced.read_bytes())], target.parent, force=force)
