"""Property tests: any text, however hostile, extracts without error, with exact offsets."""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.extract import SENTENCE_KINDS, SOURCE_KINDS, Extraction, extract

_NEWSY = st.sampled_from(
    [
        "said",
        "told reporters",
        "according to",
        ", citing",
        "\u201c",
        "\u201d",
        '"',
        "''",
        "It was reported that",
        "Mr.",
        "U.S.",
        "Nov. 5",
        "(AP Photo)",
        "(Source: X)",
        "\n",
        "\n\n",
        ", the newspaper of",
        "the outlet",
        "he said.",
        "\u2014",
        ":",
        ", who said",
        "reportedly",
        "Security Council Secretary",
        "Advertisement",
        "By Jane Doe",
        "  ",
        ".",
        ",",
        "(",
        ")",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_NEWSY, st.text(max_size=12)), max_size=60).map(" ".join),
    st.lists(st.one_of(_NEWSY, st.characters()), max_size=200).map("".join),
)


def check(ex: Extraction) -> None:
    text = ex.text
    for i, s in enumerate(ex.sentences):
        assert s.index == i
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.kind in SENTENCE_KINDS
    for c in ex.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        sent = ex.sentences[c.sentence_index]
        assert sent.kind != "boilerplate"
        for h in c.chain:
            assert h.kind in SOURCE_KINDS
            assert h.name
            if h.start is not None and h.end is not None and h.mention:
                assert text[h.start : h.end] == h.mention


# PROVENANCE_FUZZ_EXAMPLES=3000 for a longer fuzzing run.
FUZZ_EXAMPLES = int(os.environ.get("PROVENANCE_FUZZ_EXAMPLES", "300"))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_extracts_with_exact_offsets(text: str) -> None:
    check(extract(text))


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=30), st.integers(min_value=200, max_value=3000))
def test_huge_lines_and_repeats(unit: str, times: int) -> None:
    check(extract(unit * times))


def test_hostile_inputs() -> None:
    cases = [
        "",
        " ",
        "\n" * 1000,
        "\x00\x01\x02 said \x7f",
        "\u201c" * 5000,
        '"' * 5000,
        "said " * 3000,
        "according to " * 2000,
        ", " * 5000,
        "A" * 100_000,
        "Mr. " * 5000,
        "U.S. " * 3000,
        "\ufeffHello\u2028world\u2029said",
        "\U0001f600 " * 2000,
        "(" * 3000 + ")" * 3000,
        ("x" * 50 + ", ") * 2000,
        "It was reported that " * 500,
        "\u202e reversed \u202c text said",
        "\r\n\r\n".join(["Line said this."] * 500),
    ]
    for text in cases:
        check(extract(text))


def _cpu(text: str) -> float:
    t0 = time.process_time()
    extract(text)
    return time.process_time() - t0


def test_run_time_grows_linearly() -> None:
    """8x the input must cost far less than 64x the time (no quadratic blow-up)."""
    units = [
        "Officials said the plan, which was approved, will cost $5 million, according to the "
        "ministry. ",
        "\u201cWe are ready,\u201d he said, adding that talks would resume. ",
        "said, said, according to, citing, " * 3,
        "x" * 200 + " ",
        "the " * 50,
        "\u201c" + "word " * 80,
        ", according to the " * 20,
        "A, he said, " * 20,
        "Smith, who said " * 20,
        "Ab." * 50,
        "The Council of the " * 20,
        "A, X reported, citing Y, " * 10,
    ]
    for unit in units:
        small = unit * 150
        big = unit * 1200
        t_small = min(_cpu(small) for _ in range(3))
        t_big = min(_cpu(big) for _ in range(2))
        assert t_big <= max(t_small, 0.002) * 24, (unit[:30], t_small, t_big)
