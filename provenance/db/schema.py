"""Schema versions: open a database, migrate it to head on first use, wrap Alembic."""

from __future__ import annotations

import importlib
import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from provenance.db.engine import describe, make_engine, resolve_url
from provenance.errors import DatabaseProblem, InvalidInput

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([0-9a-zA-Z_]+|None)['\"]?", re.M)


def migrations_dir() -> Path:
    """The folder holding env.py and versions/ (installed as provenance.migrations)."""
    # Imported by name: the package lives at the repository's top as migrations/.
    package = importlib.import_module("provenance.migrations")
    return Path(package.__file__ or "").parent


@cache
def known_revisions() -> tuple[str, ...]:
    """Revision ids from oldest to newest, read from the version files without Alembic.

    Importing Alembic costs start-up time on every command, and most commands only need
    to know that the database is already at head.
    """
    parents: dict[str, str | None] = {}
    for path in (migrations_dir() / "versions").glob("*.py"):
        found = {bool(m[1]): m[2] for m in _REVISION.finditer(path.read_text("utf-8"))}
        if False in found:
            down = found.get(True)
            parents[found[False]] = None if down in (None, "None") else down
    children = {parent: rev for rev, parent in parents.items()}
    order, rev = [], children.get(None)
    while rev is not None:
        order.append(rev)
        rev = children.get(rev)
    return tuple(order)


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at, or None for a database with no schema yet."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def alembic_config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    # Alembic's default stdout is bound when alembic.config is first imported: name the
    # current one, or output goes to whatever stream was current then (closed, in tests).
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(migrations_dir()))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def _run(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations copy tables; with foreign keys on, dropping the old copy
            # would cascade. The pragma only takes effect outside a transaction.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            getattr(command, direction)(alembic_config(conn), revision)
            if sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseProblem(f"migration left broken foreign keys: {problems[:3]}")
            conn.commit()
        except CommandError as exc:
            raise InvalidInput(str(exc).splitlines()[0]) from exc
        finally:
            if sqlite:
                conn.rollback()
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def open_database(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine on a usable provenance database, migrated to head if it is new or older.

    Raises DatabaseProblem, naming the problem, for an unreachable server, a file that is
    not a database, a database of something else, or a schema newer than this version.
    """
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
            foreign = revision is None and bool(
                set(inspect(conn).get_table_names()) - {VERSION_TABLE}
            )
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseProblem(f"cannot use {describe(resolved)}: {first_line(exc)}") from exc
    if foreign:
        engine.dispose()
        raise DatabaseProblem(f"{describe(resolved)} holds tables but is not a provenance database")
    revisions = known_revisions()
    if revision is not None and revision not in revisions:
        engine.dispose()
        raise DatabaseProblem(
            f"{describe(resolved)} is at schema revision {revision}, which this version of "
            f"provenance does not know (newest known: {revisions[-1]}); upgrade provenance"
        )
    if resolved.get_backend_name() == "sqlite":
        _use_wal(engine)
    if migrate and revision != revisions[-1]:
        try:
            upgrade(engine)
        except SQLAlchemyError as exc:
            message = f"cannot migrate {describe(resolved)}: {first_line(exc)}"
            raise DatabaseProblem(message) from exc
    return engine


def _use_wal(engine: Engine) -> None:
    """Readers and a writer at once. Set here, once it is known to be our database: the
    journal mode is stored in the file, and a file that is not ours must stay untouched."""
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        if driver.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # type: ignore[union-attr]
            driver.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]


def first_line(exc: BaseException) -> str:
    """The driver's own message, first line only, without SQLAlchemy's decoration."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__
