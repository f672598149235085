"""The JSON Schema of the incident record, for editors (yaml-language-server) and other tools, and the
reference page docs/record.md generated from it; what each field means is in record/fields.yaml."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from remedies.record import vocab
from remedies.record.model import Record
from remedies.record.source import MAX_BYTES, MAX_DEPTH
from remedies.record.validate import _model_of

FIELDS = Path(__file__).with_name("fields.yaml")


@lru_cache(maxsize=1)
def field_docs() -> dict[str, dict[str, Any]]:
    from ruamel.yaml import YAML

    with FIELDS.open(encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle)


def _plain(value: Any) -> Any:
    """YAML examples as JSON values (dates as text)."""
    return json.loads(json.dumps(value, default=lambda v: v.isoformat() if isinstance(v, (dt.date, dt.time)) else str(v)))


def models() -> list[type[BaseModel]]:
    """Every section model, in the order a reader meets them."""
    found: list[type[BaseModel]] = []

    def walk(model: type[BaseModel]) -> None:
        if model in found:
            return
        found.append(model)
        for info in model.model_fields.values():
            inner = _model_of(info.annotation)
            if inner is not None:
                walk(inner)

    walk(Record)
    return found


def _title(name: str) -> str:
    return name.replace("_", " ").capitalize()


def json_schema() -> dict[str, Any]:
    schema = Record.model_json_schema(by_alias=True, mode="validation")
    docs = field_docs()
    definitions = schema.get("$defs", {})
    for model in models():
        target = schema if model is Record else definitions.get(model.__name__)
        if target is None:
            continue
        for name, info in model.model_fields.items():
            key = info.alias or name
            entry = docs.get(f"{model.__name__}.{key}", {})
            prop = target["properties"][key]
            prop["title"] = _title(key)
            description = info.description or entry.get("description")
            if description:
                prop["description"] = description
            if "example" in entry:
                prop["examples"] = [_plain(entry["example"])]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "remedies incident record"
    schema["description"] = (
        "One case of an online harm, from which remedies drafts court, UN, platform and press documents "
        "(field reference: docs/record.md). Harms: " + "; ".join(f"{k}: {v}" for k, v in vocab.HARMS.items())
    )
    return schema


def undocumented() -> list[str]:
    """Fields with no description or no example in record/fields.yaml (a test keeps this empty)."""
    docs = field_docs()
    missing = []
    for model in models():
        for name, info in model.model_fields.items():
            entry = docs.get(f"{model.__name__}.{info.alias or name}", {})
            if not (info.description or entry.get("description")) or "example" not in entry:
                missing.append(f"{model.__name__}.{info.alias or name}")
    return missing


def _type_words(prop: dict[str, Any], definitions: dict[str, Any]) -> str:
    if "$ref" in prop:
        return "section " + prop["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in prop:
        words = [_type_words(p, definitions) for p in prop["anyOf"] if p.get("type") != "null"]
        return " or ".join(dict.fromkeys(w for w in words if w))
    if "enum" in prop:
        return "one of " + ", ".join(f"`{v}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    kind = prop.get("type")
    if kind == "array":
        return "list of " + _type_words(prop.get("items", {}), definitions)
    if kind == "object" and "additionalProperties" in prop and "minProperties" in prop:
        return "text per language ({en: ..., fr: ...})"
    if kind == "object":
        return "mapping"
    if isinstance(kind, list):
        return "text"
    if prop.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if prop.get("format") == "date-time":
        return "date and time with UTC offset"
    if prop.get("format") == "time":
        return "time (hh:mm)"
    return {"string": "text", "integer": "whole number", "boolean": "true/false (yes/no)"}.get(kind, kind or "any")


def reference_page() -> str:
    """docs/record.md: every section and field with its meaning, type and an example."""
    schema = json_schema()
    definitions = schema.get("$defs", {})
    lines = [
        "# The incident record: field reference",
        "",
        "Generated from the record's JSON Schema (`remedies schema`) by `remedies schema --markdown`;",
        "do not edit by hand (a test checks it is current). The examples in `examples/` follow it.",
        "",
        "- Values are taken exactly as typed: `postal_code: 068898` is the text 068898, `country: NO` is",
        "  Norway. Booleans accept true/false/yes/no in any case.",
        "- Fields marked *text per language* may be written once or per language",
        "  (`description: {en: \"...\", fr: \"...\"}`); a document in another language shows the original",
        "  with a highlighted `[untranslated: en]` note, and `remedies check` lists what is untranslated.",
        f"- Limits: a record file is at most {MAX_BYTES:,} bytes and nests at most {MAX_DEPTH} levels deep.",
        "",
    ]
    for model in models():
        target = schema if model is Record else definitions[model.__name__]
        name = "Record (top level)" if model is Record else model.__name__
        lines += [f"## {name}", "", "| field | type | meaning | example |", "|---|---|---|---|"]
        required = set(target.get("required", []))
        for key, prop in target["properties"].items():
            words = _type_words(prop, definitions)
            example = json.dumps(prop.get("examples", [None])[0], ensure_ascii=False)
            mark = " (required)" if key in required else ""
            cell = lambda text: str(text).replace("|", "\\|")
            lines.append(f"| `{key}`{mark} | {cell(words)} | {cell(prop.get('description', ''))} | `{cell(example)}` |")
        lines.append("")
    return "\n".join(lines)
