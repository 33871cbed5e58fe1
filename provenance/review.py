"""Review verdicts: marking claims, their history, and the hash chain that makes it auditable.

Every verdict appends one ``review`` row and moves its claim to the next version; nothing is
updated or deleted (the database refuses it). Rows form one global hash chain in id order:
each stores the hash of the row before it (:data:`GENESIS` for the first) and its own hash
over its canonical content, so `audit verify` can tell when a row was edited, removed or
inserted behind the application's back.

Appends are serialised so that the chain cannot fork: SQLite write sessions already hold the
write lock (BEGIN IMMEDIATE), and on PostgreSQL :func:`mark` takes a transaction-level
advisory lock before it reads the chain's tip. Pass :func:`mark` a write session.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from provenance.db.models import VERDICTS, Article, Claim, Review, Sentence
from provenance.errors import Conflict, InvalidInput, NotFound, TamperDetected
from provenance.queries import ChainHop, ClaimFilter, claim_select, load_chains

REVIEWER_ENV = "PROVENANCE_REVIEWER"
GENESIS = "0" * 64
"""prev_hash of the first review: a value, not NULL, so that the UNIQUE constraint on
prev_hash also stops two first rows."""
# Any constant will do, as long as every writer uses the same one ("prov" in ASCII).
_PG_CHAIN_LOCK = 0x70726F76
_REVIEWER_MAX = 200
_MAX_ID = 2**63 - 1  # SQLite's INTEGER; a larger number cannot name a claim
_MAX_VERSION = 2**31 - 1  # the version column is a 32-bit INTEGER on PostgreSQL


@dataclass(frozen=True)
class ChainReport:
    """The outcome of :func:`verify_chain` on an intact history."""

    reviews: int
    tip: str | None  # the hash of the newest review, or None for an empty history


@dataclass(frozen=True)
class ReviewItem:
    """What a reviewer sees of one claim: the claim, its chain, its sentence, its last verdict."""

    claim: Claim
    chain: list[ChainHop]
    sentence: str
    article_title: str | None
    latest: Review | None


def matching(session: Session, filters: ClaimFilter) -> dict[int, int]:
    """The claims ``filters`` select, id -> current version, in id order."""
    stmt = claim_select(session, filters).with_only_columns(Claim.id, Claim.version)
    return dict(session.execute(stmt).all())


def review_item(session: Session, claim_id: int) -> ReviewItem:
    """A claim as the review queue shows it; NotFound when there is no such claim."""
    claim, latest = current(session, claim_id)
    sentence, title = session.execute(
        select(Sentence.text, Article.title)
        .join(Article, Article.id == Sentence.article_id)
        .where(Sentence.id == claim.sentence_id)
    ).one()
    chain = load_chains(session, [claim_id]).get(claim_id, [])
    return ReviewItem(claim, chain, sentence, title, latest)


def resolve_reviewer(value: str | None = None) -> str:
    """The reviewer's name: ``value``, else ``$PROVENANCE_REVIEWER``, else the OS user."""
    if value is None:
        value = os.environ.get(REVIEWER_ENV) or None
    if value is None:
        try:
            value = getpass.getuser()
        except (OSError, KeyError) as exc:
            raise InvalidInput(
                f"no reviewer name: pass --reviewer NAME or set {REVIEWER_ENV}"
            ) from exc
    return check_reviewer(value)


def check_reviewer(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput("the reviewer name is empty: pass --reviewer NAME")
    if len(name) > _REVIEWER_MAX:
        raise InvalidInput(f"the reviewer name is longer than {_REVIEWER_MAX} characters")
    if any(ord(ch) < 32 for ch in name):
        raise InvalidInput("the reviewer name contains control characters")
    return name


def check_verdict(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise InvalidInput(f"unknown verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
    return verdict


def check_evidence(urls: Iterable[str]) -> list[str]:
    """The evidence URLs, each an http(s) URL with a host; InvalidInput names a bad one."""
    checked = []
    for url in urls:
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError:
            host = None
            parts = None
        if (
            parts is None
            or parts.scheme.lower() not in ("http", "https")
            or not host
            or any(ch.isspace() or ord(ch) < 32 for ch in url)
        ):
            raise InvalidInput(f"not an http(s) URL with a host: {url!r}")
        checked.append(url)
    return checked


def _check_note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    if "\x00" in note:
        raise InvalidInput("the note contains a NUL character")
    return note.strip()


def mark(
    session: Session,
    claim_ids: Sequence[int],
    verdict: str,
    *,
    reviewer: str,
    note: str | None = None,
    evidence: Sequence[str] = (),
    expected: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> list[Review]:
    """Give each claim in ``claim_ids`` the ``verdict``; returns the new review rows.

    ``expected`` maps claim ids to the version the reviewer saw; a claim whose version has
    moved on raises Conflict, naming the verdict that landed. All or nothing: on any error
    no claim is marked (the caller's session rolls back).
    """
    check_verdict(verdict)
    reviewer = check_reviewer(reviewer)
    evidence_json = json.dumps(check_evidence(evidence)) if evidence else None
    note = _check_note(note)
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        raise InvalidInput("no claims to mark")
    expected = dict(expected or {})

    versions = _claim_versions(session, ids)
    missing = [i for i in ids if i not in versions]
    if missing:
        raise NotFound(f"no claim with id {', '.join(map(str, missing))}")
    for claim_id, seen in expected.items():
        if claim_id in versions and not 1 <= seen <= _MAX_VERSION:
            raise Conflict(_moved_on(session, claim_id, seen))

    # Claims first, in id order (so that two batches cannot deadlock on them), the chain
    # lock after: the lock is held until commit, so the less done under it the better.
    # The version check sits in the UPDATE itself, which makes it atomic.
    new_versions: dict[int, int] = {}
    for claim_id in sorted(ids):
        stmt = update(Claim).where(Claim.id == claim_id)
        if claim_id in expected:
            stmt = stmt.where(Claim.version == expected[claim_id])
        new_version = session.execute(
            stmt.values(status=verdict, version=Claim.version + 1)
            .returning(Claim.version)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        if new_version is None:
            if claim_id not in expected:
                raise NotFound(f"no claim with id {claim_id}")  # deleted meanwhile
            raise Conflict(_moved_on(session, claim_id, expected[claim_id]))
        new_versions[claim_id] = new_version

    db_user = _lock_chain(session)
    tip = session.execute(
        select(Review.hash, Review.created_at).order_by(Review.id.desc()).limit(1)
    ).first()
    prev_hash = tip.hash if tip else GENESIS
    created_at = _utc(now or datetime.now(UTC))
    if tip is not None:
        # Keep the chain's timestamps in chain order even when writers' clocks disagree.
        created_at = max(created_at, _utc(tip.created_at))

    rows: list[dict[str, Any]] = []
    for claim_id in ids:
        row = {
            "claim_id": claim_id,
            "claim_version": new_versions[claim_id],
            "reviewer": reviewer,
            "db_user": db_user,
            "verdict": verdict,
            "note": note,
            "evidence": evidence_json,
            "created_at": created_at,
            "prev_hash": prev_hash,
        }
        row["hash"] = review_hash(row)
        prev_hash = row["hash"]
        rows.append(row)
    # One INSERT per row, in chain order: the chain is read back in id order.
    return [
        Review(
            id=session.execute(insert(Review).values(**row).returning(Review.id)).scalar_one(),
            **row,
        )
        for row in rows
    ]


def _lock_chain(session: Session) -> str | None:
    """Serialise appends to the chain; on PostgreSQL, returns the database user."""
    if session.get_bind().dialect.name != "postgresql":
        return None  # a SQLite write session already holds the database's write lock
    # session_user is who logged in; SET ROLE changes only current_user, so show both.
    _, login, role = session.execute(
        text("SELECT pg_advisory_xact_lock(:key), session_user, current_user"),
        {"key": _PG_CHAIN_LOCK},
    ).one()
    return login if login == role else f"{login} as {role}"


def _claim_versions(session: Session, ids: Sequence[int]) -> dict[int, int]:
    versions: dict[int, int] = {}
    ids = [i for i in ids if 1 <= i <= _MAX_ID]
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        stmt = select(Claim.id, Claim.version).where(Claim.id.in_(batch))
        versions.update(session.execute(stmt).all())
    return versions


def _moved_on(session: Session, claim_id: int, seen: int) -> str:
    version = session.scalar(select(Claim.version).where(Claim.id == claim_id))
    latest = session.scalars(
        select(Review).where(Review.claim_id == claim_id).order_by(Review.id.desc()).limit(1)
    ).first()
    landed = (
        f": {latest.verdict} by {latest.reviewer} at {_stamp(latest.created_at)}"
        if latest is not None
        else ""
    )
    return (
        f"claim {claim_id} is at version {version}, not {seen}{landed}; "
        f"see `provenance history {claim_id}` and mark again"
    )


def current(session: Session, claim_id: int) -> tuple[Claim, Review | None]:
    """A claim and its latest review (None when it has none); NotFound when no such claim."""
    claim = _get_claim(session, claim_id, populate_existing=True)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}")
    latest = session.scalars(
        select(Review).where(Review.claim_id == claim_id).order_by(Review.id.desc()).limit(1)
    ).first()
    return claim, latest


def _get_claim(session: Session, claim_id: int, **kwargs: Any) -> Claim | None:
    if not 1 <= claim_id <= _MAX_ID:
        return None
    return session.get(Claim, claim_id, **kwargs)


def history(session: Session, claim_id: int) -> list[Review]:
    """Every review of a claim, oldest first; NotFound when there is no such claim."""
    if _get_claim(session, claim_id) is None:
        raise NotFound(f"no claim with id {claim_id}")
    return list(
        session.scalars(select(Review).where(Review.claim_id == claim_id).order_by(Review.id))
    )


def review_json(review: Review) -> dict[str, Any]:
    """A review as JSON: the stored fields, evidence as a list, time in UTC ISO 8601."""
    return {
        "id": review.id,
        "claim_id": review.claim_id,
        "claim_version": review.claim_version,
        "verdict": review.verdict,
        "reviewer": review.reviewer,
        "db_user": review.db_user,
        "note": review.note,
        "evidence": json.loads(review.evidence) if review.evidence else [],
        "created_at": _stamp(review.created_at),
        "prev_hash": review.prev_hash,
        "hash": review.hash,
    }


_HASHED = (
    "claim_id",
    "claim_version",
    "reviewer",
    "db_user",
    "verdict",
    "note",
    "evidence",
    "created_at",
    "prev_hash",
)


def review_hash(row: Mapping[str, Any]) -> str:
    """sha256 of a review's content and its predecessor's hash, canonically serialised.

    JSON with sorted keys and no spaces, the time as UTC ISO 8601 with microseconds, so
    that SQLite (naive datetimes) and PostgreSQL (aware ones) recompute the same digest.
    """
    content = {key: row[key] for key in _HASHED}
    content["created_at"] = _stamp(content["created_at"])
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verify_chain(session: Session) -> ChainReport:
    """Recompute the review chain; TamperDetected names the first row that does not match.

    Also checks that every claim's status is its latest verdict, since the claim table is
    not append-only. Removing the newest rows cannot be detected from the chain alone:
    compare the reported tip with one recorded elsewhere.
    """
    columns = [getattr(Review, key) for key in ("id", *_HASHED, "hash")]
    prev_hash, prev_id = GENESIS, None
    count = 0
    rows = session.execute(select(*columns).order_by(Review.id).execution_options(yield_per=2000))
    try:
        for row in rows:
            if row.prev_hash != prev_hash:
                what = "the first review" if prev_id is None else f"review {prev_id}"
                raise TamperDetected(
                    f"review {row.id} does not follow {what}: a review was removed, inserted or "
                    f"edited before it (prev_hash {_short(row.prev_hash)}, expected "
                    f"{_short(prev_hash)})"
                )
            recomputed = review_hash(dict(row._mapping))
            if recomputed != row.hash:
                raise TamperDetected(
                    f"review {row.id} (claim {row.claim_id}) does not match its hash: its content "
                    f"was changed after it was written (stored {_short(row.hash)}, recomputed "
                    f"{_short(recomputed)})"
                )
            prev_hash, prev_id = row.hash, row.id
            count += 1
    finally:
        rows.close()  # a server-side cursor on PostgreSQL
    _check_statuses(session)
    return ChainReport(reviews=count, tip=prev_hash if count else None)


def _check_statuses(session: Session) -> None:
    latest = (
        select(Review.claim_id, func.max(Review.id).label("review_id"))
        .group_by(Review.claim_id)
        .subquery()
    )
    mismatch = session.execute(
        select(Claim.id, Claim.status, Claim.version, Review.id, Review.verdict)
        .join(latest, latest.c.claim_id == Claim.id)
        .join(Review, Review.id == latest.c.review_id)
        .where(or_(Claim.status != Review.verdict, Claim.version < Review.claim_version))
        .order_by(Claim.id)
        .limit(1)
    ).first()
    if mismatch is not None:
        claim_id, status, version, review_id, verdict = mismatch
        raise TamperDetected(
            f"claim {claim_id} is {status} at version {version}, but its latest review "
            f"{review_id} says {verdict}: the claim was changed behind the review history"
        )
    unreviewed = ~select(Review.id).where(Review.claim_id == Claim.id).exists()
    orphan = session.execute(
        select(Claim.id, Claim.status)
        .where(Claim.status != "unreviewed", unreviewed)
        .order_by(Claim.id)
        .limit(1)
    ).first()
    if orphan is not None:
        raise TamperDetected(
            f"claim {orphan.id} is {orphan.status} but has no review: the claim was changed "
            "behind the review history"
        )


def _utc(moment: datetime) -> datetime:
    # SQLite hands back the naive UTC value it was given; PostgreSQL an aware one.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _short(digest: str | None) -> str:
    return "none" if digest is None else digest[:12]
