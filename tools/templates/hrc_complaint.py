"""Template: individual complaint to the Human Rights Committee, sections I-V of the model complaint form."""

from _blocks import admissibility_table, domestic_steps_table

FILE = "hrc-complaint.docx"


def build(b) -> None:
    b.header("{{ reference }}", "{% if draft %}{{ _('DRAFT - NOT FOR SUBMISSION') }}{% endif %}")
    b.footer("{{ _('Human Rights Committee') }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.title("{{ _('Individual complaint to the Human Rights Committee') }}")
    b.subtitle("{{ _('under the Optional Protocol to the International Covenant on Civil and Political Rights') }}")
    b.para("{{ victim.name }} {{ _('v.') }} {{ state|country }}", align="center", bold=True)
    b.para("{{ _('Reference') }}{{ colon }} {{ reference }}    {{ _('Date') }}{{ colon }} {{ prepared_on|date }}", align="center")

    b.heading("{{ _('I. Information on the complainant') }}")
    b.fields([
        ("{{ _('Family name') }}", "{{ victim.family_name }}"),
        ("{{ _('First name(s)') }}", "{{ victim.given_names }}"),
        ("{{ _('Nationality') }}", "{{ victim.nationalities|map('country')|listing }}"),
        ("{{ _('Date and place of birth') }}", "{{ victim.date_of_birth|date }}{% if victim.place_of_birth %}, {{ victim.place_of_birth }}{% endif %}"),
        ("{{ _('Profession or activity') }}", "{{ victim.occupation }}"),
        ("{{ _('Address for correspondence on this complaint') }}", "{% if represented %}{{ submitter.name }}{% if submitter.organisation %}, {{ submitter.organisation }}{% endif %}, {{ submitter.address|listing('unit') }}{% if submitter.country %}, {{ submitter.country|country }}{% endif %}{% else %}{{ victim.address|listing('unit') }}{% endif %}"),
        ("{{ _('Email') }}", "{% if represented %}{{ submitter.email }}{% else %}{{ victim.email }}{% endif %}"),
        ("{{ _('Telephone') }}", "{% if represented %}{{ submitter.phone }}{% else %}{{ victim.phone }}{% endif %}"),
    ])
    b.tag("{%p if represented %}")
    b.para("{{ _('The complaint is submitted on behalf of the victim by') }} {{ submitter.name }} ({{ submitter.role }}){% if submitter.organisation %}, {{ submitter.organisation }}{% endif %}. {{ _('The victim\\'s signed authorisation is attached.') }}")
    b.tag("{%p else %}")
    b.para("{{ _('The victim submits the complaint on their own behalf.') }}")
    b.tag("{%p endif %}")
    b.tag("{%p if anonymity %}")
    b.para("{{ _('The victim asks the Committee not to disclose their identity in its published decision.') }}", bold=True)
    b.tag("{%p endif %}")

    b.heading("{{ _('II. State concerned and articles violated') }}")
    b.tag("{%p if party.op1 %}")
    b.para("{{ _('State party concerned: %(state)s.', state=state|country) }} {{ _('The Covenant entered into force for that State on %(covenant)s, and the Optional Protocol on %(protocol)s.', covenant=party.iccpr|date, protocol=party.op1|date) }}")
    b.tag("{%p else %}")
    b.para("{{ _('State party concerned: %(state)s.', state=state|country) }} {{ _('According to the treaty table used, that State is not a party to the Optional Protocol: see the annex.') }}")
    b.tag("{%p endif %}")
    b.para("{{ _('The victim claims violations of the following articles of the International Covenant on Civil and Political Rights') }}{{ colon }}", keep_next=True)
    b.tag("{%p if articles is missing %}")
    b.para("{{ articles }}")
    b.tag("{%p endif %}")
    b.tag("{%p for a in articles %}")
    b.bullet("{{ _('Article %(number)s', number=a.article) }}{{ colon }} {{ a.title }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('III. Exhaustion of domestic remedies and other international procedures') }}")
    b.tag("{%p if remedies %}")
    b.para("{{ _('The victim has taken the following steps before the national authorities') }}{{ colon }}", keep_next=True)
    domestic_steps_table(b)
    b.tag("{%p else %}")
    b.para("{{ _('No domestic remedy has been pursued.') }}")
    b.tag("{%p endif %}")
    b.tag("{%p if not_exhausted_because %}")
    b.para("{{ _('Why domestic remedies have not been exhausted') }}{{ colon }} {{ not_exhausted_because }}")
    b.tag("{%p endif %}")
    b.tag("{%p if delay_explained_by %}")
    b.para("{{ _('Why the complaint is submitted more than five years after the last domestic decision') }}{{ colon }} {{ delay_explained_by }}")
    b.tag("{%p endif %}")
    b.tag("{%p if other_procedures %}")
    b.para("{{ _('Other procedures of international investigation or settlement') }}{{ colon }}", keep_next=True)
    b.tag("{%p for p in other_procedures %}")
    b.bullet("{{ p.body }}{% if p.reference %}, {{ p.reference }}{% endif %}{% if p.submitted_on %}, {{ _('submitted on') }} {{ p.submitted_on|date }}{% endif %}{% if p.status %}{{ colon }} {{ p.status }}{% endif %}{% if p.ended_on %} ({{ _('ended on') }} {{ p.ended_on|date }}){% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.para("{{ _('The same matter has not been submitted to any other procedure of international investigation or settlement.') }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('IV. Facts of the complaint and the violations claimed') }}")
    b.heading("{{ _('Facts in chronological order') }}", 2)
    b.tag("{%p if incidents is missing %}")
    b.para("{{ incidents }}")
    b.tag("{%p endif %}")
    b.tag("{%p for i in incidents %}")
    b.numbered("{{ i.date|date }}{% if i.place %}, {{ i.place }}{% endif %}{% if i.platform %} ({{ i.platform }}{% if i.url %}, {{ i.url }}{% endif %}){% endif %}{{ colon }} {{ i.description }}{% if i.effect %} {{ i.effect }}{% endif %}{% if i.exhibits %} ({{ _('evidence') }}{{ colon }} {{ i.exhibits|listing('unit') }}){% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if detention %}")
    b.numbered("{% filter trim %}{% if detention.arrested_on %}{{ _('The victim was arrested on %(date)s.', date=detention.arrested_on|date) }} {% endif %}{% if detention.forces %}{{ _('Arrest carried out by: %(forces)s.', forces=detention.forces) }} {% endif %}{% if detention.places %}{{ _('Places of detention: %(places)s.', places=detention.places|join('; ')) }} {% endif %}{% if detention.released_on %}{{ _('Released on %(date)s.', date=detention.released_on|date) }} {% endif %}{% if detention.concerns %}{{ _('Concerns about the proceedings') }}{{ colon }} {{ detention.concerns|listing }}.{% endif %}{% endfilter %}")
    b.tag("{%p endif %}")
    b.tag("{%p if impact %}")
    b.numbered("{{ impact }}")
    b.tag("{%p endif %}")
    b.tag("{%p if continuing_violation %}")
    b.numbered("{{ _('Continuing violation') }}{{ colon }} {{ continuing_violation }}")
    b.tag("{%p endif %}")
    b.heading("{{ _('How the facts violate each article') }}", 2)
    b.tag("{%p for a in articles %}")
    b.runs(("{{ _('Article %(number)s', number=a.article) }} ({{ a.title }})", "b"))
    b.para("{{ a.argument }}")
    b.tag("{%p endfor %}")
    b.heading("{{ _('Remedies sought') }}", 2)
    b.para("{{ _('The victim asks the Committee to find that the State party has violated the articles above, and to request it to') }}{{ colon }}", keep_next=True)
    b.tag("{%p for r in remedies_sought %}")
    b.bullet("{{ r }}")
    b.tag("{%p else %}")
    b.tag("{%p if detained %}")
    b.bullet("{{ _('release the victim immediately;') }}")
    b.tag("{%p endif %}")
    b.bullet("{{ _('provide the victim with an effective remedy, including adequate compensation;') }}")
    b.bullet("{{ _('investigate the facts and hold those responsible to account;') }}")
    b.bullet("{{ _('take steps to prevent similar violations, including by reviewing the laws applied.') }}")
    b.tag("{%p endfor %}")
    b.signature(["{{ _('Signature of the victim or the representative') }}",
                 "{{ _('Name') }}{{ colon }} {% if represented %}{{ submitter.name }}{% else %}{{ victim.name }}{% endif %}",
                 "{{ _('Date') }}{{ colon }} {{ prepared_on|date }}"])

    b.heading("{{ _('V. Checklist of supporting documents') }}")
    b.para("{{ _('Copies, not originals, are attached, with a translation into a working language of the Committee where needed.') }}", size=10)
    b.tag("{%p if checklist.authorisation %}")
    b.bullet("{{ _('Signed authorisation of the victim for the representative') }}")
    b.tag("{%p endif %}")
    b.bullet("{{ _('Decisions of the domestic courts and authorities') }}{{ colon }} {% if checklist.decisions %}{{ checklist.decisions|listing('unit') }}{% else %}{{ _('none yet') }}{% endif %}")
    b.bullet("{{ _('Relevant national legislation') }}{{ colon }} {% if checklist.legislation %}{{ checklist.legislation|listing('unit') }}{% else %}{{ _('none cited') }}{% endif %}")
    b.bullet("{{ _('Decisions of other international procedures') }}{{ colon }} {% if checklist.international %}{{ checklist.international|listing('unit') }}{% else %}{{ _('none') }}{% endif %}")
    b.bullet("{{ _('Evidence supporting the facts') }}{{ colon }}")
    b.tag("{%p for e in checklist.exhibits %}")
    b.para("{{ e.id }}{{ colon }} {{ e.description }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Annex: admissibility self-check') }}")
    admissibility_table(b)
    b.heading("{{ _('Filing notes (remove before submitting)') }}", 2)
    b.bullet("{{ _('Rules checked on') }} {{ sources.checked_on|date }}{{ colon }} {{ sources.committee }}; {{ sources.rules }}; {{ _('treaty status') }}{{ colon }} {{ sources.parties }}")
