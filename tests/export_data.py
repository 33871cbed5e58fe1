"""Rows for the export tests, inserted directly (no extraction, no review logic)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from provenance.db.engine import session_scope
from provenance.db.models import Article, Citation, Claim, Review, Sentence, Source, SourceAlias
from provenance.names import alias_key

# (name, kind, cue, date)
HopSpec = tuple[str, str, str | None, str | None]

MOSCOW_TIMES: HopSpec = ("The Moscow Times", "outlet", "reported", "November 14")
KRASNAYA_ZVEZDA: HopSpec = ("Krasnaya Zvezda", "outlet", "citing", None)
SHOIGU: HopSpec = ("Sergei Shoigu", "person", "said", "June")
UNNAMED: HopSpec = ("unnamed source", "unnamed", "was reported", None)


class Desk:
    """Adds articles, claims with chains, and reviews to a session, flushing as it goes."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._sources: dict[str, Source] = {}

    def article(
        self,
        title: str | None = "North Korean Engineers Begin Demining in Kursk",
        url: str | None = "https://example.org/kursk",
        publisher: str | None = "Example News",
        published_on: date | None = date(2025, 11, 15),
    ) -> Article:
        body = f"{title} {url} {len(self._sources)} {id(self)}"
        article = Article(
            title=title,
            url=url,
            publisher=publisher,
            published_on=published_on,
            text=body,
            sha256=hashlib.sha256(f"{body}{datetime.now(UTC)}".encode()).hexdigest(),
        )
        self.session.add(article)
        self.session.flush()
        return article

    def claim(
        self, article: Article, text: str, chain: Sequence[HopSpec] = (), position: int = 0
    ) -> Claim:
        sentence = self.session.scalar(
            select(Sentence).where(Sentence.article_id == article.id, Sentence.position == position)
        )
        if sentence is None:
            sentence = Sentence(
                article_id=article.id,
                position=position,
                char_start=0,
                char_end=len(text),
                text=text,
                kind="body",
            )
            self.session.add(sentence)
            self.session.flush()
        claim = Claim(
            article_id=article.id,
            sentence_id=sentence.id,
            char_start=0,
            char_end=len(text),
            text=text,
            status="unreviewed",
            version=1,
        )
        self.session.add(claim)
        self.session.flush()
        for depth, (name, kind, cue, stated) in enumerate(chain):
            self.session.add(
                Citation(
                    claim_id=claim.id,
                    depth=depth,
                    source_id=self.source(name, kind).id,
                    cue=cue,
                    stated_date=stated,
                    mention=name,
                )
            )
        self.session.flush()
        return claim

    def source(self, name: str, kind: str) -> Source:
        if name not in self._sources:
            source = Source(name=name, kind=kind)
            self.session.add(source)
            self.session.flush()
            self.session.add(SourceAlias(source_id=source.id, alias=alias_key(name)))
            self._sources[name] = source
        return self._sources[name]

    def review(
        self,
        claim: Claim,
        verdict: str,
        reviewer: str = "Ana Reviewer",
        note: str | None = None,
        evidence: Sequence[str] = (),
        at: datetime = datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    ) -> Review:
        prev = self.session.scalar(select(Review.hash).order_by(Review.id.desc()).limit(1))
        claim.version += 1
        claim.status = verdict
        review = Review(
            claim_id=claim.id,
            claim_version=claim.version,
            reviewer=reviewer,
            db_user=None,
            verdict=verdict,
            note=note,
            evidence=json.dumps(list(evidence)) if evidence else None,
            created_at=at,
            prev_hash=prev,
            hash=hashlib.sha256(f"{prev}{claim.id}{verdict}{at}".encode()).hexdigest(),
        )
        self.session.add(review)
        self.session.flush()
        return review


EVIDENCE = ("https://example.org/satellite", "https://example.org/mod-statement")


def seed_newsroom(engine: Engine) -> dict[str, int]:
    """Two articles, five claims, three reviewed; committed so the CLI can see them."""
    with session_scope(engine) as s:
        desk = Desk(s)
        kursk = desk.article()
        later = desk.article(
            title="Demining Kursk Will Take a Year", url="https://example.org/year"
        )
        engineers = desk.claim(
            kursk,
            "North Korean combat engineers have begun mine-clearing operations in "
            "Russia\u2019s Kursk region",
            [MOSCOW_TIMES, KRASNAYA_ZVEZDA],
            position=2,
        )
        entered = desk.claim(kursk, "Ukrainian forces entered the Kursk region in August 2024")
        sappers = desk.claim(kursk, "Kim Jong Un agreed to send 1,000 sappers", [SHOIGU])
        estimate = desk.claim(kursk, "North Korea sent roughly 10,000 personnel", [UNNAMED])
        year = desk.claim(later, "Demining will take more than a year", [MOSCOW_TIMES])
        desk.review(engineers, "verified", reviewer="Ana Reviewer")
        desk.review(
            engineers,
            "disputed",
            reviewer="Boris Checker",
            note="Satellite images show no activity; Россия не подтверждает",
            evidence=EVIDENCE,
            at=datetime(2026, 11, 21, 14, 5, 7, tzinfo=UTC),
        )
        desk.review(sappers, "verified", reviewer="Ana Reviewer")
        return {
            "kursk": kursk.id,
            "later": later.id,
            "engineers": engineers.id,
            "entered": entered.id,
            "sappers": sappers.id,
            "estimate": estimate.id,
            "year": year.id,
        }
