"""`remedies check`: is the record valid, and which documents are ready to draft."""

from __future__ import annotations

import json
from pathlib import Path

import click

from remedies.cli.base import EXIT_INTERNAL, EXIT_RECORD, RECORD_ARGUMENT, load_record


@click.command()
@RECORD_ARGUMENT
@click.option("--json", "as_json", is_flag=True,
              help="Print the result as one JSON object (problems, or the documents' readiness).")
def check(record: Path, as_json: bool) -> None:
    """Validate RECORD and show, for each document, whether it is ready to draft."""
    if as_json:
        _check_json(record)
        return
    from remedies.readiness import readiness, untranslated_narrative
    from remedies.record.paths import compact

    loaded = load_record(record)
    rows = readiness(loaded.record)
    click.echo(f"{record}: valid record ({len(loaded.record.incidents)} incidents, "
               f"{len(loaded.record.evidence)} exhibits)")
    labels = [row["document"] + (f" ({row['part']})" if "part" in row else "") for row in rows]
    width = max(len(label) for label in labels)
    for label, row in zip(labels, rows):
        status = row["status"]
        if status == "ready":
            detail = "ready"
        elif status == "incomplete":
            detail = "missing: " + compact(row["missing"])
        else:
            detail = f"{status}: {row['reason']}"
        click.echo(f"  {label:<{width}}  {detail}")
        for line in row.get("checks", []):
            click.echo(f"  {'':<{width}}    {line}")
    from remedies.checks.consistency import contradictions

    clashes = contradictions(loaded.record, rows)
    if clashes:
        click.echo("contradictions between the documents drafted from this record:")
        for clash in clashes:
            click.echo(f"  {clash['message']}; change {clash['field']}")
    languages = untranslated_narrative(loaded.record)
    if languages:
        click.echo("untranslated narrative (documents show the original with an [untranslated] note; "
                   "`draft --strict` refuses):")
        for locale, fields in languages.items():
            listed = ", ".join(str(f) for f in fields) if fields else "none: every narrative field is written in it"
            click.echo(f"  {locale}: {listed}")
    _check_evidence(loaded, record)


def _check_evidence(loaded, record: Path) -> None:
    """The evidence files, hashed and compared with the record: a changed file makes check fail."""
    from remedies.cli.evidence import report
    from remedies.evidence.verify import ERROR, summary, verify

    findings = verify(loaded, record)
    if not findings:
        return
    report(findings)
    click.echo(summary(findings))
    if any(f.level == ERROR for f in findings):
        raise click.exceptions.Exit(EXIT_RECORD)


def _check_json(record: Path) -> None:
    """One JSON object on standard output whatever happens; the exit status says the same as without --json."""
    from remedies.record.problems import RecordError, one_line

    result: dict = {"record": str(record)}
    try:
        from remedies.readiness import readiness, untranslated_narrative
        from remedies.record import load
        from remedies.rendering.resources import available_locales

        from remedies.evidence.verify import ERROR, verify

        loaded = load(record, available_locales())
        from remedies.checks.consistency import contradictions

        documents = readiness(loaded.record)
        findings = verify(loaded, record)
        result |= {
            "valid": True,
            "warnings": [w.as_json() for w in loaded.warnings],
            "documents": documents,
            "contradictions": contradictions(loaded.record, documents),
            "untranslated": {locale: [{"path": f.path, "shown_in": f.original} for f in fields]
                             for locale, fields in untranslated_narrative(loaded.record).items()},
            "evidence": [{"id": f.id, "file": f.file, "status": "unchanged" if f.ok else f.level,
                          **({"problem": f.problem.as_json()} if f.problem else {})} for f in findings],
        }
        code = EXIT_RECORD if any(f.level == ERROR for f in findings) else 0
    except RecordError as exc:
        result |= {"valid": False, "problems": [p.as_json() for p in exc.problems]}
        code = EXIT_RECORD
    except Exception as exc:  # still one object: the error, in one sentence
        message = getattr(exc, "message", None) or str(exc)
        code = getattr(exc, "exit_code", EXIT_INTERNAL)
        if code == EXIT_INTERNAL:
            message = f"internal error ({type(exc).__name__}: {message}); please report it"
        result |= {"valid": None, "error": one_line(message)}
    click.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    if code:
        raise click.exceptions.Exit(code)
