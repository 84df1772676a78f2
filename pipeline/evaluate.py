"""``comunicati eval``: score the pipeline against gold files written to ``shared/eval/GUIDELINES.md``.

Matching rules (documented in the README):
- published: the predicted text dateline date equals the gold date (per release that states one or that we
  claim one for).
- dates: value-level, a multiset of (value, end) pairs per release; gold dates with null value match a
  predicted null-value date with the same text.
- figures: value-level one-to-one matching per release (values equal within 0.5%); unit and kind accuracy
  are reported on the matched pairs (units compared case- and accent-insensitively on their head word:
  "voti favorevoli" ~ "voti"; currency codes as units).
- places, organizations, people: one-to-one name matching, case/accent/apostrophe-insensitive, lenient on
  name forms: a name matches when one's words are all in the other ("Simone Giuli" ~ "Don Simone Giuli");
  organizations also match through any alias.
- roles: (person, role) pairs; the person must match and the role must have the same title, lemma or head
  word ("segretaria territoriale" ~ "segretario"); the organization is not compared.
- quotes: a predicted quote matches a gold one when it covers at least half of the gold quote's words;
  speaker accuracy is measured on matched quotes (names matched as for people).
Precision, recall and F1 are micro-averaged over releases; the macro average is over fields.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract.gazetteer import fold
from pipeline.extract.lexicon import load
from schemas import PressRelease

FIELDS = ("published", "dates", "places", "people", "roles", "organizations", "figures", "quotes")
# Titles and plural heads ("consiglieri" -> "consigliere") both give a role's lemma.
_TITLES = {**{fold(k): v for k, v in load("roles")["plural_heads"].items()}, **load("roles")["titles"]}
_ARTICLES = re.compile(r"^(?:il|lo|la|l'|i|gli|le)\s+")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def name_key(name: str) -> str:
    return _ARTICLES.sub("", fold(name).replace("'", "' ").replace("  ", " ")).strip()


def names_match(a: str, b: str) -> bool:
    """Lenient name equality: same words, or all words of one contained in the other."""
    ka, kb = set(name_key(a).split()), set(name_key(b).split())
    if not ka or not kb:
        return False
    return ka == kb or ka <= kb or kb <= ka


def _align(gold: list, pred: list, match) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one alignment (exact-key matches first, then lenient ones)."""
    pairs, used_p = [], set()
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if any(gi == x for x, _ in pairs):
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and match(g, p, strict):
                    pairs.append((gi, pi))
                    used_p.add(pi)
                    break
    matched_g = {g for g, _ in pairs}
    return pairs, [i for i in range(len(gold)) if i not in matched_g], [i for i in range(len(pred)) if i not in used_p]


def _count(tally: Tally, doc: str, gold_items: list, pred_items: list, match, show) -> list[tuple[int, int]]:
    pairs, missed, extra = _align(gold_items, pred_items, match)
    tally.tp += len(pairs)
    tally.fn += len(missed)
    tally.fp += len(extra)
    tally.misses += [f"{doc}: {show(gold_items[i])}" for i in missed]
    tally.false_positives += [f"{doc}: {show(pred_items[i])}" for i in extra]
    return pairs


def _multiset(tally: Tally, doc: str, gold_keys: list, pred_keys: list) -> None:
    g, p = Counter(gold_keys), Counter(pred_keys)
    common = g & p
    tally.tp += sum(common.values())
    tally.fn += sum((g - p).values())
    tally.fp += sum((p - g).values())
    tally.misses += [f"{doc}: {k}" for k in (g - p).elements()]
    tally.false_positives += [f"{doc}: {k}" for k in (p - g).elements()]


def _date_key(value, end, text) -> tuple:
    return (value, end) if value else ("null", fold(text))


def _org_names(o) -> list[str]:
    return [o["name"], *o.get("aliases", [])] if isinstance(o, dict) else [o.name, *o.aliases]


def _role_head(role: str) -> str:
    words = fold(role).split()
    head = words[0] if words else ""
    return _TITLES.get(head, head).split()[0] if head else ""


def _role_ok(gold_role: str, title: str, normalized: str | None) -> bool:
    """Same role: the same title, the same lemma, or the same head word ("segretaria territoriale" ~ "segretaria")."""
    g = fold(gold_role)
    forms = {fold(title), fold(normalized or "")}
    if g in forms or _TITLES.get(g, g) in forms | {_TITLES.get(fold(title), "")}:
        return True
    return _role_head(gold_role) in {_role_head(title), _role_head(normalized or title)}


def _words(text: str, start: int, end: int) -> set[int]:
    return {m.start() + start for m in re.finditer(r"\w+", text[start:end])}


def score_document(gold: dict, record: PressRelease, tallies: dict[str, Tally], extra: dict[str, Counter]) -> None:
    """Add one release's matches to the running tallies."""
    doc = gold["doc"]
    text = record.text
    pub_pred = record.published.date if record.published and record.published.source == "text" else None
    if gold.get("published") or pub_pred:
        t = tallies["published"]
        if gold.get("published") == pub_pred:
            t.tp += 1
        else:
            if pub_pred:
                t.fp += 1
                t.false_positives.append(f"{doc}: {pub_pred}")
            if gold.get("published"):
                t.fn += 1
                t.misses.append(f"{doc}: {gold['published']}")
    _multiset(tallies["dates"], doc, [_date_key(d["value"], d.get("end"), d["text"]) for d in gold["dates"]],
              [_date_key(d.value, d.end_value, d.text) for d in record.dates])
    _count(tallies["places"], doc, gold["places"], record.places,
           lambda g, p, s: name_key(g["name"]) == name_key(p.name) if s else names_match(g["name"], p.name),
           lambda x: x["name"] if isinstance(x, dict) else x.name)
    person_pairs = _count(tallies["people"], doc, gold["people"], record.people,
                          lambda g, p, s: name_key(g["name"]) == name_key(p.name) if s else names_match(g["name"], p.name),
                          lambda x: x["name"] if isinstance(x, dict) else x.name)
    roles_t = tallies["roles"]
    matched_people = dict(person_pairs)
    for gi, g in enumerate(gold["people"]):
        pred_roles = list(record.people[matched_people[gi]].roles) if gi in matched_people else []
        _count(roles_t, doc, g["roles"], pred_roles, lambda gr, pr, s: _role_ok(gr["role"], pr.title, pr.normalized),
               lambda r, g=g: f"{g['name']} / {r['role'] if isinstance(r, dict) else r.title}")
    for pi, p in enumerate(record.people):
        if pi not in matched_people.values():
            roles_t.fp += len(p.roles)
            roles_t.false_positives += [f"{doc}: {p.name} / {r.title}" for r in p.roles]
    _count(tallies["organizations"], doc, gold["organizations"], record.organizations,
           lambda g, p, s: (name_key(g["name"]) == name_key(p.name)) if s else
           any(name_key(a) == name_key(b) for a in _org_names(g) for b in _org_names(p)) or names_match(g["name"], p.name),
           lambda x: x["name"] if isinstance(x, dict) else x.name)
    fig_pairs = _count(tallies["figures"], doc, gold["figures"], record.figures,
                       lambda g, p, s: abs(float(g["value"]) - float(p.value)) <= 0.005 * max(1.0, abs(float(g["value"])))
                       and (not s or fold(g["text"]) in fold(p.text) or fold(p.text) in fold(g["text"])),
                       lambda x: f"{x['text']} = {x['value']}" if isinstance(x, dict) else f"{x.text} = {x.value}")
    for gi, pi in fig_pairs:
        g, p = gold["figures"][gi], record.figures[pi]
        gu, pu = fold(str(g.get("unit") or "")), fold(str(p.unit or ""))
        unit_ok = gu == pu or (bool(gu) and bool(pu) and gu.split()[0] == pu.split()[0])
        extra["figures_unit"]["ok" if unit_ok else "bad"] += 1
        extra["figures_kind"]["ok" if g["kind"] == p.kind else "bad"] += 1
        if not unit_ok or g["kind"] != p.kind:
            extra.setdefault("figure_unit_errors", Counter())[
                f"{doc}: {g['text']!r} gold {g.get('unit')}/{g['kind']} got {p.unit}/{p.kind}"] += 1
    gold_quotes = []
    for q in gold["quotes"]:
        s = text.find(q["text"])
        gold_quotes.append((q, _words(text, s, s + len(q["text"])) if s >= 0 else set()))
    quote_pairs = _count(tallies["quotes"], doc, gold_quotes, record.quotes,
                         lambda g, p, s: bool(g[1]) and len(g[1] & _words(text, p.start, p.end)) >= len(g[1]) / 2,
                         lambda x: (x[0]["text"] if isinstance(x, tuple) else x.text)[:80])
    for gi, pi in quote_pairs:
        g_speaker, p_speaker = gold_quotes[gi][0]["speaker"], record.quotes[pi].speaker
        ok = (g_speaker is None and p_speaker is None) or (g_speaker and p_speaker and names_match(g_speaker, p_speaker))
        extra["quotes_speaker"]["ok" if ok else "bad"] += 1
        if not ok:
            extra.setdefault("speaker_errors", Counter())[f"{gold['doc']}: gold {g_speaker!r} got {p_speaker!r}"] += 1


def load_manifest(corpus_root: Path) -> dict[str, dict]:
    """Manifest entries by document name (``corpus/MANIFEST.json``: doc, split, issuer, metadata_published)."""
    path = corpus_root / "MANIFEST.json"
    if not path.exists():
        return {}
    return {item["doc"]: item for item in json.loads(path.read_text(encoding="utf-8"))}


def evaluate(gold_dir: Path, texts_root: Path | None = None, split: str = "all", model: str | None = None) -> dict:
    """Run the pipeline on every gold file's text and return the scores (and error lists)."""
    from pipeline.api import extract

    gold_dir = Path(gold_dir)
    root = Path(texts_root) if texts_root else gold_dir.parent
    manifest = load_manifest(root)
    tallies = {f: Tally() for f in FIELDS}
    extra: dict[str, Counter] = {"figures_unit": Counter(), "figures_kind": Counter(), "quotes_speaker": Counter()}
    n = 0
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        entry = manifest.get(gold["doc"], {})
        if split != "all" and entry.get("split") != split:
            continue
        text = (root / gold["doc"]).read_text(encoding="utf-8")
        record = extract(text, published=entry.get("metadata_published"), source=gold["doc"], model=model)
        score_document(gold, record, tallies, extra)
        n += 1
    result = {"documents": n, "split": split, "fields": {f: t.scores() for f, t in tallies.items()}}
    result["macro_f1"] = round(sum(s["f1"] for s in result["fields"].values()) / len(FIELDS), 4)
    for key in ("figures_unit", "figures_kind", "quotes_speaker"):
        c = extra[key]
        result[key + "_accuracy"] = round(c["ok"] / (c["ok"] + c["bad"]), 4) if c["ok"] + c["bad"] else None
    result["errors"] = {f: {"misses": t.misses, "false_positives": t.false_positives} for f, t in tallies.items()}
    result["errors"]["speakers"] = sorted(extra.get("speaker_errors", Counter()))
    result["errors"]["figure_units"] = sorted(extra.get("figure_unit_errors", Counter()))
    return result


def format_report(result: dict) -> Iterable[str]:
    """Lines of the human-readable table."""
    yield f"{result['documents']} documents (split: {result['split']})"
    yield f"{'field':15s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"
    for f, s in result["fields"].items():
        yield f"{f:15s} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['tp']:5d} {s['fp']:5d} {s['fn']:5d}"
    yield f"{'macro F1':15s} {'':6s} {'':6s} {result['macro_f1']:6.3f}"
    for key in ("figures_unit", "figures_kind", "quotes_speaker"):
        v = result.get(key + "_accuracy")
        yield f"{key + ' accuracy':24s} {'-' if v is None else f'{v:.3f}'}"
