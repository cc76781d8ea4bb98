"""Full-text search: the same answers, in the same order, on SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from service.db import make_engine
from service.errors import Problem
from service.store import search
from service.store.models import Article, ArticleVersion, Outlet, Quotation, QuotationVia, Speaker
from service.store.quotations import QuotationFilters

CORPUS = [
    # (speaker, outlet, via, kind, year, words)
    ("Sergei Lavrov", "TASS", None, "direct", 2022, "We have no plans to attack anyone."),
    ("Sergei Lavrov", "RT", "TASS", "indirect", 2023, "Moscow has no plans, no plans at all, to escalate."),
    ("Hua Chunying", "Xinhua", None, "direct", 2021, "The plans of the United States are doomed to fail."),
    ("Hua Chunying", "Reuters", "Xinhua", "direct", 2023, "Café diplomacy is not diplomacy — it's théâtre."),
    ("Wang Yi", "Reuters", None, "mixed", 2024, "No country should attack another; “no” means no."),
    ("Wang Yi", "Xinhua", None, "direct", 2020, "Cooperation, not confrontation: that is our plan."),
    ("Ann Lee", "Reuters", "RT", "direct", 2024, "The budget for 2024 rises by 3.5 per cent."),
    ("Ann Lee", "TASS", None, "direct", 2022, "ATTACK! Attack, attack — that was all they said."),
]


def build(session: Session) -> dict[str, int]:
    """The corpus as stored rows; returns quotation ids by their words."""
    outlets: dict[str, Outlet] = {}
    speakers: dict[str, Speaker] = {}
    ids: dict[str, int] = {}
    for n, (who, outlet_name, via, kind, year, words) in enumerate(CORPUS):
        for name in filter(None, (outlet_name, via)):
            if name not in outlets:
                outlets[name] = Outlet(name=name, kind="news_agency", domains=[])
                session.add(outlets[name])
        if who not in speakers:
            speakers[who] = Speaker(name=who, name_key=who.lower(), kind="person", external_ids={})
            session.add(speakers[who])
        session.flush()
        article = Article(
            title=f"Story {n}",
            outlet_id=outlets[outlet_name].id,
            published_at=datetime(year, 6, 1, tzinfo=UTC),
        )
        session.add(article)
        session.flush()
        version = ArticleVersion(
            article_id=article.id, text=words, sha256=hashlib.sha256(words.encode()).hexdigest()
        )
        session.add(version)
        session.flush()
        article.current_version_id = version.id
        quotation = Quotation(
            article_id=article.id,
            version_id=version.id,
            kind=kind,
            start=0,
            end=len(words),
            text=words,
            sentence_start=0,
            sentence_end=len(words),
            speaker_id=speakers[who].id,
            speaker_name=who,
        )
        session.add(quotation)
        session.flush()
        if via:
            session.add(
                QuotationVia(
                    quotation_id=quotation.id,
                    outlet_id=outlets[via].id,
                    mention_start=0,
                    mention_end=1,
                    mention_text=via,
                )
            )
        ids[words] = quotation.id
    session.commit()
    return ids


def words_of(session: Session, filters: QuotationFilters, limit: int = 50) -> list[str]:
    page = search.search_quotations(session, filters, limit=limit)
    return [q.text for q in page.items]


W = [row[-1] for row in CORPUS]

CASES = [
    # (filters, expected words in rank order)
    (QuotationFilters(q="plans"), [W[1], W[0], W[2]]),
    (QuotationFilters(q='"no plans"'), [W[1], W[0]]),
    (QuotationFilters(q="“no plans” Moscow"), [W[1]]),
    (QuotationFilters(q='"attack plans"'), []),
    (QuotationFilters(q="attack"), [W[7], W[0], W[4]]),
    (QuotationFilters(q="ATTACK anyone"), [W[0]]),
    (QuotationFilters(q="cafe theatre"), [W[3]]),
    (QuotationFilters(q="café THÉÂTRE"), [W[3]]),
    (QuotationFilters(q="it's"), [W[3]]),
    (QuotationFilters(q="3.5"), [W[6]]),
    (QuotationFilters(q="2024 budget"), [W[6]]),
    (QuotationFilters(q="no", speaker="Wang Yi"), [W[4]]),
    (QuotationFilters(q="plans", outlet="TASS"), [W[0]]),
    (QuotationFilters(q="plans", via="TASS"), [W[1]]),
    (QuotationFilters(q="plans", kind="direct"), [W[0], W[2]]),
    (
        QuotationFilters(q="plans", published_after=datetime(2022, 1, 1, tzinfo=UTC)),
        [W[1], W[0]],
    ),
    (QuotationFilters(q="plans", published_before=datetime(2022, 1, 1, tzinfo=UTC)), [W[2]]),
    (QuotationFilters(q="diplomacy"), [W[3]]),
    (QuotationFilters(q="nothing-here-at-all"), []),
]


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_search_table(db: Session, filters: QuotationFilters, expected: list[str]) -> None:
    build(db)
    assert words_of(db, filters) == expected


@pytest.mark.parametrize("q", ["   ", "—!?", '""', "%_\\"])
def test_query_without_words_matches_nothing(db: Session, q: str) -> None:
    build(db)
    assert search.parse_query(q) == []
    assert words_of(db, QuotationFilters(q=q)) == []


def test_too_many_terms_is_a_problem() -> None:
    with pytest.raises(Problem):
        search.parse_query(" ".join(f"w{i}" for i in range(search.MAX_TERMS + 1)))


def test_pages_follow_the_ranking(db: Session) -> None:
    build(db)
    everything = words_of(db, QuotationFilters(q="no"))
    seen: list[str] = []
    after = None
    while True:
        page = search.search_quotations(db, QuotationFilters(q="no"), after=after, limit=1)
        seen.extend(q.text for q in page.items)
        if page.next_cursor is None:
            break
        after = page.items[-1].id
    assert seen == everything and len(seen) == 3


def test_broad_queries_rank_the_shortest_hits(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Of more hits than MAX_RANKED, the shortest are ranked (and paged through); the rest are left out."""
    build(db)
    monkeypatch.setattr(search, "MAX_RANKED", 2)
    assert words_of(db, QuotationFilters(q="plans")) == [W[1], W[0]]  # W[2] is the longest of the three
    first = search.search_quotations(db, QuotationFilters(q="plans"), limit=1)
    assert [q.text for q in first.items] == [W[1]] and first.next_cursor is not None
    rest = search.search_quotations(db, QuotationFilters(q="plans"), after=first.items[0].id, limit=1)
    assert [q.text for q in rest.items] == [W[0]] and rest.next_cursor is None


def test_index_follows_updates_and_deletes(db: Session) -> None:
    ids = build(db)
    quotation = db.get(Quotation, ids[W[0]])
    assert quotation is not None
    quotation.text = "Entirely different words now."
    from service.store.textkeys import search_text

    quotation.search_text = search_text(quotation.text)
    db.commit()
    assert words_of(db, QuotationFilters(q="anyone")) == []
    assert words_of(db, QuotationFilters(q="entirely different")) == ["Entirely different words now."]
    article = db.get(Article, quotation.article_id)
    db.delete(article)
    db.commit()
    assert words_of(db, QuotationFilters(q="entirely")) == []


QUERIES = [c[0] for c in CASES] + [
    QuotationFilters(q=q) for q in ("no", "the", "not", "that is", '"is not"', "a", "of the", "doomed fail")
]


@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"), reason="needs PostgreSQL (TEST_DATABASE_URL)")
@pytest.mark.parametrize("max_ranked", [search.MAX_RANKED, 2])
def test_sqlite_and_postgresql_give_identical_pages(
    request: pytest.FixtureRequest,
    sqlite_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    max_ranked: int,
) -> None:
    monkeypatch.setattr(search, "MAX_RANKED", max_ranked)
    path = tmp_path / "same.sqlite3"
    shutil.copyfile(sqlite_template, path)
    sqlite_engine = make_engine(f"sqlite:///{path}")
    pg_engine = make_engine(request.getfixturevalue("postgres_url"))
    pg_connection = pg_engine.connect()
    outer = pg_connection.begin()
    try:
        with (
            Session(sqlite_engine) as lite,
            Session(bind=pg_connection, join_transaction_mode="create_savepoint") as pg,
        ):
            lite_ids = build(lite)
            pg_ids = build(pg)
            to_words = {v: k for k, v in lite_ids.items()}
            pg_words = {v: k for k, v in pg_ids.items()}
            for filters in QUERIES:
                lite_page = [to_words[q.id] for q in search.search_quotations(lite, filters, limit=50).items]
                pg_page = [pg_words[q.id] for q in search.search_quotations(pg, filters, limit=50).items]
                assert lite_page == pg_page, filters
    finally:
        outer.rollback()
        pg_connection.close()
        pg_engine.dispose()
        sqlite_engine.dispose()
