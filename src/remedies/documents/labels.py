"""Translatable names for the record's controlled vocabularies, as they appear in documents."""

from __future__ import annotations

from typing import Callable, Optional

from remedies.i18n.runtime import translations

Gettext = Callable[[str], str]


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is used."""
    return message


HARMS = {
    "doxxing": N_("Doxxing (publication of identity information)"),
    "harassment": N_("Harassment"),
    "threats": N_("Threats of violence"),
    "stalking": N_("Stalking"),
    "impersonation": N_("Impersonation"),
    "hate_speech": N_("Hate speech"),
    "ncii": N_("Non-consensual intimate imagery"),
    "defamation": N_("Defamation"),
    "surveillance": N_("Surveillance"),
    "account_takeover": N_("Account takeover"),
    "arrest_for_expression": N_("Arrest for expression"),
}

PLATFORMS = {
    "x": N_("X (formerly Twitter)"),
    "facebook": N_("Facebook"),
    "instagram": N_("Instagram"),
    "threads": N_("Threads"),
    "youtube": N_("YouTube"),
    "tiktok": N_("TikTok"),
    "telegram": N_("Telegram"),
    "reddit": N_("Reddit"),
    "whatsapp": N_("WhatsApp"),
    "linkedin": N_("LinkedIn"),
    "other": N_("Other platform"),
}

RESPONDENT_KINDS = {
    "private_individual": N_("Private individual"),
    "state_actor": N_("State actor"),
    "non_state_group": N_("Non-State group"),
    "company": N_("Company"),
}

CAPTURED_BY = {
    "victim": N_("the applicant"),
    "submitter": N_("the submitter"),
    "other": N_("another person"),
}

# What happened to an evidence file (evidence[].custody[].action), as the evidence annex says it.
CUSTODY_ACTIONS = {
    "captured": N_("captured"),
    "received": N_("received"),
    "hashed": N_("hashed"),
    "verified": N_("verified"),
    "copied": N_("copied"),
    "exported": N_("exported"),
    "bundled": N_("shown in an exhibit bundle"),
}


SEXES = {
    "female": N_("Female"),
    "male": N_("Male"),
    "other": N_("Other"),
    "undisclosed": N_("Not disclosed"),
}

SUBMITTER_ROLES = {
    "victim": N_("the victim"),
    "lawyer": N_("lawyer for the victim"),
    "ngo": N_("non-governmental organization"),
    "family": N_("family member"),
    "other": N_("other"),
}

REMEDY_STATUSES = {
    "pending": N_("pending"),
    "decided": N_("decided"),
    "rejected": N_("rejected"),
    "appealed": N_("under appeal"),
    "exhausted": N_("exhausted"),
    "not_available": N_("not available"),
    "other": N_("other"),
}


def gettext_for(locale: str) -> Gettext:
    return translations(locale).gettext


def harm(code: str, gettext: Gettext) -> str:
    return gettext(HARMS[code])


def platform(code: str, gettext: Gettext) -> str:
    return gettext(PLATFORMS[code])


def respondent_kind(code: Optional[str], gettext: Gettext) -> Optional[str]:
    return gettext(RESPONDENT_KINDS[code]) if code else None


def captured_by(code: Optional[str], gettext: Gettext) -> Optional[str]:
    return gettext(CAPTURED_BY[code]) if code else None


def custody_action(code: str, gettext: Gettext) -> str:
    return gettext(CUSTODY_ACTIONS[code])


def sex(code: Optional[str], gettext: Gettext) -> Optional[str]:
    return gettext(SEXES[code]) if code else None


def submitter_role(code: Optional[str], gettext: Gettext) -> Optional[str]:
    return gettext(SUBMITTER_ROLES[code]) if code else None


def remedy_status(code: Optional[str], gettext: Gettext) -> Optional[str]:
    return gettext(REMEDY_STATUSES[code]) if code else None


def accounts(items, gettext: Gettext) -> list[str]:
    """Online accounts as lines: "X (formerly Twitter): @handle (https://...)"."""
    rows = []
    for account in items:
        label = platform(account.platform, gettext)
        text = f"{label}: {account.handle}" if account.handle else label
        if account.url:
            text += f" ({account.url})"
        rows.append(text)
    return rows


TREATIES = {
    "iccpr": N_("International Covenant on Civil and Political Rights"),
    "icescr": N_("International Covenant on Economic, Social and Cultural Rights"),
    "cedaw": N_("Convention on the Elimination of All Forms of Discrimination against Women"),
    "crc": N_("Convention on the Rights of the Child"),
    "crpd": N_("Convention on the Rights of Persons with Disabilities"),
    "icerd": N_("International Convention on the Elimination of All Forms of Racial Discrimination"),
    "cat": N_("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
}


def treaty(code: str, gettext: Gettext) -> str:
    return gettext(TREATIES[code]) if code in TREATIES else code
