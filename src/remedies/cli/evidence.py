"""`remedies evidence`: add files to a record, verify them, list them, and make cleaned copies."""

from __future__ import annotations

from pathlib import Path

import click

from remedies.cli.base import EXIT_RECORD, RECORD_ARGUMENT, Failure, load_record, warn


@click.group()
def evidence() -> None:
    """Evidence files: add them to a record, prove them unchanged, list them, copy them for outsiders."""


@evidence.command("add")
@RECORD_ARGUMENT
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="FILE...")
@click.option("--id", "ident", help="The item's id (one file only); default the next free E1, E2 ...")
@click.option("--description", help="What the file shows.")
@click.option("--captured-by", type=click.Choice(["victim", "submitter", "other"]), help="Who captured it.")
@click.option("--captured-at", metavar="TIME",
              help="When it was captured, with the UTC offset: 2026-09-14T22:05:00+08:00 (default: the file's metadata).")
@click.option("--source-url", metavar="URL", help="Where the content was online.")
@click.option("--archive-url", metavar="URL", help="An archived copy of it.")
@click.option("--by", "received_by", metavar="WHO",
              help="Who receives the file, for the chain of custody (default: the record's submitter).")
def add(record: Path, files: tuple[Path, ...], ident, description, captured_by, captured_at, source_url,
        archive_url, received_by) -> None:
    """Record FILE... in RECORD's evidence: SHA-256, size, media type and capture time; the files are not changed."""
    from remedies.evidence import EvidenceError, add_files

    try:
        added = add_files(record, files, id=ident, description=description, captured_by=captured_by,
                          captured_at=captured_at, source_url=source_url, archive_url=archive_url,
                          received_by=received_by)
    except EvidenceError as exc:
        raise Failure(f"{exc}; nothing was written", exc.exit_code) from None
    for item in added:
        when = ""
        if item.captured_at:
            source = (item.captured_at_from or "").removeprefix("file metadata (").rstrip(")")
            when = f", captured {item.captured_at.isoformat()}" + (
                f" according to the file's metadata, {source}" if item.captured_at_from else "")
        verb = "hash recorded for" if item.updated else "added"
        click.echo(f"{verb} {item.id}: {item.file} ({item.media_type}, {item.size:,} bytes, "
                   f"SHA-256 {item.sha256}{when})")
        for note in item.notes:
            click.echo(f"note: {note}", err=True)


@evidence.command("verify")
@RECORD_ARGUMENT
@click.option("--log", "log", is_flag=True, help="Add a 'verified' entry to the custody of each unchanged file.")
@click.option("--by", "by", metavar="WHO", help="Who verifies, for the custody log (default: the record's submitter).")
def verify(record: Path, log: bool, by) -> None:
    """Hash every evidence file of RECORD and compare it with the hash recorded; a changed file fails."""
    from remedies.evidence import custody
    from remedies.evidence.verify import ERROR, summary
    from remedies.evidence.verify import verify as run

    loaded = load_record(record)
    findings = run(loaded, record)
    report(findings)
    click.echo(summary(findings))
    if log:
        who = custody.actor(loaded.record, by)
        custody.log_many(record, {f.id: [custody.event("verified", who, f"SHA-256 {f.sha256} matches the record")]
                                  for f in findings if f.ok})
    if any(f.level == ERROR for f in findings):
        raise click.exceptions.Exit(EXIT_RECORD)


def report(findings) -> None:
    from remedies.evidence.verify import ERROR

    for finding in findings:
        if finding.problem is None:
            continue
        label = "error" if finding.level == ERROR else finding.level
        click.echo(f"{label}: {finding.problem}", err=True)


@evidence.command("manifest")
@RECORD_ARGUMENT
@click.option("--format", "form", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file (default: print).")
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
def manifest(record: Path, form: str, out, force: bool) -> None:
    """List RECORD's evidence: id, mark, file, size, type, SHA-256, capture, URLs and custody."""
    from remedies.evidence.manifest import as_csv, as_json

    loaded = load_record(record)
    text = as_json(loaded.record) if form == "json" else as_csv(loaded.record)
    if out is None:
        click.echo(text, nl=False)
        return
    from remedies.rendering.output import check_folder, publish, refuse_overwrite

    folder = out.parent if str(out.parent) else Path(".")
    check_folder(folder)
    refuse_overwrite([out], force)
    publish([(out, text.encode("utf-8"))], folder, force=force)
    click.echo(f"wrote {out}")


@evidence.command("clean-copies")
@RECORD_ARGUMENT
@click.option("--out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="The folder for the cleaned copies (not the evidence folder).")
@click.option("--force", is_flag=True, help="Replace copies that exist.")
@click.option("--by", "by", metavar="WHO", help="Who makes the copies, for the custody log.")
def clean_copies(record: Path, out: Path, force: bool, by) -> None:
    """Copies of RECORD's evidence files without EXIF, GPS, XMP or document metadata; the originals stay as they are."""
    from remedies.evidence import EvidenceError
    from remedies.evidence.clean import clean_all

    loaded = load_record(record)
    try:
        results = clean_all(loaded, record, out, force=force, by=by)
    except EvidenceError as exc:
        written = " was written, but " in str(exc)
        raise Failure(str(exc) if written else f"{exc}; nothing was written", 1 if written else exc.exit_code) from None
    for result in results:
        if result.target is None:
            click.echo(f"warning: {result.id}: not copied: {result.skipped}", err=True)
            continue
        removed = "; ".join(result.removed) if result.removed else "no metadata found"
        click.echo(f"{result.id}: {result.target} (removed: {removed})")
    made = sum(1 for r in results if r.target)
    click.echo(f"{made} cleaned cop{'ies' if made != 1 else 'y'} in {out}; "
               f"the report is {out / 'cleaning-report.json'}")


__all__ = ["evidence", "warn"]
