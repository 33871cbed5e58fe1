"""Alembic environment: runs migrations on a connection handed in, or on the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from provenance.db.engine import make_engine, resolve_url
from provenance.db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two first-use processes must not both build the schema.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(720130)")
        context.run_migrations()


def _url() -> str | None:
    """`alembic -x db=URL ...`, else what provenance itself would use ($PROVENANCE_DB, ...)."""
    return context.get_x_argument(as_dictionary=True).get("db") or config.get_alembic_option(
        "sqlalchemy.url"
    )


def run_migrations_offline() -> None:
    context.configure(
        url=str(resolve_url(_url())),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
