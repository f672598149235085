"""Template: memorandum outlining a domestic constitutional challenge to the law used against the victim's expression."""

from docx.shared import Cm

from _blocks import domestic_steps_table

FILE = "domestic-challenge.docx"

# A marker after any fact the data could not check against its source.
TBC = "{% if not {x}.confirmed %} ({{ _('to be confirmed') }}){% endif %}"


def tbc(name: str) -> str:
    return TBC.replace("{x}", name)


RIGHT_LABEL = (
    "{% if g.key == 'expression' %}{{ _('Freedom of expression') }}"
    "{% elif g.key == 'limits' %}{{ _('Permitted restrictions') }}"
    "{% elif g.key == 'liberty' %}{{ _('Liberty of the person') }}"
    "{% elif g.key == 'equality' %}{{ _('Equality and non-discrimination') }}"
    "{% elif g.key == 'privacy' %}{{ _('Privacy') }}"
    "{% else %}{{ _('Fair trial and due process') }}{% endif %}"
)

# The domestic articles and the decisions cited for one ground (`g` is the ground).
ARTICLES = ("{% for a in g.domestic %}{% if a.article %}{{ a.article }}{% if a.text %} ({{ a.text }}){% endif %}"
            + tbc("a") + "{% if not loop.last %}; {% endif %}{% endif %}{% endfor %}")


def ground_block(b, key: str, title: str, standard: list[str], facts: list[str], argument: list[str]) -> None:
    """One ground: the standard, the domestic articles, the record facts, the argument, the authorities."""
    b.tag("{%p set g = grounds." + key + " %}")
    b.heading(title, 2)
    b.para("{{ _('The standard') }}", bold=True, keep_next=True)
    for line in standard:
        b.para(line)
    b.tag("{%p if g.domestic %}")
    b.para("{{ _('Domestic guarantees') }}{{ colon }} " + ARTICLES + ".")
    b.tag("{%p endif %}")
    b.para("{{ _('The facts in the record') }}", bold=True, keep_next=True)
    for line in facts:
        b.bullet(line) if not line.startswith("{%p") else b.tag(line)
    b.para("{{ _('The argument to develop') }}", bold=True, keep_next=True)
    for line in argument:
        b.para(line)
    # The holdings are in section 6; here the decisions are named so the ground reads as an argument.
    b.tag("{%p if g.cases %}")
    b.para("{{ _('Authorities') }}{{ colon }} {% for c in g.cases %}{{ c.name }}, {{ c.citation }}{% if c.own %} [{{ _('binding') }}]{% endif %}{% if not loop.last %}; {% endif %}{% endfor %} ({{ _('holdings in section 6') }}).")
    b.tag("{%p endif %}")


def build(b) -> None:
    b.header("{{ reference }}", "{% if draft %}{{ _('DRAFT - NOT FOR SUBMISSION') }}{% endif %}")
    b.footer("{{ _('Constitutional challenge') }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.title("{{ _('Memorandum: outline of a constitutional challenge') }}")
    b.subtitle("{% for l in laws %}{{ l.name }}{% if l.provisions %}, {{ l.provisions|listing }}{% endif %}{% if not loop.last %}; {% endif %}{% endfor %}")
    b.para("{{ _('Privileged and confidential: prepared for legal advice and litigation') }}", align="center", bold=True)
    b.fields([
        ("{{ _('Client') }}", "{{ victim.name }}{% if victim.occupation %}, {{ victim.occupation }}{% endif %}"),
        ("{{ _('State concerned') }}", "{{ state|country }}"),
        ("{{ _('Prepared by') }}", "{{ submitter.name }}{% if submitter.organisation %}, {{ submitter.organisation }}{% endif %}"),
        ("{{ _('Reference') }}", "{{ reference }}"),
        ("{{ _('Date') }}", "{{ prepared_on|date }}"),
    ])

    # ---- 1. Purpose ------------------------------------------------------------------------
    b.heading("{{ _('1. Purpose and summary') }}")
    b.para("{{ _('This memorandum outlines a challenge to the constitutionality of the provision applied against the client: the guarantees it engages, the forum and procedure, the grounds argued from the facts, the authorities and the evidence still to gather. It is a first outline for counsel: read every authority in full and check that it is current before relying on it.') }}")
    b.tag("{%p if jurisdiction is none %}")
    b.para("{{ _('No constitutional profile is held for %(state)s: counsel must complete the guarantees, forum and time limits (sections 3 and 4). The international standards and comparative authority apply whatever the forum.', state=state|country) }}", bold=True)
    b.tag("{%p elif jurisdiction.kind == 'full' %}")
    b.para("{{ _('Constitutional review of legislation') }}{{ colon }} {{ _('available.') }} {{ jurisdiction.summary }}")
    b.tag("{%p elif jurisdiction.kind == 'pre_enactment' %}")
    b.para("{{ _('Constitutional review of legislation') }}{{ colon }} {{ _('not available once a law is in force.') }} {{ jurisdiction.summary }} {{ _('What remains is set out in section 4.') }}", bold=True)
    b.tag("{%p else %}")
    b.para("{{ _('Constitutional review of legislation') }}{{ colon }} {{ _('not available.') }} {{ jurisdiction.summary }} {{ _('What remains is set out in section 4.') }}", bold=True)
    b.tag("{%p endif %}")
    b.tag("{%p if locale != 'en' %}")
    b.para("{{ _('The jurisdiction notes and the holdings of the decisions are given in English, the language of the sources consulted.') }}", italic=True, size=10)
    b.tag("{%p endif %}")

    # ---- 2. Provision and facts -------------------------------------------------------------
    b.heading("{{ _('2. The provision and how it was applied') }}")
    b.tag("{%p for l in laws %}")
    b.heading("{{ l.name }}{% if l.provisions %}, {{ l.provisions|listing }}{% endif %}", 2)
    b.para("{{ _('Text of the provision, as given by counsel') }}{{ colon }}", bold=True, keep_next=True)
    quote = b.para("{{ l.text }}", italic=True)
    quote.paragraph_format.left_indent = Cm(1.0)
    quote.paragraph_format.right_indent = Cm(1.0)
    b.tag("{%p if l.text is missing %}")
    b.para("{{ _('Quote the provision word for word from the official text in the official language, with an authoritative translation: the challenge turns on its exact words.') }}", size=10)
    b.tag("{%p endif %}")
    b.para("{{ _('How it was applied') }}{{ colon }} {{ l.how_applied }}")
    b.tag("{%p endfor %}")
    b.heading("{{ _('Facts relevant to the challenge') }}", 2)
    b.tag("{%p for i in facts.incidents %}")
    b.numbered("{{ i.date|date }}{% if i.place %}, {{ i.place }}{% endif %}{% if i.platform %} ({{ i.platform }}){% endif %}{{ colon }} {{ i.description }}{% if i.effect %} {{ i.effect }}{% endif %}{% if i.url %} {{ i.url }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if facts.arrest %}")
    b.numbered("{{ _('Arrest') }}{{ colon }} {{ facts.arrest.date|date }}{% if facts.arrest.place %}, {{ facts.arrest.place }}{% endif %}{% if facts.arrest.forces %}, {{ facts.arrest.forces }}{% endif %}.{% if facts.arrest.warrant_shown == false %} {{ _('No warrant was shown at the arrest.') }}{% endif %}{% if facts.arrest.reasons %} {{ _('Reasons given on arrest') }}{{ colon }} {{ facts.arrest.reasons }}{% endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p if facts.custody %}")
    b.numbered("{{ _('Custody') }}{{ colon }} {% if facts.custody.since %}{{ _('since %(date)s', date=facts.custody.since|date) }}{% endif %}{% if facts.custody.ordered_by %}, {{ _('ordered by %(authority)s', authority=facts.custody.ordered_by) }}{% endif %}{% for law in facts.custody.legal_basis %}, {{ law.name }}{% if law.provisions %} {{ law.provisions|listing }}{% endif %}{% endfor %}.{% if facts.custody.expected %} {{ facts.custody.expected }}{% endif %}{% if facts.custody.released_on %} {{ _('Released on %(date)s.', date=facts.custody.released_on|date) }}{% endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p if facts.concerns %}")
    b.numbered("{{ _('Concerns about the proceedings') }}{{ colon }} {{ facts.concerns|listing }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if facts.impact %}")
    b.numbered("{{ _('Effect on the client and others') }}{{ colon }} {{ facts.impact }}")
    b.tag("{%p endif %}")
    b.tag("{%p if facts.remedies %}")
    b.para("{{ _('Steps taken so far before the national authorities') }}{{ colon }}", keep_next=True)
    domestic_steps_table(b)
    b.tag("{%p endif %}")

    # ---- 3. Guarantees ----------------------------------------------------------------------
    b.heading("{{ _('3. Constitutional guarantees engaged') }}")
    b.tag("{%p if jurisdiction %}")
    b.para("{{ jurisdiction.constitution }}{% if jurisdiction.supremacy %}. {{ _('Supremacy') }}{{ colon }} {{ jurisdiction.supremacy.article }}, {{ jurisdiction.supremacy.text }}" + tbc("jurisdiction.supremacy") + "{% endif %}.")
    b.table(
        ["{{ _('Guarantee') }}", "{{ _('Article') }}", "{{ _('What it protects') }}"],
        ["{% if g.first %}" + RIGHT_LABEL + "{% endif %}", "{{ g.article or '' }}",
         "{{ g.text }}" + tbc("g")],
        "for g in jurisdiction.guarantees",
        [4.0, 3.5, 8.5],
    )
    b.tag("{%p else %}")
    b.para("{{ _('To be completed by counsel: the articles protecting expression, liberty, equality, privacy and a fair trial, and the clause that permits restrictions.') }}")
    b.tag("{%p endif %}")

    # ---- 4. Forum ---------------------------------------------------------------------------
    b.heading("{{ _('4. Forum and procedure') }}")
    b.tag("{%p if jurisdiction and jurisdiction.basis %}")
    b.para("{{ _('Basis for review') }}{{ colon }} {{ jurisdiction.basis.article }}{% if jurisdiction.basis.text %}, {{ jurisdiction.basis.text }}{% endif %}" + tbc("jurisdiction.basis") + ".")
    b.tag("{%p endif %}")
    b.tag("{%p for c in (jurisdiction.cautions if jurisdiction else []) %}")
    b.para("{{ c.text }}" + tbc("c"), bold=True)
    b.tag("{%p endfor %}")
    b.tag("{%p for f in (jurisdiction.forums if jurisdiction else []) %}")
    b.heading("{{ f.court }}" + tbc("f"), 2)
    b.fields([
        ("{{ _('Route') }}", "{{ f.route }}"),
        ("{{ _('Standing') }}", "{{ f.standing }}"),
        ("{%tr if f.procedure %}", ""),
        ("{{ _('Procedure') }}", "{{ f.procedure }}"),
        ("{%tr endif %}", ""),
        ("{{ _('Time limit') }}", "{% if f.time_limit %}{{ f.time_limit.text }}" + tbc("f.time_limit") + "{% else %}{{ _('not stated in the sources checked') }}{% endif %}"),
        ("{%tr if f.interim_relief %}", ""),
        ("{{ _('Interim relief') }}", "{{ f.interim_relief.text }}" + tbc("f.interim_relief")),
        ("{%tr endif %}", ""),
    ], widths=(4.0, 12.0))
    b.tag("{%p endfor %}")
    b.heading("{{ _('Relief to seek') }}", 2)
    b.tag("{%p if jurisdiction is none or jurisdiction.kind == 'full' %}")
    b.bullet("{{ _('A declaration that the provision is void, or that it must be read so narrowly that it cannot reach expression of this kind.') }}")
    b.bullet("{{ _('An order quashing the charge and the proceedings against the client.') }}")
    b.tag("{%p elif jurisdiction.kind == 'pre_enactment' %}")
    b.bullet("{{ _('A declaration that the arrest, the custody or the prosecution infringed the client\\'s fundamental rights, with compensation, and a reading of the provision that cannot reach expression of this kind.') }}")
    b.tag("{%p else %}")
    b.bullet("{{ _('In the criminal case itself: dismissal of the charge or acquittal, on a reading of the provision that cannot reach expression of this kind.') }}")
    b.tag("{%p endif %}")
    b.tag("{%p if un.detained %}")
    b.bullet("{{ _('Release from custody and the return of the seized devices; until the decision, release on bail or a stay of the prosecution.') }}")
    b.tag("{%p else %}")
    b.bullet("{{ _('Until the decision, a stay of the prosecution and the return of any seized devices.') }}")
    b.tag("{%p endif %}")
    b.tag("{%p if jurisdiction and jurisdiction.what_remains %}")
    b.heading("{% if jurisdiction.kind == 'full' %}{{ _('Other routes') }}{% else %}{{ _('What remains where the law itself cannot be reviewed') }}{% endif %}", 2)
    b.tag("{%p for w in jurisdiction.what_remains %}")
    b.bullet("{{ w }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if jurisdiction and jurisdiction.treaties %}")
    b.para("{{ _('The Covenant in domestic law') }}{{ colon }} {{ jurisdiction.treaties.text }}" + tbc("jurisdiction.treaties"))
    b.tag("{%p endif %}")
    b.tag("{%p if dates %}")
    b.para("{{ _('Dates in the record from which a time limit may run') }}{{ colon }}", bold=True, keep_next=True)
    b.tag("{%p for d in dates %}")
    b.bullet("{{ d.date|date }}{{ colon }} {% if d.kind == 'arrest' %}{{ _('arrest') }}{% elif d.kind == 'detention' %}{{ _('start of custody') }}{% else %}{{ _('decision') }}, {{ d.what }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")

    # ---- 5. Grounds -------------------------------------------------------------------------
    b.heading("{{ _('5. Grounds') }}")
    ground_block(
        b, "legality", "{{ _('5.1 Legality and vagueness') }}",
        ["{{ _('A restriction on expression must be provided by law: the law must be formulated with enough precision for a person to regulate their conduct, be accessible to the public, and not confer unfettered discretion on those who enforce it (%(article)s; %(comment)s).', article=standards.iccpr_19_3.cite, comment=standards.gc34_25.cite) }}",
         "{{ _('A criminal offence must be defined in law before the act (%(article)s), and the Human Rights Committee reads that guarantee as limiting criminal liability to clear and precise provisions.', article=standards.iccpr_15_1.cite) }}"],
        ["{%p for l in laws %}",
         "{{ l.name }}{% if l.provisions %}, {{ l.provisions|listing }}{% endif %}{{ colon }} {{ l.how_applied }}",
         "{%p endfor %}",
         "{%p for i in facts.incidents if i.url or i.platform %}",
         "{{ i.date|date }}{{ colon }} {{ i.description }}",
         "{%p endfor %}",
         "{%p if g.reasons %}",
         "{{ _('Reasons given on arrest') }}{{ colon }} {{ g.reasons }}",
         "{%p endif %}"],
        ["{{ _('Set the words of the provision beside what the client did. Identify every term the provision does not define and show that nothing in it told the client that this conduct was an offence: the authorities decided so only after the event, in the words of the charge.') }}",
         "{{ _('A term that leaves the police or the prosecutor to decide what is forbidden confers the unfettered discretion the standard excludes, and invites arbitrary and selective enforcement.') }}"],
    )
    ground_block(
        b, "overbreadth", "{{ _('5.2 Overbreadth and the chilling effect') }}",
        ["{{ _('A restriction must not be overbroad: it may not reach protected expression along with the harm it targets, and it must be the least intrusive means that would achieve its aim (%(comment)s, paras. 33-35).', comment=standards.gc34.cite) }}"
         "{% if not standards.gc34_33.confirmed or not standards.gc34_34.confirmed %} ({{ _('paras. 33 and 34 to be confirmed') }}){% endif %}",
         "{{ _('A vague and broad offence deters lawful speech as well as unlawful speech; the deterrence is itself an interference with freedom of expression.') }}"],
        ["{%p if g.occupation %}",
         "{{ _('The client') }}{{ colon }} {{ g.occupation }}",
         "{%p endif %}",
         "{%p if g.impact %}",
         "{{ _('Effect on the client and others') }}{{ colon }} {{ g.impact }}",
         "{%p else %}",
         "{{ _('The record does not yet describe the effect on others: gather it (section 7).') }}",
         "{%p endif %}"],
        ["{{ _('Show the range of lawful speech the words of the provision reach (criticism of officials, reporting on public spending, satire, commentary) and that the provision draws no line between them and the harm it may legitimately prevent.') }}",
         "{{ _('Prove the chilling effect with evidence rather than assertion: writers who stopped publishing or removed posts after the arrest, and the pattern of prosecutions under the provision.') }}"],
    )
    ground_block(
        b, "proportionality", "{{ _('5.3 Necessity and proportionality') }}",
        ["{{ _('The State must show in a specific and individual way the precise nature of the threat the expression posed, and a direct and immediate connection between the expression and that threat (%(comment)s).', comment=standards.gc34_35.cite) }}",
         "{{ _('The measure must be necessary for a legitimate aim and proportionate to it. Treaty bodies and regional courts have found imprisonment for expression disproportionate (see the authorities).') }}"],
        ["{%p if g.since %}",
         "{% if g.released_on %}{{ _('Held in custody from %(date)s to %(until)s: %(days)s days.', date=g.since|date, until=g.released_on|date, days=g.days|number) }}{% else %}{{ _('Held in custody since %(date)s: %(days)s days on %(on)s.', date=g.since|date, days=g.days|number, on=g.on|date) }}{% endif %}",
         "{%p endif %}",
         "{%p if g.expected %}",
         "{{ _('Penalty and expected duration') }}{{ colon }} {{ g.expected }}",
         "{%p endif %}",
         "{%p for r in g.rejected %}",
         "{% if r.date %}{{ r.date|date }}, {% endif %}{{ r.body }}{% if r.action %}, {{ r.action }}{% endif %}{{ colon }} {{ r.outcome }}",
         "{%p endfor %}"],
        ["{{ _('Ask what legitimate aim the prosecution relies on and what harm the expression caused or risked. Set that against what was done: the arrest, the custody, the penalty the offence carries and the effect on the client\\'s work.') }}",
         "{{ _('Identify less restrictive means that were open (a reply, a correction, a civil claim) and argue that criminal punishment, and detention above all, cannot be necessary for expression of this kind.') }}"],
    )
    ground_block(
        b, "discrimination", "{{ _('5.4 Discrimination') }}",
        ["{{ _('Equal protection of the law requires that the provision not be drawn or enforced so as to single out people for their opinions, profession or identity (International Covenant on Civil and Political Rights, article %(number)s: %(title)s).', number=g.iccpr26.article, title=g.iccpr26.title) }}"],
        ["{%p if g.claimed %}",
         "{{ _('Grounds of discrimination claimed') }}{{ colon }} {{ g.claimed|listing }}",
         "{%p else %}",
         "{{ _('The record does not yet show a ground of discrimination.') }}",
         "{%p endif %}"],
        ["{{ _('Keep this ground only if the evidence supports it: show from the prosecution statistics (section 7) whether the provision is used against critics, journalists, a political group or a minority, while comparable speech by others is left alone.') }}"],
    )
    ground_block(
        b, "safeguards", "{{ _('5.5 Procedural safeguards') }}",
        ["{{ _('Arrest, custody and prosecution under the provision must respect the guarantees of liberty and a fair trial (International Covenant on Civil and Political Rights, articles %(liberty)s and %(trial)s).', liberty=g.iccpr9.article, trial=g.iccpr14.article) }}",
         "{{ _('Where the law lets the authorities arrest, seize devices or block content without prior judicial authorisation, the absence of safeguards is itself a ground of invalidity; courts have upheld such powers only where the law provides safeguards, and struck them down where it does not.') }}"],
        ["{%p if g.warrant_shown == false %}",
         "{{ _('No warrant was shown at the arrest.') }}",
         "{%p endif %}",
         "{%p for c in g.concerns %}",
         "{{ c }}",
         "{%p endfor %}",
         "{%p if g.warrant_shown != false and not g.concerns %}",
         "{{ _('The record notes no breach of procedure yet.') }}",
         "{%p endif %}"],
        ["{{ _('Show how the provision, as written and as used here, lets liberty be taken and devices searched without the judicial control and prompt access to counsel that the guarantees require; ask for the custody to end and for the seized material to be returned.') }}"],
    )

    # ---- 6. Authority -----------------------------------------------------------------------
    b.heading("{{ _('6. Comparative and international authority') }}")
    b.table(
        ["{{ _('Decision') }}", "{{ _('Court and date') }}", "{{ _('Holding') }}"],
        ["{{ c.name }}{{ colon }} {{ c.citation }}{% if c.own %} [{{ _('binding') }}]{% endif %}{% if c.adverse %} [{{ _('against the challenge') }}]{% endif %}{% if c.status != 'good_law' %} [{{ _('reversed in part') }}]{% endif %}",
         "{{ c.court }}, {{ c.date|date }}",
         "{{ c.holding }}"],
        "for c in cases",
        [4.5, 3.5, 8.0],
    )
    b.para("{{ _('International standards') }}{{ colon }}", bold=True, keep_next=True)
    b.bullet("{{ standards.iccpr_15_1.cite }}; {{ standards.iccpr_19_3.cite }}")
    b.bullet("{{ standards.gc34.cite }}{{ colon }} {{ _('paras. 25 and 33-35') }}")
    b.tag("{%p if party.iccpr %}")
    b.para("{{ _('%(state)s has been a party to the International Covenant on Civil and Political Rights since %(date)s: the Covenant binds it, and its courts may be asked to read the Constitution consistently with it.', state=state|country, date=party.iccpr|date) }}")
    b.tag("{%p elif party.state %}")
    b.para("{{ _('%(state)s is not a party to the International Covenant on Civil and Political Rights: cite the Covenant and General Comment No. 34 as persuasive statements of the international standard, with article 19 of the Universal Declaration of Human Rights.', state=state|country) }}")
    b.tag("{%p endif %}")

    # ---- 7. Evidence ------------------------------------------------------------------------
    b.heading("{{ _('7. Evidence to gather') }}")
    b.bullet("{{ _('The official text of the provision in the official language, an authoritative translation, and its legislative history (the bill, its explanatory statement, the debates).') }}")
    b.bullet("{{ _('The complaint or first information report, the charge, the remand and bail orders, and the material the prosecution relies on.') }}")
    b.bullet("{{ _('Prosecution statistics under the provision: cases registered, charges, convictions, acquittals and withdrawals, and who was prosecuted, from police, prosecution and court records, requests for information, parliamentary answers and monitoring by civil society.') }}")
    b.bullet("{{ _('Expert evidence of the chilling effect: a survey or statements of journalists, bloggers and others who stopped publishing or removed content, and an expert on the use of the provision.') }}")
    b.bullet("{{ _('The decisions cited in section 6 and any report of the UN Special Procedures on the provision or on similar laws.') }}")
    b.tag("{%p if facts.exhibits %}")
    b.para("{{ _('Exhibits already held') }}{{ colon }}", keep_next=True)
    b.tag("{%p for e in facts.exhibits %}")
    b.bullet("{{ e.id }}{{ colon }} {{ e.description }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")

    # ---- 8. UN filings ----------------------------------------------------------------------
    b.heading("{{ _('8. Coordination with the UN filings') }}")
    b.bullet("{{ _('Special Procedures: their communications may concern existing or draft legislation, not only individual cases. Ask the Special Rapporteur on freedom of opinion and expression to write to the Government about the provision itself; the reply, or its absence, can be put before the court. The individual communication is drafted as un-special-procedures.') }}")
    b.tag("{%p if un.detention %}")
    b.bullet("{{ _('Working Group on Arbitrary Detention: an opinion that the detention is arbitrary because it results from the exercise of freedom of expression (category II) supports the grounds above and any application for release; its Deliberation No. 8 (%(reference)s) concerns deprivation of liberty linked to the internet. Draft it as wgad.', reference=un.deliberation) }}")
    b.tag("{%p endif %}")
    b.tag("{%p if un.op1 %}")
    b.bullet("{{ _('Human Rights Committee: %(state)s accepts individual complaints (Optional Protocol in force since %(date)s). The Committee expects available and effective domestic remedies to be used first, which may include this challenge; a complaint should follow within %(years)s years of the final domestic decision. Draft it as hrc-complaint.', state=state|country, date=un.op1|date, years=un.years) }}")
    b.tag("{%p elif party.state %}")
    b.bullet("{{ _('Human Rights Committee: %(state)s has not accepted individual complaints under the Optional Protocol; the Special Procedures and, for a detention, the Working Group remain open.', state=state|country) }}")
    b.tag("{%p endif %}")
    b.bullet("{{ _('Keep the filings consistent: the facts, the dates and the text of the provision must be the same in the petition and in the UN filings.') }}")

    # ---- Notes for counsel (draft only) -----------------------------------------------------
    b.tag("{%p if draft %}")
    b.heading("{{ _('Notes for counsel (remove before use)') }}", 2)
    b.bullet("{{ _('Items marked \"to be confirmed\" were not checked against the primary text: confirm them before relying on them.') }}")
    b.bullet("{{ _('Check the time limit for each route against the dates in section 4 first: a missed time limit ends the route.') }}")
    b.bullet("{{ _('Take the client\\'s instructions on the risks of a public challenge, including its effect on the pending prosecution and on any application for bail.') }}")
    b.tag("{%p endif %}")

    # ---- Sources ----------------------------------------------------------------------------
    b.heading("{{ _('Sources of the authorities cited') }}")
    b.table(
        ["{{ _('Authority') }}", "{{ _('Checked against') }}", "{{ _('Checked on') }}"],
        ["{% if s.kind == 'time_limit' %}{{ _('Time limit') }}{{ colon }} {% elif s.kind == 'forum' %}{{ _('Forum') }}{{ colon }} {% elif s.kind == 'procedure' %}{{ _('Procedure') }}{{ colon }} {% elif s.kind == 'treaty_law' %}{{ _('The Covenant in domestic law') }}{{ colon }} {% elif s.kind == 'treaty_status' %}{{ _('Treaty status') }}{{ colon }} {% endif %}{{ s.label }}",
         "{% if s.urls %}{{ s.urls|join('\\n') }}{% else %}{{ _('not checked against a source') }}{% endif %}{% if s.urls and not s.confirmed %} ({{ _('to be confirmed') }}){% endif %}",
         "{{ s.checked_on|date }}"],
        "for s in sources",
        [5.0, 8.5, 2.5],
        size=8,
    )
