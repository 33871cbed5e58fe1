"""Reference back (family 7): anaphors and renamings carry the chain of what they refer to."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, names

CASES: list[tuple[str, str, list[str]]] = [
    (
        "The Valley Courier reported on Monday that the dam had cracked, citing engineers at "
        "the site. According to the outlet, repairs will take a year.",
        "repairs will take a year",
        ["The Valley Courier"],
    ),
    (
        "The Valley Courier reported that the dam had cracked, citing the regional water board. "
        "Water levels were lowered overnight, the report said.",
        "Water levels were lowered overnight",
        ["The Valley Courier", "regional water board"],
    ),
    (
        "Defense Minister Karl Ober said the base would close. He said 300 jobs would move.",
        "300 jobs would move",
        ["Karl Ober"],
    ),
    (
        "Marta Silva, the chief economist at Nordbank, warned that rates would rise. "
        "Silva said inflation was sticky.",
        "inflation was sticky",
        ["Marta Silva"],
    ),
    (
        "Britain's domestic intelligence agency, MI5, said it had foiled a plot. "
        "The spy agency said two men were arrested.",
        "two men were arrested",
        ["MI5"],
    ),
    (
        "Apple unveiled a new phone on Tuesday. The Cupertino-based iPhone maker said sales "
        "would start in May.",
        "sales would start in May",
        ["Apple"],
    ),
    (
        "The Health Ministry said 40 clinics had closed. The ministry said staff were unpaid.",
        "staff were unpaid",
        ["Health Ministry"],
    ),
    (
        "Nordbank said profits fell by half. It said costs had doubled.",
        "costs had doubled",
        ["Nordbank"],
    ),
    (
        "Local officials said the road was flooded. They said it would reopen on Friday.",
        "would reopen on Friday",
        ["?"],
    ),
    (
        "Gasline announced that it would cut 200 jobs. The company said the cuts were final.",
        "the cuts were final",
        ["Gasline"],
    ),
    (
        "The Tass news agency reported that the talks had stalled. The agency said no date "
        "was set.",
        "no date was set",
        ["Tass news agency"],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "want"), CASES, ids=[c[1][:30] for c in CASES])
def test_reference_back(text: str, anchor: str, want: list[str]) -> None:
    got = names(claim_with(text, anchor))
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        if w == "?":
            assert g == "?", got
        else:
            assert w.lower() in g.lower() or g.lower() in w.lower(), got


def test_anaphor_keeps_its_own_mention_and_cue() -> None:
    text = "Defense Minister Karl Ober said the base would close. He told reporters 300 jobs would move."
    c = claim_with(text, "300 jobs would move")
    assert c.chain[0].name == "Karl Ober"
    assert c.chain[0].mention == "He"
    assert c.chain[0].cue == "told"
    assert text[c.chain[0].start : c.chain[0].end] == "He"
