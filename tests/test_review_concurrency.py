"""Eight reviewers marking the same 300 claims at once: every verdict lands, the chain holds."""

from __future__ import annotations

import multiprocessing
import random
import threading
import traceback
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from provenance import review
from provenance.db.engine import session_scope
from provenance.db.models import VERDICTS, Claim, Review
from provenance.db.schema import open_database
from provenance.errors import Conflict
from tests.test_review import seed_claims

WORKERS = 8
CLAIMS = 300


def _reviewer(
    url: str, number: int, claim_ids: list[int], barrier: Any, results: Any
) -> None:  # pragma: no cover - runs in a child process
    """Mark every claim once, in an order of its own, one transaction per verdict."""
    landed: list[tuple[int, int, str]] = []
    try:
        engine = open_database(url, migrate=False)
        rng = random.Random(number)
        order = list(claim_ids)
        rng.shuffle(order)
        barrier.wait(timeout=120)
        try:
            for claim_id in order:
                verdict = rng.choice(VERDICTS)
                with session_scope(engine) as s:
                    (row,) = review.mark(s, [claim_id], verdict, reviewer=f"reviewer-{number}")
                    landed.append((row.id, claim_id, verdict))
        finally:
            engine.dispose()
        results.put((number, landed, None))
    except BaseException:
        results.put((number, landed, traceback.format_exc()))


@pytest.mark.slow
def test_eight_reviewers_at_once_lose_nothing(db_url: str, engine: Engine) -> None:
    claim_ids = seed_claims(engine, CLAIMS)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(WORKERS)
    results = spawn.Queue()
    workers = [
        spawn.Process(target=_reviewer, args=(db_url, n, claim_ids, barrier, results))
        for n in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    results.close()
    results.join_thread()

    errors = [error for _, _, error in reports if error]
    assert errors == []
    landed = {review_id: (claim_id, verdict) for _, rows, _ in reports for review_id, claim_id,
              verdict in rows}  # fmt: skip
    assert len(landed) == WORKERS * CLAIMS

    with session_scope(engine, write=False) as s:
        stored = {r.id: (r.claim_id, r.verdict) for r in s.scalars(select(Review))}
        assert stored == landed  # no lost, no extra history rows
        per_claim = Counter(claim_id for claim_id, _ in stored.values())
        assert set(per_claim.values()) == {WORKERS}
        latest = dict(
            s.execute(
                select(Review.claim_id, Review.verdict).where(
                    Review.id.in_(select(func.max(Review.id)).group_by(Review.claim_id))
                )
            ).all()
        )
        claims = s.execute(select(Claim.id, Claim.status, Claim.version)).all()
        assert {c.id: c.status for c in claims} == latest
        assert {c.version for c in claims} == {WORKERS + 1}
        # Each claim's versions run 2..9 in history order: no two verdicts from one version.
        versions = s.execute(
            select(Review.claim_id, Review.claim_version).order_by(Review.claim_id, Review.id)
        ).all()
        by_claim: dict[int, list[int]] = {}
        for claim_id, version in versions:
            by_claim.setdefault(claim_id, []).append(version)
        assert all(v == list(range(2, WORKERS + 2)) for v in by_claim.values())
        assert review.verify_chain(s).reviews == WORKERS * CLAIMS


def test_of_eight_reviewers_expecting_one_version_exactly_one_lands(engine: Engine) -> None:
    (claim_id,) = seed_claims(engine, 1)
    barrier = threading.Barrier(WORKERS)
    outcomes: list[str] = []

    def reviewer(number: int) -> None:
        barrier.wait(timeout=30)
        try:
            with session_scope(engine) as s:
                review.mark(s, [claim_id], "verified", reviewer=f"r{number}",
                            expected={claim_id: 1})  # fmt: skip
            outcomes.append("landed")
        except Conflict:
            outcomes.append("refused")

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["landed"] + ["refused"] * (WORKERS - 1)
    with session_scope(engine, write=False) as s:
        assert len(review.history(s, claim_id)) == 1
        assert review.verify_chain(s).reviews == 1
