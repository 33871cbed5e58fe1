"""Reviewers marking while exports run: every export is one consistent snapshot, and no
verdict is lost."""

from __future__ import annotations

import csv
import io
import multiprocessing
import subprocess
import sys
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from provenance.db.engine import session_scope
from provenance.db.models import Claim, Review
from tests.test_review import seed_claims
from tests.test_review_concurrency import _reviewer

REVIEWERS = 6
CLAIMS = 120

pytestmark = pytest.mark.slow


def _export(db_url: str) -> list[dict[str, str]]:
    done = subprocess.run(
        [sys.executable, "-m", "provenance", "--db", db_url, "export", "csv"],
        capture_output=True,
        text=True,
        check=True,
    )
    return list(csv.DictReader(io.StringIO(done.stdout)))


def _as_of(history: dict[int, list[tuple[int, str, str]]], last_id: int) -> dict[int, Any]:
    """What each claim looked like once the reviews up to ``last_id`` had landed."""
    state = {}
    for claim_id, rows in history.items():
        seen = [r for r in rows if r[0] <= last_id]
        state[claim_id] = (len(seen), seen[-1][1] if seen else "unreviewed",
                           seen[-1][2] if seen else "")  # fmt: skip
    return state


def test_exports_during_marking_are_consistent_snapshots(db_url: str, engine: Engine) -> None:
    claim_ids = seed_claims(engine, CLAIMS)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(REVIEWERS)
    results = spawn.Queue()
    workers = [
        spawn.Process(target=_reviewer, args=(db_url, n, claim_ids, barrier, results))
        for n in range(REVIEWERS)
    ]
    for worker in workers:
        worker.start()
    snapshots = []
    # export while the reviewers mark; at least twice, so that a fast machine whose reviewers
    # finish within the first export still checks two exports and the final one
    while any(w.is_alive() for w in workers) or len(snapshots) < 2:
        snapshots.append(_export(db_url))
    reports = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    results.close()
    results.join_thread()
    assert [error for _, _, error in reports if error] == []
    snapshots.append(_export(db_url))

    with session_scope(engine, write=False) as s:
        reviews = s.execute(
            select(Review.id, Review.claim_id, Review.verdict, Review.hash).order_by(Review.id)
        ).all()
        statuses = dict(s.execute(select(Claim.id, Claim.status)).all())
    assert len(reviews) == REVIEWERS * CLAIMS, "a verdict was lost"
    history: dict[int, list[tuple[int, str, str]]] = {c: [] for c in claim_ids}
    by_hash = {}
    for review_id, claim_id, verdict, digest in reviews:
        history[claim_id].append((review_id, verdict, digest))
        by_hash[digest] = review_id
    assert statuses == {c: rows[-1][1] for c, rows in history.items()}

    for rows in snapshots:
        assert len(rows) == CLAIMS
        hashes = [r["last_review_hash"] for r in rows if r["last_review_hash"]]
        last_id = max((by_hash[h] for h in hashes), default=0)
        expected = _as_of(history, last_id)
        got = {
            int(r["claim_id"]): (int(r["review_count"]), r["status"], r["last_review_hash"])
            for r in rows
        }
        assert got == expected, "an export mixed states from different moments"
    assert len(snapshots) >= 3
