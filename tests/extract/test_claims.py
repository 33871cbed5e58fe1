"""Atomic claims: clauses, participles, relative clauses and lists split; attribution left out."""

from __future__ import annotations

from provenance.extract import extract
from tests.extract.conftest import claim_with, names


def texts(text: str) -> list[str]:
    return [c.text for c in extract(text).claims]


def test_participle_clause_is_its_own_claim() -> None:
    got = texts("Rebels entered the town in May, taking control of the airport.")
    assert got == ["Rebels entered the town in May", "taking control of the airport"]


def test_relative_clause_is_its_own_claim_with_the_same_chain() -> None:
    text = "Troops reached Ardo, where fighting lasted a month, the Daily Lantern reported."
    a = claim_with(text, "Troops reached Ardo")
    b = claim_with(text, "where fighting lasted a month")
    assert a.text == "Troops reached Ardo"
    assert names(a) == names(b) == ["The Daily Lantern"]


def test_coordinated_clauses_split() -> None:
    got = texts("Prices rose by 4 percent in May, and wages fell for the third month.")
    assert got == ["Prices rose by 4 percent in May", "wages fell for the third month"]


def test_including_list_split() -> None:
    got = texts("The storm cut power to 9,000 homes, including two hospitals in the city.")
    assert got == ["The storm cut power to 9,000 homes", "including two hospitals in the city"]


def test_claim_text_leaves_out_the_attribution() -> None:
    c = claim_with("The mine will reopen in June, Gov. Tom Hale said on Tuesday.", "mine")
    assert c.text == "The mine will reopen in June"
    assert c.chain[0].name == "Tom Hale"
    assert c.chain[0].date == "Tuesday"
    assert c.chain[0].description == "Gov."


def test_two_attributions_in_one_sentence() -> None:
    text = "Ruth Ibsen said the vote was fair, but Lev Marin said it was rigged."
    assert names(claim_with(text, "the vote was fair")) == ["Ruth Ibsen"]
    assert names(claim_with(text, "it was rigged")) == ["Lev Marin"]
    assert "Lev Marin" not in claim_with(text, "the vote was fair").text


def test_participle_attribution_adding() -> None:
    text = "The plant will close, Gasline said, adding that 200 jobs would be lost."
    assert names(claim_with(text, "200 jobs would be lost")) == ["Gasline"]


def test_unattributed_sentence_has_empty_chain() -> None:
    c = claim_with("The river burst its banks after three days of rain.", "river burst")
    assert c.chain == ()


def test_dates_of_reporting() -> None:
    assert claim_with("In June, the ministry said exports fell.", "exports").chain[0].date == "June"
    c = claim_with("Exports fell, the Daily Lantern reported on November 14.", "Exports")
    assert c.chain[0].date == "November 14"
    c = claim_with("Nordbank said Tuesday that profits fell.", "profits fell")
    assert c.chain[0].date == "Tuesday"


def test_claims_are_in_text_order_with_exact_offsets() -> None:
    text = "A dam broke. \u201cIt was old,\u201d an engineer said. Rain continued for days."
    ex = extract(text)
    starts = [c.start for c in ex.claims]
    assert starts == sorted(starts)
    for c in ex.claims:
        assert text[c.start : c.end] == c.text


def test_same_words_from_two_sources_are_two_claims() -> None:
    text = "Ruth Ibsen said the vote was rigged. Lev Marin said the vote was rigged."
    got = [(c.text, names(c)) for c in extract(text).claims]
    assert got == [
        ("the vote was rigged", ["Ruth Ibsen"]),
        ("the vote was rigged", ["Lev Marin"]),
    ]


def test_and_said_borrows_the_subject_but_keeps_the_main_clause() -> None:
    text = "Zentro raised its revenue forecast on Wednesday and said it would buy back stock."
    assert names(claim_with(text, "it would buy back stock")) == ["Zentro"]
    assert claim_with(text, "raised its revenue forecast").chain == ()
    assert claim_with(text, "raised its revenue forecast").text.startswith("Zentro")


def test_a_sources_relative_clause_is_a_claim_of_its_own() -> None:
    """ "Mayor X, who votes only to break ties, told reporters …": the article says so."""
    text = "Mayor Tom Vance, who votes only to break ties, told reporters that he backed the plan."
    claim = claim_with(text, "votes only to break ties")
    assert claim.text == "who votes only to break ties"
    assert claim.chain == ()
    assert names(claim_with(text, "he backed the plan")) == ["Tom Vance"]
