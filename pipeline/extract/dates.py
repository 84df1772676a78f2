"""Dates: every calendar reference, normalized against the publication date (relative ones resolved)."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from pipeline.extract.dategrammar import CAL, DateCandidate, find_candidates, resolve
from pipeline.extract.spans import text_of
from schemas import DateMention

# Words before a 4-digit number that make it a code, a law or an address number, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\bn\.|\bnr\.?|\bnum(?:ero)?\.?|\bart(?:icolo|\.)|\blegge|\bl\.|\bdecreto|\bd\.?\s?lgs\.?|\bdpr|\bcomma|"
    r"\bcap\.?|\btel(?:efono|\.)?|\bfax|\bvia|\bviale|\bpiazza|\bcorso|\bcivico|\boltre|\bcirca|\bquasi|\bdi\s+più|"
    r"\bpiù\s+di|\bmeno\s+di|\balmeno|€|\bchf|\busd|\bcodice|\bprot\.?|\bpratica|\bsezione|\bdelibera\s+n?\.?)\s*$",
    re.IGNORECASE)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?i:nel|del|dal|al|il|entro|fino\s+al|anno|anni|dell['’]anno|stagione|edizione|estate|inverno|primavera|"
    r"autunno|e|ed|o|tra|fra|a|ad|in|sino\s+al|dopo\s+il|prima\s+del|per\s+il)|(?<=\w\s)[A-Z][\w&’'.-]*|[(\[–—-])\s*$")
_VENUE_BEFORE = re.compile(r"\b(?:via|viale|piazza|piazzale|corso|largo|ponte|stadio|parco|scuola|istituto)\s+$", re.I)
_UNITS_AFTER = re.compile(r"^\s*(?:%|€|euro\b|per\s*cento|franchi|chf\b|dollari|mila\b|milioni|km|kg|mq|metri|ettari)", re.IGNORECASE)


def _is_generic_today(text: str, c: DateCandidate) -> bool:
    window = text[max(0, c.start - 12):c.end + 16].lower()
    return any(phrase in window for phrase in CAL["generic_today"])


def _plausible_year(doc: Doc, c: DateCandidate) -> bool:
    text = text_of(doc)
    before = text[max(0, c.start - 25):c.start]
    if _NOT_YEAR_BEFORE.search(before) or _UNITS_AFTER.match(text[c.end:c.end + 12]):
        return False
    if _YEAR_CONTEXT_BEFORE.search(before) or not before.strip():
        return True
    after = doc.char_span(c.end, len(text), alignment_mode="expand")
    nxt = next((t for t in after if not t.is_space), None) if after is not None else None
    if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.pos_ in {"NOUN", "PRON", "ADJ", "NUM", "DET"}:
        return False
    return 1950 <= c.year <= 2035


def _tense_direction(doc: Doc, c: DateCandidate) -> int:
    """-1 when the clause that mentions a bare weekday is in the past, +1 in the future, 0 unknown."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return 0
    tok = span.root
    for node in [tok, *tok.ancestors][:4]:
        candidates = [node, *[ch for ch in node.children if ch.pos_ == "AUX"]]
        for t in candidates:
            tense = t.morph.get("Tense")
            if "Fut" in tense:
                return 1
            if "Past" in tense or "Imp" in tense:
                return -1
        if node.pos_ in {"VERB", "AUX"}:
            return 1 if "Pres" in node.morph.get("Tense") else 0
    return 0


def keep_candidate(doc: Doc, c: DateCandidate) -> bool:
    """Context filter: drop years that are counts/codes, generic 'oggi' (nowadays), street names."""
    if _VENUE_BEFORE.search(text_of(doc)[max(0, c.start - 12):c.start]):
        return False  # "piazza Primo Maggio", "via XX Settembre"
    if c.kind == "year":
        return _plausible_year(doc, c)
    if c.kind == "relative" and c.text.lower() == "oggi":
        return not _is_generic_today(text_of(doc), c)
    if c.kind == "weekday" and c.direction == 0:
        if re.search(r"(?:\bdal|\bal|\bdi|\bogni|\btutti\s+i|\bil|\bla)\s*$", text_of(doc)[max(0, c.start - 12):c.start], re.IGNORECASE):
            return False  # opening hours, habits: "dal lunedì al venerdì", "ogni sabato"
        c.direction = _tense_direction(doc, c)
        return c.direction != 0
    return True


def extract_dates(doc: Doc, reference: date | None, candidates: list[DateCandidate] | None = None) -> list[DateMention]:
    """Every date mention of ``doc`` with its value resolved against ``reference`` (the publication date)."""
    candidates = find_candidates(text_of(doc)) if candidates is None else candidates
    mentions = []
    for c in candidates:
        if not keep_candidate(doc, c):
            continue
        r = resolve(c, reference)
        mentions.append(DateMention(text=c.text, start=c.start, end=c.end, value=r.value, end_value=r.end_value,
                                    granularity=r.granularity, relative=r.relative))
    return mentions
