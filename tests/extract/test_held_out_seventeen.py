"""Forms the seventeenth to nineteenth batches of unseen articles showed wrong (a Reuters
jobs story, a Guardian data investigation, a Denver Post council story, a MarketWatch
earnings story, a TASS bill report, an Ars Technica security story, a UPI wire): agencies
"quoted" a described official, data "published by" a body, the company a story is about,
its own annual report, studies named by what they are, and quotations kept whole."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import assert_chain, claim_with, names


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # "X quoted Y, <description>, as saying": a name and its description, either first
        (
            "The state-run Sudan News Agency quoted the region's health minister, Amna Said, "
            "as saying that 23 of the wounded were in critical condition.",
            "23 of the wounded",
            ["Sudan News Agency", "Amna Said"],
        ),
        (
            "Radio station RPP quoted Luis Mamani, the head of the regional emergency centre, "
            "as saying that water service had been cut in nine towns.",
            "water service had been cut",
            ["RPP", "Luis Mamani"],
        ),
        # a date between the cue and ", citing", and documents cited (named by what they are)
        (
            "KUOW reported last month, citing internal emails, that engineers had raised "
            "concerns about the weight of the batteries.",
            "engineers had raised concerns",
            ["KUOW", "internal emails"],
        ),
        (
            "The agency reported, citing the regional health directorate, that two children "
            "were in critical condition.",
            "two children were in critical condition",
            ["agency", "regional health directorate"],
        ),
    ],
)
def test_agencies_quoting_and_citing(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        (
            "Data published by Ofwat, the water regulator, shows Northdale lost 171m litres a "
            "day to leaks.",
            "lost 171m litres",
            ["Ofwat"],
        ),
        (
            "Figures from Sport England suggest about one in four adults does less than 30 "
            "minutes of activity a week.",
            "one in four adults",
            ["Sport England"],
        ),
        (
            "Data from the Commerce Department released Tuesday showed sales at furniture "
            "stores fell 1.7% in October.",
            "furniture stores fell",
            ["Commerce Department"],
        ),
        (
            "Nationally, the rains have affected 23 counties, according to figures released "
            "on Tuesday by the National Disaster Operations Centre.",
            "affected 23 counties",
            ["National Disaster Operations Centre"],
        ),
        (
            "Most of the offices are in rural counties, court filings show.",
            "rural counties",
            ["court filings"],
        ),
        # a poll named by who carried it out
        (
            "A poll of 2,000 adults, carried out by Opinium for the trust, found that 72% "
            "wanted executives prosecuted.",
            "wanted executives prosecuted",
            ["Opinium"],
        ),
        # "a study of …" named by what it is
        (
            "Diagnoses have climbed by 41 per cent in a decade, a study of more than 1.1 "
            "million people has found.",
            "climbed by 41 per cent",
            ["study"],
        ),
    ],
)
def test_data_and_papers_as_sources(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # numbers no one is named for, or numbers the paper obtained: the paper's own
        ("Completions rose 9 per cent, new figures suggest.", "Completions rose 9 per cent"),
        (
            "Figures obtained by the Sentinel under freedom of information rules show police "
            "recorded 1,212 incidents.",
            "police recorded 1,212 incidents",
        ),
        # "added" with an object is an act
        (
            "The agency on Thursday added the flaw to its catalog of exploited vulnerabilities.",
            "added the flaw to its catalog",
        ),
    ],
)
def test_no_source_for_the_papers_own_numbers_or_acts(text: str, anchor: str) -> None:
    assert names(claim_with(text, anchor)) == []


def test_the_company_is_the_one_the_story_is_about() -> None:
    text = (
        "Shares of Brightway Home Inc. fell 13.9% on Wednesday. Revenue fell 2.4%, missing "
        "the FactSet consensus. Analysts had on average forecast $3.52, according to FactSet. "
        "Gross margin narrowed to 38.6% from 40.9% a year earlier, the company said. About 45% "
        "of its products are sourced from Vietnam, according to its most recent annual report."
    )
    assert names(claim_with(text, "Gross margin narrowed")) == ["Brightway Home"]
    assert names(claim_with(text, "sourced from Vietnam")) == ["Brightway Home"]


def test_a_ticker_link_and_a_data_provider_are_not_the_company() -> None:
    text = (
        "German chipmaker Norvane Semiconductor (NRVG.DE), opens new tab said on Tuesday it "
        "would cut about 1,200 jobs. Analysts had expected revenue of 1.45 billion euros, "
        "according to LSEG data. Adjusted operating profit dropped 31%, the company added."
    )
    assert names(claim_with(text, "cut about 1,200 jobs")) == ["Norvane Semiconductor"]
    assert names(claim_with(text, "Adjusted operating profit")) == ["Norvane Semiconductor"]


def test_a_body_spokesperson_and_the_memo_a_body_sent() -> None:
    text = (
        "The Environment Agency fined the company in May. \u201cAbstraction licences are legal "
        "limits, not targets,\u201d an agency spokesperson said. The Social Security "
        "Administration announced the closures in a memo to regional managers. The memo said "
        "the offices had low foot traffic."
    )
    assert names(claim_with(text, "legal limits")) == ["Environment Agency"]
    assert names(claim_with(text, "low foot traffic")) == ["Social Security Administration"]


def test_a_spokesperson_of_a_body_never_named_stays_unnamed() -> None:
    c = claim_with("A company spokesman said the plant was safe.", "the plant was safe")
    assert names(c) == ["?"]


def test_the_lede_person_named_in_the_next_sentence() -> None:
    text = (
        "A federal judge on Tuesday blocked the closures, ruling that the agency likely broke "
        "federal law. U.S. District Judge Helena Marsh granted a preliminary injunction. "
        "\u201cThe statute is not ambiguous,\u201d Marsh wrote."
    )
    assert names(claim_with(text, "likely broke federal law")) == ["Helena Marsh"]


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # a relative clause after "residents of <place>, <state>,"
        (
            "A jury ordered the firm to pay $212 million to 38 residents of Port Allard, La., "
            "who say emissions from the plant caused their cancers.",
            "emissions from the plant caused",
            ["?"],
        ),
        # a titled person "of" an institution, and a title "of a committee on" a subject
        (
            "Dr. Renée Castille of Tulane University told jurors that the rate was twice the "
            "state average.",
            "twice the state average",
            ["Renée Castille"],
        ),
        (
            "Chairman of the State Duma Committee on Transport Yevgeny Marchenko told TASS that "
            "the measure was needed.",
            "the measure was needed",
            ["Yevgeny Marchenko"],
        ),
        (
            "Reporting from Port Sudan, Al Jazeera\u2019s Ahmed Idris said residents had "
            "described scenes of panic.",
            "described scenes of panic",
            ["Ahmed Idris"],
        ),
        # "and warned of …": what they warned of, theirs
        (
            "The Meteorological Department said heavy rain would continue until Tuesday, and "
            "warned of flash floods in 14 provinces.",
            "flash floods in 14 provinces",
            ["Meteorological Department"],
        ),
    ],
)
def test_speakers_described_and_placed(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


def test_what_a_speaker_expects_another_to_argue_stays_theirs() -> None:
    text = "Okafor said Crestline would probably argue that the damages were excessive."
    assert names(claim_with(text, "the damages were excessive")) == ["Okafor"]


def test_a_quotation_stays_whole_and_a_parenthetical_list_in_its_noun_phrase() -> None:
    ex = extract(
        "\u201cTaiwan will not provoke, and Taiwan will not back down,\u201d Shen said. Police "
        "said four suspects, including two minors, had been detained for questioning."
    )
    texts = [c.text for c in ex.claims]
    assert "Taiwan will not provoke, and Taiwan will not back down" in texts
    assert "four suspects, including two minors, had been detained for questioning" in texts


def test_a_quotation_going_on_keeps_its_speaker_before_a_cue_inside_it() -> None:
    text = (
        "\u201cI want this to work,\u201d Lindqvist said. \u201cBut we are being asked to spend "
        "$48 million on faith, and the city\u2019s auditor has told us the data isn\u2019t "
        "there.\u201d"
    )
    assert names(claim_with(text, "spend $48 million on faith")) == ["Lindqvist"]


def test_a_title_case_headline_cue_covers_its_last_clause() -> None:
    text = "Settlers Torch Homes in West Bank Village; Palestinian Man Killed, Health Ministry Says"
    assert names(claim_with(text, "Palestinian Man Killed")) == ["Health Ministry"]
    assert names(claim_with(text, "Settlers Torch Homes")) == []


@pytest.mark.parametrize(
    ("caption", "anchor", "credit"),
    [
        (
            "A compressor station in Greene County in 2023. Credit: Mark Delvecchio/Inside "
            "Climate News",
            "compressor station",
            "Inside Climate News",
        ),
        (
            "Residents wade through floodwaters on November 12. Photo credit: Kevin Odit | "
            "Nation Media Group",
            "wade through floodwaters",
            "Nation Media Group",
        ),
        ("Cleared land next to a nickel mine on Aug. 9. (JP/Ratri Wulandari)", "nickel mine", "JP"),
    ],
)
def test_a_caption_credit_names_the_outlet_holding_the_picture(
    caption: str, anchor: str, credit: str
) -> None:
    assert names(claim_with(caption + "\n\nThe story begins here today.", anchor)) == [credit]


def test_a_date_first_wire_dateline_is_no_source() -> None:
    text = (
        "Oct. 29 (UPI) -- Ridgeway Motors on Wednesday lowered its profit forecast, saying "
        "tariffs had wiped out gains."
    )
    assert names(claim_with(text, "tariffs had wiped out gains")) == ["Ridgeway Motors"]


def test_the_study_speaks_past_the_journal_it_appeared_in() -> None:
    text = (
        "Walkers had a 31% lower risk of dementia, the study, published in the British "
        "Journal of Sports Medicine, found."
    )
    hop = claim_with(text, "31% lower risk").chain[0]
    assert (hop.mention, hop.cue) == ("the study", "found")


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # a word in scare quotes inside a description is no clause boundary
        (
            "The Royal Horticultural Society, which has campaigned for doctors to \u201cprescribe"
            "\u201d gardening, said the study added to a growing body of evidence.",
            "the study added to a growing body",
            ["Royal Horticultural Society"],
        ),
        # ", with researchers warning …": the researchers, the study's authors
        (
            "Diagnoses have climbed by 41 per cent, a study has found, with researchers warning "
            "the disease is taking hold in early adulthood.",
            "taking hold in early adulthood",
            ["study"],
        ),
        # what researchers found, a noun phrase
        (
            "Diagnoses rose by 41 per cent, a large study has found. Researchers found the "
            "steepest rise in diagnoses among young women.",
            "the steepest rise in diagnoses",
            ["study"],
        ),
        # a public body of its own kind, though a ministry spoke before
        (
            "The Health Ministry said 14 people died. The state news agency Andina reported, "
            "citing the regional health directorate, that two children were in critical "
            "condition.",
            "two children were in critical",
            ["Andina", "regional health directorate"],
        ),
        # "which explains why …": a cause, the speaker's words go on
        (
            "Carla Villanueva, a seismologist, said the quake was shallow, which explains why "
            "the shaking was so intense.",
            "the shaking was so intense",
            ["Carla Villanueva"],
        ),
    ],
)
def test_speakers_past_asides_and_acts(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


def test_calls_counted_are_no_cue() -> None:
    text = (
        "The motel generated 311 calls for police service in 2024, according to a police "
        "department analysis."
    )
    c = claim_with(text, "311 calls for police service")
    assert (len(c.chain), c.chain[0].cue) == (1, "according to")


def test_a_paper_is_named_by_what_it_is_its_adjectives_described() -> None:
    hop = claim_with("Walking cut the risk by a third, a major study suggests.", "risk").chain[0]
    assert (hop.name, hop.description) == ("study", "major")


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # a role "in" a village, then the region: the person before them speaks
        (
            "Sefnat Lolaro, a village head in Sagea, Central Halmahera, told the Post that the "
            "river had turned reddish-brown.",
            "turned reddish-brown",
            ["Sefnat Lolaro"],
        ),
        # what a paper found, a noun phrase, and the university its researchers work at
        (
            "A study published last year by researchers at Khairun University in Ternate found "
            "levels of chromium that exceeded national standards.",
            "levels of chromium",
            ["Khairun University"],
        ),
        # a fact the speaker reads something from is no source of its own
        (
            "Kuo Yu-hsiang told CNA that the patrols were larger. He added that the inclusion of "
            "drones in every patrol suggested the PLA was testing air defenses.",
            "the PLA was testing air defenses",
            ["Kuo Yu-hsiang"],
        ),
    ],
)
def test_speakers_places_and_papers(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


def test_a_statement_that_names_a_survey_is_the_speakers() -> None:
    text = (
        "The Appalachian Producers Council said in a statement that the survey captured a "
        "snapshot of emissions during a limited period."
    )
    assert names(claim_with(text, "captured a snapshot")) == ["Appalachian Producers Council"]


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # batch 20 (an Arab News, an Economist, a Chicago Tribune and a Balkan Insight story)
        (
            "A resident of Kadugli, who asked not to be named, told Reuters by phone that the "
            "price of sorghum had tripled.",
            "price of sorghum had tripled",
            ["?"],
        ),
        (
            "Macquarie, a bank, reckons that the market will be oversupplied this year.",
            "oversupplied this year",
            ["Macquarie"],
        ),
        (
            "Many older plants are running at a loss, according to a report published on October "
            "9th by the Indonesian Nickel Miners Association (APNI).",
            "running at a loss",
            ["Indonesian Nickel Miners Association"],
        ),
        (
            "CEO Daniel Okafor told staff the cuts would free up money for AI agents that handle "
            "customer support.",
            "free up money for AI agents",
            ["Daniel Okafor"],
        ),
        (
            "Harwell\u2019s attorney, Thomas Reilly, sought a sentence of three years, telling "
            "the judge that his client had a gambling addiction.",
            "gambling addiction",
            ["Thomas Reilly"],
        ),
        (
            "The Commission\u2019s annual report on Albania found \u201climited progress\u201d on "
            "the environment.",
            "limited progress",
            ["Commission"],
        ),
    ],
)
def test_held_out_twenty(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


def test_an_acronym_is_the_name_whose_initials_it_is() -> None:
    text = (
        "North Korea fired two missiles on Tuesday, South Korea\u2019s Joint Chiefs of Staff "
        "said. The missiles flew about 420 kilometers, the JCS said. The Korean Central News "
        "Agency said the test was a success. The weapon is new, KCNA reported."
    )
    assert names(claim_with(text, "flew about 420 kilometers")) == [
        "South Korea\u2019s Joint Chiefs of Staff"
    ]
    assert names(claim_with(text, "The weapon is new")) == ["The Korean Central News Agency"]


def test_a_budget_office_score_is_the_office() -> None:
    text = (
        "A Congressional Budget Office (CBO) score released Tuesday evening estimated that the "
        "changes would reduce spending by $38.7 billion."
    )
    assert names(claim_with(text, "reduce spending")) == ["Congressional Budget Office"]


def test_the_society_is_the_one_named_before() -> None:
    text = (
        "The Kenya Red Cross Society said in a statement that its teams had rescued 187 people. "
        "The society warned that stagnant water posed a risk of cholera."
    )
    assert names(claim_with(text, "stagnant water")) == ["Kenya Red Cross Society"]


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        (
            "This photo, released by the North's official Korean Central News Agency on Nov. 22, "
            "2025, shows leader Kim Jong-un watching the test-fire of a new missile.",
            "watching the test-fire",
            ["Korean Central News Agency"],
        ),
        (
            "In this photo provided by the Ukrainian Presidential Press Office, the president "
            "speaks to soldiers in Kharkiv.",
            "speaks to soldiers",
            ["Ukrainian Presidential Press Office"],
        ),
    ],
)
def test_a_handout_picture_is_its_provider_s(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)
