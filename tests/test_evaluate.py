"""The evaluation harness on our own gold set: it runs, and the pipeline stays above floors."""

from pipeline.evaluate import FIELDS, evaluate, names_match
from tests.conftest import CORPUS


def test_name_matching_is_lenient_on_forms():
    assert names_match("Simone Giuli", "Don Simone Giuli")
    assert names_match("L’Aquila", "l'aquila")
    assert not names_match("Mario Rossi", "Maria Rossi")


def test_eval_on_dev_split_reports_every_field_above_floor(nlp):
    result = evaluate(CORPUS / "gold", split="dev")
    assert result["documents"] >= 20
    assert set(result["fields"]) == set(FIELDS)
    f1 = {k: v["f1"] for k, v in result["fields"].items()}
    # Floors well under today's numbers: a regression shows up here, not a target.
    assert f1["dates"] >= 0.85 and f1["figures"] >= 0.85 and f1["published"] >= 0.9
    assert f1["people"] >= 0.6 and f1["places"] >= 0.6 and f1["quotes"] >= 0.7
    assert result["errors"]["dates"]["misses"] is not None
