"""Turn a source mention as written into a canonical name, a source kind and a description.

"Kremlin spokesman Dmitry Peskov" -> ("Dmitry Peskov", person, "Kremlin spokesman");
"sources familiar with the matter" -> unnamed; "the outlet" -> an anaphor that coref resolves.
Only general word lists live here, never names of particular sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from provenance.extract.cues import UNNAMED_HEAD, WHITESPACE
from provenance.extract.lexicon import words
from provenance.extract.types import SourceKind

# Words that name a role or title; a capitalised name after the last of them is the person.
ROLE_WORDS = frozenset(
    words(
        "director-general secretary-general attorney-general auditor-general governor-general "
        "secretary minister president chairman chairwoman chairperson chair director spokesman "
        "spokeswoman spokesperson senator representative governor general chief ambassador "
        "commissioner mayor judge justice speaker leader chancellor premier officer executive "
        "ceo cfo coo cto head commander colonel lieutenant captain admiral sergeant major "
        "brigadier brig commodore corporal "
        "deputy adviser advisor analyst economist professor candidate nominee appointee "
        "controller founder rival rapporteur comptroller ombudsman registrar "
        "provost rector warden constable assessor clerk "
        "cofounder co-founder partner attorney lawyer prosecutor counsel aide strategist "
        "pollster manager editor correspondent reporter columnist author researcher scientist "
        "expert official envoy diplomat negotiator lawmaker congressman congresswoman "
        "councilman councilwoman councillor member treasurer inspector superintendent "
        "sheriff marshal pope king queen "
        "prince princess sheikh emir ayatollah cardinal bishop rabbi imam dr mr mrs ms prof "
        "rep sen gov gen lt col capt adm sgt atty hon pres sec supt insp coach host anchor "
        "frontman frontwoman actress actor singer rapper musician comedian comic writer "
        "activist businessman businesswoman billionaire entrepreneur investor philanthropist "
        "teacher student delegate organizer commentator pundit historian filmmaker producer "
        "novelist poet artist doctor nurse pastor reverend chef blogger mep mp assemblyman "
        "assemblywoman legislator mla mlc corporator"
    )
)
_OUTLET_HEADS = frozenset(words("newspaper broadcaster daily tabloid weekly magazine website"))
# lowercase words between an outlet's name and its kind: "the Kan public broadcaster"
_OUTLET_MODIFIERS = frozenset(
    words("news public state private national daily weekly online television radio business")
)
_LOWER_OUTLETS = frozenset(words("dpa"))  # an outlet that writes its name in lower case
_KIND_ENDS = (" outlet", " newspaper", " broadcaster", " daily", " agency", " website")
DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "ic", "i", "an")
_PARTY_MEMBER = frozenset(
    f"the {p}" for p in words("democrat republican conservative liberal socialist independent")
)
_SUPERLATIVE_PAPER = frozenset(
    words("largest biggest first largest-ever first-ever only longest broadest")
)
_RESEARCH_HEADS = frozenset(
    words("study paper analysis survey review trial audit report inquiry investigation probe")
)
# "Kim's sister Kim Yo-jong", "his widow Ann Lee": a relation, then the person's name
_RELATIONS = frozenset(
    words(
        "sister brother wife husband son daughter mother father widow widower niece nephew "
        "cousin uncle aunt grandson granddaughter grandmother grandfather partner fiancee fiance"
    )
)
_HONORIFICS = frozenset(words("mr mrs ms miss dr prof sir dame mx"))

OUTLET_WORDS = frozenset(
    words(
        "times post news journal tribune herald gazette daily telegraph guardian observer "
        "independent express mirror sun standard chronicle examiner courier inquirer dispatch "
        "bulletin review magazine weekly radio tv television broadcaster broadcasting channel "
        "network newspaper paper outlet website site blog wire media press pravda izvestia "
        "kommersant vedomosti monitor politico axios bloomberg reuters cnn bbc nbc abc cbs "
        "fox msnbc npr pbs afp ap xinhua tass interfax ria yonhap kyodo anadolu efe ansa dpa "
        "upi nk"
    )
)
AGENCY_WORDS = frozenset(
    words(
        "agency intelligence service services police bureau fbi cia nsa nis mi5 mi6 gchq fsb "
        "svr gru sbu kgb mossad directorate inspectorate authority authorities regulator "
        "commission watchdog guard customs board"
    )
)
GOVERNMENT_WORDS = frozenset(
    words(
        "ministry department government kremlin cabinet parliament congress senate house staff "
        "administration embassy consulate council presidency pentagon military army navy "
        "forces force command duma assembly office state states republic kingdom federation "
        "province ministries court tribunal"
    )
)
ORG_WORDS = frozenset(
    words(
        "inc corp corporation co ltd llc plc company companies group bank university "
        "city united fc rovers athletic wanderers "
        "institute academy foundation association union federation party committee campaign "
        "organization organisation center centre fund trust society club league firm airlines "
        "motors holdings partners capital technologies systems labs laboratories hospital "
        "school college coalition alliance movement network energy oil gas power airline "
        "hydrogen solar health healthcare pharma pharmaceuticals steel mining resources telecom "
        "communications "
        "entertainment foods insurance financial bancorp securities investments industries "
        "international global solutions software networks electric petroleum chemicals "
        "logistics shipping automotive therapeutics biotech utility utilities retail brands "
        "ventures enterprises consulting automation robotics aerospace semiconductor "
        "semiconductors electronics motor airways railways shipyards packaging brewing "
        "construction engineering materials healthcare properties hotels project initiative "
        "water fintech lifesciences biosciences sciences pharmachem generics diagnostics devices "
        "medical minerals metals mines chemical watch observatory portal platform marketplace "
        "ferries transit buses cruises tours"
    )
)
COUNTRY_LIKE = frozenset(
    words(
        "russia ukraine china japan korea america britain france germany india iran iraq "
        "israel syria turkey poland moscow kyiv kiev beijing washington london paris berlin "
        "tokyo seoul pyongyang tehran jerusalem ankara brussels nato eu"
    )
)
# the world's countries (and a few places written like them): "Chile's Codelco"
COUNTRIES = frozenset(
    words(
        "afghanistan albania algeria andorra angola argentina armenia australia austria "
        "azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan "
        "bolivia botswana brazil britain brunei bulgaria burundi cambodia cameroon canada chad "
        "chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti "
        "dominica ecuador egypt eritrea estonia eswatini ethiopia europe fiji finland france "
        "gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti "
        "honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan "
        "jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho "
        "liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives "
        "mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro "
        "morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria "
        "norway oman pakistan palau palestine panama paraguay peru philippines poland portugal "
        "qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia "
        "slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan "
        "tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda ukraine "
        "uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe america "
        "korea kinshasa"
    )
) | frozenset(
    (
        "south korea",
        "north korea",
        "south africa",
        "saudi arabia",
        "new zealand",
        "sri lanka",
        "costa rica",
        "el salvador",
        "united states",
        "the united states",
        "the us",
        "the u.s.",
        "the uk",
        "the netherlands",
        "the philippines",
        "hong kong",
        "papua new guinea",
        "north macedonia",
        "bosnia and herzegovina",
        "czech republic",
        "dominican republic",
        "ivory coast",
        "south sudan",
        "east timor",
        "trinidad and tobago",
        "united arab emirates",
        "the uae",
    )
)

# one person described, not named: "the daughter of one patient", "a witness"
PERSON_NOUNS = frozenset(
    words(
        "daughter son mother father wife husband sister brother woman man girl boy resident "
        "witness neighbour neighbor patient student teacher farmer driver survivor victim "
        "relative friend parent nurse doctor worker employee owner passenger fan mourner "
        "official source investigator detective engineer campaigner volunteer shopkeeper "
        "paramedic firefighter midwife pharmacist technician mechanic electrician fisherman "
        "villager pensioner retiree landlord tenant homeowner commuter protester critic "
        "chairperson whip coordinator administrator organiser organizer planner"
    )
)
_PLURAL_GENERIC = frozenset(
    words(
        "officials sources people analysts experts observers critics residents witnesses "
        "authorities authors investigators researchers scientists economists diplomats lawmakers "
        "legislators insiders aides advisers advisors reports documents data figures "
        "estimates polls surveys studies records statistics voters supporters opponents "
        "republicans democrats conservatives liberals activists members leaders officers "
        "soldiers troops police prosecutors lawyers attorneys doctors medics workers "
        "employees staff executives investors traders bankers commentators pundits observers "
        "media outlets newspapers others many some most several few both all inspectors "
        "auditors regulators rescuers firefighters paramedics nurses teachers parents "
        "students patients families tenants neighbors neighbours shoppers customers "
        "passengers survivors villagers plaintiffs friends rivals foes donors veterans "
        "lobbyists"
    )
)
_SINGULAR_GENERIC = frozenset(
    words(
        "source official person spokesman spokeswoman spokesperson analyst expert observer "
        "insider aide adviser advisor diplomat witness resident investigator researcher "
        "report statement study survey poll document memo letter filing prospectus postmortem "
        "post-mortem"
    )
)

ANAPHOR_NOUNS: dict[str, str] = {
    "outlet": "outlet",
    "newspaper": "outlet",
    "paper": "outlet",
    "daily": "outlet",
    "magazine": "outlet",
    "broadcaster": "outlet",
    "channel": "outlet",
    "website": "outlet",
    "site": "outlet",
    "publication": "outlet",
    "newswire": "outlet",
    "portal": "outlet",
    "tabloid": "outlet",
    "network": "outlet",
    "report": "report",
    "article": "report",
    "story": "report",
    "statement": "report",
    "communique": "report",
    "communiqu\u00e9": "report",
    "agency": "agency",
    "service": "agency",
    "bureau": "agency",
    "regulator": "agency",
    "auditor": "agency",
    "ministry": "government",
    "cabinet": "government",
    "department": "government",
    "directorate": "government",
    "government": "government",
    "administration": "government",
    "embassy": "government",
    "office": "government",
    "company": "organisation",
    "trust": "organisation",
    "tank": "organisation",
    "firm": "organisation",
    "group": "organisation",
    "maker": "organisation",
    "manufacturer": "organisation",
    "giant": "organisation",
    "retailer": "organisation",
    "carrier": "organisation",
    "lender": "organisation",
    "bank": "organisation",
    "automaker": "organisation",
    "producer": "organisation",
    "operator": "organisation",
    "provider": "organisation",
    "developer": "organisation",
    "startup": "organisation",
    "conglomerate": "organisation",
    "corporation": "organisation",
    "insurer": "organisation",
    "chain": "organisation",
    "organization": "organisation",
    "organisation": "organisation",
    "party": "organisation",
    "campaign": "organisation",
    "union": "organisation",
    "society": "organisation",
    "association": "organisation",
    "federation": "organisation",
    "institute": "organisation",
    "foundation": "organisation",
    "study": "report",
    "audit": "report",
    "review": "report",
    "utility": "organisation",
    "airline": "organisation",
    "chipmaker": "organisation",
    "drugmaker": "organisation",
    "miner": "organisation",
    "brewer": "organisation",
    "publisher": "organisation",
    "owner": "organisation",
    "supplier": "organisation",
    "platform": "organisation",
    "exchange": "organisation",
    "distributor": "organisation",
    "survey": "report",
    "poll": "report",
    "club": "organisation",
    "side": "organisation",
    "team": "organisation",
    "franchise": "organisation",
    "studio": "organisation",
    "label": "organisation",
    "brand": "organisation",
    "business": "organisation",
    "store": "organisation",
    "outfit": "organisation",
    "consortium": "organisation",
    "brokerage": "organisation",
    "app": "organisation",
    "consultancy": "organisation",
    "notice": "report",
    "reply": "report",
    "response": "report",
    "submission": "report",
    "circular": "report",
    "directive": "report",
    "decree": "report",
    "analysis": "report",
    "estimate": "report",
    "fund": "organisation",
    "investor": "organisation",
    "hospital": "organisation",
    "school": "organisation",
    "university": "organisation",
    "charity": "organisation",
    "nonprofit": "organisation",
    "watchdog": "agency",
    "authority": "agency",
    "force": "agency",
    "constabulary": "agency",
    "gendarmerie": "agency",
    "inspectorate": "agency",
}
_AGE_LEAD = re.compile(
    r"(?:[Aa]n?\s|[Tt]he\s)?(\d{1,3}-year-old)\s(?:(?=[A-ZÀ-ÞĀ-ɏ])|(?P<low>[a-z][\w-]*$))"
)
# who speaks for a body on the record
SPEAKERS_FOR = frozenset(words("spokesperson spokesman spokeswoman"))
_DETERMINERS = frozenset(
    words("the a an some many several two three four five most other one another")
)
_ORG_HEADS: dict[str, SourceKind] = {
    "board": "government",
    "council": "government",
    "committee": "organisation",
    "court": "government",
    "jury": "government",
    "tribunal": "government",
    "panel": "government",
    "commission": "government",
    "office": "government",
    "authority": "agency",
    "inspectorate": "agency",
    "police": "agency",
    "group": "organisation",
    "association": "organisation",
    "union": "organisation",
    "institute": "organisation",
    "university": "organisation",
    "team": "organisation",
}
PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "i": "person",
    "it": "it",
    "they": "plural",
    "we": "plural",
    "you": "plural",
    "who": "person",
    "which": "it",
    "this": "it",
    "that": "it",
}

_TOKEN = re.compile(r"[^\s,]+")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
# spaces, punctuation and quotes around a mention
_JUNK_CHARS = WHITESPACE + ",.;:\"'\u201c\u201d\u2018\u2019()[]\u2014\u2013-"
_PAREN_ALIAS = re.compile(r"\s*\(([A-Z\u00c0-\u00de\u0130\u0100-\u017f][\w&.\u0130]{1,9})\)\s*$")
_REPORT_OF = re.compile(
    r"^(?:(?:an?|the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?|(?:(?:federal|official"
    r"|government|provincial|state|national|new|latest|preliminary|provisional|public)\s+)?"
    r"(?=(?:data|figures|statistics|numbers|analysis)\s))(?:report|article|data|figures|statistics"
    r"|numbers"
    r"|story|analysis|investigation|interview|statement|poll|survey|study|estimate|estimates|results"
    r"|assessment|review|audit|letter|memo|filing|forecast|projection|calculation|tally|count"
    r"|notice|circular|directive|decree)"
    r"\s+(?:(?:prepared|published|released|conducted|compiled|issued|written|"
    r"produced|posted|filed|sent|carried\sout)\s+"
    # "released Tuesday by", "published last week by"
    r"(?:(?:(?:on|in)\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday|(?:last|this|earlier\sthis)\s(?:week|month|year)|(?:January|February|March"
    r"|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2}"
    r"(?:st|nd|rd|th)?)?(?:,?\s\d{4})?)\s+(?=by\s))?)?"
    r"(?:by|from|in|of|on)\s+(.+)$",
    re.IGNORECASE,
)

# who made a paper, at the end of its description: "… published in August by the Valley Fund"
_MADE_BY_AT_END = re.compile(
    r"\s(?:carried\sout|conducted|commissioned|compiled|published|released|produced|prepared)"
    r"(?:\s(?:in|on|last|this|earlier)\s[\w\s,]{1,30}?)?\sby\s"
    r"((?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*(?:\s(?:of\s|and\s|for\s)?[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*){0,6})$"
)
_BODIES = frozenset(("agency", "government", "organisation", "outlet"))
# "Pooja Kumari from Samastipur": a name, then where the person comes from
_NAME_FROM_PLACE = re.compile(
    r"(?P<name>[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+){1,2})\s"
    r"(?P<desc>from\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019 -]{1,40})"
)
# a paper known by its initials, then how it came about: "the FIR registered at … on 4 March"
_PAPER_PARTICIPLE = re.compile(
    r"(?:(?:an?|the)\s)?(?P<name>[A-Z]{2,6})\s(?P<desc>(?:registered|filed|lodged|issued|published"
    r"|released|signed|dated|submitted|obtained|seen)\s.+)"
)
# a headline's paper, capitalised only as its first word: "Leaked review", "Unpublished report"
_LEAKED_PAPER = re.compile(
    r"((?:Leaked|Unpublished|Confidential|Internal|Secret|Draft|Classified)(?:\s[a-z]+)?)\s"
    r"(review|report|audit|memo|study|survey|document|documents|letter|files|data|emails|analysis)"
)
# papers whose "of" names what they examine: "an audit of the fund", "a review of the scheme"
_EXAMINED_OF = re.compile(
    r"\b(audit|review|investigation|inquiry|probe|assessment|evaluation|examination)\sof\s$",
    re.IGNORECASE,
)
# a paper and who issued it, "that" left out: "a statement the group released to …"
_DOC_WHO_ISSUED = re.compile(
    r"(?:an?|the)\s(?:[\w-]+\s)?(?:statement|report|filing|letter|note|notice|release"
    r"|announcement)\s(?P<who>(?:the\s|its\s)?[\w.&'\u2019-]+(?:\s[\w.&'\u2019-]+){0,4}?)"
    r"\s(?:released|issued|published|sent|filed|posted|made|gave|put\sout)\b"
)
# an elected member by seat: "Independent TD for Cork South-Central Seán Ó Murchú"
_ROLE_FOR_PLACE = re.compile(
    r"(?:[A-ZÀ-ÞĀ-ɏ][\w-]*\s)?(?:MP|TD|MSP|MLA|MEP|MS|MHA|MNA|MPP|Senator|Congressman|Congresswoman"
    r"|Representative|Councillor|Councilor|Assemblyman|Assemblywoman)\sfor\s"
    r"(?P<rest>(?:[A-Z\u00c0-\u024f][\w'\u2019.-]*\s?){3,7})$"
)
_POLLED_BY = re.compile(
    r"(?i:analysts|economists|experts|traders|strategists)\s(?:polled|surveyed)\sby\s(.+)"
)
_FORECAST_COMPILERS = frozenset(
    ("factset", "lseg", "refinitiv", "zacks", "visible alpha", "fnguide", "lseg data & analytics")
)
# papers a qualifier names: "securities filings", "city council records"
_QUALIFIED_PAPERS = frozenset(words("filings records minutes transcripts memo filing"))
# "Deputy Minister for Climate Crisis and Civil Protection Stelios Karamanolakis"
_MINISTER_FOR = re.compile(
    r"(?:(?:Deputy|Junior|Acting|State|Shadow|Executive)\s)?(?:Minister|Secretary|Commissioner"
    r"|Vice-President|Vice\sPresident)\s(?:for|of)\s"
    r"(?P<rest>(?:(?:and|of|the|for)\s|[A-Z\u00c0-\u024f][\w'\u2019.-]*,?\s?){3,12})$"
)


def _demonym(word: str) -> bool:
    """ "British", "Chinese": one word naming where, not who."""
    return " " not in word and word.endswith(DEMONYM_ENDS)


_POSSESSIVE_PRONOUNS = frozenset(words("his her their its our my"))
_PARTICLES = frozenset(words("de da van von al bin mac mc le la del di du"))
_LEAD_ARTICLE = re.compile(r"^(?:an?|the)\s", re.IGNORECASE)
_PAPERS = frozenset(
    words(
        "memo memos records documents document letter letters emails email report draft "
        "files filings data figures notes minutes contract contracts agreement plan papers"
    )
)
# the outlet that saw a paper: "… reviewed by Axios", "… seen by Reuters"
_SEEN_BY = re.compile(
    r"\s(?:reviewed|seen|obtained|viewed)\sby\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][^,]*$"
    # "a 2023 facilities assessment commissioned by the district": the paper, not who paid
    r"|\scommissioned\sby\s[^,]+$"
)
# a body's own survey or count, named by the body before the noun
_OWN_RESEARCH = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts)\s(?:(?:latest|new|recent|monthly|annual|weekly|quarterly|separate"
    r"|exclusive|preliminary)\s)*(?P<org>[A-ZÀ-ÞĀ-ɏ][\w.&'-]*(?:\s(?:(?:on|of|for|and)\s)?[A-ZÀ-ÞĀ-ɏ][\w.&'-]*)"
    r"{0,3})(?P<acr>\s\([A-Z]{2,8}\))?"  # "a Commission on Audit (COA) report"
    r"\s(?:survey|poll|tally|count|analysis|investigation|review|estimate|calculation|report"
    r"|study|audit|assessment|inspection|evaluation|inquiry|blog\spost|press\srelease|news\srelease"
    r"|advisory|bulletin)(?:\s(?:of|on|into)\s.*|\s(?:released|published|issued"
    r"|presented|submitted|tabled|posted)(?:\s(?!by\b).*)?)?"
)


@dataclass(frozen=True, slots=True)
class SourceName:
    """A mention's reading: canonical name, kind, description; anaphor type if it refers back."""

    name: str
    kind: SourceKind
    description: str | None = None
    anaphor: str | None = None
    alias: str | None = None
    head: str | None = None  # the head noun of a referring description ("source")


def clean_mention(text: str) -> str:
    """Strip surrounding punctuation and quotes from a mention."""
    return text.rstrip(_JUNK_CHARS).lstrip(_JUNK_CHARS)


def _unpossessive(word: str) -> str:
    """ "Russia's" -> "Russia": _POSSESSIVE removed; most words hold no apostrophe at all."""
    if "'" in word or "\u2019" in word:
        return _POSSESSIVE.sub("", word)
    return word


def _is_cap(tok: str) -> bool:
    c = tok[:1]
    return c.isupper() or c.isdigit()


_CORP_LAST = frozenset(words("ltd inc co corp corporation llc plc holdings gmbh ag"))


# words that make a council or federation an industry's own body
_TRADE_WORDS = frozenset(words("trade industry industries business manufacturers producers"))


def _kind_of_words(words: list[str]) -> SourceKind | None:
    low = [w.lower().strip(".'\u2019") for w in words]
    low = [_unpossessive(w) for w in low]
    last = low[-1] if low else ""
    if last in _CORP_LAST:
        return "organisation"  # "China State Railway Group Co., Ltd."
    if low[:1] == ["statistics"] and len(low) == 2:
        return "government"  # "Statistics Canada", "Statistics Sweden": the national office
    if not OUTLET_WORDS.isdisjoint(low[-2:]) or last in OUTLET_WORDS:
        return "outlet"
    if not AGENCY_WORDS.isdisjoint(low):
        return "agency"
    if last in ("council", "federation") and not _TRADE_WORDS.isdisjoint(low):
        return "organisation"  # "the European Vaping Trade Council": a lobby, not a state body
    if not GOVERNMENT_WORDS.isdisjoint(low):
        return "government"
    if not ORG_WORDS.isdisjoint(low):
        return "organisation"
    if len(low) == 1 and last in COUNTRY_LIKE:
        return "government"
    if any(_BRAND.fullmatch(w) for w in words):
        return "organisation"  # "ExxonMobil Guyana", "JPMorgan Chase": no one's name
    return None


# a brand's inner capital ("ExxonMobil", "JPMorgan"); a family name's is no brand's ("McKenzie",
# "MacArthur", "DeShawn", "LaToya", "DiCaprio", "VanDyke")
_BRAND = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|Da|St)[A-Z])[A-Z][a-z]{2,}[A-Z][\w-]*|[A-Z]{2,}[a-z]{2,}[\w-]*"
)


_DATA_WORDS = frozenset(
    words(
        "figures data statistics estimates numbers records documents filing filings report "
        "reports survey poll study analysis statement release forecast projection projections "
        "score scores estimate prospectus bulletin reply response"
    )
)
# prices a market publishes: "swap rates", "futures prices"
MARKET_DATA = frozenset(words("rates prices yields futures swaps"))
# public bodies whose data a text names by their kind alone: "ministry data"
_DATA_KEEPERS = frozenset(("ministry", "department", "government", "agency", "central bank"))
# ... and bodies whose papers it names only with a possessive: "the company's statement"
# ("company filings" are papers of their own)
_PAPER_KEEPERS = frozenset(words("company firm council union regulator watchdog"))
_DATA_OF = re.compile(
    r"(?:the\s|an?\s)?(?P<org>.+?)(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019)?"
    # "Carrow's annual report": what kind of report it is
    r"(?P<which>(?:\s(?:annual|quarterly|monthly|weekly|latest|new|own|internal|final|official"
    r"|most\srecent|separate"
    r"|interim|preliminary|recent|half-year|full-year|first-quarter|second-quarter"
    r"|third-quarter|fourth-quarter|(?:19|20)\d\d))*)"
    r"(?:\s[A-Z]{2,6})?"  # "INEGI's preliminary GDP estimate"
    r"\s(?:" + "|".join(sorted(_DATA_WORDS)) + ")$"
)
_GROUP_AT = re.compile(
    r"(?P<who>(?:[a-z]+\s)?(?:analysts?|economists?|officials?|researchers?|experts?|sources?"
    r"|executives?|spokes\w+|staff|lawyers?|strategists?|scientists?|people|engineers?))"
    r"\s(?:at|from|with|of|in)\s(?P<org>.+)$",
    re.IGNORECASE,
)
# "DBS Bank economists", "Goldman Sachs analysts": a firm's experts, named by the firm
_FIRM_EXPERTS = re.compile(
    r"(?:the\s)?(?P<org>[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*){0,3})"
    r"\s(?P<who>economists|analysts|strategists|researchers|scientists)"
)


def _firm(org: str) -> bool:
    """A body's name, not a people's or a place's: "DBS Bank", "Nomura", not "Western", "US"."""
    toks = org.split()
    last = toks[-1].lower()
    if last in COUNTRY_LIKE or (len(last) > 3 and last.endswith((*DEMONYM_ENDS, "ern"))):
        return False
    if len(toks) > 1:
        return True
    # one word: an acronym ("UBS") or a name with inner capitals ("JPMorgan"); "Industry
    # analysts" opens a sentence with a common noun
    word = toks[0]
    return (word.isupper() and len(word) > 2) or any(c.isupper() for c in word[1:])


_HEAD_STOP = frozenset(words("of at in for from with on near who which that whose to by"))


def _drop_owner(toks: list[str]) -> str:
    """ "city's public works department" -> "public works department"."""
    if len(toks) > 2 and toks[0].islower() and _POSSESSIVE.search(toks[0]):
        toks = toks[1:]
    return " ".join(toks)


def _head_index(toks: list[str]) -> int:
    """Index of the head noun: the last word before a preposition, participle or relative."""
    for i, t in enumerate(toks[1:], 1):
        low = t.lower()
        if low == "of" and _owner_after(toks, i):
            continue  # "the secretary of state's office": the office is the head
        if low in _HEAD_STOP or (t.islower() and low.endswith(("ing", "ed")) and i > 1):
            return i - 1
    return len(toks) - 1


def _owner_after(toks: list[str], i: int) -> bool:
    """Whether a bare possessive follows toks[i], a noun after it: "of state's office" (a
    title that owns the office), not "of the ministry's press office" (its head)."""
    k = i + 1
    if k < len(toks) - 1 and toks[k][:1].islower() and toks[k].lower() not in _DETERMINERS:
        return toks[k].endswith(("'s", "\u2019s"))
    return False


# public bodies a headline names without an article: "…, health ministry says"
_HEADLINE_BODIES = frozenset(words("ministry department government army military"))
# "Saudi-owned", "state-run", "Kremlin-backed" before a name: a description of the body
_OWNED_LEAD = re.compile(
    r"(?:[Tt]he\s)?([A-Za-z]+(?:-[A-Za-z]+)*-(?:owned|run|backed|based|funded|controlled|affiliated"
    r"|linked|aligned|allied))\s+(?=[A-ZÀ-ÞĀ-ɏ])"
)


@lru_cache(maxsize=4096)
def read_source(mention: str) -> SourceName:
    """Read a source mention: name, kind, description, or an anaphor to resolve."""
    lb = _LOWER_BRAND.fullmatch(mention.strip()) if mention[:1].islower() else None
    if lb is not None and (
        lb.group(2) is None or lb.group(2) in _DATA_WORDS | _PAPERS or lb.group(2) == "index"
    ):
        # "according to sun.store", "eBay said", "sun.store's price index": a brand in small
        # letters
        return SourceName(lb.group(1), "organisation", None, None)
    ch = _CONTACT_HEAD.match(mention.strip()) if mention.startswith("a ") else None
    if ch is not None:
        return read_source(mention.strip()[ch.end() :])  # "a move CAP staff [said was …]"
    span = _PAPER_SPAN.fullmatch(mention.strip()) if "ing " in mention else None
    if span is not None:
        return read_source(span.group(1))  # "the BİA Media Monitoring Report covering July-…"
    age = _AGE_LEAD.match(mention) if "-old " in mention else None
    if age is not None and age.group("low") is not None:
        return SourceName(mention.strip(), "unnamed", None, None)  # "a 45-year-old farmer"
    if age is not None:
        # "61-year-old Mao Rith": the age describes the person named after it
        r = read_source(mention[age.end() :])
        if r.kind == "person":
            desc = ", ".join(filter(None, (age.group(1), r.description)))
            return replace(r, description=desc)
    ps = _PRESS_SERVICE.fullmatch(mention.strip()) if "press " in mention else None
    owner = (ps.group("owner") or ps.group("of")) if ps is not None else None
    if owner:
        # "the company's press service", "DTEK's press office": the body speaks
        if owner[:1].islower() and not owner.startswith("the "):
            owner = "the " + owner
        return read_source(owner)
    nf = _NAME_FROM_PLACE.fullmatch(mention.strip()) if " from " in mention else None
    if nf is not None and _read_source(nf.group("name")).kind == "person":
        # "Pooja Kumari from Samastipur": a person, and where she is from
        return SourceName(nf.group("name"), "person", nf.group("desc"), None)
    pp = _PAPER_PARTICIPLE.fullmatch(mention.strip()) if "ed " in mention else None
    if pp is not None and pp.group("name").isupper():
        # "the FIR registered at the EOU police station": the paper, then how it came about
        inner = _read_source(pp.group("name"))
        return SourceName(pp.group("name"), inner.kind, pp.group("desc"), None)
    lp = _LEAKED_PAPER.fullmatch(mention.strip()) if mention[:1] in "CDILSU" else None
    if lp is not None:
        # "Leaked review finds …" (a headline): the paper, and how it came out
        return SourceName(lp.group(2), "organisation", lp.group(1).lower(), None)
    r = _read_source(mention)
    if r.kind != "unnamed" and r.name[:1].islower() and _SOMEONE_AT.match(r.name):
        # "a senior official at the Ministry of Commerce in Gitega": someone unnamed, where
        # they work
        return SourceName(r.name, "unnamed", r.description, None)
    if r.kind not in ("unnamed", "person") and _A_NAME.match(r.name):
        r = replace(r, name=r.name.split(None, 1)[1])  # "an Ontario court": the court
    ch = _CHANNEL_OF.fullmatch(mention.strip()) if " of " in mention else None
    if ch is not None:
        # "the Telegram channel of the State Committee for National Security": the body
        return read_source(ch.group("org"))
    kl = _KIND_LEAD.fullmatch(mention.strip())
    if kl is not None and kl.group("noun")[:1].isupper() and kl.group("desc") != kl.group("noun"):
        kl = None  # "Oklahoma Regulator Orders Hail …": a headline's capitals, not a kind
    if kl is not None:
        # "the state-run insurer Všeobecná zdravotná poisťovňa", "Newspaper El Tiempo": what
        # the body is, then its name
        inner = _read_source(kl.group("name"))
        noun = kl.group("noun").lower()
        kind: SourceKind = (
            "outlet" if noun in _OUTLET_NOUNS else _kind_of_words([noun]) or "organisation"
        )
        alias = kl.group("acr") or inner.alias
        if inner.name.lower() == kl.group("name").lower():
            inner = replace(inner, name=kl.group("name"))  # "Patients First Ireland" as written
        desc = kl.group("desc")
        if desc[:1].isupper() and " " not in desc:
            desc = desc.lower()  # "Newspaper El Tiempo"; "Senegalese daily" keeps its capital
        return SourceName(inner.name, kind, desc, None, alias)
    ak = _ACRONYM_THEN_KIND.fullmatch(mention.strip()) if ") " in mention else None
    if ak is not None:
        # "the main opposition Law and Justice (PiS) party": the name, its acronym, its kind
        noun = ak.group("noun")
        kind = "outlet" if noun in _OUTLET_NOUNS else "organisation"
        desc = " ".join(filter(None, ((ak.group("desc") or "").strip(), noun)))
        return SourceName(ak.group("name"), kind, desc, None, ak.group("acr"))
    cc = _CONTACT_CLAUSE.fullmatch(mention.strip()) if "ed" in mention else None
    if cc is not None:
        # "the 2026 budget the agency tabled Wednesday": the paper, else whoever made it
        paper = read_source(cc.group("doc"))
        if paper.kind != "unnamed" and paper.anaphor is None:
            return paper
        return read_source(cc.group("org"))
    sp = _SPELT_NAME.fullmatch(mention.strip()) if ")" in mention else None
    if (
        sp is not None
        and _spells(sp.group("name"), sp.group("acr"))
        and sp.group("noun") not in ROLE_WORDS  # "the ZFU president", a person
    ):
        if r.kind == "unnamed" and sp.group("name").islower():
            # "its environmental impact assessment (EIA) report": named by its acronym
            return SourceName(sp.group("name"), "organisation", None, None, sp.group("acr"))
        if r.kind == "person":
            # "the Environmental Impact Assessment (EIA) report": no person has initials
            kind = _kind_of_words(sp.group("name").split()) or "organisation"
            return SourceName(sp.group("name"), kind, None, None, sp.group("acr"))
    dp = (
        _DESCRIBED_PAPER.fullmatch(r.name)
        if r.kind == "unnamed" and r.anaphor is None and r.name[:1].islower()
        else None
    )
    if dp is not None:
        # "a budget presentation posted to the district's website", "its most recent audit":
        # a paper, by what it is
        return SourceName(dp.group("doc"), "organisation", r.description, None)
    if (
        r.kind == "unnamed"
        and r.anaphor is None
        and r.name.islower()
        and " " in r.name
        and r.name.rsplit(None, 1)[-1] in _QUALIFIED_PAPERS
        and r.name.split(None, 1)[0] not in _DETERMINERS
        and r.name.split(None, 1)[0] not in ("some", "many", "other", "these", "those", "its")
    ):
        # "according to securities filings", "city council records": papers, by what they are
        return SourceName(r.name, "organisation", r.description, None)
    mf = _MINISTER_FOR.match(r.name) if r.kind == "organisation" and " for " in r.name else None
    if mf is None and r.kind == "organisation" and " of " in r.name:
        mf = _MINISTER_FOR.match(r.name)
    if mf is None and r.kind in ("organisation", "government") and r.name[:9] == "Minister ":
        # "Minister heading the Prime Minister's Office Gergely Gulyás": the post, the holder
        mf = _MINISTER_HEADING.match(r.name)
    if mf is not None:
        # the portfolio's words are unknown: the name is the last two capitalised words
        toks = mf.group("rest").split()
        k = 3 if len(toks) >= 4 and toks[-2].lower() in _PARTICLES else 2
        if len(toks) > k and all(t[:1].isupper() for t in toks[-k:]):
            name = " ".join(toks[-k:])
            return SourceName(name, "person", r.name[: len(r.name) - len(name)].strip(), None)
    return r


_MINISTER_HEADING = re.compile(
    r"Minister\s(?:heading|responsible\sfor|in\scharge\sof|without\sportfolio\sfor)\s(?P<rest>.+)$"
)


# a brand written in small letters: a web address ("sun.store") or camel case ("eBay"),
# perhaps then its paper ("sun.store's monthly price index")
_LOWER_BRAND = re.compile(
    r"([a-z][\w-]*(?:\.[a-z]{2,}[\w-]*)+|[a-z]{1,3}[A-Z][\w-]*)"
    r"(?:['\u2019]s\s(?:[\w-]+\s){0,2}([a-z]+))?"
)
# what a contact clause describes, before who said it: "a move CAP staff said was needed"
_CONTACT_HEAD = re.compile(r"a\s(?:move|step|decision|change|measure|figure|sum|cut|rise)\s(?=\S)")
# a paper's name, then the period it covers: "the Media Monitoring Report covering July-September"
_PAPER_SPAN = re.compile(
    r"(.+?\b(?:Report|Survey|Index|Review|Study|Bulletin|Monitor|Outlook|Census|Barometer))"
    r"\s(?:covering|spanning)\s.+"
)


# a name spelt out before its acronym, perhaps then the paper it names:
# "its environmental impact assessment (EIA) report approved in 2019"
_SPELT_NAME = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s)?(?P<name>[\w'\u2019-]+(?:\s[\w'\u2019-]+){1,6})"
    r"\s\((?P<acr>[A-Z]{2,8})\)(?:\s(?P<noun>[a-z]+)(?:\s[a-z0-9].*)?)?"
)
# the small words an acronym skips: "Department of Health" is "DOH", "DH"
SPELL_SKIP = frozenset(words("of for and the on in to"))


def _spells(name: str, acronym: str) -> bool:
    """Do the words of ``name`` begin with the letters of ``acronym``, in order?"""
    initials = "".join(w[0] for w in name.split() if w.lower() not in SPELL_SKIP).upper()
    return initials == acronym


_LOW_TAIL = re.compile(r"(?:\s[a-z][\w-]*){1,2}$")
_CHANNEL_OF = re.compile(
    r"(?:[Tt]he\s|[Ii]ts\s)?(?:official\s)?(?:(?:Telegram|Facebook|X|Twitter|VK|Instagram|YouTube"
    r"|WhatsApp)\s(?:channel|page|account)|website|web\spage|web\ssite)\sof\s(?P<org>.+)"
)
_SAID_IN = re.compile(r"\s(?:said|says|told|wrote|added)\s")
_ASKING = frozenset(words("survey surveys poll polls"))
# whom a survey asked, after it: "the association's quarterly survey of members"
_ASKED_TAIL = re.compile(
    r"(?:(?<=survey)|(?<=poll))\sof\s(?:its\s)?(?:members|customers|clients|employers|businesses|firms"
    r"|companies|households|adults|voters|residents|\d[\d,]*\s[a-z]+)$"
)
_OUTLET_NOUNS = frozenset(
    words("newspaper daily broadcaster tabloid weekly magazine portal newswire website")
)
_KIND_LEAD = re.compile(
    r"(?:[Tt]he\s)?(?P<desc>(?:(?!(?:from|by|of|in|at|for|to|with|and)\s)[A-Z]?[a-z][\w-]*\s)?"
    r"(?:(?!(?:from|by|of|in|at|for|to|with|and)\s)[a-z][\w-]*\s){0,2}(?P<noun>insurer|lender"
    r"|carrier|producer|miner|retailer|utility|[Nn]ewspaper|daily|[Bb]roadcaster|tabloid|weekly"
    r"|magazine|portal|newswire|website|body|group|[Cc]onsultancy|[Ww]atchdog|[Rr]egulator"
    r"|[Cc]harity|think\stank))\s(?P<name>[A-ZÀ-ÞĀ-ɏ][\w'\u2019&.-]*(?:\s[\w'\u2019&.-]+){0,4})"
    r"(?:\s\((?P<acr>[^)]{2,10})\))?"
)
_ACRONYM_THEN_KIND = re.compile(
    r"(?:[Tt]he\s)?(?P<desc>(?:[a-z][\w-]*\s){0,3})(?P<name>[A-ZÀ-ÞĀ-ɏ][^()]{1,60}?)"
    r"\s\((?P<acr>[A-ZÀ-ÞĀ-ɏ][\w&.-]{1,9})\)\s(?P<noun>party|group|movement|alliance|coalition"
    r"|bloc|union|newspaper|daily|company|firm|bank|insurer|broadcaster|portal)"
)
# a paper, then who made it with no "that": "the report the ministry published last week"
_CONTACT_CLAUSE = re.compile(
    r"(?P<doc>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s(?:[\w$.,-]+\s){0,3}?(?:budget|report|plan"
    r"|study|survey|statement|letter|memo|figures|data|document|documents|filing|review|audit"
    r"|forecast|proposal))\s(?P<org>(?:the|its|their)\s[\w-]+(?:\s[\w-]+)?)"
    r"\s(?:[a-z]+ed|wrote|sent|made|put\sout|drew\sup)\b.*"
)
# what follows an outlet's one-word name: "Report news agency", "Trend news portal"
_OUTLET_TAILS = frozenset(
    ("news agency", "agency", "newspaper", "news portal", "news website", "news site", "daily")
)
_A_NAME = re.compile(r"[Aa]n?\s[A-ZÀ-ÞĀ-ɏ][\w-]*\s[a-z]+$")
_FILED_WITH = re.compile(
    r"(?:[Aa]n?\s|[Tt]he\s)?(?P<doc>(?:[a-z][\w-]*\s)?(?:filing|submission)\s(?:with|to)\s)"
    r"(?P<org>(?:the\s)?[A-Z].+)"
)
# Malaysian and Bruneian honours before a name: "Datuk Seri Azhar Mohd Yunus"
_MALAY_STYLED = re.compile(
    r"(?:^|\s)(?:Tan\sSri|Puan\sSri|Datuk\sSeri|Dato['\u2019]?\sSri|Datuk|Dato['\u2019]?|Datin"
    r"(?:\sPaduka)?|Tun|Toh\sPuan)(?:\s(?:Dr|Haji|Hajah|Ir|Prof)\.?)?\s"
    r"(?P<name>[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s(?:bin|binti|bt|a/l|a/p|[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)){0,4})$"
)
_ISSUED_AT = re.compile(
    r"(?i:the)\s(?P<doc>statement|communiqu[e\u00e9]|release|memo|letter|notice|circular)"
    r"\s(?:issued|released|published|sent|read\sout|distributed)\s(?:after|at|following|during)"
    r"\s[^,;]{3,60}"
)
# a paper described by what it is, then where it went: "a budget presentation posted to …"
_DESCRIBED_PAPER = re.compile(
    r"(?:(?:a|an|the|its|their|his|her)\s)?(?!(?:some|many|several|other|these|those|such|two"
    r"|three|four|five|few|numerous|various|multiple|recent|previous|earlier|past|more)\s)"
    r"(?P<doc>(?:[\w'\u2019-]+\s){0,3}?(?:report|audit"
    r"|presentation|memo|memorandum|study|survey|analysis|review|filing|letter|document|notice"
    r"|calendar|minutes|transcript|assessment|evaluation|proposal|draft|affidavit|petition"
    r"|complaint|lawsuit|ruling|judgment|judgement|bulletin|newsletter|prospectus|agenda"
    r"|documents|records|filings|emails|letters|memos))"
    r"(?:\s(?:posted|published|released|issued|prepared|presented|sent|filed|obtained|seen"
    r"|reviewed|shared|dated|submitted|made|compiled|circulated|distributed|tabled)\b.*)?"
)
_YEAR = re.compile(r"(?:19|20)\d\d\s(?=[a-z])")
# "a 2023 audit office report on Larnaca municipality": whose report, not what it is about
_PAPER_ON = re.compile(
    r"(?P<doc>(?:[Aa]n?|[Tt]he)\s.+?\s(?:report|study|review|audit|analysis|assessment|survey"
    r"|inquiry|investigation))\s(?:on|into|about)\s\S"
)
_SOMEONE_AT = re.compile(
    rf"(?:an?|one|two|three|several)\s(?:[\w-]+\s){{0,3}}{UNNAMED_HEAD}s?\s(?:based\s)?"
    r"(?:at|in|from|with|of)\s"
)
_OWNER_BEFORE_PAPER = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s)?(?:(?:new|latest|recent|separate|fresh|preliminary|annual)\s)*"
    r"(?P<org>[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.&'\u2019-]*){0,3})\s(?:analysis|study|survey"
    r"|review|audit|assessment|investigation)\s(?:of|on)\s.+$"
)
_PRESS_SERVICE = re.compile(
    r"(?:(?:[Tt]he|[Ii]ts)\s)?(?:(?P<owner>[^,;]{2,60}?)['\u2019]s\s)?press\s(?:service|office"
    r"|department|center|centre)(?:\sof\s(?P<of>[^,;]{2,80}))?"
)


def _read_source(mention: str) -> SourceName:
    mention = " ".join(mention.split())  # a mention may run across a line break
    pa0 = _PAREN_ALIAS.search(mention) if ")" in mention else None
    text = clean_mention(mention[: pa0.start()] if pa0 else mention)
    if " including " in text:
        # "analysts at Harbourline Energy including Priya Raman": the body speaks
        text = clean_mention(text[: text.index(" including ")])
    if not text:
        return SourceName("unnamed source", "unnamed", None, None)
    ms = _MALAY_STYLED.search(text) if "Dat" in text or "Tun " in text or "Sri " in text else None
    if ms is not None and _kind_of_words(ms.group("name").split()) is None:
        # "Menteri Besar Datuk Mohd Zulkifli Hashim": the role, the honour, then the name
        role = text[: ms.start()].strip(" ,")
        if role[:4].lower() == "the ":
            role = role[4:]
        return SourceName(ms.group("name"), "person", role or None, None)
    fresh = _FRESH.match(text)
    if fresh and text[fresh.end() : fresh.end() + 1].isupper():
        # "separate CSO data": the statistics office's; "a 2019 Reuters investigation"
        text = (fresh.group("art") or "") + text[fresh.end() :]
    fw = _FILED_WITH.fullmatch(text) if " with " in text or " to " in text else None
    if fw is not None and read_source(fw.group("org")).kind != "unnamed":
        # "a filing with the Maine Attorney General": the paper, by where it was filed
        return SourceName(text[fw.start("doc") :], "organisation", None, None)
    ia = _ISSUED_AT.fullmatch(text) if "ed " in text else None
    if ia is not None:
        # "the communique issued after the meeting": that paper, where it was put out
        return read_source("the " + ia.group("doc"))
    po = _PAPER_ON.match(text) if " on " in text or " into " in text or " about " in text else None
    if po is not None:
        inner = read_source(po.group("doc"))
        if inner.kind in ("government", "organisation", "outlet") and inner.anaphor is None:
            # "a 2023 audit office report": the office, whatever the year
            return replace(inner, name=_YEAR.sub("", inner.name, count=1))
    ob = _OWNER_BEFORE_PAPER.match(text) if " of " in text or " on " in text else None
    if ob is not None and not _demonym(ob.group("org")):
        # "new Carbon Brief analysis of government data": whose analysis, not what of
        inner = read_source(ob.group("org"))
        if inner.kind != "unnamed" and inner.anaphor is None:
            owner: SourceKind = "organisation" if inner.kind == "person" else inner.kind
            return SourceName(inner.name, owner, inner.description, None, inner.alias)
    tp = _TRAILING_PARTICIPLE.search(text) if "ed" in text else None
    if tp and tp.start() > 0 and text[: tp.start()].rsplit(None, 1)[-1] in _DATA_WORDS | _PAPERS:
        text = text[: tp.start()]  # "CDC figures released Wednesday": the figures
    m = _REPORT_OF.match(text)
    made = _MADE_BY_AT_END.search(text) if m and " by " in text else None
    if made is not None:
        # "a survey of 640 data workers published in August by the Digital Workers
        # Collective": who made the paper, named at the end
        maker = read_source(made.group(1))
        if maker.kind != "unnamed" and maker.anaphor is None:
            return maker
    if m and _DATE_NAME.match(m.group(1)):
        m = None  # "a report on Tuesday": when, not whose
    if m and text[: m.start(1)].endswith("of ") and _COUNTED.match(m.group(1)):
        m = None  # "a survey of 2,000 adults": whom it asked, not whose it is
    ex = (
        _EXAMINED_OF.search(text, 0, m.start(1))
        if m and text[: m.start(1)].endswith("of ")
        else None
    )
    if ex is not None:
        # "an internal audit of the Harbor Fund": what it looked into, not whose it is; the
        # paper, by what it is
        lead = [w for w in text[: ex.start()].split() if w.lower() not in _DETERMINERS]
        return SourceName(ex.group(1).lower(), "organisation", " ".join(lead) or None, None)
    if m and text[: m.start(1)].endswith(" on ") and not _CHANNEL_OF.match(m.group(1)):
        # "the Commission's annual report on Albania": what it is about, not whose it is
        inner = read_source(text[: m.start(1) - 4])
        if inner.kind != "unnamed":
            return inner
        m = None
    if m:
        whose = m.group(1)
        fc = _FOR_CLIENT.search(whose) if " for " in whose else None
        if fc is not None and _is_cap(whose.removeprefix("the ")):
            whose = whose[: fc.start()]  # "a poll by United Surveys for the WP portal"
        tp = _TRAILING_PARTICIPLE.search(whose) if "ed" in whose else None
        if tp and tp.start() > 0:
            whose = whose[: tp.start()]  # "the Commerce Department released Tuesday"
        inner = read_source(whose)
        if (
            whose.islower()
            and inner.kind == "unnamed"
            and inner.anaphor is None
            and _NUMBERS_OF.match(text)
        ):
            return SourceName(text, "unnamed", None, None)  # "analysis of official data"
        if inner.kind != "unnamed" and (inner.anaphor is None or inner.anaphor == inner.kind):
            # "an analysis published by the institute": the body named before, when it was
            return replace(inner, alias=inner.alias or (pa0.group(1) if pa0 else None))
        if inner.anaphor is None and m.group(1)[:4].lower() == "the ":
            # "a survey by the chamber of commerce": a body, named without capitals
            return SourceName(m.group(1)[4:], "organisation", None, None)
    rel = _DOC_WHO_ISSUED.match(text) if "ed " in text else None
    if rel:
        # "a statement the Telford-based group released to the London Stock Exchange"
        inner = read_source(rel.group("who"))
        if (inner.kind != "unnamed" and inner.anaphor is None) or inner.anaphor in _BODIES:
            return inner
    seen = _SEEN_BY.search(text) if "by " in text else None
    if seen:
        # "agency figures reviewed by Axios": whose figures they are, when the text says
        inner = read_source(text[: seen.start()])
        doc = _LEAD_ARTICLE.sub("", text[: seen.start()])
        last = doc.rsplit(None, 1)[-1].lower()
        if inner.name.lower().startswith(("a ", "an ")) and (
            last in _RESEARCH_HEADS or last in _PAPERS or last in ("assessment", "evaluation")
        ):
            inner = replace(inner, name=doc)  # "a 2023 facilities assessment": its words
        if (inner.kind != "unnamed" and inner.anaphor is None) or inner.anaphor in _BODIES:
            return replace(inner, description=inner.description or text[seen.start() + 1 :])
        if inner.kind == "unnamed" and (last in _PAPERS or last in _RESEARCH_HEADS):
            # "an internal memo obtained by The Globe and Mail": the paper, and who saw it
            return SourceName(doc, "organisation", text[seen.start() + 1 :], None)
    ow = _OWN_RESEARCH.match(text) if text[:1] in "aAtTi" else None
    if (
        ow
        and not _DATE_NAME.match(ow.group("org"))
        and not _demonym(ow.group("org"))  # "a British study": where it was done, not whose
    ):
        # "a Bloomberg survey of officials", "the latest Reuters poll": whose survey it is
        inner = read_source(ow.group("org") + (ow.group("acr") or ""))
        if inner.kind not in ("unnamed", "person") and inner.anaphor is None:
            return inner
    ol = _OWNED_LEAD.match(text) if "-" in text else None
    if ol:
        # "Saudi-owned Al Arabiya", "state-run Xinhua news agency": who owns or runs it
        rest = text[ol.end() :]
        # "Saudi-owned Asharq news outlet": the outlet's name before its kind
        inner = read_source("the " + rest if rest.endswith(_KIND_ENDS) else rest)
        if inner.kind != "unnamed" and inner.anaphor is None:
            desc = " ".join(filter(None, (ol.group(1), inner.description)))
            run_by: SourceKind = "organisation" if inner.kind == "person" else inner.kind
            return replace(inner, kind=run_by, description=desc)
    alias = pa0.group(1) if pa0 else None
    low = text.lower()
    if text in _PARTIES:
        return SourceName(text, "organisation", None, None)  # "Republicans said": the party
    pb = _POLLED_BY.fullmatch(text) if "ed by " in text else None
    if pb and pb.group(1).lower() in _FORECAST_COMPILERS:
        # "analysts polled by FactSet": the firm that compiles the consensus; "economists
        # polled by Reuters" stay the economists
        return read_source(pb.group(1))
    rf = _ROLE_FOR_PLACE.match(text) if " for " in text else None
    if rf:
        # "Labour MP for Leeds Central Alex Sobel": the seat, then the member's name
        toks = rf.group("rest").split()
        k = 3 if len(toks) >= 4 and (len(toks[-2]) <= 2 or toks[-2].lower() in _PARTICLES) else 2
        if len(toks) > k:
            name = " ".join(toks[-k:])
            return SourceName(name, "person", text[: len(text) - len(name)].strip(), None)
    po = _PERSON_OF.fullmatch(text) if " of " in text else None
    if (
        po
        and _kind_of_words(po.group(1).split()) is None
        and _INSTITUTION_WORDS.isdisjoint(po.group(1).lower().split())
        # "Opposition Member of Parliament Clement Bollers": a post, then its holder
        and po.group(1).rsplit(None, 1)[-1].lower() not in _POSTS
    ):
        # "Dana Okoro of KeyBanc Capital Markets": a person, and where she works
        return SourceName(po.group(1), "person", text[po.end(1) + 1 :], None)
    if text.islower() and low.rsplit(None, 1)[-1] in _HEADLINE_BODIES and low.count(" ") < 3:
        first_word = low.split(None, 1)[0]
        if first_word not in _DETERMINERS and first_word not in ("his", "her", "its", "their"):
            return read_source("the " + text)  # a headline's "…, health ministry says"
    if low in PRONOUNS and not (text.isupper() and len(text) > 1):  # "WHO", "US"
        return SourceName(text, "unnamed", None, PRONOUNS[low])
    if _UNNAMED_INSIDER.match(low):
        return SourceName(text, "unnamed", None, None)  # "a person close to Fenmore"
    wd = _WATCHDOG.fullmatch(text)
    if wd:
        # "the agency's inspector general": an office that reports, not a person to find
        return SourceName(text[4:] if low.startswith("the ") else text, "agency", None, None)
    fam = _FAMILY.fullmatch(text)
    if fam:
        # "his family", "Mr Hallam's family": the relatives speak as one, on the record
        return SourceName(text[4:] if low.startswith("the ") else text, "organisation", None, None)
    if low in _PARTY_MEMBER:
        # "The Democrat wrote in his veto message": the politician named before
        return SourceName(text, "unnamed", None, "person")
    toks = _TOKEN.findall(text)
    if not toks:
        return SourceName("unnamed source", "unnamed", None, None)
    if len(toks) == 1 and text.isupper() and low in ROLE_WORDS:
        return SourceName(text, "unnamed", None, "person", None, low)  # "CEO sees no recovery"
    first = toks[0].lower()
    if (
        (
            (first in _PLURAL_GENERIC or first in _SINGULAR_GENERIC)
            # "Statistics Canada", "Sources Capital": a name, capitals throughout
            and not (len(toks) == 2 and _is_cap(toks[1]) and toks[1][1:2].islower())
            # "Statistics Canada data", "Statistics Norway figures"
            and not (first == "statistics" and len(toks) > 1 and _is_cap(toks[1]))
            # "Report news agency": an outlet whose name is a common word
            and " ".join(toks[1:]) not in _OUTLET_TAILS
        )
        or first in _DETERMINERS
        or (first in _POSSESSIVE_PRONOUNS and len(toks) > 1 and toks[1].islower())
    ):
        # sentence-initial capital on a common word: "Reports said", "Officials say"
        toks = [first, *toks[1:]]
        text = first + text[len(first) :]
    if (
        first == "the"
        and len(toks) >= 3
        and toks[1].islower()
        and _POSSESSIVE.search(toks[1])
        and _is_cap(toks[2])
    ):
        # "the country's Ministry of Health": the body by its name
        inner = read_source(" ".join(toks[2:]))
        if inner.kind != "unnamed" and inner.anaphor is None:
            return inner
    held = _kept_record(toks, _head_index(toks))
    if held is not None:
        return held
    # _DATA_OF ends in one of _DATA_WORDS: test the last word before trying the pattern
    core = _ASKED_TAIL.sub("", text) if " of " in text else text  # "survey of members"
    dm = _DATA_OF.match(core) if core[core.rfind(" ") + 1 :] in _DATA_WORDS else None
    kept_by = dm.group("org").rsplit(None, 1)[-1] if dm and dm.group("org").islower() else ""
    if kept_by == "bank" and dm is not None and dm.group("org").endswith("central bank"):
        kept_by = "central bank"  # "central bank data": the country's central bank
    if dm is not None and (
        kept_by in _DATA_KEEPERS
        or (
            kept_by in _PAPER_KEEPERS
            and text[dm.end("org") : dm.end("org") + 2] in ("'s", "\u2019s")
        )
    ):
        # "preliminary ministry data", "government figures": the body named before, by its kind
        inner = read_source("the " + kept_by)
        if inner.anaphor is not None:
            return inner
    if (
        dm
        and dm.group("org").lower() in _RECORD_KEEPERS
        and dm.group("org")[:1].isupper()
        and not dm.group("which")
    ):
        # "City data shows …": the city's numbers, named as the text names them
        return SourceName(text, _RECORD_KEEPERS[dm.group("org").lower()], None, None)
    if (
        dm
        and _is_cap(dm.group("org"))
        and not _DATE_NAME.match(dm.group("org"))
        and not _MEASURE.match(dm.group("org"))  # "the 94-page report": its length
        and not _demonym(dm.group("org"))
    ):
        # "Finance Ministry figures", "Census Bureau data": the body that published them;
        # "Fish and Game escapement data": the body, without what the data counts
        org = dm.group("org")
        lt = _LOW_TAIL.search(org)
        if (
            lt is not None
            and org[: lt.start()].rsplit(None, 1)[-1][:1].isupper()
            and not _demonym(org[: lt.start()])  # "Chinese customs data"
            and _kind_of_words(org[lt.start() :].split()) is None
        ):
            org = org[: lt.start()]
            if org.endswith(("'s", "\u2019s")):
                org = org[:-2]  # "the NNGYK's weekly surveillance report": the NNGYK's
        if _SAID_IN.search(org):
            org = ""  # "Dwyer said the union's own survey": no name before the paper
        inner = read_source(org) if org else SourceName(text, "unnamed", None, None)
        if inner.kind == "person" and org != dm.group("org"):
            inner = replace(inner, kind="organisation")  # "Linn County permit data"
        if inner.kind != "unnamed" and inner.anaphor is None:
            if dm.group("which") and core.rsplit(None, 1)[-1] not in _COUNTS | _ASKING:
                # "Carrow's annual report": a document a reader can look up, by its name (a
                # survey is its maker's, whoever it asked)
                return SourceName(text.removeprefix("the "), inner.kind, None, None)
            return inner
    cb = _COMPILED_BY.match(text) if " by " in text or " from " in text else None
    org = cb.group("org") if cb else ""
    if org[:4] == "the " and all(_is_cap(t) or t in _NAME_GLUE for t in org[4:].split()):
        org = org[4:]  # "figures from the Environment Agency"
    if cb and _is_cap(org):
        # "data compiled by LSEG" -> LSEG
        inner = read_source(org)
        if inner.kind != "unnamed" and inner.anaphor is None:
            return inner
    elif cb and org[:4] == "the ":
        # "records from the secretary of state's office", "figures from the health ministry"
        inner = read_source(org)
        if inner.kind != "unnamed":
            return inner
    elif cb and org[:1].islower() and org.rsplit(None, 1)[-1] in _GROUP_PLURALS:
        return read_source(org)  # "an analysis of satellite imagery by two Indonesian NGOs"
    ga = _GROUP_AT.match(text)
    if ga and _is_cap(ga.group("org")):
        # "analysts at Danske Bank" -> Danske Bank, described as "analysts"
        org = ga.group("org")
        k = org.find(" in ")
        if k > 0 and _kind_of_words(org[:k].split()) is not None:
            org = org[:k]  # "researchers at Khairun University in Ternate": where it is
        inner = read_source(org)
        if inner.kind != "unnamed" and inner.anaphor is None:
            # whoever has analysts or economists "at" it is a body, never a person
            body: SourceKind = "organisation" if inner.kind == "person" else inner.kind
            return SourceName(inner.name, body, ga.group("who"), None, inner.alias)
    fe = _FIRM_EXPERTS.fullmatch(text) if text.endswith("s") else None
    if fe and _firm(fe.group("org")):
        inner = read_source(fe.group("org"))
        if inner.kind not in ("unnamed", "government") and inner.anaphor is None:
            body = "organisation" if inner.kind == "person" else inner.kind
            return SourceName(inner.name, body, fe.group("who"), None, inner.alias)
    head_i = _head_index(toks)
    # "the outlet", "the Cupertino-based iPhone maker", "the union representing workers"
    # "the Interfax news agency", "the Kommersant newspaper": the outlet's own name before
    # its kind ("the Russian news agency" refers back)
    j = head_i - (2 if toks[head_i].lower() == "agency" and toks[head_i - 1] == "news" else 1)
    if toks[head_i].lower() in _OUTLET_HEADS or toks[head_i].lower() == "outlet":
        while j > 1 and toks[j] in _OUTLET_MODIFIERS:
            j -= 1  # "the Kan public broadcaster", "the Asharq news outlet"
    if (
        first == "the"
        and j >= 1
        and (toks[head_i].lower() in _OUTLET_HEADS or j < head_i - 1)
        and (_is_cap(toks[j]) or toks[j] in _LOWER_OUTLETS)
        and not (len(toks[j]) > 3 and toks[j].lower().endswith(DEMONYM_ENDS))  # "Kan"
    ):
        k = j
        while k > 1 and _is_cap(toks[k - 1]):
            k -= 1
        desc = " ".join(toks[j + 1 : head_i + 1])
        return SourceName(" ".join(toks[k : j + 1]), "outlet", desc, None)
    if (
        first in ("the", "this", "that")
        and head_i >= 1
        and not _is_cap(toks[head_i])
        # "the WWF conservation group" names WWF; "the Lancashire club" refers back
        and not any(len(t) > 1 and t.isupper() and t.isalpha() for t in toks[1:head_i])
    ):
        head = _POSSESSIVE.sub("", toks[head_i].lower())
        if head not in ANAPHOR_NOUNS and any(t.endswith("-based") for t in toks[1:head_i]):
            head = "company"
        if head in ANAPHOR_NOUNS:
            kind = ANAPHOR_NOUNS[head]
            bare = _drop_owner(toks[1:])
            # "the union representing workers" and "the city's finance office" introduce a
            # source; "the union" refers back
            based = any(t.endswith("-based") for t in toks[1:head_i])
            owned = any(_POSSESSIVE.search(t) for t in toks[1:head_i])
            refers = (head_i == len(toks) - 1 or based) and not owned
            if kind in ("outlet", "agency", "government", "organisation"):
                return SourceName(bare, kind, None, kind if refers else None)  # type: ignore[arg-type]
            return SourceName(text, "unnamed", None, kind if refers else None)
        if head in _ORG_HEADS:
            return SourceName(_drop_owner(toks[1:]), _ORG_HEADS[head], None, None)
        if head in ROLE_WORDS or head in _SINGULAR_GENERIC:
            after = [t.lower() for t in toks[head_i + 1 : head_i + 3]]
            if len(after) == 2 and after[0] in ("of", "at") and after[1] in ("a", "an"):
                # "the managing director of a mid-sized agency": someone new, unnamed
                return SourceName(text, "unnamed", None, None, None, head)
            return SourceName(text, "unnamed", None, "person", None, head)
        if head in _PLURAL_GENERIC:
            # "the officials": the officials named before, if any; else unnamed officials
            return SourceName(text, "unnamed", None, "definite", None, head)
    if len(toks) == 1 and first in _RESEARCH_HEADS:
        # a headline's "…, study finds": the paper the story is about, named by what it is
        return SourceName(first, "organisation", None, None)
    if (
        # "the largest trial of such a product so far": one paper, new to the text
        (
            first in ("a", "an")
            or (first == "the" and len(toks) > 1 and toks[1].lower() in _SUPERLATIVE_PAPER)
        )
        and head_i >= 1
        and toks[head_i].lower() in _RESEARCH_HEADS
        # "a study published Monday in JAMA Pediatrics" keeps the journal that names it; "a
        # study of U.S. veterans" names whom it looked at
        and (
            not any(_is_cap(t) and not _DATE_NAME.match(t) for t in toks[head_i + 1 :])
            or (toks[head_i + 1 : head_i + 2] == ["of"] and toks[-1].lower() in _STUDIED_PEOPLE)
        )
        # "a survey by the chamber of commerce": its authors name it
        and not any(t.lower() in ("by", "from", "for") for t in toks[head_i + 1 :])
        # "an internal probe found …, it said": the body's own inquiry speaks through it
        and toks[1].lower() not in ("internal", "in-house")
    ):
        # "a large study published Monday": one paper a reader can find, named by what it is
        # ("study", as a later "the study" names it), its adjectives a description
        adjectives = " ".join(toks[1:head_i]) or None
        return SourceName(toks[head_i].lower(), "organisation", adjectives, None)
    caps: list[str] = []
    lows: list[str] = []
    for t in toks:
        if _is_cap(t):
            caps.append(t)
        else:
            lows.append(t.lower())
    if not caps and lows[-1] in MARKET_DATA and len(lows) > 1 and lows[0] not in _DETERMINERS:
        # "overnight indexed swap rates": a market's public prices, a record anyone can check
        return SourceName(text, "organisation", None, None)
    if first == "the" and len(toks) <= 4 and lows[-1] in _PLURAL_BODIES:
        # "the airlines", "the two carriers": bodies named before, as a group of firms
        return SourceName(" ".join(toks[1:]), "organisation", None, "bodies")
    bs = _BODY_SPOKES.fullmatch(low) if not caps and "spokes" in low else None
    if bs:
        # "an agency spokesperson", "a spokesman for the charity": the body named before
        inner = read_source("the " + (bs.group("body") or bs.group("body2")))
        if inner.kind != "unnamed" and (inner.anaphor is not None or " " in inner.name):
            who = bs.group("who") or bs.group("who2")
            return replace(inner, description=who, anaphor=inner.anaphor or inner.kind)
    if not caps or all(t.lower() in ("the", "a", "an") for t in caps):
        # descriptions only: "sources familiar with the matter", "a senior official"; a bare
        # group ("Inspectors found") may be the one introduced with its body before
        group = len(toks) == 1 and first in _PLURAL_GENERIC
        return SourceName(
            text, "unnamed", None, "group" if group else None, None, first if group else None
        )
    spoke = _spokesperson_of(toks, first, text)
    if spoke is not None:
        return spoke
    if (
        lows
        and any(w in _PLURAL_GENERIC or w in _SINGULAR_GENERIC for w in lows)
        and not (any(w in OUTLET_WORDS or w in AGENCY_WORDS or w in GOVERNMENT_WORDS for w in lows))
    ):
        # "Russian officials", "U.S. intelligence sources", "a Pentagon official", "a Western
        # diplomat in Riyadh" (the head noun, before its place)
        last = toks[-1].lower()
        hi = _head_index(toks)
        if 0 < hi < len(toks) - 1 and (
            toks[hi + 1].lower() in ("in", "from")
            # "a resident of Kadugli"; not "half of the voters"
            or (toks[hi + 1].lower() == "of" and toks[hi].lower() in _SINGULAR_GENERIC)
        ):
            last = toks[hi].lower()
        if last in _PLURAL_GENERIC or last in _SINGULAR_GENERIC:
            return SourceName(text, "unnamed", None, None)
    return _named(text, toks, alias)


_BODY_SPOKES = re.compile(
    r"(?:an?|the)\s(?:(?P<body>[a-z]+(?:\s[a-z]+)?)\s(?P<who>spokes(?:person|man|woman))"
    r"|(?P<who2>spokes(?:person|man|woman))\sfor\sthe\s(?P<body2>[a-z]+(?:\s[a-z]+)?))"
)
_FAMILY = re.compile(
    r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-ZÀ-ÞĀ-ɏ][\w-]+\s){0,2}"
    r"[A-ZÀ-ÞĀ-ɏ][\w-]+['\u2019]s\s)(?:family|relatives|parents)(?:\sof\s[A-ZÀ-ÞĀ-ɏ][\w\s.-]{1,40})?"
)
# people who stay unnamed even where the body they stand near is named
_UNNAMED_INSIDER = re.compile(
    r"(?:(?:a|an|one|two|three|four|several|some|other|another)\s)?(?:\w+\s)?"
    r"(?:person|people|source|sources|individual|individuals|insider|insiders|official"
    r"|officials)\s(?:close\sto|familiar\swith|briefed\son|with\sknowledge\sof|aware\sof"
    r"|knowledgeable\sabout|involved\sin)\b"
    # "a source at the Red Sea Ports Corporation": someone inside a body, not the body
    r"|(?:(?:a|an|one|two|three|several)\s)?(?:\w+\s)?(?:person|source|sources|insider|insiders)"
    r"\s(?:at|in|inside|within)\s"
)
# a force named by its common noun ("state police said"): a body a reader can check
_POLICE_MOD = frozenset(
    words(
        "state city county local federal national military border traffic riot transit "
        "provincial regional metropolitan municipal"
    )
)
# papers a court, police force or public body keeps, named by what they are
_LEGAL_PAPERS: dict[str, SourceKind] = {
    "complaint": "government",
    "affidavit": "government",
    "indictment": "government",
    "sheet": "government",  # "the charge sheet" (South Africa, India), "a fact sheet"
    "chargesheet": "government",
    "warrant": "government",
    "subpoena": "government",
    "lawsuit": "organisation",
    "suit": "organisation",
    "petition": "organisation",
}
# a law the story is about, cited as "the decree" ("a draft decree" seen by someone stays unnamed)
_LAWS = frozenset(words("decree decree-law ordinance"))
_FORCES = frozenset(words("military army navy"))
_RECORD_HEADS = frozenset(words("documents records filings papers files report statistics"))
_RECORD_KEEPERS: dict[str, SourceKind] = {
    "court": "government",
    "police": "agency",
    "board": "government",
    "council": "government",
    "city": "government",
    "county": "government",
    "state": "government",
    "federal": "government",
    "government": "government",
    "procurement": "government",
    "bankruptcy": "government",
    "customs": "government",
    "autopsy": "government",
    "charging": "government",
    "crash": "agency",
    "incident": "agency",
    "arrest": "agency",
}


def _kept_record(toks: list[str], head_i: int) -> SourceName | None:
    """ "state police", "a criminal complaint filed Wednesday", "court documents", "the
    affidavit of probable cause": an institution or its papers, named by their common noun.

    The reading is definite: when the article named the same body or paper before ("the
    complaint" after "a criminal complaint"), the chain is that one's.
    """
    low = [t.lower() for t in toks[: head_i + 1]]
    if low and low[0] in ("the", "a", "an"):
        low = low[1:]
    if not low or any(_is_cap(t) for t in toks[1 : head_i + 1]):
        return None
    head = low[-1]
    kind: SourceKind | None = None
    if head == "police" and all(w in _POLICE_MOD for w in low[:-1]):
        kind = "agency"
    elif head == "prosecutors" and all(w in _POLICE_MOD for w in low[:-1]):
        kind = "government"  # the office bringing this case, as "police" is the force
    elif head in _FORCES and len(low) == 1 and toks[0].lower() == "the":
        kind = "government"  # "according to the military": the country's forces
    elif head in _LEGAL_PAPERS and len(low) <= 3:
        kind = _LEGAL_PAPERS[head]
    elif head in _LAWS and len(low) == 1 and toks[0].lower() == "the":
        kind = "government"  # "the decree states": the one the story is about
    elif head in _RECORD_HEADS and len(low) == 2 and low[0] in _RECORD_KEEPERS:
        kind = _RECORD_KEEPERS[low[0]]
    if kind is None:
        return None
    name = " ".join(low)
    rest = [t.lower() for t in toks[head_i + 1 :]]
    if 2 <= len(rest) <= 3 and rest[0] == "of" and not any(_is_cap(t) for t in toks[head_i + 1 :]):
        name += " " + " ".join(rest)  # "affidavit of probable cause"
    return SourceName(name, kind, None, "definite", None, head)


def _spokesperson_of(toks: list[str], first: str, text: str) -> SourceName | None:
    """ "A Cocobod spokesperson", "a spokesman for the Pentagon": the body speaks through its
    spokesperson, on the record, so the body is the source."""
    lows = [t.lower() for t in toks]
    k = next((i for i, w in enumerate(lows) if w in SPEAKERS_FOR), -1)
    if k < 0:
        return None
    start = 1 if first in _DETERMINERS else 0
    if k == len(toks) - 1:
        owner = toks[start:k]  # "a Department of Health and Social Care spokesperson"
    elif k == start and len(toks) > k + 2 and lows[k + 1] == "for":
        owner = toks[k + 2 :]  # "a spokesman for the Pentagon"
        if owner and owner[0].lower() == "the":
            owner = owner[1:]
        if (
            len(owner) >= 3
            and owner[-2] in ("in", "at")
            and _is_cap(owner[-1])
            and (len(owner) > 3 or owner[0].isupper())
        ):
            owner = owner[:-2]  # "a spokesperson for the ICRC in Geneva": where they spoke
    else:
        return None
    if not owner or not _is_cap(owner[0]) or not all(_is_cap(t) or t in _NAME_GLUE for t in owner):
        return None
    owned = " ".join(owner)
    if "," in text:
        # "a spokesperson for the Department for Environment, Food and Rural Affairs": the
        # name with its commas, as written
        at = text.find(owner[0])
        end = text.rfind(owner[-1]) + len(owner[-1])
        if 0 <= at < end:
            owned = text[at:end]
    inner = read_source(owned)
    if inner.kind == "unnamed" or inner.anaphor is not None:
        return None
    # "a spokesperson for Harbour Health": two capitals read as a person's name by default,
    # but whoever has a spokesperson speaks as a body or a public figure
    kind: SourceKind = (
        "organisation" if inner.kind == "person" and not inner.description else inner.kind
    )
    return SourceName(inner.name, kind, toks[k], None, inner.alias)


# "al-Suwaidi", "de", "van": lowercase parts of a person's name
_PARTICLE = re.compile(r"(?:(?:al|el|ad|as|ibn|bin)-[A-Z]|(?:de|van|von|bin|al|da|le|du|der)$)")
_NAME_GLUE = frozenset(("of", "and", "for", "the", "&", "de", "du", "des"))


# words with an agent's ending that name no trade: "former President …", "other Democrats"
_NOT_AGENT = frozenset(
    words(
        "former other another under after over ever never together whether rather either "
        "neither later earlier member number order power water letter paper matter quarter"
    )
)


# callings ending in "-ian" that are no names ("Meridian", "Christian" are)
_CALLINGS_IN_IAN = frozenset(words("historian librarian veterinarian custodian comedian civilian"))


def _human_noun(noun: str) -> bool:
    """A person's calling by its ending: "epidemiologist", "physician", "surgeon"."""
    return (
        noun.isalpha() and len(noun) > 5 and noun.endswith(("ist", "ician", "geon"))
    ) or noun in _CALLINGS_IN_IAN


def people_noun(word: str) -> bool:
    """A plural noun for people, capitalised only to open a sentence: "Fishermen", "Farmers"."""
    w = word.lower()
    if not w.isalpha() or len(w) < 5:
        return False
    if w.endswith("men"):
        return True
    one = w[:-1] if w.endswith("s") else ""
    return bool(one) and (
        one in PERSON_NOUNS
        or one in ROLE_WORDS
        or _human_noun(one)
        or _agent_noun(one)
        or ANAPHOR_NOUNS.get(w) == "group"
    )


def _agent_noun(noun: str) -> bool:
    """A trade named by its ending: "surveyor", "broker", "tracker", "consultancy"."""
    return (
        noun.isalpha()
        and len(noun) > 4
        and noun.endswith(("or", "er", "ist", "ancy", "ency"))
        and noun not in _NOT_AGENT
    )


def _described_name(toks: list[str], alias: str | None) -> SourceName | None:
    """ "the state news agency TASS" -> TASS, described as "state news agency"."""
    j = len(toks) - 1
    # "consultancy Harcourt & Lane": an ampersand inside the name
    while j >= 0 and (_is_cap(toks[j]) or (toks[j] == "&" and 0 < j < len(toks) - 1)):
        j -= 1
    if j < 0 or j == len(toks) - 1 or len(toks) - 1 - j > 4 or toks[j + 1] == "&":
        return None
    noun = _POSSESSIVE.sub("", toks[j].lower())
    tail = toks[j + 1 :]
    if noun in _RELATIONS and 2 <= len(tail) <= 4 and j >= 1:
        desc_toks = toks[: j + 1]
        if desc_toks[0].lower() in ("the", "a", "an"):
            desc_toks = desc_toks[1:]
        return SourceName(_POSSESSIVE.sub("", " ".join(tail)), "person", " ".join(desc_toks))
    if not (
        noun in ANAPHOR_NOUNS
        or noun in OUTLET_WORDS
        or noun in AGENCY_WORDS
        or noun in ORG_WORDS
        or noun in GOVERNMENT_WORDS
        or noun in ROLE_WORDS
        or noun in PERSON_NOUNS
        or _agent_noun(noun)
        or _human_noun(noun)
    ):
        return None
    desc_toks = toks[: j + 1]
    while desc_toks and desc_toks[0].lower() in ("the", "a", "an", "but", "and", "so"):
        desc_toks = desc_toks[1:]
    tail = toks[j + 1 :]
    titled = 0
    while len(tail) - titled > 1 and _unpossessive(tail[titled].lower().strip(".")) in ROLE_WORDS:
        titled += 1  # "fire company President Luis Ocasio": the title is his, not a name
    desc = " ".join(desc_toks + tail[:titled])
    tail = tail[titled:]
    if titled and 2 <= len(tail) <= 4:
        return SourceName(_POSSESSIVE.sub("", " ".join(tail)), "person", desc, None, alias)
    # "the North's official Korean Central News Agency": the name's own words tell first
    named_kind = _kind_of_words(tail)
    human = noun in PERSON_NOUNS or _human_noun(noun)
    if named_kind is None and human and 2 <= len(tail) <= 3:
        named_kind = "person"  # "youth worker Dean Salt", "epidemiologist Ana Ruiz"
    kind = (
        named_kind
        if named_kind is not None and (named_kind != "person" or human)
        else kind_from_description(desc) or "organisation"
    )
    return SourceName(_POSSESSIVE.sub("", " ".join(tail)), kind, desc, None, alias)


# "the June poll", "the mid-January survey": a date, not the body behind the poll
# an office that audits a body, by whose it is: "the agency's inspector general"
_WATCHDOG = re.compile(
    r"(?:the\s)?[\w.&-]+(?:\s[A-ZÀ-ÞĀ-ɏ][\w.&-]*){0,3}['\u2019]s\s(?:inspector|auditor"
    r"|comptroller)[-\s]general",
    re.IGNORECASE,
)
_MEASURE = re.compile(r"[\d,.]+[-\s](?:page|year|month|day|week|point|member|minute|hour)s?\b")
_DATE_NAME = re.compile(
    r"(?:mid-|early\s|late\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed"
    r"|Thu|Fri|Sat|Sun|Spring|Summer|Autumn|Fall|Winter|\d)[\w.]*(?:\s\d+)?$"
)
# bodies counted by a number: "two Indonesian NGOs", "three charities"
_GROUP_PLURALS = frozenset(
    words("NGOs groups charities organisations organizations nonprofits researchers scientists")
)
_COMPILED_BY = re.compile(
    r"^(?i:(?:(?:the|an?)\s(?:[\w-]+\s){0,3}?|(?:satellite|new|recent|latest)\s)?"
    r"(?:[a-z][a-z-]+\s){0,2}?"  # "flash estimates", "preliminary trade data"
    r"(?:data|figures|statistics|numbers|calculations|estimates|results|analysis|polling|images?"
    r"|imagery|photos?|photographs|footage|modell?ing|records|documents|filings|research))"
    # "an analysis of satellite imagery by two NGOs": what was analysed, then who did it
    r"(?:\sof\s[^,;]{1,60}?)?"
    r"\s(?:(?:compiled|collected|published|released|gathered|provided|conducted|led|captured"
    r"|taken|carried\sout)\sby|from|by)"
    r"\s(?P<org>.+?)(?:\s(?:on|in|last|this)\s(?:[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?|\d{4}"
    r"|week|month|year))?$"
)
# "Rep. Jordan Pike of Maine", "Sen. Ann Cole of Ohio": a titled person and their place
_TITLED_OF = re.compile(
    r"^((?:Rep|Sen|Gov|Del|Lt|Gen|Adm|Col|Maj|Capt|Senator|Representative|Governor|Mayor)\.?"
    r"\s(?:[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*\s){1,3}?[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)"
    r"\sof\s([A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w.'\u2019-]*){0,2})$"
)


def _owned_person(toks: list[str], alias: str | None) -> SourceName | None:
    """ "Al Jazeera's Ahmed Idris": a person, described by whose they are."""
    p = max((i for i, t in enumerate(toks[:-2]) if _POSSESSIVE.search(t)), default=-1)
    tail = toks[p + 1 :]
    if (
        p < 0
        or not 2 <= len(tail) <= 3
        or not all(t[:1].isupper() and t[1:].islower() for t in tail)
        or _kind_of_words(tail) is not None
        or not all(_is_cap(t) for t in toks[: p + 1])
        # "South Korea's Joint Chiefs": a body with a title's word, no person
        or any(t.lower().strip(".") in ROLE_WORDS or t.lower()[:-1] in ROLE_WORDS for t in tail)
    ):
        return None
    return SourceName(" ".join(tail), "person", " ".join(toks[: p + 1]), None, alias)


# words of a state's own bodies, which keep their country: "Germany's Federal Network Agency"
_PUBLIC_BODY_WORDS = frozenset(
    words(
        "central national federal state supreme royal joint agency authority office bureau "
        "commission council court police army navy ministry department service institute"
    )
)


def _place_owned(text: str, alias: str | None) -> SourceName | None:
    """ "Chile's Codelco", "South Korea's Samsung Electronics": a body, and its country.

    A country's own bodies keep the country in their name ("Egypt's Supply Ministry").
    """
    place, sep, rest = text.partition("'s ")
    if not sep:
        place, sep, rest = text.partition("\u2019s ")
    rest_toks = rest.split()
    if (
        not sep
        or place.lower() not in COUNTRIES
        or not 1 <= len(rest_toks) <= 4
        or not all(_is_cap(t) for t in rest_toks)
        or _kind_of_words(rest_toks) in ("government", "agency")
        or not _PUBLIC_BODY_WORDS.isdisjoint(t.lower() for t in rest_toks)
    ):
        return None
    inner = _named(rest, rest_toks, alias)
    if inner.kind != "organisation":
        return None  # "South Korea's Joint Chiefs", "Britain's Prince William"
    return SourceName(inner.name, inner.kind, inner.description or place + sep.strip(), None, alias)


def without_country(name: str) -> str:
    """ "Chile's Codelco" -> "Codelco"; a country's own bodies keep it."""
    owned = _place_owned(name, None) if "s " in name else None
    return name if owned is None else owned.name


def _named(text: str, toks: list[str], alias: str | None) -> SourceName:
    ho = _HEAD_OF_NAME.match(text) if " of " in text else None
    if ho:
        # "Head of the Ust-Kamchatsky Municipal District Oleg Borisov": a post, then its holder
        post, name = ho.group(1), ho.group(2)
        head, _, last = post.rpartition(" ")
        if (
            name.count(" ") == 1
            and last.lower() not in _PORTFOLIO
            and head.rpartition(" ")[2].lower() in _PORTFOLIO
        ):
            # "Minister of State for Home Bandi Sanjay Kumar": the portfolio ends before a
            # word it has no place for, which opens a three-word name
            post, name = head, f"{last} {name}"
        return SourceName(name, "person", post, None, alias)
    of = _TITLED_OF.match(text) if " of " in text else None
    if of:
        inner = _named(of.group(1), _TOKEN.findall(of.group(1)), alias)
        if inner.kind == "person":
            desc = " ".join(x for x in (inner.description, "of " + of.group(2)) if x)
            return SourceName(inner.name, "person", desc, None, alias)
    if " of " in text and not of:
        # "Hungarian MEP Gergely Varsanyi of the Patriots for Europe group": a titled person
        left, right = text.split(" of ", 1)
        titled = _named(left, _TOKEN.findall(left), alias) if left.count(" ") >= 2 else None
        if titled is not None and titled.kind == "person" and titled.description:
            desc = f"{titled.description} of {right}"
            return SourceName(titled.name, "person", desc, None, alias)
    described = _described_name(toks, alias)
    if described is not None:
        return described
    if (
        len(toks) >= 3
        and _POSSESSIVE.search(toks[0])
        and all(_is_cap(t) for t in toks[1:])
        and _kind_of_words(toks[1:]) in ("government", "agency", "organisation")
    ):
        # "Egypt's Supply Ministry": the country stays in the name (two countries' energy
        # ministries are two sources); "Supply Ministry" is an alias
        inner = _named(" ".join(toks[1:]), toks[1:], alias)
        return SourceName(text, inner.kind, inner.description, None, alias or inner.name)
    owned = _owned_person(toks, alias) or _place_owned(text, alias)
    if owned is not None:
        return owned
    # split a leading role from a trailing capitalised name: "Kremlin spokesman Dmitry Peskov"
    role_end = -1
    for i, t in enumerate(toks[:-1]):
        w = _unpossessive(t.lower().strip(".,"))
        if w in ROLE_WORDS or ("-" in w and not ROLE_WORDS.isdisjoint(w.split("-"))):
            role_end = i  # "Knott County Judge-Executive Darla Slone": a compound role too
        elif i == 0 and len(toks) >= 3 and _human_noun(w):
            role_end = i  # "Epidemiologist Rana Haddad said": a calling, capitalised first
    if 0 <= role_end < len(toks) - 2 and toks[role_end + 1] in ("of", "for", "on"):
        # "Minister for National Development Lim Wei Jie", "spokesman on national security
        # Keith Monroe": the portfolio, then the name
        k = role_end + 2
        while k < len(toks) - 1 and (toks[k].lower().strip(",") in _PORTFOLIO or toks[k] in _JOINS):
            k += 1
        if k > role_end + 2 and toks[k - 1] not in _JOINS:
            role_end = k - 1
    if role_end >= 0 and _kind_of_words(toks[role_end + 1 :]) is None:
        rest = toks[role_end + 1 :]
        if (
            rest
            # "Minister of Foreign Affairs": the portfolio's last word is no name
            and not (len(rest) == 1 and rest[0].lower().strip(",") in _PORTFOLIO)
            and all(
                _is_cap(t) or t.lower() in ("de", "van", "von", "bin", "al", "da", "le")
                for t in rest
            )
            and len(rest) <= 4
        ):
            desc_toks = list(toks[: role_end + 1])
            if desc_toks and desc_toks[0].lower() == "the":
                desc_toks = desc_toks[1:]
            desc = " ".join(t for t in desc_toks if t.lower().strip(".") not in _HONORIFICS)
            name = " ".join(rest)
            kind = _kind_of_words(rest) or "person"
            return SourceName(_POSSESSIVE.sub("", name), kind, desc or None, None, alias)
    name = text
    if toks[0].lower() in _HONORIFICS or toks[0].lower().rstrip(".") in _HONORIFICS:
        name = " ".join(toks[1:])
    name = _POSSESSIVE.sub("", name).strip() or text
    if name.isupper() and len(name) > 4 and name.lower() in OUTLET_WORDS:
        name = name.title()  # "REUTERS" in a photo credit is Reuters
    found = _kind_of_words(toks)
    if found is not None:
        kind = found
    elif len(toks) == 1 and toks[0].isupper() and len(toks[0]) >= 2 and "." not in toks[0]:
        kind = "organisation"  # an acronym: "NATO", "UNICEF"
    else:
        # "Maria Lopez", "Mr. Dole": a person; a single unknown word ("Nordbank") is more
        # often a company than a surname never introduced with a first name
        caps = [t for t in toks if _is_cap(t) or (t[:1].islower() and _PARTICLE.match(t))]
        honorific = toks[0].lower().rstrip(".") in _HONORIFICS
        person = (
            2 <= len(caps) <= 4
            and len(caps) == len(toks)
            and toks[0].lower() != "the"
            # "Sweden's Riksbank": a place's body; no person's name holds a possessive
            and not any(_POSSESSIVE.search(t) for t in toks[:-1])
        )
        kind = "person" if person or honorific else "organisation"
    if name.lower().startswith("the ") and len(name) > 4:
        name = "The " + name[4:] if kind == "outlet" else name[4:]
    short = _OUTLET_SHORT.get(name.removeprefix("The ").lower())
    if short is not None and alias is None:
        kind, alias = "outlet", short  # "the FT reported": the Financial Times, by its initials
    return SourceName(name, kind, None, None, alias)


# whom a pollster worked for: "United Surveys for the Wirtualna Polska portal"
_FOR_CLIENT = re.compile(
    r"\sfor\s(?:(?:the\s)?[A-ZÀ-ÞĀ-ɏ][^,]*\s(?:portal|newspaper|daily|broadcaster|channel|website"
    r"|magazine|weekly|network)$|(?:broadcasters?|newspapers?|the\s(?:newspaper|daily|broadcaster)"
    r"|TV|Radio)\b.*$)"
)
_STUDIED_PEOPLE = frozenset(
    words(
        "veterans adults children patients women men people voters residents workers students "
        "households teenagers infants users consumers employees nurses doctors farmers "
        "participants respondents"
    )
)
_COUNTED = re.compile(r"\d|(?:more|nearly|about|over|some|almost|around)\s", re.I)
_NUMBERS_OF = re.compile(r"(?i:an?\s|the\s)?(?i:analysis|data|figures|statistics|numbers)\sof\s")
_TRAILING_PARTICIPLE = re.compile(
    r"\s(?:released|published|issued|compiled|posted|updated)(?:\s(?:on\s|in\s)?(?:Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|(?:last|this)\s(?:week|month"
    r"|year))(?:\s\d{1,2}|\s(?:morning|afternoon|evening|night))?)?$"
)
# "separate CSO data", "a 2021 Government Accountability Office report": the body's own
_FRESH = re.compile(
    r"(?P<art>(?:[Aa]n?|[Tt]he)\s(?=(?:19|20)\d\d\s))?(?:separate|new|latest|preliminary"
    r"|provisional|fresh|official|(?:19|20)\d\d)\s"
)
# numbers a body keeps, read as the body's own: "the department's most recent figures"
_COUNTS = frozenset(words("figures data statistics numbers estimates estimate"))
_PARTIES = frozenset(words("Republicans Democrats Conservatives Liberals Socialists Greens"))
# a person's name, then the body they belong to
_PERSON_OF = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?((?!(?:The|A|An)\s)[A-Z](?:[^\W\d_]|['\u2019-])*[a-z]"
    r"(?:\s[A-Z][a-z]+)?(?:\s[A-Z]\.)?\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+)"
    r"\sof\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w&.'\u2019-]*(?:\s(?:(?:of|for|and|the)\s)?[A-Z&][\w&.'\u2019-]*){0,5}"
)
# titles that are no one's surname: "Opposition Member of Parliament …" names no Mr Member
_POSTS = frozenset(
    words(
        "member minister secretary director commissioner chairman chairwoman chairperson "
        "president officer spokesman spokeswoman spokesperson senator governor mayor ambassador "
        "deputy head"
    )
)
# words of an institution's name, never a person's: "Federal Reserve of New York"
_INSTITUTION_WORDS = frozenset(
    words(
        "federal national royal central state general international united european american "
        "british reserve world global supreme high city county first new"
    )
)
# firms spoken of together: "according to the airlines"
_PLURAL_BODIES = frozenset(
    words(
        "airlines carriers companies firms banks lenders insurers automakers carmakers "
        "utilities operators retailers manufacturers producers exporters refiners miners"
    )
)
# the words joining a portfolio's: "Minister for Home Affairs and Law"
_JOINS = frozenset(("and", "&", "of", "for"))
# what a minister or secretary is "of" or "for": "Minister for National Development"
_PORTFOLIO = frozenset(
    words(
        "national development home affairs foreign finance health state trade industry defence "
        "defense education transport manpower law justice environment energy labour labor "
        "agriculture culture community youth sport sports digital information communications "
        "social family families sustainability water resources interior security public works "
        "housing urban economic economy planning tourism science technology innovation commerce "
        "women children welfare fisheries forestry mines mining petroleum power railways "
        "aviation infrastructure veterans local government treasury budget revenue customs "
        "immigration citizenship rural external internal overseas climate food farming "
        "employment pensions business investment enterprise land lands natural heritage arts "
        "media disaster management emergency homeland care skills parliament police environmental "
        "research operations policy strategy corporate staff intelligence statistics prisons "
        "administration marketing sales engineering compliance legal investor relations human "
        "rights studies medicine surgery economics"
    )
)
# news outlets better known by their initials, and the full names a reader searches for
_OUTLET_SHORT = {
    "ft": "Financial Times",
    "wsj": "The Wall Street Journal",
    "nyt": "The New York Times",
    "afp": "Agence France-Presse",
    "pti": "Press Trust of India",
    "ians": "Indo-Asian News Service",
    "kcna": "Korean Central News Agency",
    "dpa": "Deutsche Presse-Agentur",
    "scmp": "South China Morning Post",
}


_HEAD_OF_NAME = re.compile(
    r"((?:(?:Deputy|Acting|First\sDeputy)\s)?(?:Head|Chief|Director|Chairman|Chairwoman|Chair"
    r"|President|Governor|Mayor|Secretary|Minister|Commander|Leader|Rector|Dean)\sof\s"
    r"(?:the\s)?(?:[A-ZÀ-ÞĀ-ɏ][\w'\u2019.-]*\s(?:(?:of|for|and|the|on)\s)*){0,6}?"
    r"(?:District|Region|Ministry|Committee|Council|Administration|Service|Department|Agency"
    r"|Office|Company|Corporation|Bank|Group|Institute|University|Board|Commission|Authority"
    r"|Oblast|Province|Republic|Party|Federation|Union|Court|Centre|Center|Directorate"
    r"|Municipality|Territory|Krai|County|State|City|Fund|Foundation|Association|Academy)"
    r"(?:\s(?:of|on|for)\s(?:the\s)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s(?:and\s)?[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*)?)?)"
    r"\s([A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]+){1,2})$"
)


def person_key(name: str) -> str:
    """The surname a later mention may use alone: "Maria Lopez" -> "lopez"."""
    toks = name.split()
    return toks[-1].lower().strip(".,") if toks else ""


def kind_from_description(description: str) -> SourceKind | None:
    """The kind an appositive implies: "the newspaper of Russia's Defense Ministry" -> outlet."""
    if description.rsplit(None, 1)[-1].lower() in ROLE_WORDS:
        return "person"  # "Ohio Department of Health spokesman": a person with a role
    head = re.split(r"\s+(?:of|for|at|in|from|with|who|which|that)\s+", description, maxsplit=1)[0]
    if "'s " in head or "\u2019s " in head:
        # "the Pennsylvania Department of Transportation's district executive": the post
        head = re.split(r"['\u2019]s\s", description)[-1]
        head = re.split(r"\s+(?:of|for|at|in|from|with|who|which|that)\s+", head, maxsplit=1)[0]
    if " on " in head and head.split(" on ", 1)[0].rsplit(None, 1)[-1].lower() in ROLE_WORDS:
        return "person"  # "representative on the board", "spokesman on security"
    toks = _TOKEN.findall(head)
    if not toks:
        return None
    last = _POSSESSIVE.sub("", toks[-1].lower())
    if last in ANAPHOR_NOUNS:
        kind = ANAPHOR_NOUNS[last]
        if kind == "report":
            return None
        return kind  # type: ignore[return-value]
    if (
        last in ROLE_WORDS
        or last in _RELATIONS
        or last in ("democrat", "republican", "independent", "member")
    ):
        return "person"
    return _kind_of_words(toks[-1:])
