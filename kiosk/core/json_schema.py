"""JSON Schemas for the content files, generated from the content model.

Editors use them through the `# yaml-language-server: $schema=...` line at the
top of each file to complete keys and underline mistakes while a curator types.
Written as JSON Schema draft-07, the draft yaml-language-server supports fully.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from kiosk.core.schema import Exhibition, Section

DRAFT = "http://json-schema.org/draft-07/schema#"
SCHEMAS = {"exhibition.schema.json": Exhibition, "section.schema.json": Section}


def schema_for(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(ref_template="#/definitions/{model}")
    if "$defs" in schema:
        schema["definitions"] = schema.pop("$defs")
    return {"$schema": DRAFT, **schema}


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(json.dumps(schema_for(model), indent=2, ensure_ascii=False) + "\n", "utf-8")
        written.append(path)
    return written
