"""openapi.yaml refuses what the service refuses: requests the contract calls valid are not turned down.

Found by schemathesis (positive data rejected: a request valid by the contract answered with 422): rules
the service checked but the contract did not state. Each case here is judged twice, by the contract's JSON
Schema and by the service, and the two verdicts must agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def contract_accepts(schema: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` satisfies ``schema`` (its $refs resolved in openapi.yaml)."""
    root = {**SPEC, **schema}
    return jsonschema.Draft202012Validator(root, format_checker=jsonschema.FormatChecker()).is_valid(value)


def body_schema(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def query_schema(path: str, name: str) -> dict[str, Any]:
    operation = SPEC["paths"][path]["get"]
    return next(p["schema"] for p in operation["parameters"] if p["name"] == name)


def agree(response: Any, accepted_by_contract: bool) -> None:
    accepted_by_service = response.status_code != 422
    assert accepted_by_service == accepted_by_contract, (
        response.status_code,
        response.get_data(as_text=True)[:300],
    )


@pytest.mark.parametrize(
    "body",
    [
        {"text": "A short article."},
        {"html": "<p>A short article.</p>"},
        {"title": "Only a title"},
        {},
        {"text": "A short article.", "html": "<p>A short article.</p>"},
        {"text": "A", "html": "<p>B</p>", "url": "https://example.com/a"},
        {"text": "A", "url": "https://example.com/a"},
        {"url": ""},
        {"url": "ftp://example.com/a"},
        {"url": "https://exa mple.com/a"},
        {"url": "mailto:someone@example.com"},
        {"text": "A short article.", "title": "Nul\u0000byte"},
        {"text": "A short article.", "authors": ["Nul\u0000byte"]},
    ],
)
def test_article_bodies_contract_and_service_agree(
    client: FlaskClient, auth: dict[str, str], body: dict[str, Any]
) -> None:
    expected = contract_accepts(body_schema("ArticleCreate"), body)
    agree(client.post("/v1/articles", json=body, headers=auth), expected)


@pytest.mark.parametrize(
    "body",
    [
        {"text": "we will build it"},
        {"text": "we will build it", "speaker": "Ann Example"},
        {"text": "we will build it", "speaker": "Ann Example", "speaker_id": 1},
        {"text": "we will\u0000build it"},
    ],
)
def test_match_bodies_contract_and_service_agree(client: FlaskClient, body: dict[str, Any]) -> None:
    agree(client.post("/v1/quotations/match", json=body), contract_accepts(body_schema("MatchRequest"), body))


@pytest.mark.parametrize(
    "external_ids",
    [{}, {"": "Q1"}, {"k" * 33: "x"}, {f"key{i}": "x" for i in range(21)}],
)
def test_external_id_sizes_are_in_the_contract(
    client: FlaskClient, auth: dict[str, str], external_ids: dict[str, Any]
) -> None:
    body = {"external_ids": external_ids}
    assert not contract_accepts(body_schema("ExternalIds"), body)
    agree(client.put("/v1/admin/speakers/1/external-ids", json=body, headers=auth), False)


@pytest.mark.parametrize(
    "path",
    ["/v1/articles", "/v1/quotations", "/v1/speakers", "/v1/outlets", "/v1/admin/corrections"],
)
@pytest.mark.parametrize("cursor", ["", "not a cursor!", "%%%"])
def test_cursor_alphabet_is_in_the_contract(
    client: FlaskClient, auth: dict[str, str], path: str, cursor: str
) -> None:
    assert not contract_accepts(query_schema(path, "cursor"), cursor)
    agree(client.get(path, query_string={"cursor": cursor}, headers=auth), False)


def test_a_real_cursor_matches_the_contract(client: FlaskClient, auth: dict[str, str]) -> None:
    for n in range(3):
        client.post("/v1/articles", json={"text": f"Article number {n}."}, headers=auth)
    cursor = client.get("/v1/articles", query_string={"limit": 1}).get_json()["next_cursor"]
    assert cursor and contract_accepts(query_schema("/v1/articles", "cursor"), cursor)
    agree(client.get("/v1/articles", query_string={"cursor": cursor}), True)


@pytest.mark.parametrize("value", ["word", "nul\u0000byte"])
def test_nul_in_query_text_is_in_the_contract(client: FlaskClient, value: str) -> None:
    expected = contract_accepts(query_schema("/v1/quotations", "q"), value)
    assert expected == ("\u0000" not in value)
    agree(client.get("/v1/quotations", query_string={"q": value}), expected)


@pytest.mark.parametrize(
    "published_at",
    ["2024-05-01T10:00:00Z", "1001-01-01T00:00:00+01:00", "0999-12-31T00:00:00Z", "9999-01-01T00:00:00Z"],
)
def test_publication_years_are_in_the_contract(
    client: FlaskClient, auth: dict[str, str], published_at: str
) -> None:
    body = {"text": "A short article.", "published_at": published_at}
    expected = contract_accepts(body_schema("ArticleCreate"), body)
    assert expected == (published_at[:4] in ("2024", "1001"))
    agree(client.post("/v1/articles", json=body, headers=auth), expected)
    query = {"published_after": published_at}
    agree(
        client.get("/v1/articles", query_string=query),
        contract_accepts(query_schema("/v1/articles", "published_after"), published_at),
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("0", "x"),
        ("Wikidata", "x"),
        ("has-dash", "x"),
        ("_x", "x"),
        ("viaf", ""),
        ("viaf", " "),
        ("viaf", "\x1f"),
        ("viaf", "\x85"),
    ],
)
def test_external_id_key_rule_is_in_the_contract(
    client: FlaskClient, auth: dict[str, str], post_article: Any, key: str, value: str
) -> None:
    article = post_article(text='"The harbour wall will be finished by June," said Naomi Pereira.')
    (speaker_id,) = {q["speaker"]["id"] for q in article["quotations"] if q["speaker"]}
    body = {"external_ids": {key: value}}
    assert not contract_accepts(body_schema("ExternalIds"), body)
    agree(client.put(f"/v1/admin/speakers/{speaker_id}/external-ids", json=body, headers=auth), False)


def test_an_empty_outlet_update_is_refused_by_the_contract(client: FlaskClient, auth: dict[str, str]) -> None:
    assert not contract_accepts(body_schema("UpdateOutlet"), {})
    agree(client.patch("/v1/admin/outlets/1", json={}, headers=auth), False)
