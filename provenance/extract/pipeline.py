"""Run extraction end to end: segment, find attributions, resolve chains, split claims."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import chain as chain_iters

from provenance.extract.attribution import Frame, Mention, _intro_like, find_frames
from provenance.extract.claims import clean, split_claims
from provenance.extract.coref import Resolver, apply_renames
from provenance.extract.cues import CUE_WORDS, FINITE, PREP_INTRO, VERBISH, word_alternation
from provenance.extract.lexicon import words
from provenance.extract.names import ROLE_WORDS, read_source, without_country
from provenance.extract.segment import Span, segment, split_sentences
from provenance.extract.types import Claim, Extraction, Hop, Sentence

# what follows a company's short name in its full one: "Meridian Midstream Partners"
_COMPANY_WORDS = frozenset(
    words(
        "Partners Inc Group Holdings Corp Corporation LLC Ltd Limited plc PLC Co Company "
        "Industries Technologies Capital Bank Airlines Motors Pharmaceuticals Systems"
    )
)
# what a text calls a company just before its name: "fintech Tabadul Pay", "retailer X"
_COMPANY_KINDS = frozenset(
    words(
        "fintech retailer chipmaker carmaker automaker startup start-up lender insurer airline "
        "drugmaker conglomerate manufacturer producer miner refiner exporter supplier operator "
        "developer shipper"
    )
)
_KIND_THEN_NAME = re.compile(
    rf"\b(?:{word_alternation(sorted(_COMPANY_KINDS))})"
    r"\s(?P<name>[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*){0,2})"
)
# the picture's holder after a photographer's name: "Name/Outlet", "Name | Outlet"
_HOLDER = re.compile(r"(?:\s*/\s*|\s\|\s)([A-ZÀ-ÞĀ-ɏ][^/|]*)$")
_AGENCY_SLASH = re.compile(r"[A-Z]{2,6}\s*/\s*")
_CLOSE_QUOTE = re.compile('[\u201d"]')
_QUOTE_END = re.compile("[\u201d\"]|''")  # NYT-style copy closes quotes with two apostrophes
_COMPANY_NAME = re.compile(
    r"\b(?P<name>[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*){0,2})"
    r"(?:\s(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV|GmbH|Tbk|ASA|Oyj|SpA|BV|Limited"
    r"|(?:Sdn\s)?Bhd|(?:Pte|Pty)\s(?:Ltd|Limited))\b|,\s(?:Inc|LLC)\b)"
)
# a listed company: "Shares of Velmont Semiconductor", "Velmont Semiconductor (NASDAQ:VLMT)"
_LISTED_NAME = re.compile(
    r"(?:\b[Ss]hares\s(?:of|in)\s(?P<name>[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*)"
    r"{0,3})|\b(?P<listed>[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&'\u2019-]*){0,3})\s\("
    r"(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|HKEX|SGX|NSE|BSE|TYO|ETR|EPA|AMS)\s?:\s?[A-Z0-9.]+\))"
)
_SUBJECT = re.compile(
    r"^[\"\u201c]?([A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*){0,3})(?:,\s|\s+)[a-z]"
)
# a subject named with its acronym after it: "The Monetary Policy Committee (MPC) of …"
_ABBREVIATED_SUBJECT = re.compile(
    r"(?:The\s)?([A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*){1,5})\s\([A-Z]{2,8}\)"
)
_CAPS_DATELINE = re.compile(
    r"(?=[A-Z.'\u2019\s-]{5,}:)[A-Z][A-Z.'\u2019-]+(?:\s[A-Z][A-Z.'\u2019-]+){0,2}:\s+(?=[A-ZÀ-ÞĀ-ɏ])"
)
_PLACE_LEADS = frozenset(words("In At From Near Outside Across Inside"))
# a speaker's caption under a quote in a broadcast script: "Lee Ji-hoon / Analyst, Hanbit"
_SOUNDBITE = re.compile(
    r"(?P<name>[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]*){1,3})\s/\s(?P<role>[A-ZÀ-ÞĀ-ɏ][^/]{2,150})"
)
_PAPER_PARTICIPLES = frozenset(("signed", "issued", "released", "published", "posted", "dated"))
_IN_A_STATEMENT = re.compile(
    r"\b(?:[Ii]n|[Ii]ssued|[Rr]eleased|[Pp]osted)\s(?:a|an|its|their|his|her)\s(?:[\w-]+\s){0,2}"
    r"statement\b"
)
# titles before a name written family name first: "District Judge Wong Li Ting"
_TITLES = (
    r"(?:Judge|Justice|Minister|President|Premier|Governor|Mayor|Chairman|Chairwoman|Mr|Ms"
    r"|Mrs|Dr|Prof|Professor|General|Secretary)"
)
_NOT_SUBJECT = frozenset(
    words(
        "The A An In On At He She It They We I This That These Those But And As If When While "
        "After Before Since Earlier Later Meanwhile However Yet So Also There Here His Her "
        "Their Its Our My Your For From With By Last Next One Two According Under "
        # collective nouns that open sentences: "Management has offered …" names no company
        "Management Staff Workers Employees Officials Police Unions Residents Investors "
        "Shareholders Analysts Authorities Prosecutors Executives Regulators Lawmakers Critics"
    )
)
# what follows a company that is a sentence's subject: a verb ("Corvane reported"), not a
# noun ("Net income rose", "Revenue from the unit")
_VERB_NEXT = re.compile(
    # "Varuna, which booked revenue of 1,900 crore rupees, did not respond": past the clause
    r"(?:,\s(?:which|who)\s(?:[^,]|,(?=\d)){1,160}(?=,))?"
    r",?\s+(?:(?:on|in|last|this|earlier|late)\s[\w.]+(?:\s\d+)?,?\s)?"
    r"(?:also\s|now\s|then\s|still\s|already\s)?(?:[a-z]+(?:ed|s)|has|have|had|is|was"
    r"|were|are|will|would|can|could|may|might|must|should|did|does|do|said|told|won|lost|made"
    r"|took|sold|bought|began|got|saw|set|cut|put|hit|led|paid|kept|became|spent|built)\b"
)
# a plural noun after the capital, then the verb: "Adjusted earnings came in", "Older
# patients left": the capital word may be an adjective, not a company
_NOUN_THEN_VERB = re.compile(
    r"\s+(?!(?:has|was|is|does|says)\s)[a-z]+s\s+(?:[a-z]+ed|"
    + "|".join(sorted(FINITE - {"do", "does"}))
    + r")\b"
)


_AS_A_NAME = (
    r"(?:['\u2019]s\b|\s+(?:said|says|has|have|had|is|was|will|would|reported|announced"
    r"|forecast|posted|expects?)\b|[,.;:])"
)


# the capitalised name an acronym in brackets follows: "Natural Resources and Environment Board"
_SPELT_OUT = re.compile(
    r"([A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s(?:of|and|for|on|the|&|[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*))*)\s\Z"
)
_TITLE_BEFORE = re.compile(rf"\b{_TITLES}\.?\s\Z")
_MORE_NAME = re.compile(r"(?:\s[A-Z][a-z]+){1,2}\b")


def _titled_first(s: str, short: str) -> str | None:
    """The name a title introduces opening on `short`: "Wong Li Ting" in "District Judge Wong Li
    Ting" for "Wong"."""
    i = s.find(short)
    while i >= 0:
        if _TITLE_BEFORE.search(s, max(0, i - 16), i) and (
            m := _MORE_NAME.match(s, i + len(short))
        ):
            return s[i : m.end()]
        i = s.find(short, i + 1)
    return None


@lru_cache(maxsize=64)
def _kind_named(noun: str) -> re.Pattern[str]:
    """An outlet's name beside its kind: "the TASR newswire", "the daily Rzeczpospolita"."""
    name = r"[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*){0,3}"
    return re.compile(rf"\b(?P<before>{name})\s{noun}\b|\b{noun}\s(?P<after>{name})")


@lru_cache(maxsize=256)
def _group_from(head: str) -> re.Pattern[str]:
    """ "inspectors from the Care Quality Commission": a group `head` from a named body."""
    return re.compile(rf"\b{re.escape(head)}\s(?:from|at|with|of)\s(?:the\s)?{_ORG_NAME}", re.I)


def _verb_next(s: str, subj: str, text: str) -> bool:
    """Does a verb follow the sentence's subject subj (not a noun it modifies)?

    "Nexora shares rose" names Nexora, which the text also writes mid-sentence; "Adjusted
    earnings came in" does not name "Adjusted".
    """
    pos = s.find(subj) + len(subj)
    if _VERB_NEXT.match(s, pos) is None:
        return False
    if _NOUN_THEN_VERB.match(s, pos) is None:
        return True
    # somewhere the text uses it as a name: "Nexora said", "Nexora's"; "Russian" never is
    return re.search(re.escape(subj) + _AS_A_NAME, text) is not None


_ANONYMOUS = re.compile(
    r"who\s+(?:spoke|speaks|asked|requested|declined|insisted)\b.{0,40}?\b(?:anonymity|named"
    r"|identified|condition)"
    # "who gave his name only as Mr Brown": how the speaker is named, no claim
    r"|who\s+(?:gave|would\sgive)\s(?:his|her|their)\s(?:first\s|last\s)?name\b"
)
# a sentence opening with a name, a role before it if any: "Consumer Protection Minister
# Sabine Okonkwo went further.", "Dennis Walsh, 79, from Stafford, spent …"
_PERSON_SUBJECT = re.compile(
    r"[\"\u201c]?((?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s(?:(?:de|van|von|der|den|da|di|del|la|le)\s)?){1,5}"
    r"[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)(?=,|\s+[a-z])"
)
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:[a-z]+\s+){1,2}((?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s){1,3}[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)(?=,|\s+[a-z])"
)
# alternatives that each start with a literal: the scan then jumps between quote characters
_QA = re.compile(r"[QA][:.]\s+(?=\S)|(?:Question|Answer):\s+(?=\S)")
_OPEN_Q = re.compile("\u201c|\u201d|\"|''|``")
_QUOTE_OPENERS = ("\u201c", '"', "'", "`", "\u2018")
# one or two capitalised words, each with the space after it, before a name's last part:
# "Felicia " before "Grant"; the first not after a letter, digit or period
# a capitalised word, "Anne-Marie" included, not the tail of one ("Marie" in "Anne-Marie")
# a capitalised word of a name, small letters of the Latin alphabets too ("María", "Józef")
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff" + "".join(
    c for c in map(chr, range(0x100, 0x180)) if c.islower()
)
_CAP_WORD = re.compile(
    rf"[A-ZÀ-ÞĀ-ɏ](?<![\w.-][A-ZÀ-ÞĀ-ɏ])[{_LOW}'\u2019-]+(?:[A-Z][{_LOW}'\u2019-]+)?\s"
)
_CAP_WORD_AT = re.compile(rf"[A-ZÀ-ÞĀ-ɏ][{_LOW}'\u2019-]+(?:[A-Z][{_LOW}'\u2019-]+)?\s")
# the last words of a name, after the word asked for: " Harun" after "Mohd Faizal"
_NEXT_NAME_WORDS = re.compile(
    r"(?: (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December)\b)"
    r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*\b(?![.'\u2019\w-])){1,3}"
)
_CLAIM_MIN_WORDS = 3
_RESIDUAL_MIN_WORDS = 4
_WORD = re.compile(r"[^\W_]{2,}")


def _is_word_end(s: str, i: int) -> bool:
    """A regex word boundary (\\b) at s[i]."""
    before = i > 0 and (s[i - 1].isalnum() or s[i - 1] == "_")
    after = i < len(s) and (s[i].isalnum() or s[i] == "_")
    return before != after


# a body's name that joins two words with "and" before the rest: "Ethics and Anti-Corruption"
_PAIR_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*\s(?:and|&)\s$")
_BODY_ENDS = frozenset(
    words("commission ministry council union association authority agency institute department")
)


# a body named by its portfolio: "Ministry of Land Management, Urban Planning and Construction"
_BODY_OF = re.compile(
    r"\b(Ministry|Department|Bank)\s+of\s+(?:the\s+)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*"
    r"(?:(?:,\s+|\s+(?:and|of|for|&)\s+(?:the\s+)?|\s+)(?!Ministry\b|Department\b)[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)*"
)


def _names_ending_in(s: str, last: str) -> list[tuple[int, str]]:
    """(start, name) of each "Felicia Grant" in s that ends in ``last`` ("Grant").

    The matches, in order, of ``(?<![\\w.])((?:[A-Z][a-z'\u2019-]+\\s){1,3}LAST)\\b`` with
    LAST escaped; found with two fixed patterns, since compiling one for every name costs
    more than the search.
    """
    out: list[tuple[int, str]] = []
    n = len(last)
    pos = 0
    body = last.lower() in _BODY_ENDS
    while (w1 := _CAP_WORD.search(s, pos)) is not None:
        a, q = w1.span()
        w2 = _CAP_WORD_AT.match(s, q)  # three words first, as the greedy {1,3} does
        w3 = _CAP_WORD_AT.match(s, w2.end()) if w2 else None
        if w3 and s.startswith(last, w3.end()) and _is_word_end(s, w3.end() + n):
            e = w3.end() + n  # "the Beavercreek Strikers Soccer Club"
        elif w2 and s.startswith(last, w2.end()) and _is_word_end(s, w2.end() + n):
            e = w2.end() + n
        elif s.startswith(last, q) and _is_word_end(s, q + n):
            e = q + n
        else:
            pos = a + 1
            continue
        more = None if body else _NEXT_NAME_WORDS.match(s, e)
        if more is not None and read_source(s[a : more.end()]).kind == "person":
            e = more.end()  # "Faizal" in "Mohd Faizal Harun": the whole name
        k = s.rfind("-based ", a, e)
        if k >= 0:
            a = k + 7  # "Palo Alto-based Lunaria": the place describes the name after it
        elif body and (pair := _PAIR_BEFORE.search(s, max(0, a - 40), a)) is not None:
            a = pair.start()  # "the Ethics and Anti-Corruption Commission": one body
        out.append((a, s[a:e]))
        pos = e
    return out


def _quote_state(
    text: str, start: int, end: int, open_: bool, reopen: bool = False
) -> tuple[bool, bool]:
    """(opens or continues a quote at its start, quote still open at its end).

    ``reopen``: the sentence begins a paragraph, where a quote going on from the last
    paragraph is marked open again (news convention), not closed."""
    starts_in = open_
    state = open_
    first = True
    for m in _OPEN_Q.finditer(text, start, end):
        ch = m.group(0)
        if first and m.start() - start <= 1 and ch in ("\u201c", '"', "''", "``"):
            first = False
            if not state:
                starts_in = True
            elif reopen:
                continue  # '"The Houthis, for their part, …': the same quote, reopened
        first = False
        if ch in ("\u201c", "``"):
            state = True
        elif ch == "\u201d":
            state = False
        else:
            state = not state
    return starts_in, state


# credits that name no one: "Credit: Supplied" (handed over by whoever is pictured), "File"
_NOBODY_CREDITS = frozenset(
    (
        "supplied",
        "file",
        "file photo",
        "archive",
        "stock",
        "courtesy photo",
        "photo courtesy",
        "handout photo",
    )
)
# "[1/2]" before a caption: the picture's place in a gallery
_GALLERY_COUNTER = re.compile(r"\[\d+/\d+\]\s*")


def _caption_claims(
    text: str, sp: Span, resolver: Resolver
) -> list[tuple[int, int, tuple[Hop, ...]]]:
    chain: tuple[Hop, ...] = ()
    body_end = sp.end
    if sp.credit:
        ca, cb = sp.credit
        ca, cb = clean(text, ca, cb)
        lead = _CREDIT_LEAD.match(text, ca, cb)
        if lead is not None:
            ca = lead.end()  # "(Photo from the Philippine Coast Guard)": the body itself
        if (
            text[cb : cb + 1] == "/"
            and not text[ca:cb].isupper()
            and not text[cb + 1 : cb + 5].isdigit()
        ):
            # "Photograph: Alex Plavevski/EPA": the photographer, then the agency holding it
            agency = _AFTER_SLASH.match(text, cb + 1, sp.end)
            ca, cb = agency.span() if agency else (cb, cb)
        opened = text.rfind("(", sp.start, ca)
        if opened >= 0 and _AGENCY_SLASH.fullmatch(text, opened + 1, ca):
            ca, cb = opened + 1, text.index("/", opened)  # "(JP/Ratri Wulandari)": the paper's
        holder = _HOLDER.search(text, ca, cb) if not text[ca:cb].isupper() else None
        if holder is not None:
            ca = holder.start(1)  # "Credit: Mark Delvecchio/Inside Climate News": the outlet
        if text[ca:cb].lower() in _PLATFORMS:
            # "(State Emergency Service / Telegram)": the body that posted it there
            slash = text.rfind("/", sp.start, ca)
            opened = text.rfind("(", sp.start, ca)
            if 0 <= opened < slash and not text[slash + 1 : ca].strip():
                ca, cb = clean(text, opened + 1, slash)
        if ca < cb and text[ca:cb].lower() not in _NOBODY_CREDITS:
            r = read_source(text[ca:cb])
            kind = r.kind if r.kind != "person" or " " in r.name else "outlet"
            # "(Photo by Ryo Kato)": who took the picture vouches for no fact in its caption
            taker = kind == "person" and _TAKEN_BY.search(text, max(sp.start, ca - 24), ca)
            if r.anaphor is None and not taker:
                chain = (Hop(r.name, kind, "photo credit", None, None, text[ca:cb], ca, cb),)
        # "(AP Photo/…)" or, Al Jazeera's way, "[Bashar Taleb/AFP]"
        paren = max(
            text.rfind("(", sp.start, sp.credit[0] + 1), text.rfind("[", sp.start, sp.credit[0] + 1)
        )
        if paren >= 0 and 0 <= text.find(")" if text[paren] == "(" else "]", paren) < sp.credit[0]:
            paren = -1  # "[1/2]A worker unloads …": a gallery counter, closed before the credit
        body_end = paren if paren >= 0 else sp.credit[0]
        mark = text.rfind("\u00a9", sp.start, body_end)
        if mark >= 0:
            body_end = mark  # "…, the study found © ELODIE MARCHAND / AFP/File"
        label = _CREDIT_LABEL.search(text, max(sp.start, body_end - 30), body_end)
        if label:
            body_end = label.start()  # "… on July 19. | Photo Credit: PTI"
    out: list[tuple[int, int, tuple[Hop, ...]]] = []
    counter = _GALLERY_COUNTER.match(text, sp.start, body_end)
    for s, e in split_sentences(text, counter.end() if counter else sp.start, body_end):
        spans = [(a, b, chain) for a, b in split_claims(text, s, e, _CLAIM_MIN_WORDS)]
        frames = find_frames(text[s:e], s, False)
        if frames:
            # "Chaffinches sang shorter songs, the study found": the caption names its source
            spans = [
                (a, b, resolver.chain(f.mentions))
                for f in frames
                for ca, cb in f.content
                for a, b in split_claims(text, ca, cb, _CLAIM_MIN_WORDS)
            ]
        out.extend(x for x in spans if len(_WORD.findall(text[x[0] : x[1]])) >= _CLAIM_MIN_WORDS)
    return out


def _residual(text: str, sp: Span, frames: list[Frame]) -> list[tuple[int, int]]:
    """Parts of an attributed sentence that belong to no frame: the article's own words."""
    start = sp.start
    taken: list[tuple[int, int]] = []
    for f in frames:
        taken += f.content
        taken.append((start + f.anchor, start + f.anchor_end))
        if f.regions:
            taken += [(start + a, start + b) for a, b in f.regions]
        if not f.participle:  # a participle borrows the main clause's subject: keep it
            taken += [(mt.start, mt.end) for mt in f.mentions]
    taken.sort()
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in taken:
        if a > pos:
            out.append((pos, a))
        if b > pos:
            pos = b
    if pos < sp.end:
        out.append((pos, sp.end))
    return out


# an appositive telling what the source is a part of: "a member of Hamas's political bureau"
_ROLE_FACT = re.compile(
    r"(?:an?|one)\s(?:[\w-]+\s){0,2}?(?:member|of|head|founder|leader)\s"
    # "the state's largest teachers union", "the legislature's nonpartisan budget office"
    r"|the\s[\w-]+['\u2019]s\s[a-z]"
)


def _relative_descriptions(text: str, f: Frame) -> list[tuple[int, int, bool]]:
    """Spans of a source's relative-clause descriptions ("who votes only to break ties"):
    facts the article itself states about the source; True for what the source says in one
    ("Weaver, who said business executives often fail to understand …")."""
    out: list[tuple[int, int, bool]] = []
    for m in f.mentions:
        d = m.description
        w = -1
        if d and not d.startswith(("who ", "which ", "whose ")):
            w = max(d.find(" who "), d.find(" whose "), d.find(" that "))
        whole = False
        if d and w > 0 and d.count(" ", w + 1) >= 3 and CUE_WORDS.isdisjoint(d[w:].split()):
            # "a consultant at Moorfields who was not involved in the research", "one of the
            # two members who voted against the project", "the ministry body that oversees
            # aid": the role with its relative clause, a fact the article states
            whole = d.count(" ", 0, w) <= 6 and not _ANONYMOUS.match(d, w + 1)
            if not whole:
                d = d[w + 1 :]
        if d and w < 0 and _ROLE_FACT.match(d) and d.count(" ") >= 3:
            whole = True  # "a member of Hamas's political bureau": a fact about the speaker
        if (
            d
            and (whole or d.startswith(("who ", "which ", "whose ")))
            and d.count(" ") >= 3
            and m.text
        ):
            k = text.find(d, m.end, m.end + 400)
            if k < 0:
                continue
            if _ANONYMOUS.match(d):
                # "who spoke on condition of anonymity": how the source talked, no fact; a
                # reason given ("because the talks are continuing") is one
                why = d.find(" because ")
                if why >= 0:
                    out.append((k + why + 9, k + len(d), False))
                continue
            says = _WHO_SAID.match(d)
            out.append((k + says.end(), k + len(d), True) if says else (k, k + len(d), False))
    return out


def _colon_intro(s: str, off: int, resolver: Resolver) -> tuple[Hop, ...] | None:
    """ "Cruz continued:" ending a paragraph: the speaker of the quote that follows."""
    end = len(s.rstrip())
    probe = s[:end] + ' "quoted words here."'
    for f in find_frames(probe, off, False):
        if f.content and f.content[0][0] >= off + end:
            return resolver.chain(f.mentions)
    return None


# a capitalised name, with the small words names hold: "Care Quality Commission (CQC)"
_ORG_NAME = (
    r"(?P<org>(?-i:[A-ZÀ-ÞĀ-ɏ][\w&'.-]*)"
    r"(?:\s(?:of\s|for\s|and\s|&\s)?(?-i:[A-ZÀ-ÞĀ-ɏ][\w&'.-]*))*)"
)


_CREDIT_LEAD = re.compile(r"(?i:from|courtesy(?:\sof)?|via)\s+(?:the\s+)?(?=[A-ZÀ-ÞĀ-ɏ])")
_TAKEN_BY = re.compile(r"(?i:photo(?:graph)?s?|picture|image)\s*(?:by|:)\s*$")
# a credit's label left before it: "… July 19. | Photo Credit: PTI"
_CREDIT_LABEL = re.compile(
    r"\s*(?:\|\s*)?(?i:photo|image|picture)?\s*(?i:credits?)\s*:?\s*$|\s*\|\s*$"
    # "… on Feb. 11. Photo by", "… on Monday. \u2014 Picture courtesy of"
    r"|\s*[\u2014\u2013-]?\s*(?i:photo(?:graph)?|image|picture|illustration)s?\s+(?i:by|courtesy\s+of)"
    r"\s*$"
    # "… during an exercise / J. Roe/": the photographer, before the outlet holding the picture
    r"|\s+/\s+[A-ZÀ-ÞĀ-ɏ][^/]{0,40}/\s*$"
    r"|\s*[\u2014\u2013-]\s*(?i:copyright)\s*$"  # "… on Wednesday - Copyright AFP"
)
# where a body posts its own pictures: no source of their own
_PLATFORMS = frozenset(
    words("telegram x twitter facebook instagram youtube tiktok vk vkontakte threads bluesky")
)
_AFTER_SLASH = re.compile(r"[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*){0,3}")
# a sentence that only says who spoke: "Weaver said.", "said Freddy Ortega."
_BARE_SAID = re.compile(
    r"\s*(?:(?P<np>(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s){0,4}[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*|he|she|they|He|She|They)"
    r"\s(?:said|says|asked|added|wrote|explained|insisted|replied)"
    r"|(?:[Ss]aid|[Aa]sked|[Aa]dded)\s(?P<np2>(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s){0,3}[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*))"
    r"\.?\s*$"
)
_WHO_SAID = re.compile(
    r"who\s(?:also\s|has\s|had\s|have\s)?(?:said|says|told\s\w+|argued|argues|warned|warns"
    r"|believes|noted|added|insisted|claimed|claims)\s(?:that\s)?"
)
# what opens a headline about papers, never a name: "Internal HSE figures reveal …"
_PAPER_ADJECTIVES = frozenset(
    words("internal leaked new latest confidential official recent preliminary provisional fresh")
)
# a paper and who made it: "a report released last week by the Pacific Community"
_PAPER_BY = re.compile(
    r"\b(?P<noun>report|study|survey|review|audit|analysis|assessment)\s(?:[\w-]+\s){0,4}?by\s"
    r"(?:the\s)?(?P<org>[A-Z][\w.&'\u2019-]*(?:\s(?:of\s|and\s|for\s|&\s)?[A-Z][\w.&'\u2019-]*)*)"
)
_DANGLING = frozenset(words("by of from in on at to for with the a an"))


def _setting(seg: str) -> bool:
    """ "In a written response to questions from The Post": where it was said, no claim."""
    last = seg.rsplit(None, 1)[-1].lower() if seg.strip() else ""
    if last in _DANGLING:
        return True  # "A report published Thursday by": the rest of it is a source
    return (
        len(seg.split(None, 14)) <= 14
        and bool(PREP_INTRO.match(seg))
        and not VERBISH.search(seg)
        # "In a statement signed by the Chief Whip, Abena Osei-Darko": the paper's particulars
        and not any(
            w.endswith("ed") and w.islower() and not (w in _PAPER_PARTICIPLES and nxt == "by")
            for w, nxt in zip(seg.split()[1:], [*seg.split()[2:], ""], strict=True)
        )
    )


def extract(text: str) -> Extraction:
    """Sentences, atomic claims and their source chains for one article's text."""
    if not isinstance(text, str):
        raise TypeError("extract() takes the article text as a str")
    spans = segment(text)
    said: list[str] = []  # body sentences so far, for a subject a renaming refers to
    quoted: list[bool] = []  # whether each of them starts inside a quotation
    subjects: list[str | bool | None] = []  # each one's capitalised subject, found once

    def subject_of(k: int) -> str | None:
        got = subjects[k]
        if got is False:
            m = _SUBJECT.match(said[k])
            got = subjects[k] = m.group(1) if m else None
        return got  # type: ignore[return-value]

    def recent_subject() -> tuple[str, int] | None:
        """The latest capitalised sentence subject before this sentence, and its number."""
        # the sentence being read comes first: "Frontline Atlas has documented …, the group
        # said" (a subject that is itself the mention, "The group said …", is skipped below)
        for k in range(len(said) - 1, max(-1, len(said) - 11), -1):
            subj = subject_of(k)
            if (
                subj
                and said[k][:1] not in _QUOTE_OPENERS  # "“Sunlight appears to be …”": words
                and subj.split()[0] not in _NOT_SUBJECT
                and not _person_or_noun(subj)
                and not _public_body(subj)
                and _verb_next(said[k], subj, text)
            ):
                return subj, k
        return None

    def _public_body(subj: str) -> bool:
        """ "Regulator says …": a body already read as an agency is no company."""
        known = resolver.aliases.get(subj.lower())
        if known is None and subj.isupper() and subj.isalpha() and f"({subj})" in text:
            # "The Natural Resources and Environment Board (NREB) has ordered …": the name
            # the acronym spells tells its kind
            k = text.find(f"({subj})")
            m = _SPELT_OUT.search(text, max(0, k - 120), k)
            return m is not None and read_source(m.group(1)).kind in ("agency", "government")
        return known is not None and known.kind in ("agency", "government", "outlet")

    def _person_or_noun(subj: str) -> bool:
        """ "Marsh" (a person named before) or "Revenue" (a noun the text also writes in
        lowercase): not the company a later "the company" refers to."""
        low = subj.lower()
        known = resolver.aliases.get(low)
        if (known and known.kind == "person") or low in resolver.people:
            return True
        return " " not in low and (low.endswith("ing") or f" {low} " in text)

    def document_owner(noun: str) -> str | None:
        n = len(said)
        for k in range(n - 2, max(-1, n - 7), -1):
            prev = said[k]
            if f" {noun} " in prev or f" {noun}," in prev:
                subj = subject_of(k)
                if subj and subj[:4] == "The " and " " in subj[4:]:
                    subj = subj[4:]  # "The Social Security Administration announced … a memo"
                if subj and subj.split()[0] not in _NOT_SUBJECT:
                    return subj
        return None

    def full_name(short: str, here: bool = False) -> str | None:
        """A capitalised name ending in ``short`` written before, its country dropped: the
        Tarapacá of "hostile bid from Chile's Tarapacá"."""
        name = longer_name(short, here)
        return None if name is None else without_country(name)

    def longer_name(short: str, here: bool) -> str | None:
        """A capitalised name ending in ``short`` that opened an earlier sentence (or, with
        ``here``, this one: "The Environment Ministry will …, the ministry said")."""
        tail = " " + short.lower()
        n = len(said)
        for k in range(n - (1 if here else 2), max(-1, n - 41), -1):
            name = subject_of(k)
            if name:
                if name[:4] == "The ":
                    name = name[4:]
                elif name[:2] == "A " or name[:3] == "An ":
                    continue  # "A Pentagon official said": no name, an indefinite subject
                first, _, rest = name.partition(" ")
                if rest and first.lower() in _PAPER_ADJECTIVES:
                    name = rest  # "Internal HSE figures reveal …": the HSE, no "Internal HSE"
                if name.lower().endswith(tail):
                    last = name.rsplit(None, 1)[-1]
                    at = said[k].find(name)
                    if last in ("Ministry", "Department", "Bank") and at >= 0:
                        # "Poland's Ministry of National Defence has signed …": the whole name
                        bo = _BODY_OF.match(said[k], at + len(name) - len(last))
                        if bo is not None:
                            return name[: len(name) - len(last)] + bo.group(0)
                    return name
        # ... or a name written anywhere before: "his attorney, Felicia Grant."
        for k in range(n - (1 if here else 2), max(-1, n - 41), -1):
            if short not in said[k]:
                continue  # every match holds the name itself: most sentences have none
            for at, name in _names_ending_in(said[k], short):
                # a name opening its sentence is a subject the loop above read, unless it
                # owns the subject: "Melissa Carver's son spent three days in hospital"
                if name.split()[0] not in _NOT_SUBJECT and (
                    at > 0 or said[k].startswith(("'s", "\u2019s"), len(name)) or " and " in name
                ):
                    return name
        head = short.rsplit(None, 1)[-1]
        if head in ("Ministry", "Department", "Bank"):
            # "the ministry" after "The Ministry of Labour and Vocational Training has …", "the
            # central bank" after "the Bank of Thailand"
            # a ministry named in this sentence is what it said ("the ministry said the panel
            # would include officials from the Ministry of Interior"); a bank opens it
            for k in range(n - (1 if here and head == "Bank" else 2), max(-1, n - 41), -1):
                if head in said[k]:
                    for bo in _BODY_OF.finditer(said[k]):
                        if bo.group(1) == head:
                            return bo.group(0)
        return None

    def family_first(short: str) -> str | None:
        """A titled name an earlier sentence wrote family name first: "Judge Wong" after
        "District Judge Wong Li Ting"."""
        if " " in short or not short[:1].isupper():
            return None
        for k in range(len(said) - 2, max(-1, len(said) - 41), -1):
            if short in said[k] and (name := _titled_first(said[k], short)) is not None:
                return name
        return None

    counts: dict[str, int] = {}

    def salience(name: str) -> int:
        """How many times the text names this source, by the first word of its name."""
        first = name.split()[0] if name.split() else ""
        if first.lower() in ("the", "a", "an") and len(name.split()) > 1:
            first = name.split()[1]
        if first not in counts:
            counts[first] = len(re.findall(r"\b" + re.escape(first) + r"\b", text))
        return counts[first]

    def group_owner(head: str) -> str | None:
        """ "Inspectors from the Care Quality Commission …": the body "inspectors" came from."""
        n = len(said)
        for k in range(n - 1, max(-1, n - 13), -1):
            if head in said[k].lower():
                m = _group_from(head).search(said[k])
                if m:
                    return m.group("org")
        return None

    people_at: dict[int, tuple[str, int] | None] = {}  # found once per sentence

    def recent_person() -> tuple[str, int] | None:
        """A person named as the subject of one of the two sentences before this one."""
        n = len(said)
        if n in people_at:
            return people_at[n]
        found = None
        for k in range(n - 2, max(-1, n - 4), -1):
            m = _PERSON_SUBJECT.match(said[k])
            c = said[k].find(", ") if m is None or m.group(1).split()[0] in _PLACE_LEADS else -1
            if 0 < c < 80 and said[k].split(None, 1)[0] in _PLACE_LEADS:
                # "In a judgment handed down yesterday, Judge Kenneth Lau set …": after the
                # opening phrase
                m = _PERSON_SUBJECT.match(said[k], c + 2)
            if m:
                toks = m.group(1).split()
                if toks and toks[0] in _PLACE_LEADS:
                    continue  # "In Poltava Oblast, Governor X wrote": a place, no subject
                while toks and toks[0] in _NOT_SUBJECT:
                    toks.pop(0)  # "But Okafor cautioned": one word left, no full name
                rn = _ROLE_THEN_NAME.match(said[k], m.end(1))
                if (
                    rn
                    and (
                        len(toks) < 2
                        # "Social Democrat party secretary Tobias Lindahl said": the post's holder
                        or not ROLE_WORDS.isdisjoint(said[k][m.end(1) : rn.start(1)].split())
                    )
                ):
                    toks = rn.group(1).split()  # "For Chicago renter Alicia Brandt, 29, …"
                name = " ".join(toks)
                # "The Liberal Democrats' housing spokesperson": an owner, not the person
                owner = name.endswith(("'", "\u2019", "'s", "\u2019s"))
                r = read_source(name) if len(toks) >= 2 and not owner else None
                if (
                    r is not None
                    and r.kind == "person"
                    and r.anaphor is None
                    and " " in r.name
                    # "Fingrid's Executive Vice President for …, Jussi Kärkkäinen, told": a title
                    and r.name.rsplit(None, 1)[-1].lower() not in ROLE_WORDS
                ):
                    found = name, k + 1
                    break
        people_at[n] = found
        return found

    companies: dict[str, bool] = {}

    def company(name: str) -> bool:
        """Whether the text gives this name a company's ending: "Meridian Midstream Partners"."""
        if name not in companies:
            found = False
            k = text.find(name + " ")
            while k >= 0 and not found:
                after = text[k + len(name) + 1 : k + len(name) + 20].split(None, 1)
                before = text[max(0, k - 16) : k].rsplit(None, 1)[-1:]
                # "… Partners", or what the text calls it first: "fintech Tabadul Pay"
                found = (bool(after) and after[0].rstrip(".,") in _COMPANY_WORDS) or (
                    bool(before) and before[0].lower() in _COMPANY_KINDS
                )
                k = text.find(name + " ", k + 1)
            companies[name] = found  # found without compiling a pattern for every name
        return companies[name]

    company_seen: list[tuple[int, str | None, int]] = [(0, None, 0)]  # read up to, best, count

    def main_company() -> str | None:
        """The company the story so far is about: the most-named name it gives a company's
        ending ("Brightway Home Inc."), without the legal form; never the publisher's."""
        read, best, most = company_seen[0]
        for k in range(read, len(said)):  # each sentence read once, however often asked
            for m in chain_iters(
                _COMPANY_NAME.finditer(said[k]),
                _KIND_THEN_NAME.finditer(said[k]),
                _LISTED_NAME.finditer(said[k]),
            ):
                name = m.group("name") or m.groupdict()["listed"]
                n = salience(name)
                if (
                    n > most
                    and name.split()[0] not in _NOT_SUBJECT
                    # the publisher's name sits in the chrome; a company the body keeps
                    # naming may be in a related link too
                    and not (in_chrome(name) and n - chrome_count(name) < 3)
                ):
                    best, most = name, n
        company_seen[0] = (len(said), best, most)
        return best

    resolver = Resolver(
        recent_subject, document_owner, full_name, salience, group_owner, recent_person, company
    )
    resolver.main_company = main_company

    def paper_maker(noun: str) -> tuple[str, int] | None:
        """Who made the paper a sentence just before named by its maker ("A report released
        last week by the Pacific Community points to …"), and that sentence's number."""
        n = len(said)
        for k in range(n - 2, max(-1, n - 5), -1):
            if noun in said[k]:
                m = _PAPER_BY.search(said[k])
                if m is not None and m.group("noun") == noun:
                    return m.group("org"), k
        return None

    resolver.paper_maker = paper_maker

    def outlet_named(noun: str) -> str | None:
        """The outlet a sentence just before named by its kind ("told the TASR newswire",
        "for the Wirtualna Polska portal", "the daily Rzeczpospolita")."""
        n = len(said)
        for k in range(n - 2, max(-1, n - 8), -1):
            if noun in said[k]:
                for m in _kind_named(noun).finditer(said[k]):
                    name = m.group("before") or m.group("after")
                    if name.split()[0] not in _NOT_SUBJECT:
                        return name
        return None

    resolver.outlet_named = outlet_named

    def titled(role: str, name: str) -> bool:
        """Is ``name`` written after the title ``role`` ("Kagoshima Governor Tomura")?"""
        k = text.find(name)
        while k > 0:
            if text[max(0, k - len(role) - 14) : k].lower().rstrip().endswith(role):
                return True
            k = text.find(name, k + len(name))
        return False

    resolver.titled = titled

    def issuer(back: int = 3) -> str | None:
        """The body a sentence just before (or this one) was about, named as its subject."""
        for k in range(len(said) - 1, max(-1, len(said) - 1 - back), -1):
            subj = subject_of(k)
            if subj is None and (ab := _ABBREVIATED_SUBJECT.match(said[k])) is not None:
                subj = ab.group(1)  # "The Monetary Policy Committee (MPC) of the …"
            if subj and subj[:4] == "The " and " " in subj[4:]:
                subj = subj[4:]  # "The Health Ministry disputed …", not "The ministry"
            if (
                not subj
                or said[k][:1] in _QUOTE_OPENERS
                or quoted[k]  # "… Power engineers began work," the statement said
                or subj.split()[0] in _NOT_SUBJECT
            ):
                continue
            r = read_source(subj)
            if r.anaphor is None and r.kind in ("organisation", "agency", "government"):
                return subj
        return None

    resolver.issuer = issuer
    resolver.family_first = family_first
    sentences: list[Sentence] = []
    claims: list[Claim] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    title: str | None = None
    quote_open = False
    last_para = -1
    last_chain: tuple[Hop, ...] | None = None  # the speaker a following quote may continue
    pending: list[tuple[int, int, int]] = []  # quoted sentences awaiting their speaker
    fallback: tuple[Hop, ...] | None = None
    # an interview: after a "Q:" paragraph, an "A:" paragraph is the interviewee's answer
    asked = False
    answer: tuple[Hop, ...] | None = None  # the interviewee's hop, inside an answer
    interviewee: tuple[Hop, ...] | None = None

    def find_interviewee() -> tuple[Hop, ...]:
        """The person the introduction presents ("Rana Siddiqui is a senior fellow …")."""
        for k in range(len(said) - 1, -1, -1):
            subj = subject_of(k)
            if subj and " " in subj and subj.split()[0] not in _NOT_SUBJECT:
                r = read_source(subj)
                if r.kind == "person" and r.anaphor is None:
                    at = text.find(subj)
                    return resolver.chain([Mention(subj, at, at + len(subj), "interview")])
        return (Hop("interviewee", "unnamed", "interview"),)

    def emit(idx: int, a: int, b: int, chain: tuple[Hop, ...]) -> None:
        if answer is not None and (not chain or chain[0].name != answer[0].name):
            chain = (*answer, *chain)  # what the interviewee says others said
        who = tuple([h.name for h in chain]) if chain else ()
        for ca, cb in split_claims(text, a, b, _CLAIM_MIN_WORDS):
            if text.find(" ", ca, cb) < 0:
                continue
            # the same words from the same sources once; from other sources, again
            k = (text[ca:cb], who)
            if k in seen:
                continue
            seen.add(k)
            claims.append(Claim(idx, ca, cb, k[0], chain))

    def flush(chain: tuple[Hop, ...] | None) -> None:
        for idx, a, b in pending:
            emit(idx, a, b, chain or ())
        pending.clear()

    # the page's own chrome (masthead, footer, notices) names the publisher: "Anadolu
    # learned from diplomatic sources" in Anadolu's own story is the story's own sourcing
    def in_chrome(name: str) -> bool:
        return any(name in text[sp[0] : sp[1]] for sp in spans if sp[2] == "boilerplate")

    def chrome_count(name: str) -> int:
        return sum(text.count(name, sp[0], sp[1]) for sp in spans if sp[2] == "boilerplate")

    resolver.in_chrome = in_chrome
    n_spans = len(spans)
    for i, sp in enumerate(spans):
        start, end, kind, para, _, duplicate = sp
        s = text[start:end]
        sentences.append(Sentence(i, start, end, s, kind))
        if kind == "boilerplate" or duplicate:
            continue
        if kind == "caption":
            for a, b, chain in _caption_claims(text, sp, resolver):
                emit(i, a, b, chain)
            continue
        if kind == "headline" and title is None:
            title = s
        new_para = para != last_para
        if new_para:
            if quote_open and s[:1] not in _QUOTE_OPENERS:
                # an unbalanced quote mark must not swallow the next paragraphs; a quote
                # carries over only when the new paragraph reopens it (news convention)
                quote_open = False
            sb = _SOUNDBITE.fullmatch(s) if pending and not quote_open and " / " in s else None
            if sb is not None:
                # a broadcast script's quote, then its speaker's caption on the next line:
                # "Choi Eun-jung / Director-General for Trade Policy, Ministry of Trade"
                who = Mention(
                    sb.group("name"),
                    start + sb.start("name"),
                    start + sb.end("name"),
                    "said",
                    None,
                    sb.group("role"),
                )
                last_chain = resolver.chain([who])
                if last_chain and last_chain[0].kind != "person":
                    # the caption names one person, whatever the role's words suggest
                    last_chain = (replace(last_chain[0], kind="person"), *last_chain[1:])
                flush(last_chain)
                last_para = para
                continue
            if pending and not quote_open:
                flush(fallback)
            last_para = para
            answer = None
            if s[:1] in "QA" and _QA.match(s):  # every _QA form starts with Q or A
                if s[0] in "Qq":
                    asked = True
                elif asked:
                    interviewee = interviewee or find_interviewee()
                    answer = interviewee
        if answer is not None and (qa := _QA.match(s)):
            start += qa.end()  # "A: Mostly, yes." -> "Mostly, yes."
            s = text[start:end]
            sp = sp._replace(start=start)
        if '"' in s or "\u201c" in s or "\u201d" in s or "''" in s or "``" in s:
            starts_in, quote_open = _quote_state(text, start, end, quote_open, new_para)
        else:  # no quote mark at all (most sentences): the state carries over unchanged
            starts_in = quote_open
        lone = (i == 0 or spans[i - 1].paragraph != para) and (
            i + 1 == n_spans or spans[i + 1].paragraph != para
        )
        frames = find_frames(s, start, lone)
        if frames and starts_in:
            q = _QUOTE_END.search(text, start + 1, end)
            if q is None or not text[q.end() : end].strip(" .,!?"):
                # '“The records will show that the work was done.”': the quoted speaker's
                # words, whatever verbs they use
                frames = []
        resolver.sentence = len(said)
        said.append(s)
        quoted.append(starts_in)
        subjects.append(False)
        if frames:
            chains = [resolver.chain(f.mentions) for f in frames]
            if "statement" in s and chains[0] and _IN_A_STATEMENT.search(s):
                # "In a statement, the caucus said …": a later "the statement said" is theirs
                resolver.documents["the statement"] = chains[0][:1]
            for f, chain in zip(frames, chains, strict=True):
                for a, b in f.content:
                    emit(i, a, b, chain)
                for a, b, says in _relative_descriptions(text, f):
                    # "Mayor X, who votes only to break ties, said": a fact; "X, who said …"
                    emit(i, a, b, chain if says else ())
            first_anchor = start + min([f.anchor for f in frames])
            # the quote this sentence goes on with is the outer speaker's: '"Congress paid.
            # The law says it goes out," Marsh told reporters' -> Marsh, not the law
            k = frames[0].outer
            speaker = chains[0][:k] if 0 < k < len(chains[0]) else chains[0]
            if starts_in and last_chain and not _CLOSE_QUOTE.search(text, start, first_anchor):
                # '“But we're asked to pay, and the auditor has told us the data isn't
                # there.”': a quote going on; its speaker's, whoever the speaker cites
                speaker = last_chain
            for a, b in _residual(text, sp, frames):
                if text.count(" ", a, b) < _RESIDUAL_MIN_WORDS - 1:
                    continue
                a, b = clean(text, a, b)
                if _intro_like(text[a:b]) or (b <= first_anchor and _setting(text[a:b])):
                    # "In a statement on Tuesday, X said …", "…, the agency said in its
                    # latest update": where and when it was said is no claim of its own
                    continue
                if text.count(" ", a, b) >= _RESIDUAL_MIN_WORDS - 1:
                    emit(i, a, b, speaker if starts_in and b <= first_anchor else ())
            if pending:
                flush(speaker if starts_in else fallback)
            last_chain = chains[-1]
            continue
        said_by = _BARE_SAID.match(s) if pending else None
        if said_by:
            # '"… a show, no?" Freddy Ortega said.': the question mark ended the sentence
            g = "np" if said_by.group("np") else "np2"
            who = Mention(
                said_by.group(g), start + said_by.start(g), start + said_by.end(g), "said"
            )
            last_chain = resolver.chain([who])
            flush(last_chain)
            continue
        a, b = clean(text, start, end)
        if a >= b:
            continue
        if starts_in:
            if not pending:
                fallback = last_chain
            pending.append((i, a, b))
            if (
                not quote_open
                and i + 1 < n_spans
                and spans[i + 1].paragraph != para
                and not _SOUNDBITE.fullmatch(text, spans[i + 1].start, spans[i + 1].end)
            ):
                flush(fallback)
            continue
        if pending:
            flush(fallback)
        dl = _CAPS_DATELINE.match(text, a, b)
        if dl is not None:
            a = dl.end()  # "KUALA LUMPUR: More than 1,400 schools …": the place, no claim
        emit(i, a, b, ())
        last_chain = _colon_intro(s, start, resolver) if s.rstrip()[-1:] == ":" else None
    flush(fallback)
    claims.sort(key=lambda c: c.start)
    claims = apply_renames(claims, resolver.renames)
    # the resolver and the helpers above refer to each other (a reference cycle): unlinked,
    # all of this article's working state is freed at once instead of by the cyclic collector
    resolver.recent_subject = None
    return Extraction(text, tuple(sentences), tuple(claims), title)
