"""Sources: merging two into one, aliases, and the listing with its counts and graph."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from provenance.catalog import list_sources
from provenance.db.models import Citation, Claim, Source
from provenance.errors import Conflict, InvalidInput, NotFound
from provenance.ingest import ingest_extraction
from provenance.queries import ClaimFilter, HopScope, claim_select
from provenance.sources import add_alias, merge
from tests.ingest_data import KURSK, SECOND, extraction, hop

RIA = extraction(
    "Demining has started, RIA Novosti reported.\n",
    [("Demining has started", [hop("RIA Novosti")])],
)
RIA_SHORT = extraction(
    "Mines were found, RIA reported.\n",
    [("Mines were found", [hop("RIA")])],
)


def claim_texts(session: Session, name: str, hop_scope: HopScope = HopScope.any) -> list[str]:
    stmt = claim_select(session, ClaimFilter(source=name, hop=hop_scope))
    return [c.text for c in session.scalars(stmt)]


def test_merge_repoints_every_citation_and_alias(session: Session) -> None:
    ingest_extraction(session, RIA)
    ingest_extraction(session, RIA_SHORT)
    assert len(session.scalars(select(Source)).all()) == 2

    result = merge(session, "RIA Novosti", "ria")

    assert (result.kept, result.removed, result.citations, result.aliases) == (
        "RIA Novosti",
        "RIA",
        1,
        1,
    )
    assert [s.name for s in session.scalars(select(Source))] == ["RIA Novosti"]
    assert sorted(claim_texts(session, "RIA")) == ["Demining has started", "Mines were found"]
    # A later article naming the merged-away spelling lands on the kept source.
    ingest_extraction(
        session, extraction("Roads are closed, RIA said.\n", [("Roads are closed", [hop("RIA")])])
    )
    assert len(session.scalars(select(Source)).all()) == 1
    assert len(claim_texts(session, "ria novosti")) == 3


def test_merging_a_source_into_itself_is_refused(session: Session) -> None:
    ingest_extraction(session, KURSK)
    with pytest.raises(InvalidInput, match="same source"):
        merge(session, "The Moscow Times", "moscow times")


def test_merge_of_an_unknown_source_suggests_names(session: Session) -> None:
    ingest_extraction(session, KURSK)
    with pytest.raises(NotFound, match="Moscow Times"):
        merge(session, "Moskow Times", "Krasnaya Zvezda")


def test_an_ambiguous_name_must_be_given_by_id(session: Session) -> None:
    ingest_extraction(session, KURSK)
    ingest_extraction(session, SECOND)
    with pytest.raises(InvalidInput, match="names 2 sources"):
        merge(session, "The Moscow Times", "officials")
    officials = session.scalars(select(Source.id).where(Source.name == "officials")).all()

    merge(session, f"#{officials[0]}", f"#{officials[1]}")

    assert len(claim_texts(session, "officials")) == 2


def test_an_alias_makes_later_articles_resolve_to_the_source(session: Session) -> None:
    ingest_extraction(session, RIA)
    result = add_alias(session, "RIA Novosti", "RIA")
    assert result.added

    ingest_extraction(session, RIA_SHORT)

    assert [s.name for s in session.scalars(select(Source))] == ["RIA Novosti"]
    assert sorted(claim_texts(session, "ria")) == ["Demining has started", "Mines were found"]


def test_adding_an_alias_twice_changes_nothing(session: Session) -> None:
    ingest_extraction(session, RIA)
    add_alias(session, "RIA Novosti", "RIA")
    assert not add_alias(session, "ria novosti", "The RIA").added


def test_an_alias_of_another_source_is_a_conflict(session: Session) -> None:
    ingest_extraction(session, RIA)
    ingest_extraction(session, RIA_SHORT)
    with pytest.raises(Conflict, match="sources merge"):
        add_alias(session, "RIA Novosti", "RIA")


def test_source_listing_counts_claims_and_derives_the_graph(session: Session) -> None:
    ingest_extraction(session, KURSK)
    ingest_extraction(session, SECOND)
    claim = session.scalars(select(Claim).where(Claim.text == "Mines remain")).one()
    claim.status = "verified"
    disputed = session.scalars(select(Claim).where(Claim.text.like("Engineers have begun%"))).one()
    disputed.status = "disputed"
    session.flush()

    by_name = {s.name: s for s in list_sources(session)}

    times = by_name["The Moscow Times"]
    assert (times.direct, times.any_hop, times.verified, times.disputed) == (2, 2, 1, 1)
    assert times.cites == ("Krasnaya Zvezda",)
    assert times.cited_by == ()
    zvezda = by_name["Krasnaya Zvezda"]
    assert (zvezda.direct, zvezda.any_hop, zvezda.disputed) == (0, 1, 1)
    assert zvezda.cited_by == ("The Moscow Times",)
    assert zvezda.description == "the newspaper of Russia's Defense Ministry"
    assert "moscow times" in times.aliases


def test_origin_and_direct_scopes(session: Session) -> None:
    ingest_extraction(session, KURSK)
    engineers = "Engineers have begun clearing mines in Kursk"
    assert claim_texts(session, "Krasnaya Zvezda", HopScope.origin) == [engineers]
    assert claim_texts(session, "Krasnaya Zvezda", HopScope.direct) == []
    assert claim_texts(session, "The Moscow Times", HopScope.direct) == [engineers]
    assert claim_texts(session, "The Moscow Times", HopScope.origin) == []
    citations = session.scalars(select(Citation)).all()
    assert len(citations) == 3


MI5_NAMED = extraction(
    "Plots rose, Britain's domestic intelligence agency said.\n",
    [
        (
            "Plots rose",
            [hop("Britain's domestic intelligence agency", kind="agency", aliases=("MI5",))],
        )
    ],
)
MI5_SHORT = extraction(
    "Arrests doubled, MI5 said.\n",
    [("Arrests doubled", [hop("MI5", kind="agency")])],
)


def test_other_names_the_text_gives_a_source_become_aliases(session: Session) -> None:
    ingest_extraction(session, MI5_NAMED)
    assert claim_texts(session, "mi5") == ["Plots rose"]
    # A later article naming it only by the short name finds the same source.
    ingest_extraction(session, MI5_SHORT)
    assert len(session.scalars(select(Source)).all()) == 1
    assert claim_texts(session, "Britain's domestic intelligence agency") == [
        "Plots rose",
        "Arrests doubled",
    ]


def test_another_name_a_later_mention_gives_becomes_an_alias(session: Session) -> None:
    # the first mention gives no other name, a later one of the same source does
    ingest_extraction(
        session,
        extraction(
            "Missiles flew 60 km, the Korean Central News Agency said.\n"
            "The test worked, KCNA said.\n",
            [
                ("Missiles flew 60 km", [hop("Korean Central News Agency")]),
                ("The test worked", [hop("The Korean Central News Agency", aliases=("KCNA",))]),
            ],
        ),
    )
    assert len(session.scalars(select(Source)).all()) == 1
    assert claim_texts(session, "KCNA") == ["Missiles flew 60 km", "The test worked"]


def test_a_name_within_a_longer_source_name_finds_it(session: Session) -> None:
    ingest_extraction(
        session,
        extraction(
            "Ozone fell, the U.S. Environmental Protection Agency said.\n",
            [("Ozone fell", [hop("U.S. Environmental Protection Agency", kind="agency")])],
        ),
    )
    assert claim_texts(session, "Environmental Protection Agency") == ["Ozone fell"]
    with pytest.raises(NotFound):
        claim_texts(session, "Protection Ag")  # whole words only


def test_a_source_met_first_by_its_short_name_is_found_by_its_long_one(
    session: Session,
) -> None:
    ingest_extraction(session, MI5_SHORT)
    second = ingest_extraction(session, MI5_NAMED)

    sources = session.scalars(select(Source)).all()
    assert [s.name for s in sources] == ["MI5"]
    assert second.new_source_ids == frozenset()
    # The long name is an alias now: a third article using it alone finds the source.
    third = ingest_extraction(
        session,
        extraction(
            "Threats grew, Britain's domestic intelligence agency said.\n",
            [("Threats grew", [hop("Britain's domestic intelligence agency", kind="agency")])],
        ),
    )
    assert third.source_ids == frozenset({sources[0].id})
    assert sorted(claim_texts(session, "mi5")) == ["Arrests doubled", "Plots rose", "Threats grew"]


def test_other_names_of_two_different_sources_do_not_merge_them(session: Session) -> None:
    ingest_extraction(session, extraction("A rose, ICES said.\n", [("A rose", [hop("ICES")])]))
    ingest_extraction(session, extraction("B fell, MI5 said.\n", [("B fell", [hop("MI5")])]))
    both = hop("Joint Council", kind="organisation", aliases=("ICES", "MI5"))
    result = ingest_extraction(
        session, extraction("C held, the Joint Council said.\n", [("C held", [both])])
    )

    names = sorted(s.name for s in session.scalars(select(Source)))
    assert names == ["ICES", "Joint Council", "MI5"]
    assert len(result.new_source_ids) == 1
    assert claim_texts(session, "ICES") == ["A rose"]  # its alias stays its own
