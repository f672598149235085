"""Golden text of the constitutional-challenge memorandum for the detention example (Nepal) and two other
jurisdictions, so a change to the template, the catalogs or the data shows up as a readable diff.

To accept a deliberate change, regenerate the snapshots and review the diff:
    REMEDIES_UPDATE_GOLDEN=1 python -m pytest tests/test_domestic_challenge_golden.py
"""

from __future__ import annotations

import pytest
from docxtext import document_text
from golden import assert_matches_golden
from unfilings import DETENTION, record_from, render

NAME = "domestic-challenge"
CASES = {
    "detention-en": ("NP", "en"),
    "detention-fr": ("NP", "fr"),
    "detention-ar": ("NP", "ar"),
    "detention-zh_Hans": ("NP", "zh_Hans"),
    "detention-lk-en": ("LK", "en"),
    "detention-vn-en": ("VN", "en"),
}


@pytest.mark.parametrize("label", sorted(CASES))
def test_golden_text(label, tmp_path):
    state, locale = CASES[label]
    change = None if state == "NP" else (lambda t: t.replace("  state: NP\n", f"  state: {state}\n", 1))
    record = record_from(DETENTION, tmp_path, change)
    assert_matches_golden(f"{NAME}-{label}", document_text(render(record, NAME, locale)) + "\n")
