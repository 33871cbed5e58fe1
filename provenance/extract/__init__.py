"""Claim extraction: article text -> sentences, atomic claims and their source chains.

Pure and deterministic: no database, no I/O. ``extract(text)`` is the entry point.
"""

from provenance.extract.pipeline import extract
from provenance.extract.types import (
    SENTENCE_KINDS,
    SOURCE_KINDS,
    Claim,
    Extraction,
    Hop,
    Sentence,
    SentenceKind,
    SourceKind,
)

__all__ = [
    "SENTENCE_KINDS",
    "SOURCE_KINDS",
    "Claim",
    "Extraction",
    "Hop",
    "Sentence",
    "SentenceKind",
    "SourceKind",
    "extract",
]
