"""Issue 4 over HTTP: identity corrections, search, match, appearances, versions, outlet quotations.

Every response is validated against openapi.yaml by the client fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

from service.db import get_database
from service.store import articles as article_store
from service.store.fetch import Fetched

WORDS = "We have no intention of attacking anyone, and we never had such plans"
LAVROV = f'Officials met on Monday.\n\n"{WORDS}," Sergei Lavrov said, according to TASS.'
LAVROV_AGAIN = f'A second report from the capital.\n\n"{WORDS}," Sergey Lavrov told reporters.'
PESKOV = f'Yet another account of the day.\n\n"{WORDS}," Dmitry Peskov said.'


@pytest.fixture
def three(post_article: Callable[..., Any]) -> list[dict[str, Any]]:
    return [
        post_article(text=LAVROV, outlet="RT", published_at="2022-02-10T08:00:00Z"),
        post_article(text=LAVROV_AGAIN, outlet="Reuters", published_at="2022-02-11T08:00:00Z"),
        post_article(text=PESKOV, outlet="Daily Planet", published_at="2022-02-12T08:00:00Z"),
    ]


def speaker_id(client: FlaskClient, name: str) -> int:
    items = client.get("/v1/speakers", query_string={"q": name}).get_json()["items"]
    assert len(items) == 1, items
    return items[0]["id"]


def test_spelling_variants_are_one_speaker(client: FlaskClient, three: list[dict[str, Any]]) -> None:
    lavrov = client.get(f"/v1/speakers/{speaker_id(client, 'Lavrov')}").get_json()
    assert lavrov["name"] == "Sergei Lavrov"
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= {a["alias"] for a in lavrov["aliases"]}
    assert lavrov["counts"] == {"quotations": 2, "articles": 2}


def test_match_flags_other_speakers_and_first_appearance(
    client: FlaskClient, three: list[dict[str, Any]]
) -> None:
    response = client.post(
        "/v1/quotations/match", json={"text": f"“{WORDS.upper()}”", "speaker": "Sergey Lavrov"}
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["said_by_requested_speaker"] is True
    assert body["conflicting_attribution"] is True
    assert [a["speaker"]["name"] for a in body["attributions"]] == ["Sergei Lavrov", "Dmitry Peskov"]
    assert body["total"] == 3 and all(m["match"] == "exact" for m in body["matches"])
    first = [m for m in body["matches"] if m["is_first"]]
    assert len(first) == 1 and first[0]["quotation"]["article"]["id"] == three[0]["id"]
    assert first[0]["quotation"]["id"] == body["first_appearance_id"]
    truncated = client.post("/v1/quotations/match", json={"text": "no intention of attacking anyone …"})
    assert {m["match"] for m in truncated.get_json()["matches"]} == {"part_of_quotation"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": "too short"}, 422),
        ({"text": WORDS, "speaker_id": 99999}, 422),
        ({"text": WORDS, "speaker_id": 1, "speaker": "x"}, 422),
        ({"text": WORDS, "min_similarity": 2}, 422),
        ({"words": WORDS}, 422),
        ({}, 422),
    ],
)
def test_match_rejects_bad_input(client: FlaskClient, body: dict[str, Any], status: int) -> None:
    response = client.post("/v1/quotations/match", json=body)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"


def test_appearances_earliest_first(client: FlaskClient, three: list[dict[str, Any]]) -> None:
    last = three[2]["quotations"][0]["id"]
    body = client.get(f"/v1/quotations/{last}/appearances").get_json()
    assert [i["outlet"]["name"] for i in body["items"]] == ["RT", "Reuters", "Daily Planet"]
    assert [i["is_first"] for i in body["items"]] == [True, False, False]
    page = client.get(f"/v1/quotations/{last}/appearances", query_string={"limit": 2}).get_json()
    rest = client.get(
        f"/v1/quotations/{last}/appearances", query_string={"limit": 2, "cursor": page["next_cursor"]}
    ).get_json()
    assert [i["outlet"]["name"] for i in rest["items"]] == ["Daily Planet"] and rest["next_cursor"] is None
    assert client.get("/v1/quotations/999999/appearances").status_code == 404


def test_search_with_filters(client: FlaskClient, three: list[dict[str, Any]]) -> None:
    def outlets(**query: str) -> list[str]:
        response = client.get("/v1/quotations", query_string=query)
        assert response.status_code == 200
        return [q["article"]["outlet"]["name"] for q in response.get_json()["items"]]

    assert outlets(q='"never had such plans"') == ["RT", "Reuters", "Daily Planet"]
    assert outlets(q='"plans never"') == []
    assert outlets(q="intention", speaker="Lavrov") == ["RT", "Reuters"]
    assert outlets(q="intention", via="TASS") == ["RT"]
    assert outlets(q="intention", published_after="2022-02-11T00:00:00Z") == ["Reuters", "Daily Planet"]


def test_outlet_quotations_by_role(client: FlaskClient, three: list[dict[str, Any]]) -> None:
    tass = client.get("/v1/outlets", query_string={"q": "Tass"}).get_json()["items"][0]
    assert tass["name"] == "TASS"
    via = client.get(f"/v1/outlets/{tass['id']}/quotations", query_string={"role": "via"}).get_json()
    assert [q["article"]["id"] for q in via["items"]] == [three[0]["id"]]
    published = client.get(f"/v1/outlets/{tass['id']}/quotations", query_string={"role": "publisher"})
    assert published.get_json()["items"] == []
    rt = three[0]["outlet"]["id"]
    mine = client.get(f"/v1/outlets/{rt}/quotations", query_string={"role": "publisher"}).get_json()
    assert [q["article"]["id"] for q in mine["items"]] == [three[0]["id"]]
    assert client.get(f"/v1/outlets/{rt}/quotations", query_string={"role": "owner"}).status_code == 422
    assert client.get("/v1/outlets/999999/quotations").status_code == 404


def test_admin_corrections(client: FlaskClient, auth: dict[str, str], three: list[dict[str, Any]]) -> None:
    lavrov = speaker_id(client, "Lavrov")
    peskov = speaker_id(client, "Peskov")
    assert client.post(f"/v1/admin/speakers/{peskov}/merge", json={"into_id": lavrov}).status_code == 401
    response = client.post(f"/v1/admin/speakers/{peskov}/merge", json={"into_id": lavrov}, headers=auth)
    assert response.status_code == 200
    assert response.get_json()["counts"]["quotations"] == 3
    assert client.get(f"/v1/speakers/{peskov}").status_code == 404
    split = client.post(
        f"/v1/admin/speakers/{lavrov}/split",
        json={"name": "Dmitry Peskov", "aliases": ["Peskov", "Dmitry"]},
        headers=auth,
    )
    assert split.status_code == 201
    new = split.get_json()
    assert new["name"] == "Dmitry Peskov" and new["counts"]["quotations"] == 1
    renamed = client.post(
        f"/v1/admin/speakers/{lavrov}/rename", json={"name": "Sergei Viktorovich Lavrov"}, headers=auth
    )
    assert renamed.get_json()["name"] == "Sergei Viktorovich Lavrov"
    ids = client.put(
        f"/v1/admin/speakers/{lavrov}/external-ids",
        json={"external_ids": {"wikidata": "Q172159"}},
        headers=auth,
    )
    assert ids.status_code == 200 and ids.get_json()["external_ids"] == {"wikidata": "Q172159"}
    bad = client.put(
        f"/v1/admin/speakers/{lavrov}/external-ids",
        json={"external_ids": {"wikidata": "Lavrov"}},
        headers=auth,
    )
    assert bad.status_code == 422 and bad.get_json()["errors"][0]["field"] == "wikidata"
    assert (
        client.post("/v1/admin/speakers/999999/rename", json={"name": "X"}, headers=auth).status_code == 404
    )
    corrections = client.get("/v1/admin/corrections").get_json()["items"]
    assert [c["action"] for c in corrections] == ["merge", "split", "rename", "external_ids"]
    # Corrections hold when the articles are extracted again.
    for article in three:
        assert client.post(f"/v1/admin/articles/{article['id']}/reextract", headers=auth).status_code == 200
    peskov_quotes = client.get(f"/v1/speakers/{new['id']}/quotations").get_json()["items"]
    assert [q["article"]["id"] for q in peskov_quotes] == [three[2]["id"]]


def test_outlet_merge(client: FlaskClient, auth: dict[str, str], three: list[dict[str, Any]]) -> None:
    planet = three[2]["outlet"]["id"]
    rt = three[0]["outlet"]["id"]
    response = client.post(f"/v1/admin/outlets/{planet}/merge", json={"into_id": rt}, headers=auth)
    assert response.status_code == 200 and response.get_json()["counts"]["articles"] == 2
    assert client.get(f"/v1/outlets/{planet}").status_code == 404
    same = client.post(f"/v1/admin/outlets/{rt}/merge", json={"into_id": rt}, headers=auth)
    assert same.status_code == 422


def test_versions_over_http(
    client: FlaskClient, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://news.example.org/bridge"
    pages = [
        'The council met.\n\n"The bridge will reopen in the spring after repairs," Maria Lopez said.\n\n'
        '"Nobody will pay a toll before next year," Maria Lopez said.',
        "The council met again on Tuesday evening.\n\n"
        '"The bridge will reopen in the spring after repairs," Maria Lopez said.',
    ]
    served: list[str] = []
    monkeypatch.setattr(
        article_store, "fetch", lambda _url, _limits=None: Fetched(url, "text/plain", served[-1])
    )
    served.append(pages[0])
    first = client.post("/v1/articles", json={"url": url}, headers=auth)
    assert first.status_code == 201
    article = first.get_json()
    served.append(pages[1])
    second = client.post("/v1/articles", json={"url": url}, headers=auth)
    assert second.status_code == 201 and second.get_json()["id"] == article["id"]
    assert second.get_json()["version"] == 2
    assert [q["text"] for q in second.get_json()["quotations"]] == [article["quotations"][0]["text"]]
    listed = client.get(f"/v1/articles/{article['id']}/versions").get_json()
    assert [(v["version"], v["current"], v["gone_count"]) for v in listed["items"]] == [
        (1, False, 0),
        (2, True, 1),
    ]
    v1 = client.get(f"/v1/articles/{article['id']}/versions/1").get_json()
    assert v1["text"] == pages[0] and len(v1["quotations"]) == 2
    gone = [q for q in v1["quotations"] if q["gone_in_version"] == 2]
    assert len(gone) == 1 and "toll" in gone[0]["text"]
    for q in v1["quotations"]:
        assert v1["text"][q["start"] : q["end"]] == q["text"]
    v2 = client.get(f"/v1/articles/{article['id']}/versions/2").get_json()
    assert [q["id"] for q in v2["quotations"]] == [article["quotations"][0]["id"]]
    assert client.get(f"/v1/articles/{article['id']}/versions/3").status_code == 404
    assert client.get("/v1/articles/999999/versions").status_code == 404
    page = client.get(f"/v1/articles/{article['id']}/versions", query_string={"limit": 1}).get_json()
    assert page["next_cursor"] is not None and [v["version"] for v in page["items"]] == [1]


def test_search_pages_follow_the_ranking(client: FlaskClient, three: list[dict[str, Any]]) -> None:
    everything = client.get("/v1/quotations", query_string={"q": "plans"}).get_json()["items"]
    seen, cursor = [], None
    while True:
        query = {"q": "plans", "limit": 1, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/quotations", query_string=query).get_json()
        seen += [q["id"] for q in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [q["id"] for q in everything] and len(seen) == 3


def test_quotation_leads_to_its_appearances(client: FlaskClient, three: list[dict[str, Any]]) -> None:
    ids = [article["quotations"][0]["id"] for article in three]
    for quotation_id in ids:
        quotation = client.get(f"/v1/quotations/{quotation_id}").get_json()
        assert quotation["appearance_count"] == 3 and quotation["gone_in_version"] is None
        assert quotation["cluster_id"] == three[0]["quotations"][0]["cluster_id"]
        listed = client.get(f"/v1/quotations/{quotation_id}/appearances").get_json()["items"]
        assert len(listed) == quotation["appearance_count"]
    listed = client.get("/v1/quotations", query_string={"q": "intention"}).get_json()["items"]
    assert sorted(q["id"] for q in listed) == sorted(ids)
    assert {(q["cluster_id"], q["appearance_count"]) for q in listed} == {
        (three[0]["quotations"][0]["id"], 3)
    }


def test_quotation_edited_out_says_in_which_version(
    client: FlaskClient, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://harbour-daily.example/bridge"
    pages = [
        'The council met.\n\n"The bridge will reopen in the spring after repairs," Maria Lopez said.\n\n'
        '"Nobody will pay a toll before next year," Maria Lopez said.',
        'The council met.\n\n"The bridge will reopen in the spring after repairs," Maria Lopez said.',
    ]
    served: list[str] = []
    monkeypatch.setattr(
        article_store, "fetch", lambda _url, _limits=None: Fetched(url, "text/plain", served[-1])
    )
    served.append(pages[0])
    first = client.post("/v1/articles", json={"url": url}, headers=auth).get_json()
    served.append(pages[1])
    assert client.post("/v1/articles", json={"url": url}, headers=auth).status_code == 201
    by_text = {q["text"]: q["id"] for q in first["quotations"]}
    toll = client.get(f"/v1/quotations/{by_text['Nobody will pay a toll before next year,']}").get_json()
    assert toll["gone_in_version"] == 2 and toll["article"]["version"] == 1
    assert toll["appearance_count"] == 1 and toll["cluster_id"] == toll["id"]
    kept = client.get(f"/v1/quotations/{by_text[next(t for t in by_text if 'bridge' in t)]}").get_json()
    assert kept["gone_in_version"] is None and kept["article"]["version"] == 2


def test_a_page_of_quotations_costs_the_same_queries_as_one(
    app: Flask, client: FlaskClient, post_article: Callable[..., Any]
) -> None:
    """Cluster sizes come from one grouped query per page: no query per item (no N+1)."""
    for n in range(6):
        post_article(
            text=f'Report {n}.\n\n"{WORDS}," Sergei Lavrov said.\n\n"Talks {n} went well," Anna Berg said.',
            outlet=f"Outlet {n}",
        )
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    def queries(query: dict[str, Any]) -> tuple[int, int]:
        statements.clear()
        response = client.get("/v1/quotations", query_string=query)
        assert response.status_code == 200
        return len(response.get_json()["items"]), len(statements)

    engine = get_database(app).engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        one, many = queries({"limit": 1}), queries({"limit": 12})
        one_hit, many_hits = queries({"q": "we", "limit": 1}), queries({"q": "we", "limit": 12})
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert (one[0], many[0], one_hit[0], many_hits[0]) == (1, 12, 1, 6)
    assert one[1] == many[1] and one_hit[1] == many_hits[1], (one, many, one_hit, many_hits)


def test_outlet_rename_kind_and_domains(
    client: FlaskClient,
    auth: dict[str, str],
    three: list[dict[str, Any]],
    post_article: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (via,) = three[0]["quotations"][0]["via"]
    tass = via["outlet"]["id"]
    assert via["outlet"]["name"] == "TASS"
    path = f"/v1/admin/outlets/{tass}"
    assert client.patch(path, json={"name": "TASS News Agency"}).status_code == 401
    response = client.patch(path, json={"name": "TASS News Agency", "kind": "news_agency"}, headers=auth)
    assert response.status_code == 200, response.get_json()
    renamed = response.get_json()
    assert (renamed["id"], renamed["name"], renamed["kind"]) == (tass, "TASS News Agency", "news_agency")
    assert {"TASS", "TASS News Agency"} <= set(renamed["aliases"])
    # The rename holds when the article is extracted again and when later articles use the old name.
    assert client.post(f"/v1/admin/articles/{three[0]['id']}/reextract", headers=auth).status_code == 200
    quotation = client.get(f"/v1/quotations/{three[0]['quotations'][0]['id']}").get_json()
    assert [v["outlet"] for v in quotation["via"]] == [{"id": tass, "name": "TASS News Agency"}]
    later = post_article(text=f'Another day.\n\n"{WORDS}," Sergei Lavrov said, according to TASS.')
    assert [v["outlet"]["id"] for v in later["quotations"][0]["via"]] == [tass]
    assert client.get(f"/v1/outlets/{tass}").get_json()["counts"]["via_quotations"] == 2
    assert [o["id"] for o in client.get("/v1/outlets", query_string={"q": "TASS"}).get_json()["items"]] == [
        tass
    ]

    # Domains as set stay as set: an article from another host does not add it.
    planet = three[2]["outlet"]["id"]
    response = client.patch(
        f"/v1/admin/outlets/{planet}",
        json={"domains": ["dailyplanet.example", "www.planet.example"], "kind": "newspaper"},
        headers=auth,
    )
    assert response.status_code == 200
    assert response.get_json()["domains"] == ["dailyplanet.example", "planet.example"]
    assert response.get_json()["kind"] == "newspaper"
    url = "https://mirror.example/planet/1"
    monkeypatch.setattr(
        article_store,
        "fetch",
        lambda _url, _limits=None: Fetched(
            url, "text/plain", "The planet report, mirrored. Nothing was said."
        ),
    )
    mirrored = post_article(url=url, outlet="Daily Planet")
    assert mirrored["outlet"]["id"] == planet
    assert client.get(f"/v1/outlets/{planet}").get_json()["domains"] == [
        "dailyplanet.example",
        "planet.example",
    ]

    for body, status in [
        ({}, 422),
        ({"name": "RT"}, 422),
        ({"name": "..."}, 422),
        ({"domains": ["Not A Domain"]}, 422),
        ({"kind": "blog"}, 422),
        ({"name": "X", "colour": "red"}, 422),
    ]:
        assert client.patch(path, json=body, headers=auth).status_code == status, body
    assert client.patch("/v1/admin/outlets/999999", json={"name": "X"}, headers=auth).status_code == 404
    corrections = client.get("/v1/admin/corrections", query_string={"entity": "outlet"}).get_json()["items"]
    assert [(c["action"], c["subject_id"]) for c in corrections] == [
        ("rename", tass),  # kind news_agency: what it was already, so not recorded
        ("update", planet),
    ]
    assert corrections[0]["payload"] == {"old": "TASS", "new": "TASS News Agency"}
    assert corrections[1]["payload"]["after"] == {
        "kind": "newspaper",
        "domains": ["dailyplanet.example", "planet.example"],
    }
