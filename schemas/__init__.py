"""The comunicati record: Pydantic models and the exported JSON Schema."""

import json
from pathlib import Path

from schemas.record import (
    DateMention,
    Figure,
    Meta,
    Organization,
    Person,
    Place,
    PressRelease,
    Published,
    Quote,
    Role,
    Span,
)

SCHEMA_PATH = Path(__file__).with_name("press_release.schema.json")


def json_schema() -> dict:
    """The JSON Schema of :class:`PressRelease`, as exported to ``press_release.schema.json``."""
    schema = PressRelease.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/comunicati/comunicati/schemas/press_release.schema.json"
    return schema


def write_json_schema(path: Path = SCHEMA_PATH) -> Path:
    """Write the JSON Schema file (run ``python -m schemas`` after changing the models)."""
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


__all__ = [
    "SCHEMA_PATH",
    "DateMention",
    "Figure",
    "Meta",
    "Organization",
    "Person",
    "Place",
    "PressRelease",
    "Published",
    "Quote",
    "Role",
    "Span",
    "json_schema",
    "write_json_schema",
]
