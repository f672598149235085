"""The `remedies` command line: draft, check, verify-redaction, docs, schema."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from remedies import __version__
from remedies.documents import REGISTRY
from remedies.record import RecordError, load
from remedies.record.model import Record
from remedies.record.problems import Problem
from remedies.record.validate import unknown_locale
from remedies.rendering.engine import TemplateProblem
from remedies.rendering.output import OutputError
from remedies.rendering.resources import available_locales
from remedies.translation import TranslationError
from remedies.cli_i18n import i18n

EXIT_RECORD = 2
EXIT_INCOMPLETE = 3
EXIT_INTERNAL = 70


class Failure(click.ClickException):
    """An error the user can act on: one sentence, no traceback."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)


class Group(click.Group):
    """Turns every known failure into a sentence and an exit code; never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RecordError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            count = len(exc.problems)
            click.echo(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", err=True)
            raise click.exceptions.Exit(EXIT_RECORD) from None
        except OutputError as exc:
            raise Failure(str(exc), exc.exit_code) from None
        except TranslationError as exc:
            raise Failure(str(exc), exc.exit_code) from None
        except TemplateProblem as exc:
            raise Failure(f"a template could not be rendered: {exc}", EXIT_INTERNAL) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise Failure("interrupted; nothing was written", 130) from None
        except BrokenPipeError:  # output piped into `head` and the like: stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(0) from None
        except Exception as exc:  # a bug: say so plainly, keep the traceback for those who ask
            if os.environ.get("REMEDIES_DEBUG"):
                raise
            raise Failure(
                f"internal error ({type(exc).__name__}: {exc}); please report it "
                "(set REMEDIES_DEBUG=1 to see the details)", EXIT_INTERNAL) from None


def _warn(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)


def _load(path: Path):
    loaded = load(path, available_locales())
    _warn(loaded.warnings)
    return loaded


def _check_locales(locales: tuple[str, ...], record: Record) -> list[str]:
    chosen = list(dict.fromkeys(locales)) or [record.case.locale]
    for locale in chosen:
        if locale not in available_locales():
            raise Failure(f"--locale {unknown_locale(locale, available_locales())}", EXIT_RECORD)
    return chosen


RECORD_ARGUMENT = click.argument(
    "record", type=click.Path(path_type=Path, dir_okay=False), metavar="RECORD")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="remedies")
def main() -> None:
    """Draft the documents a lawyer or advocate needs from one incident record of an online harm.

    Start with `remedies check RECORD`, then `remedies draft RECORD`.
    """


@main.command()
@RECORD_ARGUMENT
@click.option("--doc", "docs", multiple=True, type=click.Choice(list(REGISTRY)), metavar="NAME",
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
@click.option("--text", "text_only", is_flag=True,
              help="Print the paste-ready text (platform reporting forms) instead of writing files.")
def draft(record: Path, docs: tuple[str, ...], all_docs: bool, locales: tuple[str, ...], out: Path,
          strict: bool, final: bool, force: bool, pdf: bool, text_only: bool) -> None:
    """Draft documents from RECORD (YAML or JSON) as .docx files."""
    from remedies import drafting
    from remedies.rendering.output import to_pdf

    if docs and all_docs:
        raise Failure("use either --doc or --all, not both", EXIT_RECORD)
    loaded = _load(record)
    chosen_locales = _check_locales(locales, loaded.record)
    names = list(docs) or list(REGISTRY)
    strict = strict or final
    jobs = drafting.plan(loaded.record, names, chosen_locales, draft=not final)

    for job in jobs:
        if job.skipped:
            click.echo(f"skipped {job.label}: {job.skipped}", err=True)
    ready = [job for job in jobs if job.draft is not None]
    if not ready:
        raise Failure("no document was drafted; see the reasons above", 1)

    incomplete = [job for job in ready if job.draft.missing]
    for job in incomplete:
        verb = "cannot be written, missing" if strict else "has placeholders for"
        click.echo(f"{job.label} {verb}: {', '.join(job.draft.missing)}", err=True)
    untranslated = [job for job in ready if job.fallbacks]
    if strict and untranslated:
        for job in untranslated:
            click.echo(f"{job.label} is not fully translated: {len(job.fallbacks)} string(s) would fall back, "
                       f"for example {job.fallbacks[0]!r}", err=True)
    if strict and (incomplete or untranslated):
        raise Failure("--strict: nothing was written; fill in the fields or translations listed above",
                      EXIT_INCOMPLETE)

    if text_only:
        _print_texts(ready)
        return
    drafting.write(jobs, loaded.record, out, force=force)
    for job in ready:
        for note in job.notes:
            click.echo(f"note: {job.label}: {note}", err=True)
        click.echo(f"wrote {job.path}")
        if job.text_path is not None:
            click.echo(f"wrote {job.text_path}")
    if pdf:
        for job in ready:
            target = job.path.with_suffix(".pdf")
            if target.exists() and not force:
                raise Failure(f"{target}: already exists; use --force to replace it")
            to_pdf(job.path, target)
            click.echo(f"wrote {target}")


def _print_texts(jobs) -> None:
    """`draft --text`: the paste-ready texts on standard output, messages on standard error."""
    texts = [job for job in jobs if job.draft.text is not None]
    if not texts:
        names = ", ".join(dict.fromkeys(job.document.name for job in jobs))
        raise Failure(f"--text: {names} has no paste-ready text; try --doc platform-report", EXIT_RECORD)
    for job in jobs:
        for note in job.notes:
            click.echo(f"note: {job.label}: {note}", err=True)
    click.echo("\n\n".join(job.draft.text.rstrip("\n") for job in texts))


@main.command()
@RECORD_ARGUMENT
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def check(record: Path, as_json: bool) -> None:
    """Validate RECORD and show, for each document, whether it is ready to draft."""
    from remedies.checks.readiness import readiness

    loaded = _load(record)
    rows = readiness(loaded.record)
    if as_json:
        click.echo(json.dumps({
            "record": str(record),
            "valid": True,
            "warnings": [str(w) for w in loaded.warnings],
            "documents": rows,
        }, indent=2, ensure_ascii=False))
        return
    click.echo(f"{record}: valid record ({len(loaded.record.incidents)} incidents, "
               f"{len(loaded.record.evidence)} exhibits)")
    labels = [row["document"] + (f" ({row['part']})" if "part" in row else "") for row in rows]
    width = max(len(label) for label in labels)
    for label, row in zip(labels, rows):
        status = row["status"]
        if status == "ready":
            detail = "ready"
        elif status == "incomplete":
            detail = "missing: " + ", ".join(row["missing"])
        else:
            detail = f"{status}: {row['reason']}"
        click.echo(f"  {label:<{width}}  {detail}")
        for line in row.get("checks", []):
            click.echo(f"  {'':<{width}}    {line}")


@main.command("verify-redaction")
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE.docx")
@click.option("--record", "record", type=click.Path(path_type=Path, dir_okay=False), required=True,
              metavar="RECORD", help="The incident record whose identifying terms are sought.")
def verify_redaction(file: Path, record: Path) -> None:
    """Scan FILE.docx (for example a press brief edited in Word) for the victim's identity in RECORD."""
    from remedies.checks.redaction import scan_record
    from remedies.checks.redaction.scan import EXIT_LEAK

    loaded = _load(record)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise Failure(f"{file}: no such file", EXIT_RECORD) from None
    except IsADirectoryError:
        raise Failure(f"{file}: is a folder, not a .docx file", EXIT_RECORD) from None
    except OSError as exc:
        raise Failure(f"{file}: cannot be read ({exc.strerror or exc})", EXIT_RECORD) from None
    result = scan_record(data, loaded.record, str(file))
    if result.findings:
        for finding in result.findings:
            click.echo(f"found: {finding.sentence()}", err=True)
        count = len(result.findings)
        raise Failure(f"{file}: {count} identifying term{'s' if count != 1 else ''} found; "
                      "do not send this file", EXIT_LEAK)
    click.echo(f"no identifying term found ({result.terms} terms checked in {result.parts} parts)")


@main.command()
def docs() -> None:
    """List the documents remedies can draft."""
    width = max(len(name) for name in REGISTRY)
    for document in REGISTRY.values():
        click.echo(f"{document.name:<{width}}  {document.summary}")


@main.command()
@click.option("--indent", default=2, show_default=True, help="Indentation of the JSON output.")
def schema(indent: int) -> None:
    """Print the JSON Schema of the incident record (for editors' autocompletion)."""
    from remedies.record.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=indent, ensure_ascii=False))


main.add_command(i18n)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
