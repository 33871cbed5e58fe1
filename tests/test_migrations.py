"""The migration chain: blank to head, down to base and back, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from provenance.db import schema
from provenance.db.engine import make_engine
from provenance.db.models import Base


def test_single_head_matches_what_start_up_reads() -> None:
    scripts = ScriptDirectory.from_config(schema.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert scripts.get_current_head() == schema.head_revision()
    walked = [rev.revision for rev in scripts.walk_revisions()]
    assert tuple(reversed(walked)) == schema.known_revisions()


def test_blank_database_is_migrated_to_head_on_first_use(db_url: str) -> None:
    engine = schema.open_database(db_url)
    try:
        with engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        engine.dispose()


def test_down_to_base_and_back_up(engine: Engine) -> None:
    schema.downgrade(engine, "base")
    with engine.connect() as conn:
        assert schema.current_revision(conn) is None
        assert set(inspect(conn).get_table_names()) <= {schema.VERSION_TABLE}
    schema.upgrade(engine)
    with engine.connect() as conn:
        assert schema.current_revision(conn) == schema.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())


def test_every_step_down_and_up(engine: Engine) -> None:
    revisions = schema.known_revisions()
    for target in reversed(("base", *revisions[:-1])):
        schema.downgrade(engine, target)
    for target in revisions:
        schema.upgrade(engine, target)
    with engine.connect() as conn:
        assert schema.current_revision(conn) == revisions[-1]


def test_models_match_migrations(engine: Engine) -> None:
    """alembic check: no difference between the models and the migrated schema."""
    with engine.connect() as conn:
        command.check(schema.alembic_config(conn))


def test_foreign_keys_and_indexes_users_rely_on(engine: Engine) -> None:
    insp = inspect(engine)
    citation_fks = {fk["referred_table"] for fk in insp.get_foreign_keys("citation")}
    assert citation_fks == {"claim", "source"}
    claim_indexes = {tuple(ix["column_names"]) for ix in insp.get_indexes("claim")}
    assert {("status",), ("article_id",)} <= claim_indexes
    citation_indexes = {tuple(ix["column_names"]) for ix in insp.get_indexes("citation")}
    assert ("source_id", "depth", "claim_id") in citation_indexes


def test_make_engine_takes_a_bare_path_as_sqlite(tmp_path: object) -> None:
    engine = make_engine("some.db")
    try:
        assert engine.url.get_backend_name() == "sqlite"
        assert engine.url.database is not None
        assert engine.url.database.endswith("some.db")
    finally:
        engine.dispose()
