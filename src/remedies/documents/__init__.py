"""The documents remedies drafts, each from the same record; the registry lists them in order."""

from __future__ import annotations

from remedies.documents import (
    domestic_challenge,
    dsa_notice,
    harassment_order,
    hrc_complaint,
    platform_report,
    press_brief,
    un_special_procedures,
    wgad,
)
from remedies.documents.base import DocumentType

REGISTRY: dict[str, DocumentType] = {
    doc.name: doc
    for doc in (
        harassment_order.DOCUMENT,
        un_special_procedures.DOCUMENT,
        wgad.DOCUMENT,
        hrc_complaint.DOCUMENT,
        domestic_challenge.DOCUMENT,
        platform_report.DOCUMENT,
        dsa_notice.DOCUMENT,
        press_brief.DOCUMENT,
    )
}


def get(name: str) -> DocumentType:
    return REGISTRY[name]
