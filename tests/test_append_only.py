"""Review rows are evidence: the database refuses UPDATE and DELETE on them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, insert, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from provenance.db.models import Article, Claim, Review, Sentence


def _one_review(engine: Engine) -> int:
    with engine.begin() as conn:
        article = conn.execute(
            insert(Article).values(text="Text.", sha256="a" * 64).returning(Article.id)
        ).scalar_one()
        sentence = conn.execute(
            insert(Sentence)
            .values(article_id=article, position=0, char_start=0, char_end=5, text="Text.")
            .returning(Sentence.id)
        ).scalar_one()
        claim = conn.execute(
            insert(Claim)
            .values(
                article_id=article,
                sentence_id=sentence,
                char_start=0,
                char_end=4,
                text="Text",
                status="unreviewed",
                version=1,
            )
            .returning(Claim.id)
        ).scalar_one()
        return conn.execute(
            insert(Review)
            .values(
                claim_id=claim,
                claim_version=2,
                reviewer="ana",
                verdict="verified",
                created_at=datetime.now(UTC),
                hash="h" * 64,
            )
            .returning(Review.id)
        ).scalar_one()


def test_update_of_a_review_is_refused(engine: Engine) -> None:
    review = _one_review(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(update(Review).where(Review.id == review).values(verdict="disputed"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT verdict FROM review")).scalar() == "verified"


def test_delete_of_a_review_is_refused(engine: Engine) -> None:
    review = _one_review(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(delete(Review).where(Review.id == review))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM review")).scalar() == 1


def test_appending_more_reviews_still_works(engine: Engine) -> None:
    _one_review(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(Review).values(
                claim_id=1,
                claim_version=3,
                reviewer="bo",
                verdict="disputed",
                created_at=datetime.now(UTC),
                prev_hash="h" * 64,
                hash="i" * 64,
            )
        )
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM review")).scalar() == 2
