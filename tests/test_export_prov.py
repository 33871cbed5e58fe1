"""`provenance export prov`: the provenance graph as W3C PROV that parses back unchanged."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from prov.model import (
    ProvAgent,
    ProvAssociation,
    ProvAttribution,
    ProvDerivation,
    ProvDocument,
    ProvUsage,
)
from sqlalchemy.engine import Engine
from typer.testing import Result

from provenance.db.engine import session_scope
from provenance.export.prov import ProvFormat, write_prov
from provenance.queries import ClaimFilter
from tests.export_data import seed_newsroom

Cli = Callable[..., Result]
Pairs = set[tuple[str, str]]


@pytest.fixture
def ids(engine: Engine) -> dict[str, int]:
    return seed_newsroom(engine)


def parse(result: Result, fmt: str = "json") -> ProvDocument:
    assert result.exit_code == 0, result.output
    return ProvDocument.deserialize(content=result.stdout, format=fmt)


def derivations(doc: ProvDocument, kind: str | None) -> Pairs:
    """(derived, source) of the derivations typed ``kind`` (None: untyped ones)."""
    found = set()
    for record in doc.get_records(ProvDerivation):
        types = {str(t) for t in record.get_asserted_types()}
        if (kind is None and not types) or f"prov:{kind}" in types:
            found.add((str(record.args[0]), str(record.args[1])))
    return found


def pairs(doc: ProvDocument, cls: type) -> Pairs:
    return {(str(r.args[0]), str(r.args[1])) for r in doc.get_records(cls)}


def labels(doc: ProvDocument) -> dict[str, tuple[str, str]]:
    """Agent id -> (label, PROV type)."""
    result = {}
    for agent in doc.get_records(ProvAgent):
        (label,) = agent.get_attribute("prov:label")
        (kind,) = agent.get_asserted_types()
        result[str(agent.identifier)] = (str(label), str(kind))
    return result


def test_chains_reviews_and_agents_as_prov(cli: Cli, ids: dict[str, int]) -> None:
    doc = parse(cli("export", "prov"))
    eng, sap, year, est = (
        f"pv:claim/{ids[k]}" for k in ("engineers", "sappers", "year", "estimate")
    )
    assert derivations(doc, "Quotation") == {
        (eng, f"{eng}/hop/0"),
        (f"{eng}/hop/0", f"{eng}/hop/1"),
        (sap, f"{sap}/hop/0"),
        (est, f"{est}/hop/0"),
        (year, f"{year}/hop/0"),
    }
    assert derivations(doc, "PrimarySource") == {
        (eng, f"{eng}/hop/1"),
        (sap, f"{sap}/hop/0"),
        (est, f"{est}/hop/0"),
        (year, f"{year}/hop/0"),
    }
    kursk, later = f"pv:article/{ids['kursk']}", f"pv:article/{ids['later']}"
    assert dict(derivations(doc, None)) == {
        f"pv:claim/{ids[k]}": kursk for k in ("engineers", "entered", "sappers", "estimate")
    } | {year: later}

    agents = labels(doc)
    spoken_by = {hop: agents[agent][0] for hop, agent in pairs(doc, ProvAttribution)}
    assert spoken_by == {
        f"{eng}/hop/0": "The Moscow Times",
        f"{eng}/hop/1": "Krasnaya Zvezda",
        f"{sap}/hop/0": "Sergei Shoigu",
        f"{est}/hop/0": "unnamed source",
        f"{year}/hop/0": "The Moscow Times",
    }
    kinds = dict(agents.values())
    assert kinds["Sergei Shoigu"] == "prov:Person"
    assert kinds["Krasnaya Zvezda"] == "prov:Organization"
    assert kinds["unnamed source"] == "prov:Agent"
    assert kinds["Boris Checker"] == "prov:Person"

    reviewed = sorted(claim for _, claim in pairs(doc, ProvUsage))
    assert reviewed == sorted([eng, eng, sap])
    by = {review: agents[agent][0] for review, agent in pairs(doc, ProvAssociation)}
    assert sorted(by.values()) == ["Ana Reviewer", "Ana Reviewer", "Boris Checker"]
    disputed = [a for a in doc.get_records() if a.get_attribute("pv:verdict") == {"disputed"}]
    (review,) = disputed
    assert str(review.args[1]) == "2026-11-21 14:05:07+00:00"
    assert review.get_attribute("pv:evidence") == {
        "https://example.org/satellite",
        "https://example.org/mod-statement",
    }


@pytest.mark.parametrize("fmt", ["json", "provn"])
def test_export_parses_back_to_the_same_document(
    engine: Engine, cli: Cli, ids: dict[str, int], fmt: str
) -> None:
    with session_scope(engine, write=False) as s:
        built = write_prov(s, io.StringIO(), fmt=ProvFormat(fmt))
    parsed = parse(cli("export", "prov", "--format", fmt), fmt)
    assert parsed == built
    assert len(list(parsed.get_records(ProvDerivation))) == 5 + 4 + 5  # quotes, primary, from


def test_filters_limit_the_graph(cli: Cli, ids: dict[str, int]) -> None:
    doc = parse(cli("export", "prov", "--article", str(ids["later"])))
    entities = {str(r.identifier) for r in doc.get_records() if r.is_element()}
    year = f"pv:claim/{ids['year']}"
    source = next(a for a in entities if a.startswith("pv:source/"))
    assert entities == {f"pv:article/{ids['later']}", year, f"{year}/hop/0", source}


def test_an_empty_database_is_an_empty_document(engine: Engine, cli: Cli) -> None:
    assert list(parse(cli("export", "prov")).get_records()) == []
    with session_scope(engine, write=False) as s:
        out = io.StringIO()
        write_prov(s, out, ClaimFilter(), fmt=ProvFormat.provn)
    assert out.getvalue().startswith("document")
