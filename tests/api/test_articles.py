"""/v1/articles: ingest, idempotency, reads, listing with filters and cursor pagination, delete."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.samples import ARTICLE_ONE, ARTICLE_TWO
from service.store.models import Article, ArticleVersion, Quotation, QuotationVia, SpeakerRole


def count(db: Session, model: type) -> int:
    return db.scalar(select(func.count()).select_from(model))


def test_post_text_returns_201_with_quotations(post_article, client) -> None:
    body = post_article(
        text=ARTICLE_ONE,
        title="Talks stall",
        outlet="Reuters",
        published_at="2024-05-02T09:30:00+02:00",
        authors=["Ann Writer"],
        language="en",
    )
    assert body["title"] == "Talks stall"
    assert body["outlet"]["name"] == "Reuters"
    assert body["published_at"] == "2024-05-02T07:30:00+00:00"
    assert body["published_at_source"] == "client"
    assert body["authors"] == ["Ann Writer"]
    assert body["language"] == "en"
    assert body["text"] == ARTICLE_ONE
    assert body["sha256"] == hashlib.sha256(ARTICLE_ONE.encode()).hexdigest()
    assert body["version"] == 1
    assert body["quotation_count"] == len(body["quotations"]) >= 2
    for quotation in body["quotations"]:
        assert ARTICLE_ONE[quotation["start"] : quotation["end"]] == quotation["text"]
        selector = quotation["selector"]
        assert selector["type"] == "TextQuoteSelector" and selector["exact"] == quotation["text"]
        assert ARTICLE_ONE[: quotation["start"]].endswith(selector["prefix"])
        assert ARTICLE_ONE[quotation["end"] :].startswith(selector["suffix"])
        sentence = quotation["sentence"]
        assert ARTICLE_ONE[sentence["start"] : sentence["end"]] == sentence["text"]
        assert quotation["article"]["id"] == body["id"]
    got = client.get(f"/v1/articles/{body['id']}")
    assert got.status_code == 200 and got.get_json() == body


def test_same_content_again_is_200_with_same_id(post_article, db: Session) -> None:
    first = post_article(text=ARTICLE_ONE)
    again = post_article(expected=200, text=ARTICLE_ONE, title="A different title is not new content")
    assert again["id"] == first["id"]
    assert again["title"] is None  # the stored article is returned unchanged
    assert count(db, Article) == 1 and count(db, ArticleVersion) == 1


def test_concurrent_duplicate_posts_store_one_article(committing_app: Flask, auth, make_client) -> None:
    """Real threads and connections against a committing database: exactly one 201, the rest 200."""
    statuses: list[int] = []
    ids: list[int] = []
    barrier = threading.Barrier(4)

    def post() -> None:
        client = make_client(committing_app)
        barrier.wait()
        response = client.post(
            "/v1/articles", json={"text": ARTICLE_TWO, "outlet": "Harbour Daily"}, headers=auth
        )
        statuses.append(response.status_code)
        if response.status_code in (200, 201):
            ids.append(response.get_json()["id"])

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(statuses) == [200, 200, 200, 201]
    assert len(set(ids)) == 1
    listing = make_client(committing_app).get("/v1/articles").get_json()
    assert [item["id"] for item in listing["items"]] == ids[:1]


def test_ingest_that_keeps_colliding_is_503_and_stores_nothing(
    committing_app: Flask, auth, make_client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written, then a unique-constraint collision every time: retried, then a retryable 503."""
    from sqlalchemy.exc import IntegrityError

    from service.store import articles

    real_write = articles._write
    attempts: list[int] = []

    def write_then_collide(*args: Any, **kwargs: Any) -> Any:
        real_write(*args, **kwargs)
        attempts.append(1)
        raise IntegrityError("INSERT INTO outlets", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(articles, "_write", write_then_collide)
    client = make_client(committing_app)
    response = client.post("/v1/articles", json={"text": ARTICLE_TWO}, headers=auth)
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"] == "1"
    assert len(attempts) == articles._WRITE_ATTEMPTS
    assert client.get("/v1/articles").get_json()["items"] == []
    assert client.get("/v1/quotations").get_json()["items"] == []


def test_html_body_is_converted_with_meta(post_article) -> None:
    html = (
        "<!doctype html><html lang='en-GB'><head><title>Harbour strike</title>"
        "<meta property='og:site_name' content='Harbour Daily'>"
        "<meta property='article:published_time' content='2024-02-03T08:00:00Z'>"
        "<meta name='author' content='Sam Reporter'><style>p {color: red}</style></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<article><p>Port workers walked out on Friday.</p>"
        "<p>&ldquo;The strike will go on,&rdquo; John Okafor said.</p></article>"
        "<script>track('said \"nothing\"')</script></body></html>"
    )
    body = post_article(html=html)
    assert (
        body["text"]
        == "Port workers walked out on Friday.\n\n\u201cThe strike will go on,\u201d John Okafor said."
    )
    assert body["title"] == "Harbour strike"
    assert body["outlet"]["name"] == "Harbour Daily"
    assert body["published_at"] == "2024-02-03T08:00:00+00:00"
    assert body["published_at_source"] == "html_meta"
    assert body["authors"] == ["Sam Reporter"]
    assert body["language"] == "en-GB"


def test_client_metadata_wins_over_html_meta(post_article) -> None:
    html = "<html><head><title>Meta</title></head><body><p>Some words here.</p></body></html>"
    body = post_article(html=html, title="Client title", published_at="2020-01-01")
    assert body["title"] == "Client title"
    assert body["published_at"] == "2020-01-01T00:00:00+00:00"
    assert body["published_at_source"] == "client"


def test_get_missing_article_is_404(client) -> None:
    response = client.get("/v1/articles/999999")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["status"] == 404


def test_list_is_paginated_by_cursor_in_id_order(client, post_article) -> None:
    ids = [post_article(text=f'Article number {i}. "Quote {i} here," Pat Doe said.')["id"] for i in range(5)]
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        query = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/v1/articles", query_string=query).get_json()
        assert set(body) == {"items", "next_cursor"}
        assert len(body["items"]) <= 2
        seen += [item["id"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(ids) and pages == 3
    assert "text" not in client.get("/v1/articles").get_json()["items"][0]


def test_list_default_and_maximum_limit(client, post_article) -> None:
    for i in range(21):
        post_article(text=f"Short item {i}.")
    body = client.get("/v1/articles").get_json()
    assert len(body["items"]) == 20 and body["next_cursor"] is not None
    assert len(client.get("/v1/articles?limit=100").get_json()["items"]) == 21
    over = client.get("/v1/articles?limit=101")
    assert over.status_code == 422
    assert over.get_json()["errors"][0]["field"] == "limit"


def test_list_filters(client, post_article) -> None:
    one = post_article(
        text=ARTICLE_ONE, outlet="Reuters", published_at="2024-01-10T00:00:00Z", title="Geneva"
    )
    two = post_article(text=ARTICLE_TWO, outlet="Harbour Daily", published_at="2024-03-10T00:00:00Z")

    def ids(**query: Any) -> list[int]:
        response = client.get("/v1/articles", query_string=query)
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    assert ids(outlet="reuters") == [one["id"]]
    assert ids(outlet="Harbour Daily") == [two["id"]]
    assert ids(outlet_id=two["outlet"]["id"]) == [two["id"]]
    assert ids(published_after="2024-02-01") == [two["id"]]
    assert ids(published_before="2024-02-01") == [one["id"]]
    assert ids(published_after="2024-01-01", published_before="2024-12-31") == [one["id"], two["id"]]
    assert ids(q="geneva") == [one["id"]]  # in title and text
    assert ids(q="walked out") == [two["id"]]
    assert ids(q="100%_") == []  # LIKE wildcards are literal
    assert ids(outlet="Nobody Publishes This") == []


def test_article_quotations_endpoint(client, post_article) -> None:
    article = post_article(text=ARTICLE_ONE)
    post_article(text=ARTICLE_TWO)
    body = client.get(f"/v1/articles/{article['id']}/quotations").get_json()
    assert [q["id"] for q in body["items"]] == [q["id"] for q in article["quotations"]]
    assert body["next_cursor"] is None
    first = client.get(f"/v1/articles/{article['id']}/quotations?limit=1").get_json()
    assert len(first["items"]) == 1 and first["next_cursor"]
    assert client.get("/v1/articles/424242/quotations").status_code == 404


def test_delete_removes_everything_of_the_article(client, post_article, auth, db: Session) -> None:
    article = post_article(text='"It is over," Tom Fox said, according to Interfax. ' + ARTICLE_ONE)
    other = post_article(text=ARTICLE_TWO)
    assert count(db, Quotation) > 0
    response = client.delete(f"/v1/articles/{article['id']}", headers=auth)
    assert response.status_code == 204 and response.data == b""
    assert client.get(f"/v1/articles/{article['id']}").status_code == 404
    assert (
        db.scalar(select(func.count()).select_from(Quotation).where(Quotation.article_id == article["id"]))
        == 0
    )
    assert (
        db.scalar(
            select(func.count()).select_from(ArticleVersion).where(ArticleVersion.article_id == article["id"])
        )
        == 0
    )
    assert (
        db.scalar(
            select(func.count()).select_from(SpeakerRole).where(SpeakerRole.article_id == article["id"])
        )
        == 0
    )
    orphans = (
        select(func.count())
        .select_from(QuotationVia)
        .where(~QuotationVia.quotation_id.in_(select(Quotation.id)))
    )
    assert db.scalar(orphans) == 0
    assert client.get(f"/v1/articles/{other['id']}").status_code == 200
    again = client.delete(f"/v1/articles/{article['id']}", headers=auth)
    assert again.status_code == 404


def test_reposting_after_delete_creates_again_with_a_new_id(client, post_article, auth) -> None:
    first = post_article(text=ARTICLE_ONE)
    assert client.delete(f"/v1/articles/{first['id']}", headers=auth).status_code == 204
    second = post_article(text=ARTICLE_ONE)
    # Ids are never reused, so a link to a deleted article cannot come to mean another one.
    assert second["id"] > first["id"]
    assert all(q["id"] > max(p["id"] for p in first["quotations"]) for q in second["quotations"])


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": "no content"},
        {"text": "a", "html": "<p>b</p>"},
        {"text": "a", "url": "https://example.com/"},
        {"text": ""},
        {"text": "   \n\t "},
        {"html": "<script>x()</script><style>p{}</style>"},
        {"text": 5},
        {"text": ["a"]},
        {"text": None},
        {"text": "ok", "published_at": "yesterday"},
        {"text": "ok", "published_at": "2024-13-45"},
        {"text": "ok", "authors": "Ann"},
        {"text": "ok", "authors": [1, 2]},
        {"text": "ok", "unknown_field": 1},
        {"text": "ok", "title": ""},
        {"text": "nul \u0000 inside"},
        {"url": "ftp://example.com/a"},
        {"url": "not a url"},
        {"url": "javascript:alert(1)"},
        [1, 2, 3],
        "just a string",
        123,
        None,
    ],
)
def test_bad_bodies_are_422(client, auth, body, db: Session) -> None:
    if body is None:  # the JSON literal null, not a missing body
        response = client.post("/v1/articles", data="null", content_type="application/json", headers=auth)
    else:
        response = client.post("/v1/articles", json=body, headers=auth)
    assert response.status_code == 422, response.get_json()
    problem = response.get_json()
    assert response.mimetype == "application/problem+json"
    assert problem["status"] == 422 and problem["errors"]
    assert count(db, Article) == 0


@pytest.mark.parametrize(
    "published_at", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00", "0999-01-01", "9999-06-01"]
)
def test_published_at_out_of_range_is_422(client, auth, published_at) -> None:
    response = client.post(
        "/v1/articles", json={"text": "Hello.", "published_at": published_at}, headers=auth
    )
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "published_at"
