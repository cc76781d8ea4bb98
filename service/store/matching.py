""" "Did X say this?": stored quotations that say a given text exactly or approximately.

Candidates come from the full-text index (a few of the query's most distinctive words, each an indexed
lookup), then rapidfuzz compares the folded token strings, so changed quotation marks, case, accents and
punctuation never matter, and truncation ("…", a quote cut short, a quote trimmed by a re-report) is
measured by partial alignment instead of whole-string distance.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from service.errors import Problem
from service.store import identity
from service.store import quotations as quotation_store
from service.store.models import Article, Quotation, Speaker
from service.store.search import RECENT_FIRST, Term, matches
from service.store.textkeys import search_text, tokens

MIN_QUERY_TOKENS = 3
# Words too common to find candidates with (they still count in the similarity).
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "in",
        "is",
        "it",
        "its",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "that",
        "the",
        "their",
        "there",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)
_PROBE_TOKENS = 6  # distinctive words looked up in the index
_PROBE_ROWS = 3000  # ids read per word
_CANDIDATES = 300  # best-overlapping candidates that get a full comparison
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.|\[\s*(?:…|\.\.\.)\s*\])\s*")


@dataclass(frozen=True, slots=True)
class Scored:
    quotation_id: int
    similarity: float
    match: str  # exact | part_of_quotation | part_of_query | approximate


def probe_terms(words: list[str]) -> list[str]:
    """The query's most distinctive words (longest first): their index lookups give the candidates."""
    distinct = [w for w in dict.fromkeys(words) if w not in _STOP and len(w) > 1]
    if not distinct:
        distinct = list(dict.fromkeys(words))
    return sorted(distinct, key=lambda w: (-len(w), w))[:_PROBE_TOKENS]


def candidate_ids(
    session: Session,
    words: list[str],
    *,
    exclude_article_id: int | None = None,
    cap: int = _CANDIDATES,
    probe_rows: int = _PROBE_ROWS,
) -> list[int]:
    """Stored quotations sharing the most distinctive words with ``words`` (most shared first; among
    equals the most recent, as re-reports follow their source closely)."""
    probes = probe_terms(words)
    hits: Counter[int] = Counter()
    for word in probes:
        stmt = select(Quotation.id).where(matches(session, [Term((word,))]))
        if exclude_article_id is not None:
            stmt = stmt.where(Quotation.article_id != exclude_article_id)
        for quotation_id in session.scalars(stmt.order_by(RECENT_FIRST).limit(probe_rows)):
            hits[quotation_id] += 1
    needed = 1 if len(probes) <= 2 else 2
    ranked = sorted((-n, -i) for i, n in hits.items() if n >= needed)
    return [-i for _, i in ranked[:cap]]


def strict_candidate_ids(
    session: Session, words: list[str], *, exclude_article_id: int | None = None, limit: int = _CANDIDATES
) -> list[int]:
    """Stored quotations containing ALL of the three most distinctive words (most recent first): one
    selective index lookup that finds exact copies, truncations and trimmed variants."""
    stmt = select(Quotation.id).where(matches(session, [Term((w,)) for w in probe_terms(words)[:3]]))
    if exclude_article_id is not None:
        stmt = stmt.where(Quotation.article_id != exclude_article_id)
    return list(session.scalars(stmt.order_by(RECENT_FIRST).limit(limit)))


def similarity(query: str, stored: str, segments: list[str] | None = None) -> tuple[float, str]:
    """(0..1, kind) between folded token strings. A query that is part of the quotation scores by how
    well it aligns inside it (truncation); a quotation that is part of the query is discounted by how much
    of the query it covers (a trimmed re-report says less than the query claims)."""
    if not query or not stored:
        return 0.0, "approximate"
    if query == stored:
        return 1.0, "exact"
    if segments and len(segments) > 1:
        # "We will … the terms": every piece must be in the quotation.
        total = sum(len(s) for s in segments)
        score = sum(fuzz.partial_ratio(s, stored) * len(s) for s in segments) / total / 100
        return round(score, 4), "part_of_quotation" if score >= 0.999 else "approximate"
    whole = fuzz.ratio(query, stored) / 100
    if len(query) <= len(stored):
        part = fuzz.partial_ratio(query, stored) / 100
        if f" {query} " in f" {stored} ":
            return 1.0, "part_of_quotation"
        kind = "part_of_quotation" if part > whole else "approximate"
        return round(max(whole, part), 4), kind
    coverage = len(stored) / len(query)
    part = fuzz.partial_ratio(stored, query) / 100 * (0.5 + 0.5 * coverage)
    if f" {stored} " in f" {query} " and part >= whole:
        return round(part, 4), "part_of_query"
    return round(max(whole, part), 4), "approximate" if whole >= part else "part_of_query"


def score_candidates(
    session: Session, query: str, ids: list[int], segments: list[str] | None = None
) -> list[Scored]:
    if not ids:
        return []
    rows = session.execute(select(Quotation.id, Quotation.search_text).where(Quotation.id.in_(ids))).all()
    scored = []
    for quotation_id, stored in rows:
        value, kind = similarity(query, stored, segments)
        scored.append(Scored(quotation_id, value, kind))
    return scored


def _candidates(session: Session, words: list[str]) -> list[int]:
    """The strict lookup; the broad word-overlap search (changed words) only when it leaves room."""
    found = strict_candidate_ids(session, words)
    if len(found) >= _CANDIDATES:
        return found
    seen = set(found)
    more = [i for i in candidate_ids(session, words) if i not in seen]
    return found + more[: _CANDIDATES - len(found)]


def _segments(text: str) -> list[str]:
    return [s for s in (search_text(part) for part in _ELLIPSIS.split(text)) if s]


def match(
    session: Session,
    text: str,
    *,
    speaker_id: int | None = None,
    speaker: str | None = None,
    min_similarity: float = 0.8,
    limit: int = 20,
) -> dict[str, Any]:
    """The answer to POST /v1/quotations/match (see schemas/matching.py)."""
    words = tokens(text)
    if len(words) < MIN_QUERY_TOKENS:
        raise Problem(
            422,
            f"text needs at least {MIN_QUERY_TOKENS} words to be matched",
            errors=[{"field": "text", "location": "body", "message": f"fewer than {MIN_QUERY_TOKENS} words"}],
        )
    requested: Speaker | None = None
    if speaker_id is not None:
        requested = session.get(Speaker, speaker_id)
        if requested is None:
            raise Problem(
                422,
                f"speaker {speaker_id} does not exist",
                errors=[{"field": "speaker_id", "location": "body", "message": "no such speaker"}],
            )
    elif speaker:
        requested = identity.find_speaker(session, speaker, kind="person")
    query = " ".join(words)
    segments = _segments(text)
    scored = [
        s
        for s in score_candidates(session, query, _candidates(session, words), segments)
        if s.similarity >= min_similarity
    ]
    by_id = {s.quotation_id: s for s in scored}
    # Everything the attribution summary needs, in one query; whole rows only for the page shown.
    rows = (
        session.execute(
            select(Quotation.id, Quotation.speaker_id, Speaker.name, Article.published_at, Article.created_at)
            .join(Article, Article.id == Quotation.article_id)
            .outerjoin(Speaker, Speaker.id == Quotation.speaker_id)
            .where(Quotation.id.in_(list(by_id)), Quotation.gone_in_version.is_(None))
        ).all()
        if by_id
        else []
    )
    seen = {row[0]: row[3] or row[4] for row in rows}
    kind_order = {"exact": 0, "part_of_quotation": 1, "part_of_query": 2, "approximate": 3}
    ordered = sorted(
        rows, key=lambda r: (-by_id[r[0]].similarity, kind_order[by_id[r[0]].match], seen[r[0]], r[0])
    )
    first_id = min(rows, key=lambda r: (seen[r[0]], r[0]))[0] if rows else None
    attributions: dict[int | None, dict[str, Any]] = {}
    for quotation_id, speaker_id_, speaker_name, _, _ in sorted(rows, key=lambda r: (seen[r[0]], r[0])):
        entry = attributions.setdefault(
            speaker_id_,
            {
                "speaker": {"id": speaker_id_, "name": speaker_name} if speaker_id_ is not None else None,
                "count": 0,
                "first_seen": seen[quotation_id],
                "first_quotation_id": quotation_id,
            },
        )
        entry["count"] += 1
    named = [k for k in attributions if k is not None]
    said_by: bool | None = None
    if speaker_id is not None or speaker:
        said_by = requested is not None and requested.id in attributions
    shown = [r[0] for r in ordered[:limit]]
    loaded = {
        q.id: q
        for q in session.scalars(
            select(Quotation)
            .where(Quotation.id.in_(shown))
            .options(selectinload(Quotation.article), selectinload(Quotation.version))
        )
    }
    describe = quotation_store.describer(session, loaded.values())
    return {
        "query": {"text": text, "normalised": query},
        "requested_speaker": {"id": requested.id, "name": requested.name} if requested else None,
        "said_by_requested_speaker": said_by,
        "conflicting_attribution": len(named) > 1,
        "attributions": list(attributions.values()),
        "first_appearance_id": first_id,
        "matches": [
            {
                "similarity": by_id[q.id].similarity,
                "match": by_id[q.id].match,
                "seen_at": seen[q.id],
                "is_first": q.id == first_id,
                "by_requested_speaker": (requested is not None and q.speaker_id == requested.id)
                if said_by is not None
                else None,
                "cluster_id": q.cluster_id if q.cluster_id is not None else q.id,
                "quotation": describe(q),
            }
            for q in (loaded[i] for i in shown)
        ],
        "total": len(rows),
    }


def _seen_at(session: Session, quotation_ids: list[int]) -> dict[int, datetime]:
    """When each quotation first appeared: its article's publication date, else when it was first stored."""
    return seen_at(session, quotation_ids)


def seen_at(session: Session, quotation_ids: list[int]) -> dict[int, datetime]:
    if not quotation_ids:
        return {}
    rows = session.execute(
        select(Quotation.id, Article.published_at, Article.created_at)
        .join(Article, Article.id == Quotation.article_id)
        .where(Quotation.id.in_(quotation_ids))
    )
    return {quotation_id: published or created for quotation_id, published, created in rows}
