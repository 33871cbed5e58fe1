"""Reviewed claims as schema.org ClaimReview JSON-LD, the markup fact-checkers publish."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy.orm import Session

from provenance.errors import InvalidInput
from provenance.export.rows import ExportClaim, iter_claims
from provenance.queries import ClaimFilter

CONTEXT = "https://schema.org"
RATINGS = {"verified": "Verified", "disputed": "Disputed", "unverifiable": "Unverifiable"}


def claim_reviews(
    session: Session, org: str, filters: ClaimFilter = ClaimFilter()
) -> Iterator[dict[str, Any]]:
    """One ClaimReview per reviewed claim ``filters`` select, from its latest review."""
    org = (org or "").strip()
    if not org:
        raise InvalidInput("name the reviewing organisation with --org NAME")
    claims = iter_claims(session, filters, reviewed_only=True)
    return (claim_review(claim, org) for claim in claims)


def claim_review(claim: ExportClaim, org: str) -> dict[str, Any]:
    """The ClaimReview of one claim with at least one review."""
    review = claim.last_review
    if review is None:
        raise InvalidInput(f"claim {claim.id} has no review to publish")
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": RATINGS[review.verdict]}
    if review.note:
        rating["ratingExplanation"] = review.note
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(claim)
    if author:
        item["author"] = author
    appearance = _appearance(claim)
    if appearance:
        item["appearance"] = appearance
    result: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": f"claim/{claim.id}",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": org},
        "reviewRating": rating,
        "datePublished": review.created_at.date().isoformat(),
    }
    if review.evidence:
        result["citation"] = [{"@type": "CreativeWork", "url": url} for url in review.evidence]
    return result


def write_claimreview(
    session: Session, out: TextIO, org: str, filters: ClaimFilter = ClaimFilter()
) -> int:
    """Write a JSON array of ClaimReview objects to ``out``, streaming; returns how many."""
    count = 0
    out.write("[")
    for review in claim_reviews(session, org, filters):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(review, ensure_ascii=False, indent=2))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _claim_author(claim: ExportClaim) -> dict[str, Any] | None:
    """Who first made the claim: the chain's origin, else the publishing outlet."""
    if claim.chain:
        origin = claim.chain[-1]
        author = {
            "@type": "Person" if origin.kind == "person" else "Organization",
            "name": origin.source,
        }
        if origin.kind == "unnamed":
            author["description"] = "unnamed source"
        return author
    if claim.article.publisher:
        return {"@type": "Organization", "name": claim.article.publisher}
    return None


def _appearance(claim: ExportClaim) -> dict[str, Any] | None:
    """The article the claim appeared in, if we know where it was published."""
    if not claim.article.url:
        return None
    work: dict[str, Any] = {"@type": "NewsArticle", "url": claim.article.url}
    if claim.article.title:
        work["headline"] = claim.article.title
    if claim.article.published_on:
        work["datePublished"] = claim.article.published_on.isoformat()
    if claim.article.publisher:
        work["publisher"] = {"@type": "Organization", "name": claim.article.publisher}
    return work
