"""`mark`, `verify`, `dispute`, `history` and the interactive `review` queue, as users run them."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from typer.testing import Result

from provenance import review
from provenance.db.engine import session_scope
from provenance.db.models import Claim, Review
from tests.test_review import KZ, seed_claims

Cli = Callable[..., Result]


@pytest.fixture
def claims(engine: Engine) -> list[int]:
    return seed_claims(engine, 6)


def _state(engine: Engine) -> tuple[list[tuple[Any, ...]], int]:
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Claim.id, Claim.status, Claim.version).order_by(Claim.id))
        return [tuple(r) for r in rows], s.scalar(select(func.count(Review.id))) or 0


def _statuses(engine: Engine) -> dict[int, str]:
    return {claim_id: status for claim_id, status, _ in _state(engine)[0]}


def _history(cli: Cli, claim_id: int) -> list[dict[str, Any]]:
    result = cli("history", str(claim_id), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _one_line_error(result: Result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {text}"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_mark_records_reviewer_note_and_evidence(cli: Cli, claims: list[int]) -> None:
    evidence = ["--evidence", "https://mil.ru/a", "--evidence", "http://example.org/b"]
    result = cli(
        "mark", "1", "disputed", "--reviewer", "ana", "--note", "one outlet only", *evidence
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "claim 1: disputed (version 2, review 1)\n"
    (entry,) = _history(cli, 1)
    assert entry["verdict"] == "disputed"
    assert entry["reviewer"] == "ana"
    assert entry["note"] == "one outlet only"
    assert entry["evidence"] == ["https://mil.ru/a", "http://example.org/b"]
    assert entry["claim_version"] == 2


def test_verify_and_dispute_shortcuts_take_several_ids(
    cli: Cli, engine: Engine, claims: list[int]
) -> None:
    assert cli("verify", "1", "2", "-r", "ana").exit_code == 0
    assert cli("dispute", "2", "3", "-r", "bo").exit_code == 0
    assert _statuses(engine) == {
        1: "verified", 2: "disputed", 3: "disputed", 4: "unreviewed", 5: "unreviewed",
        6: "unreviewed",
    }  # fmt: skip
    assert [e["verdict"] for e in _history(cli, 2)] == ["verified", "disputed"]


def test_reviewer_comes_from_the_environment(
    cli: Cli, claims: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROVENANCE_REVIEWER", "carla")
    assert cli("verify", "1").exit_code == 0
    assert _history(cli, 1)[0]["reviewer"] == "carla"


def test_stale_expect_version_is_refused(cli: Cli, engine: Engine, claims: list[int]) -> None:
    assert cli("verify", "1", "-r", "bo", "--expect-version", "1").exit_code == 0
    before = _state(engine)
    result = cli("dispute", "1", "-r", "ana", "--expect-version", "1")
    _one_line_error(result, 4, "claim 1 is at version 2, not 1: verified by bo at ")
    assert _state(engine) == before
    assert cli("dispute", "1", "-r", "ana", "--expect-version", "2").exit_code == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["mark", "99", "verified", "-r", "ana"], 3, "no claim with id 99"),
        (["mark", "1", "99", "verified", "-r", "ana"], 3, "no claim with id 99"),
        (["mark", "1", "true", "-r", "ana"], 2, "unknown verdict 'true'"),
        (["mark", "1", "verified", "-r", ""], 2, "the reviewer name is empty"),
        (["verify", "1", "-r", "ana", "-e", "www.mil.ru/x"], 2, "not an http(s) URL"),
        (["verify", "1", "-r", "ana", "-e", "javascript:alert(1)"], 2, "not an http(s) URL"),
        (["verify", "-r", "ana"], 2, "give claim ids, or --source"),
        (["verify", "1", "-r", "ana", "--source", KZ], 2, "give claim ids or filters"),
        (["verify", "-r", "ana", "--source", "Pravda"], 3, "no source named 'Pravda'"),
        (["verify", "-r", "ana", "--origin"], 2, "--direct and --origin need --source"),
        (["verify", "-r", "ana", "-s", KZ, "--expect-version", "1"], 2, "--expect-version needs"),
        (["verify", "-r", "ana", "--status", "maybe"], 2, "unknown status 'maybe'"),
        (["history", "99"], 3, "no claim with id 99"),
        (["history", str(2**63)], 3, f"no claim with id {2**63}"),
        (["verify", str(2**64), "-r", "ana"], 3, f"no claim with id {2**64}"),
        (
            ["verify", "1", "-r", "ana", "--expect-version", str(2**40)],
            4,
            "claim 1 is at version 1",
        ),
        (["verify", "1", "-r", "ana", "-n", "a\x00b"], 2, "the note contains a NUL"),
        (["verify", "1", "-r", "a\x00b"], 2, "the reviewer name contains control"),
    ],
)
def test_bad_input_gets_one_line_and_changes_nothing(
    cli: Cli, engine: Engine, claims: list[int], args: list[str], code: int, message: str
) -> None:
    before = _state(engine)
    _one_line_error(cli(*args), code, message)
    assert _state(engine) == before


def test_a_claim_id_that_is_not_a_number_is_a_usage_error(cli: Cli, claims: list[int]) -> None:
    result = cli("verify", "one", "-r", "ana")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_marking_by_source_asks_first(cli: Cli, engine: Engine, claims: list[int]) -> None:
    before = _state(engine)
    refused = cli("dispute", "--source", "krasnaya zvezda", "--direct", "-r", "ana", input="n\n")
    assert refused.exit_code == 1
    assert "Mark 2 claims citing 'krasnaya zvezda' directly as disputed? [y/N]" in refused.stderr
    assert "nothing marked" in refused.stderr
    assert _state(engine) == before

    agreed = cli("dispute", "--source", "krasnaya zvezda", "--direct", "-r", "ana", input="y\n")
    assert agreed.exit_code == 0, agreed.output
    assert agreed.stdout.splitlines() == [
        "claim 2: disputed (version 2, review 1)",
        "claim 5: disputed (version 2, review 2)",
    ]
    assert [c for c, s in _statuses(engine).items() if s == "disputed"] == [2, 5]


def test_marking_by_source_with_yes_does_not_ask(
    cli: Cli, engine: Engine, claims: list[int]
) -> None:
    result = cli("mark", "unverifiable", "--source", KZ, "--status", "unreviewed", "--yes",
                 "-r", "ana")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Mark" not in result.stderr
    assert [c for c, s in _statuses(engine).items() if s == "unverifiable"] == [1, 2, 4, 5]


def test_marking_by_a_filter_nothing_matches(cli: Cli, claims: list[int]) -> None:
    result = cli("verify", "--status", "disputed", "-r", "ana")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no claims match" in result.stderr


def test_history_table(cli: Cli, claims: list[int]) -> None:
    cli("verify", "1", "-r", "ana", "-n", "two sources agree")
    cli("dispute", "1", "-r", "bo", "-e", "https://example.org/x")
    result = cli("history", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any("verified" in ln and "ana" in ln and "two sources agree" in ln for ln in lines)
    assert any("disputed" in ln and "bo" in ln and "https://example.org/x" in ln for ln in lines)
    empty = cli("history", "2")
    assert empty.exit_code == 0
    assert "claim 2 has no reviews" in empty.stderr


def test_history_csv(cli: Cli, claims: list[int]) -> None:
    cli("verify", "1", "-r", "ana", "-e", "https://a.example", "-e", "https://b.example")
    result = cli("history", "1", "--format", "csv")
    header, row = result.stdout.splitlines()
    assert header.startswith("id,claim_version,verdict,reviewer,")
    assert ",verified,ana," in row
    assert "https://a.example https://b.example" in row


# -- the interactive queue -------------------------------------------------------------------


def test_review_queue_driven_from_a_pipe(cli: Cli, engine: Engine, claims: list[int]) -> None:
    answers = "v\nchecked the ministry site\nx\nd\n\ns\nu\nno way to tell\nq\n"
    result = cli("review", "-r", "ana", input=answers)
    assert result.exit_code == 0, result.output
    assert _statuses(engine) == {
        1: "verified", 2: "disputed", 3: "unreviewed", 4: "unverifiable", 5: "unreviewed",
        6: "unreviewed",
    }  # fmt: skip
    assert _history(cli, 1)[0]["note"] == "checked the ministry site"
    assert _history(cli, 2)[0]["note"] is None
    # The reviewer sees the claim, its chain and its sentence.
    assert "Claim number 0 is true" in result.stdout
    assert (
        f"<- The Moscow Times (outlet, reported)\n    <- {KZ} (outlet, reported)" in result.stdout
    )
    assert "(the article's own assertion: no source cited)" in result.stdout
    assert "'x' is not one of v, d, u, s, q" in result.stderr
    assert "review session: 1 verified, 1 disputed, 1 skipped, 1 unverifiable" in result.stderr


def test_review_queue_ends_at_the_end_of_input(cli: Cli, engine: Engine, claims: list[int]) -> None:
    result = cli("review", "-r", "ana", "--source", KZ, "--origin", input="v\n\n")
    assert result.exit_code == 0, result.output
    assert _statuses(engine)[1] == "verified"
    assert set(_statuses(engine).values()) == {"verified", "unreviewed"}


def test_review_queue_walks_only_unreviewed_claims(
    cli: Cli, engine: Engine, claims: list[int]
) -> None:
    cli("verify", "1", "2", "3", "4", "5", "-r", "bo")
    result = cli("review", "-r", "ana", input="d\n\n")
    assert "claim 6 (1/1" in result.stdout
    assert _statuses(engine)[6] == "disputed"
    assert cli("review", "-r", "ana", input="").stderr == "no claims to review\n"


def _meanwhile(monkeypatch: pytest.MonkeyPatch, action: Callable[[], None]) -> None:
    """Run ``action`` (another reviewer's verdict) just before the queue's first question."""
    from provenance.cli import review as review_cli

    ask = review_cli._ask_key

    def ask_after_action() -> str:
        monkeypatch.setattr(review_cli, "_ask_key", ask)
        action()
        return ask()

    monkeypatch.setattr(review_cli, "_ask_key", ask_after_action)


def _bo_marks(engine: Engine, ids: list[int], verdict: str) -> Callable[[], None]:
    def act() -> None:
        with session_scope(engine) as s:
            review.mark(s, ids, verdict, reviewer="bo", note="I checked")

    return act


def test_review_queue_never_overwrites_a_verdict_that_landed_meanwhile(
    cli: Cli, engine: Engine, claims: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # While ana looks at claim 1, bo disputes claims 1 and 2. Ana's verdict on claim 1 is
    # refused, she keeps bo's; claim 2 is no longer unreviewed, so the queue skips it.
    _meanwhile(monkeypatch, _bo_marks(engine, [1, 2], "disputed"))
    result = cli("review", "-r", "ana", input="v\nlooks fine\nn\nq\n")
    assert result.exit_code == 0, result.output
    assert "while you were looking, claim 1 was marked disputed by bo" in result.stderr
    assert "replace it with verified? [y/N]" in result.stderr
    assert 'claim 2 was marked disputed by bo ("I checked") meanwhile; skipping it' in (
        result.stderr
    )
    assert [e["reviewer"] for e in _history(cli, 1)] == ["bo"]
    assert _statuses(engine)[1] == "disputed"


def test_review_queue_replaces_a_verdict_that_landed_only_when_asked_to(
    cli: Cli, engine: Engine, claims: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _meanwhile(monkeypatch, _bo_marks(engine, [1], "disputed"))
    result = cli("review", "-r", "ana", input="v\nlooks fine\ny\nq\n")
    assert result.exit_code == 0, result.output
    assert [(e["reviewer"], e["verdict"]) for e in _history(cli, 1)] == [
        ("bo", "disputed"),
        ("ana", "verified"),
    ]
    assert _statuses(engine)[1] == "verified"
