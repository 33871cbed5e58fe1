"""Split a content span into atomic claims: coordinated, participle and relative clauses, lists.

Works on character offsets only; every piece returned is a clean span of the input
(no leading/trailing punctuation, quotes or dangling conjunctions).
"""

from __future__ import annotations

import re

from provenance.extract.attribution import WHITESPACE
from provenance.extract.lexicon import words

_C = r",[\"\u201d\u2019']*\s+"
_SPLIT = re.compile(
    r"\s*;\s+"
    rf"|{_C}(?=(?:and|but|while|whereas|yet|although|though|because|since|even\sthough)\s)"
    rf"|{_C}(?=(?:where|which|who|whose|when)\s)"
    rf"|{_C}(?=(?:for|to|with|from|of|in|by|on|at|under|through)\s(?:whom|which)\s)"
    rf"|{_C}(?=(?:including|excluding|compared\swith|compared\sto|unlike)\s)"
    rf"|{_C}(?=[a-z]+ing\s)"
    r"|\s*[\u2014\u2013]\s*(?=including\s|as\swell\sas\s|the\sfirst\s|which\s|who\s)"
    r"|(?<=[a-z])\s*[\u2014\u2013]\s*(?=[a-z]+ing\s)"
    r"|\s*[\u2014\u2013]\s*(?=as\swell\sas\s)"
    r"|\s+(?=and\s(?:has|have|had|is|was|were|are|will|would|could|also|then|later)\s)"
)
_NOT_PARTICIPLE = frozenset(
    words(
        "during according something nothing anything everything thing things morning evening "
        "king ring spring string bring sing wing building ceiling meeting funding spending "
        "pending ruling hearing housing earnings savings feelings findings warnings during "
        "notwithstanding bombing shooting timing setting"
    )
)
_EDGE_CHARS = WHITESPACE + ",.;:\"'\u201c\u201d\u2018\u2019()[]\u2014\u2013-"
_LEAD_WORDS = frozenset(words("and but or so yet that while whereas although though"))
_TRAIL_WORDS = frozenset(["and", "but", "or", "that", "who", "which", "where"])
_LEAD = re.compile(
    r"^(?:[\s,.;:\"'\u201c\u201d\u2018\u2019()\[\]\u2014\u2013-]|and\s|but\s|or\s|so\s|yet\s"
    r"|that\s|while\s|whereas\s|although\s|though\s)+"
)
_TRAIL = re.compile(
    r"(?:[\s,.;:!?\"'\u201c\u201d\u2018\u2019(\[\u2014\u2013-]|\sand|\sbut|\sor|\sthat|\s"
    r"who|\swhich|\swhere)+$"
)
_WORD = re.compile(r"[^\W_]{2,}")
_FILLER = re.compile(
    r"^(?:illustrative|file|archive|stock)\s+(?:photo|image|picture)s?\.?$", re.IGNORECASE
)


def clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past punctuation, quotes and dangling conjunctions at either end."""
    if start >= end:
        return start, start
    if text[start].isalnum() and text[end - 1].isalnum():
        sp = text.find(" ", start, end)
        if text[start : sp if sp >= 0 else end].lower() not in _LEAD_WORDS:
            k = text.rfind(" ", start, end)
            if text[k + 1 : end].lower() not in _TRAIL_WORDS:
                return start, end
    while start < end:
        seg = text[start:end]
        stripped = seg.lstrip(_EDGE_CHARS)
        start += len(seg) - len(stripped)
        first = stripped.split(None, 1)[0].lower() if stripped else ""
        if first in _LEAD_WORDS and len(stripped) > len(first):
            start += len(first)
            continue
        break
    while end > start:
        seg = text[start:end]
        stripped = seg.rstrip(_EDGE_CHARS + "!?")
        end = start + len(stripped)
        k = stripped.rfind(" ")
        if k >= 0 and stripped[k + 1 :].lower() in _TRAIL_WORDS:
            end = start + k
            continue
        break
    return start, max(start, end)


def _words(text: str) -> int:
    return len(text.split())


def split_claims(text: str, start: int, end: int, min_words: int = 3) -> list[tuple[int, int]]:
    """Atomic claim spans inside text[start:end]."""
    seg = text[start:end]
    if "," not in seg and ";" not in seg and "\u2014" not in seg and "\u2013" not in seg:
        a, b = clean(text, start, end)
        return [(a, b)] if a < b and not _FILLER.match(text[a:b]) else []
    cuts = [start]
    for m in _SPLIT.finditer(text, start, end):
        tail = text[m.end() : m.end() + 20]
        first = tail.split(" ", 1)[0].lower()
        if first.endswith("ing") and first in _NOT_PARTICIPLE:
            continue
        if (
            first in ("and", "but", "while", "whereas", "yet")
            and _words(text[m.end() : m.end() + 60]) < 4
        ):
            continue
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(end)
    pieces: list[tuple[int, int]] = []
    for i in range(0, len(cuts), 2):
        a, b = clean(text, cuts[i], cuts[i + 1])
        if a >= b:
            continue
        n = _words(text[a:b])
        if n <= 3 and _FILLER.match(text[a:b]):
            continue
        if n < min_words and pieces:
            # too small to stand alone: merge back into the previous piece
            pa, _ = pieces[-1]
            pieces[-1] = (pa, b)
            continue
        pieces.append((a, b))
    if len(pieces) > 1 and _words(text[pieces[0][0] : pieces[0][1]]) < min_words:
        pieces[1] = (pieces[0][0], pieces[1][1])
        pieces.pop(0)
    return pieces
