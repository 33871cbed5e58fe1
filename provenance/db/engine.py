"""Database selection, engine creation (SQLite tuned for a shared desk) and sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from provenance.errors import DatabaseProblem, InvalidInput

if TYPE_CHECKING:
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

ENV_VAR = "PROVENANCE_DB"
DEFAULT_FILE = "provenance.db"
BUSY_TIMEOUT_VAR = "PROVENANCE_BUSY_TIMEOUT_MS"
SQLITE_BUSY_TIMEOUT_MS = 30_000  # how long a writer queues behind another before giving up
_READONLY = "provenance_readonly"


def resolve_url(value: str | None = None) -> URL:
    """The database to use: ``value``, else ``$PROVENANCE_DB``, else ./provenance.db.

    A bare file path is taken as SQLite; ``postgres://`` and ``postgresql://`` use psycopg 3.
    """
    raw = value or os.environ.get(ENV_VAR) or DEFAULT_FILE
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise InvalidInput(f"not a database URL: {raw!r}") from exc
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise InvalidInput(
            f"unsupported database {url.get_backend_name()!r}: use SQLite or PostgreSQL"
        )
    return url


def describe(url: URL) -> str:
    """A URL fit to show a user: the password hidden."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL | str | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url`` (resolved as :func:`resolve_url` does when a string or None)."""
    if not isinstance(url, URL):
        url = resolve_url(url)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    kwargs.setdefault("pool_pre_ping", False)
    try:
        return create_engine(url, **kwargs)
    except ModuleNotFoundError as exc:
        raise DatabaseProblem(
            "PostgreSQL needs psycopg: pip install 'provenance[postgres]'"
        ) from exc


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        if path.is_dir():
            raise DatabaseProblem(f"{path} is a directory, not a database file")
        if not path.parent.exists():
            raise DatabaseProblem(f"folder {path.parent} does not exist")
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy, not pysqlite, emit BEGIN, so that writers can BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _busy_timeout_ms() -> int:
    raw = os.environ.get(BUSY_TIMEOUT_VAR, "")
    return int(raw) if raw.isdigit() else SQLITE_BUSY_TIMEOUT_MS


def _sqlite_on_begin(conn: Any) -> None:
    # Writers take the write lock up front so concurrent writers queue on the busy
    # timeout instead of failing midway with "database is locked"; readers do not.
    if conn.get_execution_options().get(_READONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def readonly(engine: Engine) -> Engine:
    """The same engine for reading: one consistent snapshot per transaction.

    SQLite: a deferred BEGIN, so readers do not take the write lock (WAL gives them a
    snapshot). PostgreSQL: REPEATABLE READ, READ ONLY, so a listing or an export made of
    several statements sees one state of the database while reviewers keep marking.
    """
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return engine.execution_options(**{_READONLY: True})


@contextmanager
def session_scope(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error."""
    bind = engine if write else readonly(engine)
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session
