"""The provenance graph as W3C PROV (PROV-JSON or PROV-N), built with the `prov` package.

Articles and claims are entities; sources and reviewers are agents; reviews are activities.
A claim with the chain "The Moscow Times > Krasnaya Zvezda" becomes::

    claim/3            wasDerivedFrom    article/1
    claim/3            wasQuotedFrom     claim/3/hop/0   (cue "reported", date "November 14")
    claim/3/hop/0      wasQuotedFrom     claim/3/hop/1   (cue "citing")
    claim/3            hadPrimarySource  claim/3/hop/1
    claim/3/hop/0      wasAttributedTo   source/7        (The Moscow Times)
    claim/3/hop/1      wasAttributedTo   source/8        (Krasnaya Zvezda)
    review/5           used              claim/3
    review/5           wasAssociatedWith reviewer/Jane%20Doe

where claim/3/hop/N is the claim as the source at hop N stated it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TextIO
from urllib.parse import quote

from prov.model import PROV, ProvDocument
from sqlalchemy.orm import Session

from provenance.export.rows import ExportClaim, iter_claims
from provenance.queries import ClaimFilter

PREFIX = "pv"
NAMESPACE = "urn:provenance:"

_AGENT_TYPES = {"person": "Person", "unnamed": "Agent"}  # every other kind is an organisation


class ProvFormat(StrEnum):
    json = "json"
    provn = "provn"


def prov_document(session: Session, filters: ClaimFilter = ClaimFilter()) -> ProvDocument:
    """The claims ``filters`` select, with their articles, chains and reviews, as PROV."""
    doc = ProvDocument()
    doc.add_namespace(PREFIX, NAMESPACE)
    seen: set[str] = set()
    for claim in iter_claims(session, filters):
        _add_claim(doc, claim, seen)
    return doc


def write_prov(
    session: Session,
    out: TextIO,
    filters: ClaimFilter = ClaimFilter(),
    *,
    fmt: ProvFormat = ProvFormat.json,
) -> ProvDocument:
    """Write the PROV document to ``out``; returns it."""
    doc = prov_document(session, filters)
    if fmt == ProvFormat.provn:
        out.write(doc.get_provn())
    else:
        doc.serialize(out, format="json", indent=2)
    out.write("\n")
    return doc


def _add_claim(doc: ProvDocument, claim: ExportClaim, seen: set[str]) -> None:
    article = f"{PREFIX}:article/{claim.article.id}"
    if article not in seen:
        seen.add(article)
        doc.entity(
            article,
            _attributes(
                ("prov:label", claim.article.title),
                ("prov:location", claim.article.url),
                (f"{PREFIX}:publisher", claim.article.publisher),
                (
                    f"{PREFIX}:publishedOn",
                    claim.article.published_on.isoformat() if claim.article.published_on else None,
                ),
            ),
        )
    entity = f"{PREFIX}:claim/{claim.id}"
    doc.entity(
        entity,
        _attributes(
            ("prov:value", claim.text),
            (f"{PREFIX}:status", claim.status),
            (f"{PREFIX}:sentence", claim.sentence_number),
        ),
    )
    doc.derivation(entity, article)

    quoting = entity
    for hop in claim.chain:
        statement = f"{entity}/hop/{hop.depth}"
        doc.entity(statement, {f"{PREFIX}:depth": hop.depth})
        doc.attribution(statement, _source(doc, hop.source_id, hop.source, hop.kind, seen))
        doc.quotation(
            quoting,
            statement,
            other_attributes=_attributes((f"{PREFIX}:cue", hop.cue), (f"{PREFIX}:date", hop.date)),
        )
        quoting = statement
    if claim.chain:
        doc.primary_source(entity, quoting)

    for review in claim.reviews:
        activity = doc.activity(
            f"{PREFIX}:review/{review.id}",
            review.created_at,
            review.created_at,
            _attributes(
                (f"{PREFIX}:verdict", review.verdict),
                (f"{PREFIX}:note", review.note),
                *((f"{PREFIX}:evidence", link) for link in review.evidence),
                (f"{PREFIX}:claimVersion", review.claim_version),
                (f"{PREFIX}:hash", review.hash),
                (f"{PREFIX}:prevHash", review.prev_hash),
            ),
        )
        doc.used(activity, entity)
        doc.association(activity, _reviewer(doc, review.reviewer, seen))


def _source(doc: ProvDocument, source_id: int, name: str, kind: str, seen: set[str]) -> str:
    agent = f"{PREFIX}:source/{source_id}"
    if agent not in seen:
        seen.add(agent)
        doc.agent(
            agent,
            {
                "prov:type": PROV[_AGENT_TYPES.get(kind, "Organization")],
                "prov:label": name,
                f"{PREFIX}:kind": kind,
            },
        )
    return agent


def _reviewer(doc: ProvDocument, name: str, seen: set[str]) -> str:
    # Percent-encoded: a name may hold spaces or letters a PROV-N local name cannot.
    agent = f"{PREFIX}:reviewer/{quote(name, safe='')}"
    if agent not in seen:
        seen.add(agent)
        doc.agent(agent, {"prov:type": PROV["Person"], "prov:label": name})
    return agent


def _attributes(*pairs: tuple[str, Any]) -> list[tuple[str, Any]]:
    """Attribute pairs without the empty ones (PROV has no null)."""
    return [(key, value) for key, value in pairs if value is not None and value != ""]
