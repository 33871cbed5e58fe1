"""SQL, shell and spreadsheet metacharacters are stored and exported literally."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

SQL = "Robert'); DROP TABLE claim; --"
SHELL = "$(rm -rf ~) `reboot` && echo pwned | sh"
FORMULA = '=HYPERLINK("http://evil.example/x","click")'

ARTICLE = (
    "Evil Headline\n\n"
    f"The committee found that the fund paid {SHELL} to contractors in 2023, "
    f"the spokesman {SQL} said on Monday.\n\n"
    f"Auditors counted 41 invoices marked {FORMULA} in the ledger.\n"
)


def _json(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_metacharacters_survive_the_round_trip(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0

    claims = _json(cli("claims", "--format", "json"))
    texts = " ".join(str(c["text"]) for c in claims)
    assert SHELL in texts
    assert FORMULA in texts
    assert len(claims) >= 2

    note = f"{SQL} {FORMULA}"
    marked = cli("mark", str(claims[0]["id"]), "disputed", "-r", SQL, "--note", note)
    assert marked.exit_code == 0, marked.output
    assert (
        _json(cli("claims", "--status", "disputed", "--format", "json"))[0]["id"] == claims[0]["id"]
    )

    report = cli("export", "csv")
    assert report.exit_code == 0, report.output
    rows = list(csv.DictReader(io.StringIO(report.stdout)))
    assert len(rows) == len(claims)
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [c for c in cells if c[0] in "=+-@\t\r"], "a formula cell survived"
    assert any(SQL in c for c in cells)
    assert any(FORMULA in c for c in cells)
    # Every table is still there and nothing else was touched.
    assert len(_json(cli("claims", "--format", "json"))) == len(claims)
