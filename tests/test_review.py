"""The review library: verdicts append history, versions guard against lost updates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from provenance import review
from provenance.db.engine import session_scope
from provenance.db.models import Article, Citation, Claim, Review, Sentence, Source, SourceAlias
from provenance.errors import Conflict, InvalidInput, NotFound
from provenance.queries import ClaimFilter, HopScope

MT, KZ = "The Moscow Times", "Krasnaya Zvezda"


def seed_claims(engine: Engine, count: int = 6) -> list[int]:
    """One article of ``count`` claims, inserted directly. Claim i (from 0) cites:
    i % 3 == 0: The Moscow Times citing Krasnaya Zvezda; i % 3 == 1: Krasnaya Zvezda;
    i % 3 == 2: nobody (the article's own assertion)."""
    text = " ".join(f"Claim number {i} is true." for i in range(count))
    with engine.begin() as conn:
        article = conn.execute(
            insert(Article)
            .values(title="Mines in Kursk", text=text, sha256=f"{count:064x}")
            .returning(Article.id)
        ).scalar_one()
        ids = {}
        for name in (MT, KZ):
            ids[name] = conn.execute(
                insert(Source).values(name=name, kind="outlet").returning(Source.id)
            ).scalar_one()
            alias = name.lower().removeprefix("the ")
            conn.execute(insert(SourceAlias).values(source_id=ids[name], alias=alias))
        claims = []
        offset = 0
        for i in range(count):
            sentence_text = f"Claim number {i} is true."
            sentence = conn.execute(
                insert(Sentence)
                .values(
                    article_id=article,
                    position=i,
                    char_start=offset,
                    char_end=offset + len(sentence_text),
                    text=sentence_text,
                    kind="body",
                )
                .returning(Sentence.id)
            ).scalar_one()
            claim = conn.execute(
                insert(Claim)
                .values(
                    article_id=article,
                    sentence_id=sentence,
                    char_start=offset,
                    char_end=offset + len(sentence_text) - 1,
                    text=sentence_text[:-1],
                    status="unreviewed",
                    version=1,
                )
                .returning(Claim.id)
            ).scalar_one()
            chain = [[MT, KZ], [KZ], []][i % 3]
            for depth, name in enumerate(chain):
                conn.execute(
                    insert(Citation).values(
                        claim_id=claim, depth=depth, source_id=ids[name], cue="reported"
                    )
                )
            claims.append(claim)
            offset += len(sentence_text) + 1
    return claims


@pytest.fixture
def claims(engine: Engine) -> list[int]:
    return seed_claims(engine)


def _mark(engine: Engine, ids: list[int], verdict: str, **kwargs: object) -> list[Review]:
    kwargs.setdefault("reviewer", "ana")
    with session_scope(engine) as s:
        return review.mark(s, ids, verdict, **kwargs)  # type: ignore[arg-type]


def _state(engine: Engine) -> tuple[list[tuple[int, str, int]], int]:
    """Every claim's (id, status, version), and the number of reviews."""
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Claim.id, Claim.status, Claim.version).order_by(Claim.id))
        return [tuple(r) for r in rows], s.scalar(select(func.count(Review.id))) or 0


def test_a_verdict_sets_status_bumps_version_and_appends_history(
    engine: Engine, claims: list[int]
) -> None:
    (row,) = _mark(
        engine,
        [claims[0]],
        "disputed",
        note=" sourced to one outlet ",
        evidence=["https://example.org/a"],
    )
    assert (row.verdict, row.claim_version, row.reviewer) == ("disputed", 2, "ana")
    assert row.note == "sourced to one outlet"
    assert json.loads(row.evidence or "") == ["https://example.org/a"]
    _mark(engine, [claims[0]], "verified", reviewer="bo")
    with session_scope(engine, write=False) as s:
        claim = s.get(Claim, claims[0])
        assert claim is not None
        assert (claim.status, claim.version) == ("verified", 3)
        rows = review.history(s, claims[0])
    assert [(r.verdict, r.reviewer, r.claim_version) for r in rows] == [
        ("disputed", "ana", 2),
        ("verified", "bo", 3),
    ]
    assert rows[0].prev_hash == review.GENESIS
    assert rows[1].prev_hash == rows[0].hash


def test_history_of_an_unreviewed_claim_is_empty(session: Session, claims: list[int]) -> None:
    assert review.history(session, claims[1]) == []


def test_history_of_an_unknown_claim_is_not_found(session: Session, claims: list[int]) -> None:
    with pytest.raises(NotFound, match="no claim with id 999"):
        review.history(session, 999)


def test_several_claims_at_once_are_chained_in_order(engine: Engine, claims: list[int]) -> None:
    rows = _mark(engine, claims[:3], "unverifiable")
    assert [r.claim_id for r in rows] == claims[:3]
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]
    with session_scope(engine, write=False) as s:
        assert review.verify_chain(s).reviews == 3


def test_db_user_is_recorded_on_postgresql_only(engine: Engine, claims: list[int]) -> None:
    (row,) = _mark(engine, [claims[0]], "verified")
    if engine.dialect.name == "postgresql":
        assert row.db_user == "postgres"
    else:
        assert row.db_user is None


def test_expected_version_that_moved_on_is_refused_and_names_the_verdict(
    engine: Engine, claims: list[int]
) -> None:
    _mark(engine, [claims[0]], "verified", reviewer="bo", note="checked the ministry site")
    with pytest.raises(Conflict, match=r"version 2, not 1: verified by bo"):
        _mark(engine, [claims[0]], "disputed", expected={claims[0]: 1})
    statuses, reviews = _state(engine)
    assert statuses[0][1:] == ("verified", 2)
    assert reviews == 1
    # With the version the reviewer now sees, the verdict lands.
    _mark(engine, [claims[0]], "disputed", expected={claims[0]: 2})
    assert _state(engine)[0][0][1:] == ("disputed", 3)


def test_a_conflict_on_one_claim_marks_none_of_them(engine: Engine, claims: list[int]) -> None:
    _mark(engine, [claims[1]], "verified")
    before = _state(engine)
    with pytest.raises(Conflict):
        _mark(engine, claims[:3], "disputed", expected=dict.fromkeys(claims[:3], 1))
    assert _state(engine) == before


@pytest.mark.parametrize(
    ("verdict", "kwargs", "error", "message"),
    [
        ("true", {}, InvalidInput, "unknown verdict 'true'"),
        ("verified", {"reviewer": "  "}, InvalidInput, "reviewer name is empty"),
        ("verified", {"evidence": ["example.org/x"]}, InvalidInput, "not an http"),
        ("verified", {"evidence": ["ftp://example.org/x"]}, InvalidInput, "not an http"),
        ("verified", {"evidence": ["https://"]}, InvalidInput, "not an http"),
        ("verified", {"evidence": ["https://exa mple.org"]}, InvalidInput, "not an http"),
        ("verified", {"evidence": ["http://[::1"]}, InvalidInput, "not an http"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    engine: Engine,
    claims: list[int],
    verdict: str,
    kwargs: dict[str, object],
    error: type[Exception],
    message: str,
) -> None:
    before = _state(engine)
    with pytest.raises(error, match=message):
        _mark(engine, [claims[0]], verdict, **kwargs)
    assert _state(engine) == before


def test_an_unknown_claim_among_known_ones_marks_none(engine: Engine, claims: list[int]) -> None:
    before = _state(engine)
    with pytest.raises(NotFound, match="no claim with id 998, 999"):
        _mark(engine, [claims[0], 998, 999], "verified")
    assert _state(engine) == before


def test_evidence_urls_that_are_fine(engine: Engine, claims: list[int]) -> None:
    urls = ["http://example.org", "HTTPS://mil.ru/news?id=3#top", "https://127.0.0.1:8080/x"]
    (row,) = _mark(engine, [claims[0]], "verified", evidence=urls)
    assert review.review_json(row)["evidence"] == urls


def test_reviewer_falls_back_to_the_environment_then_the_os_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PROVENANCE_REVIEWER", "carla")
    assert review.resolve_reviewer(None) == "carla"
    assert review.resolve_reviewer("dan") == "dan"
    monkeypatch.delenv("PROVENANCE_REVIEWER")
    monkeypatch.setenv("USER", "erin")
    monkeypatch.setenv("LOGNAME", "erin")
    assert review.resolve_reviewer(None) == "erin"
    with pytest.raises(InvalidInput):
        review.resolve_reviewer("")


def test_timestamps_stay_in_chain_order_when_a_clock_is_behind(
    engine: Engine, claims: list[int]
) -> None:
    late = datetime(2030, 1, 1, tzinfo=UTC)
    (first,) = _mark(engine, [claims[0]], "verified", now=late)
    (second,) = _mark(engine, [claims[1]], "verified", now=late - timedelta(days=1))
    assert review.review_json(second)["created_at"] == review.review_json(first)["created_at"]
    assert review.review_json(first)["created_at"] == "2030-01-01T00:00:00.000000Z"


def test_matching_uses_the_shared_filters(session: Session, claims: list[int]) -> None:
    assert list(review.matching(session, ClaimFilter(source="moscow times"))) == claims[0::3]
    by_kz = review.matching(session, ClaimFilter(source=KZ, hop=HopScope.direct))
    assert list(by_kz) == claims[1::3]
    assert set(review.matching(session, ClaimFilter(source=KZ, hop=HopScope.origin))) == set(
        claims[0::3] + claims[1::3]
    )


def test_review_item_carries_chain_sentence_and_latest_verdict(
    engine: Engine, claims: list[int]
) -> None:
    _mark(engine, [claims[0]], "disputed", reviewer="bo")
    with session_scope(engine, write=False) as s:
        item = review.review_item(s, claims[0])
    assert [hop.source for hop in item.chain] == [MT, KZ]
    assert item.sentence == "Claim number 0 is true."
    assert item.article_title == "Mines in Kursk"
    assert item.latest is not None
    assert (item.latest.verdict, item.latest.reviewer) == ("disputed", "bo")
