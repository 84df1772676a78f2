"""``python -m schemas`` rewrites press_release.schema.json from the models."""

from schemas import write_json_schema

print(write_json_schema())
