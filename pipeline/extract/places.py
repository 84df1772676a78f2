"""Places: NER LOC entities, places inside organization names and roles, venues; ISTAT normalization."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pipeline.extract import gazetteer
from pipeline.extract.gazetteer import PLACES, fold
from pipeline.extract.lexicon import alternation, load
from pipeline.extract.names import GIVEN_NAMES, MEDICAL_SPECIALTY, proper_sequence, strip_trailing_connectors
from pipeline.extract.spans import AREA_CUE, in_short_quote, text_of
from schemas import Place, Span

_VENUE_RE = re.compile(
    r"(?<![\w])(?P<h>" + alternation(PLACES["venue_heads"]) +
    r"|contrà|Pala(?=[A-Z]))(?:\s+(?-i:comunale|civico|civica|municipale|olimpico|olimpica|provinciale|regionale))?"
    r"(?:\s+(?:di|del|della|dello|dei|degli|delle)\s+|\s+dell['’]|\s+|(?<=Pala))(?=[A-Z0-9«“\"])", re.IGNORECASE)
_IN_ORG = re.compile(
    r"(?<![\w])(?P<h>Comune|Città|Regione|Provincia|Prefettura|Questura|Università|Diocesi|Cantone|Municipio|Unione dei Comuni|"
    r"sindaco|sindaca|vicesindaco|vice sindaco|prefetto|questore|comune|città|Cassa rurale|Cassa Rurale|Politecnico|"
    r"Camera di Commercio|Procura|Tribunale|Comando provinciale|Comando Provinciale)\s+(?:di|della|del|dell['’]|della\s+)?\s*(?=[A-Z])")
_PROVINCE_AREA = re.compile(r"(?<![\w])(?P<p>provincia\s+(?:autonoma\s+)?(?:di|del|della)\s+)(?=[A-Z])")
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:a|ad|in|di|da|per|verso|tra|fra|presso|nel|nella|sul|sulla|dal|dalla|del|della|al|allo|alla|ai|agli|alle|all['’])\s*)$")
_ALWAYS_VENUES = {"via", "viale", "piazza", "corso", "largo", "teatro", "museo", "palazzo", "auditorium", "stadio", "chiostro"}
_STREET_BEFORE = re.compile(r"\b(?:via|viale|corso|piazza|piazzale|largo|vicolo|lungomare|strada|stazione|porta)\s+$", re.I)
_FRAZIONE_BEFORE = re.compile(
    r"(?<![\w])(?P<w>(?:Marina|Lido|Forte|Borgo|San|Santa|Santo|Sant['’]\w+|Castel|Castello|Villa|Porto|Ponte|Monte|Bagni|Terme|"
    r"Madonna|Riva|Pieve|Badia|Torre|Rocca|Poggio|Colle|Passo|Val|Valle|Cima|Capo|Isola|Cassano|Lago)(?:\s+[A-Z][\w’']+)?)"
    r"\s+(?:di|dei|del|della|in|sul|sulla|al)\s+$")
_ARTICLE = re.compile(r"^(?:il|lo|la|l['’]|i|gli|le)\s+", re.IGNORECASE)
_ORG_HEAD = re.compile(r"^(?:" + alternation(load("organizations")["heads"]) + r")\b", re.IGNORECASE)
_LOCATIVE = re.compile(r"(?<![\w])(?:a|ad|in|da|di|per|verso|tra|fra|presso|tra|sopra|sotto|vicino\s+a)\s+(?=[A-Z])")


def classify(name: str) -> tuple[str, dict]:
    """Kind and normalization fields of a place name."""
    key = fold(name)
    if key in gazetteer.countries():
        return "country", {"country": gazetteer.countries()[key][1]}
    if name in PLACES["supranational"]:
        return "other", {}
    if key in gazetteer.regions():
        _, country = gazetteer.regions()[key]
        return "region", {"country": country, "region": gazetteer.region_name(name)}
    rec = gazetteer.lookup_comune(name)
    if rec:
        return "city", {"istat_code": rec["codice_istat"], "province": rec["provincia"], "region": rec["regione"], "country": "IT"}
    if key in gazetteer.swiss_places():
        return "city", {"region": gazetteer.swiss_places()[key][1], "country": "CH"}
    return "city", {}


def _province_fields(area: str) -> dict:
    """'provincia di Lucca' -> province, region, country of the province named."""
    name = re.sub(r"^provincia\s+(?:autonoma\s+)?(?:di|del|della)\s+", "", area, flags=re.I)
    region = gazetteer.provinces().get(fold(name))
    if region is None:
        rec = gazetteer.lookup_comune(name)
        if rec is None:
            return {}
        name, region = rec["provincia"], rec["regione"]
    return {"province": name, "region": region, "country": "IT"}


def _add(places: dict[str, Place], name: str, start: int, kind: str | None = None, fields: dict | None = None) -> None:
    name = strip_trailing_connectors(name.strip())
    if not name:
        return
    key = fold(name)
    if key not in places:
        k, f = classify(name)
        places[key] = Place(name=name, kind=kind or k, **(fields if fields is not None else f))
    place = places[key]
    if not any(m.start == start for m in place.mentions):
        place.mentions.append(Span(text=name, start=start, end=start + len(name)))


def extract_places(doc: Doc, person_names: set[str] = frozenset(), org_names: set[str] = frozenset(),
                   team_names: set[str] = frozenset(), org_mentions: list[dict] = (),
                   dateline: tuple[str, int] | None = None) -> list[Place]:
    """Every place of ``doc`` once, with kind, mentions and ISTAT/region/country where known."""
    text = text_of(doc)
    places: dict[str, Place] = {}
    surnames = {n.split()[-1] for n in person_names}
    stops = frozenset(e.start_char for e in doc.ents if e.label_ == "PER")
    org_keys = {fold(o) for o in org_names}
    for m in _PROVINCE_AREA.finditer(text):
        seq = proper_sequence(text, m.end(), max_words=4, stops=stops)
        if seq:
            name = text[m.start():seq[1]]
            _add(places, name, m.start(), "province", _province_fields(name))
    for m in _IN_ORG.finditer(text):
        seq = proper_sequence(text, m.end(), max_words=4, stops=stops)
        if seq:
            name = text[seq[0]:seq[1]]
            lead = re.match(r"(?:Autonoma\s+(?:della\s+|del\s+|di\s+)?|Repubblica\s+(?:di|presso\s+il\s+Tribunale\s+di)\s+)(?=[A-Z])", name)
            if lead:  # "Regione Autonoma della Sardegna", "Procura della Repubblica di Treviso"
                seq = (seq[0] + lead.end(), seq[1])
                name = name[lead.end():]
            words = name.split()
            if len(words) >= 3 and not gazetteer.is_known_place(name):
                prefix = _known_place_prefix(words[:-1])
                if prefix and words[prefix] in GIVEN_NAMES:
                    name = " ".join(words[:prefix])  # "la sindaca di Fivizzano Roberta Galli"
            if fold(name) in {fold(p) for p in person_names} or _ORG_HEAD.match(name):
                continue
            parts = _COORDINATED.split(name)
            if len(parts) == 2 and all(p[:1].isupper() for p in parts) and not gazetteer.is_known_place(name):
                _add_coordinated(places, text, seq[0], parts, org_keys)  # "città di Ascoli Piceno e San Benedetto"
                continue
            _add(places, name, seq[0])
    for m in re.finditer(r"(?<=[\s'’])(?=[A-Z])", text):
        if not AREA_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        seq = proper_sequence(text, m.start(), max_words=3, stops=stops)
        if seq:
            name = text[seq[0]:seq[1]]
            offset = seq[0]
            for part in _COORDINATED.split(name):  # "le frazioni di Configno e Sommati"
                start = text.find(part, offset)
                offset = start + len(part)
                if part[:1].isupper() and not _ORG_HEAD.match(part) and part not in person_names and part not in team_names:
                    _add(places, part, start, None if gazetteer.is_known_place(part) else "other")  # "i comuni del Fortore"
    in_org = [(x["start"], x["end"]) for x in org_mentions]
    in_party = [(m.start(), m.end()) for m in _PARTY_WITH_PLACE.finditer(text)]
    for m in _VENUE_RE.finditer(text):
        head = m["h"]
        if any(s <= m.start() < e for s, e in in_org) and head.lower() not in _ALWAYS_VENUES:
            continue  # "Cooperativa Il Ponte di Pietra" is not a bridge
        if head.lower() in {"teatro", "museo", "parco", "spazio", "polo", "area", "ex", "campo", "porto", "stazione", "galleria"} and not _LOCATIVE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if head.lower() in {"via", "viale", "piazza", "corso", "largo"} and not head[0].islower() and m.start() > 0 and text[m.start() - 1] not in " (\n":
            continue
        seq = proper_sequence(text, m.end(), max_words=5, stops=stops)
        if seq and seq[0] == m.end() and head.islower() and re.fullmatch(r"\s+di\s+", text[m.start() + len(head):m.end()]):
            _add(places, text[seq[0]:seq[1]], seq[0])  # "lungomare di Marina di Pietrasanta": the place is the name
            continue
        if seq and seq[0] == m.end():
            name = text[m.start():seq[1]]
            tail = re.search(r"\s+(?:di|a)\s+([A-Z][\w’' -]+)$", name)
            if tail and gazetteer.is_known_place(tail.group(1)):
                name = name[:tail.start()]  # "Teatro Goldoni di Livorno": the venue, and Livorno on its own
            if name in org_names and head.lower() not in {"via", "viale", "piazza", "corso", "largo", "chiostro", "palazzo"}:
                continue
            if _FORCE_WORD.search(name):
                continue  # "Stazione Carabinieri di Taglio di Po" is a police unit, not a railway station
            _add(places, name, m.start(), "venue", {})
    covered = [(m.start, m.end) for p in places.values() for m in p.mentions]
    for ent in doc.ents:
        if ent.label_ not in {"LOC", "GPE"}:
            continue
        s, e = ent.start_char, ent.end_char
        art = _ARTICLE.match(ent.text)
        if art:
            s += art.end()
        name = strip_trailing_connectors(text[s:e].split("\n")[0].strip(" ,.;:"))
        lower = _LOWER_WORD_INSIDE.search(name)
        if lower:
            name = strip_trailing_connectors(name[:lower.start()])  # "Liguria l'assessora" -> "Liguria"
        e = s + len(name)
        parts = _COORDINATED.split(name)
        if len(parts) == 2 and all(p[:1].isupper() for p in parts) and not gazetteer.is_known_place(name):
            _add_coordinated(places, text, s, parts, org_keys)  # "Ascoli Piceno e San Benedetto": two places
            continue
        if not name or not name[0].isupper() or name in person_names or name in surnames or name in team_names:
            continue
        key = fold(name)
        if any(ps <= s < pe for ps, pe in in_party):
            continue  # "Fratelli d'Italia", "Forza Italia": a party's name names no place
        if any(os_ <= s < oe for os_, oe in in_org) and not gazetteer.is_known_place(name):
            continue  # a word inside an organization's name ("Cooperative Girasole")
        if key in org_keys or (_ORG_HEAD.match(name) and key not in gazetteer.comuni()) or _FORCE_WORD.search(name):
            continue  # an institution ("Comune di Pesaro"): its place is read from inside the name
        fr = _FRAZIONE_BEFORE.search(text[max(0, s - 40):s])
        if fr and not _ORG_HEAD.match(fr["w"]) and fr["w"].split()[0] not in {"Il", "La", "Lo", "Le", "Gli", "I"}:
            s = s - (len(text[max(0, s - 40):s]) - fr.start("w"))
            name = text[s:e].strip(" ,.;:")  # "Marina di Pietrasanta", "Forte dei Marmi"
            key = fold(name)
        known = gazetteer.is_known_place(name)
        if not known and len(ent) == 1 and (ent[0].pos_ != "PROPN" or name.lower() in gazetteer.common_words()):
            continue  # a sentence-initial common word the NER took for a place
        in_title = _in_short_quote(text, s, e) and (not known or _in_quoted_title(text, s, e))
        if _SUBJECT_BEFORE.search(text[max(0, s - 30):s]) or in_title or (not known and MEDICAL_SPECIALTY.fullmatch(name)):
            continue  # "ordinario di Pediatria"; a title or a nickname in quote marks ("Cortili in Scena", "Masuccio")
        if any(cs <= s and e <= ce for cs, ce in covered) and fold(name) not in places:
            continue
        _add(places, name, s)
    if dateline is not None and fold(dateline[0]) not in places:
        _add(places, dateline[0], dateline[1])  # "Bologna, 22 maggio 2025 –"
    _gazetteer_places(text, places, stops, org_keys, frozenset(n.split()[0] for n in person_names if len(n.split()) >= 2))
    _link_repeats(text, places, team_names)
    result = sorted(places.values(), key=lambda p: min(m.start for m in p.mentions))
    for p in result:
        p.mentions.sort(key=lambda m: m.start)
    return result


_LOWER_WORD_INSIDE = re.compile(r"\s(?!(?:di|del|della|dello|dei|degli|delle|e|in|sul|sulla|al|a|d['’]|dell['’])\b)(?-i:[a-zà-ù])[\w’']*")
_COORDINATED = re.compile(r"\s+(?:e|ed)\s+")


_FORCE_WORD = re.compile(r"\b(?:Carabinieri|Polizia|Finanza|Vigili|Forestale)\b")
_SUBJECT_BEFORE = re.compile(r"\b(?:ordinari[oa]|docente|professor[ea]|professoressa|cattedra|laurea|laureat[oa]|dottorato|master|corso|"
                             r"dipartimento|scuola\s+di\s+specializzazione|insegnante|esperto|esperta|facoltà|iscritt[oaie]|studente|studentessa|"
                             r"specializzazione|specializzand[oa]|reparto|unità|struttura|primari[oa]|ambulatorio|specialist[ai])"
                             r"(?:\s+(?-i:[a-z]+)){0,2}\s+(?:di|in)\s+$|\biscritt[oaie]\s+a\s+$", re.IGNORECASE)
_NEXT_PLACE = re.compile(r"(?:\s*,\s*|\s+(?:e|ed)\s+)(?P<p>(?-i:[A-Z])[\w’'-]+(?:\s+(?:di|del|della|in|sul|sulla|(?-i:[A-Z])[\w’'-]+)){0,3})")
_PARTY_WITH_PLACE = re.compile(r"Fratelli d['’]Italia|Forza Italia|Italia Viva|Sinistra Italiana|Noi con l['’]Italia|Italia dei Valori")


def _in_short_quote(text: str, s: int, e: int) -> bool:
    """A title in quote marks of at most five words ("Cortili in Scena")."""
    return in_short_quote(text, s, e, max_words=5, openers="«“\"", reach=40)


def _known_place_prefix(words: list[str]) -> int:
    """How many of the first ``words`` make the longest known place name (0: none)."""
    return next((n for n in range(len(words), 0, -1) if gazetteer.is_known_place(" ".join(words[:n]))), 0)


def _in_quoted_title(text: str, s: int, e: int) -> bool:
    """A known place inside a quoted title of two or more capitalized words ("“Mamma Roma”"), not a quoted place name."""
    before = re.search(r"[«“\"]([^«»“”\"\n]*)$", text[max(0, s - 40):s])
    after = re.match(r"([^«»“”\"\n]*)[»”\"]", text[e:e + 40])
    return bool(before and after and (before.group(1).strip() or after.group(1).strip()))


def _add_coordinated(places: dict[str, Place], text: str, start: int, parts: list[str], org_keys: set[str]) -> None:
    """Each of two coordinated place names the NER read as one span."""
    offset = start
    for part in parts:
        pos = text.find(part, offset)
        longer = proper_sequence(text, pos, max_words=5)
        if longer and gazetteer.is_known_place(text[pos:longer[1]]):
            part = text[pos:longer[1]]  # "… e San Benedetto del Tronto" read past a cut
        if fold(part) not in org_keys and (gazetteer.is_known_place(part) or len(part.split()) > 1):
            _add(places, part, pos)
        offset = pos + len(part)


def _gazetteer_places(text: str, places: dict[str, Place], stops: frozenset[int], org_keys: set[str],
                      given_names: frozenset[str] = frozenset()) -> None:
    """Comuni after a locative preposition ("a Castel San Giovanni", "tra Telese Terme e Montesarchio"), and regions
    and countries anywhere."""
    for m in _LOCATIVE.finditer(text):
        seq = proper_sequence(text, m.end(), max_words=4, allow_digits=False, stops=stops)
        if not seq:
            continue
        words = text[seq[0]:seq[1]].split()
        for n in range(len(words), 0, -1):
            cand = strip_trailing_connectors(" ".join(words[:n]))
            key = fold(cand)
            if key in org_keys:
                break
            if gazetteer.is_known_place(cand):
                if _in_short_quote(text, seq[0], seq[0] + len(cand)) or _SUBJECT_BEFORE.search(text[max(0, seq[0] - 30):seq[0]]):
                    break  # "Cortili in Scena": a title, though Scena is a comune
                if cand in given_names:
                    break  # "A Mauro dobbiamo la promozione": Mauro Zanier, not the town
                if not any(p.mentions and any(x.start <= seq[0] < x.end for x in p.mentions) for p in places.values()):
                    _add(places, cand, seq[0])
                pos = seq[0] + len(cand)
                while (nxt := _NEXT_PLACE.match(text, pos)) is not None:  # "a Montevarchi, San Giovanni Valdarno e Cortona"
                    n_words = _known_place_prefix(nxt["p"].split())
                    name = " ".join(nxt["p"].split()[:n_words])
                    if not n_words or fold(name) in org_keys:
                        break
                    if not any(x.start <= nxt.start("p") < x.end for p in places.values() for x in p.mentions):
                        _add(places, name, nxt.start("p"))
                    pos = nxt.start("p") + len(name)
                break
    covered = [(m.start, m.end) for p in places.values() for m in p.mentions]
    in_party = [(x.start(), x.end()) for x in _PARTY_WITH_PLACE.finditer(text)]
    for m in _known_names_regex().finditer(text):
        name = m.group(0)
        if fold(name) in places or fold(name) in org_keys or any(s <= m.start() < e for s, e in covered):
            continue
        if _STREET_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or _in_short_quote(text, m.start(), m.end()):
            continue  # "Mamma Roma": a film
        if any(ps <= m.start() < pe for ps, pe in in_party):
            continue  # "Forza Italia"
        _add(places, name, m.start())
        covered.append((m.start(), m.end()))


@cache
def _known_names_regex() -> re.Pattern:
    """One pattern for every region, canton, country and Swiss municipality name (longest first)."""
    names = {c for table in (gazetteer.regions(), gazetteer.countries(), gazetteer.swiss_places()) for c, _ in table.values()}
    return re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])")


def _link_repeats(text: str, places: dict[str, Place], team_names: set[str]) -> None:
    """Add every further occurrence of a known place name as a mention."""
    for place in places.values():
        if place.kind == "venue" or place.name in team_names:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(place.name)}(?![\w])", text):
            if not any(x.start == m.start() for x in place.mentions):
                place.mentions.append(Span(text=place.name, start=m.start(), end=m.end()))


def drop_mentions_inside_people(places: list[dict], people: list[dict]) -> list[dict]:
    """Drop place mentions that lie inside a person's name ("Rosaria Lo Bianco" is not the town Bianco)."""
    spans = [(m["start"], m["end"]) for p in people for m in p["mentions"]]
    kept = []
    for place in places:
        mentions = [m for m in place["mentions"] if not any(s <= m["start"] < e for s, e in spans)]
        if mentions:
            kept.append({**place, "mentions": mentions})
    return kept
