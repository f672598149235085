"""`remedies template`: check a template edited in Word; export a shipped one for a firm to adapt."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from remedies.cli.base import EXIT_RECORD, Failure


@click.group("template")
def template() -> None:
    """Work on the Word templates: check FILE.docx, export NAME DIR.

    \b
    A firm adapts a document in three steps:
      remedies template export harassment-order my-templates
      (edit my-templates/harassment-order.docx in Word)
      remedies template check my-templates/harassment-order.docx
    then puts it in the user templates folder (see `remedies template export`) or sets
    REMEDIES_TEMPLATES=my-templates: `remedies draft` uses it instead of the shipped one.
    """


@template.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.docx")
@click.option("--doc", "name", default=None, metavar="NAME",
              help="The document this template is for (default: from the file name, e.g. wgad.docx).")
def check(file: Path, name: Optional[str]) -> None:
    """Report everything in FILE.docx that would break drafting, with where to find it in Word."""
    from remedies.rendering import lint

    try:
        report = lint.check(file, name)
    except lint.InputProblem as exc:
        raise Failure(str(exc), EXIT_RECORD) from None
    for problem in report.problems:
        click.echo(f"{file}: {problem}")
    for note in report.notes:
        click.echo(f"{file}: note: {note}")
    fields, strings = len(report.uses.fields), len({m for m, _ in report.uses.strings})
    if report.problems:
        count = len(report.problems)
        click.echo(f"{count} problem{'s' if count != 1 else ''} found in {file} "
                   f"(checked as the {report.document} template)", err=True)
        raise click.exceptions.Exit(EXIT_RECORD)
    click.echo(f"{file}: no problems found (the {report.document} template: {fields} fields, "
               f"{strings} translatable strings)")


@template.command()
@click.argument("name", metavar="NAME")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), metavar="DIR")
@click.option("--force", is_flag=True, help="Replace a file of the same name in DIR.")
def export(name: str, folder: Path, force: bool) -> None:
    """Copy the shipped template of document NAME into DIR, to edit in Word."""
    from remedies.documents import REGISTRY
    from remedies.rendering.output import write_atomic
    from remedies.rendering.resources import shipped_template, user_templates_dir

    if name not in REGISTRY:
        raise Failure(f"{name} is not a document; choose one of {', '.join(REGISTRY)}", EXIT_RECORD)
    source = shipped_template(REGISTRY[name].template)
    target = folder / source.name
    if folder.exists() and not folder.is_dir():
        raise Failure(f"{folder} is a file, not a folder", EXIT_RECORD)
    if target.exists() and not force:
        raise Failure(f"{target} already exists; pass --force to replace it", EXIT_RECORD)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, source.read_bytes())
    except OSError as exc:
        raise Failure(f"cannot write {target}: {exc.strerror or exc}", 1) from None
    click.echo(f"wrote {target}")
    click.echo(f"edit it in Word, check it with `remedies template check {target}`, then put it in "
               f"{user_templates_dir()} or set REMEDIES_TEMPLATES={folder}")

