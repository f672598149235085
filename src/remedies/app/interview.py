"""The interview: one page per section of the record, in plain words, and what a page's answers do
to the record file.

A page's answers are a nested structure of strings named by field path (`incidents.0.date`); the same
structure is shown back, so a page with an error keeps everything that was typed. Validation is the
record's own (`remedies.record.load`), so the sentences are those `remedies check` prints.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

from remedies.app import casefile
from remedies.record import vocab


def N_(message: str) -> str:
    """Mark an interface string for extraction; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Field:
    name: str  # inside its section or group item; dots for sub-sections (address.street)
    kind: str  # text long date datetime time flag choice multi lines number locale
    label: str
    choices: tuple[str, ...] = ()
    model: str = ""  # the fields.yaml section of the help text (Section.field)


@dataclass(frozen=True)
class Group:
    name: str
    label: str  # one item, as a heading: "Incident"
    add: str
    items: tuple[Union[Field, "Group"], ...]
    model: str = ""


@dataclass(frozen=True)
class Page:
    slug: str
    title: str
    intro: str
    root: tuple[str, ...]
    items: tuple[Union[Field, Group], ...]


def _address(prefix: str = "address.") -> tuple[Field, ...]:
    return (
        Field(prefix + "street", "text", N_("Street and number"), model="Address.street"),
        Field(prefix + "city", "text", N_("City or town"), model="Address.city"),
        Field(prefix + "postal_code", "text", N_("Postal code"), model="Address.postal_code"),
        Field(prefix + "country", "text", N_("Country (two-letter code, such as SG)"), model="Address.country"),
    )


def _accounts(owner: str) -> Group:
    return Group("online_accounts", N_("Online account"), N_("Add an online account"), (
        Field("platform", "choice", N_("Platform"), tuple(vocab.PLATFORMS), "OnlineAccount.platform"),
        Field("handle", "text", N_("Handle or user name"), model="OnlineAccount.handle"),
        Field("url", "text", N_("Web address of the account"), model="OnlineAccount.url"),
    ), model=f"{owner}.online_accounts")


def _flag(name: str, label: str, model: str) -> Field:
    return Field(name, "flag", label, model=model)


PAGES: tuple[Page, ...] = (
    Page("case", N_("About the case"), N_("Your reference for the case, the country concerned and the date the documents carry."),
         ("case",), (
             Field("reference", "text", N_("Case reference"), model="Case.reference"),
             Field("title", "text", N_("Short title of the case"), model="Case.title"),
             Field("state", "text", N_("Country concerned (two-letter code, such as SG)"), model="Case.state"),
             Field("jurisdiction", "text", N_("Country of the court, if different (two-letter code)"),
                   model="Case.jurisdiction"),
             Field("locale", "locale", N_("Language of the record and of the documents"), model="Case.locale"),
             Field("prepared_on", "date", N_("Date the documents carry (YYYY-MM-DD)"), model="Case.prepared_on"),
         )),
    Page("victim", N_("Who was harmed"), N_("The person harmed. None of this appears in the press brief."),
         ("victim",), (
             Field("family_name", "text", N_("Family name"), model="Victim.family_name"),
             Field("given_names", "text", N_("Given names"), model="Victim.given_names"),
             Field("other_names", "lines", N_("Other names and spellings (one per line)"), model="Victim.other_names"),
             Field("pseudonym", "text", N_("Name to use in the press brief"), model="Victim.pseudonym"),
             Field("sex", "choice", N_("Sex"), vocab.SEXES, "Victim.sex"),
             Field("date_of_birth", "date", N_("Date of birth (YYYY-MM-DD)"), model="Victim.date_of_birth"),
             Field("nationalities", "lines", N_("Nationalities (two-letter codes, one per line)"),
                   model="Victim.nationalities"),
             Field("occupation", "text", N_("Occupation"), model="Victim.occupation"),
             Field("employer", "text", N_("Employer"), model="Victim.employer"),
             Group("id_documents", N_("Identity document"), N_("Add an identity document"), (
                 Field("type", "text", N_("Type of document"), model="IdDocument.type"),
                 Field("number", "text", N_("Number"), model="IdDocument.number"),
                 Field("issued_by", "text", N_("Issued by"), model="IdDocument.issued_by"),
                 Field("issued_on", "date", N_("Issued on (YYYY-MM-DD)"), model="IdDocument.issued_on"),
             ), model="Victim.id_documents"),
             *_address(),
             Field("email", "text", N_("Email address"), model="Victim.email"),
             Field("phone", "text", N_("Telephone (with + and the country code)"), model="Victim.phone"),
             _accounts("Victim"),
             _flag("is_minor", N_("Is the victim under 18?"), "Victim.is_minor"),
         )),
    Page("submitter", N_("Who is filing"), N_("The person or organisation that files the documents."),
         ("submitter",), (
             Field("name", "text", N_("Name"), model="Submitter.name"),
             Field("role", "choice", N_("Role"), vocab.SUBMITTER_ROLES, "Submitter.role"),
             Field("organisation", "text", N_("Organisation"), model="Submitter.organisation"),
             *_address(),
             Field("email", "text", N_("Email address"), model="Submitter.email"),
             Field("phone", "text", N_("Telephone (with + and the country code)"), model="Submitter.phone"),
             Field("relationship_to_victim", "text", N_("Relationship to the victim"),
                   model="Submitter.relationship_to_victim"),
             _flag("keep_identity_confidential", N_("Keep the submitter's identity confidential?"),
                   "Submitter.keep_identity_confidential"),
         )),
    Page("respondents", N_("Who did it"), N_("The people or bodies responsible. Give each an id (R1, R2) that the incidents refer to."),
         (), (
             Group("respondents", N_("Respondent"), N_("Add a respondent"), (
                 Field("id", "text", N_("Id (such as R1)"), model="Respondent.id"),
                 Field("name", "text", N_("Name, if known"), model="Respondent.name"),
                 Field("kind", "choice", N_("Kind"), vocab.RESPONDENT_KINDS, "Respondent.kind"),
                 _accounts("Respondent"),
                 Field("relationship", "choice", N_("Relationship to the victim"), tuple(vocab.RELATIONSHIPS),
                       "Respondent.relationship"),
                 Field("relationship_to_victim", "text", N_("Relationship to the victim, in words"),
                       model="Respondent.relationship_to_victim"),
                 Field("description", "long", N_("Description"), model="Respondent.description"),
                 Field("state_affiliation", "text", N_("Links to the State, if any"), model="Respondent.state_affiliation"),
                 Field("basis_for_identification", "long", N_("Why you believe this respondent is responsible"),
                       model="Respondent.basis_for_identification"),
             ), model="Record.respondents"),
         )),
    Page("incidents", N_("What happened and when"), N_("One item per post, message or act. Give each an id (I1, I2)."),
         (), (
             Group("incidents", N_("Incident"), N_("Add an incident"), (
                 Field("id", "text", N_("Id (such as I1)"), model="Incident.id"),
                 Field("date", "date", N_("Date (YYYY-MM-DD)"), model="Incident.date"),
                 Field("time", "time", N_("Time (such as 21:40)"), model="Incident.time"),
                 Field("platform", "choice", N_("Platform"), tuple(vocab.PLATFORMS), "Incident.platform"),
                 Field("url", "text", N_("Web address of the post"), model="Incident.url"),
                 Field("respondent", "text", N_("Respondent id (such as R1)"), model="Incident.respondent"),
                 Field("harms", "multi", N_("Harms"), tuple(vocab.HARMS), "Incident.harms"),
                 Field("description", "long", N_("What happened"), model="Incident.description"),
                 Field("effect", "long", N_("Its effect on the victim"), model="Incident.effect"),
                 Field("evidence", "lines", N_("Evidence ids (such as E1, one per line)"), model="Incident.evidence"),
             ), model="Record.incidents"),
         )),
    Page("evidence", N_("Evidence"), N_("The exhibits the incidents refer to. Drop files below to add them with their hash."),
         (), (
             Group("evidence", N_("Exhibit"), N_("Add an exhibit"), (
                 Field("id", "text", N_("Id (such as E1)"), model="Evidence.id"),
                 Field("description", "text", N_("Description"), model="Evidence.description"),
                 Field("file", "text", N_("File"), model="Evidence.file"),
                 Field("sha256", "text", N_("SHA-256 hash"), model="Evidence.sha256"),
                 Field("captured_at", "datetime", N_("Captured at (such as 2026-09-14T22:05:00+08:00)"),
                       model="Evidence.captured_at"),
                 Field("captured_by", "choice", N_("Captured by"), vocab.CAPTURED_BY, "Evidence.captured_by"),
                 Field("source_url", "text", N_("Web address it was captured from"), model="Evidence.source_url"),
                 Field("archive_url", "text", N_("Archived copy"), model="Evidence.archive_url"),
             ), model="Record.evidence"),
         )),
    Page("impact", N_("Impact"), N_("How the harm affects the victim, and whether it is urgent."),
         ("impact",), (
             Field("summary", "long", N_("How the harm affects the victim"), model="Impact.summary"),
             _flag("continuing", N_("Is the harm continuing?"), "Impact.continuing"),
             Field("likely_to_continue_because", "long", N_("Why it is likely to continue"),
                   model="Impact.likely_to_continue_because"),
             _flag("urgent", N_("Is it urgent?"), "Impact.urgent"),
             Field("urgency_reason", "long", N_("Why it is urgent"), model="Impact.urgency_reason"),
         )),
    Page("sought", N_("What is sought"), N_("What a court is asked to order, the law, the steps taken so far and the platforms to report to."),
         (), (
             _flag("relief_sought.protection_order", N_("Ask for a protection order?"), "ReliefSought.protection_order"),
             _flag("relief_sought.expedited_order", N_("Ask for an expedited order?"), "ReliefSought.expedited_order"),
             Field("relief_sought.orders", "lines", N_("Orders asked for (one per line)"), model="ReliefSought.orders"),
             Field("relief_sought.damages_claimed", "number", N_("Damages claimed (a number, in the court's currency)"),
                   model="ReliefSought.damages_claimed"),
             Group("legal.laws_applied", N_("Law"), N_("Add a law"), (
                 Field("name", "text", N_("Name of the law"), model="Law.name"),
                 Field("provisions", "lines", N_("Provisions (one per line)"), model="Law.provisions"),
                 Field("text", "long", N_("The provision's own words"), model="Law.text"),
                 Field("how_applied", "long", N_("How the authorities applied it to the victim"), model="Law.how_applied"),
             ), model="Legal.laws_applied"),
             Field("legal.rights_engaged", "lines", N_("Rights engaged (such as iccpr-19, one per line)"),
                   model="Legal.rights_engaged"),
             Group("legal.domestic_remedies", N_("Step taken at home"), N_("Add a step"), (
                 Field("kind", "choice", N_("Kind of step"), tuple(vocab.DOMESTIC_STEP_KINDS), "DomesticRemedy.kind"),
                 Field("date", "date", N_("Date (YYYY-MM-DD)"), model="DomesticRemedy.date"),
                 Field("body", "text", N_("Authority or body"), model="DomesticRemedy.body"),
                 Field("action", "text", N_("What was done"), model="DomesticRemedy.action"),
                 Field("reference", "text", N_("Reference number"), model="DomesticRemedy.reference"),
                 Field("outcome", "text", N_("Outcome"), model="DomesticRemedy.outcome"),
                 Field("status", "choice", N_("Status"), vocab.REMEDY_STATUSES, "DomesticRemedy.status"),
             ), model="Legal.domestic_remedies"),
             Field("platform_report.platforms", "multi", N_("Platforms to report to"), tuple(vocab.PLATFORMS),
                   "PlatformReport.platforms"),
             _flag("platform_report.dsa_notice", N_("Also draft an EU Digital Services Act notice?"),
                   "PlatformReport.dsa_notice"),
         )),
    Page("consent", N_("Consent"), N_("What the victim agreed to. Nothing is filed or published without it."),
         ("victim", "consent"), (
             _flag("to_file", N_("Does the victim consent to filing?"), "Consent.to_file"),
             Field("name_in_public_reports", "choice", N_("Name in public reports"), vocab.NAME_IN_PUBLIC_REPORTS,
                   "Consent.name_in_public_reports"),
             _flag("press_brief", N_("Does the victim consent to a press brief?"), "Consent.press_brief"),
             _flag("informed_of_government_letter", N_("Informed that the UN may write to the government?"),
                   "Consent.informed_of_government_letter"),
             _flag("informed_of_public_report", N_("Informed that the case may appear in a public UN report?"),
                   "Consent.informed_of_public_report"),
             Field("given_on", "date", N_("Consent given on (YYYY-MM-DD)"), model="Consent.given_on"),
             Field("given_by", "text", N_("Consent given by, if not the victim"), model="Consent.given_by"),
         )),
    Page("press", N_("Press"), N_("The press brief tells the story without the victim's identity."),
         ("press",), (
             Field("headline", "text", N_("Headline"), model="Press.headline"),
             Field("embargo_until", "datetime", N_("Embargo until (such as 2026-11-27T09:00:00+08:00)"),
                   model="Press.embargo_until"),
             Field("summary", "long", N_("Summary"), model="Press.summary"),
             Field("key_messages", "lines", N_("Key messages (one per line)"), model="Press.key_messages"),
             Field("asks", "lines", N_("What is asked (one per line)"), model="Press.asks"),
             Field("quote", "long", N_("Quote"), model="Press.quote"),
             Field("background", "long", N_("Background"), model="Press.background"),
             Field("contact.name", "text", N_("Press contact: name"), model="PressContact.name"),
             Field("contact.organisation", "text", N_("Press contact: organisation"), model="PressContact.organisation"),
             Field("contact.email", "text", N_("Press contact: email"), model="PressContact.email"),
             Field("contact.phone", "text", N_("Press contact: telephone"), model="PressContact.phone"),
             Field("also_redact", "lines", N_("Other words to remove from the press brief (one per line)"),
                   model="Press.also_redact"),
         )),
)

BY_SLUG = {page.slug: page for page in PAGES}

CHOICE_LABELS = {
    "female": N_("female"), "male": N_("male"), "other": N_("other"), "undisclosed": N_("undisclosed"),
    "victim": N_("the victim"), "lawyer": N_("lawyer"), "ngo": N_("organisation (NGO)"),
    "family": N_("family member"), "submitter": N_("the submitter"),
    "private_individual": N_("a private individual"), "state_actor": N_("a State official or body"),
    "non_state_group": N_("a group (not the State)"), "company": N_("a company"),
    "full": N_("full name"), "initials": N_("initials only"), "withheld": N_("withheld"),
    "pending": N_("pending"), "decided": N_("decided"), "rejected": N_("rejected"), "appealed": N_("appealed"),
    "exhausted": N_("exhausted"), "not_available": N_("not available"),
    "police_report": N_("police report"), "platform_report": N_("report to the platform"),
    "regulator_report": N_("report to a regulator"), "court": N_("court"), "prosecution": N_("prosecution"),
}


def choice_label(field: Field, value: str, _=lambda text: text) -> str:
    """How a choice is shown: the vocabulary's own description (translated) beside the value written."""
    if field.name == "harms" and value in vocab.HARMS:
        return f"{value}: {_(vocab.HARMS[value])}"
    if value in vocab.PLATFORMS and field.choices == tuple(vocab.PLATFORMS):
        return _(vocab.PLATFORMS[value])
    if field.name == "relationship" and value in vocab.RELATIONSHIPS:
        return f"{value}: {_(vocab.RELATIONSHIPS[value])}"
    return _(CHOICE_LABELS.get(value, value))


def shown_texts() -> list[tuple[str, str]]:
    """Texts shown that are not literals of the app's sources: help texts and vocabulary descriptions."""
    found: list[tuple[str, str]] = []

    def visit(items) -> None:
        for item in items:
            if help_text(item):
                found.append((help_text(item), f"src/remedies/record/fields.yaml:{item.model}"))
            if isinstance(item, Group):
                visit(item.items)

    for page in PAGES:
        visit(page.items)
    for table, name in ((vocab.HARMS, "HARMS"), (vocab.PLATFORMS, "PLATFORMS"), (vocab.RELATIONSHIPS, "RELATIONSHIPS")):
        found += [(text, f"src/remedies/record/vocab.py:{name}") for text in table.values()]
    return found


@lru_cache(maxsize=1)
def help_texts() -> dict[str, str]:
    import yaml

    path = Path(__file__).resolve().parent.parent / "record" / "fields.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: str(entry.get("description", "")) for key, entry in data.items() if isinstance(entry, dict)}


def help_text(item: Union[Field, Group]) -> str:
    return help_texts().get(item.model, "")


# ---- state: the answers as strings, by path ----------------------------------------------------

State = dict[str, Any]


def split(name: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in name.split("."))


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
        elif not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _text(value: Any, locale: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # written per language: the record's own language, else the first
        value = value.get(locale, next(iter(value.values()), ""))
    if isinstance(value, (list, dict)):
        return ""
    return str(value)


def shown_value(item: Field, value: Any, locale: str) -> Any:
    if item.kind in {"multi", "lines"}:
        if value is None:
            return [] if item.kind == "multi" else ""
        values = value if isinstance(value, list) else [value]
        texts = [_text(v, locale) for v in values]
        return texts if item.kind == "multi" else "\n".join(texts)
    if item.kind == "flag":
        word = _text(value, locale).strip().casefold()
        return {"true": "yes", "yes": "yes", "false": "no", "no": "no"}.get(word, "")
    return _text(value, locale)


def state_from(data: Any, page: Page, locale: str) -> State:
    """The page's answers as the file holds them (text as typed)."""
    base = _get(data, page.root) if page.root else data
    return _state_items(base if isinstance(base, dict) else {}, page.items, locale)


def _state_items(data: dict, items, locale: str) -> State:
    state: State = {}
    for item in items:
        value = _get(data, split(item.name))
        if isinstance(item, Group):
            rows = value if isinstance(value, list) else []
            state[item.name] = [dict(_state_items(row if isinstance(row, dict) else {}, item.items, locale),
                                     _from=str(index)) for index, row in enumerate(rows)]
        else:
            state[item.name] = shown_value(item, value, locale)
    return state


def state_from_form(form, page: Page) -> State:
    """The page's answers as submitted; every name the page does not know is ignored."""
    names = list(form.keys())
    return _form_items(form, names, page.items, prefix(page))


def prefix(page: Page) -> str:
    """What form names start with on `page`: they are the record's field paths (`victim.email`)."""
    return "".join(part + "." for part in page.root)


def _form_items(form, names: list[str], items, prefix: str) -> State:
    state: State = {}
    for item in items:
        name = prefix + item.name
        if isinstance(item, Group):
            indexes = sorted({int(n[len(name) + 1:].split(".")[0]) for n in names
                              if n.startswith(name + ".") and n[len(name) + 1:].split(".")[0].isdigit()})
            rows = []
            for index in indexes:
                row = _form_items(form, names, item.items, f"{name}.{index}.")
                origin = form.get(f"{name}.{index}._from", "")
                row["_from"] = origin if origin.isdigit() else ""
                rows.append(row)
            state[item.name] = rows
        elif item.kind == "multi":
            chosen = set(form.getlist(name))
            state[item.name] = [c for c in item.choices if c in chosen]
        else:
            state[item.name] = str(form.get(name, ""))
    return state


def blank(items) -> State:
    return {item.name: [] if isinstance(item, Group) else ([] if item.kind == "multi" else "") for item in items} | {
        "_from": ""}


def empty_row(row: State, items) -> bool:
    for item in items:
        value = row.get(item.name)
        if isinstance(item, Group):
            if any(not empty_row(r, item.items) for r in value or []):
                return False
        elif value not in ("", [], None) and str(value).strip() != "":
            return False
    return True


# ---- from answers to the file ----------------------------------------------------------------

def value_of(item: Field, shown: Any) -> Any:
    """What the file should hold for an answer; None means: leave the field out."""
    if item.kind == "multi":
        return list(shown) or None
    text = str(shown or "")
    if item.kind == "lines":
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines or None
    if item.kind == "flag":
        return {"yes": True, "no": False}.get(text.strip())
    if item.kind == "long":
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
        return text or None
    return text.strip() or None


def apply(document, typed: Any, page: Page, state: State, locale: str) -> None:
    """Write the answers of `page` into the YAML document; answers unchanged leave the file as it is."""
    before = state_from(typed, page, locale)
    _apply_items(document, page.root, page.items, state, before)


def _apply_items(document, base: tuple, items, state: State, before: State) -> None:
    for item in items:
        path = base + split(item.name)
        if isinstance(item, Group):
            _apply_group(document, path, item, state.get(item.name, []), before.get(item.name, []))
            continue
        new, old = state.get(item.name, ""), before.get(item.name, "")
        if new == old:
            continue
        value = value_of(item, new)
        current = casefile.get_path(document, path)
        if isinstance(current, dict) and item.kind in {"text", "long"} and value is not None:
            # Written per language: the text shown was the first language's; the others are kept.
            casefile.set_path(document, path + (next(iter(current)),), value)
        elif value is None:
            casefile.delete_path(document, path)
        else:
            casefile.set_path(document, path, value)


def _apply_group(document, path: tuple, group: Group, rows: list, before: list) -> None:
    """A repeatable group: items kept (by where they came from), added or removed; an item that stays
    keeps its comments and the fields the page does not show."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    rows = [row for row in rows if not empty_row(row, group.items)]
    if not rows:
        casefile.delete_path(document, path)
        return
    existing = casefile.get_path(document, path)
    existing = list(existing) if isinstance(existing, list) else []
    olds = {str(index): row for index, row in enumerate(before)}
    nodes, previous = [], []
    for row in rows:
        origin = row.get("_from", "")
        if origin in olds and int(origin) < len(existing) and isinstance(existing[int(origin)], dict) \
                and all(node is not existing[int(origin)] for node in nodes):
            nodes.append(existing[int(origin)])
            previous.append(olds[origin])
        else:
            nodes.append(CommentedMap())
            previous.append(blank(group.items))
    holder = casefile.get_path(document, path)
    if not isinstance(holder, CommentedSeq):
        casefile.delete_path(document, path)
        casefile.set_path(document, path + (0,), CommentedMap())
        holder = casefile.get_path(document, path)
    if [id(node) for node in nodes] != [id(node) for node in holder]:
        del holder[:]
        holder.extend(nodes)
    for index, (row, old) in enumerate(zip(rows, previous)):
        _apply_items(document, path + (index,), group.items, row, old)


# ---- validation ------------------------------------------------------------------------------

@dataclass
class Checked:
    problems: list = field(default_factory=list)  # every problem in the record, as `check` reports it
    record: Optional[Any] = None

    def on(self, page: Page) -> dict[str, str]:
        """The problems on `page`'s fields, by form name."""
        names = page_names(page)
        found: dict[str, str] = {}
        for problem in self.problems:
            name = ".".join(str(p) for p in problem.path)
            owner = _owner(name, names)
            if owner is not None:
                found.setdefault(name if name in names or owner == name else owner, problem.message)
        return found


    def blocking(self, page: Page) -> dict[str, str]:
        """The problems that stop a page from being saved: all but references to exhibits not yet listed
        (the incidents come before the evidence page; `check` still reports them until they are)."""
        return {name: message for name, message in self.on(page).items() if not _forward(name, message)}


def _forward(name: str, message: str) -> bool:
    import re

    return bool(re.fullmatch(r"incidents\.\d+\.evidence(\.\d+)?", name)) and \
        "is not the id of any evidence item" in message


def page_names(page: Page) -> set[str]:
    """The field names of a page as problem paths are written: `incidents.0.date` -> `incidents.*.date`."""
    prefix = ".".join(page.root)
    return {(prefix + "." if prefix else "") + name for name in _names(page.items)}


def _names(items, prefix: str = "") -> list[str]:
    found = []
    for item in items:
        if isinstance(item, Group):
            found.append(prefix + item.name)
            found += _names(item.items, prefix + item.name + ".*.")
        else:
            found.append(prefix + item.name)
    return found


def _owner(name: str, names: set[str]) -> Optional[str]:
    parts = name.split(".")
    pattern = [("*" if p.isdigit() else p) for p in parts]
    for length in range(len(parts), 0, -1):
        if ".".join(pattern[:length]) in names:
            return ".".join(parts[:length])
    return None


def check_path(name: str) -> str:
    """A form name as `remedies check` names the field: `incidents.1.date` -> `incidents[2].date`."""
    from remedies.record.problems import field_path

    return field_path(split(name))


def field_page(path: str) -> Optional[tuple[Page, str]]:
    """The page that asks for a field given as `check` names it (`incidents[2].url`)."""
    import re

    dotted = re.sub(r"\[(\d+)\]", lambda m: "." + str(int(m.group(1)) - 1), path)
    dotted = dotted.split(" ")[0]
    for page in PAGES:
        owner = _owner(dotted, page_names(page))
        if owner is not None:
            return page, owner
    return None


def validate(text: str, name: str, folder: Path) -> Checked:
    """Validate a record's text exactly as `remedies check` validates a file.

    The copy checked is written inside the cases folder (hidden, removed at once), never in a shared
    temporary folder: the record holds the victim's data.
    """
    import os

    from remedies.record import load
    from remedies.record.problems import RecordError
    from remedies.rendering.resources import available_locales

    handle, temporary = tempfile.mkstemp(prefix=f".{Path(name).stem}.check.", suffix=".yaml", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        try:
            loaded = load(temporary, available_locales())
        except RecordError as exc:
            return Checked(problems=exc.problems)
    finally:
        os.unlink(temporary)
    return Checked(record=loaded.record)
