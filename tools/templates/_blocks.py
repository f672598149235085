"""Blocks shared by several templates (not a template itself: build_templates skips names starting with _)."""


def domestic_steps_table(b) -> None:
    """The table of domestic steps (date, authority, step, reference, result) over `remedies`."""
    b.table(
        ["{{ _('Date') }}", "{{ _('Authority') }}", "{{ _('Step taken') }}", "{{ _('Reference') }}", "{{ _('Result') }}"],
        ["{{ s.date|date('medium') if s.date else '' }}", "{{ s.body }}", "{{ s.action }}", "{{ s.reference }}",
         "{{ s.outcome }}{% if s.status %} ({{ s.status }}){% endif %}"],
        "for s in remedies",
        [2.4, 3.4, 3.6, 2.8, 3.8],
    )


def admissibility_table(b) -> None:
    """The admissibility self-check annex: condition, result, detail over `checks`."""
    b.table(
        ["{{ _('Condition') }}", "{{ _('Result') }}", "{{ _('Detail') }}"],
        ["{{ c.title }}", "{{ c.status_label }}", "{{ c.detail }}"],
        "for c in checks",
        [4.2, 2.3, 9.5],
    )


# ---- court filings (court-application, affidavit, simplified-claim) ------------------------------


def court_heading(b) -> None:
    """The court's title, the court's own case number (left blank for the court) and the parties."""
    b.para("{{ court.title }}", align="center", bold=True)
    b.para("{{ part.case_number_label }} ................ {{ _('of') }} 20....", align="center")
    b.tag("{%p if part.addressee %}")
    b.para("{{ _('To') }}{{ colon }} {{ part.addressee }}")
    b.tag("{%p endif %}")
    b.para("{{ _('Between') }}", align="center", italic=True)
    b.para("{{ applicant.name }}", align="center", bold=True)
    b.tag("{%p for c in co_claimants %}")
    b.para("{{ c }}", align="center", bold=True)
    b.tag("{%p endfor %}")
    b.para("... {{ applicant.role }}", align="right")
    b.para("{{ _('and') }}", align="center", italic=True)
    b.tag("{%p if respondents is missing %}")
    b.para("{{ respondents }}", align="center")
    b.tag("{%p endif %}")
    b.tag("{%p for r in respondents %}")
    b.para("{% if r.name %}{{ r.name }}{% else %}{{ _('Person unknown using the online accounts') }} {{ r.accounts|listing('unit') }}{% endif %}",
           align="center", bold=True)
    b.tag("{%p endfor %}")
    b.para("... {{ _('Respondent') }}", align="right")


def statement_body(b, affidavit: bool = False) -> None:
    """The facts in the first person, in numbered paragraphs, each exhibit introduced by its mark."""
    word = "affidavit" if affidavit else "statement"
    b.numbered("{% if representative %}{{ _('I am the litigation representative of the person harmed, who is a minor.') }} ({{ representative.name }}){% else %}{{ _('I am the person harmed by the conduct described below.') }}{% endif %} "
               "{{ _('The facts in this " + word + " are within my own knowledge, unless I say otherwise; where they are not, I give their source and believe them to be true.') }}")
    b.numbered("{{ _('I make this " + word + " in support of my application for') }} {{ order_names|listing }}.")
    b.tag("{%p if respondents is not missing %}")
    b.tag("{%p for r in respondents %}")
    b.numbered("{% if r.name %}{{ _('The respondent is') }} {{ r.name }}.{% else %}{{ _('I do not know the name of the person responsible, who uses these accounts') }}{{ colon }} {{ r.accounts|listing('unit') }}.{% endif %} "
               "{{ _('Relationship between the parties') }}{{ colon }} {{ r.relationship }}.{% if r.description %} {{ r.description }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.numbered("{{ _('The conduct complained of is set out below in date order.') }}")
    b.tag("{%p if chronology is missing %}")
    b.para("{{ chronology }}")
    b.tag("{%p endif %}")
    b.tag("{%p for c in chronology %}")
    b.numbered("{{ c.date|date }}{% if c.time %}, {{ c.time }}{% endif %}{% if c.platform %}, {{ c.platform }}{% endif %}{% if c.url %} ({{ c.url }}){% endif %}{{ colon }} {{ c.description }} "
               "{{ _('Effect on the applicant') }}{{ colon }} {{ c.effect }}")
    b.tag("{%p for s in exhibit_sentences.per_incident[c.id] %}")
    b.numbered("{{ s }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")
    b.numbered("{{ _('Effect on the applicant') }}{{ colon }} {{ adverse_effect }}")
    b.numbered("{{ _('The conduct is likely to continue') }}{{ colon }} {% if continuing %}{{ _('The conduct is continuing.') }} {% endif %}{{ likely_to_continue }}")
    b.tag("{%p if expedited %}")
    b.numbered("{{ _('Urgency') }}{{ colon }} {{ urgency }}")
    b.tag("{%p endif %}")
    b.tag("{%p for p in police %}")
    b.numbered("{{ _('I reported the conduct to the police') }}{{ colon }} {{ p.body }}{% if p.date %}, {{ p.date|date }}{% endif %}{% if p.reference %}, {{ _('reference') }} {{ p.reference }}{% endif %}{% if p.outcome %} ({{ p.outcome }}){% endif %}.")
    b.tag("{%p endfor %}")
    b.tag("{%p for p in platform_reports %}")
    b.numbered("{{ _('I reported the content to the platform') }}{{ colon }} {{ p.body }}{% if p.date %}, {{ p.date|date }}{% endif %}{% if p.reference %}, {{ _('reference') }} {{ p.reference }}{% endif %}{% if p.outcome %} ({{ p.outcome }}){% endif %}.")
    b.tag("{%p endfor %}")
    b.tag("{%p for s in exhibit_sentences.rest %}")
    b.numbered("{{ s }}")
    b.tag("{%p endfor %}")
    b.numbered("{{ _('For these reasons I ask the Court to make the orders set out in my application.') }}")


def court_filing_notes(b) -> None:
    """Filing notes for the lawyer: dropped whole under --final (the `draft` flag)."""
    b.tag("{%p if draft %}")
    b.heading("{{ _('Filing notes (removed under --final)') }}")
    b.bullet("{{ _('Route') }}{{ colon }} {{ route.name }} - {{ route.reason }}.")
    b.bullet("{{ _('Documents of this route') }}{{ colon }} {{ route.parts|listing }}. {{ _('Filed through') }}{{ colon }} {{ route.filed_through }}.")
    b.tag("{%p if part.form or part.rule %}")
    b.bullet("{{ _('Form') }}{{ colon }} {{ part.form or '' }}{% if part.rule %} ({{ part.rule }}){% endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p for s in service %}")
    b.bullet("{{ s }}")
    b.tag("{%p endfor %}")
    b.tag("{%p for n in notes %}")
    b.bullet("{{ n }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if exhibit_rules.certificate %}")
    b.bullet("{{ _('Exhibit separator sheet') }}{{ colon }} {{ exhibit_rules.certificate }}")
    b.tag("{%p endif %}")
    b.tag("{%p if exhibit_rules.pagination %}")
    b.bullet("{{ _('Pagination') }}{{ colon }} {{ exhibit_rules.pagination }}")
    b.tag("{%p endif %}")
    b.heading("{{ _('Evidence annex: files and SHA-256 hashes') }}", 2)
    b.table(["{{ _('Exhibit') }}", "{{ _('File') }}", "SHA-256"],
            ["{{ e.mark }}", "{{ e.file or '' }}{% if e.archive_url %}\n{{ _('Archived') }}{{ colon }} {{ e.archive_url }}{% endif %}{% if e.custody %}\n{{ _('Chain of custody') }}{{ colon }}{% for c in e.custody %}\n{{ c }}{% endfor %}{% endif %}", "{{ e.sha256 or '' }}"],
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


def counsel_block(b) -> None:
    """Who files, and the address for service: the solicitors', never the victim's."""
    b.para("{{ _('Dated') }} {{ prepared_on|date }}")
    b.signature(["{% if counsel.is_counsel %}{{ counsel.organisation or counsel.name }}{% else %}{{ counsel.name }}{% endif %}",
                 "{% if counsel.is_counsel %}{{ _('Solicitors for the applicant') }}{% else %}{{ applicant.role }}{% endif %}"])
    b.para("{{ _('Address for service') }}{{ colon }} {% if counsel.organisation %}{{ counsel.organisation }}, {% endif %}{{ counsel.address|listing('unit') }}"
           "{% if counsel.email %}; {{ counsel.email }}{% endif %}{% if counsel.phone %}; {{ counsel.phone }}{% endif %}")
    b.para("{{ _('Firm\\'s file number') }}{{ colon }} {{ counsel.file_number }}")


def grounds(b) -> None:
    """The orders sought, the provisions contravened and the tests, quoted from the Act where the profile quotes it."""
    b.heading("{{ _('Orders sought') }}")
    b.numbered("{{ _('The applicant applies for') }}{{ colon }} {{ order_names|listing }}, {{ _('in the following terms') }}{{ colon }}")
    b.tag("{%p if orders_sought is missing %}")
    b.para("{{ orders_sought }}")
    b.tag("{%p endif %}")
    b.tag("{%p for order in orders_sought %}")
    b.bullet("{{ order }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if statutory_orders %}")
    b.numbered("{{ _('The applicant also asks the Court to consider these orders, which the facts engage') }}{{ colon }}")
    b.tag("{%p for o in statutory_orders %}")
    b.bullet("{{ o.name }} ({{ o.section }}){% if o.third_party %} - {{ _('against a third party such as the platform') }}{% endif %}{{ colon }} {{ o.summary }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.bullet("{{ _('Such further or other orders as the Court thinks just.') }}")

    b.heading("{{ _('Provisions contravened') }}")
    b.tag("{%p if provisions is missing %}")
    b.para("{{ provisions }}")
    b.tag("{%p endif %}")
    b.tag("{%p for p in provisions %}")
    b.runs(("{{ p.cite }}", "b"), (" ({{ p.title }}){{ colon }} {{ p.summary }}", ""),
           ("{% if p.incidents %} - {{ _('incidents') }} {{ p.incidents|listing('unit') }}{% endif %}", "i"),
           style="List Bullet")
    b.tag("{%p endfor %}")

    b.heading("{{ _('The test the Court applies') }}")
    b.tag("{%p for t in tests %}")
    b.para("{{ t.name }} - {{ t.section }}", bold=True, keep_next=True)
    b.tag("{%p if t.quote %}")
    b.para("{{ t.quote }}", italic=True)
    b.tag("{%p else %}")
    b.para("{{ t.summary or '' }}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
