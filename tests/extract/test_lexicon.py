"""The prefix-tree alternation used for every word list matches exactly what a plain alternation would."""

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.lexicon import alternation, load


def _plain(words):
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@given(st.lists(st.text(alphabet="abcà' .", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abcà' .x", max_size=40))
def test_alternation_matches_like_a_plain_alternation(words, text):
    words = [w for w in words if w.strip() == w and "  " not in w] or ["a"]
    trie = re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])")
    plain = re.compile(rf"(?<![\w])(?:{_plain(words)})(?![\w])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alternation_prefers_the_longest_title():
    titles = load("roles")["titles"]
    pattern = re.compile(rf"(?:{alternation(titles)})", re.IGNORECASE)
    assert pattern.match("amministratore delegato di Alfa").group(0) == "amministratore delegato"
    assert pattern.match("vice  sindaco").group(0) == "vice  sindaco"
    assert pattern.match("sindacato").group(0) == "sindaca"  # a prefix: word boundaries are the caller's job
