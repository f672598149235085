"""The incident record: reading, validating and cross-checking one case file."""

from remedies.record.model import Record
from remedies.record.problems import Problem, RecordError
from remedies.record.validate import Loaded, load

__all__ = ["Loaded", "Problem", "Record", "RecordError", "load"]
