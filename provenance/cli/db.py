"""`provenance db`: schema migration commands wrapping Alembic."""

from __future__ import annotations

from typing import Annotated

import typer

from provenance.cli.common import state, stdout

db_app = typer.Typer(help="Inspect and migrate the database schema.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


@db_app.command()
def upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Migrate the database up to REVISION (default: the newest)."""
    from provenance.db import schema

    engine = schema.open_database(state(ctx).db, migrate=False)
    try:
        schema.upgrade(engine, revision)
        _print_current(engine)
    finally:
        engine.dispose()


@db_app.command()
def downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision, or 'base' for none.")],
) -> None:
    """Migrate the database down to REVISION. Data in dropped tables is lost."""
    from provenance.db import schema

    engine = schema.open_database(state(ctx).db, migrate=False)
    try:
        schema.downgrade(engine, revision)
        _print_current(engine)
    finally:
        engine.dispose()


@db_app.command()
def current(ctx: typer.Context) -> None:
    """Show the schema revision the database is at, and the newest this version knows."""
    from provenance.db import schema

    engine = schema.open_database(state(ctx).db, migrate=False)
    try:
        _print_current(engine)
    finally:
        engine.dispose()


def _print_current(engine: object) -> None:
    from provenance.db import schema

    with engine.connect() as conn:  # type: ignore[attr-defined]
        revision = schema.current_revision(conn)
    head = schema.head_revision()
    status = "up to date" if revision == head else f"head is {head}"
    stdout().print(f"{revision or 'base (empty)'} ({status})", markup=False)


@db_app.command()
def grant(
    ctx: typer.Context,
    grantee: Annotated[str, typer.Argument(help="An existing PostgreSQL role (user or group).")],
    role: Annotated[
        str,
        typer.Option(
            "--as",
            help="reader: list and export; reviewer: also mark claims; "
            "editor: also ingest and curate sources.",
        ),
    ] = "reader",
) -> None:
    """Give a PostgreSQL role least-privilege rights on this database (run as its owner)."""
    from provenance.db import roles, schema

    try:
        wanted = roles.Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in roles.Role)
        raise typer.BadParameter(f"{role!r} is not one of {choices}", param_hint="--as") from None
    engine = schema.open_database(state(ctx).db)
    try:
        with engine.begin() as conn:
            done = roles.grant(conn, wanted, grantee)
    finally:
        engine.dispose()
    out = stdout()
    for statement in done:
        out.print(statement, markup=False)
