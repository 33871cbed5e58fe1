"""Score the extractor on the development gold set (benchmarks/gold) and the seed article.

usage: python benchmarks/gold_score.py [--python PY] [--cli CMD] [--pred-cmd CMD]
                                      [--only SLUG] [--verbose] [--jobs N]

For every benchmarks/gold/*.gold.json (text: the file named by its "article" key, next to it)
and the seed (seeds/kursk-demining.txt with ../shared/seeds/kursk-demining.gold.json, when
present) this runs the shared scorer ../shared/tools/score.py (paths relative to the repo
root). By default the scorer drives the CLI: --cli "<python> -m provenance". With --pred-cmd
(e.g. "/work/venv/bin/python benchmarks/extract_json.py {file}") the scorer reads the claims
JSON from that command instead; source queries are not run in that mode (they count as 0).

Prints one line per article and a total line:
  GOLD chains=K/N boilerplate_fp=B source_queries=Q/M
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "benchmarks" / "gold"
SCORER = ROOT / ".." / "shared" / "tools" / "score.py"
SEED_GOLD = ROOT / ".." / "shared" / "seeds" / "kursk-demining.gold.json"
SEED_TEXT = ROOT / "seeds" / "kursk-demining.txt"

SCORE_RE = re.compile(
    r"^SCORE chains=(\d+)/(\d+) boilerplate_fp=(\d+) source_queries=(\d+)/(\d+)"
    r"(?: claims_total=(\d+))?"
)


@dataclass
class Result:
    """One article's score (or the error that stopped it)."""

    name: str
    chains: int = 0
    total: int = 0
    fp: int = 0
    q_ok: int = 0
    q_total: int = 0
    claims: int = 0
    error: str = ""
    detail: str = ""


def articles(only: str | None) -> list[tuple[str, Path, Path]]:
    """(name, gold file, text file) for the seed and every gold file in benchmarks/gold."""
    found: list[tuple[str, Path, Path]] = []
    if SEED_GOLD.is_file() and SEED_TEXT.is_file():
        found.append(("kursk-demining (seed)", SEED_GOLD, SEED_TEXT))
    else:
        print(f"note: seed skipped ({SEED_GOLD} or {SEED_TEXT} missing)", file=sys.stderr)
    for gold in sorted(GOLD_DIR.glob("*.gold.json")):
        article = json.loads(gold.read_text(encoding="utf-8")).get("article")
        text = gold.parent / (article or gold.name.replace(".gold.json", ".txt"))
        found.append((gold.name.removesuffix(".gold.json"), gold, text))
    if only:
        found = [a for a in found if only in a[0]]
    return found


def score_one(name: str, gold: Path, text: Path, mode: list[str], python: str) -> Result:
    """Run the shared scorer on one article and parse its SCORE line."""
    if not text.is_file():
        return Result(name, error=f"text file missing: {text}")
    cmd = [python, str(SCORER.resolve()), str(gold), str(text), *mode]
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        return Result(name, error="scorer timed out")
    lines = p.stdout.strip().splitlines()
    m = SCORE_RE.match(lines[-1]) if lines else None
    if not m:
        err = (lines[-1] if lines else "") or p.stderr.strip()[-300:] or f"exit {p.returncode}"
        return Result(name, error=err, detail=p.stdout)
    k, n, fp, q, qn, total = (int(g) if g else 0 for g in m.groups())
    return Result(name, k, n, fp, q, qn, total, detail="\n".join(lines[:-1]))


def main() -> int:
    """Score every article, print per-article lines and the GOLD total; exit 2 on errors."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default=sys.executable, help="interpreter for the CLI")
    ap.add_argument("--cli", help='CLI command (default: "<python> -m provenance")')
    ap.add_argument("--pred-cmd", help="command printing claims JSON for {file}")
    ap.add_argument("--only", help="score only articles whose name contains this")
    ap.add_argument("--verbose", "-v", action="store_true", help="show per-claim verdicts")
    ap.add_argument("--jobs", "-j", type=int, default=4, help="articles scored in parallel")
    args = ap.parse_args()

    if not SCORER.is_file():
        print(f"GOLD skipped: scorer not found at {SCORER.resolve()}")
        return 0
    mode = (
        ["--pred-cmd", args.pred_cmd]
        if args.pred_cmd
        else ["--cli", args.cli or f"{args.python} -m provenance"]
    )
    todo = articles(args.only)
    if not todo:
        print("GOLD skipped: no gold articles found")
        return 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda a: score_one(*a, mode, args.python), todo))

    width = max(len(r.name) for r in results)
    tot = Result("total")
    for r in results:
        if r.error:
            print(f"{r.name:<{width}}  ERROR {r.error}")
        else:
            print(
                f"{r.name:<{width}}  chains={r.chains}/{r.total} boilerplate_fp={r.fp} "
                f"source_queries={r.q_ok}/{r.q_total} claims_total={r.claims}"
            )
        if args.verbose and r.detail:
            print("\n".join("    " + line for line in r.detail.splitlines()))
        for f in ("chains", "total", "fp", "q_ok", "q_total"):
            setattr(tot, f, getattr(tot, f) + getattr(r, f))
    errors = sum(bool(r.error) for r in results)
    note = " (source queries not run with --pred-cmd)" if args.pred_cmd else ""
    note += f" errors={errors}" if errors else ""
    print(
        f"GOLD chains={tot.chains}/{tot.total} boilerplate_fp={tot.fp} "
        f"source_queries={tot.q_ok}/{tot.q_total}{note}"
    )
    return 2 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
