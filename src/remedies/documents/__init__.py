"""The documents remedies drafts, each from the same record; the registry lists them in order."""

from __future__ import annotations

from remedies.documents import harassment_order, press_brief
from remedies.documents.base import DocumentType

REGISTRY: dict[str, DocumentType] = {
    doc.name: doc
    for doc in (
        harassment_order.DOCUMENT,
        press_brief.DOCUMENT,
    )
}


def get(name: str) -> DocumentType:
    return REGISTRY[name]
