"""Template: press brief (press release) with the survivor's identity removed.

Its fixed text avoids everyday words that are also first names (the modal verb of permission, the
word for wishing, months): a survivor called by such a name would otherwise make the scan refuse the brief.
"""

FILE = "press-brief.docx"
BUILDER_OPTIONS = {"serif": "Arial", "size": 11}


def build(b) -> None:
    b.header("{{ _('PRESS RELEASE') }}", "{% if draft %}{{ _('DRAFT - NOT FOR RELEASE') }}{% endif %}")
    # Page numbers as "1 / 2": no words a name could collide with.
    b.footer("{% if contact is not missing %}{{ contact.organisation }}{% endif %}", "", "/")

    b.para("{% if embargo %}{{ _('EMBARGOED UNTIL') }} {{ embargo }}{% else %}{{ _('FOR IMMEDIATE RELEASE') }}{% endif %}",
           bold=True, size=10)
    b.title("{{ headline }}")
    b.para("{{ dateline }}", align="center", italic=True)

    b.tag("{%p if summary %}")
    b.para("{{ summary }}", bold=True)
    b.tag("{%p else %}")
    b.para("{% if first_month %}{{ _('Since') }} {{ first_month }}, {{ person.pseudonym }}{% else %}{{ person.pseudonym_start }}{% endif %}"
           "{% if person.occupation %} ({{ person.occupation }}{% if person.country %}, {{ person.country }}{% endif %})"
           "{% elif person.country %} ({{ person.country }}){% endif %} "
           "{{ _('has been targeted online') }}{% if harms %}: {{ harms|listing|lower }}{% endif %}"
           "{% if platforms %} {{ _('on') }} {{ platforms|listing }}{% endif %}.", bold=True)
    b.tag("{%p endif %}")
    b.tag("{%p for message in key_messages %}")
    b.bullet("{{ message }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('What happened') }}")
    b.tag("{%p if happened is missing %}")
    b.para("{{ happened }}")
    b.tag("{%p endif %}")
    b.tag("{%p for event in happened %}")
    b.runs(("{{ event.when }}{% if event.platform %}, {{ event.platform }}{% endif %}: ", "b"),
           ("{{ event.description }}", ""),
           (" ({{ event.harms|listing|lower }})", "i"), style="List Bullet")
    b.tag("{%p endfor %}")
    b.tag("{%p if steps %}")
    b.para("{{ _('Steps taken so far') }}:", bold=True, keep_next=True)
    b.tag("{%p endif %}")
    b.tag("{%p for step in steps %}")
    b.bullet("{% if step.when %}{{ step.when }}: {% endif %}{{ step.body }}{% if step.action %} - {{ step.action }}{% endif %}"
             "{% if step.outcome %} ({{ step.outcome }}){% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if person.age_range %}")
    b.para("{{ _('The survivor is aged') }} {{ person.age_range }}{% if person.country %} {{ _('and lives in') }} "
           "{{ person.country }}{% endif %}.", italic=True)
    b.tag("{%p endif %}")

    b.tag("{%p if laws or rights %}")
    b.heading("{{ _('The law at issue and the rights at stake') }}")
    b.tag("{%p endif %}")
    b.tag("{%p for law in laws %}")
    b.bullet("{{ law.name }}{% if law.provisions %} ({{ law.provisions|listing('unit') }}){% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if rights %}")
    b.para("{% if expression_case %}{{ _('The law has been used to punish what was said or published. This restricts rights the State has undertaken to respect') }}"
           "{% else %}{{ _('This conduct harms rights the State has a duty to protect, including against private persons') }}{% endif %}:")
    b.tag("{%p endif %}")
    b.tag("{%p for right in rights %}")
    b.bullet("{{ right }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('What we are asking for') }}")
    b.tag("{%p if asks is missing %}")
    b.para("{{ asks }}")
    b.tag("{%p endif %}")
    b.tag("{%p for ask in asks %}")
    b.bullet("{{ ask }}")
    b.tag("{%p endfor %}")

    b.tag("{%p if quote %}")
    b.para("{{ quote }}", italic=True, size=12)
    b.para("- {{ person.pseudonym }}", align="right")
    b.tag("{%p endif %}")

    b.tag("{%p if background %}")
    b.heading("{{ _('Background') }}")
    b.para("{{ background }}")
    b.tag("{%p endif %}")

    b.heading("{{ _('Media contact') }}")
    b.tag("{%p if contact is missing %}")
    b.para("{{ contact }}")
    b.tag("{%p else %}")
    b.para("{% if contact.name %}{{ contact.name }}{% endif %}{% if contact.name and contact.organisation %}, {% endif %}"
           "{% if contact.organisation %}{{ contact.organisation }}{% endif %}")
    b.para("{% if contact.email %}{{ _('Email') }}: {{ contact.email }}{% endif %}"
           "{% if contact.email and contact.phone %}    {% endif %}"
           "{% if contact.phone %}{{ _('Telephone') }}: {{ contact.phone }}{% endif %}")
    b.tag("{%p endif %}")

    b.heading("{{ _('Notes to editors') }}")
    b.bullet("{% if person.named %}{{ person.pseudonym }} {{ _('is a pseudonym.') }} {% endif %}{{ _('The survivor\\'s identity is protected: do not publish the survivor\\'s name, image, voice, address, workplace, online accounts or any detail that could identify the survivor, and do not invite readers to identify the survivor.') }}")
    b.bullet("{{ _('Do not link to, embed or reproduce the posts described here: they contain the survivor\\'s personal information, and sharing them repeats the harm.') }}")
    b.bullet("{{ _('Ages, places and dates in this release are deliberately general.') }}")
    b.bullet("{{ _('Interview requests go through the media contact above. Do not contact the survivor, relatives or colleagues directly.') }}")
    b.para("{{ _('ENDS') }}", align="center", bold=True)
