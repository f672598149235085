"""`remedies check`: is the record valid, and which documents are ready to draft."""

from __future__ import annotations

import json
from pathlib import Path

import click

from remedies.cli.base import RECORD_ARGUMENT, load_record


@click.command()
@RECORD_ARGUMENT
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def check(record: Path, as_json: bool) -> None:
    """Validate RECORD and show, for each document, whether it is ready to draft."""
    from remedies.readiness import readiness

    loaded = load_record(record)
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
