"""Controlled vocabularies of the incident record, each value documented."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Iterable, Mapping, Optional

HARMS: dict[str, str] = {
    "doxxing": "publishing a person's identity information, such as home address or phone number",
    "harassment": "repeated abusive, insulting or intimidating conduct",
    "threats": "threats of violence or of other harm",
    "stalking": "following, monitoring or contacting a person so as to cause fear or distress",
    "impersonation": "posing as the person, for example with a fake account",
    "hate_speech": "attacks on the person for a protected characteristic",
    "ncii": "sharing or threatening to share intimate images without consent",
    "defamation": "false statements of fact that damage the person's reputation",
    "surveillance": "covert monitoring of the person's devices, accounts or movements",
    "account_takeover": "taking control of the person's accounts",
    "arrest_for_expression": "arrest, charge or detention for what the person said or published",
}

PLATFORMS: dict[str, str] = {
    "x": "X (formerly Twitter)",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "telegram": "Telegram",
    "reddit": "Reddit",
    "whatsapp": "WhatsApp",
    "linkedin": "LinkedIn",
    "other": "another platform or website",
}

SUBMITTER_ROLES = ("victim", "lawyer", "ngo", "family", "other")
RESPONDENT_KINDS = ("private_individual", "state_actor", "non_state_group", "company")
SEXES = ("female", "male", "other", "undisclosed")
NAME_IN_PUBLIC_REPORTS = ("full", "initials", "withheld")
REMEDY_STATUSES = ("pending", "decided", "rejected", "appealed", "exhausted", "not_available", "other")
CAPTURED_BY = ("victim", "submitter", "other")
# Who did what an incident describes (incidents[].actor).
INCIDENT_ACTORS = ("victim", "respondent", "authority")
# What happened to an evidence file, in its chain of custody (evidence[].custody[].action).
CUSTODY_ACTIONS = ("captured", "received", "hashed", "verified", "copied", "exported", "bundled")
# How the respondent is related to the victim (respondents[].relationship); jurisdiction profiles read it,
# e.g. the Philippines' RA 9262 covers only some of these relationships.
RELATIONSHIPS: dict[str, str] = {
    "spouse": "the victim's husband or wife",
    "former_spouse": "the victim's former husband or wife",
    "dating": "a person the victim is dating or has dated",
    "sexual": "a person with whom the victim has or had a sexual relationship",
    "common_child": "a person with whom the victim has a child",
    "parent": "the victim's parent or step-parent",
    "family_member": "another relative of the victim",
    "household_member": "a person living in the victim's household",
    "colleague": "a colleague, employer or employee",
    "acquaintance": "a person the victim knows",
    "stranger": "a person the victim does not know",
    "unknown": "not known (an anonymous account)",
    "other": "another relationship (describe it in relationship_to_victim)",
}
# What a domestic step was (legal.domestic_remedies[].kind); a step without a kind whose body or action
# names the police is read as a police report, so older records keep working.
DOMESTIC_STEP_KINDS: dict[str, str] = {
    "police_report": "a report to the police",
    "platform_report": "a report to the platform that hosts the content",
    "regulator_report": "a report or complaint to a regulator such as an online safety commission",
    "court": "a court application or case",
    "prosecution": "a prosecution or charge",
    "other": "another step",
}
WGAD_CATEGORIES = ("I", "II", "III", "IV", "V")
# The grounds of WGAD category V (data/un/wgad_categories.yaml, categories.V.grounds).
DISCRIMINATION_GROUNDS = ("birth", "national_origin", "ethnic_origin", "social_origin", "language", "religion",
                          "economic_condition", "political_or_other_opinion", "gender", "sexual_orientation",
                          "disability", "other_status")

RIGHT_PATTERN = re.compile(r"^(iccpr|udhr)-(\d{1,2})$")
ICCPR_ARTICLES = range(1, 54)
UDHR_ARTICLES = range(1, 31)

# Other names people use for a platform.
PLATFORM_ALIASES = {"twitter": "x", "x (twitter)": "x", "fb": "facebook", "meta": "facebook", "ig": "instagram",
                    "insta": "instagram", "yt": "youtube", "tg": "telegram", "wa": "whatsapp"}


def suggest(value: object, choices: Iterable[str], names: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The choice a mistyped value most likely means: `F` -> female, `Facebook` -> facebook, `Malaysia` -> MY.

    Tried in order: the same letters in another case; a name of a choice (`names`: name -> choice,
    such as country names); the only choice starting with the value; the closest spelling.
    """
    text = " ".join(str(value).split()).casefold()
    if not text or len(text) > 200:
        return None
    choices = list(choices)
    folded = {choice.casefold(): choice for choice in choices}
    if text in folded:
        return folded[text]
    by_name = {name.casefold(): choice for name, choice in (names or {}).items()}
    if text in by_name:
        return by_name[text]
    starting = [choice for choice in choices if choice.casefold().startswith(text)]
    if len(starting) == 1:
        return starting[0]
    close = difflib.get_close_matches(text, list(folded), n=1, cutoff=0.6)
    if close:
        return folded[close[0]]
    close = difflib.get_close_matches(text, list(by_name), n=1, cutoff=0.75)
    return by_name[close[0]] if close else None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country names in every shipped language (and common short forms) -> ISO code."""
    from babel import Locale

    from remedies.rendering.resources import available_locales

    found: dict[str, str] = {}
    for locale in ("en", *available_locales()):
        territories = Locale.parse(locale).territories
        for code in country_codes():
            if code in territories:
                found.setdefault(territories[code], code)
    found.update({"UK": "GB", "Britain": "GB", "England": "GB", "USA": "US", "America": "US",
                  "Vietnam": "VN", "Viet Nam": "VN", "Burma": "MM", "Holland": "NL"})
    return found


# Codes CLDR lists among territories that are not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, as CLDR (through Babel) knows them."""
    from babel import Locale

    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


@lru_cache(maxsize=1)
def mandates() -> tuple[str, ...]:
    """Keys of the Special Procedures mandates in data/un/special_procedures.yaml."""
    from remedies import data

    return tuple(data.load("un/special_procedures.yaml")["mandates"])


def check_mandate(value: str) -> str:
    if value not in mandates():
        guess = [suggest(value, mandates())] if suggest(value, mandates()) else []
        hint = f"did you mean '{guess[0]}'?" if guess else "choose from: " + ", ".join(mandates())
        raise ValueError(f"'{value}' is not a Special Procedures mandate; {hint}")
    return value


def check_right(value: str) -> str:
    match = RIGHT_PATTERN.match(value)
    if not match:
        raise ValueError("must look like iccpr-19 or udhr-19")
    treaty, article = match.group(1), int(match.group(2))
    allowed = ICCPR_ARTICLES if treaty == "iccpr" else UDHR_ARTICLES
    if article not in allowed:
        raise ValueError(f"{treaty.upper()} has no article {article}")
    return value
