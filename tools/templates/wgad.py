"""Template: submission to the Working Group on Arbitrary Detention, sections I-VI of the model questionnaire."""

from _blocks import domestic_steps_table

FILE = "wgad.docx"


def build(b) -> None:
    b.header("{{ reference }}", "{% if draft %}{{ _('DRAFT - NOT FOR SUBMISSION') }}{% endif %}")
    b.footer("{{ _('Working Group on Arbitrary Detention') }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.tag("{%p if urgent %}")
    b.para("{{ urgent_prefix }}", align="center", bold=True, size=14)
    b.tag("{%p endif %}")
    b.title("{{ _('Submission to the Working Group on Arbitrary Detention') }}")
    b.subtitle("{{ _('Model questionnaire for persons alleging arbitrary arrest or detention') }}")
    b.para("{{ _('Concerning') }} {{ victim.name }} ({{ state|country }})    {{ _('Reference') }}{{ colon }} {{ reference }}    {{ _('Date') }}{{ colon }} {{ prepared_on|date }}", align="center")

    b.tag("{%p if urgent %}")
    b.heading("{{ _('Request for urgent action') }}")
    b.para("{{ _('The source asks the Working Group to send an urgent appeal to the Government: the continued detention puts the health of the detainee at serious risk.') }}{% if urgency_reason %} {{ urgency_reason }}{% endif %}", bold=True)
    b.para("{{ urgent_action }}", size=10)
    b.tag("{%p endif %}")

    b.heading("{{ _('I. Identity') }}")
    b.fields([
        ("{{ _('Family name') }}", "{{ victim.family_name }}"),
        ("{{ _('First name(s)') }}", "{{ victim.given_names }}"),
        ("{{ _('Other names and spellings') }}", "{{ victim.other_names|listing('unit') }}"),
        ("{{ _('Sex') }}", "{{ victim.sex }}"),
        ("{{ _('Date of birth or age') }}", "{% if victim.date_of_birth %}{{ victim.date_of_birth|date }}{% if victim.age is not none %} ({{ _('age at arrest') }}{{ colon }} {{ victim.age }}){% endif %}{% endif %}"),
        ("{{ _('Place of birth') }}", "{{ victim.place_of_birth }}"),
        ("{{ _('Nationality') }}", "{{ victim.nationalities|map('country')|listing }}"),
        ("{{ _('Identity document') }}", "{% for d in victim.id_documents %}{{ d.type }} {{ _('no.') }} {{ d.number }}{% if d.issued_by %}, {{ _('issued by') }} {{ d.issued_by }}{% endif %}{% if d.issued_on %} {{ _('on') }} {{ d.issued_on|date }}{% endif %}{% if not loop.last %}\n{% endif %}{% endfor %}"),
        ("{{ _('Profession or activity') }}", "{{ victim.occupation }}"),
        ("{{ _('Address of usual residence') }}", "{{ victim.address|listing('unit') }}{% if victim.country %}, {{ victim.country|country }}{% endif %}"),
    ])

    b.heading("{{ _('II. Arrest') }}")
    b.fields([
        ("{{ _('Date of arrest') }}", "{{ arrest.date|date }}"),
        ("{{ _('Place of arrest') }}", "{{ arrest.place }}"),
        ("{{ _('Forces who carried out the arrest') }}", "{{ arrest.forces }}"),
        ("{{ _('Was a warrant or other decision by a public authority shown?') }}", "{% if arrest.warrant_shown is none %}{{ _('Not known') }}{% elif arrest.warrant_shown %}{{ _('Yes') }}{% else %}{{ _('No') }}{% endif %}"),
        ("{{ _('Authority that issued the warrant or decision') }}", "{% if arrest.warrant_issued_by %}{{ arrest.warrant_issued_by }}{% else %}{{ _('None known') }}{% endif %}"),
        ("{{ _('Reasons for the arrest given by the authorities') }}", "{{ arrest.reasons }}"),
        ("{{ _('Legal basis for the arrest, including the legislation applied') }}", "{% for law in arrest.legal_basis %}{{ law.name }}{% if law.provisions %}, {{ law.provisions|listing }}{% endif %}{% if not loop.last %}\n{% endif %}{% endfor %}"),
    ])

    b.heading("{{ _('III. Detention') }}")
    b.fields([
        ("{{ _('Date of detention') }}", "{{ detention.since|date }}"),
        ("{{ _('Duration of detention (if not known, probable duration)') }}", "{{ detention.duration }}"),
        ("{{ _('Forces holding the detainee') }}", "{{ detention.held_by }}"),
        ("{{ _('Authorities that ordered the detention') }}", "{{ detention.ordered_by }}"),
        ("{{ _('Reasons for the detention given by the authorities') }}", "{{ detention.reasons }}"),
        ("{{ _('Legal basis for the detention, including the legislation applied') }}", "{% for law in detention.legal_basis %}{{ law.name }}{% if law.provisions %}, {{ law.provisions|listing }}{% endif %}{% if not loop.last %}\n{% endif %}{% endfor %}"),
        ("{{ _('Released on') }}", "{% if detention.released_on %}{{ detention.released_on|date }}{% else %}{{ _('Still detained') }}{% endif %}"),
    ])
    b.para("{{ _('Places of detention, with any transfers (the last is the present place)') }}{{ colon }}", bold=True, keep_next=True)
    b.tag("{%p if detention.places is missing %}")
    b.para("{{ detention.places }}")
    b.tag("{%p endif %}")
    b.table(
        ["{{ _('Place of detention') }}", "{{ _('From') }}", "{{ _('Until') }}"],
        ["{{ p.place }}", "{{ p.from|date if p.from else '' }}", "{{ p.until|date if p.until else _('present') }}"],
        "for p in detention.places",
        [9.0, 3.5, 3.5],
    )
    b.tag("{%p if trial.held %}")
    b.para("{{ _('Trial') }}{{ colon }} {{ trial.court }}{% if trial.date %}, {{ trial.date|date }}{% endif %}{% if trial.charges %}. {{ _('Charges') }}{{ colon }} {{ trial.charges }}{% endif %}{% if trial.sentence %}. {{ _('Sentence') }}{{ colon }} {{ trial.sentence }}{% endif %}.")
    b.tag("{%p elif trial.held is not none %}")
    b.para("{{ _('No trial has been held.') }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('IV. Circumstances of the arrest and detention, and why the detention is arbitrary') }}")
    b.heading("{{ _('Circumstances') }}", 2)
    b.tag("{%p for i in incidents %}")
    b.numbered("{{ i.date|date }}{% if i.platform %} ({{ i.platform }}){% endif %}{{ colon }} {{ i.description }}{% if i.url %} {{ i.url }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if impact %}")
    b.numbered("{{ impact }}")
    b.tag("{%p endif %}")
    b.tag("{%p if party.iccpr %}")
    b.para("{{ _('State concerned: %(state)s. Party to the International Covenant on Civil and Political Rights since %(date)s.', state=state|country, date=party.iccpr|date) }}")
    b.tag("{%p elif party.state %}")
    b.para("{{ _('State concerned: %(state)s. It is not a party to the International Covenant on Civil and Political Rights; the Working Group applies the Universal Declaration of Human Rights.', state=state|country) }}")
    b.tag("{%p endif %}")
    b.tag("{%p if categories is missing %}")
    b.para("{{ categories }}")
    b.tag("{%p endif %}")
    b.tag("{%p for c in categories %}")
    b.heading("{{ _('Category') }} {{ c.code }}{{ colon }} {{ c.title }}", 2)
    b.para("{% if c.quoted %}{{ _('The Working Group\\'s definition (%(source)s)', source=c.source) }}{{ colon }} \u201c{{ c.definition }}\u201d{% else %}{{ _('The Working Group\\'s definition, in summary (%(source)s)', source=c.source) }}{{ colon }} {{ c.definition }}{% endif %}", italic=True)
    b.para("{{ _('Rights protected') }}{{ colon }}", keep_next=True)
    b.tag("{%p for a in c.udhr %}")
    b.bullet("{{ _('Universal Declaration of Human Rights') }}, {{ _('article %(number)s', number=a.article) }}{{ colon }} {{ a.title }}")
    b.tag("{%p endfor %}")
    b.tag("{%p for a in c.iccpr %}")
    b.bullet("{{ _('International Covenant on Civil and Political Rights') }}, {{ _('article %(number)s', number=a.article) }}{{ colon }} {{ a.title }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if c.grounds %}")
    b.para("{{ _('Grounds of discrimination') }}{{ colon }} {% if c.grounds is missing %}{{ c.grounds }}{% else %}{{ c.grounds|listing }}{% endif %}")
    b.tag("{%p endif %}")
    b.para("{{ _('Why the detention is arbitrary under this category') }}{{ colon }}", bold=True, keep_next=True)
    b.tag("{%p if c.argument %}")
    b.para("{{ c.argument }}")
    b.tag("{%p endif %}")
    b.tag("{%p for concern in c.concerns %}")
    b.bullet("{{ concern }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if c.code == 'III' and pretrial %}")
    b.para("{{ pretrial.text }}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if internet %}")
    b.heading("{{ _('Deprivation of liberty linked to the use of the internet') }}", 2)
    b.para("{{ _('The case concerns the use of the internet. The source invokes') }} {{ deliberation.title }} ({{ deliberation.reference }}): {{ deliberation.summary }}")
    b.tag("{%p endif %}")

    b.tag("{%p if claimed %}")
    b.heading("{{ _('Request to the Working Group') }}", 2)
    b.para("{{ _('The source asks the Working Group to adopt an Opinion under its regular procedure finding that the deprivation of liberty of %(name)s is arbitrary under categories %(categories)s, and to request the Government to release the detainee and to provide reparation.', name=victim.name, categories=claimed|listing) }}{% if urgent %} {{ _('Because the detainee\\'s health is at risk, it also asks the Working Group to act under its urgent action procedure without awaiting the Opinion.') }}{% endif %}", bold=True)
    b.tag("{%p endif %}")

    b.heading("{{ _('V. Domestic steps and remedies') }}")
    b.tag("{%p if remedies %}")
    domestic_steps_table(b)
    b.tag("{%p else %}")
    b.para("{{ _('No domestic step has been taken so far.') }}")
    b.tag("{%p endif %}")
    b.para("{{ _('The Working Group does not require domestic remedies to be exhausted before it considers a case.') }}", size=10)

    b.heading("{{ _('VI. Source of the information and consent') }}")
    b.fields([
        ("{{ _('Full name') }}", "{{ submitter.name }}"),
        ("{{ _('Capacity') }}", "{{ submitter.role }}"),
        ("{{ _('Organization') }}", "{{ submitter.organisation }}"),
        ("{{ _('Postal address') }}", "{{ submitter.address|listing('unit') }}{% if submitter.country %}, {{ submitter.country|country }}{% endif %}"),
        ("{{ _('Telephone') }}", "{{ submitter.phone }}"),
        ("{{ _('Email') }}", "{{ submitter.email }}"),
        ("{{ _('Relationship to the detainee') }}", "{{ submitter.relationship }}"),
    ])
    b.para("(a) {{ _('The detainee, or the family, consents to this submission.') }}{% if consent.given_on and consent.given_by %} {{ _('Consent given on %(date)s by %(person)s.', date=consent.given_on|date, person=consent.given_by) }}{% elif consent.given_on %} {{ _('Consent given on %(date)s.', date=consent.given_on|date) }}{% endif %}")
    b.para("(b) {% if consent.government_letter is missing %}{{ consent.government_letter }}{% elif consent.government_letter %}{{ _('The detainee knows that the submission will be transmitted to the Government.') }}{% else %}{{ _('The detainee has not yet been told that the submission will be transmitted to the Government; confirm before submitting.') }}{% endif %}")
    b.para("(c) {% if consent.public_name.choice == 'full' %}{{ _('The detainee may be named in the published opinion.') }}{% elif consent.public_name.choice == 'initials' %}{{ _('The source asks that the detainee be named by initials only in any published document') }}{{ colon }} {{ consent.public_name.name }}{% elif consent.public_name.choice == 'withheld' %}{{ _('The source asks that the detainee not be named in any published document.') }}{% else %}{{ consent.public_name.name }}{% endif %}")
    b.tag("{%p if submitter.confidential %}")
    b.para("(d) {{ _('CONFIDENTIAL: the source asks that its identity be kept confidential.') }}")
    b.tag("{%p else %}")
    b.para("(d) {{ _('The source does not ask that its identity be kept confidential.') }}")
    b.tag("{%p endif %}")
    b.signature(["{{ _('Signature') }}{{ colon }} {{ submitter.name }}", "{{ _('Date') }}{{ colon }} {{ prepared_on|date }}"])

    # The notes for the lawyer are not part of the filing: dropped whole under --final.
    b.tag("{%p if draft %}")
    b.heading("{{ _('Filing notes (remove before submitting)') }}", 2)
    b.bullet("{{ _('Send by email to') }} {{ submission.email }}. {{ submission.procedure }}")
    b.tag("{%p for c in categories %}")
    b.tag("{%p if c.commentary %}")
    b.bullet("{{ _('Note on category %(code)s', code=c.code) }}{{ colon }} {{ c.commentary }}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.bullet("{{ _('Submission details checked on') }} {{ submission.checked_on|date }}{{ colon }} {{ submission.source }} ({{ _('methods of work') }}{{ colon }} {{ submission.methods_of_work }})")
    b.tag("{%p endif %}")
