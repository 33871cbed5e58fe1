"""The CSV audit report: one row per claim (or per review), safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TextIO

from defusedcsv import csv as defused
from sqlalchemy import Result, Select, func, literal, select
from sqlalchemy.orm import Session, aliased

from provenance.db.models import Article, Citation, Claim, Review, Sentence, Source
from provenance.export.rows import iso, parse_evidence
from provenance.queries import ClaimFilter, claim_select

CHAIN_SEPARATOR = " > "
EVIDENCE_SEPARATOR = " "  # URLs cannot hold a space, so the links split back unambiguously

CLAIM_COLUMNS = (
    "claim_id",
    "article_id",
    "article_title",
    "article_url",
    "sentence_number",
    "claim_text",
    "chain",
    "first_source",
    "origin_source",
    "chain_depth",
    "status",
    "last_reviewer",
    "last_reviewed_at",
    "note",
    "evidence",
    "review_count",
    "last_review_hash",
)

HISTORY_COLUMNS = (
    "review_id",
    "claim_id",
    "article_id",
    "article_title",
    "article_url",
    "sentence_number",
    "claim_text",
    "chain",
    "verdict",
    "reviewer",
    "db_user",
    "reviewed_at",
    "note",
    "evidence",
    "claim_version",
    "prev_hash",
    "hash",
)

# defusedcsv 3.0.0 neutralises = + - @ | % but lets a leading tab, carriage return or
# line feed through, which OWASP lists too (a spreadsheet may strip them and then see a
# formula). Those get the same single-quote prefix here.
_UNCOVERED = ("\t", "\r", "\n")
# Every first character that either of them acts on.
_RISKY = frozenset("=+-@|%\t\r\n")


def neutralise(value: Any) -> Any:
    """``value`` with a leading tab/CR/LF quoted; defusedcsv's writer does the rest."""
    if isinstance(value, str) and value.startswith(_UNCOVERED):
        return "'" + value
    return value


class SafeWriter:
    """An RFC 4180 CSV writer whose cells no spreadsheet will run as a formula.

    Rows with a field that could start a formula go through defusedcsv (plus the
    tab/CR/LF cover); the rest, nearly all, go straight to the csv module: defusedcsv
    escapes field by field in Python, which took a third of the export's time.
    """

    def __init__(self, out: TextIO) -> None:
        self._plain = csv.writer(out, dialect="excel", lineterminator="\r\n")
        self._defused = defused.writer(out, dialect="excel", lineterminator="\r\n")

    def writerow(self, row: Sequence[Any]) -> None:
        """Write ``row``, looking at every text cell."""
        self.write(row, not _RISKY.isdisjoint([v[:1] for v in row if type(v) is str]))

    def write(self, row: Sequence[Any], risky: bool) -> None:
        """Write ``row``, whose caller has looked at its text cells: ``risky`` if any could
        start a formula. The audit report's hot loop knows which cells hold outside text."""
        if risky:
            self._defused.writerow([neutralise(v) for v in row])
        else:
            self._plain.writerow(row)

    def write_plain(self, rows: Iterable[Sequence[Any]]) -> None:
        """Write ``rows`` that the caller has found free of risky cells, in one call."""
        self._plain.writerows(rows)


def write_csv(
    session: Session,
    out: TextIO,
    filters: ClaimFilter = ClaimFilter(),
    *,
    history: bool = False,
    batch: int = 1000,
) -> int:
    """Write the audit report to ``out`` (opened with newline=""); returns the data rows.

    RFC 4180: comma-separated, CRLF line ends, fields quoted where needed, a header row.
    One statement streams the rows (server-side cursor on PostgreSQL), so memory stays
    flat however large the database.
    """
    stmt = report_select(session, filters, history=history)
    conn = session.connection()
    if conn.dialect.name == "postgresql" and (conn.dialect.server_version_info or ()) >= (11,):
        # The correlated subqueries make the planner expect a costly query and JIT-compile
        # it: 0.3 s on every export, which the faster execution never paid back here.
        conn.exec_driver_sql("SET LOCAL jit = off")
    result = conn.execute(stmt, execution_options={"yield_per": batch})
    writer = SafeWriter(out)
    count = 0
    if history:
        writer.writerow(HISTORY_COLUMNS)
        for part in result.partitions():
            for row in part:
                writer.writerow(_history_row(*row))
            count += len(part)
    else:
        writer.writerow(CLAIM_COLUMNS)
        count = _write_claims(result, writer)
    return count


def report_select(
    session: Session, filters: ClaimFilter = ClaimFilter(), *, history: bool = False
) -> Select[Any]:
    """The report's rows as one SELECT built on claim_select, so the filters are the same.

    The chain comes back as source names joined by a unit separator, the review columns
    from the claim's latest review (per claim) or from each review (``history``).
    """
    claims = claim_select(session, filters)
    chain = _chain_names(session.get_bind().dialect.name)
    if history:
        return (
            claims.with_only_columns(
                Review.id,
                Claim.id,
                Claim.article_id,
                Article.title,
                Article.url,
                Sentence.position + 1,
                Claim.text,
                chain,
                Review.verdict,
                Review.reviewer,
                Review.db_user,
                Review.created_at,
                Review.note,
                Review.evidence,
                Review.claim_version,
                Review.prev_hash,
                Review.hash,
                maintain_column_froms=False,
            )
            .join_from(Claim, Sentence, Sentence.id == Claim.sentence_id)
            .join_from(Claim, Article, Article.id == Claim.article_id)
            .join_from(Claim, Review, Review.claim_id == Claim.id)
            .order_by(Review.id)
        )
    other = aliased(Review)
    last = select(func.max(other.id)).where(other.claim_id == Claim.id).correlate(Claim)
    reviews = select(func.count()).select_from(other).where(other.claim_id == Claim.id)
    return (
        claims.with_only_columns(
            Claim.id,
            Claim.article_id,
            Article.title,
            Article.url,
            Sentence.position + 1,
            Claim.text,
            chain,
            Claim.status,
            Review.reviewer,
            Review.created_at,
            Review.note,
            Review.evidence,
            reviews.correlate(Claim).scalar_subquery(),
            Review.hash,
            maintain_column_froms=False,
        )
        .join_from(Claim, Sentence, Sentence.id == Claim.sentence_id)
        .join_from(Claim, Article, Article.id == Claim.article_id)
        .outerjoin(Review, Review.id == last.scalar_subquery())
    )


_UNIT = "\x1f"  # joins source names in SQL; no name holds it


def _chain_names(dialect: str) -> Any:
    """A correlated subquery: the claim's source names by depth, joined by _UNIT."""
    hop, source = aliased(Citation), aliased(Source)
    names = (
        select(source.name)
        .join_from(hop, source, source.id == hop.source_id)
        .where(hop.claim_id == Claim.id)
        .correlate(Claim)
    )
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        ordered = aggregate_order_by(literal(_UNIT), hop.depth)
        return names.with_only_columns(func.string_agg(source.name, ordered)).scalar_subquery()
    # SQLite before 3.44 has no ORDER BY inside group_concat; it concatenates in the order
    # of an ordered subquery (tests/test_export_csv.py holds it to that).
    by_depth = names.order_by(hop.depth).subquery()
    return select(func.group_concat(by_depth.c.name, _UNIT)).scalar_subquery()


def _chain_cells(names: str | None) -> tuple[str, str, str, int]:
    """chain, first_source, origin_source, chain_depth from the _UNIT-joined names."""
    if not names:
        return "", "", "", 0
    hops = names.split(_UNIT)
    return CHAIN_SEPARATOR.join(hops), hops[0], hops[-1], len(hops)


def _write_claims(result: Result[*tuple[Any, ...]], writer: SafeWriter) -> int:
    """Write rows in CLAIM_COLUMNS order; returns how many.

    The hot loop of a million-claim report, so written flat: rows gather per batch and go
    to the csv module in one call; a row with a risky cell flushes them and goes alone.
    """
    risky_start, unit, arrow = _RISKY, _UNIT, CHAIN_SEPARATOR
    count = 0
    for part in result.partitions():
        safe: list[tuple[Any, ...]] = []
        for (
            claim_id, article_id, title, url, sentence, text, names, status, reviewer,
            reviewed_at, note, evidence, reviews, digest,
        ) in part:  # fmt: skip
            if names:
                hops = names.split(unit)
                first, origin, depth = hops[0], hops[-1], len(hops)
                chain = arrow.join(hops) if depth > 1 else first
            else:
                chain = first = origin = ""
                depth = 0
            # Title, URL, claim text, source names, reviewer, note and evidence come from
            # outside; the other cells are numbers, statuses, times and hashes we write.
            risky = (
                (title and title[0] in risky_start)
                or (url and url[0] in risky_start)
                or text[:1] in risky_start
                or first[:1] in risky_start
                or origin[:1] in risky_start
            )
            if reviewer is None:
                at = links = ""
            else:
                at, links = iso(reviewed_at), _links(evidence)
                risky = (
                    risky
                    or reviewer[:1] in risky_start
                    or (note and note[0] in risky_start)
                    or links[:1] in risky_start
                )
            row = (
                claim_id, article_id, title, url, sentence, text, chain, first, origin, depth,
                status, reviewer, at, note, links, reviews, digest,
            )  # fmt: skip
            if risky:
                writer.write_plain(safe)
                safe = []
                writer.write(row, True)
            else:
                safe.append(row)
        writer.write_plain(safe)
        count += len(part)
    return count


def _history_row(
    review_id: int, claim_id: int, article_id: int, title: str | None, url: str | None,
    sentence: int, text: str, names: str | None, verdict: str, reviewer: str,
    db_user: str | None, reviewed_at: datetime, note: str | None, evidence: str | None,
    claim_version: int, prev_hash: str | None, digest: str,
) -> tuple[Any, ...]:  # fmt: skip
    """A row in HISTORY_COLUMNS order."""
    return (
        review_id,
        claim_id,
        article_id,
        title,
        url,
        sentence,
        text,
        _chain_cells(names)[0],
        verdict,
        reviewer,
        db_user,
        iso(reviewed_at),
        note,
        _links(evidence),
        claim_version,
        prev_hash,
        digest,
    )


def _links(evidence: str | None) -> str:
    """The evidence links, space-separated, from the stored JSON list."""
    if not evidence:
        return ""
    # One link with no quote or escape in it, the usual case, needs no JSON parser.
    if evidence.startswith('["') and evidence.endswith('"]'):
        inner = evidence[2:-2]
        if '"' not in inner and "\\" not in inner:
            return inner
    return EVIDENCE_SEPARATOR.join(parse_evidence(evidence))
