"""`provenance sources [merge|alias]`: the sources claims rest on, and fixing their identity."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from provenance.cli.common import FormatOption, OutputFormat, session, stderr, stdout

if TYPE_CHECKING:
    from provenance.catalog import SourceSummary

sources_app = typer.Typer(
    help="List sources (with no subcommand): kind, description, claims resting on each "
    "(directly and at any hop), verified and disputed counts, whom each cites and is cited "
    "by. Or merge two sources, or add an alias.",
    invoke_without_command=True,
)

SourceRef = Annotated[
    str,
    typer.Argument(help="A source name or alias (case-insensitive), or #ID.", show_default=False),
]


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")


@sources_app.callback()
def sources(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """Each source: kind, description, claims resting on it (directly and at any hop), how
    many are verified and disputed, and which sources it cites and is cited by."""
    if ctx.invoked_subcommand is not None:
        return
    from provenance.catalog import list_sources

    with session(ctx) as s:
        found = list_sources(s)
    if fmt == OutputFormat.json:
        print(json.dumps([x.as_json() for x in found], ensure_ascii=False, indent=1))
    elif fmt == OutputFormat.csv:
        _csv(found)
    else:
        _table(found)


def _csv(found: Sequence[SourceSummary]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    columns = [
        "id",
        "name",
        "kind",
        "description",
        "aliases",
        "claims_direct",
        "claims_any_hop",
        "verified",
        "disputed",
        "cites",
        "cited_by",
    ]
    writer.writerow(columns)
    for source in found:
        row = source.as_json()
        writer.writerow(
            [
                "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                for v in row.values()
            ]
        )


def _table(found: Sequence[SourceSummary]) -> None:
    from rich.table import Table
    from rich.text import Text

    out = stdout()
    if not found:
        out.print("no sources yet: provenance ingest FILE", markup=False)
        return
    table = Table(header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("source", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("description", ratio=2)
    table.add_column("direct", justify="right")
    table.add_column("any hop", justify="right")
    table.add_column("verified", justify="right", style="green")
    table.add_column("disputed", justify="right", style="red")
    table.add_column("cites", ratio=2)
    table.add_column("cited by", ratio=2)
    for x in found:
        table.add_row(
            str(x.id),
            Text(x.name, style="dim" if x.kind == "unnamed" else "bold"),
            x.kind,
            Text(x.description or ""),
            str(x.direct),
            str(x.any_hop),
            str(x.verified),
            str(x.disputed),
            Text(", ".join(x.cites)),
            Text(", ".join(x.cited_by)),
        )
    out.print(table)


@sources_app.command()
def merge(
    ctx: typer.Context,
    keep: SourceRef,
    other: SourceRef,
) -> None:
    """Merge OTHER into KEEP: every citation and alias of OTHER moves to KEEP, and OTHER is
    deleted. Use it when two rows are one real-world source."""
    from provenance.sources import merge as merge_sources

    with session(ctx, write=True) as s:
        result = merge_sources(s, keep, other)
    stdout().print(
        f"merged {result.removed!r} into {result.kept!r} (#{result.kept_id}): "
        f"{result.citations} citation(s) and {result.aliases} alias(es) moved",
        markup=False,
    )


@sources_app.command()
def alias(
    ctx: typer.Context,
    name: SourceRef,
    new_alias: Annotated[str, typer.Argument(metavar="ALIAS", help="Another name of that source.")],
) -> None:
    """Let ALIAS name the source NAME, here and in articles ingested later."""
    from provenance.sources import add_alias

    with session(ctx, write=True) as s:
        result = add_alias(s, name, new_alias)
    if result.added:
        stdout().print(
            f"{new_alias!r} now names {result.source!r} (#{result.source_id})", markup=False
        )
    else:
        stderr().print(
            f"{new_alias!r} already names {result.source!r} (#{result.source_id}); nothing changed",
            markup=False,
        )
