"""The seed article, claim by claim: each claim carries the chain a careful reader gives."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from provenance.extract import Extraction, Hop, extract

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kursk-demining.txt"

MT = ("moscow times",)
KZ = ("krasnaya zvezda", "red star")
SKI = ("south korean intelligence", "national intelligence service", "nis")
SHOIGU = ("sergei shoigu",)
RUOFF = ("russian officials", "?")
UNNAMED = ("?",)

# anchor -> acceptable chains (the first is the expected reading, the rest defensible ones)
EXPECTED: list[tuple[str, list[list[tuple[str, ...]]]]] = [
    ("combat engineers have begun mine-clearing operations", [[MT, KZ]]),
    ("Ukrainian forces fought Russian troops for more than six months", [[MT, KZ], []]),
    ("clearing anti-tank and anti-personnel mines", [[MT], [MT, KZ]]),
    ("Finnish Hailstorm mines", [[MT], [MT, KZ]]),
    ("unexploded artillery ordnance", [[MT], [MT, KZ]]),
    ("additional training at Russian military engineering centers", [[MT], [MT, KZ]]),
    ("Ukrainian forces entered the Kursk region in August 2024", [[]]),
    ("over 1,000 square kilometers", [[]]),
    ("Moscow later engaged North Korean troops in the fighting", [[]]),
    ("strategic partnership agreement signed by Vladimir Putin and Kim Jong Un", [[]]),
    ("provisions for mutual military assistance", [[]]),
    ("sent roughly 10,000 military personnel to Russia", [[SKI]]),
    ("continued to expand its use of North Korean labor", [[]]),
    ("agreed to send an additional 6,000 personnel", [[SHOIGU]]),
    ("1,000 sappers", [[SHOIGU]]),
    ("5,000 North Korean construction troops", [[SKI]]),
    ("demining the border areas will take more than a year", [[MT, RUOFF]]),
    ("carried out a ballistic missile launch", [[UNNAMED]]),
    ("toward waters off its eastern coast", [[UNNAMED]]),
]
NOT_CLAIMS = [
    "Help Us Break Through the Algorithm",
    "Your support pushes verified reporting",
    "You make truth impossible to ignore",
    "2 min read",
    "See all",
    "Latest news",
]


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2014", " ").lower()
    return re.sub(r"\s+", " ", re.sub(r"^the ", "", s)).strip()


def hop_matches(hop: Hop, names: tuple[str, ...]) -> bool:
    if hop.kind == "unnamed":
        return "?" in names
    return norm(hop.name) in names


def chain_matches(chain: tuple[Hop, ...], want: list[tuple[str, ...]]) -> bool:
    return len(chain) == len(want) and all(
        hop_matches(h, w) for h, w in zip(chain, want, strict=True)
    )


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return extract(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("anchor", "chains"), EXPECTED, ids=[a[:40] for a, _ in EXPECTED])
def test_seed_claim_chain(seed: Extraction, anchor: str, chains: list) -> None:
    cands = [c for c in seed.claims if norm(anchor) in norm(c.text)]
    assert cands, f"no claim contains {anchor!r}"
    assert any(chain_matches(c.chain, ch) for c in cands for ch in chains), [
        [(h.name, h.kind) for h in c.chain] for c in cands
    ]


def test_seed_expected_reading_first_choice(seed: Extraction) -> None:
    """The preferred reading (not just a defensible one) for the attributed claims."""
    for anchor, chains in EXPECTED:
        cands = [c for c in seed.claims if norm(anchor) in norm(c.text)]
        assert any(chain_matches(c.chain, chains[0]) for c in cands), anchor


@pytest.mark.parametrize("marker", NOT_CLAIMS)
def test_seed_chrome_is_not_a_claim(seed: Extraction, marker: str) -> None:
    assert not [c for c in seed.claims if norm(marker) in norm(c.text)]


def test_seed_offsets_and_title(seed: Extraction) -> None:
    text = seed.text
    for s in seed.sentences:
        assert text[s.start : s.end] == s.text
    for c in seed.claims:
        assert text[c.start : c.end] == c.text
    assert seed.title is not None
    assert seed.title.startswith("North Korean Engineers")


def test_seed_sources_described(seed: Extraction) -> None:
    hops = {h.name: h for c in seed.claims for h in c.chain}
    assert hops["Sergei Shoigu"].description == "Security Council Secretary"
    assert hops["Sergei Shoigu"].kind == "person"
    assert "newspaper" in (hops["Krasnaya Zvezda"].description or "")
    assert hops["Krasnaya Zvezda"].kind == "outlet"
    assert hops["The Moscow Times"].kind == "outlet"
    first = next(c for c in seed.claims if "combat engineers" in c.text)
    assert first.chain[0].date == "November 14"
    assert first.chain[0].cue == "reported"
    assert first.chain[1].cue == "citing"
    shoigu = next(c for c in seed.claims if "6,000 personnel" in c.text)
    assert shoigu.chain[0].date == "June"


def test_seed_caption_credit_is_its_source(seed: Extraction) -> None:
    captions = [s for s in seed.sentences if s.kind == "caption"]
    assert captions
    claims = [c for c in seed.claims if seed.sentences[c.sentence_index].kind == "caption"]
    assert len(claims) == 1  # the duplicated caption line gives no second claim
    assert claims[0].chain[0].name == "NK News"
    assert "Source:" not in claims[0].text


def test_seed_claims_leave_out_attribution(seed: Extraction) -> None:
    for c in seed.claims:
        assert "reported on November 14" not in c.text
        assert not c.text.startswith("According to")
        assert not c.text.endswith((",", ".", " and"))
