"""Small helpers on character spans shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# "i comuni del Polesine", "il paese dell'Alto Molise", "i quartieri di San Fereolo": what follows is an area
AREA_CUE = re.compile(r"(?<![\w])(?:comuni|paesi|paese|frazioni|frazione|quartieri|quartiere|centri|borghi|territorio|territori|"
                      r"zona|zone|area|aree|valli|entroterra|imprese|aziende|famiglie|abitanti|ciclisti)\s+"
                      r"(?:del|della|dell['’]|dei|degli|delle|di)\s*\Z", re.IGNORECASE)
EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", re.IGNORECASE)


def masked(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test ``blocked(start, end)`` that is true when [start, end) overlaps any of ``spans``."""
    spans = sorted(spans)

    def blocked(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)

    return blocked


def email_and_url_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of e-mail addresses and URLs."""
    return [(m.start(), m.end()) for m in EMAIL_OR_URL.finditer(text)]


def text_of(doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("comunicati_text")
    if text is None:
        text = doc.user_data["comunicati_text"] = doc.text
    return text


def tokens_from(doc, char: int, n: int = 8):
    """Up to ``n`` tokens of ``doc`` starting with the first one that ends after character ``char``."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        tok = doc[mid]
        if tok.idx + len(tok) <= char:
            lo = mid + 1
        else:
            hi = mid
    return doc[lo:lo + n]


_CLOSERS = {"«": "»", "“": "”", "\"": "\""}


def in_short_quote(text: str, start: int, end: int, max_words: int, openers: str = "«“", reach: int = 60) -> bool:
    """[start, end) lies inside one quoted stretch of at most ``max_words`` words on one line (a title, a
    nickname: «Cortili in Scena», “G. e M. Montani”)."""
    closers = "".join(_CLOSERS[o] for o in openers)
    opening = max(text.rfind(q, max(0, start - reach), start) for q in openers)
    between = text[opening + 1:start]
    if opening == -1 or "\n" in between or any(c in between for c in closers if c not in openers):
        return False
    closing = min((i for i in (text.find(q, end, end + reach) for q in closers) if i != -1), default=-1)
    return closing != -1 and "\n" not in text[end:closing] and len(text[opening + 1:closing].split()) <= max_words
