import json

from pipeline.ingest import ReadError, Source, decode_bytes, read_inputs, title_of
from pipeline.normalize import normalize_text

TEXT = "Perché l’università è già più forte\n\nCittà di Forlì, 5 maggio 2022 – Caffè."


def test_decodes_utf8_bom_cp1252_and_latin1():
    assert decode_bytes(TEXT.encode("utf-8-sig")) == TEXT
    cp = "Perché l'università è già più forte: città di Forlì, caffè e perché no."
    assert decode_bytes(cp.encode("cp1252")) == cp
    assert decode_bytes(cp.encode("latin-1")) == cp


def test_normalize_crlf_and_bom_only():
    assert normalize_text("\ufeffa\r\nb\rc  d’e") == "a\nb\nc  d’e"


def test_reads_txt_md_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.replace("\n", "\r\n").encode("cp1252", errors="ignore"))
    (tmp_path / "b.md").write_text("# Titolo\n\nTesto del comunicato.", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><head><title>Bando</title><script>var x=1;</script></head><body><nav>menu</nav><article>"
        "<h1>Bando per le imprese</h1><p>Milano, 2 febbraio 2024 – La Regione Lombardia ha aperto un bando da "
        "5 milioni di euro per le piccole imprese del territorio lombardo.</p><p>Le domande entro il 30 marzo."
        "</p></article></body></html>", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"text": "Primo comunicato.", "published": "2024-01-02", "id": "x1"}) + "\n"
        + "{not json\n" + json.dumps({"title": "senza testo"}) + "\n", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    sources = [i for i in items if isinstance(i, Source)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(sources) == 4 and len(errors) == 2
    txt = sources[0]
    assert "\r" not in txt.text and txt.title.startswith("Perch")
    assert sources[1].title == "Titolo"
    html = sources[2]
    assert "5 milioni di euro" in html.text and "var x" not in html.text
    assert sources[3].published == "2024-01-02" and sources[3].id == "x1"
    assert {e.source.rsplit(":", 1)[1] for e in errors} == {"2", "3"}


def test_title_only_when_followed_by_blank_line():
    assert title_of("Titolo\n\nCorpo") == "Titolo"
    assert title_of("Una riga\ncontinua") is None
