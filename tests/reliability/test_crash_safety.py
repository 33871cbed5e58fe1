"""kill -9 during ingest: the database stays sound, holds no half article, and a re-run
completes without duplicates."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from provenance.db.schema import open_database
from tests.conftest import SEED

KILLS = int(os.environ.get("PROVENANCE_CRASH_KILLS", "20"))
ARTICLES = 1500
# A re-run skips the articles stored before, so a run is killed a few commits into its own
# work (a random number of them, then a random instant) rather than at a random time since
# its start: it would otherwise often find little left to do and finish first.
COMMITS_BEFORE_KILL = (1, 40)

pytestmark = pytest.mark.slow


def _corpus(folder: Path) -> None:
    """Many distinct articles: the seed text with a varying paragraph appended."""
    seed = SEED.read_text(encoding="utf-8")
    rng = random.Random(7)
    for i in range(ARTICLES):
        extra = " ".join(
            f"Officials said shipment {i}-{j} reached the port on day {rng.randint(1, 28)}."
            for j in range(rng.randint(1, 6))
        )
        (folder / f"article-{i:04d}.txt").write_text(f"{seed}\n\n{extra}\n", encoding="utf-8")


def _ingest(db_url: str, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "provenance", "--db", db_url, "ingest", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("article", "sentence", "claim", "citation", "source")
        }


def _articles(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM article")).scalar_one())


def _wait_for(engine: Engine, proc: subprocess.Popen[bytes], articles: int) -> None:
    """Until ``articles`` are stored or the ingest has ended."""
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if _articles(engine) >= articles:
            return
        time.sleep(0.005)


def _assert_sound(engine: Engine) -> None:
    """Integrity holds and every stored article is whole."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        half = conn.execute(
            text(
                "SELECT count(*) FROM article a WHERE NOT EXISTS "
                "(SELECT 1 FROM sentence s WHERE s.article_id = a.id) "
                "OR NOT EXISTS (SELECT 1 FROM claim c WHERE c.article_id = a.id)"
            )
        ).scalar_one()
        assert half == 0, "an article was stored without its sentences or claims"
        gaps = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT claim_id FROM citation GROUP BY claim_id "
                "HAVING max(depth) + 1 <> count(*)) AS g"
            )
        ).scalar_one()
        assert gaps == 0, "a claim's chain lost a hop"


def test_kill_nine_during_ingest_loses_nothing(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _corpus(folder)
    engine = open_database(db_url)
    rng = random.Random(2024)
    killed = 0
    try:
        for _ in range(KILLS):
            before = _articles(engine)
            proc = _ingest(db_url, folder)
            _wait_for(engine, proc, before + rng.randint(*COMMITS_BEFORE_KILL))
            time.sleep(rng.uniform(0, 0.05))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
            _assert_sound(engine)
        final = _ingest(db_url, folder)
        assert final.wait(timeout=600) == 0
        _assert_sound(engine)
        interrupted = _counts(engine)
    finally:
        engine.dispose()
    assert interrupted["article"] == ARTICLES
    print(f"crash safety: {killed} of {KILLS} runs killed mid-ingest, database sound after each")
    assert killed >= KILLS // 2, "the ingest finished before most kills: make the corpus larger"

    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    assert _ingest(clean_url, folder).wait(timeout=600) == 0
    clean = open_database(clean_url)
    try:
        assert _counts(clean) == interrupted
    finally:
        clean.dispose()
