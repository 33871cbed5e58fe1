"""Score the extractor in-process on PolNeAR (train or dev) the way polnear_score.py counts.

usage: python benchmarks/polnear.py [--split dev] [--limit N] [--data DIR] [--show N]
The corpus is read from ../shared/corpora/polnear (relative to the repository root) unless
--data says otherwise; when it is absent the benchmark says so and exits 0. --show N prints
N false positives and misses per article for error analysis (never stored anywhere).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _polnear import Tally, articles, read_ann  # noqa: E402

from provenance.extract import extract  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "corpora" / "polnear"))
    ap.add_argument("--show", type=int, default=0)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
