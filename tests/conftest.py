"""Shared fixtures: the real pipeline with the bundled model, paths to our corpus and to ../shared."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load_nlp

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the bundled model must be there: no silent fallback in tests
        return load_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Run the whole pipeline on a text: ``run(text, published=None)`` -> PressRelease."""
    from pipeline import extract

    return lambda text, published=None: extract(text, published=published)


def needs_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"../shared/{sub} is not available (evaluation material outside the repository)")
    return path


def assert_offsets(record) -> None:
    for span in record.iter_spans():
        assert record.text[span.start:span.end] == span.text, span
