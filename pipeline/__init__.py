"""comunicati: Italian press releases in, validated structured records out.

    from pipeline import extract
    record = extract(text, published="2023-03-07")
"""

__version__ = "0.1.0"

from pipeline.api import extract, extract_many
from pipeline.nlp import ModelNotFoundError, load_nlp

__all__ = ["ModelNotFoundError", "__version__", "extract", "extract_many", "load_nlp"]
