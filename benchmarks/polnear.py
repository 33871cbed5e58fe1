"""Score the extractor in-process on PolNeAR (train or dev) the way polnear_score.py counts.

usage: python benchmarks/polnear.py [--split dev] [--limit N] [--data DIR] [--show N]
The corpus is read from ../shared/corpora/polnear (relative to the repository root) unless
--data says otherwise; when it is absent the benchmark says so and exits 0. --show N prints
N false positives and misses per article for error analysis (never stored anywhere).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _polnear import Tally, articles, read_ann  # noqa: E402

from provenance.extract import extract  # noqa: E402
from provenance.extract.cues import CUE_WORDS, OBJECT, PART_SET, PROGRESSIVE  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "corpora" / "polnear"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument(
        "--ceiling",
        action="store_true",
        help="also print the share of gold attributions whose cue holds a word the extractor "
        "reads as attribution, and the F1 it would reach finding all of them",
    )
    args = ap.parse_args()
    if not Path(args.data, args.split).is_dir():
        print(f"PolNeAR not found at {args.data}/{args.split}: benchmark skipped")
        return 0
    items = articles(args.data, args.split)[: args.limit]
    tally = Tally()
    for base, ann, txt in items:
        text = Path(txt).read_text(encoding="utf-8")
        gold = read_ann(ann)
        ex = extract(text)
        attributed = [((c.start, c.end), c.chain[0].name) for c in ex.claims if c.chain]
        fps, missed = tally.add(text, gold, attributed)
        if args.show:
            for (a, b), name in fps[: args.show]:
                print(f"FP   {base[:30]} [{name}] {text[a:b][:150]!r}")
            for g in missed[: args.show]:
                src = " ".join(text[a:b] for a, b in g.source)
                cue = " ".join(text[a:b] for a, b in g.cue)
                con = " ".join(text[a:b] for a, b in g.content)
                print(f"MISS {base[:30]} src={src!r} cue={cue!r} content={con[:120]!r}")
    print(tally.line(args.split, len(items)))
    if args.ceiling:
        print(_ceiling(items, tally))
    return 0


def _ceiling(items: list[tuple[str, str, str]], tally: Tally) -> str:
    """How much of the gold a reader of speech and thought verbs can reach at all."""
    ours = CUE_WORDS | OBJECT | PART_SET | set(PROGRESSIVE) | {"according", "citing"}
    total = known = 0
    for _base, ann, txt in items:
        text = Path(txt).read_text(encoding="utf-8")
        for g in read_ann(ann):
            total += 1
            cue = " ".join(text[a:b] for a, b in g.cue).lower()
            if cue.strip() in (":", '"', "\u201c") or not ours.isdisjoint(
                re.findall(r"[a-z]+", cue)
            ):
                known += 1
    share = known / total if total else 0.0
    p = tally.pred_ok / tally.pred if tally.pred else 0.0
    f1 = 2 * p * share / (p + share) if p + share else 0.0
    return (
        f"CEILING cue_in_our_lexicon={known}/{total} ({share:.3f}); "
        f"F1 if every one were found at this precision: {f1:.3f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
