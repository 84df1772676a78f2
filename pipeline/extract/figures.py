"""Figures: every number that states a quantity (counts, money, percentages, measures, scores).

Numbers are found in the text in Italian and Swiss formats ("1.234,5", "1'234", "20mila", "1,5 mln"),
as number words (text2num: "duecentocinquanta", "tre") and approximations ("una ventina"). Each gets
a scale, a unit (currency, %, measure, or the noun it counts, read from the spaCy tokens), a kind and a
qualifier ("oltre", "circa", ...). Dates, times, phone numbers, postal codes, street and law numbers,
ordinals, list numbering and numbers inside names are left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from text_to_num import text2num

from pipeline.extract.lexicon import alternation, load
from pipeline.extract.spans import masked, text_of, tokens_from
from schemas import Figure

Q = load("quantities")
SCALES: dict[str, int] = Q["scales"]
CURRENCIES: dict[str, str] = Q["currencies"]

_NUM = (r"(?:\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?"      # Swiss 1'234'000(.50)
        r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"              # Italian 1.234.567,89
        r"|\d+,\d+"                                   # 3,5
        r"|\d+\.\d{1,2}(?!\d)"                        # 104.8 read as a decimal
        r"|\d+)")
NUMBER = re.compile(rf"(?<![\w/.,°])(?<!\w[-–])(?<!\d['’])(?<!/['’])(?P<n>{_NUM})(?P<mila>\s?mila)?(?![\w°ªº/]|[.,]\d)")
SLASH_RANGE = re.compile(r"(?<![\w/.,])(?P<a>\d{1,3}(?:[.,]\d+)?)\s?/\s?(?P<b>\d{1,3}(?:[.,]\d+)?)(?=\s*(?:%|€|[a-zà-ù]))(?!\s*/)")
_WORD_PARTS = (r"(?:un|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|"
               r"quindici|sedici|diciassette|diciotto|diciannove|vent|venti|trent|trenta|quarant|quaranta|cinquant|"
               r"cinquanta|sessant|sessanta|settant|settanta|ottant|ottanta|novant|novanta|cento|mille|mila|uno)")
NUMBER_WORD = re.compile(rf"(?<![\w’'])(?P<w>{_WORD_PARTS}+)(?![\w’'])", re.IGNORECASE)
APPROX = re.compile(
    r"(?<![\w])(?P<a>" + alternation(Q["approximations"]) + r")(?![\w])",
    re.IGNORECASE)
_SCALE_AFTER = re.compile(r"^\s?(?P<s>" + alternation(SCALES) + r")(?![\w])", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:di\s+)?(?P<c>" + alternation(CURRENCIES) + r")(?![\w])", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?P<c>€|\$|£|\bCHF|\bEUR|\bUSD|\bFr\.)\s?$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s?(?P<p>%|per\s?cento|per\s+mille)(?![\w])", re.IGNORECASE)
_MEASURE_AFTER = re.compile(
    r"^\s?(?:di\s+)?(?P<u>" + alternation(Q["measures"]) + r")(?![\w²³])",
    re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    r"(?P<q>" + alternation(Q["qualifiers"])
    + r")(?:\s+(?:il|lo|la|i|gli|le|l['’]|un|una))?\s*$|(?P<qa>(?:più|meno|oltre)\s+(?:del|dei|dello|della|degli|delle|dell['’]))\s*$", re.IGNORECASE)
_NOT_FIGURE_BEFORE = re.compile(
    r"(?:\bn\.?\s?°?|\bnr\.?|\bnum(?:ero)?\.?|\bart(?:icolo|t?\.)|\bartt\.|\bcomma|\blegge|\bl\.|\bdecreto|\bd\.?\s?lgs\.?|"
    r"\bdpr|\bd\.p\.r\.|\blettera|\bpunto|\bregolamento|\bdelibera(?:zione)?|\bdetermina|\bprot(?:ocollo|\.)|"
    r"\bcap\.?|\bc\.a\.p\.|\btel(?:efono|\.)?|\bcell(?:ulare|\.)?|\bfax|\bh\.?|"
    r"\bcivico|\binterno|\bscala|\bpiano|\bsala|\baula|\bstanza|\bcodice|\bcod\.|\bp\.\s?iva|\bpartita\s+iva|\bc\.f\.|"
    r"\bcircolare|\bordinanza|\bversione|\bv\.|\bcapitolo|\bpagina|\bpag\.|\bp\.|\bmodulo|\btabella|\ballegato|"
    r"\bgiornata|\btappa|\bedizione|\bn[°º]|\bcpv\.?|\bgruppo|\bfase|\blotto|\blivello|\bcapoverso|\bparagrafo)\s*$", re.IGNORECASE)
_ADDRESS_BEFORE = re.compile(
    r"\b(?:via|viale|v\.le|piazza|p\.zza|piazzale|corso|c\.so|largo|vicolo|strada|località|loc\.|contrada|borgo|"
    r"lungomare|lungarno)\s+(?:(?:di|del|della|dei|degli|delle|dell['’]|d['’])\s*)?(?-i:[A-Z0-9])[\w'’. ]{0,40}?,?\s*$", re.IGNORECASE)
_NAME_BEFORE_NUMBER = re.compile(r"(?:\b(?:Rai|Rete|Canale|Radio|Sky|Tg|TG|Italia|Serie|Fase|Agenda|Industria|Web|Euro|Formula|Area|Zona|Lotto|Linea|Via|Porta)\s*)$")
_TIME_AFTER = re.compile(r"^[:.]\d{2}(?!\d)")
_TIME_BEFORE = re.compile(r"\b(?:ore|alle|dalle|entro\s+le|verso\s+le|fino\s+alle|tra\s+le|delle)\s*$", re.IGNORECASE)
_SIGN_BEFORE = re.compile(r"(?:^|[\s(\[:;])(?P<s>[-−+])$")
_PHONE = re.compile(r"\+\s?\d{2,3}(?:[\s./-]?\d{1,4}){3,6}|(?:\+\s?\d{2}\s?)?(?:\(?0\d{1,4}\)?[\s./-]?\d{2,4}[\s./-]?\d{2,5}(?:[\s./-]?\d{2,4})?|3\d{2}[\s./-]?\d{3}[\s./-]?\d{3,4})")
_POSTCODE = re.compile(r"(?<![\w.,])\d{5}(?=\s+[A-ZÀ-Ý])|(?<=CH-)\d{4}|(?<=\bCH\s)\d{4}")
_RANGE_JOIN = re.compile(r"^\s*(?:e\s+(?:il|i|l['’])?\s*|a\s+|al\s+|ai\s+|-\s*|–\s*|/\s*)$", re.IGNORECASE)
_RANGE_START = re.compile(r"(?:\b(?:tra|fra|da|dal|dai|dalle)\s+(?:il\s+|i\s+|l['’]\s*)?)$", re.IGNORECASE)
_SCORE = re.compile(r"(?<![\w/.,-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w/]|[.,]\d|-\d)")
_SCORE_WORDS = re.compile(r"(?<![\w/.,-])(?P<a>\d{1,2})\s+a\s+(?P<b>\d{1,2})(?![\w/]|[.,]\d)")
_SCORE_CONTEXT = re.compile(r"\b(?:" + "|".join(Q["score_context"]) + r")\b", re.IGNORECASE)


_RACE_TIME = re.compile(r"(?<![\w'’])(?P<m>\d{1,3})['’′](?P<s>[0-5]\d)(?:\"|”|″|'')")
_AGE_ENNE = re.compile(r"(?<![\w])(?P<n>\d{1,3})enne(?![\w])", re.IGNORECASE)
_ELIDED_TENS = re.compile(r"(?<![\w])(?P<t>" + "|".join(Q["elided_tens"]) + r")['’](?P<u>anni|ore|giorni|mesi|minuti|chilometri|metri|euro)(?![\w])",
                          re.IGNORECASE)
_ROSTER_NUMBER = re.compile(r"\d{1,2}\.?\s+[A-ZÀ-Ý][a-zà-ù’']+\s+[A-ZÀ-Ý]")


def parse_number(raw: str) -> float:
    """Value of a number written the Italian or Swiss way ("1.234,5", "1'234", "104.8", "20mila")."""
    s = raw.strip().lower().replace(" ", "")
    mult = 1
    if s.endswith("mila"):
        s, mult = s[:-4], 1000
    if "'" in s or "’" in s:
        s = s.replace("'", "").replace("’", "").replace(",", ".")
    elif "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        s = s.replace(".", "")
    value = float(s) * mult
    return int(value) if value.is_integer() else value


def _as_number(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(v, 6)


class _Found:
    __slots__ = ("currency", "end", "kind", "num_end", "num_start", "qualifier", "start", "unit", "value")

    def __init__(self, start, end, value):
        self.start, self.end, self.value = start, end, value
        self.num_start, self.num_end = start, end
        self.unit = self.kind = self.qualifier = self.currency = None


def _number_spans(text: str, blocked) -> list[_Found]:
    found = []
    for m in NUMBER.finditer(text):
        if not blocked(m.start(), m.end()):
            found.append(_Found(m.start(), m.end(), parse_number(m.group(0))))
    for m in SLASH_RANGE.finditer(text):
        if blocked(m.start(), m.end()) or _NOT_FIGURE_BEFORE.search(text[max(0, m.start() - 45):m.start()]):
            continue
        a, b = parse_number(m["a"]), parse_number(m["b"])
        if a < b:
            found.append(_Found(m.start("a"), m.end("a"), a))
            found.append(_Found(m.start("b"), m.end("b"), b))
    for m in APPROX.finditer(text):
        if not blocked(m.start(), m.end()):
            key = m["a"].lower()
            f = _Found(m.start(), m.end(), Q["approximations"][key])
            if key not in {"un milione", "un miliardo", "mezzo milione", "mezzo miliardo"}:
                f.qualifier = "about"
            found.append(f)
    for m in NUMBER_WORD.finditer(text):
        word = m["w"].lower()
        if word in {"un", "uno", "una", "mila"} and not _SCALE_AFTER.match(text[m.end():]):
            continue
        if blocked(m.start(), m.end()) or any(f.start <= m.start() < f.end for f in found):
            continue
        if word == "cento" and re.search(r"\bper\s*$", text[max(0, m.start() - 5):m.start()], re.IGNORECASE):
            continue
        try:
            value = text2num(word, "it")
        except (ValueError, KeyError):
            continue
        found.append(_Found(m.start(), m.end(), value))
    return sorted(found, key=lambda f: f.start)


def _doc_currency(text: str) -> str:
    lower = text.lower()
    chf = lower.count("chf") + lower.count("franchi")
    return "CHF" if chf > lower.count("euro") + text.count("€") else "EUR"


def _is_noun_like(tok) -> bool:
    if not tok.is_alpha or tok.lower_ in Q["not_unit_words"]:
        return False
    if tok.pos_ in {"NOUN", "PROPN"}:
        return True
    return tok.pos_ in {"VERB", "ADJ"} and "Part" in tok.morph.get("VerbForm") and tok.is_lower


def _unit_noun(doc: Doc, end: int) -> tuple[str, int] | None:
    """The noun a number counts ("250 persone", "tre nuove linee", "87 voti favorevoli"): text and end offset.

    A noun directly followed by one or two adjectives keeps them ("lavoratori irregolari")."""
    span = tokens_from(doc, end)
    if span is None:
        return None
    toks = [t for t in span[:8] if not t.is_space]
    i = 0
    if toks and toks[0].lower_ in {"di", "de", "d'", "d’"}:
        i = 1
    skipped = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if _is_noun_like(tok) or (tok.is_alpha and tok.pos_ == "ADJ" and tok.is_lower and tok.lower_ not in Q["not_unit_words"]
                                  and (nxt is None or nxt.pos_ not in {"NOUN", "ADJ"})):
            last = tok
            for extra in toks[i + 1:i + 3]:
                if extra.pos_ == "ADJ" and extra.is_alpha and extra.is_lower and extra.lower_ not in {"più", "meno", "circa"} \
                        and not text_of(doc)[last.idx + len(last):extra.idx].strip():
                    last = extra
                else:
                    break
            return text_of(doc)[tok.idx:last.idx + len(last)], last.idx + len(last)
        if tok.is_alpha and tok.pos_ == "ADJ" and skipped < 2 and tok.lower_ not in Q["not_unit_words"]:
            skipped += 1
            i += 1
            continue
        return None
    return None


def extract_figures(doc: Doc, blocked_spans: list[tuple[int, int]] = ()) -> list[Figure]:
    """Every quantity in ``doc`` except inside ``blocked_spans`` (dates, e-mails, URLs found earlier)."""
    text = text_of(doc)
    mask = list(blocked_spans)
    mask += [(m.start(), m.end()) for m in _PHONE.finditer(text) if len(re.sub(r"\D", "", m.group(0))) >= 8]
    mask += [(m.start(), m.end()) for m in _POSTCODE.finditer(text)]
    blocked = masked(mask)
    sport = len(_SCORE_CONTEXT.findall(text)) >= 2
    figures: list[_Found] = []
    score_spans: list[tuple[int, int]] = []
    if sport:
        for pattern in (_SCORE, _SCORE_WORDS):
            for m in pattern.finditer(text):
                if blocked(m.start(), m.end()):
                    continue
                unit = _score_unit(text, m.start(), m.end(), max(int(m["a"]), int(m["b"])))
                for g in ("a", "b"):
                    f = _Found(m.start(g), m.end(g), int(m[g]))
                    f.kind, f.unit = "score", unit
                    figures.append(f)
                score_spans.append((m.start(), m.end()))
    for m in _RACE_TIME.finditer(text):  # 33'42" -> 33.7 minutes
        if not blocked(m.start(), m.end()):
            f = _Found(m.start(), m.end(), round(int(m["m"]) + int(m["s"]) / 60, 2))
            f.kind, f.unit = "measure", "minuti"
            figures.append(f)
            score_spans.append((m.start(), m.end()))
    for m in _AGE_ENNE.finditer(text):  # "una 62enne" -> 62 anni
        if not blocked(m.start(), m.end()):
            f = _Found(m.start(), m.end(), int(m["n"]))
            f.kind, f.unit = "measure", "anni"
            figures.append(f)
            score_spans.append((m.start(), m.end()))
    for m in _ELIDED_TENS.finditer(text):  # "trent'anni" -> 30 anni
        if not blocked(m.start(), m.end()):
            f = _Found(m.start(), m.end(), Q["elided_tens"][m["t"].lower()])
            f.kind, f.unit = "measure", m["u"].lower()
            qualifier = _QUALIFIER_BEFORE.search(text[max(0, m.start() - 25):m.start()])
            if qualifier:
                f.start = m.start() - (len(text[max(0, m.start() - 25):m.start()]) - qualifier.start())
                f.qualifier = Q["qualifiers"].get(" ".join(qualifier["q"].lower().split()))
            figures.append(f)
            score_spans.append((m.start(), m.end()))
    in_score = masked(score_spans)
    for f in _number_spans(text, blocked):
        if _ROSTER_NUMBER.match(text, f.start) and re.search(r"(?:^|\n)\s*$", text[max(0, f.start - 3):f.start]):
            continue  # "4 Niccolò Ferri Bassi (centrovasca)": a jersey number opening a roster line
        if text[f.start:f.end].istitle() and not text[f.start].isdigit() and not re.search(r"(?:^|[.!?]\s+|\n)\s*$", text[max(0, f.start - 3):f.start]):
            continue  # "Cento" mid-sentence is the town, not a hundred
        if in_score(f.start, f.end):
            continue
        if not _describe(doc, f, sport):
            continue
        figures.append(f)
    _link_ranges(text, figures)
    out = []
    for f in sorted(figures, key=lambda f: f.start):
        out.append(Figure(text=text[f.start:f.end], start=f.start, end=f.end, value=_as_number(f.value), unit=f.unit,
                          kind=f.kind or "other", qualifier=f.qualifier, currency=f.currency))
    return out


def _subject_unit(doc: Doc, f: _Found) -> str | None:
    """'i volontari sono 146', 'sono 35 le classi coinvolte': the subject noun the number refers to."""
    span = doc.char_span(f.num_start, f.num_end, alignment_mode="expand")
    if span is None:
        return None
    tok = span[-1]
    nxt = [t for t in doc[tok.i + 1:tok.i + 3]]
    if len(nxt) == 2 and nxt[0].pos_ == "DET" and nxt[1].pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].lemma_ == "essere":
        return nxt[1].text  # "sono 35 le classi"
    after = [t for t in doc[tok.i + 1:tok.i + 4]]
    if len(after) == 3 and after[0].lemma_ == "essere" and after[1].pos_ == "DET" and after[2].pos_ == "NOUN":
        return after[2].text  # "quattro sono gli assi"
    for head in (tok, tok.head, tok.head.head):
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN"
                    and c.i < tok.i and c.sent == tok.sent and not c.is_title]
        if subjects:
            return subjects[-1].text
    return None


def _noun_before(doc: Doc, f: _Found) -> str | None:
    """'tantissime persone -271 per l'esattezza-': a number set off by a dash or parenthesis after its noun."""
    if not re.search(r"[-–(]\s*$", text_of(doc)[max(0, f.start - 3):f.start]):
        return None
    span = doc.char_span(max(0, f.start - 60), f.start, alignment_mode="contract")
    nouns = [t for t in span if t.pos_ == "NOUN"] if span is not None else []
    return nouns[-1].text if nouns and nouns[-1].i >= span[-1].i - 2 else None


def _score_unit(text: str, start: int, end: int, high: int) -> str:
    """'3 a 1' in volleyball counts sets, '2-1' in football goals, '87-79' or '25-21' points."""
    window = text[max(0, start - 150):end + 150].lower()
    if high <= 5 and re.search(r"\bset\b", window):
        return "set"
    if high <= 10 and re.search(r"\b(?:gol|reti|rete)\b", window):
        return "gol"
    return "punti"


def _describe(doc: Doc, f: _Found, sport: bool = False) -> bool:
    """Fill scale, unit, kind and qualifier of a number; False when it is not a figure."""
    text = text_of(doc)
    before = text[max(0, f.start - 45):f.start]
    after = text[f.end:f.end + 40]
    if _NOT_FIGURE_BEFORE.search(before) or _ADDRESS_BEFORE.search(before) or _TIME_AFTER.match(after) \
            or _NAME_BEFORE_NUMBER.search(before):
        return False
    if _TIME_BEFORE.search(before) and f.value <= 24 and not _unit_noun(doc, f.end):
        return False
    sign = _SIGN_BEFORE.search(before)
    if re.match(r"^\s?[°ºª]", after) and not re.match(r"^\s?°\s?C\b", after):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    if not text[line_start:f.start].strip() and re.match(r"^[.)]\s", after):
        return False
    if _inside_name(doc, f):
        return False
    m = _SCALE_AFTER.match(after)
    if m:
        f.value *= SCALES[m["s"].lower()]
        f.end += m.end()
        after = text[f.end:f.end + 40]
    if f.num_end == f.end and text[f.start:f.end].lower().endswith("mila"):
        pass
    cb = _CURRENCY_BEFORE.search(before)
    ca = _CURRENCY_AFTER.match(after)
    pa = _PERCENT_AFTER.match(after)
    ma = _MEASURE_AFTER.match(after)
    if cb or ca:
        code = CURRENCIES[(cb or ca)["c"].lower()] if (cb or ca)["c"].lower() in CURRENCIES else "EUR"
        f.kind, f.unit, f.currency = "money", code, code
        if cb:
            f.start = f.start - (len(before) - cb.start())
        else:
            f.end += ca.end()
    elif pa:
        f.kind, f.unit = "percent", "%"
        f.end += pa.end()
    elif ma and _measure_ok(ma, after):
        unit = ma["u"]
        f.kind, f.unit = "measure", unit
        f.end += ma.end()
        if unit.lower() in {"anni", "anno"} and re.match(r"^\s*fa\b", text[f.end:]):
            return False
    else:
        found = _unit_noun(doc, f.end)
        noun, noun_end = found if found else (None, None)
        head = noun.split()[0].lower() if noun else None
        if head in {"punti", "punto"}:
            f.kind, f.unit, f.end = ("score" if sport else "other"), "punti", noun_end
            if noun.lower().startswith("punti percentual"):
                f.kind, f.unit = "percent", "punti percentuali"
        elif head in {"lunghezze", "lunghezza"} and sport:
            f.kind, f.unit, f.end = "score", noun, noun_end
        elif head in Q["money_nouns"] and f.value >= 1000 and f.end > f.num_end:
            cur = _doc_currency(text)
            f.kind, f.unit, f.currency = "money", cur, cur
        elif noun:
            f.kind, f.unit, f.end = "count", noun, noun_end
        elif f.value >= 1_000_000 and f.end > f.num_end:
            cur = _doc_currency(text)
            f.kind, f.unit, f.currency = "money", cur, cur
        else:
            f.kind, f.unit = "count", _subject_unit(doc, f) or _noun_before(doc, f)
    if sign and f.kind in {"percent", "other"} and sign["s"] in "-−+":
        f.start -= 1
        if sign["s"] != "+":
            f.value = -f.value
        before = text[max(0, f.start - 45):f.start]
    qm = _QUALIFIER_BEFORE.search(before)
    if qm:
        phrase = (qm["q"] or qm["qa"] or "").lower().replace("’", "'")
        if qm["qa"]:
            f.qualifier = "less_than" if phrase.startswith("meno") else "more_than"
        else:
            f.qualifier = Q["qualifiers"].get(phrase, f.qualifier)
        f.start = f.start - (len(before) - qm.start())
    return True


_SHORT_UNITS = {"m", "t", "l", "g", "h", "ha", "min", "db"}


def _measure_ok(m: re.Match, after: str) -> bool:
    """Short unit symbols ("m", "t", "l") count only when nothing word-like follows them."""
    if m["u"].lower() not in _SHORT_UNITS:
        return True
    return not re.match(r"^\s*[a-zà-ù]|^['’]", after[m.end():], re.IGNORECASE)


def _inside_name(doc: Doc, f: _Found) -> bool:
    """Numbers inside names ("Movimento 5 Stelle", "ULSS 6", "Rai 3") are not figures."""
    span = doc.char_span(f.num_start, f.num_end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev.is_sent_start or not prev.is_alpha:
        return False
    if prev.lower_ in Q["qualifiers"] or prev.lower_ in CURRENCIES or prev.text.lower() in {"oltre", "circa", "quasi"}:
        return False
    if prev.is_upper and len(prev) >= 2:
        return True
    return prev.is_title and nxt is not None and (nxt.is_title or not nxt.is_alpha)


def _link_ranges(text: str, figures: list[_Found]) -> None:
    """'tra il 35 e il 40%', '200/300 euro', 'da 5 a 10 km': lower gets at_least, upper at_most and the unit."""
    ordered = sorted((f for f in figures if f.kind != "score"), key=lambda f: f.start)
    for a, b in zip(ordered, ordered[1:]):
        between = text[a.end:b.start]
        if not _RANGE_JOIN.match(between) or len(between) > 8:
            continue
        if not (_RANGE_START.search(text[max(0, a.start - 12):a.start]) or between in {"/", "-", "–"}):
            continue
        if a.unit is None or (a.kind == "count" and b.kind != "count"):
            a.kind, a.unit, a.currency = b.kind, b.unit, b.currency
        a.qualifier, b.qualifier = "at_least", "at_most"
