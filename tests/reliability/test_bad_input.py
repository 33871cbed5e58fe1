"""Bad input, command by command: one clear line on stderr, a documented exit code, no
traceback, and the database exactly as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from typer.testing import CliRunner, Result

from provenance.cli import app
from provenance.db.models import Base
from provenance.db.schema import open_database
from tests.conftest import SEED

INVALID, NOT_FOUND, CONFLICT, DATABASE = 2, 3, 4, 5

runner = CliRunner()


def _write_files(tmp: Path) -> None:
    (tmp / "empty.txt").write_text("")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp / "garbled.txt").write_bytes(b"caf\xe9 \xff\xfe\x00\x81\x9d broken \xc3\x28 bytes")
    (tmp / "noarticle.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (tmp / "huge.txt").write_text("word " * (10 * 1024 * 1024))  # one 50 MB line
    (tmp / "not-a-db.db").write_text("plain text, not SQLite\n" * 50)
    (tmp / "dangling.txt").symlink_to(tmp / "nowhere.txt")
    (tmp / "folder").mkdir()
    (tmp / "folder" / "dangling.md").symlink_to(tmp / "nowhere.md")


# (id, arguments, exit code, what stderr must say). {tmp} is the test's folder.
CASES: list[tuple[str, list[str], int, str]] = [
    ("ingest-empty-file", ["ingest", "{tmp}/empty.txt"], INVALID, "empty"),
    ("ingest-binary-file", ["ingest", "{tmp}/binary.txt"], INVALID, "binary.txt"),
    ("ingest-not-utf8", ["ingest", "{tmp}/garbled.txt"], INVALID, "garbled.txt"),
    ("ingest-html-without-article", ["ingest", "{tmp}/noarticle.html"], INVALID, "noarticle"),
    ("ingest-50mb-line", ["ingest", "{tmp}/huge.txt"], INVALID, "huge.txt"),
    ("ingest-missing-path", ["ingest", "{tmp}/missing.txt"], INVALID, "missing.txt"),
    ("ingest-dangling-link", ["ingest", "{tmp}/dangling.txt"], INVALID, "dangling.txt"),
    ("ingest-folder-unreadable", ["ingest", "{tmp}/folder"], INVALID, "dangling.md"),
    ("ingest-bad-date", ["ingest", str(SEED), "--date", "14/11/2025"], INVALID, "date"),
    ("ingest-bad-url", ["ingest", str(SEED), "--url", "not a url"], INVALID, "url"),
    ("ingest-empty-stdin", ["ingest", "-"], INVALID, "empty"),
    ("claims-unknown-source", ["claims", "--source", "Nobody Herald"], NOT_FOUND, "Nobody"),
    ("claims-unknown-status", ["claims", "--status", "maybe"], INVALID, "maybe"),
    ("claims-unknown-article", ["claims", "--article", "999"], NOT_FOUND, "999"),
    ("claims-bad-format", ["claims", "--format", "xml"], INVALID, "xml"),
    ("show-unknown-claim", ["show", "999"], NOT_FOUND, "999"),
    ("show-not-a-number", ["show", "abc"], INVALID, "abc"),
    ("mark-unknown-claim", ["mark", "999", "verified", "-r", "ana"], NOT_FOUND, "999"),
    ("mark-wrong-verdict", ["mark", "1", "maybe", "-r", "ana"], INVALID, "maybe"),
    ("mark-empty-reviewer", ["mark", "1", "verified", "--reviewer", ""], INVALID, "reviewer"),
    (
        "mark-malformed-url",
        ["mark", "1", "disputed", "-r", "ana", "--evidence", "htp:/x"],
        INVALID,
        "htp:/x",
    ),
    (
        "mark-stale-version",
        ["mark", "1", "verified", "-r", "ana", "--expect-version", "7"],
        CONFLICT,
        "version",
    ),
    ("history-unknown-claim", ["history", "999"], NOT_FOUND, "999"),
    ("export-huge-article-id", ["export", "csv", "--article", str(2**63)], NOT_FOUND, "article"),
    ("review-unknown-article", ["review", "--article", "999"], NOT_FOUND, "article"),
    (
        "export-unwritable-out",
        ["export", "csv", "--out", "{tmp}/no/such/dir/x.csv"],
        INVALID,
        "no/such",
    ),
    ("export-unknown-source", ["export", "csv", "--source", "Nobody Herald"], NOT_FOUND, "Nobody"),
    ("export-prov-bad-format", ["export", "prov", "--format", "xml"], INVALID, "xml"),
    (
        "sources-merge-unknown",
        ["sources", "merge", "The Moscow Times", "Nobody Herald"],
        NOT_FOUND,
        "Nobody",
    ),
    ("sources-alias-unknown", ["sources", "alias", "Nobody Herald", "NH"], NOT_FOUND, "Nobody"),
    ("db-downgrade-unknown", ["db", "downgrade", "nonsense"], INVALID, "nonsense"),
    ("unknown-command", ["frobnicate"], INVALID, "frobnicate"),
]

# Cases about the database itself: (id, --db value, exit code, what stderr must say).
DB_CASES: list[tuple[str, str, int, str]] = [
    ("db-not-a-database", "{tmp}/not-a-db.db", DATABASE, "not a database"),
    ("db-is-a-folder", "{tmp}/folder", DATABASE, "directory"),
    ("db-unsupported-kind", "mysql://u@localhost/x", INVALID, "unsupported database"),
    ("db-postgres-down", "postgresql://nobody@127.0.0.1:1/x", DATABASE, "cannot use"),
    ("db-no-such-folder", "{tmp}/missing/sub/p.db", DATABASE, "does not exist"),
]


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: equal dumps mean an unchanged database."""
    with engine.connect() as conn:
        rows = {
            table.name: [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key))]
            for table in Base.metadata.sorted_tables
        }
        rows["alembic_version"] = [
            tuple(r) for r in conn.execute(text("SELECT * FROM alembic_version"))
        ]
    return rows


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bad files, written once for the module (one of them is 50 MB)."""
    folder = tmp_path_factory.mktemp("bad-input")
    _write_files(folder)
    return folder


@pytest.fixture
def populated(db_url: str) -> Iterator[Engine]:
    """The seed article ingested and one claim reviewed, on the test database."""
    assert runner.invoke(app, ["--db", db_url, "ingest", str(SEED)]).exit_code == 0
    marked = runner.invoke(app, ["--db", db_url, "mark", "1", "verified", "-r", "ana"])
    assert marked.exit_code == 0, marked.output
    engine = open_database(db_url)
    yield engine
    engine.dispose()


def assert_clean_failure(result: Result, code: int, says: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error"), lines[0]
    assert says.lower() in lines[0].lower(), lines[0]


def _fill(args: list[str], tmp: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp)) for a in args]


@pytest.mark.parametrize(
    ("args", "code", "says"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_refused_cleanly(
    populated: Engine, db_url: str, files: Path, args: list[str], code: int, says: str
) -> None:
    before = dump(populated)
    result = runner.invoke(app, ["--db", db_url, *_fill(args, files)], input="")
    assert_clean_failure(result, code, says)
    assert dump(populated) == before


@pytest.mark.parametrize(
    ("db", "code", "says"), [c[1:] for c in DB_CASES], ids=[c[0] for c in DB_CASES]
)
@pytest.mark.parametrize("command", [["claims"], ["mark", "1", "verified", "-r", "ana"]])
def test_unusable_database_is_refused_cleanly(
    files: Path, db: str, code: int, says: str, command: list[str]
) -> None:
    target = db.replace("{tmp}", str(files))
    before = Path(target).read_bytes() if Path(target).is_file() else None
    result = runner.invoke(app, ["--db", target, *command])
    assert_clean_failure(result, code, says)
    if before is not None:
        assert Path(target).read_bytes() == before


def test_newer_schema_is_refused_and_left_alone(populated: Engine, db_url: str) -> None:
    with populated.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    before = dump(populated)
    for command in (["claims"], ["ingest", str(SEED)], ["mark", "1", "disputed", "-r", "bo"]):
        result = runner.invoke(app, ["--db", db_url, *command])
        assert_clean_failure(result, DATABASE, "ffff9999")
    assert dump(populated) == before


def test_locked_database_gives_up_cleanly(
    populated: Engine, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if populated.dialect.name != "sqlite":
        pytest.skip("SQLite's database-level write lock")
    monkeypatch.setenv("PROVENANCE_BUSY_TIMEOUT_MS", "200")
    before = dump(populated)
    holder = sqlite3.connect(populated.url.database or "", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = runner.invoke(app, ["--db", db_url, "mark", "1", "disputed", "-r", "bo"])
        assert_clean_failure(result, DATABASE, "locked")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dump(populated) == before


def test_every_case_names_a_documented_exit_code() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for _, _, code, _ in [*CASES, *DB_CASES]:
        assert f"| {code} |" in readme
    assert len(CASES) + len(DB_CASES) * 2 >= 30
