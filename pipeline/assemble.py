"""Doc + metadata -> a validated ``schemas.PressRelease``."""

from __future__ import annotations

import hashlib

from spacy.language import Language
from spacy.tokens import Doc

import pipeline
from pipeline.nlp import model_info
from schemas import Meta, PressRelease, Published


def text_id(text: str) -> str:
    """Stable id of a release: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def assemble(doc: Doc, nlp: Language, *, source: str | None = None, title: str | None = None,
             published: str | None = None, id: str | None = None) -> PressRelease:
    """Build the record from a processed Doc; ``published`` is the caller's metadata date, if any."""
    warnings: list[str] = []
    pub = Published.model_validate(doc._.published) if doc._.published else None
    if published:
        if pub is not None and pub.date and pub.date != published:
            warnings.append(f"metadata date {published} differs from the dateline date {pub.date}")
        if pub is None:
            pub = Published(date=published, source="metadata")
    if pub is None:
        warnings.append("no publication date found: relative dates are left unresolved")
    name, version = model_info(nlp)
    if not any(e for e in doc.ents) and "ner" not in nlp.pipe_names:
        warnings.append("the model has no NER: people, places and organizations come from rules only")
    return PressRelease(
        id=id or text_id(doc.text),
        source=source,
        title=title,
        text=doc.text,
        published=pub,
        dates=doc._.dates or [],
        places=doc._.places or [],
        people=doc._.people or [],
        organizations=doc._.organizations or [],
        figures=doc._.figures or [],
        quotes=doc._.quotes or [],
        warnings=warnings,
        meta=Meta(pipeline_version=pipeline.__version__, model_name=name, model_version=version),
    )
