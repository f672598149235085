"""The documents remedies drafts, each from the same record; the registry lists them in order."""

from __future__ import annotations

from remedies.documents import harassment_order, hrc_complaint, un_special_procedures, wgad
from remedies.documents.base import DocumentType

REGISTRY: dict[str, DocumentType] = {
    doc.name: doc
    for doc in (
        harassment_order.DOCUMENT,
        un_special_procedures.DOCUMENT,
        wgad.DOCUMENT,
        hrc_complaint.DOCUMENT,
    )
}


def get(name: str) -> DocumentType:
    return REGISTRY[name]
