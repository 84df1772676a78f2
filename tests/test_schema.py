import json

import jsonschema

from schemas import SCHEMA_PATH, PressRelease, json_schema


def test_exported_schema_is_in_sync_with_models():
    on_disk = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "run `python -m schemas` to re-export the JSON Schema"


def test_contract_field_names_exist():
    fields = set(PressRelease.model_fields)
    assert {"id", "source", "title", "text", "language", "published", "dates", "places", "people",
            "organizations", "figures", "quotes", "warnings", "meta"} <= fields


def test_real_record_validates_against_json_schema(run):
    record = run("Roma, 3 aprile 2024 – Il Comune di Roma ha stanziato 2 milioni di euro per 40 scuole.")
    jsonschema.validate(record.model_dump(mode="json"), json_schema())
    assert record.published.date == "2024-04-03"
