"""The Digital Services Act notice as paste-ready form text: URLs, law, explanation, notifier, statement."""

from __future__ import annotations

from typing import Any

from remedies.documents.base import Options
from remedies.documents.form_text import (
    FormBlock,
    FormField,
    Formatter,
    case_line,
    labelled,
    over_limit,
    render,
)
from remedies.knowledge.platforms import PlatformProfile


def _explanation(context: dict[str, Any], fmt: Formatter, gettext) -> tuple[str, str]:
    laws = "; ".join(str(law) for law in context["laws"]) or str(context["laws"])
    short, full = [], []
    for item in context["explanation"]:
        short.append(f"{item['url']}: {item['description']}")
        line = gettext("%(url)s, posted on %(date)s: %(description)s Harm: %(harms)s.") % {
            "url": item["url"], "date": fmt.date(item["date"]), "description": item["description"],
            "harms": fmt.listing(item["harms"])}
        if item["laws"]:
            line += " " + gettext("The content is illegal under %(laws)s.") % {"laws": "; ".join(item["laws"])}
        if item["policies"]:
            line += " " + gettext("It also breaks your terms: %(policies)s.") % {
                "policies": "; ".join(item["policies"])}
        full.append(line)
    unlawful = gettext("The content is illegal under %(laws)s.") % {"laws": laws}
    short.append(unlawful)
    full.append(unlawful)
    for report in context["police"]:
        full.append(gettext("Reported to %(body)s on %(date)s (reference %(reference)s).") % {
            "body": report["body"], "date": fmt.date(report["date"]) or "-",
            "reference": report["reference"] or "-"})
    return " ".join(short), "\n".join(full)


def notice_text(context: dict[str, Any], profile: PlatformProfile, options: Options, gettext
                ) -> tuple[str, list[str]]:
    """The .txt beside the notice, and the fields whose short version had to be cut to fit."""
    fmt = Formatter(options.locale)
    urls = [str(row["url"]) for row in context["locations"]]
    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        account_word = gettext("account")
        located.append(str(row["url"]) + (f" ({account_word} {account})" if account else ""))
    laws = "; ".join(str(law) for law in context["laws"]) or str(context["laws"])
    short_text, full_text = _explanation(context, fmt, gettext)
    notifier = context["notifier"]
    statement = str(context["good_faith"] or "")
    name, email = str(notifier["name"]), str(notifier["email"])
    block = FormBlock(gettext("Notice of illegal content (Art. 16 DSA)"), [
        FormField("url", gettext("Exact location (URLs)") + " - Art. 16(2)(b)", "\n".join(urls),
                  "\n".join(located), cuttable=False),
        FormField("category", gettext("Law breached"), laws, laws, cuttable=False),
        FormField("description", gettext("Why the content is illegal") + " - Art. 16(2)(a)", short_text,
                  full_text),
        FormField("name", gettext("Notifier's name") + " - Art. 16(2)(c)", name, name, cuttable=False),
        FormField("email", gettext("Notifier's email") + " - Art. 16(2)(c)", email, email, cuttable=False),
        FormField("statement", gettext("Good-faith statement") + " - Art. 16(2)(d)", statement, statement,
                  cuttable=False),
    ])
    title = gettext("Paste-ready text: notice of illegal content to %(platform)s") % {"platform": profile.name}
    preamble = [case_line(context, fmt, gettext),
                labelled(gettext("File at"),
                         profile.dsa_notice_url or profile.report_url or gettext("the in-app Report option")),
                gettext("Counts are characters, spaces included.")]
    limits = profile.form_limits
    return render(title, preamble, [block], limits.of, gettext), over_limit([block], limits.of)
