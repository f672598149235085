"""`remedies draft RECORD... | FOLDER`: many records in one run, in a pool of processes.

Each record is drafted exactly as `remedies draft RECORD` drafts it alone (cli/draft.draft_record), in a
worker process whose messages are kept and printed in the order of the records, each line of its
standard error prefixed with the record's file. A record's problems never stop the others; the exit status
is the highest of the records'.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import re
import signal
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import click

from remedies.cli.base import EXIT_INTERNAL, EXIT_RECORD, Failure

RECORD_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class Outcome:
    """What drafting one record printed and the exit status it would have had alone."""

    record: Path
    status: int
    out: str
    err: str

    @property
    def written(self) -> int:
        return sum(1 for line in self.out.splitlines() if line.startswith("wrote "))


def expand(arguments: tuple[Path, ...]) -> list[Path]:
    """The records named: files as given, and the record files (*.yaml, *.yml, *.json) of each folder."""
    records: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found = sorted(p for p in argument.iterdir() if p.suffix.lower() in RECORD_SUFFIXES and p.is_file())
            if not found:
                raise Failure(f"{argument}: this folder holds no record file (.yaml, .yml or .json)", EXIT_RECORD)
            records.extend(found)
        else:
            records.append(argument)
    return list(dict.fromkeys(records))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def draft_one(record: Path, settings: dict) -> Outcome:
    """Draft one record as `remedies draft RECORD` would, keeping what it prints and its exit status."""
    from remedies.cli.base import guarded
    from remedies.cli.draft import draft_record

    out, err = io.StringIO(), io.StringIO()
    status = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            guarded(lambda _: draft_record(record, **settings), None)
        except click.ClickException as exc:
            exc.show()
            status = exc.exit_code
        except click.exceptions.Exit as exc:
            status = exc.exit_code
        except click.exceptions.Abort:
            status = 130
    return Outcome(record=record, status=status, out=out.getvalue(), err=err.getvalue())


def _pool(jobs: int) -> ProcessPoolExecutor:
    # Forked workers start with everything the parent has already imported; elsewhere they import anew.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if "fork" in methods and sys.platform != "darwin" else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    """Ctrl-C is the parent's to handle: a worker finishes the record it is drafting, then stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _result(future, record: Path) -> Outcome:
    try:
        return future.result()
    except Exception as exc:  # a worker that died (killed, out of memory)
        return Outcome(record, EXIT_INTERNAL, "", f"error: internal error ({type(exc).__name__}: {exc}); "
                                                  "nothing was written for this record\n")


def _warm(records: list[Path], locales: tuple[str, ...]) -> None:
    """Before the workers are forked, do once what every record needs: the imports, the shipped data
    tables, the locale data that names countries in every language (for the press brief's redaction),
    the catalogs and compiled templates of the languages the records are likely written in, and the
    timeline's drawing library. Each worker then starts with them (copy-on-write) instead of doing it
    again. Only a head start: a language guessed wrong is simply loaded by the worker that needs it."""
    import remedies.cli.draft  # noqa: F401
    import remedies.drafting  # noqa: F401
    import remedies.record  # noqa: F401
    from remedies import data
    from remedies.checks.redaction.redact import _territories
    from remedies.rendering.resources import available_locales

    for path in sorted(data.DATA.rglob("*.yaml")):
        data.load(path.relative_to(data.DATA).as_posix())
    known = available_locales()
    _territories(known)
    chosen = [locale for locale in dict.fromkeys(locales or _record_locales(records)) if locale in known]
    try:
        from remedies.documents import press_kit_timeline
        from remedies.rendering import engine
        from remedies.rendering.resources import template_path, templates_dir

        names = sorted(path.name for path in templates_dir().glob("*.docx"))
        for locale in chosen:
            for name in names:
                path = template_path(name)
                if path.is_file():
                    engine.compiled(path, locale)
        press_kit_timeline.warm()
    except Exception:  # a template or catalog with a problem: the worker drafting it reports it
        pass


_LOCALE_LINE = re.compile(rb"^[ \t]+locale:[ \t]*[\"']?([A-Za-z_]{2,12})", re.MULTILINE)


def _record_locales(records: list[Path], sample: int = 64) -> list[str]:
    """The languages a few of the records name (case.locale), read without parsing them; English first."""
    found = ["en"]
    for record in records[:sample]:
        try:
            head = record.read_bytes()[:65536]
        except OSError:
            continue
        found += [m.group(1).decode("ascii") for m in _LOCALE_LINE.finditer(head)]
    return found


def draft_many(records: list[Path], settings: dict, *, jobs: int | None, per_record: bool) -> None:
    out: Path = settings["out"]
    if per_record:
        stems: dict[str, Path] = {}
        for record in records:
            if record.stem in stems:
                raise Failure(f"--per-record: {stems[record.stem]} and {record} would share the folder "
                              f"{out / record.stem}; rename one of them", EXIT_RECORD)
            stems[record.stem] = record
    tasks = [(record, {**settings, "out": out / record.stem} if per_record else settings) for record in records]
    jobs = min(jobs or default_jobs(), len(tasks))
    outcomes: list[Outcome | None] = [None] * len(tasks)
    bar = sys.stderr.isatty()
    try:
        if jobs == 1:
            with _progress(len(tasks), bar) as progress:
                for index, (record, chosen) in enumerate(tasks):
                    outcomes[index] = draft_one(record, chosen)
                    progress.update(1)
                    if outcomes[index].status == 130:  # Ctrl-C while drafting it: stop here
                        raise KeyboardInterrupt
        else:
            _warm(records, tuple(settings.get("locales") or ()))
            pool = _pool(jobs)
            futures = {pool.submit(draft_one, record, chosen): index for index, (record, chosen) in enumerate(tasks)}
            try:
                with _progress(len(tasks), bar) as progress:
                    for future in as_completed(futures):
                        outcomes[futures[future]] = _result(future, tasks[futures[future]][0])
                        progress.update(1)
            except KeyboardInterrupt:
                # Records being drafted finish (each is written whole or not at all); the rest never start.
                pool.shutdown(wait=True, cancel_futures=True)
                for future, index in futures.items():
                    if future.done() and not future.cancelled():
                        outcomes[index] = _result(future, tasks[index][0])
                raise
            finally:
                pool.shutdown(wait=True)
    except KeyboardInterrupt:
        _report([o for o in outcomes if o is not None])
        done = sum(1 for o in outcomes if o is not None)
        raise Failure(f"interrupted after {done} of {len(tasks)} records; the records listed above were "
                      "handled, the others were not drafted", 130) from None
    _report(outcomes)
    _summary(outcomes)


@contextlib.contextmanager
def _progress(length: int, shown: bool):
    if not shown:
        class Silent:
            def update(self, steps: int) -> None:
                pass

        yield Silent()
        return
    with click.progressbar(length=length, label="Drafting", file=sys.stderr, show_pos=True) as progress:
        yield progress


def _report(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        if outcome.out:
            click.echo(outcome.out, nl=False)
        for line in outcome.err.splitlines():
            click.echo(f"{outcome.record}: {line}", err=True)


def _summary(outcomes: list[Outcome]) -> None:
    failed = [o for o in outcomes if o.status != 0]
    files = sum(o.written for o in outcomes)
    line = (f"{len(outcomes) - len(failed)} of {len(outcomes)} record{'s' if len(outcomes) != 1 else ''} "
            f"drafted without problems; {files} file{'s' if files != 1 else ''} written")
    if failed:
        line += "; with problems (see above): " + ", ".join(f"{o.record} (exit {o.status})" for o in failed)
    click.echo(line, err=True)
    worst = max((o.status for o in outcomes), default=0)
    if worst:
        raise click.exceptions.Exit(worst)
