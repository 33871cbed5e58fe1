"""Ingesting many files: read, extract, and store each article in its own transaction.

A file that fails (unreadable, not text, undecodable, extraction error) is reported by name
and the others go on. The caller supplies the unit of work, so this module never creates
engines or sessions itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from provenance.db.schema import first_line
from provenance.errors import InvalidInput, ProvenanceError
from provenance.ingest import ArticleMeta, IngestResult, ingest_extraction, parse_date
from provenance.reading import STDIN, Document, ReadFailure, read_document

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from provenance.extract.types import Extraction

LOOKAHEAD_PER_WORKER = 8

UnitOfWork = Callable[[], AbstractContextManager["Session"]]


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


def prepare(
    item: str | ReadFailure, extract: Callable[[str], Extraction] = default_extract
) -> Prepared | FileOutcome:
    """Read and extract one file (no database); a FileOutcome says why it failed."""
    if isinstance(item, ReadFailure):
        return FileOutcome(item.origin, error=item.reason)
    try:
        doc = read_document(item)
    except ProvenanceError as exc:
        return FileOutcome(item, error=_without_origin(str(exc), item))
    if not doc.text.strip():
        return FileOutcome(item, error="empty: no text to ingest")
    try:
        extraction = extract(doc.text)
    except Exception as exc:  # an extractor bug on one article must not stop the batch
        return FileOutcome(item, error=f"extraction failed: {type(exc).__name__}: {exc}")
    return Prepared(doc, extraction)


def store(prepared: Prepared, unit: UnitOfWork, overrides: Overrides = Overrides()) -> FileOutcome:
    """Store one prepared article in its own transaction; never raises for its problems."""
    doc = prepared.doc
    try:
        with unit() as session:
            result = ingest_extraction(session, prepared.extraction, meta_for(doc, overrides))
    except ProvenanceError as exc:
        return FileOutcome(doc.origin, error=str(exc))
    except SQLAlchemyError as exc:
        return FileOutcome(doc.origin, error=f"database refused the article: {first_line(exc)}")
    return FileOutcome(doc.origin, result=result, notes=doc.notes)


def ingest_files(
    items: Sequence[str | ReadFailure],
    unit: UnitOfWork,
    overrides: Overrides = Overrides(),
    *,
    extract: Callable[[str], Extraction] = default_extract,
    report: Callable[[FileOutcome], None] | None = None,
    workers: int = 0,
) -> Summary:
    """Ingest every item, one transaction each; ``report`` hears about each file.

    With ``workers`` > 0, files are read and extracted in that many worker processes while
    this one stores the articles already extracted (the order of the files is kept).
    """
    summary = Summary()
    parallel = workers > 0 and extract is default_extract and STDIN not in items
    stream = _in_workers(items, workers) if parallel else (prepare(i, extract) for i in items)
    for prepared in stream:
        outcome = (
            prepared if isinstance(prepared, FileOutcome) else store(prepared, unit, overrides)
        )
        summary.add(outcome)
        if report is not None:
            report(outcome)
    return summary


def _in_workers(
    items: Sequence[str | ReadFailure], workers: int
) -> Iterator[Prepared | FileOutcome]:
    """prepare() over items in a process pool, at most a few files ahead of the consumer."""
    from concurrent.futures import Future, ProcessPoolExecutor

    ahead = workers * LOOKAHEAD_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[Prepared | FileOutcome]] = deque()
        for item in items:
            pending.append(pool.submit(prepare, item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _without_origin(message: str, origin: str) -> str:
    prefix = f"{origin}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
