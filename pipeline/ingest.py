"""Reading inputs: files or folders of .txt, .md, .html/.htm and .jsonl, into ``Source`` objects.

Bytes are decoded as UTF-8 (with or without BOM) or, failing that, with the encoding charset-normalizer
detects (cp1252/latin-1 are common for Italian files). HTML is reduced to its main text by trafilatura.
Knows nothing of spaCy. A file that cannot be read yields a ``ReadError`` instead of stopping the walk.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.normalize import normalize_text
from pipeline.published import parse_published

SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}


@dataclass
class Source:
    """One release to process: its text and what we know about it."""

    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date from metadata
    id: str | None = None


@dataclass
class ReadError:
    """An input that could not be turned into a ``Source``."""

    source: str
    error_type: str
    message: str


def decode_bytes(data: bytes) -> str:
    """Decode bytes of unknown encoding (UTF-8, UTF-8 with BOM, cp1252, latin-1, ...)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_16", "mac_roman"]).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page (trafilatura; lxml text as a fallback)."""
    import trafilatura
    from lxml import html as lxml_html

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    if not text:
        tree = lxml_html.fromstring(html)
        for bad in tree.xpath("//script|//style|//nav|//header|//footer"):
            bad.drop_tree()
        text = "\n\n".join(p.strip() for p in tree.text_content().split("\n") if p.strip())
    return text, title


def title_of(text: str) -> str | None:
    """First line as title when a blank line follows it (the usual 'title, blank, body' layout)."""
    lines = text.lstrip("\n").split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) <= 300:
        return re.sub(r"^#+\s*", "", lines[0].strip())
    return None


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read: given files as they are, folders walked recursively (sorted), supported suffixes only."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in f.parts):
                    yield f
        else:
            yield p


def read_file(path: Path, published: str | None = None) -> Iterator[Source | ReadError]:
    """Sources in one file (one for text/HTML, one per line for JSONL); errors as ``ReadError``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), type(exc).__name__, str(exc))
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, decode_bytes(data))
            return
        text = normalize_text(decode_bytes(data))
        title = None
        if suffix in {".html", ".htm"}:
            text, title = html_to_text(text)
            text = normalize_text(text or "")
        if not text.strip():
            yield ReadError(str(path), "EmptyInput", "no text found in the file")
            return
        yield Source(text=text, source=str(path), title=title or title_of(text), published=published)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        yield ReadError(str(path), type(exc).__name__, str(exc))


def _read_jsonl(path: Path, content: str) -> Iterator[Source | ReadError]:
    for number, line in enumerate(normalize_text(content).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
                raise ValueError("each line must be an object with a non-empty string field 'text'")
            text = normalize_text(item["text"])
            yield Source(text=text, source=item.get("source") or where, title=item.get("title") or title_of(text),
                         published=parse_published(item.get("published")), id=item.get("id"))
        except Exception as exc:  # noqa: BLE001
            yield ReadError(where, type(exc).__name__, str(exc))


def read_inputs(paths: Iterable[str | Path], published: str | None = None) -> Iterator[Source | ReadError]:
    """Every source under ``paths`` in a stable order; unreadable ones as ``ReadError``."""
    for f in iter_input_files(paths):
        if not f.exists():
            yield ReadError(str(f), "FileNotFoundError", "no such file or folder")
            continue
        yield from read_file(f, published)
