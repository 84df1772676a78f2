"""Reading proper-name sequences off raw text: shared by organizations, places and roles."""

from __future__ import annotations

import re

from pipeline.extract.lexicon import load

CONNECTORS = set(load("organizations")["connectors"])
GIVEN_NAMES = frozenset(load("first_names")["names"])  # evidence that a capitalized word starts a person's name
# a hospital ward or medical specialty ("Ortopedia", "Terapia intensiva"): neither a place nor a body of its own
MEDICAL_SPECIALTY = re.compile(r"(?:[A-Z][a-zà-ù]*(?:logia|iatria|pedia|chirurgia|terapia|scopia|grafia)|Terapia|Medicina|Chirurgia)\b")
_WORD = re.compile(r"[\w&’'.@+-]+|[^\w\s]", re.UNICODE)


def is_capitalized(word: str) -> bool:
    """A name-like word: initial capital, an acronym, or a brand with '&' ("Co&So")."""
    return bool(word) and (word[0].isupper() or word[0].isdigit() and len(word) > 1 and any(c.isalpha() for c in word))


_COMPASS = {"nord", "sud", "est", "ovest", "centro", "nordovest", "nordest", "sudovest", "sudest"}
_COORDINATION = re.compile(r"(?:e|ed)\s+(?:il|lo|la|i|gli|le|l['’]|dei|degli|delle|del|della|al|alla|ai|di|da|a|per|con)(?:\s.*)?")
_ELIDED_NAME = re.compile(r"^(?i:dell|all|dall|nell|sull|d|l|sant|quell)['’][A-ZÀ-Ý]")


def proper_sequence(text: str, pos: int, max_words: int = 8, allow_digits: bool = True,
                    stops: frozenset[int] = frozenset(), inner_words: frozenset[str] = frozenset(),
                    coordinated: bool = False) -> tuple[int, int] | None:
    """The capitalized name starting at ``pos`` (connectors allowed between capitalized words).

    "Fondazione per la Coesione Sociale, …" -> span of "Fondazione per la Coesione Sociale".
    Returns None when the text at ``pos`` does not start with a capitalized word. The name never runs
    into a position listed in ``stops`` (the start of another entity, such as a person's name). With
    ``coordinated`` the name may join two parts ("Ministero delle Infrastrutture e dei Trasporti").
    """
    end = cursor = pos
    words = 0
    pending: list[str] = []
    for m in _WORD.finditer(text, pos):
        word = m.group(0)
        if words and m.start() in stops:
            break
        gap = text[cursor:m.start()]
        if "\n" in gap or (gap and not gap.isspace()) or len(gap) > 2:
            break
        clean = word.rstrip(".,;:") if not re.fullmatch(r"(?:[A-Z]\.)+", word) else word
        numbered = words and allow_digits and clean.isdigit() and len(clean) <= 3 and text[end - 2:end].isupper()
        compass = words and inner_words and clean.lower() in _COMPASS  # "ASL Toscana nord ovest"
        if (is_capitalized(clean) and (allow_digits or not clean[0].isdigit())) or (words and _ELIDED_NAME.match(clean)) \
                or numbered or compass:  # "ULSS 6 Euganea"
            if not coordinated and (_COORDINATION.fullmatch(" ".join(pending)) or (pending and pending[-1] in {"e", "ed"} and _ELIDED_NAME.match(clean))):
                break  # "Università di Pisa e il Comune di Pisa", "IIS Einaudi e dell'ITIS Fermi": two names, not one
            end = cursor = m.start() + len(clean)
            words += 1
            pending = []
            if clean != word or words >= max_words:
                break
        elif (word.lower() in CONNECTORS or word.lower() in inner_words) and words:
            cursor = m.end()
            pending.append(word.lower())
            continue
        else:
            break
    if not words:
        return None
    return pos, end


TRAILING_CONNECTOR = re.compile(
    r"(?:\s+(?:di|del|della|dello|dei|degli|delle|dell['’]|d['’]|l['’]|e|per|a|al|alla|il|lo|la|i|gli|le)|\s*(?<=\w)(?:dell|l|d|all|sull|nell)['’])+$", re.IGNORECASE)


def strip_trailing_connectors(name: str) -> str:
    """'Archivio di' -> 'Archivio'."""
    return TRAILING_CONNECTOR.sub("", name)
