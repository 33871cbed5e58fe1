"""provenance: atomic claims from news articles, the source chains they rest on, and review.

The public API is re-exported here lazily, so that importing the package (and so running
``provenance --help``) does not pay for SQLAlchemy until a database is needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "provenance.extract",
    "Extraction": "provenance.extract",
    "open_database": "provenance.db.schema",
    "session_scope": "provenance.db.engine",
    "ProvenanceError": "provenance.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    return getattr(import_module(module), name)
