"""Exhibit marks come from the jurisdiction profile: the deponent's initials in Singapore, the ids elsewhere."""

from conftest import EXAMPLES
from remedies.knowledge.exhibits import initials, marks
from remedies.record import load


def test_singapore_marks_exhibits_with_the_deponents_initials(sample):
    record = load(sample).record
    assert marks(record) == {"E1": "MLT-1", "E2": "MLT-2", "E3": "MLT-3", "E4": "MLT-4"}


def test_a_jurisdiction_without_a_profile_keeps_the_record_ids():
    record = load(EXAMPLES / "detention-record.yaml").record
    assert list(marks(record).values()) == [item.id for item in record.evidence]


def test_initials_follow_the_written_order_of_the_name():
    assert initials("Mei-Ling Tan") == "MLT"
    assert initials("Nguyễn Thị Lan") == "NTL"
    assert initials("") == ""
