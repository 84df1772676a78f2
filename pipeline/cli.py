"""The ``comunicati`` command line: thin, it parses arguments and calls the library."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Italian press releases -> structured records.")
err = Console(stderr=True)
out = Console()


def _fail_usage(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="files or folders (.txt .md .html .htm .jsonl)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="output .jsonl (default) or .parquet")] = Path("records.jsonl"),
    n_process: Annotated[int, typer.Option("--n-process", help="worker processes")] = 1,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path (default: bundled)")] = None,
    published: Annotated[str | None, typer.Option("--published", help="publication date for the inputs (YYYY-MM-DD)")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="skip inputs whose id is already in OUTPUT")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size")] = 16,
) -> None:
    """Extract records from INPUTS into OUTPUT; failures go to OUTPUT's .errors.jsonl."""
    from pipeline.api import extract_many
    from pipeline.assemble import text_id
    from pipeline.ingest import ReadError, read_inputs
    from pipeline.nlp import ModelNotFoundError, load_nlp
    from pipeline.published import parse_published
    from pipeline.write import RecordWriter, errors_path

    if output.suffix not in {".jsonl", ".parquet"}:
        _fail_usage("the output must end in .jsonl or .parquet")
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        _fail_usage(f"input not found: {', '.join(missing)}")
    try:
        published_iso = parse_published(published)
    except ValueError as exc:
        _fail_usage(str(exc))
    try:
        load_nlp(model)
    except ModelNotFoundError as exc:
        _fail_usage(str(exc))
    started = time.time()
    writer = RecordWriter(output, resume=resume)
    done_ids = writer.ids if resume else set()
    sources, skipped = [], 0
    for item in read_inputs(inputs, published_iso):
        if isinstance(item, ReadError):
            writer.add_error(item.source, item.error_type, item.message)
        elif resume and (item.id or text_id(item.text)) in done_ids:
            skipped += 1
        else:
            sources.append(item)
    n_ok = 0
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal and len(sources) < 2) as progress:
        task = progress.add_task("extract", total=len(sources))
        chunk = max(1, batch_size) * max(1, n_process)
        for i in range(0, len(sources), chunk):
            batch = sources[i:i + chunk]
            items = [{"text": s.text, "published": s.published, "source": s.source, "title": s.title, "id": s.id}
                     for s in batch]
            try:
                records = list(extract_many(items, n_process=n_process, batch_size=batch_size, model=model))
            except Exception:  # noqa: BLE001 - retry one by one to isolate the failing input
                records = None
            for j, src in enumerate(batch):
                try:
                    record = records[j] if records is not None else next(extract_many([items[j]], model=model))
                    writer.add(record)
                    n_ok += 1
                except Exception as exc:  # noqa: BLE001 - a failing input never stops the batch
                    writer.add_error(src.source or "?", type(exc).__name__, str(exc))
                progress.advance(task)
    writer.close()
    seconds = time.time() - started
    words = sum(len(s.text.split()) for s in sources)
    n_fail = len(writer.errors)
    err.print(f"documents {len(sources) + skipped + n_fail}  records {n_ok} (+{skipped} kept from earlier run)  "
              f"failures {n_fail}  {seconds:.1f} s  {len(sources) / seconds if seconds else 0:.1f} docs/s  "
              f"{words / seconds if seconds else 0:.0f} words/s -> {output}")
    if n_fail:
        err.print(f"[yellow]{n_fail} input(s) failed; see {errors_path(output)}[/yellow]")
        raise typer.Exit(1)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="a release (.txt/.md/.html) or a records .jsonl line source")],
    published: Annotated[str | None, typer.Option("--published")] = None,
    model: Annotated[str | None, typer.Option("--model")] = None,
) -> None:
    """Print one release's extraction readably."""
    from pipeline.api import extract as run
    from pipeline.ingest import ReadError, read_file

    if not file.exists():
        _fail_usage(f"no such file: {file}")
    item = next(read_file(file), None)
    if item is None or isinstance(item, ReadError):
        _fail_usage(item.message if item else "nothing to read")
    r = run(item.text, published=published or item.published, source=str(file), model=model)
    out.rule(r.title or str(file))
    pub = r.published
    out.print(f"[bold]published[/bold] {pub.date if pub else '-'}  place {pub.place if pub else '-'}  id {r.id}")

    def table(title: str, cols: list[str], rows: list[list]) -> None:
        t = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold")
        for row in rows:
            t.add_row(*["" if v is None else str(v) for v in row])
        out.print(t)

    table("people", ["name", "roles", "mentions"], [[p.name, "; ".join(
        f"{x.title}{' — ' + x.organization if x.organization else ''}" for x in p.roles), len(p.mentions)] for p in r.people])
    table("organizations", ["name", "kind", "aliases"], [[o.name, o.kind, ", ".join(o.aliases)] for o in r.organizations])
    table("places", ["name", "kind", "province", "region", "country", "istat"],
          [[p.name, p.kind, p.province, p.region, p.country, p.istat_code] for p in r.places])
    table("dates", ["text", "value", "end", "relative"], [[d.text, d.value, d.end_value, d.relative] for d in r.dates])
    table("figures", ["text", "value", "unit", "kind", "qualifier"],
          [[f.text, f.value, f.unit, f.kind, f.qualifier] for f in r.figures])
    table("quotes", ["quote", "speaker", "cue"], [[q.text[:160], q.speaker, q.cue] for q in r.quotes])
    for w in r.warnings:
        out.print(f"[yellow]warning:[/yellow] {w}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from schemas import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="folder of *.gold.json files")],
    texts: Annotated[Path | None, typer.Option("--texts", help="root the gold 'doc' paths are relative to")] = None,
    split: Annotated[str, typer.Option("--split", help="dev, test or all (from the corpus manifest)")] = "all",
    json_out: Annotated[Path | None, typer.Option("--json", help="write the full result as JSON")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", help="list every miss and false positive")] = False,
    model: Annotated[str | None, typer.Option("--model")] = None,
) -> None:
    """Score the pipeline against gold annotations (precision, recall, F1 per field)."""
    from pipeline.evaluate import evaluate, format_report

    if not gold_dir.is_dir():
        _fail_usage(f"no such folder: {gold_dir}")
    result = evaluate(gold_dir, texts, split=split, model=model)
    for line in format_report(result):
        out.print(line, highlight=False, soft_wrap=True)
    if verbose:
        for field_name, errs in result["errors"].items():
            if field_name in {"speakers", "figure_units"}:
                for e in errs:
                    out.print(f"[magenta]{field_name[:-1]}[/magenta] {e}", highlight=False, soft_wrap=True)
                continue
            for e in errs["misses"]:
                out.print(f"[red]miss[/red] {field_name:13s} {e}", highlight=False, soft_wrap=True)
            for e in errs["false_positives"]:
                out.print(f"[yellow]fp  [/yellow] {field_name:13s} {e}", highlight=False, soft_wrap=True)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")


@app.command("eval-ner")
def eval_ner(
    file: Annotated[Path, typer.Argument(help="NER file: CoNLL/TSV, one token and tag per line")],
    limit: Annotated[int | None, typer.Option("--limit", help="only the first N documents of 10 sentences")] = None,
    model: Annotated[str | None, typer.Option("--model")] = None,
) -> None:
    """Entity-level P/R/F1 of the model on a CoNLL/TSV NER file (same code as model training)."""
    from pipeline.model.scoring import evaluate_ner_file, format_scores
    from pipeline.nlp import load_nlp

    if not file.exists():
        _fail_usage(f"no such file: {file}")
    scores = evaluate_ner_file(load_nlp(model), file, limit=limit)
    out.print(format_scores({file.name: scores}), highlight=False, soft_wrap=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
