"""Evidence files: adding them to a record, proving them unchanged, their chain of custody, manifests,
exhibit bundles and cleaned copies for outsiders."""

from remedies.evidence.add import Added, add, add_files
from remedies.evidence.files import EvidenceError

__all__ = ["Added", "EvidenceError", "add", "add_files"]
