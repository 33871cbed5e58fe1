"""Cue words and the patterns attribution matching uses: word lists and compiled regexes.

Kept apart from the matching logic (attribution.py) so that each list can be read, and
extended, in one place. Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re

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

    if "" in trie:
        return build(trie)
    # a lookahead on the first letters lets the scan reject most positions at once, instead
    # of trying each branch of the trie in turn
    firsts = "".join(re.escape(ch) for ch in sorted(trie))
    return f"(?=[{firsts}])" + build(trie)


MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DATE = (
    rf"(?:{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|{MONTH}(?:\s\d{{4}})?"
    rf"|{WEEKDAY}(?:\s(?:morning|afternoon|evening|night))?|(?:19|20)\d\d"
    r"|(?:last|this|earlier\sthis|late\slast|early\sthis|next)\s(?:week|month|year|weekend"
    r"|spring|summer|fall|autumn|winter)|yesterday|today|tonight)"
    r"(?![\w'\u2019])"  # whole words only: not "Mark", not "Saturday's"
)
DATE_RE = re.compile(DATE)
VENUE = (
    r"(?:statement|interview|briefing|conference|speech|post|tweet|letter|report|email|e-mail"
    r"|message|video|op-ed|column|blog|appearance|hearing|rally|event|meeting|call|session"
    r"|address|broadcast|filing|note|memo|release|remarks|comments|testimony|documents?"
    r"|plea|lawsuit|complaint|affidavit|ruling|opinion|indictment|petition|podcast"
    r"|motion(?:\sto\s(?:dismiss|compel|strike|suppress|stay|intervene|quash))?"
    r"|essay|book|memoir|article|editorial|newsletter|debate|hall|forum|summit|announcement"
    r"|notice|update|ad|lecture|sermon|deposition|submission|advisory|bulletin|order|judgment)(?![\w-])"
)
CAPNP = (
    r"(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*"
    r"(?:\s(?:of\s|and\s|for\s)?[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*){0,4}"
)
# Modifiers between a cue and its content: "on November 14", "in a statement", "to reporters".
TAIL = re.compile(
    rf"(?:,?\s(?:on|in|at|during|earlier|late|early)?\s?(?P<date>{DATE})"
    rf"|\s(?:in|on|at|during|via|through|after|before)\s(?:an?|the|his|her|their|its|a\snew)"
    rf"(?:\s[\w'\u2019-]+){{0,3}}?\s{VENUE}(?:\s(?:with|to|on|at|by|for)\s(?!{DATE})(?:{CAPNP}"
    r"|clients|investors|customers|shareholders|members|staff|employees|reporters))?"
    # "wrote in the advisory, published on Tuesday": when the venue came out
    rf"(?:,\s(?:published|released|issued|posted|sent|dated)\s(?:on\s|in\s)?{DATE}(?=[,.;]|$))?"
    r"|\son\s(?:Twitter|Facebook|X|Instagram|Telegram|television|TV|radio|social\smedia"
    rf"|its\swebsite|[A-ZÀ-ÞĀ-ɏ][\w'-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'-]*){{0,2}})"
    # "posted on Reddit and X that …": two platforms
    r"(?:\s(?:and|or)\s(?:Twitter|Facebook|X|Instagram|Telegram|TikTok|YouTube|Reddit|Threads"
    r"|Bluesky|LinkedIn))?"
    # "said to a crowd of about 5,000 in Ohio": the audience, however counted
    r"|\sto\s(?:an?|the)\s(?:[\w-]+\s)?(?:crowd|audience|gathering|rally|room|group)\sof\s"
    r"(?:about\s|some\s|around\s|nearly\s|more\sthan\s|over\s)?\d[\d,]*(?:\s(?!(?:in|at|on)\b)[a-z]+)?"
    rf"|\sto\s(?:reporters|journalists|the\spress|lawmakers|supporters|the\scrowd|an?\s\w+"
    rf"(?:\s(?!(?:in|at|on)\b)\w+)?|{CAPNP})"
    r"|\s(?:for|in)\s(?:weeks|months|years|days|decades|some\stime|a\swhile|the\spast\s\w+"
    r"|(?:several|many|two|three)\s(?:days|weeks|months|years))"
    # "Police said at the time a man had been rescued": then, not where
    r"|\s(?:at\sthe\stime|at\sthe\sweekend|over\sthe\sweekend|in\sresponse|in\sreply)"
    r"|\s(?:also|later|earlier|previously|recently|again|repeatedly|publicly|privately"
    r"|separately|further|then|too|once|first|now|still|simply|flatly|bluntly|openly|however)"
    r"(?![\w-])"
    # "admitted, however, that …": an aside between the cue and what was said
    r"|,\s(?:however|though|too|meanwhile|nonetheless|nevertheless|moreover|instead),(?=\s)"
    # "told reporters in Nashua last week, …": where, before when or what
    r"|\s(?:in|at)\s(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*){0,2}"
    # "told reporters at Parliament House the new rate would …": where, then the clause
    r"(?=,|[.!?]?$|\s(?:that|on|last|this|earlier|yesterday|today)\b"
    r"|\s(?:the|he|she|they|it|his|her|its|their)\s[a-z])"
    # "said of the episode, “I don't like it”": what the words were about
    r"|\sof\s(?:the|his|her|their|its|this|that)\s(?:[\w'\u2019-]+\s){0,2}[\w'\u2019-]+"
    r"(?=,\s[\"\u201c]))*"
)
VERB_CUES = words(
    "said says say told tells tell reported reports announced announces stated added adds "
    "noted notes wrote writes explained explains claimed claims claim argued argues argue "
    "estimated estimates estimate assessed assesses believes believe believed thinks "
    "think thought warned warns warn insisted insists insist acknowledged acknowledges "
    "admitted admits confirmed confirms denied denies suggested suggests suggest "
    "predicted predicts alleged alleges asserted asserts declared declares indicated "
    "indicates revealed reveals disclosed discloses testified tweeted recalled recalls "
    "concluded concludes found finds showed shows show shown replied replies responded stressed "
    "stresses emphasized emphasised emphasizes observed expects expected expect hopes "
    "hoped hope fears feared fear knows know knew projected forecast complained complains "
    "countered conceded concedes charged contended contends maintained maintains boasted "
    "joked quipped vowed vows promised promises pledged reiterated signaled signalled "
    "hinted mentioned agreed agrees cautioned cautions worried worries asked asks posted commented "
    "remarked continued wondered figured figures argued acknowledged announce assert "
    "contend maintain accused indicate note ask add write explain acknowledge admit confirm "
    "deny predict allege declare reveal disclose recall conclude reply respond stress "
    "emphasize observe worry complain concede vow promise pledge reiterate agree caution "
    "wonder learned learn learns recognized recognize recognizes realized realize realizes "
    "understood understand understands suspected suspect suspects doubted doubt doubts "
    "assumed assume assumes noticed notice notices guessed guess argued insist insisted "
    "demanded demands demand proposed proposes propose observed observes surmised "
    "speculated speculates acknowledging heard reckons reckoned reckon recommended recommends "
    "attributed attributes states record recorded calculated calculates ruled reads"
)
# verbs that attribute only before "that": "the judge ruled that …", not "ruled the country"
NEEDS_THAT = frozenset(words("ruled"))
# who "heard" what it is told on the record: "the court heard", "an inquest heard"
HEARING = re.compile(
    r"\b(?:court|courts|jury|jurors|inquest|tribunal|hearing|inquiry|committee|panel|MPs"
    r"|magistrates|judge|commission)\s*$",
    re.IGNORECASE,
)
PARTICIPLES = words(
    "saying adding noting arguing telling warning explaining insisting claiming stressing "
    "suggesting acknowledging admitting writing declaring asserting predicting indicating "
    "stating recalling complaining emphasizing emphasising asking replying calling "
    "ruling finding concluding reporting observing holding"
)
# participles that report only with "that": "ruling that …", not "ruling out a deal"
THAT_PARTICIPLES = frozenset(words("ruling finding concluding reporting observing holding"))
STRONG = frozenset(
    words(
        "said says say told tells tell reported reports announced announces stated added adds "
        "wrote writes explained explains claimed claims claim argued argues argue estimated "
        "estimates estimate assessed assesses warned warns warn insisted insists insist "
        "predicted predicts alleged alleges asserted asserts declared declares testified "
        "tweeted stressed stresses emphasized emphasised emphasizes contended contends "
        "maintained maintains vowed vows promised promises pledged reiterated noted notes "
        "countered conceded concedes complained complains replied replies responded quipped "
        "joked boasted cautioned cautions posted commented remarked believes believe believed "
        "thinks think thought hopes hope hoped fears fear feared expects expect figures figured "
        "know knows knew"
    )
)
# cues whose content is their object: "X called Trump “unhinged”", "X endorsed Y"
OBJECT = frozenset(
    words(
        "put puts called calls accused accuses criticized criticised criticizes praised praises "
        "urged "
        "urges blamed blames defended defends rejected rejects dismissed dismisses "
        "blasted slammed questioned condemned condemns described describes expects expect "
        "forecasts projects cited asked asks expressed voiced denounced denounces denouncing "
        "decried mocked echoed assured reminded touted lamented threatened pleaded emailed "
        "answered criticizing accusing describing questioning railed thanked highlighted "
        "urging pointed referred referring mentioned discussed talked spoke sees views viewed "
        "feel feels felt deemed portrayed blame labeled labelled labels dubbed branded expected "
        "forecast forecasted projected attributed attributes"
    )
)
# progressive cues and the finite form whose rules they follow: "X is telling Y that …"
PROGRESSIVE: dict[str, str] = dict(
    pair.split(":", 1)
    for pair in words(
        "saying:says telling:tells calling:calls arguing:argues warning:warns "
        "claiming:claims insisting:insists suggesting:suggests predicting:predicts "
        "urging:urges accusing:accuses criticizing:criticizes criticising:criticizes "
        "defending:defends praising:praises blaming:blames questioning:questioned "
        "describing:describes asking:asks promising:promises vowing:vows pledging:pledged "
        "stressing:stresses emphasizing:emphasizes acknowledging:acknowledges "
        "admitting:admits complaining:complains explaining:explains noting:notes "
        "denying:denies dismissing:dismisses rejecting:rejects "
        "slamming:slammed blasting:blasted touting:touted labeling:labels "
        "labelling:labels reporting:reports announcing:announces "
        "estimating:estimates projecting:projects"
    )
)
PROG_AUX = re.compile(
    r"(?:\b(?:is|are|was|were|been|am)|[\u2019']s|[\u2019']re)\s"
    r"(?:(?:also|now|still|again|repeatedly|publicly|openly|increasingly|already|once)\s)?$"
)
DEMAND_TO = re.compile(r"\sto\s[a-z]")
PARTICLE = re.compile(r"\s(?:out|to|about|of|against|on|for|at|over)\b")
RESEARCH = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|studies|report|reports|data|analysis|research"
    r"|review|investigation|inquiry|audit|figures|statistics|results|findings|records"
    r"|documents|emails|memos|filings|transcripts|papers"
    r"|estimate|estimates|numbers|evidence|census|tally|count)$",
    re.I,
)
# "wrote 214 checks", "wrote a book": writing takes a thing written as its object, so what
# follows must read as a clause, a quote or a "that" clause
BARE_CLAUSE_OK = (STRONG | OBJECT) - frozenset(words("wrote writes write"))


ACC = (
    "according to",
    "According to",
    "as reported by",
    "As reported by",
    "as described by",
    "As described by",
    "as told to",
)
UNN = ("reportedly", "allegedly", "purportedly", "reputedly")
PART_SET = frozenset(PARTICIPLES)
# what a published paper does for its publisher: "released a survey on Tuesday showing that"
PAPER_PARTICIPLES = frozenset(words("showing revealing"))
# headline case: "Glenn Beck Says Trump Poses A Threat"
TITLE_CUES = frozenset(
    w.title()
    for w in words(
        "says said say tells told warns warn urges claims reports calls slams blasts denies "
        "admits confirms thinks think wants believes believe predicts predict vows insists"
    )
)
CUE_WORDS = frozenset(VERB_CUES)
CUE = re.compile(
    r"\b(?:"
    + word_alternation(
        sorted(
            set(VERB_CUES)
            | OBJECT
            | PART_SET
            | PAPER_PARTICIPLES
            | set(PROGRESSIVE)
            | set(ACC)
            | set(UNN)
            | {"quoted", "quotes"}
            | TITLE_CUES
        )
    )
    + r")\b"
)
# the same for an ASCII-only sentence (most are), where ASCII word boundaries are the same
# as Unicode ones and much cheaper to test at every position
CUE_ASCII = re.compile(CUE.pattern, re.ASCII)
# "[Ii](?<!\w.)" is "\b[Ii]" with a first character the scan can jump to: much faster
IT_REPORTED = re.compile(
    r"[Ii](?<!\w.)t\s(?:was|is|has\sbeen|had\sbeen|was\salso|is\salso|will\sbe|has\salso\sbeen)\s"
    r"(?:widely\s|also\s|now\s|previously\s|earlier\s)?(?P<cue>reported|announced|claimed"
    r"|alleged|said|believed|estimated|learned|learnt|understood|revealed|confirmed|noted"
    r"|thought|feared|rumou?red|suggested|known|disclosed|assumed)\b"
    r"(?:\s(?:earlier|previously|also|last\s(?:week|month|year)|on\s[A-Z][a-z]+day"
    r"|at\sthe\stime)\b)?"
    r"(?:,?\s(?:that\s)?)?"
)
ARE_REPORTED = re.compile(
    r"\b(?:is|are|was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:widely\s|also\s|now\s)?"
    r"(?P<cue>reported|said|believed|thought|alleged|understood|rumou?red|estimated"
    r"|feared|suspected|claimed)\sto\b"
)
BOUND_WORDS = words(
    "that and but while as because when whereas although though since after before if so "
    "or which who where whom than until unless whether what how why whenever wherever"
)
LEFT_BOUND_REV = re.compile(
    # a comma between digits ("1,100") is no boundary; the comma first, as a literal, is faster
    r"''|,(?:(?<!\d,)|(?!\d))|[;:(\[\u2014\u2013\"\u201c\u201d]|\s-{1,2}\s|\b(?:"
    + word_alternation(sorted(w[::-1] for w in BOUND_WORDS if w != "than"))
    # "a study of more than 1.1 million people has found": a count, no clause boundary
    + r"|naht(?!\s(?:erom|ssel|rewef)\b))\b"
)
AUX_WORDS = frozenset(
    words(
        "has have had also later earlier previously recently would will could may might must "
        "should can did does do once again then now still already first further never ever "
        "not n't just long too even both all himself herself itself themselves"
    )
)
LY_NOUNS = frozenset(words("family italy ally rally daily july assembly supply early only"))
DATE_WORDS = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
        "week month year weekend morning afternoon evening night"
    )
)
DATE_LEAD = frozenset(words("on in at last this earlier late early next"))
MONTH_WORDS = frozenset(
    words(
        "january february march april may june july august september october november "
        "december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."
    )
)
# as a trie, like NOT_IN_NP: a case-insensitive list is tried branch by branch
PASSIVE_END = re.compile(
    r"\b(?:"
    + word_alternation(
        list(
            words(
                "was were been being be is are am get got gets wasn't weren't isn't aren't "
                "wasn\u2019t weren\u2019t isn\u2019t aren\u2019t"
            )
        )
    )
    + r")\s*$",
    re.I,
)
DET_ONLY = re.compile(
    r"^(?:the|a|an|his|her|their|its|my|our|your|this|these|those|such|no|any|every|each"
    r"|one|some)$",
    re.I,
)
NP_START_OK = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ɏ0-9\"\u201c]|(?:half|majority|majorities|nearly|almost|roughly|about|more|fewer"
    r"|the|a|an|another|those|these|some|many|several|two|three|four|five|most|other|one"
    r"|few|both|all|senior|top|local|federal|state|his|her|their|its|our|he|she|they|it|we"
    r"|i|you|who|officials?|sources?|analysts?|experts?|police|authorities|residents"
    r"|witnesses|critics|people|observers|investigators|researchers|scientists|economists"
    r"|lawmakers|diplomats|aides|advisers|reports?|documents?|data|polls?|surveys?|studies"
    r"|study|research|evidence|records|estimates|figures|voters|supporters|opponents|republicans|democrats"
    r"|prosecutors|doctors|insiders|spokes\w+|unnamed|anonymous|military|government|media"
    r"|u\.s\.|western|russian|american|chinese)\b)"
)
LOWER_LEAD = frozenset(
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
GENERIC_HEADS = frozenset(
    words(
        "those people sources officials many some others critics analysts experts supporters "
        "voters americans republicans democrats residents lawmakers anyone everyone someone "
        "members leaders activists conservatives liberals economists investors observers "
        "insiders aides advisers staffers attorneys allies relatives parents colleagues "
        "friends groups organizations organisations agencies companies firms officers police "
        "rivals opponents foes nurses donors veterans"
    )
)
CLOSE_TO = re.compile(
    r"\b(?:close|loyal|near|tied|linked|opposed|allied|aligned|familiar|connected|briefed|privy|involved|knowledgeable)"
    r"\s(?:to|with|on|in|about)\b"
)
NOT_NP_START = frozenset(
    words(
        "in on at during after before for with from by under since until despite amid among "
        "through without within over into like unlike as if when while whether because "
        "although though once where how why what above below beyond than near per"
    )
)
# prepositions after a plural head: "officials from both parties", "attorneys for the family"
HEAD_PREPS = frozenset(words("of from for at in with on to"))
PEOPLE_SUFFIXES = ("ists", "ers", "ors", "ants", "ents", "ians", "icials", "ics", "ives", "ees")
NOT_PEOPLE = frozenset(
    words(
        "numbers papers letters matters others orders reports figures results members "
        "comments statements documents measures centers waters trees knees degrees "
        "guarantees coffees"
    )
)
NOBODY = frozenset(
    words("nobody everybody everyone anyone anybody nothing everything something no none")
)
# as a trie: a case-insensitive list of alternatives is tried one by one at every word
NOT_IN_NP = re.compile(
    r"\b(?:"
    + word_alternation(
        list(
            words(
                "is are was were be been has have had will would not do does did to can could "
                "should if than because then there here very so what must may might shall "
                "whenever wherever"
            )
        )
    )
    + r")\b|[?!;]",
    re.I,
)
# "that" opens the content, unless a verb follows: "diplomats say that may not be enough"
OPENING = re.compile(
    r"\s*(?::\s*|,\s*)?(?:that\b(?!\s(?:may|might|will|would|could|can|should|must|is|was"
    r"|has|had|does|did|remains?|means?)\b)\s*)?[\"\u201c\u2018']?"
)
WHITESPACE = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())
END_CHARS = WHITESPACE + ",.;:!?\"'\u201c\u201d\u2018\u2019\u2014\u2013-"
START_CHARS = WHITESPACE + ",.;:\"'\u201c\u201d\u2018\u2019\u2014\u2013-"
CITING = re.compile(
    r",?\s(?:citing|quoting|according\sto|as\sreported\sby)\s(?P<np>[^,;:]{1,120}?)"
    r"(?:,\s(?P<app>(?:the|a|an|its|his|her)\s[^,;:]{1,100}?))?(?=[,;:](?!\d)|[.!?\"\u201d]*$)"
)
REST_EMPTY = re.compile(r"^[\s.,;:!?\"'\u201d\u2019)\]\u2014\u2013-]*$")
REST_PART = re.compile(r"^\s*,\s*(?:and\s|but\s)?(?:" + "|".join(PARTICIPLES) + r")\b")
INTRO = re.compile(
    r"^\W*(?:in|on|at(?!\s(?:least|most)\b)|during|earlier|later|last|meanwhile|however|but|and|also|separately"
    r"|still|yet|since|after|before|asked|speaking|writing|instead|now|then|today|yesterday"
    r"|previously|recently|overall|additionally|moreover|furthermore|indeed|similarly"
    r"|likewise|elsewhere|nonetheless|nevertheless|thus|so|for\s(?:example|instance|his|her"
    r"|its|their)|as|in\sresponse|by\scontrast|in\saddition|on\s\w+|this|that|when|while"
    r"|asked|responding|separately|according\sto"
    r"|(?:moments|minutes|hours|days|weeks|months|years)\s(?:later|earlier|after|before))\b",
    re.I,
)
PREP_INTRO = re.compile(
    r"^\W*(?:in|on|at(?!\s(?:least|most)\b)|during|after|before|since|following|for|by|with|from|under|over|despite"
    r"|amid|earlier|later|last|according\sto|speaking|asked|writing|meanwhile|separately"
    r"|responding|reacting|commenting|referring|addressing|testifying|appearing"
    r"|of|among|out\sof|across|within|throughout)\b",
    re.I,
)
PLACE_PREP = re.compile(
    r"\b(?:in|at|from|of|near|outside)\s[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.'-]*)?$"
)
AGE = re.compile(r"^\d{1,3}$")
LEAD_CONJ = re.compile(
    "(?:"
    + word_alternation(
        list(
            words(
                "but and so yet then now also still meanwhile however as instead indeed here there"
            )
        )
    )
    + r")\s+",
    re.I,
)
SUBJ_NP = re.compile(
    r"^\W*((?:(?:[Tt]he|[Aa]n?)\s)?[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*){0,4}"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)(?:\s\([^()]{1,24}\))?,?\s+[a-z]"
)
VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|be|been|can|could)\b")
# "Khalid al-Suwaidi", "Ahmed el-Sayed", "Anouk de Ridder": particles join a name
NAME_LIKE = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*|of|de|van|von|al|bin|da|and|&|for|the|(?:al|el|ad|as|ibn|bin)-[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)"
    r"(?:\s(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*|of|de|van|von|al|bin|da|and|&|for|the"
    r"|(?:al|el|ad|as|ibn|bin)-[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*))*$"
)
DESC_LIKE = re.compile(
    r"^(?:the|a|an|his|her|its|their|who|whose|which|one|another|former|now|then|also|both"
    r"|(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s){0,2}[\w.'\u2019-]+(?:'s|\u2019s|s'|s\u2019))\s",
    re.I,
)
# degrees and post-nominal letters written after a name between commas: "Ann Roe, MD, PhD,"
CREDENTIALS = (
    r"(?:MD|PhD|MPH|DO|RN|BSN|MSN|NP|PA-C|PharmD|DrPH|MBBS|MBChB|FRCP|FRCS|FACC|FACP|FACS"
    r"|FAAP|MSc|MS|MA|MBA|JD|DDS|DMD|DVM|ScD|MHS|MSCE|MPhil|DPhil|CPA|CFA|Esq|OBE|CBE|MBE|QC|KC"
    r"|SC|SAN)\.?"
)
CREDENTIAL = re.compile(CREDENTIALS)
INV_NP = re.compile(
    r"\s*(?P<np>(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019&-]*|the|a|an|an?other|one|two|three|several|many|some"
    r"|other|most|both|his|her|their|its|former|officials|analysts|experts|sources|critics"
    r"|observers|residents|witnesses)(?:\s(?!(?:in|on|at|during"
    r"|to|after|before|while|when|that|as|because|and\s(?:added|said)|who|which)\b)[\w.'\u2019&-]+)"
    r"{0,9})(?:,\s" + CREDENTIALS + r"(?=,))*"
    r"(?:,\s(?P<app>(?:who\s[^,;]{1,150}(?=[,;]|\.(?:\s|$)|$)"
    # "a former inspector who now advises airlines on supplier oversight": to the clause's end
    r"|(?:the|a|an|his|her|its|their)\s[^,;.]{0,80}?\swho\s[^,;]{1,150}(?=[,;]|\.(?:\s|$)|$)"
    r"|(?:the|a|an|his|her|its|their)\s[^,;]{1,100}?"
    # a bare role: "said Daryl Kimball, executive director of the Arms Control Association"
    r"|(?![a-z]+ing\b|and\b|but\b|as\b|in\b|on\b|at\b|after\b|while\b|when\b|according\b)"
    r"[a-z][\w-]*(?:\s[\w-]+){0,3}?\s(?:of|at|for|with)\s[^,;]{1,100}?"
    # "said Ann Roe, MD, of the Mayo Clinic": where the speaker works
    r"|of\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][^,;]{1,100}?(?=[,;]|\.?$)"
    # "said Maren Lindqvist, Chief Executive Officer of Halvorsen": a title in capitals
    r"|(?:[A-Z][a-z]+\s){0,3}(?:Officer|Director|President|Chairman|Chairwoman|Chair|Manager"
    r"|Secretary|Minister|Founder|Partner|Editor|Economist|Strategist|Head|Spokesperson"
    r"|Spokesman|Spokeswoman|Analyst|Commissioner)\s(?:of|at|for)\s[^,;]{1,80}?(?=[,;]|\.?$))"
    # … and the institution it ends with: "a professor of geosciences at Princeton University"
    r"(?:\s(?:at|in|of)\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w.'\u2019&-]*(?:\s(?:of\s)?[A-ZÀ-ÞĀ-ɏ][\w.'\u2019&-]*)*)?)"
    # "said one former executive who requested anonymity": the clause describes the speaker
    r"|\s(?P<rel>who\s[^,;]{1,150}(?=[,;]|\.(?:\s|$)|$)))?"
    r"(?=[,;:.!?\"\u201d]|\s\(|\s(?:in|on|at|during|to|after|before|while|when|as)\b|$)"
)
# "asked some buyers to accept …": someone asked to do something, not a question reported
ASKED_TO = re.compile(r"\s(?:[\w'\u2019-]+\s){1,4}?to\s(?!whom\b)[a-z]+")
AGREED_TO = re.compile(
    r"\s(?:[\"\u201c]?[\w ]{1,24}[\"\u201d]?\s|(?:on|with)\s[^,.;]{1,60}\s)?to\s[a-z]"
)
# the name after an inverted speaker's role: ", Dr. Naomi Feldberg, a sleep researcher."
NAME_AFTER_ROLE = re.compile(
    r",\s(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Sir|Dame)\.?\s)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*"
    r"(?:\s(?:[A-Z]\.|de|van|von|al|bin|[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)){1,3})(?=[,.;:]|\s\(|$)"
    r"(?:,\s(?P<app>(?:the|a|an|his|her|its|their)\s[^,;]{1,100}?)(?=[,;:!?]|\.(?:\s|$)|$))?"
)
QUOTED_AS = re.compile(r"\s(?P<np>[^,;]{1,80}?)\sas\s(?:saying|telling|writing)\b")
WAS_QUOTED = re.compile(r"(?:was|were|is|are|has\sbeen)\s(?:also\s|later\s|further\s)?$")
RECIPIENT = re.compile(
    r"\s(?:(?:the\s|a\s|an\s|his\s|her\s|their\s)?[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*(?:\s(?:of\s|for\s)?[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*)"
    # "told the Reuters news agency"
    r"{0,4}(?:\s(?:news\sagency|newspaper|daily|website|broadcaster|magazine|channel))?|(?:the\s|a\s|an\s|his\s|her\s|their\s|local\s|foreign\s|state\s)?(?:\w+\s)?"
    r"(?:reporters|journalists|lawmakers|supporters|students|voters|investors|analysts"
    r"|officials|members|viewers|listeners|readers|audience|crowd|newspaper|magazine|agency|paper"
    r"|outlet|website|publication|daily|tabloid|network|press|media|journalist|inquiry|tribunal"
    r"|broadcaster|channel|station|committee|court|jury|judge|senators|parliament|lawmaker"
    r"|reporter|interviewer|colleagues|friends|staff|employees|workers|residents|officers"
    r"|police|investigators|detectives|prosecutors|doctors|council|board|panel|commission"
    r"|hearing|conference|podcast|program|programme|show|legislature|assembly|house|senate"
    r"|congress|delegates|rally|meeting|summit|forum|briefing|gathering|radio|television)"
    r"|him|her|them|us|me|you|CNN|Reuters)(?=\s|,|:|[.!?;]|$)"
)
NEEDS_SUBJECT = frozenset(
    words(
        "know knows knew hope hopes hoped figures figured suggested suggests "
        "suggest acknowledged acknowledges admitted admits confirmed confirms conceded "
        "concluded concludes indicated indicates predicted predicts predict"
    )
)
SUBJECT_NEXT = re.compile(
    r"\s+(?:(?:the|a|an|he|she|they|it|we|i|you|this|that|there|[A-ZÀ-ÞĀ-ɏ])\b|[$\u00a3\u20ac]?\d)"
)
QCLOSE = "\u201d\"'\u2019"
POST_REST = re.compile(
    # "insisted on acting now", "warned of rising prices": what they said, as a gerund
    r"\s*,?\s*(?!(?:on|upon|about|of|against)\s[a-z]+ing\b)"
    # "CNN reported at least six planes …", "said about 40 died": a count, the content itself
    r"(?!(?:at\s(?:least|most)|about\s\d|over\s\d)\b)(?:in|on|at|during|after|before|while|when|as|last|this|earlier|to|from|outside"
    r"|inside|following|ahead|of|about|with|via|through|over|since|today|yesterday"
    # "… said in a report published in April": the report's particulars
    r"|published|released|issued|posted|filed)\b"
)
# after a mid-sentence ", X said,": a clause that goes on with the same report
GOES_ON = re.compile(
    r"\s*,\s*(?:while|whereas)\s"
    # "…, two of the people said, with existing backer Redpine expected to take part"
    r"|\s*,\s*with\s(?:[\w'\u2019$.%-]+\s){1,6}?(?:expected|set|due|likely|slated|scheduled"
    r"|poised|to\s[a-z]+)\b"
)
# what "this …" names in a speaker's own words, never a source: "This ruling confirms …"
NOT_A_SOURCE = frozenset(
    words(
        "ruling decision case result verdict move deal law vote agreement plan policy change "
        "win loss victory defeat attack war crisis election"
    )
)
NUMBER_ONLY = re.compile(r"[\d.,%]+")
CLAUSE_START = re.compile(
    r"\s+(?:the|a|an|he|she|they|it|we|i|you|this|that|there|most|many|some|more|only|about"
    r"|nearly|almost|\d|[A-ZÀ-ÞĀ-ɏ])"
)
TOLD_THAT = re.compile(
    r"(?:\s[\w.'\u2019&-]+,?){1,10}?(?:,\s*)?(?P<mark>\sthat\b|:|\s?[\"\u201c]|\s?'')"
)
COLON_HEAD = re.compile(
    r"^\W{0,2}(?P<np>[A-ZÀ-ÞĀ-ɏ][\w.'\u2019&-]*(?:\s(?:and\s|&\s)?[A-ZÀ-ÞĀ-ɏ][\w.'\u2019&-]*){0,4})"
    # a headline's topic: "Gillibrand on Hillary's speeches: 'I think she will'"
    r"(?P<topic>\s(?:[Oo]n|[Tt]o|[Aa]t)\s[^:\n,]{1,60}?)?:\s+(?P<quote>[\"\u201c\u2018']?)(?=\S)"
)
HEAD_SOURCE = re.compile(
    r"(?:\s[-\u2013\u2014]|:)\s(?P<np>sources?|reports?|media(?:\sreports?)?|officials?|witnesses"
    r"|analysts|diplomats|insiders|documents?|filings?|data|poll|survey|study)\s*$",
    re.IGNORECASE,
)
# a headline's named source after a dash or colon: "… kills at least 23: ministry", "… - UN"
HEAD_BODY = re.compile(
    r"(?:\s[-\u2013\u2014]|:)\s(?P<np>ministry|police|army|military|government|auditor|regulator"
    r"|watchdog|report|study|survey|court|[A-Z]{2,6})\s*$"
)
LABEL = re.compile(
    r"(?:exclusive|breaking|update\s?\d*|analysis|factbox|explainer|opinion|live|watch)\s*:\s*",
    re.IGNORECASE,
)
COLON_NOT = frozenset(
    words(
        "latest note update updated editor correction disclosure related watch read photo photos "
        "video source sources credit warning breaking live exclusive opinion analysis review "
        "q a question answer transcript summary background bottom line why what how when "
        "where who step tip rule fact subscribe advertisement listen scoop flashback context "
        "catch zoom driving reality state "
        # a country over a headline is its topic: "Germany: Coalition row over …"
        "germany france britain italy spain poland ukraine russia china japan india iran iraq "
        "israel syria turkey canada australia mexico brazil europe africa sudan yemen lebanon "
        "gaza taiwan pakistan afghanistan"
    )
)
PREP_START = re.compile(
    r"\s*(?!at\sleast|at\smost|up\sto|in\sall|as\smany|as\smuch|as\swell|over\s\d|about\s\d"
    r"|(?:about|over)\s(?:one|two|three|four|five|half|a\s(?:third|quarter|fifth))\s)"
    r"(?:to\s(?:the|a|an|his|her|their|its|our|my|reporters|staff|employees|workers|investors"
    r"|analysts|lawmakers|supporters|members|journalists|[A-ZÀ-ÞĀ-ɏ])"
    r"|with|from|over|against|in|on|at|for|by|during|after|before|of|into|up|out"
    r"|off|back|down|and|or|but|so|as|outside|inside|near|following|via|through|across"
    r"|around|amid|alongside|ahead)\b"
)
QUESTION = re.compile(
    r"(?:\s(?:on|in|at|during|last|this)\s\w+(?:\s\w+)?)?(?:\s(?:by\s[^,]{1,40}?))?"
    r"\s(?P<q>(?:whether|if|about|why|how|what|who|whom|when|where|which)\b)"
)
IN_POLL = re.compile(
    # "in the study", but not "was not involved in the study", "took part in a survey"
    r"(?<!involved\s)(?<!part\s)(?<!enrolled\s)(?<!participated\s)(?<!participants\s)"
    r"\b(?:in|by|from)\s(?P<np>(?:a|an|the|his|her|its|their)\s"
    r"(?:(?!(?:before|after|of|in|on|at|for|to|with|by|from|during|that|which|who)\s)"
    r"[\w'\u2019/&.%-]+\s){0,6}?"
    r"(?:poll|polls|survey|surveys|study|average|analysis|count|tally|census))\b"
    # "by an average of 12%": a quantity, not a polling average
    r"(?!\s+of\s+(?:[\d$\u00a3\u20ac]|(?:about|around|nearly|almost|some|more|less|just|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a|half)\b))"
    r"(?=[^,;:]{0,40}(?:[.,;:!?\"\u201d]|$))"
)
DOCUMENT = re.compile(
    r"(?:an?|the|its|his|her|their)\s(?:\w+\s){0,2}?(?:statement|post|letter|filing|release"
    r"|tweet|video|email|e-mail|transcript|documents?|note|memo|message|notice|announcement)\b"
    r"(?!\s(?:by|from)\s[A-ZÀ-ÞĀ-ɏ])"
    # "company documents reviewed by Reuters": how the outlet knows, not who says
    r"|(?:[\w-]+\s)?(?:documents|records|emails|files)\s(?:reviewed|seen|obtained|viewed)\sby\b",
    re.IGNORECASE,
)
NAME_GLUE = frozenset(words("of for and & de van von al bin da"))
WORD_RE = re.compile(r"[\w'\u2019.-]+")
VERB_LIKE = frozenset(words("is are was were be been has have had will would can could said says"))
NEGATION = re.compile(r"\b(?:not|never)\b|n['\u2019]t\b")
CLAUSE_PRONOUNS = frozenset(words("he she it they we i there this"))
FINITE = frozenset(
    words(
        "is are was were has have had will would could can may might should must did does do "
        "sent made took gave won lost fell rose grew began left came went saw told said"
    )
)
# ",?\s" written as "[,\s]" and a look back, so that the search can jump to a comma or space
# the speaker's own acts and words, told by the article: "said the plan would fail and called
# for talks", "but declined to comment"; any other verb goes on with what was said ("said
# Berlin supported the fee but wanted it in force by May")
AND_VP = re.compile(
    r"[,\s](?:(?<=,)\s|(?<=\s))(?:and|but)\s(?:also\s|then\s|later\s)?(?:said|told|added"
    r"|declined|refused|called|urged|asked|vowed|pledged|promised|warned|insisted|stressed"
    r"|noted|argued|acknowledged|admitted|conceded|denied|rejected|dismissed|welcomed|praised"
    r"|criticized|criticised|thanked|accused|blamed|demanded|appealed|wrote|spoke"
    # "…, but did not mention an ammunition depot": what the speaker left out, the article's
    r"|did\snot\s(?:mention|say|address|specify|elaborate|disclose|give|name|explain|comment))\s"
)
AUX_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are|been|be|will|would|could|to)\s+\w+$")
# cues that report a claim only when a clause follows: "reported a loss" is an act
# words that cannot sit between a cue and the finite verb of a bare clause it reports
NOT_BARE = frozenset(
    words(
        "that which who whom whose of to for with from by about on in at as if whether into "
        "than because after before while"
    )
)
NEEDS_CLAUSE = frozenset(
    words(
        "reported reports declared declares announced announces added adds add maintained maintains"
    )
)
CAP_BEFORE = re.compile(r"[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s*$")
# who an unnamed speaker is: "a senior official", "one resident", "two aides"
UNNAMED_HEAD = (
    r"(?:official|source|spokesperson|spokesman|spokeswoman|person|aide|diplomat|officer"
    r"|executive|employee|insider|adviser|advisor|resident|witness|worker|villager|farmer"
    r"|teacher|nurse|doctor|engineer|technician|manager|staffer|trader|banker|dealer|negotiator"
    r"|investigator|lawmaker|legislator|woman|man|mother|father|fisherman|student|parent"
    r"|driver|owner|shopkeeper|vendor|retiree|pensioner|survivor|relative|neighbou?r|passenger"
    r"|protester|volunteer|patient)"
)
# an acronym, Latin capitals with diacritics too ("TÜİK", "ČSÚ")
ACRONYM = re.compile(
    r"[A-Z\u00c0-\u00de\u0130\u0100-\u017f][A-Z0-9&\u00c0-\u00de\u0130\u0100-\u017f]{1,9}"
    # small letters inside, capitals at both ends: "PiS", "AfD", "VšZP"
    r"|[A-Z\u00c0-\u00de][A-Z]?[a-z\u00df-\u00ff\u0161\u017e\u010d\u0159]{1,2}[A-Z\u00c0-\u00de]"
    r"[A-Z]?"
)
# cue words examined per sentence; real sentences hold a handful, hostile input thousands
MAX_CUES = 12
# a short time/place phrase, then a clause with a pronoun subject: "after the convention he"
PP_THEN_CLAUSE = re.compile(
    r"(?P<pp>\s(?:after|before|during|at|in|on|following|outside|inside|near)"
    r"(?:\s[\w'\u2019.-]+){1,4}?)"
    r"\s(?=(?:he|she|they|it|we|I|there)\s[a-z])"
)
# documents, polls and recordings that can be the source of a claim
EVIDENCE_NOUNS = words(
    "poll polls polling survey surveys study studies research analysis review audit letter "
    "memo documents records video footage complaint lawsuit indictment affidavit filing "
    "census report reports data images imagery photos photographs estimate estimates statistics "
    "figures numbers notes emails memos transcripts recordings spreadsheets scans"
)
_EVIDENCE = word_alternation(list(EVIDENCE_NOUNS))
# a participle after a document's name: "a poll released in August", "the survey conducted"
REDUCED_RELATIVE = re.compile(
    rf"\b(?:{_EVIDENCE})\b[^,;]{{0,60}}?(?P<p>\s)(?:released|published|conducted|taken|issued"
    r"|commissioned|obtained|filed|seen|reviewed|posted|made\spublic)\b"
)
# a document, poll or recording as the subject of "found", "shows", "says"
EVIDENCE_NP = re.compile(rf"^(?:[\w.,%'\u2019-]+\s){{0,4}}?(?i:{_EVIDENCE})\b(?!-)")
# a party tag after a name: "Democrat of California" (NYT), "R-Ohio", "D-S.D." (AP)
PARTY_OF = re.compile(
    r"^(?:(?:an?\s)?(?:Republican|Democrat|Independent|independent)\s(?:of|from)\s[A-Z]"
    r"|[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$)"
)
# "The San Jose" before ", California-based chipmaker": a city named before its state
THE_PLACE = re.compile(r"(?:^|[\s\"\u201c])([Tt]he\s(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s?){1,3})$")
PLEA = re.compile(r"\s(?:not\sguilty|guilty|no\scontest|innocent)\b")
# cue words that are nouns as often as verbs, and what follows them as nouns
NOUN_CUES = frozenset(
    words(
        "forecast forecasts claims claim reports estimates estimate fears hopes notes figures "
        "demand demands projects project"
    )
)
NOUN_NEXT = frozenset(words("were are was is have had of by from about made filed against over"))
# a company's legal suffix after a comma: "Co., Ltd.", "Holdings, Inc."
CORP_SUFFIX = re.compile(
    r"(?:Ltd|Inc|LLC|L\.L\.C|PLC|plc|Co|Corp|S\.A|AG|GmbH|N\.V|SE|SpA|AB|ASA|Oyj|KK|LP|LLP)\.?$"
)
COMMA_QUOTE = re.compile(r"\s*,\s*[\"\u201c\u2018']")
CALL_FOR = re.compile(r"\s(?:for|on|off|in|up)\b")
WEAK_NEEDS = re.compile(r"\s*(?:,\s*)?(?:that\b|:|[\"\u201c]|whether\b|if\b)")
