"""Split article text into sentences with offsets and a kind: headline, body, caption, chrome.

A hand-written rule segmenter: lines are grouped into paragraphs (a line broken in the
middle of a sentence is joined to the next one), page chrome lines are recognised by
shape and wording, and paragraphs are cut into sentences at terminal punctuation unless
the word before it is a known abbreviation ("U.S.", "Nov.", "Rep.", "D-Calif.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.extract.lexicon import words
from provenance.extract.types import SentenceKind

# Titles and abbreviations after which a period never ends a sentence.
_ABBREV_NEVER = frozenset(
    words(
        "mr mrs ms dr prof rev fr sr jr st mt ft gen lt col maj capt cpl sgt adm cmdr gov sen "
        "rep reps sens atty supt insp det pres amb hon messrs mme mlle sec jan feb mar apr "
        "jun jul aug sep sept oct nov dec no nos vol vols ch pp fig figs approx est dept div "
        "ave blvd rd hwy mrs vs v e.g i.e cf al op ed eds tel ext ala ariz ark calif colo "
        "conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla "
        "ore pa tenn tex va vt wash wis wyo n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va d.c no. "
        "u.s.a"
    )
)
# Abbreviations that may also end a sentence: split only before a typical sentence opener.
_ABBREV_MAYBE = frozenset(
    words("u.s u.k u.n e.u a.m p.m inc corp co ltd llc plc bros etc d.c jr sr u.s.a")
)
_OPENERS = frozenset(
    words(
        "the a an he she it they we i you his her their its our this that these those there "
        "but and so yet in on at for by with from as if when while after before since "
        "although though however meanwhile still also officials according"
    )
)

_ABBREV_LOWER = frozenset(words("e.g i.e vs v cf al approx est etc pp ch vol fig figs op ed"))
_NEXT_DIGIT = re.compile(r"\s*\d")
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?:\s+|(?=[\"\u201c]?[A-Z][a-z]))")
_NEXT_OK = re.compile(r"[\"'\u201c\u2018(\[]*[A-Z0-9]")
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018(\[]*([A-Za-z]+)")

_TERMINAL_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]\u2026]\s*$")
_CONTINUES_END = re.compile(
    r"(?:[,\-\u2013\u2014(]|\b(?:and|or|but|the|a|an|of|to|in|on|for|with))\s*$"
)
_STARTS_LOWER = re.compile(r"\s*[a-z]")

# Page chrome: whole lines that are navigation, metadata or appeals, never content.
_CHROME_LINE = re.compile(
    r"""^\W*(?:
        (?:latest|breaking|top|more|related|recommended|trending|featured)\s+(?:news|stories|
            articles|posts|videos|reads?|from\s.*)
        |see\s+(?:all|more)|read\s+(?:more|next|also|the\s+full\s+story)|show\s+more|load\s+more
        |advertisements?|sponsored(?:\s+content)?|ads?|promoted|paid\s+content
        |share(?:\s+(?:this|on|via).*)?|tweet|print|e-?mail|copy\s+link|comments?(?:\s+\(\d+\))?
        |subscribe.*|sign\s+(?:up|in).*|log\s*in|register|newsletters?.*|follow\s+us.*
        |\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|listen(?:\s+to\s+(?:this\s+)?article)?.*
        |authors?|category|categories|tags?|topics?|filed\s+under.*|section|menu|home|search
        |skip\s+to\s+.*|jump\s+to\s+.*|back\s+to\s+top|close|open|next|previous|prev
        |most\s+(?:read|popular|viewed|shared)|you\s+(?:may|might)\s+also\s+like.*
        |(?:all\s+)?rights\s+reserved.*|copyright.*|\u00a9.*|privacy(?:\s+policy)?|terms(?:\s+of.*)?
        |cookies?.*|contact(?:\s+us)?|about(?:\s+us)?|donate.*|support\s+(?:us|our).*
        |become\s+a\s+(?:member|subscriber|supporter).*|click\s+here.*|watch(?:\s+(?:now|live))?
        |video|photos?|gallery|image|updated\b.*|published\b.*|posted\b.*|last\s+updated.*
        |(?:additional\s+)?(?:reporting|editing|writing)\s+by\s.*|compiled\s+by\s.*
        |by\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von|la|al))
            {0,6}(?:\s*[,|\u2022-].*)?
    )\W*$""",
    re.VERBOSE | re.IGNORECASE,
)
# Appeals and promotions that run over several sentences: the whole paragraph is chrome.
_APPEAL = re.compile(
    r"\b(?:your\s+support|support\s+(?:us|our\s+(?:work|journalism|reporting))|donate\b"
    r"|make\s+a\s+(?:\w+\s+)?donation|your\s+donation"
    r"|subscribe\s+(?:to|now|today)|sign\s+up\s+(?:for|to|now)|our\s+newsletter"
    r"|become\s+a\s+(?:member|patron|supporter)|break\s+through\s+the\s+algorithm"
    r"|(?:ad|paywall)\s*-?\s*free|independent\s+journalism\s+(?:needs|relies)"
    r"|this\s+article\s+is\s+(?:free|available)|whitelist\s+us|disable\s+your\s+ad\s*blocker)",
    re.IGNORECASE,
)
_APPEAL_KEYS = (
    "support",
    "donat",
    "subscri",
    "sign up",
    "newsletter",
    "member",
    "patron",
    "algorithm",
    "free",
    "journalism",
    "whitelist",
    "blocker",
)
_CREDIT_KEYS = ("photo", "image", "picture", "video", "source", "credit", "illustration")
_CREDIT = re.compile(
    r"\(\s*(?:(?:photo|image|picture|video|source|credit|illustration|file\s+photo)s?"
    r"(?:\s+(?:by|courtesy(?:\s+of)?|credit))?\s*[:/-]?\s*([^()]{1,80}?)"
    r"|([A-Z][\w&.' -]{0,40}?)\s*(?:/\s*[^()]{1,60}?)?\s+(?:photo|pool\s+photo|file\s+photo)"
    r"(?:\s*/\s*[^()]{1,60}?)?)\s*\)\s*$"
    r"|(?:^|\s)(?:photo|image|picture|credit|source)s?\s*(?:by|courtesy\s+of)?\s*:\s*"
    r"([^.:]{1,80}?)\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'\u2019-]{1,40}?(?:,\s*[A-Z][A-Za-z.]*\s*[A-Za-z.]*\s*\d{0,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([A-Za-z.&' -]{1,30}\))?(?:\s*[\u2014\u2013]|\s+--?)\s*"
    r"|[A-Z][A-Z .,'\u2019-]{1,40}?\s*\([A-Za-z.&' -]{1,30}\)\s*[:\u2014\u2013-]?\s*"
)
# used with match(text, pos): no "^", which would only match at the start of the whole text
_MD_HEADING = re.compile(r"\s*#{1,6}\s+")
_MD_MARKUP = re.compile(r"\s*(?:[-*+]\s+|>\s*|\d+[.)]\s+)")
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence-sized span of the text, with its kind and paragraph number."""

    start: int
    end: int
    kind: SentenceKind
    paragraph: int
    credit: tuple[int, int] | None = None  # a caption's credit span (its source)
    duplicate: bool = False


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's stripped content; blank lines as (pos, pos)."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
        pos = nl + 1
    return out


def is_chrome_line(line: str) -> bool:
    """True when a whole line is page chrome (navigation, byline, appeal, metadata)."""
    if len(line) > 300:
        return False
    if not _HAS_WORD.search(line):
        return True
    return bool(_CHROME_LINE.match(line))


def _short_label(line: str) -> bool:
    """A few words with no sentence punctuation: a menu item or section label."""
    if _TERMINAL_END.search(line):
        return False
    return len(_WORDS.findall(line)) <= 3


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut text[start:end] into sentence spans at terminal punctuation."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if cut >= end:
            break
        if not _NEXT_OK.match(text, cut, end):
            continue
        if not _ends_sentence(text, s, m, end):
            continue
        e = m.end()
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        s = cut
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
    return out


def _ends_sentence(text: str, s: int, m: re.Match[str], end: int) -> bool:
    if text[m.start()] != ".":
        return True
    if m.end() - m.start() >= 3 and text.startswith("...", m.start()):
        return True
    wb = _WORD_BEFORE.search(text, max(s, m.start() - 40), m.start())
    if not wb:
        return True
    raw = wb.group(1).lstrip("\"'(\u201c\u2018[")
    if "-" in raw:
        raw = raw.rsplit("-", 1)[1]
    word = raw.lower()
    if not word:
        return True
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "George W. Bush"
    if word in _ABBREV_MAYBE:
        nw = _NEXT_WORD.match(text, m.end(), end)
        return bool(nw and nw.group(1).lower() in _OPENERS)
    if word in _ABBREV_NEVER:
        if word in ("no", "nos"):
            return not _NEXT_DIGIT.match(text, m.end(), end)  # "No. 5" but "voted no."
        # "Mass." and "Ill." are states, "critical mass." and "fell ill." end sentences
        return not (raw[:1].isupper() or word in _ABBREV_LOWER)
    if "." in word and len(word) <= 6 and all(len(p) <= 2 for p in word.split(".")):
        nw = _NEXT_WORD.match(text, m.end(), end)
        return bool(nw and nw.group(1).lower() in _OPENERS)
    return True


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Group non-blank lines into paragraphs; a line broken mid-sentence joins the next."""
    paras: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for s, e in _lines(text):
        if s == e:
            if cur:
                paras.append(cur)
                cur = []
            continue
        if cur:
            ps, pe = cur[-1]
            prev = text[ps:pe]
            joined = (
                not _TERMINAL_END.search(prev)
                and len(prev) > 40
                and (_STARTS_LOWER.match(text, s, e) or _CONTINUES_END.search(prev))
            )
            if not joined:
                paras.append(cur)
                cur = []
        cur.append((s, e))
    if cur:
        paras.append(cur)
    return paras


def _norm_line(line: str) -> str:
    return " ".join(line.split()).lower()


def segment(text: str) -> list[Span]:
    """Sentence spans of the whole text, in order, with kinds."""
    spans: list[Span] = []
    seen: set[str] = set()
    seen_body = False
    headline_done = False
    for pno, lines in enumerate(_paragraphs(text)):
        start, end = lines[0][0], lines[-1][1]
        if len(lines) == 1:
            m = _MD_HEADING.match(text, start, end) or _MD_MARKUP.match(text, start, end)
            if m:
                start = m.end()
        para = text[start:end]
        key = _norm_line(para)
        duplicate = key in seen
        seen.add(key)
        low = para.lower()
        appeal = any(k in low for k in _APPEAL_KEYS) and bool(_APPEAL.search(para))
        if len(lines) == 1 and (appeal or is_chrome_line(para)):
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        if len(lines) == 1 and not headline_done and not seen_body and _short_label(para):
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        if appeal and len(para) < 600:
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        credit = None
        if len(lines) == 1 and any(k in low[-160:] for k in _CREDIT_KEYS):
            cut = max(0, len(para) - 160)
            credit = _CREDIT.search(para, cut)
        if credit:
            g = 1 if credit.group(1) else (2 if credit.group(2) else 3)
            ca, cb = credit.span(g)
            spans.append(Span(start, end, "caption", pno, (start + ca, start + cb), duplicate))
            continue
        if (
            len(lines) == 1
            and not headline_done
            and not seen_body
            and not _TERMINAL_END.search(para)
            and len(_WORDS.findall(para)) >= 3
            and len(para) < 250
        ):
            headline_done = True
            spans.append(Span(start, end, "headline", pno, None, duplicate))
            continue
        if len(lines) == 1 and _short_label(para) and not duplicate:
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        seen_body = True
        dl = _DATELINE.match(text, start, end)
        if dl and dl.end() < end:
            start = dl.end()
        for s, e in split_sentences(text, start, end):
            spans.append(Span(s, e, "body", pno, None, duplicate))
    return spans
