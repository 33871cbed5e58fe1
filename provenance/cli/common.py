"""What every command shares: the database option's state, sessions, consoles, --format."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session


@dataclass
class CliState:
    """Options of the root command, handed to every subcommand through the context."""

    db: str | None = None


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_object(CliState)
    return obj if obj is not None else CliState()


@contextmanager
def database(ctx: typer.Context) -> Iterator[Engine]:
    """The engine of the selected database, migrated to head on first use."""
    from provenance.db.schema import open_database

    engine = open_database(state(ctx).db)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def session(ctx: typer.Context, *, write: bool = False) -> Iterator[Session]:
    """One unit of work on the selected database; ``write`` takes SQLite's write lock."""
    from provenance.db.engine import session_scope

    with database(ctx) as engine, session_scope(engine, write=write) as s:
        yield s


def stdout() -> Console:
    """Console for data. Piped output gets no colour and no truncation."""
    from rich.console import Console

    console = Console()
    if console.is_terminal:
        return console
    return Console(no_color=True, width=1_000_000, soft_wrap=True, highlight=False)


def stderr() -> Console:
    """Console for diagnostics, so that data on stdout stays clean for pipes."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output as a table (terminal), JSON or CSV."),
]
