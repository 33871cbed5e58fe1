"""Measure `export csv`: peak memory and throughput against a raw cursor writing the same rows.

usage: python benchmarks/export.py [--sizes 100000,1000000] [--pg-url URL] [--no-sqlite]

For each database size it fills a fresh database with bulk inserts (no extraction), then
runs, each in a fresh process so that peak RSS (VmHWM) is that export's alone:

  provenance  the library's write_csv (what `provenance export csv --out FILE` runs)
  raw         the library's SQL statement on a raw DB-API cursor, written with csv.writer
  raw-cte     a hand-written query (chains and reviews aggregated in CTEs), the same way
  copy        PostgreSQL only: the library's statement through COPY ... TO STDOUT (CSV)

"vs raw" is raw's time over the mode's: by the clock, and by this process's CPU time, which
is steadier on a busy machine (for SQLite all the work is in the process; for PostgreSQL the
server's share is not in it).

PostgreSQL runs when --pg-url, PROVENANCE_BENCH_PG_URL or PROVENANCE_TEST_DATABASE_URL
names a server; the database gets a throwaway schema, dropped afterwards.
Quick run (< 1 min): python benchmarks/export.py --sizes 20000,100000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CLAIMS_PER_ARTICLE = 20
CLAIMS_PER_SENTENCE = 2
SOURCES = 2000
CHUNK = 20_000

# The audit report's rows, aggregated by the database so that Python only writes them.
RAW_SQL = """
WITH chains AS ({chains}),
last AS (SELECT claim_id, max(id) AS id, count(*) AS n FROM review GROUP BY claim_id)
SELECT c.id, c.article_id, a.title, a.url, s.position + 1, c.text,
       coalesce(ch.chain, ''), coalesce(f.name, ''), coalesce(o.name, ''),
       coalesce(ch.n, 0), c.status, r.reviewer, r.created_at, r.note, r.evidence,
       coalesce(l.n, 0), r.hash
FROM claim c
JOIN sentence s ON s.id = c.sentence_id
JOIN article a ON a.id = c.article_id
LEFT JOIN chains ch ON ch.claim_id = c.id
LEFT JOIN citation c0 ON c0.claim_id = c.id AND c0.depth = 0
LEFT JOIN source f ON f.id = c0.source_id
LEFT JOIN citation cn ON cn.claim_id = c.id AND cn.depth = ch.n - 1
LEFT JOIN source o ON o.id = cn.source_id
LEFT JOIN last l ON l.claim_id = c.id
LEFT JOIN review r ON r.id = l.id
ORDER BY c.id
"""
SQLITE_CHAINS = """
SELECT claim_id, group_concat(name, ' > ') AS chain, count(*) AS n FROM (
    SELECT ci.claim_id, so.name FROM citation ci JOIN source so ON so.id = ci.source_id
    ORDER BY ci.claim_id, ci.depth)
GROUP BY claim_id"""
PG_CHAINS = """
SELECT ci.claim_id, string_agg(so.name, ' > ' ORDER BY ci.depth) AS chain, count(*) AS n
FROM citation ci JOIN source so ON so.id = ci.source_id GROUP BY ci.claim_id"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="claim counts, comma-separated")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("PROVENANCE_BENCH_PG_URL")
        or os.environ.get("PROVENANCE_TEST_DATABASE_URL"),
    )
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs per mode; the fastest counts (default 2)"
    )
    parser.add_argument("--child", nargs=3, metavar=("MODE", "URL", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    print(
        f"{'db':<10} {'claims':>9} {'mode':<10} {'seconds':>8} {'cpu s':>6} {'rows/s':>9} "
        f"{'peak RSS':>9} {'vs raw':>7} {'(cpu)':>6}"
    )
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp:
        for size in sizes:
            if not args.no_sqlite:
                url = f"sqlite:///{tmp}/bench-{size}.db"
                modes = ["provenance", "raw", "raw-cte"]
                run_size("sqlite", url, size, Path(tmp), modes, args.repeat)
                Path(f"{tmp}/bench-{size}.db").unlink()
            if args.pg_url:
                with pg_schema(args.pg_url) as url:
                    modes = ["provenance", "raw", "raw-cte", "copy"]
                    run_size("postgresql", url, size, Path(tmp), modes, args.repeat)


def run_size(db: str, url: str, size: int, tmp: Path, modes: list[str], repeat: int) -> None:
    started = time.perf_counter()
    fill(url, size)
    print(
        f"# {db}: filled {size:,} claims in {time.perf_counter() - started:.1f} s", file=sys.stderr
    )
    results: dict[str, dict[str, Any]] = {}
    # Modes take turns, so that a burst of load elsewhere on the machine hits them alike.
    for _ in range(repeat):
        for mode in modes:
            out = tmp / f"out-{mode}.csv"
            proc = subprocess.run(
                [sys.executable, __file__, "--child", mode, url, str(out)],
                check=True,
                capture_output=True,
                text=True,
            )
            run = json.loads(proc.stdout)
            if mode not in results or run["seconds"] < results[mode]["seconds"]:
                results[mode] = run
            out.unlink(missing_ok=True)
    raw = results["raw"]
    for mode, r in results.items():
        rate = r["rows"] / r["seconds"]
        print(
            f"{db:<10} {size:>9,} {mode:<10} {r['seconds']:>8.2f} {r['cpu']:>6.2f} {rate:>9,.0f} "
            f"{r['maxrss_kb'] / 1024:>7.0f}MB {raw['seconds'] / r['seconds']:>6.2f}x "
            f"{raw['cpu'] / r['cpu']:>5.2f}x",
            flush=True,
        )


def child(mode: str, url: str, out: str) -> dict[str, Any]:
    """One export in this process: rows written, seconds, and this process's peak RSS."""
    from provenance.db.engine import session_scope
    from provenance.db.schema import open_database

    engine = open_database(url)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        if mode == "provenance":
            from provenance.export.csv import write_csv
            from provenance.export.output import output

            with output(out) as stream, session_scope(engine, write=False) as s:
                rows = write_csv(s, stream)
        else:
            rows = raw_export(engine, mode, out)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        engine.dispose()
    return {"rows": rows, "seconds": seconds, "cpu": cpu, "maxrss_kb": peak_rss_kb()}


def peak_rss_kb() -> int:
    """This process's peak resident set since exec (VmHWM).

    Not ru_maxrss: Linux carries that across fork and exec, so a child would report the
    parent's peak (the parent held the generated rows while filling the database).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def raw_export(engine: Any, mode: str, out: str) -> int:
    """The rows through a bare DB-API cursor and csv.writer: no SQLAlchemy, no checks.

    raw      the library's own statement (compiled to SQL text)
    raw-cte  a hand-written statement aggregating chains and reviews in CTEs
    copy     PostgreSQL: the library's statement through COPY ... TO STDOUT (CSV)
    """
    sqlite = engine.dialect.name == "sqlite"
    if mode == "raw-cte":
        sql = RAW_SQL.format(chains=SQLITE_CHAINS if sqlite else PG_CHAINS)
    else:
        sql = library_sql(engine)
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        if sqlite:
            return write_rows(driver.execute(sql), out)
        with driver.cursor() as cur:
            cur.execute("SET jit = off")  # as the library does
        if mode == "copy":
            with driver.cursor() as cur, open(out, "wb") as f:
                lines = 0
                with cur.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER)") as copy:
                    for block in copy:
                        f.write(block)
                        lines += bytes(block).count(b"\n")
                return lines - 1
        with driver.cursor(name="bench") as cur:  # server-side, like the library's export
            cur.itersize = 2000
            cur.execute(sql)
            return write_rows(cur, out)
    finally:
        raw.close()


def library_sql(engine: Any) -> str:
    from provenance.db.engine import session_scope
    from provenance.export.csv import report_select

    with session_scope(engine, write=False) as s:
        stmt = report_select(s)
    return str(stmt.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))


def write_rows(cursor: Any, out: str) -> int:
    from provenance.export.csv import CLAIM_COLUMNS

    count = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CLAIM_COLUMNS)
        while rows := cursor.fetchmany(2000):
            writer.writerows(rows)
            count += len(rows)
    return count


# --- filling a database --------------------------------------------------------------


def fill(url: str, claims: int) -> None:
    from provenance.db.schema import open_database

    engine = open_database(url)
    try:
        raw = engine.raw_connection()
        try:
            sqlite = engine.dialect.name == "sqlite"
            put = _sqlite_put if sqlite else _pg_put
            driver = raw.driver_connection
            for table, columns, rows in tables(claims):
                put(driver, table, columns, rows)
            driver.commit()
            if not sqlite:
                with driver.cursor() as cur:
                    cur.execute("ANALYZE")
                driver.commit()
        finally:
            raw.close()
    finally:
        engine.dispose()


def tables(claims: int) -> Iterator[tuple[str, tuple[str, ...], Iterator[tuple[Any, ...]]]]:
    articles = -(-claims // CLAIMS_PER_ARTICLE)
    sentences = -(-claims // CLAIMS_PER_SENTENCE)
    per_article = CLAIMS_PER_ARTICLE // CLAIMS_PER_SENTENCE
    yield (
        "article",
        ("id", "title", "publisher", "url", "text", "sha256", "ingested_at"),
        (
            (
                i,
                f"Article {i}: engineers begin demining",
                "Example News",
                f"https://example.org/news/{i}",
                f"Body of article {i}.",
                format(i, "064x"),
                "2026-11-20 09:00:00",
            )
            for i in range(1, articles + 1)
        ),
    )
    yield (
        "source",
        ("id", "name", "kind"),
        (
            (i, f"Source {i} Times", "person" if i % 5 == 0 else "outlet")
            for i in range(1, SOURCES + 1)
        ),
    )
    yield (
        "source_alias",
        ("id", "source_id", "alias"),
        ((i, i, f"source {i} times") for i in range(1, SOURCES + 1)),
    )
    yield (
        "sentence",
        ("id", "article_id", "position", "char_start", "char_end", "text", "kind"),
        (
            (
                i,
                (i - 1) // per_article + 1,
                (i - 1) % per_article,
                0,
                120,
                f"Sentence {i}, which states something attributed to someone.",
                "body",
            )
            for i in range(1, sentences + 1)
        ),
    )
    yield (
        "claim",
        ("id", "article_id", "sentence_id", "char_start", "char_end", "text", "status", "version"),
        (
            (
                i,
                (i - 1) // CLAIMS_PER_ARTICLE + 1,
                (i - 1) // CLAIMS_PER_SENTENCE + 1,
                0,
                90,
                f"North Korean combat engineers have begun clearing mines in sector {i}",
                _status(i),
                1 + _reviews(i),
            )
            for i in range(1, claims + 1)
        ),
    )
    yield (
        "citation",
        ("claim_id", "depth", "source_id", "cue", "stated_date", "mention"),
        (
            (
                i,
                depth,
                (i * 7 + depth * 13) % SOURCES + 1,
                "citing" if depth else "reported",
                None,
                "the outlet",
            )
            for i in range(1, claims + 1)
            for depth in range(i % 4)  # chains of 0, 1, 2 and 3 hops
        ),
    )
    yield (
        "review",
        (
            "id",
            "claim_id",
            "claim_version",
            "reviewer",
            "verdict",
            "note",
            "evidence",
            "created_at",
            "prev_hash",
            "hash",
        ),
        _review_rows(claims),
    )


def _reviews(i: int) -> int:
    return 2 if i % 10 == 0 else 1 if i % 5 == 0 else 0  # a fifth reviewed, some twice


def _status(i: int) -> str:
    return "unreviewed" if not _reviews(i) else "disputed" if i % 10 == 0 else "verified"


def _review_rows(claims: int) -> Iterator[tuple[Any, ...]]:
    n = 0
    for i in range(1, claims + 1):
        for k in range(_reviews(i)):
            n += 1
            verdict = "verified" if k == 0 and i % 10 else "disputed" if k else "verified"
            yield (
                n,
                i,
                k + 2,
                "Ana Reviewer",
                verdict,
                "Checked against the ministry statement",
                '["https://example.org/evidence"]',
                "2026-11-21 14:05:07.000000",
                format(n - 1, "064x") if n > 1 else None,
                format(n, "064x"),
            )


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sqlite_put(conn: Any, table: str, columns: tuple[str, ...], rows: Iterator[Any]) -> None:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    if not conn.in_transaction:
        conn.execute("BEGIN")
    for chunk in _chunks(rows):
        conn.executemany(sql, chunk)


def _pg_put(conn: Any, table: str, columns: tuple[str, ...], rows: Iterator[Any]) -> None:
    with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
        for row in rows:
            cp.write_row(row)
    if "id" in columns:  # rows came with ids: move the sequence past them
        with conn.cursor() as cur:
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )


def pg_schema(base: str) -> AbstractContextManager[str]:
    """A throwaway schema on the benchmark server."""
    from provenance.db.scratch import scratch_schema

    return scratch_schema(base, prefix="bench")


if __name__ == "__main__":
    main()
