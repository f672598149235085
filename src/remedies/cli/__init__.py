"""The `remedies` command line: one module per command (group), each thin over a library module.

Commands are imported only when they run (or when `--help` lists them), so start-up stays quick.
"""

from __future__ import annotations

import importlib
import sys

import click

from remedies import __version__
from remedies.cli.base import EXIT_INCOMPLETE, EXIT_INTERNAL, EXIT_RECORD, Failure, guarded  # noqa: F401

# name -> "module:attribute"; a new command is one line here and one module beside this one.
COMMANDS = {
    "draft": "remedies.cli.draft:draft",
    "check": "remedies.cli.check:check",
    "verify-redaction": "remedies.cli.redaction:verify_redaction",
    "docs": "remedies.cli.info:docs",
    "schema": "remedies.cli.info:schema",
    "jurisdictions": "remedies.cli.jurisdictions:jurisdictions",
    "i18n": "remedies.cli.i18n:i18n",
    "template": "remedies.cli.template:template",
    "evidence": "remedies.cli.evidence:evidence",
    "bundle": "remedies.cli.bundle:bundle",
    "app": "remedies.cli.app:app",
}


class Group(click.Group):
    """Loads each command on first use and turns every known failure into a sentence and an exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)

    def invoke(self, ctx: click.Context):
        from remedies.rendering.resources import refresh

        refresh()  # each command looks for catalogs and conventions anew (one process may run many)
        return guarded(super().invoke, ctx)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="remedies")
def main() -> None:
    """Draft the documents a lawyer or advocate needs from one incident record of an online harm.

    Start with `remedies check RECORD`, then `remedies draft RECORD`.
    """


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
