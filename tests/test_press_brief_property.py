"""Property: generated names, handles and telephone numbers planted in free text never reach a written brief."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from hypothesis import example, HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SAMPLE
from docxtext import document_text, package_parts
from remedies import drafting
from remedies.record import load
from remedies.record.model import Record
from remedies.i18n.extract import messages

BASE = load(SAMPLE).record.model_dump(mode="json", by_alias=True, exclude_none=True)
# Words of the template's own text: a name equal to one of them makes the scan refuse the brief, by design.
TEMPLATE_WORDS = {w for m in messages(ROOT / "templates" / "press-brief.docx")
                  for w in re.findall(r"\w+", m.lower())}

ACCENTED = {"a": "áàâ", "e": "éèễ", "i": "íî", "o": "óöô", "u": "úü"}
syllable = st.tuples(st.sampled_from("bdghklmnprstvz"), st.sampled_from("aeiou")).map("".join)
plain_part = st.lists(syllable, min_size=2, max_size=3).map(lambda s: "".join(s).capitalize())


@st.composite
def name_part(draw):
    part = draw(plain_part)
    if draw(st.booleans()):  # one vowel with a diacritic, as in Nguyễn or José
        index = draw(st.sampled_from([i for i, c in enumerate(part) if c.lower() in ACCENTED]))
        part = part[:index] + draw(st.sampled_from(ACCENTED[part[index].lower()])) + part[index + 1:]
        part = part.capitalize()
    return part


PHONE_FORMS = {
    "SG": lambda d: "+65 9" + d[:7],
    "GB": lambda d: "+44 7700 9" + d[:5],
    "US": lambda d: "+1 202 555 0" + d[:3],
    "IN": lambda d: "+91 98" + d[:8],
}


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@st.composite
def case(draw):
    given_parts = draw(st.lists(name_part(), min_size=1, max_size=2, unique=True))
    family = draw(name_part())
    parts = given_parts + [family]
    assume(len({plain(p).lower() for p in parts}) == len(parts))
    assume(all(plain(p).lower() not in TEMPLATE_WORDS for p in parts))
    given = " ".join(given_parts)
    handle = f"{plain(given_parts[0]).lower()}_{plain(family).lower()}{draw(st.integers(1, 99))}"
    region = draw(st.sampled_from(sorted(PHONE_FORMS)))
    phone = PHONE_FORMS[region](draw(st.text("0123456789", min_size=8, max_size=8)))
    number = phonenumbers.parse(phone, None)
    assume(phonenumbers.is_possible_number(number))

    name_variants = [
        f"{given} {family}", f"{family.upper()} {given.upper()}", f"{given}-{family}".lower(),
        plain(f"{given} {family}"), f"{family},  {given}", given.replace(given[1], given[1] + "\u200b", 1),
        f"{family[:2]}\u00ad{family[2:]}", f"{given_parts[0][0]}. {family}",
    ]
    handle_variants = [f"@{handle}", handle, f"https://x.com/{handle}", handle.upper(), f"(@{handle})"]
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.national_significant_number(number)
    phone_variants = [
        phonenumbers.format_number(number, fmt.E164), phonenumbers.format_number(number, fmt.INTERNATIONAL),
        phonenumbers.format_number(number, fmt.NATIONAL), f"00{number.country_code} {national}",
        "-".join(re.findall(r"\d{1,4}", national)), ".".join(national),
    ]
    planted = [draw(st.sampled_from(name_variants)), draw(st.sampled_from(handle_variants)),
               draw(st.sampled_from(phone_variants))]
    where = draw(st.sampled_from(["summary", "quote", "background", "description", "key_message"]))
    return {"given": given, "family": family, "parts": parts, "handle": handle, "phone": phone,
            "national": national, "planted": planted, "where": where}


def record_for(c) -> Record:
    sentence = f"Reported by {c['planted'][0]} ({c['planted'][1]}) who was called on {c['planted'][2]} at night."
    data = {**BASE}
    data["victim"] = {**BASE["victim"], "given_names": c["given"], "family_name": c["family"],
                      "other_names": [], "phone": c["phone"],
                      "online_accounts": [{"platform": "x", "handle": "@" + c["handle"],
                                           "url": f"https://x.com/{c['handle']}"}]}
    press = {**BASE["press"]}
    incidents = [dict(i) for i in BASE["incidents"]]
    if c["where"] == "description":
        incidents[0]["description"] = sentence
    elif c["where"] == "key_message":
        press["key_messages"] = [sentence]
    else:
        press[c["where"]] = sentence
    data["press"], data["incidents"] = press, incidents
    return Record.model_validate(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(case())
def test_no_planted_variant_survives_into_a_written_brief(tmp_path_factory, c):
    record = record_for(c)
    out = tmp_path_factory.mktemp("brief")
    jobs = drafting.plan(record, ["press-brief"], ["en"])
    drafting.write(jobs, record, out, force=False)  # raises RedactionLeak if the scan finds anything
    written = jobs[0].path
    text = document_text(written) + "\n" + package_parts(written)["docProps/core.xml"].decode()
    folded = plain(text.replace("\u200b", "").replace("\u00ad", "")).casefold()
    # Adjacent identifiers that overlap are replaced together, as the longest of them.
    assert re.search(r"Reported by (Ms A|\[account removed\])", text), text
    for part in c["parts"]:
        assert not re.search(rf"\b{re.escape(plain(part).casefold())}\b", folded), part
    assert plain(c["handle"]).casefold() not in re.sub(r"[^\w]", "", folded)
    digits = re.sub(r"(?<=\d)[\s\-.()/]+(?=\d)", "", text)
    assert c["national"] not in digits


# ---- every class of disguise: invisibles, confusables, digits of every script, glued tokens, dates ----

import datetime as dt  # noqa: E402

from babel.dates import format_date  # noqa: E402

from remedies.checks.redaction.normalise import _confusables, default_ignorable  # noqa: E402
from remedies.rendering.resources import available_locales  # noqa: E402

IGNORABLE = sorted(default_ignorable())
LOOKALIKE: dict[str, list[str]] = {}
for _char, _target in sorted(_confusables().items()):
    if len(_target) == 1:
        LOOKALIKE.setdefault(_target, []).append(_char)
# The zero of every script with decimal digits (Arabic-Indic, Devanagari, Thai, Myanmar, fullwidth ...).
ZEROS = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0
         and all(unicodedata.decimal(chr(c + k), -1) == k for k in range(10))]
WIDTHS = ("short", "medium", "long", "full")


def _script_digits(text: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)


@st.composite
def disguised(draw):
    given, family = draw(plain_part), draw(plain_part)
    assume(given.lower() != family.lower())
    assume(all(p.lower() not in TEMPLATE_WORDS for p in (given, family)))
    born = draw(st.dates(dt.date(1950, 1, 1), dt.date(2006, 12, 31)))
    national = "9" + draw(st.text("0123456789", min_size=7, max_size=7))
    kind = draw(st.sampled_from(["invisible", "confusable", "digits", "glued", "date"]))
    if kind == "invisible":
        marks = draw(st.lists(st.sampled_from(IGNORABLE), min_size=1, max_size=3))
        at = draw(st.integers(1, len(family) - 1))
        planted = f"{given} {family[:at]}{''.join(marks)}{family[at:]}"
        removed = set(marks)
    elif kind == "confusable":
        letters = [i for i, c in enumerate(family) if c in LOOKALIKE]
        assume(letters)
        chosen = draw(st.lists(st.sampled_from(letters), min_size=1, max_size=3, unique=True))
        swapped = list(family)
        for i in chosen:
            swapped[i] = draw(st.sampled_from(LOOKALIKE[family[i]]))
        planted = f"{given} {''.join(swapped)}"
        removed = set()
    elif kind == "digits":
        zero = draw(st.sampled_from(ZEROS))
        planted = _script_digits(f"+65 {national[:4]} {national[4:]}", zero)
        removed = set()
    elif kind == "glued":
        planted = draw(st.sampled_from([
            f"#StandWith{given}{family}", f"#JusticeFor{given}", f"{given.lower()}{born.year}",
            f"@{given.lower()}{family.lower()}{born.year % 100:02d}", f"@real_{given.lower()}_speaks",
            f"{given.lower()}.{family.lower()}@example.net", f"https://example.net/u/{given}{family}"]))
        removed = set()
    else:
        locale = draw(st.sampled_from(available_locales()))
        planted = format_date(born, draw(st.sampled_from(WIDTHS)), locale=locale)
        if draw(st.booleans()):
            planted = planted.replace(str(born.year), str(born.year + 543))  # the Thai Buddhist year
        if draw(st.booleans()):
            planted = _script_digits(planted, draw(st.sampled_from(ZEROS)))
        removed = set()
    where = draw(st.sampled_from(["summary", "quote", "headline", "background"]))
    return {"given": given, "family": family, "born": born, "national": national, "kind": kind,
            "planted": planted, "removed": removed, "where": where}


def disguised_record(c) -> Record:
    data = {**BASE}
    data["victim"] = {**BASE["victim"], "given_names": c["given"], "family_name": c["family"], "other_names": [],
                      "phone": f"+65 {c['national']}", "date_of_birth": c["born"].isoformat(),
                      "online_accounts": [], "email": None}
    data["victim"].pop("email")
    press = {**BASE["press"]}
    press[c["where"]] = f"Statement about {c['planted']} today"
    data["press"] = press
    return Record.model_validate(data)


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in text)


@settings(max_examples=40, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(disguised())
# A year of birth that the package's own markup also holds (the XMLSchema-instance namespace, 2001).
@example(c={"given": "Vire", "family": "Meso", "born": dt.date(2001, 6, 13), "national": "99172760",
            "kind": "date", "planted": "13/6/01", "removed": set(), "where": "quote"})
def test_no_disguised_variant_survives_and_each_brief_is_written(tmp_path_factory, c):
    record = disguised_record(c)
    out = tmp_path_factory.mktemp("brief")
    jobs = drafting.plan(record, ["press-brief"], ["en"])
    drafting.write(jobs, record, out, force=False)  # raises RedactionLeak if the scan refuses the brief
    written = jobs[0].path
    assert written.exists()
    # The properties' values, not their markup: core.xml's namespace URIs hold years (XMLSchema 2001).
    core = re.sub(r"<[^>]*>", "\n", package_parts(written)["docProps/core.xml"].decode())
    text = document_text(written) + "\n" + core
    assert c["planted"] not in text
    assert "Statement about" in text
    shown = _ascii_digits("".join(ch for ch in text if ch not in c["removed"]))
    lookalike_back = {ch: t for t, chars in LOOKALIKE.items() for ch in chars}
    shown = "".join(lookalike_back.get(ch, ch) for ch in shown)
    folded = plain(shown).casefold()
    for part in (c["given"], c["family"]):
        assert not re.search(rf"(?<![^\W\d_]){re.escape(part.casefold())}(?![^\W\d_])", folded), (part, text)
    digits = re.sub(r"(?<=\d)[\s\-.()/]+(?=\d)", "", shown)
    assert c["national"] not in digits, text
    born = c["born"]
    for year in (born.year, born.year + 543):
        assert not re.search(rf"(?<!\d){year}(?!\d)", shown) or c["kind"] != "date", text
