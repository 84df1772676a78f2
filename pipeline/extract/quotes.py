"""Direct quotes and their speakers.

Quoted stretches are read in every typographic style («», “”, "", ‘’, mixed “…"), kept when they are
speech (at least four words, not a title in quote marks), split where an attribution interrupts them
("… – ha detto Bonaccini – …"), and attributed from cue verbs before, inside or after the quote, or from
a signature line under a quoted paragraph. Speakers resolve to the person (or organization) records.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.lexicon import alternation, load
from pipeline.extract.spans import text_of
from schemas import Organization, Person, Quote, Span

LEX = load("quotes")
OPENERS = {"«": "»", "“": "”\"", "\"": "\"”", "„": "“”", "‘": "’"}
_CUE_ALT = alternation(c for c in LEX["cues"] if len(c) > 3)
_CUE_RE = re.compile(rf"(?<![\w])(?P<cue>{_CUE_ALT})(?![\w])", re.IGNORECASE)
_INTERRUPTION = re.compile(r"(?:[\s,][-–—]|(?<=\w)[-–—](?=\s))\s*(?P<mid>[^-–—\n]{3,160}?)\s*[-–—][.,;:]?\s", re.IGNORECASE)
_INTERRUPTION_COMMA = re.compile(rf",\s*(?P<mid>(?:{_CUE_ALT})[^,\n]{{0,100}}?),\s", re.IGNORECASE)
MIN_WORDS = LEX["min_words"]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quote marks; a paragraph break closes a quote."""
    spans = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        closers = OPENERS.get(ch)
        if closers is None:
            i += 1
            continue
        if ch == "\"" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        j = i + 1
        while j < n and not (text[j] in closers and not (ch == "‘" and text[j + 1:j + 2].isalpha())) \
                and not (text[j] == "\n" and text[j + 1:j + 2] == "\n"):
            if ch in "«“" and text[j] in "«" and j > i + 1:
                break
            j += 1
        if j < n and text[j] in closers:
            spans.append((i + 1, j))
            i = j + 1
        else:
            # unclosed until the paragraph end: a quote continuing into the next paragraph
            if j - i > 40:
                spans.append((i + 1, j))
            i = j + 1
    return spans


_NAMING_BEFORE = re.compile(
    r"(?:progetto|iniziativa|protocollo(?:\s+d['’]intesa)?|bando|campagna|mostra|libro|volume|titolo|premio|festival|rassegna|"
    r"evento|programma|piano|legge|operazione|spettacolo|concorso|percorso|slogan|hashtag|marchio|app|piattaforma|film|"
    r"canzone|brano|album|opera|commedia|romanzo|saggio|poesia|serie|documentario|podcast|trasmissione|rubrica|"
    r"pubblicazione(?:\s+online)?|guida|opuscolo|manifesto|nel\s+quadro\s+del|(?:il|un|vecchio|celebre)\s+detto(?:\s+popolare)?|detto\s+popolare|proverbio|motto|adagio|"
    r"dossier|rapporto|report|documento|intitolat[oa]|denominat[oa]|chiamat[oa]|dal\s+titolo|tema|corso|convegno|seminario|"
    r"workshop|webinar|messaggio|griglie\s+orarie|griglia|categoria|voce|sezione|capitolo|rubrica)\s*$", re.IGNORECASE)


def _is_speech(doc: Doc, start: int, end: int, continuation: bool = False) -> bool:
    """At least four words of speech: not a title or a name in quote marks."""
    s = text_of(doc)[start:end]
    words = re.findall(r"\w+", s)
    if len(words) < MIN_WORDS:
        return False
    capitalized = sum(1 for w in words if w[0].isupper())
    if capitalized / len(words) > 0.6 and len(words) < 12:
        return False
    if _NAMING_BEFORE.search(text_of(doc)[max(0, start - 40):max(0, start - 1)]) and (len(words) < 12 or not re.search(r"[.!?]", s)):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    cue_right_before = _CUE_RE.search(text_of(doc), max(0, start - 25), start)  # "parla di «una scelta dolorosa»"
    if not continuation and not cue_right_before and len(words) < 10 and span is not None \
            and not any(t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    return True


_GROUP_AFTER = re.compile(r"^\s*(?:i|gli|le|dai|dagli|dalle|l['’]|la|il|lo|dall['’]|dalla|dal)?\s*(?P<g>" + "|".join(LEX["group_speakers"]) + r")\b", re.IGNORECASE)
_ROLE_CUE_BEFORE = re.compile(r"(?P<cue>secondo|per|così|come\s+(?:ha\s+)?(?:detto|spiegato|ricordato))\s+(?:il|la|l['’])\s*(?P<role>[a-zà-ù]+(?:\s+[a-zà-ù]+)?)\s*[,:]?\s*$", re.I)
_NAME_THEN_QUOTE = re.compile(r"^\s*[:,]?\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?][»”\"’]?\s+(?-i:[A-ZÀ-Ý])|\n")
_GROUP_COLON = re.compile(r"^\s*,?\s*(?:i|gli|le)\s+(?:" + "|".join(LEX["group_speakers"]) + r")\s*:\s*$", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\s*(?:(?:il|la|lo|l['’])\s*)?(?P<r>[a-zà-ù]+(?:\s+[a-zà-ù]+)?)", re.IGNORECASE)
_TITLES: dict[str, str] = load("roles")["titles"]
_ROLE_SYNONYMS: dict[str, list[str]] = LEX["role_synonyms"]
_HONORIFIC_ONLY = re.compile(r"(?:" + alternation(load("roles")["honorifics"]) + r")\s+", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"(?<![\w’'])(?:ha|hanno)\s+(?:(?-i:[a-zà-ù]+)\s+){0,1}(?-i:[a-zà-ù]+(?:ato|ito|uto|so|sto|tto))(?![\w’'])")
_SHORT_CUE_BEFORE = re.compile(r"(?:\b(?P<cue>per|secondo|come\s+(?:dice|spiega|ricorda))\s+(?:il|la|l['’])?\s*)$", re.IGNORECASE)


def _speaker_near(text: str, start: int, end: int, people: list[Person], orgs: list[Organization],
                  previous: tuple[str | None, Span | None, int | None] = (None, None, None),
                  window_before: int = 160, window_after: int = 200) -> tuple[str | None, Span | None, str | None]:
    """Speaker of a quote spanning [start, end) (marks included) from the attribution around it.

    In order: a speaker introduced right before the quote ("Rossi ha dichiarato: «…»", "Per Rossi «…»"); an
    attribution after it ("«…», ha detto Rossi"; a role "ha detto il sindaco"; a group "affermano i promotori"
    -> the organization; a bare cue "«…», aggiunge." -> the previous quote's speaker); a person named in the
    same paragraph before the quote together with a cue. The cue is returned even when no speaker is found.
    """
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end == -1 else para_end
    para_start = _paragraph_start(text, start)
    b_lo, a_hi = max(para_start, start - window_before), min(para_end, end + window_after)
    before_mentions = [(p, m) for p, m in _mentions_in(people, b_lo, start) if not _inside_quote(text, m.start, para_start)]
    before_cues = list(_CUE_RE.finditer(text, b_lo, start))
    # 0. "Secondo il ministro, «…»": a role named right before the quote, resolved to the person
    role_cue = _ROLE_CUE_BEFORE.search(text[max(0, start - 60):start])
    if role_cue:
        found = _role_speaker(text, start - (len(text[max(0, start - 60):start]) - role_cue.start("role")), start, people)
        if found:
            return found[0], found[1], role_cue["cue"]
    # 1. introduced right before the quote (a person, or an organization: "Il Comune di Prato fa sapere: «")
    before_orgs = [(o.name, m) for o in orgs for m in o.mentions if b_lo <= m.start and m.end <= start]
    # A person who speaks before the quote ("Il sindaco Rossi ha ricordato che il Comune …: «") or who is named in
    # the same sentence ("Monica Bersani, segretaria della Fit Cisl: «…»") wins over a body named on the way.
    if any(c.start() > m.end for _, m in before_mentions for c in before_cues) or any(
            not _SENTENCE_BREAK.search(text[m.end:start]) for _, m in before_mentions):
        before_orgs = []
    introducers = sorted([(p.name, m) for p, m in before_mentions] + before_orgs, key=lambda x: x[1].start)
    if introducers and introducers[-1] in before_orgs:
        # "… il sostegno del Comune: «…», ha aggiunto la sindaca": the person named right after the quote speaks
        cue = _CUE_RIGHT_AFTER.match(text[end:end + 60])
        if cue:
            lo = end + cue.end()
            named = [x for x in _mentions_in(people, lo, lo + 60) if _ROLE_WORDS_ONLY.fullmatch(text[lo:x[1].start])] or None
            found = (named[0][0].name, named[0][1]) if named else _role_speaker(text, lo, min(len(text), lo + 60), people)
            if found:
                return found[0], found[1], cue["cue"]
    if introducers:
        name, mention = introducers[-1]
        gap = text[mention.end:start]
        is_person = (name, mention) in [(p.name, m) for p, m in before_mentions]
        short = _SHORT_CUE_BEFORE.search(text[max(0, mention.start - 20):mention.start])
        cue_between = [c for c in before_cues if c.start() >= mention.end]
        cue_before = [c for c in before_cues if mention.start - 25 <= c.start() and c.end() <= mention.start]
        same_sentence = not _SENTENCE_BREAK.search(gap)
        if _GROUP_COLON.match(gap):
            return None, None, None  # "Acciaierie Rossi, i sindacati: «…»": a group speaks about the company
        if re.search(r":\s*$", gap) and same_sentence and (cue_between or cue_before or len(gap) < 60 or (is_person and len(gap) < 200)):
            cue = (cue_between or cue_before)[-1]["cue"] if (cue_between or cue_before) else None
            return name, mention, cue  # "Rosa Bianchi, 52 anni, da 27 in fonderia: «…»"
        if (_NAME_THEN_QUOTE.match(gap) or (same_sentence and len(gap) < 150)) and short:
            return name, mention, short["cue"]  # "Per Rossi, che resterà come consulente, si chiude «…»"
        if cue_between and same_sentence and len(gap) <= 40:
            return name, mention, cue_between[-1]["cue"]  # "Acciaierie Rossi parla di «…»"
        if cue_before and is_person and not gap.strip():
            return name, mention, cue_before[-1]["cue"]  # "Sul tema interviene anche Arturo Lorenzoni «…»"
        if is_person and same_sentence and len(gap) < 120 and _SUBJECT_VERB.search(gap) and not re.search(r"[;:]", gap) \
                and not _CUE_RIGHT_AFTER.match(text[end:end + 60]):
            # "Giorgio Pellizzari ha ringraziato la Polizia «…»", "Gentile, che in una nota ha parlato di «…»"
            return name, mention, None
        if (name, mention) in [(p.name, m) for p, m in before_mentions] and len(gap) < 90 \
                and re.search(r"[,:]\s*$", gap) and not re.search(r"[.!?;]\s", gap):
            verbs = [c for c in before_cues if c.start() >= mention.end]
            return name, mention, verbs[-1]["cue"] if verbs else None  # "Il vescovo Bortolan ha ringraziato …, «…»"
    # 2. attribution after the quote (unless a new sentence starts there: "…il resto.» Secondo le stime …")
    closes_sentence = bool(re.search(r"[.!?…]\s*[»”\"’]?\s*$", text[max(start, end - 3):end + 1]))
    new_sentence = closes_sentence and bool(re.match(r"^[»”\"’]?[.!?]?\s*(?-i:[A-ZÀ-Ý])", text[end:end + 5]))
    after_cue = None if new_sentence else _CUE_RE.search(text, end, a_hi)
    after_mentions = [] if new_sentence else _mentions_in(people, end, a_hi)
    group_after = bool(after_cue is not None and _GROUP_AFTER.match(text[after_cue.end():a_hi]))
    if after_mentions and after_cue is not None and not group_after:
        # "», si legge in una nota di Legambiente Lodi. Il presidente di Legambiente, Marco Sfondrini, …": the body
        org = _org_in(orgs, after_cue.end(), after_mentions[0][1].start)
        if org and _SENTENCE_BREAK.search(text[after_cue.end():after_mentions[0][1].start]):
            return org[0], org[1], after_cue["cue"]
    if after_mentions and not group_after and (after_cue is None or after_mentions[0][1].start < after_cue.start() + 80):
        person, mention = after_mentions[0]
        if after_cue is not None or (mention.start - end < 40 and not re.search(r"[.!?;]\s|\n", text[end:mention.start])):
            return person.name, mention, after_cue["cue"] if after_cue else None
    if after_cue is not None and after_cue.start() - end < 40:
        rest = text[after_cue.end():a_hi]
        role = _role_speaker(text, after_cue.end(), a_hi, people)
        if role:
            return role[0], role[1], after_cue["cue"]
        group = _GROUP_AFTER.match(rest)
        org = _org_in(orgs, after_cue.end(), a_hi) or (_org_in(orgs, para_start, start, last=True) if group else None) \
            or (_main_org_of_kind(orgs, group["g"]) if group else None)
        if org:
            return org[0], org[1], after_cue["cue"]
        if not group and re.match(r"^\s*(?:ancora\s*)?(?:[.,;\n]|(?:ai|agli|alle|alla|al)\s+(?-i:[a-zà-ù]))", rest):
            # "«…», aggiunge.": the previous quote's speaker, or the person the paragraph is about
            name, mention = _paragraph_speaker(text, start + 1, people, previous)
            return name, mention, after_cue["cue"]
        return None, None, after_cue["cue"]
    # 3. a person named earlier in the paragraph, with a cue
    if before_mentions and before_cues:
        person, mention = before_mentions[-1]
        return person.name, mention, before_cues[-1]["cue"]
    # 4. a quote that follows the previous one in the same paragraph goes on with the same speaker, and so does a
    # paragraph that is only a quote right after a paragraph that ended with one ("«…».\n\n«…».")
    if previous[0] and previous[2] is not None and para_start <= previous[2] <= start and start - previous[2] < 200:
        return previous[0], previous[1], None
    prev_para_start = _paragraph_start(text, max(0, para_start - 2))
    if previous[0] and previous[2] is not None and start == para_start and previous[2] >= prev_para_start:
        return previous[0], previous[1], None
    return None, None, None


_CUE_RIGHT_AFTER = re.compile(rf"\W{{0,3}}\s*,?\s*(?P<cue>{_CUE_ALT})(?![\w])", re.IGNORECASE)  # "», ha aggiunto …"
_ROLE_WORDS_ONLY = re.compile(r"\s*(?:(?:il|la|lo|l['’])\s*)?(?:(?-i:[a-zà-ù])[\w’']*\s+){0,4}", re.IGNORECASE)  # "l'assessore "
_GROUP_KINDS = {"associazione": "association", "cooperativa": "cooperative", "fondazione": "foundation", "comitato": "association",
                "movimento": "party", "azienda": "company", "società": "company", "sindacati": "union"}


def _main_org_of_kind(orgs: list[Organization], group: str) -> tuple[str, Span] | None:
    """'scrive l'associazione': the association the release names most often."""
    kind = _GROUP_KINDS.get(group.lower())
    found = [o for o in orgs if o.kind == kind and o.mentions]
    if not found:
        return None
    org = max(found, key=lambda o: len(o.mentions))
    return org.name, org.mentions[0]


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph (text between blank lines) holding ``pos`` starts."""
    found = text.rfind("\n\n", 0, pos)
    return 0 if found == -1 else found + 2


def _paragraph_speaker(text: str, quote_start: int, people: list[Person],
                       previous: tuple[str | None, Span | None, int | None]) -> tuple[str | None, Span | None]:
    """Who goes on speaking when an attribution names nobody: the speaker of a quote earlier in the same
    paragraph, else the last person named in the paragraph outside quote marks."""
    para_start = _paragraph_start(text, quote_start)
    if previous[0] and previous[2] is not None and previous[2] >= para_start:
        return previous[0], previous[1]
    outside = [(p, m) for p, m in _mentions_in(people, para_start, quote_start) if not _inside_quote(text, m.start, para_start)]
    if outside:
        return outside[-1][0].name, outside[-1][1]
    return previous[0], previous[1]  # "«…», aggiunge." opening a new paragraph: the same speaker goes on


def _inside_quote(text: str, pos: int, lo: int) -> bool:
    """An odd number of opening minus closing guillemets/curly quotes between ``lo`` and ``pos``."""
    chunk = text[lo:pos]
    return chunk.count("«") > chunk.count("»") or chunk.count("“") > chunk.count("”")


def _mentions_in(people: list[Person], lo: int, hi: int) -> list[tuple[Person, Span]]:
    found = [(p, m) for p in people for m in p.mentions if lo <= m.start and m.end <= hi]
    return sorted(found, key=lambda x: x[1].start)


def _org_in(orgs: list[Organization], lo: int, hi: int, last: bool = False) -> tuple[str, Span] | None:
    """The first (or last) organization mentioned inside [lo, hi)."""
    found = sorted(((m.start, o.name, m) for o in orgs for m in o.mentions if lo <= m.start and m.end <= hi),
                   key=lambda x: x[0])
    if not found:
        return None
    _, name, mention = found[-1] if last else found[0]
    return name, mention


def _role_speaker(text: str, lo: int, hi: int, people: list[Person]) -> tuple[str, Span] | None:
    """'ha detto il sindaco' -> the person whose role is 'sindaco' ('l'assessora' -> the assessore regionale,
    'il sacerdote' -> don X); when several people have that role, the one named last before ``lo``."""
    window = text[lo:hi].lower()
    for p in people:
        for r in p.roles:
            title = r.title.lower()
            idx = window.find(title)
            if idx != -1 and idx < 40:
                s = lo + idx
                return p.name, Span(text=text[s:s + len(title)], start=s, end=s + len(title))
    m = _ROLE_NOUN.match(text, lo, hi)
    if not m:
        return None
    words = m["r"].lower()
    lemma = _TITLES.get(words) or _TITLES.get(words.split()[0])
    synonyms = _ROLE_SYNONYMS.get(words) or _ROLE_SYNONYMS.get(words.split()[0], [])
    if lemma is None and not synonyms:
        return None
    wanted = {lemma.split()[0]} if lemma else set()
    wanted |= set(synonyms)
    found = [p for p in people if any(r.normalized.split()[0] in wanted for r in p.roles)
             or any(h.lower().rstrip(".") in wanted for h in p.honorifics)]
    as_written = [p for p in found if any(r.title.lower().split()[0] == words.split()[0] for r in p.roles)]
    found = as_written or found  # "il direttore" is Ghibaudo, not "la direttrice" Audisio
    if not found:
        return None
    before = [(m2.start, p) for p in found for m2 in p.mentions if m2.start < lo]
    person = max(before, key=lambda x: x[0])[1] if before else found[0]
    span_text = m["r"] if lemma is None or words in _TITLES or words in _ROLE_SYNONYMS else m["r"].split()[0]
    return person.name, Span(text=span_text, start=m.start("r"), end=m.start("r") + len(span_text))


def _signature(text: str, end: int, people: list[Person]) -> tuple[str, Span] | None:
    """A quoted paragraph followed by a line that starts with a person's name."""
    rest = text[end:end + 4]
    if not re.match(r"^[»”\"]?\s*\n", rest):
        return None
    line_start = text.find("\n", end)
    while line_start < len(text) and text[line_start] in "\n ":
        line_start += 1
    line_end = text.find("\n", line_start)
    if len(text[line_start:line_end if line_end != -1 else len(text)]) > _SIGNATURE_MAX:
        return None  # a paragraph that starts with a name ("Piero Angelini Nato a Bari, inizia …") signs nothing
    for p in people:
        for m in p.mentions:
            if m.start == line_start or (line_start < m.start < line_start + 16
                                         and _HONORIFIC_ONLY.fullmatch(text[line_start:m.start])):
                return p.name, m  # "Don Enrico Pegoraro" on its own line
    return None


_SIGNATURE_MAX = 100  # characters of a signature line: a name, maybe with a role and an organization


def extract_quotes(doc: Doc, people: list[Person], orgs: list[Organization]) -> list[Quote]:
    """Every direct quote of ``doc`` (text inside the marks), split at interruptions, with its speaker."""
    text = text_of(doc)
    quotes: list[Quote] = []
    previous: tuple[str | None, Span | None, int | None] = (None, None, None)  # speaker, mention, end of that quote
    for qs, qe in _quoted_spans(text):
        inner = text[qs:qe]
        parts = [(qs, qe)]
        m = _INTERRUPTION.search(inner) or _INTERRUPTION_COMMA.search(inner)
        interrupted = bool(m and _CUE_RE.search(m["mid"]))
        speaker = mention = cue = None
        if interrupted:
            parts = [(qs, qs + m.start()), (qs + m.end(), qe)]
            mid_lo, mid_hi = qs + m.start("mid"), qs + m.end("mid")
            ms = _mentions_in(people, mid_lo, mid_hi)
            cue_match = _CUE_RE.search(text, mid_lo, mid_hi)
            cue = cue_match["cue"]
            if ms:
                # "– prosegue Elena Ostanel, portavoce insieme a De Zen –": the name right after the cue speaks;
                # "– ha commentato la presidente di Mani Aperte, Lucia Mancinelli –": the name that closes the
                # attribution; otherwise the first one ("– ha detto Rossi, presidente di X –").
                last = ms[-1]
                right_after = [x for x in ms if 0 <= x[1].start - cue_match.end() <= 2]
                pick = right_after[0] if right_after else last if not text[last[1].end:mid_hi].strip(" ,.;:") else ms[0]
                speaker, mention = pick[0].name, pick[1]
            else:
                rs = _role_speaker(text, mid_lo, mid_hi, people) or _org_in(orgs, mid_lo, mid_hi)  # "– dicono dalla CRI –"
                if rs:
                    speaker, mention = rs
                elif not text[cue_match.end():mid_hi].strip(" ,.;:"):
                    # "«… – osserva – …»": the speaker of the quote just before, or the person the paragraph is about
                    speaker, mention = _paragraph_speaker(text, qs, people, previous)
        if speaker is None:
            sig = _signature(text, qe, people)
            if sig:
                speaker, mention = sig
            else:
                speaker, mention, near_cue = _speaker_near(text, qs - 1, qe + 1, people, orgs, previous)
                cue = cue or near_cue
        kept = False
        for i, (ps, pe) in enumerate(parts):
            stripped = text[ps:pe].strip(" \n,")
            if not stripped:
                continue
            s = text.index(stripped, ps)
            if not _is_speech(doc, s, s + len(stripped), continuation=interrupted and i > 0):
                continue
            quotes.append(Quote(text=stripped, start=s, end=s + len(stripped), speaker=speaker,
                                speaker_mention=mention, cue=cue))
            kept = True
        if kept and speaker:
            previous = (speaker, mention, qe)
    quotes.extend(_signed_statements(text, people, quotes))
    return sorted(quotes, key=lambda q: q.start)


_STATEMENT_MIN_WORDS = 12


def _signed_statements(text: str, people: list[Person], quotes: list[Quote]) -> list[Quote]:
    """A paragraph without quote marks signed on the next line by a person ("…persone.\nLaura Ferrando\nassessora
    alla Protezione civile"): the statement is that person's words."""
    found = []
    for p in people:
        for m in p.mentions:
            line_start = text.rfind("\n", 0, m.start) + 1
            prefix = text[line_start:m.start]
            if prefix and not _HONORIFIC_ONLY.fullmatch(prefix):
                continue
            line_end = text.find("\n", m.start)
            line_end = len(text) if line_end == -1 else line_end
            if line_end - line_start > _SIGNATURE_MAX or line_start < 2 or text[line_start - 2] == "\n":
                continue  # the name line must sit right under the paragraph, no blank line between
            para_end = line_start - 1
            para_start = text.rfind("\n", 0, para_end) + 1
            para = text[para_start:para_end].strip()
            if len(para.split()) < _STATEMENT_MIN_WORDS or para[:1] in OPENERS or not re.search(r"[.!?»”]$", para):
                continue
            s = text.index(para, para_start)
            if any(q.start < s + len(para) and s < q.end for q in quotes):
                continue
            found.append(Quote(text=para, start=s, end=s + len(para), speaker=p.name, speaker_mention=m, cue=None))
    return found
