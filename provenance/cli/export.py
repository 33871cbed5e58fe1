"""`provenance export`: the CSV audit report, ClaimReview JSON-LD and W3C PROV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from provenance.cli.common import session
from provenance.cli.filters import (
    ArticleOption,
    DirectOption,
    OriginOption,
    SourceOption,
    StatusOption,
    claim_filter,
)

if TYPE_CHECKING:
    pass

export_app = typer.Typer(
    help="Write audit reports: CSV, schema.org ClaimReview, W3C PROV.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")


OutOption = Annotated[
    Path | None,
    typer.Option(
        "--out",
        "-o",
        help="Write to FILE (replaced whole, only if the export succeeds). Default: stdout.",
        dir_okay=False,
        show_default=False,
    ),
]


class ProvFormatChoice(StrEnum):
    json = "json"
    provn = "provn"


@export_app.command("csv")
def csv_command(
    ctx: typer.Context,
    out: OutOption = None,
    history: Annotated[
        bool, typer.Option("--history", help="One row per review instead of one per claim.")
    ] = False,
    excel: Annotated[
        bool, typer.Option("--excel", help="Start with the byte-order mark Excel needs.")
    ] = False,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
) -> None:
    """The audit report as CSV (RFC 4180, UTF-8): one row per claim, or per review."""
    from provenance.export.csv import write_csv
    from provenance.export.output import output

    filters = claim_filter(source, direct, origin, status, article)
    with output(out, bom=excel) as stream, session(ctx) as s:
        write_csv(s, stream, filters, history=history)


@export_app.command("claimreview")
def claimreview_command(
    ctx: typer.Context,
    org: Annotated[
        str | None,
        typer.Option(
            "--org",
            envvar="PROVENANCE_ORG",
            help="The reviewing organisation, named as each review's author.",
            show_default=False,
        ),
    ] = None,
    out: OutOption = None,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
) -> None:
    """Reviewed claims as schema.org ClaimReview JSON-LD (a JSON array)."""
    from provenance.errors import InvalidInput
    from provenance.export.claimreview import write_claimreview
    from provenance.export.output import output

    if not org or not org.strip():
        raise InvalidInput("name the reviewing organisation with --org NAME (or PROVENANCE_ORG)")
    filters = claim_filter(source, direct, origin, status, article)
    with output(out) as stream, session(ctx) as s:
        write_claimreview(s, stream, org, filters)


@export_app.command("prov")
def prov_command(
    ctx: typer.Context,
    fmt: Annotated[
        ProvFormatChoice,
        typer.Option("--format", "-f", help="PROV-JSON or PROV-N."),
    ] = ProvFormatChoice.json,
    out: OutOption = None,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
) -> None:
    """The provenance graph as W3C PROV: articles, claims, sources, quotations, reviews."""
    from provenance.export.output import output
    from provenance.export.prov import ProvFormat, write_prov

    filters = claim_filter(source, direct, origin, status, article)
    with output(out) as stream, session(ctx) as s:
        write_prov(s, stream, filters, fmt=ProvFormat(fmt.value))
