"""How exhibits are marked in the record's jurisdiction: `MLT-1` (the deponent's initials) or the record's ids.

The jurisdiction profile says which (`exhibits.marking` in data/jurisdictions/<code>.yaml); court filings,
the evidence annex and the exhibit bundle all take their marks from here, so they always agree.
"""

from __future__ import annotations

from typing import Any, Optional

from remedies import data
from remedies.record.model import Record

# Marking schemes a profile may name.
DEPONENT_INITIALS = "deponent_initials"  # Commonwealth affidavit practice: the deponent's initials and a number
EVIDENCE_ID = "evidence_id"  # the record's own ids (E1, E2 ...): the default where no profile says otherwise
SEQUENCE = "sequence"  # a prefix and a running number or letter: P1, P2 (Sri Lanka); Annex A, Annex B (Philippines)


def profile(record: Record) -> Optional[dict[str, Any]]:
    code = record.case.court_jurisdiction
    if code and data.exists(f"jurisdictions/{code}.yaml"):
        return data.load(f"jurisdictions/{code}.yaml")
    return None


def deponent_name(record: Record) -> Optional[str]:
    """Who swears the supporting affidavit: the litigation representative for a minor, else the victim."""
    victim = record.victim
    if victim.is_minor and victim.litigation_representative:
        return victim.litigation_representative.name
    return victim.full_name


def initials(name: Optional[str]) -> str:
    """'Mei Ling Tan' -> 'MLT'; letters only, in the order the name is written."""
    letters = [part[0] for part in (name or "").replace("-", " ").split() if part[:1].isalpha()]
    return "".join(letters).upper()


def marks(record: Record) -> dict[str, str]:
    """Evidence id -> the exhibit's mark, in the order of the record's evidence list."""
    rules = (profile(record) or {}).get("exhibits") or {}
    scheme = rules.get("marking", EVIDENCE_ID)
    if scheme == DEPONENT_INITIALS:
        prefix = initials(deponent_name(record))
        if prefix:
            pattern = rules.get("format", "{initials}-{number}")
            return {item.id: pattern.format(initials=prefix, number=number)
                    for number, item in enumerate(record.evidence, start=1)}
    if scheme == SEQUENCE:
        pattern = rules.get("format", "{number}")
        return {item.id: pattern.format(number=number, letter=_letters(number))
                for number, item in enumerate(record.evidence, start=1)}
    return {item.id: item.id for item in record.evidence}


def _letters(number: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA: how annexes run on past Z."""
    text = ""
    while number:
        number, rest = divmod(number - 1, 26)
        text = chr(ord("A") + rest) + text
    return text
