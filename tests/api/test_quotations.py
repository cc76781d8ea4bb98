"""/v1/quotations and the speaker/outlet views built from stored quotations."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Said

WIRE = (
    "Moscow, March 3. The ministry issued a statement on Monday.\n\n"
    '"Our position has not changed," Maria Zakharova said, according to RT.\n\n'
    'Xinhua quoted Hua Chunying as saying "dialogue is the only way."\n\n'
    '"We expect an answer soon," she added.'
)
LOCAL = (
    "The council met on Thursday.\n\n"
    '"The budget is balanced," Mayor Ana Ruiz said.\n\n'
    'Ruiz told the Post the vote "will pass easily."'
)

SCRIPT = (
    Said("Our position has not changed,", "Maria Zakharova", via=(("RT", "RT"),), role="spokeswoman"),
    Said(
        "dialogue is the only way.",
        "Hua Chunying",
        cue="quoted",
        via=(("Xinhua", "Xinhua"),),
        kind="mixed",
    ),
    Said("We expect an answer soon,", None, mention="she", cue="added", resolution="pronoun"),
    Said("The budget is balanced,", "Ana Ruiz", mention="Mayor Ana Ruiz", role="Mayor", aliases=("Ruiz",)),
    Said(
        "will pass easily.",
        "Ana Ruiz",
        mention="Ruiz",
        cue="told",
        via=(("The Washington Post", "the Post"),),
        kind="indirect",
        resolution="surname",
    ),
)


@pytest.fixture
def corpus(script_extraction, post_article) -> dict[str, Any]:
    script_extraction(*SCRIPT)
    wire = post_article(
        text=WIRE, outlet="Global Times", published_at="2024-03-04T10:00:00Z", title="Ministry"
    )
    local = post_article(text=LOCAL, outlet="Harbour Daily", published_at="2024-06-01T10:00:00Z")
    return {"wire": wire, "local": local}


def texts(response) -> list[str]:
    assert response.status_code == 200, response.get_json()
    return [item["text"] for item in response.get_json()["items"]]


def test_quotation_representation(corpus, client) -> None:
    wire = corpus["wire"]
    first = wire["quotations"][0]
    assert first["text"] == "Our position has not changed,"
    assert first["speaker"]["name"] == "Maria Zakharova"
    assert first["speaker_name"] == "Maria Zakharova"
    assert first["speaker_mention"] == {
        "start": WIRE.index("Maria Zakharova"),
        "end": WIRE.index("Maria Zakharova") + len("Maria Zakharova"),
        "text": "Maria Zakharova",
    }
    assert first["resolution"] == "named"
    assert first["cue"]["text"] == "said" and WIRE[first["cue"]["start"] : first["cue"]["end"]] == "said"
    assert [v["outlet"]["name"] for v in first["via"]] == ["RT"]
    assert WIRE[first["via"][0]["mention"]["start"] : first["via"][0]["mention"]["end"]] == "RT"
    assert first["confidence"] == 0.9 and first["extractor_version"] == "scripted-1"
    assert first["article"] == {
        "id": wire["id"],
        "title": "Ministry",
        "outlet": wire["outlet"],
        "published_at": "2024-03-04T10:00:00+00:00",
        "version": 1,
    }
    pronoun = wire["quotations"][2]
    assert pronoun["speaker"] is None and pronoun["speaker_name"] is None
    assert pronoun["speaker_mention"]["text"] == "she" and pronoun["resolution"] == "pronoun"
    got = client.get(f"/v1/quotations/{first['id']}")
    assert got.status_code == 200 and got.get_json() == first


def test_filters(corpus, client) -> None:
    speakers = client.get("/v1/speakers", query_string={"q": "Ruiz"}).get_json()["items"]
    ruiz = speakers[0]["id"]
    assert texts(client.get(f"/v1/quotations?speaker_id={ruiz}")) == [
        "The budget is balanced,",
        "will pass easily.",
    ]
    assert texts(client.get("/v1/quotations?speaker=zakharova")) == ["Our position has not changed,"]
    assert texts(client.get("/v1/quotations?speaker=Ruiz")) == [
        "The budget is balanced,",
        "will pass easily.",
    ]
    assert texts(client.get("/v1/quotations?via=RT")) == ["Our position has not changed,"]
    assert texts(client.get("/v1/quotations?via=Russia Today")) == ["Our position has not changed,"]
    assert texts(client.get("/v1/quotations?via=Washington Post")) == ["will pass easily."]
    assert texts(client.get("/v1/quotations?outlet=Harbour Daily")) == [
        "The budget is balanced,",
        "will pass easily.",
    ]
    assert texts(client.get("/v1/quotations?kind=mixed")) == ["dialogue is the only way."]
    assert texts(client.get("/v1/quotations?kind=indirect&speaker=ruiz")) == ["will pass easily."]
    assert texts(client.get("/v1/quotations?q=BUDGET")) == ["The budget is balanced,"]
    assert len(texts(client.get("/v1/quotations?published_after=2024-05-01"))) == 2
    assert len(texts(client.get("/v1/quotations?published_before=2024-05-01T00:00:00%2B00:00"))) == 3
    assert texts(client.get("/v1/quotations?speaker=nobody-at-all")) == []
    outlet_id = corpus["local"]["outlet"]["id"]
    assert len(texts(client.get(f"/v1/quotations?outlet_id={outlet_id}"))) == 2


def test_pagination_walk(corpus, client) -> None:
    everything = texts(client.get("/v1/quotations?limit=100"))
    assert len(everything) == 5
    walked: list[str] = []
    cursor = None
    while True:
        query = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/v1/quotations", query_string=query).get_json()
        walked += [item["text"] for item in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert walked == everything


def test_speaker_views(corpus, client) -> None:
    body = client.get("/v1/speakers").get_json()
    names = [s["name"] for s in body["items"]]
    assert names == ["Maria Zakharova", "Hua Chunying", "Ana Ruiz"]  # the pronoun speaker is not a speaker
    ruiz = client.get("/v1/speakers", query_string={"q": "ruiz"}).get_json()["items"][0]
    detail = client.get(f"/v1/speakers/{ruiz['id']}").get_json()
    assert detail == ruiz
    assert {a["alias"] for a in detail["aliases"]} == {"Ana Ruiz", "Mayor Ana Ruiz", "Ruiz"}
    assert [r["role"] for r in detail["roles"]] == ["Mayor"]
    assert detail["roles"][0]["article_id"] == corpus["local"]["id"]
    assert detail["counts"] == {"quotations": 2, "articles": 1}
    assert detail["first_seen"] == detail["last_seen"] == "2024-06-01T10:00:00+00:00"
    said = client.get(f"/v1/speakers/{ruiz['id']}/quotations").get_json()
    assert [q["text"] for q in said["items"]] == ["The budget is balanced,", "will pass easily."]
    assert client.get("/v1/speakers?q=Mayor Ana").get_json()["items"][0]["id"] == ruiz["id"]  # alias search
    assert client.get("/v1/speakers?kind=organisation").get_json()["items"] == []
    assert client.get("/v1/speakers/999999").status_code == 404
    assert client.get("/v1/speakers/999999/quotations").status_code == 404


def test_outlet_views(corpus, client) -> None:
    outlets = {o["name"]: o for o in client.get("/v1/outlets?limit=100").get_json()["items"]}
    assert {"Global Times", "Harbour Daily", "RT", "Xinhua", "The Washington Post"} <= set(outlets)
    rt = outlets["RT"]
    assert rt["kind"] == "broadcaster" and "rt.com" in rt["domains"] and "Russia Today" in rt["aliases"]
    assert rt["counts"] == {"articles": 0, "via_quotations": 1}
    harbour = outlets["Harbour Daily"]
    assert harbour["kind"] == "publisher" and harbour["counts"]["articles"] == 1
    assert client.get(f"/v1/outlets/{rt['id']}").get_json() == rt
    articles = client.get(f"/v1/outlets/{harbour['id']}/articles").get_json()
    assert [a["id"] for a in articles["items"]] == [corpus["local"]["id"]]
    assert articles["items"][0]["quotation_count"] == 2
    assert client.get("/v1/outlets?q=russia").get_json()["items"][0]["name"] == "RT"
    assert [o["name"] for o in client.get("/v1/outlets?kind=news_agency").get_json()["items"]] == ["Xinhua"]
    assert client.get("/v1/outlets/999999").status_code == 404
    assert client.get("/v1/outlets/999999/articles").status_code == 404


def test_same_speaker_across_articles_is_one_speaker(script_extraction, post_article, client) -> None:
    script_extraction(Said("We stay,", "Ana Ruiz"), Said("We go,", "ana  ruiz"))
    post_article(text='"We stay," Ana Ruiz said.')
    post_article(text='"We go," ana  ruiz said.')
    speakers = client.get("/v1/speakers").get_json()["items"]
    assert len(speakers) == 1 and speakers[0]["counts"] == {"quotations": 2, "articles": 2}


def test_missing_quotation_is_404(client) -> None:
    response = client.get("/v1/quotations/123456")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
