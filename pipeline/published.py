"""Parsing a publication date given as metadata (CLI option, JSONL field, library argument)."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache


@cache
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["it", "en"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                                            "RETURN_AS_TIMEZONE_AWARE": False})


def parse_published(value: str | date | datetime | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date, an ISO string, or Italian text ("7 marzo 2023", "07/03/2023").

    Raises ValueError when a non-empty value cannot be read as a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", s):
        return date.fromisoformat(s[:10]).isoformat()
    parsed = _parser().get_date_data(s)
    if parsed is None or parsed.date_obj is None:
        raise ValueError(f"cannot read {value!r} as a date")
    return parsed.date_obj.date().isoformat()
