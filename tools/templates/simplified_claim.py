"""Template: the statement in support of a claim in simplified proceedings (the form fields are in the .txt)."""

from _blocks import court_filing_notes, grounds, statement_body

FILE = "simplified-claim.docx"


def build(b) -> None:
    b.header("{{ _('Firm\\'s file number') }}{{ colon }} {{ counsel.file_number }}", "{% if draft %}{{ _('DRAFT - NOT FOR FILING') }}{% endif %}")
    b.footer("{{ part.title }}", "{{ _('Page') }}", "{{ _('of') }}")
    b.para("{{ court.name }}", align="center", bold=True)
    b.title("{{ part.heading }}")
    b.subtitle("{{ route.name }} - {{ statute.name }}")
    b.fields([
        ("{{ applicant.role }}", "{{ applicant.name }}{% for c in co_claimants %}\n{{ c }}{% endfor %}"),
        ("{{ _('Respondents') }}", "{% for r in respondents %}{{ _('Respondent') }} {{ r.number }}{{ colon }} {% if r.name %}{{ r.name }}{% else %}{{ _('name unknown; identified by the online accounts below') }}{% endif %}{% for a in r.accounts %}\n{{ a }}{% endfor %}{% if not loop.last %}\n{% endif %}{% endfor %}"),
        ("{{ _('Claim number') }}", "................ ({{ _('given by the court') }})"),
        ("{{ _('Firm\\'s file number') }}", "{{ counsel.file_number }}"),
    ])
    statement_body(b)
    grounds(b)
    b.tag("{%p if declaration %}")
    b.para("{{ declaration }}")
    b.tag("{%p endif %}")
    b.signature(["{{ applicant.name }}", "{{ _('Dated') }} {{ prepared_on|date }}"])

    b.heading("{{ _('Documents to upload') }}")
    b.table(["{{ _('Exhibit') }}", "{{ _('Description') }}", "{{ _('Captured') }}", "{{ _('Source') }}"],
            ["{{ e.mark }}", "{{ e.description }}",
             "{{ e.captured_at|datetime if e.captured_at else '' }}{% if e.captured_by %}\n{{ _('by') }} {{ e.captured_by }}{% endif %}",
             "{{ e.source_url or '' }}"],
            "for e in exhibits", [2.0, 6.0, 3.5, 4.5], size=9)

    b.tag("{%p if draft %}")
    b.para("{{ _('The text for each field of the online form is in the .txt file beside this document.') }}", italic=True)
    b.tag("{%p endif %}")
    court_filing_notes(b)
