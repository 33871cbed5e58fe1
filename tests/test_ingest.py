"""Storing extractions: rows, offsets, idempotence, source resolution, whole-or-nothing."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from provenance.bulk import Writer
from provenance.db.engine import session_scope
from provenance.db.models import Article, Citation, Claim, Sentence, Source, SourceAlias
from provenance.errors import InvalidInput
from provenance.ingest import ArticleMeta, ingest_extraction, parse_date
from tests.ingest_data import KURSK, SECOND, extraction, hop


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_article_is_stored_with_offsets_into_its_text(session: Session) -> None:
    meta = ArticleMeta(publisher="Kyiv Post", published_on=date(2025, 11, 14), origin="a.txt")
    result = ingest_extraction(session, KURSK, meta)

    assert result.new
    assert (result.sentences, result.claims, result.citations) == (4, 3, 3)
    article = session.get(Article, result.article_id)
    assert article is not None
    assert article.text == KURSK.text
    assert (article.title, article.publisher, article.origin) == (
        "Engineers begin demining",
        "Kyiv Post",
        "a.txt",
    )
    assert article.published_on == date(2025, 11, 14)
    for claim in session.scalars(select(Claim)):
        assert article.text[claim.char_start : claim.char_end] == claim.text
        sentence = session.get(Sentence, claim.sentence_id)
        assert sentence is not None
        assert sentence.char_start <= claim.char_start < claim.char_end <= sentence.char_end
    first = session.scalars(select(Claim).order_by(Claim.id)).first()
    assert first is not None
    chain = session.scalars(
        select(Citation).where(Citation.claim_id == first.id).order_by(Citation.depth)
    ).all()
    assert [(c.depth, c.cue, c.stated_date) for c in chain] == [
        (0, "reported", "November 14"),
        (1, "citing", None),
    ]


def test_the_same_text_twice_adds_nothing(session: Session) -> None:
    first = ingest_extraction(session, KURSK)
    before = [count(session, m) for m in (Article, Sentence, Claim, Citation, Source)]

    again = ingest_extraction(session, KURSK, ArticleMeta(title="Another title"))

    assert not again.new
    assert again.article_id == first.article_id
    assert [count(session, m) for m in (Article, Sentence, Claim, Citation, Source)] == before


def test_spellings_of_one_name_are_one_source_across_articles(session: Session) -> None:
    first = ingest_extraction(session, KURSK)
    second = ingest_extraction(session, SECOND)

    times = session.scalars(select(Source).where(Source.name == "The Moscow Times")).all()
    assert len(times) == 1
    assert session.scalar(select(func.count()).where(Source.name == "Moscow Times")) == 0
    assert times[0].id in second.source_ids
    assert times[0].id not in second.new_source_ids
    assert times[0].id in first.new_source_ids


def test_unnamed_sources_are_not_merged_across_articles(session: Session) -> None:
    ingest_extraction(session, KURSK)
    ingest_extraction(session, SECOND)

    unnamed = session.scalars(select(Source).where(Source.kind == "unnamed")).all()
    assert len(unnamed) == 2
    assert {s.name for s in unnamed} == {"officials"}


def test_one_unnamed_source_per_article_and_description(session: Session) -> None:
    text = "It was said A.\nIt was said B.\nInsiders said C.\n"
    ingest_extraction(
        session,
        extraction(
            text,
            [
                ("A", [hop("unnamed source", kind="unnamed")]),
                ("B", [hop("unnamed source", kind="unnamed")]),
                ("C", [hop("insiders", kind="unnamed")]),
            ],
        ),
    )
    assert count(session, Source) == 2


def test_kind_and_description_come_from_the_first_sighting(session: Session) -> None:
    ingest_extraction(session, extraction("Tass: X happened.\n", [("X", [hop("TASS")])]))
    ingest_extraction(
        session,
        extraction(
            "Y happened, Tass said.\n",
            [("Y", [hop("Tass", kind="agency", description="Russian state news agency")])],
        ),
    )
    ingest_extraction(
        session,
        extraction("Z, TASS said.\n", [("Z", [hop("TASS", description="a wire")])]),
    )
    source = session.scalars(select(Source)).one()
    assert (source.name, source.kind, source.description) == (
        "TASS",
        "outlet",
        "Russian state news agency",
    )


def test_every_named_source_has_its_canonical_alias(session: Session) -> None:
    ingest_extraction(session, KURSK)
    aliases = set(session.scalars(select(SourceAlias.alias)))
    assert {"moscow times", "krasnaya zvezda"} <= aliases


def test_an_inconsistent_extraction_is_refused_before_writing(session: Session) -> None:
    broken = replace(KURSK, claims=(replace(KURSK.claims[0], end=10_000),))
    with pytest.raises(InvalidInput, match="outside the text"):
        ingest_extraction(session, broken)
    assert count(session, Article) == 0


def test_an_article_is_stored_whole_or_not_at_all(engine: Engine) -> None:
    # A sentence kind the schema refuses makes the database fail midway through the article.
    sidebar = replace(KURSK.sentences[-1], kind="sidebar")
    bad = replace(KURSK, sentences=(*KURSK.sentences[:-1], sidebar))
    with pytest.raises(Exception, match=r"(?i)check|constraint"), session_scope(engine) as s:
        ingest_extraction(s, bad)
    with session_scope(engine, write=False) as s:
        assert [count(s, m) for m in (Article, Sentence, Claim, Source)] == [0, 0, 0, 0]


def test_statements_per_article_do_not_grow_with_its_size(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bulk inserts: ten or two hundred claims cost the same number of statements."""
    sent: list[str] = []
    original = Writer._sql

    def counting(self: Writer, sql: str) -> str:
        sent.append(sql)
        return original(self, sql)

    monkeypatch.setattr(Writer, "_sql", counting)

    def statements(claims: int, marker: str) -> int:
        lines = [f"{marker} fact {i} happened, Outlet {i % 7} reported." for i in range(claims)]
        built = extraction(
            "\n".join(lines) + "\n",
            [
                (f"{marker} fact {i} happened", [hop(f"{marker} outlet {i % 7}")])
                for i in range(claims)
            ],
        )
        sent.clear()
        with session_scope(engine) as s:
            result = ingest_extraction(s, built)
        assert result.claims == claims
        return len(sent)

    small = statements(10, "small")
    large = statements(200, "large")
    assert small == large
    assert large < 15


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-14", date(2024, 11, 14)),
        ("2024-11-14T10:00:00Z", date(2024, 11, 14)),
        (None, None),
    ],
)
def test_dates_are_iso(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["14/11/2024", "November 14", "2024-13-01"])
def test_a_date_that_is_not_iso_is_refused(value: str) -> None:
    with pytest.raises(InvalidInput, match="ISO date"):
        parse_date(value)


def test_concurrent_ingests_agree_on_sources_and_articles(engine: Engine) -> None:
    """A second writer waiting on the first (SQLite's write lock, PostgreSQL's unique keys)
    ends up with the first one's source and article, not a duplicate or an error."""
    first = extraction("X happened, Reuters said.\n", [("X happened", [hop("Reuters")])])
    second = extraction("Y happened, Reuters said.\n", [("Y happened", [hop("Reuters")])])
    outcomes: list[object] = []

    def other_writer() -> None:
        try:
            with session_scope(engine) as s:
                outcomes.append(ingest_extraction(s, second))
            with session_scope(engine) as s:
                outcomes.append(ingest_extraction(s, first))
        except Exception as exc:  # reported to the test below
            outcomes.append(exc)

    with session_scope(engine) as s:
        ingest_extraction(s, first)
        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join(timeout=0.5)  # let it reach the point where it must wait for us
    thread.join(timeout=30)

    assert not thread.is_alive()
    assert all(not isinstance(o, Exception) for o in outcomes), outcomes
    assert [getattr(o, "new", None) for o in outcomes] == [True, False]
    with session_scope(engine, write=False) as s:
        assert [src.name for src in s.scalars(select(Source))] == ["Reuters"]
        assert count(s, Article) == 2
        assert count(s, SourceAlias) == 1
        cited = {c.source_id for c in s.scalars(select(Citation))}
        assert len(cited) == 1
