"""Reference back (family 7): anaphors and renamings carry the chain of what they refer to."""

from __future__ import annotations

import pytest

from tests.extract.conftest import assert_chain, claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    (
        "The Valley Courier reported on Monday that the dam had cracked, citing engineers at "
        "the site. According to the outlet, repairs will take a year.",
        "repairs will take a year",
        ["The Valley Courier"],
    ),
    (
        "The Valley Courier reported that the dam had cracked, citing the regional water board. "
        "Water levels were lowered overnight, the report said.",
        "Water levels were lowered overnight",
        ["The Valley Courier", "regional water board"],
    ),
    (
        "Defense Minister Karl Ober said the base would close. He said 300 jobs would move.",
        "300 jobs would move",
        ["Karl Ober"],
    ),
    (
        "Marta Silva, the chief economist at Nordbank, warned that rates would rise. "
        "Silva said inflation was sticky.",
        "inflation was sticky",
        ["Marta Silva"],
    ),
    (
        "Britain's domestic intelligence agency, MI5, said it had foiled a plot. "
        "The spy agency said two men were arrested.",
        "two men were arrested",
        ["MI5"],
    ),
    (
        "Apple unveiled a new phone on Tuesday. The Cupertino-based iPhone maker said sales "
        "would start in May.",
        "sales would start in May",
        ["Apple"],
    ),
    (
        "The Health Ministry said 40 clinics had closed. The ministry said staff were unpaid.",
        "staff were unpaid",
        ["Health Ministry"],
    ),
    (
        "Nordbank said profits fell by half. It said costs had doubled.",
        "costs had doubled",
        ["Nordbank"],
    ),
    (
        "Local officials said the road was flooded. They said it would reopen on Friday.",
        "would reopen on Friday",
        ["?"],
    ),
    (
        "Gasline announced that it would cut 200 jobs. The company said the cuts were final.",
        "the cuts were final",
        ["Gasline"],
    ),
    (
        "The Tass news agency reported that the talks had stalled. The agency said no date "
        "was set.",
        "no date was set",
        ["Tass news agency"],
    ),
    # "the company" is the company the article is about, not a data provider cited since
    (
        "Lumora Systems on Tuesday reported higher sales. Lumora shipped 4 million units, "
        "Lumora said. Profit beat the $1.10 forecast, according to data compiled by FactBase. "
        "Sales in Asia fell, reflecting what the company described as weak demand.",
        "weak demand",
        ["Lumora Systems"],
    ),
    # a common noun opening a sentence is no company: "Revenue from the unit …"
    (
        "Pellow Foods said sales rose. Revenue from the snacks unit jumped 9%. "
        "The company said prices would rise.",
        "prices would rise",
        ["Pellow Foods"],
    ),
    # a post-posed "the group said" names the subject of its own sentence
    (
        "The ministry said its drones hit a depot. Conflict Ledger has recorded 30 strikes "
        "since May, the group said.",
        "recorded 30 strikes",
        ["Conflict Ledger"],
    ),
    # a surname first met in an appositive, then "She said"
    (
        "The defendant appeared with his attorney, Nora Flint. \u201cHe is innocent,\u201d the "
        "prosecutor Ian Vale said nothing. Flint said her client was at home. She said he "
        "had lent the car to a friend.",
        "lent the car to a friend",
        ["Nora Flint"],
    ),
    # "the poll" refers to the poll named before, not to the last speaker
    (
        "Mayor Ana Ruiz said the plan would pass. Support for the plan fell, according to a "
        "Civic Pulse poll. Forty percent backed it in the June poll.",
        "Forty percent backed it",
        ["Civic Pulse"],
    ),
    # a speaker described by a relative clause is still a person: "She said" is her
    (
        "\u201cThis is my pension,\u201d said Ana Park, who rents out a cottage behind her "
        "house. She said she had booked 180 nights last year.",
        "booked 180 nights",
        ["Ana Park"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "want"), CASES, ids=[c[1][:30] for c in CASES])
def test_reference_back(text: str, anchor: str, want: list[str]) -> None:
    assert_chain(text, anchor, want)


def test_anaphor_keeps_its_own_mention_and_cue() -> None:
    text = (
        "Defense Minister Karl Ober said the base would close. "
        "He told reporters 300 jobs would move."
    )
    c = claim_with(text, "300 jobs would move")
    assert c.chain[0].name == "Karl Ober"
    assert c.chain[0].mention == "He"
    assert c.chain[0].cue == "told"
    assert text[c.chain[0].start : c.chain[0].end] == "He"


CHAIN_CASES: list[tuple[str, str, list[str]]] = [
    (
        "A tanker launched drones, The Beacon reported, citing security officials. Its crew "
        "included two former soldiers, the officials said.",
        "two former soldiers",
        ["The Beacon", "?"],  # the second hop: the unnamed "security officials"
    ),
    (
        "Halvik, founded in 1998, has won contracts with 40 chains. The company said it would "
        "keep investing in robots.",
        "keep investing in robots",
        ["Halvik"],
    ),
    (
        "Mayor Lisa Brandt informed residents of the vote in a letter on Wednesday. The letter "
        "said no street would close for more than two weeks.",
        "no street would close",
        ["Lisa Brandt"],
    ),
    (
        "The European Commission said the quota would fall. The Commission said talks would "
        "resume in May.",
        "talks would resume",
        ["European Commission"],
    ),
]


@pytest.mark.parametrize(
    ("text", "anchor", "want"), CHAIN_CASES, ids=[c[1][:30] for c in CHAIN_CASES]
)
def test_chain_carries_over(text: str, anchor: str, want: list[str]) -> None:
    assert names(claim_with(text, anchor)) == want


def test_acronym_in_brackets_is_an_alias() -> None:
    text = (
        "The Joint Chiefs of Staff (JCS) said the missile flew 350 kilometers. "
        "The JCS said it was a new type."
    )
    first = claim_with(text, "the missile flew")
    later = claim_with(text, "it was a new type")
    assert first.chain[0].name == later.chain[0].name == "Joint Chiefs of Staff"
    assert first.chain[0].aliases == ("JCS",)


def test_country_possessive_stays_in_the_name() -> None:
    # two countries' energy ministries are two sources; the bare name is an alias
    c = claim_with("Egypt's Supply Ministry said reserves were sufficient.", "reserves")
    assert c.chain[0].name == "Egypt's Supply Ministry"
    assert c.chain[0].aliases == ("Supply Ministry",)


def test_and_inside_a_name() -> None:
    text = "The Centers for Disease Control and Prevention estimates that 4.6 million have asthma."
    c = claim_with(text, "4.6 million have asthma")
    assert c.chain[0].name == "Centers for Disease Control and Prevention"


def test_the_officials_are_the_officials_cited_before() -> None:
    text = (
        "A tanker launched drones, The Beacon reported, citing security officials. Its crew "
        "included two former soldiers, the officials said."
    )
    c = claim_with(text, "two former soldiers")
    assert c.chain[1].name == "security officials"
    assert c.chain[1].mention == "the officials"


def test_description_later_named_takes_the_name() -> None:
    text = (
        "Britain's domestic intelligence agency has assessed that hired proxies carry out "
        "sabotage. The agency, MI5, said it had disrupted 14 plots."
    )
    assert names(claim_with(text, "hired proxies carry out sabotage")) == ["MI5"]
    assert names(claim_with(text, "disrupted 14 plots")) == ["MI5"]


def test_interview_answers_are_the_interviewees() -> None:
    text = (
        "Mara Osei is an economist at the Harbour Institute. She spoke to us about prices.\n\n"
        "Q: Will prices keep rising?\n\n"
        "A: Yes, through the summer. The central bank has said rates will stay high.\n\n"
        "Q: And wages?\n\n"
        "A: Wages lag behind prices in most sectors."
    )
    assert names(claim_with(text, "through the summer")) == ["Mara Osei"]
    assert names(claim_with(text, "rates will stay high"))[0] == "Mara Osei"
    assert len(names(claim_with(text, "rates will stay high"))) == 2
    assert names(claim_with(text, "Wages lag behind prices")) == ["Mara Osei"]
    assert not claim_with(text, "Wages lag").text.startswith("A:")


def test_pronoun_after_a_person_described_not_named() -> None:
    text = (
        'Its chief executive, Paul Ainsworth, said: "We are acting." The daughter of one '
        "patient told the Guardian that her mother had waited 31 hours. "
        '"The nurses kept apologising," she said.'
    )
    c = claim_with(text, "nurses kept apologising")
    assert [h.name for h in c.chain] == ["the daughter of one patient"]


def test_bare_group_is_the_one_introduced_with_its_body() -> None:
    text = (
        "Inspectors from the Care Quality Commission (CQC) counted 41 patients in corridors. "
        "Inspectors found that patients did not always receive medicines on time. "
        "East Weald Hospitals NHS foundation trust said it accepted the findings. "
        "The trust said it had opened a discharge lounge."
    )
    assert names(claim_with(text, "receive medicines")) == ["Care Quality Commission"]
    assert names(claim_with(text, "discharge lounge")) == [
        "East Weald Hospitals NHS foundation trust"
    ]
