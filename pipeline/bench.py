"""Benchmark: ``python -m pipeline.bench [FOLDER ...] [--repeat N]`` prints speed, memory and size numbers.

Measured on one process (one core): model load time, words/s of the spaCy model alone, of the full pipeline
(model + extractors), the share each extractor adds, peak memory, and the bundled model's size on disk.
Defaults to the bundled ``corpus/``.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from pipeline.ingest import Source, read_inputs


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(Path(__file__).resolve().parent.parent / "corpus")])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the texts (best one is reported)")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    import spacy

    from pipeline.extract import COMPONENTS
    from pipeline.nlp import BUNDLED_MODEL, load_nlp

    texts = [s.text for s in read_inputs(args.inputs) if isinstance(s, Source)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    if args.model is None:
        spacy.load(BUNDLED_MODEL)
    load_s = time.perf_counter() - t0
    nlp = load_nlp(args.model)

    def best_time(disable: list[str]) -> float:
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            with nlp.select_pipes(disable=disable):
                for _doc in nlp.pipe(texts, batch_size=16):
                    pass
            best = min(best, time.perf_counter() - start)
        return best

    model_only = best_time(COMPONENTS)
    full = best_time([])
    dates_figures = best_time([c for c in COMPONENTS if c not in {"comunicati_dateline", "comunicati_dates", "comunicati_figures"}])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents            {len(texts)}  ({words} words)")
    print(f"model load           {load_s:.2f} s  (target <= 3 s)")
    print(f"spaCy model only     {words / model_only:,.0f} words/s")
    print(f"full pipeline        {words / full:,.0f} words/s  (target >= 5,000)  {len(texts) / full:.1f} docs/s")
    print(f"dates+figures adds   {100 * (dates_figures - model_only) / model_only:.1f} % of the model time  (target <= 15 %)")
    print(f"all extractors add   {100 * (full - model_only) / model_only:.1f} % of the model time")
    print(f"peak memory          {peak_mb:.0f} MB")
    if args.model is None:
        print(f"bundled model size   {_dir_size(BUNDLED_MODEL) / 2**20:.1f} MB  (target <= 40 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
