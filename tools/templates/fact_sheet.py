"""Template: the press kit's one-page fact sheet (what happened by month, the law, the asks, the numbers)."""

# Like the press brief, the fixed text stays short and avoids everyday words that are also first names,
# and the package keeps only the styles it uses (press_brief._minimal).

from docx.shared import Cm, Pt
from press_brief import _minimal

FILE = "fact-sheet.docx"
BUILDER_OPTIONS = {"serif": "Arial", "size": 10}


def _compact(b) -> None:
    """Tighter spacing and margins than the other documents: the sheet is meant to be one page."""
    section = b.doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)
    styles = b.doc.styles
    for name in ("Normal", "List Bullet"):
        styles[name].paragraph_format.space_after = Pt(3)
    styles["Heading 1"].paragraph_format.space_before = Pt(9)
    styles["Heading 1"].paragraph_format.space_after = Pt(3)


def build(b) -> None:
    _compact(b)
    b.header("{{ _('FACT SHEET') }}", "{% if draft %}{{ _('DRAFT - NOT FOR RELEASE') }}{% endif %}")
    b.footer("{% if contact is not missing %}{{ contact.organisation }}{% endif %}", "", "/")
    b.title("{{ headline }}")
    b.para("{{ dateline }}", align="center", italic=True)

    b.heading("{{ _('What happened') }}")
    b.tag("{%p if months is missing %}")
    b.para("{{ months }}")
    b.tag("{%p endif %}")
    b.tag("{%p for month in months %}")
    b.para("{{ month.when }}", bold=True, keep_next=True)
    b.tag("{%p for event in month.events %}")
    b.runs(("{% if event.platform %}{{ event.platform }}: {% endif %}", "b"),
           ("{{ event.description }}", ""),
           ("{% if event.harms %} ({{ event.harms|listing|lower }}){% endif %}", "i"), style="List Bullet")
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")

    b.tag("{%p if laws or rights %}")
    b.heading("{{ _('The law at issue and the rights at stake') }}")
    b.tag("{%p endif %}")
    b.tag("{%p for law in laws %}")
    b.bullet("{{ law.name }}{% if law.provisions %} ({{ law.provisions|listing('unit') }}){% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p for right in rights %}")
    b.bullet("{{ right }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('What we are asking for') }}")
    b.tag("{%p if asks is missing %}")
    b.para("{{ asks }}")
    b.tag("{%p endif %}")
    b.tag("{%p for ask in asks %}")
    b.bullet("{{ ask }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('The numbers that matter') }}")
    b.tag("{%p for number in numbers %}")
    b.bullet("{{ number.label }}{{ colon }} {{ number.value }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Media contact') }}")
    b.tag("{%p if contact is missing %}")
    b.para("{{ contact }}")
    b.tag("{%p else %}")
    b.para("{% if contact.name %}{{ contact.name }}{% endif %}{% if contact.name and contact.organisation %}, {% endif %}"
           "{% if contact.organisation %}{{ contact.organisation }}{% endif %}"
           "{% if contact.email %}    {{ _('Email') }}{{ colon }} {{ contact.email }}{% endif %}"
           "{% if contact.phone %}    {{ _('Telephone') }}{{ colon }} {{ contact.phone }}{% endif %}")
    b.tag("{%p endif %}")
    b.para("{{ _('The survivor\\'s identity is protected: read the notes to editors before using this fact sheet.') }}",
           italic=True, size=9)
    _minimal(b)
