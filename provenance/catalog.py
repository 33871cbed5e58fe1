"""What is in the database: articles and sources with their counts, and one claim in full.

Counts are computed with a few grouped queries over the whole table, never one query per
row. The source graph (who cites whom) is derived from consecutive hops of each chain.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from provenance.db.models import Article, Citation, Claim, Review, Sentence, Source, SourceAlias
from provenance.errors import NotFound
from provenance.queries import MAX_ID, ChainHop, load_chains


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str | None
    publisher: str | None
    url: str | None
    published_on: date | None
    origin: str | None
    ingested_at: datetime | None
    sentences: int
    claims: int
    verified: int
    disputed: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "published_on": self.published_on.isoformat() if self.published_on else None,
            "origin": self.origin,
            "ingested_at": self.ingested_at.isoformat() if self.ingested_at else None,
            "sentences": self.sentences,
            "claims": self.claims,
            "verified": self.verified,
            "disputed": self.disputed,
        }


def _status_counts(column: Any) -> tuple[Any, Any, Any]:
    return (
        func.count(column),
        func.coalesce(func.sum(case((Claim.status == "verified", 1), else_=0)), 0),
        func.coalesce(func.sum(case((Claim.status == "disputed", 1), else_=0)), 0),
    )


def list_articles(session: Session) -> list[ArticleSummary]:
    """Every ingested article, oldest first, with sentence and claim counts."""
    sentences = dict(
        session.execute(
            select(Sentence.article_id, func.count()).group_by(Sentence.article_id)
        ).all()
    )
    claims = {
        row[0]: row[1:]
        for row in session.execute(
            select(Claim.article_id, *_status_counts(Claim.id)).group_by(Claim.article_id)
        )
    }
    rows = session.execute(
        select(
            Article.id,
            Article.title,
            Article.publisher,
            Article.url,
            Article.published_on,
            Article.origin,
            Article.ingested_at,
        ).order_by(Article.id)
    )
    return [
        ArticleSummary(
            *row,
            sentences=sentences.get(row.id, 0),
            claims=claims.get(row.id, (0, 0, 0))[0],
            verified=int(claims.get(row.id, (0, 0, 0))[1]),
            disputed=int(claims.get(row.id, (0, 0, 0))[2]),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class SourceSummary:
    id: int
    name: str
    kind: str
    description: str | None
    aliases: tuple[str, ...]
    direct: int  # claims whose chain starts at this source (the article cites it)
    any_hop: int  # claims resting on it at any hop
    verified: int
    disputed: int
    cites: tuple[str, ...]  # sources this one cites (the next hop of some chain)
    cited_by: tuple[str, ...]  # sources citing this one (the previous hop)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
            "aliases": list(self.aliases),
            "claims_direct": self.direct,
            "claims_any_hop": self.any_hop,
            "verified": self.verified,
            "disputed": self.disputed,
            "cites": list(self.cites),
            "cited_by": list(self.cited_by),
        }


def list_sources(session: Session) -> list[SourceSummary]:
    """Every source, most-cited first, with claim counts and its neighbours in chains."""
    per_claim = (
        select(Citation.source_id, Citation.claim_id, func.min(Citation.depth).label("depth"))
        .group_by(Citation.source_id, Citation.claim_id)
        .subquery()
    )
    counts = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                per_claim.c.source_id,
                func.count(),
                func.coalesce(func.sum(case((per_claim.c.depth == 0, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Claim.status == "verified", 1), else_=0)), 0),
                func.coalesce(func.sum(case((Claim.status == "disputed", 1), else_=0)), 0),
            )
            .join(Claim, Claim.id == per_claim.c.claim_id)
            .group_by(per_claim.c.source_id)
        )
    }
    aliases: dict[int, list[str]] = defaultdict(list)
    for source_id, alias in session.execute(
        select(SourceAlias.source_id, SourceAlias.alias).order_by(SourceAlias.alias)
    ):
        aliases[source_id].append(alias)
    names = dict(session.execute(select(Source.id, Source.name)).all())
    cites: dict[int, list[str]] = defaultdict(list)
    cited_by: dict[int, list[str]] = defaultdict(list)
    for citing, cited in source_edges(session):
        cites[citing].append(names[cited])
        cited_by[cited].append(names[citing])
    summaries = [
        SourceSummary(
            id=s.id,
            name=s.name,
            kind=s.kind,
            description=s.description,
            aliases=tuple(aliases.get(s.id, ())),
            any_hop=(c := counts.get(s.id, (0, 0, 0, 0)))[0],
            direct=int(c[1]),
            verified=int(c[2]),
            disputed=int(c[3]),
            cites=tuple(sorted(cites.get(s.id, ()))),
            cited_by=tuple(sorted(cited_by.get(s.id, ()))),
        )
        for s in session.scalars(select(Source))
    ]
    summaries.sort(key=lambda s: (-s.any_hop, s.name.casefold(), s.id))
    return summaries


def source_edges(session: Session) -> list[tuple[int, int]]:
    """Distinct (citing, cited) source pairs from consecutive hops of every chain."""
    nxt = aliased(Citation)
    return [
        (a, b)
        for a, b in session.execute(
            select(Citation.source_id, nxt.source_id)
            .join(nxt, (nxt.claim_id == Citation.claim_id) & (nxt.depth == Citation.depth + 1))
            .where(Citation.source_id != nxt.source_id)
            .distinct()
        )
    ]


@dataclass(frozen=True)
class ReviewEntry:
    id: int
    reviewer: str
    verdict: str
    note: str | None
    evidence: str | None
    created_at: datetime
    claim_version: int


@dataclass(frozen=True)
class ClaimDetail:
    """One claim with all a reader needs to judge it."""

    claim: Claim
    chain: list[ChainHop]
    article: Article
    sentence: Sentence
    before: Sentence | None  # the neighbouring sentences, for context
    after: Sentence | None
    reviews: list[ReviewEntry]


def claim_detail(session: Session, claim_id: int) -> ClaimDetail:
    """Everything about claim ``claim_id``; NotFound if there is no such claim."""
    claim = session.get(Claim, claim_id) if 0 < claim_id <= MAX_ID else None
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}")
    sentence = session.get(Sentence, claim.sentence_id)
    article = session.get(Article, claim.article_id)
    assert sentence is not None
    assert article is not None
    neighbours = {
        s.position: s
        for s in session.scalars(
            select(Sentence).where(
                Sentence.article_id == sentence.article_id,
                Sentence.position.in_([sentence.position - 1, sentence.position + 1]),
                Sentence.kind != "boilerplate",
            )
        )
    }
    reviews = [
        ReviewEntry(r.id, r.reviewer, r.verdict, r.note, r.evidence, r.created_at, r.claim_version)
        for r in session.scalars(
            select(Review).where(Review.claim_id == claim_id).order_by(Review.id)
        )
    ]
    return ClaimDetail(
        claim=claim,
        chain=load_chains(session, [claim_id]).get(claim_id, []),
        article=article,
        sentence=sentence,
        before=neighbours.get(sentence.position - 1),
        after=neighbours.get(sentence.position + 1),
        reviews=reviews,
    )
