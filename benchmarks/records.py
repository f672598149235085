"""Generated records for the benchmarks and the batch tests: variants of the shipped examples.

`write_variants(folder, n)` writes n records cycling through the valid examples, each with its own
case reference (so each record's files have their own names); `many_incidents(n)` is the sample record
with n incidents. Every record is fictional, as the examples are.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCES = ("sample-record", "my-stalking-record", "lk-online-safety-record", "ph-vawc-record", "detention-record")
_CASE_REFERENCE = re.compile(r"^(case:\n(?:(?!\S).*\n|\n)*?  reference: )(.+)$", re.MULTILINE)


def variant(source: str, number: int) -> str:
    """The example `source` with the case reference BENCH-<number>."""
    text = (EXAMPLES / f"{source}.yaml").read_text(encoding="utf-8")
    changed, count = _CASE_REFERENCE.subn(lambda m: f"{m.group(1)}BENCH-{number:04d}", text, count=1)
    if count != 1:
        raise ValueError(f"{source}: no case.reference line found")
    return changed


def write_variants(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        source = SOURCES[(number - 1) % len(SOURCES)]
        path = folder / f"record-{number:04d}.yaml"
        path.write_text(variant(source, number), encoding="utf-8")
        paths.append(path)
    return paths


def many_incidents(count: int) -> str:
    """The sample record with `count` incidents (the three of the sample, repeated on later dates)."""
    from remedies.data import parse_yaml

    data = parse_yaml((EXAMPLES / "sample-record.yaml").read_bytes())
    originals = data["incidents"]
    start = dt.date(2024, 1, 1)
    incidents = []
    for index in range(count):
        incident = dict(originals[index % len(originals)])
        incident["id"] = f"I{index + 1}"
        incident["date"] = start + dt.timedelta(days=index % 900)
        incident["url"] = f"{incident['url'].rsplit('/', 1)[0]}/{100000 + index}"
        incidents.append(incident)
    data["incidents"] = incidents
    return "# yaml-language-server: $schema=../schema/record.schema.json\n" + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=100)
