"""Print the claims JSON list (the `claims --format json` contract) for one article file.

usage: python benchmarks/extract_json.py FILE
Lets the reference scorers run on the extractor alone (their --pred-cmd option).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from provenance.extract import extract


def claims_json(text: str) -> list[dict[str, object]]:
    """The claims of one text in the JSON contract's shape (no database ids)."""
    ex = extract(text)
    return [
        {
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "sentence_index": c.sentence_index,
            "chain": [
                {
                    "source": h.name,
                    "kind": h.kind,
                    "cue": h.cue,
                    "date": h.date,
                    "description": h.description,
                    "aliases": list(h.aliases),
                }
                for h in c.chain
            ],
        }
        for c in ex.claims
    ]


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    json.dump(claims_json(text), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
