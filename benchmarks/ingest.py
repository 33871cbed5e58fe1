"""Ingest and query speed: prints figures, asserts nothing (speed is not a unit test).

    python benchmarks/ingest.py                       # quick: well under a minute
    python benchmarks/ingest.py --articles 2000 --claims 1000000   # the issue's sizes
    python benchmarks/ingest.py --articles 1000 --no-queries --runs 3 --serial-pg  # ingest

1. A deterministic corpus of generated articles (a shared pool of sources, every
   attribution pattern the extractor knows) is extracted alone, then ingested through the
   library exactly as `provenance ingest` does (one transaction per article) into SQLite and
   PostgreSQL, inline and with extraction workers (`--serial-pg`: PostgreSQL also waiting
   for each commit). The same rows written by raw sqlite3.executemany in one transaction
   (and by COPY on PostgreSQL) are the physical limit. Target: ingest takes at most twice
   (extraction alone + raw insert). CPU seconds are printed too, steadier on a shared
   machine; on PostgreSQL they add the server's backends when the server runs on this
   machine (read from /proc), and count how often the client waited for the server.
2. `claims --source` through the library at --claims claims (rows generated directly with
   raw bulk inserts, not through extraction), p50/p95 against the same query in raw SQL.
   Target: within 2x of raw SQL and under 50 ms.
3. Start-up of `provenance --help` and of `provenance claims --source X --format json` on a
   small database, against `python -c "import typer"`. Target: --help within 2x.

PostgreSQL runs when --pg-url, $PROVENANCE_BENCH_PG_URL or $PROVENANCE_TEST_DATABASE_URL
names a server (each run uses a fresh schema, dropped afterwards).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from provenance.extract import extract
from provenance.extract.types import Extraction

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the generated corpus

OUTLETS = [
    "The Moscow Times", "Reuters", "Kyiv Independent", "The Guardian", "Associated Press",
    "Bloomberg", "Le Monde", "Der Spiegel", "Meduza", "Novaya Gazeta", "Yonhap", "NK News",
    "The Washington Post", "The New York Times", "Financial Times", "Al Jazeera", "Interfax",
    "Kommersant", "Politico", "The Wall Street Journal", "RBC", "Ukrainska Pravda",
]  # fmt: skip
ORIGINS = [
    ("Krasnaya Zvezda", "the newspaper of Russia's Defense Ministry"),
    ("TASS", "the Russian state news agency"),
    ("RIA Novosti", "a state-owned news agency"),
    ("Rossiyskaya Gazeta", "the government's official newspaper"),
    ("Izvestia", "a pro-Kremlin daily"),
    ("KCNA", "North Korea's state news agency"),
]
PEOPLE = [
    ("Security Council Secretary", "Sergei Shoigu"), ("Defense Minister", "Andrei Belousov"),
    ("Foreign Minister", "Sergei Lavrov"), ("Kremlin spokesman", "Dmitry Peskov"),
    ("Governor", "Alexei Smirnov"), ("President", "Volodymyr Zelensky"),
    ("General", "Oleksandr Syrskyi"), ("analyst", "Michael Kofman"),
]  # fmt: skip
AGENCIES = ["South Korean intelligence", "the Pentagon", "Ukraine's General Staff",
            "the Institute for the Study of War", "British military intelligence"]  # fmt: skip
FACTS = [
    "engineers have begun clearing mines near {place}",
    "about {n},000 troops were moved into {place} in {month}",
    "the bridge near {place} was damaged by a drone strike",
    "{n} villages around {place} were evacuated",
    "demining {place} will take more than a year",
    "a new brigade was formed in {place} in {month}",
    "fuel supplies to {place} fell by {n} percent",
    "reconstruction of {place} has cost {n} billion roubles",
]  # fmt: skip
PLACES = ["Kursk", "Belgorod", "Bryansk", "Kharkiv", "Zaporizhzhia", "Donetsk", "Sumy", "Orel"]
MONTHS = ["January", "March", "June", "September", "November"]


def _fact(rng: random.Random) -> str:
    return rng.choice(FACTS).format(
        place=rng.choice(PLACES), n=rng.randint(2, 90), month=rng.choice(MONTHS)
    )


def _sentence(rng: random.Random) -> str:
    fact = _fact(rng)
    outlet = rng.choice(OUTLETS)
    origin, desc = rng.choice(ORIGINS)
    role, person = rng.choice(PEOPLE)
    agency = rng.choice(AGENCIES)
    day = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    patterns = [
        f"{fact[0].upper() + fact[1:]}, {outlet} reported on {day}, citing {origin}, {desc}.",
        f"According to {outlet}, {fact}.",
        f"{role} {person} said {fact}.",
        f"{outlet} reported that {fact}, citing {origin}.",
        f"{agency[0].upper() + agency[1:]} has estimated that {fact}.",
        f"Earlier, it was reported that {fact}.",
        f'"{fact[0].upper() + fact[1:]}," {person} told reporters.',
        f"{fact[0].upper() + fact[1:]}, according to officials who spoke to {outlet}.",
        f"{fact[0].upper() + fact[1:]}.",
        f"Sources familiar with the matter said {fact}.",
    ]
    return rng.choice(patterns)


def corpus(count: int, seed: int = 7) -> list[str]:
    """``count`` article texts, the same for the same seed."""
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        headline = _fact(rng)
        paragraphs = [f"{headline[0].upper() + headline[1:]} (report {i})"]
        for _ in range(rng.randint(5, 9)):
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))))
        texts.append("\n\n".join(paragraphs) + "\n")
    return texts


# ---------------------------------------------------------------- helpers


def pg_base_url(arg: str | None) -> str | None:
    url = arg or os.environ.get("PROVENANCE_BENCH_PG_URL")
    url = url or os.environ.get("PROVENANCE_TEST_DATABASE_URL")
    if not url:
        return None
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def pg_schema(base: str) -> AbstractContextManager[str]:
    """A throwaway schema on the benchmark server."""
    from provenance.db.scratch import scratch_schema

    return scratch_schema(base, prefix="bench")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def rows_of(extractions: list[Extraction]) -> int:
    """Rows an ingest writes: article, sentences, claims, citations (sources aside)."""
    return sum(
        1 + len(e.sentences) + len(e.claims) + sum(len(c.chain) for c in e.claims)
        for e in extractions
    )


# ---------------------------------------------------------------- 1. ingest


@dataclass
class IngestFigures:
    seconds: float
    articles: int
    rows: int
    cpu: float  # this process's CPU seconds: steadier than wall time on a shared machine
    server_cpu: float | None = None  # PostgreSQL backends' CPU seconds (a local server)
    waits: int = 0  # times this process waited for the server (PostgreSQL)


class _CountingSelect:
    """provenance.bulk's ``select`` module, counting the waits for the server."""

    def __init__(self) -> None:
        import select as real

        self._real = real
        self.calls = 0

    def select(self, *args: object) -> object:
        self.calls += 1
        return self._real.select(*args)  # type: ignore[arg-type]


def backend_cpu(pids: list[int]) -> float | None:
    """CPU seconds of these PostgreSQL backends, if the server runs on this machine."""
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def ingest_library(
    url: str, texts: list[str], folder: Path, workers: int, *, pipeline: bool = True
) -> IngestFigures:
    """As `provenance ingest FOLDER` does it: read, extract (in ``workers`` processes) and
    store each article in a transaction of its own."""
    from sqlalchemy import event, func, select

    import provenance.bulk
    from provenance.batch import ingest_files
    from provenance.db.engine import session_scope
    from provenance.db.models import Source, SourceAlias
    from provenance.db.schema import open_database
    from provenance.reading import expand

    engine = open_database(url)
    pids: list[int] = []
    if engine.dialect.name == "postgresql":
        engine.dispose()  # every connection from here on is a backend to account for

        def note_backend(dbapi_connection: Any, _record: object) -> None:
            pids.append(dbapi_connection.info.backend_pid)

        event.listen(engine, "connect", note_backend)
    counter = _CountingSelect()
    real_select = provenance.bulk.select
    provenance.bulk.select = counter  # type: ignore[assignment]
    try:
        items = list(expand([str(folder)]))
        start, cpu = time.perf_counter(), time.process_time()
        summary = ingest_files(items, engine, workers=workers, pipeline=pipeline)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        server = backend_cpu(pids) if pids else None
        assert summary.new == len(texts), summary.failures[:3]
        with session_scope(engine, write=False) as s:
            rows = summary.new + summary.sentences + summary.claims + summary.citations
            rows += s.scalar(select(func.count()).select_from(Source)) or 0
            rows += s.scalar(select(func.count()).select_from(SourceAlias)) or 0
    finally:
        provenance.bulk.select = real_select
        engine.dispose()
    return IngestFigures(seconds, len(texts), rows, cpu, server, counter.calls)


def best(runs: list[IngestFigures]) -> IngestFigures:
    """The fastest run's figures, with the least CPU any run took (runs vary with load)."""
    fastest = min(runs, key=lambda r: r.seconds)
    servers = [r.server_cpu for r in runs if r.server_cpu is not None]
    return IngestFigures(
        fastest.seconds,
        fastest.articles,
        fastest.rows,
        min(r.cpu for r in runs),
        min(servers) if servers else None,
        fastest.waits,
    )


def write_corpus(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def table_rows(extractions: list[Extraction]) -> dict[str, list[tuple[object, ...]]]:
    """The rows ingest would write, with ids assigned here (for the raw-insert limit)."""
    from provenance.names import alias_key
    from provenance.reading import text_sha256

    out: dict[str, list[tuple[object, ...]]] = {
        k: [] for k in ("article", "sentence", "claim", "citation", "source", "source_alias")
    }
    sources: dict[str, int] = {}
    sentence_id = claim_id = citation_id = 0
    for article_id, e in enumerate(extractions, 1):
        out["article"].append((article_id, e.title, e.text, text_sha256(e.text)))
        by_index = {}
        for s in e.sentences:
            sentence_id += 1
            by_index[s.index] = sentence_id
            out["sentence"].append(
                (sentence_id, article_id, s.index, s.start, s.end, s.text, s.kind)
            )
        for c in e.claims:
            claim_id += 1
            out["claim"].append(
                (claim_id, article_id, by_index[c.sentence_index], c.start, c.end, c.text)
            )
            for depth, hop in enumerate(c.chain):
                key = alias_key(hop.name)
                if hop.kind == "unnamed":
                    key = f"{key}, article {article_id}"
                if key not in sources:
                    sources[key] = len(sources) + 1
                    out["source"].append((sources[key], hop.name, hop.kind, hop.description))
                    out["source_alias"].append((sources[key], sources[key], key))
                citation_id += 1
                out["citation"].append(
                    (citation_id, claim_id, depth, sources[key], hop.cue, hop.date, hop.mention)
                )
    return out


INSERTS = {
    "article": "INSERT INTO article (id, title, text, sha256) VALUES (?, ?, ?, ?)",
    "source": "INSERT INTO source (id, name, kind, description) VALUES (?, ?, ?, ?)",
    "source_alias": "INSERT INTO source_alias (id, source_id, alias) VALUES (?, ?, ?)",
    "sentence": "INSERT INTO sentence (id, article_id, position, char_start, char_end, text, "
    "kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "claim": "INSERT INTO claim (id, article_id, sentence_id, char_start, char_end, text, "
    "status, version) VALUES (?, ?, ?, ?, ?, ?, 'unreviewed', 1)",
    "citation": "INSERT INTO citation (id, claim_id, depth, source_id, cue, stated_date, "
    "mention) VALUES (?, ?, ?, ?, ?, ?, ?)",
}
COLUMNS = {
    "article": "id, title, text, sha256",
    "source": "id, name, kind, description",
    "source_alias": "id, source_id, alias",
    "sentence": "id, article_id, position, char_start, char_end, text, kind",
    "claim": "id, article_id, sentence_id, char_start, char_end, text, status, version",
    "citation": "id, claim_id, depth, source_id, cue, stated_date, mention",
}


def fresh_sqlite(path: Path) -> None:
    from provenance.db.schema import open_database

    open_database(f"sqlite:///{path}").dispose()


def raw_sqlite_insert(path: Path, rows: dict[str, list[tuple[object, ...]]]) -> float:
    """All rows by sqlite3.executemany in one transaction, same pragmas as provenance."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        start = time.perf_counter()
        conn.execute("BEGIN")
        for table, sql in INSERTS.items():
            conn.executemany(sql, rows[table])
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


@dataclass
class RawFigures:
    seconds: float
    cpu: float  # client and (PostgreSQL, when local) server CPU seconds


def pg_copy(url: str, rows: dict[str, list[tuple[object, ...]]]) -> RawFigures:
    """All rows by COPY in one transaction (PostgreSQL's physical limit)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            pid = raw.info.backend_pid
            server = backend_cpu([pid])
            start, cpu = time.perf_counter(), time.process_time()
            with raw.cursor() as cur:
                for table in INSERTS:
                    columns = COLUMNS[table]
                    with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for row in rows[table]:
                            if table == "claim":
                                row = (*row, "unreviewed", 1)
                            copy.write_row(row)
            raw.commit()
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            after = backend_cpu([pid])
            if server is not None and after is not None:
                cpu += after - server
            return RawFigures(seconds, cpu)
    finally:
        engine.dispose()


def bench_ingest(args: argparse.Namespace, pg: str | None) -> None:
    texts = corpus(args.articles)
    n = len(texts)
    walls, cpus = [], []
    extractions: list[Extraction] = []
    for _ in range(args.runs):
        start, cpu = time.perf_counter(), time.process_time()
        extractions = [extract(t) for t in texts]
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    t_extract, cpu_extract = min(walls), min(cpus)
    rows = table_rows(extractions)
    total_rows = sum(len(v) for v in rows.values())
    claims = len(rows["claim"])
    print(f"\n== ingest: {n} generated articles, {claims} claims, {total_rows} rows ==")
    print(
        f"extraction alone (one process): {n / t_extract:.0f} articles/s ({t_extract:.2f} s, "
        f"{cpu_extract:.2f} s CPU){'; best of ' + str(args.runs) if args.runs > 1 else ''}"
    )
    workers = max(1, min((os.cpu_count() or 1) - 1, 4))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(texts, folder)

        def sqlite_run(w: int, i: int) -> IngestFigures:
            return ingest_library(f"sqlite:///{Path(tmp) / f'lib{w}-{i}.db'}", texts, folder, w)

        raws = []
        for i in range(args.runs):
            fresh_sqlite(Path(tmp) / f"raw{i}.db")
            raws.append(raw_sqlite_insert(Path(tmp) / f"raw{i}.db", rows))
        t_raw = min(raws)
        print(f"SQLite raw sqlite3.executemany: {total_rows / t_raw:,.0f} rows/s ({t_raw:.2f} s)")
        for w in (0, workers):
            lib = best([sqlite_run(w, i) for i in range(args.runs)])
            _report(f"SQLite, {w} extraction workers", lib)
            _limit(lib, t_extract, t_raw)
            if w == 0:
                print(
                    f"  CPU seconds: ingest {lib.cpu:.2f}, extraction {cpu_extract:.2f} + raw "
                    f"{t_raw:.2f}: ratio {lib.cpu / (cpu_extract + t_raw):.2f}"
                )
        if pg is None:
            print("PostgreSQL: skipped (set PROVENANCE_BENCH_PG_URL or --pg-url)")
            return
        from provenance.db.schema import open_database

        copies = []
        for _ in range(args.runs):
            with pg_schema(pg) as url:
                open_database(url).dispose()
                copies.append(pg_copy(url, rows))
        copy = RawFigures(min(c.seconds for c in copies), min(c.cpu for c in copies))
        print(
            f"PostgreSQL COPY: {total_rows / copy.seconds:,.0f} rows/s ({copy.seconds:.2f} s, "
            f"{copy.cpu:.2f} s CPU of client and server)"
        )
        configs = [
            (0, True, "0 extraction workers"),
            (workers, True, f"{workers} extraction workers"),
        ]
        if args.serial_pg:
            # not how `provenance ingest` runs: shows what pipelining saves
            configs.append((0, False, "0 workers, commit by commit (comparison)"))
        for w, pipeline, label in configs:
            runs = []
            for _ in range(args.runs):
                with pg_schema(pg) as url:
                    runs.append(ingest_library(url, texts, folder, w, pipeline=pipeline))
            lib = best(runs)
            _report(f"PostgreSQL, {label}", lib)
            waited = f"{lib.waits / n:.2f} times" if pipeline else "once (its commit)"
            print(
                f"  1 statement per article; the client waited for the server {waited} per article"
            )
            _limit(lib, t_extract, copy.seconds, target=pipeline)
            if w == 0 and lib.server_cpu is not None:
                total = lib.cpu + lib.server_cpu
                print(
                    f"  CPU seconds: ingest {lib.cpu:.2f} + server {lib.server_cpu:.2f}, "
                    f"extraction {cpu_extract:.2f} + COPY {copy.cpu:.2f}: ratio "
                    f"{total / (cpu_extract + copy.cpu):.2f}"
                )


def _report(label: str, lib: IngestFigures) -> None:
    print(
        f"ingest into {label:<44} {lib.articles / lib.seconds:6.0f} articles/s "
        f"{lib.rows / lib.seconds:8.0f} rows/s  ({lib.seconds:.2f} s, reading and extraction "
        "included)"
    )


def _limit(lib: IngestFigures, t_extract: float, t_raw: float, target: bool = True) -> None:
    ratio = lib.seconds / (t_extract + t_raw)
    verdict = f"target <= 2: {'met' if ratio <= 2 else 'MISSED'}" if target else "no target"
    print(f"  ingest / (extraction + raw insert) = {ratio:.2f} ({verdict})")


# ---------------------------------------------------------------- 2. claims --source


def synthetic_rows(claims: int, seed: int = 11) -> dict[str, list[tuple[object, ...]]]:
    """``claims`` claims over articles of 20, chains of 0-3 hops over a shared source pool
    (Zipf-like: a few sources are cited very often, most rarely)."""
    rng = random.Random(seed)
    pool = max(200, claims // 200)
    out: dict[str, list[tuple[object, ...]]] = {k: [] for k in INSERTS}
    for sid in range(1, pool + 1):
        name = f"Source {sid:07d}"
        out["source"].append((sid, name, "outlet", None))
        out["source_alias"].append((sid, sid, name.lower()))
    weights = [1 / (rank**0.8) for rank in range(1, pool + 1)]
    per_article = 20
    text = "x" * 200
    citation_id = 0
    chains = rng.choices([0, 1, 1, 2, 2, 3], k=claims)
    picks = iter(rng.choices(range(1, pool + 1), weights=weights, k=sum(chains)))
    for cid in range(1, claims + 1):
        aid = (cid - 1) // per_article + 1
        if (cid - 1) % per_article == 0:
            out["article"].append((aid, f"article {aid}", text, f"{aid:064x}"))
        out["sentence"].append((cid, aid, (cid - 1) % per_article, 0, 100, text[:100], "body"))
        out["claim"].append((cid, aid, cid, 10, 60, f"claim {cid}"))
        for depth in range(chains[cid - 1]):
            citation_id += 1
            out["citation"].append((citation_id, cid, depth, next(picks), "reported", None, None))
    return out


def bench_queries(args: argparse.Namespace, pg: str | None) -> None:
    print(f"\n== claims --source at {args.claims:,} claims ==")
    t0 = time.perf_counter()
    rows = synthetic_rows(args.claims)
    print(
        f"generated {sum(len(v) for v in rows.values()):,} rows in {time.perf_counter() - t0:.1f} s"
    )
    pool = len(rows["source"])
    rng = random.Random(3)
    # Sources people look up: any of the pool (most are cited a few hundred times), and
    # separately the five most cited of all (a large share of every claim).
    groups = {
        "50 sources drawn from the pool": [
            f"Source {sid:07d}" for sid in rng.sample(range(1, pool + 1), 50)
        ],
        "the 5 most cited sources": [f"Source {sid:07d}" for sid in range(1, 6)],
    }
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        path = Path(tmp) / "big.db"
        fresh_sqlite(path)
        t = raw_sqlite_insert(path, rows)
        print(f"SQLite: bulk-loaded in {t:.1f} s")
        pg_url = None
        if pg is not None:
            from provenance.db.schema import open_database

            pg_url = stack.enter_context(pg_schema(pg))
            open_database(pg_url).dispose()
            t = pg_copy(pg_url, rows).seconds
            print(f"PostgreSQL: COPY-loaded in {t:.1f} s")
            _analyze(pg_url)
        # Millions of generated tuples alive would make the garbage collector's full passes
        # land on random queries; a CLI process holds none of them. Freezing what is left
        # (modules, engines) leaves the collector only what the queries themselves create.
        del rows
        gc.collect()
        gc.freeze()
        for what, names in groups.items():
            _query_figures(
                f"SQLite, {what}", f"sqlite:///{path}", names, args.repeats, _sqlite_raw(path)
            )
        if pg_url is not None:
            for what, names in groups.items():
                _query_figures(f"PostgreSQL, {what}", pg_url, names, args.repeats, _pg_raw(pg_url))
        else:
            print("PostgreSQL: skipped (no server URL)")
    _startup(args)


RAW_SQL = (
    "SELECT claim.id, claim.article_id, claim.sentence_id, claim.char_start, claim.char_end, "
    "claim.text, claim.status, claim.version FROM claim WHERE claim.id IN "
    "(SELECT citation.claim_id FROM citation WHERE citation.source_id IN ({ids})) "
    "ORDER BY claim.id"
)
ALIAS_SQL = "SELECT DISTINCT source_id FROM source_alias WHERE alias = {p}"


def _sqlite_raw(path: Path) -> Callable[[str], int]:
    conn = sqlite3.connect(path)

    def run(name: str) -> int:
        ids = [r[0] for r in conn.execute(ALIAS_SQL.format(p="?"), (name.lower(),))]
        sql = RAW_SQL.format(ids=", ".join("?" * len(ids)))
        return len(conn.execute(sql, ids).fetchall())

    return run


def _pg_raw(url: str) -> Callable[[str], int]:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conn = psycopg.connect(
        host=u.host,
        port=u.port,
        user=u.username,
        dbname=u.database,
        **u.query,  # type: ignore[arg-type]
    )

    def run(name: str) -> int:
        with conn.cursor() as cur:
            cur.execute(ALIAS_SQL.format(p="%s"), (name.lower(),))
            ids = [r[0] for r in cur.fetchall()]
            cur.execute(RAW_SQL.format(ids=", ".join(["%s"] * len(ids))), ids)
            return len(cur.fetchall())

    return run


def _analyze(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def _query_figures(
    label: str, url: str, names: list[str], repeats: int, raw: Callable[[str], int]
) -> None:
    from provenance.db.engine import session_scope
    from provenance.db.schema import open_database
    from provenance.queries import ClaimFilter, claim_rows, claim_select, iter_claims

    engine = open_database(url)
    lib_times: list[float] = []
    orm_times: list[float] = []
    chain_times: list[float] = []
    raw_times: list[float] = []
    sizes: list[int] = []
    try:
        with session_scope(engine, write=False) as s:
            for name in names[:3]:  # warm caches and SQLAlchemy's statement cache
                claim_rows(s, ClaimFilter(source=name))
                raw(name)
            for _ in range(repeats):
                for name in names:
                    start = time.perf_counter()
                    found = claim_rows(s, ClaimFilter(source=name))
                    lib_times.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    s.scalars(claim_select(s, ClaimFilter(source=name))).all()
                    orm_times.append(time.perf_counter() - start)
                    s.expunge_all()
                    start = time.perf_counter()
                    sizes.append(raw(name))
                    raw_times.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    for _claim in iter_claims(s, ClaimFilter(source=name)):
                        pass
                    chain_times.append(time.perf_counter() - start)
                    s.expunge_all()
                    assert len(found) == sizes[-1]
    finally:
        engine.dispose()
    ms = 1000
    print(
        f"{label} x {repeats}; claims per source: median "
        f"{statistics.median(sizes):.0f}, max {max(sizes)}"
    )
    for what, times in (
        ("library claim_rows", lib_times),
        ("raw SQL", raw_times),
        ("library claim_select (ORM objects)", orm_times),
        ("library with chains (JSON path)", chain_times),
    ):
        print(
            f"  {what:<32} p50 {pct(times, 0.5) * ms:7.2f} ms   p95 {pct(times, 0.95) * ms:7.2f} ms"
        )
    ratio = pct(lib_times, 0.5) / pct(raw_times, 0.5)
    ok = ratio <= 2 and pct(lib_times, 0.95) * ms < 50
    print(f"  library/raw p50 ratio {ratio:.2f} (target <= 2 and p95 < 50 ms: "
          f"{'met' if ok else 'MISSED'})")  # fmt: skip


# ---------------------------------------------------------------- 3. start-up


def _startup(args: argparse.Namespace) -> None:
    exe = Path(sys.executable).parent / "provenance"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "provenance"]
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'small.db'}"
        subprocess.run(
            [*cmd, "--db", db, "ingest", str(ROOT / "seeds" / "kursk-demining.txt")],
            check=True,
            capture_output=True,
        )
        runs = {
            'python -c "import typer"': [sys.executable, "-c", "import typer"],
            "provenance --help": [*cmd, "--help"],
            "provenance claims --source X": [
                *cmd,
                "--db",
                db,
                "claims",
                "--source",
                "The Moscow Times",
                "--format",
                "json",
            ],
        }
        figures = {}
        for label, argv in runs.items():
            times = []
            for _ in range(args.startup_runs):
                start = time.perf_counter()
                subprocess.run(argv, check=True, capture_output=True)
                times.append(time.perf_counter() - start)
            figures[label] = statistics.median(times)
    print(f"\n== start-up (median of {args.startup_runs}) ==")
    base = figures['python -c "import typer"']
    for label, seconds in figures.items():
        print(f"{label:<30} {seconds * 1000:7.0f} ms  ({seconds / base:.2f}x import typer)")
    ok = figures["provenance --help"] <= 2 * base
    print(f"--help within 2x of import typer: {'met' if ok else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150, help="generated articles to ingest")
    parser.add_argument("--claims", type=int, default=100_000, help="claims for the query part")
    parser.add_argument("--repeats", type=int, default=3, help="query repetitions per source")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--pg-url", help="PostgreSQL server (default from the environment)")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--no-queries", action="store_true", help="ingest figures only")
    parser.add_argument(
        "--runs", type=int, default=1, help="ingest runs per configuration; the best counts"
    )
    parser.add_argument(
        "--serial-pg",
        action="store_true",
        help="also PostgreSQL waiting for each article's commit (no pipelining)",
    )
    args = parser.parse_args()
    pg = None if args.no_pg else pg_base_url(args.pg_url)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    bench_ingest(args, pg)
    if not args.no_queries:
        bench_queries(args, pg)


if __name__ == "__main__":
    main()
