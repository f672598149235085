"""The court filing a jurisdiction's rules impose on the record, one file per part of its route (data/jurisdictions/)."""

from __future__ import annotations

from typing import Any, Optional

from remedies.documents import court_context as cc
from remedies.documents import jurisdiction as jx
from remedies.documents import labels
from remedies.documents.base import Draft, DocumentType, Needs, Options, common, properties
from remedies.record.model import Record

NAME = "court-application"
# Names users already know, still accepted by `--doc`.
ALIASES = ("harassment-order",)


def _choice(record: Record) -> Optional[jx.Choice]:
    prof = jx.profile(record)
    return jx.choose(record, prof) if prof and prof.get("routes") else None


def not_applicable(record: Record) -> Optional[str]:
    reason = jx.no_profile(record)
    if reason:
        return reason
    choice = _choice(record)
    if choice is None:
        return f"the {record.case.court_jurisdiction} profile has no court route"
    return choice.reason if choice.outcome == "not_applicable" else None


def refusal(record: Record) -> Optional[str]:
    choice = _choice(record)
    return choice.reason if choice is not None and choice.outcome == "refused" else None


def parts(record: Record) -> list[str]:
    return [part["id"] for part in _choice(record).parts]


# Keys a template may read from a part of a route; a profile may leave any of them out.
PART_KEYS = ("form", "rule", "addressee", "case_number_label", "heading", "title", "role", "verified")


def fill(pattern: str, **values: Any) -> str:
    """Put values into a profile sentence ("I, {name}, ..."); a profile's text is never a template."""
    for key, value in values.items():
        pattern = pattern.replace("{" + key + "}", str(value))
    return pattern


def deponent_description(record: Record, applicant: dict[str, Any]) -> str:
    pieces = []
    if applicant.get("occupation"):
        pieces.append(str(applicant["occupation"]))
    if applicant.get("address_for_service"):
        care_of = applicant.get("service_care_of")
        address = ", ".join(str(a) for a in applicant["address_for_service"])
        pieces.append(f"c/o {care_of}, {address}" if care_of else address)
    return ", ".join(pieces)


def exhibit_sentences(record: Record, prof: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """Each exhibit introduced once, in the paragraph of the first incident that cites it; the rest at the end."""
    formula = (prof.get("affidavit") or {}).get("exhibit_formula", "{marks}: {description}")
    by_id = {e["id"]: e for e in context["exhibits"]}
    introduced: set[str] = set()
    per_incident = {}
    for incident in record.incidents:
        sentences = []
        for eid in incident.evidence:
            if eid in by_id and eid not in introduced:
                introduced.add(eid)
                sentences.append(fill(formula, marks=by_id[eid]["mark"], description=by_id[eid]["description"]))
        per_incident[incident.id] = sentences
    rest = [fill(formula, marks=e["mark"], description=e["description"])
            for e in context["exhibits"] if e["id"] not in introduced]
    return {"per_incident": per_incident, "rest": rest}


def exhibit_rules(prof: dict[str, Any], deponent: Optional[str]) -> dict[str, Any]:
    """The profile's exhibit rules, with the separator-sheet certificate filled in for this deponent."""
    rules = {"certificate": None, "pagination": None} | (prof.get("exhibits") or {})
    if rules["certificate"]:
        rules["certificate"] = fill(rules["certificate"], mark="[mark]", deponent=deponent or "[deponent]",
                                    date="..................")
    return rules


def build(record: Record, options: Options) -> Draft:
    from remedies.documents.court_text import form_text

    prof = jx.profile(record)
    choice = jx.choose(record, prof)
    part = next((p for p in choice.parts if p["id"] == options.part), choice.parts[0])
    part = dict.fromkeys(PART_KEYS) | part
    need = Needs()
    gettext = labels.gettext_for(options.locale)
    context = common(record, options) | cc.common_court(record, prof, need, gettext)
    applicant = cc.applicant(record, part, need, gettext)
    affidavit = prof.get("affidavit") or {}
    name = applicant["name"]
    by_id = {o["id"]: o for o in prof.get("orders", [])}
    route_orders = {oid for p in choice.parts for oid in p.get("orders", [])}
    named = [by_id[oid] for oid in part.get("orders", []) if oid in by_id] or context["tests"]
    context["statutory_orders"] = [o for o in context["statutory_orders"] if o["id"] not in route_orders]
    context |= {
        "order_names": [f"{o['name']} ({o['section']})" for o in named],
        "applicant": applicant,
        "part": part,
        "route": {"id": choice.route["id"], "name": choice.route["name"], "body": choice.route.get("body"),
                  "filed_through": choice.route.get("filed_through"), "reason": choice.reason,
                  "parts": [p["title"] for p in choice.parts]},
        "opening": fill(affidavit.get("opening", "I, {name}, say as follows:"), name=name,
                        description=deponent_description(record, applicant)),
        "verification": fill(affidavit["verification"], name=name) if part.get("verified") else None,
        "declaration": part.get("declaration"),
        "jurat": affidavit.get("jurat", []),
        "exhibit_rules": exhibit_rules(prof, context["deponent"]),
        "service": choice.route.get("service", context["service"]),
        "exhibit_sentences": exhibit_sentences(record, prof, context),
        "unconfirmed": jx.unconfirmed(prof),
    }
    text = None
    checks = [f"route: {choice.route['name']} ({choice.reason})"]
    if part.get("form_fields"):
        text = form_text(context, part, options, gettext)
    notes = []
    if record.submitter.role != "lawyer":
        notes.append("the submitter is not recorded as counsel (submitter.role: lawyer): the address for "
                     "service printed is still the submitter's, never the victim's home address")
    title = f"{part['title']} - {record.case.reference}"
    return Draft(
        context=context,
        properties=properties(record, options, title=title, subject=prof["statute"]["name"]),
        missing=need.missing,
        notes=notes,
        checks=checks,
        text=text,
        template=part.get("template", "court-application.docx"),
    )


DOCUMENT = DocumentType(
    name=NAME,
    title="Court application",
    summary="Court filing for a protection order on the route the jurisdiction's rules impose, one file per "
            "document (see `remedies jurisdictions`); alias harassment-order",
    template="court-application.docx",
    build=build,
    refusal=refusal,
    not_applicable=not_applicable,
    parts=parts,
    other_templates=jx.part_templates,
)
