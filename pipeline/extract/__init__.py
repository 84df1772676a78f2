"""Extractors, registered as spaCy pipeline components that run after NER.

Order: dateline -> dates -> figures -> organizations -> places -> people -> quotes. Each component reads
the Doc (and what earlier ones left on it) and stores plain dicts in its own Doc extension, so Docs
travel between processes (``nlp.pipe(n_process=N)``); ``pipeline.assemble`` validates them into schema
objects. The extractor functions themselves take a Doc and return schema objects.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.dategrammar import find_candidates
from pipeline.extract.dateline import find_published
from pipeline.extract.dates import extract_dates
from pipeline.extract.figures import extract_figures
from pipeline.extract.organizations import add_role_organizations, extract_organizations
from pipeline.extract.people import extract_people
from pipeline.extract.places import drop_mentions_inside_people, extract_places
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.spans import email_and_url_spans, text_of
from schemas import Organization, Person, Published

FIELDS = ("published", "dates", "figures", "organizations", "places", "people", "quotes")
for _name in (*FIELDS, "published_hint"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

COMPONENTS = [f"comunicati_{f}" for f in ("dateline", "dates", "figures", "organizations", "places", "people", "quotes")]


def reference_date(doc: Doc) -> date | None:
    """The date relative expressions resolve against: caller's metadata first, else the dateline."""
    if doc._.published_hint:
        return date.fromisoformat(doc._.published_hint)
    pub = doc._.published
    if pub and pub.get("date"):
        return date.fromisoformat(pub["date"])
    return None


@Language.component("comunicati_dateline")
def dateline_component(doc: Doc) -> Doc:
    hint = date.fromisoformat(doc._.published_hint) if doc._.published_hint else None
    found = find_published(text_of(doc), find_candidates(text_of(doc)), hint)
    if found:
        cand, place, day = found
        doc._.published = Published(text=cand.text, start=cand.start, end=cand.end, date=day.isoformat(),
                                    place=place, source="text").model_dump()
    return doc


@Language.component("comunicati_dates")
def dates_component(doc: Doc) -> Doc:
    blocked = email_and_url_spans(text_of(doc))
    cands = [c for c in find_candidates(text_of(doc)) if not any(s < c.end and c.start < e for s, e in blocked)]
    doc._.dates = [d.model_dump() for d in extract_dates(doc, reference_date(doc), cands)]
    return doc


@Language.component("comunicati_figures")
def figures_component(doc: Doc) -> Doc:
    blocked = [(d["start"], d["end"]) for d in doc._.dates or []] + email_and_url_spans(text_of(doc))
    doc._.figures = [f.model_dump() for f in extract_figures(doc, blocked)]
    return doc


@Language.component("comunicati_organizations")
def organizations_component(doc: Doc) -> Doc:
    persons = {e.text for e in doc.ents if e.label_ == "PER"}
    doc._.organizations = [o.model_dump() for o in extract_organizations(doc, persons)]
    return doc


@Language.component("comunicati_places")
def places_component(doc: Doc) -> Doc:
    persons = {e.text for e in doc.ents if e.label_ == "PER"}
    orgs = {o["name"] for o in doc._.organizations or []}
    teams = {o["name"] for o in doc._.organizations or [] if o["kind"] == "sports_club"}
    mentions = [m for o in doc._.organizations or [] for m in o["mentions"]]
    pub = doc._.published or {}
    dateline = None
    if pub.get("place"):
        at = text_of(doc).find(pub["place"], 0, (pub.get("start") or 0) + 1)
        dateline = (pub["place"], at) if at != -1 else None
    doc._.places = [p.model_dump() for p in extract_places(doc, persons, orgs, teams, mentions, dateline)]
    return doc


@Language.component("comunicati_people")
def people_component(doc: Doc) -> Doc:
    orgs = {o["name"] for o in doc._.organizations or []} | {a for o in doc._.organizations or [] for a in o["aliases"]}
    places = {p["name"] for p in doc._.places or []}
    doc._.people = [p.model_dump() for p in extract_people(doc, orgs, places)]
    # People are read last among the entities, so they settle what the earlier components could not know.
    doc._.places = drop_mentions_inside_people(doc._.places or [], doc._.people)
    doc._.organizations = add_role_organizations(text_of(doc), doc._.organizations or [], doc._.places, doc._.people)
    return doc


@Language.component("comunicati_quotes")
def quotes_component(doc: Doc) -> Doc:
    people = [Person.model_validate(p) for p in doc._.people or []]
    orgs = [Organization.model_validate(o) for o in doc._.organizations or []]
    doc._.quotes = [q.model_dump() for q in extract_quotes(doc, people, orgs)]
    return doc
