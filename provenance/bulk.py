"""Fast writes for ingest: plain SQL on the driver, inside or beside SQLAlchemy's transactions.

Through SQLAlchemy each statement costs 0.1-0.3 ms of compilation and result handling,
several times what the database itself needs, so ingest would run at a fraction of the raw
insert speed. :class:`Writer` runs plain SQL (``?`` placeholders, translated for psycopg) on
the DBAPI connection of a session, in its transaction: commit and rollback stay the
session's. On SQLite an article takes about ten such statements, one per table (sqlite3 is
in-process: a statement costs microseconds, not a round trip); on PostgreSQL it is one call
of the server-side function ``provenance_store_article`` (migration 0002).

:class:`Pipeline` is PostgreSQL's batch path: one such call per article, each in a
transaction of its own (libpq's implicit transaction, committed at the sync point that
follows it), sent in pipeline mode without waiting for the previous articles. The client
extracts the next article while the server stores and commits the earlier ones; an
article counts as stored only once the server has confirmed its commit.
"""

from __future__ import annotations

import select
import sqlite3
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session


class Writer:
    """Plain SQL on a session's connection and transaction, or on a DBAPI connection whose
    transaction the caller runs (SQLite or PostgreSQL)."""

    def __init__(self, session: Session | None = None, *, driver: Any = None) -> None:
        if session is not None:
            conn = session.connection()  # begins the transaction (BEGIN IMMEDIATE on SQLite)
            driver = conn.connection.driver_connection
        assert driver is not None
        self.postgres = not isinstance(driver, sqlite3.Connection)
        self._cursor = driver.cursor()

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._cursor.close()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self._cursor.execute(self._sql(sql), tuple(params))
        return list(self._cursor.fetchall())

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor.execute(self._sql(sql), tuple(params))

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        on_conflict: str = "",
    ) -> None:
        """Insert tuples in one executemany; ``on_conflict``, e.g. ``(alias) DO NOTHING``,
        is added as ON CONFLICT clause."""
        if not rows:
            return
        conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
        marks = f"({', '.join('?' * len(columns))})"
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {marks}{conflict}"
        self._cursor.executemany(self._sql(sql), list(rows))

    def reserve_ids(self, **counts: int) -> dict[str, list[int]]:
        """New primary keys, ``table=count`` each, so that rows can be inserted with their
        ids and no RETURNING (which sqlite3 cannot batch in parameter order).

        SQLite continues after the largest id: a writer holds the database's write lock
        from the start of its transaction (BEGIN IMMEDIATE), and one that did not would
        fail on the primary key, never write wrong rows.
        """
        ids: dict[str, list[int]] = {table: [] for table in counts}
        for table, count in counts.items():
            if count > 0:
                [(last,)] = self.rows(f"SELECT coalesce(max(id), 0) FROM {table}")
                ids[table] = list(range(last + 1, last + count + 1))
        return ids


def in_marks(count: int) -> str:
    """``?, ?, ?`` for an IN list of ``count`` values."""
    return ", ".join("?" * count)


# ---------------------------------------------------------------- PostgreSQL pipeline

TEXT_OID, JSON_OID, DATE_OID = 25, 114, 1082
_PREPARED = b"provenance_pipeline"


@dataclass
class Sent:
    """A statement in flight: what the caller gave to know it by, and what came back."""

    tag: Any
    row: list[bytes | None] | None = None
    error: str | None = None
    ended: bool = False  # its results are complete; the sync (its commit) is next


class Pipeline:
    """Statements on a connection of their own, each committed on its own, sent without
    waiting (PostgreSQL, libpq pipeline mode): ``send`` queues one, :meth:`done` hands
    back the confirmed ones in the order they were sent.

    Values go in binary format (text and JSON are their UTF-8 bytes; a NUL byte reaches
    the server and is refused there, never cut short), rows come back as text. An error
    fails its own statement only: the server skips to the next sync point, which is right
    after it. If the connection breaks, every statement in flight fails with its message.
    """

    def __init__(self, engine: Engine, sql: str, types: Sequence[int], window: int = 32) -> None:
        self._formats = [0 if t == DATE_OID else 1 for t in types]
        self.window = window
        self._flight: deque[Sent] = deque()
        self._done: deque[Sent] = deque()
        self.broken: str | None = None
        self._raw = engine.raw_connection()
        try:
            driver: Any = self._raw.driver_connection
            self._pg = driver.pgconn
            if self._pg.transaction_status != 0:  # not idle: leave it be
                self._raw.rollback()
            self._pg.enter_pipeline_mode()
            self._pg.nonblocking = 1
            # Prepared once: the server then only binds and runs it (given back in
            # close()). Should preparing fail, every statement fails with the reason.
            self._pg.send_prepare(_PREPARED, _numbered(sql).encode(), list(types))
            self._pg.pipeline_sync()
            self._flight.append(Sent(_PREPARED))
        except BaseException:
            self._raw.invalidate()
            raise

    def send(self, tag: Any, params: Sequence[str | None]) -> None:
        """Queue one statement; waits only while ``window`` statements are unconfirmed."""
        values = [None if v is None else v.encode("utf-8", "surrogatepass") for v in params]
        sent = Sent(tag)
        if self.broken is not None:
            sent.error, sent.ended = self.broken, True
            self._done.append(sent)
            return
        try:
            self._pg.send_query_prepared(_PREPARED, values, self._formats)
            self._pg.pipeline_sync()
        except _errors() as exc:
            self._break(str(exc) or type(exc).__name__, sent)
            return
        self._flight.append(sent)
        try:
            self._flush()
            self._collect(block=False)
            while len(self._flight) >= self.window:
                self._collect(block=True)
        except _errors() as exc:
            self._break(str(exc) or type(exc).__name__)

    def done(self) -> list[Sent]:
        """Statements confirmed (committed, or failed) since the last call, in order."""
        out = list(self._done)
        self._done.clear()
        return out

    def finish(self) -> list[Sent]:
        """Wait for everything in flight; then :meth:`done`."""
        try:
            while self._flight:
                self._collect(block=True)
        except _errors() as exc:
            self._break(str(exc) or type(exc).__name__)
        return self.done()

    def close(self) -> None:
        """Give the connection back (closed instead, if anything is left in flight)."""
        if self._flight or self.broken is not None:
            self._raw.invalidate()
            return
        try:
            self._pg.nonblocking = 0
            self._pg.exit_pipeline_mode()
            result = self._pg.exec_(b"DEALLOCATE " + _PREPARED)
            if result.status != _pq().ExecStatus.COMMAND_OK:
                raise OSError(_message(result))
        except _errors():
            self._raw.invalidate()
            return
        self._raw.close()

    def _flush(self) -> None:
        sock = self._pg.socket
        while self._pg.flush() == 1:  # the server is not reading: read what it sends
            readable, _, _ = select.select([sock], [sock], [])
            if readable:
                self._pg.consume_input()

    def _collect(self, *, block: bool) -> None:
        """Take the results that have arrived; with ``block``, wait until at least one
        statement is confirmed (or none is in flight)."""
        pq = _pq()
        confirmed = False
        while self._flight:
            self._pg.consume_input()
            while self._flight and not self._pg.is_busy():
                head = self._flight[0]
                result = self._pg.get_result()
                if result is None:
                    if head.ended:  # nothing more has arrived yet
                        break
                    head.ended = True
                elif result.status == pq.ExecStatus.PIPELINE_SYNC:
                    if self._flight.popleft().tag is not _PREPARED:
                        self._done.append(head)
                        confirmed = True
                elif result.status == pq.ExecStatus.TUPLES_OK:
                    head.row = [result.get_value(0, c) for c in range(result.nfields)]
                elif result.status in (pq.ExecStatus.FATAL_ERROR, pq.ExecStatus.PIPELINE_ABORTED):
                    head.error = head.error or _message(result)
            if self._pg.status != pq.ConnStatus.OK:
                self._break("connection to the server lost")
                return
            if confirmed or not block or not self._flight:
                return
            select.select([self._pg.socket], [], [])

    def _break(self, message: str, also: Sent | None = None) -> None:
        """The connection is unusable: fail what is in flight (and ``also``)."""
        if self._pg.status != _pq().ConnStatus.OK:  # libpq's account beats the symptom
            raw = self._pg.error_message
            message = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw) or message
        lines = message.strip().splitlines()
        self.broken = lines[0] if lines else "connection to the server lost"
        failed = [s for s in self._flight if s.tag is not _PREPARED]
        failed += [also] if also is not None else []
        self._flight.clear()
        for sent in failed:
            # Its commit was not confirmed: it may or may not have happened (a re-run tells).
            sent.error = sent.error or self.broken
            sent.row = None
            self._done.append(sent)


def pipeline_supported() -> bool:
    try:
        from psycopg import Pipeline as PsycopgPipeline
    except ImportError:  # pragma: no cover - psycopg is what provenance uses on PostgreSQL
        return False
    return bool(PsycopgPipeline.is_supported())


def _numbered(sql: str) -> str:
    """``?`` placeholders as libpq's ``$1, $2, ...``."""
    parts = sql.split("?")
    return "".join(f"{part}${n}" for n, part in enumerate(parts[:-1], 1)) + parts[-1]


def _message(result: Any) -> str:
    pq = _pq()
    primary = result.error_field(pq.DiagnosticField.MESSAGE_PRIMARY)
    raw = primary if primary is not None else result.error_message
    text = (raw or b"").decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "statement failed"


def _pq() -> Any:
    from psycopg import pq

    return pq


def _errors() -> tuple[type[BaseException], ...]:
    import psycopg

    return (psycopg.Error, OSError)
