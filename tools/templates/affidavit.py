"""Template: the affidavit in support of a court application: first person, numbered paragraphs, exhibits by mark, jurat."""

from _blocks import court_filing_notes, court_heading, statement_body

FILE = "affidavit.docx"


def build(b) -> None:
    b.header("{{ _('Firm\\'s file number') }}{{ colon }} {{ counsel.file_number }}", "{% if draft %}{{ _('DRAFT - NOT FOR FILING') }}{% endif %}")
    b.footer("{{ part.title }}", "{{ _('Page') }}", "{{ _('of') }}")
    b.para("{{ applicant.role }}{{ colon }} {{ deponent }}{{ colon }} 1st{{ colon }} ................", align="right", size=10)
    court_heading(b)
    b.title("{{ part.heading }}")
    b.subtitle("{{ _('Affidavit of') }} {{ deponent }}{% if part.form %} - {{ part.form }}{% endif %}")
    b.para("{{ opening }}")
    statement_body(b, affidavit=True)

    b.para("")
    b.signature(["{{ deponent }}"])
    b.tag("{%p for line in jurat %}")
    b.para("{{ line }}", keep_next=True)
    b.tag("{%p endfor %}")

    b.heading("{{ _('Exhibits') }}")
    b.table(["{{ _('Exhibit') }}", "{{ _('Description') }}", "{{ _('Captured') }}", "{{ _('Source') }}"],
            ["{{ e.mark }}", "{{ e.description }}",
             "{{ e.captured_at|datetime if e.captured_at else '' }}{% if e.captured_by %}\n{{ _('by') }} {{ e.captured_by }}{% endif %}",
             "{{ e.source_url or '' }}"],
            "for e in exhibits", [2.0, 6.0, 3.5, 4.5], size=9)

    court_filing_notes(b)
