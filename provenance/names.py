"""Source names as people type them, normalised so that spellings of one name compare equal."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " "})
_SPACE = re.compile(r"\s+")
_EDGE = " \t\n.,;:!?\"'()[]"


def alias_key(name: str) -> str:
    """The normalised form stored in source_alias: "The Moscow Times" -> "moscow times"."""
    key = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    key = _SPACE.sub(" ", key).strip(_EDGE)
    if key.startswith("the "):
        key = key[4:]
    return key.strip(_EDGE)
