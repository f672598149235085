"""What the three UN filings share: consent, the victim and submitter blocks, rights with titles, mandates."""

from __future__ import annotations

from typing import Any, Optional

from remedies import data
from remedies.documents import labels
from remedies.documents.base import Needs
from remedies.record.model import Address, Law, Record

CONSENT_REFUSAL = (
    "victim.consent.to_file is not true: a UN filing without the victim's consent can put the person "
    "at risk, so it is not written; record the consent first"
)

def consent_refusal(record: Record) -> Optional[str]:
    consent = record.victim.consent
    return None if consent is not None and consent.to_file is True else CONSENT_REFUSAL


def sp_data() -> dict[str, Any]:
    return data.load("un/special_procedures.yaml")


def wgad_data() -> dict[str, Any]:
    return data.load("un/wgad_categories.yaml")


def parties() -> dict[str, Any]:
    return data.load("un/iccpr_parties.yaml")


def party_status(state: Optional[str]) -> dict[str, Any]:
    """ICCPR and First Optional Protocol entry into force for `state` (None when not a party)."""
    table = parties()
    row = (table["states"] or {}).get(state or "", {}) or {}
    return {
        "state": state,
        "known": bool(row),
        "iccpr": row.get("iccpr"),
        "op1": row.get("op1"),
        "op1_denounced": row.get("op1_denounced"),
        "source": table["source"],
        "checked_on": table["checked_on"],
    }


def address_lines(address: Optional[Address]) -> list[str]:
    if address is None:
        return []
    city = " ".join(p for p in (address.postal_code, address.city) if p)
    return [p for p in (address.street, city, address.region) if p]


def residence(address: Optional[Address]) -> list[str]:
    """City and country only: where the person lives, without the street."""
    if address is None:
        return []
    return [p for p in (address.city, address.region) if p]


def laws(items: list[Law]) -> list[dict[str, Any]]:
    return [{"name": law.name, "provisions": law.provisions, "text": law.text} for law in items]


def initials(record: Record) -> Optional[str]:
    victim = record.victim
    words = f"{victim.given_names or ''} {victim.family_name or ''}".replace("-", " ").split()
    return "".join(f"{w[0].upper()}." for w in words) or None


def public_name(record: Record, need: Needs) -> Any:
    """How the victim may be named in public reports: the full name, initials, or not at all."""
    consent = record.victim.consent
    choice = need(consent.name_in_public_reports if consent else None, "victim.consent.name_in_public_reports")
    if choice == "full":
        return {"choice": "full", "name": need(record.victim.full_name, "victim.family_name")}
    if choice == "initials":
        return {"choice": "initials", "name": need(initials(record), "victim.given_names")}
    if choice == "withheld":
        return {"choice": "withheld", "name": None}
    return {"choice": None, "name": choice}


def consent_block(record: Record, need: Needs) -> dict[str, Any]:
    consent = record.victim.consent
    return {
        "to_file": bool(consent and consent.to_file),
        "government_letter": need(consent.informed_of_government_letter if consent else None,
                                  "victim.consent.informed_of_government_letter"),
        "public_report": need(consent.informed_of_public_report if consent else None,
                              "victim.consent.informed_of_public_report"),
        "public_name": public_name(record, need),
        "given_on": consent.given_on if consent else None,
        "given_by": consent.given_by if consent else None,
    }


def victim_block(record: Record, need: Needs, gettext) -> dict[str, Any]:
    victim = record.victim
    age = None
    if victim.date_of_birth:
        born, on = victim.date_of_birth, record.case.prepared_on
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return {
        "name": need(victim.full_name, "victim.family_name"),
        "family_name": need(victim.family_name, "victim.family_name"),
        "given_names": need(victim.given_names, "victim.given_names"),
        "other_names": victim.other_names,
        "sex": labels.sex(victim.sex, gettext),
        "date_of_birth": victim.date_of_birth,
        "place_of_birth": victim.place_of_birth,
        "age": age,
        "nationalities": victim.nationalities,
        "occupation": victim.occupation,
        "employer": victim.employer,
        "id_documents": [{"type": d.type, "number": d.number, "issued_by": d.issued_by, "issued_on": d.issued_on}
                         for d in victim.id_documents],
        "address": address_lines(victim.address),
        "country": victim.address.country if victim.address else None,
        "residence": residence(victim.address),
        "email": victim.email,
        "phone": victim.phone,
        "accounts": labels.accounts(victim.online_accounts, gettext),
        "is_minor": bool(victim.is_minor),
    }


def submitter_block(record: Record, need: Needs, gettext) -> dict[str, Any]:
    submitter = record.submitter
    return {
        "name": need(submitter.name or (record.victim.full_name if submitter.role == "victim" else None),
                     "submitter.name"),
        "role": labels.submitter_role(submitter.role, gettext),
        "is_victim": submitter.role == "victim",
        "organisation": submitter.organisation,
        "address": address_lines(submitter.address),
        "country": submitter.address.country if submitter.address else None,
        "email": submitter.email,
        "phone": submitter.phone,
        "relationship": submitter.relationship_to_victim,
        "confidential": submitter.keep_identity_confidential,
    }


def respondents_block(record: Record, need: Needs, gettext) -> list[dict[str, Any]]:
    rows = []
    for index, respondent in enumerate(record.respondents, start=1):
        rows.append({
            "number": index,
            "id": respondent.id,
            "name": respondent.name,
            "kind": labels.respondent_kind(respondent.kind, gettext),
            "is_state": respondent.kind == "state_actor",
            "accounts": labels.accounts(respondent.online_accounts, gettext),
            "description": respondent.description,
            "state_affiliation": respondent.state_affiliation,
            "basis": need(respondent.basis_for_identification, f"respondents[{index}].basis_for_identification"),
        })
    return rows


def incidents_block(record: Record, need: Needs, gettext) -> list[dict[str, Any]]:
    numbers = {r.id: index for index, r in enumerate(record.respondents, start=1)}
    rows = []
    for index, incident in enumerate(record.incidents, start=1):
        rows.append({
            "number": index,
            "date": incident.date,
            "time": incident.time.strftime("%H:%M") if incident.time else None,
            "place": incident.place,
            # "other" is a vocabulary placeholder, not a name: the url says where it is.
            "platform": (labels.platform(incident.platform, gettext)
                         if incident.platform and incident.platform != "other" else None),
            "url": incident.url,
            "respondent": numbers.get(incident.respondent),
            "actor": record.actor_of(incident),
            # The authority that acted: the one named on the incident, else the (state) respondent's name.
            "authority": incident.authority or (record.respondent(incident.respondent).name
                                                if record.respondent(incident.respondent) else None),
            "harms": [labels.harm(h, gettext) for h in incident.harms],
            "description": need(incident.description, f"incidents[{index}].description"),
            "effect": incident.effect,
            "exhibits": incident.evidence,
        })
    return rows


def remedies_block(record: Record, gettext) -> list[dict[str, Any]]:
    return [{"date": r.date, "body": r.body, "action": r.action, "reference": r.reference,
             "outcome": r.outcome, "status": labels.remedy_status(r.status, gettext)}
            for r in record.legal.domestic_remedies]


def article_title(code: str, locale: str) -> dict[str, Any]:
    treaty, article = code.split("-")
    titles = data.load("un/iccpr_articles.yaml")[treaty]
    return {"code": code, "treaty": treaty, "article": int(article),
            "title": data.localized(titles.get(article), locale)}


def rights(record: Record, locale: str) -> list[dict[str, Any]]:
    """The rights engaged, ICCPR first, each with its short title in the output language."""
    found = [article_title(code, locale) for code in record.legal.rights_engaged]
    return sorted(found, key=lambda r: (r["treaty"] != "iccpr", r["article"]))


def occupation_matches(occupation: Optional[str], words: list[str]) -> bool:
    text = (occupation or "").lower()
    return any(word in text for word in words)


def suggest_mandates(record: Record, locale: str) -> list[dict[str, Any]]:
    """Mandates to address: those the record names, else those its facts suggest, each with its reason."""
    mandates = sp_data()["mandates"]
    harms = {h for incident in record.incidents for h in incident.harms}
    law_text = " ".join(f"{law.name} {' '.join(law.provisions)}".lower() for law in record.legal.laws_applied)
    chosen = list(record.un.mandates)
    result = []
    for key, mandate in mandates.items():
        triggers = mandate.get("suggest_when") or {}
        if chosen:
            if key not in chosen:
                continue
        elif not (harms & set(triggers.get("harms") or [])
                  or occupation_matches(record.victim.occupation, triggers.get("occupations") or [])
                  or (record.victim.sex and record.victim.sex in (triggers.get("sex") or []))
                  or (triggers.get("detention") and record.detention is not None)
                  or (triggers.get("health_risk") and health_at_risk(record))
                  or (triggers.get("gender_based") and gender_based(record))
                  or any(word in law_text for word in triggers.get("laws") or [])):
            continue
        result.append({"key": key, "title": data.localized(mandate["title"], locale),
                       "reason": data.localized(_reason(mandate, record.victim.sex), locale),
                       "chosen": bool(chosen)})
    if chosen:
        result.sort(key=lambda m: chosen.index(m["key"]))
    return result


def _reason(mandate: dict[str, Any], sex: Optional[str]) -> Any:
    """Why a mandate fits, in the words for the victim's sex where a language has them
    (reason_female, reason_male: "her peaceful work"); "their" otherwise."""
    gendered = mandate.get(f"reason_{sex}") if sex in ("female", "male") else None
    reason = mandate["reason"]
    if isinstance(gendered, dict) and isinstance(reason, dict):
        return {**reason, **gendered}
    return gendered or reason


def uses_internet(record: Record) -> bool:
    """Whether the case concerns the use of the internet (for WGAD Deliberation No. 8)."""
    if any(i.platform or i.url for i in record.incidents):
        return True
    words = ("cyber", "electronic", "internet", "online", "computer", "informati")
    names = record.legal.laws_applied + (
        (record.detention.arrest.legal_basis if record.detention and record.detention.arrest else []))
    return any(w in law.name.lower() for law in names for w in words)


def treaty_table() -> dict[str, Any]:
    return data.load("un/treaty_status.yaml")


def treaty_status(state: Optional[str]) -> dict[str, Any]:
    """The core treaties `state` is party to (treaty_status.yaml), with the table's source and date."""
    table = treaty_table()
    row = (table["states"] or {}).get(state or "") or {}
    parties = list(row.get("parties") or [])
    return {
        "state": state,
        "known": bool(row),
        "parties": parties,
        "confirmed": bool(row.get("confirmed")),
        "iccpr": "iccpr" in parties,
        "op1": "op1" in parties,
        "names": {key: t["name"] for key, t in table["treaties"].items()},
        "source": table["source"],
        "checked_on": table["checked_on"],
    }


def hrc_not_applicable(record: Record) -> Optional[str]:
    """Why the Human Rights Committee cannot receive a complaint against the State (None when it can)."""
    state = record.case.state
    if not state:
        return None  # the complaint asks for case.state
    status = party_status(state)
    if not status["known"]:
        return (f"case.state {state} is not in the treaty table (un/iccpr_parties.yaml): whether the "
                "Human Rights Committee can receive a complaint against it is unknown")
    if status["op1"] or status["op1_denounced"]:
        return None
    party = "a party to the Covenant but not" if status["iccpr"] else "not a party to the Covenant nor"
    return (f"{state} is {party} to its First Optional Protocol (treaty table checked on "
            f"{status['checked_on']}): the Human Rights Committee cannot receive an individual complaint "
            "against it; see the Special Procedures communication instead")


def gender_based(record: Record) -> bool:
    """Whether the harm is treated as gender-based violence against a woman or girl (treaty_status.yaml)."""
    rule = treaty_table()["gender_based"]
    if record.victim.sex not in rule["sex"]:
        return False
    harms = {h for incident in record.incidents for h in incident.harms}
    return bool(harms & set(rule["harms"]) or set(record.un.discrimination_grounds) & set(rule["grounds"])
                or occupation_matches(record.victim.occupation, rule["occupations"]))


def udhr_rights(record: Record, locale: str) -> list[dict[str, Any]]:
    """The rights engaged stated as UDHR articles (each ICCPR article by its UDHR counterpart), each once."""
    mapping = treaty_table()["udhr_for_iccpr"]["articles"]
    codes: list[str] = []
    for code in record.legal.rights_engaged:
        treaty, article = code.split("-")
        if treaty == "iccpr":
            if article not in mapping:
                continue
            code = f"udhr-{mapping[article]}"
        if code not in codes:
            codes.append(code)
    return sorted((article_title(code, locale) for code in codes), key=lambda r: r["article"])


def treaty_context(record: Record, locale: str, gettext) -> dict[str, Any]:
    """What the State's treaty status lets a filing plead: the ICCPR, or the UDHR and the treaties it is party to."""
    status = treaty_status(record.case.state)
    table = treaty_table()
    others = [t for t in status["parties"] if t not in ("iccpr", "op1")]
    gender = gender_based(record)
    gr35 = table["cedaw_gr35"] if "cedaw" in status["parties"] and gender else None
    return {
        "known": status["known"],
        "confirmed": status["confirmed"],
        "iccpr_party": status["iccpr"],
        "rights": rights(record, locale) if status["iccpr"] or not status["known"] else udhr_rights(record, locale),
        "other_treaties": [labels.treaty(t, gettext) for t in others],
        "gender_based": gender,
        "cedaw_gr35": ({"symbol": gr35["symbol"], "paras": gr35["paras"]} if gr35 else None),
        "source": status["source"],
        "checked_on": status["checked_on"],
    }


def health_at_risk(record: Record) -> bool:
    """A detainee still held whose health is at risk (detention.health_risk)."""
    detention = record.detention
    return bool(detention is not None and detention.health_risk and detention.released_on is None)


def state_due_diligence(record: Record) -> Optional[dict[str, Any]]:
    """With no perpetrator acting for the State: what the State was told and has not yet acted on."""
    if not record.respondents or any(r.kind == "state_actor" or r.state_affiliation for r in record.respondents):
        return None
    pending = [{"date": r.date, "body": r.body, "action": r.action, "reference": r.reference}
               for r in record.legal.domestic_remedies if r.status in ("pending", "appealed")]
    return {"pending": pending, "continuing": bool(record.impact.continuing)}
