"""Build an exhibit bundle of 100 exhibits (50 images, 50 PDFs of 1-5 pages) and report how long it takes.

In the same run, a baseline does the least any bundle must: read every file once (SHA-256) and copy the
PDFs' pages into one file with pypdf. The report gives both times and their ratio; the target for the
bundle itself is under 30 s on the project's 2-core machine.

    python benchmarks/bundle_benchmark.py [--images 50] [--pdfs 50] [--rounds 1]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from evidencefiles import jpeg_with_exif, pdf, png  # noqa: E402


def make_case(folder: Path, images: int, pdfs: int) -> tuple[Path, list[Path]]:
    from remedies.evidence import add

    text = (ROOT / "examples" / "sample-record.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^evidence:\n.*?(?=^\S)", "evidence: []\n\n", text)
    text = re.sub(r"(?m)^    evidence: \[.*\]\n", "", text)
    record = folder / "record.yaml"
    record.write_text(text, encoding="utf-8")
    evidence = folder / "evidence"
    evidence.mkdir()
    files = []
    for n in range(images):
        if n % 2:  # phone photos and phone screenshots
            files.append(jpeg_with_exif(evidence / f"photo-{n:03}.jpg", size=(2016, 1512), colour=(n, 120, 90)))
        else:
            files.append(png(evidence / f"screenshot-{n:03}.png", size=(1080, 2340), colour=(n, 60, 140)))
    for n in range(pdfs):
        files.append(pdf(evidence / f"document-{n:03}.pdf", pages=n % 5 + 1, title=f"Document {n}"))
    add(record, files, description="Exhibit", captured_by="victim")
    return record, files


def baseline(files: list[Path]) -> float:
    from pypdf import PdfReader, PdfWriter

    start = time.perf_counter()
    writer = PdfWriter()
    for path in files:
        hashlib.sha256(path.read_bytes()).hexdigest()
        if path.suffix == ".pdf":
            for page in PdfReader(path).pages:
                writer.add_page(page)
    writer.write(io.BytesIO())
    return time.perf_counter() - start


def bundle(record: Path) -> tuple[float, int]:
    from remedies.evidence.bundle import build
    from remedies.record import load

    loaded = load(record)
    start, cpu = time.perf_counter(), time.process_time()
    built = build(loaded, record)
    return time.perf_counter() - start, time.process_time() - cpu, built.page_count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=50)
    parser.add_argument("--pdfs", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        record, files = make_case(Path(folder), args.images, args.pdfs)
        size = sum(p.stat().st_size for p in files)
        bundles, cpus, bases, pages = [], [], [], 0
        for _ in range(args.rounds):
            bases.append(baseline(files))
            seconds, cpu, pages = bundle(record)
            bundles.append(seconds)
            cpus.append(cpu)
        built, base, cpu = statistics.median(bundles), statistics.median(bases), statistics.median(cpus)
        print(f"{len(files)} exhibits ({args.images} images, {args.pdfs} PDFs), {size / 1e6:.1f} MB, "
              f"{pages} pages in the bundle")
        print(f"bundle: {built:.2f} s elapsed, {cpu:.2f} s of processor time (target < 30 s); baseline (hash every file, concatenate the PDFs): "
              f"{base:.2f} s; ratio {built / base:.1f}x")


if __name__ == "__main__":
    main()
