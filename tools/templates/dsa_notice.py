"""Template: notice of illegal content under Art. 16 of the EU Digital Services Act (one per platform)."""

FILE = "dsa-notice.docx"


def build(b) -> None:
    b.header("{{ reference }} - {{ platform.name }}", "{% if draft %}{{ _('DRAFT - CHECK BEFORE SENDING') }}{% endif %}")
    b.footer("{{ _('Notice under Article 16 of the Digital Services Act') }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.title("{{ _('Notice of illegal content') }}")
    b.subtitle("{{ _('under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)') }}")
    b.para("{{ _('Case reference') }}{{ colon }} {{ reference }}    {{ _('Date') }}{{ colon }} {{ prepared_on|date }}", align="center")
    b.fields([
        ("{{ _('To') }}", "{{ addressee }} ({{ platform.name }})"),
        ("{{ _('Filed through') }}", "{{ platform.dsa_notice_url or platform.report_url or _('the in-app Report option') }}"),
        ("{{ _('Notifier') }}", "{{ notifier.name }}{% if notifier.organisation %}, {{ notifier.organisation }}{% endif %}"),
        ("{{ _('On behalf of') }}", "{{ notifier.on_behalf_of or '' }}"),
    ])

    b.heading("{{ _('(a) Why the content is illegal') }}")
    b.para("{{ _('The notifier considers the content listed below to be illegal under') }}:")
    b.tag("{%p if laws is missing %}")
    b.para("{{ laws }}")
    b.tag("{%p endif %}")
    b.tag("{%p for law in laws %}")
    b.bullet("{{ law }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if explanation is missing %}")
    b.para("{{ explanation }}")
    b.tag("{%p endif %}")
    b.tag("{%p for item in explanation %}")
    b.runs(("{{ _('Item') }} {{ item.id }} ({{ item.date|date }}): ", "b"),
           ("{{ item.description }} {{ _('Harm') }}{{ colon }} {{ item.harms|listing }}.{% if item.laws %} {{ _('Illegal under') }}{{ colon }} {{ item.laws|join('; ') }}.{% endif %}{% if item.policies %} {{ _('The content also breaks the platform\\'s terms') }}{{ colon }} {{ item.policies|join('; ') }}.{% endif %}", ""),
           style="List Number")
    b.tag("{%p endfor %}")
    b.tag("{%p for p in police %}")
    b.para("{{ _('The conduct has been reported to') }} {{ p.body }}{% if p.date %} {{ _('on') }} {{ p.date|date }}{% endif %}{% if p.reference %} ({{ _('reference') }} {{ p.reference }}){% endif %}.")
    b.tag("{%p endfor %}")

    b.heading("{{ _('(b) Exact location of the content') }}")
    b.table(
        ["{{ _('Item') }}", "{{ _('Exact URL') }}", "{{ _('Account that posted it') }}"],
        ["{{ l.id }}", "{{ l.url }}", "{{ l.account or '' }}{% if l.profile_url %}\n{{ l.profile_url }}{% endif %}"],
        "for l in locations",
        [1.5, 9.0, 5.5],
    )

    b.heading("{{ _('(c) Notifier') }}")
    b.fields([
        ("{{ _('Name') }}", "{{ notifier.name }}"),
        ("{{ _('Email') }}", "{{ notifier.email }}"),
        ("{{ _('Organisation') }}", "{{ notifier.organisation or '' }}"),
    ])

    b.heading("{{ _('(d) Statement of good faith') }}")
    b.para("{{ good_faith }}")
    b.signature(["{{ notifier.name }}", "{{ _('Date') }}{{ colon }} {{ prepared_on|date }}"])

    b.heading("{{ _('What the platform must do next') }}")
    b.runs(("{{ actual_knowledge.article }}{{ colon }} ", "b"), ("{{ actual_knowledge.text }}", ""), style="List Bullet")
    b.tag("{%p if threat_to_life %}")
    b.runs(("{{ threat_to_life.article }}{{ colon }} ", "b"), ("{{ threat_to_life.text }}", ""), style="List Bullet")
    b.tag("{%p endif %}")
    b.tag("{%p for step in next_steps %}")
    b.runs(("{{ step.article }}{{ colon }} ", "b"), ("{{ step.text }}", ""), style="List Bullet")
    b.tag("{%p endfor %}")

    # The notes for the lawyer are not part of the filing: dropped whole under --final.
    b.tag("{%p if draft %}")
    b.heading("{{ _('Filing notes (remove before sending)') }}")
    b.tag("{%p for e in elements %}")
    b.bullet("{{ e.article }}{{ colon }} {{ e.requirement }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if illegal_content %}")
    b.bullet("{{ illegal_content.article }}{{ colon }} {{ illegal_content.definition }}")
    b.tag("{%p endif %}")
    b.tag("{%p if not platform.dsa_notice_url %}")
    b.bullet("{{ _('No EU illegal-content form is recorded for this platform: use its reporting route and choose the EU illegal-content option.') }}")
    b.tag("{%p endif %}")
    b.bullet("{{ _('The form takes text, not attachments: paste from the .txt file beside this document.') }}")
    b.bullet("{{ _('Digital Services Act facts checked on') }} {{ checked_on|date }}{{ colon }} {{ source }}")
    b.tag("{%p endif %}")
