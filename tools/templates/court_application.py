"""Template: the application to the court (originating application, notice of application, petition) of a route."""

from _blocks import counsel_block, court_filing_notes, court_heading, grounds

FILE = "court-application.docx"


def build(b) -> None:
    b.header("{{ _('Firm\\'s file number') }}{{ colon }} {{ counsel.file_number }}", "{% if draft %}{{ _('DRAFT - NOT FOR FILING') }}{% endif %}")
    b.footer("{{ part.title }}", "{{ _('Page') }}", "{{ _('of') }}")
    court_heading(b)
    b.title("{{ part.heading }}")
    b.subtitle("{% if part.form %}{{ part.form }} - {% endif %}{{ statute.name }}")

    grounds(b)

    b.heading("{{ _('Chronology of the conduct') }}")
    b.tag("{%p if chronology is missing %}")
    b.para("{{ chronology }}")
    b.tag("{%p endif %}")
    b.table(
        ["{{ _('No.') }}", "{{ _('Date') }}", "{{ _('Where') }}", "{{ _('What happened') }}", "{{ _('Exhibits') }}"],
        ["{{ c.number }}", "{{ c.date|date('medium') }}{% if c.time %} {{ c.time }}{% endif %}",
         "{{ c.platform or '' }}{% if c.url %}\n{{ c.url }}{% endif %}",
         "{{ c.description }}\n{{ _('Effect on the applicant') }}{{ colon }} {{ c.effect }}", "{{ c.marks|listing('unit') }}"],
        "for c in chronology",
        [1.0, 2.4, 4.0, 6.6, 2.0],
    )
    b.numbered("{{ _('The conduct is likely to continue') }}{{ colon }} {% if continuing %}{{ _('The conduct is continuing.') }} {% endif %}{{ likely_to_continue }}")
    b.tag("{%p if expedited %}")
    b.numbered("{{ _('Urgency') }}{{ colon }} {{ urgency }}")
    b.numbered("{{ _('Effect on the applicant') }}{{ colon }} {{ adverse_effect }}")
    b.tag("{%p endif %}")
    b.tag("{%p for p in police %}")
    b.numbered("{{ _('Police report') }}{{ colon }} {{ p.body }}{% if p.date %}, {{ p.date|date }}{% endif %}{% if p.reference %}, {{ _('reference') }} {{ p.reference }}{% endif %}{% if p.outcome %} ({{ p.outcome }}){% endif %}.")
    b.tag("{%p endfor %}")
    b.tag("{%p if not verification %}")
    b.numbered("{{ _('The facts are set out in the affidavit filed with this application.') }}")
    b.tag("{%p endif %}")

    counsel_block(b)

    b.tag("{%p if verification %}")
    b.heading("{{ _('Verification') }}")
    b.para("{{ verification }}")
    b.signature(["{{ applicant.name }}"])
    b.tag("{%p for line in jurat %}")
    b.para("{{ line }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")

    court_filing_notes(b)
