"""The documents remedies drafts, each from the same record; the registry lists them in order."""

from __future__ import annotations

from remedies.documents import (
    court_application,
    domestic_challenge,
    dsa_notice,
    hrc_complaint,
    platform_report,
    press_brief,
    press_kit,
    regulator_complaint,
    un_special_procedures,
    wgad,
)
from remedies.documents.base import DocumentType

REGISTRY: dict[str, DocumentType] = {
    doc.name: doc
    for doc in (
        court_application.DOCUMENT,
        regulator_complaint.DOCUMENT,
        un_special_procedures.DOCUMENT,
        wgad.DOCUMENT,
        hrc_complaint.DOCUMENT,
        domestic_challenge.DOCUMENT,
        platform_report.DOCUMENT,
        dsa_notice.DOCUMENT,
        press_kit.DOCUMENT,
        press_brief.DOCUMENT,
    )
}


# Older names that still select a document: `--doc harassment-order` drafts the court application.
ALIASES: dict[str, str] = {alias: court_application.NAME for alias in court_application.ALIASES}


def resolve(name: str) -> str:
    return ALIASES.get(name, name)


def get(name: str) -> DocumentType:
    return REGISTRY[resolve(name)]
