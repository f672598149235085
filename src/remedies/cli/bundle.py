"""`remedies bundle`: the exhibits of a record as one PDF for the court."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from remedies.cli.base import EXIT_RECORD, RECORD_ARGUMENT, Failure, load_record


@click.command()
@RECORD_ARGUMENT
@click.option("--doc", "doc", metavar="DOCUMENT",
              help="The document the bundle goes with (its title is on the cover), e.g. court-application.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("."), show_default=True,
              help="The folder to write the bundle in.")
@click.option("--force", is_flag=True, help="Replace a bundle that exists.")
@click.option("--by", "by", metavar="WHO", help="Who builds the bundle, for the custody log.")
def bundle(record: Path, doc: Optional[str], out: Path, force: bool, by: Optional[str]) -> None:
    """One PDF: cover, index of exhibits by their marks, a separator sheet and the pages of each exhibit,
    page numbers throughout, a bookmark per exhibit, and an annex of hashes, capture details and custody."""
    from remedies.documents import REGISTRY, resolve
    from remedies.evidence import EvidenceError
    from remedies.evidence.bundle import write

    loaded = load_record(record)
    title = None
    if doc is not None:
        name = resolve(doc)
        if name not in REGISTRY:
            raise Failure(f"--doc {doc!r} is not a document; choose one of: {', '.join(REGISTRY)}", EXIT_RECORD)
        title = f"Exhibits to the {REGISTRY[name].title}"
    try:
        target, built = write(loaded, record, out, title=title, force=force, by=by)
    except EvidenceError as exc:
        written = " was written, but " in str(exc)
        raise Failure(str(exc) if written else f"{exc}; no bundle was written", 1 if written else exc.exit_code) from None
    for warning in built.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"wrote {target}: {len(built.exhibits)} exhibits, {built.page_count} pages")
    for exhibit in built.exhibits:
        pages = str(exhibit.first) if exhibit.first == exhibit.last else f"{exhibit.first}-{exhibit.last}"
        click.echo(f"  {exhibit.mark:<10} pages {pages:<9} {exhibit.how}")
