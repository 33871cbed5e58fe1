"""Hostile values for every option the CLI parses: never a traceback, always a documented
exit code, and the database unchanged by anything refused."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from provenance.cli import app
from provenance.db.schema import open_database
from tests.conftest import SEED
from tests.reliability.test_bad_input import dump

DOCUMENTED = {0, 1, 2, 3, 4, 5, 6, 7}
runner = CliRunner()

# Text users might paste, plus the characters that break naive parsers and shells.
hostile = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "",
            " ",
            "-",
            "--",
            "'; DROP TABLE claim; --",
            '"',
            "$(rm -rf /)",
            "`id`",
            "=1+1",
            "@SUM(A1)",
            "\x00",
            "\u202e",
            "9" * 40,
            "-1",
            "0",
            "http://",
            "javascript:alert(1)",
        ]
    ),
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
    assert runner.invoke(app, ["--db", url, "ingest", str(SEED)]).exit_code == 0
    engine = open_database(url)
    yield url, engine
    engine.dispose()


COMMANDS = [
    lambda v: ["claims", "--source", v],
    lambda v: ["claims", "--status", v, "--format", "json"],
    lambda v: ["claims", "--article", v],
    lambda v: ["show", v],
    lambda v: ["history", v],
    lambda v: ["mark", v, "verified", "-r", "fuzz"],
    lambda v: ["mark", "1", v, "-r", "fuzz"],
    lambda v: ["mark", "1", "disputed", "-r", "fuzz", "--evidence", v],
    lambda v: ["export", "csv", "--status", v],
    lambda v: ["ingest", str(SEED), "--date", v],
    lambda v: ["ingest", str(SEED), "--url", v],
    lambda v: ["sources", "alias", v, v],
]


@settings(
    max_examples=int(os.environ.get("PROVENANCE_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=hostile, which=st.integers(min_value=0, max_value=len(COMMANDS) - 1))
def test_hostile_option_values_never_crash(
    seeded: tuple[str, Engine], value: str, which: int
) -> None:
    url, engine = seeded
    before = dump(engine)
    result = runner.invoke(app, ["--db", url, *COMMANDS[which](value)], input="n\n")
    assert result.exit_code in DOCUMENTED, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert dump(engine) == before
