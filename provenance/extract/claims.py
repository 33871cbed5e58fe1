"""Split a content span into atomic claims: coordinated, participle and relative clauses, lists.

Works on character offsets only; every piece returned is a clean span of the input
(no leading/trailing punctuation, quotes or dangling conjunctions).
"""

from __future__ import annotations

import re

from provenance.extract.cues import WHITESPACE
from provenance.extract.lexicon import words

_C = r",[\"\u201d\u2019']*\s+"
_SPLIT = re.compile(
    # the leading lookahead lets the scan skip ordinary characters (and most spaces) cheaply
    r"(?=[,;\u2014\u2013]|\s+(?:[;\u2014\u2013]|and\s))(?:\s*;\s+"
    rf"|{_C}(?=(?:and|but|while|whereas|yet|although|though|because|since|even\sthough)\s)"
    rf"|{_C}(?=(?:where|which|who|whose|when)\s)"
    rf"|{_C}(?=(?:for|to|with|from|of|in|by|on|at|under|through)\s(?:whom|which)\s)"
    rf"|{_C}(?=(?:including|excluding|compared\swith|compared\sto|unlike)\s)"
    rf"|{_C}(?=[a-z]+ing\s)"
    r"|\s*[\u2014\u2013]\s*(?=including\s|as\swell\sas\s|the\sfirst\s|which\s|who\s)"
    r"|(?<=[a-z])\s*[\u2014\u2013]\s*(?=[a-z]+ing\s)"
    r"|\s*[\u2014\u2013]\s*(?=as\swell\sas\s)"
    r"|\s+(?=and\s(?:has|have|had|is|was|were|are|will|would|could|also|then|later)\s)"
    # a second verb phrase: "denounced the remarks and warned of …", "… and said …"
    r"|\s+(?=and\s(?:[a-z]+ed|said|told|says|wrote|made|took|gave|sent|won|lost)\s)"
    rf"|{_C}(?=however\s|though\s|meanwhile\s))"
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
_EDGE_SET = frozenset(_EDGE_CHARS)
_END_SET = frozenset(_EDGE_CHARS + "!?")
_LEAD = re.compile(
    "(?:["
    + re.escape(_EDGE_CHARS)
    + "]+|(?i:(?:and|but|or|so|yet|while|whereas|although|though) ))+"
)
_SHORT_CONJ = frozenset(words("and but while whereas yet"))
_TRAIL_WORDS = frozenset(["and", "but", "or", "that", "who", "which", "where"])
_FILLER = re.compile(
    r"(?:illustrative|file|archive|stock)\s+(?:photo|image|picture)s?\.?$", re.IGNORECASE
)


def clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past punctuation, quotes and dangling conjunctions at either end."""
    # works on indices, never copying the span: this runs for every claim
    m = _LEAD.match(text, start, end)
    if m is not None:
        start = m.end()
    for _ in range(8):
        while end > start and text[end - 1] in _END_SET:
            end -= 1
        k = text.rfind(" ", max(start, end - 10), end)
        if k >= start and text[k + 1 : end].lower() in _TRAIL_WORDS:
            end = k
            continue
        break
    if end > start:
        # keep the closing quote of a quotation the claim opens: 'was "not unexpected."'
        after = text[end : end + 3]
        if "\u201d" in after and text.count("\u201c", start, end) > text.count(
            "\u201d", start, end
        ):
            end += after.index("\u201d") + 1
        elif '"' in after and text.count('"', start, end) % 2 == 1:
            end += after.index('"') + 1
    return start, max(start, end)


def split_claims(text: str, start: int, end: int, min_words: int = 3) -> list[tuple[int, int]]:
    """Atomic claim spans inside text[start:end]."""
    cuts = [start]
    for m in _SPLIT.finditer(text, start, end):
        me = m.end()
        sp = text.find(" ", me, me + 20)
        first = text[me : sp if sp > 0 else me + 20].lower()
        if first.endswith("ing") and first in _NOT_PARTICIPLE:
            continue
        if first in _SHORT_CONJ and text.count(" ", me, me + 60) < 4:
            continue
        cuts.append(m.start())
        cuts.append(me)
    if len(cuts) == 1:  # nothing to split at: one claim, or none
        a, b = clean(text, start, end)
        if a >= b or (text.count(" ", a, b) < 3 and _FILLER.match(text, a, b)):
            return []
        return [(a, b)]
    cuts.append(end)
    pieces: list[tuple[int, int]] = []
    for i in range(0, len(cuts), 2):
        a, b = clean(text, cuts[i], cuts[i + 1])
        if a >= b:
            continue
        n = text.count(" ", a, b) + 1
        if n <= 3 and _FILLER.match(text, a, b):
            continue
        if n < min_words and pieces:
            # too small to stand alone: merge back into the previous piece
            pieces[-1] = (pieces[-1][0], b)
            continue
        pieces.append((a, b))
    if len(pieces) > 1 and text.count(" ", pieces[0][0], pieces[0][1]) + 1 < min_words:
        pieces[1] = (pieces[0][0], pieces[1][1])
        pieces.pop(0)
    return pieces
