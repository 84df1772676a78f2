"""The library API: extract, extract_many (also with worker processes), published metadata."""

from pipeline import extract, extract_many
from tests.conftest import CORPUS, assert_offsets


def test_extract_many_with_two_processes_equals_one(nlp):
    items = [{"text": p.read_text(encoding="utf-8"), "source": p.name} for p in sorted(CORPUS.glob("*.txt"))[:6]]
    one = [r.model_dump() for r in extract_many(items, n_process=1)]
    two = [r.model_dump() for r in extract_many(items, n_process=2, batch_size=2)]
    assert one == two
    assert [r["source"] for r in two] == [i["source"] for i in items]


def test_published_metadata_in_italian_words_anchors_relative_dates(nlp):
    r = extract("Il consiglio comunale si è riunito ieri per approvare il bilancio.", published="7 marzo 2023")
    assert r.published.source == "metadata" and r.published.date == "2023-03-07"
    assert [(d.text, d.value) for d in r.dates] == [("ieri", "2023-03-06")]
    assert_offsets(r)


def test_without_any_date_relative_values_stay_null_and_a_warning_says_why(nlp):
    r = extract("Il consiglio comunale si è riunito ieri per approvare il bilancio.")
    assert r.published is None
    assert [(d.text, d.value) for d in r.dates] == [("ieri", None)]
    assert any("relative dates" in w for w in r.warnings)


def test_id_is_stable_and_text_is_kept_as_read(nlp):
    text = "Lucca, 2 aprile 2024 –\r\nIl Comune di Lucca ha aperto 3 nuovi sportelli."
    a, b = extract(text), extract(text)
    assert a.id == b.id
    assert a.text == text.replace("\r\n", "\n")
    assert_offsets(a)
