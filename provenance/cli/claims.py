"""`provenance claims | show | articles`: listing claims by source, one claim in full."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from provenance.cli.common import FormatOption, OutputFormat, session, stdout
from provenance.cli.filters import (
    ArticleOption,
    DirectOption,
    OriginOption,
    SourceOption,
    StatusOption,
    claim_filter,
)
from provenance.errors import InvalidInput

if TYPE_CHECKING:
    from rich.console import RenderableType

    from provenance.catalog import ArticleSummary, ClaimDetail
    from provenance.queries import ChainHop

# A Claim, or a row with its columns (what queries.iter_claims yields).
ClaimLike = Any

CSV_COLUMNS = (
    "id",
    "article_id",
    "sentence_id",
    "start",
    "end",
    "status",
    "version",
    "text",
    "direct_source",
    "origin_source",
    "chain",
)
CHAIN_SEPARATOR = " > "  # "A > B": A reported it, citing B (as in the CSV report)


def register(app: typer.Typer) -> None:
    app.command("claims")(claims)
    app.command("show")(show)
    app.command("articles")(articles)


def claims(
    ctx: typer.Context,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List claims, optionally by source, status or article."""
    from provenance.queries import iter_claims

    filters = claim_filter(source, direct, origin, status, article)
    with session(ctx) as s:
        rows = iter_claims(s, filters)
        if fmt == OutputFormat.json:
            _write_json(rows)
        elif fmt == OutputFormat.csv:
            _write_csv(rows)
        else:
            _print_table(rows)


def _write_json(rows: Iterable[tuple[ClaimLike, list[ChainHop]]]) -> None:
    """A JSON array (the contract in DESIGN.md), written as it is read."""
    from provenance.queries import claim_json

    out = sys.stdout
    first = True
    out.write("[")
    for claim, chain in rows:
        out.write("\n" if first else ",\n")
        out.write(json.dumps(claim_json(claim, chain), ensure_ascii=False))
        first = False
    out.write("]\n" if first else "\n]\n")
    out.flush()


def chain_text(chain: Sequence[ChainHop]) -> str:
    return CHAIN_SEPARATOR.join(hop.source for hop in chain)


def _write_csv(rows: Iterable[tuple[ClaimLike, list[ChainHop]]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim, chain in rows:
        writer.writerow(
            (
                claim.id,
                claim.article_id,
                claim.sentence_id,
                claim.char_start,
                claim.char_end,
                claim.status,
                claim.version,
                claim.text,
                chain[0].source if chain else "",
                chain[-1].source if chain else "",
                chain_text(chain),
            )
        )
    sys.stdout.flush()


STATUS_STYLE = {"verified": "green", "disputed": "red", "unverifiable": "yellow"}


def _print_table(rows: Iterable[tuple[ClaimLike, list[ChainHop]]]) -> None:
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("art.", justify="right", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("sources (cited > origin)", ratio=1)
    table.add_column("claim", ratio=3)
    count = 0
    for claim, chain in rows:
        style = STATUS_STYLE.get(claim.status, "")
        table.add_row(
            str(claim.id),
            str(claim.article_id),
            f"[{style}]{claim.status}[/]" if style else claim.status,
            _escape(chain_text(chain)) or "[dim](article)[/]",
            _escape(claim.text),
        )
        count += 1
    out = stdout()
    if count == 0:
        out.print("no claims match", markup=False)
        return
    out.print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def show(
    ctx: typer.Context,
    claim_id: Annotated[
        str,
        typer.Argument(metavar="CLAIM_ID", help="The claim's id (see `provenance claims`)."),
    ],
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """One claim: its source chain as a tree, the sentence in context, the article, and
    its review history."""
    from provenance.catalog import claim_detail

    number = parse_id(claim_id, "claim")
    with session(ctx) as s:
        detail = claim_detail(s, number)
    if fmt == OutputFormat.table:
        for part in render_detail(detail):
            stdout().print(part)
        return
    data = detail_json(detail)
    if fmt == OutputFormat.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _write_csv([(detail.claim, detail.chain)])


def parse_id(value: str, what: str) -> int:
    """A database id typed by a user; InvalidInput naming the value when it is not one."""
    try:
        return int(value.strip())
    except ValueError:
        raise InvalidInput(f"not a {what} id: {value!r}") from None


def detail_json(detail: ClaimDetail) -> dict[str, object]:
    from provenance.queries import claim_json

    data = claim_json(detail.claim, detail.chain)
    article = detail.article
    data["sentence"] = detail.sentence.text
    data["article"] = {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "url": article.url,
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "origin": article.origin,
    }
    data["reviews"] = [
        {
            "id": r.id,
            "reviewer": r.reviewer,
            "verdict": r.verdict,
            "note": r.note,
            "evidence": evidence_urls(r.evidence),
            "created_at": r.created_at.isoformat(),
            "claim_version": r.claim_version,
        }
        for r in detail.reviews
    ]
    return data


def evidence_urls(stored: str | None) -> list[str]:
    """The review's evidence column: a JSON list of URLs (a bare URL is read as one)."""
    if not stored:
        return []
    try:
        value = json.loads(stored)
    except ValueError:
        return [stored]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def render_detail(detail: ClaimDetail) -> list[RenderableType]:
    """The parts `show` prints: claim, chain tree, sentence in context, article, reviews."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text
    from rich.tree import Tree

    claim, article = detail.claim, detail.article
    style = STATUS_STYLE.get(claim.status, "bold")
    header = Text.assemble(
        (f"claim {claim.id}", "bold"),
        "  ",
        (claim.status, style),
        f"  version {claim.version}",
    )
    parts: list[RenderableType] = [
        Panel(Text(claim.text), title=header, title_align="left", expand=False)
    ]

    tree = Tree(Text("chain (who said it, and whom they cite)", style="bold"))
    node = tree
    if not detail.chain:
        tree.add(Text("the article's own assertion (no source cited)", style="dim"))
    for hop in detail.chain:
        label = Text.assemble((hop.source, "bold"), f" ({hop.kind})")
        extra = ", ".join(x for x in (hop.cue, hop.date) if x)
        if extra:
            label.append(f": {extra}", style="cyan")
        if hop.description:
            label.append(f"; {hop.description}", style="dim")
        if hop.mention and hop.mention != hop.source:
            label.append(f'  as "{hop.mention}"', style="dim")
        node = node.add(label)
    parts.append(tree)

    context = Text()
    if detail.before is not None:
        context.append(detail.before.text + " ", style="dim")
    sentence = detail.sentence
    text = article.text[sentence.char_start : sentence.char_end] or sentence.text
    sentence_text = Text(text)
    start = claim.char_start - sentence.char_start
    end = claim.char_end - sentence.char_start
    if 0 <= start <= end <= len(text):
        sentence_text.stylize("bold reverse", start, end)
    context.append_text(sentence_text)
    if detail.after is not None:
        context.append(" " + detail.after.text, style="dim")
    parts.append(Panel(context, title="in context", title_align="left", expand=False))

    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for name, value in (
        ("article", f"{article.id}: {article.title or '(untitled)'}"),
        ("publisher", article.publisher),
        ("published", article.published_on.isoformat() if article.published_on else None),
        ("url", article.url),
        ("read from", article.origin),
        ("characters", f"{claim.char_start}-{claim.char_end} of the article text"),
    ):
        if value:
            facts.add_row(name, Text(str(value)))
    parts.append(facts)

    if not detail.reviews:
        parts.append(Text("no reviews yet", style="dim"))
    else:
        reviews = Table(title="review history", title_justify="left", header_style="bold")
        for column in ("when", "reviewer", "verdict", "version", "note", "evidence"):
            reviews.add_column(column)
        for r in detail.reviews:
            evidence = ", ".join(evidence_urls(r.evidence))
            reviews.add_row(
                r.created_at.strftime("%Y-%m-%d %H:%M"),
                Text(r.reviewer),
                Text(r.verdict, style=STATUS_STYLE.get(r.verdict, "")),
                str(r.claim_version),
                Text(r.note or ""),
                Text(evidence),
            )
        parts.append(reviews)
    return parts


def articles(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """What has been ingested: each article with its sentence and claim counts."""
    from provenance.catalog import list_articles

    with session(ctx) as s:
        found = list_articles(s)
    if fmt == OutputFormat.json:
        print(json.dumps([a.as_json() for a in found], ensure_ascii=False, indent=1))
    elif fmt == OutputFormat.csv:
        _articles_csv(found)
    else:
        _articles_table(found)


def _articles_csv(found: Sequence[ArticleSummary]) -> None:
    rows = [a.as_json() for a in found]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    columns = list(rows[0]) if rows else ["id", "title", "claims"]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] if row[c] is not None else "" for c in columns])


def _articles_table(found: Sequence[ArticleSummary]) -> None:
    from rich.table import Table
    from rich.text import Text

    out = stdout()
    if not found:
        out.print("no articles yet: provenance ingest FILE", markup=False)
        return
    table = Table(header_style="bold")
    for column, justify in (
        ("id", "right"),
        ("title", "left"),
        ("publisher", "left"),
        ("published", "left"),
        ("read from", "left"),
        ("sentences", "right"),
        ("claims", "right"),
        ("verified", "right"),
        ("disputed", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for a in found:
        table.add_row(
            str(a.id),
            Text(a.title or ""),
            Text(a.publisher or ""),
            a.published_on.isoformat() if a.published_on else "",
            Text(a.origin or ""),
            str(a.sentences),
            str(a.claims),
            str(a.verified),
            str(a.disputed),
        )
    out.print(table)
