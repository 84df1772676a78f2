"""Assemble the separately trained stages into one pipeline folder."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import spacy
from spacy.lookups import Lookups, load_lookups

from pipeline.model.tokenizer_rules import customize_tokenizer

MODEL_NAME = "comunicati"
MODEL_VERSION = "0.1.0"


def _lemma_lookups(lemmatizer) -> Lookups:
    """The POS-aware Italian tables of spacy-lookups-data, without the large legacy POS-less fallback table
    (it is the last resort of the lookup and would more than double the model's size)."""
    required, _ = lemmatizer.get_lookups_config("pos_lookup")
    lookups = load_lookups("it", [t for t in required if t != "lemma_lookup"])
    lookups.add_table("lemma_lookup", {})
    return lookups


def build_pipeline(syntax_dir: Path, ner_dir: Path, out: Path) -> Path:
    """Syntax pipeline + NER (with its own tok2vec) + POS-aware lookup lemmatizer + tokenizer rules."""
    nlp = spacy.load(syntax_dir)
    ner_nlp = spacy.load(ner_dir)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp, name="ner")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "pos_lookup", "overwrite": True}, after="parser")
    lemmatizer.initialize(lookups=_lemma_lookups(lemmatizer))
    customize_tokenizer(nlp)
    nlp.meta.update({
        "name": MODEL_NAME, "version": MODEL_VERSION,
        "description": "Italian pipeline of comunicati (tagger, morphologizer, parser, lookup lemmatizer, NER "
                       "PER/LOC/ORG) trained on KIND, EVALITA 2009, WikiNEuRal-it and UD Italian. Non-commercial.",
        "license": "CC BY-NC-SA 4.0 (inherits the non-commercial terms of its training data)",
        "author": "comunicati contributors",
    })
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    sort_strings(out / "vocab" / "strings.json")
    return out


def sort_strings(path: Path) -> None:
    """Store the string table sorted: strings are looked up by hash, and insertion order would otherwise
    keep runs of training sentences in the file."""
    strings = json.loads(path.read_text(encoding="utf-8"))
    # Long tokens made of many words (URLs in the training text) are dropped: nothing in the model needs them.
    kept = sorted({s for s in strings if len(re.findall(r"\w+", s)) < 5})
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
