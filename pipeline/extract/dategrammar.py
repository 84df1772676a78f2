"""Italian calendar grammar shared by the dateline and dates extractors.

``find_candidates(text)`` finds every date-like expression with regular expressions built from the
calendar lexicon (month and weekday names, holidays, relative days) and returns ``DateCandidate``
objects with what the words say (day, month, year, offsets); ``resolve`` turns a candidate into a
normalized value given a reference date. No spaCy here: callers filter candidates with the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from pipeline.extract.lexicon import load

CAL = load("calendar")
MONTHS: dict[str, int] = CAL["months"]
MONTH_ABBR: dict[str, int] = CAL["month_abbreviations"]
WEEKDAYS: dict[str, int] = CAL["weekdays"]
NUMBER_WORDS: dict[str, int] = CAL["number_words"]

_MONTH_FULL = "|".join(MONTHS)
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:{'|'.join(sorted(MONTH_ABBR, key=len, reverse=True))})\.?)"
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:\s?[°º])?|primo"
_YEAR = r"(?:19[0-9]\d|20[0-9]\d)"
_NUMW = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_B = r"(?<![\w])"  # left word boundary that also works before accented letters
_E = r"(?![\w])"

FLAGS = re.IGNORECASE

RANGE_DAYS_SAME_MONTH = re.compile(
    rf"{_B}(?:dal(?:l['’])?\s*|tra\s+il\s+|fra\s+il\s+)?(?P<d1>{_DAY})\s*(?:al(?:l['’])?\s*|all['’]|a\s+|e\s+il\s+|e\s+|[-–]\s*)"
    rf"(?P<d2>{_DAY})\s+(?P<m>{_MONTH_ANY})(?:\s+(?:del\s+)?(?P<y>{_YEAR}))?{_E}", FLAGS)
RANGE_FULL = re.compile(
    rf"{_B}(?:dal(?:l['’])?\s*|tra\s+il\s+|fra\s+il\s+)(?P<d1>{_DAY})\s+(?P<m1>{_MONTH_ANY})(?:\s+(?P<y1>{_YEAR}))?\s+"
    rf"(?:al(?:l['’])?\s*|a\s+|e\s+il\s+|fino\s+al(?:l['’])?\s*)(?P<d2>{_DAY})\s+(?P<m2>{_MONTH_ANY})(?:\s+(?P<y2>{_YEAR}))?{_E}", FLAGS)
RANGE_MONTHS = re.compile(
    rf"{_B}(?:tra|fra|da|dal\s+mese\s+di)\s+(?P<m1>{_MONTH_FULL})\s+(?:e|a|ad|al\s+mese\s+di)\s+(?P<m2>{_MONTH_FULL})(?:\s+(?:del\s+)?(?P<y>{_YEAR}))?{_E}", FLAGS)
RANGE_MONTHS_YEARS = re.compile(
    rf"{_B}(?:tra|fra|da|dal\s+mese\s+di)\s+(?P<m1>{_MONTH_FULL})\s+(?:del\s+)?(?P<y1>{_YEAR})\s+(?:e|a|ad|al\s+mese\s+di)\s+"
    rf"(?P<m2>{_MONTH_FULL})\s+(?:del\s+)?(?P<y2>{_YEAR}){_E}", FLAGS)  # "da ottobre 2025 a maggio 2026"
MONTH_PAIR = re.compile(rf"(?:(?<=\sdi\s)|(?<=\sin\s)|(?<=\sa\s))(?P<m1>{_MONTH_FULL})\s+e\s+(?P<m2>{_MONTH_FULL}){_E}(?!\s+(?:del\s+)?\d)", FLAGS)  # "di luglio e agosto"
PART_OF_YEAR = re.compile(rf"{_B}(?P<o>primo|secondo|terzo|quarto)\s+(?P<p>semestre|trimestre|quadrimestre)\s+(?:del\s+|dell['’])?(?P<y>{_YEAR}){_E}",
                          FLAGS)  # "primo semestre 2024"
OLD_YEAR = re.compile(rf"{_B}(?:nel|del|dal|al|intorno\s+al|anno)\s+(?P<y>1[0-8]\d\d)(?![\w/]|[.,]\d)", FLAGS)  # "nel 1457"
RANGE_YEARS_WORDS = re.compile(
    rf"{_B}(?:(?:tra|fra)\s+il\s+|dal\s+)(?P<y1>{_YEAR})\s+(?:e\s+il|al)\s+(?P<y2>{_YEAR}){_E}", FLAGS)
RANGE_YEARS = re.compile(rf"(?<![\w/.,])(?P<y1>{_YEAR})\s?[-–/]\s?(?P<y2>{_YEAR}|\d{{2}})(?![\w/]|[.,]\d)")
FULL = re.compile(
    rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<d>{_DAY})\s+(?P<m>{_MONTH_ANY})(?:\s+(?:del\s+)?(?P<y>{_YEAR}|['’]\d{{2}}))?{_E}", FLAGS)
NUMERIC = re.compile(
    r"(?<![\w/.,-])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})(?![\w/]|[.,-]\d)")
MONTH_YEAR = re.compile(
    rf"{_B}(?:(?P<part>inizio|fine|metà|meta)\s+(?:di\s+)?)?(?P<m>{_MONTH_FULL})\s+(?:del\s+|di\s+)?(?P<y>{_YEAR}){_E}", FLAGS)
PART_YEAR = re.compile(rf"{_B}(?P<part>inizio|fine|metà)\s+(?:del\s+|dell['’])?(?P<y>{_YEAR}){_E}", FLAGS)
MONTH_ALONE = re.compile(
    rf"{_B}(?:(?P<part>inizio|fine|metà)\s+(?:di\s+)?)?(?:(?P<dir>scorso|prossimo)\s+)?(?P<m>{_MONTH_FULL}){_E}(?:\s+(?P<dir2>scorso|prossimo){_E})?", FLAGS)
MONTH_ALONE_LEFT = re.compile(
    r"(?:\b(?:a|ad|in|di|da|entro|fino\s+a|mese\s+di|inizio|fine|metà|tra|e|lo|il|nel|dal|al|del)\s+)$", FLAGS)
HOLIDAY = re.compile(
    rf"{_B}(?P<h>{'|'.join(sorted(CAL['holidays'], key=len, reverse=True))})(?:\s+(?P<y>{_YEAR}))?{_E}", FLAGS)
RELATIVE_DAY = re.compile(
    rf"{_B}(?P<r>{'|'.join(re.escape(k) for k in sorted(CAL['relative_days'], key=len, reverse=True))}){_E}", FLAGS)
RELATIVE_WEEKDAY = re.compile(
    rf"{_B}(?:(?:lo\s+|la\s+)?(?P<dir1>scorso|scorsa|prossimo|prossima)\s+(?P<wd1>{_WEEKDAY})|(?P<wd2>{_WEEKDAY})\s+(?P<dir2>scorso|scorsa|prossimo|prossima)){_E}", FLAGS)
RELATIVE_PERIOD = re.compile(
    r"(?<![\w])(?P<p>quest['’]anno|questo\s+anno|(?:dell|dall|nell|all|sull|l)['’]anno\s+(?:scorso|passato|prossimo)|lo\s+scorso\s+anno|il\s+prossimo\s+anno|"
    r"l['’]anno\s+in\s+corso|il\s+mese\s+(?:scorso|prossimo)|lo\s+scorso\s+mese|il\s+prossimo\s+mese|questo\s+mese|"
    r"la\s+settimana\s+(?:scorsa|prossima)|questa\s+settimana)(?![\w])", FLAGS)
BARE_WEEKDAY = re.compile(rf"{_B}(?P<wd>{_WEEKDAY}){_E}(?!\s*,?\s*(?:\d|primo|scors|prossim))", FLAGS)
WITHIN = re.compile(rf"{_B}(?:tra|fra)\s+(?P<n>\d{{1,3}}|{_NUMW})\s+(?P<u>anni|anno|mesi|mese|giorni|giorno|settimane|settimana){_E}", FLAGS)
AGO = re.compile(rf"{_B}(?P<n>\d{{1,3}}|{_NUMW})\s+(?P<u>anni|anno|mesi|mese|giorni|giorno|settimane|settimana)\s+fa{_E}", FLAGS)
YEAR = re.compile(rf"(?<![\w/.,'’-])(?P<y>{_YEAR})(?![\w/]|[.,]\d|-\d)")


@dataclass
class DateCandidate:
    """A date-like expression found in text, with what its words say."""

    start: int
    end: int
    text: str
    kind: str  # full | month | year | range | relative | holiday | weekday
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    offset: int = 0
    unit: str | None = None  # day | week | month | year (relative)
    weekday: int | None = None
    direction: int = 0  # -1 past, +1 future
    holiday: str | None = None
    counted: bool = False  # "tre anni fa", "tra due settimane": a number of units before/after the reference


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR[w]


def _day(word: str) -> int:
    w = word.lower().replace("°", "").replace("º", "").strip()
    return 1 if w == "primo" else int(w)


def _year(word: str | None) -> int | None:
    if not word:
        return None
    digits = word.lstrip("'’")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _scan(text: str) -> list[DateCandidate]:
    found: list[DateCandidate] = []

    def add(m: re.Match, kind: str, **kw) -> None:
        found.append(DateCandidate(m.start(), m.end(), m.group(0), kind, **kw))

    for m in RANGE_FULL.finditer(text):
        y2 = _year(m["y2"])
        add(m, "range", day=_day(m["d1"]), month=_month(m["m1"]), year=_year(m["y1"]) or y2,
            end_day=_day(m["d2"]), end_month=_month(m["m2"]), end_year=y2)
    for m in RANGE_DAYS_SAME_MONTH.finditer(text):
        y = _year(m["y"])
        add(m, "range", day=_day(m["d1"]), month=_month(m["m"]), year=y, end_day=_day(m["d2"]),
            end_month=_month(m["m"]), end_year=y)
    for m in RANGE_MONTHS_YEARS.finditer(text):
        add(m, "range", month=_month(m["m1"]), year=int(m["y1"]), end_month=_month(m["m2"]), end_year=int(m["y2"]))
    for m in RANGE_MONTHS.finditer(text):
        y = _year(m["y"])
        add(m, "range", month=_month(m["m1"]), year=y, end_month=_month(m["m2"]), end_year=y)
    for m in MONTH_PAIR.finditer(text):
        add(m, "range", month=_month(m["m1"]), end_month=_month(m["m2"]))
    for m in PART_OF_YEAR.finditer(text):
        size = {"semestre": 6, "trimestre": 3, "quadrimestre": 4}[m["p"].lower()]
        first = (["primo", "secondo", "terzo", "quarto"].index(m["o"].lower())) * size + 1
        if first + size - 1 <= 12:
            y = int(m["y"])
            add(m, "range", month=first, year=y, end_month=first + size - 1, end_year=y)
    for m in OLD_YEAR.finditer(text):
        found.append(DateCandidate(m.start("y"), m.end("y"), m["y"], "year", year=int(m["y"])))
    for m in BARE_WEEKDAY.finditer(text):
        add(m, "weekday", weekday=WEEKDAYS[m["wd"].lower()], direction=0)
    for m in RANGE_YEARS_WORDS.finditer(text):
        add(m, "range", year=int(m["y1"]), end_year=int(m["y2"]))
    for m in RANGE_YEARS.finditer(text):
        y1, y2 = int(m["y1"]), m["y2"]
        y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if y1 < y2i <= y1 + 50:
            add(m, "range", year=y1, end_year=y2i)
    for m in FULL.finditer(text):
        before = re.search(r"(scorso|prossimo)\s+$", text[max(0, m.start() - 10):m.start()], re.I)
        direction = {"scorso": -1, "prossimo": 1}.get(before.group(1).lower(), 0) if before else 0
        add(m, "full", day=_day(m["d"]), month=_month(m["m"]), year=_year(m["y"]),
            weekday=WEEKDAYS.get((m["wd"] or "").lower()), direction=direction)
    for m in NUMERIC.finditer(text):
        add(m, "full", day=int(m["d"]), month=int(m["m"]), year=_year(m["y"]))
    for m in MONTH_YEAR.finditer(text):
        part = (m["part"] or "").lower()
        add(m, "month", month=_month(m["m"]), year=int(m["y"]), holiday=part or None)
    for m in PART_YEAR.finditer(text):
        add(m, "year", year=int(m["y"]))
    for m in HOLIDAY.finditer(text):
        if m.group(0)[0].isupper() or m["y"]:
            add(m, "holiday", holiday=m["h"].lower(), year=_year(m["y"]))
    for m in RELATIVE_WEEKDAY.finditer(text):
        wd = (m["wd1"] or m["wd2"]).lower()
        direction = -1 if (m["dir1"] or m["dir2"]).lower().startswith("scors") else 1
        add(m, "weekday", weekday=WEEKDAYS[wd], direction=direction)
    for m in RELATIVE_DAY.finditer(text):
        add(m, "relative", offset=CAL["relative_days"][m["r"].lower()], unit="day")
    for m in RELATIVE_PERIOD.finditer(text):
        p = re.sub(r"\s+", " ", m["p"].lower().replace("’", "'"))
        unit = "year" if "anno" in p else ("month" if "mese" in p else "week")
        offset = -1 if ("scors" in p or "passat" in p) else (1 if "prossim" in p else 0)
        add(m, "relative", offset=offset, unit=unit)
    for pattern, sign in ((AGO, -1), (WITHIN, 1)):
        for m in pattern.finditer(text):
            u = m["u"].lower()
            unit = "year" if u.startswith("ann") else "month" if u.startswith("mes") else "week" if u.startswith("settiman") else "day"
            add(m, "relative", offset=sign * _number(m["n"]), unit=unit, counted=True)
    for m in MONTH_ALONE.finditer(text):
        direction = m["dir"] or m["dir2"]
        if not direction and not m["part"] and not MONTH_ALONE_LEFT.search(text[max(0, m.start() - 14):m.start()]):
            continue
        if not direction and not m["m"].islower():
            continue
        add(m, "month", month=_month(m["m"]), direction=(-1 if (direction or "").lower() == "scorso" else 1 if direction else 0))
    for m in YEAR.finditer(text):
        add(m, "year", year=int(m["y"]))
    return found


def find_candidates(text: str) -> list[DateCandidate]:
    """All date-like expressions in ``text``, longest first on overlaps, in text order."""
    chosen: list[DateCandidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(_scan(text), key=lambda c: (-(c.end - c.start), c.start)):
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _holiday_date(name: str, year: int) -> date:
    spec = CAL["holidays"][name]
    if spec == "easter":
        return easter(year)
    if spec == "easter+1":
        return easter(year) + timedelta(days=1)
    return date(year, spec[0], spec[1])


_UNIT_WORDS = {"day": ("giorno", "giorni"), "week": ("settimana", "settimane"), "month": ("mese", "mesi"), "year": ("anno", "anni")}


@lru_cache(maxsize=64)
def _relative_parser(ref: date):
    """A dateparser instance anchored at ``ref`` (built once per reference date)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["it"], settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)})


def _resolve_span(c: DateCandidate, ref: date) -> Resolved:
    n = abs(c.offset)
    word = _UNIT_WORDS[c.unit][0 if n == 1 else 1]
    phrase = f"{n} {word} fa" if c.offset < 0 else f"tra {n} {word}"
    data = _relative_parser(ref).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return Resolved(None, None, "unknown", True)
    d = data.date_obj.date()
    if c.unit == "year":
        return Resolved(_fmt(d.year), None, "year", True)
    if c.unit == "month":
        return Resolved(_fmt(d.year, d.month), None, "month", True)
    return Resolved(d.isoformat(), None, "day", True)


@dataclass
class Resolved:
    """A normalized date value."""

    value: str | None
    end_value: str | None
    granularity: str
    relative: bool


def resolve(c: DateCandidate, ref: date | None) -> Resolved:
    """Normalize a candidate against the reference date ``ref`` (publication date, or None)."""
    ref_year = ref.year if ref else None
    if c.kind == "range":
        if c.day is None and c.month is not None:
            year = c.year or ref_year
            return Resolved(_fmt(year, c.month), _fmt(c.end_year or year, c.end_month), "month", c.year is None)
        if c.day is None:
            return Resolved(_fmt(c.year), _fmt(c.end_year), "year", False)
        y1 = c.year or ref_year
        y2 = c.end_year or y1
        return Resolved(_fmt(y1, c.month, c.day), _fmt(y2, c.end_month, c.end_day), "day", c.year is None)
    if c.kind == "full":
        year = c.year or ref_year
        if c.year is None and ref is not None and c.direction:
            value = _fmt(year, c.month, c.day)
            if value and c.direction < 0 and value > ref.isoformat():
                year -= 1
            elif value and c.direction > 0 and value < ref.isoformat():
                year += 1
        return Resolved(_fmt(year, c.month, c.day), None, "day", c.year is None)
    if c.kind == "month":
        if c.year is not None:
            return Resolved(_fmt(c.year, c.month), None, "month", False)
        if ref is None:
            return Resolved(None, None, "month", True)
        year = ref.year
        if c.direction < 0 and c.month >= ref.month:
            year -= 1
        elif c.direction > 0 and c.month <= ref.month:
            year += 1
        return Resolved(_fmt(year, c.month), None, "month", True)
    if c.kind == "year":
        return Resolved(_fmt(c.year), None, "year", False)
    if c.kind == "holiday":
        year = c.year
        if year is None:
            return Resolved(None, None, "day", True)
        return Resolved(_holiday_date(c.holiday, year).isoformat(), None, "day", False)
    if ref is None:
        return Resolved(None, None, "unknown", True)
    if c.kind == "weekday":
        if c.direction == 0:
            return Resolved(None, None, "day", True)
        delta = (c.weekday - ref.weekday()) % 7
        target = ref + timedelta(days=delta or 7) if c.direction > 0 else ref - timedelta(days=((ref.weekday() - c.weekday) % 7) or 7)
        return Resolved(target.isoformat(), None, "day", True)
    if c.counted:  # "tre anni fa", "tra due settimane": dateparser does the calendar arithmetic
        return _resolve_span(c, ref)
    if c.unit == "day":
        return Resolved((ref + timedelta(days=c.offset)).isoformat(), None, "day", True)
    if c.unit == "week":
        if c.text.lower().endswith("fa"):
            return Resolved((ref + timedelta(weeks=c.offset)).isoformat(), None, "day", True)
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=c.offset)
        return Resolved(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day", True)
    if c.unit == "month":
        target = ref + relativedelta(months=c.offset)
        return Resolved(_fmt(target.year, target.month), None, "month", True)
    return Resolved(_fmt(ref.year + c.offset), None, "year", True)
