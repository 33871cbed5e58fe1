"""Forms that the twenty-third and twenty-fourth batches of unseen articles (and PolNeAR's
train split, read for error analysis only) showed wrong: place-based names, party tags with a
space, people described by a clause, press services, papers by who made them, court findings,
labels that name who is quoted, and asides that ate the next clause. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import assert_chain, claim_with, names


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # "the paper" is an audience like "the newspaper"
        ("Halvorsen told the paper he would resign in March.", "resign in March", ["Halvorsen"]),
        # a subordinate clause first: the speaker is who says, not "officials say the unions"
        (
            "While Republicans back the delay, officials say the unions insisted on acting now.",
            "Republicans back the delay",
            [],
        ),
        # what they insisted on is what was said, not a place or time
        (
            "Republicans back the delay, the unions insisted on acting now.",
            "Republicans back the delay",
            [],
        ),
        # "the minister" is nobody's surname: not the company cited before
        (
            "Acme said output would fall. The minister said the country would default.",
            "country would default",
            ["?"],
        ),
        # an audience counted
        (
            "\u201cWe will rebuild the mill,\u201d Grant said to a crowd of about 5,000 in Ohio.",
            "rebuild the mill",
            ["Grant"],
        ),
        # people described by a "that" clause
        (
            "Two operators that run disposal wells in Reeves County told the Tribune they had "
            "begun shifting water.",
            "begun shifting water",
            ["?"],
        ),
        # a party tag whose place has two words
        (
            "State Rep. Ana Cortez, D-El Paso, said the commission had waited too long.",
            "waited too long",
            ["Ana Cortez"],
        ),
        # questioning people is an act
        (
            "Members of the committee questioned agency staff during a hearing on Wednesday.",
            "questioned agency staff",
            [],
        ),
        # a judge's finding; a jury's verdict is the article's
        (
            "A federal judge found users plausibly alleged the app shared their data.",
            "the app shared their data",
            ["?", "?"],
        ),
        ("The jury found the company liable for the spill.", "liable for the spill", []),
        # a perfect with two participles shares its object
        (
            "The ministry claimed that its air defence systems had intercepted and destroyed 73 "
            "drones overnight, including 21 over Samara.",
            "intercepted and destroyed 73 drones",
            ["ministry"],
        ),
        # what a body is, in lower case, then its name
        (
            "Six regions will face outages on Wednesday, national power grid operator Ukrenergo "
            "has said.",
            "face outages",
            ["Ukrenergo"],
        ),
        # "from an average of six days" is a quantity, not a poll
        (
            "Transit times have risen from an average of six days to 11, according to the Rwanda "
            "Private Sector Federation.",
            "risen from an average of six days",
            ["Rwanda Private Sector Federation"],
        ),
        # attributing a cause and recommending are said
        (
            "The Tanzania Ports Authority attributes the backlog to a shortage of wagons.",
            "attributes the backlog to a shortage",
            ["Tanzania Ports Authority"],
        ),
        (
            "The Tanzania Ports Authority recommended that customs deploy more officers at Isaka.",
            "deploy more officers",
            ["Tanzania Ports Authority"],
        ),
        # a statement "attributed to" someone names whose it is elsewhere, never the statement's
        (
            "A statement attributed to the group said the attack was revenge.",
            "the attack was revenge",
            [],
        ),
    ],
)
def test_chain(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


def test_an_audience_is_no_claim() -> None:
    text = "\u201cWe will rebuild the mill,\u201d Grant said to a crowd of about 5,000 in Ohio."
    assert [c.text for c in extract(text).claims] == ["We will rebuild the mill"]


def test_the_date_a_venue_came_out_is_no_claim() -> None:
    text = (
        "\u201cWe are aware of attacks,\u201d the vendor wrote in the advisory, published on "
        "Tuesday."
    )
    assert [c.text for c in extract(text).claims] == ["We are aware of attacks"]


def test_a_motion_to_dismiss_is_where_it_was_argued() -> None:
    text = "Lunaria argued in its motion to dismiss that users agreed to the data sharing."
    assert [c.text for c in extract(text).claims] == ["users agreed to the data sharing"]


def test_a_role_names_the_judge_alone_not_whom_she_found_had_alleged() -> None:
    text = (
        "U.S. District Judge Helen Ortiz found that the plaintiffs plausibly alleged a breach. "
        "\u201cThat is enough at this stage,\u201d the Biden appointee wrote."
    )
    assert names(claim_with(text, "enough at this stage")) == ["Helen Ortiz"]


def test_a_company_after_a_relative_clause_is_the_company_meant() -> None:
    text = (
        "The plant was put on import alert, according to the FDA's import alert database. "
        "Varuna, which booked revenue of 1,900 crore rupees, did not respond.\n\n"
        "In a filing on Wednesday, however, the company said it had hired a consultant."
    )
    assert names(claim_with(text, "hired a consultant")) == ["Varuna"]


def test_a_press_service_speaks_for_its_body() -> None:
    text = (
        "DTEK said one of its plants had been damaged. \u201cThis is the eighth attack on our "
        "plants,\u201d the company's press service said.\n\n"
        "The Cabinet of Ministers allocated UAH 1.5 billion for repairs, the government's press "
        "service reported."
    )
    assert names(claim_with(text, "eighth attack")) == ["DTEK"]
    assert names(claim_with(text, "UAH 1.5 billion")) != ["DTEK"]


def test_a_label_names_who_is_quoted() -> None:
    text = (
        "Iryna Lysak, an analyst, told the outlet that outages would spread.\n\n"
        'Quote from Lysak: "Pumping stations are hard to defend. Russia lacks the air defence '
        'to cover them."'
    )
    assert names(claim_with(text, "hard to defend")) == ["Iryna Lysak"]
    assert names(claim_with(text, "lacks the air defence")) == ["Iryna Lysak"]


@pytest.mark.parametrize(
    ("text", "anchor", "name"),
    [
        (
            "A 2021 Government Accountability Office report found that crashes killed 123 "
            "service members.",
            "killed 123 service members",
            "Government Accountability Office",
        ),
        (
            "The attackers created rogue accounts, according to a Crestmark blog post published "
            "on Friday.",
            "created rogue accounts",
            "Crestmark",
        ),
        (
            "An analysis of satellite imagery by two Indonesian NGOs found that the firm cleared "
            "4,000 hectares.",
            "cleared 4,000 hectares",
            "two Indonesian NGOs",
        ),
        (
            "That would mean 230,000 tons of CO2 a year, according to calculations by Tapak Hijau.",
            "230,000 tons",
            "Tapak Hijau",
        ),
        (
            "Users alleged Palo Alto-based Lunaria Health sold their data. Lunaria argued that "
            "users agreed to the sharing.",
            "users agreed to the sharing",
            "Lunaria",
        ),
        (
            "State Rep. Dora Whitley, R-Midland, said she backs the rule but worries it will fall "
            "hardest on small operators.",
            "fall hardest on small operators",
            "Dora Whitley",
        ),
    ],
)
def test_the_name_is_exactly_the_source(text: str, anchor: str, name: str) -> None:
    assert names(claim_with(text, anchor)) == [name]


def test_what_the_publisher_understands_is_its_own_word() -> None:
    page = (
        "The Harbour Courier\nNews\nSport\nOpinion\n\nCouncil weighs flood retreat plan\n\n"
        "The Harbour Courier understands the council has sought legal advice on its liability."
        "\n\nCopyright The Harbour Courier 2025\n"
    )
    assert names(claim_with(page, "sought legal advice")) == []
    # on another outlet's page the same words rest on the Courier
    other = page.replace("Copyright The Harbour Courier", "Copyright The Bay Times").replace(
        "The Harbour Courier\nNews", "The Bay Times\nNews"
    )
    assert names(claim_with(other, "sought legal advice")) == ["The Harbour Courier"]


def test_the_document_is_the_draft_cited_before() -> None:
    text = (
        "The Commission plans a flat fee on parcels, according to a draft seen by DW. The "
        "revenue would be split with the EU budget, the document says."
    )
    assert names(claim_with(text, "split with the EU budget")) == ["draft"]


def test_a_report_described_as_it_is_cited_is_that_report() -> None:
    text = (
        "Police said the road had been closed. The report, prepared by council staff and seen "
        "by the Courier, estimates the cost at $62 million."
    )
    assert names(claim_with(text, "$62 million")) == ["report"]


def test_a_second_verb_keeps_the_speaker_of_the_first() -> None:
    text = (
        "The figures come years after a Holyrood committee warned that the status quo was not "
        "an option, and recommended that no expansion be allowed at poor sites."
    )
    assert names(claim_with(text, "no expansion be allowed")) == ["Holyrood committee"]


def test_a_title_in_the_text_lets_the_role_name_a_one_word_speaker() -> None:
    text = (
        "Kagoshima Governor Tomura Hiroshi spoke to reporters.\n\n"
        "\u201cEvacuate now,\u201d Tomura said.\n\n"
        "The governor said the prefecture had asked the army to be ready."
    )
    assert names(claim_with(text, "asked the army")) == ["Tomura Hiroshi"]


@pytest.mark.parametrize(
    ("headline", "anchor"),
    [
        ("Walkout could delay LNG carrier deliveries, company warns", "delay LNG carrier"),
        ("Strike could delay deliveries, union says", "delay deliveries"),
    ],
)
def test_a_headlines_bare_body_is_its_source(headline: str, anchor: str) -> None:
    assert len(claim_with(headline + "\n\nThe yard employs 9,000 people.", anchor).chain) == 1


def test_a_government_press_service_is_no_agency_cited_before() -> None:
    text = (
        "The State Emergency Service said 40 people were rescued. The Cabinet allocated UAH 1.5 "
        "billion for repairs, the government's press service reported."
    )
    assert names(claim_with(text, "UAH 1.5 billion")) == ["Government"]


def test_a_charge_sheet_is_a_named_paper() -> None:
    text = "According to the charge sheet, Mkhabela sat on the bid evaluation committee."
    assert names(claim_with(text, "bid evaluation committee")) == ["charge sheet"]


def test_an_unnamed_official_at_a_named_body_stays_unnamed() -> None:
    text = (
        "A senior official at the Ministry of Commerce in Gitega, who asked not to be named, "
        "told the paper that 60 containers of fertiliser were stuck."
    )
    assert names(claim_with(text, "60 containers")) == ["?"]


def test_a_spokesperson_role_after_an_intro_names_the_speaker() -> None:
    text = (
        "When contacted on Friday, the spokesperson of the Rivers State Police Command, Adaobi "
        "Eze, told the paper that the command had arrested 34 suspects."
    )
    assert names(claim_with(text, "34 suspects")) == ["Adaobi Eze"]


def test_i_inside_a_closing_quote_is_the_quotes_speaker() -> None:
    text = (
        "Marsh spoke first. \u201cIt is a fair inference. So I understand that he is defensive,"
        "\u201d Cruz said."
    )
    assert names(claim_with(text, "fair inference")) == ["Cruz"]
    assert names(claim_with(text, "he is defensive")) == ["Cruz"]


def test_a_participle_opening_is_no_speaker_and_no_claim() -> None:
    text = 'Responding to the remarks, Clinton wrote: "The District has no say."'
    ex = extract(text)
    assert [c.text for c in ex.claims] == ["The District has no say"]
    assert names(ex.claims[0]) == ["Clinton"]


@pytest.mark.parametrize(
    ("text", "anchor", "name"),
    [
        # a reason cited is no source
        (
            "The minister said growth would reach 4.8 percent, citing a recovery in tourism.",
            "growth would reach",
            "?",
        ),
        # "the cabinet" with none named before is the cabinet
        (
            "Wages will rise by 15 percent, the cabinet said in a statement.",
            "Wages will rise",
            "cabinet",
        ),
        # an acronym with a dotted capital
        (
            "Inflation slowed to 32.4 percent, according to the Turkish Statistical Institute "
            "(T\u00dc\u0130K).",
            "Inflation slowed",
            "Turkish Statistical Institute",
        ),
        # a body's estimate is the body's
        (
            "The economy shrank 0.3%, according to INEGI's preliminary GDP estimate.",
            "economy shrank",
            "INEGI",
        ),
        # whose analysis, not what it analysed
        (
            "Gas use fell to a record low, according to new Carbon Brief analysis of government "
            "data.",
            "record low",
            "Carbon Brief",
        ),
        # "an Ontario court" is the court
        (
            "An Ontario court has quashed the sale, ruling that notice was owed.",
            "notice was owed",
            "Ontario court",
        ),
    ],
)
def test_names_from_batches_25_and_26(text: str, anchor: str, name: str) -> None:
    assert names(claim_with(text, anchor)) == [name]


def test_a_possessive_before_a_participle_is_no_speaker() -> None:
    text = "Their lawyer, Ben Okafor, says that Mateo's estimated costs would exceed the limit."
    assert names(claim_with(text, "costs would exceed")) == ["Ben Okafor"]


def test_recommending_an_act_is_reported_recommending_that_is_said() -> None:
    act = "An inquiry recommended the government review the way costs were calculated."
    said = "An inquiry recommended that the government review the way costs were calculated."
    assert names(claim_with(act, "review the way costs")) == []
    assert len(claim_with(said, "review the way costs").chain) == 1


def test_a_described_lede_body_is_named_when_the_story_names_it() -> None:
    text = (
        "A three-judge panel found the city skipped its notice rules.\n\n"
        "In a decision released Tuesday, a three-judge panel of the Divisional Court found that "
        "council approved the sale without notice."
    )
    assert names(claim_with(text, "skipped its notice rules")) == [
        "a three-judge panel of the Divisional Court"
    ]


def test_a_cue_word_after_of_or_an_article_is_a_noun() -> None:
    text = "A pall of fear hung over the district after gunmen opened fire outside a shop."
    assert names(claim_with(text, "gunmen opened fire")) == []


def test_a_speaker_who_gave_only_part_of_a_name_is_that_name() -> None:
    text = (
        "Another resident, who gave his name only as Mr Brown, said Whyte had been a quiet "
        "youth who liked football."
    )
    ex = extract(text)
    assert names(claim_with(text, "quiet youth")) == ["Mr Brown"]
    assert not any("gave his name" in c.text for c in ex.claims)


def test_police_statistics_are_the_polices() -> None:
    text = "The division has recorded 52 murders this year, according to police statistics."
    hop = claim_with(text, "52 murders").chain[0]
    assert (hop.name, hop.kind) == ("police statistics", "agency")


def test_a_worker_at_a_named_factory_stays_unnamed() -> None:
    text = "A worker at the Northgate Knitwear factory said the boiler had leaked for weeks."
    assert names(claim_with(text, "boiler had leaked")) == ["?"]
