"""Every gold file of our corpus follows the format of shared/eval/GUIDELINES.md and quotes its text."""

import json

import pytest

from tests.conftest import CORPUS

GOLD = sorted((CORPUS / "gold").glob("*.gold.json"))
KEYS = {"doc", "published", "dates", "places", "people", "organizations", "figures", "quotes"}


def test_manifest_covers_every_release_with_a_split():
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    docs = {m["doc"] for m in manifest}
    assert docs == {p.name for p in CORPUS.glob("*.txt")}
    assert {m["split"] for m in manifest} == {"dev", "test"}
    assert len(GOLD) == len(docs) >= 40


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_gold_file(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) == KEYS
    text = (CORPUS / gold["doc"]).read_text(encoding="utf-8")
    assert 150 <= len(text.split()) <= 900

    def occurs(s):
        assert s is None or s in text, s

    for d in gold["dates"]:
        assert set(d) == {"text", "value", "end"}
        occurs(d["text"])
    for p in gold["places"]:
        assert p["kind"] in {"city", "province", "region", "country", "venue", "other"}
        occurs(p["name"])
    for p in gold["people"]:
        occurs(p["name"])
        for r in p["roles"]:
            assert set(r) == {"role", "organization"}
            occurs(r["role"])
            occurs(r["organization"])
    for o in gold["organizations"]:
        occurs(o["name"])
        for a in o["aliases"]:
            occurs(a)
    for f in gold["figures"]:
        assert f["kind"] in {"count", "money", "percent", "measure", "score", "other"}
        assert f["qualifier"] in {None, "more_than", "less_than", "about", "at_least", "at_most"}
        assert isinstance(f["value"], (int, float))
        occurs(f["text"])
    for q in gold["quotes"]:
        occurs(q["text"])
        assert len(q["text"].split()) >= 4
