"""`remedies check` on records with many incidents: is it linear, and how far from a small record?

Writes the sample record with 1,000 and 10,000 incidents (each incident reduced to what a long log of
one repeated harm holds: date, platform, url, harms and its own one-line description, so that 10,000
fit the 2 MiB record limit), then times `remedies check` on each, and on the sample record itself as the
baseline, each as its own process. It prints the times, the cost per extra incident and the ratio of
the two per-incident costs (1.0 is linear; a quadratic step shows as about 10).

    python benchmarks/check_benchmark.py --rounds 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def record_with(count: int) -> str:
    from remedies.data import parse_yaml

    data = parse_yaml((ROOT / "examples" / "sample-record.yaml").read_bytes())
    first = data["incidents"][0]
    data["incidents"] = [
        {key: value for key, value in first.items() if key not in ("effect", "evidence", "description")}
        | {"id": f"I{n}", "description": f"Posted the address again, post {n}."}
        for n in range(1, count + 1)
    ]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def timed(record: Path, rounds: int) -> float:
    remedies = Path(sys.executable).with_name("remedies")
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        done = subprocess.run([str(remedies), "check", str(record)], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"remedies check {record} exited {done.returncode}: {done.stderr.strip()}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each check (the median is shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("REMEDIES_CACHE_DIR", str(Path(folder) / "cache"))
        sizes = {}
        for count in (1_000, 10_000):
            path = Path(folder) / f"incidents-{count}.yaml"
            path.write_text(record_with(count), encoding="utf-8")
            sizes[count] = path
        base = timed(ROOT / "examples" / "sample-record.yaml", args.rounds)
        small = timed(sizes[1_000], args.rounds)
        large = timed(sizes[10_000], args.rounds)
    print(f"sample record (3 incidents)  {base:6.2f} s  (baseline)")
    print(f"1,000 incidents              {small:6.2f} s  {small / base:5.1f}x the baseline")
    print(f"10,000 incidents             {large:6.2f} s  {large / base:5.1f}x the baseline")
    per_small = (small - base) / 997 * 1000
    per_large = (large - small) / 9000 * 1000
    print(f"per extra incident: {per_small:.3f} ms up to 1,000, {per_large:.3f} ms from 1,000 to 10,000 "
          f"(ratio {per_large / per_small:.2f}; 1.0 is linear)")


if __name__ == "__main__":
    main()
