"""Whole claims for the interchange exports: article, chain and reviews, streamed.

Claims stream from one cursor (server-side on PostgreSQL) in batches; each batch's
articles, chains and reviews are read with one query apiece, so memory depends on the
batch size, never on the size of the database. (The CSV report, which needs fewer
columns and most speed, has one statement of its own in export/csv.py.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Result, select
from sqlalchemy.orm import Session

from provenance.db.models import Article, Citation, Claim, Review, Sentence, Source
from provenance.queries import ClaimFilter, claim_select

BATCH = 1000


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """The article a claim appeared in."""

    id: int
    title: str | None
    url: str | None
    publisher: str | None
    published_on: date | None


@dataclass(frozen=True, slots=True)
class ExportHop:
    """One hop of a claim's chain, as the exports need it."""

    depth: int
    source_id: int
    source: str
    kind: str
    cue: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """One review of a claim; ``created_at`` is always timezone-aware UTC."""

    id: int
    claim_version: int
    reviewer: str
    db_user: str | None
    verdict: str
    note: str | None
    evidence: tuple[str, ...]
    created_at: datetime
    prev_hash: str | None
    hash: str


@dataclass(frozen=True, slots=True)
class ExportClaim:
    """A claim joined with its article, sentence, chain and review history (oldest first)."""

    id: int
    article: ExportArticle
    sentence_number: int
    text: str
    status: str
    version: int
    chain: tuple[ExportHop, ...]
    reviews: tuple[ReviewEvent, ...]

    @property
    def last_review(self) -> ReviewEvent | None:
        return self.reviews[-1] if self.reviews else None


@dataclass(frozen=True, slots=True)
class Batch:
    """Plain rows for a run of claims, in claim id order.

    claims: (id, article_id, text, status, version, sentence position counted from 0)
    articles: article id -> ExportArticle
    chains: claim id -> hops by depth, each (depth, source_id, name, kind, cue, date)
    reviews: claim id -> reviews oldest first, each (id, claim_version, reviewer,
        db_user, verdict, note, evidence JSON, created_at, prev_hash, hash)
    """

    claims: Sequence[Any]
    articles: dict[int, ExportArticle]
    chains: dict[int, list[Any]]
    reviews: dict[int, list[Any]]


def iter_batches(
    session: Session,
    filters: ClaimFilter = ClaimFilter(),
    *,
    reviewed_only: bool = False,
    batch: int = BATCH,
) -> Iterator[Batch]:
    """The claims ``filters`` select, a batch at a time, without holding them all."""
    stmt = (
        claim_select(session, filters)
        .with_only_columns(
            Claim.id,
            Claim.article_id,
            Claim.text,
            Claim.status,
            Claim.version,
            Sentence.position,
            maintain_column_froms=False,
        )
        .join_from(Claim, Sentence, Sentence.id == Claim.sentence_id)
    )
    if reviewed_only:
        stmt = stmt.where(select(Review.id).where(Review.claim_id == Claim.id).exists())
    # Core rows on the session's connection: the ORM's result machinery adds nothing for
    # plain columns and costs time. Executed here, not in the generator, so that a bad
    # filter fails before the caller has written anything.
    conn = session.connection()
    result = conn.execute(stmt, execution_options={"yield_per": batch})
    return _batches(conn, result)


def iter_claims(
    session: Session,
    filters: ClaimFilter = ClaimFilter(),
    *,
    reviewed_only: bool = False,
    batch: int = BATCH,
) -> Iterator[ExportClaim]:
    """The claims ``filters`` select, in id order, as whole ExportClaim objects."""
    batches = iter_batches(session, filters, reviewed_only=reviewed_only, batch=batch)
    return (claim for b in batches for claim in _assemble(b))


def _assemble(b: Batch) -> Iterator[ExportClaim]:
    for cid, aid, text, status, version, position in b.claims:
        yield ExportClaim(
            cid,
            b.articles[aid],
            position + 1,  # positions count from 0; people count sentences from 1
            text,
            status,
            version,
            tuple(ExportHop(*hop) for hop in b.chains.get(cid, ())),
            tuple(review_event(row) for row in b.reviews.get(cid, ())),
        )


def review_event(row: Sequence[Any]) -> ReviewEvent:
    """A ReviewEvent from one of Batch.reviews' rows."""
    rid, version, reviewer, db_user, verdict, note, evidence, at, prev, digest = row
    return ReviewEvent(
        rid, version, reviewer, db_user, verdict, note, parse_evidence(evidence), utc(at),
        prev, digest,
    )  # fmt: skip


def _batches(conn: Connection, result: Result[*tuple[Any, ...]]) -> Iterator[Batch]:
    for part in result.partitions():
        ids = [row[0] for row in part]
        yield Batch(
            part,
            _articles(conn, {row[1] for row in part}),
            _group(conn, _CHAINS, ids),
            _group(conn, _REVIEWS, ids),
        )


_CHAINS = (
    select(
        Citation.claim_id,
        Citation.depth,
        Citation.source_id,
        Source.name,
        Source.kind,
        Citation.cue,
        Citation.stated_date,
    )
    .join(Source, Source.id == Citation.source_id)
    .order_by(Citation.claim_id, Citation.depth)
)
_REVIEWS = select(
    Review.claim_id,
    Review.id,
    Review.claim_version,
    Review.reviewer,
    Review.db_user,
    Review.verdict,
    Review.note,
    Review.evidence,
    Review.created_at,
    Review.prev_hash,
    Review.hash,
).order_by(Review.claim_id, Review.id)


def _group(conn: Connection, stmt: Any, ids: Sequence[int]) -> dict[int, list[Any]]:
    """Rows of ``stmt`` (claim id first) for the claims ``ids``: claim id -> the rest."""
    claim_id = stmt.selected_columns[0]
    low, high = ids[0], ids[-1]
    # A range is one parameter instead of a thousand, which the database plans and the
    # driver binds much faster; rows it brings in for claims outside the batch go unused.
    within = claim_id.between(low, high) if high - low < 2 * len(ids) else claim_id.in_(ids)
    grouped: dict[int, list[Any]] = {}
    for row in conn.execute(stmt.where(within)).all():  # all(): one fetch, not one per row
        rest = row[1:]
        if row[0] in grouped:
            grouped[row[0]].append(rest)
        else:
            grouped[row[0]] = [rest]
    return grouped


def _articles(conn: Connection, ids: set[int]) -> dict[int, ExportArticle]:
    rows = conn.execute(
        select(
            Article.id, Article.title, Article.url, Article.publisher, Article.published_on
        ).where(Article.id.in_(sorted(ids)))
    ).all()
    return {row[0]: ExportArticle(*row) for row in rows}


def parse_evidence(value: str | None) -> tuple[str, ...]:
    """Evidence links from the stored JSON list; a bare string is taken as one link."""
    if not value:
        return ()
    try:
        parsed = json.loads(value)
    except ValueError:
        return (value,)
    if isinstance(parsed, list):
        return tuple(str(item) for item in parsed if item)
    return (str(parsed),)


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC. SQLite hands back naive datetimes; they were stored as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso(moment: datetime | None) -> str:
    """A review time as ISO 8601 in UTC, to the second: 2026-11-26T06:19:00Z."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="seconds")[:19] + "Z"  # [:19] drops "+00:00"
