"""Shared fixtures: every test runs on a throwaway database, on SQLite and on PostgreSQL.

PostgreSQL runs whenever PROVENANCE_TEST_DATABASE_URL names a server (CI sets it); each
test then gets a schema of its own on that server, dropped afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from provenance.cli import app
from provenance.db.engine import session_scope
from provenance.db.schema import open_database
from provenance.db.scratch import scratch_schema

PG_ENV = "PROVENANCE_TEST_DATABASE_URL"
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kursk-demining.txt"


def postgres_url() -> str | None:
    """The PostgreSQL server tests may use, with the psycopg 3 driver."""
    url = os.environ.get(PG_ENV)
    if not url:
        return None
    return url.replace("postgresql://", "postgresql+psycopg://", 1).replace(
        "postgres://", "postgresql+psycopg://", 1
    )


if os.environ.get("PROVENANCE_REQUIRE_POSTGRES") and postgres_url() is None:
    raise RuntimeError(f"PROVENANCE_REQUIRE_POSTGRES is set but {PG_ENV} is not")

requires_postgres = pytest.mark.skipif(
    postgres_url() is None, reason=f"{PG_ENV} is not set: no PostgreSQL server to test against"
)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches a real database or the user's settings."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PROVENANCE_DB", raising=False)
    monkeypatch.delenv("PROVENANCE_REVIEWER", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def postgres_schema(base_url: str) -> AbstractContextManager[str]:
    """A fresh, empty schema on the test server; the URL selects it through search_path."""
    return scratch_schema(base_url, prefix="t")


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgres, requires_postgres])]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, and (when configured) a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    base = postgres_url()
    assert base is not None
    with postgres_schema(base) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A database migrated to head."""
    eng = open_database(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A unit of work on the migrated database, committed when the test ends."""
    with session_scope(engine) as s:
        yield s


@pytest.fixture
def cli(db_url: str) -> Callable[..., Result]:
    """Run `provenance --db <test database> ARGS...`; returns the typer Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, ["--db", db_url, *args], input=input)

    return invoke
