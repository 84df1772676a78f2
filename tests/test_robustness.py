"""Property test: any mix of press-release fragments gives a valid record whose spans index its text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from tests.conftest import assert_offsets

FRAGMENTS = [
    "Roma, 7 marzo 2023 –", "«", "»", "“", "”", "\"", "‘", "’", " – ha detto ", "Mario Rossi", ", presidente di ",
    "Comune di Pisa", "ieri", "oltre 250 persone", "1.234,5", "1'234", "20mila", "-271", "(-14%)", "€ 1.500",
    "CHF 3,2 milioni", "tra il 35 e il 40%", "87-33", "3 a 1", "dal 15 al 20 giugno", "2019-2020", "Legge 104/1992",
    "alle 18", "via Roma 12", "\n\n", "\n", " ", ".", ",", ":", "(", ")", "gli assessori ", " e ", "Anna Neri",
    "(Bilancio)", "Ufficio stampa", "info@comune.pisa.it", "0583 123456", "Natale", "l'anno scorso", "tre anni fa",
    "ROSSI LUCA", "Don ", "dott.ssa ", "sindaco", "Cooperativa Il Faro", "Regione Toscana", "ULSS 6", "ą", "🙂", "\t",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=40), st.sampled_from([None, "2024-03-10"]))
def test_any_fragment_mix_gives_a_valid_record(nlp, parts, published):
    text = "".join(parts)
    record = extract(text, published=published)
    assert record.text == text.replace("\r\n", "\n")
    assert_offsets(record)
    names = [p.name for p in record.people]
    assert len(names) == len(set(names))
