"""Choosing the database, and the clean errors when it cannot be used."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from provenance.cli import app
from provenance.db import schema
from provenance.db.engine import resolve_url
from provenance.errors import DatabaseProblem, InvalidInput

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_option_beats_environment_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url().database == str(Path("provenance.db").resolve())
    monkeypatch.setenv("PROVENANCE_DB", "from-env.db")
    assert resolve_url().database == str(Path("from-env.db").resolve())
    assert resolve_url("sqlite:///explicit.db").database == "explicit.db"


def test_postgres_urls_use_psycopg() -> None:
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgres://u@h/db").drivername == "postgresql+psycopg"


def test_unsupported_database_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unsupported database 'mysql'"):
        resolve_url("mysql://u@h/db")


def test_default_database_is_a_file_in_the_working_directory(tmp_path: Path) -> None:
    result = runner.invoke(app, ["db", "current"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "provenance.db").exists()


def test_new_database_is_migrated_on_first_use(tmp_path: Path) -> None:
    schema.open_database(str(tmp_path / "new.db")).dispose()
    with sqlite3.connect(tmp_path / "new.db") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"article", "claim", "citation", "review"} <= tables


def test_sqlite_is_tuned_for_a_shared_desk(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("this is not a database\n" * 100)
    before = _digest(junk)
    result = runner.invoke(app, ["--db", str(junk), "db", "current"])
    assert result.exit_code == DatabaseProblem.exit_code
    assert result.stderr.strip() == f"error: cannot use sqlite:///{junk}: file is not a database"
    assert _digest(junk) == before


def test_directory_given_as_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path), "db", "current"])
    assert result.exit_code == DatabaseProblem.exit_code
    assert "is a directory" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_server() -> None:
    result = runner.invoke(app, ["--db", "postgresql://nobody@127.0.0.1:1/none", "db", "current"])
    assert result.exit_code == DatabaseProblem.exit_code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: cannot use postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "Traceback" not in result.output


def test_database_from_a_newer_provenance_is_left_alone(engine: Engine, db_url: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    result = runner.invoke(app, ["--db", db_url, "db", "current"])
    assert result.exit_code == DatabaseProblem.exit_code
    assert "schema revision f00dfeed, which this version of provenance does not know" in (
        result.stderr
    )
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "f00dfeed"


def test_someone_elses_database_is_not_touched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    before = _digest(other)
    result = runner.invoke(app, ["--db", str(other), "db", "current"])
    assert result.exit_code == DatabaseProblem.exit_code
    assert "is not a provenance database" in result.stderr
    assert _digest(other) == before


def test_db_commands_report_and_move_the_revision(db_url: str) -> None:
    head = schema.head_revision()
    assert runner.invoke(app, ["--db", db_url, "db", "upgrade"]).stdout.startswith(head)
    down = runner.invoke(app, ["--db", db_url, "db", "downgrade", "base"])
    assert down.exit_code == 0
    assert down.stdout.startswith("base")
    bad = runner.invoke(app, ["--db", db_url, "db", "downgrade", "nonsense"])
    assert bad.exit_code == InvalidInput.exit_code
    assert "nonsense" in bad.stderr


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )


def test_help_does_not_import_the_database_stack() -> None:
    probe = (
        "import sys; from provenance.cli import app; from typer.testing import CliRunner; "
        "CliRunner().invoke(app, ['--help']); "
        "print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))"
    )
    assert _run("-c", probe).stdout.strip() == "[]"


def test_python_dash_m_runs_the_cli() -> None:
    result = _run("-m", "provenance", "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("provenance ")
