"""Print extraction speed (sentences per second, one core) on a large generated corpus.

usage: python benchmarks/extract.py [--articles N] [--seed S] [--repeat R] [--segmenters]
                                    [--polnear DIR]
The corpus is generated deterministically from sentence templates covering the attribution
patterns extraction handles, plus page chrome, captions and plain sentences. When the
PolNeAR folder is present (../shared/corpora/polnear), its train and dev texts are timed
too, as real news (line EXTRACT_REAL); the corpus is only read, never copied.
--segmenters also compares our rule segmenter with the installed libraries (nupunkt, pysbd,
syntok, sentencex) on news abbreviations and on speed; that is how it was chosen.
The first line says which build is timed: `pip install .` compiles extraction with mypyc
(setup.py), an editable install runs it as plain Python.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

# time the installed provenance (compiled by `pip install .`); the source tree when none is
if importlib.util.find_spec("provenance") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from provenance.extract import extract, pipeline
from provenance.extract.segment import split_sentences

_POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear"

# (text, expected sentences): the abbreviations and run-ons news copy is full of
SEGMENT_CASES: list[tuple[str, int]] = [
    ("The U.S. Army said the drill ended.", 1),
    ("Talks resumed in Nov. 2023 in Geneva.", 1),
    ("Rep. Ann Cole (D-Calif.) voted no. The bill failed.", 2),
    ("Gov. Tom Hale and Sen. Ruth Ibsen met Mr. Dole at 5 p.m. on Monday.", 1),
    ("The plant will close by March 2.Officials said 300 jobs would go.", 2),
    ("George W. Bush spoke first. Then the mayor spoke.", 2),
    ("He moved to the U.S. The move was quick.", 2),
    ("\u201cWe are ready.\u201d He left the room.", 2),
    ("Is it over? Nobody knows. Wait and see!", 3),
    ("Shares of Nordbank Inc. rose 4% on Friday.", 1),
    ("The firm, based in Washington, D.C., hired 40 people.", 1),
    ("Sen. Lisa Tran, R-Texas, and Rep. Adam Kern, D-Calif., spoke.", 1),
    ("The vote is set for Jan. 5. Gov. Hale will attend.", 2),
    ("It fell 3.5 percent. Analysts had expected a rise.", 2),
]


def _segmenters() -> dict[str, Callable[[str], list]]:
    found: dict[str, Callable[[str], list]] = {
        "rules (ours)": lambda t: split_sentences(t, 0, len(t))
    }
    try:
        import nupunkt

        found["nupunkt"] = nupunkt.sent_tokenize
    except ImportError:
        pass
    try:
        import pysbd

        found["pysbd"] = pysbd.Segmenter(language="en", clean=False).segment
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = lambda t: list(sentencex.segment("en", t))
    except ImportError:
        pass
    try:
        import syntok.segmenter as syntok

        found["syntok"] = lambda t: [s for p in syntok.process(t) for s in p]
    except ImportError:
        pass
    return found


def compare_segmenters(corpus: list[str]) -> None:
    """Accuracy on SEGMENT_CASES and sentences per second, for each segmenter."""
    paragraphs = [p for text in corpus for p in text.split("\n\n")]
    for name, seg in _segmenters().items():
        ok = sum(len(seg(t)) == n for t, n in SEGMENT_CASES)
        t0 = time.process_time()
        count = sum(len(seg(p)) for p in paragraphs)
        dt = time.process_time() - t0
        print(
            f"SEGMENTER {name:14s} cases={ok}/{len(SEGMENT_CASES)} "
            f"sentences_per_second={count / dt:,.0f}"
        )


_WHO = [
    "Maria Lopez",
    "the ministry",
    "Reuters",
    "officials",
    "Gov. Tom Hale",
    "he",
    "she",
    "the company",
    "Rep. Ann Cole (D-Calif.)",
    "the Daily Ledger",
    "two people familiar with the talks",
    "the agency",
    "Kremlin spokesman Ivan Petrov",
]
_WHAT = [
    "the plant will close by March 2",
    "prices rose 4% in Nov. last year",
    "the U.S. team met the delegation on Tuesday",
    "about 3,000 jobs were at risk",
    "the talks had stalled, and no date was set",
    "the bridge, which opened in 1998, needs repairs",
    "the bill passed 52-48, sending it to the House",
]
_TEMPLATES = [
    "{Who} said {what}.",
    "{What}, {who} said on Monday.",
    "According to {who}, {what}.",
    "{What}, according to {who}.",
    "{Who} reported that {what}, citing {who2}.",
    "\u201c{What},\u201d {who} told reporters.",
    "{Who} said: \u201c{What}.\u201d",
    "It was reported that {what}.",
    "{What}.",
    "The city council met for two hours and adjourned without a vote.",
    "{Who} has estimated that {what}.",
    "{What}, {who} said, adding that {what2}.",
]
_CHROME = ["Advertisement", "See all", "3 min read", "Subscribe to our newsletter", "By Jane Roe"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def make_article(rng: random.Random, n_paras: int = 12) -> str:
    """One generated article: headline, chrome, a caption and n_paras paragraphs."""
    lines = [
        "Officials Weigh New Rules After Plant Closure",
        rng.choice(_CHROME),
        "Workers leave the plant on Friday. (AP Photo/Sam Doe)",
    ]
    for _ in range(n_paras):
        sents = []
        for _ in range(rng.randint(2, 4)):
            t = rng.choice(_TEMPLATES)
            who, who2 = rng.choice(_WHO), rng.choice(_WHO)
            what, what2 = rng.choice(_WHAT), rng.choice(_WHAT)
            sents.append(
                t.format(Who=_cap(who), who=who, who2=who2, What=_cap(what), what=what, what2=what2)
            )
        lines.append(" ".join(sents))
        if rng.random() < 0.2:
            lines.append(rng.choice(_CHROME))
    return "\n\n".join(lines)


def _time(corpus: list[str], repeat: int) -> tuple[int, int, float, float]:
    """(sentences, claims, best CPU seconds, best wall seconds) over ``repeat`` passes."""
    # best of --repeat passes: the CPU time of one process is one core's work, and the
    # best pass is the least disturbed by whatever else the machine is running
    best_cpu = best_wall = float("inf")
    n_sent = n_claims = 0
    for _ in range(repeat):
        n_sent = n_claims = 0
        w0, c0 = time.perf_counter(), time.process_time()
        for text in corpus:
            ex = extract(text)
            n_sent += len(ex.sentences)
            n_claims += len(ex.claims)
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return n_sent, n_claims, best_cpu, best_wall


def _report(label: str, corpus: list[str], repeat: int) -> None:
    n_sent, n_claims, best_cpu, best_wall = _time(corpus, repeat)
    chars = sum(len(t) for t in corpus)
    print(
        f"{label} articles={len(corpus)} sentences={n_sent} claims={n_claims} chars={chars} "
        f"passes={repeat} best_cpu_seconds={best_cpu:.2f} best_wall_seconds={best_wall:.2f} "
        f"sentences_per_second={n_sent / best_cpu:,.0f} (wall {n_sent / best_wall:,.0f})"
    )


def real_news(data: Path) -> list[str]:
    """PolNeAR article texts (train and dev), read into memory; [] when the corpus is absent.

    Only timed here, never stored or printed: the corpus stays outside the project.
    """
    return [
        p.read_text(encoding="utf-8")
        for split in ("train", "dev")
        for p in sorted((data / split / "text").glob("*.txt"))
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--segmenters", action="store_true")
    ap.add_argument("--polnear", default=str(_POLNEAR), help="PolNeAR folder for real news")
    args = ap.parse_args()
    build = "plain Python" if pipeline.__file__.endswith(".py") else "compiled (mypyc)"
    print(f"EXTRACT_BUILD {build}: {Path(pipeline.__file__).parent}")
    rng = random.Random(args.seed)
    corpus = [make_article(rng) for _ in range(args.articles)]
    extract(corpus[0])  # warm up compiled patterns
    _report("EXTRACT", corpus, args.repeat)
    real = real_news(Path(args.polnear))
    if real:
        _report("EXTRACT_REAL", real, args.repeat)
    else:
        print(f"EXTRACT_REAL skipped: no PolNeAR texts at {args.polnear}")
    if args.segmenters:
        compare_segmenters(corpus[:200])


if __name__ == "__main__":
    main()
