"""`provenance mark|verify|dispute|history|review|audit`: reviewing claims and auditing verdicts."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import TYPE_CHECKING, Annotated, Any

import typer

from provenance.cli.common import FormatOption, OutputFormat, database, session, stderr, stdout
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
    from sqlalchemy.engine import Engine

    from provenance.queries import ClaimFilter
    from provenance.review import ReviewItem

audit_app = typer.Typer(help="Check the review history for tampering.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    for command in (mark, verify, dispute, history, review):
        app.command()(command)
    app.add_typer(audit_app, name="audit")


ClaimIds = Annotated[
    list[int] | None,
    typer.Argument(metavar="CLAIM_ID", help="Claims to mark.", show_default=False),
]
Reviewer = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        "-r",
        help="Your name. Default: $PROVENANCE_REVIEWER, else your operating-system user.",
        show_default=False,
    ),
]
Note = Annotated[str | None, typer.Option("--note", "-n", help="Why: a line of explanation.")]
Evidence = Annotated[
    list[str] | None,
    typer.Option("--evidence", "-e", metavar="URL", help="An http(s) URL backing the verdict."),
]
ExpectVersion = Annotated[
    int | None,
    typer.Option(
        "--expect-version",
        metavar="N",
        help="Refuse if the claim is no longer at version N (someone else's verdict landed).",
    ),
]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Mark without asking to confirm.")]


def mark(
    ctx: typer.Context,
    claim_ids: ClaimIds = None,
    *,
    verdict: Annotated[
        str, typer.Argument(metavar="VERDICT", help="verified, disputed or unverifiable.")
    ],
    reviewer: Reviewer = None,
    note: Note = None,
    evidence: Evidence = None,
    expect_version: ExpectVersion = None,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
    yes: Yes = False,
) -> None:
    """Give claims a verdict: by id, or every claim matching --source/--status/--article.

    Each verdict is appended to the claim's review history; nothing is overwritten.
    """
    _mark(
        ctx,
        claim_ids,
        verdict,
        reviewer,
        note,
        evidence,
        expect_version,
        _filters(source, direct, origin, status, article),
        yes,
    )


def verify(
    ctx: typer.Context,
    claim_ids: ClaimIds = None,
    reviewer: Reviewer = None,
    note: Note = None,
    evidence: Evidence = None,
    expect_version: ExpectVersion = None,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
    yes: Yes = False,
) -> None:
    """Mark claims verified (short for `mark ... verified`)."""
    _mark(
        ctx,
        claim_ids,
        "verified",
        reviewer,
        note,
        evidence,
        expect_version,
        _filters(source, direct, origin, status, article),
        yes,
    )


def dispute(
    ctx: typer.Context,
    claim_ids: ClaimIds = None,
    reviewer: Reviewer = None,
    note: Note = None,
    evidence: Evidence = None,
    expect_version: ExpectVersion = None,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: StatusOption = None,
    article: ArticleOption = None,
    yes: Yes = False,
) -> None:
    """Mark claims disputed (short for `mark ... disputed`)."""
    _mark(
        ctx,
        claim_ids,
        "disputed",
        reviewer,
        note,
        evidence,
        expect_version,
        _filters(source, direct, origin, status, article),
        yes,
    )


def _filters(
    source: str | None, direct: bool, origin: bool, status: str | None, article: int | None
) -> ClaimFilter | None:
    """The ClaimFilter the options ask for, or None when they ask for none."""
    from provenance.queries import ClaimFilter

    filters = claim_filter(source, direct, origin, status, article)
    return None if filters == ClaimFilter() else filters


def _mark(
    ctx: typer.Context,
    claim_ids: list[int] | None,
    verdict: str,
    reviewer: str | None,
    note: str | None,
    evidence: list[str] | None,
    expect_version: int | None,
    filters: ClaimFilter | None,
    yes: bool,
) -> None:
    from provenance import review as reviews
    from provenance.db.engine import session_scope

    # Every check that needs no database comes first, so that bad input touches nothing.
    reviews.check_verdict(verdict)
    name = reviews.resolve_reviewer(reviewer)
    reviews.check_evidence(evidence or ())
    if claim_ids and filters is not None:
        raise InvalidInput("give claim ids or filters (--source, --status, --article), not both")
    if not claim_ids and filters is None:
        raise InvalidInput("give claim ids, or --source NAME to mark every claim citing it")
    if filters is not None and expect_version is not None:
        raise InvalidInput("--expect-version needs claim ids")

    expected: dict[int, int] | None = None
    with database(ctx) as engine:
        if filters is not None:
            with session_scope(engine, write=False) as s:
                expected = reviews.matching(s, filters)
            if not expected:
                stderr().print("no claims match; nothing marked", markup=False)
                return
            if not yes:
                question = f"Mark {_count(len(expected))} {_describe(filters)} {verdict}? [y/N] "
                if not (_ask_line(question) or "").lower().startswith("y"):
                    _say("nothing marked")
                    raise typer.Exit(1)
            ids = list(expected)
        else:
            ids = list(claim_ids or ())
            if expect_version is not None:
                expected = dict.fromkeys(ids, expect_version)
        with session_scope(engine, write=True) as s:
            rows = reviews.mark(
                s,
                ids,
                verdict,
                reviewer=name,
                note=note,
                evidence=evidence or (),
                expected=expected,
            )
            marked = [(r.claim_id, r.claim_version, r.id) for r in rows]
    out = stdout()
    for claim_id, version, review_id in marked:
        out.print(
            f"claim {claim_id}: {verdict} (version {version}, review {review_id})", markup=False
        )
    if len(marked) > 1:
        stderr().print(f"marked {_count(len(marked))} {verdict} as {name}", markup=False)


def _count(n: int) -> str:
    return f"{n:,} claim" + ("" if n == 1 else "s")


def _describe(filters: ClaimFilter) -> str:
    parts = []
    if filters.source is not None:
        hop = {"direct": " directly", "origin": " as their origin"}.get(filters.hop.value, "")
        parts.append(f"citing {filters.source!r}{hop}")
    if filters.status is not None:
        parts.append(f"now {filters.status}")
    if filters.article_id is not None:
        parts.append(f"in article {filters.article_id}")
    return " and ".join(parts) + " as"


def history(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(help="The claim.")],
    output: FormatOption = OutputFormat.table,
) -> None:
    """List every verdict a claim has had, oldest first."""
    from provenance import review as reviews

    with session(ctx) as s:
        rows = [reviews.review_json(r) for r in reviews.history(s, claim_id)]
    if output == OutputFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif output == OutputFormat.csv:
        _print_csv(rows)
    elif not rows:
        stderr().print(f"claim {claim_id} has no reviews: it is unreviewed", markup=False)
    else:
        _print_table(rows)


_COLUMNS = ("id", "claim_version", "verdict", "reviewer", "db_user", "created_at", "note")


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    table = Table(
        "review", "version", "verdict", "reviewer", "db user", "when (UTC)", "note", "evidence"
    )
    for row in rows:
        cells = ["" if row[key] is None else str(row[key]) for key in _COLUMNS]
        table.add_row(*cells, "\n".join(row["evidence"]))
    stdout().print(table)


def _print_csv(rows: list[dict[str, Any]]) -> None:
    import csv

    fields = [*_COLUMNS, "evidence", "prev_hash", "hash"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "evidence": " ".join(row["evidence"])})


@audit_app.command("verify")
def audit_verify(ctx: typer.Context) -> None:
    """Recompute the review hash chain; exit 7 naming the first row that does not match."""
    from provenance import review as reviews

    with session(ctx) as s:
        report = reviews.verify_chain(s)
    tip = f"; newest hash {report.tip}" if report.tip else ""
    stdout().print(f"ok: {_reviews(report.reviews)} checked, chain intact{tip}", markup=False)


def _reviews(n: int) -> str:
    return f"{n:,} review" + ("" if n == 1 else "s")


# -- the interactive queue -------------------------------------------------------------------

_KEYS = {"v": "verified", "d": "disputed", "u": "unverifiable", "s": "skip", "q": "quit"}


def review(
    ctx: typer.Context,
    reviewer: Reviewer = None,
    source: SourceOption = None,
    direct: DirectOption = False,
    origin: OriginOption = False,
    status: Annotated[
        str, typer.Option(help="Walk claims with this status instead of unreviewed ones.")
    ] = "unreviewed",
    article: ArticleOption = None,
) -> None:
    """Walk claims one by one and give each a one-key verdict.

    Keys: v verified, d disputed, u unverifiable, s skip, q quit; then an optional note.
    A verdict that lands from someone else while you look is shown, never overwritten
    without asking. Reads one line per answer when stdin is not a terminal.
    """
    from provenance import review as reviews
    from provenance.db.engine import session_scope
    from provenance.errors import NotFound

    name = reviews.resolve_reviewer(reviewer)
    filters = claim_filter(source, direct, origin, status, article)
    done: Counter[str] = Counter()
    with database(ctx) as engine:
        with session_scope(engine, write=False) as s:
            queue = list(reviews.matching(s, filters))
        if not queue:
            stderr().print("no claims to review", markup=False)
            return
        for position, claim_id in enumerate(queue, 1):
            try:
                with session_scope(engine, write=False) as s:
                    item = reviews.review_item(s, claim_id)
            except NotFound:
                continue  # deleted since the queue was read
            if item.claim.status != status:
                _say(f"claim {claim_id} was marked {_landed(item)} meanwhile; skipping it")
                done["taken by others"] += 1
                continue
            _show(item, position, len(queue))
            key = _ask_key()
            if key == "q":
                break
            if key == "s":
                done["skipped"] += 1
                continue
            note = _ask_line("note (Enter for none): ")
            outcome = _land(engine, item, _KEYS[key], name, note)
            done[outcome] += 1
    summary = ", ".join(f"{n} {what}" for what, n in done.items()) or "nothing marked"
    stderr().print(f"review session: {summary}", markup=False)


def _land(engine: Engine, item: ReviewItem, verdict: str, name: str, note: str | None) -> str:
    """Mark one claim unless someone else's verdict landed meanwhile and the reviewer keeps it."""
    from provenance import review as reviews
    from provenance.db.engine import session_scope
    from provenance.errors import Conflict

    seen = item.claim.version
    while True:
        try:
            with session_scope(engine, write=True) as s:
                (row,) = reviews.mark(
                    s,
                    [item.claim.id],
                    verdict,
                    reviewer=name,
                    note=note,
                    expected={item.claim.id: seen},
                )
                version = row.claim_version
        except Conflict:
            with session_scope(engine, write=False) as s:
                item = reviews.review_item(s, item.claim.id)
            _say(f"while you were looking, claim {item.claim.id} was marked {_landed(item)}")
            answer = _ask_line(f"replace it with {verdict}? [y/N] ") or ""
            if not answer.lower().startswith("y"):
                return "kept others' verdicts"
            seen = item.claim.version
            continue
        stdout().print(f"claim {item.claim.id}: {verdict} (version {version})", markup=False)
        return verdict


def _landed(item: ReviewItem) -> str:
    latest = item.latest
    if latest is None:
        return item.claim.status
    note = f' ("{latest.note}")' if latest.note else ""
    return f"{latest.verdict} by {latest.reviewer}{note}"


def _show(item: ReviewItem, position: int, total: int) -> None:
    out = stdout()
    out.print()
    out.print(
        f"[bold]claim {item.claim.id}[/] ({position}/{total}, version {item.claim.version},"
        f" {item.claim.status})",
        highlight=False,
    )
    out.print(f"  {item.claim.text}", markup=False)
    if item.chain:
        for hop in item.chain:
            detail = ", ".join(x for x in (hop.cue, hop.date) if x)
            out.print(
                f"  {'  ' * hop.depth}<- {hop.source} ({hop.kind}{', ' if detail else ''}{detail})",
                markup=False,
            )
    else:
        out.print("  (the article's own assertion: no source cited)", markup=False)
    where = f"{item.article_title!r}, " if item.article_title else ""
    out.print(f"  sentence ({where}article {item.claim.article_id}): {item.sentence}", markup=False)


def _say(message: str) -> None:
    stderr().print(message, markup=False)


def _ask_key() -> str:
    """One of _KEYS: a single key press on a terminal, else the first letter of a line."""
    prompt = "[v]erified [d]isputed [u]nverifiable [s]kip [q]uit: "
    while True:
        if sys.stdin.isatty():
            stderr().print(prompt, end="", markup=False)
            key = typer.getchar()
            stderr().print(key, markup=False)
        else:
            line = _ask_line(prompt)
            if line is None:
                return "q"  # end of input ends the session
            key = line[:1]
        key = key.lower()
        if key in _KEYS:
            return key
        _say(f"{key!r} is not one of {', '.join(_KEYS)}")


def _ask_line(prompt: str) -> str | None:
    """A line of input without its newline; None at the end of piped input."""
    if sys.stdin.isatty():
        return typer.prompt(prompt.rstrip(), default="", show_default=False, err=True)
    stderr().print(prompt, end="", markup=False)
    line = sys.stdin.readline()
    if not line:
        stderr().print()
        return None
    stderr().print(line.rstrip("\n"), markup=False)
    return line.strip()
