"""Tables laid out from their content: header words whole, widths by content, long tables may break rows."""

from __future__ import annotations

from lxml import etree

from remedies.rendering.tables import CELL_MARGINS, _word_twips, layout_tables

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"


def _table(header: list[str], rows: list[list[str]], widths: list[int]) -> etree._Element:
    def cell(text: str, width: int) -> str:
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:r><w:rPr><w:sz w:val="18"/>'
                f'</w:rPr><w:t>{text}</w:t></w:r></w:p></w:tc>')

    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    head = ("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            + "".join(cell(t, w) for t, w in zip(header, widths)) + "</w:tr>")
    body = "".join("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cell(t, w) for t, w in zip(r, widths))
                   + "</w:tr>" for r in rows)
    xml = (f'<w:document xmlns:w="{W_NS}"><w:body><w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>'
           f"{head}{body}</w:tbl></w:body></w:document>")
    return etree.fromstring(xml.encode("utf-8"))


def _widths(root) -> list[int]:
    return [int(c.get(f"{W}w")) for c in root.iter(f"{W}gridCol")]


def test_header_words_fit_and_widths_follow_content():
    # The template's widths: a narrow last column for "Exhibits", a wide one for short dates.
    root = _table(["No.", "Date", "What happened", "Exhibits"],
                  [["1", "14/09/2026", "A long description of what happened on the day, " * 4, "E1, E2"],
                   ["2", "16/09/2026", "Another long description of the second incident. " * 3, "E3"]],
                  [600, 4000, 3000, 700])
    layout_tables(root)
    widths = _widths(root)
    assert sum(widths) == 8300  # the table keeps its width
    assert widths[3] >= _word_twips("Exhibits", 18) + CELL_MARGINS  # the header word is never cut
    assert widths[2] > widths[1] > widths[0]  # the description takes the room the dates did not need
    # Every cell has the width of its column.
    for row in root.iter(f"{W}tr"):
        assert [int(c.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for c in row.iter(f"{W}tc")] == widths


def test_arabic_header_word_is_whole():
    root = _table(["المستند", "مستندات"], [["وصف قصير", "MLT-1"]], [6000, 900])
    layout_tables(root)
    assert _widths(root)[1] >= _word_twips("مستندات", 18) + CELL_MARGINS


def test_long_tables_may_break_rows_short_ones_do_not():
    long = _table(["A", "B"], [["x", "y"]] * 5, [3000, 3000])
    layout_tables(long)
    assert not list(long.iter(f"{W}cantSplit"))
    short = _table(["A", "B"], [["x", "y"]], [3000, 3000])
    layout_tables(short)
    assert len(list(short.iter(f"{W}cantSplit"))) == 2
