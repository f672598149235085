"""`remedies verify-redaction`: scan any .docx for the victim's identity before it goes to the press."""

from __future__ import annotations

from pathlib import Path

import click

from remedies.cli.base import EXIT_RECORD, Failure, load_record


@click.command("verify-redaction")
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE.docx")
@click.option("--record", "record", type=click.Path(path_type=Path, dir_okay=False), required=True,
              metavar="RECORD", help="The incident record whose identifying terms are sought.")
def verify_redaction(file: Path, record: Path) -> None:
    """Scan FILE.docx (for example a press brief edited in Word) for the victim's identity in RECORD."""
    from remedies.checks.packages import PackageRefused, check_file

    if file.is_dir():
        raise Failure(f"{file}: is a folder, not a .docx file", EXIT_RECORD)
    try:
        # The signature and declared sizes first, before the record is read: a bomb is refused at once.
        check_file(file, str(file))
    except PackageRefused as exc:
        raise Failure(str(exc), EXIT_RECORD) from None
    except FileNotFoundError:
        raise Failure(f"{file}: no such file", EXIT_RECORD) from None
    except OSError as exc:
        raise Failure(f"{file}: cannot be read ({exc.strerror or exc})", EXIT_RECORD) from None

    from remedies.checks.redaction import matcher_for, press_brief_provenance
    from remedies.checks.redaction.scan import EXIT_LEAK, scan_file

    loaded = load_record(record)
    try:
        # Read member by member within fixed limits (checks/packages.py), never whole. A single
        # common word of the record is tolerated only inside a phrase of the press-brief template.
        result = scan_file(file, matcher_for(loaded.record), str(file), press_brief_provenance(loaded.record))
    except FileNotFoundError:
        raise Failure(f"{file}: no such file", EXIT_RECORD) from None
    except OSError as exc:
        raise Failure(f"{file}: cannot be read ({exc.strerror or exc})", EXIT_RECORD) from None
    if result.findings:
        for finding in result.findings:
            click.echo(f"found: {finding.sentence()}", err=True)
        count = len(result.findings)
        raise Failure(f"{file}: {count} identifying term{'s' if count != 1 else ''} found; "
                      "do not send this file", EXIT_LEAK)
    click.echo(f"no identifying term found ({result.terms} terms checked in {result.parts} parts)")
