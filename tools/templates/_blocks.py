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
