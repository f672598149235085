"""`remedies docs` and `remedies schema`: what the tool drafts, and the record's JSON Schema."""

from __future__ import annotations

import json

import click


@click.command()
def docs() -> None:
    """List the documents remedies can draft."""
    from remedies.documents import REGISTRY

    width = max(len(name) for name in REGISTRY)
    for document in REGISTRY.values():
        click.echo(f"{document.name:<{width}}  {document.summary}")



@click.command()
@click.option("--indent", default=2, show_default=True, help="Indentation of the JSON output.")
@click.option("--markdown", is_flag=True, help="Print the field reference (docs/record.md) instead.")
def schema(indent: int, markdown: bool) -> None:
    """Print the JSON Schema of the incident record (for editors' autocompletion)."""
    from remedies.record.schema import json_schema, reference_page

    if markdown:
        click.echo(reference_page(), nl=False)
        return
    click.echo(json.dumps(json_schema(), indent=indent, ensure_ascii=False))
