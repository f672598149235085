"""`remedies draft`: documents from a record, written all together or not at all; many records at once."""

from __future__ import annotations

import os
from pathlib import Path

import click

from remedies.cli.base import EXIT_INCOMPLETE, EXIT_RECORD, Failure, check_locales, load_record
from remedies.cli.i18n import LOCALES_OPTION


class DocumentChoice(click.Choice):
    """The document names, read from the registry only when an option value is checked (not for --help)."""

    def __init__(self) -> None:
        super().__init__([])

    @property
    def choices(self):
        from remedies.documents import ALIASES, REGISTRY

        return list(REGISTRY) + list(ALIASES)

    @choices.setter
    def choices(self, value) -> None:
        pass


@click.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="RECORD... | FOLDER")
@click.option("--doc", "docs", multiple=True, type=DocumentChoice(), metavar="NAME",
              help="A document to draft (repeatable); see `remedies docs`. Default: all that apply.")
@click.option("--all", "all_docs", is_flag=True, help="Draft every document that applies to the record.")
@click.option("--locale", "locales", multiple=True, metavar="L",
              help="Output language (repeatable). Default: the record's case.locale.")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder for the documents.")
@click.option("--strict", is_flag=True, help="Refuse to write a document with missing data.")
@click.option("--final", is_flag=True, help="Drop the DRAFT marking; implies --strict.")
@click.option("--force", is_flag=True, help="Replace files that already exist.")
@click.option("--pdf", is_flag=True, help="Also convert each document to PDF with LibreOffice.")
@click.option("--unzipped", is_flag=True,
              help="Press kit: also write its members as a folder beside the zip (named like the zip).")
@LOCALES_OPTION
@click.option("--text", "text_only", is_flag=True,
              help="Print the paste-ready text (platform reporting forms) instead of writing files.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="With several records: how many to draft at once (default: the number of cores).")
@click.option("--per-record", is_flag=True,
              help="Write each record's documents into its own subfolder of --out, named after the record file.")
def draft(records: tuple[Path, ...], docs: tuple[str, ...], all_docs: bool, locales: tuple[str, ...], out: Path,
          strict: bool, final: bool, force: bool, pdf: bool, unzipped: bool, text_only: bool, jobs,
          per_record: bool) -> None:
    """Draft documents from RECORD (YAML or JSON) as .docx files.

    \b
    Several records, or a FOLDER of them (*.yaml, *.yml, *.json), are drafted in one run:
      remedies draft cases/ --out drafts/ --per-record
    Each record is written all together or not at all; a record with problems is reported and the others
    go on. The exit status is the highest of the records' (0 when every record was drafted).
    """
    if docs and all_docs:
        raise Failure("use either --doc or --all, not both", EXIT_RECORD)
    settings = dict(docs=docs, all_docs=all_docs, locales=locales, out=out, strict=strict, final=final,
                    force=force, pdf=pdf, unzipped=unzipped, text_only=text_only)
    if len(records) == 1 and not records[0].is_dir():
        if per_record:
            settings["out"] = out / records[0].stem
        draft_record(records[0], **settings)
        return
    from remedies.cli import batch

    if text_only:
        raise Failure("--text prints one record's texts; give one RECORD", EXIT_RECORD)
    batch.draft_many(batch.expand(records), settings, jobs=jobs, per_record=per_record)


def draft_record(record: Path, docs: tuple[str, ...], all_docs: bool, locales: tuple[str, ...], out: Path,
                 strict: bool, final: bool, force: bool, pdf: bool, unzipped: bool, text_only: bool) -> None:
    """Draft documents from one record; every problem raises (Failure, RecordError) or is printed."""
    from remedies import sharing

    if docs and all_docs:
        raise Failure("use either --doc or --all, not both", EXIT_RECORD)
    loaded = load_record(record)
    with sharing.shared():  # the press kit and the press brief share one brief and one matcher
        _draft_loaded(record, loaded, docs, locales, out, strict, final, force, pdf, unzipped, text_only)


def _draft_loaded(record, loaded, docs, locales, out, strict, final, force, pdf, unzipped, text_only) -> None:
    from remedies import drafting
    from remedies.documents import REGISTRY, resolve
    from remedies.rendering.output import to_pdf

    chosen_locales = check_locales(locales, loaded.record)
    names = list(dict.fromkeys(resolve(d) for d in docs)) or list(REGISTRY)
    strict = strict or final
    jobs = drafting.plan(loaded.record, names, chosen_locales, draft=not final)

    # A document asked for by name that cannot be drafted is an input problem, never a quiet skip.
    unavailable = [job for job in jobs if job.skipped and docs]
    for job in jobs:
        if job.skipped:
            click.echo(f"skipped {job.label}: {job.skipped}", err=True)
    ready = [job for job in jobs if job.draft is not None]
    if not ready:
        raise Failure("no document was drafted; see the reasons above", EXIT_RECORD)

    from remedies.record.paths import compact

    incomplete = [job for job in ready if job.draft.missing]
    for job in incomplete:
        verb = "cannot be written, missing" if strict else "has placeholders for"
        click.echo(f"{job.label} {verb}: {compact(job.draft.missing)}", err=True)
    untranslated = [job for job in ready if job.fallbacks]
    narrative = [job for job in ready if job.untranslated]
    if strict:
        for job in untranslated:
            click.echo(f"{job.label} is not fully translated: {len(job.fallbacks)} string(s) would fall back, "
                       f"for example {job.fallbacks[0]!r}", err=True)
        for job in narrative:
            click.echo(f"{job.label} has narrative not written in {job.locale}: "
                       + ", ".join(str(u) for u in job.untranslated), err=True)
    if strict and (incomplete or untranslated or narrative):
        raise Failure("--strict: nothing was written; fill in the fields or translations listed above",
                      EXIT_INCOMPLETE)

    if text_only:
        _print_texts(ready)
        return
    drafting.write(jobs, loaded.record, out, force=force, unzipped=unzipped)
    for job in ready:
        for note in job.notes:
            click.echo(f"note: {job.label}: {note}", err=True)
        if job.refused:
            click.echo(f"not written: {job.label}: {job.refused}", err=True)
            continue
        click.echo(f"wrote {job.path}")
        if job.text_path is not None:
            click.echo(f"wrote {job.text_path}")
        for companion in drafting.companion_paths(job):
            click.echo(f"wrote {companion} (for the advocate: never send it with the kit)")
        if job.folder_path is not None:
            click.echo(f"wrote {job.folder_path}{os.sep}")
    if pdf:
        for job in ready:
            if job.refused:
                continue
            if job.document.assemble is not None:  # a package: its Word members are inside it
                click.echo(f"note: {job.label}: --pdf converts single documents; convert the kit's Word "
                           "members from the zip (or --unzipped folder) if a PDF is needed", err=True)
                continue
            target = job.path.with_suffix(".pdf")
            if os.path.lexists(target) and not force:
                raise Failure(f"{target}: already exists; use --force to replace it")
            to_pdf(job.path, target, force=force)
            click.echo(f"wrote {target}")
    refused = [job for job in ready if job.refused]
    if refused:
        raise Failure(f"{', '.join(job.label for job in refused)} refused (see above); "
                      "the other documents were written", drafting.EXIT_REFUSED)
    if unavailable:
        names = ", ".join(dict.fromkeys(job.document.name for job in unavailable))
        raise Failure(f"--doc {names}: not drafted from this record (see above); the other documents were written",
                      EXIT_RECORD)


def _print_texts(jobs) -> None:
    """`draft --text`: the paste-ready texts on standard output, messages on standard error."""
    from remedies import drafting

    texts = [job for job in jobs if job.draft.text is not None]
    if not texts:
        names = ", ".join(dict.fromkeys(job.document.name for job in jobs))
        raise Failure(f"--text: {names} has no paste-ready text; try --doc platform-report", EXIT_RECORD)
    for job in jobs:
        for note in job.notes:
            click.echo(f"note: {job.label}: {note}", err=True)
    click.echo("\n\n".join(drafting.plain_text(job.draft.text).rstrip("\n") for job in texts))
