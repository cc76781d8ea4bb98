"""Full-text search over quotations, the same on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Query syntax: words and "quoted phrases" (any quotation marks), all of which must occur; case, accents
and punctuation are ignored. Both backends index ``quotations.search_text``, which holds the folded tokens
separated by single spaces (textkeys.search_text), and get the query as the same folded tokens: FTS5 as
phrases ("a b"), PostgreSQL as to_tsquery('simple', 'a <-> b'), neither stemming nor dropping stop words.
So the database only answers WHICH quotations match, identically on both; the ranking is computed here,
from the same search_text, with a total order (score, then id), so the pages are identical too.

A very common word matches much of the store ("the": 88,000 of the 100,000 quotations of
bench/query_latency.py), and fetching and scoring every hit took 0.6 s. So at most MAX_RANKED hits are
ranked: the shortest (character length, then id: the same rows on both backends), where BM25's length
normalisation puts most of the best scores. A query with fewer hits (nearly all: any word or phrase in
under 5% of the store) is ranked over every hit, exactly; a broader one ranks that subset only, and
misses hits that score higher by repeating the word in a longer quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, column, func, literal_column, select, table
from sqlalchemy.orm import Session, selectinload

from service.errors import Problem
from service.store import quotations as quotation_store
from service.store.models import Quotation
from service.store.pagination import Page, encode_cursor
from service.store.textkeys import tokens

MAX_TERMS = 16
# Hits ranked at most: choosing them costs one top-N sort in the database, scoring them a few ms here.
MAX_RANKED = 5000
# BM25's term-frequency saturation and length normalisation. IDF is left out on purpose: every result
# contains every term, so it would add the same amount to every score.
_K1 = 1.2
_B = 0.75
_AVERAGE_TOKENS = 24.0

# "id + 0": with a plain id the PostgreSQL planner walks the primary key backwards, re-computing the
# tsvector of every row until enough match; the expression makes it take the GIN index and sort the hits.
RECENT_FIRST = (Quotation.id + 0).desc()

_PHRASE = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]?")
_FTS = table("quotations_fts", column("rowid"))  # SQLite FTS5 (migration 0101), outside the ORM models


@dataclass(frozen=True, slots=True)
class Term:
    """A word, or a phrase of consecutive words."""

    tokens: tuple[str, ...]


def parse_query(q: str, *, field: str = "q") -> list[Term]:
    """'"no plans" Moscow' → [Term(('no', 'plans')), Term(('moscow',))]; [] when nothing is searchable
    (punctuation only: it matches nothing, which is an answer, not an error); 422 for too many terms."""
    terms: list[Term] = []
    rest: list[str] = []
    position = 0
    for match in _PHRASE.finditer(q):
        rest.append(q[position : match.start()])
        phrase = tuple(tokens(match.group(1)))
        if phrase:
            terms.append(Term(phrase))
        position = match.end()
    rest.append(q[position:])
    for word in tokens(" ".join(rest)):
        terms.append(Term((word,)))
    unique = list(dict.fromkeys(terms))
    if len(unique) > MAX_TERMS:
        raise Problem(
            422,
            f"{field} has more than {MAX_TERMS} words and phrases",
            errors=[{"field": field, "location": "query", "message": f"at most {MAX_TERMS} terms"}],
        )
    return unique


def matches(session: Session, terms: list[Term], *, any_term: bool = False) -> ColumnElement[bool]:
    """The condition "this quotation contains every term" (or any, for candidate generation)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        joiner = " | " if any_term else " & "
        expression = joiner.join("(" + " <-> ".join(term.tokens) + ")" for term in terms)
        query = func.to_tsquery(literal_column("'simple'"), expression)
        # quotations.fts_vector: to_tsvector('simple', search_text), stored and GIN-indexed (migration 0101).
        return literal_column("quotations.fts_vector").op("@@")(query)
    joiner = " OR " if any_term else " AND "
    expression = joiner.join('"' + " ".join(term.tokens) + '"' for term in terms)
    # An anonymous bound parameter: the statement compiles once and is served from SQLAlchemy's cache.
    fts = select(_FTS.c.rowid).where(literal_column("quotations_fts").op("MATCH")(expression))
    return Quotation.id.in_(fts)


def score(search_text: str, terms: list[Term]) -> float:
    """BM25-style: more occurrences and shorter quotations rank higher; rounded so that the order never
    depends on floating-point noise. (Occurrences of a phrase are counted without overlap.)"""
    # Doubling the spaces gives every token its own pair of separators, so str.count finds each one.
    padded = " " + search_text.replace(" ", "  ") + " "
    length = search_text.count(" ") + 1
    norm = _K1 * (1 - _B + _B * length / _AVERAGE_TOKENS)
    total = 0.0
    for term in terms:
        tf = padded.count(" " + "  ".join(term.tokens) + " ")
        weight = float(len(term.tokens))  # a phrase that matches says more than one word
        total += weight * tf * (_K1 + 1) / (tf + norm)
    return round(total, 9)


def ranked_ids(session: Session, filters: quotation_store.QuotationFilters, terms: list[Term]) -> list[int]:
    """The matching quotation ids, best first (score desc, then id asc: a total order); of more than
    MAX_RANKED matches, the MAX_RANKED shortest."""
    stmt = quotation_store.filtered(replace(filters, q=None)).where(matches(session, terms))
    shortest = stmt.with_only_columns(Quotation.id, Quotation.search_text).order_by(
        func.length(Quotation.search_text), Quotation.id
    )
    rows = session.execute(shortest.limit(MAX_RANKED)).all()
    scored = sorted(((-score(text_, terms), id_) for id_, text_ in rows))
    return [id_ for _, id_ in scored]


def search_quotations(
    session: Session,
    filters: quotation_store.QuotationFilters,
    *,
    after: int | None = None,
    limit: int = 20,
) -> Page[Quotation]:
    """One page of the quotations matching ``filters.q``, best first. The cursor is the last id shown:
    the next page starts after it in the same ranking."""
    assert filters.q
    terms = parse_query(filters.q)
    ids = ranked_ids(session, filters, terms) if terms else []
    start = 0
    if after is not None:
        try:
            start = ids.index(after) + 1
        except ValueError:
            # The quotation the cursor points at is gone (deleted, or edited out): nothing to continue.
            start = len(ids)
    page_ids = ids[start : start + limit]
    more = start + limit < len(ids)
    # The page is described with its article and version: load them in two queries, not two per row.
    rows = {
        q.id: q
        for q in session.scalars(
            select(Quotation)
            .where(Quotation.id.in_(page_ids))
            .options(selectinload(Quotation.article), selectinload(Quotation.version))
        )
    }
    items = [rows[i] for i in page_ids if i in rows]
    return Page(items, encode_cursor(page_ids[-1]) if more and page_ids else None)


def list_quotations(
    session: Session,
    filters: quotation_store.QuotationFilters | None = None,
    *,
    after: int | None = None,
    limit: int = 20,
) -> Page[Any]:
    """GET /v1/quotations: ranked full-text search when ``q`` is given, else the plain id-ordered list."""
    filters = filters or quotation_store.QuotationFilters()
    if filters.q:
        return search_quotations(session, filters, after=after, limit=limit)
    return quotation_store.list_quotations(session, filters, after=after, limit=limit)
