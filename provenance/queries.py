"""Reading claims: the one filter builder that listing, export and review all use."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from provenance.db.models import CLAIM_STATUSES, Citation, Claim, Source, SourceAlias
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


def source_ids(session: Session, name: str) -> list[int]:
    """Ids of the sources called ``name`` (canonical name or alias, case-insensitive).

    Raises NotFound, suggesting the closest known names, when none is.
    """
    key = alias_key(name)
    ids = session.scalars(
        select(SourceAlias.source_id).where(SourceAlias.alias == key).distinct()
    ).all()
    if not ids:
        ids = session.scalars(select(Source.id).where(func.lower(Source.name) == key)).all()
    if ids:
        return list(ids)
    known = session.scalars(select(Source.name).where(Source.kind != "unnamed")).all()
    by_key = {alias_key(n): n for n in known}
    close = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(by_key[c]) for c in close)}?" if close else ""
    raise NotFound(f"no source named {name!r}{hint}")


def claim_select(session: Session, filters: ClaimFilter = ClaimFilter()) -> Select[tuple[Claim]]:
    """SELECT of the claims matching ``filters``, ordered by id. Compose further as needed."""
    stmt = select(Claim).order_by(Claim.id)
    if filters.status is not None:
        if filters.status not in CLAIM_STATUSES:
            raise InvalidInput(
                f"unknown status {filters.status!r}: use one of {', '.join(CLAIM_STATUSES)}"
            )
        stmt = stmt.where(Claim.status == filters.status)
    if filters.article_id is not None:
        stmt = stmt.where(Claim.article_id == filters.article_id)
    if filters.claim_ids is not None:
        stmt = stmt.where(Claim.id.in_(filters.claim_ids))
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
        rows = session.execute(
            select(Citation, Source.name, Source.kind)
            .join(Source, Source.id == Citation.source_id)
            .where(Citation.claim_id.in_(batch))
            .order_by(Citation.claim_id, Citation.depth)
        )
        for citation, name, kind in rows:
            chains.setdefault(citation.claim_id, []).append(
                ChainHop(
                    depth=citation.depth,
                    source_id=citation.source_id,
                    source=name,
                    kind=kind,
                    cue=citation.cue,
                    date=citation.stated_date,
                    description=citation.description,
                    mention=citation.mention,
                )
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
