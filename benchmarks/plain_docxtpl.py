"""The baseline of batch_benchmark.py: the same documents, from the same contexts, with plain docxtpl.

Usage: python benchmarks/plain_docxtpl.py FOLDER OUT
For each record in FOLDER, in one process: load it and build every applicable document's context with
remedies (drafting.plan), then render each with docxtpl as documented (DocxTemplate(path),
render(context, jinja_env, autoescape=True), save) into OUT. Prints the number of documents written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docxtpl import DocxTemplate

from remedies import drafting
from remedies.documents import REGISTRY
from remedies.record import load
from remedies.rendering.environment import environment
from remedies.rendering.output import file_name
from remedies.rendering.resources import available_locales


def main() -> None:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(folder.glob("*.yaml")):
        record = load(path, available_locales()).record
        jobs = drafting.plan(record, list(REGISTRY), [record.case.locale])
        for job in jobs:
            if job.draft is None:
                continue
            template = DocxTemplate(drafting.template_of(job))
            template.render(job.draft.context, jinja_env=environment(job.locale), autoescape=True)
            reference = job.draft.file_reference or record.case.reference
            template.save(out / file_name(reference, job.name, job.locale))
            written += 1
    print(written)


if __name__ == "__main__":
    main()
