"""Writes need a key from QUOTETRAIL_API_KEYS in X-API-Key; reads are open."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from api.samples import ARTICLE_ONE
from service import create_app
from service.store.models import Article


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-API-Key": ""},
        {"X-API-Key": "wrong"},
        {"X-API-Key": "test-key-1 "},
        {"X-API-Key": "TEST-KEY-1"},
        {"Authorization": "Bearer test-key-1"},
        {"X-API-Key": "test-key-1,test-key-2"},
        {"X-API-Key": "ключ"},
    ],
)
def test_post_without_a_valid_key_is_401(client, db, headers) -> None:
    response = client.post("/v1/articles", json={"text": ARTICLE_ONE}, headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("ApiKey")
    assert db.scalar(select(func.count()).select_from(Article)) == 0


def test_auth_is_checked_before_the_body(client) -> None:
    assert client.post("/v1/articles", data="junk", content_type="text/plain").status_code == 401
    assert client.post("/v1/articles", data="{", content_type="application/json").status_code == 401


def test_every_configured_key_works(client, post_article) -> None:
    for key in ("test-key-1", "test-key-2"):
        response = client.post(
            "/v1/articles", json={"text": f"{ARTICLE_ONE} {key}"}, headers={"X-API-Key": key}
        )
        assert response.status_code == 201


def test_delete_needs_a_key(client, post_article, auth) -> None:
    article = post_article(text=ARTICLE_ONE)
    assert client.delete(f"/v1/articles/{article['id']}").status_code == 401
    assert client.delete(f"/v1/articles/{article['id']}", headers={"X-API-Key": "nope"}).status_code == 401
    assert client.get(f"/v1/articles/{article['id']}").status_code == 200
    assert client.delete(f"/v1/articles/{article['id']}", headers=auth).status_code == 204


def test_reads_and_extract_are_open(client) -> None:
    for path in ("/v1/articles", "/v1/quotations", "/v1/speakers", "/v1/outlets", "/health"):
        assert client.get(path).status_code == 200
    assert client.post("/v1/extract", json={"text": "Nothing quoted here."}).status_code == 200


def test_no_keys_configured_refuses_writes(make_client, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("QUOTETRAIL_API_KEYS", " , ")
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"})
    assert app.config["API_KEYS"] == ()
    response = make_client(app).post("/v1/articles", json={"text": "x"}, headers={"X-API-Key": ""})
    assert response.status_code == 401
    assert "no API keys" in response.get_json()["detail"]


def test_keys_come_from_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("QUOTETRAIL_API_KEYS", "alpha, beta ,,gamma")
    monkeypatch.setenv("QUOTETRAIL_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    app = create_app()
    assert app.config["API_KEYS"] == ("alpha", "beta", "gamma")
    assert app.config["DATABASE_URL"] == f"sqlite:///{tmp_path}/env.sqlite3"
