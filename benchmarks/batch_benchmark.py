"""Drafting at helpline scale and cold starts, measured in one run; prints the ratios.

Usage: python benchmarks/batch_benchmark.py [--records 200] [--sample 20] [--jobs N] [--repeat 5]

(a) one `remedies draft FOLDER --jobs N` over the generated records (benchmarks/records.py);
(b) plain docxtpl in one process: the same documents from the same contexts (plain_docxtpl.py);
(c) one `remedies draft RECORD` process per record: --sample of them, scaled to all the records;
(d) cold single drafts (a new process each: `--doc harassment-order`, `--all`), with the compiled
    templates in the disk cache and with the cache off (REMEDIES_NO_CACHE=1); `--version`; and the
    sample record with 1,000 incidents.
Every command runs as its own process, as a user runs it; small ones take the best of --repeat runs.
Wall time is what a user waits; CPU time (user + system, of the process and its workers) is less
disturbed by other work on the machine. Compare ratios within one run, not times between machines.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import records  # noqa: E402


def remedies_command() -> list[str]:
    script = Path(sys.executable).with_name("remedies")
    return [str(script)] if script.exists() else [sys.executable, "-m", "remedies"]


class Runner:
    def __init__(self, cache: Path):
        self.env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "REMEDIES_NO_CACHE")}
        self.env["REMEDIES_CACHE_DIR"] = str(cache)

    def run(self, command: list[str], *, cache: bool = True, check_status=(0,)) -> tuple[float, float, str]:
        env = dict(self.env)
        if not cache:
            env["REMEDIES_NO_CACHE"] = "1"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode not in check_status:
            raise SystemExit(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr[-2000:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, result.stdout

    def best(self, command: list[str], repeat: int, **options) -> tuple[float, float]:
        runs = [self.run(command, **options)[:2] for _ in range(repeat)]
        return min(w for w, _ in runs), min(c for _, c in runs)


def count(folder: Path, suffix: str = ".docx") -> int:
    return sum(1 for p in folder.rglob(f"*{suffix}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200)
    parser.add_argument("--sample", type=int, default=20, help="records drafted one process each, then scaled")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for (a); default: remedies' own (the cores)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each small command (the best is kept)")
    parser.add_argument("--incidents", type=int, default=1000)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="remedies-bench-"))
    try:
        cache = work / "cache"
        run = Runner(cache)
        remedies = remedies_command()
        folder = work / "records"
        paths = records.write_variants(folder, args.records)
        sample = records.EXAMPLES / "sample-record.yaml"
        big = work / "big.yaml"
        big.write_text(records.many_incidents(args.incidents), encoding="utf-8")
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        scratch = work / "scratch"

        def draft(*arguments: str, **options) -> list[str]:
            shutil.rmtree(scratch, ignore_errors=True)
            return [*remedies, "draft", *arguments, "--out", str(scratch), "--force"]

        # Warm-up: Python's bytecode and the template cache, as on any machine after the first run.
        run.run(draft(str(sample), "--all"))

        print(f"records: {args.records} generated from {len(records.SOURCES)} examples; "
              f"cores: {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}; "
              f"python {sys.version.split()[0]}")

        out_a = work / "a"
        wall_a, cpu_a, _ = run.run([*remedies, "draft", str(folder), "--out", str(out_a), *jobs])
        files_a, docx_a = sum(1 for p in out_a.rglob("*") if p.is_file()), count(out_a)
        print(f"(a) remedies draft FOLDER{' ' + ' '.join(jobs) if jobs else ''}: {wall_a:.2f} s wall, "
              f"{cpu_a:.2f} s CPU; {files_a} files ({docx_a} .docx)")

        out_b = work / "b"
        wall_b, cpu_b, printed = run.run([sys.executable, str(HERE / "plain_docxtpl.py"), str(folder), str(out_b)])
        print(f"(b) plain docxtpl, one process: {wall_b:.2f} s wall, {cpu_b:.2f} s CPU; {printed.strip()} .docx")

        chosen = paths[:args.sample]
        wall_c = cpu_c = 0.0
        out_c = work / "c"
        for path in chosen:
            wall, cpu, _ = run.run([*remedies, "draft", str(path), "--out", str(out_c)], check_status=(0, 2, 3))
            wall_c += wall
            cpu_c += cpu
        scale = len(paths) / len(chosen)
        print(f"(c) one process per record: {len(chosen)} records {wall_c:.2f} s wall, {cpu_c:.2f} s CPU; "
              f"scaled to {len(paths)}: {wall_c * scale:.2f} s wall, {cpu_c * scale:.2f} s CPU")

        one_cache = run.best(draft(str(sample), "--doc", "harassment-order"), args.repeat)
        one_plain = run.best(draft(str(sample), "--doc", "harassment-order"), args.repeat, cache=False)
        all_cache = run.best(draft(str(sample), "--all"), args.repeat)
        all_plain = run.best(draft(str(sample), "--all"), args.repeat, cache=False)
        version = run.best([*remedies, "--version"], args.repeat)
        helped = run.best([*remedies, "--help"], args.repeat)
        big_all = run.best(draft(str(big), "--all"), max(1, args.repeat // 2))
        big_one = run.best(draft(str(big), "--doc", "harassment-order"), max(1, args.repeat // 2))
        for label, (wall, cpu) in (
                ("draft --doc harassment-order, cache", one_cache), ("draft --doc harassment-order, no cache", one_plain),
                ("draft --all, cache", all_cache), ("draft --all, no cache", all_plain),
                ("--version", version), ("--help", helped),
                (f"draft --all, {args.incidents} incidents", big_all),
                (f"draft --doc harassment-order, {args.incidents} incidents", big_one)):
            print(f"(d) {label}: {wall:.3f} s wall, {cpu:.3f} s CPU (best of runs)")

        print("ratios (same run):")
        print(f"  plain docxtpl / remedies batch:        {wall_b / wall_a:.1f}x wall, {cpu_b / cpu_a:.1f}x CPU")
        print(f"  process per record / remedies batch:   {wall_c * scale / wall_a:.1f}x wall, "
              f"{cpu_c * scale / cpu_a:.1f}x CPU")
        print(f"  --doc harassment-order, no cache / cache: {one_plain[0] / one_cache[0]:.2f}x wall, "
              f"{one_plain[1] / one_cache[1]:.2f}x CPU")
        print(f"  --all, no cache / cache:                {all_plain[0] / all_cache[0]:.2f}x wall, "
              f"{all_plain[1] / all_cache[1]:.2f}x CPU")
        print(f"  batch per record: {wall_a / len(paths) * 1000:.1f} ms wall; "
              f"cold --doc harassment-order / --version: {one_cache[0] / version[0]:.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
