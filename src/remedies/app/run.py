"""Start the app: a free port on 127.0.0.1, the one-time link printed (and opened), no access log."""

from __future__ import annotations

import socket
import webbrowser
from pathlib import Path

import click
import uvicorn

from remedies.app.security import Gate
from remedies.app.server import create_app


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(cases: Path, *, port: int = 0, browser: bool = True, idle_minutes: float = 15) -> None:
    port = port or free_port()

    def announce(url: str) -> None:
        click.echo(f"open: {url}", err=True)

    gate = Gate(port=port, idle_minutes=idle_minutes, announce=announce)
    application = create_app(cases, gate)
    link = gate.new_link()
    click.echo(f"remedies app: cases in {cases.resolve()}")
    click.echo(f"open this address in your browser (it works once): {link}")
    click.echo("press Ctrl+C to stop")
    if browser:
        webbrowser.open(link)
    config = uvicorn.Config(application, host="127.0.0.1", port=port, access_log=False, server_header=False,
                            date_header=False, log_level="warning", lifespan="off")
    uvicorn.Server(config).run()
