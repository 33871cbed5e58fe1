"""`audit verify`: the hash chain shows an edit, removal or insertion made behind our back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from typer.testing import Result

from provenance import review
from provenance.db.engine import session_scope
from provenance.errors import TamperDetected
from tests.test_review import seed_claims


def _mark_all(engine: Engine, claims: list[int]) -> list[int]:
    """Three rounds of verdicts; returns the review ids in chain order."""
    ids = []
    for verdict, reviewer in (("verified", "ana"), ("disputed", "bo"), ("unverifiable", "cy")):
        with session_scope(engine) as s:
            rows = review.mark(s, claims, verdict, reviewer=reviewer, note=f"{reviewer} says so")
            ids += [r.id for r in rows]
    return ids


def _behind_our_back(engine: Engine, *statements: str) -> None:
    """Run SQL on the review table with its append-only triggers out of the way."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE review DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER review_no_update")
            conn.exec_driver_sql("DROP TRIGGER review_no_delete")
        for statement in statements:
            conn.execute(text(statement))


def _verify(engine: Engine) -> review.ChainReport:
    with session_scope(engine, write=False) as s:
        return review.verify_chain(s)


@pytest.fixture
def chain(engine: Engine) -> list[int]:
    return _mark_all(engine, seed_claims(engine, 4))


def test_an_intact_chain_verifies(engine: Engine, chain: list[int]) -> None:
    report = _verify(engine)
    assert report.reviews == len(chain) == 12
    with session_scope(engine, write=False) as s:
        assert report.tip == review.history(s, 4)[-1].hash


def test_an_empty_history_verifies(engine: Engine) -> None:
    assert _verify(engine) == review.ChainReport(reviews=0, tip=None)


def test_an_edited_verdict_is_reported_at_its_row(engine: Engine, chain: list[int]) -> None:
    _behind_our_back(engine, f"UPDATE review SET verdict = 'verified' WHERE id = {chain[5]}")
    with pytest.raises(TamperDetected, match=rf"^review {chain[5]} \(claim 2\) does not match"):
        _verify(engine)


def test_an_edited_note_is_reported(engine: Engine, chain: list[int]) -> None:
    _behind_our_back(engine, f"UPDATE review SET note = 'ana says so!' WHERE id = {chain[0]}")
    with pytest.raises(TamperDetected, match=rf"^review {chain[0]} "):
        _verify(engine)


def test_an_edit_with_a_recomputed_hash_is_reported_at_the_next_row(
    engine: Engine, chain: list[int]
) -> None:
    with session_scope(engine, write=False) as s:
        row = review.history(s, 2)[1]
    forged = {c: getattr(row, c) for c in review._HASHED} | {"reviewer": "mallory"}
    _behind_our_back(
        engine,
        f"UPDATE review SET reviewer = 'mallory', hash = '{review.review_hash(forged)}' "
        f"WHERE id = {row.id}",
    )
    with pytest.raises(TamperDetected, match=rf"^review {row.id + 1} does not follow review "):
        _verify(engine)


def test_a_removed_row_is_reported(engine: Engine, chain: list[int]) -> None:
    _behind_our_back(engine, f"DELETE FROM review WHERE id = {chain[3]}")
    with pytest.raises(TamperDetected, match=rf"^review {chain[4]} does not follow"):
        _verify(engine)


def test_a_changed_claim_status_is_reported(engine: Engine, chain: list[int]) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE claim SET status = 'verified' WHERE id = 3"))
    with pytest.raises(TamperDetected, match=r"^claim 3 is verified at version 4, but its latest"):
        _verify(engine)


def test_a_status_without_any_review_is_reported(engine: Engine) -> None:
    seed_claims(engine, 2)
    with engine.begin() as conn:
        conn.execute(text("UPDATE claim SET status = 'disputed' WHERE id = 2"))
    with pytest.raises(TamperDetected, match=r"^claim 2 is disputed but has no review"):
        _verify(engine)


def test_cli_audit_verify(engine: Engine, chain: list[int], cli: Callable[..., Result]) -> None:
    ok = cli("audit", "verify")
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.startswith("ok: 12 reviews checked, chain intact; newest hash ")

    _behind_our_back(engine, f"UPDATE review SET verdict = 'verified' WHERE id = {chain[7]}")
    bad = cli("audit", "verify")
    assert bad.exit_code == TamperDetected.exit_code == 7
    assert bad.stdout == ""
    assert bad.stderr.startswith(f"error: review {chain[7]} (claim 4) does not match its hash")
    assert len(bad.stderr.strip().splitlines()) == 1
