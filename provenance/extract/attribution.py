"""Find attributions in one sentence: the content, who it is attributed to, the cue and date.

Each attribution is a Frame: the content span(s) and the mentions of its sources, from the
source the article cites outward ("X reported, citing Y" -> [X, Y]). Patterns are matched
on bounded windows around each cue so that run time stays linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from provenance.extract.cues import (
    ACC,
    ACRONYM,
    AGE,
    AGREED_TO,
    AND_VP,
    ARE_REPORTED,
    ASKED_TO,
    AUX_BEFORE,
    AUX_WORDS,
    BARE_CLAUSE_OK,
    CALL_FOR,
    CAP_BEFORE,
    CITING,
    CLAUSE_PRONOUNS,
    CLAUSE_START,
    CLOSE_TO,
    COLON_HEAD,
    COLON_NOT,
    COMMA_QUOTE,
    CORP_SUFFIX,
    CREDENTIAL,
    CREDENTIALS,
    CUE,
    CUE_ASCII,
    CUE_WORDS,
    DATE_LEAD,
    DATE_RE,
    DATE_WORDS,
    DEMAND_TO,
    DESC_LIKE,
    DET_ONLY,
    DOCUMENT,
    END_CHARS,
    EVIDENCE_NOUNS,
    EVIDENCE_NP,
    FINITE,
    GENERIC_HEADS,
    GOES_ON,
    HEAD_BODY,
    HEAD_PREPS,
    HEAD_SOURCE,
    HEARING,
    IN_POLL,
    INTRO,
    INV_NP,
    IT_REPORTED,
    LABEL,
    LEAD_CONJ,
    LEFT_BOUND_REV,
    LOWER_LEAD,
    LY_NOUNS,
    MAX_CUES,
    MONTH_WORDS,
    NAME_AFTER_ROLE,
    NAME_GLUE,
    NAME_LIKE,
    NEEDS_CLAUSE,
    NEEDS_SUBJECT,
    NEEDS_THAT,
    NEGATION,
    NOBODY,
    NOT_A_SOURCE,
    NOT_BARE,
    NOT_IN_NP,
    NOT_NP_START,
    NOT_PEOPLE,
    NOUN_CUES,
    NOUN_NEXT,
    NP_START_OK,
    NUMBER_ONLY,
    OBJECT,
    OPENING,
    PAPER_PARTICIPLES,
    PART_SET,
    PARTICIPLES,
    PARTICLE,
    PARTY_OF,
    PASSIVE_END,
    PEOPLE_SUFFIXES,
    PLACE_PREP,
    PLEA,
    POST_REST,
    PP_THEN_CLAUSE,
    PREP_INTRO,
    PREP_START,
    PROG_AUX,
    PROGRESSIVE,
    QCLOSE,
    QUESTION,
    QUOTED_AS,
    RECIPIENT,
    REDUCED_RELATIVE,
    RESEARCH,
    REST_EMPTY,
    REST_PART,
    START_CHARS,
    STRONG,
    SUBJ_NP,
    SUBJECT_NEXT,
    TAIL,
    THAT_PARTICIPLES,
    THE_PLACE,
    TOLD_THAT,
    UNN,
    UNNAMED_HEAD,
    VERB_LIKE,
    VERBISH,
    WAS_QUOTED,
    WEAK_NEEDS,
    WORD_RE,
)
from provenance.extract.lexicon import words
from provenance.extract.names import ANAPHOR_NOUNS, MARKET_DATA, ROLE_WORDS


@dataclass(slots=True)
class Mention:
    """A source as written in the sentence (absolute offsets), with its cue and date."""

    text: str
    start: int
    end: int
    cue: str
    date: str | None = None
    description: str | None = None
    unnamed: str | None = None  # description for a source with no mention ("it was reported")


@dataclass(slots=True)
class Frame:
    """One attribution in a sentence: content spans and source mentions, outermost first."""

    content: list[tuple[int, int]]
    mentions: list[Mention]
    anchor: int  # start of the source/cue region, for ordering and nesting
    anchor_end: int
    participle: bool = False  # the source is borrowed from the main clause
    nested_into_by: Frame | None = None
    regions: list[tuple[int, int]] | None = None  # attribution text of frames nested into this
    outer: int = 0  # mentions taken from the frame this one is nested in, leading the list


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces, quotes and punctuation."""
    # index walks, never copying the span: this runs several times for every cue
    while start < end and text[start] in _START_SET:
        start += 1
    while end > start and text[end - 1] in _END_SET:
        end -= 1
    return start, end


_GOES_ON_VP = re.compile(
    r"\s*,\s*(?:but|and|yet)\s+(?:had|has|have|would|will|was|were|is|are|could|did|does)\b"
)
_PART_AFTER = re.compile(r",\s+(?:" + "|".join(PARTICIPLES) + r")\b")
_CLAUSE_AFTER = re.compile(r",\s+(?:as|while|when|after|before|even\s+as|amid)\s")
_ANON_WHO = re.compile(
    r"who\s+(?:spoke|speaks|asked|requested|declined|insisted|was\s+not|were\s+not|is\s+not"
    r"|are\s+not)\b"
)
_REFERRED = re.compile(r"\s+(?:all\s|further\s|the\s)?(?:questions|inquiries|queries|requests)\b")
_COMMIT = frozenset(
    words("vowed vows vow pledged pledges pledge promised promises promise threatened threatens")
)
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# what one dismisses in words: "dismissed reports of …", "dismissed the idea as …"
_DISMISSED_WORDS = re.compile(
    r"[^.;]{0,80}?\b(?:as|reports?|claims?|allegations?|accusations?|suggestions?|criticism"
    r"|concerns?|speculation|rumou?rs?|fears?|idea|notion|charges?|calls?|talk)\b"
)
_ANONYMITY = re.compile(r"\s+(?:on|under)\s+(?:the\s+)?condition")
_TOLD_TO = re.compile(r"\s+(?:us|me|you|him|her|them|everyone|people)\s+to\s+[a-z]")
_DEMONSTRATIVES = ("this", "these", "those")
_MONTH_LEAD = (" in", " since", " until", " last", " early", " late")
# a capitalised word a number belongs to: "Channel 12", "Group of 20", not "November 14"
_NUMBERED_NAME = re.compile(
    r"(?<![\w.])(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+(?:\sof)?$"
)
_NOT_ENDS = ("n't", "n\u2019t")  # "wouldn't", "didn\u2019t"
# who a trailing "here"/"there" can follow: "workers here", "police there", "the mayor there"
_PEOPLE_HERE = re.compile(
    r"(?:[a-z]{3,}(?<!ves)(?<!was)(?<!ss)s|police|staff|[Mm]ayor|[Gg]overnor)$"
)
_THEN_WORDS = frozenset(("then", "and then", "but then", "later", "and later"))
_SUBJECT_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "they", "it"))
_START_SET = frozenset(START_CHARS)
_END_SET = frozenset(END_CHARS)
# the last letters of PASSIVE_END's verbs, either case (keep in step with cues.py): a window
# ending in any other ASCII character skips the pattern
_PASSIVE_LAST = frozenset("sengmtSENGMT")


def _date_in(text: str) -> str | None:
    m = DATE_RE.search(text)
    return m.group(0) if m else None


def _left_chunk(s: str, cs: int) -> tuple[int, int, str]:
    """The clause-initial chunk before a cue: (start, boundary_start, boundary_text)."""
    lo = max(0, cs - 160)
    # search the reversed window so the nearest boundary is the first match
    rev = s[lo:cs][::-1]
    m = LEFT_BOUND_REV.search(rev)
    while m is not None and m.group(0) == ":" and rev[m.end() : m.end() + 1].isdigit():
        m = LEFT_BOUND_REV.search(rev, m.end())  # "paged at 9:16 a.m.": a time, no boundary
    if m is None:
        return lo, lo, ""
    bstart = cs - m.end()
    bend = cs - m.start()
    return bend, bstart, s[bstart:bend]


def _strip_np(s: str, a: int, b: int) -> tuple[int, int]:
    a, b = trim(s, a, b)
    while b > a:
        k = s.rfind(" ", a, b)
        last = s[max(k + 1, a) : b]
        low = last.lower()
        if k < a:
            if low in AUX_WORDS or (last.endswith("ly") and last.islower()):
                return a, a  # only "also" / "later" was left: no noun phrase here
            break
        if (
            (low in AUX_WORDS and not (last[:1].isupper() and s[k - 1 : k].isalpha()))
            or low.endswith(_NOT_ENDS)
            or (last.endswith("ly") and last.islower() and low not in LY_NOUNS)
        ):
            b = k  # "also", "now"; not the capital of a name: "the watchdog Peace Now"
            continue
        if low in ("here", "there") and _PEOPLE_HERE.search(s, a, k):
            b = k  # "Her campaign workers here said", "officials there say": where they are
            continue
        if low in MONTH_WORDS and s[max(a, k - 6) : k].lower().endswith(_MONTH_LEAD):
            b = s.rfind(" ", a, k)  # "Figures published by NHS England in September showed"
            if b < a:
                return a, a
            continue
        if low in DATE_WORDS or (
            last.isdigit() and len(last) <= 4 and not _NUMBERED_NAME.search(s, a, k)
        ):
            # "on Tuesday", "on November 14", "last week"; "Channel 12" is a name
            b = k
            k2 = s.rfind(" ", a, b)
            prev = s[max(k2 + 1, a) : b].lower()
            if k2 < a and (prev in DATE_LEAD or prev in MONTH_WORDS):
                return a, a  # "who in 2010 said": only the date was there
            if k2 >= a and (prev in DATE_LEAD or prev in MONTH_WORDS):
                b = k2
                k3 = s.rfind(" ", a, b)
                if prev in MONTH_WORDS and k3 >= a and s[k3 + 1 : b].lower() in DATE_LEAD:
                    b = k3
            continue
        break
    a, b = trim(s, a, b)
    m = LEAD_CONJ.match(s, a, b)
    if m:
        a = m.end()
    return a, b


@lru_cache(maxsize=8192)
def _people_plural(word: str) -> bool:
    """ "participants", "scientists", "officials": a plural noun for people or bodies."""
    w = word.lower()
    return w in GENERIC_HEADS or (
        word.islower() and len(w) > 4 and w.endswith(PEOPLE_SUFFIXES) and w not in NOT_PEOPLE
    )


def _people_with_pp(words: list[str]) -> bool:
    """ "elected officials from both parties", "attorneys for the family": people, then a PP."""
    for i, w in enumerate(words[:4]):
        if w in HEAD_PREPS:
            return (
                i > 0
                and len(words) - i <= 8
                and _people_plural(words[i - 1].lower())
                and all(x[1:].islower() and x.lower() not in AUX_WORDS for x in words[:i])
            )
    return False


_BODY_KINDS = frozenset(("organisation", "agency", "outlet", "government"))


def _role_name(words: list[str]) -> bool:
    """ "frontman Anthony Kiedis", "actress Jane Roe": a lowercase role, then a name."""
    k = 0
    while k < len(words) and words[k].islower():
        k += 1
    if 2 < k <= 5 and 1 <= len(words) - k <= 3 and ANAPHOR_NOUNS.get(words[k - 1]) in _BODY_KINDS:
        # "national power grid operator Ukrenergo": what the body is, then its name
        return all(w[:1].isupper() for w in words[k:]) and not any(
            w in AUX_WORDS or w in DATE_WORDS or w in NOT_NP_START for w in words[:k]
        )
    return (
        0 < k <= 2
        and 2 <= len(words) - k <= 3
        and all(w[:1].isupper() for w in words[k:])
        and not any(w in AUX_WORDS or w in DATE_WORDS or w in NOT_NP_START for w in words[:k])
    )


# a paper named by what it looks into, however long: "A forensic investigation into …"
_INQUIRY_INTO = re.compile(
    r"(?:an?|the)\s(?:[\w-]+\s){0,2}(?:study|investigation|inquiry|review|audit|report|analysis"
    r"|survey|probe|assessment|evaluation)\s(?:into|of|on)\s",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _np_ok(np: str) -> bool:
    if not np or len(np) > 170:
        return False
    if np[:5].lower() in ("more ", "fewer", "less ", "at le", "at mo") and (
        mt := _MORE_THAN.match(np)
    ):
        return _np_ok(np[mt.end() :])  # "more than half said": the half that said it
    words = np.split()
    if CLOSE_TO.search(np):
        np = CLOSE_TO.sub("x", np)
        words = np.split()
    if len(words) == 1 and words[0] in ("Some", "some", "Both", "both"):
        return True  # "Some said they had cringed": some of those the story is about
    if not words or DET_ONLY.match(words[-1]):
        return False
    if (
        (len(words) > 12 or len(np) > 120)
        and not _official_name(words)
        # "A forensic investigation into a R62-million tender to refurbish the city's works"
        and not (len(words) <= 20 and _INQUIRY_INTO.match(np))
    ):
        return False
    if (
        words[0].endswith("ing")
        and (words[0].islower() or (len(words) > 1 and words[1][:1].islower()))
        # "Housing charity Shelter", "Polling firm Ipsos": a described name, not "Speaking to"
        and not (words[0][:1].isupper() and len(words) <= 4 and words[-1][:1].isupper())
    ):
        return False
    if NUMBER_ONLY.fullmatch(np) or _AMOUNT_END.search(np):
        return False  # "1,420 suspected cases", "38 cents adjusted vs. 52 cents": nobody
    if "ed " in np and _VERB_OBJECT.search(np) and " who " not in np and " that " not in np:
        return False  # "Twelve firms signed an open letter": a clause, not a noun phrase
    if len(words) == 2 and words[0].lower() in ("this", "that") and words[1] in NOT_A_SOURCE:
        return False  # '"This ruling confirms that …," she said': the speaker's own words
    if len(words) == 1 and words[0].lower() in ROLE_WORDS:
        return True  # headline style: "…, governor says"
    if 1 < len(words) <= 3 and np.islower() and words[-1] in ROLE_WORDS and words[0].isalpha():
        return words[0] not in NOT_NP_START  # headline style: "…, former rival says"
    if (
        len(words) <= 3
        and words[-1] in _BARE_BODIES
        and np.islower()
        and all(w.isalpha() for w in words)
        and words[0] not in NOT_NP_START
    ):
        return True  # headline style, no article: "…, health ministry says"
    if len(words) <= 4 and words[-1] in _PAPER_PLURALS and np.islower() and words[0].isalpha():
        return True  # "…, court filings show", "government figures show"
    if (
        not NP_START_OK.match(np)
        and not (
            any(w[:1].isupper() for w in words[1:])
            and (words[0].lower() in LOWER_LEAD or any(w.lower() in ROLE_WORDS for w in words))
        )
        and not (len(words) <= 4 and _people_plural(words[-1]))
        and not _role_name(words)
        and not (len(words) <= 6 and _people_plural(words[0]))
        and not _people_with_pp(words)
    ):
        return False
    w0 = words[0].lower()
    if w0 in NOBODY or w0 in NOT_NP_START:
        return False
    if w0 in ("who", "which") and len(words) > 1:
        return False
    if w0.endswith(("\u2019s", "'s")) and w0[:-2] in ("it", "that", "there", "here", "what", "who"):
        return False
    if " to " in np and _people_with_pp(words):
        np = np.replace(" to ", " of ", 1)  # "aides to Gov. Chris Christie"
    if " to " in np and _INQUIRY_INTO.match(np):
        np = np.replace(" to ", " of ")  # "an investigation into a tender to refurbish the plant"
    return not NOT_IN_NP.search(np)


_DEF_PAPER = re.compile(
    r"(?i:the|a|an|this|that)\s(?:[\w-]+\s){0,3}(?:study|report|survey|analysis|paper|poll"
    r"|review|audit|research|trial|inspection|assessment|evaluation)"
)
_INVERTED_CUE = re.compile(r"(?:said|says|told|added|wrote|explained)\s(?=[A-ZÀ-ÞĀ-ɏ])")
# who put their name to a paper, describing it: "The memo, signed by Whitford, said"
_SIGNED_BY = ("signed by ", "co-signed by ", "countersigned by ", "addressed to ")
_MADE_BY = re.compile(
    r"(?:carried\sout|conducted|commissioned|compiled|published|released|produced)\sby\s"
    r"(?P<by>(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*(?:\s(?:of\s|and\s)?[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*){0,5})"
)
_OBTAINED_NUMBERS = re.compile(
    r"(?i:the\s)?(?i:figures|data|numbers|statistics)\s(?:obtained|seen|reviewed)\sby\s"
)
_BARE_NUMBERS = re.compile(
    r"(?i:(?:new|latest|fresh|official|preliminary|provisional)\s)?(?i:figures|data|numbers|statistics)"
)
_POST_OF = re.compile(
    r"(?:(?:Deputy|Acting|First)\s)?(?:Head|Chief|Director|Chairman|Chairwoman|Chair|President"
    r"|Governor|Mayor|Secretary|Minister|Commander|Leader)\sof\s"
)
# ", with researchers warning …": who the participle's words are
_WITH_SPEAKER = re.compile(r",\swith\s(?P<np>[^,;]{2,60}?)\s+$")
_FINDERS = re.compile(
    r"(?i:the\s)?(?:[Rr]esearchers|[Ss]cientists|[Aa]uthors|[Ii]nvestigators|[Aa]uditors"
    r"|(?:[\w-]+\s){0,2}(?:study|studies|survey|review|audit|analysis|report|researchers))"
)
# "A federal judge found users plausibly alleged …": a court's finding, when it is a clause
# ("the jury found him guilty" is a verdict the article reports)
_COURT_FINDERS = re.compile(r"(?i:the\s|an?\s)?(?:[\w-]+\s){0,2}(?:judge|court|panel|tribunal)")
# a handout picture's caption: "This photo, released by KCNA on Nov. 4, shows …", "In this
# photo provided by the ministry, …"
_PHOTO_BY = re.compile(
    r"(?:This|In\sthis)\s(?:[\w-]+\s)?(?:photo|image|picture|photograph|screenshot|video\sgrab)"
    r",?\s(?P<cue>(?:released|provided|taken|distributed|published|supplied|made\savailable)"
    r"\sby)\s(?P<np>[^,;]{2,90}?)(?:\s(?:on|in)\s[^,;]{3,30}(?:,\s\d{4})?)?,\s(?:shows?\s)?"
)
_WARNED = frozenset(words("warned warns warn cautioned cautions"))
_HYPOTHETICAL = re.compile(r"\s(?:would|could|might|may)\s")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|noted|wrote|argued)\s")
_ADDED_OBJECT = re.compile(
    r"\s(?:the|a|an|its|their|his|her|more|another|some|nearly|about|to|[\d$\u00a3\u20ac])\b"
)
_MORE_THAN = re.compile(r"(?i:(?:more|fewer|less)\sthan|at\s(?:least|most))\s")
_PAPER_PLURALS = frozenset(words("filings records documents figures statistics emails memos"))
_FIGURE_START = frozenset("$\u00a3\u20ac\u00a50123456789")
_AMOUNT_END = re.compile(
    r"(?:[$\u00a3\u20ac\u00a5]\d[\d.,]*|\d[\d.,]*(?:%|\s(?:cents?|billion|million|trillion"
    r"|percent|points?)))$"
)
# public bodies a headline names without an article
_BARE_BODIES = frozenset(
    words(
        "ministry department government police army military agency authorities officials "
        "company firm union council regulator court watchdog airline bank insurer lender "
        "carrier utility operator retailer automaker board commission"
    )
)
_VERB_OBJECT = re.compile(r"\s[a-z]{3,}ed\s(?:a|an|the|its|their|his|her)\s")
_NAME_GLUE_LOW = frozenset(("of", "the", "for", "and", "on", "in", "de", "&"))


def _official_name(words: list[str]) -> bool:
    """ "the press service of the Main Directorate of the Russian Emergencies Ministry for the
    Kamchatka Region": a long official title, all names and glue, a role word or two."""
    if len(words) > 22:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    loose = sum(1 for w in words if w[:1].islower() and w not in _NAME_GLUE_LOW)
    return loose <= 3 and caps * 2 >= len(words) - sum(1 for w in words if w in _NAME_GLUE_LOW)


@lru_cache(maxsize=8192)
def _intro_like(seg: str) -> bool:
    """An introductory phrase ("In June", "Earlier", "On Tuesday"), not a clause."""
    seg = seg.strip()
    if not seg:
        return True
    n = len(seg.split(None, 8))  # up to 9 words: enough for the tests below
    if DATE_RE.fullmatch(seg):
        return True
    if n <= 3 and INTRO.match(seg):
        return True
    if n <= 8 and _REACHED.match(seg) and not VERBISH.search(seg):
        return True  # "Reached by phone on Tuesday, Joyce told …": how the words were had
    if _SPEAKING_INTRO.match(seg) and "," not in seg and len(seg) < 120:
        return True  # "Addressing farmers at Sengezane on Wednesday, the deputy minister …"
    if seg[:13].lower() == "according to " and "," not in seg and len(seg) < 160:
        return True  # "According to a recording of a Tuesday all-hands meeting reviewed by …"
    k = seg.find(", ")
    if k > 0 and sum(1 for w in seg[k + 2 :].split() if w[:1].islower()) >= 2:
        return False  # "On Monday, leaders backed the plan": an intro, then a clause
    return n <= 8 and bool(PREP_INTRO.match(seg)) and not VERBISH.search(seg)


def _tail(s: str, pos: int) -> tuple[int, str | None]:
    m = TAIL.match(s, pos, min(len(s), pos + 200))
    if not m or m.end() == pos:
        return pos, None
    return m.end(), _date_in(s[pos : m.end()])


def _citing(s: str, pos: int, off: int) -> tuple[int, Mention | None]:
    """ ", citing Y[, the appositive]" right at pos: the cited hop and where it ends."""
    m = CITING.match(s, pos, min(len(s), pos + 260))
    if not m:
        return pos, None
    a, b = trim(s, m.start("np"), m.end("np"))
    if a >= b or not (
        _np_ok(s[a:b]) or RESEARCH.search(s, a, b) or s[a:b].rsplit(None, 1)[-1] in MARKET_DATA
    ):
        # ", citing ample supply", ", citing commitments made in …": a reason, not a source
        return pos, None
    np = s[a:b]
    if (
        np[:2] in ("a ", "an")
        and not any(w[:1].isupper() for w in np.split()[1:])
        and not _CITED_SOURCE.search(np)
        # "reported, citing a doctor at the hospital, that …": who told it, then what
        and not s.startswith((", that ", " that "), b)
    ):
        return pos, None  # ", citing a recovery in manufacturing and tourism": a reason
    cue = "citing" if "citing" in m.group(0) else m.group(0).strip(" ,").split()[0]
    desc = m.group("app")
    return m.end(), Mention(s[a:b], off + a, off + b, cue, None, desc)


_INITIAL_WORD = re.compile(r"[A-ZÀ-ÞĀ-ɏ][\w'\u2019&-]*")


def _name_of_acronym(s: str, na: int, k: int) -> int:
    """Where the name spelt by the acronym in brackets at k starts: na, or before it when the
    name holds commas ("The Textile, Apparel, Footwear and Travel Goods Association in
    Cambodia (TAFTAC)" from "Footwear …", "The Kenya Medical Practitioners, Pharmacists and
    Dentists Union (KMPDU)" from "Pharmacists …")."""
    acronym = s[k + 1 : s.find(")", k)]
    if k <= na or not acronym.isalpha():
        return na

    def spelt(a: int) -> bool:
        """Do the capitalised words from a spell the acronym (a word may be skipped)?"""
        letters = iter("".join(w[0] for w in _INITIAL_WORD.findall(s, a, k)))
        return s[a : a + 1] == acronym[0] and all(c in letters for c in acronym)

    if spelt(na):
        return na
    a = na
    for _ in range(10):
        gap = 2 if s[a - 2 : a] == ", " else 1 if s[a - 1 : a] == " " else 0
        if not gap:
            break
        w = s.rfind(" ", 0, a - gap) + 1
        if not _INITIAL_WORD.fullmatch(s, w, a - gap):
            break  # a word in small letters: the name began after it
        a = w
        if spelt(a):
            # the article before the name: "The Textile, …", "The Kenya Medical …"
            return a - 4 if s[a - 4 : a] in ("The ", "the ") else a
    return na


def _source_before(s: str, cs: int) -> tuple[int, int, str | None, int, str] | None:
    """Source NP ending at cue start: (np_start, np_end, description, clause_start, boundary)."""
    last = s[max(0, cs - 12) : cs].rstrip()[-1:]
    if (last >= "\x80" or last in _PASSIVE_LAST) and PASSIVE_END.search(s, max(0, cs - 12), cs):
        return None
    ont = s.rfind(", opens new tab", max(0, cs - 18), cs)
    if ont > 0 and not s[ont + 15 : cs].strip():
        cs = ont  # "Norvane Semiconductor (NRVG.DE), opens new tab said": a ticker's link text
    sp = cs - 1 if s[cs - 1 : cs] == " " else cs
    aside = _ASIDE.search(s, max(0, sp - 48), sp) if s[sp - 1 : sp] == "," else None
    if aside:
        cs = aside.start()  # "He, however, denied …": the subject before the aside
    paren = None
    acronym_end = 0
    j = cs
    while j > 0 and s[j - 1] == " ":
        j -= 1
    w = s.rfind(" ", 0, j)
    if w > 0 and s[w - 1] == ")" and s[w + 1 : j].lower() in AUX_WORDS:
        j, cs = w, w + 1  # "Harlan Teague (R-Kan.) has said": the affiliation, then "has"
    if j > 0 and s[j - 1] == ")":
        # "Gov. Lisa Tran (D-Calif.) said": the affiliation is a description; an acronym,
        # "The Joint Chiefs of Staff (JCS) said", stays in the mention as an alias
        k = s.rfind("(", max(0, j - 40), j)
        if k > 0 and not ACRONYM.fullmatch(s[k + 1 : j - 1]):
            paren = s[k + 1 : j - 1].strip() or None
            cs = k
        elif k > 0:
            acronym_end = j
            cs = k
    a, bstart, btext = _left_chunk(s, cs)
    if (
        btext.strip() == "and"
        # "Minister of Climate, Energy and the Environment Sanna Virolainen said"
        and (s[a : a + 2].strip()[:1].isupper() or s[a : a + 6].strip()[:5] in _THE_CAPS)
        and (
            CAP_BEFORE.search(s, max(0, bstart - 40), bstart)
            # "co-founder and Chief Technology Officer Dana Okafor told": two roles, one person
            or (s[max(0, bstart - 30) : bstart].split() or [""])[-1].lower() in _ROLE_BEFORE_AND
        )
    ):
        # "The Centers for Disease Control and Prevention estimates": "and" inside a name
        a, bstart, btext = _left_chunk(s, bstart)
    na, nb = _strip_np(s, a, cs)
    if nb < cs and NEGATION.search(s, nb, cs):
        return None  # "has not reported", "never said": no attribution
    k = s.rfind(" ", na, nb)
    if k > na and s[k + 1 : nb].lower() in _SUBJECT_PRONOUNS:
        if s[na:k].lower() not in _SUBORDINATE_WORDS:
            # "fell short of the standards we expect": a relative clause, no speaker; "aides
            # said they expected": the speakers' own words
            return None
        # "While she says she will not vote for him, she …": the pronoun after "while"
        a, btext, na = k + 1, s[na:k].lower(), k + 1
    k = max(s.rfind(" said ", na, nb), s.rfind(" says ", na, nb), s.rfind(" found ", na, nb))
    if k > na:
        # "Police said Kessler told investigators …", "A judge found users alleged …": the
        # speaker after the cue
        na = s.index(" ", k + 1) + 1
    if acronym_end and na < nb:
        nb = acronym_end
        na = _name_of_acronym(s, na, s.rfind("(", na, nb))
    bt = btext.strip()
    if na < nb and ")" in s[na:nb] and "(" not in s[na:nb]:
        # "Deputy commissioner of police (cyber) Nandini Rawat said": the role, bracket and all,
        # describes the name after it
        j = s.rfind(")", na, nb)
        k = s.rfind("(", max(0, na - 80), na)
        ra, rb = trim(s, j + 1, nb)
        if k > 0 and ra < rb and NAME_LIKE.match(s[ra:rb]):
            pa, _, pbt = _left_chunk(s, k)
            da, db = trim(s, pa, j + 1)
            if da < k:
                return ra, rb, s[da:db], pa, pbt
        if k >= 0 and ra < rb and _WIRE_TAG.fullmatch(s, k, j + 1):
            na = ra  # "(LEAD) N. Korea says": the wire's version tag, no part of the name
        elif k > 0 and ACRONYM.fullmatch(s, k + 1, j):
            # "UN Trade and Development (UNCTAD) data showed": the name before the acronym
            start = _cap_name_start(s, k)
            if start < k:
                na = a = start
    if na >= nb and bt in QCLOSE and s[bstart - 1 : bstart] == "," and not paren:
        # 'Humphrey, who calls Trump a “sociopath,” said': the comma sits inside the quote;
        # a quote that opens the sentence ('“More and more, there are …,” said X') has none
        q = max(
            s.rfind("\u201c", 0, bstart), s.rfind('"', 0, bstart - 1), s.rfind("''", 0, bstart - 2)
        )
        if q < 0 or not s[:q].rstrip()[-1:].isalnum():
            # no quotation opens here: one opened in an earlier sentence closes ('Kestrel
            # needs growth, and …,” said X'), and its speaker follows the cue
            return None
        hit = _appositive_name(s, bstart - 1)
        if hit is not None:
            return hit
    if na >= nb and bt == "," and s[a:cs].strip().lower() in _THEN_WORDS:
        bt = "and"  # "Kasich offered the man a job, then said …": the subject speaks
    if na >= nb and bt == "," and not paren:
        # "X, a Texas Democrat, said" / "X, 21, a junior from Y, said": step back over
        # comma-separated descriptions to the name they describe
        hit = _appositive_name(s, bstart)
        if hit is not None:
            return hit
        return None
    if na >= nb and bt in ("\u2014", "\u2013", "--", "-") and not paren:
        # "Jason Sims \u2014 a teacher from Ohio \u2014 says": the name before the dashes; a
        # hyphen between spaces serves as a dash ("Deborah Reyes - his partner - told")
        sep = " - " if bt == "-" else bt
        k = s.rfind(sep, max(0, bstart - 160), bstart)
        if sep == " - " and k >= 0:
            k += 1
        if k > 0:
            da, db = trim(s, k + len(bt), bstart)
            pa, _, pbt = _left_chunk(s, k)
            pna, pnb = _strip_np(s, pa, k)
            desc = s[da:db]
            if (
                pna < pnb
                and desc
                and (
                    DESC_LIKE.match(desc + " ")
                    or desc[:1].islower()
                    # "Insiders in two states — Nevada and South Carolina — said": which ones
                    or (NAME_LIKE.match(desc) and not NAME_LIKE.match(s[pna:pnb]))
                )
                and _np_ok(s[pna:pnb])
                # "Joyce — who is listed as an attorney — told": a clause describes him
                and (not NOT_IN_NP.search(desc) or desc.startswith(("who ", "whose ")))
            ):
                return pna, pnb, desc, pa, pbt
            inner = _NAME_THEN_WHO.fullmatch(desc)
            if inner and pna < pnb and DESC_LIKE.match(s[pna:pnb] + " "):
                # "A former candidate -- John McCain, who lost in 2008 -- said": the name
                # inside the dashes, described on both sides
                return (
                    da,
                    da + inner.end(1),
                    f"{s[pna:pnb]}, {inner.group(2)}",
                    pa,
                    pbt,
                )
        return None
    if na >= nb and bt in ("and", "but"):
        prev_cue = None
        for cm in CUE.finditer(s, max(0, bstart - 240), bstart):
            if cm.group(0) in STRONG and not s.startswith(" tank", cm.end()):
                prev_cue = cm  # not "a Kyiv-based think tank"
        prev = _source_before(s, prev_cue.start()) if prev_cue is not None else None
        if prev is not None and prev[0] < prev[1]:
            # "The figures come after a committee warned that …, and recommended that …": the
            # speaker of the verb before, not the sentence's subject
            return prev[0], prev[1], prev[2], bstart, ""
        # "Trump doubled down and said ...": the subject of the sentence speaks
        subj = _subject(s, bstart)
        sub = SUBJ_NP.match(s)
        if subj and (not sub or subj[1] >= sub.end(1)):
            # "City manager Stefan Lindgren declined …, but said": the whole subject
            return subj[0], subj[1], None, bstart, ""
        if (
            sub
            and not INTRO.match(sub.group(1))
            and sub.end(1) < bstart
            and not sub.group(1).endswith(("'s", "\u2019s"))  # "Sweden's central bank …"
        ):
            return sub.start(1), sub.end(1), None, bstart, ""
        return None
    if na >= nb and bt in ("who", "which"):
        # "Smith, who said ...": the source is the NP before the relative pronoun
        j = bstart
        while j > 0 and s[j - 1] in " ,":
            j -= 1
        pa, _, _ = _left_chunk(s, j)
        pna, pnb = _strip_np(s, pa, j)
        if _STATE_TAG.fullmatch(s[pna:j].rstrip()) and s[:pna].rstrip().endswith(","):
            # "38 residents of Port Allard, La., who say": the state names the place before
            j = s[:pna].rstrip().rfind(",")
            pa, _, _ = _left_chunk(s, j)
            pna, pnb = _strip_np(s, pa, j)
            k = s.rfind(" of ", pna, pnb)
            if k > pna and s[k + 4 : k + 5].isupper():
                pnb = k  # "residents of Port Allard": the residents, of a place
            for prep in _PREP.finditer(s, pna, pnb):
                pna = prep.end()  # "… pay $212 million to 38 residents": after the preposition
        if not _UNNAMED_SPEAKER.fullmatch(s[pna:pnb][:1].lower() + s[pna + 1 : pnb]):
            pna = _trailing_np(s, pna, pnb)  # not "A resident of Kadugli, who asked …"
        if pna < pnb and s[pna:pnb][:1].islower() and s[:pna].rstrip().endswith(","):
            # "Jamal Whitaker, a renter who said …": the name the description follows
            hit = _appositive_name(s, j)
            if hit is not None:
                return hit[0], hit[1], hit[2], bstart, "who"
            c = s[:pna].rstrip().rfind(",")
            qa, _, _ = _left_chunk(s, c)
            qna, qnb = _strip_np(s, qa, c)
            qna = _trailing_np(s, qna, qnb) if qna < qnb else qna
            if s[pna:pnb].startswith(("the ", "a ", "an ")) and NAME_LIKE.fullmatch(s[qna:qnb]):
                # "… anyone who has followed Russell Vought, the OMB director, who has said":
                # the name at the end of the clause before, described
                return qna, qnb, s[pna:pnb], bstart, "who"
        if pna < pnb and _np_ok(s[pna:pnb]):
            return pna, pnb, None, bstart, "who"
        return None
    if na >= nb and bt == "that":
        # "Boudreau released a report that found …": who published the paper
        pm = _PUBLISHED_PAPER.search(s, max(0, bstart - 80), bstart)
        if pm is not None:
            pa, _, pbt = _left_chunk(s, pm.start())
            pna, pnb = _strip_np(s, pa, pm.start())
            if pna < pnb and _np_ok(s[pna:pnb]):
                return pna, pnb, paren, pa, pbt
        return None
    if na >= nb:
        return None
    tp = THE_PLACE.search(s, max(0, bstart - 40), bstart) if "-based" in s[na:nb] else None
    if bt == "," and tp:
        # "The San Jose, California-based chipmaker said": the place has a comma of its own
        na, a, btext = tp.start(1), tp.start(1), ""
    if bt == "," and _NAME_LIST_END.fullmatch(s, na, nb):
        # "the Ministry of Economy, Trade and Industry said": a list inside one name
        pa, pbs, pbt = _left_chunk(s, bstart)
        pna, _ = _strip_np(s, pa, bstart)
        for _ in range(3):
            # "the Ministry of Land, Infrastructure, Transport and Tourism": more items before
            if pna >= bstart or _OF_CAP_END.search(s, pna, bstart) or pbt.strip() != ",":
                break
            if not _CAP_ITEM.fullmatch(s, pna, bstart):
                break
            bstart = pbs
            pa, pbs, pbt = _left_chunk(s, bstart)
            pna, _ = _strip_np(s, pa, bstart)
        if pna < bstart and _OF_CAP_END.search(s, pna, bstart):
            na, a, btext = pna, pa, pbt
    if bt == "," and CORP_SUFFIX.match(s, na, nb):
        # "China State Railway Group Co., Ltd. showed": the suffix has a comma of its own
        pa, pbs, pbt = _left_chunk(s, bstart)
        pna, _ = _strip_np(s, pa, bstart)
        if pna < bstart and _np_ok(s[pna:nb]):
            na, a, btext = pna, pa, pbt
    if bt == "and" and bstart > 0:
        # "Regulators and environmental groups worried": a coordinated subject
        pa, pbs, pbt = _left_chunk(s, bstart)
        pna, pnb = _strip_np(s, pa, bstart)
        if (
            pna < pnb
            and (
                not pbt.strip()
                or (pbt.strip() == "," and _intro_like(s[:pbs]))
                # "…, teachers and union officials told POLITICO": two groups of people
                or (
                    pbt.strip() == ","
                    and _people_plural(s[pna:pnb].rsplit(None, 1)[-1])
                    and _people_plural(s[na:nb].rsplit(None, 1)[-1])
                )
            )
            and len(s[pna:nb].split()) <= (14 if s.startswith("Both ", pna) else 10)
            and _np_ok(s[pna:pnb])
            and (
                _np_ok(s[na:nb])
                # "The front-runner and former secretary of state said": one person, two roles
                or (s[pna:pnb].split(None, 1)[0] in ("The", "the") and _np_ok("the " + s[na:nb]))
            )
        ):
            na, a, btext = pna, pa, pbt
            for _ in range(3):
                # "Friends, lobbyists and former rivals say": a list of groups of people
                if btext.strip() != "," or not _people_plural(s[na:pnb].rsplit(None, 1)[-1]):
                    break
                qa, qbs, qbt = _left_chunk(s, s.rfind(",", 0, na))
                qna, qnb = _strip_np(s, qa, s.rfind(",", 0, na))
                if not (qna < qnb and len(s[qna:qnb].split()) <= 3):
                    break
                if not (_people_plural(s[qna:qnb].rsplit(None, 1)[-1].lower())):
                    break
                if qbt.strip() and not (qbt.strip() == "," and _intro_like(s[:qbs])):
                    break
                na, a, btext = qna, qa, qbt
    if s.startswith(("Both ", "both "), na) and " and " in s[na:nb]:
        na += 5  # "Both the ECHR and the EU's Court of Justice have ruled": the two
    if bt == "and" and bstart > 0 and na < nb and _PAPER_PARTICIPLE_LEAD.match(s, na, nb):
        # "A YouGov survey conducted across six states and published this month found": one
        # paper, two participles
        pa, _, pbt = _left_chunk(s, bstart)
        pna, pnb = _strip_np(s, pa, bstart)
        if pna < pnb and _RESEARCH_WORD.search(s, pna, pnb):
            na, a, btext = pna, pa, pbt
    pv = _PAPER_VERB_END.search(s, na, nb) if s.endswith("ed", na, nb) else None
    if pv is not None and _np_ok(s[na : pv.start()]):
        nb = pv.start()  # "A survey by the Confederation (CZI) released in August found"
    np = s[na:nb]
    if bt in ("who", "that") and bstart > 0:
        # "those who back her opponents say", "people who have battled threats say"
        pa, _, pbt = _left_chunk(s, bstart)
        ha, hb = _strip_np(s, pa, bstart)
        head = s[ha:hb]
        if head and bt == "who" and _ANON_WHO.match(s, bstart) and _np_ok(head):
            # "an Egyptian official who spoke on condition of anonymity told Al Jazeera": the
            # clause describes the speaker
            return ha, hb, s[bstart:nb], pa, pbt
        if (
            head
            and (head.split()[-1].lower() in GENERIC_HEADS or EVIDENCE_NP.match(head.split()[-1]))
            and len(s[ha:nb].split()) <= 16
        ):
            # "A 2014 study that appeared in the BMJ found": the study
            return ha, nb, paren, pa, pbt
        if (
            head
            and _people_plural(head.split()[-1])
            and len(s[ha:nb].split()) <= 16
            and _np_ok(head)
        ):
            # "Two operators that run disposal wells in Reeves County told": the people, whom
            # the clause describes
            return ha, hb, s[bstart:nb], pa, pbt
    rp = REDUCED_RELATIVE.search(np)
    # "An analysis released Monday by the Budget Office projected": who made it names it
    if rp and _np_ok(np[: rp.start("p")]) and " by " not in np[rp.start("p") :]:
        # "A Quinnipiac poll released in late August found": the poll, not the date
        return na, na + rp.start("p"), paren, a, btext
    ev = EVIDENCE_NP.match(np)
    if (
        ev
        and len(np.split()) <= 18
        and not NEGATION.search(np)
        # "(firms) signed an open letter urging …": a verb before the paper, no source
        and not any(w.islower() and w.endswith("ed") for w in np[: ev.end()].split()[:-1])
    ):
        # "A survey by the organization in March found", "leaked documents from his return show"
        return na, nb, paren, a, btext
    if not _np_ok(np):
        lead = _LEAD_SUBORDINATE.match(s, na, nb) if na == _sentence_start(s) else None
        if lead and _np_ok(s[lead.end() : nb]):
            # "While the ministry said the plant was safe, inspectors found leaks": a
            # subordinate clause opens the sentence; the main clause is the article's
            return lead.end(), nb, paren, lead.end(), lead.group(1).lower()
        if np.split(None, 1)[0] in _INTRO_PREPS:
            # "In a Bloomberg interview Trump declared": an opening phrase with no comma
            t = _trailing_np(s, na, nb)
            # a name of one or two words: "the Washington Post Trump" runs two names together
            if na < t and _np_ok(s[t:nb]) and s[t : t + 1].isupper() and s.count(" ", t, nb) <= 1:
                return t, nb, paren, t, ""
        return None
    return na, nb, paren, a, btext


_ROLE_THEN_NAME = re.compile(
    r"\s(?P<np>(?P<role>[a-z][\w-]*\s(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s){0,4})"
    r"[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*){0,3})"
    r"(?P<app>)(?P<rel>)(?=[,.;]|\s(?:on|at|in|told|said)\b|$)"
)
# ", Miller's former business partner." closing the sentence after a speaker
_TRAILING_APPOSITIVE = re.compile(
    r",\s((?:(?:the|a|an|his|her|their|its)\s|[A-ZÀ-ÞĀ-ɏ][\w.-]*['\u2019]s\s)[^,;:\"\u201c\u201d]{1,80})"
    r"(?=\.?\s*$)"
)
_ROLE_ENDS = ("ist", "eon", "ician", "ologist")  # strategist, surgeon, statistician
# a quotation closing, then who said it: '…,” said X', '…," the minister told reporters'
_QUOTE_THEN_SPEAKER = re.compile(
    r"[,.!?]?[\u201d\"]\s*(?:(?:said|says|added|adds|told|wrote|writes)\b"
    r"|(?:[\w.'\u2019-]+\s){1,6}?(?:said|says|added|adds|told|wrote|writes)\b)"
)
_COLON_NEXT = re.compile(r"[^.,;:\u201c\u201d\"]{0,40}:")
_BODY_HEADS = frozenset(
    words(
        "association federation institute union council committee commission board "
        "foundation chamber alliance coalition lobby"
    )
)
# a poll named as the sentence opens, and its respondents as the speakers
_POLL_INTRO = re.compile(
    r"(?:In|According\sto)\s(?P<poll>(?:an?|the)\s[^,;]{0,80}?\b(?:poll|survey)\b[^,;]{0,120}),"
)
_RESPONDENTS = re.compile(
    r"\d[\d.]*\s?(?:%|per\s?cent|percent)|(?:(?:a|one|two)\s(?:third|quarter|half|majority)"
    r"|most|many|nearly|almost|about|over|more|fewer|just)\b|respondents"
)
_QUOTED_NAMED = re.compile(
    r"\s(?P<desc>(?:an?|the|its|his|her)\s[^,;]{1,60}),\s(?P<np>[A-ZÀ-ÞĀ-ɏ][^,;]{1,60}),"
    r"\sas\s(?:saying|telling|writing)\b"
)
# "quoted Luis Mamani, the head of …, as saying" / "quoted the region's health minister,
# Amna Ibrahim, as saying": a name and its description, in either order
_QUOTED_PAIR = re.compile(
    r"\s(?P<x>[^,;]{1,80}),\s(?P<y>[^,;]{1,100}),\sas\s(?:saying|telling|writing)\b"
)
_PERSON_NAME = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Sgt)\.?\s)?[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]+"
    r"(?:\s(?:(?:al|el|bin|ibn|de|da|dos|van|von|der|la|le)[\s-])?[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]+){1,3}"
)
# a US state's abbreviation after a place: "Port Allard, La."
_STATE_TAG = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|W\.\s?Va\.")
_PREP = re.compile(r"\s(?:to|from|for|by|with|among|on|at)\s")
_CALL_NOUNS = (" phone", " conference", " video", " roll", " sales", " margin")
_LEARNED_FROM_END = re.compile(r"[,;:.]\s|[.]$|\sthat\s")
_QUOTED_BY = re.compile(r"\s(quoted|cited)\sby\s(?=\S)")
# "released a report that found": a paper its publisher put out
_PUBLISHED_PAPER = re.compile(
    r"\s(?:released|published|issued|unveiled|produced|put\sout)\s(?:a|an|its|the|their|his|her)"
    r"\s(?:[\w-]+\s){0,3}?(?:report|study|survey|analysis|review|audit|paper|assessment)\s+$"
)
# "Economy, Trade and Industry": the end of a name that lists its parts
_NAME_LIST_END = re.compile(
    r"[A-ZÀ-ÞĀ-ɏ][\w-]*(?:,\s[A-ZÀ-ÞĀ-ɏ][\w-]*)*\s(?:and|&)\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w-]*"
    r"(?:\s[A-ZÀ-ÞĀ-ɏ][\w-]*)*(?:\s\([A-Za-z]{2,8}\))?"
)
_THE_CAPS = frozenset("the " + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAP_ITEM = re.compile(r"[A-ZÀ-ÞĀ-ɏ][\w-]*")
_OF_CAP_END = re.compile(r"\b(?:of|for)\s[A-ZÀ-ÞĀ-ɏ][\w-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w-]*){0,2}$")
_INTRO_PREPS = frozenset(("In", "At", "During", "On", "After", "Before", "Since", "Later"))
# a subordinate clause opening the sentence; "As X reported, …" is a frame of its own
_LEAD_SUBORDINATE = re.compile(r"(Although|Though|Even\sthough|While|Whereas|When|After|Once)\s+")


def _sentence_start(s: str) -> int:
    """Where the words begin: past opening quotes, dashes and spaces."""
    return trim(s, 0, len(s))[0]


def _trailing_np(s: str, a: int, b: int) -> int:
    """Start of the noun phrase that ends a chunk: "... a move by rival Kessler Automation"."""
    toks = list(WORD_RE.finditer(s, a, b))
    i = len(toks)
    while i > 0 and (toks[i - 1].group(0)[:1].isupper() or toks[i - 1].group(0) in NAME_GLUE):
        i -= 1
    while i < len(toks) and toks[i].group(0) in NAME_GLUE:
        i += 1
    if i < len(toks) and i > 0:
        # a capitalised name ends the chunk: keep it, with "the" if it has one
        if toks[i - 1].group(0).lower() == "the":
            i -= 1
        return toks[i].start()
    if len(toks) > 4:
        # "the company": a determiner and its noun
        for k in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
            if toks[k].group(0).lower() in ("the", "a", "an", "its", "his", "her", "their"):
                return toks[k].start()
    return a


# an aside between a subject and its verb: "He, however, denied"
_ASIDE = re.compile(
    r",\s(?:however|meanwhile|though|too|also|in\sturn|for\s(?:his|her|its|their)\spart"
    # "The US Embassy in Manila, in a post on X, said": where it was said
    r"|in\san?\s(?:post|statement|tweet|interview|video|letter|email|message)"
    r"(?:\s(?:on|to|with)\s[\w.-]+(?:\s[\w.-]+)?)?),$"
)
# one person or a few, unnamed: "an administration official", "two senior diplomats"
_UNNAMED_SPEAKER = re.compile(
    rf"(?:an?|one|two|three|several|some|the)\s(?:[\w-]+\s){{0,3}}{UNNAMED_HEAD}s?"
    # "… at the Department of Cooperative Governance and Traditional Affairs"
    r"(?:\s(?:based\s)?(?:in|from|at|of|with)\s(?:the\s)?(?:[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*"
    r"(?:\s(?:of\s|and\s|for\s|the\s)*[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*){0,7}"
    # "an engineer at the project site": a place without a name; "a woman in the neighboring
    # city of Mutsu": a place described, then named
    r"|[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}(?:\sof\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)?)?)"
    # "… at the Ministry of Commerce in Gitega": where that body sits
    r"(?:\sin\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)?)?)?"
)
# a description that goes on into a relative clause: "the top Democrat on the … that …"
_DESCRIBED_BY_CLAUSE = re.compile(r"(?:the|a|an)\s[^,]*\s(?:that|who|which)\s")
# a role in a body: "UNICEF's deputy representative in Sudan" (a description, not a name)
_OWNERS_ROLE = re.compile(
    r"(?:[A-ZÀ-ÞĀ-ɏ][\w.&-]*\s)*[A-ZÀ-ÞĀ-ɏ][\w.&-]*['\u2019]s\s[a-z][\w-]*(?:\s[a-z][\w-]*)*"
    r"(?:\s(?:in|of|for|at|on)\s.*)?$"
)


# "Norland's CEO": a role in capitals after an owner, a description though it looks like a name
# "The Ministry's Chief Executive Officer": a title, an owner's possessive and all
_DET_TITLE = re.compile(
    r"(?:Its|His|Her|Their|The)\s(?:[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*\s){0,4}[A-ZÀ-ÞĀ-ɏ][\w-]*"
)
_GLUED_NAME = re.compile(
    r"(?:The\s)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019&.-]*(?:\s(?:of|on|and|for|the|&|de|du|des|la|le|del)\s"
    r"[A-ZÀ-ÞĀ-ɏ][\w'\u2019&.-]*|\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019&.-]*)*(?:\s\([A-Za-z]{2,8}\))?"
)
# the maker of a paper, then how the paper came out: "… (CZI) released [in August]"
_PAPER_VERB_END = re.compile(r"(?<=[\w)])\s(?:released|published|issued|compiled|conducted)$")
_PAPER_PARTICIPLE_LEAD = re.compile(
    r"(?:published|released|conducted|carried\sout|issued|compiled|presented|posted|updated"
    r"|commissioned|prepared|written)\b"
)
_CAP_POST = re.compile(
    r"(?:[A-Z][\w-]*\s){0,3}(?:Secretary|Minister|Director|Chairman|Chairwoman|President"
    r"|Commissioner|Governor|Ambassador|Spokesperson|Spokesman|Spokeswoman|Head|Chief|Officer)"
    r"\s(?:for|of|at|to)\s"
)
_PORTFOLIO_ITEM = re.compile(r"[A-Z][\w-]*(?:\s(?:and\s|&\s)?[A-Z][\w-]*){0,3}")
_TITLE_OF_BODY = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-ZÀ-ÞĀ-ɏ][\w-]*['\u2019]s)\s(?:[A-ZÀ-ÞĀ-ɏ][\w-]*\s){0,3}?"
    r"([A-ZÀ-ÞĀ-ɏ][\w-]*)\s(?:of|at|for)\s"
)
_OWNER_ROLE_WORD = re.compile(r"['\u2019]s\s(?:CEO|CFO|COO|CTO|Chief|President|Chairman|Director)$")


# a paper by who made it: "An analysis released Monday by the Commission on …"
_PAPER_NAMED = re.compile(
    r"(?:An?|The)\s(?:[\w-]+\s){0,2}?(?:analysis|report|study|survey|poll|review|audit"
    r"|estimate|estimates|forecast|assessment)\s[^,]*\b(?:by|from|of)\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ]"
)
_PLACE_DESCRIBED = re.compile(
    r"(?:the|a|an)\s(?:[a-z-]+\s){0,2}(?:capital|city|town|village|region|province|district"
    r"|county|state|port|hub|area)\b"
)
# words that open a clause, never a description of a name
_CLAUSE_LEADS = frozenset(
    words("when while after before as because since although though if until unless where")
)


def _scare_quoted(s: str, ch: str, a: int, b: int) -> bool:
    """Is the quotation mark ch in s[a:b] one of a pair closed there ('who has campaigned
    for doctors to “prescribe” gardening'): a word quoted, no boundary?"""
    if ch == "\u201d":
        return s.count("\u201c", a, b) == s.count("\u201d", a, b)
    return ch == '"' and s.count('"', a, b) % 2 == 0


# a title in quotes after a paper: ', titled "Navigating the Downturn: Risks and Options",'
_TITLED = re.compile(r"\s*(?:titled|entitled|called|headlined|dubbed)\s+[\"\u201c'\u2018]")
# a clause that ends where a name begins: "… came a day after ", "… fell sharply when "
_CLAUSE_THEN_NAME = re.compile(r"\s(?:after|before|when|as|while|since|until|because)\s+$")


_ROLE_OF = re.compile(r"((?:[a-z][\w-]*\s){1,4}?)(?:of|at|for|with)\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ]")


def _role_of(seg: str) -> bool:
    """ "chairman of the Emirates Brokers Forum", "head of research at Crestline": a post held
    at a body, in small letters, which describes the name before it."""
    m = _ROLE_OF.match(seg)
    return m is not None and not ROLE_WORDS.isdisjoint(m.group(1).split())


# a description in small letters ending on a place, right before a comma
_PLACE_GOES_ON = re.compile(
    r"(?:^|,\s)(?:a|an|the)\s[^,]*\b(?:in|near|from)\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*"
    r"(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)*$"
)
# a plural group's verb in the present after the words: "…, the researchers report."
_TRAIL_VERBS = ("report", "write", "note", "conclude")
_TRAIL_REPORT = re.compile(
    r",\s(?P<np>(?:the\s)?(?:[\w'\u2019-]+\s){0,3}?(?:researchers|authors|scientists"
    r"|investigators|analysts|economists|experts|doctors|team))\s(?P<cue>report|write|note"
    r"|conclude)\.?\s*$"
)
_QUOTE_CREDIT = re.compile(
    r"[\u201d\"]\s*[\u2015\u2014]\s*(?P<np>[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]+(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]+){0,3})"
    r"\.?\s*$"
)
_CREDIT_WORDS = frozenset(
    words("credit credits author article by photo photos writer reporter editor source courtesy")
)
# a title's speaker after its colon: "… On Track For $3.1b: Ratu Josaia", "…: PM Modi"
_HEAD_NAME = re.compile(
    r":\s(?P<np>(?:(?:Ratu|PM|Minister|President|Premier|Dr|Mr|Mrs|Ms|Sen|Gov|Chief|CEO)\.?\s)?"
    r"[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]+(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]+){0,2})\s*$"
)
_PLACE_DATELINE = re.compile(r"[A-ZÀ-ÞĀ-ɏ][\w'-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'-]*)?:\s(?=[A-ZÀ-ÞĀ-ɏ])")
_STRUCK = frozenset(words("blasted blasts slammed slams"))
_WITH_WEAPON = re.compile(
    r"\s(?:it|them|him|her|the\s[\w-]+(?:\s[\w-]+)?)\s(?:with|into|against)\s"
)
_BACKGROUND_RULING = re.compile(
    r"\b(?:since|after|before|when|until|because|following|once|as)\s(?:[\w.'\u2019-]+\s){1,7}$"
)


# what a name's commas set off that describes nothing: an age, a degree
_NOT_DESC = re.compile(rf"{AGE.pattern}|{CREDENTIALS}$")


def _appositive_name(s: str, comma: int) -> tuple[int, int, str | None, int, str] | None:
    """Walk back from the comma before a cue over descriptions to a name."""
    descs: list[str] = []
    end = comma
    lo = max(0, comma - 260)
    for _ in range(6):
        k = s.rfind(",", lo, end)
        while k > 0 and s[k - 1 : k].isdigit() and s[k + 1 : k + 2].isdigit():
            k = s.rfind(",", lo, k)  # "employs about 4,100 people": a number, no boundary
        seg_start = k + 1 if k >= 0 else lo
        if k > 0 and _TITLED.match(s, seg_start, end):
            # 'The study, titled "Navigating the Downturn: Risks and Options", found': its
            # title, quotes and colon and all, describes it
            descs.append(s[seg_start:end].strip())
            end = k
            continue
        # a clause boundary (quote, colon) also ends the walk
        for ch in ("\u201d", '"', ":", ";", "\u2014", "''"):
            q = s.rfind(ch, seg_start, end)
            if q >= 0 and not _scare_quoted(s, ch, seg_start, end):
                seg_start = q + len(ch)
        da, db = trim(s, seg_start, end)
        full_db = db  # an acronym in brackets stays in the mention: it is an alias
        if db > da and s[db - 1] == ")":
            # "Sen. Rob Portman (R-Ohio)": drop the affiliation for the checks below
            p = s.rfind("(", da, db)
            if p > da:
                if not ACRONYM.fullmatch(s[p + 1 : db - 1]):
                    full_db = p
                da, db = trim(s, da, p)
                full_db = max(full_db, db)
        inv = _INVERTED_CUE.match(s, da, db)
        if inv is not None:
            da = inv.end()  # '"…," said Munkhjin, a taxi driver, who said …': the name after it
        seg = s[da:db]
        if not seg:
            return None
        if k > 0 and CREDENTIAL.fullmatch(seg):
            # "Matthew Greer, MD, PhD, a neurologist …": degrees after the name, no description
            descs.append(seg)
            end = k
            continue
        if k > 0 and seg.isupper() and ACRONYM.fullmatch(seg):
            # "…, the Defence Headquarters, DHQ, has said": the name, then its acronym
            pk = s.rfind(",", lo, k)
            pa, pb = trim(s, pk + 1 if pk >= 0 else lo, k)
            caps = [w for w in s[pa:pb].split() if w[:1].isupper()]
            letters = iter("".join(caps).upper())
            # "Defence Headquarters" spells "DHQ": its capitals' initials, in order
            if pa < pb and caps and caps[0][0] == seg[0] and all(c in letters for c in seg):
                desc = ", ".join(reversed(descs)) or None
                return pa, pb, desc, pa, s[pk] if pk >= 0 else ""
        if k > 0 and descs and len(seg.split()) <= 2 and _PLACE_GOES_ON.search(s, lo, k):
            # "…, a physicist at the Christie in Manchester, UK, who …, says": the country
            # finishes the place; the name is further back
            descs.append(seg)
            end = k
            continue
        if k > 0 and (
            PARTY_OF.match(seg)
            or _OWNERS_ROLE.match(seg)
            or seg.startswith(_SIGNED_BY)
            # "Karim Haddad, chairman of the Emirates Brokers Forum, an industry group …, said"
            or (descs and _role_of(seg))
        ):
            # "Senator Dianne Feinstein, Democrat of California, said"; "Maria Lundqvist,
            # UNICEF's deputy representative in Sudan, told …"
            descs.append(seg)
            end = k
            continue
        name_like = (
            bool(NAME_LIKE.match(seg))
            or (
                seg[-1:].isalpha()
                and _np_ok(seg)
                and (seg.rsplit(" ", 1)[-1][:1].isupper() or (descs and not seg[:1].islower()))
            )
        ) and not INTRO.match(seg)
        if name_like and descs and seg[:1].islower() and PLACE_PREP.search(seg):
            name_like = False  # "…, a village head in Sagea, Central Halmahera, told": a role
        if not name_like and descs and len(seg.split()) <= 5 and _DEF_PAPER.fullmatch(seg):
            name_like = True  # "…, the study, published in the BMJ, found": the paper
        by = _MADE_BY.match(descs[-1]) if descs and _DEF_PAPER.match(seg) else None
        if by is not None:
            # "A poll of 2,000 adults, carried out by Opinium for the trust, found": who made it
            ba = s.find(descs[-1], seg_start) + by.start("by")
            bb = ba + len(by.group("by"))
            return ba, bb, seg, seg_start, s[k] if k >= 0 else ""
        if name_like and _DESCRIBED_BY_CLAUSE.match(seg):
            # "the top Democrat on the subcommittee that oversees FEMA": a description, though
            # it ends on a name
            name_like = False
        if name_like and not descs and k > 0 and _PLACE_DESCRIBED.match(seg):
            # "A local official in Djibo, the provincial capital about 40 km from Daboundé,
            # told AFP": the place is described, the official speaks
            name_like = False
        if name_like and not descs and k > 0 and seg.startswith(("a ", "an ")):
            # "The European Council on Refugees and Exiles, an alliance of NGOs, said": an
            # indefinite description, the name before it
            name_like = False
        if name_like and not descs and k > 0 and NAME_LIKE.match(seg):
            # "State Secretary for Health at the Ministry of Interior, Bálint Szepesi, urged": a
            # post in capitals, then its holder
            pk = s.rfind(",", lo, k)
            pa, pb = trim(s, pk + 1 if pk >= 0 else lo, k)
            if _CAP_POST.match(s[pa:pb]) and (pk < 0 or _intro_like(s[lo:pk])):
                return da, db, s[pa:pb], pa, s[pk] if pk >= 0 else ""
        if name_like and all(CREDENTIAL.fullmatch(d) for d in descs) and k > 0:
            # "Britain's domestic intelligence agency, MI5, said": the name, described
            pk = s.rfind(",", lo, k)
            pa, pb = trim(s, pk + 1 if pk >= 0 else lo, k)
            prev = s[pa:pb]
            qk = pk
            for _ in range(6):
                # "the Deputy Minister of Lands, Agriculture, Water and Rural Development, Dr
                # Tinashe Marufu, said": the portfolio's list, back to the title
                if qk <= lo or not _PORTFOLIO_ITEM.fullmatch(s[qk + 1 : k].strip().split(", ")[0]):
                    break
                qk = s.rfind(",", lo, qk)
                qa, _ = trim(s, qk + 1 if qk >= 0 else lo, k)
                if _TITLE_OF_BODY.match(s, qa) is not None:
                    pk, pa, prev = qk, qa, s[qa:pb]
                    break
            if (
                prev
                and DESC_LIKE.match(prev + " ")
                and (
                    not NAME_LIKE.match(prev)
                    or _OWNER_ROLE_WORD.search(prev) is not None
                    # "Its Group Managing Director, Obinna Eze-Williams, told": a title
                    or (
                        _DET_TITLE.fullmatch(prev) is not None
                        and prev.rsplit(None, 1)[-1].lower() in ROLE_WORDS
                    )
                    # "The Chief Executive of COCOBOD, Dr Nana Kofi Adomako, told": a post
                    # held at a body
                    or (
                        (tb := _TITLE_OF_BODY.match(prev)) is not None
                        and tb.group(1).lower() in ROLE_WORDS
                    )
                )
                and (
                    pk < 0
                    or _intro_like(s[lo:pk])
                    # "In a victim impact statement read to the court, Mr Pollard's daughter,
                    # Karen Hughes, said": a longer intro, still no clause
                    or (
                        bool(PREP_INTRO.match(s[lo:pk]))
                        and len(s[lo:pk].split()) <= 14
                        and not VERBISH.search(s, lo, pk)
                        and "," not in s[lo:pk]
                    )
                    or s[pk - 1 : pk] in ("\u201d", '"')
                    # '"… will be caught," the unit's head, Claire Duval, said'
                    or s[pk + 1 : pk + 2] in ("\u201d", '"')
                    # "Norland built the tool for crises, a spokeswoman, Anna White, said"
                    or (len(prev.split()) <= 6 and prev.rsplit(None, 1)[-1].lower() in ROLE_WORDS)
                )
            ):
                return da, db, prev, pa, ","
        if (
            name_like
            and not descs
            and full_db < end
            and s[full_db:end].strip().startswith("(")
            and (k < 0 or _intro_like(s[lo:k]))
        ):
            # "In Ohio, Gov. John Kasich (R-OH), said": the comma closes the affiliation
            aff = s[full_db:end].strip()[1:-1].strip() or None
            return da, full_db, aff, seg_start, s[k] if k >= 0 else ""
        if name_like and not descs and k > 0 and PLACE_PREP.search(s, max(lo, k - 60), k):
            # "during a meeting in Columbus, Ohio, said": a place, part of the description
            descs.append(seg)
            end = k
            continue
        if descs and name_like and _UNNAMED_SPEAKER.fullmatch(seg[:1].lower() + seg[1:]):
            # "A local official in Djibo, the provincial capital …, told AFP": unnamed
            return da, db, None, seg_start, s[k] if k >= 0 else ""
        if (
            descs
            and name_like
            and (
                len(seg.split()) <= 10
                # "An analysis released Monday by the Commission on Government Forecasting and
                # Accountability, the legislature's budget office, projected": a paper's long name
                or (len(seg.split()) <= 16 and _PAPER_NAMED.match(seg) is not None)
                # "The profit warning came a day after Rimba Capital Partners Ltd, which …, said":
                # a longer clause, a name at its end after "after", "when", "as"
                or (
                    len(seg.split()) <= 20
                    and (t := _trailing_np(s, da, db)) > da
                    and NAME_LIKE.match(s[t:db]) is not None
                    and _CLAUSE_THEN_NAME.search(s, da, t) is not None
                )
            )
        ):
            desc = ", ".join(d for d in reversed(descs) if not _NOT_DESC.match(d)) or None
            la = _list_name_start(s, da, db, lo)
            if la < da:
                # "Japan's Ministry of Economy, Trade and Industry, which has earmarked …, said"
                return la, full_db, desc, la, ""
            if (
                not NAME_LIKE.match(seg)
                # "The European Council on Refugees and Exiles": capitals and glue, whole
                and not _GLUED_NAME.fullmatch(seg)
                and not _PAPER_NAMED.match(seg)  # a paper's name reads whole
                # "Chairman of the Duma Committee on Transport Yevgeny Marchenko": a post, whole
                and not _POST_OF.match(seg)
                # "A Hiqa inspection of the ward, published in September, found": the paper
                and not _DEF_PAPER.match(seg)
                and (t := _trailing_np(s, da, db)) > da
            ):
                # "The ruling comes days after the Daily Courier, a Nairobi newspaper, said"
                ev = _PAPER_AT.search(s, da, t)
                if ev and ev.end() == t:
                    t = ev.start()  # "An internal audit at Kessler, a supplier of …, found"
                role = s[da:t].split()
                if role and role[-1] in ROLE_WORDS and all(w.islower() for w in role):
                    # '"…," panel chair Kenji Morimoto, a professor, told': his role, no clause
                    before = s[max(0, da - 3) : da].strip()[-1:]
                    described = ", ".join(filter(None, (" ".join(role), desc)))
                    return t, full_db, described, da, before
                return t, full_db, desc, t, ""
            return da, full_db, desc, seg_start, s[k] if k >= 0 else ""
        if (
            (DESC_LIKE.match(seg + " ") and not name_like)
            or AGE.match(seg)
            or seg[:1].islower()
            or (not name_like and _cap_role(seg))
        ) and not (descs and seg.startswith(("and ", "but "))):
            if seg.split(None, 1)[0] in _CLAUSE_LEADS:
                return None  # "…, when Israel resumed airstrikes, accusing …": a clause
            descs.append(seg)
            if k < 0 or seg_start != k + 1:
                return None
            end = k
            continue
        if descs:
            # "But Matt Morrison" / "Former Gov. X": strip a leading conjunction
            m = LEAD_CONJ.match(seg)
            rest = seg[m.end() :] if m else ""
            if (
                m
                and (
                    NAME_LIKE.match(rest)
                    # "…, and the Coordinator of Government Activities in the Territories, the
                    # Defense Ministry body that …, said": a name with small words in it
                    or (
                        _np_ok(rest)
                        and rest.rsplit(" ", 1)[-1][:1].isupper()
                        and rest[-1:].isalpha()
                    )
                )
            ):
                desc = ", ".join(d for d in reversed(descs) if not _NOT_DESC.match(d)) or None
                return da + m.end(), db, desc, seg_start, s[k] if k >= 0 else ""
            # "But an administration official, who spoke on condition of anonymity …, told":
            # someone unnamed, described
            ua = da + (m.end() if m else 0)
            if _UNNAMED_SPEAKER.fullmatch(s, ua, db) and (k < 0 or _intro_like(s[lo:k])):
                desc = ", ".join(d for d in reversed(descs) if not _NOT_DESC.match(d)) or None
                return ua, db, desc, seg_start, s[k] if k >= 0 else ""
        return None
    return None


def _cap_role(seg: str) -> bool:
    """A role after capitalised words: "South Carolina director for the campaign"."""
    ws = seg.split()
    i = 0
    while i < len(ws) and ws[i][:1].isupper():
        i += 1
    return (
        1 <= i <= 4
        and i < len(ws)
        and ws[i].islower()
        and ws[0].lower() not in _NOT_MODIFIERS
        and ws[i] not in _NOT_MODIFIERS
        and any(w.lower() in ROLE_WORDS for w in ws[i : i + 3])
    )


# a sentence adverb before a speaker's aside: "Perhaps, he said, …", "Many days, they said, …"
_ADVERBIAL = re.compile(
    r"(?i:perhaps|maybe|still|indeed|instead|often|sometimes|now|then|also|[a-z]+ly"
    r"|(?:many|most|some|other|on\ssome|on\smost)\s(?:days|nights|times|weeks|mornings|evenings))"
)
_NAME_THEN_WHO = re.compile(
    r"([A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*){1,3}),\s(who\s.+)"
)
_REPORTED_BY = re.compile(
    r"(?:,\s(?P<aside>as\s)?(?:a\s(?:fact|detail|move|plan|deal)\s)?|\s(?:was|were|has\sbeen|had\sbeen)\s)"
    r"(?:first\s|initially\s|originally\s|earlier\s)?(?P<cue>(?:reported|revealed|disclosed)\sby)\s"
    r"(?P<np>(?:the\s)?[A-ZÀ-ÞĀ-ɏ][^,;]{1,70}?)(?:,\s(?P<app>(?:a|an|the)\s[^,;]{1,80}?))?"
    r"(?=,|;|\.?\s*$|\s(?:on|in|last|earlier)\s)"
)
_BY_SAYING = re.compile(
    r"\b(?:responded|reacted|replied|answered|began|started|opened|ended|closed|concluded)"
    r"(?:\s(?:on|to)\s[^,;]{1,25})?\sby$"
)
# where and to whom the words were said: "Speaking to reporters in Hanoi, …"
_SPEAKING_INTRO = re.compile(
    r"(?:Addressing|Speaking|Briefing|Testifying|Writing|Responding|Commenting|Reacting|Talking)\s"
)
_REACHED = re.compile(
    r"(?:(?:When|Once|After\sbeing|When\sbeing)\s)?(?i:reached|contacted|interviewed|questioned|pressed"
    r"|approached)\b"
)
_PASSIVE_TO = frozenset(words("projected forecast predicted estimated expected"))
_NOT_MODIFIERS = frozenset(words("but and or so yet then now the a an his her its their this that"))


def find_frames(s: str, off: int = 0, lone: bool = True) -> list[Frame]:
    """All attributions in sentence s; offsets in the result are s's offsets plus off.

    ``lone``: the sentence is a paragraph of its own (a title, a Q&A line), where
    "Obama: …" names a speaker; inside running text "Oil: Brent fell …" is a section label.
    """
    frames: list[Frame] = []
    used_until = -1
    m0 = IT_REPORTED.search(s) if ("it " in s or "It " in s) else None
    if m0:
        a, b = trim(s, m0.end(), len(s))
        before = s[: m0.start()]
        if a >= b and before.endswith(", "):
            a, b = trim(s, 0, m0.start())  # "The centre closed in 2023, it was reported."
            before = ""  # the date in the content is the event's
        if a < b:
            cue = s[m0.start() : m0.end("cue")]
            ment = Mention(
                "",
                off + m0.start(),
                off + m0.end(),
                cue,
                _date_in(before) or _date_in(s[m0.end("cue") : m0.end()]),
                None,
                "unnamed source",
            )
            frames.append(Frame([(off + a, off + b)], [ment], m0.start(), m0.end()))
            used_until = m0.end()

    if "poll" in s or "survey" in s or "study" in s or "average" in s:
        for pm in IN_POLL.finditer(s):
            ca = 0
            k = s.rfind(", ", 0, pm.start())
            if k > 0 and _intro_like(s[:k]):
                ca = k + 2
            a, b = trim(s, ca, pm.start())
            if a < b and len(s[a:b].split()) >= 3 and not frames:
                ment = Mention(pm.group("np"), off + pm.start("np"), off + pm.end("np"), "in")
                frames.append(Frame([(off + a, off + b)], [ment], pm.start(), pm.end()))
                used_until = len(s) if pm.end() + 40 >= len(s) else pm.end()
            break
    tail = s[-40:] if len(s) < 200 else ""  # HEAD_SOURCE needs a dash or colon in its last 40
    marked = "-" in tail or "\u2013" in tail or "\u2014" in tail or ":" in tail
    hs = HEAD_SOURCE.search(s, max(0, len(s) - 40)) if marked else None
    hb = HEAD_BODY.search(s, max(0, len(s) - 20)) if marked and lone and not hs else None
    if hb and s[: hb.start()].rstrip().endswith("."):
        hb = None  # "… for this year. — VNS": the paper's sign-off, no headline's source
    if hb and not frames:
        # "Drone strike on market kills at least 23: ministry": the body the story quotes
        a, b = trim(s, 0, hb.start())
        if a < b and len(s[a:b].split()) >= 3:
            sep = ":" if hb.group(0)[:1] == ":" else "-"
            ment = Mention(hb.group("np"), off + hb.start("np"), off + hb.end("np"), sep)
            frames.append(Frame([(off + a, off + b)], [ment], hb.start(), len(s)))
            used_until = len(s)
    if hs and not frames:
        # headline style: "Carmaker to recall 80,000 vehicles - sources"
        a = 0
        lab = LABEL.match(s)
        if lab:
            a = lab.end()
        a, b = trim(s, a, hs.start())
        if a < b:
            ment = Mention(
                "",
                off + hs.start("np"),
                off + hs.end("np"),
                "-",
                None,
                None,
                hs.group("np").lower(),
            )
            frames.append(Frame([(off + a, off + b)], [ment], hs.start(), len(s)))
            used_until = len(s)
    hn = _HEAD_NAME.search(s, max(0, len(s) - 40)) if lone and not frames and ":" in tail else None
    if (
        hn is not None
        and s.count(":") == 1
        and "|" not in s
        and len(s[: hn.start()].split()) >= 4
        # "Author of the article: Dana Kirkland", "… Photo Credit: M. Babu": a credit
        and s[: hn.start()].rsplit(None, 1)[-1].lower() not in _CREDIT_WORDS
    ):
        # "Tourism Earnings On Track For $3.1b: Ratu Josaia": a title, then who said it
        a, b = trim(s, 0, hn.start())
        ment = Mention(hn.group("np"), off + hn.start("np"), off + hn.end("np"), ":")
        frames.append(Frame([(off + a, off + b)], [ment], hn.start(), len(s)))
        used_until = len(s)
    tr = (
        _TRAIL_REPORT.search(s, max(0, len(s) - 70))
        if not frames and s.rstrip(". ").endswith(_TRAIL_VERBS)
        else None
    )
    if tr is not None:
        # "…, a difference that met the trial's margin, the researchers report."
        a, b = trim(s, 0, tr.start())
        if a < b:
            ment = Mention(
                tr.group("np"), off + tr.start("np"), off + tr.end("np"), tr.group("cue")
            )
            frames.append(Frame([(off + a, off + b)], [ment], tr.start("np"), len(s)))
            used_until = len(s)
    qc = (
        _QUOTE_CREDIT.search(s, max(0, len(s) - 60))
        if not frames and ("\u2015" in tail or "\u2014" in tail)
        else None
    )
    if qc is not None:
        # '“… cares nothing about.”― Pamela Padilla': a quotation credited after a dash
        a, b = trim(s, 0, qc.start() + 1)
        if a < b:
            ment = Mention(qc.group("np"), off + qc.start("np"), off + qc.end("np"), "\u2015")
            frames.append(Frame([(off + a, off + b)], [ment], qc.start() + 1, len(s)))
            used_until = len(s)
    qf = _QUOTE_FROM.match(s) if s[:5] == "Quote" and not frames else None
    if qf is not None:
        # 'Quote from Lysak: "Pumping stations are …"': a label names who is quoted
        a, b = trim(s, qf.end(), len(s))
        if a < b:
            ment = Mention(qf.group("np"), off + qf.start("np"), off + qf.end("np"), ":")
            frames.append(Frame([(off + a, off + b)], [ment], qf.start("np"), qf.end()))
            used_until = qf.end()
    ch = COLON_HEAD.match(s) if ":" in s[:60] and s[:10] != "According " else None
    if ch and not frames:
        np = ch.group("np")
        low = np.lower().split()
        if (
            low[0] not in COLON_NOT
            and low[-1] not in COLON_NOT
            and not DATE_RE.match(np)
            and (lone or not ch.group("topic"))
            # "Revenue: $1.41 billion vs. $1.47 billion expected": a figure under its label
            and s[ch.end() : ch.end() + 1] not in _FIGURE_START
            and (lone or len(low) > 1 or (np.isupper() and len(np) > 2) or ch.group("quote"))
            # "KUALA LUMPUR: More than 1,400 schools were ordered shut …": a dateline
            and not (
                np.isupper()
                and (len(np) > 5 or not lone)
                and not ch.group("quote")
                and s.count(" ", ch.end()) >= 8
            )
            # "Shimla: The Himachal Pradesh government on Monday cancelled …": a dateline
            and not (
                len(low) == 1
                and not ch.group("quote")
                and s.startswith(("The ", "A ", "An "), ch.end())
                and s.count(" ", ch.end()) >= 12
            )
            # "Dubai: Tabadul Pay, …, has confirmed that …": a dateline; the sentence names
            # its own source
            and not (
                len(low) <= 2
                and np[:1].isupper()
                and not ch.group("quote")
                and s.count(" ", ch.end()) >= 12
                and CUE.search(s, ch.end()) is not None
            )
        ):
            a, b = trim(s, ch.end(), len(s))
            if a < b and len(s[a:b].split()) >= 2:
                ment = Mention(np, off + ch.start("np"), off + ch.end("np"), ":")
                frames.append(Frame([(off + a, off + b)], [ment], ch.start("np"), ch.end()))
                used_until = ch.end()
    pb = _PHOTO_BY.match(s) if s[:2] in ("Th", "In") and not frames else None
    if pb is not None:
        # "This photo, released by the North's official Korean Central News Agency on Nov. 22,
        # shows …", "In this photo provided by the ministry, …": who handed the picture out
        na, nb = trim(s, pb.start("np"), pb.end("np"))
        a, b = trim(s, pb.end(), len(s))
        if na < nb and a < b and _np_ok(s[na:nb]):
            ment = Mention(s[na:nb], off + na, off + nb, pb.group("cue"))
            frames.append(Frame([(off + a, off + b)], [ment], na, pb.end()))
            used_until = pb.end()
    rb = _REPORTED_BY.search(s) if not frames and "ed by " in s else None
    if rb is not None:
        # "The merger was first reported by The Wall Street Journal", "…, as first reported
        # by Reuters": the outlet that broke it
        na, nb = trim(s, rb.start("np"), rb.end("np"))
        if rb.group("aside"):
            parts = [trim(s, 0, rb.start()), trim(s, rb.end(), len(s))]
        else:
            parts = [trim(s, 0, rb.start())]
        content = [(off + a, off + b) for a, b in parts if a < b]
        if na < nb and content and _np_ok(s[na:nb]):
            desc = rb.group("app")
            ment = Mention(s[na:nb], off + na, off + nb, rb.group("cue"), None, desc)
            frames.append(Frame(content, [ment], rb.start(), rb.end()))
            used_until = rb.end()
    tried = 0
    hedge: re.Match[str] | None = None
    for m in (CUE_ASCII if s.isascii() else CUE).finditer(s):
        if m.start() < used_until:
            continue
        tried += 1
        if tried > MAX_CUES:
            break  # a run-on "sentence" full of cues: keep the work per sentence bounded
        if s[m.start() - 1 : m.start()] in ("-", "\u2011") or s[m.end() : m.end() + 1] == "-":
            continue  # "state-backed", "so-called", "said-to-be": part of a compound word
        f = None
        w = m.group(0)
        if w in ACC:
            f = _according_frame(s, m, off)
        elif (
            w in PROGRESSIVE and s.startswith(" that ", m.end()) and (wf := _with_frame(s, m, off))
        ):
            f = wf
        elif w in PROGRESSIVE and (prog := PROG_AUX.search(s, max(0, m.start() - 30), m.start())):
            # "X is telling reporters that …", "X has been calling for …"
            f = _verb_frame(s, m, off, PROGRESSIVE[w], prog.start())
            if f is None and w in PART_SET:
                f = _participle_frame(s, m, off, frames)
        elif w in PART_SET:
            f = _participle_frame(s, m, off, frames)
        elif w in PAPER_PARTICIPLES:
            f = _published_frame(s, m, off)
        elif w in ("quoted", "quotes") or (
            # "The report also cited the UN refugee agency, UNHCR, as saying that …"
            w in ("cited", "cites") and s.find(" as saying", m.end(), m.end() + 180) > 0
        ):
            f = _quoted_frame(s, m, off)
        elif w in UNN:
            # "was allegedly duped …, police said": the hedge is the named source's; an
            # unnamed "reports" hop only when the sentence names no one
            if not frames and hedge is None:
                hedge = m
            continue
        else:
            f = _verb_frame(s, m, off)
            if (
                f is not None
                and frames
                and w in OBJECT
                and any(a <= off + f.anchor < b for a, b in frames[-1].content)
            ):
                # "delegates said Saudi Arabia and Russia had discussed resuming increases":
                # an act inside what was said, not a second source
                f = None
        if f is not None:
            frames.append(f)
            used_until = f.anchor_end
    if hedge is not None and not frames:
        a, b = trim(s, 0, len(s))
        ment = Mention(
            "", off + hedge.start(), off + hedge.end(), hedge.group(0), None, None, "reports"
        )
        frames.append(Frame([(off + a, off + b)], [ment], hedge.start(), hedge.end()))
    m1 = (
        ARE_REPORTED.search(s)
        if not frames
        and ("ed to " in s or "said to " in s or "thought to " in s or "understood to " in s)
        else None
    )
    if m1:
        # "are reported to have ...": an unnamed source, unless someone is named
        a, b = trim(s, 0, len(s))
        ment = Mention(
            "", off + m1.start(), off + m1.end(), m1.group(0).strip(), None, None, "reports"
        )
        frames.append(Frame([(off + a, off + b)], [ment], m1.start(), m1.end()))
    if len(frames) > 1 and ("\u201d" in s or '"' in s):
        _quoted_first_person(frames, s, off)
    if frames and s[:1] in "CQ":
        _fronted_citing(frames, s, off)
    return _arrange(frames, off, s) if len(frames) > 1 else [f for f in frames if f.content]


_FRONTED_CITING = re.compile(r"(?P<cue>Citing|Quoting)\s(?P<np>[^,;:]{2,120}?),\s")


def _fronted_citing(frames: list[Frame], s: str, off: int) -> None:
    """ "Citing a September report by Harcourt & Lane, Al Kaabi said …": whom the speaker
    cites, a second hop; the opening phrase is no claim of its own."""
    m = _FRONTED_CITING.match(s)
    if m is None:
        return
    f = min(frames, key=lambda fr: fr.anchor)
    a, b = trim(s, m.start("np"), m.end("np"))
    if f.anchor != m.end() or len(f.mentions) != 1 or a >= b or not _np_ok(s[a:b]):
        return
    f.mentions.append(Mention(s[a:b], off + a, off + b, m.group("cue").lower()))
    f.anchor = 0


# ", with the government estimating that …": who, in an absolute clause, says what
_WITH_SUBJECT = re.compile(
    r",\s(?:and\s)?with\s(?P<np>(?:the|some|many|several|its|their)?\s?[\w'\u2019.&-]+"
    r"(?:\s[\w'\u2019.&-]+){0,4}?)\s$"
)


def _with_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    """ "Namibia wants hydrogen, with the government estimating that it could add $6bn":
    the clause's subject says what follows "that"."""
    w = _WITH_SUBJECT.search(s, max(0, m.start() - 60), m.start())
    if w is None or not _np_ok(w.group("np").strip()):
        return None
    a, b = trim(s, m.end() + 6, len(s))
    if a >= b:
        return None
    na, nb = trim(s, w.start("np"), w.end("np"))
    ment = Mention(s[na:nb], off + na, off + nb, m.group(0))
    return Frame([(off + a, off + b)], [ment], w.start(), m.end())


# a lower-case role joined to a titled one: "co-founder and Chief Technology Officer Dana …"
_ROLE_BEFORE_AND = frozenset(("co-founder", "cofounder", "founder", "chairman", "chairwoman"))
_FIRST_PERSON = frozenset(("I", "We", "we", "me", "us"))
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall)\s$")
_INTENDED = frozenset(words("demand propose ask urge insist argue recommend"))
# cues that are as often plural nouns, and what follows them as nouns
_NOUN_LIKE_CUES = frozenset(words("projects forecasts estimates claims reports figures notes"))
_NOUN_NEXT = re.compile(r"\s(?:like|such\sas|are|were|have|had|include|remain|show|suggest)\b")
# what is posted when nothing is said: "posted to a forum", "posted a screenshot"
_POSTED_THINGS = (" to ", " online", " a ", " an ", " photos", " pictures", " videos", " images")
# "posted export turnover of $1 billion", "posted record profits": results, no words
_POSTED_RESULTS = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:revenues?|turnover|profits?|loss(?:es)?|sales|growth|gains?|earnings"
    r"|income|surplus|deficit|returns?|results|declines?|increases?|rises?|drops?|falls?)\b"
    r"|\s[$\u00a3\u20ac\d]"
)
# cues that report only with "that" (or a colon) after them
_THAT_ONLY = frozenset(("states", "record", "recorded", "calculated", "calculates"))


def _quoted_first_person(frames: list[Frame], s: str, off: int) -> None:
    """'So I understand that he is defensive," Cruz said.': a quote that opened in an
    earlier sentence closes here; "I" inside it is the quote's speaker, not a source."""
    close = s.find("\u201d")
    if close < 0 or s.find("\u201c", 0, close) >= 0:
        close = s.find('"') if s.count('"') % 2 == 1 else -1
        if close <= 0 or s[close - 1] not in ",.!?":
            return
    speaker = next(
        (f for f in frames if f.anchor > close and f.mentions[0].text not in _FIRST_PERSON), None
    )
    for f in frames:
        inside = [m for m in f.mentions if m.text in _FIRST_PERSON and m.start - off < close]
        if not inside:
            continue
        if len(inside) < len(f.mentions):
            f.mentions = [m for m in f.mentions if m not in inside]
        elif speaker is not None:
            f.mentions = list(speaker.mentions)


def _verb_frame(
    s: str, m: re.Match[str], off: int, base: str | None = None, src_end: int | None = None
) -> Frame | None:
    """ "X said …"; ``base`` and ``src_end`` for a progressive ("X is telling Y that …")."""
    label = m.group(0).lower()  # "Says" in a title-case headline
    cue = base or label
    cs, ce = m.span()
    n = len(s)
    if cue in _PASSIVE_TO and s.startswith(" to ", ce):
        return None  # "a number projected to nearly double by 2050": a forecast, no speaker
    if cue in ("accused", "charged") and s.startswith(" of ", ce):
        return None  # "a man accused of striking a cyclist pleaded …": he is the accused
    if label in ("spoke", "speaking", "speaks", "spoken") and _ANONYMITY.match(s, ce):
        return None  # "an official who spoke on condition of anonymity told …": a description
    if cue == "pleaded" and PLEA.match(s, ce):
        return None  # "pleaded not guilty": a plea in court, not a statement reported
    if cue == "think" and s.startswith(" tank", ce):
        return None  # "the Washington-based think tank said": the tank speaks
    if cue in _COMMIT and _TO_VERB.match(s, ce):
        return None  # "has pledged to turn Carrow into …": a commitment the article reports
    if (" " + s[max(0, cs - 5) : cs]).lower().endswith((" of ", " the ", " a ", " an ")):
        return None  # "A pall of fear hung over …", "the reported attack": a noun, no verb
    if (
        cue.endswith("ed")
        and _COUNTED_NOUN.match(s, ce)
        and _COUNT_BEFORE.search(s, max(0, cs - 16), cs)
    ):
        return None  # "leads by 271 pledged delegates", "40 reported cases": an adjective
    if s[max(0, cs - 3) : cs] in ("'s ", "\u2019s ") and cue.endswith("ed"):
        return None  # "Mateo's estimated costs", "the firm's reported profit": an adjective
    if s[ce + 1 : ce + 2] in "tT" and s.startswith((" that, and ", " that, but "), ce):
        return None  # "The Fund knows that, and it will ask …": "that" is what it knows
    if cue in _INTENDED and _MODAL_BEFORE.search(s, max(0, cs - 7), cs):
        return None  # "The CDPJ will demand that …": what it means to say, not said yet
    if cue in _NOUN_LIKE_CUES and _NOUN_NEXT.match(s, ce):
        return None  # "Storage projects like Upper Tila are seen as …": a noun, no verb
    if (
        cue in _THAT_ONLY
        and not s.startswith((" that ", ": "), ce)
        # "…, the report states.": after what it says, in small letters
        and not (label == "states" == m.group(0) and s.startswith((".", ",", ";"), ce))
    ):
        # "the United States said": a country; "the filing states that …"; "police recorded
        # 40 thefts": a count; "minutes of the meeting record that …": what they say
        return None
    if cue in ("recommended", "recommends") and not s.startswith(" that ", ce):
        return None  # "an inquiry recommended the government review …": an act reported
    if cue in ("attributed", "attributes") and s.startswith(" to ", ce):
        return None  # "a statement attributed to the group": whose words, read elsewhere
    if cue in ("questioned", "questioning") and _QUESTIONED_PEOPLE.match(s, ce):
        return None  # "lawmakers questioned agency staff": an interrogation, not a doubt
    if cue in ("referred", "refers", "refer") and _REFERRED.match(s, ce):
        return None  # "referred questions to the White House": passed on, said nothing
    if cue in ("dismissed", "dismisses") and not _DISMISSED_WORDS.match(s, ce):
        return None  # "a court dismissed a lawsuit": an act, not a reply to anything said
    if cue in ("agreed", "agrees", "agree") and AGREED_TO.match(s, ce):
        return None  # 'the RSF had agreed "in principle" to send a delegation': an act
    if (
        cue in ("explains", "explained", "explain")
        and s.startswith((" why ", " how "), ce)
        and s[:cs].rstrip().endswith((" which", " that"))
    ):
        return None  # "…, which explains why the shaking was so intense": a cause, not words
    if cue in ("added", "adds", "add") and _ADDED_OBJECT.match(s, ce) and not _bare_clause(s[ce:]):
        return None  # "added the vulnerability to its catalog", "added 300 jobs": an act
    if cue in ("put", "puts") and not _PUT_AT.match(s, ce):
        return None  # "put pressure on", "put it bluntly": only "put the figure at" estimates
    if cue in ("responded", "responds", "respond") and s.startswith(" to ", ce):
        return None  # "the nation responded to all nine": an act, what was said untold
    if cue in ("asked", "asks", "ask") and s.startswith(
        (" about ", " whether ", " if ", " for "), ce
    ):
        return None  # "who had asked about the proportion of …": a question, nothing told
    if cue in ("asked", "asks", "ask") and ASKED_TO.match(s, ce):
        return None  # "Cocobod had asked some buyers to accept delays": a request, an act
    if cue in ("calls", "call") and (
        s[max(0, cs - 12) : cs].rstrip().endswith(_CALL_NOUNS)
        or s[max(0, cs - 2) : cs - 1].isdigit()
    ):
        return None  # "in phone calls Thursday evening", "generated 311 calls": calls made
    if cue in ("cited", "quoted") and s.startswith(" by ", ce):
        return None  # "analysts cited by Bloomberg expect": the speakers' outlet, no content
    if cue in ("told", "tells", "tell") and _TOLD_TO.match(s, ce):
        return None  # "The market is telling us to wait": a bidding, nothing reported
    if cue in NOUN_CUES and _noun_use(s, cs, ce):
        return None  # "its revenue forecast", "2.3 million Medicare claims filed in …"
    src = _source_before(s, cs if src_end is None else src_end)
    if src is None and cue in ("asked", "Asked") and _QUESTION_LEAD.search(s, 0, cs):
        # "When asked whether …, X said": the question is attributed to whoever asked
        q = QUESTION.match(s, ce)
        if q:
            qa = q.start("q")
            qe = s.find(",", qa)
            qa, qb = trim(s, qa, qe if qe > 0 else n)
            if qa < qb:
                ment = Mention("", off + cs, off + ce, "asked", None, None, "unnamed questioner")
                return Frame([(off + qa, off + qb)], [ment], cs, qb)
    if src is None:
        return _inverted_frame(s, m, off)
    na, nb, desc, clause_start, boundary = src
    if _HYPOTHETICAL.search(s, nb, cs) and _SAID_BEFORE.search(s, 0, na):
        # "Okafor said Crestline would probably argue that …": what Okafor expects, his words
        return None
    pi = _POLL_INTRO.match(s) if _RESPONDENTS.match(s, na, nb) else None
    if pi is not None and pi.end() <= na:
        # "In an Ifop poll for Le Journal du Dimanche, 68% of respondents said …": the poll
        # tells what its respondents said
        na, nb = pi.span("poll")
        clause_start = na
    if _quote_open(s, na) and _QUOTE_THEN_SPEAKER.search(s, ce):
        return None  # '“Ministers promised patients a turnaround …,” said X': X's words
    if boundary.strip() in ("what", "What") and cue not in OBJECT and not _COLON_NEXT.match(s, ce):
        return None  # "exactly what residents have been telling me": no clause of theirs
    if (cue in _SHOW or cue in ("suggest", "suggests")) and (
        _OBTAINED_NUMBERS.match(s, na, nb) or _BARE_NUMBERS.fullmatch(s, na, nb)
    ):
        # "Figures obtained by StokeonTrentLive … show", "…, new figures suggest": numbers no
        # one is named for; the paper reports them
        return None
    if (
        cue == "posted"
        and (
            s.startswith(_POSTED_THINGS, ce)
            # "21 product groups had posted export turnover …": counted, not said; a company that
            # posted its results reported them
            or (_POSTED_RESULTS.match(s, ce) and not s[na : na + 1].isupper())
        )
    ):
        # "a sample of the data posted to a cybercrime forum", "Someone posted a screenshot of
        # …": put up, not said
        return None
    if cue in ("put", "puts") and (
        s[na:nb].rsplit(None, 1)[-1].lower() in EVIDENCE_NOUNS
        or s[na:nb].lower() in ("that", "this", "it", "which", "they")
    ):
        return None  # "The final report puts the figure at 148": the paper's own number
    if cue == "heard" and not HEARING.search(s, na, nb):
        return None  # "residents heard explosions"; "the court heard" tells what was said
    if (
        cue in _SHOW
        # "published a new study that shows": the paper sits between publisher and cue
        # "Data published by Ofwat, the water regulator, shows": the paper before its maker
        and not (_RESEARCH_WORD.search(s, max(0, na - 24), cs) or EVIDENCE_NP.match(s[na:nb]))
        and not s.startswith(" that ", ce)
        and boundary.strip() not in (",", "\u201d", '"')
    ):
        return None  # 'Walsh had shown "a total disregard …"': a judgment of him, not his words
    if (
        boundary == "than"
        or (boundary == "even" and s[max(0, na - 11) : na].endswith("than even "))
    ) and not _QUANTITY_NP.match(s, na, nb):
        # "worse than even the most bearish among us expected": a comparison; "more than
        # half said" counts the speakers
        return None
    first_word = s[na:nb].split(None, 1)[0].lower() if na < nb else ""
    own_words = (first_word in ("i", "we", "you") and nb - na <= 3) or (
        first_word in _DEMONSTRATIVES
    )
    if own_words and (_quote_open(s, na) or _quote_closes_after(s, na)):
        # '"We expected sleep to go up. …," said …', '"These figures show a company …," said
        # …': the speaker's own words
        return None
    # what follows the cue: dates, venues, a recipient for "told"
    pos, date = _tail(s, ce)
    told_post = (
        cue in ("told", "tells", "tell")
        and boundary.strip() in (",", "\u201d", '"', "''")
        and not _intro_like(s[:clause_start].rstrip(" ,\"\u201d'"))
        and not _told_that(s, pos, n)
    )
    if told_post:
        # "“…,” Solberg told a news conference.": whatever follows names the audience, up to
        # a clause of the article's own (", as air strikes killed 14")
        after = _CLAUSE_AFTER.search(s, ce)
        pos = after.start() if after else n
        part = _PART_AFTER.search(s, ce, pos)
        if part is not None:
            pos = part.start()  # "…, told reporters in Jakarta, adding that …"
    elif cue in ("told", "tells", "tell"):
        t = _told_that(s, pos, n)
        r = RECIPIENT.match(s, pos, min(n, pos + 80))
        if (
            t
            and r
            and r.end() < t.start("mark")
            and (
                t.group("mark").strip()[:1] in QCLOSE + "\u201c"
                # "told staff the cuts would free up money for agents that handle …": the
                # clause comes first, its "that" a relative pronoun
                or _bare_clause(s[r.end() : t.start("mark")])
            )
        ):
            pos = r.end()  # 'told reporters the railway was a “priority target”': a clause first
        elif t:
            pos = t.start("mark")
        elif r:
            pos = r.end()
        elif not REST_EMPTY.match(s[pos:]):
            return None
        pos2, date2 = _tail(s, pos)
        pos, date = pos2, date or date2
        if _WHEN_TOLD.match(s, pos):
            return None  # "Company told FAA weeks after audit was completed": an act, dated
    if date is None:
        date = _date_in(s[clause_start:na]) if clause_start < na else None
    if date is None and boundary.strip() == "," and _intro_like(s[:clause_start].rstrip(" ,")):
        date = _date_in(s[:clause_start])
    between = None
    if desc and desc.startswith(("citing ", "quoting ")):
        # "TASS, citing the regional governor, reported that …": the cited source, not a
        # description
        k = s.find(desc, nb)
        between, desc = _citing(s, k - 2, off)[1] if k >= 2 else None, None
        whole = _source_before(s, k - 2) if between is not None else None
        if whole is not None and whole[1] == nb:
            na, nb, desc, clause_start, boundary = whole  # "Russian state news agency TASS"
    quoted = _QUOTED_BY.search(s, na, nb) if "ed by " in s[na:nb] else None
    if quoted is not None and quoted.start() > na:
        # "Egyptian sources quoted by the Asharq news outlet said": the outlet tells what
        # the sources said
        ra, rb = trim(s, quoted.end(), nb)
        hops = [
            Mention(s[ra:rb], off + ra, off + rb, quoted.group(1), date),
            Mention(s[na : quoted.start()], off + na, off + quoted.start(), label, None, desc),
        ]
    else:
        hops = [Mention(s[na:nb], off + na, off + nb, label, date, desc)]
    pos_c, cited = _citing(s, pos, off)
    if cited is None and cue in ("learned", "learnt") and s.startswith(" from ", pos):
        # "Anadolu learned from diplomatic sources": whom the outlet learned it from
        stop = _LEARNED_FROM_END.search(s, pos + 6)
        ra, rb = trim(s, pos + 6, stop.start() if stop else n)
        if ra < rb and _np_ok(s[ra:rb]):
            cited, pos_c = Mention(s[ra:rb], off + ra, off + rb, "learned from"), rb
    if between is not None and cited is None:
        cited = between
        pos_c = pos
    if cited:
        if cited.cue in ("according", "as"):
            # "…, the spy agency said, according to lawmakers": the lawmakers tell what the
            # agency said, so they come first
            hops.insert(
                0,
                replace(
                    cited, cue="according to" if cited.cue == "according" else "as reported by"
                ),
            )
        else:
            hops.append(cited)
        pos = pos_c
    rest = s[pos:]
    bt = boundary.strip()
    # '"I'm supporting Tom Selleck," she said and hung up': what was said came before
    then_acted = bt in (",", "\u201d", '"', "''") and bool(_THEN_ACTED.match(rest))
    if rest.startswith((" and ", " but ", " or ")) and not cited and not then_acted:
        return None  # "more dovish than they had expected and that …": a cue with no content
    before_text = s[:clause_start] if bt else ""
    post = False
    if (
        then_acted
        or REST_EMPTY.match(rest)
        or REST_PART.match(rest)
        or (
            bt in (",", "\u201d", '"', "''")
            and not _intro_like(s[:clause_start].rstrip(" ,\"\u201d'"))
            and POST_REST.match(rest)
            and (
                s[:clause_start].rstrip(" ,")[-1:] in QCLOSE
                or (len(rest.split(None, 13)) <= 12 and " that " not in rest)
                # "…, the office said at a press conference in Hanoi releasing its data for
                # the second quarter": a long tail with no verb of its own tells where
                or (" that " not in rest and not _FINITE.search(rest))
            )
        )
        or (
            # "…, executives said on Thursday, citing weaker demand": a reason, no source
            not cited
            and CITING.match(rest) is not None
            and bt in (",", "\u201d", '"', "''")
            and not _intro_like(s[:clause_start].rstrip(" ,\"\u201d'"))
        )
        or (
            # "…, NHS England said — well above the target": the article's aside follows
            rest.lstrip()[:1] in ("\u2014", "\u2013")
            and bt in (",", "\u201d", '"', "''")
            and not _intro_like(s[:clause_start].rstrip(" ,\"\u201d'"))
        )
        or (
            # "…, the military said, in the latest of a series of launches."
            rest.lstrip()[:1] == ","
            and bt in (",", "\u201d", '"', "''")
            and not _intro_like(s[:clause_start].rstrip(" ,\"\u201d'"))
            and not CITING.match(rest)
            and not COMMA_QUOTE.match(rest)
        )
    ):
        post = True
    if post and cue in _COUNTER and CUE.search(s, 0, max(0, clause_start - 1)):
        # "Russia claims capture of X, Ukraine denies": a reply, not a wrapper; it only ends
        # what came before it
        return Frame([], hops, na, pos)
    if post:
        as_end = bt == "as" and s[: clause_start - len(boundary)].rstrip()[-1:] == ","
        if as_end:
            # "…, as police have said.": what comes before the comma is the content
            clause_start -= len(boundary)
            before_text = s[:clause_start]
        elif bt not in (",", "\u201d", '"', "''", "\u2014", "\u2013", "-", "--", ":", ";"):
            return None
        # a title-case headline's "…; Palestinian Man Killed, Health Ministry Says": the
        # ministry says the last part only
        semi = s.rfind("; ", 0, clause_start) if m.group(0)[:1].isupper() else -1
        a, b = trim(s, semi + 2 if semi > 0 else 0, clause_start)
        if (
            a < b
            and bt == ","
            and rest.lstrip()[:1] == ","
            and not CITING.match(rest)
            and not REST_PART.match(rest)
            and (_intro_like(before_text.rstrip(" ,")) or _ADVERBIAL.fullmatch(s, a, b))
        ):
            # "Perhaps, he said, this town has grown too fast": the words after the aside
            ra, rb = trim(s, s.index(",", pos) + 1, n)
            return Frame([(off + ra, off + rb)], hops, na, pos) if ra < rb else None
        if a >= b or _intro_like(before_text.rstrip(' ,"\u201d')):
            return None
        content = [(off + a, off + b)]
        if (
            rest.lstrip()[:1] == ","
            and not REST_PART.match(rest)
            and not CITING.match(rest)
            and (not POST_REST.match(rest) or GOES_ON.match(rest))
            and not _ends_with_attribution(rest)
        ):
            # "The plan, he said, will fail": content on both sides
            ra, rb = trim(s, pos, n)
            if ra < rb:
                content.append((off + ra, off + rb))
        elif not cited and (why := CITING.match(rest)) is not None:
            # "…, executives said, citing weaker demand": the reason they gave, theirs too
            ra, rb = trim(s, pos + why.start("np"), n)
            if ra < rb:
                content.append((off + ra, off + rb))
        if (
            len(content) == 1
            and POST_REST.match(rest)
            and not rest.lstrip().startswith(",")
            and not _FINITE.search(rest)
        ):
            pos = n  # "…, the office said at a press conference in Hanoi releasing its data"
        if desc and clause_start < na and s.find(desc.split(", ", 1)[0], clause_start, na) >= 0:
            # '"…," the White House spokesman, Josh Earnest, said': the role is no claim
            return Frame(content, hops, clause_start, pos)
        return Frame(content, hops, na, pos)
    if (
        cue not in BARE_CLAUSE_OK
        and not WEAK_NEEDS.match(rest)
        and not (
            # "A 2014 study by … Justin Levitt found 31 incidents of …": a finding
            _paper_subject(s[na:nb], cue) and (CLAUSE_START.match(rest) or _finding(rest))
        )
        and not (cue in NEEDS_SUBJECT and SUBJECT_NEXT.match(rest))
        and not (cue in CUE_WORDS and _bare_clause(rest))
        # "Researchers found the steepest rise among young women": what a study found
        and not (
            cue in ("found", "finds")
            and (
                _FINDERS.fullmatch(s, na, nb)
                or EVIDENCE_NP.match(s[na:nb])
                or (_COURT_FINDERS.fullmatch(s, na, nb) and _is_clause(rest))
            )
        )
    ):
        return None
    if cue in _STRUCK and (
        _WITH_WEAPON.match(rest) or rest.startswith((" into ", " against ", " through ", " onto "))
    ):
        return None  # "blasted it with water cannon", "slammed into a wall": a blow, no words
    if cue in OBJECT:
        cf = CALL_FOR.match(rest) if cue in ("called", "calls", "call") else None
        if cf:
            if cf.group(0).strip() not in ("for", "on") or not DEMAND_TO.search(rest, 0, 160):
                return None  # "called for compensation", "called off the talks": an act
            # "called on Congress to act", "called for the U.S. to strike": a demand
            pos += cf.end()
            rest = s[pos:]
        pm = PARTICLE.match(rest)
        if pm:
            pos += pm.end()
            rest = s[pos:]
    if cue in NEEDS_THAT and (
        not rest.startswith(" that ") or _BACKGROUND_RULING.search(s, max(0, cs - 70), cs)
    ):
        # "ruled out", "ruled the country": no words given; "since the Supreme Court ruled
        # that …": an event the article tells of
        return None
    if (
        cue in NEEDS_SUBJECT
        and not WEAK_NEEDS.match(rest)
        and not SUBJECT_NEXT.match(rest)
        # "Sport England figures suggest about one in four adults does …": a finding
        and not (_paper_subject(s[na:nb], cue) and _finding(rest))
    ):
        return None
    if (
        cue in NEEDS_CLAUSE
        and not WEAK_NEEDS.match(rest)
        and not _is_clause(rest)
        # "Russian Telegram channels reported a large fire": media report events as nouns
        and not (cue in ("reported", "reports") and _MEDIA_NP.search(s[na:nb]))
    ):
        return None  # "Apple reported record sales": the article's own statement
    if cue in _WARNED and rest.startswith(" of ") and len(rest.split(None, 3)) > 2:
        pos += 3  # "and warned of flash floods in 14 provinces": what they warned of
        rest = s[pos:]
    if cue not in OBJECT and PREP_START.match(rest):
        # "said at a rally in Iowa that …" goes on after the marker; "argued with X",
        # "reported from Washington" have no content
        t = _told_that(s, pos, n)
        if t and t.group("mark").strip().startswith(("that", ":")):
            pos = t.start("mark")
        elif (pp := PP_THEN_CLAUSE.match(s, pos, min(n, pos + 80))) and cue in STRONG:
            pos = pp.end("pp")  # "said after the convention he would not accept …"
        else:
            return None
        rest = s[pos:]
    op = OPENING.match(s, pos)
    cstart = op.end() if op else pos
    a, b = trim(s, cstart, n)
    # strip a trailing ", citing Y" / ", according to Y" from pre-posed content
    if a >= b:
        return None
    # split(None, 1): one word or more than one is all this needs to know
    if len(s[a:b].split(None, 1)) < 2 and s[cstart - 1 : cstart] not in ("\u201c", '"'):
        return None  # a one-word quote ("said, “Sure.") may go on in the next sentence
    content_end = b
    k = s.rfind(", citing ", a, b)
    if k > 0:
        pc, cited2 = _citing(s, k, off)
        if cited2 and REST_EMPTY.match(s[pc:]):
            hops.append(cited2)
            content_end = k
    if boundary == "who":
        if base is not None and cue in OBJECT:
            return None  # "the office, which is defending the law, said": who it is
        k = s.find(",", a, content_end)
        while k > 0 and s[k - 1 : k].isdigit() and s[k + 1 : k + 2].isdigit():
            k = s.find(",", k + 1, content_end)  # "over 30,000 cusecs": a number, no boundary
        if k > 0:
            content_end = k
    elif boundary in _SUBORDINATE_WORDS and clause_start <= na:
        quoted_words = _SAID_QUOTE.match(s, pos)
        close = (
            s.find("\u201d" if s[quoted_words.end() - 1] == "\u201c" else '"', quoted_words.end())
            if quoted_words
            else -1
        )
        # "… when she said, “I know that …”": the quote, whatever commas it holds
        content_end = close if close > 0 else _main_clause_comma(s, a, content_end)
        own = s[pos:content_end]
        if (
            boundary in _WHEN_WORDS
            and not (own.lstrip().startswith("that ") or _main_clause(own))
            # "… a great line when she said, “I know that …”": her words, quoted
            and not _SAID_QUOTE.match(own)
        ):
            return None  # "When the minister announced the plan, …": an event, not a report
    vp = (
        AND_VP.search(s, a, content_end)
        if " and " in s[a:content_end] or " but " in s[a:content_end]
        else None
    )
    if cue in OBJECT and (ca := _CLAUSE_AFTER.search(s, a, content_end)):
        # "accused the administration of …, as 19 states asked a judge to …": the article's
        content_end = ca.start()
    uc = _UNCONFIRMED.search(s, a, content_end) if s.find(", which ", a, content_end) >= 0 else None
    if uc and not s[uc.end() : content_end].strip(" .,;:\u201d\"'"):
        content_end = uc.start()  # "…, which the company has not confirmed": the article's
    second: list[tuple[int, int]] = []
    if vp and not AUX_BEFORE.search(s, max(a, vp.start() - 40), vp.start()):
        # "said the plan would fail and called for talks": the second verb is the speaker's
        # act, told by the article, not part of what was said
        that = (
            _SECOND_THAT.match(s, vp.end(), content_end)
            if vp.group(0).split()[-1] in _THAT_VERBS
            else None
        )
        if that:
            # "... and denied that any foreign military was present": what else they said
            sa, sb = trim(s, that.end(), content_end)
            if sa < sb:
                second.append((off + sa, off + sb))
        content_end = vp.start()
    a, b = trim(s, a, content_end)
    if a >= b or _NO_CONTENT.fullmatch(s, a, b):
        return None  # "their own people were saying the same thing": nothing told
    if (
        (cue in OBJECT or cue in _ESTIMATES)
        and not s[pos:a].strip()
        and s[a] not in "\"\u201c\u2018'"
        and not _is_clause(s[a:b])
    ):
        a = cs  # "AmSpec estimated a 21.3% decline": the object alone says nothing
    # "X did Y and said Z": X is borrowed from the main clause, which stays the article's
    borrowed = clause_start > na or boundary == "who"
    anchor = max(na, clause_start)
    if desc and clause_start < na and s.find(desc.split(", ", 1)[0], clause_start, na) >= 0:
        anchor = clause_start  # "Britain's domestic intelligence agency, MI5, said": no claim
    return Frame([(off + a, off + b), *second], hops, anchor, cstart, participle=borrowed)


_QUANTITY_NP = re.compile(r"(?:half|a\s(?:third|quarter|dozen)|two-thirds|dozens|\d)")
# cues whose object is a figure or an outlook: "estimated a 21.3% decline"
_ESTIMATES = frozenset(words("estimated estimates estimate predicted predicts put puts"))
# "According to Dagens Nyheter, which cited several sources …": the outlet, then its source
_WHICH_CITED = re.compile(
    r",\s(?:which|who)\s(?:cited|quoted|was\sciting|is\sciting)\s(?P<np>[^,;]{2,100}?),\s"
)
# "The ENAG group put the figure at more than 185 percent": an estimate of its own
_PUT_AT = re.compile(
    r"\s(?:the|its|their|his|her)\s(?:[\w-]+\s){0,2}?(?:figure|number|toll|cost|bill|losses|loss"
    r"|damage|total|tally|count|rate|value|price|shortfall|deficit|gap)"
    r"(?:\s(?:of|for|from)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,2}?)?\sat\s"
    # a poll's shares: "puts the Social Democrats, Left Party and Greens at a combined 51.2%"
    r"|\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][^.;]{0,120}?\sat\s(?:a\s)?(?:combined\s)?(?:about\s|around\s"
    r"|roughly\s|just\s)?\d[\d.,]*\s?(?:percent|per\scent|%)"
)
_COUNTER = frozenset(words("denies denied deny disputes disputed rejects rejected"))
_MEDIA_NP = re.compile(
    r"\b(?:channels?|media|outlets?|newspapers?|broadcasters?|bloggers?|television|TV|radio"
    r"|agency|agencies|websites?|tabloids?|press)$"
)
_WHEN_TOLD = re.compile(
    r"\s+(?:(?:\w+\s)?(?:weeks|days|months|hours|years|minutes)\s(?:after|before|later|earlier)"
    r"|only\s(?:after|when)|after|before|until|only\swhen)\b"
)
# a relative clause after the noun "according to" names: "a report that campaigners say …"
_NP_THEN_CLAUSE = re.compile(r"\s(?:that|which)\s(?=\S+\s(?:say|says|said|show|shows|found)\b)")
_WIRE_TAG = re.compile(r"\((?:LEAD|URGENT|UPDATE|\d+(?:st|nd|rd|th)\sLD|[A-Z]+\sLD|\w+\s\d+)\)")
# cue words for deeds as much as words: inside what another source reports, they are acts
_ACT_CUES = frozenset(
    words(
        "expressed voiced called urged praised thanked welcomed hailed condemned lamented "
        "criticized criticised blamed vowed pledged promised threatened ordered"
    )
)
_PAPER_AT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s(?:[\w-]+\s){0,2}?(?:audit|study|review|investigation|report|survey"
    r"|analysis|inquiry|probe)\s(?:at|of|by|into|from)\s"
)
_THEN_ACTED = re.compile(r"\s(?:and|but)\s(?!that\b|who\b|which\b)[a-z]+\b")
# the article's own word on what a source said: "…, which the company has not confirmed"
_UNCONFIRMED = re.compile(
    r",\s(?:which|something|a\sclaim)\s(?:[\w'\u2019.-]+\s){1,5}?(?:has|have|had|did|does|do|could)"
    r"(?:\s(?:not|n't|yet\sto|immediately|independently|publicly|officially))+\s(?:confirm|confirmed|verify|verified|comment|commented|deny"
    r"|denied|dispute|disputed|corroborate|corroborated)\b"
)
# the second verb of "said X and denied that Y" took a clause of its own
_SECOND_THAT = re.compile(r"that\s")
_THAT_VERBS = frozenset(("denied", "insisted", "stressed", "warned", "argued", "admitted"))


_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do"
    r"|says?|said)\b|\b[a-z]+ed\b|[\"\u201c:;]"
)
_NO_CONTENT = re.compile(
    r"(?:the\s(?:same\s)?(?:thing|opposite)|the\ssame|something|nothing|anything|everything"
    r"|this|that|it|so|otherwise|as\smuch|a\slot|little|more)[.,;:!?\"\u201d]*"
)
_COUNT_BEFORE = re.compile(r"(?<![\w,.])\d[\d,.]*\s$")
_COUNTED_NOUN = re.compile(
    r"\s(?!(?:that|to|the|a|an|on|in|at|by|for|with|of|it|he|she|they)\b)[a-z]+\b"
)
_SAID_QUOTE = re.compile(r"\s*[,:]\s*[\"\u201c]")
_SUBORDINATE_WORDS = frozenset(
    ("although", "though", "even though", "while", "whereas", "when", "after", "once")
)


_WHEN_WORDS = frozenset(("when", "after", "once"))


def _main_clause(rest: str) -> bool:
    """ "inspectors found leaks", "he said …": a subject, then its verb (not "which …")."""
    toks = rest.split(None, 9)[:9]
    first = toks[0].lower() if toks else ""
    if not first or first in _RELATIVE_WORDS or first in FINITE or first in AUX_WORDS:
        return False
    if first.endswith("ing"):
        return False
    if first in _MAIN_SUBJECTS:
        return True
    for t in toks[1:]:
        low = t.lower()
        if low in _RELATIVE_WORDS:
            return False
        if t[:1].islower() and (
            low in AUX_WORDS
            or low in FINITE
            or low in VERB_LIKE
            or low in _IRREGULAR_PAST
            or (t.islower() and low.endswith("ed"))
        ):
            return True
    return False


_RELATIVE_WORDS = frozenset(("which", "who", "whom", "whose", "where", "and", "but", "or"))
_MAIN_SUBJECTS = frozenset(("he", "she", "they", "it", "we", "i", "others", "there"))


def _main_clause_comma(s: str, a: int, b: int) -> int:
    """End of a sentence-opening subordinate clause: the first comma a clause follows."""
    k = s.find(", ", a, b)
    while k > 0:
        if not _quote_open(s[a:k], k - a) and _main_clause(s[k + 2 : b]):
            return k
        k = s.find(", ", k + 2, b)
    return b


def _quote_open(s: str, pos: int) -> bool:
    """Is a quotation open at pos (more opening marks than closing ones before it)?"""
    before = s[:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _quote_closes_after(s: str, pos: int) -> bool:
    """Does a quotation opened in an earlier sentence close after pos ('We felt it,” he
    said')?"""
    if "\u201d" in s and "\u201c" not in s[:pos]:
        k = s.find("\u201d", pos)
        return k > 0 and "\u201c" not in s[pos:k]
    return False


def _inverted_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    """ "“…,” said Smith, a spokesman." — the source follows the cue."""
    cue = m.group(0).lower()
    cs, ce = m.span()
    if cue not in STRONG:
        return None
    j = cs
    while j > 0 and s[j - 1] == " ":
        j -= 1
    if j == 0 or s[j - 1] not in ",\u201d\"'\u2019" or (cue == "say" and s[j - 1] == ","):
        return None  # "…, say experts" follows a quote; "half, 49%, say the …" is a subject
    r = INV_NP.match(s, ce, min(len(s), ce + 200))
    if not r and s[ce + 1 : ce + 2].islower():
        # "said shadow health secretary Caroline Ashworth": a role in lower case, then a name
        r = _ROLE_THEN_NAME.match(s, ce, min(len(s), ce + 120))
        if r and not any(
            w in ROLE_WORDS or w.endswith(_ROLE_ENDS) for w in r.group("role").split()
        ):
            r = None  # "said lobbyist and GOP strategist Carl Black", "said retired neurosurgeon X"
    if not r:
        return None
    na, nb = trim(s, r.start("np"), r.end("np"))
    np = s[na:nb]
    if not np or not _np_ok(np) or np.rsplit(None, 1)[-1] in CUE_WORDS:
        return None  # "…, said the study added to a body of evidence": a clause, no speaker
    desc = r.group("app") or r.group("rel")
    end = r.end()
    if r.re is _ROLE_THEN_NAME:
        # "said retired neurosurgeon Ben Carson, a former candidate": the role and what
        # follows describe the name
        na = r.end("role")
        np = s[na:nb]
        after = _TRAILING_APPOSITIVE.match(s, end)
        desc = ", ".join(x for x in (r.group("role").strip(), after and after.group(1)) if x)
        if after:
            end = after.end(1)
    named = NAME_AFTER_ROLE.match(s, end) if not desc and np.split()[-1].islower() else None
    if named:
        # "said the study's lead author, Dr. Naomi Feldberg, a pediatric sleep researcher"
        desc = ", ".join(x for x in (np, named.group("app")) if x)
        na, nb = named.span("name")
        np, end = s[na:nb], named.end()
    if desc and desc[-1] == "." and not s[end:].strip():
        desc = desc[:-1]  # the full stop ends the sentence, not an abbreviation
    pos, date = _tail(s, end)
    hops = [Mention(np, off + na, off + nb, cue, date, desc)]
    pc, cited = _citing(s, pos, off)
    if cited:
        hops.append(cited)
        pos = pc
    a, b = trim(s, 0, j)
    if a >= b:
        return None
    content = [(off + a, off + b)]
    # whatever follows the speaker ("…, a professor who …") describes them: not content
    return Frame(content, hops, cs, max(pos, end))


# "According to the affidavit, written by Detective Aaron Pike, …": what the source is
_CHANGE_VERB = re.compile(
    r"\b(?:rose|fell|grew|dropped|increased|decreased|declined|jumped|climbed|reached|stood"
    r"|remained|doubled|tripled|topped|exceeded|surged|slumped|soared|plunged|eased)\b"
)
_ACC_APPOSITIVE = re.compile(
    r",\s((?:(?:the|a|an|its|his|her)\s|(?:written|prepared|filed|signed|released|published"
    r"|issued|compiled|obtained|seen|reviewed)\s)[^,;:]{1,100}?),(?!\d)"
)


# a body named by its portfolios, commas and all: "the Ministry of Trade, Industry and Energy"
_PORTFOLIO_OF = re.compile(
    r"\b(?:Ministry|Department|Minister|Secretary|Committee|Commission|Office)\s(?:of|for)"
    r"(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)+$"
)
_BODY_LAST = frozenset(words("Ministry Department Commission Committee Union Association Council"))
_PORTFOLIO_REST = re.compile(
    r"(?:,\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)?)*,?\s(?:and|&)\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*"
    r"(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)?(?=['\u2019]s\s|[\s,.;:]|$)"
)
_ITS_BRANCH = re.compile(r"['\u2019]s\s[^,.;:]{1,40}")


def _according_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    cs, ce = m.span()
    n = len(s)
    k = ce
    while k < n and s[k] == " ":
        k += 1
    stop = n
    for ch in (",", ";", ":", "\u2014", " - ", " -- ", "\u2013"):
        p = s.find(ch, k, min(n, k + 200))
        if 0 <= p < stop:
            stop = p
    if stop == n and n - k > 200:
        return None
    dated, when = None, None  # a date after a name that ran over its commas, and its end
    tail = _PORTFOLIO_REST.match(s, stop) if s[stop : stop + 1] == "," else None
    tail_end = tail.end() if tail is not None else stop
    if s[tail_end - 2 : tail_end] in ("'s", "\u2019s"):
        tail_end -= 2  # "… Dentists Union's Nyandarua branch": the name without its "'s"
    if (
        tail is not None
        and (
            _PORTFOLIO_OF.search(s, k, stop)
            # "the Health, Labor and Welfare Ministry", "the … Pharmacists and Dentists Union"
            or s[tail.start() : tail_end].rsplit(None, 1)[-1] in _BODY_LAST
        )
    ):
        stop = tail_end  # "the Ministry of Trade, Industry and Energy": one name
        dated, when = _tail(s, stop)
        if (branch := _ITS_BRANCH.match(s, stop)) is not None:
            dated = branch.end()  # "… Dentists Union's Nyandarua branch": the body's part
    na, nb = trim(s, k, stop)
    rel = _NP_THEN_CLAUSE.search(s, na, nb)
    if rel:
        nb = rel.start()  # "according to a report that campaigners say exposes …": a report
    _, date = _tail(s, nb)
    date = date or when
    na, nb = _strip_np(s, na, nb)
    if na >= nb:
        return None
    np = s[na:nb]
    if len(np.split()) > 25:
        return None
    cue = "according to" if m.group(0).lower().startswith("acc") else m.group(0).lower()
    desc = None
    after = stop if dated is None else dated
    if stop < n and s[stop] == ",":
        app = _ACC_APPOSITIVE.match(s, stop, stop + 120)
        if (
            app
            and not VERBISH.search(app.group(1))  # "the entries were …": a clause
            # "the median time … rose to 14.2 hours": a clause with a verb of change
            and not _CHANGE_VERB.search(app.group(1))
            # "According to Fenwick, the seller, who uses the handle …, was asking": the
            # content's subject, with its own relative clause
            and not s.startswith((" who ", " which "), app.end())
            # "According to Beukes, the association raised it in May, but received no reply":
            # the content, its second verb after the comma
            and not s.startswith((" but ", " and ", " yet "), app.end())
        ):
            desc = app.group(1)
            after = app.end() - 1
    if desc is None and stop < n and s.startswith((", who ", ", whose "), stop):
        # "According to a senior official, who spoke on condition of anonymity, the prime
        # minister …": the clause describes the source; what was said follows it
        k2 = s.find(",", stop + 6, min(n, stop + 160))
        if k2 > 0:
            desc, after = s[stop + 2 : k2], k2
    elif (
        desc is None
        and stop < n
        and s.startswith(", which ", stop)
        and cs < 3
        and not _WHICH_CITED.match(s, stop)
    ):
        # "According to the Company's Quarterly Report on Form 10-Q, which it expects to file
        # … on or about November 13, 2025, two customers accounted for …": the paper's clause,
        # then what it says (a date's own comma is no end)
        k2 = s.find(", ", stop + 8, min(n, stop + 200))
        while k2 > 0:
            if not (s[k2 - 1 : k2].isdigit() and s[k2 + 2 : k2 + 6].isdigit()) and _is_clause(
                s[k2 + 1 :]
            ):
                desc, after = s[stop + 2 : k2], k2
                break
            k2 = s.find(", ", k2 + 2, min(n, stop + 200))
    hops = [Mention(np, off + na, off + nb, cue, date, desc)]
    wc = _WHICH_CITED.match(s, stop) if desc is None and s.startswith(", wh", stop) else None
    if wc is not None:
        # "According to Dagens Nyheter, which cited several sources within the party, …": the
        # outlet, then whom it cited
        hops.append(Mention(wc.group("np"), off + wc.start("np"), off + wc.end("np"), "citing"))
        after = wc.end() - 1
    bt = s[max(0, cs - 200) : cs].rstrip()
    at_start = (
        not bt
        or (cs <= 200 and _intro_like(bt.rstrip(",")) and bt.endswith(","))
        or bt.endswith(("\u201c", '"', ":"))
        # "… — including murder and robbery — according to FBI data": a dash that closes an
        # aside ends the content, one that opens a clause starts it
        or (
            bt.endswith("\u2014")
            and s.count("\u2014", 0, cs) % 2 == 1
            and not REST_EMPTY.match(s[after:])
        )
    )
    if at_start:
        a, b = trim(s, after, n)
        if a >= b:
            return None
        return Frame([(off + a, off + b)], hops, cs, after)
    a, b = trim(s, 0, cs)
    if a >= b:
        return None
    content = [(off + a, off + b)]
    ra, rb = trim(s, after, n)
    if (
        ra < rb
        and not REST_EMPTY.match(s[after:])
        and not DATE_RE.fullmatch(s, ra, rb)
        # "…, according to the ministry, which did not name the companies": the source told
        # of, by the article
        and not s.startswith((", which ", ", who "), after)
        # "…, according to a count by AP, but the socialist has vowed …": the article's turn
        and not s.startswith((", but ", ", while ", ", although ", ", though "), after)
    ):
        # "…, according to a report presented on Tuesday, March 3.": the date is no claim
        content.append((off + ra, off + rb))
    return Frame(content, hops, cs, after)


# a participle saying whom a speaker acts for: "appearing for the accused"
_ROLE_PARTICIPLE = re.compile(r"(?:appearing|acting|speaking|representing)\s")


def _subject(s: str, limit: int) -> tuple[int, int] | None:
    """The sentence's subject NP: the words before its first verb-like word."""
    start = 0
    k = s.find(", ", 0, limit)
    if k > 0 and _intro_like(s[:k]):
        start = k + 2
    dl = _PLACE_DATELINE.match(s) if start == 0 and ": " in s[:30] else None
    if dl is not None:
        start = dl.end()  # "Bengaluru: The High Court of Karnataka on Tuesday directed …"
    pos = start
    end = None
    for count, w in enumerate(WORD_RE.finditer(s, start, limit)):
        tok = w.group(0)
        low = tok.lower()
        if count and (
            # "The … Court of First Instance announced": a capital inside a name is no verb
            ((low in AUX_WORDS or low in VERB_LIKE or low in FINITE) and not tok[:1].isupper())
            or (tok.islower() and (low.endswith(("ed", "ly")) or low in CUE_WORDS))
            # "Sweden's central bank cut its policy rate": a past tense without -ed
            or (low in _IRREGULAR_PAST and _DET_NEXT.match(s, w.end()))
        ):
            end = pos
            break
        pos = w.end()
        if count >= 9:
            return None
    if end is None:
        return None
    a, b = _strip_np(s, start, end)  # "Illinois Gov. Daniel Whitacre on Friday vetoed …"
    aside = _ASIDE.search(s, a, b + 1) if s[b - 1 : b] == "," or s[b : b + 1] == "," else None
    if aside is not None:
        b = aside.start()  # "She, however, declined …, saying": she
    if s[b : b + 1] == ")" and s.count("(", a, b) > s.count(")", a, b):
        b += 1  # "The National Maritime Council (NMC) condemned …": the acronym, whole
    k = s.find(", ", a, b)
    if k > a and (
        PARTY_OF.match(s[k + 2 : b])
        or _APPOSITIVE_DET.match(s, k + 2, b)
        # "Lawyer Ann Roe, appearing for Said, objected …, arguing": the lawyer
        or _ROLE_PARTICIPLE.match(s, k + 2, b)
    ):
        b = k  # "State Rep. Dolores Whitfield, R-Midland, said … but worries": the name
    for tail in (" shares", " stock"):
        if s.endswith(tail, a, b) and b - len(tail) > a:
            b -= len(tail)  # "Coral Sea Energy Ltd. shares plunged …, saying": the company
    if a >= b or not _np_ok(s[a:b]) or INTRO.match(s[a:b]):
        return None
    return a, b


# what a writer cites as a source: people, bodies, papers and numbers
_CITED_SOURCE = re.compile(
    r"\b(?:sources?|officials?|people|person|report|study|survey|data|figures|statistics"
    r"|documents?|records?|analysts?|experts?|diplomats?|statement|letter|memo|filings?"
    r"|estimates?|analysis|research|poll|witness(?:es)?|residents?|media|newspaper|agency"
    r"|ministry|spokes\w+|executives?|insiders?|aides?|employees?|workers?|investigators?"
    r"|doctors?|nurses?|medics?|physicians?|engineers?|teachers?|relatives?|survivors?"
    r"|authorities|members?|lawyers?|prosecutors?|court|notice|review|audit|paper|draft|decree"
    r"|order|bill|proposal|plan|law|regulation|directive|circular|transcript|e-?mail|message"
    r"|post|tweet|video|recording|footage|images?|photos?|satellite|assessment|briefing"
    r"|presentation|dossier|database|complaint|lawsuit|indictment|affidavit|ruling|judgment"
    r"|verdict|budget|forecast|projection|tally|count|census|index|release|bulletin|update"
    r"|advisory|intelligence|interview|account|testimony|investigation|inquiry|probe|test|tests"
    r"|calculations?|model|modell?ing|observers?|monitors?|group|firm|company)\b"
)
_QUOTE_FROM = re.compile(r"Quotes?\sfrom\s(?P<np>[^:\"\u201c]{1,80}?):\s+(?=[\"\u201c\u2018'])")
_QUESTIONED_PEOPLE = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:staff|officials|witnesses|suspects?|executives|employees|officers"
    r"|him|her|them|police|investigators|regulators|the\s(?:man|woman|driver|witness))\b"
)
_APPOSITIVE_DET = re.compile(r"(?:a|an|the|his|her|its|their)\s")
_IRREGULAR_PAST = frozenset(
    words(
        "cut set put hit held kept sold bought paid spent built brought found ran struck fought "
        "caught led met spoke wrote stood drew drove flew shut spread quit lent won lost took "
        "gave sent made began left saw sought"
    )
)
_DET_NEXT = re.compile(
    r"\s+(?:its|the|a|an|his|her|their|our|this|that|some|\d|\$"
    r"|(?:with|to|at|on|for|up|out|off)\s)"  # "Adler met with the senator and declared"
)


def _is_clause(rest: str) -> bool:
    """Does rest read as a clause ("North Korea sent troops") rather than a noun phrase?"""
    toks = rest.split(None, 10)[:10]
    if not toks:
        return False
    if toks[0].lower() in CLAUSE_PRONOUNS:
        return True
    for i, t in enumerate(toks):
        if i and t in _NOT_OWN_VERB:
            return False  # "reported results and issued a forecast": a second verb phrase
        if t.lower() in FINITE or (i > 0 and t.islower() and t.endswith("ed")):
            return True
    return False


# after these, a verb belongs to a second verb phrase
_NOT_OWN_VERB = frozenset(("and", "but", "or"))


# what moves in a market, no speaker: "Shares in Holloway", "Oil prices", "The pound"
_MARKET_SUBJECT = re.compile(
    r"(?:the\s)?(?:[\w.&'\u2019-]+\s){0,3}?(?:shares|stocks|prices|price|yields|bonds|index"
    r"|futures|markets|currency|pound|dollar|euro|yen)\b",
    re.IGNORECASE,
)
_SHOW = frozenset(words("show shows showed shown"))
# a research word anywhere in a subject: "Figures published by NHS England in September"
_RESEARCH_WORD = re.compile(RESEARCH.pattern.replace(")$", r")\b"), re.I)
_BEFORE_ADJECTIVE = frozenset(words("a an the and or of its their his her this that these those"))


def _paper_subject(np: str, cue: str) -> bool:
    """A study, figures or records as the subject of a cue ("It found …": the study before)."""
    return bool(
        RESEARCH.search(np)
        or EVIDENCE_NP.match(np)
        or (np.lower() in ("it", "they") and cue in ("found", "finds"))
    )


def _finding(rest: str) -> bool:
    """ "found emergency warnings for the fire were upgraded …": what a study found is a
    clause, its subject however long, up to the first punctuation."""
    toks = rest.split(None, 16)[:16]
    for i, t in enumerate(toks):
        low = t.lower()
        if (
            i
            and (
                low in FINITE
                or (low in AUX_WORDS and low in VERB_LIKE)
                # "warnings reached residents late": a past tense will do; "a collapsed section"
                # is an adjective
                or (low.endswith("ed") and toks[i - 1].lower() not in _BEFORE_ADJECTIVE)
                # "showed income tax receipts slowing": a subject and its participle
                or (
                    i >= 2
                    and t.islower()
                    and low.endswith("ing")
                    and toks[i - 1][:1].isalpha()
                    and toks[i - 1].lower() not in _BEFORE_ADJECTIVE
                )
            )
        ):
            return True
        if t[-1:] in ",;:" or not t[:1].isalnum():
            return False
    return False


# a participle's aside after a subject: "global demand, measured in cargo tonne-km, grew"
_SUBJECT_ASIDE = re.compile(r",\s(?:[a-z]+(?:ed|en)|including|excluding)\s[^,;.]{1,60},")


def _bare_clause(rest: str) -> bool:
    """ "revealed her husband had taken her name": a short subject, then a finite verb."""
    aside = _SUBJECT_ASIDE.search(rest, 0, 120) if "," in rest[:40] else None
    if aside is not None and aside.start() < 40:
        rest = rest[: aside.start()] + rest[aside.end() :]
    toks = rest.split(None, 10)[:10]
    # "found one in five of those patients had …", "most of the money had gone": a quantity
    # subject holds "of" and "in"
    quantity = bool(toks) and (toks[0].lower() in _QUANTITY or toks[0][:1].isdigit())
    for i, t in enumerate(toks):
        low = t.lower()
        if i and (low in FINITE or (low in AUX_WORDS and low in VERB_LIKE)):
            return True
        if i >= 7 and not quantity:
            return False
        if (
            (
                low in NOT_BARE
                and not (quantity and low in ("of", "in"))
                and not _of_in_name(toks, i)
            )
            or not t.lstrip("$\u00a3\u20ac")[:1].isalnum()
            or t[-1:] in ",;:"
        ):
            return False
        if i == 0 and low in CLAUSE_PRONOUNS:
            return True
    return False


def _of_in_name(toks: list[str], i: int) -> bool:
    """ "the Department of Public Works": an "of" between capitals is part of a name."""
    return (
        toks[i] in ("of", "for")
        and 0 < i < len(toks) - 1
        and toks[i - 1][:1].isupper()
        and toks[i + 1][:1].isupper()
    )


_QUANTITY = frozenset(
    words(
        "one two three four five half most many some all none each several few a third quarter "
        "about around roughly nearly almost approximately"
    )
)


def _ends_with_attribution(rest: str) -> bool:
    """ ", the state news agency reported." - the rest is another, post-posed attribution."""
    if _GOES_ON_VP.match(rest) or (rest.lstrip(" ,")[:5] == "with " and GOES_ON.match(rest)):
        # ", but had not yet agreed to the numbers", ", with Redpine expected to take part":
        # the content goes on
        return False
    ends = [m.end() for m in CUE.finditer(rest)]
    return bool(ends) and len(rest[ends[-1] :].split()) <= 6


def _told_that(s: str, pos: int, n: int) -> re.Match[str] | None:
    """ "told reporters that …", unless the "that" is a participle's: "told reporters on
    Tuesday, adding that …" reports what came before."""
    t = TOLD_THAT.match(s, pos, min(n, pos + 120))
    k = s.rfind(", ", pos, t.start("mark")) if t is not None else -1
    if k >= 0:
        w = WORD_RE.match(s, k + 2)
        if w is not None and w.group(0) in PART_SET:
            return None
    return t


def _participle_frame(s: str, m: re.Match[str], off: int, frames: list[Frame]) -> Frame | None:
    """ ", adding that …" takes the source of the clause it hangs on."""
    cs = m.start()
    j = cs
    while j > 0 and s[j - 1] == " ":
        j -= 1
    pre = s[max(0, j - 5) : j].rstrip(QCLOSE)  # 'of “New York values,” saying'
    if pre.endswith(" by") and _BY_SAYING.search(s, max(0, j - 40), j):
        # "A Chinese official responded by saying …": the subject says it
        subj = _subject(s, cs)
        if subj is None:
            return None
        na, nb = subj
        return _participle_content(s, m, off, [Mention(s[na:nb], off + na, off + nb, m.group(0))])
    if not (pre.endswith(",") or pre.endswith(" and") or pre.endswith("\u2014")):
        ws = _WITH_SPEAKER.search(s, max(0, cs - 70), cs)
        if ws is None or not _np_ok(ws.group("np")):
            return None
        # "…, with researchers warning the disease is taking hold": they warn of it
        na, nb = ws.span("np")
        return _participle_content(s, m, off, [Mention(s[na:nb], off + na, off + nb, m.group(0))])
    subj = _subject(s, cs) if frames and frames[-1].participle else None
    if subj is not None and frames[-1].mentions[0].start <= off + subj[1]:
        subj = None  # "X did Y but said Z, adding …": the same speaker, already read
    if subj is not None:
        # "X did Y to a man who said Z, saying …": X, the sentence's subject, says it
        na, nb = subj
        hops = [Mention(s[na:nb], off + na, off + nb, m.group(0))]
    elif frames:
        hop0 = frames[-1].mentions[0]
        hops = [
            Mention(
                hop0.text,
                hop0.start,
                hop0.end,
                m.group(0),
                hop0.date,
                hop0.description,
                hop0.unnamed,
            )
        ]
    else:
        subj = _subject(s, cs)
        if subj is None:
            return None
        na, nb = subj
        if _MARKET_SUBJECT.match(s, na, nb):
            return None  # "Shares rose 27%, suggesting investors expect …": the article reads it
        hops = [Mention(s[na:nb], off + na, off + nb, m.group(0))]
    return _participle_content(s, m, off, hops)


# a paper its subject put out, just before what it shows: "released a survey on Tuesday"
_PAPER_PUT_OUT = re.compile(
    r"\b(?:released|published|issued|unveiled|presented|put\sout)\s(?:(?:a|an|its|their|the"
    r"|new|fresh|latest|monthly|quarterly|annual)\s){0,3}(?:[\w-]+\s){0,2}?(?:survey|report"
    r"|data|figures|study|poll|statistics|analysis|research|results|index|assessment)\b"
    r"[^,;]{0,40},?\s$"
)


def _published_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    """ "X released a survey on Tuesday showing that …" -> [X], the paper's publisher."""
    cs = m.start()
    if _PAPER_PUT_OUT.search(s, max(0, cs - 90), cs) is None:
        return None  # "… showing signs of strain": no paper shows it
    subj = _subject(s, cs)
    if subj is None:
        return None
    na, nb = subj
    return _participle_content(s, m, off, [Mention(s[na:nb], off + na, off + nb, m.group(0))])


def _participle_content(s: str, m: re.Match[str], off: int, hops: list[Mention]) -> Frame | None:
    """What a participle cue reports, up to the sentence's end, for its speakers."""
    cs, ce = m.span()
    pos, _ = _tail(s, ce)
    if m.group(0) in THAT_PARTICIPLES and not s[pos : pos + 6].lstrip().startswith("that "):
        return None  # "…, ruling out a deal": an act; "…, ruling that …" reports
    if m.group(0) == "adding" and s.startswith(" to ", pos):
        return None  # "…, adding to pressure on the bank": no words of anyone's
    if m.group(0) in ("telling", "asking"):
        r = RECIPIENT.match(s, pos, min(len(s), pos + 80))
        if r:
            pos = r.end()
    op = OPENING.match(s, pos)
    cstart = op.end() if op else pos
    a, b = trim(s, cstart, len(s))
    if a >= b or len(s[a:b].split(None, 1)) < 2:
        return None
    return Frame([(off + a, off + b)], hops, cs, cstart, participle=True)


def _quoted_pair(s: str, ce: int) -> tuple[tuple[int, int], str, int] | None:
    """After "quoted": a person's name with its description, either one first."""
    p = _QUOTED_PAIR.match(s, ce, min(len(s), ce + 200))
    if not p:
        return None
    for name, desc in (("x", "y"), ("y", "x")):
        if _PERSON_NAME.fullmatch(p.group(name)) and not _PERSON_NAME.fullmatch(p.group(desc)):
            return trim(s, p.start(name), p.end(name)), p.group(desc), p.end()
    return None


def _quoted_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    """ "X quoted Y as saying …" -> [X, Y]; "X was quoted as saying …" -> [X]."""
    cs, ce = m.span()
    q = QUOTED_AS.match(s, ce, min(len(s), ce + 120))
    # "Antara quoted a ministry official, Dewi Lestari Siregar, as saying": described, named
    qn = None if q else _QUOTED_NAMED.match(s, ce, min(len(s), ce + 160))
    wq = WAS_QUOTED.search(s, max(0, cs - 12), cs)
    src_end = wq.start() if wq else cs
    src = _source_before(s, src_end) if src_end > 0 else None
    if src is None:
        return None
    na, nb, desc, clause_start, boundary = src
    cue = "cited" if m.group(0).lower() in ("cited", "cites") else "quoted"
    hops = [Mention(s[na:nb], off + na, off + nb, cue, None, desc)]
    if wq:
        r = re.match(
            r"\s?(?:by\s(?P<by>[^,;]{1,80}?)\s)?as\s(?:saying|telling)\b", s[ce : ce + 120]
        )
        if not r:
            return None
        pos = ce + r.end()
        if r.group("by"):
            ba, bb = ce + r.start("by"), ce + r.end("by")
            hops = [Mention(s[ba:bb], off + ba, off + bb, "quoted"), hops[0]]
            hops[1].cue = "quoted as saying"
    elif q:
        ya, yb = trim(s, q.start("np"), q.end("np"))
        hops.append(Mention(s[ya:yb], off + ya, off + yb, "as saying"))
        pos = q.end()
    elif qn:
        ya, yb = trim(s, qn.start("np"), qn.end("np"))
        hops.append(Mention(s[ya:yb], off + ya, off + yb, "as saying", None, qn.group("desc")))
        pos = qn.end()
    elif pair := _quoted_pair(s, ce):
        (ya, yb), desc_y, pos = pair
        hops.append(Mention(s[ya:yb], off + ya, off + yb, "as saying", None, desc_y))
    else:
        return None
    op = OPENING.match(s, pos)
    cstart = op.end() if op else pos
    a, b = trim(s, cstart, len(s))
    if a >= b and boundary.strip() in (",", "\u201d", '"'):
        # "…, KCNA quoted Kim as saying.": what was quoted came first
        a, b = trim(s, 0, clause_start)
        return Frame([(off + a, off + b)], hops, na, len(s)) if a < b else None
    if a >= b:
        return None
    return Frame([(off + a, off + b)], hops, na, cstart)


def _arrange(frames: list[Frame], off: int, s: str) -> list[Frame]:
    """Nest frames whose source opens another's content; cut contents at later frames."""
    if len(frames) < 2:
        return frames
    frames.sort(key=lambda f: f.anchor)
    last = frames[-1]
    if last.content and all(b <= off + last.anchor for _, b in last.content):
        # "Kim expressed satisfaction and called for …, the agency said": acts the agency
        # reports, no words of Kim's; the agency's content is all of it
        kept = [f for f in frames[:-1] if f.mentions[0].cue.lower() not in _ACT_CUES]
        if len(kept) < len(frames) - 1:
            lo = min(x for f in frames for x, _ in f.content)
            hi = max(y for _, y in last.content)
            frames = [*kept, last]
            last.content = [(lo, hi)]
            if len(frames) < 2:
                return frames
    # cutting: a content running over a later frame's source stops before it
    for a in frames:
        spans = []
        for ca, cb in a.content:
            for b in frames:
                fa = off + b.anchor
                if (
                    b is not a
                    and ca < fa < cb
                    and not _embedded(b, ca, cb)
                    and not _after_intro(s, ca - off, fa - off)
                ):
                    cb = fa
            if ca < cb:
                spans.append((ca, cb))
        a.content = spans
    # nesting: B's source opens A's content ("According to X, Y say …", "X reported that
    # Y said …", "Y said …, X reported") -> B's chain is A's chain followed by B's own
    for b in frames:
        if b.participle:
            continue
        ba = off + b.anchor
        for a in frames:
            if a is b or a.nested_into_by is not None:
                continue
            for ci, (ca, cb) in enumerate(a.content):
                inside = ca <= ba <= cb and not _covers(b, a, off)
                # b opens a's content, or b is a post-posed attribution ("X, the ministry
                # said, the agency reported") whose content lies in a's, before b's source
                post_in = bool(b.content) and all(ca <= x and y <= ba for x, y in b.content)
                # "According to X, A, when Y reported that B": B, too, is told by X
                told_within = (
                    inside
                    and not post_in
                    and ba - ca > 2
                    and a.mentions[0].cue == "according to"
                    and a.anchor < b.anchor
                )
                # "In Moscow, X said …, according to TASS": an opening phrase before b
                opens = ba - ca <= 2 or _after_intro(s, ca - off, ba - off)
                if inside and ((opens and ba < cb) or post_in or told_within):
                    outer = [mt for mt in a.mentions if not _is_document(mt)]
                    b.mentions = outer + b.mentions
                    b.outer = len(outer)
                    if not told_within:
                        a.content.pop(ci)
                    a.nested_into_by = b
                    b.regions = [*(b.regions or []), (a.anchor, a.anchor_end)]
                    break
            if b.mentions and a.nested_into_by is b:
                break
    return [f for f in frames if f.content]


def _list_name_start(s: str, da: int, db: int, lo: int) -> int:
    """Where a name listing its parts starts, when s[da:db] is its last part ("Trade and
    Industry" of "the Ministry of Economy, Trade and Industry"); else da."""
    if not _NAME_LIST_END.fullmatch(s, da, db):
        return da
    start = da
    for _ in range(4):
        c = s.rfind(",", lo, start)
        if c < 0:
            break
        k = s.rfind(",", lo, c)
        ia, ib = trim(s, k + 1 if k >= 0 else lo, c)
        if _OF_CAP_END.search(s, ia, ib):
            return ia  # "Japan's Ministry of Economy": where the name begins
        if not _CAP_ITEM.fullmatch(s, ia, ib):
            break
        start = ia  # "Land, Infrastructure, Transport and Tourism": one more part
    return da


def _cap_name_start(s: str, k: int) -> int:
    """Start of the capitalised name ending just before k ("UN Trade and Development ")."""
    start = k
    for w in reversed(s[max(0, k - 80) : k].split()):
        if w[:1].isupper() or (start < k and w in _NAME_GLUE_LOW and w != "the"):
            start = s.rfind(w, 0, start)
        else:
            break
    while start < k and s[start : s.find(" ", start)] in _NAME_GLUE_LOW:
        start = s.find(" ", start) + 1  # a name starts with a capital
    return start


def _after_intro(s: str, a: int, b: int) -> bool:
    """Whether only an opening phrase and its comma ("In Moscow, ") lie between a and b."""
    return (
        b - a > 2 and s[b - 2 : b] == ", " and "," not in s[a : b - 2] and _intro_like(s[a : b - 2])
    )


def _covers(b: Frame, a: Frame, off: int) -> bool:
    """True when b's own content holds a's source (then a sits inside b, not b inside a)."""
    aa = off + a.anchor
    return any(ca <= aa < cb for ca, cb in b.content)


def _is_document(m: Mention) -> bool:
    """ "according to a statement posted on its website": a medium, not a further source."""
    return bool(m.text) and bool(DOCUMENT.match(m.text))


def _embedded(b: Frame, ca: int, cb: int) -> bool:
    """b is a relative clause's attribution lying wholly inside content (ca, cb):
    "X, who asked Y to act, did Z, officials said" keeps "X … did Z" as the officials'."""
    return b.participle and all(ca < x and y < cb for x, y in b.content)


_DETS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "your", "this", "that"))


# "When asked whether …", "Asked about …", "…, asked if …": a question put to the speaker
_QUESTION_LEAD = re.compile(r"(?:^|[,;:\u2014]|\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter))\s*$")
_NOUN_PREPS = frozenset(("from", "of", "in", "on", "by", "with", "to", "into", "under"))


def _noun_use(s: str, cs: int, ce: int) -> bool:
    """A cue word that is a noun here: after a determiner or a common noun ("its revenue
    forecast", "weather forecast"), or before a participle or "were" ("claims filed")."""
    nxt = WORD_RE.match(s, ce + 1) if s[ce : ce + 1] == " " else None
    if nxt and (nxt.group(0) in NOUN_NEXT or nxt.group(0).endswith("ed")):
        return True
    k = s.rfind(" ", 0, cs - 1)
    prev = s[k + 1 : cs].strip()
    low = prev.lower()
    if low in _DETS or low.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return True  # "an accountant's estimate", "the agency's forecast"
    if "-" in prev and prev.islower() and prev.replace("-", "").isalnum():
        # "its full-year forecast", "the long-term forecast": a compound adjective first
        k2 = s.rfind(" ", 0, k)
        before = s[k2 + 1 : k].lower()
        return before in _DETS or before.endswith(("'s", "\u2019s"))
    if not prev.isalpha() or not prev.islower():
        return False
    k2 = s.rfind(" ", 0, k)
    if s[k2 + 1 : k].lower() in _NOUN_PREPS:
        return True  # "came from police reports": a noun after a preposition
    return not (
        low in AUX_WORDS
        or low in CLAUSE_PRONOUNS
        or low in ("who", "which", "that", "they", "also")
        or low.endswith("ly")
        or _people_plural(low)
        or low in ANAPHOR_NOUNS  # "the company forecast …", "the ministry claims …"
        or low in _BODY_HEADS  # "The association estimates that …"
    )
