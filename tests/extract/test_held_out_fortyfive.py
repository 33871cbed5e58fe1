"""Forms that batches 45 to 48 of unseen articles showed wrong: bodies called boards, names
spelt out before their acronym, a possessive bulletin, company endings outside English, and
a post the text qualified ("the longhouse chief of X"). Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import assert_chain, claim_with


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # a board is a body: "Tea Board of Kenya" keeps its name
        (
            "Tea exports fell 11 percent, according to data from the Tea Board of Kenya.",
            "Tea exports fell",
            ["Tea Board of Kenya"],
        ),
        # the regulator's bulletin is the regulator's
        (
            "Exports fell, according to the Tea Board of Kenya. The country earned Sh108 "
            "billion from tea, the regulator's latest monthly bulletin shows.",
            "earned Sh108 billion",
            ["Tea Board of Kenya"],
        ),
        # a name spelt out before its acronym is a name, even in small letters
        (
            "The mill processes 60 tonnes an hour, according to its environmental impact "
            "assessment (EIA) report approved in 2019.",
            "60 tonnes an hour",
            ["environmental impact assessment"],
        ),
        # a post qualified by its place is not the person named last
        (
            "NREB controller Dr Sylvester Belayong said the mill was shut. Utusan Borneo "
            "reported, citing the longhouse chief of Rumah Ngelai, that villagers noticed a "
            "foul smell.",
            "villagers noticed a foul smell",
            ["Utusan Borneo", "?"],
        ),
        # "the company" is the one with a company's ending, not the board that ordered it
        (
            "The Natural Resources and Environment Board (NREB) has ordered a mill to close. "
            "The mill, run by Bakong Agro Industries Sdn Bhd, processes palm fruit. NREB "
            "tested the water on Monday. In a brief statement, the company said it was "
            "cooperating fully.",
            "cooperating fully",
            ["Bakong Agro Industries"],
        ),
        # "representative on the board" describes a person
        (
            "The party's representative on the board, Imran Shahid, said the tariff was unfair.",
            "the tariff was unfair",
            ["Imran Shahid"],
        ),
    ],
)
def test_chains(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


def test_spelt_out_name_is_no_person() -> None:
    hop = claim_with(
        "The mill must close, according to the Environmental Impact Assessment (EIA) report.",
        "must close",
    ).chain[0]
    assert (hop.name, hop.kind) == ("Environmental Impact Assessment", "organisation")


def test_a_board_is_a_public_body() -> None:
    hop = claim_with("The Rubber Board said production fell 9 per cent.", "production").chain[0]
    assert (hop.name, hop.kind) == ("Rubber Board", "agency")


def test_appositive_post_on_a_board_is_a_person() -> None:
    ex = extract("The party's representative on the board, Imran Shahid, said prices rose.")
    assert [h.kind for h in ex.claims[0].chain] == ["person"]
