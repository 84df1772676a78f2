"""Scores for the Italian pipeline: NER on column files, syntax on CoNLL-U, shared by training and CLI."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.training import Example

from pipeline.model import convert


def _examples(nlp: Language, gold_docs) -> list[Example]:
    return [Example(nlp.make_doc(doc.text), doc) for doc in gold_docs]


def evaluate_ner_file(nlp: Language, path: Path, limit: int | None = None) -> dict:
    """Entity-level precision/recall/F1 (overall and per PER/LOC/ORG) of ``nlp`` on an NER column file."""
    docs = convert.column_file_to_docs(nlp.vocab, Path(path))
    if limit:
        docs = docs[:limit]
    scores = nlp.evaluate(_examples(nlp, docs))
    per_type = {label: {k: round(v, 4) for k, v in s.items()}
                for label, s in (scores.get("ents_per_type") or {}).items()}
    return {
        "file": str(path),
        "docs": len(docs),
        "p": round(scores["ents_p"], 4),
        "r": round(scores["ents_r"], 4),
        "f": round(scores["ents_f"], 4),
        "per_type": per_type,
    }


def evaluate_syntax_file(nlp: Language, path: Path) -> dict:
    """UPOS, morphology, UAS/LAS and sentence F of ``nlp`` on a CoNLL-U file."""
    docs = convert.conllu_file_to_docs(Path(path), vocab=nlp.vocab)
    scores = nlp.evaluate(_examples(nlp, docs))
    keys = ("pos_acc", "morph_acc", "tag_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    return {"file": str(path), "docs": len(docs), **{k: round(scores[k], 4) for k in keys if scores.get(k) is not None}}


def format_scores(scores: dict) -> str:
    """A short human-readable table of the scores dictionary produced by training/evaluation."""
    lines = []
    for name, s in scores.items():
        if name == "timings" or not isinstance(s, dict):
            continue
        if "f" in s:
            per = "  ".join(f"{label} {v['f']:.3f}" for label, v in sorted(s["per_type"].items()))
            lines.append(f"{name:24s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f']:.3f}   ({per})")
        else:
            body = "  ".join(f"{k} {v:.3f}" for k, v in s.items() if isinstance(v, float))
            lines.append(f"{name:24s} {body}")
    if scores.get("timings"):
        lines.append("timings: " + ", ".join(f"{k} {v / 60:.1f} min" for k, v in scores["timings"].items()))
    return "\n".join(lines)
