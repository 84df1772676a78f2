"""Language data of the extractors, kept apart from the logic: JSON files loaded once."""

import json
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent


@cache
def load(name: str) -> dict:
    """Load ``<name>.json`` from the lexicon folder (cached)."""
    return json.loads((LEXICON_DIR / f"{name}.json").read_text(encoding="utf-8"))
