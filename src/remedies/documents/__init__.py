"""The documents remedies drafts, each from the same record; the registry lists them in order."""

from __future__ import annotations

from remedies.documents import dsa_notice, harassment_order, platform_report
from remedies.documents.base import DocumentType

REGISTRY: dict[str, DocumentType] = {
    doc.name: doc
    for doc in (
        harassment_order.DOCUMENT,
        platform_report.DOCUMENT,
        dsa_notice.DOCUMENT,
    )
}


def get(name: str) -> DocumentType:
    return REGISTRY[name]
