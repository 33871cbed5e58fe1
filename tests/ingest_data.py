"""Hand-built extractions for ingest and query tests: exact control over claims and chains."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.extract.types import Claim, Extraction, Hop, Sentence


def hop(name: str, kind: str = "outlet", cue: str | None = "reported", **kw: object) -> Hop:
    return Hop(name=name, kind=kind, cue=cue, **kw)  # type: ignore[arg-type]


def extraction(
    text: str, claims: Sequence[tuple[str, Sequence[Hop]]], title: str | None = None
) -> Extraction:
    """One sentence per non-empty line; each claim is found in the text by its wording."""
    sentences = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(len(sentences), offset, offset + len(line), line))
        offset += len(line) + 1
    built = []
    for wording, chain in claims:
        start = text.index(wording)
        sentence = next(s for s in sentences if s.start <= start < s.end)
        built.append(Claim(sentence.index, start, start + len(wording), wording, tuple(chain)))
    return Extraction(text=text, sentences=tuple(sentences), claims=tuple(built), title=title)


KURSK = extraction(
    "Engineers begin demining\n"
    "Engineers have begun clearing mines in Kursk, The Moscow Times reported, "
    "citing Krasnaya Zvezda.\n"
    "The work will take a year, officials said.\n"
    "Troops entered the region in August.\n",
    [
        (
            "Engineers have begun clearing mines in Kursk",
            [
                hop("The Moscow Times", cue="reported", date="November 14"),
                hop(
                    "Krasnaya Zvezda",
                    cue="citing",
                    description="the newspaper of Russia's Defense Ministry",
                ),
            ],
        ),
        ("The work will take a year", [hop("officials", kind="unnamed", cue="said")]),
        ("Troops entered the region in August", []),
    ],
    title="Engineers begin demining",
)

SECOND = extraction(
    "Mines remain, Moscow Times says.\nA second report, it was reported, adds little.\n",
    [
        ("Mines remain", [hop("Moscow Times", cue="says")]),
        ("A second report", [hop("officials", kind="unnamed", cue="it was reported")]),
    ],
)
