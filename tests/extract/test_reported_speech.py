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


def test_quote_opening_the_sentence_is_not_a_name() -> None:
    # "More and more, there are …": a quote with a comma inside, spoken by the name after it
    c = claim_with(
        "\u201cMore and more, there are events that knock your socks off,\u201d said Michael "
        "Oppenheimer, a professor of geosciences at Princeton University.",
        "there are events",
    )
    assert names(c) == ["Michael Oppenheimer"]
    assert c.chain[0].description == "a professor of geosciences at Princeton University"


def test_bare_role_after_an_inverted_speaker_is_a_description() -> None:
    text = (
        '"The approach is simply not working," said Daryl Kimball, executive director of the '
        "Arms Control Association."
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == ["The approach is simply not working"]
    hop = ex.claims[0].chain[0]
    assert (hop.name, hop.description) == (
        "Daryl Kimball",
        "executive director of the Arms Control Association",
    )


def test_speaker_with_a_bracketed_remark_keeps_the_whole_name() -> None:
    text = '"It is a misguided approach," said Mr. Burman (a view others share).'
    c = claim_with(text, "misguided")
    assert names(c) == ["Burman"]


def test_police_and_court_papers_are_named_bodies() -> None:
    text = (
        "He is accused of stealing $312,000, according to a criminal complaint filed "
        "Wednesday. He was charged with theft, state police said. Court documents show "
        "$187,000 went to sportsbooks. He also used a debit card, the complaint alleges. "
        "The thefts came to light in October, according to the affidavit of probable cause."
    )
    got = {
        anchor: [(h.name, h.kind) for h in claim_with(text, anchor).chain]
        for anchor in ("stealing", "charged with theft", "sportsbooks", "debit card", "October")
    }
    assert got == {
        "stealing": [("criminal complaint", "government")],
        "charged with theft": [("state police", "agency")],
        "sportsbooks": [("court documents", "government")],
        # "the complaint" is the criminal complaint named before
        "debit card": [("criminal complaint", "government")],
        "October": [("affidavit of probable cause", "government")],
    }


def test_title_after_a_lowercase_description_belongs_to_the_description() -> None:
    c = claim_with(
        '"We find out the money was going out the back door," fire company President Luis '
        "Ocasio said. He said the company had postponed buying a truck.",
        "postponed buying",
    )
    hop = c.chain[0]
    assert (hop.name, hop.kind, hop.description) == (
        "Luis Ocasio",
        "person",
        "fire company President",
    )


def test_descriptive_renaming_finds_the_name_it_shortens() -> None:
    text = (
        "The former treasurer of the Harlow Volunteer Fire Company was charged on Monday. "
        "Tamsin had served as treasurer since 2012, the fire company said."
    )
    assert names(claim_with(text, "since 2012")) == ["Harlow Volunteer Fire Company"]


def test_wrote_with_a_thing_written_is_no_attribution() -> None:
    text = (
        "Prosecutors alleged that Tamsin wrote 214 checks to himself. "
        "Lee wrote the plan would fail."
    )
    assert names(claim_with(text, "214 checks")) == ["prosecutors"]  # not Tamsin's
    assert names(claim_with(text, "plan would fail")) == ["Lee"]


def test_possessive_before_a_cue_noun_is_no_attribution() -> None:
    text = (
        "Tamsin's attorney, Rachel Brandt, said he would plead. "
        '"The number in the complaint is an accountant\'s estimate, not a fact," she said.'
    )
    c = claim_with(text, "accountant's estimate")
    assert names(c) == ["Rachel Brandt"]


def test_quote_running_over_sentences_belongs_to_the_role_and_name_after_it() -> None:
    text = (
        '"We expected sleep to go up. It happened within the first school year," said the '
        "study's lead author, Dr. Naomi Feldberg, a pediatric sleep researcher at the university."
    )
    for anchor in ("expected sleep", "first school year"):
        hop = claim_with(text, anchor).chain
        assert [(h.name, h.description) for h in hop] == [
            (
                "Naomi Feldberg",
                "the study's lead author, a pediatric sleep researcher at the university",
            )
        ]


def test_researchers_of_a_study_named_before_are_the_study() -> None:
    text = (
        "Teenagers slept 38 minutes more, according to a study published Monday in JAMA "
        "Pediatrics. Their grades did not change, the researchers found. Dr. Marcus Bell, who "
        'was not involved in the study, called the design "about as good as you can get." '
        "But he cautioned that the benefit could fade. Crash data came from police reports, "
        "which miss minor collisions."
    )
    assert names(claim_with(text, "grades did not change")) == [
        "a study published Monday in JAMA Pediatrics"
    ]
    assert names(claim_with(text, "about as good")) == ["Marcus Bell"]
    assert names(claim_with(text, "benefit could fade")) == ["Marcus Bell"]
    assert names(claim_with(text, "miss minor collisions")) == []


def test_opening_phrase_without_a_comma_before_the_speaker() -> None:
    c = claim_with(
        "In a Bloomberg interview Trump declared \u201cNATO may be obsolete.\u201d", "NATO"
    )
    assert names(c) == ["Trump"]


def test_spokesperson_of_a_named_body_speaks_for_it() -> None:
    text = (
        "A Department of Health and Social Care spokesperson said: \u201cPatients should never "
        "be treated in corridors.\u201d A spokesman for the Pentagon said the base would close. "
        "A Pentagon official said troops had left."
    )
    hop = claim_with(text, "never be treated").chain[0]
    assert (hop.name, hop.kind, hop.description) == (
        "Department of Health and Social Care",
        "government",
        "spokesperson",
    )
    assert names(claim_with(text, "base would close")) == ["Pentagon"]
    assert names(claim_with(text, "troops had left")) == ["?"]  # an official: unnamed


def test_think_tank_and_requests_are_no_cues() -> None:
    text = (
        "The Institute for the Study of War assessed in January that Russian forces would use "
        "the route. The Washington-based think tank said the railway would ease logistics. "
        "Bloomberg News reported, citing people familiar with the matter, that Cocobod had "
        "asked some buyers to accept delayed deliveries."
    )
    assert names(claim_with(text, "ease logistics")) == ["Institute for the Study of War"]
    assert names(claim_with(text, "delayed deliveries")) == ["Bloomberg News", "?"]


def test_told_a_recipient_a_clause_holding_a_quote() -> None:
    text = (
        "Ukraine's military intelligence agency, the HUR, told The Northline the railway was a "
        '"priority target" but declined to comment on specific plans.'
    )
    ex = extract(text)
    assert [(c.text, names(c)) for c in ex.claims] == [
        ('the railway was a "priority target"', ["HUR"]),
        ("declined to comment on specific plans", []),
    ]


def test_quote_ending_in_that_keeps_it_and_analysts_work_at_a_body() -> None:
    c = claim_with(
        '"The arrivals data is simply not showing that," analysts at Lindqvist Commodities '
        "wrote in a note to clients.",
        "not showing",
    )
    assert c.text == "The arrivals data is simply not showing that"
    assert [(h.name, h.kind, h.description) for h in c.chain] == [
        ("Lindqvist Commodities", "organisation", "analysts")
    ]


def test_relative_clause_speaker_after_a_description_and_asked_inside_a_quote() -> None:
    text = (
        "Jamal Whitaker, a renter who said he had been forced to move twice, called the cap "
        '"a start." "It will blow a hole in the budget, and we haven\'t even asked how big," '
        'Soto said. "This is my pension," said Linda Park, who rents out a cottage on Alder '
        "Street."
    )
    c = claim_with(text, "forced to move twice")
    assert [(h.name, h.description) for h in c.chain] == [("Jamal Whitaker", "a renter")]
    assert names(claim_with(text, "asked how big")) == ["Soto"]
    park = claim_with(text, "my pension").chain[0]
    assert park.description == "who rents out a cottage on Alder Street"


def test_study_finding_a_noun_phrase() -> None:
    c = claim_with(
        "A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter "
        "impersonation out of more than a billion ballots cast.",
        "31 incidents",
    )
    assert names(c) == ["Justin Levitt"]
    assert c.text.startswith("31 incidents")


def test_batch_five_patterns() -> None:
    text = (
        "Data centers consumed 415 terawatt-hours in 2024, roughly 1.5 percent of global demand, "
        "and that figure is on track to double by 2030, the International Energy Agency said in "
        "a report published in April. Deputy commissioner of police (cyber) Nandini Rawat said "
        "the money went through 41 mule accounts. A Western diplomat in Riyadh told Al-Monitor "
        'that the RSF had agreed "in principle" to send a delegation. The Department for '
        "Environment, Food and Rural Affairs said prices rose."
    )
    assert names(claim_with(text, "415 terawatt-hours")) == ["International Energy Agency"]
    assert names(claim_with(text, "on track to double")) == ["International Energy Agency"]
    rawat = claim_with(text, "41 mule accounts").chain[0]
    assert (rawat.name, rawat.description) == (
        "Nandini Rawat",
        "Deputy commissioner of police (cyber)",
    )
    assert names(claim_with(text, "send a delegation")) == ["?"]
    assert names(claim_with(text, "prices rose")) == [
        "Department for Environment, Food and Rural Affairs"
    ]
