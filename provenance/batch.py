"""Ingesting many files: read, extract, and store each article in its own transaction.

Files go through in chunks: read (and hashed), checked against the database so that a text
stored before is neither extracted nor sent again, extracted, stored. Reading and
extraction run in worker processes when asked to; either way the files' order is kept.

On PostgreSQL the articles are sent down one connection in pipeline mode
(:class:`provenance.bulk.Pipeline`): each is one statement in its own transaction, and the
next article is read and extracted while the server stores and commits the earlier ones. A
file counts as stored, and is reported, only once its commit is confirmed. SQLite, in the
same process, stores each article before going on.

A file that fails (unreadable, not text, undecodable, extraction error, refused by the
database) is reported by name and the others go on; it leaves nothing behind.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from provenance.bulk import Writer
from provenance.db.schema import first_line
from provenance.errors import InvalidInput, ProvenanceError
from provenance.ingest import (
    STORE_SQL,
    STORE_TYPES,
    ArticleMeta,
    IngestResult,
    check_extraction,
    parse_date,
    store_params,
    stored,
    write_article,
)
from provenance.reading import STDIN, Document, ReadFailure, read_document

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from sqlalchemy.engine import Engine

    from provenance.bulk import Pipeline, Sent
    from provenance.extract.types import Extraction

CHUNK = 16  # files read, checked and extracted together (one look-up, one task per chunk)
CHUNKS_AHEAD_PER_WORKER = 2
PIPELINE_WINDOW = 32  # PostgreSQL: articles sent but not yet confirmed, at most
SQLITE_CHECKPOINT_PAGES = 10_000  # SQLite: WAL pages (4 kB) before a checkpoint, in a batch

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Overrides:
    """Command-line metadata; it wins over what an HTML page says about itself."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_on: date | None = None


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file: a result, or the reason it failed."""

    origin: str
    result: IngestResult | None = None
    error: str | None = None
    notes: tuple[str, ...] = ()


@dataclass
class Summary:
    """Totals of a run, for the table `provenance ingest` prints at the end."""

    new: int = 0
    skipped: int = 0
    failed: int = 0
    sentences: int = 0
    claims: int = 0
    citations: int = 0
    source_ids: set[int] = field(default_factory=set)
    new_source_ids: set[int] = field(default_factory=set)
    failures: list[FileOutcome] = field(default_factory=list)

    @property
    def sources_new(self) -> int:
        return len(self.new_source_ids)

    @property
    def sources_known(self) -> int:
        return len(self.source_ids - self.new_source_ids)

    def add(self, outcome: FileOutcome) -> None:
        result = outcome.result
        if result is None:
            self.failed += 1
            self.failures.append(outcome)
        elif not result.new:
            self.skipped += 1
        else:
            self.new += 1
            self.sentences += result.sentences
            self.claims += result.claims
            self.citations += result.citations
            self.source_ids |= result.source_ids
            self.new_source_ids |= result.new_source_ids


def default_extract(text: str) -> Extraction:
    from provenance.extract import extract

    return extract(text)


def meta_for(doc: Document, overrides: Overrides) -> ArticleMeta:
    try:
        page_date = parse_date(doc.published)
    except InvalidInput:
        page_date = None  # a page's odd date is not worth failing the article over
    return ArticleMeta(
        title=overrides.title or doc.title,
        publisher=overrides.publisher or doc.publisher,
        url=overrides.url or doc.url,
        published_on=overrides.published_on or page_date,
        origin=doc.origin,
    )


@dataclass(frozen=True)
class Prepared:
    """A file read and extracted, ready to be stored."""

    doc: Document
    extraction: Extraction


def read_item(item: str | ReadFailure) -> Document | FileOutcome:
    """Read one file (no database); a FileOutcome says why it failed."""
    if isinstance(item, ReadFailure):
        return FileOutcome(item.origin, error=item.reason)
    try:
        doc = read_document(item)
    except ProvenanceError as exc:
        return FileOutcome(item, error=_without_origin(str(exc), item))
    if not doc.text.strip():
        return FileOutcome(item, error="empty: no text to ingest")
    return doc


def extract_text(
    text: str, extract: Callable[[str], Extraction] = default_extract
) -> Extraction | str:
    """The extraction of ``text``, or why it failed."""
    try:
        return extract(text)
    except Exception as exc:  # an extractor bug on one article must not stop the batch
        return f"extraction failed: {type(exc).__name__}: {exc}"


def ingest_files(
    items: Sequence[str | ReadFailure],
    engine: Engine,
    overrides: Overrides = Overrides(),
    *,
    extract: Callable[[str], Extraction] = default_extract,
    report: Callable[[FileOutcome], None] | None = None,
    workers: int = 0,
    pipeline: bool = True,
) -> Summary:
    """Ingest every item, one transaction each; ``report`` hears about each file, in the
    order of ``items``, once it is stored (or skipped, or failed).

    With ``workers`` > 0, files are read and extracted in that many worker processes while
    this one stores the articles already extracted. ``pipeline=False`` makes PostgreSQL
    wait for each article's commit before going on, as SQLite does.
    """
    summary = Summary()

    def emit(outcome: FileOutcome) -> None:
        summary.add(outcome)
        if report is not None:
            report(outcome)

    parallel = workers > 0 and extract is default_extract and STDIN not in items
    with ExitStack() as stack:
        pool: Executor | None = None
        if parallel:
            from concurrent.futures import ProcessPoolExecutor

            pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers))
        storer = _storer(engine, overrides, pipeline=pipeline)
        stack.enter_context(storer)
        for item in _stream(items, storer.known, extract, pool, ahead=max(1, workers) * 2):
            storer.put(item)
            for outcome in storer.ready():
                emit(outcome)
        for outcome in storer.finish():
            emit(outcome)
    return summary


# ---------------------------------------------------------------- reading and extraction


def _stream(
    items: Sequence[str | ReadFailure],
    known: Callable[[list[str]], dict[str, int]],
    extract: Callable[[str], Extraction],
    pool: Executor | None,
    ahead: int,
) -> Iterator[Prepared | FileOutcome]:
    """Every item, in order, read, checked against the database and extracted."""
    chunks = [list(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
    read: Iterable[list[Document | FileOutcome]]
    if pool is None:
        read = ([read_item(i) for i in chunk] for chunk in chunks)
    else:
        read = (docs for _, docs in _ahead(pool, _read_chunk, chunks, lambda c: c, ahead))
    checked = (_skip_known(known, docs) for docs in read)
    if pool is None:
        for docs in checked:
            for doc in docs:
                yield (
                    doc
                    if isinstance(doc, FileOutcome)
                    else _prepared(doc, extract_text(doc.text, extract))
                )
        return
    for docs, found in _ahead(pool, _extract_texts, checked, _texts, ahead):
        extractions = iter(found)
        for doc in docs:
            yield doc if isinstance(doc, FileOutcome) else _prepared(doc, next(extractions))


def _read_chunk(items: list[str | ReadFailure]) -> list[Document | FileOutcome]:
    return [read_item(i) for i in items]


def _extract_texts(texts: list[str]) -> list[Extraction | str]:
    return [extract_text(t) for t in texts]


def _texts(docs: list[Document | FileOutcome]) -> list[str]:
    return [d.text for d in docs if isinstance(d, Document)]


def _prepared(doc: Document, extraction: Extraction | str) -> Prepared | FileOutcome:
    if isinstance(extraction, str):
        return FileOutcome(doc.origin, error=extraction)
    return Prepared(doc, extraction)


def _ahead(
    pool: Executor,
    fn: Callable[[Any], R],
    inputs: Iterable[T],
    argument: Callable[[T], Any],
    ahead: int,
) -> Iterator[tuple[T, R]]:
    """``(input, fn(argument(input)))`` in order, computed in ``pool`` a few inputs ahead."""
    pending: deque[tuple[T, Future[R]]] = deque()
    for value in inputs:
        pending.append((value, pool.submit(fn, argument(value))))
        if len(pending) > ahead:
            value, future = pending.popleft()
            yield value, future.result()
    while pending:
        value, future = pending.popleft()
        yield value, future.result()


def _skip_known(
    known: Callable[[list[str]], dict[str, int]], docs: list[Document | FileOutcome]
) -> list[Document | FileOutcome]:
    """Documents whose text is stored already become skips, before any extraction: one
    look-up for the chunk. (One stored meanwhile is caught when it is stored: a skip too.)"""
    wanted = list(dict.fromkeys(d.sha256 for d in docs if isinstance(d, Document)))
    if not wanted:
        return docs
    try:
        found = known(wanted)
    except _database_errors():
        return docs  # storing each one will say what is wrong
    if not found:
        return docs
    return [
        FileOutcome(d.origin, result=IngestResult(found[d.sha256], new=False), notes=d.notes)
        if isinstance(d, Document) and d.sha256 in found
        else d
        for d in docs
    ]


def _known_on(driver: Any, shas: list[str]) -> dict[str, int]:
    """sha256 -> article id, for the stored ones among ``shas`` (a plain DBAPI query)."""
    cursor = driver.cursor()
    try:
        if isinstance(driver, sqlite3.Connection):
            marks = ", ".join("?" * len(shas))
            cursor.execute(f"SELECT sha256, id FROM article WHERE sha256 IN ({marks})", shas)
        else:
            # Planned at each run, never prepared: a plan kept from when the table was
            # small would scan it whole once it has grown.
            cursor.execute(
                "SELECT sha256, id FROM article WHERE sha256 = ANY(%s)", [shas], prepare=False
            )
        return dict(cursor.fetchall())
    finally:
        cursor.close()


# ---------------------------------------------------------------- storing


class _Serial:
    """Each article stored, and its transaction committed, before the next one: plain
    transactions on one DBAPI connection (a session per article costs more than SQLite
    needs for the article itself)."""

    def __init__(self, engine: Engine, overrides: Overrides) -> None:
        self._engine = engine
        self._overrides = overrides
        self._raw: Any = None
        self._checkpoint: int | None = None  # SQLite's own setting, to restore
        self._ready: list[FileOutcome] = []

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._raw is None:
            return
        try:
            if self._checkpoint is not None:
                driver = self._raw.driver_connection
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)")
                driver.execute(f"PRAGMA wal_autocheckpoint = {int(self._checkpoint)}")
        except _database_errors():
            self._raw.invalidate()
        finally:
            self._raw.close()
            self._raw = None

    def put(self, item: Prepared | FileOutcome) -> None:
        if isinstance(item, Prepared):
            item = self._store(item)
        self._ready.append(item)

    def _connect(self) -> Any:
        """The batch's connection. SQLite: the WAL is copied into the database less often
        than every 1000 pages (about 70 articles), and once at the end; each copy waits for
        the disk twice."""
        self._raw = self._engine.raw_connection()
        if self._engine.dialect.name == "sqlite":
            driver = self._raw.driver_connection
            [(mode,)] = driver.execute("PRAGMA journal_mode").fetchall()
            if mode == "wal":
                [(self._checkpoint,)] = driver.execute("PRAGMA wal_autocheckpoint").fetchall()
                driver.execute(f"PRAGMA wal_autocheckpoint = {SQLITE_CHECKPOINT_PAGES}")
        return self._raw

    def ready(self) -> list[FileOutcome]:
        out, self._ready = self._ready, []
        return out

    def finish(self) -> list[FileOutcome]:
        return self.ready()

    def known(self, shas: list[str]) -> dict[str, int]:
        """Between two articles, on the batch's connection (no transaction open)."""
        raw = self._raw or self._connect()
        try:
            return _known_on(raw.driver_connection, shas)
        finally:
            if self._engine.dialect.name != "sqlite":
                raw.rollback()  # psycopg began a transaction for the query

    def _store(self, prepared: Prepared) -> FileOutcome:
        """One article in its own transaction; never raises for its problems."""
        doc = prepared.doc
        try:
            check_extraction(prepared.extraction)
            meta = meta_for(doc, self._overrides)
            raw = self._raw or self._connect()
            driver = raw.driver_connection
            try:
                if self._engine.dialect.name == "sqlite":
                    # The write lock up front, as the engine's sessions take it.
                    driver.execute("BEGIN IMMEDIATE")
                with Writer(driver=driver) as writer:
                    result = write_article(writer, prepared.extraction, meta)
                raw.commit()
            except BaseException:
                self._rollback()
                raise
        except ProvenanceError as exc:
            return FileOutcome(doc.origin, error=str(exc))
        except _database_errors() as exc:
            return FileOutcome(doc.origin, error=f"database refused the article: {first_line(exc)}")
        return FileOutcome(doc.origin, result=result, notes=doc.notes)

    def _rollback(self) -> None:
        try:
            self._raw.rollback()
        except _database_errors():  # the connection is gone: the next article gets another
            self._raw.invalidate()
            self._raw = None


@dataclass
class _Slot:
    """A file on its way through the pipeline; ``outcome`` once it is settled."""

    prepared: Prepared | None = None
    outcome: FileOutcome | None = None


class _Pipelined:
    """PostgreSQL: articles sent without waiting, reported in order once confirmed."""

    def __init__(self, engine: Engine, overrides: Overrides) -> None:
        self._engine = engine
        self._overrides = overrides
        self._pipe: Pipeline | None = None
        self._slots: deque[_Slot] = deque()
        self._reader: Any = None  # for look-ups: the pipeline's connection is busy

    def __enter__(self) -> _Pipelined:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pipe is not None:
            self._pipe.close()  # anything still in flight: the connection is closed
            self._pipe = None
        if self._reader is not None:
            try:
                self._reader.driver_connection.autocommit = False
            except _database_errors():
                self._reader.invalidate()
            self._reader.close()
            self._reader = None

    def known(self, shas: list[str]) -> dict[str, int]:
        """Committed articles among ``shas``, one statement on a connection of its own."""
        if self._reader is None:
            self._reader = self._engine.raw_connection()
            self._reader.driver_connection.autocommit = True
        try:
            return _known_on(self._reader.driver_connection, shas)
        except _database_errors():
            self._reader.invalidate()
            self._reader = None
            raise

    def put(self, item: Prepared | FileOutcome) -> None:
        if isinstance(item, FileOutcome):
            self._slots.append(_Slot(outcome=item))
            return
        slot = _Slot(prepared=item)
        self._slots.append(slot)
        origin = item.doc.origin
        try:
            check_extraction(item.extraction)
            params = store_params(item.extraction, meta_for(item.doc, self._overrides))
        except ProvenanceError as exc:
            slot.outcome = FileOutcome(origin, error=str(exc))
            return
        try:
            pipe = self._open()
        except _database_errors() as exc:
            slot.outcome = FileOutcome(
                origin, error=f"database refused the article: {first_line(exc)}"
            )
            return
        pipe.send(slot, params)
        self._settle(pipe.done())

    def ready(self) -> list[FileOutcome]:
        out = []
        while self._slots and self._slots[0].outcome is not None:
            outcome = self._slots.popleft().outcome
            assert outcome is not None
            out.append(outcome)
        return out

    def finish(self) -> list[FileOutcome]:
        if self._pipe is not None:
            self._settle(self._pipe.finish())
        return self.ready()

    def _open(self) -> Pipeline:
        from provenance.bulk import Pipeline

        if self._pipe is not None and self._pipe.broken is not None:
            self._settle(self._pipe.finish())
            self._pipe.close()
            self._pipe = None  # the next article tries a new connection
        if self._pipe is None:
            self._pipe = Pipeline(self._engine, STORE_SQL, STORE_TYPES, PIPELINE_WINDOW)
        return self._pipe

    def _settle(self, sent: list[Sent]) -> None:
        for done in sent:
            slot: _Slot = done.tag
            assert slot.prepared is not None
            doc = slot.prepared.doc
            if done.error is not None or done.row is None:
                error = done.error or "no result"
                slot.outcome = FileOutcome(
                    doc.origin, error=f"database refused the article: {error}"
                )
                continue
            article, new, sources, new_sources = done.row
            result = stored(
                slot.prepared.extraction,
                int(article or 0),
                new == b"t",
                _int_array(sources),
                _int_array(new_sources),
            )
            slot.outcome = FileOutcome(doc.origin, result=result, notes=doc.notes)


def _storer(engine: Engine, overrides: Overrides, *, pipeline: bool) -> _Serial | _Pipelined:
    if pipeline and engine.dialect.name == "postgresql":
        from provenance.bulk import pipeline_supported

        if pipeline_supported():
            return _Pipelined(engine, overrides)
    return _Serial(engine, overrides)


def _int_array(value: bytes | None) -> list[int]:
    """PostgreSQL's text form of an integer[]: ``{1,2,3}``."""
    inner = (value or b"{}").strip(b"{}")
    return [int(v) for v in inner.split(b",")] if inner else []


def _database_errors() -> tuple[type[Exception], ...]:
    """SQLAlchemy's errors and the DBAPI drivers' own (statements on a raw cursor raise
    those unwrapped)."""
    errors: list[type[Exception]] = [SQLAlchemyError, sqlite3.Error]
    try:
        import psycopg
    except ImportError:
        pass
    else:
        errors.append(psycopg.Error)
    return tuple(errors)


def _without_origin(message: str, origin: str) -> str:
    prefix = f"{origin}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
