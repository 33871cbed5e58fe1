"""Fast writes for ingest: statements on the driver's cursor, inside the session's transaction.

Ingest writes a few dozen rows per article in about ten statements. Through SQLAlchemy each
statement costs 0.1-0.3 ms of compilation and result handling, several times what SQLite
itself needs, so ingest would run at a fraction of the raw insert speed. The statements here
are plain SQL (the same text on SQLite and PostgreSQL, ``?`` placeholders translated for
psycopg) run on the DBAPI connection SQLAlchemy already opened, in its transaction:
commit and rollback stay the session's. Everything else keeps using SQLAlchemy.

On PostgreSQL the writer runs in psycopg's pipeline mode: a statement whose result is not
needed (an insert without RETURNING) is only queued, and goes to the server together with
the next one whose rows are read, so an article costs a few round trips rather than one per
statement. An error in a queued statement surfaces at the next read or at :meth:`close`.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from functools import lru_cache
from types import TracebackType
from typing import Any

from sqlalchemy import String
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from provenance.db.models import Base


class Writer:
    """Plain SQL on the session's connection and transaction (SQLite or PostgreSQL)."""

    def __init__(self, session: Session) -> None:
        conn = session.connection()  # begins the transaction (BEGIN IMMEDIATE on SQLite)
        self.postgres = conn.dialect.name == "postgresql"
        driver = conn.connection.driver_connection
        assert driver is not None
        self._driver = driver
        self._stack = ExitStack()
        if self.postgres:
            self._stack.enter_context(driver.pipeline())
        self._cursor = driver.cursor()

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(exc_type, exc, tb)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if not self.postgres:
            self._cursor.execute(self._sql(sql), tuple(params))
            return list(self._cursor.fetchall())
        # A cursor of its own: in pipeline mode the shared one may still await queued results.
        cursor = self._driver.cursor()
        try:
            cursor.execute(self._sql(sql), tuple(params))
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def queue(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Send a statement whose rows are read later with :meth:`fetch` (PostgreSQL: it
        travels with the next statement whose rows are read)."""
        assert self.postgres
        cursor = self._driver.cursor()
        cursor.execute(self._sql(sql), tuple(params))
        return cursor

    def fetch(self, pending: Any) -> list[tuple[Any, ...]]:
        """The rows of a statement sent with :meth:`queue`."""
        try:
            return list(pending.fetchall())
        finally:
            pending.close()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor.execute(self._sql(sql), tuple(params))

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        on_conflict: str = "",
    ) -> None:
        """Insert tuples: sqlite3's executemany, or on PostgreSQL one INSERT ... SELECT FROM
        unnest(arrays) whatever the count: one statement whose text does not depend on the
        row count, so psycopg parses it once and the server prepares it once.
        ``on_conflict``, e.g. ``(alias) DO NOTHING``, is added as ON CONFLICT clause."""
        if not rows:
            return
        conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
        if not self.postgres:
            marks = f"({', '.join('?' * len(columns))})"
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {marks}{conflict}"
            self._cursor.executemany(sql, list(rows))
            return
        sql = _unnest_insert(table, tuple(columns)) + conflict
        self.execute(sql, [list(column) for column in zip(*rows, strict=True)])

    def insert_reserving(
        self, sql: str, params: Sequence[Any], **counts: int
    ) -> tuple[int | None, dict[str, list[int]]]:
        """Run ``sql``, an INSERT ... RETURNING id of at most one row, and if it inserted,
        :meth:`reserve_ids` ``counts``: its id (None if nothing was inserted) and the ids.

        PostgreSQL does both in one statement (one round trip); ids are drawn only when the
        row was inserted, as on SQLite.
        """
        wanted = {table: count for table, count in counts.items() if count > 0}
        if not self.postgres or not wanted:
            inserted = self.rows(sql, params)
            if not inserted:
                return None, {table: [] for table in counts}
            [(new_id,)] = inserted
            return new_id, self.reserve_ids(**counts)
        parts = " UNION ALL ".join(
            "SELECT ?::text, nextval(pg_get_serial_sequence(?, 'id')) "
            "FROM generate_series(1, ?) WHERE EXISTS (SELECT 1 FROM inserted)"
            for _ in wanted
        )
        rows = self.rows(
            f"WITH inserted AS ({sql}) SELECT NULL::text, id FROM inserted UNION ALL {parts}",
            [*params, *(v for table, count in wanted.items() for v in (table, table, count))],
        )
        ids: dict[str, list[int]] = {table: [] for table in counts}
        new: int | None = None
        for table, value in rows:
            if table is None:
                new = value
            else:
                ids[table].append(value)
        return new, ids

    def reserve_ids(self, **counts: int) -> dict[str, list[int]]:
        """New primary keys, ``table=count`` each, so that rows can be inserted with their
        ids and no RETURNING (which SQLAlchemy cannot batch in parameter order on SQLite).

        PostgreSQL draws them from the tables' sequences in one round trip, safe with
        concurrent writers. SQLite continues after the largest id: a writer holds the
        database's write lock from the start of its transaction (BEGIN IMMEDIATE), and one
        that did not would fail on the primary key, never write wrong rows.
        """
        wanted = {table: count for table, count in counts.items() if count > 0}
        ids: dict[str, list[int]] = {table: [] for table in counts}
        if not wanted:
            return ids
        if self.postgres:
            parts = " UNION ALL ".join(
                "SELECT ?, nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)"
                for _ in wanted
            )
            params = [v for table, count in wanted.items() for v in (table, table, count)]
            for table, new_id in self.rows(parts, params):
                ids[table].append(new_id)
            return ids
        for table, count in wanted.items():
            [(last,)] = self.rows(f"SELECT coalesce(max(id), 0) FROM {table}")
            ids[table] = list(range(last + 1, last + count + 1))
        return ids

    def close(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        """Send what is still queued (PostgreSQL), raising its error if the block had none."""
        try:
            self._stack.__exit__(exc_type, exc, tb)
        finally:
            self._cursor.close()


@lru_cache(maxsize=64)
def _unnest_insert(table: str, columns: tuple[str, ...]) -> str:
    """``INSERT INTO table (columns) SELECT * FROM unnest(?::type[], ...)`` (PostgreSQL).
    Strings travel as text: the insert's assignment cast to varchar(n) still refuses a
    value that is too long, where an explicit cast would cut it."""
    dialect = postgresql.dialect()
    found = Base.metadata.tables[table].c
    types = [
        "text" if isinstance(found[c].type, String) else found[c].type.compile(dialect=dialect)
        for c in columns
    ]
    arrays = ", ".join(f"?::{t}[]" for t in types)
    return f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({arrays})"


def in_marks(count: int) -> str:
    """``?, ?, ?`` for an IN list of ``count`` values."""
    return ", ".join("?" * count)
