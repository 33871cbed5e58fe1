"""List page-chrome lines that become claims although the shared scorer cannot see them.

usage: python benchmarks/hidden_chrome.py

The scorer (../shared/tools/score.py) counts a gold file's ``not_claims`` line as a chrome
false positive when the line, normalised, lies inside a claim's text. A line that ends in a
full stop or a colon ("Short link:", "Chart by Carbon Brief.") never does, because claim
texts drop their final mark; this script also tries each claim with the character after it,
and prints every chrome line found that way and a total line:
  HIDDEN_CHROME lines=N articles=M
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

from score import norm  # noqa: E402  (the shared scorer's own normalisation)

from provenance.extract import extract  # noqa: E402


def hidden(gold: Path) -> list[str]:
    """The article's chrome lines that a claim holds only with its final mark kept."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = (gold.parent / data["article"]).read_text(encoding="utf-8")
    claims = extract(text).claims
    seen = [norm(c.text) for c in claims]
    marked = [norm(text[c.start : c.end + 1]) for c in claims]
    out = []
    for line in data.get("not_claims", []):
        key = norm(line)
        if not any(key in s for s in seen) and any(key in s for s in marked):
            out.append(line)
    return out


def main() -> None:
    lines = articles = 0
    for gold in sorted((ROOT / "benchmarks" / "gold").glob("*.gold.json")):
        found = hidden(gold)
        for line in found:
            print(f"{gold.name[: -len('.gold.json')]}: {line}")
        lines += len(found)
        articles += bool(found)
    print(f"HIDDEN_CHROME lines={lines} articles={articles}")


if __name__ == "__main__":
    main()
