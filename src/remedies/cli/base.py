"""What every command shares: failures as one sentence and an exit code, loading a record, options."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

EXIT_OUTPUT = 1
EXIT_RECORD = 2
EXIT_INCOMPLETE = 3
EXIT_INTERNAL = 70


class Failure(click.ClickException):
    """An error the user can act on: one sentence, no traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_OUTPUT):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)


def guarded(invoke, ctx: click.Context):
    """Run a command, turning every known failure into a sentence and an exit code; never a traceback.

    The error classes are imported only when something fails, so that a command that refuses its input
    at once (verify-redaction on a zip bomb) does not first load the whole toolkit."""
    try:
        return invoke(ctx)
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except KeyboardInterrupt:
        raise Failure("interrupted; nothing was written", 130) from None
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    except Exception as exc:
        _known_failure(exc)


def _known_failure(exc: Exception):
    from remedies.evidence.files import EvidenceError
    from remedies.i18n.catalogs import TranslationError
    from remedies.i18n.runtime import CatalogError
    from remedies.record.problems import RecordError
    from remedies.rendering.engine import TemplateProblem
    from remedies.rendering.output import OutputError

    if isinstance(exc, RecordError):
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        count = len(exc.problems)
        click.echo(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", err=True)
        raise click.exceptions.Exit(EXIT_RECORD) from None
    if isinstance(exc, (OutputError, EvidenceError, TranslationError, CatalogError)):
        raise Failure(str(exc), exc.exit_code) from None
    if isinstance(exc, TemplateProblem):
        raise Failure(f"a template could not be rendered: {exc}", EXIT_INTERNAL) from None
    # A bug: say so plainly, keep the traceback for those who ask.
    if os.environ.get("REMEDIES_DEBUG"):
        raise exc
    raise Failure(
        f"internal error ({type(exc).__name__}: {exc}); please report it "
        "(set REMEDIES_DEBUG=1 to see the details)", EXIT_INTERNAL) from None


def warn(problems) -> None:
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)


def load_record(path: Path):
    """Load and validate a record, printing its warnings; invalid records raise RecordError."""
    from remedies.record import load
    from remedies.rendering.resources import available_locales

    loaded = load(path, available_locales())
    warn(loaded.warnings)
    return loaded


def check_locales(locales: tuple[str, ...], record) -> list[str]:
    from remedies.record.validate import unknown_locale
    from remedies.rendering.resources import available_locales

    chosen = list(dict.fromkeys(locales)) or [record.case.locale]
    for locale in chosen:
        if locale not in available_locales():
            raise Failure(f"--locale {unknown_locale(locale, available_locales())}", EXIT_RECORD)
    return chosen


RECORD_ARGUMENT = click.argument(
    "record", type=click.Path(path_type=Path, dir_okay=False), metavar="RECORD")
