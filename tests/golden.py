"""Golden text snapshots: a template change shows up as a readable diff. REMEDIES_UPDATE_GOLDEN=1 rewrites them."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_matches_golden(name: str, text: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("REMEDIES_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}; run with REMEDIES_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), text.splitlines(),
                                              f"golden/{path.name}", "rendered", lineterm=""))
        raise AssertionError(f"the document differs from its snapshot:\n{diff}")
