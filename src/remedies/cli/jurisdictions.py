"""`remedies jurisdictions`: the jurisdiction profiles, each with its routes and the date it was checked."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the profiles as JSON.")
@click.option("--unconfirmed", is_flag=True, help="Also list each statement a profile marks as not confirmed.")
def jurisdictions(as_json: bool, unconfirmed: bool) -> None:
    """List the jurisdiction profiles (court routes, regulator, date checked)."""
    from remedies.documents import jurisdiction as jx

    rows = []
    for code in jx.codes():
        prof = jx.load(code)
        regulator = prof.get("regulator") or {}
        rows.append({
            "code": code,
            "name": prof.get("name", code),
            "checked_on": str(prof.get("checked_on", "")),
            "routes": [route["name"] for route in prof.get("routes", [])],
            "regulator": regulator.get("name"),
            "unconfirmed": jx.unconfirmed(prof),
        })
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['code']}  {row['name']}  (checked {row['checked_on']}; "
                   f"{len(row['unconfirmed'])} statements not confirmed)")
        for route in row["routes"]:
            click.echo(f"    court: {route}")
        if row["regulator"]:
            click.echo(f"    regulator: {row['regulator']}")
        if unconfirmed:
            for item in row["unconfirmed"]:
                click.echo(f"    not confirmed: {item}")
