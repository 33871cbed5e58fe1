"""Forms the sixth batch of unseen articles showed wrong: who speaks, and what "it" is.

Invented sentences in the style of those articles (a central-bank wire, an earnings story,
a health charity's report, a study, a North Korea report), each asserting a chain.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    # a second verb after "and"/"but" goes on with what was said, unless it is the speaker's
    # own act ("declined to comment", "called for talks")
    (
        "Finance Minister Ute Brandt told Die Zeit that Berlin backed the levy but wanted it "
        'in force "by May."',
        "wanted it in force",
        ["Ute Brandt"],
    ),
    (
        "A Lumio spokesperson said the company follows all rules and supported a common "
        "standard for retailers.",
        "supported a common standard",
        ["Lumio"],
    ),
    (
        "Norbank said the merger would cut costs and called for a quick review by regulators.",
        "called for a quick review",
        [],
    ),
    # a subject whose verb has no -ed: "cut", "held", "set"
    (
        "Norway's central bank cut its key rate to 3.5% on Thursday and said it would hold it "
        "there until spring.",
        "would hold it there until spring",
        ["Norway's central bank"],
    ),
    # "it" inside what a source said is that source: one hop, not two
    (
        '"Rates will stay here for a while," the Norges Bank said, adding that it expected '
        "inflation to ease to 2.4% next year.",
        "inflation to ease",
        ["Norges Bank"],
    ),
    # a cue that ends a comparison has no content; the next "that" clause is still said
    (
        "Analysts at Kvant said the decision was more hawkish than they had expected and that "
        "they now saw no cut before June.",
        "they now saw no cut before June",
        ["Kvant"],
    ),
    (
        "Analysts at Kvant said the decision was more hawkish than they had expected and that "
        "they now saw no cut before June.",
        "more hawkish than they had expected",
        ["Kvant"],
    ),
    # a relative clause ending in a pronoun has no speaker: "the standards we expect"
    (
        '"We are sorry that the care fell short of the standards we expect," a spokesperson '
        "for Harbour Health said.",
        "fell short of the standards",
        ["Harbour Health"],
    ),
    # a quantity subject holds "of" and "in": still a clause the report found
    (
        "A report by Safe Wards found one in five of those patients had waited more than "
        "four hours.",
        "one in five of those patients",
        ["Safe Wards"],
    ),
    # "a large study" is the source a reader can look up; its authors speak for it
    (
        "Older adults land in hospital more often after hot nights, according to a large study "
        "published Monday. The authors noted other limitations. Hospital visits are a crude "
        "measure, they wrote.",
        "Hospital visits are a crude measure",
        ["study"],
    ),
    # "figures published by X in September": the month is no part of the name
    (
        "Figures published by NHS England in September showed 71% of patients were seen within "
        "four hours.",
        "71% of patients were seen",
        ["NHS England"],
    ),
    (
        "A survey by the chamber of commerce in March shows that exports fell for a third month.",
        "exports fell for a third month",
        ["chamber of commerce"],
    ),
    # names behind a relation, a role with a particle, a role "of" a party
    (
        "In a statement carried by state media, Kim's sister Kim Yo-jong said the launch was "
        "routine.",
        "the launch was routine",
        ["Kim Yo-jong"],
    ),
    (
        '"It is a start," said Dutch Green MEP Anouk van Dijk.',
        "It is a start",
        ["Anouk van Dijk"],
    ),
    (
        "Hungarian MEP Gergely Toth of the Patriots for Europe group said the fee was a tax.",
        "the fee was a tax",
        ["Gergely Toth"],
    ),
    (
        "Qatar's foreign ministry spokesman, Khalid al-Mansour, told reporters on Tuesday that "
        "talks would resume.",
        "talks would resume",
        ["Khalid al-Mansour"],
    ),
    # an anonymous speaker's relative clause describes him; the verb after it is the cue
    (
        "Mediators have handed both sides a 30-day plan, an Egyptian official who spoke on "
        "condition of anonymity told Al Jazeera, as strikes killed 14 people overnight.",
        "handed both sides a 30-day plan",
        ["?"],
    ),
    (
        "Mediators have handed both sides a 30-day plan, an Egyptian official who spoke on "
        "condition of anonymity told Al Jazeera, as strikes killed 14 people overnight.",
        "strikes killed 14 people overnight",
        [],
    ),
    # the content goes on after the inserted attribution: ", but had not yet agreed"
    (
        "Israel had told Cairo it was ready to talk, the official added, but had not yet "
        "agreed to the numbers.",
        "had not yet agreed to the numbers",
        ["?"],
    ),
    # "X said …, according to Y": Y tells what X said
    (
        "The North sent 3,000 more workers, the spy agency said Tuesday, according to "
        "lawmakers who attended the briefing.",
        "sent 3,000 more workers",
        ["?", "spy agency"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "chain"), CASES, ids=[c[1] for c in CASES])
def test_held_out_six_chain(text: str, anchor: str, chain: list[str]) -> None:
    assert names(claim_with(text, anchor)) == chain


def test_reported_results_and_a_forecast_are_the_articles_own() -> None:
    text = (
        "Shares rose after the chipmaker reported quarterly results that beat expectations "
        "and issued a strong forecast."
    )
    assert all(not c.chain for c in extract(text).claims)


def test_the_company_is_not_the_data_provider_nor_a_capitalised_adjective() -> None:
    text = (
        "Nexwave forecast revenue of $5 billion. Revenue rose 38%, according to the "
        "company's release. Analysts polled by LSEG had expected $4.71 billion. Adjusted "
        "earnings came in at $1.32 per share. The segment generated $3.1 billion, the company "
        "said. The San Jose, California-based company said margins narrowed."
    )
    assert names(claim_with(text, "generated $3.1 billion")) == ["Nexwave"]
    assert names(claim_with(text, "margins narrowed")) == ["Nexwave"]


def test_he_is_the_person_the_sentence_before_was_about() -> None:
    text = (
        "Its chief executive, Helen Moss, said: \u201cNobody should wait in a corridor.\u201d "
        "Dennis Walsh, 79, from Stafford, spent 31 hours on a trolley. \u201cThe staff were "
        "wonderful,\u201d he told the BBC. Consumer Minister Sabine Ode went further. \u201cWe "
        "cannot accept it,\u201d she said."
    )
    assert names(claim_with(text, "The staff were wonderful")) == ["Dennis Walsh"]
    assert names(claim_with(text, "We cannot accept it")) == ["Sabine Ode"]


def test_the_spokesperson_speaks_for_the_body_named_before() -> None:
    text = (
        "A spokesperson for North Vale NHS Trust, which runs the Royal Vale, said demand was "
        "exceptional. Dennis Walsh spent a night on a trolley. \u201cWe are sorry,\u201d the "
        "spokesperson said, adding that the trust had opened 36 extra beds."
    )
    assert names(claim_with(text, "opened 36 extra beds")) == ["North Vale NHS Trust"]


def test_the_report_is_the_one_a_source_called_its_own() -> None:
    text = (
        "Elder Voice said its report, based on requests to 94 trusts, showed corridor care had "
        "become routine. Officials at the trusts said demand was high. The health minister "
        "said funding would rise. Nurses said they were tired. The report also found that "
        "patients with dementia waited longer."
    )
    assert names(claim_with(text, "corridor care had become routine")) == ["Elder Voice"]
    assert names(claim_with(text, "patients with dementia waited longer")) == ["Elder Voice"]


def test_police_after_a_nested_report_are_the_force_alone() -> None:
    text = (
        "Ray Kessel, 52, was arrested Friday, Police Chief Anthony Russo said. Police said "
        "Kessel told investigators he believed the owner had given him permission. "
        "\u201cThat turned out not to be the case,\u201d police said in a news release."
    )
    assert names(claim_with(text, "owner had given him permission")) == ["police", "Kessel"]
    assert names(claim_with(text, "not to be the case")) == ["police"]


def test_a_think_tank_is_not_a_nationality_opening_the_sentence() -> None:
    text = (
        "The Institute for Conflict Study (ICS), a Washington-based think tank, assessed on "
        "Oct. 7 that Russian forces are trying to envelop the town. Russian troops have not "
        "made a confirmed advance into the town itself, the think tank said."
    )
    assert names(claim_with(text, "confirmed advance")) == ["Institute for Conflict Study"]
