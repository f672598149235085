"""Template: application for a Protection Order / Expedited Protection Order (jurisdiction profile)."""

FILE = "harassment-order.docx"


def build(b) -> None:
    b.header("{{ reference }}", "{% if draft %}{{ _('DRAFT - NOT FOR FILING') }}{% endif %}")
    b.footer("{{ statute.name }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.para("{{ court.full_name }}", align="center", bold=True)
    b.title("{% if orders.protection %}{{ _('Application for a Protection Order') }}{% endif %}"
            "{% if orders.protection and orders.expedited %} {{ _('and') }} {% endif %}"
            "{% if orders.expedited %}{{ _('an Expedited Protection Order') }}{% endif %}")
    b.subtitle("{{ _('under the') }} {{ statute.name }}")
    b.para("{{ _('Case reference') }}{{ colon }} {{ reference }}    {{ _('Date') }}{{ colon }} {{ prepared_on|date }}", align="center")

    b.heading("{{ _('The parties') }}")
    b.heading("{{ _('Applicant') }}", 2)
    b.fields([
        ("{{ _('Name') }}", "{{ applicant.name }}"),
        ("{{ _('Identity document') }}", "{{ applicant.id_documents|listing }}"),
        ("{{ _('Date of birth') }}", "{{ applicant.date_of_birth|date }}"),
        ("{{ _('Address') }}", "{{ applicant.address|listing('unit') if applicant.address is not missing else applicant.address }}"),
        ("{{ _('Email') }}", "{{ applicant.email }}"),
        ("{{ _('Telephone') }}", "{{ applicant.phone }}"),
    ])
    b.tag("{%p if representative %}")
    b.heading("{{ _('Litigation representative (the applicant is a minor)') }}", 2)
    b.fields([
        ("{{ _('Name') }}", "{{ representative.name }}"),
        ("{{ _('Relationship to the applicant') }}", "{{ representative.relationship }}"),
        ("{{ _('Address') }}", "{{ representative.address|listing('unit') }}"),
    ])
    b.tag("{%p endif %}")

    b.heading("{{ _('Respondents') }}", 2)
    b.tag("{%p if respondents is missing %}")
    b.para("{{ respondents }}")
    b.tag("{%p endif %}")
    b.tag("{%p for r in respondents %}")
    b.runs(("{{ _('Respondent') }} {{ r.number }}{{ colon }} ", "b"),
           ("{% if r.name %}{{ r.name }}{% else %}{{ _('name unknown; identified by the online accounts below') }}{% endif %}", ""))
    b.tag("{%p if r.kind %}")
    b.para("{{ _('Kind') }}{{ colon }} {{ r.kind }}")
    b.tag("{%p endif %}")
    b.tag("{%p for account in r.accounts %}")
    b.bullet("{{ account }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if r.address %}")
    b.para("{{ _('Address') }}{{ colon }} {{ r.address|listing('unit') }}")
    b.tag("{%p endif %}")
    b.tag("{%p if r.description %}")
    b.para("{{ r.description }}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Relationship between the parties') }}", 2)
    b.tag("{%p for r in respondents %}")
    b.numbered("{{ _('The applicant and Respondent') }} {{ r.number }}{{ colon }} {{ r.relationship }}.")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Provisions contravened') }}")
    b.numbered("{{ _('The applicant states that the respondent\\'s conduct contravenes the following provisions of the') }} {{ statute.name }}:")
    b.tag("{%p if provisions is missing %}")
    b.para("{{ provisions }}")
    b.tag("{%p endif %}")
    b.tag("{%p for p in provisions %}")
    b.runs(("{{ p.cite }}", "b"), (" - {{ p.summary }}", ""),
           ("{% if p.incidents %} ({{ _('incidents') }} {{ p.incidents|listing('unit') }}){% else %} ({{ _('relied on by the applicant') }}){% endif %}", "i"),
           style="List Bullet")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Chronology of the conduct') }}")
    b.numbered("{{ _('The conduct complained of is set out below in date order. Exhibit numbers refer to the list of exhibits.') }}")
    b.tag("{%p if chronology is missing %}")
    b.para("{{ chronology }}")
    b.tag("{%p endif %}")
    b.table(
        ["{{ _('No.') }}", "{{ _('Date') }}", "{{ _('Platform and address') }}", "{{ _('What happened') }}",
         "{{ _('Effect on the applicant') }}", "{{ _('Exhibits') }}"],
        ["{{ c.number }}", "{{ c.date|date('medium') }}{% if c.time %} {{ c.time }}{% endif %}",
         "{{ c.platform }}{% if c.url %}\n{{ c.url }}{% endif %}",
         "{{ c.description }}\n{{ _('Harm') }}{{ colon }} {{ c.harms|listing }}",
         "{{ c.effect }}", "{{ c.exhibits|listing('unit') }}"],
        "for c in chronology",
        [1.0, 2.4, 3.6, 4.8, 3.2, 1.5],
    )

    b.heading("{{ _('The conduct is likely to continue') }}")
    b.numbered("{% if continuing %}{{ _('The conduct is continuing.') }} {% endif %}{{ likely_to_continue }}")

    b.tag("{%p if orders.expedited %}")
    b.heading("{{ _('Urgency: why an Expedited Protection Order is needed') }}")
    b.numbered("{{ _('The applicant asks the Court to make an Expedited Protection Order under') }} {{ tests.expedited_order.section }} {{ _('before the respondent is heard. The test is') }}{{ colon }} {{ tests.expedited_order.test }}.")
    b.numbered("{{ _('Urgency') }}{{ colon }} {{ urgency }}")
    b.numbered("{{ _('Substantial adverse effect on the applicant\\'s day-to-day life') }}{{ colon }} {{ adverse_effect }}")
    b.tag("{%p else %}")
    b.heading("{{ _('Effect on the applicant') }}")
    b.numbered("{{ adverse_effect }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('Orders sought') }}")
    b.numbered("{{ _('The applicant asks the Court to make a') }} {% if orders.protection %}{{ tests.protection_order.name }} ({{ tests.protection_order.section }}){% endif %}{% if orders.protection and orders.expedited %} {{ _('and an') }} {% endif %}{% if orders.expedited %}{{ tests.expedited_order.name }} ({{ tests.expedited_order.section }}){% endif %} {{ _('in the following terms') }}:")
    b.tag("{%p if orders.sought is missing %}")
    b.para("{{ orders.sought }}")
    b.tag("{%p endif %}")
    b.tag("{%p for order in orders.sought %}")
    b.bullet("{{ order }}")
    b.tag("{%p endfor %}")
    b.bullet("{{ _('Such further or other orders as the Court thinks just.') }}")

    b.heading("{{ _('List of exhibits') }}")
    b.table(
        ["{{ _('Exhibit') }}", "{{ _('Description') }}", "{{ _('File and SHA-256 hash') }}",
         "{{ _('Captured') }}", "{{ _('Source') }}"],
        ["{{ e.id }}", "{{ e.description }}", "{{ e.file }}\n{{ e.sha256 }}",
         "{{ e.captured_at|datetime if e.captured_at else '' }}{% if e.captured_by %}\n{{ _('by') }} {{ e.captured_by }}{% endif %}",
         "{{ e.source_url }}{% if e.archive_url %}\n{{ _('Archived') }}{{ colon }} {{ e.archive_url }}{% endif %}"],
        "for e in exhibits",
        [1.5, 3.6, 5.0, 2.9, 3.5],
        size=8,
    )

    b.heading("{{ _('Statement of truth') }}")
    b.para("{{ _('I believe that the facts stated in this application are true. I understand that proceedings for contempt of court or for an offence may be brought against anyone who makes a false statement in a document verified by a statement of truth.') }}")
    b.signature(["{{ _('Signature of the applicant') }}", "{{ _('Name') }}{{ colon }} {{ applicant.name }}",
                 "{{ _('Date') }}{{ colon }} ........................"])
    b.tag("{%p if submitter.is_counsel %}")
    b.para("")
    b.runs(("{{ _('Filed by counsel for the applicant') }}{{ colon }} ", "b"),
           ("{{ submitter.name }}{% if submitter.organisation %}, {{ submitter.organisation }}{% endif %}", ""))
    b.para("{{ submitter.address|listing('unit') }}{% if submitter.email %}; {{ submitter.email }}{% endif %}{% if submitter.phone %}; {{ submitter.phone }}{% endif %}")
    b.tag("{%p endif %}")

    b.heading("{{ _('Filing notes (remove before filing)') }}")
    b.tag("{%p if procedure.simplified %}")
    b.bullet("{{ _('Simplified proceedings appear available: they are filed online, unless damages above S$') }}{{ procedure.max_damages|number }} {{ _('are claimed or a co-claimant joins.') }}")
    b.tag("{%p else %}")
    b.bullet("{{ _('Standard proceedings apply (originating application with a supporting affidavit) because') }}{{ colon }} {{ procedure.reasons|listing }}.")
    b.tag("{%p endif %}")
    b.bullet("{{ _('Statute and court details checked on') }} {{ checked_on|date }}{{ colon }} {{ sources.statute }}; {{ sources.court }}")
