"""Attribution pattern families from the issue, one short invented sentence per case."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from tests.extract.conftest import assert_chain

# (text, anchor the claim must contain, expected chain as names; "?" = unnamed source)
CASES: list[tuple[str, str, list[str]]] = [
    # 1. X reported/said/told ..., citing Y ; reported X, citing Y
    (
        "The dam will be finished next spring, the Valley Courier reported on Monday, citing "
        "the regional water board.",
        "dam will be finished next spring",
        ["Valley Courier", "regional water board"],
    ),
    (
        "The Harbor Gazette reported that the ferry line will shut down, citing port documents.",
        "ferry line will shut down",
        ["The Harbor Gazette", "port documents"],
    ),
    (
        "Bloomberg said the merger talks collapsed, citing two bankers.",
        "merger talks collapsed",
        ["Bloomberg", "?"],
    ),
    (
        "Tolvia plans to raise tariffs on steel, Reuters reported, citing a draft decree.",
        "raise tariffs on steel",
        ["Reuters", "?"],
    ),
    (
        "Interfax told readers that the pipeline was repaired, citing the operator Gasline.",
        "pipeline was repaired",
        ["Interfax", "Gasline"],
    ),
    (
        "The strike ended late on Sunday, reported the Daily Lantern, citing union leaders.",
        "strike ended late on Sunday",
        ["Daily Lantern", "?"],
    ),
    # 2. According to X, ... / ..., according to X
    (
        "According to the Ministry of Health, 40 clinics reopened this week.",
        "40 clinics reopened",
        ["Ministry of Health"],
    ),
    (
        "The bridge carries 9,000 cars a day, according to the city transport office.",
        "carries 9,000 cars a day",
        ["city transport office"],
    ),
    (
        "According to Maria Lopez, the vote was postponed twice.",
        "vote was postponed twice",
        ["Maria Lopez"],
    ),
    (
        "The factory employs 1,200 people, according to company filings.",
        "factory employs 1,200 people",
        ["company filings"],
    ),
    (
        "Exports fell by a third in May, according to data from the Statistics Bureau.",
        "Exports fell by a third",
        ["Statistics Bureau"],
    ),
    # 3. According to X, Y say/said ...
    (
        "According to the Northern Star, local officials say the road will reopen in June.",
        "road will reopen in June",
        ["Northern Star", "?"],
    ),
    (
        "According to Kallen News, Mayor Ruth Ibsen said the budget was balanced.",
        "budget was balanced",
        ["Kallen News", "Ruth Ibsen"],
    ),
    (
        "According to the Tribune, police believe the fire was set deliberately.",
        "fire was set deliberately",
        ["Tribune", "police"],  # a force named by its common noun is a body, not anonymous
    ),
    # 4. X has estimated/assessed/claimed/believes/announced that ...
    (
        "The World Bank has estimated that growth will slow to 2 percent.",
        "growth will slow to 2 percent",
        ["World Bank"],
    ),
    (
        "British military intelligence assessed that the brigade had lost half its tanks.",
        "brigade had lost half its tanks",
        ["British military intelligence"],
    ),
    (
        "The rebel group claimed that it shot down a helicopter.",
        "shot down a helicopter",
        ["rebel group"],
    ),
    (
        "Professor Anna Weiss believes that the glacier will vanish by 2050.",
        "glacier will vanish by 2050",
        ["Anna Weiss"],
    ),
    ("Nordbank announced that it would cut 500 jobs.", "cut 500 jobs", ["Nordbank"]),
    (
        "The Interior Ministry says that 12 people were detained.",
        "12 people were detained",
        ["Interior Ministry"],
    ),
    # 5. quotes
    (
        "\u201cWe will not sign this deal,\u201d Foreign Minister Paul Haas said.",
        "We will not sign this deal",
        ["Paul Haas"],
    ),
    ("Paul Haas said: \u201cThe deal is dead.\u201d", "The deal is dead", ["Paul Haas"]),
    (
        "\u201cThe river is rising fast,\u201d said Tom Reed, a local farmer.",
        "river is rising fast",
        ["Tom Reed"],
    ),
    (
        "\u201cThe water came at night. We lost everything,\u201d Tom Reed said.",
        "water came at night",
        ["Tom Reed"],
    ),
    (
        "Ana Ruiz was quoted as saying that the plant would close.",
        "plant would close",
        ["Ana Ruiz"],
    ),
    (
        "The Coastal Herald quoted Ana Ruiz as saying the plant would close.",
        "plant would close",
        ["The Coastal Herald", "Ana Ruiz"],
    ),
    (
        "Senator Jim Ode told reporters that the bill lacked votes.",
        "bill lacked votes",
        ["Jim Ode"],
    ),
    ("Jim Ode told the Daily Ledger the bill lacked votes.", "bill lacked votes", ["Jim Ode"]),
    ("The talks will resume on Friday, a spokesman told Reuters.", "talks will resume", ["?"]),
    (
        "Paul Haas said the deal was dead. \u201cNobody wants it anymore. It is over.\u201d",
        "It is over",
        ["Paul Haas"],
    ),
    # 6. unnamed sources
    ("It was reported that the minister resigned.", "minister resigned", ["?"]),
    ("Reports said the convoy was attacked near the border.", "convoy was attacked", ["?"]),
    ("Sources said the board will meet on Friday.", "board will meet on Friday", ["?"]),
    (
        "The company is preparing a bid, people familiar with the matter said.",
        "company is preparing a bid",
        ["?"],
    ),
    ("Two soldiers are reported to have deserted.", "reported to have deserted", ["?"]),
    ("The envoy reportedly met rebel leaders in secret.", "met rebel leaders", ["?"]),
    ("A senior official said the plan had been shelved.", "plan had been shelved", ["?"]),
    ("It is believed that the tanker sank in deep water.", "tanker sank in deep water", ["?"]),
    # 8. names with roles and appositives
    (
        "Security Council Secretary Lev Marin said the border is closed.",
        "border is closed",
        ["Lev Marin"],
    ),
    (
        "Rep. Adam Kern, a Texas Democrat, said the hearing was delayed.",
        "hearing was delayed",
        ["Adam Kern"],
    ),
    (
        "Kremlin spokesman Dmitry Volkov said the talks were useful.",
        "talks were useful",
        ["Dmitry Volkov"],
    ),
    (
        "Gov. Lisa Tran (D-Calif.) said the fires were contained.",
        "fires were contained",
        ["Lisa Tran"],
    ),
    (
        "The Daily Ember, a tabloid owned by the mayor, said the audit was rigged.",
        "audit was rigged",
        ["The Daily Ember"],
    ),
    # 9. not attribution
    ("The treaty was signed by Ruth Ibsen and Lev Marin.", "treaty was signed by Ruth Ibsen", []),
    ("Lev Marin agreed to send 200 engineers.", "agreed to send 200 engineers", []),
    ("Gasline informed the regulator of a leak.", "informed the regulator of a leak", []),
    ("The raid was carried out by special forces.", "raid was carried out by special forces", []),
    ("Nordbank declined to comment to AFP on the layoffs.", "declined to comment", []),
    ("The storm destroyed 300 homes in the valley.", "storm destroyed 300 homes", []),
    ("Officials were told to leave the building.", "were told to leave the building", []),
    ("The film tells the story of a miner.", "film tells the story of a miner", []),
    # 10. dates of reporting
    (
        "On Tuesday, the ministry said 30 schools were closed.",
        "30 schools were closed",
        ["ministry"],
    ),
    # nested and mixed forms seen in wire copy
    (
        "Its forces hit two depots, the Defence Ministry said, the state news agency Novik "
        "reported.",
        "Its forces hit two depots",
        ["Novik", "Defence Ministry"],
    ),
    (
        "The Defence Ministry said its forces hit two depots, the state news agency Novik "
        "reported.",
        "its forces hit two depots",
        ["Novik", "Defence Ministry"],
    ),
    (
        "\u201cWe have to adapt,\u201d Chief Executive Ingrid Solberg told a news conference.",
        "We have to adapt",
        ["Ingrid Solberg"],
    ),
    (
        "Tolvia lodged a protest, Chief Cabinet Secretary Hiro Tan told reporters.",
        "Tolvia lodged a protest",
        ["Hiro Tan"],
    ),
    (
        "Analysts at Danske Bank said the cuts were larger than expected.",
        "cuts were larger",
        ["Danske Bank"],
    ),
    (
        "The turnout was the highest in years, election officials said.",
        "turnout was the highest",
        ["?"],
    ),
    ("Ann Ruiz: We will not give up the seat.", "We will not give up the seat", ["Ann Ruiz"]),
    ("The state broadcaster has not reported the arrests.", "has not reported the arrests", []),
    (
        "Humphrey, who calls the plan \u201creckless,\u201d said it would fail.",
        "it would fail",
        ["Humphrey"],
    ),
    ("\u201cI'm still here,\u201d he declared at Saturday's debate.", "I'm still here", ["?"]),
    (
        "The union representing port workers said it had not been consulted.",
        "it had not been consulted",
        ["union representing port workers"],
    ),
    # people named by a plural noun and a phrase: "officials from both parties", "aides to X"
    (
        "Although the bill stalled, lawmakers from both parties say it will pass in June.",
        "it will pass in June",
        ["?"],
    ),
    (
        "Aides to Gov. Mara Lind of Oregon said the budget would be cut by a tenth.",
        "budget would be cut",
        ["aides to Gov. Mara Lind of Oregon"],
    ),
    (
        "The tenants, who asked the city for repairs, moved out in May, attorneys for the "
        "family said.",
        "moved out in May",
        ["?"],
    ),
    # coordinated subjects
    (
        "Farmers and environmental groups warned that the dam would dry up the delta.",
        "dam would dry up the delta",
        ["Farmers and environmental groups"],
    ),
    # "who in 2010 said": a date between the relative pronoun and the cue
    (
        "The deal was struck by Ana Ortiz, the port's director, who in 2019 said the harbor "
        "would need dredging.",
        "harbor would need dredging",
        ["Ana Ortiz"],  # the director the appositive names
    ),
    # "…, as X has said": a post-posed "as" attribution
    (
        "The fund has lost a third of its value, as the auditors have said.",
        "lost a third of its value",
        ["?"],
    ),
    # a short time phrase between the cue and the clause
    (
        "Mayor Ilse Berg said after the vote she would not run again.",
        "would not run again",
        ["Ilse Berg"],
    ),
    # polls, studies and documents as sources, with what describes them
    (
        "A Gallup poll released in early May found that most renters pay more than a third of "
        "their income.",
        "most renters pay more",
        ["Gallup"],
    ),
    (
        "A 2021 study that appeared in a medical journal found that the drug cut deaths by half.",
        "drug cut deaths by half",
        ["2021 study"],
    ),
    (
        "A survey by the chamber of commerce in March shows that exports fell for a third month.",
        "exports fell for a third month",
        ["chamber of commerce"],
    ),
    (
        "Senator Ruth Ames, Democrat of Vermont, said the rule would hurt dairy farmers.",
        "rule would hurt dairy farmers",
        ["Ruth Ames"],
    ),
    # a participle belongs to the sentence's subject, not to a relative clause's speaker
    (
        "Dorn refused to pay a builder who said he was owed $40,000, saying, \u201cThe work was "
        "shoddy.\u201d",
        "The work was shoddy",
        ["Dorn"],
    ),
    # AP party tags and titled names with their state
    (
        "\u201cWe passed it,\u201d House Speaker Dale Orr, R-Ind., told reporters.",
        "We passed it",
        ["Dale Orr"],
    ),
    (
        "\u201cIt is a bad deal,\u201d said Rep. Ana Voss of Oregon, the panel's top Democrat.",
        "It is a bad deal",
        ["Ana Voss"],
    ),
    # "X said A and expected B": B is X's too
    (
        "Finance chief Lena Holt said the plant had reopened and expected orders to recover "
        "by June.",
        "orders to recover by June",
        ["Lena Holt"],
    ),
    # a company's legal suffix with its own comma; a descriptive renaming with a place
    (
        "Exports rose 9% in May, data from Harbin Rail Group Co., Ltd. showed.",
        "Exports rose 9% in May",
        ["Harbin Rail Group Co., Ltd"],
    ),
    # "and/but said" takes the whole subject, role and name
    (
        "Team manager Jonas Berg declined to discuss the bid but said his squad needed pace.",
        "his squad needed pace",
        ["Jonas Berg"],
    ),
    # nouns that look like cue words are not attributions
    (
        "Zentro cut its revenue forecast after the storm.",
        "revenue forecast",
        [],
    ),
    (
        "The team examined 3 million insurance claims filed between 2010 and 2020.",
        "insurance claims filed",
        [],
    ),
    (
        "A Tulsa man accused of setting the fire pleaded not guilty on Monday.",
        "pleaded not guilty",
        [],
    ),
    (
        "Sales beat the $2.03 analysts had expected, according to data compiled by FactBase.",
        "Sales beat the $2.03",
        ["FactBase"],
    ),
    # a described name that opens with an -ing word; a number is nobody
    (
        "Housing charity Homefront said 9,000 families were in temporary shelters.",
        "9,000 families were in temporary shelters",
        ["Homefront"],
    ),
    (
        "The ministry said in a statement that 1,420 suspected cases had been recorded.",
        "suspected cases had been recorded",
        ["ministry"],
    ),
    # where it was said, after a post-posed attribution, is no claim
    (
        "Roads to the camps were cut in four places, the agency said in its latest update, "
        "released late on Monday.",
        "Roads to the camps were cut",
        ["agency"],
    ),
    # ", it said, while …": the report goes on
    (
        "Air defences shot down 64 drones, the air force said, while 23 drones hit targets in "
        "seven places.",
        "23 drones hit targets",
        ["air force"],
    ),
    # headlines that end with who says so
    ("Central Bank Set to Cut Rates, Economists Say", "Central Bank Set to Cut Rates", ["?"]),
    ("Drone attack on Odesa kills 3, governor says", "Drone attack on Odesa kills 3", ["?"]),
    (
        "Most economists surveyed by Reuters predict the bank will cut rates in March.",
        "the bank will cut rates in March",
        ["economists surveyed by Reuters"],
    ),
    # a quotation before "the X's head, Name, said"; a long clause before "the Y, a Z,"
    (
        "\u201cThe tests were sound,\u201d the agency's head, Mia Lund, said in a statement.",
        "The tests were sound",
        ["Mia Lund"],
    ),
    (
        "The inquiry comes days after the Harbor Post, a local newspaper, reported that the "
        "mayor had lied.",
        "the mayor had lied",
        ["Harbor Post"],
    ),
    (
        "\u201cThis ruling confirms that the tests were sound,\u201d Mia Lund said.",
        "the tests were sound",
        ["Mia Lund"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "want"), CASES, ids=[c[1][:30] for c in CASES])
def test_pattern_chain(text: str, anchor: str, want: list[str]) -> None:
    assert_chain(text, anchor, want)


@pytest.mark.parametrize("name", ["Human Rights Watch", "Harbor Forest Watch"])
def test_a_watch_group_is_an_organisation(name: str) -> None:
    ex = extract(f"The mine polluted the river, {name} said on Monday.")
    assert [(h.name, h.kind) for h in ex.claims[0].chain] == [(name, "organisation")]


def _hops(text: str, anchor: str) -> list[tuple[str, str]]:
    claim = next(c for c in extract(text).claims if anchor in c.text)
    return [(h.name, h.kind) for h in claim.chain]


def test_the_ministry_is_the_ministry_of_a_portfolio_named_before() -> None:
    text = (
        "The Ministry of Labour and Vocational Training has set up a committee on Monday.\n\n"
        "The wall fell at 10:40am, according to the provincial administration.\n\n"
        "In a statement, the ministry said the committee would report within 30 days."
    )
    assert _hops(text, "report within 30 days") == [
        ("Ministry of Labour and Vocational Training", "government")
    ]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Kampong Speu provincial police chief Brigadier General Chea Sovann", "Chea Sovann"),
        ("EPA Director of Environmental Management Kamal Baksh", "Kamal Baksh"),
        ("Opposition Member of Parliament Clement Bollers", "Clement Bollers"),
        ("Commissioner of Police Richard Alleyne", "Richard Alleyne"),
        ("Head of Research Ann Roe", "Ann Roe"),
    ],
)
def test_a_post_with_its_portfolio_or_rank_before_the_name_is_a_description(
    mention: str, name: str
) -> None:
    assert _hops(f"{mention} said police had detained the owner.", "detained") == [(name, "person")]


def test_an_acronym_in_brackets_spells_a_name_with_commas_in_it() -> None:
    text = (
        "The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) said "
        "that the factory was not a member."
    )
    assert _hops(text, "not a member") == [
        ("Textile, Apparel, Footwear and Travel Goods Association in Cambodia", "organisation")
    ]


@pytest.mark.parametrize(("paper", "name"), [("the decree", "decree"), ("the FIR", "FIR")])
def test_a_paper_that_states_after_the_claim_is_its_source(paper: str, name: str) -> None:
    text = f"Owners will have to renew their registration every five years, {paper} states."
    assert [h.name for h in extract(text).claims[0].chain] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 20 million salmon died on the farms last year, the highest number on record.",
        "The company posted a net profit of 25 million dollars in the quarter.",
        "Someone posted a screenshot of a certificate error about an hour in.",
    ],
)
def test_a_record_and_a_post_are_no_attribution(text: str) -> None:
    assert all(not c.chain for c in extract(text).claims)


def test_the_postmortem_is_the_incident_report_cited_before() -> None:
    text = (
        "Helioscale's cloud went down for seven hours last week.\n\n"
        "According to the incident report, the trouble began at 13:52 UTC.\n\n"
        "The postmortem says the rotation was carried out by automation."
    )
    assert _hops(text, "carried out by automation") == [("incident report", "agency")]


def test_a_brand_with_an_inner_capital_is_a_company_the_company_refers_to() -> None:
    text = (
        "In a statement, ExxonMobil Guyana, which operates the block, said the drill worked.\n\n"
        "Fishermen lost a day of catch during the drill.\n\n"
        '"The scenario was hard on purpose," the company said.'
    )
    assert _hops(text, "the drill worked") == [("ExxonMobil Guyana", "organisation")]
    assert _hops(text, "scenario was hard") == [("ExxonMobil Guyana", "organisation")]


def test_a_name_after_a_clause_ending_in_after_is_the_speaker() -> None:
    text = (
        "The profit warning came a day after Rimba Capital Partners Ltd, which holds a 9.8% "
        "stake in the group, said it had served a notice on the company."
    )
    assert _hops(text, "served a notice") == [("Rimba Capital Partners Ltd", "organisation")]


def test_a_given_name_later_is_the_whole_name_given_first() -> None:
    text = (
        "Its plantation analyst, Mohd Faizal Harun, said the dispute added risk.\n\n"
        "Faizal estimated that the average tree age had risen to 19.5 years."
    )
    assert _hops(text, "tree age had risen") == [("Mohd Faizal Harun", "person")]


def test_the_auditors_are_the_audit_office_cited_before() -> None:
    text = (
        "Deliveries were late under half the contracts, the State Audit Office said.\n\n"
        "Under 21 of them, equipment arrived late, the auditors found."
    )
    assert _hops(text, "arrived late") == [("State Audit Office", "government")]


def test_a_long_inquiry_and_a_survey_named_for_its_maker_are_sources() -> None:
    text = (
        "A forensic investigation into a R62-million tender to refurbish the city's water works "
        "has found that the contract went to a company that did not qualify."
    )
    assert _hops(text, "did not qualify") == [("investigation", "organisation")]
    text = (
        "A survey of 640 data workers published in August by the Digital Workers Collective "
        "found that 71% had a pay cut."
    )
    assert _hops(text, "had a pay cut") == [("Digital Workers Collective", "organisation")]


def test_the_department_keeps_the_whole_portfolio_and_a_day_is_no_name() -> None:
    text = (
        "The Department of Infrastructure, Transport, Communications and the Arts has "
        "reviewed the scheme.\n\n"
        "Chief Minister Arvind Narayan Choudhary said on Monday the exam was fair.\n\n"
        "The department said it accepted all eleven recommendations.\n\n"
        "Choudhary Wednesday said the state had strict laws."
    )
    assert _hops(text, "eleven recommendations") == [
        ("Department of Infrastructure, Transport, Communications and the Arts", "government")
    ]
    assert _hops(text, "strict laws") == [("Arvind Narayan Choudhary", "person")]


@pytest.mark.parametrize(
    ("text", "hop"),
    [
        (
            "An internal audit of the Harbor Resilience Fund found that a third of the money "
            "went to projects below the line.",
            ("audit", "organisation"),
        ),
        (
            "Leaked review finds grants went to projects ranked 'not recommended'",
            ("review", "organisation"),
        ),
    ],
)
def test_a_paper_is_named_by_what_it_is_not_by_what_it_examined(
    text: str, hop: tuple[str, str]
) -> None:
    assert [(h.name, h.kind) for h in extract(text).claims[-1].chain] == [hop]


def test_a_quoted_title_with_a_colon_describes_the_paper() -> None:
    text = (
        "According to the Centre for Policy Dialogue, closures rose in May.\n\n"
        'The study, titled "Navigating the Downturn: Risks and Policy Options", found that '
        "62 percent of exports were in five products."
    )
    assert _hops(text, "62 percent of exports") == [("Centre for Policy Dialogue", "organisation")]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "The rent rose 11% in a year, according to real estate portal Idealista.",
            "Idealista",
            "real estate portal",
        ),
        (
            "Another candidate, Pooja Kumari from Samastipur, said answers were shared by 8 am.",
            "Pooja Kumari",
            "from Samastipur",
        ),
        (
            "According to the FIR registered at the EOU police station on 4 March, the paper "
            "was found on a phone.",
            "FIR",
            "registered at the EOU police station on 4 March",
        ),
    ],
)
def test_a_name_is_read_apart_from_what_describes_it(
    text: str, name: str, description: str
) -> None:
    hop = extract(text).claims[-1].chain[0]
    assert hop.name == name
    assert description in (hop.description or "")


def test_an_acronym_spells_a_name_with_a_comma_and_spaces_before_it() -> None:
    text = (
        "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) warned that "
        "the shortage was putting lives at risk."
    )
    assert _hops(text, "putting lives at risk") == [
        ("Kenya Medical Practitioners, Pharmacists and Dentists Union", "organisation")
    ]


def test_central_bank_data_is_the_bank_named_before_and_ministry_data_no_bank() -> None:
    text = (
        "The Bank of Thailand held its rate at 1.5% on Wednesday.\n\n"
        "Household debt stood at 87.4% of GDP, according to central bank data.\n\n"
        "Exports rose 4% in May, according to ministry data."
    )
    assert _hops(text, "Household debt") == [("Bank of Thailand", "organisation")]
    assert [n.lower() for n, _ in _hops(text, "Exports rose")] == ["ministry"]


def test_the_ministry_is_not_one_its_statement_names() -> None:
    text = (
        "The Ministry of Labour has set up a committee.\n\n"
        "In a statement, the ministry said the committee would include officials from the "
        "Ministry of Land Management and the Ministry of Interior."
    )
    assert _hops(text, "would include officials") == [("Ministry of Labour", "government")]
