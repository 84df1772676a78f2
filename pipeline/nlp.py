"""The spaCy pipeline: the bundled Italian model (or a named one), our tokenizer rules, our extractors.

This is the only place that decides which model runs.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.extract  # noqa: F401  (registers the extractor components)
from pipeline.extract import COMPONENTS
from pipeline.model.tokenizer_rules import customize_tokenizer

BUNDLED_MODEL = Path(__file__).parent / "model" / "it_comunicati"
OFFICIAL_MODELS = ("it_core_news_sm", "it_core_news_md", "it_core_news_lg")


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def _load_model(model: str | None) -> Language:
    if model in (None, "", "bundled", "it_comunicati"):
        if (BUNDLED_MODEL / "config.cfg").exists():
            return spacy.load(BUNDLED_MODEL)
        warnings.warn("the bundled Italian model is missing from this installation; using a blank Italian "
                      "pipeline without NER (people, places and organizations will be sparse). "
                      "Retrain it with `python -m pipeline.model.train --bundle`.", stacklevel=3)
        nlp = spacy.blank("it")
        nlp.add_pipe("sentencizer")
        return nlp
    try:
        return spacy.load(model)
    except OSError as exc:
        hint = (f"install it with `pip install {model}` from a wheel (e.g. from the spaCy models release page), "
                if model in OFFICIAL_MODELS else "pass an installed package name or the path of a spaCy pipeline folder, ")
        raise ModelNotFoundError(f"spaCy model {model!r} is not installed: {hint}or omit --model to use the bundled "
                                 f"comunicati Italian model.") from exc


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load (once, cached) the spaCy pipeline with comunicati's tokenizer rules and extractors.

    ``model`` is None for the bundled model, or the name/path of an installed spaCy Italian pipeline
    such as ``it_core_news_sm``. Raises :class:`ModelNotFoundError` with an install hint when missing.
    """
    nlp = _load_model(model)
    if nlp.lang != "it":
        raise ModelNotFoundError(f"spaCy model {model!r} is for language {nlp.lang!r}, not Italian")
    customize_tokenizer(nlp)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def model_info(nlp: Language) -> tuple[str, str]:
    """(name, version) of the model behind ``nlp``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'it')}_{meta.get('name', 'unknown')}", str(meta.get("version", "0.0.0"))
