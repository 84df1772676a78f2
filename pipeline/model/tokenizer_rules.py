"""Tokenizer rules for press-release typography, applied to the bundled and to any official model.

Elisions split after the apostrophe, straight or typographic ("dell’evento" -> "dell’" "evento", spaCy's
Italian rule); «» “” split off;
"Co&So", e-mail addresses, URLs, "1.234,5", "1'234", "20mila" and "-271" stay whole or split sanely.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

_EXTRA_PREFIXES = [r"«", r"“", r"„", r"‘", r"[-–—](?=\d)"]
_EXTRA_SUFFIXES = [r"»", r"”", r"(?<=[a-zà-ù])[-–—]"]


def customize_tokenizer(nlp: Language) -> None:
    """Add our prefix/suffix/infix rules to ``nlp.tokenizer`` (idempotent)."""
    tok = nlp.tokenizer
    if getattr(tok, "_comunicati_rules", False):
        return
    prefixes = list(nlp.Defaults.prefixes) + [p for p in _EXTRA_PREFIXES if p not in nlp.Defaults.prefixes]
    suffixes = list(nlp.Defaults.suffixes) + _EXTRA_SUFFIXES
    infixes = list(nlp.Defaults.infixes)
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    try:
        tok._comunicati_rules = True
    except AttributeError:
        pass
