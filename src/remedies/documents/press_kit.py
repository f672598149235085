"""Press kit: the release, a fact sheet, questions and answers, a timeline, social posts and notes to
editors, in one zip; a redaction report beside it. Every piece goes through the press brief's redactor,
and the finished zip through the fail-closed scan (press_kit_scan) before anything is written."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections import OrderedDict
from typing import Any, Optional

from remedies import data
from remedies.checks.redaction import Redactor
from remedies.checks.redaction.dates import month_year
from remedies.documents import labels, press_brief
from remedies.documents import press_kit_posts as social
from remedies.documents import press_kit_timeline as timeline
from remedies.documents.base import Bundle, Draft, DocumentType, Options, Renderer, properties
from remedies.documents.press_kit_scan import KitFinding, KitLeak, verify as verify_kit
from remedies.record.model import Record
from remedies.rendering import missing
from remedies.rendering.formats import list_text
from remedies.rendering.missing import Missing
from remedies.rendering.scripts import conventions

NAME = "press-kit"
N_ = labels.N_
SUB_JUDICE = "press/sub_judice.yaml"
REPORT_SUFFIX = "-redaction-report.txt"
# Up to this many incidents, the fact sheet and the timeline show each; beyond, one line a month.
DETAIL_LIMIT = 8

RELEASE, FACT_SHEET, ANSWERS = "press-release.docx", "fact-sheet.docx", "questions-and-answers.txt"
TIMELINE_PNG, TIMELINE_SVG, TIMELINE_TEXT = "timeline.png", "timeline.svg", "timeline.txt"
POSTS, NOTES = "social-posts.txt", "notes-to-editors.txt"

QUESTIONS = OrderedDict([
    ("what", N_("What happened?")),
    ("when", N_("When did it start, and is it still going on?")),
    ("who", N_("Who is responsible?")),
    ("done", N_("What has been done so far?")),
    ("law", N_("What law is at issue?")),
    ("asks", N_("What are you asking for?")),
    ("impact", N_("How has this affected the survivor?")),
    ("platforms", N_("Have the platforms acted?")),
    ("interview", N_("Can we interview the survivor?")),
])
NO_ANSWER = N_("[The record gives no answer to this question: ask the media contact.]")
BEGAN_CONTINUING = N_("It began in %(month)s and is still going on.")
BEGAN = N_("It began in %(month)s.")
WHO_KNOWN = N_("As far as is known: %(kinds)s.")
INTERVIEW = N_("Requests go through the media contact. Do not contact the survivor, relatives or colleagues directly.")

NUMBERS = {
    "incidents": N_("Incidents recorded"),
    "platforms": N_("Platforms involved"),
    "months": N_("Months from the first to the latest incident"),
    "steps": N_("Steps taken with the authorities"),
    "evidence": N_("Items of evidence preserved"),
}

TITLE_ANSWERS = N_("Questions and answers for journalists")
TITLE_TIMELINE = N_("Timeline")
TITLE_POSTS = N_("Social media posts")
TITLE_NOTES = N_("Notes to editors: protecting the survivor")
POST_COUNT = N_("%(platform)s: %(length)s of %(limit)s, counted as the platform counts")
NOTE_PSEUDONYM = N_("%(pseudonym)s is a pseudonym.")
NOTE_IDENTITY = N_("Do not publish the survivor's name, image, voice, address, workplace or online accounts, "
                   "or anything else that could identify the survivor.")
NOTE_JIGSAW = N_("Jigsaw identification: details that are harmless alone can identify the survivor together "
                 "(an age, a neighbourhood, a job, the date of a post). Do not combine what this kit says with "
                 "details from other reports, and do not add any.")
NOTE_CONSENT = N_("Consent: the survivor agreed to this press release. That is not consent to be contacted, "
                  "photographed, filmed or named, or to any other use.")
NOTE_WORDS = N_("Words: this kit says \"survivor\". Use that word unless the survivor prefers another; ask "
                "through the media contact.")
NOTE_SUB_JUDICE = N_("Proceedings are pending. Under %(law)s, %(provision)s, publishing anything that prejudges "
                     "an issue in pending court proceedings, or risks prejudicing them, can be contempt of "
                     "court. Report the facts in this kit; do not predict the outcome or comment on the evidence.")
NOTE_UNCONFIRMED = N_("This reference has not been confirmed: check it with a lawyer before publishing.")
NOTE_SUB_JUDICE_ANY = N_("Proceedings are pending. In many countries, comment that could prejudice pending "
                         "proceedings is contempt of court: check the local law with a lawyer before publishing.")
# Reused from the press brief (already translated).
NOTE_LINKS = N_("Do not link to, embed or reproduce the posts described here: they contain the survivor's "
                "personal information, and sharing them repeats the harm.")
NOTE_GENERAL = N_("Ages, places and dates in this release are deliberately general.")


def refusal(record: Record) -> Optional[str]:
    reason = press_brief.refusal(record)
    return reason.replace("press brief", "press kit", 2) if reason else None


def posts_allowed(record: Record) -> bool:
    consent = record.victim.consent
    return consent is not None and consent.social_posts is True


def pending(record: Record) -> bool:
    return any(remedy.status == "pending" for remedy in record.legal.domestic_remedies)


class _Ledger:
    """What the kit takes from the record, field by field, and which members use it: the report's source."""

    def __init__(self, redactor: Redactor):
        self.redactor = redactor
        self.uses: "OrderedDict[str, tuple[str, set[str]]]" = OrderedDict()
        self.generalised: "OrderedDict[str, tuple[str, set[str]]]" = OrderedDict()
        self.left_out: list[tuple[str, str]] = []

    def use(self, path: str, value: Any, *members: str) -> Any:
        """`value` redacted; the field is remembered with the members that show it."""
        if isinstance(value, str) and value:
            _, seen = self.uses.setdefault(path, (value, set()))
            seen.update(members)
            return self.redactor.text(value)
        return value

    def general(self, path: str, how: str, *members: str) -> None:
        _, seen = self.generalised.setdefault(path, (how, set()))
        seen.update(members)


def build(record: Record, options: Options) -> Draft:
    gettext = labels.gettext_for(options.locale)
    locale = options.locale
    release = press_brief.build(record, options)
    redactor = Redactor(record, gettext)
    ledger = _Ledger(redactor)
    notes = list(release.notes)
    everywhere = (RELEASE, FACT_SHEET, ANSWERS, TIMELINE_PNG, TIMELINE_SVG, TIMELINE_TEXT)
    press, victim = record.press, record.victim

    def when(value: dt.date) -> str:
        return month_year(value, locale, redactor.leaks)

    numbered = sorted(enumerate(record.incidents, start=1), key=lambda p: (p[1].date, p[1].time or dt.time()))
    harms_of = {n: [labels.harm(h, gettext) for h in i.harms] for n, i in numbered}
    platform_of = {n: labels.platform(i.platform, gettext) if i.platform else None for n, i in numbered}

    # The press release's own fields, for the report (the release redacts them itself).
    for path, value in (("press.headline", press.headline), ("press.summary", press.summary),
                        ("press.quote", press.quote), ("press.background", press.background),
                        ("victim.occupation", victim.occupation)):
        ledger.use(path, value, RELEASE)
    for index, message in enumerate(press.key_messages, start=1):
        ledger.use(f"press.key_messages[{index}]", message, RELEASE)
    if press.contact:
        for name in ("name", "organisation", "email", "phone"):
            ledger.use(f"press.contact.{name}", getattr(press.contact, name), RELEASE, FACT_SHEET)
    for index, remedy in enumerate(record.legal.domestic_remedies, start=1):
        for name in ("body", "action", "outcome"):
            ledger.use(f"legal.domestic_remedies[{index}].{name}", getattr(remedy, name), RELEASE, ANSWERS,
                       TIMELINE_PNG, TIMELINE_SVG, TIMELINE_TEXT)
    if victim.date_of_birth or victim.is_minor:
        ledger.general("victim.date_of_birth", "an age range (for example 30-39), never the date or the age",
                       RELEASE)
    if victim.address:
        ledger.general("victim.address", "the country only", RELEASE)
    if record.incidents:
        ledger.general("incidents[].date", "month and year", *everywhere)
    if any(r.date for r in record.legal.domestic_remedies):
        ledger.general("legal.domestic_remedies[].date", "month and year", RELEASE, ANSWERS, TIMELINE_PNG,
                       TIMELINE_SVG, TIMELINE_TEXT)
    if release.file_reference:
        ledger.general("case.reference", f"the kit's file is named after '{release.file_reference}'", "the zip")

    # Fact sheet: what happened by month, the law, the asks, the numbers.
    months: "OrderedDict[str, list]" = OrderedDict()
    by_month: "OrderedDict[str, list[int]]" = OrderedDict()
    for number, incident in numbered:
        by_month.setdefault(when(incident.date), []).append(number)
    detailed = len(numbered) <= DETAIL_LIMIT
    for month, numbers in by_month.items():
        if detailed:
            for number in numbers:
                incident = record.incidents[number - 1]
                description = ledger.use(f"incidents[{number}].description", incident.description, RELEASE,
                                         FACT_SHEET)
                months.setdefault(month, []).append({
                    "platform": platform_of[number], "harms": harms_of[number],
                    "description": description if description else Missing(f"incidents[{number}].description"),
                })
        else:  # many incidents: one line a month, so that the sheet stays one page
            months[month] = [{"platform": list_text(_distinct(platform_of[n] for n in numbers), locale, "unit"),
                              "harms": _distinct(h for n in numbers for h in harms_of[n]),
                              "description": f"\u00d7{len(numbers)}"}]
    asks = [ledger.use(f"press.asks[{i}]", ask, RELEASE, FACT_SHEET, ANSWERS, POSTS)
            for i, ask in enumerate(press.asks, start=1)]
    laws = press_brief.laws_at_issue(record)
    for index, law in enumerate(laws, start=1):
        law["name"] = ledger.use(f"legal.laws_applied[{index}].name", law["name"], RELEASE, FACT_SHEET, ANSWERS)
    dates = [incident.date for incident in record.incidents]
    span = ((max(dates).year - min(dates).year) * 12 + max(dates).month - min(dates).month + 1) if dates else 0
    counts = {
        "incidents": len(record.incidents),
        "platforms": len({i.platform for i in record.incidents if i.platform}),
        "months": span,
        "steps": len(record.legal.domestic_remedies),
        "evidence": len(record.evidence),
    }
    release_context = release.context
    fact_sheet = {
        "draft": options.draft,
        "headline": release_context["headline"],
        "dateline": release_context["dateline"],
        "months": [{"when": month, "events": events} for month, events in months.items()] or Missing("incidents"),
        "laws": laws,
        "rights": release_context["rights"],
        "asks": asks or Missing("press.asks"),
        "numbers": [{"label": gettext(NUMBERS[key]), "value": str(value)} for key, value in counts.items() if value],
        "contact": release_context["contact"],
    }

    # The timeline: incidents and the steps taken, by month, with nothing but platform, harm and body.
    events = []
    if detailed:
        for number, incident in numbered:
            label = ": ".join(p for p in (platform_of[number], list_text(harms_of[number], locale)) if p)
            events.append((incident.date, timeline.Event(when(incident.date), label)))
    else:
        for month, numbers in by_month.items():
            platforms = list_text(_distinct(platform_of[n] for n in numbers), locale, "unit")
            harms = list_text(_distinct(h for n in numbers for h in harms_of[n]), locale)
            label = f"(\u00d7{len(numbers)}) " + ": ".join(p for p in (platforms, harms) if p)
            events.append((record.incidents[numbers[0] - 1].date, timeline.Event(month, label)))
    happened = [event for _, event in events]
    for index, remedy in enumerate(record.legal.domestic_remedies, start=1):
        if remedy.date:
            body = redactor.text(remedy.body)
            action = redactor.text(remedy.action) if remedy.action else None
            events.append((remedy.date, timeline.Event(when(remedy.date), ": ".join(p for p in (body, action) if p))))
    events = [event for _, event in sorted(events, key=lambda pair: pair[0])]

    # Questions and answers, from the record; where it has no answer, the answer says so.
    no_answer = gettext(NO_ANSWER)
    first = numbered[0][1] if numbered else None
    answers: dict[str, Any] = {
        "what": release_context["summary"] or (
            "\n".join(f"- {e.when}: {e.label}" for e in happened) if happened else None),
        "when": (gettext(BEGAN_CONTINUING if record.impact.continuing else BEGAN) % {"month": when(first.date)}
                 if first else None),
        "who": (gettext(WHO_KNOWN) % {"kinds": list_text(list(dict.fromkeys(
            labels.respondent_kind(r.kind, gettext) for r in record.respondents if r.kind)), locale)}
                if any(r.kind for r in record.respondents) else None),
        "done": "\n".join(f"- {step['when'] + ': ' if step['when'] else ''}{step['body']}"
                          + (f" - {step['action']}" if step["action"] else "")
                          + (f" ({step['outcome']})" if step["outcome"] else "")
                          for step in release_context["steps"]) or None,
        "law": "\n".join(f"- {law['name']}" + (f" ({list_text(law['provisions'], locale, 'unit')})"
                                                if law["provisions"] else "") for law in laws) or None,
        "asks": "\n".join(f"- {ask}" for ask in asks) or None,
        "impact": ledger.use("impact.summary", record.impact.summary, ANSWERS),
        "platforms": None,  # the record has no field for what the platforms did
        "interview": gettext(INTERVIEW),
    }
    qa = [{"question": gettext(QUESTIONS[key]), "answer": answers[key] if answers[key] else no_answer,
           "answered": bool(answers[key])} for key in QUESTIONS]

    # Social posts, only with their own consent; hashtags that hold any part of the identity are left out.
    posts = None
    tags = []
    for index, raw in enumerate(press.hashtags, start=1):
        tag = social.hashtag(raw)
        if tag is None:
            notes.append(f"press.hashtags[{index}] is not a hashtag (no letters or digits); it is left out")
        elif redactor.leaks(tag) or redactor.leaks(social.hashtag_words(tag)):
            ledger.left_out.append((f"press.hashtags[{index}]", "holds part of the victim's identity; in no post"))
            notes.append(f"press.hashtags[{index}] holds part of the victim's identity; it is left out of the posts")
        elif tag not in tags:
            tags.append(tag)
    if posts_allowed(record):
        opening = release_context["summary"] or (release_context["key_messages"] or [None])[0]
        # Counted as pasted: an untranslated part carries its plain "[untranslated: xx]" label.
        parts = [missing.plain_notes(p) for p in (
            release_context["headline"] if isinstance(release_context["headline"], str) else None,
            opening, asks[0] if asks else None) if isinstance(p, str) and p]
        posts = [{"platform": post.platform.name, "code": post.platform.code, "text": post.text,
                  "length": post.length, "limit": post.platform.limit}
                 for post in social.posts(parts, tags)]
        empty = [post["platform"] for post in posts if not post["text"]]
        if empty:
            notes.append(f"no post could be written for {', '.join(empty)} (give press.headline)")
    else:
        notes.append("victim.consent.social_posts is not true: the kit has no social media posts")
        ledger.left_out.append(("social posts", "victim.consent.social_posts is not true; no posts in the kit"))

    # Notes to editors.
    person = release_context["person"]
    editor_notes = []
    if person["named"]:
        editor_notes.append(gettext(NOTE_PSEUDONYM) % {"pseudonym": person["pseudonym"]})
    editor_notes += [gettext(NOTE_IDENTITY), gettext(NOTE_JIGSAW), gettext(NOTE_CONSENT), gettext(NOTE_WORDS),
                     gettext(NOTE_LINKS), gettext(NOTE_GENERAL)]
    if pending(record):
        editor_notes.append(_sub_judice(record, gettext))
    editor_notes.append(gettext(INTERVIEW))

    # The draft's context is the fact sheet's (the kit's own template); the other members are under "kit".
    kit = {
        "release": release_context,
        "release_properties": release.properties,
        "fact_sheet_properties": properties(record, options, title=release.properties.title),
        "qa": redactor.deep(qa),
        "timeline": [timeline.Event(redactor.text(e.when), redactor.text(e.label)) for e in events],
        "posts": posts,
        "editor_notes": redactor.deep(editor_notes),
        "headline": release_context["headline"],
        "contact": release_context["contact"],
        "rtl": conventions(locale).rtl,
        "titles": {key: gettext(value) for key, value in (("answers", TITLE_ANSWERS), ("timeline", TITLE_TIMELINE),
                                                          ("posts", TITLE_POSTS), ("notes", TITLE_NOTES))},
        "post_count": gettext(POST_COUNT),
        "ledger": ledger,
        "reference": release.file_reference or record.case.reference,
    }
    context = redactor.deep(fact_sheet) | {"draft": options.draft, "kit": kit}
    checks = list(release.checks) + ["press kit: every member and the zip itself are scanned before anything "
                                     "is written; a redaction report is written beside the zip"]
    return Draft(context=context, properties=release.properties, missing=release.missing, notes=notes,
                 checks=checks, file_reference=release.file_reference, template=None)


def _distinct(values) -> list:
    return [value for value in dict.fromkeys(values) if value]


def _sub_judice(record: Record, gettext) -> str:
    code = record.case.court_jurisdiction
    table = data.load(SUB_JUDICE)["jurisdictions"]
    entry = table.get(code) if code else None
    if entry is None:
        return gettext(NOTE_SUB_JUDICE_ANY)
    text = gettext(NOTE_SUB_JUDICE) % {"law": entry["law"], "provision": entry["provision"]}
    return text if entry.get("confirmed") else f"{text} {gettext(NOTE_UNCONFIRMED)}"


# ---- assembling the zip ---------------------------------------------------------------------------------

def _plain(value: Any) -> str:
    if isinstance(value, Missing):
        return f"[{value.path}]"
    return missing.plain_notes(str(value))


def _headline(context: dict) -> str:
    headline = context["headline"]
    return _plain(headline) if isinstance(headline, str) else ""


def _answers_text(context: dict) -> str:
    lines = [context["titles"]["answers"], _headline(context), ""]
    for number, item in enumerate(context["qa"], start=1):
        lines += [f"{number}. {item['question']}", _plain(item["answer"]), ""]
    return "\n".join(lines)


def _posts_text(context: dict) -> str:
    lines = [context["titles"]["posts"], ""]
    for post in context["posts"]:
        lines.append("== " + context["post_count"] % {"platform": post["platform"], "length": post["length"],
                                                       "limit": post["limit"]} + " ==")
        lines += [_plain(post["text"]), ""]
    return "\n".join(lines)


def _notes_text(context: dict) -> str:
    lines = [context["titles"]["notes"], ""] + [f"- {_plain(note)}" for note in context["editor_notes"]]
    contact = context["contact"]
    if isinstance(contact, dict):
        lines += ["", ", ".join(_plain(v) for v in (contact.get("name"), contact.get("organisation"),
                                                    contact.get("email"), contact.get("phone")) if v)]
    return "\n".join(lines) + "\n"


def members(draft: Draft, locale: str, render: Renderer) -> list[tuple[str, bytes]]:
    context = draft.context["kit"]
    events = [timeline.Event(_plain(e.when), _plain(e.label)) for e in context["timeline"]]
    png, svg = timeline.draw(context["titles"]["timeline"], events, rtl=context["rtl"])
    found = [
        (RELEASE, render(press_brief.DOCUMENT.template, context["release"], context["release_properties"])),
        (FACT_SHEET, render(DOCUMENT.template, draft.context, context["fact_sheet_properties"])),
        (ANSWERS, _answers_text(context).encode("utf-8")),
        (TIMELINE_PNG, png),
        (TIMELINE_SVG, svg),
        (TIMELINE_TEXT, timeline.text(context["titles"]["timeline"], events).encode("utf-8")),
    ]
    if context["posts"] is not None:
        found.append((POSTS, _posts_text(context).encode("utf-8")))
    found.append((NOTES, _notes_text(context).encode("utf-8")))
    return found


def zipped(found: list[tuple[str, bytes]], on: dt.date) -> bytes:
    """A zip with fixed dates and modes and no comment: the same kit gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, content in found:
            info = zipfile.ZipInfo(name, date_time=(on.year, on.month, on.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            package.writestr(info, content)
    return buffer.getvalue()


def report(draft: Draft, found: list[tuple[str, bytes]]) -> str:
    """For the advocate, beside the zip: what was removed or generalised, by kind and where."""
    context = draft.context["kit"]
    ledger: _Ledger = context["ledger"]
    redactor = ledger.redactor
    names = [name for name, _ in found]
    lines = [
        f"Redaction report for the press kit {context['reference']}",
        "For the advocate only. Keep it with the case file; never send it with the kit.",
        "It says what was removed from the record's text or generalised, by kind and where, so that a",
        "person can check the kit before it is sent. It never repeats what was removed.",
        "",
        f"The kit holds: {', '.join(names)}.",
        "",
        "Removed (the record's field: what was found in it -> what the kit says instead; in which members)",
    ]
    removed = 0
    for path, (value, seen) in ledger.uses.items():
        shown = [name for name in names if name in seen]
        if not shown:
            continue
        kinds = OrderedDict()
        for hit in redactor.matcher.find(value):
            kinds.setdefault(hit.term.describe(), redactor.replacement(hit.term))
        for what, replacement in kinds.items():
            removed += 1
            lines.append(f"- {path}: {what} -> \"{replacement}\"; in {', '.join(shown)}")
    if not removed:
        lines.append("- nothing: no field the kit uses holds an identifying term of the record")
    lines += ["", "Generalised"]
    for path, (how, seen) in ledger.generalised.items():
        shown = [name for name in names if name in seen] or sorted(seen)
        lines.append(f"- {path}: {how}; in {', '.join(shown)}")
    if len(lines) and lines[-1] == "Generalised":
        lines.append("- nothing")
    lines += ["", "Left out"]
    lines += [f"- {path}: {why}" for path, why in ledger.left_out] or ["- nothing"]
    lines += ["", "Never used in the kit: the victim's names, contact details, identity documents, address, "
              "accounts and family; incident and evidence links and files; respondents' names and accounts.",
              "",
              f"Checked: every member above, the member names and the zip comment were scanned for the "
              f"{len(redactor.matcher)} identifying terms of the record; nothing was found (otherwise nothing "
              "would have been written).",
              "Still to check by a person: a nickname, a transliteration or a detail the record does not hold "
              "as identifying (add it to press.also_redact), and whether details together identify her.",
              ""]
    return "\n".join(lines)


def assemble(draft: Draft, locale: str, render: Renderer) -> Bundle:
    found = members(draft, locale, render)
    text = report(draft, found)
    # The report is the advocate's, but it may be forwarded by mistake: it never holds the identity either.
    hits = draft.context["kit"]["ledger"].redactor.matcher.find(text)
    if hits:
        raise KitLeak([KitFinding(hit.term.describe(), "the redaction report", "", "text") for hit in hits[:1]],
                      "the press kit was not written")
    return Bundle(data=zipped(found, _prepared_on(draft)), members=found,
                  companions=[(REPORT_SUFFIX, text.encode("utf-8"))])


def _prepared_on(draft: Draft) -> dt.date:
    return dt.date.fromisoformat(draft.properties.date)


def verify(data_: bytes, record: Record) -> None:
    verify_kit(data_, record)


DOCUMENT = DocumentType(
    name=NAME,
    title="Press kit",
    summary="Press release, fact sheet, questions and answers, timeline, social posts and notes to editors, "
            "all redacted, in one zip (checked before writing)",
    template=FACT_SHEET,
    build=build,
    refusal=refusal,
    verify=verify,
    # The release inside the kit is the press brief, rendered from its own template (and checked as its).
    assemble=assemble,
    companions=(REPORT_SUFFIX,),
)
