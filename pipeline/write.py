"""Writers: JSONL and Parquet outputs plus the errors file, written atomically, resumable."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from schemas import PressRelease


def errors_path(out: Path) -> Path:
    """``records.jsonl`` -> ``records.errors.jsonl`` beside it."""
    return out.with_name(f"{out.stem}.errors.jsonl")


def existing_ids(out: Path) -> set[str]:
    """Ids of the records already in ``out`` (for ``--resume``); empty when it does not exist."""
    if not out.exists():
        return set()
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        return set(pq.read_table(out, columns=["id"]).column("id").to_pylist())
    ids = set()
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError):
                    continue
    return ids


def read_records(out: Path) -> list[dict]:
    """Records already written to ``out`` (JSONL or Parquet) as dicts."""
    if not out.exists():
        return []
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        return [json.loads(r) for r in pq.read_table(out, columns=["record"]).column("record").to_pylist()]
    with open(out, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class RecordWriter:
    """Collects records and errors; ``close()`` writes OUT and its errors file atomically.

    With ``resume`` the records already in OUT are kept and written again with the new ones.
    Records are also appended to a ``.partial`` file as they come, so an interrupted run loses nothing:
    the next ``--resume`` run picks them up.
    """

    def __init__(self, out: Path, resume: bool = False):
        self.out = Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.partial = self.out.with_name(f".{self.out.name}.partial.jsonl")
        self.records: list[dict] = read_records(self.out) if resume else []
        if resume and self.partial.exists():
            with open(self.partial, encoding="utf-8") as fh:
                seen = {r["id"] for r in self.records}
                for line in fh:
                    try:
                        r = json.loads(line)
                    except ValueError:
                        continue
                    if r["id"] not in seen:
                        self.records.append(r)
                        seen.add(r["id"])
        self.errors: list[dict] = []
        self._partial_fh = open(self.partial, "w", encoding="utf-8")
        for r in self.records:
            self._partial_fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    @property
    def ids(self) -> set[str]:
        return {r["id"] for r in self.records}

    def add(self, record: PressRelease) -> None:
        data = record.model_dump(mode="json")
        self.records.append(data)
        self._partial_fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        self._partial_fh.flush()

    def add_error(self, source: str, error_type: str, message: str) -> None:
        self.errors.append({"source": source, "error_type": error_type, "message": message})

    def close(self) -> None:
        self._partial_fh.close()
        if self.out.suffix == ".parquet":
            _atomic_write(self.out, self._write_parquet)
        else:
            _atomic_write(self.out, self._write_jsonl)
        err = errors_path(self.out)
        if self.errors:
            _atomic_write(err, lambda p: p.write_text(
                "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.errors), encoding="utf-8"))
        elif err.exists():
            err.unlink()
        self.partial.unlink(missing_ok=True)

    def _write_jsonl(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records)

    def _write_parquet(self, path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({
            "id": [r["id"] for r in self.records],
            "source": [r.get("source") for r in self.records],
            "title": [r.get("title") for r in self.records],
            "published": [(r.get("published") or {}).get("date") for r in self.records],
            "text": [r["text"] for r in self.records],
            "record": [json.dumps(r, ensure_ascii=False) for r in self.records],
        })
        pq.write_table(table, path)
