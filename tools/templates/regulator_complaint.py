"""Template: report or complaint to an online-safety regulator (Online Safety Commission)."""

FILE = "regulator-complaint.docx"


def build(b) -> None:
    b.header("{{ _('Firm\\'s file number') }}{{ colon }} {{ reference }}", "{% if draft %}{{ _('DRAFT - CHECK BEFORE SENDING') }}{% endif %}")
    b.footer("{{ regulator.title }}", "{{ _('Page') }}", "{{ _('of') }}")
    b.title("{{ regulator.title }}")
    b.subtitle("{{ regulator.statute }}, {{ regulator.report_section }}")
    b.fields([
        ("{{ _('To') }}", "{{ regulator.addressee }}"),
        ("{{ _('Date') }}", "{{ prepared_on|date }}"),
        ("{{ _('Person harmed') }}", "{{ complainant.name }}"),
        ("{{ _('Reported by') }}", "{{ submitter.name or '' }}{% if submitter.organisation %}, {{ submitter.organisation }}{% endif %}{% if submitter.role %} ({{ submitter.role }}){% endif %}"),
        ("{{ _('Contact') }}", "{{ submitter.address|listing('unit') }}{% if submitter.email %}\n{{ submitter.email }}{% endif %}{% if submitter.phone %}\n{{ submitter.phone }}{% endif %}"),
    ])

    b.heading("{{ _('The online harms reported') }}")
    b.tag("{%p for c in categories %}")
    b.bullet("{{ c.name }} - {{ _('incidents') }} {{ c.incidents|listing('unit') }}")
    b.tag("{%p endfor %}")
    b.tag("{%p for n in not_covered %}")
    b.bullet("{{ n.harm }}{{ colon }} {{ _('not dealt with by the Commission') }}{% if n.later %} ({{ _('a later category') }}{{ colon }} {{ n.later }}){% endif %}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Reports already made to the platforms') }}")
    b.tag("{%p if platform_first %}")
    b.para("{{ _('The content was reported to the platforms first, as required before a report to the Commission.') }}")
    b.tag("{%p endif %}")
    b.tag("{%p if platform_reports is missing %}")
    b.para("{{ platform_reports }}")
    b.tag("{%p endif %}")
    b.table(["{{ _('Date') }}", "{{ _('Platform') }}", "{{ _('Reference') }}", "{{ _('Result') }}"],
            ["{{ s.date|date('medium') if s.date else '' }}", "{{ s.body }}", "{{ s.reference or '' }}", "{{ s.outcome or '' }}"],
            "for s in platform_reports", [2.6, 4.4, 4.0, 5.0])
    b.tag("{%p for p in police %}")
    b.para("{{ _('Police report') }}{{ colon }} {{ p.body }}{% if p.date %}, {{ p.date|date }}{% endif %}{% if p.reference %}, {{ _('reference') }} {{ p.reference }}{% endif %}.")
    b.tag("{%p endfor %}")

    b.heading("{{ _('What happened') }}")
    b.table(["{{ _('No.') }}", "{{ _('Date') }}", "{{ _('Where') }}", "{{ _('What happened') }}", "{{ _('Exhibits') }}"],
            ["{{ c.number }}", "{{ c.date|date('medium') }}{% if c.time %} {{ c.time }}{% endif %}",
             "{{ c.platform or '' }}{% if c.url %}\n{{ c.url }}{% endif %}", "{{ c.description }}",
             "{{ c.marks|listing('unit') }}"],
            "for c in chronology", [1.0, 2.4, 4.2, 6.4, 2.0])
    b.para("{{ _('Effect on the applicant') }}{{ colon }} {{ adverse_effect }}")
    b.tag("{%p if urgency %}")
    b.para("{{ _('Urgency') }}{{ colon }} {{ urgency }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('Respondents') }}")
    b.tag("{%p for r in respondents %}")
    b.bullet("{% if r.name %}{{ r.name }}{% else %}{{ _('name unknown; identified by the online accounts below') }}{% endif %}{{ colon }} {{ r.accounts|listing('unit') }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Directions asked for') }}")
    b.tag("{%p for d in directions %}")
    b.numbered("{{ d }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if identity %}")
    b.numbered("{{ _('Disclosure of identity') }} ({{ identity.section }}){{ colon }} {{ identity.name }}. {{ _('Time limit') }}{{ colon }} {{ identity.time_limit }}.")
    b.tag("{%p endif %}")

    b.heading("{{ _('Exhibits') }}")
    b.table(["{{ _('Exhibit') }}", "{{ _('Description') }}", "{{ _('Source') }}"],
            ["{{ e.mark }}", "{{ e.description }}", "{{ e.source_url or '' }}"],
            "for e in exhibits", [2.0, 8.5, 5.5], size=9)

    b.para("{{ _('I confirm that the information in this report is true and complete to the best of my knowledge.') }}")
    b.signature(["{{ submitter.name or complainant.name }}", "{{ _('Dated') }} {{ prepared_on|date }}"])

    b.tag("{%p if draft %}")
    b.heading("{{ _('Filing notes (removed under --final)') }}")
    b.tag("{%p if regulator.started_on %}")
    b.bullet("{{ _('The Commission has taken reports since') }} {{ regulator.started_on|date }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if regulator.eligibility %}")
    b.bullet("{{ regulator.eligibility }}")
    b.tag("{%p endif %}")
    b.heading("{{ _('Evidence annex: files and SHA-256 hashes') }}", 2)
    b.table(["{{ _('Exhibit') }}", "{{ _('File') }}", "SHA-256"],
            ["{{ e.mark }}", "{{ e.file or '' }}{% if e.custody %}\n{{ _('Chain of custody') }}{{ colon }}{% for c in e.custody %}\n{{ c }}{% endfor %}{% endif %}", "{{ e.sha256 or '' }}"],
            "for e in annex", [2.0, 6.0, 8.0], size=8)
    b.bullet("{{ _('Profile checked on') }} {{ checked_on|date }}.")
    b.tag("{%p for s in sources %}")
    b.bullet("{{ s.title }}{{ colon }} {{ s.url }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if unconfirmed %}")
    b.para("{{ _('Not confirmed against the primary text (check before relying on it)') }}{{ colon }}", bold=True)
    b.tag("{%p for u in unconfirmed %}")
    b.bullet("{{ u }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
