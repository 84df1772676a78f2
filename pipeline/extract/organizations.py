"""Organizations: NER ORG entities plus Italian institutional name patterns, deduplicated with aliases."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract import gazetteer
from pipeline.extract.gazetteer import common_words, countries, fold, regions
from pipeline.extract.lexicon import alternation, load
from pipeline.extract.names import CONNECTORS as CONNECTORS_SET
from pipeline.extract.names import GIVEN_NAMES as FIRST_NAMES
from pipeline.extract.names import MEDICAL_SPECIALTY, proper_sequence, strip_trailing_connectors
from pipeline.extract.spans import AREA_CUE, text_of, tokens_from
from schemas import Organization, Span

LEX = load("organizations")
HEADS: dict[str, str] = LEX["heads"]
_HEAD_RE = re.compile(
    r"(?<![\w])(?P<h>" + alternation(HEADS) + r")(?![\w])", re.IGNORECASE)
_PLURAL_LIST = re.compile(
    r"(?<![\w])(?:le|i|gli|alle|delle|dalle|nelle|dei|degli|ai|agli|tra\s+le|tra\s+i)\s+(?P<h>" + "|".join(LEX["plural_heads"]) +
    r")(?:\s+\w+)?\s+(?P<list>[A-Z][^.;:\n()]{2,200})", re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"^\s*\((?P<a>[A-Z][\w&.-]{1,14})\)")
_LEADING_ARTICLE = re.compile(r"^(?:il|lo|la|l['’]|i|gli|le|del|della|dello|dei|degli|delle|dell['’]|al|alla|nel|nella)\s+", re.IGNORECASE)
_MEDIA = re.compile(r"(?:" + "|".join(LEX["media_cues"]) + r")\s+(?P<n>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,4})")
_SENTENCE_STARTERS = {"Il", "La", "Lo", "Le", "Gli", "I", "Un", "Una", "In", "Per", "Con", "Da", "Su"}
INNER_WORDS = frozenset(LEX["inner_words"])
NOT_ORGS = {w.lower() for w in LEX["not_organizations"]}
_PRESS_OFFICE = re.compile(r"^(?:ufficio|servizio|area)\s+stampa$", re.IGNORECASE)
_PRESS_OFFICE_PREFIX = re.compile(r"^(?:ufficio|servizio|area)\s+stampa\s+(?=[A-Z])", re.IGNORECASE)
_STREET_HEADS = {"via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo", "lungomare", "giardino", "giardini", "chiostro",
                 "palazzo", "villa", "castello", "piazzetta", "rocca", "loggia"}
_LH = LEX["lowercase_heads"]
_LOWER_HEAD = re.compile(
    r"(?<![\w])(?P<h>" + alternation(_LH["heads"]) + r")"
    r"(?:\s+(?:" + "|".join(_LH["adjectives"]) + r"))?\s+(?=(?P<n>(?-i:[A-ZÀ-Ý])))")
_KEEP_LOWER_HEAD = set(_LH["keep"])
_CONTEXT_ORIGINS = ("list:", "lower:")  # names given as organizations by the words around them
_SPONSOR_CUE = re.compile(
    r"\b(?:in\s+collaborazione\s+con|con\s+il\s+(?:sostegno|contributo|patrocinio|supporto)\s+(?:di|del|della|dello|dell['’])|"
    r"(?:promoss|organizzat|sostenut|finanziat|sponsorizzat|patrocinat)[oaie]\s+(?:da|dal|dalla|dall['’]|dai|dalle)|in\s+partnership\s+con)"
    r"\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?=(?-i:[A-Z]))", re.IGNORECASE)
_TAIL_WORD = re.compile(r"(?<![\w])(?:" + "|".join(LEX["tail_words"]) + r")(?![\w])")
_NOTE_OF = re.compile(r"\b(?:una\s+nota|la\s+nota|un\s+comunicato|il\s+comunicato|una\s+dichiarazione)\s+(?:diffus[oa]\s+)?(?:di|del|della|dell['’]|da|dalla|dal)\s*(?=(?-i:[A-Z]))",
                      re.IGNORECASE)
_PUBLISHED_BY = re.compile(r"\b(?:pubblicat[oaie]|edit[oaie]|stampat[oaie])\s+(?:da|per)\s+(?=(?-i:[A-Z]))")
_NOT_ORG_HEAD = re.compile(r"^(?:Piano|Programma|Progetto|Bando|Decreto|Legge|Regolamento|Fondo\s+(?:per|di)|Avviso|Delibera|Ordinanza|Agenda|Strategia|Missione)\b")
_PRESS_OFFICE_OF = re.compile(r"^(?:ufficio|servizio|area)\s+stampa\s+(?:del|della|dello|dei|degli|delle|dell['’]|di)\s*(?=[A-Z])", re.I)
_PREFIX_BRANDS = re.compile(LEX["brand_prefixes"])
_LOWERCASE_FIXED = set(LEX["lowercase_fixed_names"])  # institutional names written all in lowercase
_NAMED_TAIL = re.compile(r"(?:\s+(?:di|del|della|dello|dei|degli|delle|dell['’])\s*(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)?")
_ACRONYM_BEFORE = re.compile(r"(?<![\w])(?P<a>[A-Z]{2,6})\s+$")
_LEGAL_SUFFIX = re.compile(r"\s(?:Onlus|ONLUS|ODV|OdV|Odv|APS|Aps|ETS|Ets|S\.?p\.?A\.?|Spa|SpA|spa|srl|S\.?r\.?l\.?|Srl|d\.o\.o\.|S\.c\.a\.? ?r\.l\.|Scarl|S\.?n\.?c\.?|S\.?a\.?s\.?|SA|Sagl|AG|GmbH|Ltd|Inc\.?)(?![\w])")
OFFICE_HEADS = set(LEX["office_heads"])
# 'scuola secondaria di primo grado «Anna Frank»', 'Università «Gabriele d'Annunzio» di Chieti-Pescara'
_QUOTED_NAME_HEAD = re.compile(r"(?<![\w])(?P<h>istituto|liceo|scuola|primaria|polisportiva|associazione|cooperativa|circolo|comitato|"
                               r"gruppo|compagnia|coro|corale|banda|orchestra|fondazione|ente|consorzio|università|policlinico|ospedale|laboratorio)"
                               r"(?:\s+(?:d['’]|dell['’]|di\s+|del\s+|della\s+)?(?-i:[a-zà-ù]+)){0,4}\s+(?P<q>[«“\"][^«»“”\"\n]{2,60}[»”\"])"
                               r"(?:\s+di\s+(?-i:[A-Z])[\w’'-]+)?", re.IGNORECASE)


def org_kind(name: str) -> str:
    """The kind of an organization from its head word or legal suffix."""
    lower = name.lower()
    for suffix, kind in LEX["suffix_kinds"].items():
        if lower.endswith(" " + suffix):
            return kind
    m = _HEAD_RE.match(name)
    if m:
        return HEADS.get(" ".join(m["h"].lower().split()), "other")
    for word in lower.split():
        if word in {"cgil", "cisl", "uil", "ugl", "usb", "cobas"}:
            return "union"
    return "other"


def _ner_candidate(text: str, s: int, e: int, stops: frozenset[int]) -> tuple[int, int] | None:
    """Clean an NER ORG span: one line, no leading article unless part of the name, no trailing verbs."""
    e = s + len(text[s:e].split("\n")[0])
    m = _LEADING_ARTICLE.match(text[s:e])
    if m:
        rest = text[s + m.end():e]
        if len(rest.split()) >= 2 or _HEAD_RE.match(rest):
            s += m.end()
    if text[s].islower():
        return (s, e) if any(w[:1].isupper() for w in text[s:e].split()[1:]) else None
    seq = proper_sequence(text, s, max_words=10, stops=stops, inner_words=INNER_WORDS)
    if seq is None:
        return None
    return s, min(e, seq[1]) if seq[1] > s else e


# Prepositions that introduce a place, a time or a means after an office name, never a part of it.
_NOT_IN_OFFICE_NAMES = frozenset(LEX["not_in_office_names"])


_ADJECTIVE_AFTER = re.compile(r"\s+(?-i:[a-zà-ù]+(?:ica|ico|ale|ali|ile|ili|iva|ivo|ana|ano|ari[ao]|ini|ina))(?![\w])")
_COORDINATED_HEADS = {"ministero", "ministra", "ministro", "assessorato", "dipartimento", "agenzia"}  # "… e dei Trasporti"
_SUBJECT = re.compile(r"(?:" + "|".join(LEX["study_subjects"]) + r")\b")  # degree courses: "(Ingegneria meccanica)"
_KINDS = {"party", "sports_club"}  # kinds that the words around a name give directly
_SPORTS_WORD = re.compile(r"(?<![\w])(?:" + "|".join(LEX["sports_words"]) + r")(?![\w])")
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?:;]\s*|\n\s*)$")
_CAPITALIZED_WORD_BEFORE = re.compile(r"(?<![\w’'])([A-ZÀ-Ý][\w’'&.-]*)\s+$")


def _capitalized_run_start(text: str, pos: int) -> int:
    """Where the run of capitalized words ending right before ``pos`` starts, within its sentence
    ("Etruria Nuoto" -> the start of "Etruria"; "Verdalia Ventures" -> "Verdalia")."""
    while (prev := _CAPITALIZED_WORD_BEFORE.search(text, max(0, pos - 30), pos)) and prev.group(1) not in _SENTENCE_STARTERS \
            and not _SENTENCE_END_BEFORE.search(text, max(0, prev.start() - 4), prev.start()):
        pos = prev.start()
    return pos
_PARTY_AFTER_PERSON = re.compile(r"\s*\((?P<p>(?-i:[A-Z])[^()\n,;]{1,40})\)")
# Roles whose parenthesis names a portfolio ("l'assessore Rossi (Bilancio)"), not a party
_PORTFOLIO_ROLE = re.compile(r"(?<![\w])(?:assessor[ei]|assessora|assessore|municipal[ei]|ministr[oia]|delegat[oi]|capodicastero|"
                             r"consiglier[ei]\s+delegat[oi])(?:\s+\w+)?\s+[^.;\n]{0,80}$", re.IGNORECASE)
_ROLE_WORDS = set(load("roles")["titles"])


def _office_name(doc: Doc, start: int) -> tuple[int, int] | None:
    """'Dipartimento per la programmazione strategica', 'Giunta regionale': an office head with a lowercase tail."""
    span = tokens_from(doc, start)
    if span is None or len(span) < 2:
        return None
    end_tok = None
    if span[1].pos_ not in {"ADJ", "ADP"}:
        return None  # "il Gran Consiglio il messaggio": a tail must start with an adjective or a preposition
    for i, tok in enumerate(span[1:8], start=1):
        previous = span[i - 1]
        if tok.lower_ in _NOT_IN_OFFICE_NAMES or (tok.pos_ == "DET" and previous.pos_ != "ADP") or tok.morph.get("VerbForm") \
                or tok.lower_.endswith(("abile", "ibile")) \
                or (tok.text[:1].isupper() and previous.text[:1].islower() and previous.pos_ in {"NOUN", "ADJ"}):
            break  # "Sezione della circolazione | a Camorino un nuovo …", "Dipartimento delle istituzioni | Norman Gobbi"
        if tok.is_punct or tok.is_space or tok.pos_ in {"VERB", "AUX", "NUM", "CCONJ", "SCONJ", "PRON"} or "\n" in tok.whitespace_:
            if "\n" in tok.whitespace_ and tok.pos_ in {"NOUN", "ADJ", "PROPN"}:
                end_tok = i
            break
        if tok.pos_ in {"NOUN", "ADJ", "PROPN"}:
            end_tok = i
        elif tok.pos_ not in {"ADP", "DET"}:
            break
    if end_tok is None:
        return None
    return start, span[end_tok].idx + len(span[end_tok])


_FAMILY_FIRM = re.compile(r"(?:Fratelli|F\.lli|Sorelle|&)\s+\Z")  # "Panificio Fratelli De Marchi": the name goes on


def _candidates(doc: Doc) -> list[tuple[int, int, str]]:
    text = text_of(doc)
    found: list[tuple[int, int, str]] = []
    coordinated = re.compile(r"(?:,|\s(?:e|ed|o))\s+$")
    stops = frozenset([e.start_char for e in doc.ents if e.label_ == "PER" and len(e) >= 2
                       and not _FAMILY_FIRM.search(text, max(0, e.start_char - 10), e.start_char)]
                      + [m.start() for m in (*_PREFIX_BRANDS.finditer(text), *_HEAD_RE.finditer(text))
                         if m.group(0)[0].isupper() and coordinated.search(text[max(0, m.start() - 5):m.start()])])
    per_ends = {e.end_char for e in doc.ents if e.label_ == "PER"}
    for ent in doc.ents:
        if ent.label_ == "ORG":
            span = _ner_candidate(text, ent.start_char, ent.end_char, stops)
            if span:
                found.append((*span, "ner"))
    for m in _HEAD_RE.finditer(text):
        head = m.group(0)
        lowercase_name = " ".join(head.lower().split()) in _LOWERCASE_FIXED
        if not head[0].isupper() and head.lower() not in {"asl", "ulss", "ausl", "asp", "ats", "asst"} and not lowercase_name:
            continue
        seq = proper_sequence(text, m.start(), stops=stops, inner_words=INNER_WORDS, coordinated=head.lower() in _COORDINATED_HEADS) \
            if not lowercase_name else (m.start(), m.end())
        if not seq:
            continue
        s, e = seq
        if head.lower() in _COORDINATED_HEADS and (adj := _ADJECTIVE_AFTER.match(text, e)):
            e = adj.end()  # "Ministero dell'Ambiente e della Sicurezza energetica"
        if e < m.end():  # "Giunta regionale", "Camera dei deputati", "Consiglio regionale della Liguria"
            tail = _NAMED_TAIL.match(text, m.end())
            e = tail.end() if tail else m.end()
        acronym = _ACRONYM_BEFORE.search(text, max(0, s - 12), s)
        if acronym and head[0].isupper():
            s = acronym.start("a")  # "BPER Banca"
        if e - s == len(head) and head in OFFICE_HEADS:
            office = _office_name(doc, s)
            if office:
                found.append((*office, "office"))
            continue
        name = text[s:e]
        if len(name.split()) < 2 and name.lower() in HEADS and name.lower() not in {"carabinieri", "governo", "caritas", "legambiente", "coldiretti", "confcommercio", "confartigianato", "confindustria"}:
            continue
        found.append((s, e, "pattern"))
    for m in _PREFIX_BRANDS.finditer(text):
        if m.group(0) in FIRST_NAMES:
            continue  # "Federica" is not a "Feder…" federation
        seq = proper_sequence(text, m.start(), max_words=5, stops=stops)
        if seq:
            found.append((*seq, "brand"))
    for m in _LEGAL_SUFFIX.finditer(text):
        back = text.rfind("\n", 0, m.start()) + 1
        for w in re.finditer(r"(?<![\w])(?!(?:La|Il|Lo|Le|Gli|I|L['’]|Una|Un)\b)[A-Z][\w&’'.-]*", text[back:m.start()]):
            seq = proper_sequence(text, back + w.start(), max_words=6, stops=stops, inner_words=INNER_WORDS)
            if seq and seq[1] >= m.start():
                found.append((seq[0], m.end(), "legal"))
                break
    for m in _LOWER_HEAD.finditer(text):
        seq = proper_sequence(text, m.start("n"), max_words=6, stops=stops, inner_words=INNER_WORDS)
        if seq and text[seq[0]:seq[1]].split()[0] not in FIRST_NAMES:
            head = " ".join(m["h"].lower().split())
            start = m.start() if head in _KEEP_LOWER_HEAD else seq[0]
            found.append((start, seq[1], "lower:" + head))  # "dell'associazione Carta Canta"
    for m in _SPORTS_WORD.finditer(text):  # "Etruria Nuoto Civitavecchia", "Atletica Fenice"
        if _PORTFOLIO_BEFORE_ORG.search(text, max(0, m.start() - 8), m.start()):
            continue  # "l'assessore allo Sport del Comune di Monfalcone": a portfolio
        seq = proper_sequence(text, _capitalized_run_start(text, m.start()), max_words=5, stops=stops)
        if seq and len(text[seq[0]:seq[1]].split()) >= 2:
            found.append((*seq, "list:sports_club"))
    for m in _PARTY_AFTER_PERSON.finditer(text):  # "il consigliere Pietro Sanna (Carpi al Centro)"
        if m.start() in per_ends and not _PORTFOLIO_ROLE.search(text[max(0, m.start() - 120):m.start()]):
            inner = m.group("p")
            if inner.split()[0].lower() not in _ROLE_WORDS and not _SUBJECT.match(inner):
                found.append((m.start("p"), m.end("p"), "list:party"))
    for m in _PUBLISHED_BY.finditer(text):
        seq = proper_sequence(text, m.end(), max_words=4, stops=stops)
        if seq:
            found.append((*seq, "media"))  # "pubblicato da Il Mulino"
    for m in _TAIL_WORD.finditer(text):  # "Verdalia Ventures", "Alpine Energy Group"
        start = _capitalized_run_start(text, m.start())
        if start < m.start():
            found.append((start, m.end(), "legal"))
    for m in _SPONSOR_CUE.finditer(text):  # "in collaborazione con Alfa e Beta", "con il sostegno di BPER Banca"
        pos = m.end()
        for _ in range(4):
            seq = proper_sequence(text, pos, max_words=6, stops=stops, inner_words=INNER_WORDS)
            if not seq:
                break
            name = text[seq[0]:seq[1]]
            first = name.split()[0]
            if first not in FIRST_NAMES and first not in _SENTENCE_STARTERS and not gazetteer.is_known_place(name):
                found.append((*seq, "sponsor"))
            more = re.match(r"\s*(?:,|\be\b|\bed\b)\s*(?:(?:il|la|lo|l['’]|i|gli|le|con|di|del|della|dell['’])\s*)?(?=(?-i:[A-Z]))", text[seq[1]:seq[1] + 20])
            if not more:
                break
            pos = seq[1] + more.end()
    for m in _NOTE_OF.finditer(text):
        seq = proper_sequence(text, m.end(), max_words=4, stops=stops)
        if seq:
            found.append((*seq, "note"))  # "in una nota di Cittadinanzattiva Cuneo"
    for m in _QUOTED_NAME_HEAD.finditer(text):
        end = m.end() if m["h"].lower() == "università" else m.end("q")  # "Università «…» di Chieti-Pescara"
        found.append((m.start(), end, "quoted"))
    for m in _MEDIA.finditer(text):
        seq = proper_sequence(text, m.start("n"), max_words=5, stops=stops)
        if seq:
            found.append((*seq, "media"))
    for m in _PLURAL_LIST.finditer(text):
        singular = LEX["plural_heads"][m["h"].lower()]
        base = m.start("list")
        segments = [p.strip() for p in m["list"].split(",")]
        if segments and re.search(r"\s+e\s+(?=[A-Z])", segments[-1]):
            segments[-1:] = re.split(r"\s+e\s+(?=[A-Z])", segments[-1], maxsplit=1)  # "Arcobaleno e Terra e Mare"
        for part in segments:
            if not part or not part[0].isupper() or part.split()[0] in FIRST_NAMES:
                break
            offset = text.find(part, base)
            seq = proper_sequence(text, offset) if offset >= 0 else None
            if seq:
                end = min(seq[1], offset + len(part))
                found.append((seq[0], end, "list:" + singular))
                base = end
    return found


def extract_organizations(doc: Doc, person_names: set[str] = frozenset()) -> list[Organization]:
    """Every organization of ``doc`` once, with aliases (acronyms, short forms) and a kind."""
    text = text_of(doc)
    sport = bool(_SPORT.search(text)) and bool(_SCORE.search(text))
    spans = []
    surnames = {n.split()[-1] for n in person_names if len(n.split()) >= 2} | {n.split()[0] for n in person_names if n.split()[0].isupper()}
    for s, e, origin in _candidates(doc):
        pm = _PRESS_OFFICE_PREFIX.match(text[s:e]) or _PRESS_OFFICE_OF.match(text[s:e])
        if pm:
            seq = proper_sequence(text, s + pm.end(), inner_words=INNER_WORDS)
            if not seq:
                continue
            s, e = seq
        more = _HEAD_CONTINUES.match(text, e)
        if more and f"{text[s:e].split()[-1].lower()} {more['w'].lower()}" in HEADS:
            e = more.end()  # "Dipartimento della Protezione civile", "Corpo di Polizia locale"
        name = strip_trailing_connectors(text[s:e].strip(" ,;:"))
        if name.endswith(".") and not _LEGAL_SUFFIX.search(" " + name.split()[-1]) and not re.search(r"(?:[A-Z]\.){2,}$", name):
            name = name[:-1]
        e = s + len(name)
        if len(name) < 2 or name in _SENTENCE_STARTERS or re.fullmatch(r"(?:[A-Z]\.\s?){1,3}|[IVX]+\s?[A-Z]", name):
            continue  # "G.E.", "S.D.": a person's initials; "III B": a school class
        if re.match(r"[.,]\d", text[e:e + 2]):
            continue  # "PM2,5": a measure, not a body
        if (origin in {"ner", "brand"} or origin.startswith(_CONTEXT_ORIGINS)) and MEDICAL_SPECIALTY.fullmatch(name.split()[0]) \
                and len(name.split()) <= 3:
            continue  # "primario di Neurologia": a hospital ward
        if origin == "ner" and " " not in name and (name in surnames or _roster_word(text, s, e)):
            continue  # "Mainardi" after "Federica Mainardi", "BIASIN" in "BIASIN PIETRO": people, not bodies
        if (origin == "ner" or origin.startswith(_CONTEXT_ORIGINS)) and AREA_CUE.search(text, max(0, s - 40), s) \
                and not _HEAD_START.match(name):
            continue  # "i comuni del Polesine": an area, not a body
        words = name.split()
        if origin == "ner" and len(words) >= 3 and words[1] in FIRST_NAMES and words[0].lower() not in HEADS \
                and _PORTFOLIO_BEFORE_ORG.search(text, max(0, s - 12), s) and _person_shaped(" ".join(words[1:])):
            continue  # "alla Viabilità Emanuela Sestili": a portfolio and a person, not a body
        if origin == "ner" and _person_shaped(name) and not _ARTICLE_BEFORE.search(text, max(0, s - 8), s):
            continue  # "Rosaria Scuderi", "Pasquale VENEZIA": a given name and a surname are a person
        if name in person_names and origin not in {"pattern", "legal", "office", "quoted", "media", "note", "sponsor"} \
                and not origin.startswith(_CONTEXT_ORIGINS):
            continue  # the NER says person, and no institutional head or legal form says otherwise
        if not _plausible(name, listed=origin.startswith(_CONTEXT_ORIGINS), sport=sport):
            continue
        spans.append((s, e, name, origin))
    spans += _nested(text, spans)
    spans += _publishers(text)
    orgs: dict[str, Organization] = {}
    taken: list[tuple[int, int]] = []
    for s, e, name, origin in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if origin != "nested" and any(ts <= s and e <= te and (ts, te) != (s, e) for ts, te in taken):
            continue  # a shorter reading of a name already found here ("Questura" inside "Questura di Bari")
        taken.append((s, e))
        key = _find_owner(orgs, name)
        if key is None:
            kind = org_kind(name)
            if origin.startswith(_CONTEXT_ORIGINS) and kind == "other":
                given = origin.split(":", 1)[1]
                kind = given if given in _KINDS else HEADS.get(given, "company" if origin.startswith("lower:") else "other")
            if origin == "media":
                kind = "media"
            orgs[name] = Organization(name=name, kind=kind)
            key = name
        org = orgs[key]
        if origin == "media":
            org.kind = "media"
        if not any(m.start == s for m in org.mentions):
            org.mentions.append(Span(text=name, start=s, end=e))
        if name != org.name and name not in org.aliases:
            org.aliases.append(name)
        acr = _ACRONYM_AFTER.match(text[e:e + 20])
        if acr and acr["a"] not in org.aliases and acr["a"] != org.name:
            org.aliases.append(acr["a"])
            a_start = e + acr.start("a")
            org.mentions.append(Span(text=acr["a"], start=a_start, end=a_start + len(acr["a"])))
    _short_forms(text, orgs)
    _attach_acronym_mentions(text, orgs)
    if sport:
        for org in orgs.values():
            if org.kind == "other" and gazetteer.is_known_place(org.name.split(" ")[0]):
                org.kind = "sports_club"  # "Il Gardolo ha battuto il Lavis 87-33": teams named after their town
    result = sorted(orgs.values(), key=lambda o: min((m.start for m in o.mentions), default=0))
    for org in result:
        org.mentions.sort(key=lambda m: m.start)
    return result


# bodies that another body's name may contain ("… della Federazione Ciclistica Italiana", "… del Comune di Cesena");
# not units or places that names borrow ("Amici del Parco Onlus", "Sezione dell'Ufficio tecnico")
_NESTED_HEADS = [h for h in HEADS if h.split()[0] not in {"parco", "casa", "centro", "ufficio", "settore", "servizio", "sezione",
                                                           "giunta", "consiglio", "commissione", "comitato", "gruppo", "area",
                                                           "direzione", "divisione", "reparto", "laboratorio", "scuola"}]
_OF_HEAD = re.compile(r"\s(?:del|della|dello|dell['’]|dei|degli|delle)\s*(?=(?P<h>" + alternation(h.title() for h in _NESTED_HEADS)
                      + r")(?![\w]))")


def _nested(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """'Comitato regionale della Federazione Ciclistica Italiana': the body named inside another body's name."""
    out = []
    for s, e, name, _origin in spans:
        if re.match(r"(?:Ministero|Ministro|Assessorato|Dicastero)\b", name):
            continue  # "Ministero dell'Università e della Ricerca": portfolios, not bodies
        for m in _OF_HEAD.finditer(name):
            inner = name[m.end():]
            if len(inner.split()) >= 2 and _plausible(inner):
                out.append((s + m.end(), e, inner, "nested"))
    return out


_PUBLISHER = re.compile(r"[»”\"]\s*\((?P<p>(?-i:[A-Z])[\w’'&.-]+(?:\s+(?-i:[A-Z])[\w’'&.-]+){0,2})\)")


def _publishers(text: str) -> list[tuple[int, int, str, str]]:
    """'«Vita di Enrico Mattei» (Laterza)': the publisher in parentheses after a title."""
    return [(m.start("p"), m.end("p"), m["p"], "lower:company") for m in _PUBLISHER.finditer(text)
            if not gazetteer.is_known_place(m["p"]) and m["p"] not in FIRST_NAMES]


_HEAD_CONTINUES = re.compile(r"\s+(?P<w>(?-i:[a-z]+))(?![\w])")
_CAPS_WORD = re.compile(r"[A-ZÀ-Ý]{2,}")


def _roster_word(text: str, s: int, e: int) -> bool:
    """An ALL-CAPS word of a roster line ("BIASIN PIETRO", "MARCHESAN LUCA"): a given name or next to one."""
    word = text[s:e]
    if not _CAPS_WORD.fullmatch(word):
        return False
    after = re.match(r"\s+([A-ZÀ-Ý]{2,})", text[e:e + 30])
    before = re.search(r"([A-ZÀ-Ý]{2,})\s+$", text[max(0, s - 30):s])
    return word.title() in FIRST_NAMES or any(m and m.group(1).title() in FIRST_NAMES for m in (after, before))


_PORTFOLIO_BEFORE_ORG = re.compile(r"(?<![\w])(?:allo|alla|al|agli|alle|ai|all['’])\s*\Z")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:il|lo|la|l['’]|del|dello|della|dell['’]|dal|dalla|al|alla|nel|nella|sul|sulla)\s*\Z",
                             re.IGNORECASE)


_HEAD_START = re.compile(r"(?:" + alternation(HEADS) + r")(?![\w])", re.IGNORECASE)


def _person_shaped(name: str) -> bool:
    """A known given name and one or two capitalized words that name no kind of body ("Rosaria Scuderi")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0] not in FIRST_NAMES:
        return False
    rest = words[1:]
    return all(w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha() and w.lower() not in HEADS
               and w.lower() not in INNER_WORDS for w in rest) and not _LEGAL_SUFFIX.search(" " + rest[-1])


def _plausible(name: str, listed: bool = False, sport: bool = False) -> bool:
    """Not a press office, a common word, a plan or tax acronym the NER took for an organization
    (a common word is accepted when a list names it as one: "le Cooperative Girasole, …")."""
    if _PRESS_OFFICE.match(name) or name.lower() in NOT_ORGS or fold(name) in countries() or fold(name) in regions():
        return False
    if _NOT_ORG_HEAD.match(name):
        return False  # plans, programmes, laws and calls are not organizations
    if name.split()[0].lower() in _STREET_HEADS:
        return False  # "Corso Nizza", "Giardino delle Duchesse": places
    if not sport and not listed and gazetteer.is_known_place(name):
        return False  # "Bassano del Grappa" is a town (a team only in sports releases)
    words = name.split()
    if not listed and len(words) == 1 and not name.isupper() and name.lower() in common_words() and name.lower() not in HEADS:
        return False
    return True


def _find_owner(orgs: dict[str, Organization], name: str) -> str | None:
    """The already-known organization ``name`` is a form of (same, suffix, alias or acronym)."""
    low = name.lower()
    bare = _without_connectors(name)
    for key, org in orgs.items():
        if low == key.lower() or name in org.aliases or bare == _without_connectors(key):
            return key  # "Fiom Cgil Brescia" is "Fiom Cgil di Brescia"
        if " " not in name and len(name) >= 3 and key.split()[0] == name and low not in HEADS and len(key.split()) > 1:
            return key  # "Fiom" ... "Fiom Cgil di Brescia": a brand name first, then its full form
        own_head = _HEAD_RE.match(name)
        if own_head and not key.lower().startswith(own_head.group(0).lower()):
            continue  # "Provincia di Cremona" inside "Fondazione … della Provincia di Cremona" is an institution of its own
        short, full = _without_connectors(name).split(), _without_connectors(key).split()
        if own_head and len(short) >= 2 and short[-1] == full[-1] and set(short) < set(full):
            return key  # "Università di Ferrara" ... "Università degli Studi di Ferrara"
        if len(name) >= 3 and (key.lower().endswith(" " + low) or re.search(rf"(?<![\w]){re.escape(low)}(?![\w])", key.lower()) and len(low) > 4):
            return key
        if " " not in name and 2 <= len(name) <= 8 and name[0].isupper() and name.upper() in _acronyms(key):
            return key  # "MIT", "Mit", "Mase" (Ministero dell'Ambiente e della Sicurezza energetica)
    return None


def _without_connectors(name: str) -> str:
    return " ".join(w for w in name.lower().split() if w not in CONNECTORS_SET)


def _acronyms(name: str) -> set[str]:
    """Initials of the capitalized words, and of every content word."""
    words = [w for w in re.findall(r"[\w]+", name) if w.lower() not in CONNECTORS_SET and w.lower() not in {"e", "ed", "per"}]
    return {_acronym(name), "".join(w[0].upper() for w in words)}


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w]+", name) if w[0].isupper())


_SPORT = re.compile(r"\b(?:partita|gara|campionato|vittoria|sconfitta|punti|set|canestri|gol|classifica)\b", re.I)
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")


def _short_forms(text: str, orgs: dict[str, Organization]) -> None:
    """'Consorzio Co&So' ... 'Co&So'; 'Regione Toscana' ... 'la Regione': later short forms become aliases."""
    heads: dict[str, list[Organization]] = {}
    for org in orgs.values():
        m = _HEAD_RE.match(org.name)
        if m and len(org.name) > len(m.group(0)) + 1:
            heads.setdefault(m.group(0), []).append(org)
            tail = org.name[m.end():].strip()
            if re.fullmatch(r"[A-Z][\w&’'.-]{2,}", tail) and not gazetteer.is_known_place(tail):
                _add_alias(text, org, tail)
    for head, owners in heads.items():
        if len(owners) == 1 and head[0].isupper():
            _add_alias(text, owners[0], head, standalone=True)


def _add_alias(text: str, org: Organization, alias: str, standalone: bool = False) -> None:
    taken = [(m.start, m.end) for m in org.mentions]
    follow = r"(?!\s+(?:di|del|della|dei|degli|delle|[A-Z]))" if standalone else ""
    for m in re.finditer(rf"(?<![\w&]){re.escape(alias)}(?![\w&]){follow}", text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        org.mentions.append(Span(text=alias, start=m.start(), end=m.end()))
        if alias not in org.aliases:
            org.aliases.append(alias)


def _attach_acronym_mentions(text: str, orgs: dict[str, Organization]) -> None:
    for org in orgs.values():
        for alias in list(org.aliases):
            for m in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
                if not any(x.start <= m.start() < x.end for o in orgs.values() for x in o.mentions):
                    org.mentions.append(Span(text=alias, start=m.start(), end=m.end()))


_NOT_A_BODY = re.compile(r"^(?:Premio|Piano|Progetto|Programma|Bando|Corso|Master|Laurea|Dottorato|Partito$|" + "|".join(LEX["study_subjects"]) + r")\b")
_PORTFOLIO_TITLES = re.compile(r"^(?:assessor|ministr|sottosegretari|municipal|delegat|capodicastero|consiglier[ea]\s+delegat)", re.IGNORECASE)


def add_role_organizations(text: str, orgs: list[dict], places: list[dict], people: list[dict]) -> list[dict]:
    """Organizations named only as the body of a role ("presidente di Legambiente Toscana") join the list,
    unless they are places, portfolios ("assessore al Bilancio"), subjects ("docente di Storia") or already known."""
    known = {fold(n) for o in orgs for n in [o["name"], *o["aliases"]]}
    place_names = {fold(p["name"]) for p in places}
    added: dict[str, dict] = {}
    for person in people:
        for role in person["roles"]:
            name = role["organization"]
            if not name or not name[0].isupper() or _PORTFOLIO_TITLES.match(role["title"]) or gazetteer.is_known_place(name):
                continue
            if (" " not in name and name.lower() in common_words()) or _NOT_A_BODY.match(name) or MEDICAL_SPECIALTY.match(name):
                continue  # "docente di Storia", "vincitore del Premio Scrivere"
            if fold(name) in known | place_names or any(fold(name) in k or k in fold(name) for k in known if len(k) > 3):
                continue
            start = text.find(name, role["start"])
            if start == -1:
                continue
            entry = added.setdefault(fold(name), Organization(name=name, kind=org_kind(name)).model_dump())
            entry["mentions"].append({"text": name, "start": start, "end": start + len(name)})
    return orgs + list(added.values())
