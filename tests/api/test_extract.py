"""POST /v1/extract: the same extraction as ingest, nothing stored."""

from __future__ import annotations

import pytest
from conftest import Said
from sqlalchemy import func, select

from api.samples import ARTICLE_ONE
from service.store.models import Article, Outlet, Quotation, Speaker


def test_extract_returns_quotations_and_stores_nothing(client, db, script_extraction) -> None:
    script_extraction(
        Said("We will not accept these terms,", "Maria Lopez", via=(("Reuters", "Geneva"),)),
        Said("The door remains open,", None, mention="she", cue="added", resolution="pronoun"),
    )
    response = client.post("/v1/extract", json={"text": ARTICLE_ONE, "title": "Talks"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["extractor_version"] == "scripted-1"
    first, second = body["quotations"]
    assert first["text"] == "We will not accept these terms,"
    assert ARTICLE_ONE[first["start"] : first["end"]] == first["text"]
    assert first["speaker"] == {"name": "Maria Lopez", "kind": "person", "role": None}
    assert first["via"][0]["outlet"] == {"name": "Reuters", "kind": "news_agency"}
    assert second["speaker"] is None and second["speaker_mention"]["text"] == "she"
    assert body["zones"] == [{"start": 0, "end": len(ARTICLE_ONE), "kind": "main"}]
    for model in (Article, Quotation, Speaker, Outlet):
        assert db.scalar(select(func.count()).select_from(model)) == 0


def test_extract_with_the_real_extractor_is_consistent_with_ingest(client, post_article) -> None:
    extracted = client.post("/v1/extract", json={"text": ARTICLE_ONE}).get_json()
    stored = post_article(text=ARTICLE_ONE)
    assert [(q["start"], q["end"], q["kind"]) for q in extracted["quotations"]] == [
        (q["start"], q["end"], q["kind"]) for q in stored["quotations"]
    ]
    for quotation in extracted["quotations"]:
        assert ARTICLE_ONE[quotation["start"] : quotation["end"]] == quotation["text"]


@pytest.mark.parametrize(
    "text", ["No quotation marks anywhere in this sentence.", "x", "\u201c\u201d", "\n\n\n"]
)
def test_texts_without_quotations(client, text) -> None:
    response = client.post("/v1/extract", json={"text": text})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "body",
    [{}, {"text": ""}, {"text": 3}, {"title": "only"}, {"text": "a", "html": "<p>"}, {"text": "\u0000"}, []],
)
def test_bad_extract_bodies_are_422(client, body) -> None:
    response = client.post("/v1/extract", json=body)
    assert response.status_code == 422
    assert response.get_json()["errors"]
