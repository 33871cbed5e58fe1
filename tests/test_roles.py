"""Least privilege on PostgreSQL: readers read, reviewers append reviews, nobody rewrites them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from provenance.cli import app
from provenance.db.models import Article, Claim, Review, Sentence
from provenance.db.roles import Role, grant, grant_statements
from tests.conftest import requires_postgres

runner = CliRunner()
pytestmark = [pytest.mark.postgres, requires_postgres]
INSUFFICIENT_PRIVILEGE = "42501"


@pytest.fixture
def pg_url() -> Iterator[str]:
    from tests.conftest import postgres_schema, postgres_url

    base = postgres_url()
    assert base is not None
    with postgres_schema(base) as url:
        yield url


@pytest.fixture
def owner(pg_url: str) -> Iterator[Engine]:
    from provenance.db.schema import open_database

    engine = open_database(pg_url)
    with engine.begin() as conn:
        article = conn.execute(
            insert(Article).values(text="Text.", sha256="b" * 64).returning(Article.id)
        ).scalar_one()
        sentence = conn.execute(
            insert(Sentence)
            .values(article_id=article, position=0, char_start=0, char_end=5, text="Text.")
            .returning(Sentence.id)
        ).scalar_one()
        conn.execute(
            insert(Claim).values(
                article_id=article,
                sentence_id=sentence,
                char_start=0,
                char_end=4,
                text="Text",
                status="unreviewed",
                version=1,
            )
        )
    yield engine
    engine.dispose()


@pytest.fixture
def login_as(owner: Engine, pg_url: str) -> Iterator[Callable[[Role], str]]:
    """Create a login role with the rights of ``role``; returns a URL connecting as it."""
    created: list[str] = []

    def make(role: Role) -> str:
        name = f"prov_{role.value}_{uuid.uuid4().hex[:8]}"
        with owner.begin() as conn:
            conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
            grant(conn, role, name)
        created.append(name)
        return make_url(pg_url).set(username=name).render_as_string(hide_password=False)

    yield make
    with owner.begin() as conn:
        for name in created:
            conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
            conn.exec_driver_sql(f'DROP ROLE "{name}"')


def _review_row(prev: str | None, digest: str) -> dict[str, object]:
    return {
        "claim_id": 1,
        "claim_version": 2,
        "reviewer": "ana",
        "verdict": "verified",
        "created_at": datetime.now(UTC),
        "prev_hash": prev,
        "hash": digest,
    }


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def test_reader_can_read_but_not_write(login_as: Callable[[Role], str]) -> None:
    engine = create_engine(login_as(Role.reader))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM claim")).scalar() == 1
        with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
            conn.execute(insert(Review).values(**_review_row(None, "r" * 64)))
        assert _sqlstate(refused.value) == INSUFFICIENT_PRIVILEGE
        with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
            conn.execute(text("UPDATE claim SET status = 'verified'"))
        assert _sqlstate(refused.value) == INSUFFICIENT_PRIVILEGE
    finally:
        engine.dispose()


def test_reviewer_appends_reviews_but_cannot_change_them(
    login_as: Callable[[Role], str],
) -> None:
    engine = create_engine(login_as(Role.reviewer))
    try:
        with engine.begin() as conn:
            conn.execute(insert(Review).values(**_review_row(None, "r" * 64)))
            conn.execute(text("UPDATE claim SET status = 'verified', version = 2 WHERE id = 1"))
        for statement in (
            "UPDATE review SET verdict = 'disputed'",
            "DELETE FROM review",
            "UPDATE claim SET text = 'rewritten'",
            "INSERT INTO source (name, kind) VALUES ('x', 'outlet')",
        ):
            with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                conn.execute(text(statement))
            assert _sqlstate(refused.value) == INSUFFICIENT_PRIVILEGE, statement
        with engine.connect() as conn:
            assert conn.execute(text("SELECT verdict FROM review")).scalar() == "verified"
    finally:
        engine.dispose()


def test_even_the_owner_cannot_rewrite_reviews(owner: Engine) -> None:
    with owner.begin() as conn:
        conn.execute(insert(Review).values(**_review_row(None, "o" * 64)))
    with pytest.raises(DBAPIError, match="append-only"), owner.begin() as conn:
        conn.execute(text("DELETE FROM review"))


def test_permission_errors_are_one_clean_line(login_as: Callable[[Role], str]) -> None:
    reader = login_as(Role.reader)
    result = runner.invoke(app, ["--db", reader, "db", "downgrade", "base"])
    assert result.exit_code == 6
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: permission denied")


def test_grant_command_prints_what_it_granted(owner: Engine, pg_url: str) -> None:
    name = f"prov_cli_{uuid.uuid4().hex[:8]}"
    with owner.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}"')
    try:
        result = runner.invoke(app, ["--db", pg_url, "db", "grant", name, "--as", "reviewer"])
        assert result.exit_code == 0, result.output
        assert f'GRANT INSERT ON review TO "{name}"' in result.stdout
        missing = runner.invoke(app, ["--db", pg_url, "db", "grant", "no_such_role_xyz"])
        assert missing.exit_code == 3
        assert "no database role named 'no_such_role_xyz'" in missing.stderr
    finally:
        with owner.begin() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
            conn.exec_driver_sql(f'DROP ROLE "{name}"')


def test_statements_never_grant_rewriting_reviews() -> None:
    for role in Role:
        joined = " ".join(grant_statements(role, "someone"))
        assert "UPDATE ON review" not in joined
        assert "DELETE ON review" not in joined
        assert "ON review TO" not in joined.replace("INSERT ON review TO", "")
