"""Forms the ninth batch of unseen articles showed wrong (a Reuters exclusive, an AP story,
a Yonhap report): numbers inside a description, a company's own website, acts reported by
an agency, a ministry named for its portfolio, wire tags."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    (
        "Kessler, which is privately held and employs about 4,100 people, said in an emailed "
        "statement that it had suspended three employees.",
        "suspended three employees",
        ["Kessler"],
    ),
    (
        "Kessler supplies fasteners and wing ribs for the 737, according to its website.",
        "wing ribs for the 737",
        ["Kessler"],
    ),
    (
        "An internal audit at Kessler Aerostructures, a supplier of wing parts, found that "
        "technicians had falsified test records.",
        "falsified test records",
        ["an internal audit at Kessler Aerostructures"],
    ),
    ("Company told FAA weeks after audit was completed, sources say", "told FAA", ["?"]),
    (
        "The Government Accountability Office, Congress\u2019 nonpartisan watchdog, said it had "
        "opened an inquiry.",
        "opened an inquiry",
        ["Government Accountability Office"],
    ),
    ("The Commerce Department referred questions to the White House.", "questions", []),
    (
        "A senator on Wednesday accused the administration of holding back grants, as 19 "
        "states asked a judge to order the money released.",
        "19 states asked a judge",
        [],
    ),
    (
        "Kim expressed great satisfaction with the results and called for the system to be "
        "deployed by next year, the agency said.",
        "great satisfaction",
        ["agency"],
    ),
    (
        "Kim expressed great satisfaction with the results and called for the system to be "
        "deployed by next year, the agency said.",
        "deployed by next year",
        ["agency"],
    ),
    ("(LEAD) N. Korea says it tested an upgraded rocket launcher", "rocket launcher", ["N. Korea"]),
]


@pytest.mark.parametrize(("text", "anchor", "chain"), CASES, ids=[c[1] for c in CASES])
def test_held_out_nine_chain(text: str, anchor: str, chain: list[str]) -> None:
    assert names(claim_with(text, anchor)) == chain


def test_said_in_an_emailed_statement_keeps_the_words_whole() -> None:
    text = "Kessler said in an emailed statement that it had suspended three employees."
    assert claim_with(text, "three employees").text == "it had suspended three employees"


def test_according_to_an_audit_keeps_a_clause_out_of_its_description() -> None:
    text = (
        "According to the audit, the falsified entries were concentrated on night shifts at "
        "the plant, where a testing machine was out of service."
    )
    c = claim_with(text, "night shifts")
    assert c.text.startswith("the falsified entries")
    assert c.chain[0].description is None


def test_a_description_with_who_runs_to_its_end() -> None:
    text = (
        "\u201cThis is a paperwork problem,\u201d said Rachel Dunmore, a former FAA inspector "
        "who now advises airlines on supplier oversight."
    )
    assert claim_with(text, "paperwork").chain[0].description == (
        "a former FAA inspector who now advises airlines on supplier oversight"
    )


def test_whose_inside_a_role_is_a_fact_of_its_own() -> None:
    text = (
        "Republican Sen. Tom Garrity of Wyoming, whose state is among the largest recipients "
        "of the grants, said he supported a review."
    )
    assert names(claim_with(text, "largest recipients")) == []


def test_a_quote_going_on_is_the_speakers_not_a_law_he_cites() -> None:
    text = (
        "\u201cCongress appropriated this money. The law says it goes out the door,\u201d Marsh "
        "told reporters at the Capitol."
    )
    assert names(claim_with(text, "Congress appropriated this money")) == ["Marsh"]


def test_a_ministry_named_for_its_portfolio_is_a_body_of_its_own() -> None:
    text = (
        "The Joint Chiefs of Staff said it detected 10 rounds. The launches came as the "
        "unification ministry said it had detected signs of road work. The ministry called "
        "the move regrettable."
    )
    assert names(claim_with(text, "signs of road work")) == ["Unification Ministry"]
    assert names(claim_with(text, "the move regrettable")) == ["Unification Ministry"]
    assert all(not c.text.endswith(" as") for c in extract(text).claims)


def test_documents_reviewed_by_the_outlet_are_how_it_knows() -> None:
    text = (
        "An internal audit at Kessler found that technicians had falsified records, according "
        "to company documents reviewed by Reuters."
    )
    assert names(claim_with(text, "falsified records")) == ["an internal audit at Kessler"]


def test_a_report_and_what_campaigners_say_of_it() -> None:
    text = (
        "Nearly 20m salmon died on Scottish fish farms last year, report finds\n\n"
        "Nearly 20 million salmon died last year, according to a report that campaigners say "
        "exposes the hidden cost of the industry."
    )
    assert names(claim_with(text, "20m salmon died")) == ["report"]
    assert names(claim_with(text, "20 million salmon died")) == ["report"]


def test_a_place_before_a_colon_is_a_dateline_not_a_speaker() -> None:
    text = (
        "Shimla: The Himachal Pradesh government on Monday cancelled the written examination "
        "for 1,088 police constables after the paper leaked."
    )
    assert names(claim_with(text, "cancelled the written examination")) == []


@pytest.mark.parametrize("family", ["Mr Hallam\u2019s family", "His family"])
def test_a_family_speaks_as_one(family: str) -> None:
    text = f"{family} said: \u201cTom was the heart of everything we did.\u201d"
    assert names(claim_with(text, "heart of everything")) == [family]


def test_a_claim_may_end_for_a_while() -> None:
    text = "\u201cThe runway has been ready for a while,\u201d said Marcus Lindahl, an analyst."
    assert claim_with(text, "runway").text == "The runway has been ready for a while"


def test_a_denial_after_a_claim_is_a_reply_not_a_wrapper() -> None:
    text = "Russia claims capture of Zelenyi Hai in Donetsk Oblast, Ukraine denies"
    c = claim_with(text, "capture of Zelenyi Hai")
    assert (c.text, names(c)) == ("capture of Zelenyi Hai in Donetsk Oblast", ["Russia"])


def test_what_the_speaker_left_out_is_the_articles() -> None:
    text = (
        "Governor Andrei Soloviev said drones had damaged a warehouse, but did not mention an "
        "ammunition depot."
    )
    assert names(claim_with(text, "ammunition depot")) == []


def test_media_report_events_as_nouns() -> None:
    text = "Several Russian Telegram channels reported a large fire and explosions overnight."
    assert names(claim_with(text, "large fire")) == ["several Russian Telegram channels"]
    assert names(claim_with("Apple reported record sales in May.", "record sales")) == []
