"""`provenance ingest`: read articles, extract their claims, store them; a summary at the end."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from provenance.cli.common import database, stderr, stdout

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy.engine import Engine

    from provenance.batch import FileOutcome, Overrides, Summary
    from provenance.reading import ReadFailure

PROGRESS_MIN_FILES = 2
PARALLEL_MIN_FILES = 8  # below this, starting a worker process costs more than it saves


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files, folders (searched for .txt .md .html .htm) or - for standard input.",
            show_default=False,
        ),
    ],
    publisher: Annotated[str | None, typer.Option(help="Publisher of the article(s).")] = None,
    url: Annotated[str | None, typer.Option(help="Where the article was published.")] = None,
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Publication date, YYYY-MM-DD.")
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes that read and extract while this one stores (0: none). "
            "Pays off on machines with idle cores and many files.",
        ),
    ] = 0,
) -> None:
    """Ingest articles: extract their claims and source chains and store them.

    Each article is stored whole or not at all; the same text ingested again adds nothing.
    A file that cannot be read is reported and the others go on; the exit code is 2 then.
    """
    from provenance.batch import Overrides, ingest_files
    from provenance.errors import InvalidInput
    from provenance.ingest import check_url, parse_date
    from provenance.reading import expand

    overrides = Overrides(title, publisher, check_url(url), parse_date(date))
    items = list(expand(paths))
    if len(items) > 1 and (title or url):
        raise InvalidInput(f"--title and --url describe one article, but {len(items)} were given")
    err = stderr()
    workers = jobs if len(items) >= PARALLEL_MIN_FILES else 0
    with database(ctx) as engine:
        if err.is_terminal and len(items) >= PROGRESS_MIN_FILES:
            summary = _with_progress(items, engine, overrides, workers)
        else:
            report = _reporter(verbose=True)
            summary = ingest_files(items, engine, overrides, report=report, workers=workers)
    _print_summary(summary)
    if summary.failed:  # a file that could not be ingested is bad input: exit code 2
        raise typer.Exit(code=InvalidInput.exit_code)


def _reporter(*, verbose: bool, console: Console | None = None) -> Callable[[FileOutcome], None]:
    err = console or stderr()

    def report(outcome: FileOutcome) -> None:
        if outcome.error is not None:
            err.print(f"error: {outcome.origin}: {outcome.error}", markup=False, soft_wrap=True)
            return
        for note in outcome.notes:
            err.print(f"note: {outcome.origin}: {note}", markup=False, soft_wrap=True)
        result = outcome.result
        if verbose and result is not None and not result.new:
            err.print(
                f"{outcome.origin}: already ingested as article {result.article_id}; nothing added",
                markup=False,
                soft_wrap=True,
            )

    return report


def _with_progress(
    items: list[str | ReadFailure], engine: Engine, overrides: Overrides, workers: int
) -> Summary:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from provenance.batch import ingest_files

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=stderr(),
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(items))
        inner = _reporter(verbose=False, console=progress.console)

        def report(outcome: FileOutcome) -> None:
            inner(outcome)
            progress.advance(task)

        return ingest_files(items, engine, overrides, report=report, workers=workers)


def _print_summary(summary: Summary) -> None:
    from rich.table import Table

    table = Table(title="ingest summary", show_header=True, title_justify="left")
    table.add_column("", style="bold")
    table.add_column("count", justify="right")
    rows = [
        ("articles new", summary.new),
        ("articles skipped (already ingested)", summary.skipped),
        ("files failed", summary.failed),
        ("sentences", summary.sentences),
        ("claims", summary.claims),
        ("citations (hops)", summary.citations),
        ("sources new", summary.sources_new),
        ("sources known", summary.sources_known),
    ]
    for label, count in rows:
        table.add_row(label, str(count))
    out = stdout()
    out.print(table)
    if summary.new == 0 and summary.skipped and not summary.failed:
        out.print("nothing new: every article was already ingested", markup=False)
