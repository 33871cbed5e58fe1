"""Reading claims: the one filter builder that listing, export and review all use."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from provenance.db.models import CLAIM_STATUSES, Article, Citation, Claim, Source, SourceAlias
from provenance.errors import InvalidInput, NotFound
from provenance.names import alias_key


class HopScope(StrEnum):
    """Which hops of a chain a source filter looks at."""

    any = "any"
    direct = "direct"  # depth 0: the source the article cites
    origin = "origin"  # the last hop of the chain


@dataclass(frozen=True)
class ClaimFilter:
    """Filters shared by `claims`, `export` and `review`; every field is optional."""

    source: str | None = None
    hop: HopScope = HopScope.any
    status: str | None = None
    article_id: int | None = None
    claim_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class ChainHop:
    """One hop of a claim's chain as read back from the database."""

    depth: int
    source_id: int
    source: str
    kind: str
    cue: str | None
    date: str | None
    description: str | None
    mention: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "cue": self.cue,
            "date": self.date,
            "description": self.description,
            "mention": self.mention,
        }


_ALIAS_LOOKUP = (
    select(SourceAlias.__table__.c.source_id)
    .where(SourceAlias.__table__.c.alias == bindparam("key"))
    .distinct()
)
_NAME_LOOKUP = select(Source.__table__.c.id).where(
    func.lower(Source.__table__.c.name) == bindparam("key")
)


def source_ids(session: Session, name: str) -> list[int]:
    """Ids of the sources called ``name`` (canonical name or alias, case-insensitive).

    Raises NotFound, suggesting the closest known names, when none is.
    """
    if "\x00" in name:  # PostgreSQL refuses NUL in text; no name holds one anyway
        raise NotFound(f"no source named {name!r}")
    key = alias_key(name)
    # Core execution on the session's connection: this runs before every source query, and
    # the ORM's per-statement overhead would be most of the query's cost.
    conn = session.connection()
    ids = conn.execute(_ALIAS_LOOKUP, {"key": key}).scalars().all()
    if not ids:
        ids = conn.execute(_NAME_LOOKUP, {"key": key}).scalars().all()
    if not ids:
        ids = _sources_containing(session, key)
    if ids:
        return list(ids)
    known = session.scalars(select(Source.name).where(Source.kind != "unnamed")).all()
    by_key = {alias_key(n): n for n in known}
    close = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(by_key[c]) for c in close)}?" if close else ""
    raise NotFound(f"no source named {name!r}{hint}")


def _sources_containing(session: Session, key: str) -> list[int]:
    """Named sources with an alias holding ``key`` as whole words: "Environmental Protection
    Agency" finds "U.S. Environmental Protection Agency". Only tried when nothing matches
    exactly, and only for keys long enough to mean something."""
    if len(key) < 3:
        return []
    rows = session.execute(
        select(SourceAlias.source_id, SourceAlias.alias)
        .join(Source, Source.id == SourceAlias.source_id)
        .where(Source.kind != "unnamed", SourceAlias.alias.contains(key, autoescape=True))
    )
    words = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    return sorted({source_id for source_id, alias in rows if words.search(alias)})


def claim_select(session: Session, filters: ClaimFilter = ClaimFilter()) -> Select[tuple[Claim]]:
    """SELECT of the claims matching ``filters``, ordered by id. Compose further as needed."""
    return _filtered(session, select(Claim).order_by(Claim.id), filters)


def _filtered(session: Session, stmt: Select[Any], filters: ClaimFilter) -> Select[Any]:
    """``stmt`` (a SELECT from claim) restricted by ``filters``: the one place they are built."""
    if filters.status is not None:
        if filters.status not in CLAIM_STATUSES:
            raise InvalidInput(
                f"unknown status {filters.status!r}: use one of {', '.join(CLAIM_STATUSES)}"
            )
        stmt = stmt.where(Claim.status == filters.status)
    if filters.article_id is not None:
        # An empty list would hide a typo, as it would for an unknown source.
        if not article_exists(session, filters.article_id):
            raise NotFound(f"no article with id {filters.article_id}")
        stmt = stmt.where(Claim.article_id == filters.article_id)
    if filters.claim_ids is not None:
        stmt = stmt.where(Claim.id.in_([i for i in filters.claim_ids if 0 < i <= MAX_ID]))
    if filters.source is not None:
        ids = source_ids(session, filters.source)
        cited = select(Citation.claim_id).where(Citation.source_id.in_(ids))
        if filters.hop == HopScope.direct:
            cited = cited.where(Citation.depth == 0)
        elif filters.hop == HopScope.origin:
            later = aliased(Citation)
            deeper = select(later.id).where(
                later.claim_id == Citation.claim_id, later.depth > Citation.depth
            )
            cited = cited.where(~deeper.exists())
        stmt = stmt.where(Claim.id.in_(cited))
    return stmt


def load_chains(session: Session, claim_ids: Iterable[int]) -> dict[int, list[ChainHop]]:
    """The chains of many claims in one query per batch: claim id -> hops by depth."""
    chains: dict[int, list[ChainHop]] = {}
    ids = list(claim_ids)
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        # Columns, not Citation entities: no identity map or object per hop to build.
        rows = session.execute(
            select(
                Citation.claim_id,
                Citation.depth,
                Citation.source_id,
                Source.name,
                Source.kind,
                Citation.cue,
                Citation.stated_date,
                Citation.description,
                Citation.mention,
            )
            .join(Source, Source.id == Citation.source_id)
            .where(Citation.claim_id.in_(batch))
            .order_by(Citation.claim_id, Citation.depth)
        )
        for claim_id, depth, source_id, name, kind, cue, date, description, mention in rows:
            chains.setdefault(claim_id, []).append(
                ChainHop(depth, source_id, name, kind, cue, date, description, mention)
            )
    return chains


def claim_json(claim: Claim, chain: Sequence[ChainHop]) -> dict[str, Any]:
    """A claim in the `claims --format json` contract (see the README)."""
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "sentence_id": claim.sentence_id,
        "text": claim.text,
        "start": claim.char_start,
        "end": claim.char_end,
        "status": claim.status,
        "version": claim.version,
        "chain": [hop.as_json() for hop in chain],
    }


CLAIM_COLUMNS = tuple(
    Claim.__table__.c[name]
    for name in (
        "id",
        "article_id",
        "sentence_id",
        "text",
        "char_start",
        "char_end",
        "status",
        "version",
    )
)


# Built once: constructing (and coercing) the column list costs more than running a
# small query.
_CLAIM_ROWS = select(*CLAIM_COLUMNS).order_by(CLAIM_COLUMNS[0])


_BY_SOURCE = _CLAIM_ROWS.where(
    CLAIM_COLUMNS[0].in_(
        select(Citation.__table__.c.claim_id).where(
            Citation.__table__.c.source_id.in_(bindparam("ids", expanding=True))
        )
    )
)


def claim_rows_select(session: Session, filters: ClaimFilter = ClaimFilter()) -> Select[Any]:
    """:func:`claim_select` returning plain rows of the claim's table columns (named as a
    Claim's attributes, accepted by :func:`claim_json`) instead of ORM objects."""
    return _filtered(session, _CLAIM_ROWS, filters)


def claim_rows(
    session: Session,
    filters: ClaimFilter = ClaimFilter(),
    *,
    after: int = 0,
    limit: int | None = None,
) -> Sequence[Row[Any]]:
    """Claims matching ``filters`` as rows, in id order: ids above ``after``, at most ``limit``.

    Executed as Core on the session's connection: no identity map, no object per claim,
    which makes long listings several times cheaper than loading Claim entities.
    """
    if filters == ClaimFilter(source=filters.source) and filters.source and not after and not limit:
        # the commonest query, `claims --source X`: one statement built once, not per call
        # (no bound LIMIT or id floor: PostgreSQL's generic plan for those walks every claim)
        ids = source_ids(session, filters.source)
        return session.connection().execute(_BY_SOURCE, {"ids": ids}).all()
    stmt = claim_rows_select(session, filters)
    if after:
        stmt = stmt.where(CLAIM_COLUMNS[0] > after)
    if limit is not None:
        stmt = stmt.limit(limit)
    return session.connection().execute(stmt).all()


MAX_ID = 2**63 - 1  # the largest key either database can hold


def article_exists(session: Session, article_id: int) -> bool:
    if not 0 < article_id <= MAX_ID:
        return False
    return session.get(Article, article_id) is not None


def iter_claims(
    session: Session, filters: ClaimFilter = ClaimFilter(), batch_size: int = 1000
) -> Iterator[tuple[Row[Any], list[ChainHop]]]:
    """Claim rows matching ``filters`` with their chains, in id order, a batch at a time
    (keyset pagination), so that listing a million claims holds one batch in memory.

    Raises NotFound for a filter naming no article or no source.
    """
    last = 0
    while True:
        batch = claim_rows(session, filters, after=last, limit=batch_size)
        if not batch:
            return
        chains = load_chains(session, [row.id for row in batch])
        for row in batch:
            yield row, chains.get(row.id, [])
        last = batch[-1].id
