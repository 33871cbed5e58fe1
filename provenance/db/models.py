"""The relational schema as typed SQLAlchemy 2 models."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SENTENCE_KINDS = ("headline", "body", "caption", "boilerplate")
CLAIM_STATUSES = ("unreviewed", "verified", "disputed", "unverifiable")
VERDICTS = ("verified", "disputed", "unverifiable")
SOURCE_KINDS = ("outlet", "person", "agency", "government", "organisation", "unnamed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    """One ingested article; its text is stored whole and identified by its sha256."""

    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[date | None] = mapped_column(Date)
    origin: Mapped[str | None] = mapped_column(Text, doc="file name or '-' it was read from")
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )

    sentences: Mapped[list[Sentence]] = relationship(
        back_populates="article", order_by="Sentence.position"
    )


class Sentence(Base):
    """A sentence or page-chrome line of an article, with offsets into its text."""

    __tablename__ = "sentence"
    __table_args__ = (
        UniqueConstraint("article_id", "position"),
        CheckConstraint(_in("kind", SENTENCE_KINDS), name="kind"),
        CheckConstraint("char_start >= 0 AND char_end >= char_start", name="span"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="body")

    article: Mapped[Article] = relationship(back_populates="sentences")


class Claim(Base):
    """An atomic factual claim; its status is the latest review verdict."""

    __tablename__ = "claim"
    __table_args__ = (
        CheckConstraint(_in("status", CLAIM_STATUSES), name="status"),
        CheckConstraint("char_start >= 0 AND char_end >= char_start", name="span"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    sentence_id: Mapped[int] = mapped_column(
        ForeignKey("sentence.id", ondelete="CASCADE"), index=True
    )
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="unreviewed", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    citations: Mapped[list[Citation]] = relationship(
        back_populates="claim", order_by="Citation.depth"
    )


class Source(Base):
    """A real-world source (outlet, person, agency, ...) shared across articles."""

    __tablename__ = "source"
    __table_args__ = (CheckConstraint(_in("kind", SOURCE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)

    aliases: Mapped[list[SourceAlias]] = relationship(back_populates="source")


class SourceAlias(Base):
    """A normalised name by which a source is known; each alias names one source."""

    __tablename__ = "source_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300), unique=True)

    source: Mapped[Source] = relationship(back_populates="aliases")


class Citation(Base):
    """One hop of a claim's source chain; depth 0 is the source the article cites."""

    __tablename__ = "citation"
    __table_args__ = (
        UniqueConstraint("claim_id", "depth"),
        CheckConstraint("depth >= 0", name="depth"),
        # Claims by source at a given hop, and the reverse lookup, both use an index.
        Index("ix_citation_source_lookup", "source_id", "depth", "claim_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    depth: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    cue: Mapped[str | None] = mapped_column(String(100))
    stated_date: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    mention: Mapped[str | None] = mapped_column(Text)
    char_start: Mapped[int | None] = mapped_column(Integer)
    char_end: Mapped[int | None] = mapped_column(Integer)

    claim: Mapped[Claim] = relationship(back_populates="citations")
    source: Mapped[Source] = relationship()


class Review(Base):
    """A verdict on a claim. Append-only (database triggers) and hash-chained."""

    __tablename__ = "review"
    __table_args__ = (CheckConstraint(_in("verdict", VERDICTS), name="verdict"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"), index=True)
    claim_version: Mapped[int] = mapped_column(Integer, doc="the claim's version this produced")
    reviewer: Mapped[str] = mapped_column(String(200))
    db_user: Mapped[str | None] = mapped_column(String(200))
    verdict: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text, doc="JSON list of evidence URLs")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Unique: two rows claiming the same predecessor would fork the chain.
    prev_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
