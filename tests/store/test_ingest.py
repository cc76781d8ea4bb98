"""The ingest service: one transaction, idempotent by content, safe under concurrent duplicates."""

from __future__ import annotations

import threading

import pytest
from conftest import Said
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.db import get_database
from service.errors import Problem
from service.store import articles as article_store
from service.store.articles import Submission, content_sha256, ingest
from service.store.models import (
    Article,
    ArticleVersion,
    Outlet,
    OutletAlias,
    Quotation,
    QuotationVia,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)

TEXT = (
    "Officials met in Geneva on Tuesday. "
    '"We will not accept these terms," Maria Lopez said after the talks.\n\n'
    '"The door remains open," she added.'
)

SCRIPT = (
    Said("We will not accept these terms,", "Maria Lopez", role="minister", via=(("Interfax", "Geneva"),)),
    Said("The door remains open,", None, mention="she", cue="added", resolution="pronoun"),
    Said("It is over,", "Tom Fox", via=(("Interfax", "Interfax"),)),
)


@pytest.fixture(autouse=True)
def scripted(script_extraction) -> None:
    script_extraction(*SCRIPT)


ALL_MODELS = (
    Article,
    ArticleVersion,
    Quotation,
    QuotationVia,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
    Outlet,
    OutletAlias,
)


def counts(session: Session) -> dict[str, int]:
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in ALL_MODELS
    }


def test_ingest_stores_article_version_and_quotations(db: Session) -> None:
    article, created = ingest(
        db, Submission(text=TEXT, title="Talks", outlet="Reuters", authors=["A. Writer"])
    )
    assert created is True
    version = article.current_version
    assert version is not None
    assert version.text == TEXT
    assert version.sha256 == content_sha256(TEXT)
    assert version.version == 1
    assert article.outlet is not None and article.outlet.name == "Reuters"
    assert article.outlet.kind == "news_agency"  # from the gazetteer, not the fallback
    assert article.authors == ["A. Writer"]
    assert [q.text for q in article.quotations] == [
        "We will not accept these terms,",
        "The door remains open,",
    ]
    first, second = article.quotations
    assert first.speaker is not None and first.speaker.name == "Maria Lopez"
    assert [r.role for r in first.speaker.roles] == ["minister"]
    assert [v.outlet.name for v in first.vias] == ["Interfax"]
    assert second.speaker is None and second.speaker_mention_text == "she" and second.resolution == "pronoun"
    for quotation in article.quotations:
        assert TEXT[quotation.start : quotation.end] == quotation.text
        assert TEXT[: quotation.start].endswith(quotation.prefix)
        assert TEXT[quotation.end :].startswith(quotation.suffix)


def test_same_content_again_returns_existing(db: Session) -> None:
    first, created = ingest(db, Submission(text=TEXT))
    again, created_again = ingest(db, Submission(text=TEXT, title="Another title"))
    assert created and not created_again
    assert again.id == first.id
    assert counts(db)["articles"] == 1


def test_different_content_is_a_new_article(db: Session) -> None:
    first, _ = ingest(db, Submission(text=TEXT))
    second, created = ingest(db, Submission(text=TEXT + " More."))
    assert created and second.id != first.id


def test_html_submission_is_converted(db: Session) -> None:
    html = (
        "<html lang='en'><head><title>Page title</title>"
        "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
        "<meta name='author' content='Jo Reporter'><script>var x = 'said \"no\"';</script></head>"
        "<body><nav>Home | World</nav><p>First paragraph.</p>"
        '<p>"We are ready," Ann Lee said.</p></body></html>'
    )
    article, _ = ingest(db, Submission(html=html))
    version = article.current_version
    assert version is not None
    assert version.text == 'First paragraph.\n\n"We are ready," Ann Lee said.'
    assert article.title == "Page title"
    assert (
        article.published_at is not None and article.published_at.isoformat() == "2024-03-01T10:00:00+00:00"
    )
    assert article.published_at_source == "html_meta"
    assert article.authors == ["Jo Reporter"]
    assert article.language == "en"


@pytest.mark.parametrize(
    "submission",
    [
        Submission(text="   \n  "),
        Submission(html="<script>only()</script>"),
        Submission(),
        Submission(text="a", html="b"),
    ],
)
def test_unusable_submission_is_a_problem(db: Session, submission: Submission) -> None:
    with pytest.raises(Problem) as info:
        ingest(db, submission)
    assert info.value.status == 422
    assert counts(db)["articles"] == 0


def test_failed_write_leaves_no_rows(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(db)
    original = article_store.quotation_store.quotation_row
    calls = {"n": 0}

    def failing_row(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # after the article, version, outlet and one quotation are flushed
            raise RuntimeError("boom")
        return original(*args, **kwargs)

    monkeypatch.setattr(article_store.quotation_store, "quotation_row", failing_row)
    with pytest.raises(RuntimeError):
        ingest(db, Submission(text=TEXT, outlet="Some New Outlet"))
    assert calls["n"] == 2
    assert counts(db) == before


def test_delete_cascades(db: Session) -> None:
    article, _ = ingest(
        db,
        Submission(text='"It is over," Tom Fox said, according to Interfax. ' + TEXT, outlet="Daily Planet"),
    )
    assert counts(db)["quotations"] > 0
    assert article_store.delete_article(db, article.id) is True
    after = counts(db)
    for table in ("articles", "article_versions", "quotations", "quotation_vias", "speaker_roles"):
        assert after[table] == 0, table
    assert after["outlets"] >= 1  # outlets outlive their articles
    assert article_store.delete_article(db, article.id) is False


def test_concurrent_duplicate_posts_make_one_article(committing_app) -> None:
    database = get_database(committing_app)
    barrier = threading.Barrier(4)
    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []
    text = TEXT + "\n\nA concurrency test paragraph."

    def worker() -> None:
        session = database.new_session()
        try:
            barrier.wait()
            article, created = ingest(session, Submission(text=text, outlet="Concurrent Times"))
            results.append((article.id, created))
        except BaseException as exc:  # collected, the assertion below reports it
            errors.append(exc)
        finally:
            session.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    assert len(results) == 4
    assert len({article_id for article_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    with database.session_scope() as session:
        assert counts(session)["articles"] == 1
        assert counts(session)["article_versions"] == 1
        assert (
            session.scalar(select(func.count()).select_from(Outlet).where(Outlet.name == "Concurrent Times"))
            == 1
        )


def test_overlong_metadata_and_names_are_clipped_not_fatal(db: Session, script_extraction) -> None:
    """PostgreSQL enforces column lengths; page metadata and extracted names must never break an ingest."""
    long_name = "Al " + "Very" * 120 + " Name"
    long_outlet = "Outlet " + "X" * 400
    text = f'"Fine words," {long_name} said, according to {long_outlet}.'
    script_extraction(Said("Fine words,", long_name, role="r" * 900, via=((long_outlet, long_outlet),)))
    html = (
        f"<html lang='{'x' * 40}'><head><meta property='og:site_name' content='{'S' * 500}'>"
        f"<meta name='author' content='{'A' * 700}'></head><body><p>{text}</p></body></html>"
    )
    article, created = ingest(db, Submission(html=html))
    assert created
    assert article.outlet is not None and len(article.outlet.name) <= 200
    assert len(article.language or "") <= 16 and all(len(a) <= 300 for a in article.authors)
    (quotation,) = article.quotations
    assert quotation.speaker is not None and len(quotation.speaker.name) <= 300
    assert len(quotation.vias[0].outlet.name) <= 200
    assert all(len(r.role) <= 500 for r in quotation.speaker.roles)


@pytest.mark.parametrize(
    ("url_host", "expected"),
    [
        ("www.rt.com", "RT"),
        ("news.bbc.co.uk", "BBC"),
        ("harbour-daily.example", "Harbour Daily"),
        ("sub.harbour-daily.example", "Harbour Daily"),
        ("unknown.example", None),
    ],
)
def test_outlet_from_the_url_host(db: Session, url_host: str, expected: str | None) -> None:
    from service.store.outlets import resolve_outlet, resolve_outlet_for_host

    resolve_outlet(db, "Harbour Daily", kind="newspaper", domain="harbour-daily.example")
    outlet = resolve_outlet_for_host(db, url_host)
    assert (outlet.name if outlet else None) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("2024-03-01T10:00:00+02:00", "2024-03-01T08:00:00+00:00"),
        ("2024-03-01", "2024-03-01T00:00:00+00:00"),
        ("0001-01-01T00:00:00+05:00", None),
        ("9999-12-31T23:00:00-05:00", None),
        ("last Tuesday", None),
        ("", None),
    ],
)
def test_html_published_time(db: Session, content: str, expected: str | None) -> None:
    html = f"<head><meta property='article:published_time' content='{content}'></head><p>Body {content}.</p>"
    article, _ = ingest(db, Submission(html=html))
    assert (article.published_at.isoformat() if article.published_at else None) == expected
    assert article.published_at_source == ("html_meta" if expected else None)


@pytest.mark.parametrize("held", ["speaker", "outlet"])
def test_concurrent_articles_naming_one_new_person_make_one_speaker(
    committing_app, backend: str, held: str, script_extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two articles naming the same new person and the same new outlets, ingested at once: one speaker,
    one outlet per name.

    On PostgreSQL both ingests are held until each has looked up the ``held`` name and found nothing, so
    both create it: the unique key (speakers.identity_key, outlets.name) must settle that. Only one lookup
    can be held per test: the loser's INSERT waits for the winner's transaction, so the winner must not
    wait for the loser at a later lookup. (SQLite serialises writers: the second ingest waits for the
    first to commit before it reads, so there is nothing to hold.)"""
    from service.store import identity
    from service.store import outlets as outlet_store

    script_extraction(
        Said("The harbour will stay open all winter,", "Ingrid Vasquez", via=(("Fjord Wire", "Fjord Wire"),)),
        Said("No ship will be turned away this year,", "Ingrid Vasquez", via=(("Fjord Wire", "Fjord Wire"),)),
    )
    texts = [
        '"The harbour will stay open all winter," Ingrid Vasquez said, according to Fjord Wire.',
        'On Friday. "No ship will be turned away this year," Ingrid Vasquez said, according to Fjord Wire.',
    ]
    # Held at the speaker: different publishers, so nothing both insert comes before the speaker.
    publishers = ["Fjord Herald", "Fjord Herald"] if held == "outlet" else ["Fjord Herald", "Fjord Times"]
    looked_up = threading.Barrier(2, timeout=20)
    module, name = (identity, "find_speaker") if held == "speaker" else (outlet_store, "find_outlet")
    original = getattr(module, name)
    holding = threading.local()

    def lookup(*args, **kwargs):
        found = original(*args, **kwargs)
        if backend == "postgresql" and not getattr(holding, "done", False):
            holding.done = True
            looked_up.wait()
        return found

    monkeypatch.setattr(module, name, lookup)
    database = get_database(committing_app)
    started = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(text: str, publisher: str) -> None:
        session = database.new_session()
        try:
            started.wait()
            ingest(session, Submission(text=text, outlet=publisher))
        except BaseException as exc:  # collected, the assertion below reports it
            errors.append(exc)
        finally:
            session.close()

    threads = [threading.Thread(target=worker, args=pair) for pair in zip(texts, publishers, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    with database.session_scope() as session:
        assert counts(session)["articles"] == 2
        speakers = session.scalars(select(Speaker).where(Speaker.name == "Ingrid Vasquez")).all()
        assert len(speakers) == 1
        quotations = session.scalars(select(Quotation)).all()
        assert len(quotations) == 2 and {q.speaker_id for q in quotations} == {speakers[0].id}
        for outlet_name in {"Fjord Wire", *publishers}:
            assert (
                session.scalar(select(func.count()).select_from(Outlet).where(Outlet.name == outlet_name))
                == 1
            )
        assert len({a.outlet_id for a in session.scalars(select(Article))}) == len(set(publishers))
        assert session.scalar(select(func.count()).select_from(QuotationVia)) == 2
