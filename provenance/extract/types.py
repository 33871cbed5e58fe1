"""Plain data types produced by extraction: sentences, claims and their source chains."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SentenceKind = Literal["headline", "body", "caption", "boilerplate"]
SourceKind = Literal["outlet", "person", "agency", "government", "organisation", "unnamed"]

SENTENCE_KINDS: tuple[str, ...] = ("headline", "body", "caption", "boilerplate")
SOURCE_KINDS: tuple[str, ...] = (
    "outlet",
    "person",
    "agency",
    "government",
    "organisation",
    "unnamed",
)


@dataclass(frozen=True, slots=True)
class Hop:
    """One link of a claim's source chain: who said it, how, and when.

    ``name`` is the canonical source name ("The Moscow Times"); for an unnamed source it is
    a short description ("unnamed source", "people familiar with the matter").
    ``mention`` is the text as written ("the outlet"); ``start``/``end`` its span in the
    article text, when the mention is in the text.
    """

    name: str
    kind: SourceKind
    cue: str | None = None
    date: str | None = None
    description: str | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    aliases: tuple[str, ...] = ()  # other names the text gives this source ("ICES", "MI5")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a page-chrome line) with its span in the article text."""

    index: int
    start: int
    end: int
    text: str
    kind: SentenceKind = "body"


@dataclass(frozen=True, slots=True)
class Claim:
    """An atomic factual claim: its span, its sentence and the chain it rests on.

    ``chain`` runs from the source the article cites outward to the origin; empty for
    the article's own assertion.
    """

    sentence_index: int
    start: int
    end: int
    text: str
    chain: tuple[Hop, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extraction finds in one article's text."""

    text: str
    sentences: tuple[Sentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    title: str | None = field(default=None)
