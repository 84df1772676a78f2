"""The excerpt shown in the README is what the pipeline really returns."""

from pipeline import extract
from tests.conftest import assert_offsets

TEXT = """Nuovi alloggi per studenti a Pisa

Pisa, 4 settembre 2024 – L’Università di Pisa e il Comune di Pisa hanno firmato ieri un accordo da 3,5 milioni di euro per 120 nuovi posti letto. «È un passo concreto per chi sceglie di studiare qui – ha dichiarato il sindaco di Pisa Marco Bianchi – e lo abbiamo fatto in tempi record»."""


def test_readme_excerpt(nlp):
    r = extract(TEXT)
    assert (r.published.date, r.published.place, r.published.start, r.published.end) == ("2024-09-04", "Pisa", 41, 57)
    assert [(d.text, d.value) for d in r.dates] == [("4 settembre 2024", "2024-09-04"), ("ieri", "2024-09-03")]
    assert [(p.name, p.kind, p.istat_code, p.region) for p in r.places] == [("Pisa", "city", "050026", "Toscana")]
    assert [(p.name, [(x.title, x.organization) for x in p.roles]) for p in r.people] == [("Marco Bianchi", [("sindaco", "Pisa")])]
    assert [(o.name, o.kind) for o in r.organizations] == [("Università di Pisa", "university"), ("Comune di Pisa", "public_body")]
    assert [(f.value, f.unit, f.kind) for f in r.figures] == [(3500000, "EUR", "money"), (120, "posti letto", "count")]
    assert r.quotes[0].text == "È un passo concreto per chi sceglie di studiare qui"
    assert {q.speaker for q in r.quotes} == {"Marco Bianchi"} and r.quotes[0].cue == "ha dichiarato"
    assert_offsets(r)
