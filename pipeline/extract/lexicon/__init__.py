"""Language data of the extractors, kept apart from the logic: JSON files loaded once."""

import json
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent


@cache
def load(name: str) -> dict:
    """Load ``<name>.json`` from the lexicon folder (cached)."""
    return json.loads((LEXICON_DIR / f"{name}.json").read_text(encoding="utf-8"))


def alternation(words) -> str:
    """A regex alternation of ``words`` written as a prefix tree ("sindac(?:o|a)…"), so that matching tries
    each character once instead of every word in turn; longer words still win over their prefixes."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [_escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(trie) + ")"


def _escape(ch: str) -> str:
    return r"\s+" if ch == " " else __import__("re").escape(ch)
