"""Render the same contexts with the remedies engine and with plain docxtpl, in one run; print the ratio.

Usage: python benchmarks/render_benchmark.py [--documents N] [--record PATH]
Both sides get the same template, context and Jinja environment (filters, translations); the baseline is
docxtpl as documented: DocxTemplate(path), render(context, jinja_env, autoescape=True), save.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from docxtpl import DocxTemplate

from remedies.documents import REGISTRY
from remedies.documents.base import Options
from remedies.record import load
from remedies.rendering import engine
from remedies.rendering.environment import environment
from remedies.rendering.resources import templates_dir

ROOT = Path(__file__).resolve().parent.parent


def plain_docxtpl(path: Path, context: dict, locale: str) -> bytes:
    template = DocxTemplate(path)
    template.render(context, jinja_env=environment(locale), autoescape=True)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def timed(function, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=30, help="documents rendered by each side per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--record", type=Path, default=ROOT / "examples" / "sample-record.yaml")
    args = parser.parse_args()

    record = load(args.record).record
    jobs = []
    for document in REGISTRY.values():
        if document.not_applicable(record) or document.refusal(record):
            continue
        draft = document.build(record, Options(locale=record.case.locale))
        jobs.append((templates_dir() / (draft.template or document.template), draft))
    locale = record.case.locale

    def ours() -> None:
        for index in range(args.documents):
            path, draft = jobs[index % len(jobs)]
            engine.render(path, locale, draft.context, draft.properties)

    def baseline() -> None:
        for index in range(args.documents):
            path, draft = jobs[index % len(jobs)]
            plain_docxtpl(path, draft.context, locale)

    ours()  # the first call compiles and caches; steady state is what a batch of documents sees
    baseline()
    ours_times = timed(ours, args.rounds)
    base_times = timed(baseline, args.rounds)
    per_ours = statistics.median(ours_times) / args.documents
    per_base = statistics.median(base_times) / args.documents
    print(f"documents per round: {args.documents} ({', '.join(sorted({p.stem for p, _ in jobs}))}); rounds: {args.rounds}")
    print(f"remedies engine: {per_ours * 1000:.2f} ms per document (median)")
    print(f"plain docxtpl:   {per_base * 1000:.2f} ms per document (median)")
    print(f"ratio: {per_base / per_ours:.1f}x faster than plain docxtpl")


if __name__ == "__main__":
    main()
