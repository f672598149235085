"""Template: abuse report to one platform, citing the platform's own policy for each harm."""

from docxbuild import _no_split

FILE = "platform-report.docx"


def _keep_rows_whole(b) -> None:
    """Rows of the last table never break across pages (an evidence hash stays on one page)."""
    for row in b.doc.tables[-1].rows:
        _no_split(row)


def build(b) -> None:
    b.header("{{ reference }} - {{ platform.name }}", "{% if draft %}{{ _('DRAFT - CHECK BEFORE SENDING') }}{% endif %}")
    b.footer("{{ _('Report to') }} {{ platform.name }}", "{{ _('Page') }}", "{{ _('of') }}")

    b.title("{{ _('Report to') }} {{ platform.name }}")
    b.subtitle("{{ _('Abuse report: request for removal, account action and preservation of data') }}")
    b.para("{{ _('Case reference') }}{{ colon }} {{ reference }}    {{ _('Date') }}{{ colon }} {{ prepared_on|date }}", align="center")

    b.fields([
        ("{{ _('To') }}", "{{ platform.name }}{% if platform.operator %} ({{ platform.operator }}){% endif %}"),
        ("{{ _('Reported by') }}", "{{ reporter.name }}{% if reporter.organisation %}, {{ reporter.organisation }}{% endif %}"),
        ("{{ _('Contact') }}", "{{ [reporter.email, reporter.phone]|select|join('; ') }}"),
        ("{{ _('Person targeted') }}", "{{ target.name or '' }}{% for a in target.accounts %}\n{{ _('Own account on') }} {{ platform.name }}{{ colon }} {{ a.handle or '' }}{% if a.url %} ({{ a.url }}){% endif %}{% endfor %}"),
        ("{{ _('Accounts reported') }}", "{% for a in accounts %}{{ a.handle or '' }}{% if a.url %} ({{ a.url }}){% endif %}{% if a.display_name %}, {{ _('shown as') }} {{ a.display_name }}{% endif %}{% if not loop.last %}\n{% endif %}{% else %}{{ _('see each incident') }}{% endfor %}"),
    ])

    b.heading("{{ _('What we ask') }}")
    b.tag("{%p for ask in asks %}")
    b.numbered("{{ ask }}")
    b.tag("{%p endfor %}")
    b.tag("{%p for p in police %}")
    b.para("{{ _('The conduct has been reported to') }} {{ p.body }}{% if p.date %} {{ _('on') }} {{ p.date|date }}{% endif %}{% if p.reference %} ({{ _('reference') }} {{ p.reference }}){% endif %}. {{ _('Please keep the data until investigators request it.') }}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Your rules that the content breaks') }}")
    b.para("{{ _('Each harm is matched to the rule of') }} {{ platform.name }} {{ _('that covers it, by the name the platform gives it.') }}")
    b.table(
        ["{{ _('Harm') }}", "{{ _('Policy of') }} {{ platform.name }}", "{{ _('What the rule covers') }}", "{{ _('Incidents') }}"],
        ["{{ p.harm_label }}",
         "{% if p.covered %}{{ p.name }}\n{{ p.url }}{% if p.report_url %}\n{{ _('Report at') }}{{ colon }} {{ p.report_url }}{% endif %}{% else %}{{ _('Not covered by the rules of') }} {{ platform.name }}{% endif %}",
         "{% if p.covered %}{{ p.summary }}{% else %}{{ p.reason }}{% endif %}",
         "{{ p.incidents|listing('unit') }}"],
        "for p in policies",
        [3.2, 5.0, 6.0, 1.8],
    )

    b.heading("{{ _('The content reported') }}")
    b.tag("{%p if incidents is missing %}")
    b.para("{{ incidents }}")
    b.tag("{%p endif %}")
    b.tag("{%p for i in incidents %}")
    b.heading("{{ _('Incident') }} {{ i.id }}{{ colon }} {{ i.date|date }}", 2)
    b.fields([
        ("{{ _('URL') }}", "{{ i.url }}"),
        ("{{ _('Account') }}", "{{ i.handle or _('not recorded') }}{% if i.profile_url %}\n{{ i.profile_url }}{% endif %}"),
        ("{{ _('Date') }}", "{{ i.date|date }}{% if i.time %}, {{ i.time }}{% endif %}"),
        ("{{ _('Harm') }}", "{{ i.harms|listing }}"),
        ("{{ _('Rules broken') }}", "{% if i.policies %}{{ i.policies|join('; ') }}{% endif %}{% if i.not_covered %}{% if i.policies %}\n{% endif %}{{ _('Not covered by the platform rules') }}{{ colon }} {{ i.not_covered|listing }}{% endif %}"),
        ("{{ _('What the content does') }}", "{{ i.description }}"),
        ("{{ _('Effect on the person targeted') }}", "{{ i.effect or '' }}"),
        ("{{ _('Evidence') }}", "{% for e in i.evidence %}{{ e.id }}{{ colon }} {{ e.description }}\nSHA-256 {{ e.sha256 }}{% if not loop.last %}\n{% endif %}{% else %}{{ _('none listed') }}{% endfor %}"),
    ], widths=(4.0, 12.0))
    _keep_rows_whole(b)
    b.tag("{%p if i.laws %}")
    b.para("{{ _('The content is also unlawful under') }} {{ i.laws|join('; ') }}.")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")

    b.heading("{{ _('Evidence kept') }}")
    b.para("{{ _('Copies are kept with their SHA-256 hashes and can be provided on request.') }}")
    b.table(
        ["{{ _('Exhibit') }}", "{{ _('Description') }}", "{{ _('File and SHA-256 hash') }}", "{{ _('Captured') }}", "{{ _('Source') }}"],
        ["{{ e.id }}", "{{ e.description }}", "{{ e.file or '' }}\n{{ e.sha256 }}",
         "{{ e.captured_at|datetime if e.captured_at else '' }}",
         "{{ e.source_url or '' }}{% if e.archive_url %}\n{{ _('Archived') }}{{ colon }} {{ e.archive_url }}{% endif %}"],
        "for e in exhibits",
        [1.5, 3.6, 5.0, 2.9, 3.5],
        size=8,
    )

    # The notes for the lawyer are not part of the filing: dropped whole under --final.
    b.tag("{%p if draft %}")
    b.heading("{{ _('Filing notes (remove before sending)') }}")
    b.bullet("{{ _('Report at') }}{{ colon }} {{ platform.report_url or _('the in-app Report option') }}{% if platform.report_route %}. {{ platform.report_route }}{% endif %}")
    b.tag("{%p if platform.dsa_notice_url %}")
    b.bullet("{{ _('In the EU, a formal illegal-content notice can be filed at') }} {{ platform.dsa_notice_url }}.")
    b.tag("{%p endif %}")
    b.bullet("{{ _('The form takes text, not attachments: paste from the .txt file beside this document (short and full versions, with character counts).') }}")
    b.tag("{%p for p in unconfirmed %}")
    b.bullet("{{ _('Check the policy name against the live page before filing') }}{{ colon }} {{ p.name }} ({{ p.url }}).")
    b.tag("{%p endfor %}")
    b.tag("{%p if not platform.has_data %}")
    b.bullet("{{ _('No policy data for this platform: name the site\\'s own rules by hand.') }}")
    b.tag("{%p endif %}")
    b.bullet("{{ _('Platform policies checked on') }} {{ platform.checked_on|date if platform.checked_on else _('(not recorded)') }}.")
    b.tag("{%p endif %}")
