"""Template: press brief (press release) with the survivor's identity removed."""

# The fixed text avoids everyday words that are also first names (the modal verb of permission, the word
# for wishing, months): a survivor called by such a name would otherwise make the scan refuse the brief.

import re

from docx.oxml.ns import qn

FILE = "press-brief.docx"
BUILDER_OPTIONS = {"serif": "Arial", "size": 11}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
           "{% if platforms %} {{ _('on %(platforms)s', platforms=platforms|listing) }}{% endif %}.", bold=True)
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
    b.bullet("{% if step.when %}{{ step.when }}{{ colon }} {% endif %}{{ step.body }}{% if step.action %} - {{ step.action }}{% endif %}"
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
    b.para("{% if not iccpr_party %}{{ _('These acts engage rights set out in the Universal Declaration of Human Rights, the standard the UN human rights experts apply to every State') }}"
           "{% elif expression_case %}{{ _('The law has been used to punish what was said or published. This restricts rights the State has undertaken to respect') }}"
           "{% else %}{{ _('This conduct harms rights the State has a duty to protect, including against private persons') }}{% endif %}:")
    b.tag("{%p endif %}")
    b.tag("{%p for right in rights %}")
    b.bullet("{{ right }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if cedaw_gr35 %}")
    b.para("{{ _('The State is a party to the Convention on the Elimination of All Forms of Discrimination against Women. Under its General Recommendation No. 35, the State must act with due diligence against gender-based violence against women by private persons, including online.') }}")
    b.tag("{%p endif %}")

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
    b.para("{% if contact.email %}{{ _('Email') }}{{ colon }} {{ contact.email }}{% endif %}"
           "{% if contact.email and contact.phone %}    {% endif %}"
           "{% if contact.phone %}{{ _('Telephone') }}{{ colon }} {{ contact.phone }}{% endif %}")
    b.tag("{%p endif %}")

    b.heading("{{ _('Notes to editors') }}")
    b.bullet("{% if person.named %}{{ person.pseudonym }} {{ _('is a pseudonym.') }} {% endif %}{{ _('The survivor\\'s identity is protected: do not publish the survivor\\'s name, image, voice, address, workplace, online accounts or any detail that could identify the survivor, and do not invite readers to identify the survivor.') }}")
    b.bullet("{{ _('Do not link to, embed or reproduce the posts described here: they contain the survivor\\'s personal information, and sharing them repeats the harm.') }}")
    b.bullet("{{ _('Ages, places and dates in this release are deliberately general.') }}")
    b.bullet("{{ _('Interview requests go through the media contact above. Do not contact the survivor, relatives or colleagues directly.') }}")
    b.para("{{ _('ENDS') }}", align="center", bold=True)
    _minimal(b)


def _minimal(b) -> None:
    """Leave out what the brief does not use, so that its package holds as few words as possible: the
    scan would refuse a brief for a survivor named like a style or a font (Strong, Shruti, Mangal)."""
    part = b.doc.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in ("stylesWithEffects", "customXml", "webSettings"):
            del part.rels[rid]
        elif rel.reltype.endswith("/theme"):
            theme = rel.target_part
            theme._blob = re.sub(rb'<a:font script="[^"]*" typeface="[^"]*"/>', b"", theme.blob)
    styles = b.doc.styles.element
    styles.remove(styles.find(qn("w:latentStyles")))
    section = b.doc.sections[0]
    roots = [b.doc.element, section.header._element, section.footer._element]
    wanted = {e.get(qn("w:val")) for root in roots for e in root.iter(f"{_W}pStyle", f"{_W}rStyle", f"{_W}tblStyle")}
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    wanted |= {sid for sid, style in by_id.items() if style.get(qn("w:default")) == "1"}
    pending = list(wanted)
    while pending:  # the styles these are based on, linked to, or followed by
        style = by_id.get(pending.pop())
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = style.find(qn(tag)) if style is not None else None
            if ref is not None and ref.get(qn("w:val")) not in wanted:
                wanted.add(ref.get(qn("w:val")))
                pending.append(ref.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in wanted:
            styles.remove(style)
