"""Split a content span into atomic claims: coordinated, participle and relative clauses, lists.

Works on character offsets only; every piece returned is a clean span of the input
(no leading/trailing punctuation, quotes or dangling conjunctions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from provenance.extract.cues import WHITESPACE
from provenance.extract.lexicon import words

# Split points. Each begins with a comma, a semicolon, a dash or a space; the pattern
# starts with that character class, so the scan jumps over every other character, and
# tells the cases apart by looking back at the character it took.
# after a comma (and closing quotes): a conjunction, a relative, a participle, a contrast
_AFTER_COMMA = (
    r"(?:and|but|while|whereas|yet|although|though|because|since|even\sthough)\s"
    r"|(?:where|which|who|whose|when)\s"
    r"|(?:for|to|with|from|of|in|by|on|at|under|through)\s(?:whom|which)\s"
    r"|(?:including|excluding|compared\swith|compared\sto|unlike)\s"
    r"|[a-z]+ing\s"
    r"|however\s|though\s|meanwhile\s"
)
_AFTER_DASH = (
    r"including\s|as\swell\sas\s|the\sfirst\s|which\s|who\s"
    r"|(?:and|but)\s(?:they|it|he|she|we|there|the|its|their)\s"
)
# "and has …"; a second verb phrase: "denounced the remarks and warned of …", "… and said …"
_AND_VP = (
    r"and\s(?:(?:has|have|had|is|was|were|are|will|would|could|also|then|later|that)\s"
    r"|(?:[a-z]+ed|said|told|says|wrote|made|took|gave|sent|won|lost)\s)"
)
_SPLIT = re.compile(
    r"[,;\s\u2014\u2013]"
    # spaces first (the most frequent): only before a semicolon, a dash or "and"
    r"(?:(?<=\s)(?=\s*(?:[;\u2014\u2013]|and\s))"
    rf"(?:\s*;\s+|\s*[\u2014\u2013]\s*(?={_AFTER_DASH})"
    r"|(?<=[a-z]\s)\s*[\u2014\u2013]\s*(?=[a-z]+ing\s)"
    rf"|\s*(?={_AND_VP}))"
    rf"|(?<=,)[\"\u201d\u2019']*\s+(?={_AFTER_COMMA})"
    r"|(?<=;)\s+"
    rf"|(?<=[\u2014\u2013])\s*(?={_AFTER_DASH})"
    r"|(?<=[a-z][\u2014\u2013])\s*(?=[a-z]+ing\s))"
)
# the comma cases alone, for a span with no semicolon, dash or "and" (its literal first
# character makes this scan faster still)
_SPLIT_COMMA = re.compile(rf",[\"\u201d\u2019']*\s+(?={_AFTER_COMMA})")
# _SPLIT for a span with no semicolon or dash: a comma case or a space before "and" (the
# cases that need neither), with fewer branches to try at every space
_SPLIT_AND = re.compile(
    rf"[,\s](?:(?<=\s)\s*(?={_AND_VP})|(?<=,)[\"\u201d\u2019']*\s+(?={_AFTER_COMMA}))"
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
_LEAD_WORDS = words("and but or so yet while whereas although though")
# "… and that no deal was certain": the second of two reported clauses starts at its subject
_LEAD = re.compile(
    "(?:[" + re.escape(_EDGE_CHARS) + "]+|(?i:(?:and that|" + "|".join(_LEAD_WORDS) + ") ))+"
)
# ASCII characters that can start a _LEAD match; a span starting with any other ASCII
# character (most do: a letter or digit) has nothing to strip and skips the pattern
_LEAD_ASCII = frozenset(
    c for c in map(chr, range(128)) for w in _LEAD_WORDS if _LEAD.match(c + w[1:] + " ")
)
_SHORT_CONJ = frozenset(words("and but while whereas yet"))
# "The launches came as [the ministry said …]": a claim ends before its subordinator
_TRAIL_WORDS = frozenset(["and", "but", "or", "that", "who", "which", "where", "as"])
# last letters of the _TRAIL_WORDS, either case: lower() maps no other character to them
_TRAIL_LAST = frozenset(w[-1] for w in _TRAIL_WORDS) | {w[-1].upper() for w in _TRAIL_WORDS}
_END_OR_TRAIL = _END_SET | _TRAIL_LAST
# a quotation or sentence closing right after a word: '…not showing that,"'
_QUOTE_ENDS = re.compile(r"[,.!?]?[\"\u201d']|[.!?]\s*$")
_FILLER = re.compile(
    r"(?:illustrative|file|archive|stock)\s+(?:photo|image|picture)s?\.?$", re.IGNORECASE
)


# an abbreviation with inner periods, its last period cut: "p.m", "U.S"
_DOTTED_END = re.compile(r"(?<![\w.])[A-Za-z]\.[A-Za-z]$")
# "and disabled Idahoans": a participle before a name describes it, no verb phrase
_AND_ADJECTIVE = re.compile(r"[a-z]+ed\s(?!I\s)[A-Z][a-z]")


_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed\s[^,;]*")
# a passive participle just before "and": "had been completed", "were arrested"; a perfect
# whose object the next participle shares: "had intercepted and destroyed 73 drones"
_PASSIVE_PAIR = re.compile(r"\b(?:been|were|was|be|being|are|is|had|has|have)\s[a-z]+ed$")


def clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past punctuation, quotes and dangling conjunctions at either end."""
    # works on indices, never copying the span: this runs for every claim
    if start < end and (text[start] >= "\x80" or text[start] in _LEAD_ASCII):
        m = _LEAD.match(text, start, end)
        if m is not None:
            start = m.end()
    # most spans end in a letter that ends no trailing word: nothing to strip
    if end > start and text[end - 1] in _END_OR_TRAIL:
        for _ in range(8):
            while end > start and text[end - 1] in _END_SET:
                end -= 1
            if end <= start or text[end - 1] not in _TRAIL_LAST:
                break
            k = text.rfind(" ", max(start, end - 10), end)
            word = text[k + 1 : end].lower() if k >= start else ""
            if word in _TRAIL_WORDS and not (word == "that" and _QUOTE_ENDS.match(text, end)):
                end = k
                continue
            break  # '"… is simply not showing that," analysts wrote': a pronoun, kept
    if (
        end > start
        and text[end - 2 : end - 1] == "."  # most claims end in a word: one slice to test
        and text[end : end + 1] == "."
        and _DOTTED_END.search(text, max(start, end - 4), end)
    ):
        end += 1  # "at around 1:10 p.m.", "in the U.S.": the period is the abbreviation's
    if end > start:
        # keep the closing quote of a quotation the claim opens: 'was "not unexpected."'
        after = text[end : end + 3]
        if "\u201d" in after and text.count("\u201c", start, end) > text.count(
            "\u201d", start, end
        ):
            end += after.index("\u201d") + 1
        elif '"' in after and text.count('"', start, end) % 2 == 1:
            end += after.index('"') + 1
        elif text[end : end + 1] in ("'", "\u2019") and _single_quote_open(text, start, end):
            end += 1  # "songbird 'dialects'": a single-quoted word the claim opens
        if text[end : end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
            end += 1  # "a 28% lower risk (HR 0.72)": the bracket the claim opens
    return (start, end) if end > start else (start, start)


# a single quote that opens (after a space or a bracket) or closes (before a non-letter):
# apostrophes ("Europe's") sit between letters and are neither
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['\u2018]")
_SINGLE_CLOSE = re.compile(r"(?<=\w)['\u2019](?!\w)")


def _single_quote_open(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens more single quotes than it closes."""
    if text.find("'", start, end) < 0 and text.find("\u2018", start, end) < 0:
        return False
    opened = len(_SINGLE_OPEN.findall(text, start, end))
    return opened > len(_SINGLE_CLOSE.findall(text, start, end))


# the comma that closes an embedded relative clause, the main clause's verb after it:
# "The unit, which makes valves, generated revenue of …"
_RELATIVE_END = re.compile(
    r",\s+(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|did|does|remains?"
    r"|[a-z]{3,}ed|cut|set|put|hit|held|kept|sold|bought|paid|spent|built|brought|found|ran"
    r"|struck|fought|led|met|won|lost|took|gave|sent|made|began|left|saw|rose|fell|grew)\s)"
)


def _close_relative(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split "which makes valves, generated revenue …" after its relative clause."""
    k = a
    while k < b and text[k] in " ,":
        k += 1
    if not text.startswith(("which ", "who "), k):
        return [(a, b)]
    m = _RELATIVE_END.search(text, k, b)
    if m is None:
        return [(a, b)]
    return [(a, m.start()), (m.end(), b)]


def _dash_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short asides between a pair of em dashes: "— nausea, vomiting and pancreatitis —"."""
    dashes = [i for i in range(start, end) if text[i] == "\u2014"]
    pairs = zip(dashes[::2], dashes[1::2], strict=False)
    return [(a, b) for a, b in pairs if text.count(" ", a, b) <= 12]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


_OPEN_QUOTES = frozenset('\u201c"')
_GLUE = frozenset(words("the of and for on in &"))


def _proper_name(span: str) -> bool:
    """ "the Pipeline and Hazardous Materials Safety Administration": a name, however long."""
    toks = span.split()
    return len(toks) <= 10 and all(t[:1].isupper() or t in _GLUE for t in toks)


def split_claims(text: str, start: int, end: int, min_words: int = 3) -> list[tuple[int, int]]:
    """Atomic claim spans inside text[start:end]."""
    cuts = [start]
    # every split point holds one of these characters or "and": many spans have none
    matches: Iterable[re.Match[str]] = ()
    if (
        text.find(";", start, end) >= 0
        or text.find("\u2014", start, end) >= 0
        or text.find("\u2013", start, end) >= 0
    ):
        matches = _SPLIT.finditer(text, start, end)
    elif text.find("and", start, end) >= 0:
        matches = _SPLIT_AND.finditer(text, start, end)
    elif text.find(",", start, end) >= 0:
        matches = _SPLIT_COMMA.finditer(text, start, end)
    asides = _dash_asides(text, start, end) if text.count("\u2014", start, end) > 1 else ()
    # a quotation, whole: '“Taiwan will not provoke, and Taiwan will not back down,” Shen
    # said' is one thing said, its clauses kept together
    quoted = text[start - 1 : start] in _OPEN_QUOTES or "\u201d" in text[end : end + 2]
    for m in matches:
        me = m.end()
        if asides and "\u2014" not in m.group() and _inside(asides, m.start()):
            continue  # "side effects — nausea, vomiting and, rarely, pancreatitis — and …"
        sp = text.find(" ", me, me + 20)
        first = text[me : sp if sp > 0 else me + 20].lower()
        if first.endswith("ing") and (
            first in _NOT_PARTICIPLE
            # "leaks, venting and flaring": nouns in a list, no participle clause
            or text.startswith(("and ", "or "), sp + 1)
        ):
            continue
        if first in _SHORT_CONJ and text.count(" ", me, me + 60) < 4:
            continue
        if (
            first == "but"
            and (c := text.find(", ", sp + 1, sp + 30)) > 0
            and text.count(" ", sp + 1, c) <= 1
        ):
            continue  # "had considered, but rejected, a larger increase": one object, shared
        if quoted and (first in _SHORT_CONJ or first == "then") and ";" not in m.group():
            continue
        if (
            first == "including"
            and (c := text.find(",", me, min(end, me + 80))) > 0
            and _RELATIVE_END.match(text, c)
        ):
            continue  # "four suspects, including two minors, had been detained": one NP
        if first == "and" and _AND_ADJECTIVE.match(text, sp + 1 if sp > 0 else me, end):
            continue  # "thousands of older and disabled Idahoans": one noun phrase
        if first == "and" and (
            _PASSIVE_PAIR.search(text, max(start, m.start() - 30), m.start())
            # "Founded in 2019 and based in Denver, Verdant designs …": an opening phrase
            or _OPENING_PARTICIPLE.fullmatch(text, start, m.start())
        ):
            continue  # "had been completed and turned over": one passive, two participles
        cuts.append(m.start())
        cuts.append(me)
    if len(cuts) == 1:  # nothing to split at: one claim, or none
        a, b = clean(text, start, end)
        if a >= b or (text.count(" ", a, b) < 3 and _FILLER.match(text, a, b)):
            return []
        return [(a, b)]
    cuts.append(end)
    segments = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    relative = text.find("which ", start, end) >= 0 or text.find("who ", start, end) >= 0
    for j in range(len(segments) - 1, 0, -1) if relative else ():
        closed = _close_relative(text, *segments[j])
        subject = segments[j - 1]
        if len(closed) == 2 and (
            text.count(" ", *subject) < 6 or _proper_name(text[subject[0] : subject[1]])
        ):
            # "The unit, which makes valves, generated revenue …": the whole sentence is the
            # main claim, read with its subject; the relative clause is a claim of its own
            segments[j - 1 : j + 1] = [(subject[0], closed[1][1]), closed[0]]
    pieces: list[tuple[int, int]] = []
    for ca, cb in segments:
        a, b = clean(text, ca, cb)
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
