"""Helpers for extraction tests: the chain of the claim holding a phrase, as plain names."""

from __future__ import annotations

import pytest

from provenance.extract import Claim, extract


def claim_with(text: str, anchor: str) -> Claim:
    """The first claim of text whose text contains anchor (fails the test if none)."""
    ex = extract(text)
    for c in ex.claims:
        if anchor in c.text:
            return c
    pytest.fail(f"no claim contains {anchor!r}; claims: {[c.text for c in ex.claims]}")


def names(claim: Claim) -> list[str]:
    """The chain as names, "?" standing for an unnamed source."""
    return ["?" if h.kind == "unnamed" else h.name for h in claim.chain]


def assert_chain(text: str, anchor: str, want: list[str]) -> None:
    """The claim holding ``anchor`` has the chain ``want`` (names match by containment)."""
    got = names(claim_with(text, anchor))
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        if w == "?":
            assert g == "?", got
        else:
            assert w.lower() in g.lower() or g.lower() in w.lower(), got
