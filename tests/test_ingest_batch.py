"""Ingesting many files: known texts skipped before extraction, failures one file at a time,
reports in file order (on PostgreSQL through the pipelined connection)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from provenance.batch import FileOutcome, ingest_files
from provenance.db.engine import session_scope
from provenance.db.models import Article, Citation, Claim, Sentence, Source
from provenance.db.schema import open_database
from provenance.extract import extract
from provenance.extract.types import Extraction
from provenance.names import alias_key
from provenance.reading import expand
from provenance.sources import hop_key
from tests.conftest import postgres_schema, postgres_url, requires_postgres
from tests.ingest_data import extraction, hop

TEXT = (
    "Engineers have begun clearing mines in {place}, The Moscow Times reported, citing "
    "Krasnaya Zvezda.\n\nThe work will take a year, officials said.\n"
)


def place(i: int) -> str:
    return ["Kursk", "Belgorod", "Bryansk", "Sumy", "Orel", "Kharkiv"][i % 6] + f" district {i}"


def folder_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:02d}.txt").write_text(TEXT.format(place=place(i)), encoding="utf-8")
    return folder


def counting(calls: list[str]) -> Callable[[str], Extraction]:
    def run(text: str) -> Extraction:
        calls.append(text)
        return extract(text)

    return run


def run(engine: Engine, folder: Path, fn: Callable[[str], Extraction]) -> list[FileOutcome]:
    outcomes: list[FileOutcome] = []
    ingest_files(list(expand([str(folder)])), engine, extract=fn, report=outcomes.append)
    return outcomes


def table_counts(engine: Engine) -> list[int]:
    with session_scope(engine, write=False) as s:
        return [
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Article, Sentence, Claim, Citation, Source)
        ]


def test_stored_texts_are_skipped_before_extraction(engine: Engine, tmp_path: Path) -> None:
    folder = folder_of(tmp_path, 6)
    calls: list[str] = []
    first = run(engine, folder, counting(calls))
    assert len(calls) == 6
    before = table_counts(engine)
    (folder / "06.txt").write_text(TEXT.format(place=place(6)), encoding="utf-8")

    calls.clear()
    again = run(engine, folder, counting(calls))

    assert calls == [TEXT.format(place=place(6))]  # only the new file was extracted
    assert [o.result.new for o in again if o.result] == [False] * 6 + [True]
    assert [o.result.article_id for o in again[:6] if o.result] == [
        o.result.article_id for o in first if o.result
    ]
    assert table_counts(engine)[0] == before[0] + 1


def test_a_refused_article_fails_alone_and_reports_stay_in_order(
    engine: Engine, tmp_path: Path
) -> None:
    folder = folder_of(tmp_path, 8)
    (folder / "03b.txt").write_bytes(b"\x00\x01binary")
    bad = TEXT.format(place=place(4))

    def breaking(text: str) -> Extraction:
        found = extract(text)
        if text != bad:
            return found
        # A sentence kind the schema refuses: the database fails midway through the article.
        sidebar = replace(found.sentences[-1], kind="sidebar")
        return replace(found, sentences=(*found.sentences[:-1], sidebar))

    outcomes = run(engine, folder, breaking)

    assert [Path(o.origin).name for o in outcomes] == [
        "00.txt", "01.txt", "02.txt", "03.txt", "03b.txt", "04.txt", "05.txt", "06.txt",
        "07.txt",
    ]  # fmt: skip
    failed = {Path(o.origin).name: o.error for o in outcomes if o.error}
    assert set(failed) == {"03b.txt", "04.txt"}
    assert "database refused the article" in str(failed["04.txt"])
    assert "constraint" in str(failed["04.txt"])
    with session_scope(engine, write=False) as s:
        texts = set(s.scalars(select(Article.text)))
        assert bad not in texts
        assert len(texts) == 7
    # Every stored article is whole: sentences and claims, each claim with its chain.
    assert table_counts(engine)[:4] == [7, 7 * 2, 7 * 2, 7 * 3]


@pytest.mark.postgres
def test_a_lost_connection_fails_what_was_in_flight_and_the_rest_goes_on(
    engine: Engine, tmp_path: Path
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("the pipelined connection is PostgreSQL's")
    folder = folder_of(tmp_path, 30)
    killer = TEXT.format(place=place(5))

    def cutting(article: str) -> Extraction:
        if article == killer:  # the server drops the connection the articles go down
            with engine.connect() as conn:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                        "WHERE pid <> pg_backend_pid() AND query LIKE '%provenance_store%'"
                    )
                )
        return extract(article)

    outcomes = run(engine, folder, cutting)

    assert [Path(o.origin).name for o in outcomes] == [f"{i:02d}.txt" for i in range(30)]
    failed = [i for i, o in enumerate(outcomes) if o.error]
    assert failed, "terminating the connection failed nothing"
    assert failed == list(range(failed[0], failed[-1] + 1))  # those in flight, and only those
    assert failed[-1] < 29  # a new connection took over
    assert all("database refused the article" in str(outcomes[i].error) for i in failed)
    # Whatever the failed ones left (a commit may have happened unconfirmed), a re-run
    # completes the folder with every article once and whole.
    again = run(engine, folder, extract)
    assert all(o.error is None for o in again)
    assert table_counts(engine)[:4] == [30, 30 * 2, 30 * 2, 30 * 3]


@pytest.mark.parametrize(
    "name", ["officials", "The people", "", "  odd   spacing. ", "Ünïcode “quoted”", "the"]
)
def test_article_scoped_keys_are_the_name_with_the_article_id(name: str) -> None:
    for article_id in (1, 7, 12345):
        expected = alias_key(f"{name or 'unnamed source'}, article {article_id}")
        assert hop_key(hop(name, kind="unnamed"), article_id) == expected


NAMES = [
    ("Reuters", "outlet", None, ()),
    ("The Moscow Times", "outlet", None, ()),
    ("Moscow Times", "outlet", "an independent outlet", ()),
    ("TASS", "agency", "the Russian state news agency", ()),
    ("Britain's domestic intelligence agency", "agency", None, ("MI5",)),
    ("MI5", "agency", "the Security Service", ()),
    ("Joint Council", "organisation", None, ("ICES", "MI5")),
    ("ICES", "organisation", None, ()),
    ("officials", "unnamed", None, ()),
    ("people familiar with the matter", "unnamed", "two officials", ()),
    ("Dmitry Peskov", "person", "the Kremlin spokesman", ("Peskov",)),
    ("Peskov", "person", None, ()),
]


def varied(count: int) -> dict[str, Extraction]:
    """Articles whose chains use every path of source resolution, in random orders."""
    import random

    rng = random.Random(5)
    out = {}
    for i in range(count):
        lines, claims = [], []
        for j in range(rng.randint(1, 4)):
            chain = []
            for _ in range(rng.randint(0, 3)):
                name, kind, description, aliases = rng.choice(NAMES)
                chain.append(
                    hop(
                        name,
                        kind=kind,
                        cue=rng.choice(["said", "reported", None]),
                        description=description,
                        aliases=aliases,
                        date=rng.choice([None, "May 3"]),
                        mention=rng.choice([None, name.lower()]),
                    )
                )
            lines.append(f"Fact {i}-{j} was stated.")
            claims.append((f"Fact {i}-{j}", chain))
        text = "\n".join(lines) + "\n"
        out[text] = extraction(text, claims)
    return out


def content(engine: Engine) -> tuple[object, ...]:
    """What ingest stored, without ids: sources with their aliases, claims with chains."""
    with engine.connect() as conn:
        sources = {
            sid: (name, kind, description)
            for sid, name, kind, description in conn.execute(
                text("SELECT id, name, kind, description FROM source")
            )
        }
        aliases = sorted(
            (sources[sid], alias.split(", article ")[0])
            for sid, alias in conn.execute(text("SELECT source_id, alias FROM source_alias"))
        )
        chains = sorted(
            (article, claim, depth, sources[sid], cue, date, mention)
            for article, claim, depth, sid, cue, date, mention in conn.execute(
                text(
                    "SELECT a.sha256, c.text, t.depth, t.source_id, t.cue, t.stated_date, "
                    "t.mention FROM citation t JOIN claim c ON c.id = t.claim_id "
                    "JOIN article a ON a.id = c.article_id"
                )
            )
        )
        counts = [
            conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("article", "sentence", "claim", "citation", "source", "source_alias")
        ]
    return sorted(sources.values(), key=repr), aliases, chains, counts


@pytest.mark.postgres
@requires_postgres
def test_postgresql_stores_what_sqlite_stores(tmp_path: Path) -> None:
    """The server-side function and the statements on SQLite resolve sources alike."""
    articles = varied(60)
    folder = tmp_path / "varied"
    folder.mkdir()
    for i, body in enumerate(articles):
        (folder / f"{i:03d}.txt").write_text(body, encoding="utf-8")
    items = list(expand([str(folder)]))
    base = postgres_url()
    assert base is not None
    stored = []
    with postgres_schema(base) as pg_url:
        for url in (f"sqlite:///{tmp_path / 'same.db'}", pg_url):
            engine = open_database(url)
            try:
                summary = ingest_files(items, engine, extract=articles.__getitem__)
                assert summary.failed == 0, summary.failures
                stored.append(content(engine))
            finally:
                engine.dispose()
    assert stored[0] == stored[1]
