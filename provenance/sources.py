"""Sources as real-world entities: resolving hop names across articles, merging, aliases.

Named sources are one row per real-world source, found by the normalised form of their
name (:func:`provenance.names.alias_key`) in ``source_alias``; a miss creates the source and
its canonical-name alias. Kind and description come from the first sighting; a missing
description is filled in by a later one.

Unnamed sources ("it was reported", "people familiar with the matter") are never merged
across articles: nothing says two articles' anonymous sources are the same people. Each
article gets one unnamed source per distinct description, with the article-scoped alias
"<description>, article <id>"; ``claims --source "unnamed source"`` still finds them all
by name. A reviewer who knows better can merge them with ``sources merge``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from provenance.bulk import Writer, in_marks
from provenance.db.models import Citation, Source, SourceAlias
from provenance.errors import Conflict, InvalidInput, NotFound
from provenance.names import alias_key
from provenance.queries import MAX_ID, source_ids

if TYPE_CHECKING:
    from provenance.extract.types import Hop

UNNAMED = "unnamed"
_BATCH = 500
_BY_ID = re.compile(r"^#(\d+)$")


@dataclass(frozen=True)
class Resolved:
    """Source ids for one article's hops, keyed by :func:`hop_key`, and what was new."""

    ids: dict[str, int]
    new_ids: frozenset[int]

    @property
    def new(self) -> int:
        return len(self.new_ids)

    @property
    def known(self) -> int:
        return len(set(self.ids.values()) - self.new_ids)


# Ingest normalises the same few hundred names over and over.
_alias_key = lru_cache(maxsize=1 << 16)(alias_key)


def hop_key(hop: Hop, article_id: int) -> str:
    """The alias under which the hop's source is found (unnamed: scoped to the article)."""
    key, scoped = _key(hop)
    return f"{key}{article_id}" if scoped else key


def _key(hop: Hop) -> tuple[str, bool]:
    """The hop's alias key, or for a key scoped to its article (unnamed sources) the part
    before the article's id, and whether it is scoped: the key is
    ``alias_key(f"{name}, article {id}")``, whose normalisation leaves the digits at its
    end as they are."""
    key = _alias_key(hop.name)
    if hop.kind == UNNAMED or not key:
        return _scoped_prefix(hop.name or "unnamed source"), True
    return key, False


@lru_cache(maxsize=1 << 12)
def _scoped_prefix(name: str) -> str:
    return alias_key(f"{name}, article 0")[:-1]


def store_sources(hops: Iterable[Hop]) -> tuple[list[dict[str, object]], list[int]]:
    """The sources of ``hops`` as ``provenance_store_article`` (PostgreSQL) takes them: one
    entry per distinct key, first sighting first, and the 1-based entry of each hop."""
    entries: list[dict[str, object]] = []
    number: dict[tuple[str, bool], int] = {}
    of_hop = []
    for hop in hops:
        key = _key(hop)
        found = number.get(key)
        others = [] if hop.kind == UNNAMED else [_alias_key(a) for a in hop.aliases]
        if found is None:
            found = number[key] = len(entries) + 1
            entries.append(
                {
                    "k": key[0],
                    "a": key[1],
                    "n": _display_name(hop),
                    "i": hop.kind,
                    "d": hop.description,
                    # Not the hop's own key: the server leaves that out too (scoped keys).
                    "r": [k for k in dict.fromkeys(others) if k and k != key[0]],
                }
            )
        elif others:
            # a later mention of the same source may give it another name ("KCNA")
            known: list[str] = entries[found - 1]["r"]  # type: ignore[assignment]
            known.extend(k for k in dict.fromkeys(others) if k and k != key[0] and k not in known)
        of_hop.append(found)
    return entries, of_hop


def resolve(
    writer: Writer, hops: Sequence[Hop], article_id: int, keys: Sequence[str] | None = None
) -> Resolved:
    """Find or create the source of every hop, in a few statements whatever the count
    (SQLite; ``provenance_store_article`` does the same on PostgreSQL). ``keys``: the
    hops' :func:`hop_key`, if the caller has them."""
    if keys is None:
        keys = [hop_key(hop, article_id) for hop in hops]
    first: dict[str, Hop] = {}
    for key, hop in zip(keys, hops, strict=True):
        seen = first.setdefault(key, hop)
        if seen is not hop and hop.aliases and hop.kind != UNNAMED:
            # a later mention of the same source may give it another name ("KCNA")
            merged = tuple(dict.fromkeys(seen.aliases + hop.aliases))
            if merged != seen.aliases:
                first[key] = replace(seen, aliases=merged)
    if not first:
        return Resolved({}, frozenset())
    ids, undescribed = _lookup(writer, list(first))
    found = set(ids.values())
    for key, hop in first.items():
        if hop.description and ids.get(key) in undescribed:
            writer.execute(
                "UPDATE source SET description = ? WHERE id = ? AND description IS NULL",
                (hop.description, ids[key]),
            )
    missing = [k for k in first if k not in ids]
    renamed: set[str] = set()
    if missing:
        # A source first met under another name the text gives it ("MI5" for "Britain's
        # domestic intelligence agency") is the same source.
        known_as = _known_aliases(writer, {k: first[k] for k in missing})
        renamed = set(known_as)
        ids.update(known_as)
        found.update(known_as.values())
        missing = [k for k in missing if k not in known_as]
    if missing:
        ids.update(_create(writer, {k: first[k] for k in missing}))
    _add_aliases(writer, first, ids, renamed)
    return Resolved(ids, frozenset(set(ids.values()) - found))


def _other_names(hop: Hop, key: str) -> list[str]:
    if hop.kind == UNNAMED:
        return []
    keys = (_alias_key(a) for a in hop.aliases)
    return [k for k in dict.fromkeys(keys) if k and k != key]


def _known_aliases(writer: Writer, hops: dict[str, Hop]) -> dict[str, int]:
    """Hop key -> source id, for hops whose other names are already known aliases."""
    wanted = {key: _other_names(hop, key) for key, hop in hops.items()}
    owners, _ = _lookup(writer, sorted({a for names in wanted.values() for a in names}))
    resolved = {}
    for key, names in wanted.items():
        matches = {owners[a] for a in names if a in owners}
        if len(matches) == 1:  # two different sources: ambiguous, keep them apart
            resolved[key] = matches.pop()
    return resolved


def _add_aliases(
    writer: Writer, hops: dict[str, Hop], ids: dict[str, int], renamed: set[str]
) -> None:
    """Record every name the text gives a source; an alias another source owns stays its."""
    pairs = {key: ids[key] for key in renamed}  # names found only through another alias
    for key, hop in hops.items():
        for alias in _other_names(hop, key):
            pairs.setdefault(alias, ids[key])
    rows = [(source_id, alias) for alias, source_id in pairs.items()]
    _insert_aliases(writer, rows)


def _insert_aliases(writer: Writer, rows: list[tuple[int, str]]) -> None:
    """``(source_id, alias)`` rows; an alias that exists already (or that a concurrent
    writer is adding: ON CONFLICT waits for it, then skips ours) stays its owner's."""
    if not rows:
        return
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        values = ", ".join("(?, ?)" for _ in batch)
        writer.execute(
            f"INSERT INTO source_alias (source_id, alias) VALUES {values} "
            "ON CONFLICT (alias) DO NOTHING",
            [v for row in batch for v in row],
        )


def _lookup(writer: Writer, keys: list[str]) -> tuple[dict[str, int], set[int]]:
    """Alias -> source id for the known keys, and which of those sources lack a description."""
    found: dict[str, int] = {}
    undescribed: set[int] = set()
    query = (
        "SELECT a.alias, a.source_id, s.description IS NULL FROM source_alias a "
        "JOIN source s ON s.id = a.source_id WHERE a.alias "
    )
    for start in range(0, len(keys), _BATCH):
        batch = keys[start : start + _BATCH]
        rows = writer.rows(query + f"IN ({in_marks(len(batch))})", batch)
        for key, source_id, missing in rows:
            found[key] = source_id
            if missing:
                undescribed.add(source_id)
    return found, undescribed


def _create(writer: Writer, hops: dict[str, Hop]) -> dict[str, int]:
    """Insert sources and their aliases. Should another writer own an alias by now, its
    source wins and ours is deleted again (SQLite's write lock makes that rare)."""
    keys = list(hops)
    by_key = dict(zip(keys, writer.reserve_ids(source=len(keys))["source"], strict=True))
    writer.insert(
        "source",
        ("id", "name", "kind", "description"),
        [(by_key[k], _display_name(hops[k]), hops[k].kind, hops[k].description) for k in keys],
    )
    _insert_aliases(writer, [(by_key[k], k) for k in keys])
    owners, _ = _lookup(writer, keys)
    lost = [k for k in keys if owners[k] != by_key[k]]
    if lost:
        writer.execute(
            f"DELETE FROM source WHERE id IN ({in_marks(len(lost))})", [by_key[k] for k in lost]
        )
        by_key.update({k: owners[k] for k in lost})
    return by_key


def _display_name(hop: Hop) -> str:
    name = " ".join(hop.name.split())
    return name or "unnamed source"


def one_source(session: Session, ref: str) -> Source:
    """The single source ``ref`` names: a name or alias (case-insensitive) or ``#ID``."""
    by_id = _BY_ID.match(ref.strip())
    if by_id:
        number = int(by_id[1])
        source = session.get(Source, number) if number <= MAX_ID else None
        if source is None:
            raise NotFound(f"no source with id {by_id[1]}")
        return source
    ids = source_ids(session, ref)
    if len(ids) > 1:
        shown = ", ".join(f"#{i}" for i in sorted(ids)[:5])
        raise InvalidInput(
            f"{ref!r} names {len(ids)} sources ({shown}{', ...' if len(ids) > 5 else ''}); "
            "name one by id, e.g. #" + str(min(ids))
        )
    source = session.get(Source, ids[0])
    assert source is not None
    return source


@dataclass(frozen=True)
class MergeResult:
    kept: str
    kept_id: int
    removed: str
    citations: int
    aliases: int


def merge(session: Session, keep_ref: str, other_ref: str) -> MergeResult:
    """Merge source OTHER into KEEP: its citations and aliases move to KEEP, then it is
    deleted. KEEP keeps its name and kind, and takes OTHER's description if it has none."""
    keep = one_source(session, keep_ref)
    other = one_source(session, other_ref)
    if keep.id == other.id:
        raise InvalidInput(f"{keep_ref!r} and {other_ref!r} are the same source (#{keep.id})")
    citations = _changed(
        session.execute(
            update(Citation).where(Citation.source_id == other.id).values(source_id=keep.id)
        )
    )
    aliases = _changed(
        session.execute(
            update(SourceAlias).where(SourceAlias.source_id == other.id).values(source_id=keep.id)
        )
    )
    if keep.description is None and other.description:
        keep.description = other.description
    result = MergeResult(keep.name, keep.id, other.name, citations, aliases)
    session.execute(delete(Source).where(Source.id == other.id))
    session.expire_all()
    return result


def _changed(result: object) -> int:
    """Rows an UPDATE changed (a CursorResult's rowcount)."""
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass(frozen=True)
class AliasResult:
    source: str
    source_id: int
    alias: str
    added: bool


def add_alias(session: Session, ref: str, alias: str) -> AliasResult:
    """Let ``alias`` name the source ``ref`` names, so later articles resolve to it."""
    source = one_source(session, ref)
    key = alias_key(alias)
    if not key:
        raise InvalidInput(f"{alias!r} is not a usable alias: nothing left after normalising")
    owner = session.scalar(select(SourceAlias.source_id).where(SourceAlias.alias == key))
    if owner == source.id:
        return AliasResult(source.name, source.id, key, added=False)
    if owner is not None:
        other = session.get(Source, owner)
        name = other.name if other is not None else f"#{owner}"
        raise Conflict(
            f"{alias!r} already names {name!r} (#{owner}); "
            f"to make them one source: provenance sources merge {source.name!r} {name!r}"
        )
    session.add(SourceAlias(source_id=source.id, alias=key))
    session.flush()
    return AliasResult(source.name, source.id, key, added=True)
