"""Text normalization applied before anything else; every offset indexes the text after this step.

Only two things change: a leading byte-order mark is removed, and line endings become ``\\n``
(CRLF and lone CR). Nothing else is touched: accents, apostrophes, quotes and spacing stay as written.
"""

from __future__ import annotations


def normalize_text(text: str) -> str:
    """Strip a leading BOM and normalize line endings to ``\\n``."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")
