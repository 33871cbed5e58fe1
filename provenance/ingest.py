"""Storing an Extraction: article, sentences, claims and citations, idempotent by sha256.

Everything for one article is written inside the caller's transaction, never a round trip
per row, so an article is stored whole or not at all: on SQLite a handful of bulk
statements (one per table), on PostgreSQL one call of the server-side function
``provenance_store_article`` (see :func:`store_params`). The same text ingested again adds
nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from provenance.bulk import DATE_OID, JSON_OID, TEXT_OID, Writer
from provenance.db.models import Article
from provenance.errors import InvalidInput
from provenance.reading import text_sha256
from provenance.sources import hop_key, resolve, store_sources

if TYPE_CHECKING:
    from provenance.extract.types import Extraction


@dataclass(frozen=True)
class ArticleMeta:
    """What the text itself does not say: given on the command line or read from HTML."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_on: date | None = None
    origin: str | None = None


@dataclass(frozen=True)
class IngestResult:
    """What one article added (all zero but ``article_id`` when it was already there)."""

    article_id: int
    new: bool
    sentences: int = 0
    claims: int = 0
    citations: int = 0
    source_ids: frozenset[int] = frozenset()
    new_source_ids: frozenset[int] = frozenset()


def parse_date(value: str | None) -> date | None:
    """An ISO date (2024-11-14); a timestamp's date part is accepted too."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InvalidInput(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def check_url(value: str | None) -> str | None:
    """An article's URL: absolute http(s) with a host, no spaces."""
    if value is None:
        return None
    from urllib.parse import urlsplit

    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise InvalidInput(f"not an http(s) URL: {value!r}")
    return url


def existing_article(session: Session, text: str) -> int | None:
    """The id of the article holding exactly ``text``, if it was ingested before."""
    return session.scalar(select(Article.id).where(Article.sha256 == text_sha256(text)))


def ingest_extraction(
    session: Session, extraction: Extraction, meta: ArticleMeta = ArticleMeta()
) -> IngestResult:
    """Store ``extraction`` in the session's transaction; nothing if its text is known."""
    check_extraction(extraction)
    with Writer(session) as writer:
        return write_article(writer, extraction, meta)


def write_article(writer: Writer, extraction: Extraction, meta: ArticleMeta) -> IngestResult:
    """Store a checked ``extraction`` in the writer's transaction."""
    if writer.postgres:
        [row] = writer.rows(STORE_SQL, store_params(extraction, meta))
        return stored(extraction, *row)
    return _store(writer, extraction, meta)


# PostgreSQL: one statement per article (migration 0002 defines the function).
STORE_SQL = (
    "SELECT o_article, o_new, o_sources, o_new_sources FROM provenance_store_article("
    "?::text, ?::text, ?::text, ?::date, ?::text, ?::text, ?::text, "
    "?::json, ?::json, ?::json, ?::json)"
)
STORE_TYPES = (TEXT_OID,) * 3 + (DATE_OID,) + (TEXT_OID,) * 3 + (JSON_OID,) * 4


def store_params(extraction: Extraction, meta: ArticleMeta) -> list[str | None]:
    """The arguments of ``provenance_store_article`` for one article, as text: rows travel
    as JSON, which Python writes and PostgreSQL reads faster than arrays of values."""
    sentences = extraction.sentences
    number = {s.index: n for n, s in enumerate(sentences, 1)}
    hops = [
        (n, depth, hop)
        for n, c in enumerate(extraction.claims, 1)
        for depth, hop in enumerate(c.chain)
    ]
    sources, source_of = store_sources(hop for _, _, hop in hops)
    dumps = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    return [
        *_article_fields(extraction, meta),
        dumps(
            [{"p": s.index, "s": s.start, "e": s.end, "t": s.text, "k": s.kind} for s in sentences]
        ),
        dumps(sources),
        dumps(
            [
                {"q": number[c.sentence_index], "s": c.start, "e": c.end, "t": c.text}
                for c in extraction.claims
            ]
        ),
        dumps(
            [
                {
                    "c": n,
                    "d": depth,
                    "h": source,
                    "u": hop.cue,
                    "a": hop.date,
                    "w": hop.description,
                    "m": hop.mention,
                    "s": hop.start,
                    "e": hop.end,
                }
                for (n, depth, hop), source in zip(hops, source_of, strict=True)
            ]
        ),
    ]


def stored(
    extraction: Extraction,
    article_id: int,
    new: bool,
    source_ids: Sequence[int],
    new_source_ids: Sequence[int],
) -> IngestResult:
    """The IngestResult of ``provenance_store_article``'s row for ``extraction``."""
    if not new:
        return IngestResult(article_id=article_id, new=False)
    return IngestResult(
        article_id=article_id,
        new=True,
        sentences=len(extraction.sentences),
        claims=len(extraction.claims),
        citations=sum(len(c.chain) for c in extraction.claims),
        source_ids=frozenset(source_ids),
        new_source_ids=frozenset(new_source_ids),
    )


def _article_fields(extraction: Extraction, meta: ArticleMeta) -> tuple[str | None, ...]:
    """The article row: title, publisher, url, published_on, origin, text, sha256.

    Dates travel as ISO text: SQLite stores them so (as SQLAlchemy's Date type does there),
    and the PostgreSQL function casts its parameter.
    """
    published = meta.published_on
    return (
        meta.title or extraction.title,
        meta.publisher,
        meta.url,
        None if published is None else published.isoformat(),
        meta.origin,
        extraction.text,
        text_sha256(extraction.text),
    )


def _store(writer: Writer, extraction: Extraction, meta: ArticleMeta) -> IngestResult:
    """SQLite: a statement per table, in the transaction that holds the write lock."""
    fields = _article_fields(extraction, meta)
    sha = fields[-1]
    inserted = writer.rows(
        "INSERT INTO article (title, publisher, url, published_on, origin, text, sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING id",
        fields,
    )
    if not inserted:
        [(known,)] = writer.rows("SELECT id FROM article WHERE sha256 = ?", (sha,))
        return IngestResult(article_id=known, new=False)
    [(article_id,)] = inserted
    reserved = writer.reserve_ids(sentence=len(extraction.sentences), claim=len(extraction.claims))
    sentence_ids = dict(
        zip((s.index for s in extraction.sentences), reserved["sentence"], strict=True)
    )
    writer.insert(
        "sentence",
        ("id", "article_id", "position", "char_start", "char_end", "text", "kind"),
        [
            (sentence_ids[s.index], article_id, s.index, s.start, s.end, s.text, s.kind)
            for s in extraction.sentences
        ],
    )
    hops = [hop for claim in extraction.claims for hop in claim.chain]
    keys = [hop_key(hop, article_id) for hop in hops]
    sources = resolve(writer, hops, article_id, keys)
    source_of = iter(sources.ids[key] for key in keys)
    claim_ids = reserved["claim"]
    writer.insert(
        "claim",
        ("id", "article_id", "sentence_id", "char_start", "char_end", "text", "status", "version"),
        [
            (
                cid,
                article_id,
                sentence_ids[c.sentence_index],
                c.start,
                c.end,
                c.text,
                "unreviewed",
                1,
            )
            for cid, c in zip(claim_ids, extraction.claims, strict=True)
        ],
    )
    citations = [
        (
            claim_id,
            depth,
            next(source_of),
            hop.cue,
            hop.date,
            hop.description,
            hop.mention,
            hop.start,
            hop.end,
        )
        for claim_id, claim in zip(claim_ids, extraction.claims, strict=True)
        for depth, hop in enumerate(claim.chain)
    ]
    writer.insert(
        "citation",
        (
            "claim_id",
            "depth",
            "source_id",
            "cue",
            "stated_date",
            "description",
            "mention",
            "char_start",
            "char_end",
        ),
        citations,
    )
    return IngestResult(
        article_id=article_id,
        new=True,
        sentences=len(sentence_ids),
        claims=len(claim_ids),
        citations=len(citations),
        source_ids=frozenset(sources.ids.values()),
        new_source_ids=sources.new_ids,
    )


def check_extraction(extraction: Extraction) -> None:
    """Refuse an inconsistent extraction before writing anything (a bug in the extractor
    must not store offsets that point nowhere)."""
    size = len(extraction.text)
    indexes = {s.index for s in extraction.sentences}
    if len(indexes) != len(extraction.sentences):
        raise InvalidInput("extraction has two sentences with the same index")
    for s in extraction.sentences:
        if not 0 <= s.start <= s.end <= size:
            raise InvalidInput(f"sentence {s.index} span {s.start}-{s.end} is outside the text")
    for c in extraction.claims:
        if c.sentence_index not in indexes:
            raise InvalidInput(f"claim {c.text[:40]!r} refers to unknown sentence")
        if not 0 <= c.start <= c.end <= size:
            raise InvalidInput(f"claim {c.text[:40]!r} span {c.start}-{c.end} is outside the text")
