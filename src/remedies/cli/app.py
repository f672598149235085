"""`remedies app`: the guided intake in the browser, on this computer only."""

from __future__ import annotations

from pathlib import Path


import click

from remedies.cli.base import EXIT_RECORD, Failure


@click.command("app")
@click.argument("cases", type=click.Path(path_type=Path, file_okay=False), default=Path("."), metavar="[CASES_FOLDER]")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: a free one).")
@click.option("--no-browser", is_flag=True, help="Print the address without opening a browser.")
@click.option("--idle-minutes", type=click.FloatRange(min=0.5), default=15, show_default=True,
              help="Lock the app after this many minutes without use.")
def app(cases: Path, port: int, no_browser: bool, idle_minutes: float) -> None:
    """Open the guided intake for the records in CASES_FOLDER (default: the current folder).

    The app listens on 127.0.0.1 only and opens from the one-time link it prints.
    """
    try:
        from remedies.app.run import serve
    except ImportError as exc:  # the optional extra is not installed
        raise Failure(f"the app needs its optional parts ({exc.name}); install them with "
                      "pip install 'remedies[app]'", EXIT_RECORD) from None
    if not cases.is_dir():
        raise Failure(f"{cases}: is not a folder; create it or name the folder that holds your records", EXIT_RECORD)
    serve(cases, port=port, browser=not no_browser, idle_minutes=idle_minutes)



