"""Fast writes for ingest: statements on the driver's cursor, inside the session's transaction.

Ingest writes a few dozen rows per article in about ten statements. Through SQLAlchemy each
statement costs 0.1-0.3 ms of compilation and result handling, several times what SQLite
itself needs, so ingest would run at a fraction of the raw insert speed. The statements here
are plain SQL (the same text on SQLite and PostgreSQL, ``?`` placeholders translated for
psycopg) run on the DBAPI connection SQLAlchemy already opened, in its transaction:
commit and rollback stay the session's. Everything else keeps using SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

_PG_ROWS_PER_INSERT = 1000


class Writer:
    """Plain SQL on the session's connection and transaction (SQLite or PostgreSQL)."""

    def __init__(self, session: Session) -> None:
        conn = session.connection()  # begins the transaction (BEGIN IMMEDIATE on SQLite)
        self.postgres = conn.dialect.name == "postgresql"
        driver = conn.connection.driver_connection
        assert driver is not None
        self._cursor = driver.cursor()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self._cursor.execute(self._sql(sql), tuple(params))
        return list(self._cursor.fetchall())

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor.execute(self._sql(sql), tuple(params))

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert tuples: sqlite3's executemany, or on PostgreSQL one multi-row INSERT per
        thousand rows (a single round trip, where executemany needs a few)."""
        if not rows:
            return
        marks = f"({', '.join('?' * len(columns))})"
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        if not self.postgres:
            self._cursor.executemany(head + marks, list(rows))
            return
        for start in range(0, len(rows), _PG_ROWS_PER_INSERT):
            chunk = rows[start : start + _PG_ROWS_PER_INSERT]
            sql = head + ", ".join([marks] * len(chunk))
            self._cursor.execute(self._sql(sql), [value for row in chunk for value in row])

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

    def close(self) -> None:
        self._cursor.close()


def in_marks(count: int) -> str:
    """``?, ?, ?`` for an IN list of ``count`` values."""
    return ", ".join("?" * count)
