"""`provenance claims | show | articles | sources` as a user and the external scorers run them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from typer.testing import Result

from provenance.db.engine import session_scope
from provenance.ingest import ingest_extraction
from tests.conftest import SEED
from tests.ingest_data import KURSK, SECOND

Cli = Callable[..., Result]
CONTRACT_KEYS = {"id", "article_id", "sentence_id", "text", "start", "end", "status", "version"}
HOP_KEYS = {"source", "kind", "cue", "date"}


@pytest.fixture
def stored(engine: Engine) -> Engine:
    with session_scope(engine) as s:
        ingest_extraction(s, KURSK)
        ingest_extraction(s, SECOND)
    return engine


def claims_json(cli: Cli, *args: str) -> list[dict[str, object]]:
    result = cli("claims", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seed_article_end_to_end(cli: Cli) -> None:
    """What the README's quick start and the external scorers do, robust to extractor changes."""
    first = cli("ingest", str(SEED))
    assert first.exit_code == 0, first.output
    text = SEED.read_text(encoding="utf-8")

    listed = claims_json(cli)
    assert listed
    for claim in listed:
        assert set(claim) >= CONTRACT_KEYS
        assert text[claim["start"] : claim["end"]] == claim["text"]  # type: ignore[misc]
        assert claim["status"] == "unreviewed"
        for hop in claim["chain"]:  # type: ignore[attr-defined]
            assert set(hop) >= HOP_KEYS

    again = cli("ingest", str(SEED))
    assert again.exit_code == 0
    assert "already ingested" in again.stderr
    assert claims_json(cli) == listed

    by_source = claims_json(cli, "--source", "moscow times")
    assert by_source
    for claim in by_source:
        names = {hop["source"] for hop in claim["chain"]}  # type: ignore[attr-defined]
        assert "The Moscow Times" in names


def test_json_follows_the_contract_exactly(cli: Cli, stored: Engine) -> None:
    claims = claims_json(cli, "--source", "Krasnaya Zvezda")
    assert len(claims) == 1
    claim = claims[0]
    assert claim["text"] == "Engineers have begun clearing mines in Kursk"
    assert KURSK.text[claim["start"] : claim["end"]] == claim["text"]  # type: ignore[misc]
    assert (claim["status"], claim["version"]) == ("unreviewed", 1)
    assert [(h["source"], h["kind"], h["cue"], h["date"]) for h in claim["chain"]] == [  # type: ignore[attr-defined]
        ("The Moscow Times", "outlet", "reported", "November 14"),
        ("Krasnaya Zvezda", "outlet", "citing", None),
    ]
    own = next(c for c in claims_json(cli) if c["text"].startswith("Troops"))  # type: ignore[attr-defined]
    assert own["chain"] == []


def test_source_matches_name_or_alias_case_insensitively(cli: Cli, stored: Engine) -> None:
    expected = ["Engineers have begun clearing mines in Kursk", "Mines remain"]
    for name in ("The Moscow Times", "moscow times", "MOSCOW TIMES"):
        assert [c["text"] for c in claims_json(cli, "--source", name)] == expected


def test_direct_and_origin(cli: Cli, stored: Engine) -> None:
    assert claims_json(cli, "--source", "Krasnaya Zvezda", "--direct") == []
    assert len(claims_json(cli, "--source", "Krasnaya Zvezda", "--origin")) == 1
    assert len(claims_json(cli, "--source", "Moscow Times", "--origin")) == 1
    clash = cli("claims", "--source", "Moscow Times", "--direct", "--origin")
    assert clash.exit_code == 2
    assert "exclude" in clash.stderr


def test_unknown_source_suggests_close_names(cli: Cli, stored: Engine) -> None:
    result = cli("claims", "--source", "Moskow Times")
    assert result.exit_code == 3
    assert "did you mean 'The Moscow Times'" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_unnamed_sources_are_found_by_description(cli: Cli, stored: Engine) -> None:
    claims = claims_json(cli, "--source", "officials")
    assert len(claims) == 2
    assert {c["chain"][0]["kind"] for c in claims} == {"unnamed"}  # type: ignore[index]


def test_status_and_article_filters(cli: Cli, stored: Engine) -> None:
    assert len(claims_json(cli, "--article", "2")) == 2
    assert claims_json(cli, "--status", "verified") == []
    bad = cli("claims", "--status", "true")
    assert bad.exit_code == 2
    assert "unknown status" in bad.stderr


def test_csv_has_a_header_and_one_row_per_claim(cli: Cli, stored: Engine) -> None:
    result = cli("claims", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5
    first = rows[0]
    assert first["direct_source"] == "The Moscow Times"
    assert first["origin_source"] == "Krasnaya Zvezda"
    assert first["chain"] == "The Moscow Times > Krasnaya Zvezda"


def test_piped_table_is_neither_coloured_nor_truncated(cli: Cli, stored: Engine) -> None:
    result = cli("claims")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "Engineers have begun clearing mines in Kursk" in result.stdout
    assert "The Moscow Times > Krasnaya Zvezda" in result.stdout


def test_show_draws_the_chain_context_and_reviews(cli: Cli, stored: Engine) -> None:
    claim_id = claims_json(cli, "--source", "Krasnaya Zvezda")[0]["id"]
    result = cli("show", str(claim_id))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("The Moscow Times") < out.index("Krasnaya Zvezda")
    assert "the newspaper of Russia's Defense Ministry" in out
    assert "Engineers begin demining" in out  # the sentence before, and the article title
    assert "The work will take a year" in out  # the sentence after
    assert "no reviews yet" in out


def test_show_json_adds_the_article_and_history(cli: Cli, stored: Engine) -> None:
    result = cli("show", "1", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["article"]["title"] == "Engineers begin demining"
    assert data["reviews"] == []
    assert data["chain"][0]["source"] == "The Moscow Times"


def test_show_of_a_missing_claim_is_one_line(cli: Cli, stored: Engine) -> None:
    result = cli("show", "999")
    assert result.exit_code == 3
    assert result.stderr.strip() == "error: no claim with id 999"
    huge = cli("show", "9" * 30)
    assert huge.exit_code == 3
    typo = cli("show", "1a")
    assert typo.exit_code == 2
    assert typo.stderr.strip() == "error: not a claim id: '1a'"


def test_an_unknown_article_is_not_an_empty_list(cli: Cli, stored: Engine) -> None:
    result = cli("claims", "--article", "99")
    assert result.exit_code == 3
    assert result.stderr.strip() == "error: no article with id 99"


def test_articles_lists_what_was_ingested(cli: Cli, stored: Engine) -> None:
    result = cli("articles", "--format", "json")
    assert result.exit_code == 0
    articles = json.loads(result.stdout)
    assert [(a["id"], a["sentences"], a["claims"]) for a in articles] == [(1, 4, 3), (2, 2, 2)]
    table = cli("articles")
    assert "Engineers begin demining" in table.stdout


def test_sources_listing(cli: Cli, stored: Engine) -> None:
    result = cli("sources", "--format", "json")
    assert result.exit_code == 0
    by_name = {s["name"]: s for s in json.loads(result.stdout)}
    assert by_name["The Moscow Times"]["claims_any_hop"] == 2
    assert by_name["The Moscow Times"]["cites"] == ["Krasnaya Zvezda"]
    assert by_name["Krasnaya Zvezda"]["cited_by"] == ["The Moscow Times"]
    table = cli("sources")
    assert "Krasnaya Zvezda" in table.stdout


def test_sources_merge_and_alias_commands(cli: Cli, stored: Engine) -> None:
    added = cli("sources", "alias", "Krasnaya Zvezda", "Red Star")
    assert added.exit_code == 0, added.output
    assert len(claims_json(cli, "--source", "red star")) == 1

    merged = cli("sources", "merge", "The Moscow Times", "Krasnaya Zvezda")
    assert merged.exit_code == 0, merged.output
    assert "1 citation(s)" in merged.stdout
    assert len(claims_json(cli, "--source", "red star")) == 2

    missing = cli("sources", "merge", "The Moscow Times", "Pravda")
    assert missing.exit_code == 3


def test_every_command_has_help(cli: Cli) -> None:
    for command in (["ingest"], ["claims"], ["show"], ["articles"], ["sources"]):
        result = cli(*command, "--help")
        assert result.exit_code == 0
        assert len(result.stdout.strip().splitlines()) > 3


def test_a_reader_that_stops_early_is_no_failure(tmp_path: Path) -> None:
    """`provenance claims --format json | head -c 100`: exit 0, nothing on stderr."""
    db = f"sqlite:///{tmp_path / 'pipe.db'}"
    gold = Path(__file__).resolve().parent.parent / "benchmarks" / "gold"
    run = [sys.executable, "-m", "provenance", "--db", db]
    subprocess.run([*run, "ingest", str(gold)], capture_output=True, check=True)
    with subprocess.Popen(
        [*run, "claims", "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        assert proc.stdout.read(100)  # far less than the output, which overflows the pipe
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=60) == 0, err
    assert err == b""
