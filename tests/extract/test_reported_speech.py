"""Reported speech forms found missing on real news: progressives, demands, appositives, quotes.

Short invented sentences, each asserting the chain of the claim holding a phrase; a few
assert that a near miss stays the article's own statement.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import claim_with, names

# (text, anchor the claim must contain, expected chain as names)
CASES: list[tuple[str, str, list[str]]] = [
    # progressive and perfect forms of a cue
    (
        "The governor is telling reporters in Dover that the bridge will reopen in May.",
        "the bridge will reopen in May",
        ["?"],  # a description, no name: an unnamed source
    ),
    (
        "Senator Ada Pruitt is warning that the county will run out of road salt.",
        "county will run out of road salt",
        ["Ada Pruitt"],
    ),
    (
        "Sanders is suggesting he beat expectations because he started far behind.",
        "he beat expectations",
        ["Sanders"],
    ),
    # a demand: "called on X to", "called for X to"
    (
        "The mayor also called on the council to delay the vote until spring.",
        "council to delay the vote",
        ["?"],
    ),
    # an affiliation in brackets, then the comma that closes the name
    (
        "In the budget debate, Sen. Mara Voss (D-Ore.), said, \u201cWe cannot pay for this. "
        "The numbers do not add up.\u201d",
        "The numbers do not add up",
        ["Mara Voss"],
    ),
    # a description between dashes
    (
        "Lena Ortiz \u2014 a nurse from Tulsa \u2014 says the clinic closed last winter.",
        "the clinic closed last winter",
        ["Lena Ortiz"],
    ),
    # a one-word answer that the quote carries on from
    (
        "Asked whether the plant would close, Dana Pike said, \u201cNo. The owners have signed "
        "a new lease.\u201d",
        "owners have signed a new lease",
        ["Dana Pike"],
    ),
    # a bare clause after a cue that is not always reported speech
    (
        "The ministry revealed its budget had been cut by a third.",
        "budget had been cut",
        ["ministry"],
    ),
    ("Investigators learned that the pump had failed twice.", "pump had failed twice", ["?"]),
    # date, place and then "that"; a recipient whose name holds "of"; a duration
    (
        "Rep. Tom Baird said Sunday in Toledo, Ohio, that the plant would stay open.",
        "the plant would stay open",
        ["Tom Baird"],
    ),
    (
        "The mayor told The Courier of Dayton last week she would seek a second term.",
        "she would seek a second term",
        ["?"],
    ),
    (
        "Kellerman has said for weeks he is the only candidate who can win the state.",
        "he is the only candidate",
        ["Kellerman"],
    ),
    # a lowercase role before the name
    (
        "The album is almost finished, singer Mara Quist recently revealed.",
        "The album is almost finished",
        ["Mara Quist"],
    ),
    # a participle after a closing quote; after a main clause with an irregular verb
    (
        "The mayor gave a spirited defense of \u201clocal values,\u201d saying the town had "
        "always welcomed newcomers.",
        "the town had always welcomed newcomers",
        ["?"],
    ),
    (
        "Hours later, the senator returned the favor, telling reporters the deal was dead.",
        "the deal was dead",
        ["?"],
    ),
    # a number's comma is no clause boundary: one hop, not a second "source"
    (
        "The Tribune also reported that roughly 1,100 donor names weren\u2019t disclosed.",
        "donor names",
        ["The Tribune"],
    ),
    # share of a poll's respondents
    (
        "Nearly half of the voters said they favor the new tax.",
        "they favor the new tax",
        ["?"],
    ),
]

NOT_ATTRIBUTED: list[tuple[str, str]] = [
    ("The minister called for compensation from the fund.", "compensation from the fund"),
    ("The company revealed a new phone on Tuesday.", "revealed a new phone"),
    ("The minister denied the allegations that were made last week.", "denied the allegations"),
]


def _check(got: list[str], want: list[str]) -> None:
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        if w == "?":
            assert g == "?", got
        else:
            assert w.lower() in g.lower() or g.lower() in w.lower(), got


@pytest.mark.parametrize(("text", "anchor", "want"), CASES, ids=[c[1][:30] for c in CASES])
def test_reported_speech_chain(text: str, anchor: str, want: list[str]) -> None:
    _check(names(claim_with(text, anchor)), want)


@pytest.mark.parametrize(("text", "anchor"), NOT_ATTRIBUTED, ids=[c[1] for c in NOT_ATTRIBUTED])
def test_act_not_speech(text: str, anchor: str) -> None:
    assert names(claim_with(text, anchor)) == []


def test_colon_ending_a_paragraph_names_the_next_quote() -> None:
    text = (
        "The council chairman continued:\n\n"
        "\u201cWe will not raise the water rates this year. The reserves are large enough.\u201d"
    )
    for anchor in ("raise the water rates", "reserves are large enough"):
        c = claim_with(text, anchor)
        assert names(c) == ["?"]
        assert c.chain[0].mention == "The council chairman"


def test_role_before_name_is_a_description() -> None:
    c = claim_with("The album is almost finished, singer Mara Quist recently revealed.", "album is")
    assert c.chain[0].name == "Mara Quist"
    assert c.chain[0].description == "singer"


def test_introductory_phrase_is_no_claim() -> None:
    ex = extract("In a statement on Tuesday, the ministry said the plan had failed.")
    assert [c.text for c in ex.claims] == ["the plan had failed"]
