"""Resolve source mentions to hops, referring back: "the outlet", "he said", "Shoigu" -> earlier.

A Resolver walks an article in order. It remembers each chain it produced and the names it
has seen, so that "the report said" gets the whole chain of the report it refers to, "the
outlet" the outlet that published it, and a bare surname the full name given earlier.
"""

from __future__ import annotations

from dataclasses import replace

from provenance.extract.attribution import Mention
from provenance.extract.names import (
    SourceName,
    kind_from_description,
    person_key,
    read_source,
)
from provenance.extract.types import Hop

_ANAPHOR_KINDS: dict[str, tuple[str, ...]] = {
    "outlet": ("outlet",),
    "agency": ("agency", "outlet", "government"),
    "government": ("government", "agency"),
    "organisation": ("organisation", "outlet", "agency"),
    "it": ("outlet", "agency", "government", "organisation"),
    "plural": ("unnamed", "organisation", "government", "agency", "outlet"),
    "person": ("person",),
}


class Resolver:
    """Turns mentions into hops and chains, remembering what the article said before."""

    def __init__(self) -> None:
        self.chains: list[tuple[Hop, ...]] = []  # every chain produced, in order
        self.people: dict[str, Hop] = {}  # surname -> hop with the full name
        self.aliases: dict[str, Hop] = {}  # alias/name lower -> hop
        self.entities: list[str] = []  # capitalised subjects seen, for "the company"

    def note_subject(self, name: str) -> None:
        """Remember a sentence subject that a later descriptive renaming may refer to."""
        self.entities.append(name)

    def _named_hop(self, m: Mention, r: SourceName) -> Hop:
        kind = r.kind
        desc = m.description or r.description
        if m.description and r.description:
            desc = f"{r.description}, {m.description}"
        if m.description:
            k2 = kind_from_description(m.description)
            if k2 is not None and kind in ("person", "organisation") and k2 != "person":
                kind = k2  # type: ignore[assignment]
        name = r.name
        low = name.lower()
        known = self.aliases.get(low)
        if known is None and kind == "person" and " " not in name:
            known = self.people.get(low)
        if known is not None:
            name, kind = known.name, known.kind
            desc = desc or known.description
        hop = Hop(
            name,
            kind,
            m.cue,
            m.date,
            desc,
            m.text or None,
            m.start if m.text else None,
            m.end if m.text else None,
        )
        if known is None:
            self.aliases[low] = hop
            if r.alias:
                self.aliases[r.alias.lower()] = hop
            if kind == "person" and " " in name:
                self.people.setdefault(person_key(name), hop)
        return hop

    def _find(self, anaphor: str) -> tuple[Hop, ...] | None:
        if anaphor == "report":
            for ch in reversed(self.chains):
                if ch and ch[0].kind in ("outlet", "agency", "government", "organisation"):
                    return ch
            return self.chains[-1] if self.chains else None
        kinds = _ANAPHOR_KINDS.get(anaphor, ())
        for ch in reversed(self.chains):
            if ch and ch[0].kind in kinds:
                if anaphor in ("outlet", "agency", "government", "organisation"):
                    return ch[:1]
                return ch
        if anaphor in ("it", "organisation", "plural"):
            # a one-word name never given a first name is more likely a company than a person
            for ch in reversed(self.chains):
                if ch and ch[0].kind == "person" and " " not in ch[0].name:
                    hop = replace(ch[0], kind="organisation")
                    return (hop,) if anaphor == "organisation" else (hop, *ch[1:])
        return None

    def chain(self, mentions: list[Mention]) -> tuple[Hop, ...]:
        """The chain for a frame's mentions, outermost first, anaphors resolved."""
        hops: list[Hop] = []
        for i, m in enumerate(mentions):
            if m.unnamed is not None:
                hops.append(Hop(m.unnamed, "unnamed", m.cue, m.date, None, None, m.start, m.end))
                continue
            r = read_source(m.text)
            if r.anaphor is not None:
                found = self._find(r.anaphor)
                if found is None and r.anaphor == "organisation" and self.entities:
                    found = (Hop(self.entities[-1], "organisation"),)
                if found:
                    first = replace(
                        found[0],
                        cue=m.cue,
                        date=m.date or found[0].date,
                        mention=m.text,
                        start=m.start,
                        end=m.end,
                    )
                    if i == 0:
                        hops.extend((first, *found[1:]))
                    else:
                        hops.append(first)
                    continue
                hops.append(
                    Hop(r.name, r.kind, m.cue, m.date, m.description, m.text, m.start, m.end)
                )
                continue
            if r.kind == "unnamed":
                hops.append(
                    Hop(r.name, "unnamed", m.cue, m.date, m.description, m.text, m.start, m.end)
                )
                continue
            hops.append(self._named_hop(m, r))
        out = tuple(hops)
        if out:
            self.chains.append(out)
        return out
