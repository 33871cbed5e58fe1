"""Find attributions in one sentence: the content, who it is attributed to, the cue and date.

Each attribution is a Frame: the content span(s) and the mentions of its sources, from the
source the article cites outward ("X reported, citing Y" -> [X, Y]). Patterns are matched
on bounded windows around each cue so that run time stays linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provenance.extract.lexicon import words


def word_alternation(words: list[str]) -> str:
    """A regex matching exactly these words, as a character trie (fast: no long branch list)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (
    rf"(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|{_MONTH}(?:\s\d{{4}})?"
    rf"|{_WEEKDAY}(?:\s(?:morning|afternoon|evening|night))?|(?:19|20)\d\d"
    r"|(?:last|this|earlier\sthis|late\slast|early\sthis|next)\s(?:week|month|year|weekend"
    r"|spring|summer|fall|autumn|winter)|yesterday|today|tonight)"
)
DATE_RE = re.compile(_DATE)
_VENUE = (
    r"(?:statement|interview|briefing|conference|speech|post|tweet|letter|report|email|e-mail"
    r"|message|video|op-ed|column|blog|appearance|hearing|rally|event|meeting|call|session"
    r"|address|broadcast|filing|note|memo|release|remarks|comments|testimony|documents?)"
)
_CAPNP = r"(?:the\s)?[A-Z][\w.&'\u2019-]*(?:\s(?:of\s|and\s|for\s)?[A-Z][\w.&'\u2019-]*){0,4}"
# Modifiers between a cue and its content: "on November 14", "in a statement", "to reporters".
_TAIL = re.compile(
    rf"(?:,?\s(?:on|in|at|during|earlier|late|early)?\s?(?P<date>{_DATE})\b"
    rf"|\s(?:in|on|at|during|via|through|after|before)\s(?:an?|the|his|her|their|its|a\snew)"
    rf"(?:\s[\w'\u2019-]+){{0,3}}?\s{_VENUE}(?:\s(?:with|to|on|at|by|for)\s{_CAPNP})?"
    r"|\son\s(?:Twitter|Facebook|X|Instagram|Telegram|television|TV|radio|social\smedia"
    rf"|its\swebsite|[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){{0,2}})"
    rf"|\sto\s(?:reporters|journalists|the\spress|lawmakers|supporters|the\scrowd|an?\s\w+"
    rf"(?:\s\w+)?|{_CAPNP})"
    r"|\s(?:also|later|earlier|previously|recently|again|repeatedly|publicly|privately"
    r"|separately|further|then|too|once|first|now|still|simply|flatly|bluntly|openly))*"
)
_VERB_CUES = words(
    "said says say told tells tell reported reports announced announces stated added adds "
    "noted notes wrote writes explained explains claimed claims claim argued argues argue "
    "estimated estimates estimate assessed assesses believes believe believed thinks "
    "think thought warned warns warn insisted insists insist acknowledged acknowledges "
    "admitted admits confirmed confirms denied denies suggested suggests suggest "
    "predicted predicts alleged alleges asserted asserts declared declares indicated "
    "indicates revealed reveals disclosed discloses testified tweeted recalled recalls "
    "concluded concludes found finds showed shows show replied replies responded stressed "
    "stresses emphasized emphasised emphasizes observed expects expected expect hopes "
    "hoped hope fears feared fear knows know knew projected forecast complained complains "
    "countered conceded concedes charged contended contends maintained maintains boasted "
    "joked quipped vowed vows promised promises pledged reiterated signaled signalled "
    "hinted mentioned agreed agrees cautioned worried worries asked asks posted commented "
    "remarked continued wondered figured figures argued acknowledged announce assert "
    "contend maintain accused indicate"
)
_PARTICIPLES = words(
    "saying adding noting arguing telling warning explaining insisting claiming stressing "
    "suggesting acknowledging admitting writing declaring asserting predicting indicating "
    "stating recalling complaining emphasizing emphasising asking replying calling"
)
_STRONG = frozenset(
    words(
        "said says say told tells tell reported reports announced announces stated added adds "
        "wrote writes explained explains claimed claims claim argued argues argue estimated "
        "estimates estimate assessed assesses warned warns warn insisted insists insist "
        "predicted predicts alleged alleges asserted asserts declared declares testified "
        "tweeted stressed stresses emphasized emphasised emphasizes contended contends "
        "maintained maintains vowed vows promised promises pledged reiterated noted notes "
        "countered conceded concedes complained complains replied replies responded quipped "
        "joked boasted cautioned posted commented remarked believes believe believed thinks "
        "think thought hopes hope hoped fears fear feared expects expect figures figured know "
        "knows knew"
    )
)
# cues whose content is their object: "X called Trump “unhinged”", "X endorsed Y"
_OBJECT = frozenset(
    words(
        "called calls accused accuses criticized criticised criticizes praised praises "
        "endorsed endorses backed supported supports opposed opposes urged urges wants wanted "
        "blamed blames defended defends rejected rejects dismissed dismisses attacked blasted "
        "slammed questioned welcomed condemned condemns proposed proposes described describes "
        "cited asked asks expressed voiced denounced denounces denouncing decried mocked "
        "echoed assured reminded touted lamented threatened pleaded emailed answered "
        "criticizing accusing describing questioning railed thanked highlighted urging "
        "pointed referred referring mentioned discussed talked spoke sees see saw views "
        "viewed feel feels felt deemed portrayed favored favors prefer prefers support "
        "supporting backing endorse oppose blame"
    )
)
_PARTICLE = re.compile(r"\s(?:out|to|about|of|against|on|for|at|over)\b")
_RESEARCH = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|studies|report|reports|data|analysis|research"
    r"|review|investigation|audit|figures|statistics|results|findings|records|documents"
    r"|estimates|numbers|evidence|census|tally|count)$",
    re.I,
)
_BARE_CLAUSE_OK = _STRONG | _OBJECT


_ACC = ("according to", "According to", "as reported by", "As reported by", "as told to")
_UNN = ("reportedly", "allegedly", "purportedly", "reputedly")
_PART_SET = frozenset(_PARTICIPLES)
_CUE = re.compile(
    r"\b(?:"
    + word_alternation(
        sorted(set(_VERB_CUES) | _OBJECT | _PART_SET | set(_ACC) | set(_UNN) | {"quoted"})
    )
    + r")\b"
)
_IT_REPORTED = re.compile(
    r"\b[Ii]t\s(?:was|is|has\sbeen|had\sbeen|was\salso|is\salso|will\sbe|has\salso\sbeen)\s"
    r"(?:widely\s|also\s|now\s|previously\s|earlier\s)?(?P<cue>reported|announced|claimed"
    r"|alleged|said|believed|estimated|learned|learnt|understood|revealed|confirmed|noted"
    r"|thought|feared|rumou?red|suggested|known|disclosed|assumed)\b(?:,?\s(?:that\s)?)?"
)
_ARE_REPORTED = re.compile(
    r"\b(?:is|are|was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:widely\s|also\s|now\s)?"
    r"(?P<cue>reported|said|believed|thought|alleged|understood|rumou?red|estimated"
    r"|feared|suspected|claimed)\sto\b"
)
_BOUND_WORDS = words(
    "that and but while as because when whereas although though since after before if so "
    "or which who where whom than even until unless whether what how why"
)
_LEFT_BOUND_REV = re.compile(
    r"''|[,;:(\[\u2014\u2013\"\u201c\u201d]|\s-{1,2}\s|\b(?:"
    + word_alternation(sorted(w[::-1] for w in _BOUND_WORDS))
    + r")\b"
)
_AUX_WORDS = frozenset(
    words(
        "has have had also later earlier previously recently would will could may might must "
        "should can did does do once again then now still already first further never ever "
        "not n't just long too even both all himself herself itself themselves"
    )
)
_LY_NOUNS = frozenset(words("family italy ally rally daily july assembly supply early only"))
_DATE_WORDS = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
        "week month year weekend morning afternoon evening night"
    )
)
_DATE_LEAD = frozenset(words("on in at last this earlier late early next"))
_MONTH_WORDS = frozenset(
    words(
        "january february march april may june july august september october november "
        "december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."
    )
)
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|be|is|are|am|get|got|gets)\s*$", re.I)
_DET_ONLY = re.compile(
    r"^(?:the|a|an|his|her|their|its|my|our|your|this|these|those|such|no|any|every|each"
    r"|one|some)$",
    re.I,
)
_NP_START_OK = re.compile(
    r"^(?:[A-Z0-9\"\u201c]|(?:the|a|an|another|those|these|some|many|several|two|three|four|five|most|other|one"
    r"|few|both|all|senior|top|local|federal|state|his|her|their|its|our|he|she|they|it|we"
    r"|i|you|who|officials?|sources?|analysts?|experts?|police|authorities|residents"
    r"|witnesses|critics|people|observers|investigators|researchers|scientists|economists"
    r"|lawmakers|diplomats|aides|advisers|reports?|documents?|data|polls?|surveys?|studies"
    r"|study|records|estimates|figures|voters|supporters|opponents|republicans|democrats"
    r"|prosecutors|doctors|insiders|spokes\w+|unnamed|anonymous|military|government|media"
    r"|u\.s\.|western|russian|american|chinese)\b)"
)
_LOWER_LEAD = frozenset(
    words(
        "former ex then current retired late acting outgoing incoming fellow presidential "
        "republican democratic democrat gop party state federal senior top chief deputy white "
        "house campaign candidate delegate sen rep gov gen president vice secretary minister "
        "spokesman spokeswoman spokesperson adviser advisor aide attorney lawyer economist "
        "analyst professor director chairman chairwoman executive official leader host "
        "commentator columnist author writer reporter pollster strategist strategists "
        "consultant businessman billionaire"
    )
)
_GENERIC_HEADS = frozenset(
    words(
        "those people sources officials many some others critics analysts experts supporters "
        "voters americans republicans democrats residents lawmakers anyone everyone someone "
        "members leaders activists conservatives liberals economists investors observers "
        "insiders aides advisers staffers"
    )
)
_CLOSE_TO = re.compile(
    r"\b(?:close|loyal|near|tied|linked|opposed|allied|aligned|familiar|connected|briefed)"
    r"\s(?:to|with|on)\b"
)
_NOBODY = frozenset(
    words("nobody everybody everyone anyone anybody nothing everything something no none")
)
_NOT_IN_NP = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|not|do|does|did|to|can|could"
    r"|should|if|than|because|then|there|here|very|so|what)\b|[?!;]",
    re.I,
)
_OPENING = re.compile(r"\s*(?::\s*|,\s*)?(?:that\b\s*)?[\"\u201c\u2018']?")
WHITESPACE = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())
_END_CHARS = WHITESPACE + ",.;:!?\"'\u201c\u201d\u2018\u2019\u2014\u2013-"
_START_CHARS = WHITESPACE + ",.;:\"'\u201c\u201d\u2018\u2019\u2014\u2013-"
_CITING = re.compile(
    r",?\s(?:citing|quoting|according\sto|as\sreported\sby)\s(?P<np>[^,;:]{1,120}?)"
    r"(?:,\s(?P<app>(?:the|a|an|its|his|her)\s[^,;:]{1,100}?))?(?=[,;:]|[.!?\"\u201d]*$)"
)
_REST_EMPTY = re.compile(r"^[\s.,;:!?\"'\u201d\u2019)\]\u2014\u2013-]*$")
_REST_PART = re.compile(r"^\s*,\s*(?:and\s|but\s)?(?:" + "|".join(_PARTICIPLES) + r")\b")
_INTRO = re.compile(
    r"^\W*(?:in|on|at|during|earlier|later|last|meanwhile|however|but|and|also|separately"
    r"|still|yet|since|after|before|asked|speaking|writing|instead|now|then|today|yesterday"
    r"|previously|recently|overall|additionally|moreover|furthermore|indeed|similarly"
    r"|likewise|elsewhere|nonetheless|nevertheless|thus|so|for\s(?:example|instance|his|her"
    r"|its|their)|as|in\sresponse|by\scontrast|in\saddition|on\s\w+|this|that|when|while"
    r"|asked|responding|separately|according\sto)\b",
    re.I,
)
_PREP_INTRO = re.compile(
    r"^\W*(?:in|on|at|during|after|before|since|following|for|by|with|from|under|over|despite"
    r"|amid|earlier|later|last|according\sto|speaking|asked|writing|meanwhile|separately)\b",
    re.I,
)
_PLACE_PREP = re.compile(
    r"\b(?:in|at|from|of|near|outside)\s[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'-]*)?$"
)
_AGE = re.compile(r"^\d{1,3}$")
_LEAD_CONJ = re.compile(
    r"(?:but|and|so|yet|then|now|also|still|meanwhile|however|as|instead|indeed|here|there)\s+",
    re.I,
)
_SUBJ_NP = re.compile(
    r"^\W*((?:(?:[Tt]he|[Aa]n?)\s)?[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,4}"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)(?:\s\([^()]{1,24}\))?,?\s+[a-z]"
)
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|be|been|can|could)\b")
_NAME_LIKE = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*|of|de|van|von|al|bin|da|and|&|for|the)"
    r"(?:\s(?:[A-Z][\w.'\u2019-]*|of|de|van|von|al|bin|da|and|&|for|the))*$"
)
_DESC_LIKE = re.compile(
    r"^(?:the|a|an|his|her|its|their|who|whose|which|one|another|former|now|then|also|both"
    r"|[\w.'\u2019-]+(?:'s|\u2019s))\s",
    re.I,
)
_INV_NP = re.compile(
    r"\s*(?P<np>(?:[A-Z][\w.'\u2019&-]*|the|a|an|an?other|one|two|three|several|many|some"
    r"|other|most|both|his|her|their|its|former|officials|analysts|experts|sources|critics"
    r"|observers|residents|witnesses)(?:\s(?!(?:in|on|at|during"
    r"|to|after|before|while|when|that|as|because|and\s(?:added|said)|who|which)\b)[\w.'\u2019&-]+)"
    r"{0,9})(?:,\s(?P<app>(?:the|a|an|his|her|its|their|who)\s[^,;]{1,100}?))?"
    r"(?=[,;:.!?\"\u201d]|\s(?:in|on|at|during|to|after|before|while|when|as)\b|$)"
)
_QUOTED_AS = re.compile(r"\s(?P<np>[^,;]{1,80}?)\sas\s(?:saying|telling|writing)\b")
_WAS_QUOTED = re.compile(r"(?:was|were|is|are|has\sbeen)\s$")
_RECIPIENT = re.compile(
    r"\s(?:(?:the\s|a\s|an\s|his\s|her\s|their\s)?[A-Z][\w.&'\u2019-]*(?:\s[A-Z][\w.&'\u2019-]*)"
    r"{0,4}|(?:the\s|a\s|an\s|his\s|her\s|their\s|local\s|foreign\s|state\s)?(?:\w+\s)?"
    r"(?:reporters|journalists|lawmakers|supporters|students|voters|investors|analysts"
    r"|officials|members|viewers|listeners|readers|audience|crowd|newspaper|magazine|agency"
    r"|broadcaster|channel|station|committee|court|jury|judge|senators|parliament|lawmaker"
    r"|reporter|interviewer|colleagues|friends|staff|employees|workers|residents)"
    r"|him|her|them|us|me|you|CNN|Reuters)(?=\s|,|:|$)"
)
_NEEDS_SUBJECT = frozenset(words("know knows knew hope hopes hoped figures figured expect expects"))
_SUBJECT_NEXT = re.compile(r"\s+(?:the|a|an|he|she|they|it|we|i|you|this|that|there|[A-Z])\b")
_QCLOSE = "\u201d\"'\u2019"
_POST_REST = re.compile(
    r"\s*,?\s*(?:in|on|at|during|after|before|while|when|as|last|this|earlier|to|from|outside"
    r"|inside|following|ahead|of|about|with|via|through|over|since|today|yesterday)\b"
)
_CLAUSE_START = re.compile(
    r"\s+(?:the|a|an|he|she|they|it|we|i|you|this|that|there|most|many|some|more|only|about"
    r"|nearly|almost|\d|[A-Z])"
)
_TOLD_THAT = re.compile(
    r"(?:\s[\w.'\u2019&-]+){1,10}?(?:,\s*)?(?P<mark>\sthat\b|:|\s?[\"\u201c]|\s?'')"
)
_COLON_HEAD = re.compile(
    r"^\W{0,2}(?P<np>[A-Z][\w.'\u2019&-]*(?:\s[A-Z][\w.'\u2019&-]*){0,4}):\s+(?=\S)"
)
_COLON_NOT = frozenset(
    words(
        "note update updated editor correction disclosure related watch read photo photos "
        "video source sources credit warning breaking live exclusive opinion analysis review "
        "q a question answer transcript summary background bottom line why what how when "
        "where who step tip rule fact subscribe advertisement listen"
    )
)
_PREP_START = re.compile(
    r"\s*(?:with|from|about|over|against|in|on|at|for|by|during|after|before|of|into|up|out"
    r"|off|back|down|and|or|but|so|as)\b"
)
_QUESTION = re.compile(
    r"(?:\s(?:on|in|at|during|last|this)\s\w+(?:\s\w+)?)?(?:\s(?:by\s[^,]{1,40}?))?"
    r"\s(?P<q>(?:whether|if|about|why|how|what|who|whom|when|where|which)\b)"
)
_IN_POLL = re.compile(
    r"\b(?:in|by|from)\s(?P<np>(?:a|an|the|his|her|its|their)\s(?:[\w'\u2019/&.%-]+\s){0,6}?"
    r"(?:poll|polls|survey|surveys|study|average|analysis|count|tally|census))\b"
    r"(?=[^,;:]{0,40}(?:[.,;:!?\"\u201d]|$))"
)
_WEAK_NEEDS = re.compile(r"\s*(?:,\s*)?(?:that\b|:|[\"\u201c]|whether\b|if\b)")


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
    participle: bool = False
    children: list[Frame] = field(default_factory=list)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces, quotes and punctuation."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip(_START_CHARS))
    seg = seg[lead:].rstrip(_END_CHARS)
    start += lead
    return start, start + len(seg)


def _date_in(text: str) -> str | None:
    m = DATE_RE.search(text)
    return m.group(0) if m else None


def _left_chunk(s: str, cs: int) -> tuple[int, int, str]:
    """The clause-initial chunk before a cue: (start, boundary_start, boundary_text)."""
    lo = max(0, cs - 160)
    # search the reversed window so the nearest boundary is the first match
    rev = s[lo:cs][::-1]
    m = _LEFT_BOUND_REV.search(rev)
    if m is None:
        return lo, lo, ""
    bstart = cs - m.end()
    bend = cs - m.start()
    return bend, bstart, s[bstart:bend]


def _strip_np(s: str, a: int, b: int) -> tuple[int, int]:
    a, b = trim(s, a, b)
    while b > a:
        k = s.rfind(" ", a, b)
        last = s[k + 1 : b]
        low = last.lower()
        if k < a:
            break
        if low in _AUX_WORDS or (last.endswith("ly") and last.islower() and low not in _LY_NOUNS):
            b = k
            continue
        if low in _DATE_WORDS or (last.isdigit() and len(last) <= 4):
            # "on Tuesday", "on November 14", "last week"
            b = k
            k2 = s.rfind(" ", a, b)
            prev = s[k2 + 1 : b].lower()
            if k2 >= a and (prev in _DATE_LEAD or prev in _MONTH_WORDS):
                b = k2
                k3 = s.rfind(" ", a, b)
                if prev in _MONTH_WORDS and k3 >= a and s[k3 + 1 : b].lower() in _DATE_LEAD:
                    b = k3
            continue
        break
    a, b = trim(s, a, b)
    m = _LEAD_CONJ.match(s, a, b)
    if m:
        a = m.end()
    return a, b


def _np_ok(np: str) -> bool:
    if not np or len(np) > 120:
        return False
    words = np.split()
    if _CLOSE_TO.search(np):
        np = _CLOSE_TO.sub("x", np)
        words = np.split()
    if not words or len(words) > 12 or _DET_ONLY.match(words[-1]):
        return False
    if words[0].endswith("ing") and (
        words[0].islower() or (len(words) > 1 and words[1][:1].islower())
    ):
        return False
    if not _NP_START_OK.match(np) and not (
        words[0].lower() in _LOWER_LEAD and any(w[:1].isupper() for w in words[1:])
    ):
        return False
    if words[0].lower() in _NOBODY:
        return False
    return not _NOT_IN_NP.search(np)


def _intro_like(seg: str) -> bool:
    """An introductory phrase ("In June", "Earlier", "On Tuesday"), not a clause."""
    seg = seg.strip()
    if not seg:
        return True
    n = len(seg.split())
    if DATE_RE.fullmatch(seg):
        return True
    if n <= 3 and _INTRO.match(seg):
        return True
    return n <= 8 and bool(_PREP_INTRO.match(seg)) and not _VERBISH.search(seg)


def _tail(s: str, pos: int) -> tuple[int, str | None]:
    m = _TAIL.match(s, pos, min(len(s), pos + 200))
    if not m or m.end() == pos:
        return pos, None
    return m.end(), _date_in(s[pos : m.end()])


def _citing(s: str, pos: int, off: int) -> tuple[int, Mention | None]:
    """ ", citing Y[, the appositive]" right at pos: the cited hop and where it ends."""
    m = _CITING.match(s, pos, min(len(s), pos + 260))
    if not m:
        return pos, None
    a, b = trim(s, m.start("np"), m.end("np"))
    if a >= b:
        return pos, None
    cue = "citing" if "citing" in m.group(0) else m.group(0).strip(" ,").split()[0]
    desc = m.group("app")
    return m.end(), Mention(s[a:b], off + a, off + b, cue, None, desc)


def _source_before(s: str, cs: int) -> tuple[int, int, str | None, int, str] | None:
    """Source NP ending at cue start: (np_start, np_end, description, clause_start, boundary)."""
    if _PASSIVE_END.search(s, max(0, cs - 12), cs):
        return None
    paren = None
    j = cs
    while j > 0 and s[j - 1] == " ":
        j -= 1
    if j > 0 and s[j - 1] == ")":
        # "Gov. Lisa Tran (D-Calif.) said": the affiliation is a description
        k = s.rfind("(", max(0, j - 40), j)
        if k > 0:
            paren = s[k + 1 : j - 1].strip() or None
            cs = k
    a, bstart, btext = _left_chunk(s, cs)
    na, nb = _strip_np(s, a, cs)
    bt = btext.strip()
    if na >= nb and bt == "," and not paren:
        # "X, a Texas Democrat, said" / "X, 21, a junior from Y, said": step back over
        # comma-separated descriptions to the name they describe
        hit = _appositive_name(s, bstart)
        if hit is not None:
            return hit
        return None
    if na >= nb and bt in ("and", "but") and s[bstart - 2 : bstart].strip() != ",":
        # "Trump doubled down and said ...": the subject of the sentence speaks
        sub = _SUBJ_NP.match(s)
        if sub and not _INTRO.match(sub.group(1)) and sub.end(1) < bstart:
            return sub.start(1), sub.end(1), None, bstart, ""
        return None
    if na >= nb and bt in ("who", "which"):
        # "Smith, who said ...": the source is the NP before the relative pronoun
        pa, _, _ = _left_chunk(s, bstart)
        pna, pnb = _strip_np(s, pa, bstart)
        if pna < pnb and _np_ok(s[pna:pnb]):
            return pna, pnb, None, pna, "who"
        return None
    if na >= nb:
        return None
    np = s[na:nb]
    if bt in ("who", "that") and bstart > 0:
        # "those who back her opponents say", "people who have battled threats say"
        pa, _, pbt = _left_chunk(s, bstart)
        ha, hb = _strip_np(s, pa, bstart)
        head = s[ha:hb]
        if head and head.split()[-1].lower() in _GENERIC_HEADS and len(s[ha:nb].split()) <= 16:
            return ha, nb, paren, pa, pbt
    if not _np_ok(np):
        return None
    return na, nb, paren, a, btext


def _appositive_name(s: str, comma: int) -> tuple[int, int, str | None, int, str] | None:
    """Walk back from the comma before a cue over descriptions to a name."""
    descs: list[str] = []
    end = comma
    lo = max(0, comma - 260)
    for _ in range(4):
        k = s.rfind(",", lo, end)
        seg_start = k + 1 if k >= 0 else lo
        # a clause boundary (quote, colon) also ends the walk
        for ch in ("\u201d", '"', ":", ";", "\u2014", "''"):
            q = s.rfind(ch, seg_start, end)
            if q >= 0:
                seg_start = q + len(ch)
        da, db = trim(s, seg_start, end)
        if db > da and s[db - 1] == ")":
            # "Sen. Rob Portman (R-Ohio)": drop the affiliation
            p = s.rfind("(", da, db)
            if p > da:
                da, db = trim(s, da, p)
        seg = s[da:db]
        if not seg:
            return None
        name_like = (
            bool(_NAME_LIKE.match(seg))
            or (
                seg[-1:].isalpha()
                and _np_ok(seg)
                and (seg.rsplit(" ", 1)[-1][:1].isupper() or (descs and not seg[:1].islower()))
            )
        ) and not _INTRO.match(seg)
        if name_like and not descs and k > 0:
            # "Britain's domestic intelligence agency, MI5, said": the name, described
            pk = s.rfind(",", lo, k)
            pa, pb = trim(s, pk + 1 if pk >= 0 else lo, k)
            prev = s[pa:pb]
            if prev and _DESC_LIKE.match(prev + " ") and not _NAME_LIKE.match(prev):
                if pk < 0 or _intro_like(s[lo:pk]) or s[pk - 1 : pk] in ("\u201d", '"'):
                    return da, db, prev, pa, ","
        if name_like and not descs and k > 0 and _PLACE_PREP.search(s, max(lo, k - 60), k):
            # "during a meeting in Columbus, Ohio, said": a place, part of the description
            descs.append(seg)
            end = k
            continue
        if descs and name_like and len(seg.split()) <= 7:
            desc = ", ".join(d for d in reversed(descs) if not _AGE.match(d)) or None
            return da, db, desc, seg_start, s[k] if k >= 0 else ""
        if (
            (_DESC_LIKE.match(seg + " ") and not name_like)
            or _AGE.match(seg)
            or (seg[:1].islower())
        ):
            descs.append(seg)
            if k < 0 or seg_start != k + 1:
                return None
            end = k
            continue
        if descs:
            # "But Matt Morrison" / "Former Gov. X": strip a leading conjunction
            m = _LEAD_CONJ.match(seg)
            if m and _NAME_LIKE.match(seg[m.end() :]):
                desc = ", ".join(d for d in reversed(descs) if not _AGE.match(d)) or None
                return da + m.end(), db, desc, seg_start, s[k] if k >= 0 else ""
        return None
    return None


def find_frames(s: str, off: int = 0) -> list[Frame]:
    """All attributions in sentence s; offsets in the result are s's offsets plus off."""
    frames: list[Frame] = []
    used_until = -1
    m0 = _IT_REPORTED.search(s) if ("it " in s or "It " in s) else None
    if m0:
        a, b = trim(s, m0.end(), len(s))
        if a < b:
            cue = m0.group(0).strip(" ,")
            if cue.endswith(" that"):
                cue = cue[:-5]
            ment = Mention(
                "",
                off + m0.start(),
                off + m0.end(),
                cue,
                _date_in(s[: m0.start()]),
                None,
                "unnamed source",
            )
            frames.append(Frame([(off + a, off + b)], [ment], m0.start(), m0.end()))
            used_until = m0.end()
    m1 = _ARE_REPORTED.search(s) if " to " in s else None
    if m1 and not m0:
        a, b = trim(s, 0, len(s))
        ment = Mention(
            "", off + m1.start(), off + m1.end(), m1.group(0).strip(), None, None, "reports"
        )
        frames.append(Frame([(off + a, off + b)], [ment], m1.start(), m1.end()))
        used_until = len(s)
    if "poll" in s or "survey" in s or "study" in s or "average" in s:
        for pm in _IN_POLL.finditer(s):
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
    ch = _COLON_HEAD.match(s) if ":" in s[:60] else None
    if ch and not frames:
        np = ch.group("np")
        low = np.lower().split()
        if low[0] not in _COLON_NOT and low[-1] not in _COLON_NOT and not DATE_RE.match(np):
            a, b = trim(s, ch.end(), len(s))
            if a < b and len(s[a:b].split()) >= 2:
                ment = Mention(np, off + ch.start("np"), off + ch.end("np"), ":")
                frames.append(Frame([(off + a, off + b)], [ment], ch.start("np"), ch.end()))
                used_until = ch.end()
    for m in _CUE.finditer(s):
        if m.start() < used_until:
            continue
        f = None
        w = m.group(0)
        if w in _PART_SET:
            f = _participle_frame(s, m, off, frames)
        elif w in _ACC:
            f = _according_frame(s, m, off)
        elif w == "quoted":
            f = _quoted_frame(s, m, off)
        elif w in _UNN:
            if frames:
                continue
            a, b = trim(s, 0, len(s))
            ment = Mention("", off + m.start(), off + m.end(), m.group(0), None, None, "reports")
            f = Frame([(off + a, off + b)], [ment], m.start(), m.end())
        else:
            f = _verb_frame(s, m, off)
        if f is not None:
            frames.append(f)
            used_until = f.anchor_end
    return _arrange(frames, off)


def _verb_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    cue = m.group(0)
    cs, ce = m.span()
    n = len(s)
    src = _source_before(s, cs)
    if src is None and cue in ("asked", "Asked"):
        # "When asked whether …, X said": the question is attributed to whoever asked
        q = _QUESTION.match(s, ce)
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
    # what follows the cue: dates, venues, a recipient for "told"
    pos, date = _tail(s, ce)
    if cue in ("told", "tells", "tell"):
        t = _TOLD_THAT.match(s, pos, min(n, pos + 120))
        r = _RECIPIENT.match(s, pos, min(n, pos + 80))
        if t:
            pos = t.start("mark")
        elif r:
            pos = r.end()
        elif not _REST_EMPTY.match(s[pos:]):
            return None
        pos2, date2 = _tail(s, pos)
        pos, date = pos2, date or date2
    if date is None:
        date = _date_in(s[clause_start:na]) if clause_start < na else None
    if date is None and boundary.strip() == "," and _intro_like(s[:clause_start].rstrip(" ,")):
        date = _date_in(s[:clause_start])
    hops = [Mention(s[na:nb], off + na, off + nb, cue, date, desc)]
    pos_c, cited = _citing(s, pos, off)
    if cited:
        hops.append(cited)
        pos = pos_c
    rest = s[pos:]
    bt = boundary.strip()
    before_text = s[:clause_start] if bt else ""
    post = False
    if (
        _REST_EMPTY.match(rest)
        or _REST_PART.match(rest)
        or (
            bt in (",", "\u201d", '"', "''")
            and not _intro_like(s[:clause_start].rstrip(" ,\"\u201d'"))
            and _POST_REST.match(rest)
            and (
                s[:clause_start].rstrip(" ,")[-1:] in _QCLOSE
                or (len(rest.split()) <= 8 and " that " not in rest)
            )
        )
    ):
        post = True
    if post:
        if bt not in (",", "\u201d", '"', "''", "\u2014", "\u2013", "-", "--", ":", ";"):
            return None
        a, b = trim(s, 0, clause_start)
        if a >= b or _intro_like(before_text.rstrip(' ,"\u201d')):
            return None
        content = [(off + a, off + b)]
        if rest.lstrip()[:1] == "," and not _REST_PART.match(rest) and not _POST_REST.match(rest):
            # "The plan, he said, will fail": content on both sides
            ra, rb = trim(s, pos, n)
            if ra < rb:
                content.append((off + ra, off + rb))
        return Frame(content, hops, na, pos)
    if (
        cue not in _BARE_CLAUSE_OK
        and not _WEAK_NEEDS.match(rest)
        and not (_RESEARCH.search(s[na:nb]) and _CLAUSE_START.match(rest))
    ):
        return None
    if cue in _OBJECT:
        pm = _PARTICLE.match(rest)
        if pm:
            pos += pm.end()
            rest = s[pos:]
    if cue in _NEEDS_SUBJECT and not _WEAK_NEEDS.match(rest) and not _SUBJECT_NEXT.match(rest):
        return None
    if cue not in _OBJECT and _PREP_START.match(rest):
        # "said at a rally in Iowa that …" goes on after the marker; "argued with X",
        # "reported from Washington" have no content
        t = _TOLD_THAT.match(s, pos, min(n, pos + 120))
        if not t or not t.group("mark").strip().startswith(("that", ":")):
            return None
        pos = t.start("mark")
        rest = s[pos:]
    op = _OPENING.match(s, pos)
    cstart = op.end() if op else pos
    a, b = trim(s, cstart, n)
    # strip a trailing ", citing Y" / ", according to Y" from pre-posed content
    if a >= b or len(s[a:b].split()) < 2:
        return None
    content_end = b
    k = s.rfind(", citing ", a, b)
    if k > 0:
        pc, cited2 = _citing(s, k, off)
        if cited2 and _REST_EMPTY.match(s[pc:]):
            hops.append(cited2)
            content_end = k
    if boundary == "who":
        k = s.find(",", a, content_end)
        if k > 0:
            content_end = k
    a, b = trim(s, a, content_end)
    if a >= b:
        return None
    return Frame([(off + a, off + b)], hops, max(na, clause_start), cstart)


def _inverted_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    """ "“…,” said Smith, a spokesman." — the source follows the cue."""
    cue = m.group(0)
    cs, ce = m.span()
    if cue not in _STRONG:
        return None
    j = cs
    while j > 0 and s[j - 1] == " ":
        j -= 1
    if j == 0 or s[j - 1] not in ",\u201d\"'\u2019":
        return None
    r = _INV_NP.match(s, ce, min(len(s), ce + 200))
    if not r:
        return None
    na, nb = trim(s, r.start("np"), r.end("np"))
    np = s[na:nb]
    if not np or not _np_ok(np):
        return None
    desc = r.group("app")
    pos, date = _tail(s, r.end())
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
    return Frame(content, hops, cs, max(pos, r.end()))


def _according_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    cs, ce = m.span()
    n = len(s)
    k = ce
    while k < n and s[k] == " ":
        k += 1
    stop = n
    for ch in (",", ";", ":", "\u2014"):
        p = s.find(ch, k, min(n, k + 160))
        if 0 <= p < stop:
            stop = p
    if stop == n and n - k > 160:
        return None
    na, nb = trim(s, k, stop)
    _, date = _tail(s, nb)
    na, nb = _strip_np(s, na, nb)
    if na >= nb:
        return None
    np = s[na:nb]
    if len(np.split()) > 14:
        return None
    cue = "according to" if m.group(0).lower().startswith("acc") else m.group(0).lower()
    desc = None
    after = stop
    if stop < n and s[stop] == ",":
        app = re.match(r",\s((?:the|a|an|its|his|her)\s[^,;:]{1,100}?),", s[stop : stop + 120])
        if app:
            desc = app.group(1)
            after = stop + app.end() - 1
    hop = Mention(np, off + na, off + nb, cue, date, desc)
    before = s[:cs]
    bt = before.rstrip()
    at_start = (
        not bt
        or (_intro_like(bt.rstrip(",")) and bt.endswith(","))
        or bt.endswith(("\u201c", '"', ":", "\u2014"))
    )
    if at_start:
        a, b = trim(s, after, n)
        if a >= b:
            return None
        return Frame([(off + a, off + b)], [hop], cs, after)
    a, b = trim(s, 0, cs)
    if a >= b:
        return None
    content = [(off + a, off + b)]
    ra, rb = trim(s, after, n)
    if ra < rb and not _REST_EMPTY.match(s[after:]):
        content.append((off + ra, off + rb))
    return Frame(content, [hop], cs, after)


def _participle_frame(s: str, m: re.Match[str], off: int, frames: list[Frame]) -> Frame | None:
    """ ", adding that …" takes the source of the clause it hangs on."""
    cs, ce = m.span()
    j = cs
    while j > 0 and s[j - 1] == " ":
        j -= 1
    pre = s[max(0, j - 5) : j]
    if not (pre.endswith(",") or pre.endswith(" and") or pre.endswith("\u2014")):
        return None
    if frames:
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
        a, _, _ = _left_chunk(s, 0)
        sub = re.match(r"\s*(" + _CAPNP + r")\s", s)
        if not sub or _INTRO.match(sub.group(1)):
            return None
        na, nb = sub.span(1)
        hops = [Mention(s[na:nb], off + na, off + nb, m.group(0))]
    pos, _ = _tail(s, ce)
    if m.group(0) in ("telling", "asking"):
        r = _RECIPIENT.match(s, pos, min(len(s), pos + 80))
        if r:
            pos = r.end()
    op = _OPENING.match(s, pos)
    cstart = op.end() if op else pos
    a, b = trim(s, cstart, len(s))
    if a >= b or len(s[a:b].split()) < 2:
        return None
    return Frame([(off + a, off + b)], hops, cs, cstart, participle=True)


def _quoted_frame(s: str, m: re.Match[str], off: int) -> Frame | None:
    """ "X quoted Y as saying …" -> [X, Y]; "X was quoted as saying …" -> [X]."""
    cs, ce = m.span()
    q = _QUOTED_AS.match(s, ce, min(len(s), ce + 120))
    wq = _WAS_QUOTED.search(s, max(0, cs - 12), cs)
    src_end = wq.start() if wq else cs
    src = _source_before(s, src_end) if src_end > 0 else None
    if src is None:
        return None
    na, nb, desc, _, _ = src
    hops = [Mention(s[na:nb], off + na, off + nb, "quoted", None, desc)]
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
    else:
        return None
    op = _OPENING.match(s, pos)
    cstart = op.end() if op else pos
    a, b = trim(s, cstart, len(s))
    if a >= b:
        return None
    return Frame([(off + a, off + b)], hops, na, cstart)


def _arrange(frames: list[Frame], off: int) -> list[Frame]:
    """Nest frames whose source sits at the start of another's content; cut overlaps."""
    if len(frames) < 2:
        return frames
    frames.sort(key=lambda f: f.anchor)
    out: list[Frame] = []
    for f in frames:
        placed = False
        fa = off + f.anchor
        for g in out:
            for ci, (ca, cb) in enumerate(g.content):
                if ca <= fa < cb:
                    lead = fa - ca
                    if lead <= 2 and not f.participle:
                        # "According to X, Y say …" / "X reported that Y said …" -> [X, Y]
                        f.mentions = g.mentions + f.mentions
                        g.content.pop(ci)
                        placed = True
                    else:
                        # a later, separate attribution: the earlier content stops before it
                        g.content[ci] = (ca, fa)
                    break
            if placed:
                break
        out.append(f)
    result: list[Frame] = []
    for g in out:
        spans = []
        for ca, cb in g.content:
            a, b = _trim_abs(g, ca, cb, off)
            if a < b:
                spans.append((a, b))
        g.content = spans
        if spans:
            result.append(g)
    return result


def _trim_abs(g: Frame, ca: int, cb: int, off: int) -> tuple[int, int]:
    return ca, cb
