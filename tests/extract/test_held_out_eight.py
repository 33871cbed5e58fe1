"""Forms the eighth batch of unseen articles showed wrong (a TASS report, a court story, an
FT scoop, a satellite-imagery piece, a health study) and forms PolNeAR's news uses: clauses
opening with "While X said", acts that look like reports, long official names, documents."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    # a subordinate clause opens the sentence; the main clause is the article's
    (
        "While the ministry said the dam, which opened in 1990, was safe, inspectors found "
        "cracks in two spillways.",
        "was safe",
        ["ministry"],
    ),
    (
        "While the ministry said the dam was safe, inspectors found cracks in two spillways.",
        "inspectors found cracks in two spillways",
        [],
    ),
    (
        "After Volkswagen said it would cut 300 jobs, its shares rose 4% in Frankfurt.",
        "it would cut 300 jobs",
        ["Volkswagen"],
    ),
    # acts that look like reports
    ("Half of the schools added an extra class at the end of each day.", "extra class", []),
    ("Prices rose 4% in March, adding to pressure on the central bank.", "pressure on", []),
    (
        "Twelve firms signed an open letter last week urging lawmakers to reject the plan.",
        "urging lawmakers",
        [],
    ),
    ("In May, a court dismissed a lawsuit brought by a farmer.", "dismissed a lawsuit", []),
    (
        "The ministry has dismissed reports of a foreign presence on the island as groundless.",
        "foreign presence",
        ["ministry"],
    ),
    ("Lindqvist has pledged to turn Carrow into a simpler group.", "simpler group", []),
    ("The mayor vowed that the bridge would be rebuilt by June.", "rebuilt by June", ["?"]),
    # who is speaking
    ("A person close to Fenmore said the fund would back a sale.", "back a sale", ["?"]),
    ("Prosecutors said Whitfield forged 40 invoices.", "forged 40 invoices", ["prosecutors"]),
    ("Another cautioned that talks were at an early stage.", "early stage", ["?"]),
    (
        "Ashfall has been recorded in two villages, the press service of the Main Directorate "
        "of the Emergencies Ministry for the Kamchatka Region told TASS.",
        "recorded in two villages",
        # a press service speaks for the body it serves
        ["Main Directorate of the Emergencies Ministry for the Kamchatka Region"],
    ),
    (
        "Head of the Ust-Kamchatsky Municipal District Oleg Borisov said roads were being cleared.",
        "roads were being cleared",
        ["Oleg Borisov"],
    ),
    # documents and who made them
    (
        "Images captured by Maxar Technologies on Feb. 27 show the hangars lined up beside "
        "the runway.",
        "hangars lined up",
        ["Maxar Technologies"],
    ),
    (
        "About half the world could be myopic by 2050, according to a widely cited 2016 "
        "analysis led by the Holden Vision Institute.",
        "myopic by 2050",
        ["Holden Vision Institute"],
    ),
    (
        "According to the consumer group BEUC, a survey it carried out in 11 countries found "
        "that most shoppers were not confused.",
        "not confused",
        ["BEUC"],
    ),
    (
        "The unit had sales of \u00a3412mn last year, according to Carrow\u2019s annual report.",
        "sales of",
        ["Carrow\u2019s annual report"],
    ),
    ("Daylight cuts myopia risk by a quarter, study finds", "by a quarter", ["study"]),
    (
        "Minori Mart will raise onigiri prices by an average of 12% from April, Nikkei has "
        "learned.",
        "raise onigiri prices",
        ["Nikkei"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "chain"), CASES, ids=[c[1] for c in CASES])
def test_held_out_eight_chain(text: str, anchor: str, chain: list[str]) -> None:
    assert names(claim_with(text, anchor)) == chain


def test_a_when_clause_announcing_a_plan_is_no_report() -> None:
    text = "When the minister announced the plan in May, critics called it a giveaway."
    assert names(claim_with(text, "announced the plan in May")) == []


def test_words_after_the_cue_stay_whole() -> None:
    text = "One person briefed on the talks said first-round bids were due in June."
    assert claim_with(text, "bids were due").text == "first-round bids were due in June"
    text = "It was reported earlier that a 5.1 earthquake had struck off the coast."
    assert claim_with(text, "earthquake").text.startswith("a 5.1 earthquake")


def test_the_ft_is_the_financial_times() -> None:
    c = claim_with("Fenmore has pushed for a break-up, the FT reported in January.", "break-up")
    assert c.chain[0].kind == "outlet"
    assert "Financial Times" in c.chain[0].aliases


def test_a_second_verb_with_its_own_that_clause_keeps_the_speaker() -> None:
    text = (
        "In a written response to questions from The Post, Myanmar\u2019s Information Ministry "
        "said the work was "
        "\u201cfor civil aviation and the fisheries sector\u201d and denied that any foreign "
        "military was present."
    )
    assert names(claim_with(text, "foreign military was present")) == [
        "Myanmar\u2019s Information Ministry"
    ]
    assert all("written response" not in c.text for c in extract(text).claims)


def test_a_report_by_a_think_tank_is_not_renamed_by_a_later_think_tank() -> None:
    text = (
        "A report published Thursday by the Institute for Pacific Strategy, a Singapore-based "
        "think tank, said the upgrades would allow patrols. The report said it had found no "
        "evidence of foreign troops. In 2023, Chatham House, the London-based think tank, said "
        "a radar station had been built."
    )
    assert names(claim_with(text, "allow patrols")) == ["Institute for Pacific Strategy"]
    assert names(claim_with(text, "no evidence of foreign troops")) == [
        "Institute for Pacific Strategy"
    ]
    assert all(not c.text.endswith(" by") for c in extract(text).claims)


def test_scientists_believe_is_the_field_and_the_authors_are_the_study() -> None:
    text = (
        "Extra time outdoors cut myopia by a quarter, a large trial has found. Half the world "
        "could be myopic by 2050, according to a 2016 analysis. Scientists believe bright "
        "light slows the eye\u2019s growth. The authors acknowledged that the trial was not "
        "blinded and that pupils also read less at home."
    )
    assert names(claim_with(text, "bright light slows")) == ["?"]
    assert names(claim_with(text, "was not blinded")) == ["trial"]
    assert claim_with(text, "pupils also read less").text == "pupils also read less at home"


def test_the_university_and_the_club_are_the_names_that_end_so() -> None:
    text = (
        "\u201cSunlight appears to be the key,\u201d said Li Wen, in a statement released by "
        "Sun Yat-sen University. The university said the team would test classroom lighting."
    )
    assert names(claim_with(text, "classroom lighting")) == ["Sun Yat-sen University"]
    text = (
        "Board members of the Beavercreek Strikers Soccer Club grew suspicious in October. "
        "\u201cDana has volunteered here for a decade,\u201d her attorney said. The club said "
        "fees would not go up."
    )
    assert names(claim_with(text, "fees would not go up")) == ["Beavercreek Strikers Soccer Club"]


def test_court_records_are_not_the_bank_records_read_before() -> None:
    text = (
        "Bank records showed 418 transfers to her account, the affidavit says. Court records "
        "show her next hearing is set for April 17."
    )
    assert names(claim_with(text, "next hearing")) == ["court records"]


def test_according_to_a_paper_covers_a_report_inside_what_it_says() -> None:
    text = (
        "According to the affidavit, written by Detective Aaron Pike, board members became "
        "suspicious in October, when a venue in Columbus reported that the club's check had "
        "bounced."
    )
    c = claim_with(text, "check had bounced")
    assert names(c) == ["affidavit", "a venue in Columbus"]
    assert c.chain[0].description == "written by Detective Aaron Pike"


def test_the_agency_is_a_public_body_not_a_court() -> None:
    text = (
        "Some 300 families lost their homes, according to the National Civil Defense "
        "Institute. In May, a German court said emitters could be held liable. The agency "
        "added that the road would stay closed for a week."
    )
    assert names(claim_with(text, "stay closed for a week")) == ["National Civil Defense Institute"]


def test_an_embedded_relative_clause_is_a_claim_inside_the_main_one() -> None:
    got = [
        c.text for c in extract("The volcano, which is 4,754 meters high, erupted again.").claims
    ]
    assert got == [
        "The volcano, which is 4,754 meters high, erupted again",
        "which is 4,754 meters high",
    ]


def test_who_inside_a_role_is_a_fact_of_its_own() -> None:
    text = (
        "Dr Sarah Whitcombe, a consultant at Moorfields Eye Hospital who was not involved in "
        "the research, said the findings were robust."
    )
    assert names(claim_with(text, "was not involved in the research")) == []


@pytest.mark.parametrize(
    ("credit", "chain"),
    [
        ("(Photo by Ryo Kato)", []),  # the photographer vouches for no fact in the caption
        ("Photograph: Alex Plavevski/EPA", ["EPA"]),  # the agency holding the picture
    ],
)
def test_a_photographers_credit(credit: str, chain: list[str]) -> None:
    text = (
        "Headline Words Go Here For The Story\n\n"
        f"Children play in a school playground in Guangzhou. {credit}\n\n"
        "The council approved the budget on Monday."
    )
    assert names(claim_with(text, "school playground")) == chain


def test_which_the_company_has_not_confirmed_is_the_articles_own_word() -> None:
    text = (
        "Sky News reported that Carrow had received an approach from a US buyer, which the "
        "company did not immediately confirm."
    )
    assert names(claim_with(text, "approach from a US buyer")) == ["Sky News"]
    assert names(claim_with(text, "did not immediately confirm")) == []


def test_two_groups_of_people_after_what_they_told() -> None:
    text = "Support is strong among younger members, teachers and union officials told POLITICO."
    assert claim_with(text, "Support is strong").chain[0].name == "teachers and union officials"


def test_a_quote_then_said_and_an_act() -> None:
    text = "\u201cI\u2019m supporting the governor,\u201d she said and quickly hung up."
    assert claim_with(text, "supporting the governor").text == "I\u2019m supporting the governor"
    assert names(claim_with(text, "supporting the governor")) == ["?"]


def test_a_question_in_quotes_then_who_said_it() -> None:
    text = '"His strategy, his media campaign, it\'s all a show, no?" Freddy Ortega said.'
    assert names(claim_with(text, "all a show")) == ["Freddy Ortega"]
    assert all(c.text != "Freddy Ortega said" for c in extract(text).claims)


def test_who_said_in_a_description_is_what_the_source_says() -> None:
    text = (
        '"It does not sound abnormal for the campaign," said Sam Weaver, who said business '
        "executives often fail to understand politics."
    )
    assert names(claim_with(text, "executives often fail")) == ["Sam Weaver"]
