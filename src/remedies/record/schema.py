"""The JSON Schema of the incident record, for editors (yaml-language-server) and other tools."""

from __future__ import annotations

from typing import Any

from remedies.record.model import Record
from remedies.record import vocab




def json_schema() -> dict[str, Any]:
    schema = Record.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "remedies incident record"
    schema["description"] = (
        "One case of an online harm, from which remedies drafts court, UN, platform and press documents. "
        "Harms: " + "; ".join(f"{k}: {v}" for k, v in vocab.HARMS.items())
    )
    return schema
