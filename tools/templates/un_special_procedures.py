"""Template: communication to the Special Procedures of the Human Rights Council (OHCHR questionnaire order)."""

from _blocks import admissibility_table, domestic_steps_table

FILE = "un-special-procedures.docx"


def build(b) -> None:
    b.header("{{ reference }}", "{% if draft %}{{ _('DRAFT - NOT FOR SUBMISSION') }}{% endif %}")
    b.footer("{{ _('Communication to the Special Procedures') }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.tag("{%p if urgent %}")
    b.para("{{ urgent_prefix }}", align="center", bold=True, size=14)
    b.para("{{ _('Urgent action is requested') }}{{ colon }} {{ urgency_reason }}", align="center", bold=True)
    b.tag("{%p endif %}")
    b.title("{{ _('Communication to the Special Procedures of the Human Rights Council') }}")
    b.subtitle("{{ _('Concerning') }} {{ victim.name }} ({{ state|country }})")
    b.para("{{ _('Reference') }}{{ colon }} {{ reference }}    {{ _('Date') }}{{ colon }} {{ prepared_on|date }}", align="center")
    b.para("{{ _('Addressed to') }}{{ colon }}", bold=True, keep_next=True)
    b.tag("{%p if mandates is missing %}")
    b.para("{{ mandates }}")
    b.tag("{%p endif %}")
    b.tag("{%p for m in mandates %}")
    b.bullet("{{ m.title }}")
    b.tag("{%p endfor %}")
    b.para("{% if urgent_appeal %}{{ _('The submitter asks the mandates to send an urgent appeal to the Government concerned.') }}{% else %}{{ _('The submitter asks the mandates to send an allegation letter to the Government concerned.') }}{% endif %}", bold=True)
    b.tag("{%p if wgad_separate %}")
    b.para("{% if urgent_appeal %}{{ _('A separate submission is made to the Working Group on Arbitrary Detention; the mandates are asked to consider a joint urgent appeal with the Working Group.') }}{% else %}{{ _('A separate submission is made to the Working Group on Arbitrary Detention.') }}{% endif %}")
    b.tag("{%p endif %}")

    b.heading("{{ _('I. Alleged victim') }}")
    b.fields([
        ("{{ _('Name') }}", "{{ victim.name }}"),
        ("{{ _('Other names and spellings') }}", "{{ victim.other_names|listing('unit') }}"),
        ("{{ _('Sex') }}", "{{ victim.sex }}"),
        ("{{ _('Date of birth') }}", "{{ victim.date_of_birth|date }}{% if victim.age is not none %} ({{ _('age') }}{{ colon }} {{ victim.age }}){% endif %}"),
        ("{{ _('Nationality') }}", "{{ victim.nationalities|map('country')|listing }}"),
        ("{{ _('Profession or activity') }}", "{{ victim.occupation }}"),
        ("{{ _('Organization or affiliation') }}", "{{ victim.employer }}"),
        ("{{ _('Place of residence') }}", "{{ victim.residence|listing('unit') }}{% if victim.country and victim.country|country not in victim.residence %}{% if victim.residence %}, {% endif %}{{ victim.country|country }}{% endif %}"),
        ("{{ _('Online accounts') }}", "{{ victim.accounts|join('\\n') }}"),
    ])
    b.tag("{%p if victim.is_minor %}")
    b.para("{{ _('The victim is a child.') }}", bold=True)
    b.tag("{%p endif %}")

    b.heading("{{ _('II. Alleged perpetrators') }}")
    b.tag("{%p if respondents is missing %}")
    b.para("{{ respondents }}")
    b.tag("{%p endif %}")
    b.tag("{%p for r in respondents %}")
    b.runs(("{{ _('Alleged perpetrator') }} {{ r.number }}{{ colon }} ", "b"),
           ("{% if r.name %}{{ r.name }}{% else %}{{ _('identity unknown') }}{% endif %}{% if r.kind %} ({{ r.kind }}){% endif %}", ""))
    b.tag("{%p for account in r.accounts %}")
    b.bullet("{{ account }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if r.description %}")
    b.para("{{ r.description }}")
    b.tag("{%p endif %}")
    b.para("{{ _('Links to the State') }}{{ colon }} {% if r.state_affiliation %}{{ r.state_affiliation }}{% elif r.is_state %}{{ _('acting as an agent of the State') }}{% else %}{{ _('none known at the time of writing') }}{% endif %}")
    b.para("{{ _('Basis for identifying the alleged perpetrator') }}{{ colon }} {{ r.basis }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('III. Submitter of the communication') }}")
    b.fields([
        ("{{ _('Name') }}", "{{ submitter.name }}"),
        ("{{ _('Capacity') }}", "{{ submitter.role }}"),
        ("{{ _('Organization') }}", "{{ submitter.organisation }}"),
        ("{{ _('Address') }}", "{{ submitter.address|listing('unit') }}{% if submitter.country %}, {{ submitter.country|country }}{% endif %}"),
        ("{{ _('Email') }}", "{{ submitter.email }}"),
        ("{{ _('Telephone') }}", "{{ submitter.phone }}"),
        ("{{ _('Relationship to the victim') }}", "{{ submitter.relationship }}"),
    ])
    b.tag("{%p if submitter.confidential %}")
    b.para("{{ _('CONFIDENTIAL: the submitter asks that their identity be kept confidential.') }}", bold=True)
    b.tag("{%p else %}")
    b.para("{{ _('The submitter does not ask that their identity be kept confidential.') }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('IV. Date, place and description of the incidents') }}")
    b.para("{{ _('The incidents are set out in date order. Exhibit numbers refer to the evidence the submitter holds and can provide.') }}")
    b.tag("{%p if incidents is missing %}")
    b.para("{{ incidents }}")
    b.tag("{%p endif %}")
    b.tag("{%p for i in incidents %}")
    b.runs(("{{ _('Incident') }} {{ i.number }}{{ colon }} {{ i.date|date }}{% if i.time %}, {{ i.time }}{% endif %}", "b"))
    b.para("{{ _('Place') }}{{ colon }} {% if i.place %}{{ i.place }}{% if i.platform %}; {% endif %}{% endif %}{% if i.platform %}{{ i.platform }}{% endif %}{% if i.url %} ({{ i.url }}){% endif %}")
    b.tag("{%p if i.actor == 'victim' %}")
    b.para("{{ _('Act of the victim (the conduct the authorities later acted against; not itself a violation).') }}")
    b.tag("{%p elif i.actor == 'authority' %}")
    b.para("{{ _('Act of the authorities') }}{{ colon }} {{ i.authority or _('identity unknown') }}")
    b.tag("{%p elif i.respondent %}")
    b.para("{{ _('Attributed to alleged perpetrator') }} {{ i.respondent }}")
    b.tag("{%p endif %}")
    b.tag("{%p if i.actor != 'victim' %}")
    b.para("{{ _('Nature of the violation') }}{{ colon }} {{ i.harms|listing }}")
    b.tag("{%p endif %}")
    b.para("{{ i.description }}")
    b.tag("{%p if i.effect %}")
    b.para("{{ _('Effect on the victim') }}{{ colon }} {{ i.effect }}")
    b.tag("{%p endif %}")
    b.tag("{%p if i.exhibits %}")
    b.para("{{ _('Evidence') }}{{ colon }} {{ i.exhibits|listing('unit') }}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if detention %}")
    b.para("{{ _('Deprivation of liberty') }}", bold=True, keep_next=True)
    b.para("{% filter trim %}{% if detention.arrested_on %}{{ _('The victim was arrested on %(date)s.', date=detention.arrested_on|date) }} {% endif %}{% if detention.forces %}{{ _('Arrest carried out by: %(forces)s.', forces=detention.forces) }} {% endif %}{% if detention.places %}{{ _('Places of detention: %(places)s.', places=detention.places|join('; ')) }} {% endif %}{% if detention.released_on %}{{ _('Released on %(date)s.', date=detention.released_on|date) }}{% endif %}{% endfilter %}")
    b.tag("{%p endif %}")
    b.tag("{%p if impact %}")
    b.para("{{ _('Overall impact on the victim') }}", bold=True, keep_next=True)
    b.para("{{ impact }}")
    b.tag("{%p endif %}")
    b.tag("{%p if continuing %}")
    b.para("{{ _('The violations are continuing.') }} {{ likely_to_continue }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('V. Authorities, laws and rights involved') }}")
    b.tag("{%p if laws %}")
    b.para("{% if laws_against_victim %}{{ _('The authorities invoked the following laws against the victim') }}{% else %}{{ _('The following national laws are relevant to the case') }}{% endif %}:")
    b.tag("{%p for law in laws %}")
    b.bullet("{{ law.name }}{% if law.provisions %}, {{ law.provisions|listing }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if rights %}")
    b.para("{{ _('The facts engage the following rights') }}{{ colon }}")
    b.tag("{%p for r in rights %}")
    b.bullet("{% if r.treaty == 'iccpr' %}{{ _('International Covenant on Civil and Political Rights') }}{% else %}{{ _('Universal Declaration of Human Rights') }}{% endif %}, {{ _('article %(number)s', number=r.article) }}{{ colon }} {{ r.title }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if party.iccpr %}")
    b.para("{{ _('State concerned: %(state)s. Party to the International Covenant on Civil and Political Rights since %(date)s.', state=state|country, date=party.iccpr|date) }}")
    b.tag("{%p elif party.state %}")
    b.para("{{ _('State concerned: %(state)s. It is not a party to the International Covenant on Civil and Political Rights; the mandates can act on the basis of the Universal Declaration of Human Rights.', state=state|country) }}")
    b.tag("{%p endif %}")
    b.tag("{%p if treaties.other_treaties %}")
    b.para("{{ _('The State is a party to the following core human rights treaties') }}{{ colon }} {{ treaties.other_treaties|join('; ') }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if treaties.cedaw_gr35 %}")
    b.para("{{ _('Under the Convention on the Elimination of All Forms of Discrimination against Women, as interpreted in General Recommendation No. 35 (%(symbol)s, %(paras)s), gender-based violence against women, including in technology-mediated environments, is discrimination, and the State must act with due diligence to prevent, investigate, punish and redress it when private persons commit it.', symbol=treaties.cedaw_gr35.symbol, paras=treaties.cedaw_gr35.paras) }}")
    b.tag("{%p endif %}")

    b.tag("{%p if due_diligence %}")
    b.para("{{ _('Responsibility of the State') }}", bold=True, keep_next=True)
    b.para("{{ _('The alleged perpetrators are not known to act for the State. The State is responsible for failing to act with due diligence to protect the victim, to investigate and to punish the acts of private persons.') }}")
    b.tag("{%p for p in due_diligence.pending %}")
    b.bullet("{{ _('%(action)s (%(body)s, %(date)s', action=p.action or _('Complaint'), body=p.body, date=p.date|date) }}{% if p.reference %}, {{ p.reference }}{% endif %}){{ colon }} {{ _('still pending at the date of this communication.') }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if due_diligence.continuing %}")
    b.bullet("{{ _('The harm is continuing (see section IV).') }}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")

    b.heading("{{ _('VI. Steps taken domestically (exhaustion of domestic remedies is not required)') }}")
    b.tag("{%p if remedies %}")
    domestic_steps_table(b)
    b.tag("{%p else %}")
    b.para("{{ _('No domestic remedy has been sought so far.') }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('VII. Consent of the victim') }}")
    b.numbered("{{ _('The victim consents to the submission of this communication.') }}")
    b.numbered("{% if consent.government_letter is missing %}{{ consent.government_letter }}{% elif consent.government_letter %}{{ _('The victim knows that the information, including their identity, will be sent to the Government concerned in a letter.') }}{% else %}{{ _('The victim has not yet been told that a letter will be sent to the Government; confirm before submitting.') }}{% endif %}")
    b.numbered("{% if consent.public_report is missing %}{{ consent.public_report }}{% elif consent.public_report %}{{ _('The victim knows that a summary of the case may appear in a public report of the Special Procedures.') }}{% else %}{{ _('The victim has not yet been told that a summary may appear in a public report; confirm before submitting.') }}{% endif %}")
    b.numbered("{% if consent.public_name.choice == 'full' %}{{ _('In public reports the victim may be named in full') }}{{ colon }} {{ consent.public_name.name }}{% elif consent.public_name.choice == 'initials' %}{{ _('In public reports the victim may be named by initials only') }}{{ colon }} {{ consent.public_name.name }}{% elif consent.public_name.choice == 'withheld' %}{{ _('The victim asks not to be named in any public report.') }}{% else %}{{ consent.public_name.name }}{% endif %}")
    b.tag("{%p if consent.given_on %}")
    b.para("{% if consent.given_by %}{{ _('Consent given on %(date)s by %(person)s.', date=consent.given_on|date, person=consent.given_by) }}{% else %}{{ _('Consent given on %(date)s.', date=consent.given_on|date) }}{% endif %}")
    b.tag("{%p endif %}")

    b.heading("{{ _('VIII. Mandates addressed') }}")
    b.para("{% if chosen %}{{ _('The communication is addressed to the following mandates, for the reasons given.') }}{% else %}{{ _('Mandates suggested from the facts of the case, for the reasons given (review before submitting).') }}{% endif %}")
    b.tag("{%p for m in mandates %}")
    b.runs(("{{ m.title }}", "b"), style="List Bullet")
    b.para("{{ m.reason }}")
    b.tag("{%p endfor %}")

    b.para("")
    b.signature(["{{ _('Submitted by') }}{{ colon }} {{ submitter.name }}{% if submitter.organisation %}, {{ submitter.organisation }}{% endif %}",
                 "{{ _('Date') }}{{ colon }} {{ prepared_on|date }}"])

    b.heading("{{ _('Annex: admissibility self-check') }}")
    b.para("{{ _('Communications are not considered in the following cases') }}{{ colon }} {{ not_considered }}", size=10)
    admissibility_table(b)
    # The notes for the lawyer are not part of the filing: dropped whole under --final.
    b.tag("{%p if draft %}")
    b.heading("{{ _('Filing notes (remove before submitting)') }}", 2)
    b.bullet("{{ how }}")
    b.bullet("{{ _('Online questionnaire') }}{{ colon }} {{ online_form }}; {{ _('email') }}{{ colon }} {{ email }}")
    b.bullet("{{ _('Submission details checked on') }} {{ sources.checked_on|date }}{{ colon }} {{ sources.submission }}")
    b.tag("{%p endif %}")
