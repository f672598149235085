"""`remedies i18n`: add and maintain a language with standard gettext catalogs (.po files)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

import click


class _Catalogs:
    """remedies.i18n.catalogs, imported when an i18n command runs (not when `draft` borrows --locales)."""

    def __getattr__(self, name: str):
        from remedies.i18n import catalogs as module

        return getattr(module, name)


catalogs = _Catalogs()


def use_locales(ctx: click.Context, param, value: Optional[Path]) -> Optional[Path]:
    """--locales DIR: the translator's folder of catalogs, as REMEDIES_LOCALES would set it."""
    if value is not None:
        os.environ["REMEDIES_LOCALES"] = str(value)
    return value


LOCALES_OPTION = click.option(
    "--locales", "catalogs_folder", type=click.Path(path_type=Path, file_okay=False), callback=use_locales, expose_value=False,
    is_eager=True, metavar="DIR",
    help="Your folder of catalogs (default: REMEDIES_LOCALES, else your user data folder; in a source "
         "checkout, its locales/).")


@click.group("i18n")
@LOCALES_OPTION
def i18n() -> None:
    """Translate the documents: extract, init LOCALE, update, compile, status, check.

    \b
    Add a language in three steps:
      remedies i18n init xx          # start xx/LC_MESSAGES/remedies.po in your catalogs folder
      (translate it in Poedit, Weblate or a text editor)
      remedies draft RECORD --locale xx
    `remedies i18n where` prints the folder. Catalogs there are read before the shipped ones.
    """


@i18n.command()
def where() -> None:
    """Print the folder where your catalogs are written and read first."""
    from remedies.rendering.resources import locales_dir

    click.echo(str(locales_dir()))


@i18n.command()
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Where to write the template catalog (default: locales/remedies.pot).")
def extract(output: Optional[Path]) -> None:
    """Extract every translatable string from the templates and sources into a .pot file."""
    path = catalogs.extract(output)
    click.echo(f"wrote {path} ({len(catalogs.pot())} strings)")


@i18n.command()
@click.argument("locale")
def init(locale: str) -> None:
    """Start a catalog for LOCALE (a CLDR identifier such as fr, pt_BR or zh_Hans)."""
    path = catalogs.init(locale)
    click.echo(f"wrote {path}; translate it, then draft with --locale {locale}")


@i18n.command()
def update() -> None:
    """Add new template strings to every catalog and retire removed ones."""
    for path in catalogs.update():
        click.echo(f"updated {path}")


@i18n.command("compile")
def compile_command() -> None:
    """Write .mo files for other gettext tools (remedies itself reads the .po files directly)."""
    for path in catalogs.compile_all():
        click.echo(f"wrote {path}")


@i18n.command()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def status(as_json: bool) -> None:
    """Per locale and document: the share of strings translated, and whether a person reviewed it."""
    rows = catalogs.status()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    documents = sorted({row["document"] for row in rows})
    width = max([len(d) for d in documents] + [8])
    click.echo(f"{'locale':<8} {'reviewed':<10} " + " ".join(f"{d:>{width}}" for d in documents))
    for locale in sorted({row["locale"] for row in rows}):
        mine = {row["document"]: row for row in rows if row["locale"] == locale}
        flag = "yes" if next(iter(mine.values()))["reviewed"] else "no"
        cells = []
        for document in documents:
            row = mine[document]
            share = 100 * row["translated"] // row["total"] if row["total"] else 100
            cells.append(f"{share:>{width - 1}}%")
        click.echo(f"{locale:<8} {flag:<10} " + " ".join(cells))


@i18n.command()
def check() -> None:
    """Fail on stale catalogs, dropped or added placeholders, and markup-breaking translations."""
    problems = catalogs.check()
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        raise click.exceptions.Exit(1)
    click.echo(f"{catalogs.checked_count()} catalogs checked: no problems")
