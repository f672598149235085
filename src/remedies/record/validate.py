"""Validate a record: the model's rules, then references between sections, in plain sentences."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from pydantic import BaseModel, ValidationError

from remedies.record import vocab
from remedies.record.model import RECORD_VERSIONS, Record
from remedies.record.problems import PathKey, Problem, RecordError, shown
from remedies.record.source import Source, read


@dataclass
class Loaded:
    record: Record
    source: Source

    @property
    def warnings(self) -> list[Problem]:
        return self.source.warnings


def load(path: Union[str, Path], available_locales: Iterable[str] = ("en",)) -> Loaded:
    """Read, validate and cross-check a record; raise RecordError listing every problem at once."""
    source = read(path)
    data = source.data
    problems: list[Problem] = []

    version = data.get("record_version")
    if "record_version" not in data:
        problems.append(source.problem((), "record_version is required (this version of remedies reads 1)"))
    elif _version(version) not in RECORD_VERSIONS:
        supported = ", ".join(str(v) for v in RECORD_VERSIONS)
        problems.append(source.problem(("record_version",),
                                       f"{shown(version)} is not a record version this tool reads (it reads {supported})"))

    record = None
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        reported = {p.path for p in problems}
        problems.extend(p for p in _explain(exc, source) if p.path not in reported)
    problems.extend(_cross_check(data, source, set(available_locales)))
    if record is not None:
        source.warnings.extend(_date_warnings(record, source))
    if problems:
        problems.sort(key=lambda p: (p.line, p.column))
        raise RecordError(problems)
    return Loaded(record=record, source=source)


def _version(value: Any) -> Any:
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
        return int(value)
    return value


# ---- pydantic errors as sentences --------------------------------------------------------------

_TYPE_WORDS = {
    "string_type": "must be text",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "list_type": "must be a list (items on lines starting with '- ', or [a, b])",
    "dict_type": "must be a section of fields (key: value lines)",
    "model_type": "must be a section of fields (key: value lines)",
    "model_attributes_type": "must be a section of fields (key: value lines)",
    "missing": "is required",
    "timezone_aware": "must include a UTC offset, for example 2026-09-14T22:05:00+08:00",
    "time_parsing": "must be a time such as 21:40 or 21:40:00",
    "time_type": "must be a time such as 21:40 or 21:40:00",
}

def _explain(exc: ValidationError, source: Source) -> list[Problem]:
    problems = []
    seen: set[tuple[PathKey, str]] = set()
    for error in exc.errors(include_url=False):
        path = _clean_loc(error["loc"])
        message = _sentence(error, path, source)
        if (path, message) in seen:
            continue
        seen.add((path, message))
        key = error["type"] == "extra_forbidden"
        problems.append(source.problem(path, message, key=key))
    return problems


def _clean_loc(loc: tuple) -> PathKey:
    # pydantic adds the names of validators and union members to the location; keep the field path.
    return tuple(part for part in loc if isinstance(part, int) or (isinstance(part, str) and not _inner(part)))


def _inner(part: str) -> bool:
    return part.startswith(("function-", "lax-", "strict-", "json-or-python")) or part in {"str", "int", "bool"}


def _sentence(error: dict[str, Any], path: PathKey, source: Source) -> str:
    kind = error["type"]
    value = error.get("input")
    field = path[-1] if path else ""
    if kind == "extra_forbidden":
        known = _known_fields(path[:-1])
        guess = vocab.suggest(field, known) if known else None
        hint = f"; did you mean '{guess}'?" if guess else f"; the fields here are: {', '.join(known)}"
        return f"{shown(field)} is not a field of this section{hint}"
    if kind == "literal_error":
        allowed = [a.strip().strip("'") for a in error["ctx"]["expected"].replace(" or ", ", ").split(",")]
        names = {v: k for k, v in vocab.PLATFORMS.items()} | vocab.PLATFORM_ALIASES if set(allowed) == set(
            vocab.PLATFORMS) else None
        guess = vocab.suggest(value, allowed, names) if isinstance(value, str) else None
        hint = f"; did you mean '{guess}'?" if guess else ""
        return f"{shown(value)} is not one of: {', '.join(allowed)}{hint}"
    if kind.startswith(("date_", "datetime_")) or kind in {"date_type", "datetime_type"}:
        if kind in {"date_from_datetime_inexact"}:
            return f"{shown(value)} must be a date only, written as YYYY-MM-DD"
        reason = error["msg"].split(",", 1)[1].strip() if "," in error["msg"] else ""
        shape = "YYYY-MM-DD" if kind.startswith("date_") else "YYYY-MM-DDThh:mm:ss+hh:mm"
        detail = f" ({reason})" if reason else ""
        return f"{shown(value)} is not a valid date{detail}; write it as {shape}"
    if kind == "string_pattern_mismatch":
        return f"{shown(value)} must be a short id of letters, digits, '-', '_' or '.', such as E1"
    if kind == "string_too_long":
        return f"is longer than {error['ctx']['max_length']} characters"
    if kind == "too_short" and field == "harms":
        return "must name at least one harm (" + ", ".join(vocab.HARMS) + ")"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind in _TYPE_WORDS:
        if kind in {"dict_type", "model_type", "model_attributes_type"} and value is None:
            return "is empty; remove it or fill it in"
        shown_value = "" if kind == "missing" or value is None else f" (found {_found(value)})"
        return _TYPE_WORDS[kind] + shown_value
    return error["msg"][0].lower() + error["msg"][1:]


def _found(value: Any) -> str:
    if isinstance(value, dict):
        return "a section of fields"
    if isinstance(value, list):
        return "a list"
    return shown(value)


def _known_fields(path: PathKey) -> list[str]:
    model: Any = Record
    for part in path:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part) or next(
            (f for f in model.model_fields.values() if f.alias == part), None)
        if info is None:
            return []
        model = _model_of(info.annotation)
        if model is None:
            return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _model_of(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_of(arg)
        if found is not None:
            return found
    return None


# ---- references between sections ---------------------------------------------------------------


def _items(data: dict, section: str) -> list[tuple[int, dict]]:
    value = data.get(section)
    if not isinstance(value, list):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)]


def _ids(data: dict, section: str, source: Source, problems: list[Problem]) -> list[str]:
    ids: list[str] = []
    first: dict[str, int] = {}
    for index, item in _items(data, section):
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in first:
            problems.append(source.problem(
                (section, index, "id"),
                f"{shown(ident)} is used twice in {section} (first at {section}[{first[ident] + 1}])"))
        else:
            first[ident] = index
        ids.append(ident)
    return ids


def _cross_check(data: dict, source: Source, locales: set[str]) -> list[Problem]:
    """References between sections, checked on the raw data so they are reported with other problems."""
    problems: list[Problem] = []
    respondent_ids = _ids(data, "respondents", source, problems)
    _ids(data, "incidents", source, problems)
    evidence_ids = _ids(data, "evidence", source, problems)
    known_respondents, known_evidence = set(respondent_ids), set(evidence_ids)
    for index, incident in _items(data, "incidents"):
        rid = incident.get("respondent")
        if isinstance(rid, str) and rid not in known_respondents:
            problems.append(source.problem(
                ("incidents", index, "respondent"),
                f"{shown(rid)} is not the id of any respondent" + _suggest(rid, respondent_ids)))
        evidence = incident.get("evidence")
        for position, eid in enumerate(evidence if isinstance(evidence, list) else []):
            if isinstance(eid, str) and eid not in known_evidence:
                problems.append(source.problem(
                    ("incidents", index, "evidence", position),
                    f"{shown(eid)} is not the id of any evidence item" + _suggest(eid, evidence_ids)))

    case = data.get("case")
    locale = case.get("locale", "en") if isinstance(case, dict) else "en"
    if isinstance(locale, str) and locale not in locales:
        problems.append(source.problem(("case", "locale"), unknown_locale(locale, locales)))
    return problems


def unknown_locale(locale: str, locales: Iterable[str]) -> str:
    from babel import Locale

    locales = sorted(locales)
    names = {}
    for code in locales:
        try:
            names[Locale.parse(code).english_name] = code
        except Exception:  # a translator's folder named oddly; it is simply not suggested by name
            pass
    guess = vocab.suggest(locale, locales, names)
    hint = f"did you mean '{guess}'? " if guess and guess != locale else ""
    return f"{shown(locale)} is not an available locale; {hint}choose one of: {', '.join(locales)}"


def _suggest(value: str, known: list[str]) -> str:
    guess = vocab.suggest(value, known) or next(iter(difflib.get_close_matches(value, known, n=1, cutoff=0.5)), None)
    if guess:
        return f"; did you mean '{guess}'?"
    return f" (known: {', '.join(known)})" if known else " (there are none)"


def _date_warnings(record: Record, source: Source) -> list[Problem]:
    prepared = record.case.prepared_on
    warnings = []
    for index, incident in enumerate(record.incidents):
        if incident.date > prepared:
            warnings.append(source.problem(
                ("incidents", index, "date"),
                f"{incident.date.isoformat()} is after case.prepared_on ({prepared.isoformat()}); check both dates"))
    for index, item in enumerate(record.evidence):
        if item.captured_at and item.captured_at.date() > prepared:
            warnings.append(source.problem(
                ("evidence", index, "captured_at"),
                f"{item.captured_at.date().isoformat()} is after case.prepared_on ({prepared.isoformat()}); check both dates"))
    return warnings
