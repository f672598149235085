"""Pydantic models of the incident record (record-format.md); the record's public contract."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache, cached_property
from typing import Annotated, Literal, Optional

import phonenumbers
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    PlainSerializer,
    PlainValidator,
    TypeAdapter,
    WithJsonSchema,
    validate_email,
)

from remedies.record import vocab
from remedies.record.languages import IDENTITY, NARRATIVE, OFFICIAL_NAME, LocalText, as_text
from remedies.record.problems import shown

RECORD_VERSIONS = (1,)

# ---- value types -----------------------------------------------------------------------------
# A record file's scalars arrive as the text typed (record/source.py); each type below says what that
# text means. Free text is declared with `Text` (narrative: may be written per language) or
# `PlainText` (names, addresses, numbers: written once), never with `str`.


def _date_text(value: object) -> object:
    # Refuse bare numbers so 20261120 is not read as seconds since 1970.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError("must be a date written as YYYY-MM-DD")
    if isinstance(value, str) and value.strip().isdigit():
        raise ValueError(f"{shown(value)} must be a date written as YYYY-MM-DD")
    return value


_TRUE, _FALSE = {"true", "yes"}, {"false", "no"}


def _flag(value: object) -> object:
    """true/false/yes/no in any case; anything else is an error that lists them."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise ValueError(f"{shown(value)} is not true or false; write true, false, yes or no")


def _whole_number(value: object) -> object:
    if isinstance(value, str):
        text = value.strip().replace("_", "")
        if text.isdigit() and len(text) <= 18:
            return int(text)
        raise ValueError(f"{shown(value)} is not a whole number such as 1")
    return value


def _check_email(value: str) -> str:
    try:
        validate_email(value)
    except Exception:
        raise ValueError(f"{shown(value)} is not a valid email address") from None
    return value


_URL = TypeAdapter(HttpUrl)


def _check_url(value: str) -> str:
    try:
        _URL.validate_python(value)
    except Exception:
        raise ValueError(f"{shown(value)} is not a valid web address (it must start with http:// or https://)") from None
    return value  # kept exactly as typed


def _check_country(value: str) -> str:
    if value not in vocab.country_codes():
        guess = vocab.suggest(value, sorted(vocab.country_codes()), vocab.country_names())
        hint = f"; did you mean '{guess}'?" if guess else ""
        raise ValueError(f"{shown(value)} is not an ISO 3166-1 alpha-2 country code such as SG or VN{hint}")
    return value


def _check_phone(value: str) -> str:
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise ValueError(
            f"{shown(value)} is not a phone number in international form (start with + and the country code)"
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"{shown(value)} is not a possible phone number")
    return value


def _check_reference(value: str) -> str:
    """Any one-line reference (KL/2026/118, RD 2026 031); file names get a safe form of it."""
    if "\n" in value or "\r" in value:
        raise ValueError("must be on one line")
    if not value.strip():
        raise ValueError("is empty; give the case a reference such as RD-2026-031")
    if not any(char.isalnum() for char in value):
        raise ValueError(f"{shown(value)} cannot name a file: a reference needs at least one letter or digit")
    if len(value) > 80:
        raise ValueError(f"is {len(value)} characters long; a reference has at most 80")
    return value


_PATTERN_WORDS = {
    "sha256": "must be a SHA-256 hash: 64 characters 0-9 and a-f",
    "id": "must be a short id of letters, digits, '-', '_' or '.', such as E1 (at most 40 characters)",
}


def _pattern(expression: str, kind: str):
    compiled = re.compile(expression)

    def check(value: str) -> str:
        if not compiled.match(value):
            raise ValueError(f"{shown(value)} {_PATTERN_WORDS[kind]}")
        return value

    return check


def _text_schema(localizable: bool) -> dict:
    # Typed unquoted, 068898 or yes is still text: editors must not flag it as a number or a boolean.
    plain = {"type": ["string", "number", "boolean"]}
    if not localizable:
        return plain
    return {"anyOf": [plain, {
        "type": "object", "minProperties": 1,
        "propertyNames": {"pattern": "^[a-z]{2,3}(_[A-Za-z0-9]+)*$"},
        "additionalProperties": {"type": ["string", "number", "boolean"]},
        "description": "The text in each language, by locale: {en: ..., fr: ...}; the first is the original."}]}


Date = Annotated[dt.date, BeforeValidator(_date_text)]
Flag = Annotated[bool, BeforeValidator(_flag), WithJsonSchema({"anyOf": [
    {"type": "boolean"}, {"type": "string", "pattern": "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo])$"}]})]
WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
# Narrative text: what happened, why, what is asked. May be written per language.
Text = Annotated[str, PlainValidator(lambda v: as_text(v, True)), WithJsonSchema(_text_schema(True)),
                 PlainSerializer(lambda v: v.texts if isinstance(v, LocalText) else v), NARRATIVE]
# Official names (statutes, provisions, courts, authorities): may be written per language; written once,
# they are used as they are in every language, without an [untranslated] note.
OfficialName = Annotated[str, PlainValidator(lambda v: as_text(v, True)), WithJsonSchema(_text_schema(True)),
                         PlainSerializer(lambda v: v.texts if isinstance(v, LocalText) else v), OFFICIAL_NAME]
# Identity text: names, addresses, numbers, handles. Written once, exactly as typed.
PlainText = Annotated[str, PlainValidator(lambda v: as_text(v, False)), WithJsonSchema(_text_schema(False)),
                      IDENTITY]
Email = Annotated[PlainText, AfterValidator(_check_email)]
Url = Annotated[PlainText, AfterValidator(_check_url)]
Country = Annotated[PlainText, AfterValidator(_check_country)]
Phone = Annotated[PlainText, AfterValidator(_check_phone)]
Sha256 = Annotated[PlainText, AfterValidator(_pattern(r"^[0-9a-fA-F]{64}$", "sha256"))]
Identifier = Annotated[PlainText, AfterValidator(_pattern(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$", "id"))]
Reference = Annotated[PlainText, AfterValidator(_check_reference)]
Harm = Literal[tuple(vocab.HARMS)]  # type: ignore[valid-type]
Platform = Literal[tuple(vocab.PLATFORMS)]  # type: ignore[valid-type]
Right = Annotated[str, AfterValidator(vocab.check_right)]
Mandate = Annotated[str, AfterValidator(vocab.check_mandate)]
Relationship = Literal[tuple(vocab.RELATIONSHIPS)]  # type: ignore[valid-type]
StepKind = Literal[tuple(vocab.DOMESTIC_STEP_KINDS)]  # type: ignore[valid-type]


class Section(BaseModel):
    """Base of every section: unknown keys are errors, never silently dropped."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


# ---- shared pieces ----------------------------------------------------------------------------


class Address(Section):
    street: Optional[PlainText] = None
    city: Optional[PlainText] = None
    region: Optional[PlainText] = None
    postal_code: Optional[PlainText] = None
    country: Optional[Country] = None


class OnlineAccount(Section):
    platform: Platform
    handle: Optional[PlainText] = None
    url: Optional[Url] = None
    display_name: Optional[PlainText] = None


class Law(Section):
    name: OfficialName
    provisions: list[OfficialName] = []
    # The provision's words, quoted exactly as the lawyer gives them (from the official text).
    text: Optional[Text] = None
    # How the authorities applied the provision to the victim: the conduct charged, by whom, with what result.
    how_applied: Optional[Text] = None


class IdDocument(Section):
    type: PlainText
    number: PlainText
    issued_by: Optional[PlainText] = None
    issued_on: Optional[Date] = None


class Person(Section):
    name: PlainText
    relationship: Optional[Text] = None
    address: Optional[Address] = None
    email: Optional[Email] = None
    phone: Optional[Phone] = None


# ---- sections ---------------------------------------------------------------------------------


class Case(Section):
    reference: Reference
    title: Optional[Text] = None
    state: Optional[Country] = None
    jurisdiction: Optional[Country] = None
    locale: str = "en"
    prepared_on: Date

    @property
    def court_jurisdiction(self) -> Optional[str]:
        return self.jurisdiction or self.state


class Consent(Section):
    to_file: Optional[Flag] = None
    name_in_public_reports: Optional[Literal[vocab.NAME_IN_PUBLIC_REPORTS]] = None  # type: ignore[valid-type]
    press_brief: Optional[Flag] = None
    # Posts for social media in the press kit: a consent of its own, since a post is shared beyond reach.
    social_posts: Optional[Flag] = None
    informed_of_government_letter: Optional[Flag] = None
    informed_of_public_report: Optional[Flag] = None
    given_on: Optional[Date] = None
    given_by: Optional[PlainText] = None


class Victim(Section):
    family_name: Optional[PlainText] = None
    given_names: Optional[PlainText] = None
    other_names: list[PlainText] = []
    pseudonym: Optional[PlainText] = None
    sex: Optional[Literal[vocab.SEXES]] = None  # type: ignore[valid-type]
    date_of_birth: Optional[Date] = None
    place_of_birth: Optional[PlainText] = None
    nationalities: list[Country] = []
    occupation: Optional[Text] = None
    employer: Optional[PlainText] = None
    id_documents: list[IdDocument] = []
    address: Optional[Address] = None
    email: Optional[Email] = None
    phone: Optional[Phone] = None
    online_accounts: list[OnlineAccount] = []
    family_members: list[Person] = []
    is_minor: Optional[Flag] = None
    litigation_representative: Optional[Person] = None
    consent: Optional[Consent] = None

    @property
    def full_name(self) -> Optional[str]:
        parts = [p for p in (self.given_names, self.family_name) if p]
        return " ".join(parts) or None


class Submitter(Section):
    name: Optional[PlainText] = None
    role: Optional[Literal[vocab.SUBMITTER_ROLES]] = None  # type: ignore[valid-type]
    organisation: Optional[PlainText] = None
    address: Optional[Address] = None
    email: Optional[Email] = None
    phone: Optional[Phone] = None
    relationship_to_victim: Optional[Text] = None
    keep_identity_confidential: Flag = True


class Respondent(Section):
    id: Identifier
    name: Optional[PlainText] = None
    kind: Optional[Literal[vocab.RESPONDENT_KINDS]] = None  # type: ignore[valid-type]
    online_accounts: list[OnlineAccount] = []
    address: Optional[Address] = None
    # The relationship in a word from the vocabulary (spouse, dating, stranger ...); the free text stays in
    # relationship_to_victim.
    relationship: Optional[Relationship] = None
    relationship_to_victim: Optional[Text] = None
    description: Optional[Text] = None
    state_affiliation: Optional[Text] = None
    basis_for_identification: Optional[Text] = None


class Incident(Section):
    id: Identifier
    date: Date
    time: Optional[dt.time] = None
    place: Optional[Text] = None
    platform: Optional[Platform] = None
    url: Optional[Url] = None
    respondent: Optional[Identifier] = None
    # Who did it: the victim (their own post), a respondent, or an authority; None: derived (Record.actor_of).
    actor: Optional[Literal[vocab.INCIDENT_ACTORS]] = None  # type: ignore[valid-type]
    authority: Optional[OfficialName] = None
    harms: list[Harm] = Field(default=[], min_length=1)
    description: Optional[Text] = None
    effect: Optional[Text] = None
    evidence: list[Identifier] = []


class CustodyEvent(Section):
    """One step in an evidence file's chain of custody: when, who, what."""

    at: AwareDatetime
    action: Literal[tuple(vocab.CUSTODY_ACTIONS)]  # type: ignore[valid-type]
    by: Optional[PlainText] = None
    note: Optional[PlainText] = None


class Evidence(Section):
    id: Identifier
    description: Optional[Text] = None
    file: Optional[PlainText] = None
    sha256: Optional[Sha256] = None
    # Size in bytes and media type (from the content, not the name), recorded by `remedies evidence add`.
    size: Optional[WholeNumber] = None
    media_type: Optional[PlainText] = None
    captured_at: Optional[AwareDatetime] = None
    # Where captured_at came from when it was not typed: "file metadata (EXIF DateTimeOriginal)".
    captured_at_from: Optional[PlainText] = None
    captured_by: Optional[Literal[vocab.CAPTURED_BY]] = None  # type: ignore[valid-type]
    source_url: Optional[Url] = None
    archive_url: Optional[Url] = None
    custody: list[CustodyEvent] = []


class Impact(Section):
    summary: Optional[Text] = None
    continuing: Optional[Flag] = None
    likely_to_continue_because: Optional[Text] = None
    urgent: Optional[Flag] = None
    urgency_reason: Optional[Text] = None


class ReliefSought(Section):
    protection_order: Optional[Flag] = None
    expedited_order: Optional[Flag] = None
    orders: list[Text] = []
    # Damages claimed, in the currency of the court (S$ in Singapore); it can decide the court's route.
    damages_claimed: Optional[float] = Field(default=None, ge=0)


class DomesticRemedy(Section):
    # What the step was: police_report, platform_report, regulator_report, court, prosecution, other.
    kind: Optional[StepKind] = None
    date: Optional[Date] = None
    body: OfficialName
    action: Optional[Text] = None
    reference: Optional[PlainText] = None
    outcome: Optional[Text] = None
    status: Optional[Literal[vocab.REMEDY_STATUSES]] = None  # type: ignore[valid-type]
    # The rights (iccpr-9 ...) this step sought to vindicate: exhaustion is judged per right. Empty: all.
    rights: list[Right] = []

    @property
    def step_kind(self) -> Optional[str]:
        """The kind, or `police_report` for an untyped step that names the police (older records)."""
        if self.kind:
            return self.kind
        words = f"{self.body} {self.action or ''}".lower()
        return "police_report" if "police" in words else None


class InternationalProcedure(Section):
    body: OfficialName
    reference: Optional[PlainText] = None
    submitted_on: Optional[Date] = None
    status: Optional[Text] = None
    ended_on: Optional[Date] = None


class Legal(Section):
    laws_applied: list[Law] = []
    rights_engaged: list[Right] = []
    domestic_remedies: list[DomesticRemedy] = []
    other_international_procedures: list[InternationalProcedure] = []


class Arrest(Section):
    date: Optional[Date] = None
    place: Optional[Text] = None
    forces: Optional[OfficialName] = None
    warrant_shown: Optional[Flag] = None
    warrant_issued_by: Optional[OfficialName] = None
    reasons_given: Optional[Text] = None
    legal_basis: list[Law] = []


class PlaceOfDetention(Section):
    place: OfficialName
    from_: Optional[Date] = Field(default=None, alias="from")
    until: Optional[Date] = None


class DetentionFacts(Section):
    since: Optional[Date] = None
    expected_duration: Optional[Text] = None
    held_by: Optional[OfficialName] = None
    places: list[PlaceOfDetention] = []
    ordered_by: Optional[OfficialName] = None
    reasons_given: Optional[Text] = None
    legal_basis: list[Law] = []


class Trial(Section):
    held: Optional[Flag] = None
    date: Optional[Date] = None
    court: Optional[OfficialName] = None
    charges: Optional[Text] = None
    sentence: Optional[Text] = None
    concerns: list[Text] = []


class Detention(Section):
    arrest: Optional[Arrest] = None
    detention: Optional[DetentionFacts] = None
    trial: Optional[Trial] = None
    health_risk: Optional[Flag] = None
    released_on: Optional[Date] = None
    categories_claimed: list[Literal[vocab.WGAD_CATEGORIES]] = []  # type: ignore[valid-type]


class UnFilings(Section):
    """Choices and explanations for the UN filings that the other sections cannot hold."""

    # Special Procedures mandates to address; empty means: the ones suggested from the record.
    mandates: list[Mandate] = []
    based_only_on_media_reports: Optional[Flag] = None
    # Why domestic remedies were not exhausted (unavailable, ineffective or unreasonably prolonged).
    remedies_not_exhausted_because: Optional[Text] = None
    # Why the complaint comes more than five years after the last domestic decision.
    delay_explained_by: Optional[Text] = None
    # For facts before the Optional Protocol entered into force: why their effects continue.
    continuing_violation: Optional[Text] = None
    # Per WGAD category (I-V): why the detention is arbitrary under it, in the submitter's words.
    category_arguments: dict[Literal[vocab.WGAD_CATEGORIES], Text] = {}  # type: ignore[valid-type]
    discrimination_grounds: list[Literal[vocab.DISCRIMINATION_GROUNDS]] = []  # type: ignore[valid-type]
    # Per right engaged (iccpr-19, ...): how the facts violate it, for the Human Rights Committee.
    violation_arguments: dict[Right, Text] = {}
    remedies_sought: list[Text] = []


class PlatformReport(Section):
    platforms: Optional[list[Platform]] = None
    dsa_notice: Flag = False
    # The EU Member State whose law the DSA notice relies on (IE, DE, FR, NL ... in dsa_member_state_law.yaml).
    dsa_member_state: Optional[Country] = None


class PressContact(Section):
    name: Optional[PlainText] = None
    organisation: Optional[PlainText] = None
    email: Optional[Email] = None
    phone: Optional[Phone] = None


class Press(Section):
    headline: Optional[Text] = None
    embargo_until: Optional[AwareDatetime] = None
    summary: Optional[Text] = None
    key_messages: list[Text] = []
    asks: list[Text] = []
    quote: Optional[Text] = None
    background: Optional[Text] = None
    contact: Optional[PressContact] = None
    also_redact: list[PlainText] = []
    # Campaign hashtags for the press kit's social posts (with or without '#'); never the victim's name.
    hashtags: list[PlainText] = []


class Record(Section):
    record_version: WholeNumber
    case: Case
    victim: Victim = Victim()
    # Other people who bring the same application with the victim (each a name, relationship, contact).
    co_claimants: list[Person] = []
    submitter: Submitter = Submitter()
    respondents: list[Respondent] = []
    incidents: list[Incident] = []
    evidence: list[Evidence] = []
    impact: Impact = Impact()
    relief_sought: ReliefSought = ReliefSought()
    legal: Legal = Legal()
    detention: Optional[Detention] = None
    un: UnFilings = UnFilings()
    platform_report: PlatformReport = PlatformReport()
    press: Press = Press()

    # Lookups by id stay linear in the record's size: positions by id, computed once. (Positions, not
    # objects, so a copy of the record made in another language finds its own items.)
    @cached_property
    def _positions(self) -> dict[str, dict[str, int]]:
        return {name: {item.id: index for index, item in reversed(list(enumerate(getattr(self, name))))}
                for name in ("respondents", "incidents", "evidence")}

    def respondent(self, rid: Optional[str]) -> Optional[Respondent]:
        index = self._positions["respondents"].get(rid)
        return None if index is None else self.respondents[index]

    def actor_of(self, incident: Incident) -> str:
        """Who did what `incident` describes: its `actor`, else derived from its url and respondent."""
        if incident.actor:
            return incident.actor
        if incident.url and any(_same_site(incident.url, account.url) for account in self.victim.online_accounts):
            return "victim"
        respondent = self.respondent(incident.respondent)
        if respondent is not None and respondent.kind == "state_actor" and not (incident.platform or incident.url):
            return "authority"
        return "respondent"

    def exhibit(self, eid: str) -> Optional[Evidence]:
        index = self._positions["evidence"].get(eid)
        return None if index is None else self.evidence[index]

    def position(self, section: str, item: BaseModel) -> int:
        """Where `item` stands in `section` (counted from 1), by its id: `incidents[3]` -> 3."""
        return self._positions[section][item.id] + 1


def _same_site(url: object, account_url: object) -> bool:
    """Whether `url` is on the victim's own account or site `account_url` (same host, under its path)."""
    if not account_url:
        return False
    return _same_site_text(str(url), str(account_url))


@lru_cache(maxsize=65536)
def _same_site_text(url: str, account_url: str) -> bool:
    from urllib.parse import urlsplit

    page, own = urlsplit(str(url)), urlsplit(str(account_url))
    host = lambda h: (h or "").lower().removeprefix("www.")  # noqa: E731
    if host(page.hostname) != host(own.hostname):
        return False
    own_path = own.path.rstrip("/")
    return not own_path or page.path.rstrip("/") == own_path or page.path.startswith(own_path + "/")
