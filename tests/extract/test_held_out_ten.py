"""Forms the tenth batch of unseen articles showed wrong (a Reuters markets story, an AP
court story, a Japan Times report, CNBC earnings, a UK local paper, an AFP science story):
headline bodies without an article, reasons given with "citing", objects that need their
verb, a ministry named by its kind, captions that name their own source."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from provenance.extract.names import read_source
from tests.extract.conftest import assert_chain, claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    ("Strikes on Hodeidah port kill nine, health ministry says", "kill nine", ["health ministry"]),
    (
        "A leaked compromise would delay the rates to 2030 \u2014 but diplomats say that may "
        "not be enough.",
        "that may not be enough",
        ["?"],
    ),
    (
        "The Town Road youth centre closed in 2023 as part of council budget cuts, it was "
        "reported at the time.",
        "youth centre closed in 2023",
        ["?"],
    ),
    (
        "At least 12 strikes hit the area, Al Masirah TV reported, citing a source at the Red "
        "Sea Ports Corporation.",
        "12 strikes hit the area",
        ["Al Masirah TV", "?"],
    ),
    (
        "Three cases of fraud were found, the Idaho Capital Sun reported, citing records from "
        "the secretary of state\u2019s office.",
        "Three cases of fraud",
        ["Idaho Capital Sun", "secretary of state\u2019s office"],
    ),
    (
        "The Houthis moved fuel out of the port, Saudi-owned Al Arabiya reported.",
        "moved fuel",
        ["Al Arabiya"],
    ),
    (
        "Exports fell 18.6% from a month earlier, cargo surveyor Intertek Testing Services said.",
        "Exports fell",
        ["Intertek Testing Services"],
    ),
    (
        "The state attorney general\u2019s office, which is defending the law, said in a "
        "statement that it would appeal.",
        "it would appeal",
        ["state attorney general\u2019s office"],
    ),
    (
        "A state judge on Tuesday blocked the law, ruling that the measure likely violates the "
        "state constitution.",
        "likely violates the state constitution",
        ["?"],
    ),
    ("The minister spoke on Monday, ruling out a deal.", "ruling out a deal", []),
    (
        "The council said it expected prices to stay firm, citing ample supply from a seasonal "
        "rise in output.",
        "ample supply",
        ["council"],
    ),
    (
        "Shares plunged after the retailer cut its full-year forecast, pointing to higher tariffs.",
        "higher tariffs",
        [],
    ),
    (
        "Indonesia remains on track to raise its biodiesel blend, Rudi Hartanto, a director at "
        "the energy ministry, told reporters in Jakarta on Tuesday, adding that road tests "
        "would be completed by August.",
        "raise its biodiesel blend",
        ["Rudi Hartanto"],
    ),
    (
        "\u201cIt was loud. We felt the ground shake in our homes,\u201d Ali Saleh, a fisherman, "
        "told Al Jazeera.",
        "We felt the ground shake",
        ["Ali Saleh"],
    ),
    (
        "Previous research has shown that great tits sing at a higher pitch in noisy places.",
        "sing at a higher pitch",
        ["Previous research"],
    ),
    (
        "Swap markets are pricing in 45 basis points of cuts, Siam Harbour Securities "
        "strategists wrote in a note to clients, citing overnight indexed swap rates.",
        "45 basis points",
        ["Siam Harbour Securities", "overnight indexed swap rates"],
    ),
    (
        "In a survey carried out by polling firm Cardell Research, more than half said they "
        "had waited overnight.",
        "waited overnight",
        ["Cardell Research"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "chain"), CASES, ids=[c[1] for c in CASES])
def test_held_out_ten_chain(text: str, anchor: str, chain: list[str]) -> None:
    assert_chain(text, anchor, chain)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("City noise is erasing songbird 'dialects', study finds", "songbird 'dialects'"),
        ("Retailer blames tariffs and a \u2018cautious consumer\u2019", "consumer\u2019"),
    ],
)
def test_a_claim_keeps_the_single_quote_it_opens(text: str, want: str) -> None:
    assert extract(text).claims[0].text.endswith(want)


def test_a_ministry_is_the_ministry_named_not_the_last_agency() -> None:
    text = (
        "The Environment Ministry will subsidize culling teams, the ministry said Tuesday. "
        "From April, bears attacked 164 people, according to preliminary ministry data. "
        "The National Police Agency said it would deploy riot police units. "
        "The ministry said it would also fund electric fences."
    )
    assert names(claim_with(text, "bears attacked")) == ["Environment Ministry"]
    assert names(claim_with(text, "electric fences")) == ["Environment Ministry"]


def test_a_trade_council_is_the_group_named_after_it() -> None:
    text = (
        "The European Commission said the draft was sound. The European Vaping Trade Council "
        "welcomed the delay but said the draft still treats vapes as cigarettes. The "
        "Brussels-based group has argued that high taxes will push smokers back to cigarettes."
    )
    assert names(claim_with(text, "push smokers back")) == ["European Vaping Trade Council"]


def test_a_worker_named_is_the_he_of_the_next_quote() -> None:
    text = (
        "Another resident, who did not want to be named, told the paper her daughter had "
        "been pushed off her bike.\n\n"
        "But youth worker Dean Salt said dispersal orders simply moved the problem. "
        "\u201cThere\u2019s nothing for young people to do. You can move them on, but they\u2019ll "
        "just be elsewhere,\u201d he said."
    )
    assert names(claim_with(text, "nothing for young people")) == ["Dean Salt"]


def test_a_comparison_names_no_source() -> None:
    text = (
        "\u201cThe guide-down is worse than even the most bearish among us expected, and we "
        "think it may still prove optimistic,\u201d analyst Rachel Moy wrote in a note to "
        "clients Thursday evening."
    )
    claims = extract(text).claims
    # a quotation stays whole: both of its clauses, and only they, are hers
    assert [(c.text, names(c)) for c in claims] == [
        (
            "The guide-down is worse than even the most bearish among us expected, and we think "
            "it may still prove optimistic",
            ["Rachel Moy"],
        ),
    ]


def test_an_object_keeps_its_verb() -> None:
    c = claim_with("Another surveyor, AmSpec Agri Malaysia, estimated a 21.3% decline.", "decline")
    assert (c.text, names(c)) == ("estimated a 21.3% decline", ["AmSpec Agri Malaysia"])


def test_a_figure_under_its_label_is_the_articles() -> None:
    text = (
        "Revenue: $1.41 billion vs. $1.47 billion expected\n\nEPS: 38 cents vs. 52 cents expected"
    )
    assert [(c.text, names(c)) for c in extract(text).claims] == [
        ("Revenue: $1.41 billion vs. $1.47 billion expected", []),
        ("EPS: 38 cents vs. 52 cents expected", []),
    ]


def test_adjectives_joined_by_and_stay_one_claim() -> None:
    text = "\u201cThousands of older and disabled Idahoans can keep voting,\u201d said Priya Desai."
    assert [c.text for c in extract(text).claims] == [
        "Thousands of older and disabled Idahoans can keep voting"
    ]


def test_a_role_before_who_reads_with_its_clause() -> None:
    text = "\u201cWe felt it,\u201d Ali Saleh, a fisherman who lives near the port, told AFP."
    assert names(claim_with(text, "a fisherman who lives near the port")) == []


@pytest.mark.parametrize(
    ("caption", "anchor", "chain"),
    [
        (
            "Chaffinches in cities sang shorter songs, the study found \u00a9 ELODIE MARCHAND / "
            "AFP/File",
            "sang shorter songs",
            ["study"],
        ),
        (
            "[1/2]A worker unloads palm fruit at a collection centre in Klang, Malaysia. "
            "REUTERS/Azman Ghani/File Photo",
            "A worker unloads palm fruit",
            ["Reuters"],
        ),
    ],
)
def test_a_caption_names_its_source(caption: str, anchor: str, chain: list[str]) -> None:
    text = (
        f"City noise erases songbird dialects, study finds\n\n{caption}\n\nThe story begins here."
    )
    c = claim_with(text, anchor)
    assert c.text[:1].isupper()
    assert "\u00a9" not in c.text
    assert "found" not in c.text
    assert names(c) == chain


@pytest.mark.parametrize(
    ("mention", "name", "kind", "description"),
    [
        ("Saudi-owned Al Arabiya", "Al Arabiya", "organisation", "Saudi-owned"),
        ("Houthi-run Al Masirah TV", "Al Masirah TV", "outlet", "Houthi-run"),
        (
            "cargo surveyor Intertek Testing Services",
            "Intertek Testing Services",
            "agency",
            "cargo surveyor",
        ),
        ("consultancy Wood Mackenzie", "Wood Mackenzie", "organisation", "consultancy"),
        ("But youth worker Dean Salt", "Dean Salt", "person", "youth worker"),
        (
            "the secretary of state\u2019s office",
            "secretary of state\u2019s office",
            "government",
            None,
        ),
    ],
)
def test_a_name_after_its_description(
    mention: str, name: str, kind: str, description: str | None
) -> None:
    got = read_source(mention)
    assert (got.name, got.kind, got.description) == (name, kind, description)


def test_a_hedge_is_the_named_sources() -> None:
    text = (
        "A retired bank officer was allegedly duped of Rs 1.18 crore by fraudsters, police said "
        "on Thursday."
    )
    c = claim_with(text, "allegedly duped")
    assert (c.text, names(c)) == (
        "A retired bank officer was allegedly duped of Rs 1.18 crore by fraudsters",
        ["police"],
    )
    assert names(claim_with("The minister allegedly took bribes.", "took bribes")) == ["?"]


@pytest.mark.parametrize(
    "text",
    [
        "The new weapon could penetrate any barrier, KCNA quoted Kim as saying.",
        "\u201cThe new weapon could penetrate any barrier,\u201d KCNA quoted Kim as saying.",
    ],
)
def test_quoted_as_saying_after_the_words(text: str) -> None:
    assert names(claim_with(text, "penetrate any barrier")) == ["KCNA", "Kim"]


def test_was_also_quoted_as_saying() -> None:
    text = "Kim Jong-un watched the test. He was also quoted as saying that forces would grow."
    assert names(claim_with(text, "forces would grow")) == ["Kim Jong-un"]


def test_a_claim_keeps_the_period_of_an_abbreviation() -> None:
    text = "The JCS said it had detected the launch at around 1:10 p.m. and that it flew 800 km."
    assert claim_with(text, "detected the launch").text.endswith("1:10 p.m.")
