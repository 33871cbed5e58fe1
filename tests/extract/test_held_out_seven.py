"""Forms the seventh batch of unseen articles showed wrong (a state veto, a sewage story, a
lunar study): who "she" and "the Democrat" are, and figures "from the" agency."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    (
        "But Okafor cautioned that only a lander could confirm the amounts. \u201cOrbital "
        "numbers have surprised us before,\u201d she said.",
        "Orbital numbers have surprised us before",
        ["Okafor"],
    ),
    (
        "For Toledo renter Alma Brandt, 29, the debate is personal. She said she spent $410 "
        "on applications this spring.",
        "spent $410 on applications",
        ["Alma Brandt"],
    ),
    (
        "Spills by Westway Water rose by a third last year, figures from the Environment "
        "Agency show.",
        "rose by a third last year",
        ["Environment Agency"],
    ),
    (
        "Ohio Gov. Dan Whitacre on Friday vetoed a bill capping rental fees. The Republican "
        "wrote in his veto message that the bill was drafted too broadly.",
        "drafted too broadly",
        ["Dan Whitacre"],
    ),
    (
        "Ohio Gov. Dan Whitacre on Friday vetoed a bill capping rental fees, saying the measure "
        "was well-intentioned.",
        "the measure was well-intentioned",
        ["Dan Whitacre"],
    ),
    (
        "\u201cThese figures show a company treating our rivers as an open sewer,\u201d said "
        "Maya Okoro, the group\u2019s director.",
        "treating our rivers as an open sewer",
        ["Maya Okoro"],
    ),
    # an owner in the possessive is no person a later "she" means
    (
        "The Green Party\u2019s housing spokesperson, Helen Orme, said her party would table "
        "amendments. The government was \u201cignoring the problem\u201d, she added.",
        "ignoring the problem",
        ["Helen Orme"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "chain"), CASES, ids=[c[1] for c in CASES])
def test_held_out_seven_chain(text: str, anchor: str, chain: list[str]) -> None:
    assert names(claim_with(text, anchor)) == chain


def test_the_agency_is_the_acronym_cited_before() -> None:
    text = (
        "The orbiter mapped 14 craters, NASA said Wednesday. In the largest, ice makes up as "
        "much as 30% of the soil, the agency said."
    )
    assert names(claim_with(text, "as much as 30% of the soil")) == ["NASA"]


def test_they_inside_what_analysts_said_are_the_analysts() -> None:
    text = (
        "Brent rose 2%, according to LSEG data. Analysts at Stanmore Securities said in a note "
        "on Friday that they expected a surplus of about 1.5 million bpd."
    )
    assert names(claim_with(text, "a surplus of about 1.5 million bpd")) == ["Stanmore Securities"]


def test_the_named_news_agency_is_that_outlet() -> None:
    text = (
        "Saudi Arabia's energy ministry said output would stay flat. Deputy Prime Minister Oleg "
        "Varin was quoted by the Interfax news agency as saying that prices were fair."
    )
    assert names(claim_with(text, "prices were fair")) == ["Interfax", "Oleg Varin"]


def test_he_said_according_to_an_outlet_keeps_both() -> None:
    text = (
        "Oleg Varin said output was steady. He also said Russia had met its quota, according "
        "to Interfax."
    )
    assert names(claim_with(text, "Russia had met its quota")) == ["Interfax", "Oleg Varin"]


def test_an_act_inside_what_was_said_is_no_second_source() -> None:
    text = (
        "Two delegates said Saudi Arabia and Russia had discussed resuming increases from May, "
        "but that no formal proposal had been made."
    )
    assert names(claim_with(text, "resuming increases from May")) == ["?"]
    assert names(claim_with(text, "no formal proposal had been made")) == ["?"]


def test_telling_us_to_wait_is_a_bidding_inside_the_quote() -> None:
    text = (
        "\u201cNobody wants more barrels now. The market is telling us to wait,\u201d one of "
        "the sources said."
    )
    assert names(claim_with(text, "The market is telling us to wait")) == ["?"]
