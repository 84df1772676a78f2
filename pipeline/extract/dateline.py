"""The release's own date and place: datelines, header/footer date lines, "Comunicato … del <data>"."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.dategrammar import DateCandidate, resolve

# What may stand before the date on a dateline: "(ANSA) - MILANO, ", "Pietrasanta, ", "ROMA -", "Lugano / ".
_PLACE_PREFIX = re.compile(
    r"^\s*(?:\(\s*[A-Z]{2,10}\s*\)\s*[-–—]\s*)?"
    r"(?P<place>[A-ZÀ-Ý][\w’'.-]*(?:\s+(?:[A-ZÀ-Ý][\w’'.-]*|di|del|della|sul|sulla|in|d['’]\w+|dell['’]\w+)){0,4})?"
    r"(?:\s*\((?:[A-Z]{2}|[A-ZÀ-Ý][\w’' -]{2,30})\))?"  # "Adria (Rovigo), ", "Pieve (TV) -"
    r"\s*[,–—\-/|]?\s*(?:(?:lì|li|il|addì)\s+)?$")
_SIGNATURE_PLACE = re.compile(r"(?<![\w])(?P<place>[A-ZÀ-Ý][\w’'.-]+),\s*(?:(?:lì|li|addì)\s+)?$")
_COMUNICATO_PREFIX = re.compile(
    r"(?:comunicat[oi](?:\s+stampa)?|nota\s+stampa|informazione\s+stampa)[^\n]{0,60}?\b(?:del|dell['’])\s*$", re.IGNORECASE)
_NEWSPAPER_PREFIX = re.compile(r"\(\s*dal\s+[^\n()]{1,60}\s+del\s*$", re.IGNORECASE)
_AFTER_OK = re.compile(r"^\s*(?:$|[-–—:|.)]|\n)")
HEADER_LINES = 5
FOOTER_LINES = 3


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_published(text: str, candidates: list[DateCandidate],
                   reference: date | None = None) -> tuple[DateCandidate, str | None, date] | None:
    """Return the dateline candidate, its place (if any) and its date, looking at header and footer lines.

    Agency datelines without a year ("(ANSA) - MILANO, 3 GEN -") take the year of ``reference`` (metadata)."""
    lines = _lines(text)
    footer = lines[-FOOTER_LINES:]
    zones = lines[:HEADER_LINES] + footer
    for line_start, line_end in zones:
        for cand in candidates:
            if not (line_start <= cand.start < line_end) or cand.kind not in {"full", "range"}:
                continue
            if cand.kind == "range" or cand.year is None and not _is_ansa_like(text, line_start, cand):
                continue
            before = text[line_start:cand.start]
            after = text[cand.end:line_end]
            place = None
            if _COMUNICATO_PREFIX.search(before) or _NEWSPAPER_PREFIX.search(before):
                pass
            else:
                m = _PLACE_PREFIX.match(before)
                if not m and (line_start, line_end) in footer:
                    m = _SIGNATURE_PLACE.search(before)  # "La Presidente … Forlì, 15 settembre 2023"
                if not m or not _AFTER_OK.match(after):
                    continue
                place = m["place"]
            value = resolve(cand, reference if cand.year is None else None).value
            if value:
                return cand, place, date.fromisoformat(value)
    return None


def _is_ansa_like(text: str, line_start: int, cand: DateCandidate) -> bool:
    """Agency datelines ("(ANSA) - MILANO, 3 GEN -") carry no year."""
    return text[line_start:cand.start].lstrip().startswith("(")
