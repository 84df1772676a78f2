"""Train comunicati's bundled Italian spaCy pipeline from the public data in ``shared/data``.

One command retrains everything, reproducibly (fixed seeds, fixed data order)::

    python -m pipeline.model.train --data ../shared/data --out build/model [--bundle]

Stages: convert the data to ``DocBin`` corpora; train the NER stage and the syntax stage in two parallel
processes (one core each); assemble them with a lookup lemmatizer and our tokenizer rules; evaluate on the
held-out test files (never trained on) and print the scores. ``--bundle`` copies the result into the package
(``pipeline/model/it_comunicati``), from where ``pipeline.load_nlp()`` loads it by default.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy

from pipeline.model import convert
from pipeline.model.scoring import evaluate_ner_file, evaluate_syntax_file, format_scores

CONFIG_DIR = Path(__file__).parent / "configs"
BUNDLED_DIR = Path(__file__).parent / "it_comunicati"
SEED = 0

# Training inputs, relative to the data folder. Test files listed in TEST_FILES are never read here.
NER_TRAIN = [
    "kind/evalita-2023/WN_train.tsv",
    "kind/evalita-2023/FIC_train.tsv",
    "kind/evalita-2023/FIC_dev.tsv",
    "kind/evalita-2023/ADG_train.tsv",
    "kind/evalita-2023/ADG_dev.tsv",
    "evalita2009_icab/it.evalita.train.tsv",
    "wikineural_it/val.conllu",
    "wikineural_it/test.conllu",
]
NER_DEV = "kind/evalita-2023/WN_dev.tsv"
SYNTAX_TRAIN = [
    "ud_italian/ParTUT/it_partut-ud-train.conllu",
    "ud_italian/ParTUT/it_partut-ud-test.conllu",
    "ud_italian/VIT/it_vit-ud-dev.conllu",
    "ud_italian/VIT/it_vit-ud-test.conllu",
    "ud_italian/PoSTWITA/it_postwita-ud-dev.conllu",
    "ud_italian/PoSTWITA/it_postwita-ud-test.conllu",
    "ud_italian/PUD/it_pud-ud-test.conllu",
    "ud_italian/ISDT/it_isdt-ud-dev.conllu",
]
SYNTAX_DEV = "ud_italian/ParTUT/it_partut-ud-dev.conllu"
TEST_FILES = {
    "ner_kind_wn_test": "kind/evalita-2023/WN_test.tsv",
    "ner_evalita2009_test": "evalita2009_icab/it.evalita.test.tsv",
    "syntax_isdt_test": "ud_italian/ISDT/it_isdt-ud-test.conllu",
}


def prepare_corpora(data: Path, corpora: Path) -> dict[str, int]:
    """Convert training and dev data into ``corpora/*.spacy``; return document counts."""
    vocab = spacy.blank("it").vocab
    counts = {}
    ner_docs = [d for rel in NER_TRAIN for d in convert.column_file_to_docs(vocab, data / rel)]
    counts["ner-train"] = convert.write_docbin(ner_docs, corpora / "ner-train.spacy", shuffle_seed=SEED)
    counts["ner-dev"] = convert.write_docbin(convert.column_file_to_docs(vocab, data / NER_DEV), corpora / "ner-dev.spacy")
    syn_docs = [d for rel in SYNTAX_TRAIN for d in convert.conllu_file_to_docs(data / rel)]
    counts["syntax-train"] = convert.write_docbin(syn_docs, corpora / "syntax-train.spacy", shuffle_seed=SEED)
    counts["syntax-dev"] = convert.write_docbin(convert.conllu_file_to_docs(data / SYNTAX_DEV), corpora / "syntax-dev.spacy")
    return counts


def start_stage(name: str, corpora: Path, out: Path) -> subprocess.Popen:
    """Start ``spacy train`` for one stage in its own single-threaded process."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    log = open(out / f"{name}.log", "w")
    cmd = [
        sys.executable, "-m", "spacy", "train", str(CONFIG_DIR / f"{name}.cfg"),
        "--output", str(out / name),
        "--paths.train", str(corpora / f"{name}-train.spacy"),
        "--paths.dev", str(corpora / f"{name}-dev.spacy"),
        "--system.seed", str(SEED),
    ]
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)


def assemble(out: Path) -> Path:
    """Combine the two trained stages, a lookup lemmatizer and our tokenizer rules into one pipeline."""
    from pipeline.model.assembly import build_pipeline

    final = out / "it_comunicati"
    build_pipeline(out / "syntax" / "model-best", out / "ner" / "model-best", final)
    return final


def evaluate(model_dir: Path, data: Path) -> dict[str, dict]:
    """Score the assembled pipeline on the held-out test files."""
    nlp = spacy.load(model_dir)
    return {
        "ner_kind_wn_test": evaluate_ner_file(nlp, data / TEST_FILES["ner_kind_wn_test"]),
        "ner_evalita2009_test": evaluate_ner_file(nlp, data / TEST_FILES["ner_evalita2009_test"]),
        "syntax_isdt_test": evaluate_syntax_file(nlp, data / TEST_FILES["syntax_isdt_test"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="folder with the public data")
    parser.add_argument("--out", type=Path, default=Path("build/model"), help="working and output folder")
    parser.add_argument("--stages", default="prepare,train,assemble,evaluate",
                        help="comma-separated subset of prepare,train,assemble,evaluate")
    parser.add_argument("--bundle", action="store_true", help="copy the result into the package")
    parser.add_argument("--train-only", default="ner,syntax",
                        help="with the train stage: which stages to (re)train; the others are reused from --out")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"data folder not found: {args.data}", file=sys.stderr)
        return 2
    stages = set(args.stages.split(","))
    args.out.mkdir(parents=True, exist_ok=True)
    corpora = args.out / "corpora"
    timings: dict[str, float] = {}
    started = time.time()
    if "prepare" in stages:
        counts = prepare_corpora(args.data, corpora)
        timings["prepare_s"] = time.time() - started
        print("corpora:", counts, flush=True)
    if "train" in stages:
        t0 = time.time()
        procs = {name: start_stage(name, corpora, args.out) for name in args.train_only.split(",")}
        for name, proc in procs.items():
            if proc.wait() != 0:
                print(f"training stage {name} failed; see {args.out / (name + '.log')}", file=sys.stderr)
                return 1
        timings["train_s"] = time.time() - t0
    final = args.out / "it_comunicati"
    if "assemble" in stages:
        final = assemble(args.out)
    if "evaluate" in stages:
        scores = evaluate(final, args.data)
        scores["timings"] = timings
        (args.out / "scores.json").write_text(json.dumps(scores, indent=2))
        print(format_scores(scores))
    if args.bundle:
        shutil.rmtree(BUNDLED_DIR, ignore_errors=True)
        shutil.copytree(final, BUNDLED_DIR)
        print(f"bundled into {BUNDLED_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
