"""Appearances: the same statement carried by several articles (wire copy, re-reports, trimmed variants)
is one cluster. Clusters are assigned at ingest time: a new quotation joins the cluster of the most
similar stored quotation from another article, else starts its own (cluster_id = its own id).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.store.matching import candidate_ids, seen_at, strict_candidate_ids
from service.store.models import Quotation
from service.store.pagination import Page, encode_cursor

# Shorter statements are too generic ("We are ready") to say two articles carry the same one.
MIN_TOKENS = 5
THRESHOLD = 0.9


def same_statement(a: str, b: str) -> float:
    """0..1: how far two folded token strings are the same statement. A trimmed variant (one inside the
    other, as wire copy is cut) counts fully when the shorter one is still a statement of its own."""
    short, long = sorted((a, b), key=len)
    if short.count(" ") + 1 < MIN_TOKENS:
        return 0.0
    if f" {short} " in f" {long} ":
        return 1.0
    # Below the threshold the exact value does not matter: the cut-off lets rapidfuzz stop early.
    cutoff = THRESHOLD * 100 - 20
    whole = fuzz.ratio(a, b, score_cutoff=cutoff)
    part = fuzz.partial_ratio(short, long, score_cutoff=max(cutoff, whole))
    return max(whole, part) / 100


def assign_clusters(session: Session, article_id: int) -> None:
    """Give every quotation of ``article_id`` without a cluster its cluster (called inside the ingest
    transaction, after the quotations are flushed)."""
    rows = list(
        session.scalars(
            select(Quotation).where(Quotation.article_id == article_id, Quotation.cluster_id.is_(None))
        )
    )
    for quotation in rows:
        quotation.cluster_id = find_cluster(session, quotation) or quotation.id
    session.flush()


def find_cluster(session: Session, quotation: Quotation) -> int | None:
    words = quotation.search_text.split()
    if len(words) < MIN_TOKENS:
        return None
    # Wire copy and trimmed re-reports contain the most distinctive words of the shorter version: one
    # selective lookup first, the broader word-overlap search only when it finds nothing.
    strict = strict_candidate_ids(session, words, exclude_article_id=quotation.article_id, limit=20)
    found = _best(session, quotation, strict)
    if found is not None:
        return found
    ids = candidate_ids(session, words, exclude_article_id=quotation.article_id, cap=30, probe_rows=300)
    return _best(session, quotation, ids)


def _best(session: Session, quotation: Quotation, ids: list[int]) -> int | None:
    if not ids:
        return None
    best: tuple[float, int, int] | None = None
    for other_id, other_text, other_cluster in session.execute(
        select(Quotation.id, Quotation.search_text, Quotation.cluster_id).where(Quotation.id.in_(ids))
    ):
        value = same_statement(quotation.search_text, other_text)
        if value >= THRESHOLD:
            key = (value, -other_id, other_cluster if other_cluster is not None else other_id)
            if best is None or key > best:
                best = key
    return best[2] if best else None


def appearances(
    session: Session, quotation: Quotation, *, after: int | None = None, limit: int = 20
) -> Page[dict[str, Any]]:
    """Every appearance of ``quotation``'s statement, earliest first (publication date, else ingestion;
    then id). The cursor is the last quotation id shown."""
    cluster = quotation.cluster_id if quotation.cluster_id is not None else quotation.id
    members = list(
        session.scalars(
            select(Quotation).where(
                (Quotation.cluster_id == cluster) | (Quotation.id == quotation.id),
            )
        )
    )
    seen = seen_at(session, [m.id for m in members])
    members.sort(key=lambda m: (seen[m.id], m.id))
    start = 0
    if after is not None:
        ids = [m.id for m in members]
        start = ids.index(after) + 1 if after in ids else len(ids)
    page = members[start : start + limit]
    more = start + limit < len(members)
    items = [
        {
            "quotation_id": m.id,
            "text": m.text,
            "kind": m.kind,
            "start": m.start,
            "end": m.end,
            "seen_at": seen[m.id],
            "is_first": m.id == members[0].id,
            "gone": m.gone_in_version is not None,
            "similarity": round(same_statement(quotation.search_text, m.search_text), 4)
            if m.id != quotation.id
            else 1.0,
            "speaker": {"id": m.speaker.id, "name": m.speaker.name} if m.speaker else None,
            "article": {
                "id": m.article.id,
                "title": m.article.title,
                "url": m.article.url,
                "published_at": m.article.published_at,
                "version": m.version.version,
            },
            "outlet": {"id": m.article.outlet.id, "name": m.article.outlet.name}
            if m.article.outlet
            else None,
            "via": [{"id": v.outlet.id, "name": v.outlet.name} for v in m.vias],
        }
        for m in page
    ]
    return Page(items, encode_cursor(page[-1].id) if more and page else None)
