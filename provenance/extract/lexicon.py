"""Word lists written as plain space-separated text, so they stay readable and compact."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of text, in order: words("said says") -> ("said", "says")."""
    return tuple(text.split())
