"""`provenance export claimreview`: schema.org ClaimReview JSON-LD for reviewed claims."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from typer.testing import Result

from provenance.db.engine import session_scope
from tests.export_data import EVIDENCE, Desk, seed_newsroom

Cli = Callable[..., Result]
ORG = "Open Desk Fact Check"


@pytest.fixture
def ids(engine: Engine) -> dict[str, int]:
    return seed_newsroom(engine)


def reviews(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    for item in data:
        assert_claim_review(item)
    return data


def assert_claim_review(item: dict[str, Any]) -> None:
    """The structure schema.org defines and Google's fact-check markup requires."""
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "ClaimReview"
    assert isinstance(item["claimReviewed"], str)
    assert item["claimReviewed"]
    datetime.strptime(item["datePublished"], "%Y-%m-%d")
    assert item["author"]["@type"] == "Organization"
    assert item["author"]["name"]
    rating = item["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] in {"Verified", "Disputed", "Unverifiable"}
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    if "author" in claim:
        assert claim["author"]["@type"] in {"Person", "Organization"}
        assert claim["author"]["name"]
    if "appearance" in claim:
        assert claim["appearance"]["url"].startswith("https://")
    allowed = {
        "@context", "@type", "identifier", "claimReviewed", "itemReviewed", "author",
        "reviewRating", "datePublished", "citation",
    }  # fmt: skip
    assert set(item) <= allowed


def test_one_review_per_reviewed_claim_from_its_latest_verdict(
    cli: Cli, ids: dict[str, int]
) -> None:
    data = reviews(cli("export", "claimreview", "--org", ORG))
    assert [item["identifier"] for item in data] == [
        f"claim/{ids['engineers']}",
        f"claim/{ids['sappers']}",
    ]
    engineers, sappers = data
    assert engineers["claimReviewed"].startswith("North Korean combat engineers")
    assert engineers["author"] == {"@type": "Organization", "name": ORG}
    assert engineers["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Disputed",
        "ratingExplanation": "Satellite images show no activity; Россия не подтверждает",
    }
    assert engineers["datePublished"] == "2026-11-21"
    assert engineers["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Krasnaya Zvezda"},
        "appearance": {
            "@type": "NewsArticle",
            "url": "https://example.org/kursk",
            "headline": "North Korean Engineers Begin Demining in Kursk",
            "datePublished": "2025-11-15",
            "publisher": {"@type": "Organization", "name": "Example News"},
        },
    }
    assert [c["url"] for c in engineers["citation"]] == list(EVIDENCE)

    assert sappers["reviewRating"]["alternateName"] == "Verified"
    assert sappers["itemReviewed"]["author"] == {"@type": "Person", "name": "Sergei Shoigu"}
    assert "citation" not in sappers


def test_own_assertion_is_the_publishers_and_unnamed_sources_say_so(
    engine: Engine, cli: Cli
) -> None:
    with session_scope(engine) as s:
        desk = Desk(s)
        article = desk.article(url=None)
        own = desk.claim(article, "Moscow later engaged North Korean troops")
        rumour = desk.claim(
            article,
            "Pyongyang sent more",
            [("people familiar with the matter", "unnamed", None, None)],
        )
        desk.review(own, "unverifiable", at=datetime(2026, 1, 2, 23, 59, tzinfo=UTC))
        desk.review(rumour, "disputed")
    own_review, rumour_review = reviews(cli("export", "claimreview", "--org", ORG))
    assert own_review["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Example News"},
    }  # no URL known: no appearance
    assert own_review["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert own_review["datePublished"] == "2026-01-02"
    assert rumour_review["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "people familiar with the matter",
        "description": "unnamed source",
    }


def test_filters_apply(cli: Cli, ids: dict[str, int]) -> None:
    data = reviews(cli("export", "claimreview", "--org", ORG, "--source", "sergei shoigu"))
    assert [item["identifier"] for item in data] == [f"claim/{ids['sappers']}"]
    assert reviews(cli("export", "claimreview", "--org", ORG, "--status", "unreviewed")) == []


def test_org_from_the_environment_or_a_one_line_error(
    cli: Cli, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROVENANCE_ORG", raising=False)
    missing = cli("export", "claimreview")
    assert missing.exit_code == 2
    assert missing.stdout == ""
    assert missing.stderr.strip() == (
        "error: name the reviewing organisation with --org NAME (or PROVENANCE_ORG)"
    )
    monkeypatch.setenv("PROVENANCE_ORG", "Env Desk")
    data = reviews(cli("export", "claimreview"))
    assert {item["author"]["name"] for item in data} == {"Env Desk"}


def test_out_file(cli: Cli, ids: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "reviews.jsonld"
    result = cli("export", "claimreview", "--org", ORG, "--out", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(json.loads(target.read_text("utf-8"))) == 2
