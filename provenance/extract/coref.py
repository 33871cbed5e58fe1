"""Resolve source mentions to hops, referring back: "the outlet", "he said", a bare surname.

A Resolver walks an article in order. It remembers each chain it produced and the names it
has seen, so that "the report said" gets the whole chain of the report it refers to, "the
outlet" the outlet that published it, and a bare surname the full name given earlier.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields, replace
from functools import partial
from itertools import islice

from provenance.extract.attribution import Mention
from provenance.extract.lexicon import words
from provenance.extract.names import (
    DEMONYM_ENDS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SPEAKERS_FOR,
    SPELL_SKIP,
    SourceName,
    kind_from_description,
    people_noun,
    person_key,
    read_source,
)
from provenance.extract.types import Claim, Hop, SourceKind

_DOCUMENTS = frozenset(
    words(
        "letter statement memo report email post filing release note notice circular directive "
        "document prospectus communique communiqu\u00e9 postmortem post-mortem"
    )
)
# "the document", "the postmortem": the latest paper the text cited by what it is
_DOCUMENT_WORDS = frozenset(words("document postmortem post-mortem"))
# what "the document" may be: the latest paper the text cited by what it is
_PAPER_HEADS = frozenset(
    words(
        "draft memo letter report document proposal plan filing notice paper dossier prospectus "
        "postmortem post-mortem"
    )
)


def _one_person(description: str) -> bool:
    """Does an unnamed source's description name one person ("the daughter of a patient")?"""
    head = re.split(r"\s(?:of|who|from|at|in|with)\s|,", description.lower(), maxsplit=1)[0]
    last = head.rsplit(" ", 1)[-1]
    return last in PERSON_NOUNS or last in ROLE_WORDS


def _someone(description: str) -> bool:
    """ "a taxi operator", "an onlooker": one unnamed someone "he" or "she" can be."""
    head = re.split(r"\s(?:of|who|from|at|in|with)\s|,", description.lower(), maxsplit=1)[0]
    last = head.rsplit(" ", 1)[-1]
    return (
        head.startswith(("a ", "an "))
        and last.isalpha()
        and not last.endswith("s")
        and last not in ORG_WORDS
        and last not in _DOCUMENTS
    )


# who wrote a study: "the researchers found" means the study named before
_AUTHORS = frozenset(("researchers", "authors", "scientists", "investigators"))
# the people of a body, and what its name holds: "the auditors" of the State Audit Office
_BODY_STAFF = {"auditors": "audit", "inspectors": "inspect", "examiners": "examin"}


def _staff_of(stem: str, h: Hop) -> bool:
    """Is h a body whose name or description holds ``stem`` ("audit")?"""
    return h.kind != "person" and stem in f"{h.name} {h.description}".lower()


# bodies whose names hold what they are: "the club" is the "… Soccer Club" named before
# a public body named by its kind alone ("the ministry"): the one of that kind named before
_BARE_BODY = frozenset(words("ministry department cabinet"))
_NAMED_BY_HEAD = frozenset(
    words(
        "university club hospital institute college school museum foundation academy airport "
        "church zoo library society association federation union"
    )
)


def _keeper(name: str) -> str | None:
    """ "court" of "court records": who keeps the papers a definite mention names."""
    toks = name.lower().split()
    return toks[0] if len(toks) >= 2 and toks[0] not in ("the", "a", "an", "its", "their") else None


_DESC_HEAD = re.compile(r"\s(?:of|for|at|in|from|with|who|which|that|by|on)\s")
_COURT = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udge)\b")
_PUBLIC_BODY = re.compile(
    r"\b(?:Institute|Agency|Service|Office|Authority|Administration|Bureau|Commission"
    r"|Directorate|Department|Survey|Centre|Center)\b"
)
# words before "ministry" or "department" that name no particular one ("the regional ministry")
# a body's own name: what "reported" never makes a news outlet
_BODY_NAME = re.compile(
    r"\b(?:Bank|Ministry|Office|Department|Agency|Authority|Commission|Council|Institute"
    r"|University|Association|Union|Company|Corporation|Fund|Board|Bureau|Service|Federation"
    r"|Organi[sz]ation|Police|Court|Inc|Ltd|Corp|Group)\b"
)
# what "the party", "the union" name: a body of that kind, never a bank or a ministry
# where, not who: "British", "Western" (a capitalised word that names no owner)
_PLACE_ENDS = (*DEMONYM_ENDS, "ern")
_NAME_HEADS = frozenset(
    words("party union university hospital association federation school college club")
)


def _names_it(h: Hop, word: str) -> bool:
    """Does ``h``'s name hold ``word`` ("clinton" in "Clinton campaign")?"""
    return word in h.name.lower()


def _named_as(h: Hop, head: str) -> bool:
    """Does ``h``'s name or description call it a ``head`` ("the party")?"""
    return h.kind not in ("person", "unnamed") and (
        head in h.name.lower() or head in (h.description or "").lower()
    )


def _other_body(h: Hop, head: str) -> bool:
    """Does ``h``'s name say it is a body of another kind than ``head`` (a bank, a ministry)?"""
    return bool(_BODY_NAME.search(h.name)) and not _named_as(h, head)


_GENERIC_MODS = frozenset(
    words(
        "regional state national local federal provincial city municipal country's nation's "
        "government's military's news official relevant responsible same other new"
    )
)
_GENERAL_CUES = frozenset(("believe", "think", "suspect", "say", "agree", "warn", "fear"))
_STUDY_WORDS = re.compile(r"\b(?:study|paper|survey|research|trial|analysis)\b", re.I)
_PERSONAL = frozenset(("he", "she", "they", "it", "we", "i"))
# "its report", "their latest survey": a document of the source just named
_OWN_DOCUMENT = re.compile(
    r"(?:its|their|his|her)\s+(?:(?:own|latest|new|annual|\w+ly)\s+)?"
    r"(report|study|survey|analysis|review|statement|letter|filing|findings|research|data)"
)
_ITS_PAPER = re.compile(
    r"(?:its|their|the\s(?:company|firm|group|bank)['\u2019]s)\s(?:(?:own|latest|new|annual"
    r"|quarterly|official|most\srecent|recent|last)\s){0,3}(?:website|statement|filing|filings"
    r"|report|reports|accounts|results|data|figures|records|release)(?:\sto\s[a-z]+)?"
)
_OWN_WORK = re.compile(
    r"(?:an?|the)\s(?:[\w-]+\s){0,2}?(report|study|survey|poll|analysis|review|audit)"
    r"\s(?:that\s)?(?:it|they)\s(?:had\s|has\s|have\s)?(?:carried\sout|conducted|commissioned"
    r"|ran|did|published|released|compiled)\b",
    re.I,
)
# "the company's earnings release", "the ministry's statement": a source referred back to
_OWNERS_DOCUMENT = re.compile(
    r"([Tt]he\s+[a-z]+)['\u2019]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:release|report|statement|filing|figures|data|letter|website|post|announcement)"
)
# a body named by the people who speak for it: never what "the company" or "it" means
_PEOPLE_FIRST = re.compile(
    r"(?:analysts|economists|experts|traders|investors|strategists|researchers)\b", re.I
)
# marks, in a found chain, the hop a mention refers to when outer hops come along
_MATCHED = Hop("", "unnamed")
# how many earlier chains a reference may reach back to: bounded, so that long articles
# stay linear in time
_LOOKBACK = 40


_DATA_ENDS = frozenset(
    words(
        "data figures estimates estimate consensus poll polls survey statistics calculations "
        "database databases"
    )
)


# firms that sell analysts' forecasts and market numbers: cited for them, never "the company"
_DATA_PROVIDERS = frozenset(("factset", "lseg", "refinitiv", "visible alpha", "zacks"))
# what "the company" is called: a firm the article is about
_COMPANY_NOUNS = frozenset(words("company firm retailer maker manufacturer chipmaker group"))


def _posted_role(r: SourceName, said_as: str) -> bool:
    """ "the longhouse chief of Rumah Ngelai": a post the text qualified, never just the person
    named last (the head alone, "the chief", may be)."""
    return (
        r.anaphor == "person"
        and r.head in ROLE_WORDS
        and " of " in said_as
        and said_as[said_as.index(" of ") + 4 :].removeprefix("the ")[:1].isupper()
    )


def _initials(name: str) -> str:
    """ "South Korea's Joint Chiefs of Staff" -> "JCS": the capitals of a name, past its owner."""
    k = max(name.rfind("'s "), name.rfind("\u2019s "))
    words_ = name[k + 3 :].split() if k >= 0 else name.split()
    if len(words_) < 2:
        return ""
    return "".join(w[0] for w in words_ if w.lower() not in SPELL_SKIP and w[:1].isupper())


def _data_mention(mention: str | None) -> bool:
    """ "LSEG data", "analysts polled by FactSet": a provider of numbers, never "the company"."""
    if not mention:
        return False
    low = mention.lower()
    return (
        low.rsplit(None, 1)[-1] in _DATA_ENDS
        or low in _DATA_PROVIDERS
        or " polled by " in low
        # "a consensus compiled by financial data provider FnGuide"
        or "data provider" in low
        or low.startswith(("a consensus", "the consensus", "consensus"))
    )


def _cited_as(h: Hop, m: Mention, date: str | None) -> Hop:
    """``replace(h, cue=m.cue, date=date, mention=m.text, start=m.start, end=m.end)``: a
    source cited again. Built directly, as dataclasses.replace is slow; every field listed."""
    return Hop(h.name, h.kind, m.cue, date, h.description, m.text, m.start, m.end, h.aliases)


_HOP_FIELDS = ("name", "kind", "cue", "date", "description", "mention", "start", "end", "aliases")
if tuple(f.name for f in fields(Hop)) != _HOP_FIELDS:
    raise TypeError("Hop's fields changed: update _cited_as")

# papers a body puts out: "the statement" with no paper named before is the body's
_ISSUED_PAPERS = frozenset(("the statement", "the communique", "the communiqu\u00e9"))
# a spokesperson the text does not place: the body just cited, when it cited one
_BARE_SPOKESPERSON = frozenset(("a spokesperson", "a spokesman", "a spokeswoman"))
# what "the government" can name: a government by that word, not any public body
_GOVERNMENT = re.compile(r"\b(?:[Gg]overnment|Cabinet|Council of Ministers|Kremlin|White House)\b")
_ANAPHOR_KINDS: dict[str, tuple[str, ...]] = {
    "outlet": ("outlet",),
    "agency": ("agency", "outlet", "government"),
    "government": ("government", "agency"),
    "organisation": ("organisation", "agency"),  # "the company" is no newspaper
    "it": ("outlet", "agency", "government", "organisation"),
    "plural": ("unnamed", "organisation", "government", "agency", "outlet"),
    "person": ("person",),
    "body": ("organisation", "government", "agency"),
}


def _named_after(ch: tuple[Hop, ...]) -> bool:
    """Whether the chain's outer source was named after the source inside it, as a speaker
    after the words that named someone else ("X has signaled …, the delegates said")."""
    if len(ch) < 2:
        return False
    outer, inner = ch[0].start, ch[1].start
    return outer is not None and inner is not None and inner < outer


# an acronym, as public agencies go by ("CDC", "FDA", "KCNA"); a firm cited last is seldom
# "the agency"
_AGENCY_ACRONYM = re.compile(r"[A-Z]{3,5}")
_THE_NOUN = re.compile(
    r"[Tt]he\s(office|board|council|committee|commission|bureau|inspectorate|administration)"
)
# an office a person heads: "his office said", "her administration said"
_HIS_OFFICE = re.compile(r"(?:[Hh]is|[Hh]er)\s(office|administration|campaign)")
# nouns any body may be called by: no clue to which one
_GENERIC_BODIES = frozenset(
    words(
        "company firm group organisation organization agency ministry department government "
        "outlet newspaper paper body authority office administration business"
    )
)
# evidence with no owner named: "satellite data", "the figures", "new images"
_BARE_EVIDENCE = re.compile(
    r"(?:(?:the|new|recent|latest|official|satellite|preliminary)\s)*(?:data|figures|images"
    r"|imagery|records|documents|statistics|numbers|results|findings|evidence)",
    re.IGNORECASE,
)
_INFERENCE_CUES = frozenset(
    words("suggested suggests suggest showed shows show indicated indicates")
)
_A_PAPER = re.compile(r"(?:[\w-]+\s){0,2}(?:study|survey|report|paper|trial|analysis|review)", re.I)
_A_ROLE = re.compile(
    r"(?:an?|the|his|her|their|its)\s(?:[\w.-]+\s){0,2}[\w-]+"
)  # "a federal judge"
_GENDERED = {"he": "m", "she": "f", "his": "m", "her": "f"}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s")


def _honorific_gender(text: str) -> str | None:
    m = _HONORIFIC.search(text)
    return None if m is None else ("m" if m.group(1) == "Mr" else "f")


_MANAGERS = frozenset(("executives", "managers", "management"))
_NUMBERS = frozenset(("data", "figures", "statistics", "numbers"))
_PARTICIPLE_DESC = re.compile(r"[a-z]+ed\s")
_MADE_DESC = re.compile(
    r"(?:(?:which|that)\s(?:has\s|had\s)?(?:been\s|was\s)?)?(?:prepared|commissioned|written"
    r"|compiled|drawn\sup|produced|seen|obtained|reviewed)\sby\s"
)
# a speaker who gave only part of a name: "who gave his name only as Mr Brown"
_GAVE_NAME = re.compile(
    r"(?:gave|giving|gives)\s(?:his|her|their)\s(?:first\s|last\s)?name\s(?:only\s)?as\s"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+)"
    r"|identified\sonly\sas\s(?P<alt>[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+)"
)
_LEARNED = frozenset(("learned", "learnt"))
_UNDERSTANDS = frozenset(("understands", "learned", "learnt", "learns"))


class Resolver:
    """Turns mentions into hops and chains, remembering what the article said before."""

    def __init__(
        self,
        recent_subject: Callable[[], tuple[str, int] | None] | None = None,
        document_owner: Callable[[str], str | None] | None = None,
        full_name: Callable[..., str | None] | None = None,
        salience: Callable[[str], int] | None = None,
        group_owner: Callable[[str], str | None] | None = None,
        recent_person: Callable[[], tuple[str, int] | None] | None = None,
        company: Callable[[str], bool] | None = None,
    ) -> None:
        self.chains: list[tuple[Hop, ...]] = []  # every chain produced, in order
        self.people: dict[str, Hop] = {}  # surname -> hop with the full name
        self._given: dict[str, Hop] = {}  # first word of a full name -> its hop
        self.aliases: dict[str, Hop] = {}  # alias/name lower -> hop
        # asked only when needed: the latest capitalised sentence subject ("Apple unveiled
        # a phone. The Cupertino-based iPhone maker said ...")
        self.recent_subject = recent_subject
        self.sentence = 0  # the sentence being read; set by the caller
        # descriptions later given a name ("the agency" ... "The agency, MI5, said")
        self.renames: dict[str, tuple[str, SourceKind]] = {}
        self.chain_at: list[int] = []  # the sentence each chain was produced in
        # who wrote "the letter" a later sentence cites: the subject of the sentence that
        # mentioned a letter ("The mayor informed residents in a letter ...")
        self.document_owner = document_owner
        # who made a paper a sentence since the last source named ("A report released by the
        # Pacific Community …. According to the report, …"), and that sentence's number
        self.paper_maker: Callable[[str], tuple[str, int] | None] | None = None
        # the longer name an earlier sentence gave a one-word name ("Commission")
        self.full_name = full_name
        # how often the article names a source (by its first word): who it is about
        self.salience = salience
        # the body a group was introduced with: "Inspectors from the CQC …. Inspectors found"
        self.group_owner = group_owner
        # a person who was the subject of a sentence just before: "Dennis Walsh, 79, spent 31
        # hours on a trolley. “…,” he told the BBC." (name, sentence number)
        self.recent_person = recent_person
        # a speaker's own document ("its report"), by its noun: the chain of whose it is
        self.documents: dict[str, tuple[Hop, ...]] = {}
        # whether the text names a company by this name and more ("Meridian Midstream
        # Partners"): "Meridian Midstream said" is the company, though it reads like a person
        self.company = company
        # whether the page's chrome lines (masthead, footer) name this: the publisher
        self.in_chrome: Callable[[str], bool] = lambda name: False
        # whether the text writes a name after a title ("Governor Tomura"): a person
        self.titled: Callable[[str, str], bool] = lambda role, name: False
        # "he" or "she", by person name, as honorifics and resolved pronouns showed it
        self.gender: dict[str, str] = {}
        # the company the article is about, by the name it gives with a company's ending
        self.main_company: Callable[[], str | None] = lambda: None
        # an outlet the text named by its kind, never cited: "the TASR newswire"
        self.outlet_named: Callable[[str], str | None] | None = None
        # the body a sentence just before was about: who put out "the statement" the text
        # never introduced ("The committee cut rates …, the communique said")
        self.issuer: Callable[..., str | None] = lambda back=3: None
        # the titled full name an earlier sentence wrote family name first ("Judge Wong Li
        # Ting") of a one-word name ("Wong")
        self.family_first: Callable[[str], str | None] = lambda short: None

    def _named_hop(self, m: Mention, r: SourceName) -> Hop:
        kind = r.kind
        desc = m.description or r.description
        if m.description and r.description:
            desc = f"{r.description}, {m.description}"
        if m.description:
            self._note_identity(m.description, r)
            # "…, who rents out a cottage behind her house": a person, whatever the nouns
            who = m.description.startswith(("who ", "whose "))
            # "Dr Hana Kowalczyk, of the University of Sussex": where she works, not what she is
            k2 = (
                None
                if who or m.description.startswith("of ")
                else kind_from_description(m.description)
            )
            if k2 is not None and kind in ("person", "organisation") and k2 != "person":
                kind = k2
            elif k2 == "person" and kind == "organisation" and " " not in r.name:
                kind = "person"  # "Odeh's brother, Samer": one word, a person all the same
        # "The Sentinel reported": a name that reports is a news outlet, "The" and all
        the_outlet = False
        if (
            kind == "organisation"
            and m.cue in ("reported", "reports")
            # "The Central Bank of Samoa reported": a body, whatever its verb
            and not _BODY_NAME.search(r.name)
        ):
            kind = "outlet"
            the_outlet = m.text[:4].lower() == "the " and not r.name.lower().startswith("the ")
        name = r.name
        if kind == "person" and self.company and " " in name and self.company(name):
            kind = "organisation"
        low = name.lower()
        known = self.aliases.get(low)
        if known is None and r.alias:
            # "Ukraine's General Staff" after "General Staff says": the body named before
            # (not "Russia's Energy Ministry" after "Kazakhstan's Energy Ministry")
            known = self.aliases.get(r.alias.lower())
            if known is not None and known.name.lower() != r.alias.lower():
                known = None
        if known is None and " " not in name:
            known = self.people.get(low)
            if known is None and low in self._given and low not in self.people:
                known = self._given[low]
        if known is None and kind == "person" and " " in name:
            # "Mohd Zulkifli" after "Datuk Mohd Zulkifli Hashim": a full name, shortened
            known = next(
                (
                    h
                    for h in reversed(self.aliases.values())
                    if h.kind == "person" and h.name.lower().startswith(low + " ")
                ),
                None,
            )
        if known is None and _AGENCY_ACRONYM.fullmatch(name):
            # "KCNA" after "the Korean Central News Agency", "the JCS" after "South Korea's Joint
            # Chiefs of Staff": a name's initials are that name
            known = next(
                (
                    h
                    for h in self.aliases.values()
                    if h.kind != "person" and _initials(h.name) == name
                ),
                None,
            )
            if known is not None:
                r = replace(r, alias=name)  # the acronym stays a name to look the source up by
        if known is None and kind != "person":
            # "the Commission" after "the European Commission": a shortened name
            for full, hop in islice(reversed(self.aliases.items()), _LOOKBACK):
                # "the association" after "the German Association of Cities" too
                if (full.endswith(" " + low) or f" {low} of " in full) and hop.kind != "person":
                    known = hop
                    break
            if known is None and self.full_name and " " not in name:
                # ... also when the full name was only a subject, never a source
                longer = self.full_name(name) or self.family_first(name)
                if longer:
                    name = longer
                    whole = read_source(longer)
                    if whole.kind == "person":
                        kind = "person"  # "Grant said" after "his attorney, Felicia Grant"
                        # "Auditor General Anne-Marie Boudreau": the name, its title described
                        name, desc = whole.name, desc or whole.description
        if known is None and kind == "person" and " " not in name:
            # "Judge Wong" after "District Judge Wong Li Ting": the family name first
            name = self.family_first(name) or name
        if known is not None:
            name, kind = known.name, known.kind
            desc = desc or known.description
        elif the_outlet and name == r.name:
            name = "The " + name  # "The GSO reported" after "the General Statistics Office"
        hop = Hop(
            name,
            kind,
            m.cue,
            m.date,
            desc,
            m.text or None,
            m.start if m.text else None,
            m.end if m.text else None,
            (r.alias,) if r.alias and r.alias != name else (known.aliases if known else ()),
        )
        if known is None:
            self.aliases[low] = hop
            if r.alias:
                self.aliases[r.alias.lower()] = hop
            if kind != "person" and " of " in name and name[:1].islower():
                self._name_the_body(name, kind)
            if kind == "person" and " " in name:
                self.people.setdefault(person_key(name), hop)
                if desc:
                    self._name_the_lede(name, desc)
                # "Wang said" after "Wang Liqun": a family name may come first
                self._given.setdefault(name.split()[0].lower(), hop)
        return hop

    def _latest(self, test: Callable[[Hop], bool]) -> tuple[Hop, ...] | None:
        """The latest chain whose first source passes ``test``."""
        for ch in reversed(self.chains[-_LOOKBACK:]):
            if ch and test(ch[0]):
                return ch
        return None

    def _recent_and_lede(self) -> list[tuple[Hop, ...]]:
        """The chains of the last five sentences, then the headline's and lede's."""
        recent: list[tuple[Hop, ...]] = []
        for ch, at in zip(reversed(self.chains), reversed(self.chain_at), strict=False):
            if at < self.sentence - 5:
                break
            recent.append(ch)
        lede = [ch for ch, at in zip(self.chains[:6], self.chain_at[:6], strict=False) if at <= 2]
        return recent + lede

    def _quiet_sentence_before(self) -> bool:
        """Did the sentence before this one cite no source (so a pronoun may mean its subject)?"""
        return bool(self.chain_at) and self.chain_at[-1] < self.sentence - 1

    def _body_just_cited(self) -> Hop | None:
        """The body the last sentence, or this one, cited first, if it cited a body."""
        if not self.chains or self.chain_at[-1] < self.sentence - 1:
            return None
        h = self.chains[-1][0]
        return h if h.kind in ("organisation", "agency", "government") else None

    def _name_the_body(self, name: str, kind: SourceKind) -> None:
        """ "A three-judge panel found …" then "a three-judge panel of the Divisional Court
        found": the body the first sentence described, named."""
        described = _no_article(name.lower().split(" of ", 1)[0])
        for ch in self._recent_and_lede():
            for h in ch:
                if h.kind == "unnamed" and _no_article(h.name.lower()) == described:
                    self.renames.setdefault(h.name, (name, kind))

    def _name_the_lede(self, name: str, desc: str) -> None:
        """ "A federal judge … ruled that …" then "U.S. District Judge Helena Marsh …": the
        story named in its next sentences the person its first one described."""
        # "Judge Rosalind Ocampo of the U.S. District Court", "Governor": any role it holds
        roles = {w.lower().strip(".,") for w in desc.split()[:6]} & ROLE_WORDS
        if not roles:
            return
        # the last few sentences, and the headline and lede however far back
        for ch in self._recent_and_lede():
            for h in ch:
                low = h.name.lower()
                if (
                    h.kind == "unnamed"
                    and h.name not in self.renames
                    and _A_ROLE.fullmatch(low)
                    and low.rsplit(None, 1)[-1] in roles
                ):
                    self.renames[h.name] = (name, "person")

    def _note_identity(self, description: str, r: SourceName) -> None:
        """ "The agency, MI5, said": the agency named before, without a name, is MI5."""
        d = read_source(description)
        if d.anaphor not in ("agency", "outlet", "government", "organisation"):
            return
        if (d.description or "").startswith("spokes"):
            return  # "A company spokesperson, Dev Malhotra": one who speaks for it, not it
        found = self._find(d.anaphor)
        if not found or found[0].name == r.name:
            return
        earlier = found[0]
        # a description, not a name: "intelligence agency", "Britain's domestic ... agency"
        # (the name, not the latest mention: "the report said" refers to a named body)
        described = not earlier.name[:1].isupper() or earlier.name.split()[-1].islower()
        if described:
            self.renames[earlier.name] = (r.name, r.kind)

    def _find_head(
        self, head: str, inner: bool = True, people: bool = True, keeper: str | None = None
    ) -> tuple[Hop, ...] | None:
        """The latest chain with a source described with this noun ("a source", "officials").

        When that source was cited by another ("X reported, citing officials"), the chain up
        to it carries over: "the officials said" then means X's officials.
        """
        # "the data shows" after "figures published by NHS England": one body's numbers
        heads = _NUMBERS if head in _NUMBERS else frozenset((head,))
        # papers and figures are cited again from further back than people are
        back = 40 if head in _NUMBERS or head in _DOCUMENTS else 12
        for ch in reversed(self.chains[-back:]):
            for k, h in enumerate(ch):
                if not people and h.kind == "person":
                    continue  # "police said" is the force, not "Police Chief Anthony Russo"
                # a description counts up to its first preposition: "the newspaper of …"
                # names a newspaper; "written by Beavercreek police …" names no police
                desc = _DESC_HEAD.split(h.description, maxsplit=1)[0] if h.description else ""
                if _PARTICIPLE_DESC.match(desc):
                    desc = ""  # "published alongside the figures" tells of the paper, not X
                said = f"{h.mention or ''} {desc} {h.name}".lower()
                if not heads.isdisjoint(said.split()) and (
                    keeper in (None, head) or keeper in said or h.name.lower() == head
                ):
                    # the mention names the matched source; outer hops come along
                    if not k:
                        return ch if inner else ch[:1]
                    if (head in _DOCUMENTS or head in _NUMBERS) and said.startswith("the "):
                        # "citing the notice" after "a notice issued by X": X's notice, found
                        # where it was issued, not where it was cited again
                        continue
                    return (*ch[:k], _MATCHED, h)
        return None

    def _owner_hop(self, name: str | None, cue: str, people: bool = True) -> tuple[Hop, ...] | None:
        """A one-hop chain for a name the text gave elsewhere, when it reads as a named source."""
        if not name:
            return None
        r = read_source(name)
        if r.anaphor is not None or r.kind == "unnamed" or (not people and r.kind == "person"):
            return None
        return (self._named_hop(Mention(name, 0, 0, cue), r),)

    def _body_by_head(self, head: str, cue: str) -> tuple[Hop, ...] | None:
        """ "the ministry": the latest source named a ministry, else the ministry the text
        named as a subject ("The Environment Ministry will …, the ministry said"), never a
        police agency cited since."""
        for ch in reversed(self.chains[-_LOOKBACK:]):
            if ch and ch[0].kind != "unnamed" and head in ch[0].name.lower().split():
                return ch[:1]
        return self._owner_hop(self.full_name(head.title(), True), cue) if self.full_name else None

    def _study(self) -> tuple[Hop, ...] | None:
        """The latest chain resting on a study, paper or survey: what its authors found."""
        found = [
            ch
            for ch in reversed(self.chains[-_LOOKBACK:])
            if ch and _STUDY_WORDS.search(f"{ch[0].mention or ''} {ch[0].name}")
        ]
        # a study whose findings the story reports, before one cited "according to" in passing
        own = [ch for ch in found if ch[0].cue != "according to"]
        return (own or found)[0] if found else None

    def _study_near(self) -> bool:
        """Did a sentence just before rest on a study ("…, study finds. Researchers say …")?"""
        return any(
            at >= self.sentence - 2 and ch and _STUDY_WORDS.search(ch[0].name)
            for ch, at in zip(self.chains[-3:], self.chain_at[-3:], strict=True)
        )

    def _office_holder(self) -> str | None:
        """The person "his office" belongs to: the latest person source, or a person the
        sentences since then were about."""
        owner = self._find("person")
        named = owner[0].name if owner and owner[0].kind == "person" else None
        near = self.recent_person() if self.recent_person else None
        if near is not None and (named is None or near[1] > self._last_person_sentence()):
            return near[0]
        return named

    def _fits(self, name: str, pronoun: str | None) -> bool:
        """Whether "he"/"she" can mean this person (unknown gender fits either)."""
        want = _GENDERED.get((pronoun or "").lower())
        got = self.gender.get(name) or _honorific_gender(name)
        return want is None or got is None or got == want

    def _find(self, anaphor: str, pronoun: str | None = None) -> tuple[Hop, ...] | None:
        if anaphor == "report":
            for ch in reversed(self.chains[-_LOOKBACK:]):
                if ch and ch[0].kind in ("outlet", "agency", "government", "organisation"):
                    return ch
            return self.chains[-1] if self.chains else None
        kinds = _ANAPHOR_KINDS.get(anaphor, ())
        firm = (
            anaphor == "organisation"
            and pronoun is not None
            and pronoun.rsplit(None, 1)[-1].lower() in _COMPANY_NOUNS
        )
        for ch in reversed(self.chains[-_LOOKBACK:]):
            if firm and ch and ch[0].kind == "agency":
                continue  # "the company said" after "Regulator says": a company, no agency
            if anaphor == "person" and pronoun and ch:
                who = ch[-1] if ch[-1].kind == "person" else ch[0]
                if who.kind == "person" and not self._fits(who.name, pronoun):
                    continue  # "he said" is not the woman quoted last
            if (
                anaphor == "person"
                and ch
                and ch[0].kind == "unnamed"
                and (
                    _one_person(ch[0].name)
                    # "A taxi operator said …. “…,” he said."
                    or (
                        (pronoun or "").lower() in _GENDERED
                        and _someone(ch[0].name)
                        and ch is self.chains[-1]
                        and self.chain_at[-1] >= self.sentence - 1
                    )
                )
            ):
                return ch  # "The daughter of one patient told …. “…,” she said."
            if (
                anaphor == "person"
                and len(ch) > 1
                and ch[0].kind in ("outlet", "organisation", "agency")
                and ch[-1].kind == "person"
            ):
                return ch  # "X said …, according to TASS. … TASS quoted her": X, via TASS
            if anaphor == "agency" and ch:
                if _COURT.search(ch[0].name):
                    continue  # "a German court ruled … The agency added": a court is no agency
                if ch[0].kind == "organisation" and (
                    _PUBLIC_BODY.search(ch[0].name) or _AGENCY_ACRONYM.fullmatch(ch[0].name)
                ):
                    return ch[:1]  # "the National Civil Defense Institute", "the CDC"
            if ch and ch[0].kind in kinds:
                if anaphor in ("organisation", "it") and (
                    _PEOPLE_FIRST.match(ch[0].name)
                    or _data_mention(ch[0].mention)
                    or ch[0].name.lower() in _DATA_PROVIDERS
                    # "a major study found …; a spokesman for the charity said": no body
                    or (anaphor == "organisation" and _A_PAPER.fullmatch(ch[0].name))
                    # "an internal memo seen by Fortune", then "the Nashville-based company"
                    or (
                        anaphor == "organisation"
                        and (
                            ch[0].name.rsplit(None, 1)[-1] in _DOCUMENTS
                            # "a filing with the Maine Attorney General's office"
                            or ch[0].name.split(None, 1)[0] in _DOCUMENTS
                        )
                    )
                ):
                    continue  # "analysts polled by LSEG", "LSEG data" are not "the company"
                if anaphor in ("outlet", "agency", "government", "organisation"):
                    return ch[:1]
                if _named_after(ch) or (anaphor == "person" and ch[0].kind == "person"):
                    # "Saudi Arabia and Russia have signaled …, the delegates said. No deal has
                    # been made, they said.": those who said it, not those they spoke of; "the
                    # judge found the plaintiffs alleged …. “…,” she wrote": her own words
                    return ch[:1]
                return ch
        if anaphor == "agency":
            # "NASA said … the agency said": an acronym whose name never said "agency"
            for ch in reversed(self.chains[-_LOOKBACK:]):
                if ch and ch[0].kind == "organisation" and ch[0].name.isupper():
                    return ch[:1]
        if anaphor == "person":
            # "Nordvik said ... He said": a one-word name read as a company may be a surname;
            # "the minister" is nobody's surname, unless the text gave it that title
            role = None if pronoun is None or pronoun.lower() in _GENDERED else pronoun
            for ch in reversed(self.chains[-_LOOKBACK:]):
                h = ch[0] if ch else None
                if (
                    h
                    and h.kind == "organisation"
                    and " " not in h.name
                    and not h.name.isupper()
                    and (role is None or self.titled(role.rsplit(None, 1)[-1].lower(), h.name))
                ):
                    return (replace(h, kind="person"), *ch[1:])
            return None
        if anaphor in ("it", "organisation", "plural"):
            # a one-word name never given a first name is more likely a company than a person
            for ch in reversed(self.chains[-_LOOKBACK:]):
                if ch and ch[0].kind == "person" and " " not in ch[0].name:
                    hop = replace(ch[0], kind="organisation")
                    return (hop,) if anaphor == "organisation" else (hop, *ch[1:])
        return None

    def chain(self, mentions: list[Mention]) -> tuple[Hop, ...]:
        """The chain for a frame's mentions, outermost first, anaphors resolved."""
        hops: list[Hop] = []
        for i, m in enumerate(mentions):
            if (
                i
                and hops
                and m.text.lower() in _PERSONAL
                and hops[-1].cue not in ("according to", "as reported by")
            ):
                continue  # "Analysts at X said they expected …": the speakers themselves
            own = _OWN_DOCUMENT.fullmatch(m.text) if i and m.text[:1] in "itTIhH" else None
            if i and not own and m.text[:1] in "aAtT":
                own = _OWN_WORK.match(m.text)  # "a survey it carried out in 11 countries"
            if own and hops:
                # "Age Matters said its report … showed": the speaker's own paper, no new hop;
                # a later "the report" means it
                self.documents[own.group(1).lower()] = tuple(hops)
                continue
            if not i and m.text in ("it", "It") and self._quiet_sentence_before():
                # "The Health Ministry disputed that account. In a statement, it said …": the
                # body the last sentence was about, not the source cited before it
                owner = self._owner_hop(self.issuer(2), m.cue, people=False)
                if owner:
                    hops.append(_cited_as(owner[0], m, m.date))
                    continue
            if not i and m.text.lower() in _BARE_SPOKESPERSON:
                body = self._body_just_cited()
                if body is not None:
                    # "Taumata Arowai said it was aware. '…,' a spokesperson said": its own
                    hops.append(
                        Hop(
                            body.name,
                            body.kind,
                            m.cue,
                            m.date,
                            m.text,
                            m.text,
                            m.start,
                            m.end,
                            body.aliases,
                        )
                    )
                    continue
            if not i and self.recent_subject and _ITS_PAPER.fullmatch(m.text):
                # "Kessler supplies wing ribs, according to its website": the subject's own
                subject = self.recent_subject()
                if subject is not None and subject[1] == self.sentence:
                    hops.append(Hop(subject[0], "organisation", m.cue, m.date, None, m.text))
                    continue
                # "It reported revenue of Dh1.1 billion, according to its annual report": the
                # company the text spoke of last, or the one it is about
                found = self._find("organisation")
                co = found[0].name if found else self.main_company()
                if co is not None:
                    hops.append(Hop(co, "organisation", m.cue, m.date, None, m.text))
                    continue
            if m.unnamed is not None:
                hops.append(Hop(m.unnamed, "unnamed", m.cue, m.date, None, None, m.start, m.end))
                continue
            if i and _BARE_EVIDENCE.fullmatch(m.text):
                continue  # "She said satellite data showed …": what she cited, no one else
            head = m.text.rsplit(None, 1)[-1].lower() if m.text[:4].lower() == "the " else ""
            if (
                i
                and head in _DOCUMENTS
                and head not in self.documents
                and self._find_head(head, inner=False) is None
            ):
                # "The memo recommended …, the report said": a paper the report describes,
                # never cited itself
                continue
            if (
                i
                and m.cue in _INFERENCE_CUES
                and m.text[:4].lower() == "the "
                and read_source(m.text).kind == "unnamed"
            ):
                # "He added that the inclusion of drones … suggested the PLA was testing …":
                # what he reads from a fact, his words
                continue
            th = _THE_NOUN.fullmatch(m.text) if m.text[:1] in "tT" and self.full_name else None
            whole = self.full_name(th.group(1).title(), True) if th and self.full_name else None
            if whole and " " in whole and not self.people.get(whole.lower()):
                # "The Tehama County Sheriff's Office issued orders …, the office said": the
                # subject of this very sentence, named by that noun
                o = read_source(whole)
                if o.anaphor is None and o.kind not in ("unnamed", "person"):
                    hops.append(self._named_hop(m, o))
                    continue
            pb = _HIS_OFFICE.fullmatch(m.text) if m.text[:1] in "hH" else None
            who = self._office_holder() if pb else None
            if pb and who:
                # "…, his office said": the office of the man the article is about
                hops.append(
                    Hop(
                        f"{who.split()[-1]}'s {pb.group(1).lower()}",
                        "government",
                        m.cue,
                        m.date,
                        None,
                        m.text,
                        m.start,
                        m.end,
                    )
                )
                continue
            ow = _OWNERS_DOCUMENT.fullmatch(m.text) if "s " in m.text else None
            # "the company's earnings release": the company's own words
            r = read_source(ow.group(1) if ow else m.text)
            if ow and r.anaphor is None and r.kind == "unnamed":
                r = read_source(m.text)
            if r.anaphor == "bodies":
                # "JAL and ANA have canceled 412 flights, according to the airlines": the
                # firms this sentence is about; else the group as the text names it
                subject = self.recent_subject() if self.recent_subject else None
                name = r.name
                if subject is not None and subject[1] == self.sentence:
                    name = subject[0]
                hops.append(Hop(name, "organisation", m.cue, m.date, None, m.text, m.start, m.end))
                continue
            if (
                r.anaphor == "report"
                and m.description
                and _MADE_DESC.match(m.description)
                and m.text[:4].lower() == "the "
                and self._find_head(m.text.rsplit(None, 1)[-1].lower(), inner=False) is None
            ):
                # "The report, prepared by council staff and seen by Stuff, estimates": a paper
                # the text describes as it cites it, when no report was cited before
                name = m.text[4:]
                hops.append(
                    Hop(name, "organisation", m.cue, m.date, m.description, m.text, m.start, m.end)
                )
                continue
            if r.anaphor is not None:
                # what a document cited comes along with it ("the report said"); a body's
                # own words do not ("police said" after "police said X told them")
                found = (
                    self._find_head(
                        r.head,
                        inner=r.head in _DOCUMENTS or r.anaphor == "report",
                        people=r.kind == "unnamed",  # a body or its papers: never a person
                        # "court records" are not the "bank records" read before
                        keeper=_keeper(r.name) if r.anaphor == "definite" else None,
                    )
                    if r.head and r.anaphor != "group"
                    else None
                )
                if found is None and r.anaphor == "report":
                    found = self.documents.get(m.text.lower()) or self.documents.get(
                        m.text.rsplit(None, 1)[-1].lower()
                    )
                if found is None and r.anaphor == "report":
                    # "the mid-January poll" after "a New York Times/CBS News poll"
                    # (what that poll's one finding cited does not come along)
                    found = self._find_head(m.text.rsplit(None, 1)[-1].lower(), inner=False)
                if not found and r.head in _DOCUMENTS and self.document_owner:
                    found = self._owner_hop(self.document_owner(r.head), m.cue)
                if (
                    not found
                    and r.anaphor == "report"
                    and r.name.lower() in _ISSUED_PAPERS
                    and (not self.chain_at or self.chain_at[-1] < self.sentence - 2)
                ):
                    # no source cited lately whose statement this could be
                    found = self._owner_hop(self.issuer(), m.cue)
                if not found and r.head in _DOCUMENT_WORDS:
                    # "according to a draft seen by DW. … , the document says": that draft
                    found = self._latest(
                        lambda h: h.name.rsplit(None, 1)[-1].lower() in _PAPER_HEADS
                    )
                if (
                    (not found or (found[0].kind == "unnamed" and r.anaphor != "group"))
                    and r.head in _AUTHORS
                    and not (
                        r.anaphor == "group"
                        and m.cue in _GENERAL_CUES
                        # "…, study finds. Researchers say …": its authors, just after it
                        and not (r.head == "researchers" and self._study_near())
                    )
                ):
                    # "the researchers found" after "a study … found" (even when researchers
                    # were cited unnamed before); "Scientists believe" is what the field
                    # thinks, not the study's authors
                    found = self._study() or found
                if not found and r.anaphor in ("definite", "group") and r.head and self.group_owner:
                    found = self._owner_hop(self.group_owner(r.head), m.cue, people=False)
                if not found and r.head in _BODY_STAFF:
                    # "the auditors found" after "the State Audit Office said": its staff
                    staffed = self._latest(partial(_staff_of, _BODY_STAFF[r.head]))
                    found = staffed[:1] if staffed else None
                if not found and r.head in _MANAGERS and self.recent_subject:
                    # "Kaneda Motor will delay the plant, executives said": the company's own
                    subject = self.recent_subject()
                    if subject is not None and subject[1] == self.sentence:
                        o = read_source(subject[0])
                        if o.anaphor is None and o.kind in ("organisation", "person"):
                            found = (Hop(o.name, "organisation", None, None, r.head),)
                by_name = False
                # "the government's press service": the body named, not its press office
                said_as = r.name if " press " in m.text else m.text
                noun = said_as.rsplit(None, 1)[-1].lower() if said_as else ""
                if (
                    not found
                    and r.anaphor in ("organisation", "agency", "outlet", "government")
                    and noun.isalpha()
                    and noun not in _GENERIC_BODIES
                ):
                    # "according to the think tank" after "ISW, a Washington-based think
                    # tank, assessed": the source described with that very noun
                    found = self._find_head(noun, inner=False, people=False)
                    if found is not None and (found[0].kind == "unnamed" or _MATCHED in found):
                        found = None  # "a charity", "people at the club": no name to give
                    by_name = found is not None
                if (
                    not found
                    and r.anaphor == "organisation"
                    and (" " in r.name or r.name in _NAMED_BY_HEAD)
                    and r.name.islower()
                    and self.full_name
                ):
                    # "the fire company" after "the Harlow Volunteer Fire Company": the name
                    # that ends in the same words, even when it was never cited before
                    found = self._owner_hop(self.full_name(r.name.title()), m.cue)
                    by_name = found is not None
                if (
                    not found
                    and r.anaphor == "person"
                    and self.recent_person
                    # "he", "she", "the Democrat": a person, not a role to look up; "the judge"
                    # after "Judge Kenneth Lau set …": the title the text gave that person
                    and (m.text.lower() in ("he", "she") or r.head is None or r.head in ROLE_WORDS)
                ):
                    near = self.recent_person()
                    if (
                        near is not None
                        and near[1] > self._last_person_sentence()
                        and self._fits(near[0], m.text)
                        and (
                            r.head is None
                            or r.head not in ROLE_WORDS
                            or self.titled(r.head, near[0])
                            or near[0].lower().startswith(r.head + " ")
                        )
                    ):
                        found = self._owner_hop(near[0], m.cue)
                if not found and r.head in SPEAKERS_FOR:
                    # "the spokesperson said" after "A spokesperson for the trust said": the
                    # body spoken for, even when the mention kept only its name
                    found = self._find("body")
                if not found and r.anaphor == "government" and r.name.lower() in _BARE_BODY:
                    found = self._body_by_head(r.name.lower(), m.cue)
                if (
                    not found
                    and r.anaphor in ("agency", "government")
                    and " " in r.name
                    and r.name.islower()
                    and self.full_name
                ):
                    # "the weather service" after "the National Weather Service" was named
                    found = self._owner_hop(self.full_name(r.name.title()), m.cue)
                if not found and r.anaphor == "report" and self.paper_maker is not None:
                    made = self.paper_maker(m.text.rsplit(None, 1)[-1].lower())
                    if made is not None and (not self.chain_at or made[1] > self.chain_at[-1]):
                        found = self._owner_hop(made[0], m.cue)
                        if found and found[0].kind == "person":
                            found = (replace(found[0], kind="organisation"),)  # a paper's maker
                if (
                    r.anaphor != "definite"
                    and not (r.anaphor == "person" and r.head in _DOCUMENTS)
                    and not _posted_role(r, m.text)
                ):
                    # "the memo" is nobody's words but its writer's: never the last person
                    found = found or self._find(r.anaphor, m.text)
                if (
                    (not found or found[0].kind != "outlet")
                    and r.anaphor == "outlet"
                    and self.outlet_named is not None
                ):
                    # "The newswire noted …" after "told the TASR newswire": an outlet the
                    # text named without citing it
                    kind_word = r.name.rsplit(None, 1)[-1].lower()
                    # "the paper" may be a scientist's or the cabinet's, no newspaper
                    outlet = self.outlet_named(kind_word) if kind_word != "paper" else None
                    found = (Hop(outlet, "outlet"),) if outlet else found
                proper = (
                    [
                        t
                        for t in r.name.split()[:-1]
                        if t[:1].isupper() and t.isalpha() and not t.lower().endswith(_PLACE_ENDS)
                    ]
                    if r.anaphor == "organisation" and found and "-based" not in m.text
                    else []
                )
                if proper and found and not any(t.lower() in found[0].name.lower() for t in proper):
                    # "The Clinton campaign said" after other Republicans spoke: the campaign
                    # its own name says, cited before or new
                    owned = self._latest(partial(_names_it, word=proper[0].lower()))
                    if not owned or owned[0].kind == "person":
                        hops.append(self._named_hop(m, replace(r, anaphor=None)))
                        continue
                    found = owned[:1]
                head = r.name.lower()
                spoken_for = r.description in SPEAKERS_FOR and m.text[:2].lower() in ("a ", "an")
                if (
                    found
                    and r.anaphor == "organisation"
                    and head in _NAME_HEADS
                    and (
                        _other_body(found[0], head)
                        or (spoken_for and not _named_as(found[0], head))
                    )
                ):
                    if spoken_for:
                        # "a school spokesman told the Journal", no school named before: unnamed
                        hops.append(
                            Hop(
                                m.text,
                                "unnamed",
                                m.cue,
                                m.date,
                                m.description,
                                m.text,
                                m.start,
                                m.end,
                            )
                        )
                        continue
                    # "The party said" after the Bank of Korea: the party named before, or one
                    # of its own
                    same_kind = self._latest(partial(_named_as, head=head))
                    if not same_kind:
                        hops.append(self._named_hop(m, replace(r, anaphor=None)))
                        continue
                    found = same_kind[:1]
                if found and m.text.lower() in _GENDERED:
                    # "“…,” she said": what the text calls this person from now on
                    person = next((h for h in found if h.kind == "person"), None)
                    if person is not None:
                        self.gender.setdefault(person.name, _GENDERED[m.text.lower()])
                if found and r.anaphor == "agency" and " " in r.name and found[0].kind == "outlet":
                    # "the customs agency was quoted" after VNA quoted the customs department:
                    # the agency its word names, when the text named one
                    found = self._agency_named(r.name.split()[0].lower()) or found
                if found and r.anaphor == "government":
                    found = self._same_body(r.name, found)
                    if found is None:
                        # "the unification ministry" after the JCS: a body of its own
                        hops.append(self._named_hop(m, replace(r, name=r.name.title())))
                        continue
                if r.anaphor == "organisation" and self.recent_subject and not by_name:
                    # "Halvorsen ... has won contracts. The company said ...": a company that
                    # was the subject after the last company source is the one meant
                    subject = self.recent_subject()
                    if subject and m.cue == "according to" and subject[1] == self.sentence:
                        # "Ardent offered 520p, according to a statement the group released":
                        # whoever the words are about is not who gave them
                        subject = None
                    if subject and " " not in subject[0] and people_noun(subject[0]):
                        subject = None  # "Fishermen lost a day's catch": people, no company
                    if subject and (
                        found is None
                        or found[0].kind == "outlet"  # "the club" is not the paper that wrote
                        or subject[1] > self._last_org_sentence()
                        # the company the article is about, named far more often than a
                        # data provider cited since: "Corvane … according to LSEG … the company"
                        or (
                            self.salience is not None
                            and self.salience(subject[0]) > 2 * self.salience(found[0].name)
                        )
                    ):
                        o = read_source(subject[0])
                        # "Frontline Atlas has documented …, the group said": a two-word name
                        # is a person only by default; in its own sentence the noun settles it
                        here = subject[1] == self.sentence and o.kind == "person"
                        if o.anaphor is None and (
                            o.kind in ("organisation", "outlet", "agency") or here
                        ):
                            found = (Hop(o.name, "organisation"),)
                if (
                    not found
                    and r.anaphor == "organisation"
                    and noun in _COMPANY_NOUNS
                    and (co := self.main_company()) is not None
                ):
                    # "the company now expects …" where no company spoke before: the one the
                    # article is about ("Shares of Brightway Home Inc. fell …")
                    found = (Hop(co, "organisation"),)
                if found and _MATCHED in found:
                    # "the officials said" after "X reported, citing officials": X's officials
                    k = found.index(_MATCHED)
                    h = found[k + 1]
                    h = _cited_as(h, m, m.date)
                    hops.extend((*found[:k], h) if i == 0 else (h,))
                    continue
                if found:
                    if i and r.anaphor == "person" and found[0].kind != "person":
                        found = found[-1:]  # "TASS quoted her": the person TASS quoted before
                    first = _cited_as(found[0], m, m.date or found[0].date)
                    if i == 0:
                        hops.extend((first, *found[1:]))
                    else:
                        hops.append(first)
                    continue
                if (r.description or "").startswith("spokes"):
                    # "an agency spokesperson" after "The Environment Agency fined …"; "a
                    # company spokesman" with no company named before: unnamed, as written
                    full = self.full_name(r.name.title()) if self.full_name else None
                    owner = self._owner_hop(full, m.cue) if full else None
                    if owner:
                        hops.append(replace(owner[0], description=r.description))
                        continue
                    hops.append(Hop(m.text, "unnamed", m.cue, m.date, None, m.text, m.start, m.end))
                    continue
                hops.append(
                    Hop(r.name, r.kind, m.cue, m.date, m.description, m.text, m.start, m.end)
                )
                continue
            gave = (
                _GAVE_NAME.search(m.description) if r.kind == "unnamed" and m.description else None
            )
            if gave is not None:
                # "Another resident, who gave his name only as Mr Brown, said": that name
                who = gave.group("name") or gave.group("alt")
                named = SourceName(who, "person", r.name, None)
                hops.append(self._named_hop(replace(m, description=None), named))
                continue
            if r.kind == "unnamed":
                known = self._shortened(r.name) if r.name[:4] == "the " else None
                if known is not None:
                    # "the coast guard" after "the Hellenic Coast Guard" said something
                    hops.append(
                        replace(
                            known, cue=m.cue, date=m.date, mention=m.text, start=m.start, end=m.end
                        )
                    )
                    continue
                hops.append(
                    Hop(r.name, "unnamed", m.cue, m.date, m.description, m.text, m.start, m.end)
                )
                continue
            if (
                r.kind in ("government", "agency")
                and " " in r.name
                and r.name.islower()
                and self.full_name is not None
                and (full := self.full_name(r.name.title())) is not None
                and (owner := self._owner_hop(full, m.cue)) is not None
            ):
                # "the regional council said" after "commissioned by the Otago Regional
                # Council": the body the text named in full
                hops.append(replace(owner[0], mention=m.text, start=m.start, end=m.end))
                continue
            hops.append(self._named_hop(m, r))
        if (
            len(hops) > 1
            and hops[0].kind == "outlet"
            and hops[0].cue in _LEARNED
            and self.in_chrome(hops[0].name)
        ):
            hops.pop(0)  # "Anadolu learned from diplomatic sources", on Anadolu's own page
        elif (
            len(hops) == 1
            and hops[0].kind in ("outlet", "organisation")
            and hops[0].cue in _UNDERSTANDS
            and self.in_chrome(hops[0].name)
        ):
            hops.pop()  # "Stuff understands the council …", on Stuff's own page: its own word
        # "the Riksbank said, adding that it expected …": the same source twice is one hop
        out = (
            tuple(hops)
            if len(hops) < 2
            else tuple(h for k, h in enumerate(hops) if not k or h.name != hops[k - 1].name)
        )
        if out:
            self.chains.append(out)
            self.chain_at.append(self.sentence)
        return out

    def _same_body(self, name: str, found: tuple[Hop, ...]) -> tuple[Hop, ...] | None:
        """``found`` when it can be the body "the health ministry" names, else an earlier chain
        that can, else None (a ministry never named before)."""
        mod = name.split()[0].lower() if " " in name else ""
        head = name.rsplit(None, 1)[-1].lower()
        if head == "government" and not _GOVERNMENT.search(found[0].name):
            # "the government's press service" after the Air Force or an emergency service:
            # the government named as such, or none named yet
            named = self._latest(lambda h: _GOVERNMENT.search(h.name) is not None)
            return named[:1] if named else None
        if head in _BARE_BODY and not any(
            head in f"{h.name} {h.mention or ''}".lower() for h in found[:1]
        ):
            # "ministry data" after the central bank was cited: a ministry cited before, or none
            named = self._latest(lambda h: head in f"{h.name} {h.mention or ''}".lower())
            return named[:1] if named else None
        if (
            head not in _BARE_BODY
            and head != "government"
            and not any(head in f"{h.name} {h.mention or ''}".lower() for h in found[:1])
        ):
            return None  # "the regional health directorate" after the Health Ministry: its own
        if not mod or mod in _GENERIC_MODS:
            return found

        def fits(h: Hop) -> bool:
            return mod in f"{h.name} {h.mention or ''} {h.description or ''} {h.aliases}".lower()

        if fits(found[0]):
            return found
        for ch in reversed(self.chains[-_LOOKBACK:]):
            if ch and fits(ch[0]):
                return ch[:1]
        return None

    def _agency_named(self, mod: str) -> tuple[Hop, ...] | None:
        """The latest source whose name holds ``mod`` ("customs" for the General Department of
        Customs), for "the customs agency" after a news agency; None to keep the latest."""
        if mod in _GENERIC_MODS or not mod.isalpha():
            return None
        for ch in reversed(self.chains[-_LOOKBACK:]):
            for k, h in enumerate(ch):
                if h.kind in ("agency", "government", "organisation") and mod in h.name.lower():
                    return ch[: k + 1]
        return None

    def _shortened(self, name: str) -> Hop | None:
        """The body a lowercase "the coast guard" shortens: a named source whose name ends in
        those words, cited lately."""
        tail = " " + name[4:].lower()
        if " " not in tail.strip():
            return None  # one word ("the board") is too little to go on
        for ch in reversed(self.chains[-_LOOKBACK:]):
            for h in ch:
                if h.kind not in ("person", "unnamed") and h.name.lower().endswith(tail):
                    return h
        return None

    def _last_org_sentence(self) -> int:
        return self._last_sentence("organisation", "outlet", "agency", "government")

    def _last_person_sentence(self) -> int:
        """The sentence of the latest chain naming a person anywhere ("…, according to TASS"
        puts the speaker second)."""
        for ch, at in zip(reversed(self.chains), reversed(self.chain_at), strict=True):
            if ch and (
                ch[0].kind == "person" or (ch[0].kind == "outlet" and ch[-1].kind == "person")
            ):
                return at
        return -1

    def _last_sentence(self, *kinds: str) -> int:
        """The sentence of the latest chain whose first source is of one of these kinds."""
        for ch, at in zip(reversed(self.chains), reversed(self.chain_at), strict=True):
            if ch and ch[0].kind in kinds:
                return at
        return -1


def apply_renames(claims: list[Claim], renames: dict[str, tuple[str, SourceKind]]) -> list[Claim]:
    """Give every hop of a described source the name the text later revealed."""
    if not renames:
        return claims
    out = []
    for c in claims:
        if any(h.name in renames for h in c.chain):
            chain = tuple(
                replace(h, name=renames[h.name][0], kind=renames[h.name][1])
                if h.name in renames
                else h
                for h in c.chain
            )
            c = replace(c, chain=chain)
        out.append(c)
    return out


def _no_article(name: str) -> str:
    """ "a three-judge panel" -> "three-judge panel"."""
    for art in ("a ", "an ", "the "):
        if name.startswith(art):
            return name[len(art) :]
    return name
