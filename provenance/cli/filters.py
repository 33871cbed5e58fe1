"""The claim filter options `claims`, `export`, `mark` and `review` share, defined once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from provenance.errors import InvalidInput

if TYPE_CHECKING:
    from provenance.queries import ClaimFilter

SourceOption = Annotated[
    str | None,
    typer.Option(
        "--source", "-s", help="Claims resting on this source (name or alias), at any hop."
    ),
]
DirectOption = Annotated[
    bool, typer.Option("--direct", help="With --source: only where the article cites it.")
]
OriginOption = Annotated[
    bool, typer.Option("--origin", help="With --source: only where it is the chain's origin.")
]
StatusOption = Annotated[
    str | None,
    typer.Option(
        "--status", help="Claims with this status: unreviewed, verified, disputed, unverifiable."
    ),
]
ArticleOption = Annotated[
    int | None, typer.Option("--article", metavar="ID", help="Claims of this article id.")
]


def claim_filter(
    source: str | None, direct: bool, origin: bool, status: str | None, article: int | None
) -> ClaimFilter:
    """The ClaimFilter the options ask for; refuses --direct/--origin misuse."""
    from provenance.queries import ClaimFilter, HopScope

    if direct and origin:
        raise InvalidInput("--direct and --origin exclude each other")
    if (direct or origin) and source is None:
        raise InvalidInput("--direct and --origin need --source NAME")
    hop = HopScope.direct if direct else HopScope.origin if origin else HopScope.any
    return ClaimFilter(source=source, hop=hop, status=status, article_id=article)
