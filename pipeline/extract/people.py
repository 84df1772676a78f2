"""People and their roles: NER PER entities merged into one person each, roles from Italian constructions.

Constructions read (role titles from ``lexicon/roles.json``):
apposition "Claudia Fiaschi, presidente di Co&So"; preposed "il sindaco di Pietrasanta Stefano Giovannetti";
parentheses "Mario Rossi (Presidente Mestieri Toscana)" and, after a plural head, "gli assessori A (Bilancio)";
coordinated lists "gli assessori A, B e C"; "in qualità di", "nominato/eletto …"; a role line under a name line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.it.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.extract.gazetteer import common_words, comuni, countries, fold, is_known_place, regions
from pipeline.extract.lexicon import alternation, load
from pipeline.extract.names import GIVEN_NAMES, proper_sequence, strip_trailing_connectors
from pipeline.extract.spans import in_short_quote, text_of
from schemas import Person, Role, Span

ROLES = load("roles")
TITLES: dict[str, str] = ROLES["titles"]
HONORIFICS = sorted(ROLES["honorifics"], key=len, reverse=True)
# "AD" only in capitals: the lowercase "ad" is a preposition ("ad Arcavacata", "ad esclamare")
_TITLE_ALT = alternation(t for t in TITLES if t != "ad") + r"|(?-i:AD|A\.D\.)"
_PLURAL_ALT = alternation(ROLES["plural_heads"])
_MOD_ALT = alternation(ROLES["role_modifiers"])
_PREP = r"(?:(?:dell|d|all)['’]|(?:di|del|della|dello|dei|degli|delle|al|alla|allo|ai|agli|alle|per|presso|in|a)(?![\w]))"
_ROLE_CORE = rf"(?P<role>(?:{_TITLE_ALT})(?:\s+(?:{_MOD_ALT}))?)(?![\w])"
# Lowercase nouns that open an organization's name after a role: "presidente della commissione Bilancio".
_LOWER_ORG_HEADS = r"(?:commissione|giunta|consiglio|comitato|associazione|fondazione|cooperativa|polisportiva|società|ufficio|settore|servizio|dipartimento|direzione|circolo|consulta)"
_ORG_TAIL = rf"(?:\s*(?P<prep>{_PREP})\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s+)?(?:quotidiano|giornale|settimanale|testata|rivista\s+)?\s*(?=(?-i:[A-Z0-9])|{_LOWER_ORG_HEADS}\s+(?-i:[A-Z])))?"
_LEAD_ALT = alternation(ROLES["apposition_lead"])
# ", 47 anni, finora direttrice operativa del gruppo": an age and an adverb may come before the role.
APPOSITION = re.compile(rf"\s*,\s*(?:\d{{1,3}}\s+anni\s*,\s*)?(?:(?:il|la|lo|l['’]|nuovo|nuova|attuale|già|ex|{_LEAD_ALT})\s+)*{_ROLE_CORE}{_ORG_TAIL}",
                        re.IGNORECASE)
PARENTHESIS = re.compile(rf"^\s*\(\s*{_ROLE_CORE}{_ORG_TAIL}", re.IGNORECASE)
# "il notaio udinese", "la violinista georgiana", "il tecnico ospite": an adjective of origin between role and name
_ORIGIN_ADJ = r"(?:\s+(?-i:[a-zà-ù]{2,}(?:ese|esi|ana|ane|ano|ani|ina|ine|ino|ini|ense|ensi|ita|iti|ota|oti)|ospite|ospiti|locale))?"
_PREPOSED_BODY = (
    rf"(?<![\w])(?:(?:il|la|lo|l['’]|dal|dalla|del|della|al|alla|col|con|e|ed|anche)\s+)*(?:(?:nuovo|nuova|neo|attuale)\s+)?"
    rf"{_ROLE_CORE}{_ORIGIN_ADJ}(?:\s*(?P<prep>{_PREP})\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s+)?(?P<org>(?-i:[A-Z])[^,;:\n()]{{0,80}}?|(?-i:[a-zà-ù])[\w’']*(?:\s+(?:e\s+(?:la|il|le|i|l['’])\s*)?(?-i:[a-zà-ù])[\w’']*){{0,3}}(?:\s+(?-i:[A-Z])[^,;:\n()]{{0,60}}?)?))?")
# "il direttore generale dell'Azienda Ligure Sanitaria (A.Li.Sa.), il dott. X": an acronym and an article may follow.
PREPOSED = re.compile(_PREPOSED_BODY + r"(?:\s*\([^()\n]{1,20}\))?\s*,?\s*(?:(?:il|la|l['’])\s*)?$", re.IGNORECASE)
COPULA_BEFORE = re.compile(rf"(?:^|[;,.]\s+|\n)(?:(?:il|la|l['’])\s*)?{_ROLE_CORE}(?P<prep>)(?P<org>)\s+(?:sarà|è|resta|rimane)\s+$", re.IGNORECASE)
NEW_IN_ROLE = re.compile(rf"^\s+(?:(?:è|sarà|diventa)\s+)?(?:(?:il|la|l['’])\s*)?(?:nuovo|nuova|neo)\s+{_ROLE_CORE}{_ORG_TAIL}", re.IGNORECASE)
PREPOSED_COORD = re.compile(_PREPOSED_BODY + r"\s+(?:e|ed)\s+$", re.IGNORECASE)
_APPOINT_ALT = alternation(ROLES["appointment_cues"])
APPOINTED = re.compile(
    rf"^[^.\n]{{0,60}}?(?<![\w])(?:{_APPOINT_ALT})\s+(?:[\wà-ù]+\s+){{0,3}}?(?:(?:nuovo|nuova|il|la)\s+)?{_ROLE_CORE}{_ORG_TAIL}",
    re.IGNORECASE)  # "eletta a ottobre presidente del Comitato"
# "è stata nominata direttrice la dott.ssa Federica Mainardi": the role announced right before the name.
NOMINATED_BEFORE = re.compile(
    rf"(?<![\w])(?:{_APPOINT_ALT})\s+(?:(?:nuovo|nuova)\s+)?{_ROLE_CORE}\s+(?:il|la|l['’])\s*$", re.IGNORECASE)
_NICKNAMED = re.compile(r"(?P<first>[A-ZÀ-Ý][a-zà-ù]+)\s+[«“\"](?P<nick>[A-ZÀ-Ý][\w’']+)[»”\"]\s+(?P<last>[A-ZÀ-Ý][\w’'-]+)")
_QUOTE_CHARS = re.compile(r"\s*[«“\"][^«»“”\"]+[»”\"]\s*")
_SURNAME_INITIAL = re.compile(r"(?<![\w.])(?:(?:De|Di|Da|Del|Della|Dal|Dalla|Lo|La|D['’])\s?)?[A-ZÀ-Ý][a-zà-ù’']+(?:\s[A-ZÀ-Ý][a-zà-ù’']+)?\s[A-Z]\.(?=[\s,;)]|$)")
_CREDIT_BEFORE = re.compile(r"(?:^|(?<=[\s,.;:(]))(?P<role>" + alternation(ROLES["credits"]) + r")\s+di\s+$",
                            re.IGNORECASE)
_OF_ORG_AFTER = re.compile(r"\s+(?:del|della|dello|dell['’])\s*(?=(?-i:[A-Z]))")
_PARTY_AFTER = re.compile(r"^\s*\((?P<c>(?-i:[A-Z])[^()\n,;]{0,40})\)")
PLURAL_LIST = re.compile(rf"(?<![\w])(?:gli|i|le|dagli|degli|agli|dai|ai|dei|alle|delle)\s+(?P<head>{_PLURAL_ALT})\b", re.IGNORECASE)
MEMBER_LIST = re.compile(
    r"(?<![\w])(?:eletti|elette|nominati|nominate|confermati|confermate|entrano|fanno\s+parte|compongono|siedono)\s+"
    r"(?:(?:nel|nella|del|della|in|il|la|nello)\s+)?(?P<head>" + alternation(ROLES["member_bodies"]) + r")\b[^.;:\n]{0,60}:",
    re.IGNORECASE)
_LIST_INTRO = re.compile(r"\s+(?:che|di|del|della|dei|degli|delle|con|per|in)\b[^.;\n]{0,90}:\s*")
SECOND_ROLE = re.compile(rf"^\s*(?:e|ed|,\s*(?:dal\s+\d{{4}}|già|finora|ora|oggi))\s+(?:(?:il|la|l['’]|già|anche|poi|ex|attuale|finora|inoltre|attualmente|oggi)\s+)*{_ROLE_CORE}{_ORG_TAIL}", re.IGNORECASE)
NOMINATED_AS = re.compile(rf"^\s+(?:(?:come|quale|nuovo|nuova|alla\s+carica\s+di|nel\s+ruolo\s+di)\s+)+{_ROLE_CORE}{_ORG_TAIL}", re.IGNORECASE)
ROLE_LINE = re.compile(rf"^\s*(?:{_ROLE_CORE}){_ORG_TAIL}", re.IGNORECASE)
_ROLE_OF_PLACE = re.compile(rf"(?<![\w])(?:{_TITLE_ALT})\s+(?:di|del|della)\s+(?P<place>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+(?=(?-i:[A-Z]))",
                            re.IGNORECASE)
_HONORIFIC_ALT = alternation(h for h in HONORIFICS if "." in h or len(h) > 3)
_HONORIFIC_RE = re.compile(r"^(?P<h>(?:" + alternation(HONORIFICS) + r"))\s+", re.IGNORECASE)
FIRST_NAMES = GIVEN_NAMES
_AMBIGUOUS_FIRST_NAMES = set(load("first_names")["ambiguous"])  # given names that are also common words ("Rosa", "Marina")
_ORG_HEADS = {h for h in load("organizations")["heads"]} | set(load("organizations")["suffix_kinds"])
_NOT_NAME_WORDS = _ORG_HEADS | {"contatti", "nucleo", "premio", "officine", "supermercati", "coop", "odv", "onlus", "spa", "srl",
                                "orchestra", "ufficio", "reparto", "squadra", "gruppo", "contrario", "astenuto", "favorevole",
                                "totale", "informazioni", "trentino", "lista", "team", "volley", "basket", "cgil",
                                "cisl", "uil", "arpa", "federfarma", "euganea", "servizio", "settore", "area", "sezione", "hotel",
                                "hôtel", "albergo", "ristorante", "trattoria", "osteria", "agriturismo", "residence", "camping", "industrie",
                                "group", "holding", "servizi", "costruzioni", "trasporti", "impianti", "sistemi", "caffè", "bar",
                                "pasticceria", "panificio", "gelateria", "pizzeria", "libreria", "enoteca", "cantina", "cantine",
                                "birrificio", "caseificio", "prosciuttificio", "lanificio", "bottega", "quartet", "reporter",
                                "corporate", "finance", "row", "street", "road", "avenue", "square", "strasse", "platz"}
_STREET_HEADS = (r"(?:(?<=la )|(?<=sulla )|(?<=della )|(?<=dalla )|(?<=alla ))(?:provinciale|statale)|via|viale|contrà|piazza|piazzale|piazzetta|corso|largo|vicolo|vico|lungomare|lungolago|lungofiume|lungarno|lungotevere|"
                 r"lungadige|lungoparma|banchina|contrada|strada|stradone|salita|discesa|calata|traversa|rotonda|rotatoria|"
                 r"circonvallazione|galleria|ponte|passeggiata|passaggio|sottopasso|molo|borgata")
_NAMED_AFTER_HEADS = (
    _STREET_HEADS + r"|istituto|liceo|scuola|teatro|stadio|palazzetto|palasport|palazzo|velodromo|piscina|bocciodromo|premio|villa|"
    r"parco|giardino|giardini|cinema|chiesa|basilica|cattedrale|santuario|cappella|parrocchia|oratorio|asilo|nave|motonave|"
    r"fondazione|ospedale|policlinico|presidio|clinica|hospice|padiglione|aeroporto|stazione|sala|aula|auditorium|biblioteca|"
    r"museo|pinacoteca|centro|circolo|associazione|polisportiva|consorzio|cooperativa|comitato|banca|azienda|società|"
    r"federazione|unione|compagnia|gruppo|azienda\s+agricola|(?-i:Quartetto|Trio|Quintetto|Orchestra|Coro|Ensemble|Duo)|caffè|bar|pasticceria|panificio|"
    r"gelateria|pizzeria|libreria|enoteca|cantina|cantine|birrificio|caseificio|prosciuttificio|lanificio|laboratorio|"
    r"bottega|memorial|trofeo|torneo|coppa|collezione|modello|(?<=la )linea|borsa|fondo|"
    r"itis|iti|itc|itg|itt|itet|itcg|iis|isis|iiss|ipsia|ipssar|ipsseoa|ipseoa|cpia")
# lowercase words between such a head and the name: "Galleria d'arte contemporanea | Osvaldo Licini",
# "Presidio ospedaliero | Giuseppe Mazzini", "Centro anziani | Sandro Pertini", "Istituto comprensivo | Don Milani"
_NAMING_ADJECTIVE = (r"(?:\s+(?:d['’](?-i:[a-zà-ù]+)|di\s+(?-i:volontariato|promozione|musica|danza|teatro|ricerca|studi)|(?-i:[a-zà-ù]+(?:ale|ali|ile|ili|iva|ive|ivo|ivi|ica|iche|ico|ici|ana|ane|ano|ani|"
                     r"are|ari|ero|era|eri|ere|ario|aria|orio|oria|anea|aneo|anee|anei)|superiore|superiori))){0,3}")
_RIGHT_AFTER_NAMING_HEAD = re.compile(rf"\b(?:{_NAMED_AFTER_HEADS}){_NAMING_ADJECTIVE}\s+[«“\"]?\s*$", re.IGNORECASE)  # "Fondazione |Carlo Venturelli"
_NAMED_AFTER = re.compile(
    rf"(?:\b(?:{_NAMED_AFTER_HEADS}){_NAMING_ADJECTIVE}\s+(?:[«“\"]\s*)?(?:(?:(?-i:[A-Z])[\w’'.]*|di|del|della|dei)\s+)*|(?:^|[\s(])[«“\"])\Z",
    re.IGNORECASE)
_ORG_ARTICLES = {"il", "lo", "la", "l'", "l’", "i", "gli", "le", "della", "dello", "del", "dei", "degli", "delle", "alla", "al",
                 "dalla", "dal", "nella", "nel", "sulla", "sul", "coi", "col"}
_CAPITALIZED_BEFORE_CAPITAL = re.compile(r"(?<![\w’'])[A-ZÀ-Ý][\w’'-]*(?=\s+[A-Z])")
_CAPS_PAIR = re.compile(r"(?<![\w])[A-ZÀ-Ý]{2,}(?:['’][A-ZÀ-Ý]+)?\s+[A-ZÀ-Ý]{2,}(?:\s+[A-ZÀ-Ý]{2,})?(?![\w])")
_FIRST_NAME_LIST = re.compile(r"(?<![\w])[A-Z][a-zà-ù]+(?:\s*,\s*[A-Z][a-zà-ù]+)+\s+e\s+[A-Z][a-zà-ù]+(?![\w])")
_ROLE_WORD_BEFORE = re.compile(
    rf"(?<![\w])(?:{_TITLE_ALT})\s+{_PREP}\s*(?:(?-i:[A-Z])[\w’'.&-]*\s+(?:(?:di|del|della|dei|degli|delle|e)\s+)?){{2,}}$", re.IGNORECASE)
_ROLE_OF_PLACE_BEFORE = re.compile(rf"(?<![\w])(?:{_TITLE_ALT})\s+(?:di|del|della|in)\s+(?-i:[a-zà-ù]+)\s+$", re.IGNORECASE)  # "la docente di liceo"
# "l'assessora regionale alla Scuola Marta Riva": a portfolio, not a school named after her
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w])(?:assessor[ea]|ministr[oa]|sottosegretari[oa]|delegat[oa]|vicepresidente)(?:\s+(?-i:[a-z]+))?\s+"
                               r"(?:al|alla|allo|ai|alle|agli|all['’])\s*(?-i:[A-Z])[\w’']+\s+$", re.IGNORECASE)
_SAINT_BEFORE = re.compile(r"(?:\b(?:San|Santa|Santo|Santu|Sant['’]|Santi(?:\s+[A-Z][\w’']+\s+ed?)?|S\.|Beato|Beata|Madonna|Borgo|Castel|"
                           r"Porta|Villa|Monte|Ponte)\s*)$")
_SAINT_FIRST = frozenset({"San", "Santa", "Santo", "Santu", "Santi", "Sant'", "Sant’", "Beato", "Beata"})
_STREET_RIGHT_BEFORE = re.compile(rf"\b(?:{_STREET_HEADS}){_NAMING_ADJECTIVE}\s+$", re.IGNORECASE)  # never a role's place
_FAMILY_BEFORE = re.compile(r"\b(?:famiglia|famiglie|fratelli|sorelle|coniugi|casato|clan)\s+$", re.IGNORECASE)
_MASCULINE_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:il|lo|al|allo|del|dello|dal|dallo|nel|nello|sul|sullo|col)\s+$")
_TITLE_RIGHT_BEFORE = re.compile(rf"(?<![\w])(?=(?-i:[A-Z]))(?:{_TITLE_ALT})\s+$", re.IGNORECASE)
_ROLE_PREP_BEFORE = re.compile(rf"(?<![\w])(?:{_TITLE_ALT})\s+{_PREP}\s*$", re.IGNORECASE)
_CONNECTOR_INSIDE = re.compile(r"\s(?:di|del|della|dei|degli|delle|e)\s")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w’'-]*\.?$|^(?:de|di|del|della|da|van|von|dal|dalla|lo|la|d['’]\w+)$")


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    honorifics: list[str] = field(default_factory=list)
    cued: bool = False  # the context alone says person (a line-up, "Aurora, 5 anni", a nickname)


_NOT_NAME_TAILS = frozenset({"persona", "persone", "foto", "fotografia", "contatti", "contatto"})  # "… Persone di riferimento:"
_SURNAME_PARTICLES = frozenset({"de", "di", "da", "del", "della", "dello", "dei", "dal", "dalla", "lo", "la", "li", "le"})
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?P<h>" + alternation(HONORIFICS) + r")\s+$", re.IGNORECASE)


_LEADING_TITLE = re.compile(rf"^(?:{_TITLE_ALT})\s+", re.IGNORECASE)
_TITLE_OR_HONORIFIC_THEN_CAPITAL = re.compile(rf"(?<![\w])(?:{_TITLE_ALT}|{_HONORIFIC_ALT})\s+(?=[A-Z])", re.IGNORECASE)
_LOWER_ORG_HEAD_RE = re.compile(rf"{_LOWER_ORG_HEADS}\s+(?=(?-i:[A-Z]))", re.IGNORECASE)


def _with_article_elsewhere(text: str, name: str) -> bool:
    """'la Mani Aperte', 'dalla Promocoop Trentina': the name is used with an article somewhere in the text."""
    pos = text.find(name)
    while pos != -1:
        end = pos + len(name)
        word = re.search(r"([\w’']+)\s+$", text[max(0, pos - 12):pos])
        if word and word.group(1).lower() in _ORG_ARTICLES and (end >= len(text) or not text[end].isalnum()) \
                and (word.start(1) + max(0, pos - 12) == 0 or not text[word.start(1) + max(0, pos - 12) - 1].isalnum()):
            return True
        pos = text.find(name, pos + 1)
    return False


def _clean_mention(text: str, start: int, end: int) -> _Mention | None:
    """Strip honorifics and role words from a name span; None if no name remains."""
    name = text[start:end]
    honorifics = []
    hb = _HONORIFIC_BEFORE.search(text[max(0, start - 20):start])
    if hb:
        honorifics.append(hb["h"])
    while True:
        m = _HONORIFIC_RE.match(name)
        if not m:
            break
        honorifics.append(m["h"])
        start += m.end()
        name = text[start:end]
    lead = _LEADING_TITLE.match(name)
    if lead and len(name[lead.end():].split()) >= 1 and name[lead.end():][:1].isupper():
        start += lead.end()
        name = text[start:end]
    name = name.rstrip(" ,;:")
    if name.endswith(".") and not re.search(r"(?:^|\s)[A-ZÀ-Ý]\.$", name):
        name = name.rstrip(".")  # a sentence's full stop, but "Marchetti G." keeps its initial's
    end = start + len(name)
    article = re.match(r"^(?:La|Le|Il|Lo|Gli|I|Un|Una)\s+", name)
    if article:  # "La Ministra", "Le Regioni": an article opens no name
        rest = name[article.end():]
        if len(rest.split()) < 2 or rest.split()[0].lower() in TITLES:
            return None
        start += article.end()
        name = rest
    tokens = name.split()
    if tokens and re.fullmatch(r"[A-Z]\.", tokens[0]) and start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        name = name[len(tokens[0]):].lstrip()  # "S.p.A. Bending Spoons": the NER took the suffix's last letter
        start = end - len(name)
        tokens = name.split()
    while len(tokens) >= 2 and tokens[-1].lower() in _NOT_NAME_TAILS:  # "Yanik Bürkli Persone di riferimento"
        name = name[:name.rindex(tokens[-1])].rstrip()
        end = start + len(name)
        tokens = name.split()
    if len(tokens) == 1 and re.fullmatch(r"[A-Z]\.", tokens[0]):
        return None  # a lone initial
    if len(tokens) >= 2 and tokens[0] not in FIRST_NAMES and tokens[0].lower() in STOP_WORDS \
            and tokens[0].lower() not in _SURNAME_PARTICLES:
        return None  # "Chi Odia Paga", "Noi Polesani", "Al Jazeera": a function word opens no name
    while len(tokens) >= 3 and tokens[-1].lower() in TITLES:  # "Paola Pisano Ministro per l'innovazione"
        name = name[:name.rindex(tokens[-1])].rstrip()
        end = start + len(name)
        tokens = name.split()
    if len(tokens) == 2 and tokens[0] not in FIRST_NAMES and tokens[1] not in FIRST_NAMES and (
            fold(tokens[0]) in regions() or fold(tokens[0]) in countries()):
        start += len(tokens[0]) + 1  # "Presidente della Regione Emilia-Romagna Bonaccini"
        name = tokens[1]
        tokens = [name]
    if len(tokens) >= 3 and tokens[0] not in FIRST_NAMES and fold(tokens[0]) in comuni():
        cut = len(tokens[0]) + 1
        start += cut
        name = name[cut:]
        tokens = name.split()
    if len(tokens) >= 3 and tokens[0] not in FIRST_NAMES:
        for t in tokens[1:-1]:
            if t in FIRST_NAMES:
                cut = name.index(" " + t) + 1
                start += cut
                name = name[cut:]
                tokens = name.split()
                break
    if not tokens or not name[0].isupper() or len(name) < 2:
        return None
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    return _Mention(start, end, name, honorifics)


def _is_person_name(text: str, m: _Mention, blocked: set[str]) -> bool:
    """Reject NER 'persons' that are organizations, places or names inside venues/institutions."""
    tokens = m.text.split()
    if fold(m.text) in blocked or any(t.lower().strip(".") in _NOT_NAME_WORDS or t.lower() in TITLES for t in tokens):
        return False
    if _ROLE_PREP_BEFORE.search(text[max(0, m.start - 50):m.start]) and tokens[0] not in FIRST_NAMES:
        return False  # "presidente di Mestieri Toscana": what follows a role and a preposition is an organization
    if len(tokens) >= 2 and not any(t in FIRST_NAMES for t in tokens) and _TITLE_RIGHT_BEFORE.search(text[max(0, m.start - 40):m.start]):
        return False  # "(Presidente Mestieri Toscana)": a capitalized role directly before a name with no given name
    before = text[max(0, m.start - 60):m.start]
    role_before = _ROLE_WORD_BEFORE.search(text[max(0, m.start - 100):m.start])
    if _CONNECTOR_INSIDE.search(m.text) or _SAINT_BEFORE.search(before) or tokens[0] in _SAINT_FIRST:
        return False
    if _STREET_RIGHT_BEFORE.search(before):
        return False  # "la sede storica di via Pietro Micca": a street, even after a role word
    if len(tokens) >= 2 and re.search(r"(?<![\w])da\s+$", before) and re.match(r"\s+a\s+(?-i:[A-Z])", text[m.end:m.end + 5]):
        return False  # "dalle frazioni, da Murta Maria a Pittulongu": a stretch between two places
    if len(tokens) >= 2 and _MASCULINE_ARTICLE_BEFORE.search(before):
        return False  # "al Massimo Bellini", "del Mario Rossi" (a theatre, a prize): no article before a person's name
    if not any(t in FIRST_NAMES for t in tokens) and re.search(r"(?:S\.p\.A\.|S\.r\.l\.|Spa|Srl|SpA)\s+$", before):
        return False  # "PagoPA S.p.A. Bending Spoons …": a list of companies
    if not any(t in FIRST_NAMES for t in tokens) and _FAMILY_BEFORE.search(before):
        return False  # "la famiglia Del Fabbro", "Panificio Fratelli De Marchi": a family, not one person
    if len(tokens) == 1 and m.text not in FIRST_NAMES and (fold(m.text) in comuni() or fold(m.text) in regions() or fold(m.text) in countries()):
        return False  # "Emilia-Romagna" tagged as a person
    role_of_place = _ROLE_OF_PLACE_BEFORE.search(before) or _PORTFOLIO_BEFORE.search(before)
    if _NAMED_AFTER.search(before) and ((_RIGHT_AFTER_NAMING_HEAD.search(before) and not role_of_place) or not (
            tokens[0] in FIRST_NAMES and (role_before or role_of_place))):
        return False
    before_word = re.search(r"([\w’']+)\s*$", text[max(0, m.start - 20):m.start])
    before_word = before_word.group(1) if before_word else ""
    if len(tokens) >= 2 and tokens[0] not in FIRST_NAMES and not re.fullmatch(r"[A-Z]\.", tokens[0]):
        if before_word.lower() in _ORG_ARTICLES or (before_word.isupper() and len(before_word) >= 2):
            return False
        # Elsewhere in the text with an article ("la Mani Aperte", "dalla Promocoop Trentina"): an organization.
        if _with_article_elsewhere(text, m.text):
            return False
    if re.fullmatch(r"[A-Z]\.", tokens[0]) and before_word.isupper() and len(before_word) >= 2:
        return False
    given = any(t.title() in FIRST_NAMES or t.title() in _AMBIGUOUS_FIRST_NAMES for t in tokens)
    if len(tokens) >= 2 and not given and (tokens[0].lower() in common_words() or fold(m.text) in comuni()
                                           or any(fold(t) in comuni() for t in tokens)):
        return False  # "Acciaierie Valtrompia", "Volley Portogruaro", "Montanaso Lombardo": no given name
    if len(tokens) >= 2 and tokens[0] not in FIRST_NAMES and any(fold(t) in countries() or fold(t) in regions() for t in tokens[1:]):
        return False  # "Radix Svizzera", "Coop Lombardia": a body named after a country or region
    if len(tokens) >= 2 and tokens[0].isupper() and tokens[-1].isupper():
        return tokens[0].title() in FIRST_NAMES or tokens[-1].title() in FIRST_NAMES
    return True


def _candidate_mentions(doc: Doc, org_names: set[str]) -> list[_Mention]:
    text = text_of(doc)
    out = []
    blocked = {fold(n) for n in org_names}
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        end = ent.start_char + len(ent.text.split("\n")[0])
        m = _clean_mention(text, ent.start_char, end)
        if m and _is_person_name(text, m, blocked):
            out.append(m)
    # Names right after a role word or an honorific that the NER missed: "il sindaco Mario Rossi", "il sig. Carlo Neri".
    for rm in _TITLE_OR_HONORIFIC_THEN_CAPITAL.finditer(text):
        seq = proper_sequence(text, rm.end(), max_words=3, allow_digits=False)
        if not seq:
            continue
        cand = _clean_mention(text, *_name_part(text, seq, _NAME_ENDS_AT))  # "il sig. Cristoforo Piattini | della Divisione"
        if cand and 2 <= len(cand.text.split()) <= 3 and _is_person_name(text, cand, blocked) and not _overlaps(out, cand):
            if all(w[0].isupper() and w.isalpha() for w in cand.text.split()) and not any(w.lower() in TITLES for w in cand.text.split()):
                out.append(cand)
        elif cand and len(cand.text.split()) == 1 and rm.group(0)[0].islower() and "\n" not in rm.group(0) \
                and _surname_after_role(text, cand) \
                and _is_person_name(text, cand, blocked) and not _overlaps(out, cand):
            out.append(cand)  # "il consigliere Bosco (M5S)"
    # "il sindaco di Coira Urs Marti": a name after a role of a known place
    for rm in _ROLE_OF_PLACE.finditer(text):
        if not is_known_place(rm["place"]):
            continue
        seq = proper_sequence(text, rm.end(), max_words=3, allow_digits=False)
        if not seq:
            continue
        cand = _clean_mention(text, *_name_part(text, seq, _NAME_ENDS_AT))
        if cand and 2 <= len(cand.text.split()) <= 3 and _is_person_name(text, cand, blocked) and not _overlaps(out, cand):
            out.append(cand)
    # A known first name followed by one or two capitalized words ("Silvia Mori"), wherever the NER missed it;
    # an ALL-CAPS roster entry with a first name ("ROSSI LUCA"); first names listed together ("Giulia, Marta e Sofia").
    for fm in (m for m in _CAPITALIZED_BEFORE_CAPITAL.finditer(text) if m.group(0) in FIRST_NAMES):
        seq = proper_sequence(text, fm.start(), max_words=3, allow_digits=False)
        if not seq or seq[1] - seq[0] <= len(fm.group(0)):
            continue
        cand = _clean_mention(text, *_name_part(text, seq, _COORDINATION_IN_NAME))  # "Elena Marchetti e Davide Soriani"
        if cand and len(cand.text.split()) >= 2 and _is_person_name(text, cand, blocked):
            inside = [m for m in out if cand.start <= m.start and m.end <= cand.end]  # the NER saw only "Oppizzi"
            if not _overlaps([m for m in out if m not in inside], cand):
                out = [m for m in out if m not in inside] + [cand]
    for rm in _CAPS_PAIR.finditer(text):
        words = rm.group(0).split()
        if any(w.title() in FIRST_NAMES for w in words) and not any(w.lower() in _NOT_NAME_WORDS for w in words):
            cand = _Mention(rm.start(), rm.end(), rm.group(0))
            inside = [m for m in out if cand.start <= m.start and m.end <= cand.end]
            if not _overlaps([m for m in out if m not in inside], cand):
                out = [m for m in out if m not in inside] + [cand]
    out = [_trim_trailing_word(doc, m) for m in out]
    # 'Marco "Rizzo" Paoli': one person, the nickname in quote marks between given name and surname
    for nm in _NICKNAMED.finditer(text):
        if nm["first"] in FIRST_NAMES:
            cand = _Mention(nm.start(), nm.end(), nm.group(0))
            out = [m for m in out if not (cand.start <= m.start < cand.end)] + [cand]
    # "Marcatori: Marchetti G. 2, Proietti S. 1": surnames with an initial, two or more on one line
    for line in re.finditer(r"[^\n]+", text):
        items = list(_SURNAME_INITIAL.finditer(line.group(0)))
        if len(items) >= 2:
            for it in items:
                cand = _Mention(line.start() + it.start(), line.start() + it.end(), it.group(0))
                if not _overlaps(out, cand) and it.group(0).split()[0].lower() not in TITLES:
                    out.append(cand)
    for lm in _FIRST_NAME_LIST.finditer(text):
        for nm in re.finditer(r"[A-Z][a-zà-ù]+", lm.group(0)):
            cand = _Mention(lm.start() + nm.start(), lm.start() + nm.end(), nm.group(0))
            if nm.group(0) in FIRST_NAMES and not _overlaps(out, cand) and _is_person_name(text, cand, blocked):
                out.append(cand)
    for cand in (*_lineup_mentions(text), *_aged_first_names(text), *_relatives(text)):
        out = [m for m in out if not (cand.start <= m.start < cand.end or m.start <= cand.start < m.end)] + [cand]
    return sorted(out, key=lambda m: m.start)


_RELATIVE = re.compile(r"(?<![\w’'])(?:fratello|sorella|figlio|figlia|moglie|marito|padre|madre|nonno|nonna|zio|zia|cugino|cugina|"
                       r"nipote|compagno|compagna)\s+(?P<n>[A-Z][a-zà-ù]+)(?![\w’'])(?!\s+[A-Z])")


def _relatives(text: str) -> list[_Mention]:
    """'con il fratello Filippo': a given name after a kinship word is a person."""
    return [_Mention(m.start("n"), m.end("n"), m["n"], cued=True) for m in _RELATIVE.finditer(text) if m["n"] in FIRST_NAMES]


def _surname_after_role(text: str, m: _Mention) -> bool:
    """One capitalized word after a lowercase role word is a surname unless it is a role word, a modifier, an acronym
    or a portfolio ("capodicastero Territorio e mobilità")."""
    word = m.text
    if re.match(r"\s+(?:(?:e|ed|di|del|della|dei|delle|per)\s+(?-i:[a-zà-ù])|(?-i:[a-zà-ù]+)\s+(?:di|del|della|dei|delle)\s)",
                text[m.end:m.end + 30]):
        return False  # "responsabile Acque dolci della Fitai"
    nxt = re.match(r"\s*([\w’']+)", text[m.end:m.end + 30])
    if nxt and m.end < len(text) and text[m.end] == " " and nxt.group(1).lower() not in STOP_WORDS:
        return False  # "caporedattore Affari correnti": a name is followed by punctuation or a function word
    return (len(word) >= 3 and word.isalpha() and not word.isupper() and word.lower() not in TITLES and word.lower() not in STOP_WORDS
            and not re.fullmatch(_MOD_ALT, word.lower()) and not is_known_place(word))


_LINEUP_LINE = re.compile(r"^(?P<team>[A-ZÀ-Ý][A-ZÀ-Ý0-9 .'’-]{1,40}):[ \t]*(?P<body>[^\n]+)$", re.MULTILINE)
_LINEUP_ITEM = re.compile(r"(?<![\w.’'])(?:(?:De|Di|Da|Del|Della|Lo|La|D['’])\s?)?[A-ZÀ-Ý][a-zà-ù’']+(?:\s[A-Z]\.)?(?![\w’'])")
_LINEUP_NOT_NAMES = frozenset({"All", "Allenatore", "Arbitro", "Reti", "Marcatori", "Note", "Ammoniti", "Espulsi", "Recupero"})


def _lineup_mentions(text: str) -> list[_Mention]:
    """'MARSALA: Fortuna; Messina, Licari, Palermo (st Marino). All. Sciacca.': every name of a team's line-up,
    even one that is also a town or a word."""
    out = []
    for line in _LINEUP_LINE.finditer(text):
        body = line["body"]
        if body.count(";") < 2 and body.count(",") < 5:
            continue
        items = [i for i in _LINEUP_ITEM.finditer(body) if i.group(0) not in _LINEUP_NOT_NAMES]
        if len(items) < 6 or len(re.sub(r"[^a-zà-ù]", "", re.sub(_LINEUP_ITEM, "", body))) > len(body) // 3:
            continue  # mostly words that are not names: a sentence, not a line-up
        start = line.start("body")
        out += [_Mention(start + i.start(), start + i.end(), i.group(0), cued=True) for i in items]
    return out


_AGED_NAME = re.compile(r"(?<![\w’'])(?P<n>[A-Z][a-zà-ù]+),\s+(?:\d{1,3}|" + alternation(
    ["due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici", "quattordici",
     "quindici", "sedici", "diciassette", "diciotto", "diciannove", "vent", "trent", "quarant", "cinquant", "sessant",
     "settant", "ottant", "novant"]) + r")[a-z]*\s+anni(?![\w])")


def _aged_first_names(text: str) -> list[_Mention]:
    """'Ines, 87 anni', 'la piccola Aurora, 5 anni': a given name with an age is a person."""
    return [_Mention(m.start("n"), m.end("n"), m["n"], cued=True) for m in _AGED_NAME.finditer(text)
            if m["n"] in FIRST_NAMES or m["n"] in _AMBIGUOUS_FIRST_NAMES]


_WORDS_AFTER_NAMES = frozenset(ROLES["words_after_names"])  # capitalized at a sentence start right after a name


def _trim_trailing_word(doc: Doc, m: _Mention) -> _Mention:
    """'Piero Angelini Nato a Bari': a capitalized verb or function word after a name is not part of it."""
    tokens = m.text.split()
    if len(tokens) < 3:
        return m
    last = doc.char_span(m.end - len(tokens[-1]), m.end, alignment_mode="expand")
    if tokens[-1].lower() in _WORDS_AFTER_NAMES or (
            last is not None and len(last) == 1 and last[0].pos_ in {"VERB", "AUX", "ADP", "ADV", "DET", "SCONJ", "CCONJ", "PRON"}):
        end = m.start + len(m.text) - len(tokens[-1]) - 1
        return _Mention(m.start, end, m.text[:end - m.start], m.honorifics)
    return m


_NAME_ENDS_AT = re.compile(r"\s(?:di|del|della|dei|degli|delle|e|ed)\s")  # a connector: an office or a second name follows
_COORDINATION_IN_NAME = re.compile(r"\s(?:e|ed)\s")


def _name_part(text: str, seq: tuple[int, int], cut: re.Pattern) -> tuple[int, int]:
    """The part of a capitalized sequence before the first ``cut`` (a connector or a coordination)."""
    found = cut.search(text, seq[0], seq[1])
    return (seq[0], found.start()) if found else seq


def _overlaps(mentions: list[_Mention], c: _Mention) -> bool:
    return any(m.start < c.end and c.start < m.end for m in mentions)


def _group(mentions: list[_Mention]) -> list[list[_Mention]]:
    """One group per person: full names first, then short forms linked to a unique full name."""
    full: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: -len(m.text.split())):
        key = re.sub(r"[\"«»“”]", "", fold(m.text))  # 'Marco "Rizzo" Paoli' is also "Rizzo"
        tokens = key.split()
        owner = None
        for k in full:
            kt = k.split()
            if key == k or (len(tokens) >= 2 and sorted(tokens) == sorted(kt)):
                owner = k
                break
        if owner is None and len(tokens) == 1:
            matches = [k for k in full if tokens[0] in (k.split()[-1], k.split()[0])] or \
                [k for k in full if len(k.split()) == 3 and tokens[0] == k.split()[1]]
            if len(matches) > 1:  # "Matteo" beside "Matteo De Marchi" (named four times) and "ZANON MATTEO" (once)
                counts = sorted(((len(full[k]), k) for k in matches), reverse=True)
                matches = [counts[0][1]] if counts[0][0] >= 2 * counts[1][0] + 1 else matches
            owner = matches[0] if len(matches) == 1 else None
        elif owner is None and len(tokens) >= 2:
            matches = [k for k in full if k.endswith(" " + key) or key.endswith(" " + k)]
            owner = matches[0] if len(matches) == 1 else None
        if owner is None:
            full[key] = [m]
        else:
            full[owner].append(m)
    return list(full.values())


_INSTITUTION_NOUNS = {h.split()[0] for h in _ORG_HEADS} | {
    "polizia", "museo", "teatro", "biblioteca", "archivio", "ospedale", "corpo", "consiglio", "giunta", "commissione", "ufficio",
    "servizio", "settore", "azienda", "ente", "parco", "comitato", "scuola", "liceo", "istituto"}
_INSTITUTION_TAIL = re.compile(
    r"(?:\s+(?:" + "|".join(load("organizations")["institution_adjectives"]) + r"))+"
    r"(?:\s+(?:di|del|della|dei|delle|dell['’])\s*(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)?(?![\w])", re.IGNORECASE)


def _org_after(text: str, pos: int, stops: frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """The organization/place name starting at ``pos``, cut before any person mention (``stops``)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    lower_head = _LOWER_ORG_HEAD_RE.match(text[pos:pos + 20])
    seq = proper_sequence(text, pos + (lower_head.end() if lower_head else 0), max_words=7)
    if seq and lower_head:
        seq = (pos, seq[1])
    if not seq or seq[0] in stops:
        return None
    if text[seq[0]:seq[1]].lower() in _INSTITUTION_NOUNS:  # "Polizia locale", "Museo civico di Rovereto"
        tail = _INSTITUTION_TAIL.match(text, seq[1])
        if tail:
            seq = (seq[0], tail.end())
    end = min([s for s in stops if seq[0] < s < seq[1]] or [seq[1]])
    name = strip_trailing_connectors(text[seq[0]:end].rstrip(" ,"))
    return (name, seq[0] + len(name)) if name else None


def _role_from(text: str, m: re.Match, offset: int, org_at: int | None, stops: frozenset[int] = frozenset()) -> Role:
    title = m["role"]
    start = offset + m.start("role")
    end = offset + m.end("role")
    org = None
    if org_at is not None:
        found = _org_after(text, org_at, stops)
        if found:
            org, end = found[0], found[1]
    return Role(text=text[start:end], start=start, end=end, title=title,
                normalized=TITLES.get(title.lower(), TITLES.get(title.lower().split()[0], title.lower())), organization=org)


def _roles_for(text: str, mention: _Mention, used: set[int], plural_roles: dict[int, tuple[str, int]],
               stops: frozenset[int]) -> list[Role]:
    roles = []
    after = text[mention.end:mention.end + 160]
    # "il consigliere Pietro Sanna (Pd), presidente della commissione Bilancio": the apposition after a party
    party = _PARTY_AFTER.match(after)
    skip = party.end() if party and not PARENTHESIS.match(after) else 0
    m = APPOSITION.match(after, skip)
    if m:
        org_at = mention.end + m.end() if (m["prep"] or _next_is_capital(after, m.end())) else None
        role = _role_from(text, m, mention.end, org_at, stops)
        # ", il sindaco di Bergamo Luca Ferraresi" / ", il presidente della Fenice, Davide Pini": a role (with its
        # article) right before another name is that name's (preposed).
        with_article = bool(re.match(r"\s*,\s*(?:il|la|lo|l['’])\s*", after))
        if not any(role.end <= s <= role.end + 3 and not text[role.end:s].strip(" ," if with_article else " ") for s in stops):
            roles.append(role)
            used.add(role.start)
    if roles:
        more = SECOND_ROLE.match(text[roles[-1].end:roles[-1].end + 120])
        if more:
            offset = roles[-1].end
            org_at = offset + more.end() if (more["prep"] or _next_is_capital(text[offset:offset + 120], more.end())) else None
            roles.append(_role_from(text, more, offset, org_at, stops))
    roles.extend(_roster_roles(text, mention))
    if not roles:
        roles.extend(_press_office_role(text, mention))
    m = NEW_IN_ROLE.match(after)  # "Davide Scotti nuovo comandante della Polizia locale"
    if m and not roles:
        org_at = mention.end + m.end() if (m["prep"] or _next_is_capital(after, m.end())) else None
        roles.append(_role_from(text, m, mention.end, org_at, stops))
        used.add(roles[-1].start)
    m = PARENTHESIS.match(after)
    if m:
        org_at = mention.end + m.end() if (m["prep"] or _next_is_capital(after, m.end())) else None
        roles.append(_role_from(text, m, mention.end, org_at, stops))
    elif mention.start in plural_roles and re.match(r"^\s*\(", after):
        title, head_start = plural_roles[mention.start]
        inner = re.match(r"^\s*\((?P<c>[^()\n]{2,80})\)", after)
        if inner:
            s = mention.end + inner.start("c")
            roles.append(Role(text=inner["c"], start=s, end=s + len(inner["c"]), title=title,
                              normalized=title, organization=inner["c"]))
    line_start = text.rfind("\n", 0, mention.start) + 1
    base = max(line_start, mention.start - 120)
    before = text[base:mention.start]
    honorific = _HONORIFIC_BEFORE.search(before)
    if honorific:
        before = before[:honorific.start()]  # "Il fondatore, cav. Giorgio Ferrarini"
    m = _last_preposed(before)
    if m and m["org"] and any(base + m.start("org") <= st < mention.start for st in stops):
        m = None  # the "organization" would swallow another person: the role belongs to someone else
    preposed = None
    if m is None:
        m = COPULA_BEFORE.search(before)  # "vicepresidente sarà Amedeo Dal Bello"
    if m and (base + m.start("role")) not in used:
        preposed = _preposed_role(text, m, base)
    elif (nominated := NOMINATED_BEFORE.search(before)) and (base + nominated.start("role")) not in used:
        s = base + nominated.start("role")
        preposed = Role(text=nominated["role"], start=s, end=s + len(nominated["role"]), title=nominated["role"],
                        normalized=TITLES.get(nominated["role"].lower(), nominated["role"].lower()), organization=None)
    credit = _CREDIT_BEFORE.search(before) if preposed is None and not roles else None
    if credit:  # "regia di Antonio Marzulli", "scene e costumi di Ilaria Mastrogiacomo"
        s = base + credit.start("role")
        preposed = Role(text=credit["role"], start=s, end=s + len(credit["role"]), title=credit["role"],
                        normalized=" ".join(credit["role"].lower().split()), organization=None)
    if preposed is not None:
        party = _PARTY_AFTER.match(after)
        if preposed.organization is None and party and not PARENTHESIS.match(after):
            preposed.organization = party["c"]  # "il consigliere Giovanni Parodi (Lega)"
        of_org = _OF_ORG_AFTER.match(after)
        if preposed.organization is None and of_org:
            found = _org_after(text, mention.end + of_org.end(), stops)
            if found:
                preposed.organization = found[0]  # "il pm Federica Scarpa della Procura di Rovigo"
        roles.append(preposed)
        used.add(preposed.start)
    if roles and roles[-1].start - base > 0:
        head = text[max(line_start, roles[-1].start - 100):roles[-1].start]
        m2 = _last_preposed(head, PREPOSED_COORD)
        head_start = roles[-1].start - len(head)
        if m2 and not any(head_start + m2.start() <= st < head_start + m2.end() for st in stops):
            # "il sindaco e la vicesindaca X", but not "il sindaco di Cesena Lorenzo Zammarchi e la vicesindaca X"
            roles.insert(len(roles) - 1, _preposed_role(text, m2, head_start))
    m = APPOINTED.match(after) or (NOMINATED_AS.match(after) if re.search(
        r"\b(?:nominat[oa]|elett[oa]|scelt[oa]|designat[oa]|confermat[oa]|nomina|eletto)\s+$", text[max(0, mention.start - 30):mention.start]) else None)
    if m and not any(mention.end < st < mention.end + m.start("role") for st in stops):
        org_at = mention.end + m.end() if m["prep"] else None
        appointed = _role_from(text, m, mention.end, org_at, stops)
        if not any(r.normalized == appointed.normalized for r in roles):
            roles.append(appointed)  # "Franco Bellei, amministratore delegato dal 2013, che è stato eletto presidente"
    if mention.start in plural_roles and not roles:
        title, head_start = plural_roles[mention.start]
        roles.append(Role(text=text[head_start:head_start + len(title)], start=head_start, end=head_start + len(title),
                          title=title, normalized=ROLES["plural_heads"].get(title.lower(), title), organization=None))
    if not roles:
        line_end = text.find("\n", mention.end)
        if line_end != -1 and not text[mention.end:line_end].strip():
            next_line = text[line_end + 1:line_end + 161]
            m = ROLE_LINE.match(next_line)
            if m:
                org_at = line_end + 1 + m.end() if (m["prep"] or _next_is_capital(next_line, m.end())) else None
                roles.append(_role_from(text, m, line_end + 1, org_at, stops))
    return roles


_ROSTER = ROLES["roster_heads"]
_ROSTER_HEAD = re.compile(r"(?:^|\s[–-]\s|[.;]\s+)(?P<h>" + alternation(_ROSTER) + r")\s*:\s", re.I | re.M)
_CAPTAIN_AFTER = re.compile(r"^\s*\((?P<c>cap\.|capitano|capitana|c)\)", re.IGNORECASE)


_PRESS_OFFICE_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?P<role>(?:Ufficio|Servizio|Area)\s+(?:stampa|comunicazione)|Addett[oa]\s+stampa)"
    r"(?:\s+(?P<org>[^:\n–—]{2,80}?))?[ \t]*(?:[:–—-][ \t]*|[ \t]*\n[ \t]*)\Z", re.IGNORECASE)


def _press_office_role(text: str, mention: _Mention) -> list[Role]:
    """'Ufficio stampa Musei civici di Ascoli: Francesca Angelini, tel. …': the press officer's heading is a role."""
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, mention.start))) + 1  # this line or the one before
    m = _PRESS_OFFICE_HEADING.search(text, start, mention.start)
    if not m:
        return []
    s = m.start("role")
    org = m["org"].strip(" ,") if m["org"] else None
    return [Role(text=m["role"], start=s, end=m.end("role"), title=m["role"], normalized=" ".join(m["role"].lower().split()),
                 organization=org or None)]


def _roster_roles(text: str, mention: _Mention) -> list[Role]:
    """'Schiacciatori: FURLANETTO SIMONE (cap.), DE NARDI TOMMASO': the heading of a roster line, and a captain mark."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    heads = list(_ROSTER_HEAD.finditer(text, line_start, mention.start))
    roles = []
    if heads:
        h = heads[-1]
        title = h["h"]
        roles.append(Role(text=title, start=h.start("h"), end=h.end("h"), title=title,
                          normalized=_ROSTER.get(" ".join(title.lower().split()), title.lower()), organization=None))
        captain = _CAPTAIN_AFTER.match(text[mention.end:mention.end + 12])
        if captain:
            s = mention.end + captain.start("c")
            roles.append(Role(text=captain["c"], start=s, end=s + len(captain["c"]), title=captain["c"],
                              normalized="capitano", organization=None))
    return roles


_TITLE_RE = re.compile(rf"(?<![\w])(?:{_TITLE_ALT})(?![\w])", re.IGNORECASE)


_CLAUSE_WORD = re.compile(r"(?<![\w’'])(?:è|ha|hanno|sono|era|sarà|che|ma|come|non)(?![\w’'])")


def _preposed_role(text: str, m: re.Match, offset: int) -> Role:
    """The Role of a PREPOSED match found in a window starting at ``offset``."""
    org = m["org"].strip() if m["org"] else None
    if org and _CLAUSE_WORD.search(org):
        org = None  # "il candidato per la Lista che conta è stato scelto, X": a clause, not an organization
    start = offset + m.start("role")
    written = text[start:offset + (m.end("org") if org else m.end("role"))].rstrip(" ,")
    title = m["role"]
    return Role(text=written, start=start, end=start + len(written), title=title,
                normalized=TITLES.get(title.lower(), title.lower()), organization=org)


def _last_preposed(before: str, pattern: re.Pattern = PREPOSED) -> re.Match | None:
    """The preposed role closest to the name ("…, il sindaco di Bergamo Giorgio Gori e il questore |X")."""
    for t in reversed(list(_TITLE_RE.finditer(before))):
        start = before.rfind(" ", 0, max(0, t.start() - 1))
        for s in (max(0, start + 1), t.start()):
            m = pattern.match(before, s)
            if m and m.start("role") == t.start():
                return m
    return None


def _next_is_capital(s: str, pos: int) -> bool:
    rest = s[pos:].lstrip()
    return bool(rest) and rest[0].isupper() and s[pos:pos + 1] in {" ", ""}


def _plural_role_map(text: str, mentions: list[_Mention]) -> dict[int, tuple[str, int]]:
    """Mentions listed after a plural role head ("gli assessori A, B e C") -> (singular title, head start)."""
    out: dict[int, tuple[str, int]] = {}
    starts = sorted(mentions, key=lambda m: m.start)
    heads = [(ROLES["plural_heads"][h["head"].lower()], h.start("head"), h.end()) for h in PLURAL_LIST.finditer(text)]
    # "Sono stati eletti nel consiglio direttivo: A, B e C": the body is each one's role
    heads += [(h["head"], h.start("head"), h.end()) for h in MEMBER_LIST.finditer(text)]
    for singular, head_start, list_start in heads:
        pos = list_start
        for m in starts:
            if m.start < pos:
                continue
            gap = text[pos:m.start]
            if pos == list_start and _LIST_INTRO.fullmatch(gap):
                gap = ""  # "ai volontari che hanno superato i 25 anni di servizio: A, B e C"
            if len(gap) > 70 or re.search(r"[.;:\n]", gap):
                break
            if not re.fullmatch(r"[\s,]*(?:e|ed)?\s*(?:[A-Za-zÀ-ù’' ]{0,50}?)?\s*", gap) and not re.fullmatch(r"\s*\([^()]*\)[\s,]*(?:e|ed)?\s*", gap):
                break
            out[m.start] = (singular, head_start)
            close = re.match(r"^\s*\([^()\n]*\)", text[m.end:])
            pos = m.end + (close.end() if close else 0)
    return out


def extract_people(doc: Doc, org_names: set[str] = frozenset(), place_names: set[str] = frozenset()) -> list[Person]:
    """Every named person once (fullest name, honorifics apart) with all mentions and all roles."""
    text = text_of(doc)
    # A place name blocks a person unless it is a known given name ("Marta", "Sofia" in a roster).
    mentions = _candidate_mentions(doc, set(org_names) | {p for p in place_names if p not in FIRST_NAMES})
    plural_roles = _plural_role_map(text, mentions)
    used: set[int] = set()
    org_words = frozenset(w for name in org_names for w in name.split())
    groups = []
    for group in _group(mentions):
        group.sort(key=lambda m: m.start)
        if all(len(m.text.split()) == 1 for m in group) and not any(m.cued or _single_name_ok(text, m) for m in group) \
                and not all(_bare_surname_ok(text, m, org_words) for m in group):
            continue  # a lone word the NER took for a person ("Asl 5 Spezzino")
        if _only_inside_organization_names(text, group, org_names):
            continue  # "Prosciuttificio Fratelli Del Fabbro" … "con Del Fabbro": the company's short name
        if all(in_short_quote(text, m.start, m.end, max_words=8) for m in group):
            continue  # «Le ultime ore di Ettore», “G. e M. Montani”: a character or a name inside a title
        groups.append(group)
    stops = frozenset(m.start for group in groups for m in group)
    people = []
    for group in groups:
        name = _QUOTE_CHARS.sub(" ", max(group, key=lambda m: (len(m.text.split()), len(m.text))).text).strip()
        honorifics = sorted({h for m in group for h in m.honorifics})
        roles: list[Role] = []
        for m in group:
            for role in _roles_for(text, m, used, plural_roles, stops):
                if not any(r.normalized == role.normalized and (r.organization or "") == (role.organization or "") for r in roles):
                    roles.append(role)
        roles = _drop_weaker_roles(roles)
        people.append(Person(name=name, honorifics=honorifics,
                             mentions=[Span(text=m.text, start=m.start, end=m.end) for m in group], roles=roles))
    _link_surnames(text, people)
    people = _merge_nicknames(text, people)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


_SPEECH_CUES = alternation(c for c in load("quotes")["cues"] if " " in c or len(c) > 5)
_CUE_BEFORE_NAME = re.compile(rf"(?:{_SPEECH_CUES})\s+$", re.IGNORECASE)
_CUE_AFTER_NAME = re.compile(rf"^\s+(?:{_SPEECH_CUES})\b", re.IGNORECASE)
_TITLE_OR_HONORIFIC_BEFORE = re.compile(rf"(?:{_TITLE_ALT}|{'|'.join(re.escape(h) for h in HONORIFICS)})\s+$", re.IGNORECASE)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*$")
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w])(?:a|ad|in|da|verso|tra|fra|presso|(?:(?:quartier|frazion|comun|paes|rion)[ei]|località|zona|zone|"
                                r"città|borgo|borghi|spiaggia|spiagge|lido|baia|pineta|monte|colle|lago|fiume|torrente|valle)"
                                r"(?:\s+(?:di|del|della|dei|delle))?)\s+$",
                                re.IGNORECASE)


def _single_name_ok(text: str, m: _Mention) -> bool:
    """A one-word person: a known first name, a word after a title or role ("coach Michele", "il sindaco Rossi"),
    or a surname that speaks ("ha detto Bonaccini", "Rossi ha dichiarato")."""
    before = text[max(0, m.start - 40):m.start]
    if m.text in FIRST_NAMES and is_known_place(m.text) and _PLACE_WORD_BEFORE.search(before):
        return False  # "chi arriva da Paola": the town, not the woman
    if m.text in FIRST_NAMES or m.honorifics:
        return True
    if m.text.isupper() and len(m.text) > 1:
        return False  # "Coordinatore DECS": an acronym after a role word
    after = text[m.end:m.end + 40]
    return bool(_TITLE_OR_HONORIFIC_BEFORE.search(before) or _CUE_BEFORE_NAME.search(before) or _CUE_AFTER_NAME.match(after))


_WORD_PREFIXES = ("tele", "auto", "bio", "eco", "micro", "macro", "multi", "inter", "super", "iper", "anti", "post", "pre",
                  "sotto", "contro", "extra", "neo", "geo", "agro", "socio", "video", "radio", "foto", "cine", "idro",
                  "elettro", "termo", "info", "cyber", "smart", "mini", "maxi")
_LIST_ITEM = r"(?:S\.\s*)?[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?"  # "Preonzo", "S. Antonio", "Poste Italiane"


def _bare_surname_ok(text: str, m: _Mention, org_words: frozenset[str]) -> bool:
    """A surname the NER reads as a person and nothing else explains ("canestro di Bianchi"): kept, as the
    guidelines keep a person named only by surname, unless it is an ordinary word, a place, a body's name, an
    acronym-like word in parentheses, a sentence's first word or an item of a list of places."""
    word = m.text
    before = text[max(0, m.start - 40):m.start]
    after = text[m.end:m.end + 40]
    if not word[:1].isupper() or word.isupper() or len(word) <= 3 or word.lower() in common_words() or is_known_place(word):
        return False
    if word in org_words or _SENTENCE_START.search(before) or _PLACE_WORD_BEFORE.search(before):
        return False
    if word[-1].lower() not in "aeiouàèéìòù" and not re.match(r"\s+\d{1,2}(?:\s*[,.;]|\s*$)", after):  # "Leitempergher 4,"
        return False  # "Coronavirus", "Spid", "Nufenen": with no cue, a word with a foreign ending is more likely a thing
    lower = word.lower()
    if any(lower.startswith(p) and lower[len(p):] in common_words() for p in _WORD_PREFIXES if len(lower) - len(p) >= 5):
        return False  # "Teleassistenza", "Videosorveglianza": a prefixed common word
    if before.endswith("(") and after.startswith(")"):
        return False  # "(Donzelli)", "(Mase)"
    if re.search(r"(?<![\w])(?:il|lo|del|dello|dal|dallo|al|allo|nel|nello|sul|col)\s+$", before, re.IGNORECASE):
        return False  # "a carico del Mase": a masculine article goes with a body, not a surname
    before = text[max(0, m.start - 120):m.start]
    listed_before = re.search(rf"((?:{_LIST_ITEM}\s*(?:,|\sed?)\s*)+)$", before)
    listed_after = re.match(rf"((?:\s*(?:,|ed?\s)\s*{_LIST_ITEM})+)", after)
    neighbours = re.findall(r"[A-ZÀ-Ý][\w’'-]+", (listed_before.group(1) if listed_before else "") + " " +
                            (listed_after.group(1) if listed_after else ""))
    if listed_before and _PLACE_WORD_BEFORE.search(before[:listed_before.start(1)]):
        return False  # "tra Hinterrhein e Nufenen"
    return not any(is_known_place(n) or n in org_words or n in _SAINT_FIRST for n in neighbours)  # "Giubiasco, Sementina e Arbedo"


def _only_inside_organization_names(text: str, group: list[_Mention], org_names: set[str]) -> bool:
    """A name with no given name that is part of an organization's name and has no person cue of its own."""
    name = max(group, key=lambda m: len(m.text)).text
    if any(t in FIRST_NAMES for t in name.split()) or any(_single_name_ok(text, m) for m in group):
        return False
    # it opens the name ("Del Fabbro S.r.l.") or follows a family word or a naming head ("Fratelli Del Fabbro",
    # "azienda agricola Poggio Sereno")
    return any(org != name and _OWNS_NAME.search(org, 0, m.start())
               for org in org_names for m in re.finditer(rf"{re.escape(name)}(?![\w’'])", org, re.IGNORECASE))


_OWNS_NAME = re.compile(rf"(?:^|(?:{_NAMED_AFTER_HEADS}|famiglia|fratelli|sorelle)(?:\s+(?-i:[a-zà-ù]+))*\s+)\Z", re.IGNORECASE)


def _drop_weaker_roles(roles: list[Role]) -> list[Role]:
    """A bare 'prefetto' adds nothing beside 'prefetto di Bergamo'."""
    with_org = {r.normalized for r in roles if r.organization}
    return [r for r in roles if r.organization or r.normalized not in with_org]


_NICKNAME_AFTER = re.compile(r"^,?\s*(?:\(\s*)?(?:detto\s+|detta\s+|per tutti\s+)?[«“\"](?P<nick>[A-ZÀ-Ý][\w’']+)[»”\"]")


def _merge_nicknames(text: str, people: list[Person]) -> list[Person]:
    """'Antonino Genna, «Nino» per i compagni': the one-word person "Nino" is Antonino Genna."""
    by_name = {p.name: p for p in people}
    merged: set[str] = set()
    for person in people:
        for m in list(person.mentions):
            nm = _NICKNAME_AFTER.match(text[m.end:m.end + 40])
            if not nm or len(person.name.split()) < 2:
                continue
            start = m.end + nm.start("nick")
            if not any(x.start == start for x in person.mentions):
                person.mentions.append(Span(text=nm["nick"], start=start, end=start + len(nm["nick"])))
            other = by_name.get(nm["nick"])
            if other is not None and other is not person:
                person.mentions += [x for x in other.mentions if not any(y.start == x.start for y in person.mentions)]
                merged.add(other.name)
        person.mentions.sort(key=lambda x: x.start)
    return [p for p in people if p.name not in merged]


def _link_surnames(text: str, people: list[Person]) -> None:
    """Surname-only mentions the NER missed ("ha detto Bonaccini") link to the one person with that surname."""
    by_surname: dict[str, list[Person]] = {}
    for p in people:
        parts = p.name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], []).append(p)
    taken = {(m.start, m.end) for p in people for m in p.mentions}
    for surname, owners in by_surname.items():
        if len(owners) != 1 or len(surname) < 3:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", text):
            if not any(s <= m.start() < e for s, e in taken):
                owners[0].mentions.append(Span(text=surname, start=m.start(), end=m.end()))
        owners[0].mentions.sort(key=lambda s: s.start)
