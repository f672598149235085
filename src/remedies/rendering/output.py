"""Writing results: file names, atomic writes that never replace without --force, PDF through LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path


class OutputError(Exception):
    """A result that cannot be written; the message is one plain sentence."""

    exit_code = 1


def file_name(reference: str, document: str, locale: str, suffix: str = ".docx") -> str:
    safe = re.sub(r"[^\w.-]+", "_", reference).strip("._") or "case"
    return f"{safe}-{document}-{locale}{suffix}"


def check_folder(folder: Path) -> None:
    """Make sure `folder` exists (creating it) and accepts new files, before anything is rendered."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: is a file, not a folder; choose another --out") from None
    except OSError as exc:
        raise OutputError(f"{folder}: the output folder cannot be created ({exc.strerror or exc})") from None
    if not folder.is_dir():
        raise OutputError(f"{folder}: is not a folder; choose another --out")
    try:
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=".remedies-probe-", delete=True)
        probe.close()
    except OSError as exc:
        raise OutputError(f"{folder}: the output folder is not writable ({exc.strerror or exc})") from None


def refuse_overwrite(paths: list[Path], force: bool) -> None:
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise OutputError(f"{names}: already exists; use --force to replace it")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise OutputError(
        "--pdf needs LibreOffice, which is not installed (on Debian or Ubuntu: "
        "apt-get install libreoffice-writer-nogui); the .docx files were written"
    )


def to_pdf(docx: Path, target: Path, timeout: int = 180) -> None:
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
        produced = work_path / (docx.stem + ".pdf")
        if result.returncode != 0 or not produced.exists():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise OutputError(f"{docx}: LibreOffice could not convert it to PDF ({detail[-1] if detail else 'no output'})")
        write_atomic(target, produced.read_bytes())
