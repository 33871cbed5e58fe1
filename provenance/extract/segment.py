"""Split article text into sentences with offsets and a kind: headline, body, caption, chrome.

A hand-written rule segmenter: lines are grouped into paragraphs (a line broken in the
middle of a sentence is joined to the next one), page chrome lines are recognised by
shape and wording, and paragraphs are cut into sentences at terminal punctuation unless
the word before it is a known abbreviation ("U.S.", "Nov.", "Rep.", "D-Calif.").
"""

from __future__ import annotations

import re
from typing import NamedTuple

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

_STREET_TYPES = frozenset(words("st ave rd blvd hwy"))
_CAP_OPENERS = frozenset(w.capitalize() for w in _OPENERS)
_ABBREV_LEN = max(len(w) for w in _ABBREV_NEVER | _ABBREV_MAYBE)
_ABBREV_LOWER = frozenset(words("e.g i.e vs v cf al approx est etc pp ch vol fig figs op ed"))
_NEXT_DIGIT = re.compile(r"\s*\d")
# group 1: the punctuation that ends the sentence, without the spaces after it (one mark,
# then "*" rather than "+": the pattern then starts with a set the scan can jump to)
_BOUNDARY = re.compile(
    r"([.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]]*)(?:\s+|(?=[\"\u201c]?[A-ZÀ-Þ][a-zß-ÿ]))"
)
_NEXT_OK = re.compile(r"[\"'\u201c\u2018(\[]*[A-Z0-9À-Þ]")
# what follows a clock time in the same sentence: a day, a month, a zone
_TIME_GOES_ON = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday jan january feb february "
        "mar march apr april may jun june jul july aug august sep sept september oct october "
        "nov november dec december eastern pacific central mountain local"
    )
)
# a sentence that starts with a capital or a digit needs no _NEXT_OK (the commonest case)
_CAP_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018(\[]*([A-Za-z]+)")

_TERMINAL_CHARS = frozenset(".!?:;\"'\u201d\u2019)]\u2026")
_CONTINUE_CHARS = frozenset(",-\u2013\u2014(")
_CONTINUE_WORDS = frozenset(words("and or but the a an of to in on for with"))


def _ends_terminal(line: str) -> bool:
    """Does the line end with sentence punctuation (or a closing quote/bracket)?"""
    return line.rstrip()[-1:] in _TERMINAL_CHARS


_CLOSING_QUOTES = "\"'\u201d\u2019"


def _ends_like_a_sentence(line: str) -> bool:
    """_ends_terminal, but a quote closed on a word ends no sentence: a title may end so.

    "… blames tariffs and a \u2018cautious consumer\u2019" is a title; "… said.\u201d" ends a
    sentence.
    """
    line = line.rstrip()
    if line[-1:] in _CLOSING_QUOTES and line.rstrip(_CLOSING_QUOTES)[-1:].isalnum():
        return False
    return _ends_terminal(line)


def _ends_mid_sentence(line: str) -> bool:
    """Does the line stop on a comma, dash or function word, so the sentence goes on?"""
    line = line.rstrip()
    if line[-1:] in _CONTINUE_CHARS:
        return True
    k = line.rfind(" ")
    return line[k + 1 :].lower() in _CONTINUE_WORDS


_STARTS_LOWER = re.compile(r"\s*[a-z]")
# a byline in small letters, names only and the date: "by Ann Roe", "by Ann Roe on 3 June 2027"
_BY_NAME_LINE = re.compile(
    r"by\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&)){0,4}"
    r"(?:\s+on\s+(?:\w+day,?\s+)?[\w ,.]{3,24}?\d{4})?"
    # "by Ann Roe | Today at 4:05 a.m.": a stamp after a bar
    r"(?:\s*[|\u2022\u00b7]\s*[^|\n]{1,40})?\s*$"
)
_EMAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_LIST_COUNTER = re.compile(r"(?:list\s+\d+\s+of\s+\d+|end\s+of\s+list)\W*$", re.IGNORECASE)
# a picture's button under its credit, in small letters: "hide caption", "toggle caption"
_CAPTION_BUTTON = re.compile(
    r"(?:hide|show|toggle|view|expand|collapse)\s+(?:the\s+)?captions?\W*$"
    r"|enlarge\s+(?:this\s+)?(?:image|photo|picture)\W*$",
    re.IGNORECASE,
)

# Page chrome: whole lines that are navigation, metadata or appeals, never content.
_CHROME_LINE = re.compile(
    r"""^\W*(?:
        # the site's name after the heading: "More Stories From Valley Radio"
        (?:latest|breaking|top|more|related|recommended|trending|featured)\s+(?:(?:news|stories|
            articles|posts|videos|reads?)(?:\s+from\s+(?-i:(?:[Tt]he\s+)?[A-Z][\w&.'\u2019-]*(?:\s+
            (?:[A-Z][\w&.'\u2019-]*|of|and|&)){0,4}))?|from\s.*)
        # a section's word or two in the heading: "Latest National Stories", "More World Stories"
        |(?:latest|top|more)\s+(?:[\w-]+\s+){1,2}?(?:stories|headlines)
        |see\s+(?:all|more|also)\b.*|read\s+(?:more|next|also|the\s+full\s+story)\b.*
        |show\s+more|load\s+more|related(?:\s*:.*)?|more\s*:.*|watch\s*:.*|listen\s*:.*
        |end(?:\s+of\s+list)?
        |comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off)\b.*
        |related\s+(?:topics?|articles?|coverage|links)\s*:.*|also\s+read(?:\s*[:|\u2014\u2013-].*)?
        # a heading over a strip of linked picture stories: "Visual Stories", "Web Stories"
        |(?:visual|web|photo)\s+stories
        |read\s*\|.*
        |(?:edited|produced)\s+by\s*:.*|send\s+us\s+your\s+feedback.*
        # an editor's or translator's credit, names only, often in brackets at the story's foot:
        # "(Edited by Ann Roe)", "Translated by Tom Hale and Ann Roe"; the credits chained by a
        # dash or a bar: "Translated by Ann Roe - Edited by Tom Hale"
        |(?:edited|produced|translated|fact[-\s]checked|medically\s+reviewed)\s+by\s+
            (?-i:[A-Z][\w.'\u2019-]*
            (?:(?:\s+|,\s+|\s+(?:and|&)\s+)(?:[A-Z][\w.'\u2019-]*|de|van|von|la|al)){0,6})
            (?:\s*[-\u2013\u2014|;/]\s*(?:edited|produced|translated|fact-checked|proofread|adapted)
            \s+by\s+(?-i:[A-Z][\w.'\u2019-]*(?:(?:\s+|,\s+|\s+(?:and|&)\s+)(?:[A-Z][\w.'\u2019-]*|de
            |van|von|la|al)){0,6})){0,3}
        # where the rest of the story came from: "With inputs from PTI", "With files from The
        # Canadian Press"
        |with\s+(?:inputs?|files)\s+from\s.*
        # a colleague's share, names and places only: "With a report from Ann Roe in Oslo",
        # "With reporting by Tom Hale and The Canadian Press" ("With a report from the IMF due
        # …, markets fell." is a sentence)
        |with\s+(?:a\s+|additional\s+)?(?:reports?|reporting)\s+(?:from|by)\s+(?-i:(?:[Tt]he\s+)?
            [A-Z][\w.'\u2019-]*(?:(?:\s+|,\s+)(?:[A-Z][\w.'\u2019-]*|in|and|&|de|van|von|la|al|the))
            {0,10})
        # the wire that helped, the whole line in brackets at the story's foot: "(Valley News with
        # AFP)", "(With Reuters and AP)"
        |\((?-i:\s*(?:[A-Z0-9][\w&.'\u2019-]*\s+){0,3}[Ww]ith\s+[A-Z][\w&.'\u2019-]*(?:\s+(?:and\s+|&\s+)?
            [A-Z][\w&.'\u2019-]*){0,3})\s*\)
        |for\s+reprint\s+rights.*|[^()]{3,40}\(with\s+[^()]{2,40}\)
        |[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+(?:[\w-]+\s+){0,3}?
            (?:correspondent|editor|reporter|writer|columnist|contributor)
        # two names or more, then their role: "ANN ROE and TOM HALE, Valley News staff writers"
        |(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:(?:,\s+|,?\s+(?:and|&)\s+)
            [A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}){1,3}),\s+(?:[\w-]+\s+){0,3}?
            (?:correspondents|editors|reporters|writers|columnists|contributors)
        |explore\s+more\s+on\s+(?:these|this)\s+topics?
        |our\s+standards\s*:.*|(?:acquire\s+|purchase\s+|buy\s+)?licensing\s+rights|trust\s+principles.*
        |[^.!?]{1,80}?,?\s*\(?opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?
        |advertisements?|sponsored(?:\s+content)?|ads?|promoted|paid\s+content
        |share(?:\s+(?:this|on|via|article|story|page|post|link)\b.*)?|tweet|print|e-?mail|copy\s+link
        # a share button's message: "Link Copied!", "Copied to clipboard"
        |(?:link\s+)?copied(?:\s+to\s+(?:the\s+|your\s+)?clipboard)?
        |(?:the\s+)?(?:link|url)\s+(?:has\s+been|was|is)\s+copied(?:\s+to\s+(?:the\s+|your\s+)?
            clipboard)?
        # a weekly's print-edition notes: "From the October 18th 2025 edition", "Discover
        # stories from this section and more in the list of contents"
        |from\s+the\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}
            (?:st|nd|rd|th)?,?\s+\d{4}\s+(?:print\s+)?edition
        |discover\s+stories\s+from\s+this\s+section\b.*
        # a daily's print-edition note at the story's foot: "Published in The Valley Post, March
        # 4th, 2027" ("Published in 2019, the report found …" is a sentence)
        |(?:published|printed|appeared)\s+in\s+(?-i:(?:[Tt]he\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z]
            [\w&.'\u2019-]*){0,4}),?\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov
            |dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun
            |jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?),?\s+\d{4}
        # the clock before the day: "1:24 pm on 4 November 2025" (RNZ), "6.05pm, 4 Mar 2027"
        |\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s+on\s+|\s*,\s*|\s+)(?:\d{1,2}\s+(?:jan|feb|mar|apr|may
            |jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug
            |sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})
        # the stamp's label in the present tense, a colon after it: "Publish : 4 Mar 2027, 03:26
        # PM", "Update: March 4, 2027" (the date after the colon: "Update: the council has voted
        # …" is an editor's note of another shape)
        |(?:(?:publish|update|post|modif(?:y|ied)|last\s+modified|last\s+update(?:d)?\s+on)\s*:
            |(?:publication|release|published)\s+date\s*:?)\s*(?:(?:\w+day|mon|tue|wed|thu
            |fri|sat|sun)\.?,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov
            |dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*
            \.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m
            \.?)?(?:\s+[a-z]{2,5})?)?
        # a bare address on its own line: a short link to the story, "https://p.dw.com/p/4mQ7c";
        # the share button's label before it: "Copy URL https://valley.example/story-123"
        |(?:copy\s+(?:the\s+)?(?:url|link)\s*:?\s*)?(?:https?://|www\.)\S+
        # an editor's note on the story, dated: "Update, October 21st, 6:10PM ET: Added comment
        # from …", "Correction (Nov. 3): …"
        |(?:updated?|correction|clarification)\s*[,(\[]?\s*(?:(?:\w+day,?\s+)?(?:jan|feb|mar|apr|may
            |jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar
            |apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\d{1,2}[:.]\d{2})[^!?]{0,40}?[)\]]?\s*:\s.*
        # a newsletter's tagline under its name: "A free daily digest of the news that matters most"
        |an?\s+(?:free\s+)?(?:daily|weekly|morning|evening|monthly|nightly|twice-weekly)\s+(?:digest
            |roundup|round-up|briefing|newsletter|email|dispatch)\b[^.!?]{0,80}
        # … "the" or "our" before it, "free" in it, and no sentence: "The free newsletter covering
        # the week's top headlines" ("The free newsletter was launched in May." is a sentence)
        |(?=[^.!?]*$)(?:the|our)\s+free\s+(?:(?:daily|weekly|morning|evening|monthly|nightly
            |twice-weekly)\s+)?(?:e-?mail\s+)?(?:digest|roundup|round-up|briefing|newsletter
            |dispatch)\b.{0,80}
        # a sign-up form's field: "Email (required)", "Email address:"
        |e-?mail(?:\s+address)?\s*(?:\((?:required|optional)\)|\*)?
        |comments?(?:\s+\(\d+\))?|list\s+(?:of\s+\d+\s+items?|\d+\s+of\s+\d+)
        # "Subscribers paid …" is a sentence
        |subscribe\b.*|subscribers?[\s-]+only\b.*
        |sign\s+(?:up|in).*|log\s*in|register|newsletters?.*|follow\s+us.*
        # a reading-time widget, "to" in it or not ("5 mins to read"), the stamp after it, a bar
        # between or none: "4 min read Last Updated : Mar 04 2027 | 10:15 AM IST" ("It takes 5
        # minutes to read the meter." is a sentence)
        |(?:[^.!?]{0,50}?[\u00b7|\u2022\u2013\u2014-]\s*)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:to\s+)?
            read(?:ing\s+time)?
            (?:\s*[\u00b7|\u2022\u2013\u2014-][^.!?]{0,50}|\s+(?:last\s+)?(?:updated|published|posted)
            (?:\s+(?:on|at))?\s*:?\s*(?:[a-z]{3,9}\.?\s+)?\d[^.!?]{0,50})?
        # the date before it, an icon's name glued between: "Thu., Mar. 4, 2027timer5 min. read"
        |(?:(?:\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun
            |jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\s*
            (?:[\u00b7|\u2022\u2013\u2014-]\s*)?(?:[a-z_]{1,12}\s*)?\d{1,3}\s*min(?:ute)?s?\.?\s+read
        # the label first: "Reading time 3 min.", "Reading time: 4 minutes"
        |(?:reading|read)\s+time\s*:?\s*\d+\s*min(?:ute)?s?
        # a player's running time alone, in brackets or not: "(3 min)", "4 minutes"
        |\d{1,3}\s*(?:mins?|minutes?)
        |listen(?:\s+to\s+(?:this\s+)?article)?.*
        |(?:get|sign\s+up\s+for|subscribe\s+to)\s+(?:the\s+|our\s+)?.{0,70}newsletters?.*
        |most\s+read\b.*|-*\s*with\s+assistance\s+from\s.*|more\s+from\s.*
        # a link to the writer's other stories, by the byline: "More by this Author", "More
        # stories by Ann Roe" ("More by luck than design, …" is a sentence)
        |more\s+(?:(?:stories|articles|posts|news)\s+)?by\s+(?:(?:this|the)\s+(?:author|writer
            |reporter|columnist|journalist|contributor)s?|(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z]
            [\w.'\u2019-]*){0,3}))
        # a date line, the update's date in brackets after it: "Nov 12, 2025 (updated: Nov 13,
        # 2025)"; the clock after a dash: "March 4, 2027 \u2014 6.00am"; the writer's name or the
        # town before it, a dash, a bar, a dot or a comma between (a byline with no "By"): "Ann
        # Roe \u2013 Mar 4, 2027 6:10 pm | 12", "Oslo \u25cf Thu, March 4, 2027", "Valley Post ,
        # Thursday 4 Mar 2027"
        |(?:(?-i:[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von|la|al)){0,4})\s*
            [-\u2013\u2014|\u00b7\u2022\u25cf,]\s*)?
        (?:(?:(?:\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}
            (?:st|nd|rd|th)?,?\s+\d{4}(?:(?:,?\s*|\s*(?:[-\u2013\u2014|\u00b7]|//?)\s*)(?:at\s+)?\d{1,2}
            (?:[:.]\d{2}|\s*[ap]\.?m\b).{0,40})?
            (?:\s+[-\u2013\u2014|\u00b7]\s+[\w&\s]{1,30})?(?:\s*\(\s*(?:last\s+)?(?:updated?|modified
            |edited)\s*:?\s*[\w\s,.:]{1,40}\))?
        # (a comma after the month, the clock after a dash: "Thu, 4 Mar, 2027 - 18:05")
        |(?:(?:\w+day|mon|tue|wed|thu|fri|sat|sun),?\s+)?\d{1,2}\s+
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?
            \s+\d{4}
            (?:(?:,?\s*|\s*(?:[-\u2013\u2014|\u00b7]|//?)\s*)(?:at\s+)?\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b).{0,24})?(?:\s*\(\s*(?:last\s+)?(?:updated?|modified
            |edited)\s*:?\s*[\w\s,.:]{1,40}\))?)
        |authors?|category|categories|tags?|topics?|keywords?|filed\s+under.*|section|menu|home|search
        # the label, a slash or a bar, then the list: "Categories / Courts, Health, Technology"
        |(?:categor(?:y|ies)|tags?|topics?|keywords?|sections?)\s*[/|\u203a>\u00bb]\s*[^.!?]{1,120}
        # a search box's placeholder: "Search quotes, news & videos", "Search the site"
        |search\s+(?:for\s+|the\s+|this\s+|our\s+)?(?:(?:quotes|news|videos?|articles|stories|topics
            |people|companies|symbols|tickers|keywords?|site|archives?|more)(?:\s*(?:,|&|and|or)\s*
            |\s+)?){1,6}
        # "From Chidi Nnadi, Enugu": the correspondent and where they file from
        |from\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+
            (?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)
        # "On November 20, 2025 5:47 pm In News by Chinedu Okafor, Abuja"
        |on\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})\s+
            \d{1,2}:\d{2}\s*(?:am|pm)?\s.*\bby\s+[A-Z].*
        # "—With a report from Jessica Ramirez/VBL, GMA Integrated News": a contributor
        |[\u2014\u2013-]?\s*with\s+(?:a\s+)?reports?\s+from\s+(?-i:[A-Z]).{0,100}
        # a topic alert: "Add topic to email alerts", "Follow this topic"
        |add\s+(?:this\s+)?(?:topic|author|story)\s+to\s+(?:email\s+alerts|my\s+feed|favou?rites)
        # "Minh Quang - Hoàng Anh / Tuoi Tre News": the writers, then the paper
        |(?-i:[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*){0,3}(?:\s[-\u2013]\s
            [A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*(?:\s[A-ZÀ-ÞĀ-ɏ][\w'\u2019-]*){0,3}){1,3}\s/\s
            [A-Z][\w&'\u2019.-]*(?:\s[A-Z][\w&'\u2019.-]*){0,3})
        # "Author of the article: Dana Kirkland", "Reporter: Ann Roe"
        |(?:author|reporter|writer)s?(?:\s+of\s+(?:the|this)\s+(?:article|story|post))?\s*:\s*
            (?-i:[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&)){0,5})
        # a byline label, the name on the next line or after a colon: "Text by:", "Words by: …"
        |(?:text|words|story|article|written|reported|interview|photos?|pictures?|video)\s+by
            (?:\s*:.*)?
        # … the names after the deed: "Article published by Ann Roe", "Story edited by Tom Hale"
        |(?:article|story|post|page)\s+(?:published|posted|edited|written|updated|produced)\s+by\s+
            (?-i:[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&)){0,5})
        # a newsletter's offer: "Unlock the Editor's Digest for free", "Unlock full access"
        |unlock\s+(?:[^.!?]{1,50}?\s+for\s+free|(?:unlimited|full|premium|digital)\s+
            (?:access|articles?|content)[^.!?]{0,40})
        |(?:tags?|topics?|keywords?|suggested\s+topics|sources?|(?:news\s+)?tips?
            |(?:topics|subjects|areas)\s+(?:covered|included))\s*:.{0,120}
        # a story's filing labels: "Commodity: Oil, Natural Gas", "Sectors: Energy, Mining"
        |(?:commodit(?:y|ies)|sectors?|categor(?:y|ies)|sections?|regions?|industr(?:y|ies))\s*:\s*
            (?-i:[A-Z][\w&'\u2019-]*(?:\s[A-Z&][\w&'\u2019-]*)*
            (?:,\s(?:and\s)?[A-Z][\w&'\u2019-]*(?:\s[A-Z&][\w&'\u2019-]*)*)*)
        |(?:(?:main|top|header|featured|lead|cover)\s+)?(?:image|photo|picture|video|media)\s+
            (?:(?:source|credit)s?\s*[,:].{0,60}|caption\s*[,:]?)
        # a credit line on its own, no caption before it: "Image: Kay Nietfeld/dpa/picture alliance"
        |(?:images?|photos?|pictures?|photograph|illustration)\s*:\s*[^.!?:]{1,80}
        # "Credits: Unsplash; Author: Unsplash;"
        |credits?\s*:\s*[^.!?]{1,80}
        |for\s+(?:editorial\s+)?use\s+only\b.*
        |this\s+is\s+(?:a\s+)?(?:breaking|developing)\s+(?:news|story)\b.*
        # "This story is developing. Please check back for updates.", "This article has been
        # updated." (a note on the story, not in it)
        |this\s+(?:story|article|post)\s+(?:is\s+(?:developing|breaking|being\s+updated)
            |(?:has\s+been|was|will\s+be)\s+updated)\b.*
        |(?:please\s+)?check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:updates|more\s+(?:updates
            |details))\b.*
        # an audio player over the story: "Press play to listen to this article", "Voiced by
        # artificial intelligence."
        |(?:press|tap|click|hit)\s+play\s+to\s+(?:listen|hear)\b.*
        |(?:voiced|narrated|read)\s+by\s+(?:artificial\s+intelligence|ai)
        # … the voice's maker or the reader named, the line no sentence: "Voiced by Polly Speech",
        # "Narrated by Ann Roe"; "This article is read by an automated voice."
        |(?:voiced|narrated)\s+by\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})
        |this\s+(?:article\s+|story\s+|audio\s+)?is\s+(?:being\s+)?(?:read|voiced|narrated)\s+
            (?:aloud\s+)?by\s+(?:an?\s+)?(?:automated|synthetic|computer-generated|artificial|ai)\b.*
        # the programme a radio story was heard on, over its byline: "Heard on Morning Edition"
        |(?:as\s+)?heard\s+on\s+(?-i:[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|the|and|&
            |with)){0,5})
        # a picture's buttons: "hide caption", "toggle caption", "Enlarge this image"
        |(?:hide|show|toggle|view|expand|collapse)\s+(?:the\s+)?captions?
        |enlarge\s+(?:this\s+)?(?:image|photo|picture)
        # the page's text-size buttons: "Larger text size", "Very large text size", "Font size"
        |(?:(?:very|extra)\s+)?(?:small|smaller|smallest|normal|standard|default|regular|medium|large
            |larger|largest|big|bigger|biggest)\s+(?:text|font|type)(?:\s+size)?
        # … its buttons after it: "Font size: A A A", "Text size A- A A+"
        |(?:(?:increase|decrease|reduce|change|adjust)\s+)?(?:the\s+)?(?:text|font)\s+size
            (?:\s*:?\s*(?:a\s*[+-]?\s*){1,4})?
        # a trust link under the title: "Why you can trust SCMP"
        |why\s+(?:you\s+can|to)\s+trust\s+[\w\s]{1,30}
        # a sign-up form's messages: "Thank you for subscribing!", "We have more newsletters",
        # "Something went wrong, please try again later.", "You can unsubscribe at any time."
        |thanks?(?:\s+you)?\s+for\s+(?:subscribing|signing\s+up|registering)(?:\s+to\s+[^.!?]{1,40})?
        |(?:we\s+have\s+)?(?:more|other)\s+newsletters
        |(?:something\s+went\s+wrong|an?\s+error\s+(?:has\s+)?occurred)\W+(?:please\s+)?try\s+again
            (?:\s+later)?
        |you\s+(?:can|may)\s+(?:unsubscribe|opt\s+out)\s+at\s+any\s+time\b.*
        # a heading over linked headlines: "Don't miss these insights from CNBC PRO"
        |don[\u2019']?t\s+miss(?:\s+(?:these|this|our)\s+(?:[\w-]+\s+){0,2}?(?:insights|stories
            |articles|reads|picks|videos|highlights|headlines)(?:\s+from\s+[^.!?]{1,40})?)?
        # "Skip to content"; around an in-story box: "skip past newsletter promotion", "Skip next
        # section Explore more"
        |skip\s+(?:to\s+.*|(?:past|over)(?:\s+[\w-]+){1,4}
            |(?:next|this)\s+(?:section|ad|advert|advertisement|video|module)(?:\s+[\w-]+){0,3})
        |jump\s+to\s+.*|close|open|next|previous|prev
        # links for keyboard users: "Go to accessibility shortcuts", "Keyboard shortcuts for audio
        # player", "Accessibility links"
        |(?:go\s+to\s+)?(?:accessibility|keyboard)\s+(?:shortcuts|links|options|settings|help)
            (?:\s+for\s+(?:the\s+)?(?:audio|video|media)\s+player)?
        # a video's embed box: "Copy/paste the article video embed link below:", "Copy embed code"
        |(?:copy\s*(?:/|and|&)?\s*paste|copy)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,3}?embed\s+
            (?:link|code|url)(?:\s+below)?|embed\s+(?:this\s+)?(?:video|code|link)
        # a prompt to rank the site in Google's results: "Add AP News on Google", "Make The Hindu
        # a preferred source on Google"
        |(?:add|make|set)\s+[^.!?]{1,40}?\s+(?:(?:on|to|in)\s+google(?:\s+news)?|(?:as\s+)?(?:a\s+|your\s+)?
            preferred\s+source(?:\s+on\s+google)?)
        # the same, the search engine's logo lost: "Get more news on", "Get more Valley News on
        # Google"
        |get\s+more\s+(?:(?-i:[A-Z])[\w&.'\u2019-]*\s+){0,3}?(?:news|stories|updates|coverage)\s+
            (?:on|from|in|via)(?:\s+google(?:\s+news)?)?
        # a pop-up's button to put it off: "Remind me later", "Maybe later", "Not now"
        |(?:remind\s+me\s+later|maybe\s+later|not\s+now|ask\s+me\s+later)
        |(?:show|hide|open|close|expand|collapse|toggle)\s+
            (?:(?:the|expanded|main|site|side|mobile|top|full|primary|secondary)\s+){0,2}
            (?:menu|navigation|nav|search|sidebar|drawer)(?:\s+(?:menu|bar|panel|drawer))?
        |(?:enter|type)\s+(?:your\s+)?e-?mail(?:\s+address)?(?:\s+here)?|your\s+e-?mail\s+address
        |(?:[\w&'\u2019-]+\s+){0,3}?(?:demo\s+request|request\s+a\s+demo|remote\s+log\s*in
            |terminal\s+log\s*in|customer\s+(?:support|service)|(?:the\s+)?company\s+&\s+its\s+products)
        |(?:[^.!?]{0,40}?\s[-\u2013\u2014|]\s+)?back\s+to\s+(?:top|home\s*page|home)
        |most\s+(?:read|popular|viewed|shared)|you\s+(?:may|might)\s+also\s+like.*
        |(?:all\s+)?rights\s+reserved.*|\u00a9.*
        # "Copyright 2025 …", or the holder's name, capitalised, then the year: "Copyright The
        # Ledger Company Limited 2025. All rights reserved."
        |copyright(?:\s*(?:\u00a9|\(c\)|\d{4}|by\b).*|\s+(?-i:(?:(?:[A-Z][\w.'\u2019-]*|&)\s+){1,6})
            \d{4}\b(?:[.,;]\s*(?:all\s+)?rights\s+reserved.*)?)
        # headings over linked headlines or tags: "Just in", "More Reporting on Farm Policy",
        # "Topics you may be interested in", "Trending Stocks"
        |just\s+in|more\s+(?:reporting|coverage|stories|news)\s+(?:on|about)\s+[^.!?]{1,50}
        |(?:topics|tags|stories|articles)\s+you\s+(?:may|might)\s+(?:(?:also\s+)?(?:be\s+interested\s+in
            |like|enjoy|follow))
        |trending\s+(?:now|stocks|topics|tags|searches|quotes|today)
        # a republishing box: "Republish this article for free", "Creative Commons License (CC
        # BY-NC-ND 4.0)"
        |republish\s+(?:this|our)\s+(?:story|article|stories|articles)\b[^.!?]{0,40}
        |creative\s+commons\s+(?:license|licence|attribution)\b[^.!?()]{0,40}(?:\([^()]{1,40}\))?
        |(?:related|more|suggested)\s+(?:tags|topics|stories|coverage|content|links|reading|videos
            |on\s+(?:this|the)\s+(?:story|topic|subject))|more\s+about\s*:.*
        |(?:have|got)\s+a\s+(?:confidential\s+|news\s+|story\s+){0,2}tip\b.*
        |get\s+in\s+touch
        # a link to the site's own offers: "Get our Tech Resources", "Get our free app"
        # (its name capitalised, or what it is: "Get our kids home" is a plea)
        |get\s+our\s+(?:(?-i:[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})|(?:free\s+|daily\s+
            |weekly\s+|latest\s+)?(?:[\w-]+\s+)?(?:apps?|newsletters?|podcasts?|e-?books?|guides?
            |resources|white\s*papers?|alerts|briefings?))
        # a link to more of the site or its owner: "Learn more about Refinitiv"
        |(?:learn|find\s+out|discover)\s+more(?:\s+(?:about|at|on|from)\s+[^.!?]{1,60})?
        |(?:send|submit|share)\s+(?:us\s+)?(?:your\s+|a\s+)?(?:news\s+|story\s+)?
            (?:tips?|ideas?)\b.*
        # the writer named: "Write to Ann Roe at ann.roe@valley.example"
        |(?:e-?mail|call|text|contact|reach|write\s+to)\s+(?:us\s+|the\s+(?:newsroom|author|reporter
            |editors?)\s+|(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+)?(?:at\s+)?
            (?:[\w.+-]+@[\w-]+\.\w|\+?\d[\d ().-]{6,20}\d).*
        |before\s+it[\u2019']?s\s+here,.*|save\s+(?:articles?|stories|this\s+\w+)\s+to\s.*
        # an account's offer to keep the story: "Create your free account or sign in to save this
        # article", "Log in, register or subscribe to save articles for later"
        |(?:create|sign\s+up|sign\s+in|log\s*in|register|subscribe|join)\b[^.!?]{0,60}?\bto\s+
            (?:save|bookmark)\s+(?:this\s+|these\s+|your\s+)?(?:articles?|stories|story|page|posts?
            |items?|content)(?:\s+(?:for\s+later|to\s+read\s+later))?
        # "Follow Valley News on Facebook, on X, or on Instagram", "Follow the Valley Post on
        # Google News"
        |follow\s+.{1,40}?(?::|\s+on\s+(?:twitter|x|facebook|instagram|telegram|linkedin|tiktok
            |youtube|threads|bluesky|whatsapp|google(?:\s+news)?|apple\s+news|flipboard|mastodon)
            (?:\s*(?:,|and|or|&)\s*(?:(?:or|and)\s+)?(?:on\s+)?
            (?:twitter|x|facebook|instagram|telegram|linkedin|tiktok|youtube|threads|bluesky
            |whatsapp|google(?:\s+news)?|apple\s+news|flipboard|mastodon))*)
        # a writer's handle under the story: "Follow him @annroe", "Follow her on X @annroe"
        |follow\s+(?:him|her|them|me|us)\s+(?:on\s+(?:twitter|x|instagram|threads|bluesky)\s+)?
            (?:at\s+)?@[\w.]+
        # a contact note: "For feedback, complaints, or inquiries, contact us.", "For corrections,
        # email us"
        |for\s+(?:(?:feedback|complaints?|inquiries|enquiries|queries|questions|comments|corrections
            |suggestions)(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)?){1,5}\s*,?\s+(?:please\s+)?
            (?:contact|e-?mail|write\s+to|call|reach)\s+us\b.*
        |join\s+(?:the\s+conversation|the\s+discussion|our\s+.{0,30}?(?:forum|community)).*
        # the comment box's promotion: "Join lively debates, follow other Valley readers and see
        # their replies" (the readers' talk, not a story's "join the talks")
        |join\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:conversations?|discussions?|debates?)\b
            [^.!?]{0,80}?\b(?:readers|commenters|replies|comments)\b.*
        # a reaction widget's question: "How does this make you feel?", "What's your reaction?"
        |how\s+(?:does|did)\s+this\s+(?:(?:article|story|post|news)\s+)?make\s+you\s+feel
        |what(?:[\u2019']s|\s+is)\s+your\s+reaction
        # a live stream's link in the menu: "Watch Valley TV Live" (the channel's name in capitals)
        |watch\s+(?-i:[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})\s+live
            (?:\s+(?:tv|stream|now))?
        # a date in figures, the update's after it: "04.03.2027 - Update : 04.03.2027",
        # "Published: 2027-03-04 14:30"; the same date in words after it: "03/04/2027 March 4,
        # 2027" (a machine's date and a reader's, side by side)
        |(?:(?:published|posted|updated?)\s*:?\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})
            (?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?
            (?:\s*[-|\u2013\u2014,]?\s*(?:(?:\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?
            (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}
            (?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct
            |nov|dec)[a-z]*\.?,?\s+\d{4}))?
            (?:\s*[-|\u2013\u2014,]\s*(?:last\s+)?(?:updated?|modified)\s*:?\s*
            (?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})
            (?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?)?
        # the heading over a list of the issuer's releases: "Recent news releases from Valley
        # Power, Inc.", "More press releases"
        |(?:recent|latest|more|other)\s+(?:news|press)\s+releases(?:\s+(?:from|by)\s+
            (?-i:(?:[Tt]he\s+)?[A-Z][\w&.,'\u2019-]*(?:\s+[A-Z][\w&.,'\u2019-]*){0,6}))?
        |this\s+(?:interview|conversation|transcript|q\s*&\s*a)\s+has\s+been\s+(?:lightly\s+)?
            (?:edited|condensed).*
        |read\s+about\s+our\s+approach\s+to\s.*
        |.{0,40}\s+(?:is|are)\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external.*
        |(?:hey|hi),?\s+we\s+noticed\s+you[\u2019']re\s+reading.*
        |(?:[\w-]+\s+){0,3}?(?:correspondent|editor|reporter|writer|columnist|contributor)
            (?:,\s*[^.!?]{1,40})?
        # the site's terms for reuse: "All materials on this site may be used only with a hyperlink
        # to valley.example", "Content may be reprinted only with an active link" (the site or
        # the link named: "The materials may be used only with the court's consent" is news)
        |(?:all\s+)?(?:the\s+)?(?:materials?|content|articles?|texts?|publications?)\s+(?:(?:on|of
            |from|published\s+on|posted\s+on)\s+(?:this|the|our)\s+(?:web\s*)?(?:site|portal|page
            |resource)\s+(?:may|can|must)\s+(?:only\s+)?be\s+(?:used|reproduced|reprinted|republished
            |quoted|copied|cited|distributed)\b.*|(?:may|can|must)\s+(?:only\s+)?be\s+(?:used
            |reproduced|reprinted|republished|quoted|copied|cited|distributed)\s+(?:only\s+)?with\s+
            (?:an?\s+)?(?:active\s+|direct\s+|clickable\s+|visible\s+)?(?:hyper)?link\b.*)
        |this\s+(?:material|article|story|content)\s+may\s+not\s+be\s+(?:published|reproduced
            |copied|redistributed).*
        |(?:from|in|more\s+in)\s+the\s+section\b.*
        |privacy(?:\s+policy)?|terms(?:\s+of.*)?|cookies?\s+(?:policy|settings|preferences).*
        |(?:we\s+use\s+cookies|cookies\s+on\s+(?:the\s+|this\s+|our\s+)?(?:\S+\s+){0,4}?
            (?:website|site|app)\b).*
        |(?:(?:yes|no|ok|okay),?\s+)?(?:i\s+(?:agree|accept)|take\s+me\s+to\s+(?:the\s+)?settings)
        # the reader asked to consent: "Let us know you agree to cookies", "By continuing to
        # browse the site you are agreeing to our use of cookies"
        |(?:let\s+us\s+know|tell\s+us|please\s+confirm)\s+(?:if\s+|whether\s+|that\s+)?you\s+
            (?:agree|consent|accept)\b[^.!?]{0,60}
        |by\s+(?:continuing|using|clicking|browsing|staying)\b[^.!?]{0,80}?\byou\s+(?:are\s+)?
            (?:agree|consent|accept)(?:s|ing)?\b.*
        # the heading over an author's or editor's note, or over a summary list: "Note from the
        # author:", "Key developments on Nov. 21:", "What we know so far:"
        |(?:a\s+)?(?:note|message|letter|word)\s+(?:from|to)\s+(?:the|our)\s+(?:author|editors?
            |readers?|newsroom|publisher|founders?)|(?:editor|author)[\u2019']?s[\u2019']?\s+note
        |(?:key|main|latest)\s+(?:developments|points|takeaways|events|updates|headlines)
            (?:\s+(?:on|for)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?
            \s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct
            |nov|dec)[a-z]*\.?(?:\s+\d{4})?|today|yesterday))?
        |what\s+(?:we\s+know|you\s+need\s+to\s+know|to\s+know)(?:\s+(?:so\s+far|now|today))?
        # an offer priced by the period: "Fund the free press with \u00a34 per month"
        |(?:fund|support|subscribe|join|donate|give|get|try|start|unlock|read)\b[^.!?]{0,60}?\s
            (?:for|with|from|at)\s+(?:just\s+|only\s+|as\s+little\s+as\s+)?
            [\u00a3$\u20ac\u00a5\u20b9]\s?\d+(?:[.,]\d+)?\s*
            (?:(?:per|a|an|/|every)\s*(?:month|week|year|day|mo|yr)\b|monthly|weekly|annually)
            [^.!?]{0,40}
        |contribut(?:ing|ors?)\s*:.*
        # the writer's name after a label: "Reporter : Ann Roe", "Writer: Ann Roe and Tom Hale"
        |(?:reporters?|writers?|authors?|correspondents?|journalists?)\s*:\s*(?-i:[A-Z][\w.'\u2019-]*
            (?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w.'\u2019-]*){0,5})
        # two buttons in one: "Manage or reject cookies", "Accept/refuse all cookies"
        |(?:accept|reject|allow|manage|refuse|decline|customi[sz]e)(?:(?:\s*[,/&]\s*|\s+(?:or|and)\s+)
            (?:accept|reject|allow|manage|refuse|decline|customi[sz]e))*\s+(?:all\s+|my\s+|your\s+)?
            (?:cookies|cookie\s+(?:settings|preferences|choices)|preferences)
        |contact(?:\s+us)?|about(?:\s+us)?|donate.*|support\s+(?:us|our).*
        # a donation box's heading: "Support Independent, Nonprofit Journalism", "Support local
        # news"
        |support\s+(?:(?:[\w-]+,?|and|&)\s+){0,4}?(?:news|journalism|reporting|media)
        # … the outlet's name, capitalised, and what its journalism is, no sentence after it:
        # "Support The Valley Post's journalism of courage and depth" ("Support for Roe's
        # reporting of the case grew." is a sentence)
        |support\s+(?-i:(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s?\s+
            (?:[\w-]+\s+){0,2}?(?:journalism|reporting|news)\b(?![^.!?]*[.!?])[^.!?]{0,60}
        # a sponsor's slot: "Support Provided By: Learn more", "Funding for this story provided by:"
        |(?:support|funding|underwriting)\s+(?:for\s+[^.!?:]{1,40}?\s+)?(?:is\s+)?provided\s+by
            (?:\s*:.*)?
        |become\s+a\s+(?:member|subscriber|supporter).*|click\s+here.*
        # "Become an NPR sponsor", "Become a Guardian supporter": the outlet's name in the offer
        |become\s+an?\s+(?:[\w-]+\s+){0,2}?(?:sponsor|member|subscriber|supporter|patron)s?
        |watch(?:\s+(?:now|live))?
        |videos?(?:\s+\d{1,2}(?::\d{2}){1,2})?|photos?|image
        # a picture box's label and prompt: "PHOTO GALLERY (CLICK TO ENLARGE)", "Click to expand"
        |(?:(?:photo|image|picture|video)\s+)?gallery(?:\s*\(?\s*click\s+to\s+(?:enlarge|expand
            |view)\s*\)?)?|click\s+to\s+(?:enlarge|expand)
        # a video player's label, its title after it: "Click to play video: 'Union says …'"
        |click\s+to\s+(?:play|watch)\s+(?:the\s+)?video\b.*
        |(?:last\s+)?updated(?:\s+(?:on|at))?\s*(?:[-\u2013\u2014]\s*)?[:\d].*
        |(?:published|posted|updated)(?:\s+(?:on|at|in))?\s*(?:[-\u2013\u2014]\s*)?(?:[:\d]|(?:jan|feb|mar|apr|may|jun
            |jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:[a-z]{3,9}\.?\s+)?
            \d).*
        |(?:updated|published|posted)
        # stamped by the day's word and the clock, the zone in brackets, the update after it:
        # "Published today at 8:14 pm (Paris), updated at 9:02 pm", "Updated yesterday at 18:05"
        |(?:updated|published|posted)\s+(?:today|yesterday)(?:\s*,?\s*at)?\s+\d{1,2}(?:[:.h]\d{2})?
            (?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?(?:\s*\([^()]{1,30}\))?
            (?:\s*[,;|\u2013\u2014-]?\s*(?:last\s+)?(?:updated|modified)\s+(?:(?:today|yesterday)\s+)?
            (?:at\s+)?\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?
            (?:\s*\([^()]{1,30}\))?)?
        |(?:issued|modified|first\s+published|last\s+modified)(?:\s+on)?\s*:\s*\d.*
        # a section and the day it ran, as a dateline: "Politics of Tuesday, 14 October 2025"
        |[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)
            ,?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}
        |(?:this\s+(?:\w+\s+)?was\s+)?(?:updated|published|posted)\s+(?:\d+\s+)?(?:\w+\s+)?ago
        # "Last update: about 4 hours ago"
        |(?:last\s+)?update\s*:\s*(?:about\s+|over\s+)?(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?
            |hrs?|days?|weeks?)\s+ago
        # the date, then the byline's name: "October 22, 2025 Elena Moretti"
        |(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}
            \s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2})
        |(?:additional\s+)?(?:reporting|editing|writing)\s+by\s.*|compiled\s+by\s.*
        # a byline; the wire that helped after "with": "By Ann Roe with AFP", "By Le Monde with
        # AFP"; its label before "By" ("Written By Ann Roe, Tom Hale"), the date after a dash or a
        # bar ("by Ann Roe and Tom Hale - 03/11/26 9:47 PM ET"); in capitals, the address in
        # brackets ("BY ANN ROE [ann.roe@valley.example]"); a colon after "By" ("By: Ann Roe -
        # Reporter"); the outlet after "for" ("By Ann Roe for Valley Radio Harbor"); the role at
        # the outlet and the town after dashes ("By Ann Roe - Reporter at Valley News - Harbor");
        # the date after a space ("By Valley News 4 March 2027")
        |(?-i:(?:(?i:written|reported|words|text|story)\s+)?(?:[Bb]y|BY)(?:\s*:)?\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von|la|al|with))
            {0,5}(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|la|al)){0,3}
            (?=,|\s+(?:and|&)\s)){0,4}
            (?:,?\s+(?:and|&)\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|la|al))
            {0,3})?
            (?:\s+for\s+(?:[Tt]he\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4})?
            (?:\s*[\[(<]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>])?
            (?:\s*[,|/\u2022\u2013\u2014-]\s*(?:[A-Z][\w.'\u2019-]*\s*){1,4}(?:(?:at|for|with)\s+
            (?:[Tt]he\s+)?(?:[A-Z][\w&.'\u2019-]*\s*){1,4})?){0,2}
            (?:(?:\s*[-\u2013\u2014|,\u2022\u00b7]\s*|\s+(?:on\s+)?)(?:(?:[Pp]ublished|[Uu]pdated
            |[Pp]osted)
            \s*:?\s*)?
            (?:\d{1,2}/\d{1,2}/\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?
            \s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)
            [a-z]*\.?,?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?
            (?:\s+[A-Z]{2,4})?)?)?)
    )\W*$""",
    re.VERBOSE | re.IGNORECASE,
)
# a section label and a clock time before the date: "All News 16:48 November 04, 2025" (apart
# from _CHROME_LINE: only lines with a ":" need it)
_STAMP = re.compile(
    r"\W*(?:[^\W\d_][\w/&-]*\s+){0,3}?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s+"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})\W*$",
    re.IGNORECASE,
)
# A heading over a list of linked headlines ("Read next", "More on this story"): the short
# unpunctuated lines that follow it are links, not text.
_POINTER = re.compile(
    r"\W*(?:read\s+(?:this\s+)?(?:next|more|also)(?:\s+(?:from|on|about|with|at)\s+[^.!?]{1,40})?|also\s+read"
    r"|related(?:\s+(?:stories|story|articles?|coverage|content|reading|links?))?"
    r"|recommended|more\s+on\s+this(?:\s+story)?|you\s+(?:may|might)\s+also\s+like|see\s+also"
    # the latest headlines over the page's own, at its top: "Just In..."
    r"|just\s+in)\W*$",
    re.IGNORECASE,
)
# The same, but only once the headline or the text has begun: at the top of a page these are
# menu items ("Top stories", "Video"), and the line after a menu item may be the headline.
_POINTER_LATE = re.compile(
    r"\W*(?:(?:related|recommended|suggested)\s+(?:stories|articles|reads?|reading|topics|links"
    r"|coverage|content|videos|news|for\s+you)"
    # "Recent news releases from Valley Power, Inc.": the issuer's other releases
    r"|(?:recent|latest|more|other)\s+(?:news|press)\s+releases(?:\s+(?:from|by)\s[^!?]{1,60})?"
    r"|more\s+(?:on|about)\s+this\s+(?:topic|subject)"
    # "Editor's picks", "Editors' picks"
    r"|(?:top|popular|trending|featured|editor(?:s?[\u2019']s?|s)?)\s+(?:stories|articles|news|reads"
    r"|videos|picks)|most\s+(?:read|viewed|popular|shared|watched)|more\s+from\s+[^.!?]{1,40}"
    r"|more\s+(?:stories|videos|news)|watch(?:\s+(?:now|next|more))?|explore\s+more"
    # "More courts coverage"; a blog's neighbours: "Previous article", "Next post"
    r"|more\s+(?:[\w-]+\s+){1,2}coverage|(?:previous|next|older|newer)\s+(?:article|post|story)"
    r"|recommended\s+(?:from|by)\s+[^.!?]{1,30}"
    # the site's name after it: "More Stories From Valley Radio", "Top Stories from the Ledger"
    r"|(?:more|latest|top|related|recommended|popular)\s+(?:stories|articles|news|videos|reads)"
    r"\s+from\s+[^.!?]{1,40}"
    # "More Reporting on Farm Policy", "Topics You May Be Interested In", "Trending Stocks"
    r"|more\s+(?:reporting|coverage|stories|news)\s+(?:on|about)\s+[^.!?]{1,50}"
    # "Go deeper into Valley Post's coverage", "Dive deeper"
    r"|(?:go|dive|dig)\s+deeper(?:\s+into\s+[^.!?]{1,50})?"
    # "Latest in Business", "More in Politics"
    r"|(?:latest|more)\s+in\s+[A-Z][\w&' -]{1,30}"
    # a short item's label over its linked headline: "Brief", "News in brief"
    r"|(?:(?:news\s+)?in\s+)?briefs?"
    r"|(?:topics|tags|stories|articles)\s+you\s+(?:may|might)\s+(?:(?:also\s+)?(?:be\s+interested"
    r"\s+in|like|enjoy|follow))|trending(?:\s+(?:now|stocks|topics|tags|searches|quotes|today))?"
    r"|videos?(?:\s+\d{1,2}(?::\d{2}){1,2})?"
    # a section's latest headlines ("Latest National Stories"), a tag list under its heading
    # ("KEYWORDS", "Related Tags": "bears, wildlife, hunting"), "Don't miss these insights from …"
    r"|(?:latest|top|more)\s+(?:[\w-]+\s+){1,2}?(?:stories|headlines)|(?:visual|web|photo)\s+stories"
    r"|(?:related\s+)?(?:tags|topics|keywords)|don[\u2019']?t\s+miss(?:\s+(?:these|this|our)\b"
    r"[^.!?]{0,60})?)\W*$",
    re.IGNORECASE,
)
# a heading over one link: "Related article", "Related story"
_POINTER_ONE = re.compile(r"\W*related\s+(?:article|story|link|video)\W*$", re.IGNORECASE)
# Appeals and promotions that run over several sentences: the whole paragraph is chrome.
_APPEAL = re.compile(
    r"\b(?:your\s+support|support\s+(?:us|our\s+(?:work|journalism|reporting))|donate\b"
    r"|mak(?:e|ing)\s+a\s+(?:\w+\s+)?(?:donation|gift)|your\s+donation|behind\s+a\s+paywall"
    # "… we depend on readers like you", "We want to hear from you", "our submission guidelines"
    r"|paid\s+subscription|by\s+clicking\s+here"
    r"|readers\s+like\s+you|before\s+you\s+go\b|we\s+want\s+to\s+hear\s+from\s+you|our\s+submission\s+guidelines"
    r"|in\s+your\s+inbox"
    r"|subscribe\s+(?:to|now|today)|sign\s+up\s+(?:for|to|now)|our\s+newsletter"
    r"|become\s+a\s+(?:member|patron|supporter)|break\s+through\s+the\s+algorithm"
    # "If you value this work, please consider becoming a member of the Kyiv Independent."
    # (asked, "please": "Finland is considering becoming a member of NATO" is news)
    r"|please\s+consider\s+(?:becoming|joining)\s+(?:a|as\s+a|our)\s+(?:[\w-]+\s+)?"
    r"(?:members?|patrons?|supporters?|subscribers?)"
    r"|please\s+consider\s+(?:a\s+)?(?:donation|donating|supporting\s+us|subscribing)"
    r"|\bif\s+you\s+(?:value|enjoy(?:ed)?|appreciated?|liked?)\s+(?:this|our|independent|quality"
    r"|local)\s+(?:[\w-]+\s+)?"
    r"(?:work|journalism|reporting|coverage|newsletter)"
    # "Follow BBC Leicester on Facebook, on X, or on Instagram. Send your story ideas to …"
    r"|\bsend\s+(?:us\s+)?your\s+(?:story\s+ideas|stories|news\s+tips)"
    r"|(?:^\W*|(?<=[.!?]\s))follow\s+[^.!?]{1,40}?\s+on\s+(?:facebook|twitter|x|instagram|tiktok"
    r"|youtube|linkedin|telegram|threads|bluesky)\b(?![^.!?]{0,60}\b(?:said|says|told|added)\b)"
    r"|(?:ad|paywall)\s*-?\s*free|independent\s+journalism\s+(?:needs|relies)"
    r"|this\s+article\s+is\s+(?:free|available)|whitelist\s+us|disable\s+your\s+ad\s*blocker"
    # a newsletter box: "Our morning email breaks down …", "Privacy Notice: Newsletters may …"
    r"|privacy\s+(?:notice|policy)"
    # ("said at an evening briefing" is where words were said)
    r"|(?<!at\san\s)(?<!at\sa\s)(?<!at\sthe\s)(?<!during\san\s)(?:morning|daily|evening|weekly)"
    r"\s+(?:e-?mail|briefing)"
    # a cookie banner: "We use cookies to give you the best online experience. Please …"
    r"|\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies|\baccept\s+(?:all\s+)?cookies"
    # a consent banner's standard text: "We and our 842 partners store and/or access information
    # on a device, such as cookies, and process personal data …"
    r"|\bwe\s+and\s+our\s+(?:\d[\d,]*\s+)?(?:partners|vendors)\b"
    # "Valley News and its partners use cookies and other tracking technologies …"
    r"|\band\s+(?:its|our|their)\s+(?:\d[\d,]*\s+)?(?:partners|vendors)\s+(?:use|store|set)\s+"
    r"cookies\b"
    r"|\bstore\s+and/or\s+access\s+information\s+on\s+a\s+device"
    # an event's ticket offer: "Join 10,000+ tech and VC leaders at Disrupt 2026. Register now and
    # save up to $475."
    r"|\bregister\s+(?:now|today)\s+(?:and|to)\s+(?:save|get|claim|secure|lock\s+in)\b"
    r"|\bjoin\s+(?:over\s+|more\s+than\s+)?[\d,.]+\s*(?:k\b)?\+?\s+(?:[\w-]+\s+){0,4}?(?:leaders"
    r"|founders|investors|attendees|executives|professionals|innovators|decision[\s-]makers)\s+at\b"
    # "By subscribing, you can help us get the story right.", "By signing up, you agree to
    # receive email newsletters …"
    r"|\bby\s+(?:subscribing|signing\s+up|registering|becoming\s+a\s+(?:member|subscriber"
    r"|supporter)|donating)\b[^.!?]{0,20}\byou\b"
    # a newsletter's promise: "Get the biggest … stories straight to your inbox"
    r"|\b(?:straight|direct(?:ly)?|delivered)\s+(?:to|into)\s+your\s+inbox"
    # an affiliate disclosure: "If you buy something from a Verge link, Vox Media may earn a
    # commission.", "We may earn a commission from links on this page."
    r"|\bif\s+you\s+(?:buy|purchase|click)\b[^.!?]{0,80}?\b(?:may|might|could)\s+(?:earn|receive"
    r"|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|share\s+of)"
    r"|\bwe\s+(?:may|might)\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:affiliate\s+)?"
    r"commission\b[^.!?]{0,40}?\b(?:links?|purchases?)\b"
    # an offer to follow the story's tags: "Follow topics and authors from this story to see more
    # like this in your personalized homepage feed …"
    r"|(?:^\W*|(?<=[.!?]\s))follow\s+(?:topics|authors|this\s+(?:topic|author|writer|reporter))\b"
    r"[^.!?]{0,60}?\b(?:to\s+(?:see|get|receive|be\s+notified)|alerts|feed)\b"
    # the comment box's notice: "We have migrated to a new commenting platform. If you are
    # already a registered user …", "Please register and login to post comments."
    r"|\bcommenting\s+(?:platform|system)\b"
    r"|\b(?:register|log\s*in|sign\s+in)\b[^.!?]{0,20}?\bto\s+(?:post|leave|add|write)\s+"
    r"(?:a\s+|your\s+)?comments?\b|\bguidelines\s+for\s+(?:posting|leaving)\s+(?:your\s+)?comments\b)",
    re.IGNORECASE,
)
# the appeal at a story's foot: "I hope you appreciated this article. Before you move on, I was
# hoping you would consider … supporting the Guardian's journalism." (the reader is asked: "We
# must support local journalism," a minister says, is a quote); run on the lowercased text
_READER_APPEAL = re.compile(
    r"\byou\b[^.!?]{0,80}?\bsupport(?:ing)?\s+(?:[\w\u2019'.-]+\s+){0,3}?journalism\b"
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
    "privacy",
    "mail",
    "briefing",
    "inbox",
    "paywall",
    "cookies",
    "send ",
    "partners",
    "register",
    "join",
    "commission",
    "follow",
    "comment",
    "gift",
    "like you",
    "before you",
    "hear from",
    "guidelines",
)
# "Hannah Leclerc covers health for the Sentinel. Reach her at hl@sentinel.com."
# "Ann Roe can be reached at ann.roe@valley.example. Follow her @annroe." (the writer named
# first: "The hotline can be reached at …" is no note)
_AUTHOR_BIO = re.compile(
    r"\b(?:reach|contact|email|e-mail|write\s+to)\s+(?:him|her|them|me|us|the\s+author)?\s*at\s+"
    r"[\w.+-]+@[\w-]+\.\w"
    r"|(?:^\W*|(?<=[.!?]\s))(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s+can\s+be\s+"
    r"reached\s+(?:by\s+e-?mail\s+)?at\s+[\w.+-]+@[\w-]+\.\w",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(
    r"\b(?:you|your|us|our|we|today|now)\b|^\W*(?:help|donate|subscribe|support|follow)"
    r"|\bsign\s+up\b|\bbecome\s+a\s+(?:patron|member|supporter|subscriber)\b"
)
_CREDIT_KEYS = (
    "photo",
    "image",
    "picture",
    "pic:",
    "supplied",
    "handout",
    "copyright",
    " | ",
    "video",
    "source",
    "credit",
    "illustration",
    "/",
    "\u00a9",
)
_CREDIT_KEY = re.compile("|".join(map(re.escape, _CREDIT_KEYS)))
_CREDIT = re.compile(
    r"\(\s*(?:(?:(?:satellite|aerial|drone|handout|archive)\s+)?"
    r"(?:photo|image|picture|video|source|credit|illustration|file\s+photo|pic)s?"
    # "(Satellite image \u00a92025 Maxar Technologies)": the sign and the year are no name
    r"(?:\s+(?:by|courtesy(?:\s+of)?|credit))?\s*[:/-]?\s*(?:\u00a9\s*(?:\d{4}\s*)?)?([^()]{1,80}?)"
    r"|([A-Z][\w&.' -]{0,40}?)\s*(?:/\s*[^()]{1,60}?)?\s+(?:photo|pool\s+photo|file\s+photo)"
    r"(?:\s*/\s*[^()]{1,60}?)?)\s*\)\s*$"
    r"|(?:^|\s)(?:photo|image|picture|credit|source)s?\s*(?:by|courtesy\s+of)?\s*:\s*"
    r"([^.:]{1,80}?)\.?\s*$"
    # wire style, no brackets, after the caption: "... March 3, 2023. REUTERS/Lisa Mann/File Photo"
    # (alone on a line, "Culture/Sports" is a menu item)
    r"|\s(?-i:([A-Z][A-Za-z&]{1,20}))/(?-i:[A-Z][\w.'\u2019-]*)(?:\s[\w.'\u2019-]+){0,3}"
    r"(?:\s*/\s*(?:file\s+photo|pool|handout|photo|getty\s+images))?\s*$"
    # "(Sarah Whitlow/The Fairhaven Sentinel)", "(AFP via Getty Images)": who holds the picture
    r"|\(\s*(?-i:[A-Z])[\w&.' -]{1,40}?\s*/\s*((?-i:[A-Z])[\w&.' -]{1,60}?)(?:\s*/\s*\d{4})?"
    r"\s*\)\s*$"
    r"|\(\s*((?-i:[A-Z])[\w&.' -]{1,30}?)\s+via\s+(?:getty\s+images|ap|reuters)\s*\)\s*$"
    # in square brackets: "... on Wednesday [Ana Ruiz/AFP]", "[File: Ana Ruiz/Reuters]"
    r"|\[\s*(?:file\s*:\s*)?(?-i:[A-Z])[\w&.'\u2019 -]{1,40}?\s*/\s*"
    r"((?-i:[A-Z])[\w&.'\u2019 -]{1,60}?)\s*\]\s*$"
    # a staff photographer's credit: "(Ann Roe for The Valley Post)", the outlet the source
    r"|\(\s*(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s+for\s+"
    r"((?-i:(?:[Tt]he\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4}))\s*\)\s*$",
    re.IGNORECASE,
)
# Credits after the caption with no bracket or label, kept apart from _CREDIT so that most
# lines never try them: only a line holding one of their words (_LATE_KEYS) does
_CREDIT_LATE = re.compile(
    # after a slash between spaces, the photographer, a slash, the outlet: "Soldiers during an
    # exercise / J. Roe/LRT"
    r"\s/\s(?-i:[A-Z])[\w.'\u2019 -]{1,40}?/"
    r"((?-i:[A-Z])[\w&.'\u2019-]*(?:\s[A-Z][\w&.'\u2019-]*){0,3})\s*$"
    # "… his family says (Supplied)": the picture's giver unnamed
    r"|\(\s*(supplied|handout)\s*\)\s*$"
    # "… south of Athens, Wednesday - Copyright AFP": the holder after the word
    r"|\s[\u2014\u2013-]\s+copyright\s+((?-i:[A-Z])[\w&.' -]{1,40}?)\s*$"
    # "… in Patna on 2 March | ANI": the agency after a bar (one bar on the line)
    r"|(?<=[\w.)])\s\|\s(?P<bar>(?-i:[A-Z])[\w&.' -]{1,30}?)\s*$"
    # no one named after a dash: "A worker shops in Riyadh. \u2014 Courtesy photo"
    r"|\s[\u2014\u2013-]\s*(courtesy\s+photo|photo\s+courtesy|file\s+photo|handout\s+photo)\s*$"
    # after the caption's full stop or a dash, no bracket: "… on Feb. 11. Photo by Ann Roe for
    # Valley Post", "… on Monday. \u2014 Picture courtesy of the Fire and Rescue Department"
    r"|(?:(?<=[.!?])|\s[\u2014\u2013-])\s+(?:photo(?:graph)?|image|picture|illustration)s?\s+"
    r"(?:by|courtesy\s+of)\s+(?-i:(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s+for\s+)?)"
    r"((?-i:[A-Z])[^.:()]{1,80}?)\.?\s*$",
    re.IGNORECASE,
)
_LATE_KEYS = (
    " / ",
    "upplied",
    "andout",
    "opyright",
    " | ",
    "ourtesy",
    "hoto by",
    "icture by",
    "mage by",
    "llustration by",
    "hotograph by",
)
# a credit's label glued onto the caption's last word, no space: "… pensionsImage: Kay
# Nietfeld/dpa/picture alliance"
_GLUED_CREDIT = re.compile(
    r"(?<=[a-z])(?:Image|Photo|Picture|Photograph|Illustration)s?:\s*[A-Z][^.:]{1,80}?\s*$"
)
# after a copyright sign, no bracket: "… on October 14, 2025. \u00a9 Cris Bouroncle, AFP", "…
# Boeing \u00a9 Carrow": the agency after the photographer's name, else the holder
_CREDIT_AFTER_SIGN = re.compile(
    r"\s+\u00a9\s*(?:\d{4}\s+)?(?:[A-Z][^,/\u00a9()]{0,40}?\s*[,/]\s*)?"
    r"([A-Z][\w&.'\u2019 -]{0,40}?)\s*$"
)
# "KYIV, Jan. 5 (AP) — "; a region, then the date, after the town: "WICHITA, Kansas, Nov 18
# (Reuters) - ", "FLINT, Mich., Oct. 4 (UPI) — "
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'\u2019-]{1,40}?"
    r"(?:,\s*[A-Z][A-Za-z.]*\s*[A-Za-z.]*\s*\d{0,2}(?:,\s*\d{4})?){0,2}"
    r"\s*(?:\([A-Za-z.&' -]{1,30}\))?(?:\s*[\u2014\u2013]|\s+--?)\s*"
    r"|[A-Z][A-Z .,'\u2019-]{1,40}?\s*\([A-Za-z.&' -]{1,30}\)\s*[:\u2014\u2013-]?\s*"
    # TASS's way: "MOSCOW, March 12. /TASS/. "
    r"|[A-Z][A-Z .,'\u2019-]{1,40}?,\s*[A-Z][a-z]+\.?\s+\d{1,2}\.?"
    r"\s*/[A-Z][A-Za-z .&'-]{0,29}/\.?\s+"
)
# AFP's way, the town in plain case: "Huaraz (Peru) (AFP) \u2013 ", "Paris (AFP) - "; a wire
# agency in the brackets, or "Nordbank (NBK) \u2013 The lender …" would lose its subject
_WIRES = (
    r"AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Xinhua|Kyodo|Yonhap|Anadolu|Bernama|PTI|IANS|ANI|TASS|UPI"
)
# the town's line may hold the date alone: "Oct. 29 (UPI) -- Ridgeway Motors …"
_DATELINE_TOWN = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}\s*"
    rf"|[A-Z][\w'\u2019.-]+(?:[ -][A-Z][\w'\u2019.-]+){{0,2}},?)"
    r"\s*(?:\([A-Z][\w .,'\u2019-]{1,30}\)\s*)?"
    rf"\((?:{_WIRES})\)\s*(?:[\u2014\u2013]|--?)\s*(?=[\"'\u201c\u2018A-Z0-9])"
)
_GALLERY_ITEM = re.compile(r"(?:item|image|photo|slide)\s+\d+\s+of\s+\d+\s*[:.|-]?\s+", re.I)
# a dateline's first two characters: a capital, then a capital, space or punctuation
_DATELINE_2ND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .,'\u2019-")
# used with match(text, pos): no "^", which would only match at the start of the whole text
_MD_HEADING = re.compile(r"\s*#{1,6}\s+")
_MD_MARKUP = re.compile(r"\s*(?:[-*+]\s+|>\s*|\d+[.)]\s+)")
_SHARE_BAR = re.compile(
    r"^\W*(?:(?:facebook|x|twitter|telegram|whatsapp|linkedin|reddit|e-?mail|mail|print|share"
    r"|copy\s+link|copy|link|messenger|pinterest|flipboard|bluesky|threads|sms|gift\s+article"
    # the copy button's label and its message: "Copy Link URL Copied!"
    r"|url|copied)"
    r"\W*){2,}$",
    re.IGNORECASE,
)
# menu items apart: "Home | News", "Home • News", "Home  News  Sport" (two spaces or more)
_NAV_SPLIT = re.compile(r"\s*[|\u2022\u00b7>\u203a\u00bb]\s*|\s{2,}|\s+//?\s+")
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
# Chrome that may run past the length of a short line, checked first (cheap tests guard each):
# the wire credits under a story ("Reporting by Ann Roe in Oslo, Tom Hale in Riga; Editing by
# Lee Kim"), a market-data notice ("All quotes delayed a minimum of 15 minutes. See here …"),
# an in-story link ("READ | Court pulls up State …", "ALSO READ | …")
_NAME_WORDS = (
    r"[A-Z][\w.'\u2019-]*(?:(?:,\s*|\s+)(?:[A-Z][\w.'\u2019-]*|in|and|&|de|da|di|van|von|der|la"
    r"|le|al|el|bin))*"
)
# a story's credits name any role, with a word or two before it: "Satellite imagery analysis
# by …", "Photo editing by …", "Design by …" (the names after "by" keep a lowercase word out:
# "Research by Oxford Economics shows …" is a sentence)
_ROLE = (
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had)\s)[A-Za-z-]+\s+){0,2}?"
    r"(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Rr]esearch"
    r"|[Gg]raphics?|[Ff]act-checking|[Pp]roduction|[Dd]esign|[Aa]nalysis|[Ii]llustrations?"
    r"|[Pp]hotography|[Pp]hotos|[Vv]ideo|[Dd]evelopment|[Tt]ranslation|[Dd]ata|[Aa]udio"
    r"|[Aa]rt\s+direction|[Cc]harts?|[Mm]aps?|[Ii]nfographics?)\s+by\s+"
)
_CREDITS = re.compile(
    rf"\W*{_ROLE}{_NAME_WORDS}(?:\s*[;,.]\s*(?:and\s+)?{_ROLE}{_NAME_WORDS})*\s*[.;]?\s*$"
)
_DATA_NOTICE = re.compile(
    # "Data is a real-time snapshot *Data is delayed at least 15 minutes."
    r"\W*(?:(?:market\s+)?data\s+is\s+a\s+real[\s-]time\s+snapshot\W*)?"
    r"(?:all\s+)?(?:(?:stock\s+|market\s+)?quotes|(?:market\s+)?data|prices)\s+(?:are\s+|is\s+)?"
    r"delayed\s+(?:by\s+)?(?:a\s+minimum\s+of\s+|at\s+least\s+|up\s+to\s+)?\d+\s+min",
    re.IGNORECASE,
)
# A byline with no "By", the names and where they write from: "Kate Morris and James Orr in
# London", "Ann Roe in Oslo and Tom Hale in New York" (its shape is a title's too, "Protests
# Erupt in Paris": only under the headline, before the story, is it taken for a byline)
_BYLINE_NAME = (
    r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|da|di|van|von|der|la|le|al|el|bin)){1,3}"
)
_BYLINE_JOIN = r"(?:,\s+|,?\s+and\s+|\s*&\s*)"
_BYLINE_GROUP = (
    rf"{_BYLINE_NAME}(?:{_BYLINE_JOIN}{_BYLINE_NAME})*\s+in\s+[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
)
_BYLINE_IN = re.compile(rf"\W*{_BYLINE_GROUP}(?:{_BYLINE_JOIN}{_BYLINE_GROUP})*\W*$")
# a site, then the sign and the years: "ledger.com \u00a9 1996-2025 The Ledger"
_COPYRIGHT_AFTER = re.compile(
    r"\W*(?:\S+\s+){1,3}?(?:\u00a9|copyright)\s*(?:\u00a9\s*)?\d{4}(?:\s*[-\u2013]\s*\d{4})?\b"
    r"[^.!?]{0,60}\W*$",
    re.IGNORECASE,
)
# a rights notice, however long: "Copyright (c) 2025 Yonhap News Agency prohibits its content from
# being redistributed or reprinted without consent, and forbids …"
_RIGHTS_NOTICE = re.compile(
    r"\W*(?:copyright|\u00a9|\(c\))\s*(?:\u00a9|\(c\))?\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?)?"
    r"[^.!?]{0,80}?\b(?:prohibits?|forbids?|may\s+not\s+be|must\s+not\s+be)\b.*$",
    re.IGNORECASE,
)
# an in-story link, however long its headline: "Read also: 'We hear them before we see them' —
# How …", "Related: …", "See also: …"
_READ_LINK = re.compile(
    r"\W*(?:(?:also\s+)?read(?:\s+(?:also|more|next))?|see\s+(?:also|related|more)"
    r"|related(?:\s+(?:stories|story|articles?|coverage|content|reading|news|search(?:es)?))?|more"
    r"|watch|listen"
    r"|go\s+deeper)\s*(?:\||:)",
    re.IGNORECASE,
)
# who else reported the story, however many names: "Associated Press writers Ann Roe in Oslo and
# Tom Hale in Riga contributed to this report.", "Sven Ek contributed reporting from Bergen."
# (a full stop only after an initial: "Ann B. Roe", "Washington, D.C.")
_CONTRIBUTED = re.compile(
    r"(?:[^.!?]|\b[A-Z]\.){1,300}?\bcontributed\s+(?:(?:additional\s+)?(?:reporting|research)(?:\s+(?:from|in"
    r"|to\s+this\s+(?:report|story|article))\b(?:[^.!?]|\b[A-Z]\.){0,100})?|to\s+this\s+(?:report"
    r"|story|article)(?:\s+from\s+[^.!?]{1,60})?)\s*\.?\s*$"
)
# a blog post's line: "Written by Valley Post staff on October 9, 2025 in Politics - 0 Comments"
_POST_META = re.compile(
    r"(?:written|posted|published)\s+by\s+[^.!?]{1,60}?\s+on\s+(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:\s+in\s+[^.!?]{1,80}?)?"
    r"(?:\s*[-\u2013\u2014|]\s*\d+\s+comments?)?\s*$",
    re.IGNORECASE,
)
# a reporter's address under the story: "Contact Ann Roe: aroe@valley.example. Follow her on X:
# @AnnRoe."
_CONTACT_LINE = re.compile(
    r"contact\s+[^:@]{1,50}?(?::|\s+at)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
    r"(?:\s+follow\s+(?:her|him|them|us)\s+on\s+[^.!?:]{1,30}:?\s*@?[\w.]+\.?)?\s*$",
    re.IGNORECASE,
)
# a plea for patrons: "Please support Valley Post on Patreon", "Become a patron at Patreon!"
_PATRON_PLEA = re.compile(
    r"(?:please\s+)?(?:support\s+[^.!?]{1,60}?\s+on|become\s+a\s+patron\s+(?:at|on|of))"
    r"\s+patreon\W*$",
    re.IGNORECASE,
)
# who paid for the story: "This story was supported by a grant from the Fund for …"
_SUPPORTED_BY = re.compile(
    r"(?:this\s+(?:story|article|report|reporting|project|series|investigation|coverage)\s+was"
    # "Water and environmental reporting at The Arizona Republic is supported in part by …"
    r"|[^.!?]{0,60}?\b(?:reporting|coverage|journalism)\s+(?:at|by|for|in)\s+[^.!?]{1,60}?\s+is)\s+"
    r"(?:supported|funded|made\s+possible|produced)\s+(?:in\s+part\s+)?(?:by|with|through)\b"
    r"(?=[^.!?]{0,80}\b(?:grant|grants|funding|donation|fellowship|partnership|foundation|fund"
    r"|trust|institute|network|project|initiative|center|centre)\b)[^.!?]{0,160}\.?\s*$",
    re.IGNORECASE,
)
# "Join ST's WhatsApp Channel and get the latest news and must-reads."
_JOIN_CHANNEL = re.compile(
    r"(?:join|follow|subscribe\s+to)\s+[^.!?]{0,40}?\b(?:(?:whatsapp|telegram|signal|viber|line)"
    r"\s+channel\b|on\s+(?:whatsapp|telegram)\b)[^.!?]{0,100}"
    r"\.?\s*$",
    re.IGNORECASE,
)
# a short label over what follows it: "Short link:", "Dive Brief:", "Print Options:"
_LABEL_LINE = re.compile(r"[A-Z][\w'\u2019&-]*(?:\s[\w'\u2019&-]+){0,5}:")
# ... unless it introduces someone's words: "The ministry said:", "The statement reads:"
_SAYS = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|reads?|stated|states|explained|replied"
    r"|declared|announced|noted|continued|asked|warned|quote|quoted|statement|according)\b",
    re.IGNORECASE,
)
# The site's promotion of its own news, apps and services: "Get Current Updates on India News,
# Weather Today, Latest News at …", "Catch every big hit, every wicket with Crick-it, a one
# stop destination for Live Scores, …", "Download the … app to get daily market updates"
# (an imperative first, not in quotes; then the sales words; not "Discover", a card company)
_PROMO_VERBS = (
    "get ",
    "track ",
    "catch ",
    "download ",
    "stay ",
    "check out ",
    "explore ",
    "keep up ",
    "don't miss ",
    "don\u2019t miss ",
    "receive ",
)
_PROMO = re.compile(
    r"\s*(?:get|receive|catch|download|track|stay\s+(?:updated|tuned|informed|connected|up\s+to\s+date|ahead)"
    r"|check\s+out|explore|keep\s+up|don[\u2019']?t\s+miss)\b[^.!?]{0,120}?"
    r"(?:\b(?:latest|current|breaking|live|daily|real-time|instant|top)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:news|updates|scores|headlines|stories)\b|\bapps?\b|\bone[-\s]stop\s+(?:destination|shop)"
    r"|(?:&|\band)\s+much\s+more\b"
    # a newsletter's tagline: "Get the inside scoop on … — every weekday morning."
    r"|\bevery\s+(?:weekday|morning|evening|day|week)\b).{0,250}$",
    re.IGNORECASE,
)
# a paid product's promotion, however long: "Want more analysis from POLITICO? POLITICO Pro is
# our premium intelligence service …", "Want more stories like this? …"
_WANT_MORE = re.compile(
    r"\W*want\s+more\s+(?:(?:[\w-]+\s+){0,3}?from\s+(?-i:[A-Z])[^.!?]{0,40}"
    r"|(?:stories|news|articles|analysis)\s+like\s+this)\?(?:\s.*)?$",
    re.IGNORECASE,
)
# a subscription box's tagline, however long: "In a time of both misinformation and too much
# information, quality journalism is more crucial than ever." (alone on its line)
_JOURNALISM_TAGLINE = re.compile(
    r"[^.!?]{0,80}?\b(?:quality|independent|trusted|reliable|local)\s+journalism\s+(?:is|has\s+never"
    r"\s+been)\s+(?:more\s+(?:crucial|important|vital|essential|needed|necessary)|(?:crucial"
    r"|important|vital|essential|needed|necessary)\s+(?:now\s+)?more)(?:\s+than\s+ever)?\W*$"
    # a donation box's heading: "Good journalism doesn't come free", "Independent journalism
    # isn't cheap" (the line ends there: "… doesn't come cheap, the owner said." is a quote)
    r"|[^.!?]{0,60}?\b(?:quality|good|independent|local|real|great|serious|investigative|free)\s+"
    r"journalism\s+(?:doesn[\u2019']t|does\s+not|isn[\u2019']t|is\s+not|never\s+comes?|can[\u2019']t"
    r"\s+be|cannot\s+be)\s+(?:come\s+)?(?:for\s+)?(?:free|cheap)\W*$",
    re.IGNORECASE,
)
# a site's standing notices: "ABC acknowledges Aboriginal and Torres Strait Islander peoples as
# …", "This service may include material from Agence France-Presse (AFP), … which is copyright"
_SITE_NOTICE = re.compile(
    # the site about itself: "Eurasia Review is an independent Journal that provides …"
    r"[\w.&'\u2019 -]{1,40}\s+is\s+an?\s+(?:independent|non-?profit|nonpartisan|award-winning"
    r"|online|digital)\s+(?:journal|newspaper|news\s+(?:site|outlet|organi[sz]ation|website|service"
    r"|platform)|publication|magazine|media\s+(?:outlet|organi[sz]ation|platform))\s+(?:that|which"
    r"|dedicated|devoted|founded|based|covering)\b.*"
    r"|about\s+the\s+authors?\s*:.*"
    r"|[\w\s]{1,40}\backnowledges?\s+(?:the\s+)?(?:Aboriginal|Traditional\s+(?:Owners|Custodians)"
    r"|First\s+Nations)\b.*"
    r"|this\s+(?:service|site|website|page|programme|program)\s+may\s+include\s+material\s+from\b.*"
    # a wire's note to its readers: "Valley Agency website contains only a portion of the news
    # stories offered to subscribers …"
    r"|[\w\s.&'\u2019-]{1,60}?\b(?:website|site|page)\s+(?:contains|carries|publishes|offers|shows)"
    r"\s+only\s+(?:a\s+)?(?:portion|part|selection|fraction|some)\s+of\s+(?:the\s+)?(?:news|stories"
    r"|content|articles)\b.*",
    re.IGNORECASE,
)
# an AI summary box over the story: "Summarize this article with AI", "This is AI generated
# summarization, which may have errors. For context, always refer to the full article."
_AI_SUMMARY = re.compile(
    r"\W*(?:summari[sz]e\s+(?:this\s+)?(?:article|story|post|page)\s+(?:with|using)\s+(?:ai"
    r"|artificial\s+intelligence)\W*"
    r"|this\s+(?:is\s+(?:an?\s+)?ai[\s-]generated\s+summar\w*|summary\s+(?:is|was|has\s+been)\s+"
    r"(?:ai[\s-]generated|generated\s+(?:by|with|using)\s+ai))\b[^!?]{0,200})$",
    re.IGNORECASE,
)
# the heading over a press release's contacts: "Media Contact:", "Investor Relations Contacts",
# "For media inquiries:"; the contact's lines follow it (name, title, email, phone)
_CONTACT_HEAD = re.compile(
    r"\W*(?:(?:(?:media|press|investors?|analysts?|corporate|company|news\s+media)"
    r"(?:\s+(?:and|&)\s+(?:media|press|investors?|analysts?))?\s+(?:relations\s+)?"
    r"(?:contacts?|inquiries|enquiries)"
    r"|(?:media|investor|public|press)\s+relations|contacts"
    r"|for\s+(?:media|press|investor|further|more)\s+(?:inquiries|enquiries|information)"
    r"(?:,?\s+(?:please\s+)?contact)?)\W*|contact\s*:\s*)$",
    re.IGNORECASE,
)
# a reader appeal's opening: "… as you're joining us today from the UK, we have a small favour
# to ask. We rely on funding from readers, …"
_SMALL_FAVOUR = re.compile(r".{0,120}?\bwe\s+have\s+a\s+small\s+favou?r\s+to\s+ask\b.*", re.I)
# a newsletter's blurb: "Jane Roe, Editor of the Ledger, selects her favourite stories in this
# weekly newsletter." (the blurb ends there: a story sentence goes on past the newsletter)
_NEWSLETTER_BLURB = re.compile(
    r"[^.!?]{0,140}?\b(?:in|with|via|from)\s+(?:this|our)\s+(?:free\s+)?(?:[\w-]+\s+){0,2}?"
    r"newsletters?(?:\s+(?:every|each)\s+\w+)?\W*$"
    # "Get the latest insights and analysis from our Global Impact newsletter on the big
    # stories originating in China."
    r"|(?:get|receive)\s+the\s+latest\s[^.!?]{0,80}?\bfrom\s+our\s+(?:[\w-]+\s+){0,3}?"
    r"newsletters?\b[^.!?]{0,100}\W*$"
    # or what "our" newsletters hold: "Our weekly newsletters contain a handpicked selection of
    # news, features, analysis and more from …"
    r"|\W*our\s+(?:free\s+)?(?:[\w-]+\s+){0,2}?newsletters?\s+(?:contains?|brings?|delivers?"
    r"|offers?|features?|gives?|includes?)\b[^.!?]{0,160}\W*$"
    # "The i newsletter cut through the noise": the paper's own newsletter, a slogan
    r"|the\s+[\w-]+\s+newsletters?\s+[^.!?]{0,60}\W*$",
    re.IGNORECASE,
)
# Chrome run on after a caption, on its line: a link's label after the credit ("… REUTERS/Ann
# Roe/File Photo Purchase Licensing Rights, opens new tab"), a usage restriction ("… (For Use Only
# in the Republic of Korea. No Redistribution) (Yonhap)", "… ATTENTION EDITORS - THIS IMAGE HAS
# BEEN SUPPLIED BY A THIRD PARTY. NO RESALES."), where a picture was posted ("… (Kharkiv Oblast
# Military Administration/Telegram)"); searched in a line's last characters
_LINE_TAIL = re.compile(
    r"\s+("
    r"(?:(?:purchase|buy|acquire)\s+)?licensing\s+rights"
    r"(?:,?\s*\(?opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?)?"
    r"|\(\s*(?:for\s+(?:editorial\s+)?use\s+only|editorial\s+use\s+only|no\s+(?:re-?sales?"
    r"|redistribution|archives?)|mandatory\s+credit)\b[^()]{0,120}\)"
    r"(?:\s*\([A-Z][\w .&'-]{1,30}\))?"
    r"|(?-i:(?:ATTENTION\s+EDITORS|EDITORIAL\s+USE\s+ONLY|NO\s+RESALES?|MANDATORY\s+CREDIT"
    r"|THIS\s+IMAGE\s+HAS\s+BEEN\s+SUPPLIED)\b[A-Z0-9 .,:;'\u2019/-]*)"
    r"|\((?-i:[A-Z])[^()]{1,80}/\s*(?:telegram|twitter|x|facebook|instagram|youtube|tiktok|vk"
    r"|social\s+media)\s*\)"
    r")\s*$",
    re.IGNORECASE,
)
_TAIL_KEYS = (
    "licensing rights",
    "use only",
    "no redistribution",
    "no resale",
    "no archive",
    "mandatory credit",
    "attention editors",
    "image has been supplied",
)
_TAIL_PLACES = (
    "/telegram)",
    "/twitter)",
    "/x)",
    "/facebook)",
    "/instagram)",
    "/youtube)",
    "/tiktok)",
    "/vk)",
    "/social media)",
)
# menu labels run together, no space between them: "Show moreHide expanded menu"
_RUN_TOGETHER = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


class Span(NamedTuple):
    """A sentence-sized span of the text, with its kind and paragraph number."""

    # a named tuple, not a frozen dataclass: one is made per sentence, and a tuple is made
    # several times faster

    start: int
    end: int
    kind: SentenceKind
    paragraph: int
    credit: tuple[int, int] | None = None  # a caption's credit span (its source)
    duplicate: bool = False


# a weekly's note under its story: "This article appeared in the Finance & economics section
# of the print edition under the headline “Nickel and dimed”"
_PRINT_EDITION = re.compile(
    r"this\s+(?:article|story)\s+appeared\s+in\s+the\s+[^.!?]{1,60}?\s+section\s+of\s+the\s+"
    r"print\s+edition\b.{0,120}$",
    re.IGNORECASE,
)


# the writer and whose reporting the story rests on, however long: "Written by Ann Roe based
# on reporting by Valley Radio's Harbor Service and Valley Radio's Farm Desk"
_WRITTEN_FROM = re.compile(
    r"\W*(?:written|compiled|prepared)\s+by\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"\s+(?:based\s+on|from|with|using)\s+(?:\w+\s+)?(?:reporting|reports|dispatches|material)\s+"
    r"(?:by|from)\s[^.!?]{1,200}$",
    re.IGNORECASE,
)
# a republication note after the copyright: "Valley Radio, Inc. Used with the permission of
# Valley Radio, 1 Main St, …" (the holder first, "Used" capitalised: "The photo was used with
# permission of the family." is a sentence)
_USED_WITH_PERMISSION = re.compile(
    r"\W*(?:.{1,60}?\s)?(?-i:Used|Reprinted|Republished)\s+with\s+(?:the\s+)?"
    r"(?:(?:kind|express)\s+)?permission\s+(?:of|from)\b.*$",
    re.IGNORECASE,
)
# the comment box's notices: "Disclaimer: Comments do not represent the views of Valley News.",
# "We reserve the right to remove comments that are off-topic."
_COMMENT_NOTICE = re.compile(
    r"\W*(?:disclaimer\s*:.*"
    r"|(?:reader\s+|user\s+)?comments\s+(?:do\s+not|don[\u2019']t)\s+(?:necessarily\s+)?"
    r"(?:represent|reflect)\s+the\s+views\b.*"
    r"|we\s+reserve\s+the\s+right\s+to\s+(?:exclude|remove|delete|edit|reject|moderate|block"
    r"|refuse|close)\b[^.!?]{0,40}?\bcomments?\b.*"
    # who may comment, a sentence of the comment policy before it: "Valley News welcomes
    # debate. The comments on this article are only open to subscribers."
    r"|(?:[^.!?]{1,160}[.!?]\s+)?(?:the\s+)?comments?\s+(?:section\s+)?(?:on|under|below|for|to)"
    r"\s+this\s+(?:article|story|post|page|piece)\s+(?:are|is|has\s+been|have\s+been|will\s+be)"
    r"\s+(?:only\s+|now\s+|currently\s+)?(?:open|closed|available|restricted|limited|reserved"
    r"|disabled|moderated|turned\s+off)\b.*"
    # "Comments will be moderated. Keep comments relevant …"
    r"|comments\s+(?:will\s+be|are)\s+(?:pre-?)?moderated\s*[.!].*"
    # "The Valley Post does not append comment threads to stories from wire services …"
    r"|[^.!?]{1,60}?\bdoes\s+not\s+(?:append|allow|enable|open|offer)\s+comment(?:s|\s+threads)?"
    r"\s+(?:to|on|for)\b.*"
    # a comment form: "Your email address will not be published. Required fields are marked *"
    r"|your\s+email\s+(?:address\s+)?will\s+not\s+be\s+(?:published|shared|displayed)\b.*"
    # "Save my name, email, and website in this browser for the next time I comment."
    r"|save\s+my\s+name,?\s+e-?mail,?\s+(?:and\s+)?website\s+in\s+this\s+browser\b.*"
    # "By submitting this form you agree to … using your data for … your comment."
    r"|by\s+submitting\s+this\s+form\b[^.!?]{0,160}\bcomments?\b.*"
    # a prompt to comment: "Would you like to comment on this article?", "Let us know in the
    # comments below", "Register (it's quick and free) or sign in now"
    r"|(?:would|do)\s+you\s+(?:like|want)\s+to\s+comment\s+on\s+this\s+(?:article|story|post)\b.*"
    r"|(?:what\s+do\s+you\s+think\?\s+)?let\s+us\s+know\s+(?:what\s+you\s+think\s+)?"
    r"(?:in|below\s+in)\s+the\s+comments\b.*"
    r"|register\b[^.!?]{0,40}\bor\s+sign\s+in(?:\s+now)?\W*)$",
    re.IGNORECASE,
)
# a picture's credit on its own line under the caption: "Jesús Diges (EFE)", "Ann Roe (AFP)"
_NAME_AGENCY = re.compile(
    r"(?:[A-Z][\w.'\u2019-]+\s){1,3}[A-Z][\w.'\u2019-]+\s*\((?:[A-Z]{2,6}|Reuters|Getty\sImages)\)"
)
# an author's post under the byline: "Senior Lecturer in Environmental Chemistry, University of
# Harbor" (a line of its own: no sentence says only that)
# a paper's reference: "Read the paper: The Lancet Oncology, doi: 10.1016/…", "Source
# Reference: Roe A, et al "…" JAMA Neurol 2026; DOI: 10.1001/…"
_CITATION_LINE = re.compile(
    r"(?i:(?:read\s(?:the\s)?(?:full\s)?(?:paper|study|article|research)|(?:source|journal)\s"
    r"reference|references?|citation)\s*:.*\b10\.\d{4,9}/|.*\bdoi\s*:?\s*10\.\d{4,9}/\S+\s*$)"
)
_AFFILIATION = re.compile(
    r"(?:(?:senior|associate|assistant|principal|adjunct|visiting|emeritus|honorary)\s+)*"
    r"(?:lecturer|professor|reader|(?:postdoctoral\s+)?research\s+(?:fellow|associate)|researcher"
    r"|(?:phd|doctoral)\s+(?:candidate|student|researcher)|fellow)\s+(?:in|of)\s+[^,.!?]{2,60},\s+"
    r"(?:the\s+)?(?:[A-Z][\w&'\u2019-]*\s+){0,3}(?:university|institute|college)\b[^.!?]{0,60}$",
    re.IGNORECASE,
)
# the same, told by words inside the line (each tried only when its word is there)
_READER_NOTICE_INSIDE = re.compile(
    r"[^.!?]{1,60}?\buses?\s+cookies\b[^.!?]{0,40}?\byour?\b.*"
    # "Valley Post is an impartial platform & does not necessarily share the views of …"
    r"|[^.!?]{1,60}?\bdoes\s+not\s+necessarily\s+(?:share|reflect|represent|endorse)\s+the\s+"
    r"(?:views|opinions)\s+of\b.*"
    # "Valley News' Harbor Hour podcast is available on Valley Play, Spotify and Apple Podcasts."
    r"|[^.!?]{1,60}?\bpodcasts?\s+(?:is|are)\s+(?:now\s+)?available\s+(?:on|wherever)\b.*"
    # "University of Harbor provides funding as a member of The Conversation UK."
    r"|[^.!?]{1,80}?\bprovides\s+funding\s+as\s+(?:a\s+)?(?:member|partner)\s+of\b.*",
    re.IGNORECASE,
)
# more of the same, tried only on lines opening with one of _MORE_NOTICE_HEADS: paywall meters,
# comment rules, reproduction notices, contributor lines, the outlet's blurb about itself
_MORE_NOTICE = re.compile(
    r"you\s+(?:are\s+viewing|have|have\s+read)\s+\d+\s+(?:of\s+(?:your\s+)?\d+\s+)?free\s+"
    r"(?:articles?|stories)\b.*"
    r"|get\s+unlimited\s+access\b.*"
    r"|support\s+(?:independent|local|quality)\s+[^.!?]{0,40}?journalism\s+by\s+(?:becoming"
    r"|subscribing|donating)\b.*"
    r"|now\s+you\s+can\s+read\s+[^.!?]{1,40}?\be-?paper\b.*"
    r"|get\s+your\s+news\s+on\s+the\s+go\b.*"
    r"|like\s+[^.!?,]{1,30}\s+on\s+facebook,\s+follow\s+@\w+.*"
    r"|comments\s+(?:are\s+moderated|that\s+violate)\b.*"
    r"|[^.!?]{1,30}\s+reserves\s+the\s+right\s+to\s+(?:delete|remove|edit)\s+comments\b.*"
    r"|no\s+part\s+of\s+this\s+(?:website|site|publication|article)\s+may\s+be\s+(?:reproduced"
    r"|copied|republished)\b.*"
    r"|this\s+(?:document|article|material|content)\s+may\s+not\s+be\s+(?:reprinted|reproduced"
    r"|republished)\b.*"
    r"|material\s+from\s+(?:the\s+)?[^.!?]{1,40}?\s+is\s+copyright\b.*"
    r"|all\s+(?:texts|content|articles)\s+(?:created|published)\s+by\s+[^.!?]{1,40}?\s+(?:are|is)"
    r"\s+available\s+under\b.*"
    r"|you\s+can\s+change\s+your\s+cookie\s+settings\b.*"
    r"|by\s+clicking\s+(?:subscribe|sign\s+up|submit|register|continue)\b.*"
    r"|photo\s+used\s+for\s+illustrat\w+\s+purposes\s+only\b.*"
    r"|information\s+for\s+this\s+(?:article|story|report)\s+was\s+contributed\s+by\b.*"
    r"|our\s+(?:reporting|journalism|work)\s+(?:relies|depends)\s+on\s+(?:the\s+)?(?:support"
    r"|readers)\b.*"
    r"|[^.!?]{1,30}?\s+will\s+continue\s+to\s+(?:follow|update|report\s+on)\s+(?:the|this)\s+"
    r"story\W*"
    r"|[^.!?]{1,60}?\s+is\s+(?:a\s+|the\s+)?registered\s+trademark\b.*"
    r"|for\s+(?:the\s+)?latest\s+[^.!?]{1,40}?,\s+(?:go\s+to|visit|see)\s+\S+\.\w{2,4}\W*"
    # "Redistribution, re-use or reproduction of all or part of EFE content …"
    r"|redistribution,?\s+re-?use\s+or\s+reproduction\b.*"
    r"|read\s+the\s+[A-Z][a-z]+\s+version\W*"
    r"|sponsored\s+(?:content|stories|links)(?:\s+by\s+\w+)?\W*"
    r"|translations?\s+may\s+contain\s+(?:inaccuracies|errors)\b.*"
    r"|[^.!?]{1,40}?\s+is\s+a\s+trust\s+project\s+member\W*"
    # who owns the site: "Valley Post is part of the Harbor Media Division of Harbor PLC", "This
    # site is operated by a business or businesses owned by Harbor PLC …"
    r"|[^.!?]{1,40}?\s+is\s+part\s+of\s+the\s+[^.!?]{1,60}?\s+(?:division|group|network|portfolio)"
    r"\s+of\s+[^.!?]{1,40}"
    r"|this\s+(?:site|website)\s+is\s+(?:operated|owned)\s+by\b.*"
    # "This story was originally published October 15, 2025 at 11:02 AM."
    r"|this\s+(?:story|article)\s+was\s+(?:originally|first)\s+published\s+(?:on\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}[^.!?]{0,30}"
    # a wire's desk slug at the story's foot: "PTI RMN ABK ABK"
    r"|(?-i:(?:PTI|ANI|IANS|UNI|NAN|MTI|TASR|CTK)(?:\s[A-Z]{2,4}){2,5})",
    re.IGNORECASE,
)
# the first words of _MORE_NOTICE's lines (the rest hold "reserves the right", "continue to"
# or "trademark"): a line is tried only when it opens with one
_MORE_NOTICE_HEADS = (
    "you ",
    "get ",
    "support ",
    "now ",
    "like ",
    "comments ",
    "no part",
    "this ",
    "material ",
    "all ",
    "by clicking",
    "photo ",
    "information ",
    "our ",
    "for ",
    "redistribution",
    "read the ",
    "sponsored ",
    "translation",
    "pti ",
    "ani ",
    "ians ",
    "uni ",
    "nan ",
    "mti ",
    "tasr ",
    "ctk ",
)
# a notice to the reader: cookies, mailing lists, apps, buttons, donations, reproduction
_READER_NOTICE = re.compile(
    r"please\s+select\s+at\s+least\s+one\b.*"
    # "Please contact Valley Post with any commentary questions."
    r"|please\s+(?:contact|email|e-mail|write\s+to)\s+[^.!?]{1,40}?\s+with\s+(?:any\s+)?(?:[\w-]+\s+)?"
    r"(?:questions|comments|feedback|tips|corrections)\b.*"
    # "Help safeguard press freedom & keep Valley Post free for all readers by supporting our team"
    r"|help\s+(?:safeguard|protect|sustain|keep|support)\b[^.!?]{0,80}?\bby\s+(?:supporting|donating"
    r"|subscribing|becoming)\b.*"
    r"|read\s+a\s+summary\s+of\s+this\s+(?:article|story)\b.*"
    r"|get\s+(?:the\s+full\s+picture|unlimited\s+access|full\s+access)\s+with\b.*"
    r"|do\s+you\s+like\s+(?:the\s+content\s+of\s+)?this\s+(?:article|story)\b.*"
    # a republishing box: "Republish our articles for free, online or in print, under a …"
    r"|republish\s+(?:our|this)\s+(?:articles?|stories|story)\b.*"
    r"|we\s+believe\s+in\s+(?:the\s+)?free\s+flow\s+of\s+information\b.*"
    # "Contact reporter Ann Roe (ann@valley.com) and editor Tom Hale (tom@valley.com)"
    r"|contact\s+(?:the\s+)?(?:reporter|editor|writer|author)s?\b[^!?]*@.*"
    # "Use of Valley.com content is permitted only with the written consent of Valley"
    r"|use\s+of\s+[^.!?]{1,40}?\s+(?:content|materials?)\s+is\s+(?:permitted|allowed)\s+only\b.*"
    # "Please log in to leave a comment.", "Please keep comments civil, constructive and …"
    r"|please\s+(?:log\s*in|sign\s+in|register|subscribe)\s+to\s+(?:post|leave|add|write|join)\b.*"
    r"|please\s+keep\s+(?:your\s+)?comments\b.*"
    # "Follow Valley Times on WhatsApp Channel for the latest news"
    r"|follow\s+[^.!?,]{1,40}?\s+on\s+(?:whatsapp|telegram|google\s+news|facebook|x|twitter"
    r"|instagram|youtube|linkedin|threads|bluesky|tiktok)\b(?:\s+channel)?(?:\s+for\s+[^.!?,]{1,40})?"
    r"\W*$"
    # "To revisit this article, visit My Profile, then View saved stories."
    r"|to\s+revisit\s+this\s+(?:article|story)\b.*"
    # "(Japanese original by Ann Roe, Valley Bureau)": the translation's source
    r"|\((?:[\w-]+\s+){0,2}original\s+by\s+[^()]{1,80}\)"
    r"|enjoy\s+more\s+(?:audio|podcasts|stories|articles|journalism)\b.*"
    r"|(?:click|tap)\s+(?:on\s+)?the\s+(?:[\w-]+\s+){1,3}?(?:icon|button|bell)\s+to\b.*"
    r"|watch\s+[^.!?]{1,80}?\bon\s+our\s+(?:youtube|facebook|tiktok|instagram)\b.*"
    r"|by\s+(?:contributing|donating|subscribing)\s+to\s+(?-i:[A-Z])[^.!?,]{1,40},\s+you\b.*"
    r"|(?:the\s+)?(?:material|content)\s+on\s+this\s+(?:site|website|page)\s+may\s+not\s+be"
    r"\s+(?:reproduced|copied|republished)\b.*"
    # "Every weekday, receive a selection of the Valley Post's best articles in English."
    r"|every\s+(?:weekday|day|week|morning|evening),?\s+(?:receive|get)\b.*"
    # "Published by Valley Post, business news - valleypost.com - on December 3, 2025."
    r"|published\s+by\s+[^!?]{1,80}?\bon\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\W*",
    re.IGNORECASE,
)
# the stamp glued before the byline, a dash or a space between: "Published on 04/03/2027 - 09:12
# By Ann Roe - Reporter at Valley News - Harbor" (the byline after it is judged on its own)
_STAMP_BEFORE_BY = re.compile(
    r"\W*(?:(?:first\s+|last\s+)?(?:published|posted|updated))(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:(?:\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r",?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?"
    r"\s+\d{4})"
    r"(?:\s*[-\u2013\u2014|,]?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?)?"
    r"\s*[-\u2013\u2014|,\u2022\u00b7]?\s*(?=(?-i:By|BY)\s)",
    re.IGNORECASE,
)
# a print edition's page after the date: "Sat, Nov 22, 2025 page10", "March 4, 2027 - Page A3"
_PRINT_PAGE = re.compile(
    r"(.{6,60}?\d{4})\s*[,|\u2013\u2014-]?\s*(?:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}[A-Z]?\W*$",
    re.IGNORECASE,
)


_STAMP_WORDS = ("published", "posted", "updated", "first published", "last updated")


def is_chrome_line(line: str) -> bool:
    """True when a whole line is page chrome (navigation, byline, appeal, metadata)."""
    if len(line) <= 400:
        head = line[:40].lower()
        if (
            ("by " in head and _CREDITS.match(line))
            or ("delayed" in line and _DATA_NOTICE.match(line))
            or (("|" in head or ":" in head) and _READ_LINK.match(line))
            or ("contributed" in line and _CONTRIBUTED.match(line))
            or ("by " in head and _POST_META.match(line))
            or (head.startswith("contact") and "@" in line and _CONTACT_LINE.match(line))
            or ("atreon" in line and _PATRON_PLEA.match(line))
            or ((head.startswith("this ") or " in part by" in line) and _SUPPORTED_BY.match(line))
            or (head.startswith(("join ", "follow ", "subscribe ")) and _JOIN_CHANNEL.match(line))
            or (line.endswith(":") and _LABEL_LINE.fullmatch(line) and not _SAYS.search(line))
            or (head[:1] in "cdegkrst" and head.startswith(_PROMO_VERBS) and _PROMO.match(line))
            or (head.startswith("want more") and _WANT_MORE.match(line))
            or ("journalism" in line and _JOURNALISM_TAGLINE.match(line))
            or (head.startswith(("copyright", "\u00a9", "(c)")) and _RIGHTS_NOTICE.match(line))
            or ("ewsletter" in line and _NEWSLETTER_BLURB.match(line))
            or (
                (
                    "ackno" in head
                    or "may include" in line
                    or "only a" in line
                    or " is an" in line
                    or head.startswith("about the author")
                )
                and _SITE_NOTICE.match(line)
            )
            or ("ummar" in head and _AI_SUMMARY.match(line))
            or ("print edition" in line and _PRINT_EDITION.match(line))
            or ("to ask" in line and _SMALL_FAVOUR.match(line))
            or ("by " in head and _WRITTEN_FROM.match(line))
            or ("permission" in line and _USED_WITH_PERMISSION.match(line))
            or (
                (
                    "isclaimer" in head
                    or "omment" in line
                    or "ign in" in line
                    or head.startswith("your email")
                )
                and _COMMENT_NOTICE.match(line)
            )
            or (("niversity" in line or "nstitute" in line) and _AFFILIATION.match(line))
            or (line.endswith(")") and _NAME_AGENCY.fullmatch(line) is not None)
            or ("10." in line and _CITATION_LINE.match(line) is not None)
            or (
                (head[:1] in "(bcdefghpruw" or head.startswith(("the material", "to revisit")))
                and _READER_NOTICE.match(line)
            )
            or (
                (
                    "cookie" in line
                    or "ecessarily" in line
                    or "odcast" in line
                    or "funding as" in line
                )
                and _READER_NOTICE_INSIDE.match(line)
            )
            or (
                (
                    head.startswith(_MORE_NOTICE_HEADS)
                    or "reserves the right" in line
                    or "continue to" in line
                    or "trademark" in line
                    or "rust Project" in line
                    or " is part of the " in line
                )
                and _MORE_NOTICE.match(line)
            )
            or (
                head.startswith(_STAMP_WORDS)
                and ("By " in line or "BY " in line)
                and (m := _STAMP_BEFORE_BY.match(line)) is not None
                and is_chrome_line(line[m.end() :])
            )
        ):
            return True
    if len(line) > 160 or (
        line.count(" ") > 14 and len(line.split()) > 15 and not _SEPARATOR.search(line)
    ):
        # chrome is short; a long line is text (a menu's items sit spaces apart), unless the
        # items run together; items set apart by a bar or a dot ("Ann Roe \u00b7 CBC News \u00b7
        # Posted: Mar 24, 2026 4:12 PM ADT | Last Updated: 3 hours ago") are judged one by one
        return _run_together_menu(line)
    if "\u00a9" in line and _COPYRIGHT_AFTER.match(line):
        return True
    if not _HAS_WORD.search(line):
        return True
    parts = _NAV_SPLIT.split(line)
    if len(parts) >= 3 and all(p.count(" ") <= 3 for p in parts):
        return True  # "Home | News | Sports | Opinion": a navigation bar
    if len(parts) >= 2 and all(p.count(" ") <= 3 or _CHROME_LINE.match(p) for p in parts):
        return True  # "TOI City Desk / TNN / Updated: Nov 12, 2025, 22:41 IST": byline, stamp
    if len(parts) == 2 and all(p and p.count(" ") <= 2 for p in parts) and not _ends_terminal(line):
        return True  # "Business | Mergers & Acquisitions": a section breadcrumb
    if _SHARE_BAR.match(line):
        return True  # "Facebook X Telegram Copy link"
    return (
        bool(_CHROME_LINE.match(line))
        or (":" in line and bool(_STAMP.match(line)))
        or (len(line) < 60 and bool(_CONTACT_HEAD.match(line)))
        or _run_together_menu(line)
        or (line[-1:].isdigit() and _dated_page(line))
    )


def _dated_page(line: str) -> bool:
    """The date line with the print page after it: "Sat, Nov 22, 2025 page10"."""
    m = _PRINT_PAGE.match(line)
    return m is not None and is_chrome_line(m.group(1))


_SEPARATOR = re.compile(r"\s[|\u2022\u00b7]\s")


def _run_together_menu(line: str) -> bool:
    """Menu labels with no space between them: "Show moreHide expanded menu".

    Each label is short and unpunctuated, and two of them at least are chrome on their own
    ("Show more", "Terminal Demo Request"): a brand spelt in camel case ("BlackRock") splits
    into pieces that are no chrome. A whole menu glued together ("HomeWorldCompaniesTech…
    Work & CareersLife & Arts") is chrome whatever its labels: it is glued at more places
    than it has spaces, which a line of words with a brand or two in it never is.
    """
    if len(line) > 200 or _ends_terminal(line):
        return False
    parts = _RUN_TOGETHER.split(line)
    if len(parts) < 2 or any(p.count(" ") > 5 for p in parts):
        return False
    if len(parts) >= 5 and len(parts) > line.count(" ") + 1:
        return all(p.count(" ") <= 3 for p in parts)
    if len(parts) > 10:
        return False
    return sum(1 for p in parts if _CHROME_LINE.match(p)) >= 2


def _short_label(line: str) -> bool:
    """A few words with no sentence punctuation: a menu item or section label.

    "&" joins two labels' words and is no word itself: "Russian Politics & Diplomacy".
    """
    if len(line) > 60 or _ends_terminal(line):
        return False
    n = len(line.split())
    return n <= 3 or (n == 4 and " & " in line)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut text[start:end] into sentence spans at terminal punctuation."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if cut >= end:
            break
        if (
            text[cut] not in _CAP_OR_DIGIT
            and not _NEXT_OK.match(text, cut, end)
            # "… smaller shops. Ákos Szőllősi warned": capitals outside A-Z open sentences too
            and not (text[cut] >= "\x80" and text[cut].isupper())
        ):
            continue
        if text[m.start()] == "." and not _ends_sentence(text, s, m, end):
            continue
        out.append((s, m.end(1)))
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
    ms = m.start()
    lo = max(s, ms - 40)  # a bounded look back: a word is never that long
    k = max(text.rfind(" ", lo, ms), text.rfind("\n", lo, ms))
    raw = text[max(k + 1, lo) : ms].lstrip("\"'(\u201c\u2018[")
    if len(raw) > _ABBREV_LEN and "." not in raw and "-" not in raw:
        return True  # a plain word longer than any abbreviation (most sentence ends)
    if not raw:
        return True
    if "-" in raw:
        raw = raw.rsplit("-", 1)[1]
    word = raw.lower()
    if not word:
        return True
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "George W. Bush"
    if word in _ABBREV_MAYBE:
        nw = _NEXT_WORD.match(text, m.end(), end)
        if word in ("a.m", "p.m") and nw:
            # "start no earlier than 8:30 a.m. Fewer than …" ends; "10 a.m. Tuesday",
            # "9 a.m. ET" go on
            nxt = nw.group(1)
            return nxt[:1].isupper() and not (nxt.isupper() or nxt.lower() in _TIME_GOES_ON)
        return bool(nw and nw.group(1).lower() in _OPENERS)
    if word in _ABBREV_NEVER:
        if word in ("no", "nos"):
            return not _NEXT_DIGIT.match(text, m.end(), end)  # "No. 5" but "voted no."
        if word in _STREET_TYPES and text[max(lo, k - 1) : k].isalpha():
            # "on St-Denis St. The agency says …": a street's name ends, then the sentence
            prev = text[text.rfind(" ", lo, k) + 1 : k]
            nw = _NEXT_WORD.match(text, m.end(), end)
            if prev[:1].isupper() and nw and nw.group(1) in _CAP_OPENERS:
                return True
        # "Mass." and "Ill." are states, "critical mass." and "fell ill." end sentences
        return not (raw[:1].isupper() or word in _ABBREV_LOWER)
    # "U.S." and "a.m." may go on; "$2.00." is a figure that ends the sentence
    if "." in word and len(word) <= 6 and all(len(p) <= 2 and p.isalpha() for p in word.split(".")):
        nw = _NEXT_WORD.match(text, m.end(), end)
        return bool(nw and nw.group(1).lower() in _OPENERS)
    return True


_LINK_END = frozenset(".!:;\u2026")


def _links(
    text: str, lines: list[tuple[int, int]], tight: bool = False, started: bool = False
) -> bool:
    """Are the lines links under a "Related" heading: short, no sentence's full stop?

    A linked headline may be a question or end on a quote: 'Mayor calls plan "reckless"'.
    On the line right under the heading or the link before it (tight), a headline's teaser may
    end on a full stop: "Hackers are selling the data. Here's what we know." Once the story's
    text has begun (started), so may a headline in capitals: "Families Move Home. Costs Rise."
    """
    for s, e in lines:
        if e - s >= 160:
            return False
        line = text[s:e]
        if (
            line.rstrip("\"'\u201d\u2019)]")[-1:] in _LINK_END
            and not (tight and e - s < 120)
            and not is_chrome_line(line)
            and not (started and _title_case(line))
        ):
            return False
    return True


def _next_line(text: str, paragraphs: list[list[tuple[int, int]]], i: int) -> bool:
    """Does paragraph i start on the line after paragraph i - 1, no blank line between?"""
    return (
        0 < i < len(paragraphs)
        and text.count("\n", paragraphs[i - 1][-1][1], paragraphs[i][0][0]) == 1
    )


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Group non-blank lines into paragraphs; a line broken mid-sentence joins the next."""
    paras: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        # (s, e): the line's content without surrounding spaces (str.strip() strips exactly
        # the characters str.isspace() accepts)
        body = line.lstrip()
        s = pos + len(line) - len(body)
        e = s + len(body.rstrip())
        pos += len(line) + 1
        if s == e:
            if cur:
                paras.append(cur)
                cur = []
            continue
        if cur:
            ps, pe = cur[-1]
            prev = text[ps:pe]
            joined = (
                not _ends_terminal(prev)
                and len(prev) > 40
                and (
                    # a bare email address under a contact's title starts low, and no sentence
                    # goes on with it: "Director, Corporate Communications", "ann@valley.com"
                    (_STARTS_LOWER.match(text, s, e) and not _EMAIL_LINE.match(text, s, e))
                    or _ends_mid_sentence(prev)
                )
                # a bare address under a caption ("https://p.dw.com/p/4mQ7c") is a line of its own
                and not text.startswith(("http://", "https://", "www."), s, e)
                # "list 2 of 4" under a linked headline counts the links: no sentence goes on
                and not _LIST_COUNTER.match(text, s, e)
                # nor with "hide caption" under a picture's credit ("… Ann Roe for Valley Radio")
                and not _CAPTION_BUTTON.match(text, s, e)
                # nor with a byline under the title: "by Ann Roe on 3 June 2027"
                and not _BY_NAME_LINE.match(text, s, e)
            )
            if not joined:
                paras.append(cur)
                cur = []
        cur.append((s, e))
    if cur:
        paras.append(cur)
    return paras


def _norm_line(line: str) -> str:
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        # the only whitespace is single inner spaces (every other whitespace character is
        # unprintable): already normal, and much cheaper to check than to rebuild
        return line.lower()
    return " ".join(line.split()).lower()


# "This press release contains “forward-looking statements” within the meaning of …"
_SAFE_HARBOUR = re.compile(
    r"\W*(?:(?:this|the)\s+(?:(?:press|news)\s+)?(?:release|announcement|communication)"
    r"|certain\s+(?:of\s+the\s+)?statements\s+(?:in|made\s+in)\s+this\s+(?:(?:press|news)\s+)?"
    r"(?:release|announcement))\s+(?:contains?|includes?|may\s+contain)\s+[\"\u201c]?"
    r"forward-looking\s+statements\b",
    re.IGNORECASE,
)


_COPYRIGHT_START = re.compile(
    r"\W*(?:\u00a9|\(c\)|copyright\b)\s*(?:\u00a9\s*)?\d{4}\b", re.IGNORECASE
)


def _legal(text: str, start: int, end: int) -> bool:
    """A copyright or rights notice lies in text[start:end] (a footer, however long)."""
    return (
        text.find("opyright", start, end) >= 0
        or text.find("\u00a9", start, end) >= 0
        or text.find("eserved.", start, end) >= 0
    )


# a section breadcrumb over the title: "World, Europe, Harbor Dispute" (labels of a word
# or three, capitalised, set apart by commas)
_LABEL_WORD = r"(?:[A-Z][\w&'\u2019.-]*|&|and|of)"
_LABEL = rf"[A-Z][\w&'\u2019.-]*(?:\s+{_LABEL_WORD}){{0,2}}"
_BREADCRUMB = re.compile(rf"{_LABEL}(?:,\s+{_LABEL})+")
# a tag list: four labels or more, each capitalised, a word or three (the next in small
# letters too: "Climate change"), commas between, no full stop
_TAG = r"[A-Z][\w&'\u2019.-]*(?:\s+[\w&'\u2019.-]+){0,2}"
_TAG_LIST = re.compile(rf"{_TAG}(?:,\s+{_TAG}){{3,}}")
# a credit in capitals, the source after a slash between two letters: "SUPPLIED/HARBOR
# RESCUE", "ANN ROE/STUFF" ("24/7" is a figure)
_CAPS_CREDIT = re.compile(
    r"[A-Z0-9][A-Z0-9&.'\u2019 -]{0,40}(?<=[A-Z])"
    r"(?:/[A-Z][A-Z0-9&.'\u2019 -]{0,50}(?<=[A-Z.])){1,3}"
)
# a breadcrumb's labels before the last: a site's sections (a country may be the last label:
# "World, Asia, China"; "China, India Resume Talks" is a title)
_SECTIONS = frozenset(
    words(
        "world news national local international politics business economy economics markets "
        "finance money sport sports opinion opinions health science technology tech culture arts "
        "entertainment lifestyle travel education environment climate energy europe asia africa "
        "americas analysis features region regions nation metro crime"
    )
)
# the site's own name over its menu: "South China Morning Post", "The Sydney Morning Herald"
_MASTHEAD = re.compile(
    r"(?:The\s)?(?:[A-Z][\w&'.-]*\s){1,4}(?:Post|Times|Herald|Journal|Tribune|Telegraph"
    r"|Gazette|Chronicle|Courier|Inquirer|Examiner|Observer|Independent|Standard|Express)"
)


# a word in small letters, not in an email address or a domain: a sentence's word
_LOWER_WORD = re.compile(r"(?<![\w@.])[a-z]{4,}\b(?![@.]\w)")


def _breadcrumb(line: str, seen: set[str], nxt: str) -> bool:
    """A section breadcrumb over the title: "World, Europe, Harbor Dispute".

    Its labels but the last are a site's sections, or labels of the menu above it ("World"),
    and the title follows it: a title of short clauses ("Stocks Fall, Oil Rises, Gold Slips")
    starts with no section, and a standfirst or the story follows it.
    """
    if "," not in line or not _BREADCRUMB.fullmatch(line):
        return False
    labels = [p.strip().lower() for p in line.split(",")]
    return (
        all(p in _SECTIONS or p in seen for p in labels[:-1])
        and nxt.count(" ") >= 2
        and not _ends_like_a_sentence(nxt)
    )


def segment(text: str) -> list[Span]:
    """Sentence spans of the whole text, in order, with kinds."""
    spans: list[Span] = []
    seen: set[str] = set()
    seen_body = False
    headline_done = False
    paragraphs = _paragraphs(text)
    # the footer: after the last paragraph of real length, once a chrome line shows up, the
    # short lines that follow are promotions and related links ("Most Read from ...")
    last_long = next(
        (
            i
            for i in range(len(paragraphs) - 1, -1, -1)  # from the end: the last one found first
            if text.count(" ", paragraphs[i][0][0], paragraphs[i][-1][1]) >= 20
            # a long copyright notice at the very end is no article paragraph, nor a long chrome
            # line ("Data is a real-time snapshot *Data is delayed at least 15 minutes. …")
            and not _legal(text, paragraphs[i][0][0], paragraphs[i][-1][1])
            and not (
                len(paragraphs[i]) == 1
                and is_chrome_line(text[paragraphs[i][0][0] : paragraphs[i][0][1]])
            )
        ),
        -1,
    )
    footer = False
    # body paragraphs so far (a standfirst's length, none longer): a byline comes under the
    # headline and the standfirst, before the story
    lead = 0
    pointer = False  # the last paragraph was "Read next", "Also read": a link follows
    contact = False  # the last line was a contact's heading or line ("Media Contact:")
    one_link = False  # … and it named one link ("Related article"): the list ends with its block
    # paragraphs set apart by blank lines: lines with none between them are one block (a heading
    # and the links under it)
    spaced = "\n\n" in text
    block = False  # the last paragraph was the heading, or a link in the heading's block
    tails: list[Span] = []  # chrome cut off the end of a line, put in place at the end
    for pno, lines in enumerate(paragraphs):
        start, end = lines[0][0], lines[-1][1]
        if len(lines) == 1:
            c = text[start]  # the line is stripped: markup starts at its first character
            m = None
            if c in "#-*+>" or c.isdecimal():  # \d is isdecimal()
                m = _MD_HEADING.match(text, start, end) or _MD_MARKUP.match(text, start, end)
            if m:
                start = m.end()
            last = text[end - 1]
            # a tail ends on a bracket, a word ("… opens new tab") or a capital's full stop
            # ("NO ARCHIVES."), where a sentence ends on a small letter's full stop or a quote
            if end - start > 40 and (
                last == ")" or last.isalpha() or (last == "." and text[end - 2].isupper())
            ):
                w = max(start, end - 200)
                low_tail = text[w:end].lower()
                if any(map(low_tail.__contains__, _TAIL_KEYS)) or (
                    last == ")" and low_tail.endswith(_TAIL_PLACES)
                ):
                    m = _LINE_TAIL.search(text, w, end)
                    if m:
                        tails.append(Span(m.start(1), end, "boilerplate", pno))
                        end = m.start()
        para = text[start:end]
        key = _norm_line(para)
        duplicate = key in seen
        seen.add(key)
        short = len(para) < 320
        low = para.lower() if short else ""
        appeal = (
            short
            and any(map(low.__contains__, _APPEAL_KEYS))
            # the addressee first: the cheaper test, and few paragraphs pass it
            and bool(_ADDRESSEE.search(low))
            and (
                bool(_APPEAL.search(para))
                or ("journalism" in low and bool(_READER_APPEAL.search(low)))
            )
        ) or (short and "@" in para and bool(_AUTHOR_BIO.search(para)))
        pointed, pointer = pointer, False
        single, one_link = one_link, False
        in_contact, contact = contact, False
        in_block, block = block, False
        if (
            in_contact
            and (headline_done or seen_body)
            and len(lines) == 1
            and len(para) <= 80
            and para.count(" ") <= 7
            and text.count("\n", paragraphs[pno - 1][-1][1], start) == 1
            # "Valley Power, Inc." is the company's line; "The firm was founded in 1990." a sentence
            and not (_ends_terminal(para) and _LOWER_WORD.search(para))
        ):
            # under "Media Contact:", the lines of the block: name, title, company, email, phone
            # ("Vice President, Investor Relations"); a blank line ends the block
            spans.append(Span(start, end, "boilerplate", pno))
            contact = True
            continue
        if (
            len(lines) == 1
            and (
                appeal
                or is_chrome_line(para)
                or (footer and para.count(" ") < 14)
                # a heading over links once the story has begun: "Go deeper into X's coverage"
                or (
                    (headline_done or seen_body)
                    and len(para) < 60
                    and para[-1] not in '.!?"\u201d'
                    and (bool(_POINTER.match(para)) or bool(_POINTER_LATE.match(para)))
                )
            )
        ) or (
            # "READ NEXT" over a linked headline: the headline is a link
            pointed
            and _links(
                text,
                lines,
                in_block and spaced and _next_line(text, paragraphs, pno),
                seen_body,
            )
        ):
            spans.append(Span(start, end, "boilerplate", pno))
            footer = footer or 0 <= last_long < pno
            started = headline_done or seen_body
            heading = bool(_POINTER.match(para)) or (started and bool(_POINTER_LATE.match(para)))
            pointer = (
                heading
                # a list of links goes on over its links and counters ("list 2 of 4") to its end;
                # under "Related article", over the links in the heading's block ("Related
                # Article", a link, another link on the next line; then a blank line, the story)
                or (
                    pointed
                    and started
                    and not low.startswith("end of")
                    and (not single or (spaced and _next_line(text, paragraphs, pno + 1)))
                )
                # over the headline ("Just In..." at the top), the links of the heading's block
                # only: a blank line ends them, and the page's own title may follow
                or (
                    pointed
                    and not started
                    and in_block
                    and spaced
                    and _next_line(text, paragraphs, pno + 1)
                )
            )
            one_link = pointer and (single or bool(_POINTER_ONE.match(para)))
            block = heading or (
                pointer and in_block and spaced and _next_line(text, paragraphs, pno)
            )
            contact = len(para) < 60 and bool(_CONTACT_HEAD.match(para))
            continue
        if (
            len(lines) == 1
            and not headline_done
            and not seen_body
            and (
                _short_label(para)
                # "Live Stream!" among the menu's items, no blank line over or under it
                or (
                    para[-1:] == "!"
                    and _short_label(para[:-1])
                    and spans
                    and spans[-1].kind == "boilerplate"
                    and _next_line(text, paragraphs, pno)
                    and _next_line(text, paragraphs, pno + 1)
                )
            )
        ):
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        if appeal:
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        if (
            para[-1:] == "?"
            and len(lines) == 1
            and seen_body
            and _subhead_question(text, paragraphs, pno, para)
        ):
            # "How much did it rain?" alone between two paragraphs: a subhead, not the story
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        if (
            len(para) <= 200
            and len(lines) == 1
            and (headline_done or seen_body)
            and _short_chrome(text, paragraphs, pno, para, seen_body, _body_over(spans))
        ):
            # a subhead, a credit in capitals under a caption, a tag list
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        credit = None
        after_sign = False  # the credit follows a copyright sign with no bracket
        cut = max(0, len(para) - 160)
        if (
            len(lines) == 1
            # every credit form holds "(", ":", "/" or "\u00a9": a cheap test before the patterns
            and (
                para.find("(", cut) >= 0
                or para.find(":", cut) >= 0
                or para.find("/", cut) >= 0
                or para.find("\u00a9", cut) >= 0
                or para.find("hoto by ", cut) >= 0
                or para.find("icture by ", cut) >= 0
                or para.find("ourtesy", cut) >= 0
                or para.find("opyright", cut) >= 0
                or (para.count("|") == 1 and para.count(" ") >= 6)
            )
            and (
                _CREDIT_KEY.search(para[cut:].lower())
                # "(Ann Roe for The Valley Post)": no key word, a name "for" the outlet
                or (para[-1] == ")" and para.find(" for ", len(para) - 70) >= 0)
            )
        ):
            credit = _CREDIT.search(para, cut)
            if any(k in para[cut:] for k in _LATE_KEYS):
                late = _CREDIT_LATE.search(para, cut)
                if late is not None and (credit is None or late.start() < credit.start()):
                    credit = late  # the leftmost credit, as one pattern would find it
            glued = None if credit else _GLUED_CREDIT.search(para, cut)
            if glued:
                # "… to fund Germany's pensionsImage: Kay Nietfeld/dpa/picture alliance": the
                # credit's label glued onto the caption's last word; the credit is chrome after it
                spans.append(Span(start, start + glued.start(), "caption", pno, None, duplicate))
                spans.append(Span(start + glued.start(), end, "boilerplate", pno))
                continue
            if credit is None and para.find("\u00a9", cut) >= 0:
                credit = _CREDIT_AFTER_SIGN.search(para, cut)
                # "Klyuchevskoy volcano \u00a9 …": a label over a picture, no caption
                if credit and para.count(" ", 0, credit.start()) < 3:
                    credit = None
                after_sign = credit is not None
        if (
            credit is not None
            and not after_sign
            and credit.re is _CREDIT_LATE
            and credit.group("bar")
            and (para.count("|") != 1 or para.count(" ") < 6)
        ):
            credit = None  # "Home | Sport": a menu's bar, no credit
        if credit:
            g = (
                1
                if after_sign
                else next((i for i in range(1, credit.re.groups + 1) if credit.group(i)), 1)
            )
            ca, cb = credit.span(g)
            ca, cb = start + ca, start + cb
            sign = start + credit.start()
            item = _GALLERY_ITEM.match(text, start, end)
            if item:
                start = item.end()  # "Item 1 of 2 Cocoa pods are seen …": the gallery's counter
            if after_sign:
                # no bracket closes the caption off from the credit (a claim is cut there), so
                # the credit is a chrome span of its own after the caption
                spans.append(Span(start, sign, "caption", pno, None, duplicate))
                spans.append(Span(text.index("\u00a9", sign, end), end, "boilerplate", pno))
                continue
            spans.append(Span(start, end, "caption", pno, (ca, cb), duplicate))
            continue
        if (
            len(lines) == 1
            and not headline_done
            and not seen_body
            and not _ends_like_a_sentence(para)
            and para.count(" ") >= 2
            and len(para) < 250
        ):
            nxt = paragraphs[pno + 1] if pno + 1 < len(paragraphs) else []
            if (
                _MASTHEAD.fullmatch(para)
                or (len(nxt) == 1 and _breadcrumb(para, seen, text[nxt[0][0] : nxt[0][1]]))
                or (spans and _tagline_over_menu(text, paragraphs, pno))
            ):
                spans.append(Span(start, end, "boilerplate", pno))
                continue
            headline_done = True
            spans.append(Span(start, end, "headline", pno, None, duplicate))
            continue
        if len(lines) == 1 and _short_label(para):
            spans.append(Span(start, end, "boilerplate", pno))
            # "Recommended", "Related article" in the story, over a linked headline
            pointer = bool(_POINTER.match(para)) or bool(_POINTER_LATE.match(para))
            one_link = pointer and bool(_POINTER_ONE.match(para))
            continue
        if (
            lead <= 1
            and len(lines) == 1
            and (headline_done or seen_body)
            and len(para) < 120
            and " in " in para
            and _BYLINE_IN.match(para)
        ):
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        if (
            spans
            and spans[-1].kind == "boilerplate"
            and (
                (
                    "A" <= text[start] <= "Z"
                    and (
                        _bio_of(text, start, end, spans)
                        or (
                            bool(_ABOUT_AUTHOR.match(text, spans[-1].start, spans[-1].end))
                            and bool(_BIO.match(text, start, end))
                        )
                    )
                )
                # the name on a line of its own, then "is a reporter for …" on the next
                or (
                    text.startswith(("is ", "has been "), start)
                    and bool(_NAME_LINE.fullmatch(text, spans[-1].start, spans[-1].end))
                    and bool(_BIO.match(f"{text[spans[-1].start : spans[-1].end]} {para}"))
                )
            )
        ):
            # "By Jane Roe", then "Jane Roe is a reporter at the Sentinel.": about the author;
            # "Jane Roe", "Sentinel Staff", then "Jane covers courts from Oslo …" at the foot;
            # "About the author", then "Jane Roe is a reporter with …", whoever she is
            spans.append(Span(start, end, "boilerplate", pno))
            continue
        seen_body = True
        lead += 1 if end - start < 200 else 2
        # most paragraphs ("The ...") fail on their second character, before the pattern
        dl = None
        if "A" <= text[start] <= "Z":
            if text[start + 1 : start + 2] in _DATELINE_2ND:
                dl = _DATELINE.match(text, start, end)
            elif text.find("(", start, start + 50) >= 0:
                dl = _DATELINE_TOWN.match(text, start, end)
        if dl and dl.end() < end:
            start = dl.end()
        # a footer run together on one line: "Copyright 2025 X. All rights reserved. This
        # material may not be published …": each sentence is chrome on its own
        legal = _legal(text, start, end)
        # a footer line opening on the copyright sign: whatever follows is the site's notice
        # ("© 2027 Valley Media. All rights reserved. Valley may earn a portion of sales …")
        footer_line = legal and len(lines) == 1 and bool(_COPYRIGHT_START.match(text, start, end))
        # a press release's safe-harbour paragraph is chrome, sentence after sentence
        harbour = text.find("orward-looking", start, start + 160) >= 0 and bool(
            _SAFE_HARBOUR.match(text, start, end)
        )
        for s, e in split_sentences(text, start, end):
            kind: SentenceKind = (
                "boilerplate"
                if harbour or footer_line or (legal and is_chrome_line(text[s:e]))
                else "body"
            )
            spans.append(Span(s, e, kind, pno, None, duplicate))
    if tails:
        spans = sorted([*spans, *tails])
    if spaced:
        spans = _chrome_block(text, paragraphs, spans)
    spans = _notes_after_the_story(text, spans)
    if "newsletter promotion" in text:
        spans = _newsletter_box(text, spans)
    if "ater" in text or "ot now" in text:  # "Remind me later", "Not now": a pop-up's button
        spans = _appeal_box(text, spans)
    spans = _headline_in_menu(text, paragraphs, spans)
    spans = _site_lines(text, paragraphs, spans)
    if "reports" in text or "News" in text:
        spans = _sign_offs(text, spans)
    spans = _mastheads(text, spans)
    spans = _title_in_byline_block(text, spans)
    return _headline_before_byline(text, spans)


def _title_in_byline_block(text: str, spans: list[Span]) -> list[Span]:
    """A title in one block with its byline, a menu item taken for it: the title is the page's.

    "Identity & Access Mgmt Security" among the menu's items was taken for the title; lower,
    after chrome only, one block holds a section label, the title ("Attackers Hit Castellan
    VPN Gateways Through Zero-Day Before Patch"), a standfirst, the author and the date, and
    the block made the title chrome. A title is longer than the line it replaces, five words
    at least, no sentence, and a byline or date line follows it in its block.
    """
    h = next((i for i, sp in enumerate(spans[:60]) if sp.kind == "headline"), -1)
    if h < 0 or text.count(" ", spans[h].start, spans[h].end) > 4:
        return spans
    for t in range(h + 1, min(len(spans), h + 60)):
        sp = spans[t]
        if sp.kind not in ("boilerplate", "body"):
            return spans
        line = text[sp.start : sp.end]
        if (
            line.count(" ") < 4
            or len(line) > 200
            or not spans[h].end - spans[h].start < len(line)
            or _ends_like_a_sentence(line)
            or is_chrome_line(line)
        ):
            if sp.kind == "body":
                return spans  # the story has begun
            continue
        # the block: the lines after it with no blank line between
        block = []
        for q in spans[t + 1 : t + 4]:
            if "\n\n" in text[sp.end : q.start].replace("\r", ""):
                break
            block.append(q)
        if any(_BYLINE.match(text, q.start, q.end) for q in block):
            out = list(spans)
            out[h] = out[h]._replace(kind="boilerplate")
            out[t] = sp._replace(kind="headline")
            return out
        if sp.kind == "body":
            return spans
    return spans


# a site's motto under its masthead: "Zimbabwe's Leading Daily Newspaper", "Cambodia's Newspaper
# of Record", "The trusted voice of shipping since 1734", "Part of the USA TODAY Network",
# "Your Doorway to Japan", "THE NATIONAL ENGLISH LANGUAGE DAILY"
_MOTTO = re.compile(
    r"(?:the\s+)?(?:[\w.-]+['\u2019]s\s+)?(?:(?:national|leading|only|trusted|independent|first"
    r"|largest|oldest|best|premier|number\s+one|no\.\s?1|english(?:\s+language)?|daily"
    r"|regional|local|community|provincial|most\s+trusted|favou?rite"
    r")\s+){0,5}(?:daily|newspaper|paper|news\s?paper|voice)(?:\s+(?:of|in|for|since)\s+"
    r"[\w\s.'\u2019-]{1,40})?"
    r"|part\s+of\s+the\s+[\w\s.&'\u2019-]{1,40}\s+network"
    r"|your\s+(?:doorway|gateway|window|guide|passport)\s+to\s+[\w\s.'\u2019-]{1,30}"
    r"|an?\s+(?:independent\s+)?journal\s+of\s+[\w\s&,'\u2019-]{1,40}",
    re.IGNORECASE,
)


_SITE_NAME_LINE = re.compile(
    r"[A-Z][\w&.'\u2019-]*(?:\s(?:[A-Z][\w&.'\u2019-]*|of|the|and|&)){0,4}"
)


def _site_name(text: str, spans: list[Span], i: int) -> bool:
    """The page's first line is the site's name when a menu follows it and the story names
    the site again ("S&P Global Commodity Insights", then "told S&P Global Commodity
    Insights")."""
    sp = spans[i]
    return (
        all(p.kind == "boilerplate" for p in spans[:i])
        and i + 1 < len(spans)
        and spans[i + 1].kind == "boilerplate"
        and _SITE_NAME_LINE.fullmatch(text, sp.start, sp.end) is not None
        and text.find(text[sp.start : sp.end], sp.end) > 0
    )


def _mastheads(text: str, spans: list[Span]) -> list[Span]:
    """A site's motto near the page's top, alone on its line, is chrome, not a headline."""
    out = spans
    for i, sp in enumerate(spans[:25]):
        if sp.kind not in ("body", "headline") or sp.end - sp.start > 60:
            continue
        if not _site_name(text, spans, i) and (
            (i > 0 and spans[i - 1].paragraph == sp.paragraph)
            or (i + 1 < len(spans) and spans[i + 1].paragraph == sp.paragraph)
            or text[sp.end - 1 : sp.end] in (".", "!", "?", ":")
            or not _MOTTO.fullmatch(text, sp.start, sp.end)
        ):
            continue
        if out is spans:
            out = list(spans)
        out[i] = sp._replace(kind="boilerplate")
        if sp.kind == "headline":
            # the title is the next line of the story's own
            j = next((k for k in range(i + 1, len(out)) if out[k].kind == "body"), None)
            if j is not None and out[j].end - out[j].start <= 200:
                out[j] = out[j]._replace(kind="headline")
    return out


def _subhead_question(
    text: str, paragraphs: list[list[tuple[int, int]]], pno: int, para: str
) -> bool:
    """A short question on a line of its own, blank lines around it, a paragraph after it.

    "What happens next?", "How much did it rain?": a subhead over the next part of the story.
    A quoted question ("\u201cWhy now?\u201d she asked.") or one run on after a sentence ("He
    paused. Why now?") is the story's; so is an interview's, after its speaker ("Q: Why now?",
    "ANN ROE: Why now?"), one a quote answers ("Was she satisfied?", then "\u201cNot quite,\u201d
    she said."), one that names someone ("Can Roe take a punch?": "she", in the next paragraph,
    may be Roe) and a line set among others with no blank line between (a list).
    """
    return (
        len(para) <= 60
        and para.count(" ") <= 7
        and "A" <= para[0] <= "Z"
        and ":" not in para
        and not any(q in para for q in _QUOTES)
        and not _NAME_IN.search(para)
        and pno + 1 < len(paragraphs)
        and text[paragraphs[pno + 1][0][0]] not in _OPEN_QUOTES
        and text.count("\n", paragraphs[pno - 1][-1][1], paragraphs[pno][0][0]) > 1
        and text.count("\n", paragraphs[pno][-1][1], paragraphs[pno + 1][0][0]) > 1
        and len(split_sentences(para, 0, len(para))) == 1
    )


def _body_over(spans: list[Span]) -> int:
    """The paragraph of the story's text over the next line, past an ad's chrome lines, or -1.

    An ad slot ("Advertisement", "Story continues below") may lie between a paragraph and
    the subhead under it; a caption or a headline over the line is no story text.
    """
    for sp in spans[:-4:-1]:
        if sp.kind != "boilerplate":
            return sp.paragraph if sp.kind == "body" else -1
    return -1


def _short_chrome(
    text: str,
    paragraphs: list[list[tuple[int, int]]],
    pno: int,
    para: str,
    in_story: bool,
    over: int,
) -> bool:
    """A short line of its own after the title that is chrome by its place and shape.

    A subhead alone between two of the story's paragraphs ("Residents count the cost"; the
    story begun, in_story, and a body paragraph over it, over, an ad's lines between or
    none), a credit in capitals
    under a caption's line ("SUPPLIED/HARBOR RESCUE SERVICE"), a tag list once the story has
    begun ("Agriculture, Climate Change, Forestry, Water"; a title of short clauses comes
    before it).
    """
    if (
        in_story
        and over >= 0
        and len(para) <= 60
        and _subhead_line(text, paragraphs, pno, para, over)
    ):
        return True
    if "/" in para:
        return (
            len(para) <= 80
            and bool(_CAPS_CREDIT.fullmatch(para))
            # right under the caption's line, no blank line between
            and len(paragraphs[pno - 1]) == 1
            and _next_line(text, paragraphs, pno)
        )
    return in_story and para.count(",") >= 3 and bool(_TAG_LIST.fullmatch(para))


def _subhead_line(
    text: str, paragraphs: list[list[tuple[int, int]]], pno: int, para: str, over: int
) -> bool:
    """A short line with no closing punctuation alone between two paragraphs of the story.

    "Residents count the cost", "A Town Under Water": a subhead over the next part of the
    story, blank lines around it, a paragraph of sentences over and under it (the one over it,
    paragraph over, the story's; an ad's chrome lines may lie between). A line that closes on
    punctuation or a quote is a sentence ("Nobody came.", "\u201cWe will rebuild\u201d"); one
    in quotes, or one that stops on a comma or a small word ("The mayor said that"), is the
    story's; so is one of three words or fewer (a label, taken before) or more than eight.
    """
    n = para.count(" ")
    if not (3 <= n <= 7 and "A" <= para[0] <= "Z") or pno + 1 >= len(paragraphs):
        return False
    if _ends_terminal(para) or _ends_mid_sentence(para) or ":" in para:
        return False
    if any(q in para for q in _QUOTES):
        return False
    ps, pe = paragraphs[over][0][0], paragraphs[over][-1][1]
    ns, ne = paragraphs[pno + 1][0][0], paragraphs[pno + 1][-1][1]
    return (
        text.count("\n", paragraphs[pno - 1][-1][1], paragraphs[pno][0][0]) > 1
        and text.count("\n", paragraphs[pno][-1][1], ns) > 1
        # the paragraphs around it: sentences of some length, the next not run on from it
        and text[pe - 1] in _TERMINAL_CHARS
        and text.count(" ", ps, pe) >= 10
        and text[ne - 1] in _TERMINAL_CHARS
        and text.count(" ", ns, ne) >= 10
        and not _STARTS_LOWER.match(text, ns, ne)
    )


def _tagline_over_menu(text: str, paragraphs: list[list[tuple[int, int]]], pno: int) -> bool:
    """A site's slogan under its name, the menu under it, then the title: the slogan is chrome.

    "Valley Post", "Biting the hand that feeds IT" (taken for the title), then the menu, a
    short label a line ("Home", "World", "Sports", "Opinion", \u2026), then the title: near the
    top, under the masthead, a line over five labels or more, four of them no chrome wording
    (section names, not a byline's "Share", "Print"), none with a figure (no date), and a
    title-shaped line after them is the page's slogan. A title over its byline's lines ("Ann
    Roe", "Reporter", "Share", "Save"), then the story, keeps its place.
    """
    # right under the site's name (or under the links over it: "IEEE.org", "Sign In", then
    # "IEEE Spectrum", "FOR THE TECHNOLOGY INSIDER"), no blank line between
    if pno > 15 or not _next_line(text, paragraphs, pno):
        return False
    q = pno + 1
    items = sections = 0
    while q < len(paragraphs) and len(paragraphs[q]) == 1:
        s, e = paragraphs[q][0]
        item = text[s:e].rstrip("!")
        if " | " in item and items == 0 and is_chrome_line(item):
            q += 1  # the language bar first: "English | Монгол | 中文"
            continue
        if len(item) > 30 or item.count(" ") > 3 or _ends_terminal(item):
            break
        if any(c.isdigit() for c in item):
            return False
        items += 1
        sections += not _CHROME_LINE.match(item)
        q += 1
    if items < 5 or sections < 4 or q >= len(paragraphs):
        return False
    s, e = paragraphs[q][0]
    title = text[s:e]
    return (
        title.count(" ") >= 3
        and len(title) < 250
        and not _ends_like_a_sentence(title)
        and not is_chrome_line(title)
    )


# quotation marks (an apostrophe is no quote: "What\u2019s next?"; a quote may open on one)
_QUOTES = '"\u201c\u201d\u2018'
_DOUBLE_QUOTES = '"\u201c\u201d'
_OPEN_QUOTES = "\"\u201c\u2018'"
# a capitalised word after the first: a name ("Roe", "New Town"; "EU" is no person)
_NAME_IN = re.compile(r"\s[A-Z][a-z]")


# the reader addressed: an appeal's words ("We need your help", "news you can count on")
_READER = re.compile(r"\b(?:you|your|we|us|our)\b", re.IGNORECASE)


def _chrome_block(
    text: str, paragraphs: list[list[tuple[int, int]]], spans: list[Span]
) -> list[Span]:
    """Lines set among chrome lines, no blank line between, after the story: the box's text.

    A donation box ("Valley News is in danger", "Anyone who gives to us risks a fine. We need
    your help.", "Donate"), a newsletter's ("Valley News in English newsletter", "Subscribe"),
    a strip of links ("Harbor War Latest", "Valley Radio's Live Blog On The Harbor War", "Most
    Popular"). A story's paragraphs are set apart by blank lines; a line in a block of chrome
    lines is chrome when it is no sentence (no closing punctuation) between two of them, or a few
    words next to one, or when it speaks to the reader ("you", "we") between two of them or over
    or under two. A quoted line is a story's (a word in single quotes is a term: "designated an
    \u2018undesirable organization\u2019").
    """
    # each paragraph's first span, and whether all its spans are chrome
    n = len(paragraphs)
    first = [-1] * n
    chrome = [False] * (n + 1)  # one more: the paragraph after the last is none
    for i, sp in enumerate(spans):
        p = sp.paragraph
        if first[p] < 0:
            first[p] = i
            chrome[p] = sp.kind == "boilerplate"
        elif sp.kind != "boilerplate":
            chrome[p] = False
    # the story's start: its first paragraph of real length set apart by a blank line (a box
    # over the title is the page's, and so is a standfirst in the block of the title and byline)
    story = next(
        (
            p
            for p in range(n)
            if first[p] >= 0
            and spans[first[p]].kind == "body"
            and text.count(" ", paragraphs[p][0][0], paragraphs[p][-1][1]) >= 20
            and not _next_line(text, paragraphs, p)
        ),
        n,
    )

    def block_chrome(p: int, step: int) -> int:
        """How many chrome lines lie next to paragraph p (step 1: under it, -1: over it)?"""
        k = 0
        q = p
        while k < 2 and chrome[q + step] and _next_line(text, paragraphs, max(q, q + step)):
            k += 1
            q += step
        return k

    out = spans
    for p in range(story + 1, n):
        # a line of its own, not chrome, a chrome line over or under it (the cheap tests first)
        if chrome[p] or not (chrome[p - 1] or chrome[p + 1]) or len(paragraphs[p]) > 1:
            continue
        s, e = paragraphs[p][0]
        over, under = block_chrome(p, -1), block_chrome(p, 1)
        if not (over or under):
            continue
        i = first[p]
        j = i
        while j < len(spans) and spans[j].paragraph == p:
            j += 1
        if any(sp.kind != "body" for sp in spans[i:j]):
            continue
        line = text[s:e]
        if not (
            # no sentence: between two chrome lines, or a few words next to one (a caption run
            # on into its credit, "\u2026 the deal.Credit\u2026Ann Roe for Valley News", is two)
            (
                j == i + 1
                and not _ends_like_a_sentence(line)
                and ((over and under) or (len(line) < 60 and line.count(" ") <= 5))
            )
            # an appeal to the reader, not quoted
            or (
                len(line) <= 320
                and ((over and under) or over == 2 or under == 2)
                and not any(q in line for q in _DOUBLE_QUOTES)
                and _READER.search(line)
            )
        ):
            continue
        if out is spans:
            out = list(spans)
        for k in range(i, j):
            out[k] = out[k]._replace(kind="boilerplate")
    return out


_PROMO_END = re.compile(r"\W*after\s+newsletter\s+promotion\W*$", re.IGNORECASE)
_PROMO_START = re.compile(
    r"\W*(?:skip\s+past\s+newsletter\s+promotion|sign\s+up\s+(?:to|for)\b"
    r"|(?:[\w-]+\s+){0,3}newsletters?\b)",
    re.IGNORECASE,
)


def _newsletter_box(text: str, spans: list[Span]) -> list[Span]:
    """A newsletter box inside the story is chrome from its sign-up line to its end marker.

    "Sign up to Field Notes", "Free weekly newsletter", a tagline ("The week's best stories.
    Get …"), "Enter your email address", a privacy notice, then "after newsletter promotion":
    the lines between the sign-up line and the marker are the box's, whatever they say.
    """
    out = spans
    for i, sp in enumerate(spans):
        if sp.kind != "boilerplate" or not _PROMO_END.match(text, sp.start, sp.end):
            continue
        # the box's start: the nearest sign-up line a few paragraphs up (a box is never a
        # story's length), so no story paragraph above the box is taken in
        first = next(
            (
                j
                for j in range(i - 1, max(-1, i - 16), -1)
                if sp.paragraph - spans[j].paragraph <= 10
                and spans[j].kind == "boilerplate"
                and _PROMO_START.match(text, spans[j].start, spans[j].end)
            ),
            -1,
        )
        if first < 0:
            continue
        for k in range(first + 1, i):
            if out[k].kind != "boilerplate":
                if out is spans:
                    out = list(spans)
                out[k] = out[k]._replace(kind="boilerplate")
    return out


# a pop-up appeal's button to put it off ("Remind me later"), and its opening ("A Message from
# The Moscow Times:", "Dear readers,")
_BOX_LATER = re.compile(
    r"\W*(?:remind\s+me\s+later|maybe\s+later|not\s+now|ask\s+me\s+later)\W*$", re.IGNORECASE
)
_BOX_OPEN = re.compile(
    r"\W*(?:dear\s+(?:readers?|friends?|subscribers?|supporters?)"
    r"|(?:a\s+)?(?:message|note|letter|word)\s+from\s+[^.!?]{1,50}:)\W*$",
    re.IGNORECASE,
)


def _appeal_box(text: str, spans: list[Span]) -> list[Span]:
    """A pop-up appeal is chrome from its opening to its "Remind me later" button.

    "A Message from The Moscow Times:", "Dear readers,", a few paragraphs on the outlet's
    troubles and a plea for money, then "Continue", "Remind me later.": the paragraphs
    between the opening and the button are the box's, whatever they say.
    """
    out = spans
    for i, sp in enumerate(spans):
        if sp.kind != "boilerplate" or not _BOX_LATER.match(text, sp.start, sp.end):
            continue
        # the opening a few paragraphs up (a box is never a story's length)
        first = next(
            (
                j
                for j in range(i - 1, max(-1, i - 24), -1)
                if sp.paragraph - spans[j].paragraph <= 12
                and _BOX_OPEN.match(text, spans[j].start, spans[j].end)
            ),
            -1,
        )
        if first < 0:
            continue
        # a letter's opening: the heading over it goes too ("A Message from …:", "Dear readers,")
        if first > 0 and _BOX_OPEN.match(text, spans[first - 1].start, spans[first - 1].end):
            first -= 1
        for k in range(first, i):
            if out[k].kind != "boilerplate":
                if out is spans:
                    out = list(spans)
                out[k] = out[k]._replace(kind="boilerplate")
    return out


# An author's note: a name, then a newsroom role ("Jane Roe is a health reporter at the
# Sentinel.", "Roe covers courts for the Sentinel."); an analyst or a spokesman is no author
_BIO = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?P<name>[A-Z][\w'\u2019-]+)\s+(?:"
    r"(?:is|has\s+been|serves\s+as)\s+(?:a|an|the|our|(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+(?:&\s+)?[A-Z][\w.-]*)"
    r"{0,3}[\u2019']s)\s+(?:[\w,-]+\s+){0,5}?"
    r"(?:reporter|editor|correspondent|writer|journalist|producer|columnist|photographer"
    r"|photojournalist|contributor)s?\b"
    r"|(?:covers|reports\s+on|writes\s+(?:about|on))\s[^.!?]{1,80}?\s(?:for|at|from)\s+(?:the\s+)?"
    r"[A-Z])"
)
# An outlet's note about itself: "The AP is solely responsible for all content.",
# "Reuters, the news and media division of …, is the world's largest multimedia news provider"
_OUTLET_NOTE = re.compile(
    r"\bsolely\s+responsible\s+for\s+(?:all\s+)?(?:the\s+|its\s+)?content"
    r"|\bnews\s+and\s+media\s+division\s+of\b"
    r"|\b(?:is|are)\s+(?:the|a|an)\s+(?:[\w\u2019'-]+\s+){0,4}?(?:news|media)\s+(?:provider"
    r"|organi[sz]ation|agency|outlet|publisher|network)"
    r"|\breaching\s+(?:billions|millions)\s+of\s+(?:people|readers)"
    # "The Valley Wire's science desk receives support from the Harbor Foundation."
    r"|\b(?:department|desk|team|coverage|reporting|journalism)\s+receives\s+(?:financial\s+)?"
    r"(?:support|funding)\s+from\b"
    # "Founded in 1846, AP today remains the most trusted source of fast, accurate … news"
    r"|\b(?:most\s+trusted|leading|largest|oldest|essential)\s+(?:[\w-]+\s+){0,2}?(?:source|provider)\s+of"
    r"\s+(?:[\w,-]+\s+){0,6}?(?:news|journalism|information)\b",
    re.IGNORECASE,
)
# More notes, tried only on a paragraph holding one of _MORE_NOTE_WORDS (a cheap test first)
_MORE_NOTE = re.compile(
    # "Valley Post is a non-profit, editorially independent digital magazine exploring …"
    r"\b(?:is|are)\s+(?:the|a|an)\s+(?:[\w,\u2019'-]+\s+){0,5}?(?:magazine|website|newsroom"
    r"|publication|news\s+site|newspaper)\s+(?:covering|exploring|dedicated\s+to|reporting\s+on"
    r"|focused\s+on|that\s+covers)\b"
    # "Valley.com, the online edition of …, gives you breaking news, analyses and opinions"
    r"|\bgives\s+you\s+(?:the\s+)?(?:latest|breaking)\s+news\b"
    # "Valley.com English is the English-language edition of Indonesia's Valley"
    r"|\b(?:is|are)\s+the\s+(?:[\w-]+\s+){0,2}edition\s+of\b"
    # "Disclosure: X has been a financial supporter of …", "Financial supporters play no role"
    r"|\bfinancial\s+supporters?\s+(?:of|play)\b"
    # "Learn about The Valley Post's policies, including …"
    r"|(?<![^\n])learn\s+(?:more\s+)?about\s+(?:our|[\w\s.&\u2019']{1,40}?[\u2019']s)\s+(?:editorial\s+)?"
    r"(?:policies|standards|ethics)\b"
    # "Local Democracy Reporting is public interest journalism funded through NZ On Air."
    r"|\bis\s+(?:public[\s-]+interest|local(?:\s+body)?)\s+journalism\s+(?:co-)?funded\b"
    # "Valley Post is a nonprofit newsroom. Our journalism is free for everyone to read"
    r"|\b(?:is|are)\s+(?:a|an)\s+(?:[\w,-]+\s+){0,2}?(?:non-?profit|independent|reader-(?:funded"
    r"|supported))\s+(?:newsroom|news\s+organi[sz]ation|publication|news\s+site)\b"
    # "Valley's online news has been prepared using the services of Valley, BNS and other agencies"
    r"|\b(?:news|content|stories)\s+(?:has|have)\s+been\s+(?:prepared|compiled|produced)\s+(?:using"
    r"|with)\s+(?:the\s+)?(?:services|help|material)\s+of\b",
    re.IGNORECASE,
)


_MORE_NOTE_WORDS = (
    "magazine", "website", "newsroom", "publication", "news site", "newspaper", "gives you",
    "edition of", "supporter", "earn about", "journalism", "profit", "independent", "reader-",
    "been prepared", "been compiled", "been produced",
)  # fmt: skip


def _outlet_note(text: str, a: int, b: int) -> bool:
    """Is there a note about the outlet in text[a:b]?"""
    if _OUTLET_NOTE.search(text, a, b):
        return True
    low = text[a:b].lower()
    return any(w in low for w in _MORE_NOTE_WORDS) and bool(_MORE_NOTE.search(text, a, b))


# a person's name alone on its line: "Ann Roe-Hale", "Mary K. Doe"
_NAME_LINE = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}")
# the heading over an author's note: "ABOUT THE AUTHOR", "About the authors"
_ABOUT_AUTHOR = re.compile(
    r"\W*about\s+the\s+(?:authors?|writers?|reporters?|contributors?)\W*$", re.IGNORECASE
)


def _bio_of(text: str, start: int, end: int, bylines: str | list[Span]) -> bool:
    """Is text[start:end] a note about an author named in the bylines (or the chrome spans)?"""
    m = _BIO.match(text, start, end)
    if m is None:
        return False
    if not isinstance(bylines, str):
        bylines = " ".join(text[sp.start : sp.end] for sp in bylines if sp.kind == "boilerplate")
    return m.group("name").lower() in bylines.lower()


def _notes_after_the_story(text: str, spans: list[Span]) -> list[Span]:
    """Notes about the author or the outlet after the story are chrome.

    "Jane Roe is a health reporter at the Sentinel. She previously …" (when a byline names
    Jane Roe), "The AP is solely responsible for all content.": walking back from the end
    over chrome, each paragraph that is such a note goes, and the walk stops at the story's
    last paragraph. A page's foot holds a few notes, never a story's worth; its menu, one link a
    line, may run to dozens of chrome lines after them ("Menu", "ap.org", "Careers", …).
    """
    out = spans
    i = len(spans)
    notes = 0
    for _ in range(80):
        if i == 0 or notes == 12:
            break
        pno = spans[i - 1].paragraph
        j = i
        while j > 0 and spans[j - 1].paragraph == pno:
            j -= 1
        body = [sp for sp in out[j:i] if sp.kind != "boilerplate"]
        if body:
            # a note may share its paragraph with the foot's chrome ("© 2025 Valley Post")
            notes += 1
            a, b = body[0].start, body[-1].end
            if (
                b - a > 600
                or any(sp.kind != "body" for sp in body)
                or not (_outlet_note(text, a, b) or _bio_of(text, a, b, spans))
            ):
                break
            if out is spans:
                out = list(spans)
            for k in range(j, i):
                out[k] = out[k]._replace(kind="boilerplate")
        i = j
    return out


_BYLINE = re.compile(
    r"(?:by\s|(?:updated|published|posted)\b|(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    # a section label, then the time: "All News 16:48 November 04, 2025"
    r"|(?:[^\W\d_]+\s+){0,3}\d{1,2}:\d{2}\s)",
    re.I,
)


def _headline_in_menu(
    text: str, paragraphs: list[list[tuple[int, int]]], spans: list[Span]
) -> list[Span]:
    """The site's name over its menu, or a menu item, taken for the title: the title is lower.

    "Valley Radio from Valley Media" on the page's first line, then "World", "Sports", … on
    the lines under it; "Tales from the Quay" among the menu's items ("Business", "Sport",
    then "Search"): a line with the menu's lines right over or under it, no blank line
    between, is the page's when a line shaped as a title (no sentence, five words or more,
    longer than it, set apart by a blank line) follows it after chrome only. A short title in
    a block over its byline ("By Ann Roe", "March 4, 2027"), or over the byline's lines and
    the story after them ("Ann Roe", "Reporter"), keeps its place.
    """
    h = next((i for i, sp in enumerate(spans[:40]) if sp.kind == "headline"), -1)
    if h < 0:
        return spans
    p = spans[h].paragraph
    if len(paragraphs[p]) > 1 or (h + 1 < len(spans) and spans[h + 1].paragraph == p):
        return spans

    def menu_lines(step: int) -> int:
        """How many short chrome lines lie right over (step -1) or under (step 1) the line?"""
        k = 0
        i, q = h + step, p
        while 0 <= i < len(spans) and k < 8:
            sp = spans[i]
            if (
                sp.kind != "boilerplate"
                or sp.paragraph != q + step
                or len(paragraphs[sp.paragraph]) > 1
                or sp.end - sp.start > 40
                or not _next_line(text, paragraphs, max(q, q + step))
            ):
                break
            k += 1
            i += step
            q += step
        return k

    line = text[spans[h].start : spans[h].end]
    under = menu_lines(1)
    over = menu_lines(-1)
    # among the menu's items (a few over it, one under it at least), or the page's top line
    # over a whole menu (the site's name); a byline or a date right under it is the title's
    if not ((over >= 2 and under >= 1 and len(line) <= 30) or (over == p and under >= 5)) or any(
        _BYLINE.match(text, sp.start, sp.end) for sp in spans[h + 1 : h + 1 + under]
    ):
        return spans
    b = next(
        (i for i in range(h + 1, min(len(spans), h + 40)) if spans[i].kind != "boilerplate"), -1
    )
    if b < 0:
        return spans
    sp = spans[b]
    q = sp.paragraph
    title = text[sp.start : sp.end]
    if (
        sp.kind != "body"
        or sp.duplicate
        or len(paragraphs[q]) > 1
        or (b + 1 < len(spans) and spans[b + 1].paragraph == q)
        or _next_line(text, paragraphs, q)
        or _ends_like_a_sentence(title)
        or title.count(" ") < 4
        or not len(line) < len(title) < 250
    ):
        return spans
    out = list(spans)
    out[h] = out[h]._replace(kind="boilerplate")
    out[b] = sp._replace(kind="headline")
    return out


# the site's name on the page's top line, its masthead: two words to six, no figure, no sentence
_SITE_NAME = re.compile(r"(?:The\s+)?([A-Z][\w&'\u2019.-]*(?:\s+[\w&'\u2019.-]+){1,5})")
# the start of a line that names the site after a person (a picture's credit: "Ann Roe Valley
# Post", "Ann Roe for Valley Post", "Photo: Ann Roe/Valley Post") or after a plea ("Support
# Valley Post"): matched up to the site's name ("Ann Roe for ", "Support ")
_SITE_LINE_HEAD = re.compile(
    r"(?:(?:(?i:photo(?:graph)?|image|picture)s?\s*(?:(?i:by)\s*)?:?\s*)?[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s*(?:\s(?:for|by)\s|[/|,\u2013\u2014-]|\s)"
    r"|(?i:support|donate\s+to)\s+)\s*(?i:the\s+)?"
)


def _site_lines(
    text: str, paragraphs: list[list[tuple[int, int]]], spans: list[Span]
) -> list[Span]:
    """Lines that name the site as its masthead does, after a person or a plea, are chrome.

    "Valley Post" on the page's top line is the site's name; then "Ann Roe Valley Post" or
    "Ann Roe for Valley Post" on a line of its own, under a picture's caption, is the picture's
    credit, and "Support Valley Post", under the story, the donation box's heading. A sentence
    that names the site ("Valley Post spoke to 11 workers.") is the story's.
    """
    site = None
    for sp in spans[:3]:
        if sp.kind != "boilerplate":
            break
        line = text[sp.start : sp.end]
        m = _SITE_NAME.fullmatch(line)
        if (
            m
            and len(line) <= 40
            and len(paragraphs[sp.paragraph]) == 1
            and not any(c.isdigit() for c in line)
            and not _CHROME_LINE.match(line)
        ):
            site = m.group(1)
            break
    if site is None:
        return spans
    low = " ".join(site.split()).lower()
    out = spans
    for i, sp in enumerate(spans):
        if sp.kind != "body" or sp.end - sp.start > 90:
            continue
        # the line ends on the site's name (a full stop after it: "… Valley Post." is a sentence)
        line = " ".join(text[sp.start : sp.end].split()).rstrip("!\"'\u201d\u2019)] ")
        cut = len(line) - len(low)
        if cut <= 0 or not line.lower().endswith(low):
            continue
        p = sp.paragraph
        if (
            len(paragraphs[p]) > 1
            or (i > 0 and spans[i - 1].paragraph == p)
            or (i + 1 < len(spans) and spans[i + 1].paragraph == p)
            or not _SITE_LINE_HEAD.fullmatch(line, 0, cut)
        ):
            continue
        if out is spans:
            out = list(spans)
        out[i] = sp._replace(kind="boilerplate")
    return out


# a broadcast reporter's sign-off, alone on its line: "Ann Roe reports.", "Ann Roe, Valley News."
_SIGN_OFF = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
    r"(?:\s+reports|,\s+[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3}\s+News)\.?\s*"
)


def _sign_offs(text: str, spans: list[Span]) -> list[Span]:
    """A reporter's sign-off line ("Ann Roe reports.") is chrome when a byline names her."""
    out = spans
    bylines: str | None = None
    for i, sp in enumerate(spans):
        if sp.kind != "body" or sp.end - sp.start > 70:
            continue
        m = _SIGN_OFF.fullmatch(text, sp.start, sp.end)
        if (
            m is None
            or text[sp.start - 1 : sp.start] not in ("", "\n")
            or text[sp.end : sp.end + 1] not in ("", "\n", "\r")
        ):
            continue
        if bylines is None:
            bylines = " ".join(
                text[o.start : o.end].lower() for o in spans if o.kind == "boilerplate"
            )
        if m.group("name").lower() not in bylines:
            continue
        if out is spans:
            out = list(spans)
        out[i] = sp._replace(kind="boilerplate")
    return out


def _headline_before_byline(text: str, spans: list[Span]) -> list[Span]:
    """The title is the line over the byline: a site's tagline above it is chrome.

    "Exclusive news, data and analytics for …" opens a page, then a section label, then the
    title, then "By …": when the first body paragraph, after some chrome, is one unpunctuated
    line over a byline or date line, it is the headline and what was taken for one was the
    page's. Under a whole menu ("Democracy Dies in Darkness", "Sign in", "Subscribe", "Politics",
    …) a short standfirst may lie between the title and the byline. The site's own short lines
    ("Valley news & opinion", "Error/typo?") may come first: two of them are passed over.
    """
    h = next((i for i, sp in enumerate(spans[:8]) if sp.kind == "headline"), -1)
    if h < 0:
        return spans
    # a whole menu may lie between the tagline and the title ("Home", "Latest", "National", …;
    # a wire's runs to fifteen lines with its "Learn more about …" and the section label)
    # a menu item the rules left as text ("Del. & Md." among "World", "Sports") is passed
    skipped: list[int] = []
    for b in range(h + 1, min(len(spans), h + 40)):
        if spans[b].kind == "boilerplate" or _menu_item(text, spans, b):
            continue
        e = _title_over_byline(text, spans, h, b)
        if e is not None:
            out = list(spans)
            for i in range(h, b):
                out[i] = out[i]._replace(kind="boilerplate")
            for i in range(b, e + 1):
                out[i] = out[i]._replace(kind="headline")
            return out
        if len(skipped) == 2 or not _site_line(text, spans, b):
            break
        skipped.append(b)
    return spans


def _site_line(text: str, spans: list[Span], i: int) -> bool:
    """A short line alone in its paragraph, no sentence: the site's tagline or a menu link."""
    sp = spans[i]
    return (
        sp.end - sp.start <= 40
        and sp.kind == "body"
        and (i == 0 or spans[i - 1].paragraph != sp.paragraph)
        and (i + 1 == len(spans) or spans[i + 1].paragraph != sp.paragraph)
        and not text.endswith(".", sp.start, sp.end)
    )


def _title_over_byline(text: str, spans: list[Span], h: int, b: int) -> int | None:
    """The last span of the title starting at spans[b], when a byline or date line follows it."""
    # a title in capitals may run to two sentences: "Mill Town Lost Its Clinic. Patients Paid."
    e = b
    while (
        e + 1 < len(spans)
        and spans[e + 1].paragraph == spans[b].paragraph
        and spans[e + 1].kind == "body"
    ):
        e += 1
    title = text[spans[b].start : spans[e].end]
    if e > b and not _title_case(title):
        return None
    c = e + 1  # the line after the title
    if b - h >= 4 and c < len(spans) and spans[c].kind == "body":
        # a standfirst between title and byline: one short paragraph of its own
        p = spans[c].paragraph
        while c < len(spans) and spans[c].paragraph == p and spans[c].kind == "body":
            c += 1
        if spans[c - 1].end - spans[e + 1].start > 320:
            return None
    if (
        spans[b].kind != "body"
        or b == h + 1  # headline, standfirst, byline: the standfirst is no title
        or spans[b].duplicate
        or text.count(" ", spans[b].start, spans[b].end) < 3
        or c >= len(spans)
        or spans[c].kind != "boilerplate"
        or spans[c].paragraph == spans[b].paragraph
        or (b > 0 and spans[b - 1].paragraph == spans[b].paragraph)
        or (_ends_like_a_sentence(title) and not _title_case(title))
        # the byline, or a date line over it
        or not any(
            sp.kind == "boilerplate" and _BYLINE.match(text, sp.start, sp.end)
            for sp in spans[c : c + 2]
        )
    ):
        return None
    return e


_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]{3,}")


def _title_case(line: str) -> bool:
    """Is every word of four letters or more capitalised, as in a title, four words at least?"""
    long_words = _TITLE_WORD.findall(line)
    return len(long_words) >= 4 and all(w[0].isupper() for w in long_words)


def _menu_item(text: str, spans: list[Span], i: int) -> bool:
    """A short line of text alone between chrome lines: a menu item ("Del. & Md.")."""
    sp = spans[i]
    return (
        sp.kind == "body"
        and 0 < i < len(spans) - 1
        and sp.end - sp.start <= 30
        and text.count(" ", sp.start, sp.end) <= 3
        and spans[i - 1].kind == "boilerplate"
        and spans[i + 1].kind == "boilerplate"
        and spans[i - 1].paragraph != sp.paragraph != spans[i + 1].paragraph
    )
