"""End-to-end: the console script over our corpus, errors file, resume, parquet, show, schema."""

import json
import shutil
import subprocess
import sys

import jsonschema
import pytest

from schemas import PressRelease, json_schema
from tests.conftest import CORPUS, assert_offsets


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "records.jsonl"
    proc = cli("extract", str(CORPUS), "-o", str(out))
    return proc, out


def test_extract_corpus_writes_one_valid_record_per_release(corpus_run):
    proc, out = corpus_run
    assert proc.returncode == 0, proc.stderr
    releases = sorted(CORPUS.glob("*.txt"))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(releases) >= 40
    schema = json_schema()
    sources = set()
    for line in lines:
        data = json.loads(line)
        jsonschema.validate(data, schema)
        record = PressRelease.model_validate(data)
        assert_offsets(record)
        sources.add(record.source)
        assert record.text == (CORPUS / record.source.split("/")[-1]).read_text(encoding="utf-8")
    assert f"records {len(releases)}" in proc.stderr


def test_every_release_yields_people_dates_and_figures(corpus_run):
    _, out = corpus_run
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for r in records if r["people"]) >= 0.9 * len(records)
    assert sum(1 for r in records if r["dates"]) >= 0.9 * len(records)
    assert sum(1 for r in records if r["figures"]) >= 0.9 * len(records)
    assert sum(1 for r in records if r["published"]) >= 0.5 * len(records)
    for r in records:  # no person twice in a record, and no mention shared by two people
        names = [p["name"] for p in r["people"]]
        assert len(names) == len(set(names)), r["source"]
        starts = [m["start"] for p in r["people"] for m in p["mentions"]]
        assert len(starts) == len(set(starts)), r["source"]


def test_broken_inputs_go_to_errors_file_and_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(CORPUS.glob("pa_01_*.txt")), src / "buono.txt")
    (src / "vuoto.txt").write_text("   \n", encoding="utf-8")
    (src / "righe.jsonl").write_text('{"text": "Milano, 4 maggio 2024 – Il Comune di Milano apre 3 sportelli."}\n'
                                     '{rotto\n', encoding="utf-8")
    out = tmp_path / "out" / "records.jsonl"
    proc = cli("extract", str(src), "-o", str(out))
    assert proc.returncode == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    errors = [json.loads(x) for x in (tmp_path / "out" / "records.errors.jsonl").read_text().splitlines()]
    assert {e["error_type"] for e in errors} == {"EmptyInput", "JSONDecodeError"}
    assert all(e["source"] and e["message"] for e in errors)
    assert not list((tmp_path / "out").glob(".*partial*"))


def test_resume_skips_done_inputs_and_keeps_records(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    files = sorted(CORPUS.glob("*.txt"))[:3]
    shutil.copy(files[0], src)
    out = tmp_path / "records.jsonl"
    assert cli("extract", str(src), "-o", str(out)).returncode == 0
    first = out.read_text(encoding="utf-8").splitlines()
    for f in files[1:]:
        shutil.copy(f, src)
    proc = cli("extract", str(src), "-o", str(out), "--resume")
    assert proc.returncode == 0, proc.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and lines[0] == first[0]
    assert "+1 kept" in proc.stderr


def test_parquet_output(tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "r.parquet"
    f = next(CORPUS.glob("az_01_*.txt"))
    assert cli("extract", str(f), "-o", str(out)).returncode == 0
    table = pq.read_table(out)
    assert table.num_rows == 1
    record = PressRelease.model_validate_json(table.column("record")[0].as_py())
    assert record.figures


def test_usage_errors_exit_2(tmp_path):
    assert cli("extract", str(tmp_path / "nope"), "-o", str(tmp_path / "r.jsonl")).returncode == 2
    assert cli("extract", str(CORPUS), "-o", str(tmp_path / "r.csv")).returncode == 2
    proc = cli("extract", str(CORPUS), "-o", str(tmp_path / "r.jsonl"), "--model", "it_core_news_zz")
    assert proc.returncode == 2 and "not installed" in proc.stderr


def test_show_and_schema():
    f = next(CORPUS.glob("cu_07_*.txt"))
    proc = cli("show", str(f))
    assert proc.returncode == 0 and "people" in proc.stdout and "figures" in proc.stdout
    proc = cli("schema")
    assert json.loads(proc.stdout)["title"] == "PressRelease"
