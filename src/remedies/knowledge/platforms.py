"""Each platform's own policy for each harm, read from data/platforms/<platform>.yaml: a Policy or NotCovered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Optional, Union

from remedies import data
from remedies.record import vocab
from remedies.rendering.output import OutputError

FOLDER = "platforms"
FORM_FIELDS = ("url", "category", "description")
POLICY_KEYS = {"name", "url", "report_url", "summary", "source", "checked_on", "confirmed"}


class PlatformDataError(OutputError):
    """A platform data file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Policy:
    """The platform's own rule that a harm breaks, with where to read it and how to report under it."""

    platform: str
    harm: str
    name: str
    url: str
    summary: str = ""
    report_url: Optional[str] = None
    source: Optional[str] = None
    checked_on: Optional[dt.date] = None
    confirmed: bool = False

    covered = True


@dataclass(frozen=True)
class NotCovered:
    """A harm the platform's rules do not address, with the reason and the fallback route."""

    platform: str
    harm: str
    reason: str

    covered = False


Resolution = Union[Policy, NotCovered]


@dataclass(frozen=True)
class FormLimits:
    """Character limits of the reporting form's fields (None: no limit known), and where they come from."""

    url: Optional[int] = None
    category: Optional[int] = None
    description: Optional[int] = None
    note: str = ""

    def of(self, form_field: str) -> Optional[int]:
        return getattr(self, form_field, None)


@dataclass(frozen=True)
class PlatformProfile:
    """The facts about one platform that a report needs, apart from its policies."""

    platform: str
    name: str
    operator: Optional[str] = None
    eu_operator: Optional[str] = None
    terms_url: Optional[str] = None
    report_url: Optional[str] = None
    report_route: Optional[str] = None
    dsa_notice_url: Optional[str] = None
    checked_on: Optional[dt.date] = None
    form_limits: FormLimits = field(default_factory=FormLimits)
    source_file: str = ""
    has_data: bool = True


def file_of(platform: str) -> str:
    return f"{FOLDER}/{platform}.yaml"


def known_platforms() -> list[str]:
    """The record's platform ids that have a data file, in vocabulary order."""
    return [p for p in vocab.PLATFORMS if data.exists(file_of(p))]


def _raw(platform: str) -> Optional[dict[str, Any]]:
    if platform not in vocab.PLATFORMS:
        raise PlatformDataError(f"'{platform}' is not a platform of the record vocabulary")
    if not data.exists(file_of(platform)):
        return None
    content = data.load(file_of(platform))
    if not isinstance(content, dict) or not isinstance(content.get("policies"), dict):
        raise PlatformDataError(f"{data.path_of(file_of(platform))}: needs a `policies:` mapping of harms")
    return content


def profile(platform: str) -> PlatformProfile:
    """The platform's profile; a platform without a data file gets its vocabulary name and nothing else."""
    raw = _raw(platform)
    if raw is None:
        return PlatformProfile(platform=platform, name=vocab.PLATFORMS[platform], has_data=False)
    limits = raw.get("form_limits") or {}
    where = data.path_of(file_of(platform))
    for key, value in limits.items():
        if key != "note" and (key not in FORM_FIELDS or not (value is None or isinstance(value, int))):
            raise PlatformDataError(
                f"{where}: form_limits.{key}: limits are whole numbers for {', '.join(FORM_FIELDS)}")
    return PlatformProfile(
        platform=platform,
        name=raw.get("name") or vocab.PLATFORMS[platform],
        operator=raw.get("operator"),
        eu_operator=raw.get("eu_operator"),
        terms_url=raw.get("terms_url"),
        report_url=raw.get("report_url"),
        report_route=raw.get("report_route"),
        dsa_notice_url=raw.get("dsa_notice_url"),
        checked_on=raw.get("checked_on"),
        form_limits=FormLimits(**{k: v for k, v in limits.items() if k in FORM_FIELDS},
                               note=limits.get("note") or ""),
        source_file=str(where),
    )


def policy_for(platform: str, harm: str) -> Resolution:
    """The platform's policy for `harm`, or NotCovered with the reason (never nothing)."""
    if harm not in vocab.HARMS:
        raise PlatformDataError(f"'{harm}' is not a harm of the record vocabulary")
    raw = _raw(platform)
    if raw is None:
        return NotCovered(platform, harm, "no policy data for this platform yet; cite the site's own "
                                          "rule by hand")
    entry = raw["policies"].get(harm)
    where = f"{data.path_of(file_of(platform))}: policies.{harm}"
    if entry is None:
        return NotCovered(platform, harm, "the platform data file does not list this harm yet")
    if not isinstance(entry, dict):
        raise PlatformDataError(f"{where}: needs `name` and `url`, or `not_covered` with the reason")
    if "not_covered" in entry:
        return NotCovered(platform, harm, " ".join(str(entry["not_covered"] or "").split()))
    unknown = set(entry) - POLICY_KEYS
    if unknown:
        raise PlatformDataError(f"{where}: unknown key {sorted(unknown)[0]!r} "
                                f"(known: {', '.join(sorted(POLICY_KEYS))}, not_covered)")
    if not entry.get("name") or not entry.get("url"):
        raise PlatformDataError(f"{where}: needs `name` and `url`, or `not_covered` with the reason")
    return Policy(
        platform=platform,
        harm=harm,
        name=str(entry["name"]),
        url=str(entry["url"]),
        summary=" ".join(str(entry.get("summary") or "").split()),
        report_url=entry.get("report_url"),
        source=entry.get("source"),
        checked_on=entry.get("checked_on"),
        confirmed=bool(entry.get("confirmed")),
    )


def policies_for(platform: str, harms: list[str]) -> list[Resolution]:
    """One resolution per harm, in the order given, without repeats."""
    return [policy_for(platform, harm) for harm in dict.fromkeys(harms)]
