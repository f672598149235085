"""Pydantic models of the incident record (record-format.md); the record's public contract."""

from __future__ import annotations

import datetime as dt
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
    StringConstraints,
    TypeAdapter,
    validate_email,
)

from remedies.record import vocab

RECORD_VERSIONS = (1,)

# ---- value types -----------------------------------------------------------------------------


def _date_text(value: object) -> object:
    # YAML timestamps arrive as text; refuse numbers so 20261120 is not read as seconds since 1970.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError("must be a date written as YYYY-MM-DD")
    return value


def _check_email(value: str) -> str:
    try:
        validate_email(value)
    except Exception:
        raise ValueError(f"'{value}' is not a valid email address") from None
    return value


_URL = TypeAdapter(HttpUrl)


def _check_url(value: str) -> str:
    try:
        _URL.validate_python(value)
    except Exception:
        raise ValueError(f"'{value}' is not a valid web address (it must start with http:// or https://)") from None
    return value  # kept exactly as typed


def _check_country(value: str) -> str:
    if value not in vocab.country_codes():
        hint = " (use capital letters)" if value.upper() in vocab.country_codes() else ""
        raise ValueError(f"'{value}' is not an ISO 3166-1 alpha-2 country code such as SG or VN{hint}")
    return value


def _check_phone(value: str) -> str:
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise ValueError(
            f"'{value}' is not a phone number in international form (start with + and the country code)"
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"'{value}' is not a possible phone number")
    return value


Date = Annotated[dt.date, BeforeValidator(_date_text)]
Email = Annotated[str, AfterValidator(_check_email)]
Url = Annotated[str, AfterValidator(_check_url)]
Country = Annotated[str, AfterValidator(_check_country)]
Phone = Annotated[str, AfterValidator(_check_phone)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{64}$")]
Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=40)]
Reference = Annotated[str, StringConstraints(pattern=r"^[\w][\w.-]*$", max_length=80)]
Harm = Literal[tuple(vocab.HARMS)]  # type: ignore[valid-type]
Platform = Literal[tuple(vocab.PLATFORMS)]  # type: ignore[valid-type]
Right = Annotated[str, AfterValidator(vocab.check_right)]
Mandate = Annotated[str, AfterValidator(vocab.check_mandate)]
Text = str


class Section(BaseModel):
    """Base of every section: unknown keys are errors, never silently dropped."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


# ---- shared pieces ----------------------------------------------------------------------------


class Address(Section):
    street: Optional[Text] = None
    city: Optional[Text] = None
    region: Optional[Text] = None
    postal_code: Optional[Text] = None
    country: Optional[Country] = None


class OnlineAccount(Section):
    platform: Platform
    handle: Optional[Text] = None
    url: Optional[Url] = None
    display_name: Optional[Text] = None


class Law(Section):
    name: Text
    provisions: list[Text] = []
    # The provision's words, quoted exactly as the lawyer gives them (from the official text).
    text: Optional[Text] = None
    # How the authorities applied the provision to the victim: the conduct charged, by whom, with what result.
    how_applied: Optional[Text] = None


class IdDocument(Section):
    type: Text
    number: Text
    issued_by: Optional[Text] = None
    issued_on: Optional[Date] = None


class Person(Section):
    name: Text
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
    to_file: Optional[bool] = None
    name_in_public_reports: Optional[Literal[vocab.NAME_IN_PUBLIC_REPORTS]] = None  # type: ignore[valid-type]
    press_brief: Optional[bool] = None
    informed_of_government_letter: Optional[bool] = None
    informed_of_public_report: Optional[bool] = None
    given_on: Optional[Date] = None
    given_by: Optional[Text] = None


class Victim(Section):
    family_name: Optional[Text] = None
    given_names: Optional[Text] = None
    other_names: list[Text] = []
    pseudonym: Optional[Text] = None
    sex: Optional[Literal[vocab.SEXES]] = None  # type: ignore[valid-type]
    date_of_birth: Optional[Date] = None
    place_of_birth: Optional[Text] = None
    nationalities: list[Country] = []
    occupation: Optional[Text] = None
    employer: Optional[Text] = None
    id_documents: list[IdDocument] = []
    address: Optional[Address] = None
    email: Optional[Email] = None
    phone: Optional[Phone] = None
    online_accounts: list[OnlineAccount] = []
    family_members: list[Person] = []
    is_minor: Optional[bool] = None
    litigation_representative: Optional[Person] = None
    consent: Optional[Consent] = None

    @property
    def full_name(self) -> Optional[str]:
        parts = [p for p in (self.given_names, self.family_name) if p]
        return " ".join(parts) or None


class Submitter(Section):
    name: Optional[Text] = None
    role: Optional[Literal[vocab.SUBMITTER_ROLES]] = None  # type: ignore[valid-type]
    organisation: Optional[Text] = None
    address: Optional[Address] = None
    email: Optional[Email] = None
    phone: Optional[Phone] = None
    relationship_to_victim: Optional[Text] = None
    keep_identity_confidential: bool = True


class Respondent(Section):
    id: Identifier
    name: Optional[Text] = None
    kind: Optional[Literal[vocab.RESPONDENT_KINDS]] = None  # type: ignore[valid-type]
    online_accounts: list[OnlineAccount] = []
    address: Optional[Address] = None
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
    harms: list[Harm] = Field(default=[], min_length=1)
    description: Optional[Text] = None
    effect: Optional[Text] = None
    evidence: list[Identifier] = []


class Evidence(Section):
    id: Identifier
    description: Optional[Text] = None
    file: Optional[Text] = None
    sha256: Optional[Sha256] = None
    captured_at: Optional[AwareDatetime] = None
    captured_by: Optional[Literal[vocab.CAPTURED_BY]] = None  # type: ignore[valid-type]
    source_url: Optional[Url] = None
    archive_url: Optional[Url] = None


class Impact(Section):
    summary: Optional[Text] = None
    continuing: Optional[bool] = None
    likely_to_continue_because: Optional[Text] = None
    urgent: Optional[bool] = None
    urgency_reason: Optional[Text] = None


class ReliefSought(Section):
    protection_order: Optional[bool] = None
    expedited_order: Optional[bool] = None
    orders: list[Text] = []


class DomesticRemedy(Section):
    date: Optional[Date] = None
    body: Text
    action: Optional[Text] = None
    reference: Optional[Text] = None
    outcome: Optional[Text] = None
    status: Optional[Literal[vocab.REMEDY_STATUSES]] = None  # type: ignore[valid-type]


class InternationalProcedure(Section):
    body: Text
    reference: Optional[Text] = None
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
    forces: Optional[Text] = None
    warrant_shown: Optional[bool] = None
    warrant_issued_by: Optional[Text] = None
    reasons_given: Optional[Text] = None
    legal_basis: list[Law] = []


class PlaceOfDetention(Section):
    place: Text
    from_: Optional[Date] = Field(default=None, alias="from")
    until: Optional[Date] = None


class DetentionFacts(Section):
    since: Optional[Date] = None
    expected_duration: Optional[Text] = None
    held_by: Optional[Text] = None
    places: list[PlaceOfDetention] = []
    ordered_by: Optional[Text] = None
    reasons_given: Optional[Text] = None
    legal_basis: list[Law] = []


class Trial(Section):
    held: Optional[bool] = None
    date: Optional[Date] = None
    court: Optional[Text] = None
    charges: Optional[Text] = None
    sentence: Optional[Text] = None
    concerns: list[Text] = []


class Detention(Section):
    arrest: Optional[Arrest] = None
    detention: Optional[DetentionFacts] = None
    trial: Optional[Trial] = None
    health_risk: Optional[bool] = None
    released_on: Optional[Date] = None
    categories_claimed: list[Literal[vocab.WGAD_CATEGORIES]] = []  # type: ignore[valid-type]


class UnFilings(Section):
    """Choices and explanations for the UN filings that the other sections cannot hold."""

    # Special Procedures mandates to address; empty means: the ones suggested from the record.
    mandates: list[Mandate] = []
    based_only_on_media_reports: Optional[bool] = None
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
    dsa_notice: bool = False


class PressContact(Section):
    name: Optional[Text] = None
    organisation: Optional[Text] = None
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
    also_redact: list[Text] = []


class Record(Section):
    record_version: int
    case: Case
    victim: Victim = Victim()
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

    def respondent(self, rid: Optional[str]) -> Optional[Respondent]:
        return next((r for r in self.respondents if r.id == rid), None)

    def exhibit(self, eid: str) -> Optional[Evidence]:
        return next((e for e in self.evidence if e.id == eid), None)
