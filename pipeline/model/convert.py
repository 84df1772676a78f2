"""Convert the public Italian NER and treebank files into spaCy ``DocBin`` corpora.

Readers understand three layouts:

* column files (KIND and EVALITA 2009 TSV, WikiNEuRal CoNLL): one token per line, the token in the
  first non-numeric column and an IOB/IO tag in the last column, sentences separated by blank lines;
* CoNLL-U treebanks (UD Italian), read with spaCy's own ``conllu`` converter, multi-word tokens merged
  the way spaCy's Italian models expect them.

Only the labels PER, LOC and ORG are kept; MISC (WikiNEuRal) is dropped to ``O``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

KEPT_LABELS = {"PER", "LOC", "ORG"}


def read_column_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences of ``(token, tag)`` pairs from a whitespace- or tab-separated column file."""
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2:
                continue
            if len(parts) >= 3 and parts[0].isdigit():
                parts = parts[1:]
            token, tag = parts[0], parts[-1]
            if not token:
                continue
            sentence.append((token, tag))
    if sentence:
        yield sentence


def normalize_tags(tags: list[str]) -> list[str]:
    """Turn IO or IOB tags into valid IOB2 restricted to PER/LOC/ORG."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag == "O" or not tag:
            out.append("O")
            previous = "O"
            continue
        prefix, label = tag.split("-", 1) if "-" in tag else ("I", tag)
        if label not in KEPT_LABELS:
            out.append("O")
            previous = "O"
            continue
        if prefix == "B" or previous == "O" or previous.split("-", 1)[1] != label:
            out.append(f"B-{label}")
        else:
            out.append(f"I-{label}")
        previous = out[-1]
    return out


def sentences_to_docs(vocab: Vocab, sentences: Iterable[list[tuple[str, str]]], per_doc: int = 10) -> Iterator[Doc]:
    """Group sentences into documents of ``per_doc`` sentences with gold entities and sentence starts."""
    batch: list[list[tuple[str, str]]] = []

    def build(group: list[list[tuple[str, str]]]) -> Doc:
        words = [tok for sent in group for tok, _ in sent]
        tags = [t for sent in group for t in normalize_tags([tag for _, tag in sent])]
        starts: list[bool] = []
        for sent in group:
            starts.extend([True] + [False] * (len(sent) - 1))
        return Doc(vocab, words=words, ents=tags, sent_starts=starts)

    for sentence in sentences:
        batch.append(sentence)
        if len(batch) == per_doc:
            yield build(batch)
            batch = []
    if batch:
        yield build(batch)


def column_file_to_docs(vocab: Vocab, path: Path, per_doc: int = 10) -> list[Doc]:
    """Read one NER column file into documents."""
    return list(sentences_to_docs(vocab, read_column_sentences(path), per_doc))


def conllu_file_to_docs(path: Path, per_doc: int = 10, vocab: Vocab | None = None) -> list[Doc]:
    """Read a CoNLL-U treebank into documents with tags, morphology, heads, deps and lemmas
    (in ``vocab`` when given, so that a pipeline's scorer can read their strings)."""
    from spacy.training.converters import conllu_to_docs

    text = path.read_text(encoding="utf-8")
    docs = list(conllu_to_docs(text, n_sents=per_doc, merge_subtokens=True, no_print=True))
    if vocab is None:
        return docs
    return list(DocBin(docs=docs, store_user_data=False).get_docs(vocab))


def write_docbin(docs: Iterable[Doc], out: Path, shuffle_seed: int | None = None) -> int:
    """Write documents to ``out`` (optionally shuffled with a fixed seed); return how many."""
    docs = list(docs)
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(docs)
    out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(out)
    return len(docs)
