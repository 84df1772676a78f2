"""Checks on the evaluation material in ../shared (skipped where it is absent)."""

from pipeline import extract
from tests.conftest import assert_offsets, needs_shared


def test_seed_release_yields_every_field(nlp):
    seed = needs_shared("corpus/seed")
    text = next(seed.glob("*.txt")).read_text(encoding="utf-8")
    r = extract(text)
    assert r.published.date == "2023-03-07" and r.published.place == "Pietrasanta"
    assert {"2023-03-07", "2023-03-06", "2021"} <= {d.value for d in r.dates}
    assert any(f.value == 250 and f.qualifier == "more_than" and f.unit == "persone" for f in r.figures)
    assert any(p.name == "Claudia Fiaschi" and any(x.title.lower() == "presidente" for x in p.roles) for p in r.people)
    assert any("Co&So" in o.name for o in r.organizations)
    assert any(p.name == "Pietrasanta" and p.region == "Toscana" and p.istat_code for p in r.places)
    assert any(q.speaker == "Claudia Fiaschi" for q in r.quotes)
    assert_offsets(r)


def test_eval_ner_command_on_a_slice_of_kind_test_is_above_floor(nlp):
    import re
    import subprocess
    import sys

    path = needs_shared("data/kind/evalita-2023/WN_test.tsv")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "eval-ner", str(path), "--limit", "40"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    f1 = float(re.search(r"F1 (\d\.\d+)", proc.stdout).group(1))
    assert f1 >= 0.6, proc.stdout
