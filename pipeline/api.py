"""The library API: ``extract`` one text, ``extract_many`` a stream of texts or dicts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from pipeline.assemble import assemble
from pipeline.ingest import title_of
from pipeline.nlp import load_nlp
from pipeline.normalize import normalize_text
from pipeline.published import parse_published
from schemas import PressRelease


def _prepare(nlp, item: str | dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    if isinstance(item, str):
        item = {"text": item}
    text = normalize_text(item["text"])
    published = parse_published(item.get("published"))
    doc = nlp.make_doc(text)
    doc._.published_hint = published
    context = {"source": item.get("source"), "title": item.get("title") or title_of(text),
               "published": published, "id": item.get("id")}
    return doc, context


def extract(text: str, *, published: str | date | None = None, source: str | None = None,
            model: str | None = None) -> PressRelease:
    """Extract the structured record of one Italian press release.

    ``published`` (ISO date, ``date`` or Italian date text) anchors relative dates ("ieri").
    """
    nlp = load_nlp(model)
    doc, context = _prepare(nlp, {"text": text, "published": published, "source": source})
    return assemble(nlp(doc), nlp, **context)


def extract_many(items: Iterable[str | dict[str, Any]], *, n_process: int = 1, batch_size: int = 16,
                 model: str | None = None) -> Iterator[PressRelease]:
    """Records for a stream of texts or dicts (``text``, optional ``published``, ``source``, ``title``, ``id``),
    in input order, through ``nlp.pipe`` (``n_process`` > 1 uses worker processes)."""
    nlp = load_nlp(model)
    contexts: list[dict[str, Any]] = []

    def docs():
        for item in items:
            doc, context = _prepare(nlp, item)
            contexts.append(context)
            yield doc

    for i, doc in enumerate(nlp.pipe(docs(), n_process=n_process, batch_size=batch_size)):
        yield assemble(doc, nlp, **contexts[i])
