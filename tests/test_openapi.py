"""The committed contract is what the app generates, is valid OpenAPI 3.1, and is written the 3.1 way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from service import create_app
from service.openapi import build_spec, render_yaml

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    return yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generated_yaml() -> str:
    return render_yaml(create_app({"DATABASE_URL": "sqlite://"}))


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, m, op) for path, item in spec["paths"].items() for m, op in item.items() if m in METHODS]


def walk(node: Any, path: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{path}/{key}", key, value
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}/{i}")


def test_committed_file_matches_the_app(generated_yaml: str) -> None:
    assert OPENAPI_PATH.read_text(encoding="utf-8") == generated_yaml, (
        "openapi.yaml is stale: regenerate it with `make openapi`"
    )


def test_is_valid_openapi_31(committed: dict[str, Any]) -> None:
    assert committed["openapi"] == "3.1.0"
    validate(committed)


def test_no_30_nullable_keyword(committed: dict[str, Any]) -> None:
    offenders = [
        p for p, key, _ in walk(committed) if key == "nullable" and not p.endswith("/properties/nullable")
    ]
    assert offenders == []


def test_nullable_refs_use_anyof_null(committed: dict[str, Any]) -> None:
    outlet = committed["components"]["schemas"]["ArticleSummary"]["properties"]["outlet"]
    assert outlet == {"anyOf": [{"$ref": "#/components/schemas/OutletRef"}, {"type": "null"}]}
    assert committed["components"]["schemas"]["Article"]["properties"]["title"]["type"] == ["string", "null"]


def test_every_operation_has_a_unique_operation_id(committed: dict[str, Any]) -> None:
    ids = [op.get("operationId") for _, _, op in operations(committed)]
    assert all(ids) and len(ids) == len(set(ids))


def test_every_object_schema_is_a_named_component(committed: dict[str, Any]) -> None:
    """Request and response bodies refer to components; no anonymous object schema inline."""
    inline = []
    for path, method, op in operations(committed):
        bodies = [op.get("requestBody", {})] + list(op["responses"].values())
        for body in bodies:
            for media in body.get("content", {}).values():
                schema = media.get("schema", {})
                if "$ref" not in schema and schema.get("type") != "string":
                    inline.append(f"{method.upper()} {path}")
    assert inline == []
    for name, schema in committed["components"]["schemas"].items():
        for prop_path, key, value in walk(schema.get("properties", {})):
            if key == "type" and value == "object" and "additionalProperties" not in prop_path:
                # Only free-form maps (external_ids, a correction's payload) may be inline objects.
                assert prop_path.endswith(("external_ids/type", "payload/type")), f"{name}{prop_path}"


def test_pages_and_problem_are_components(committed: dict[str, Any]) -> None:
    schemas = committed["components"]["schemas"]
    for name in ("Problem", "FieldError", "ArticlePage", "QuotationPage", "SpeakerPage", "OutletPage"):
        assert name in schemas
    for page in ("ArticlePage", "QuotationPage", "SpeakerPage", "OutletPage"):
        assert set(schemas[page]["required"]) == {"items", "next_cursor"}
        assert schemas[page]["properties"]["next_cursor"]["type"] == ["string", "null"]


def test_errors_are_problem_json_on_every_operation(committed: dict[str, Any]) -> None:
    responses = committed["components"]["responses"]
    for name, response in responses.items():
        assert list(response["content"]) == ["application/problem+json"], name
    for path, method, op in operations(committed):
        assert op["responses"]["default"] == {"$ref": "#/components/responses/Problem"}, (method, path)
        assert "503" in op["responses"], (method, path)
        for status, response in op["responses"].items():
            if status == "default" or int(status) >= 400:
                assert "$ref" in response, (method, path, status)


def test_writes_need_the_api_key(committed: dict[str, Any]) -> None:
    scheme = committed["components"]["securitySchemes"]["ApiKeyAuth"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "X-API-Key"}
    secured = {op["operationId"] for _, _, op in operations(committed) if op.get("security")}
    admin = {
        "mergeSpeaker",
        "splitSpeaker",
        "renameSpeaker",
        "setSpeakerExternalIds",
        "mergeOutlet",
        "updateOutlet",
        "reextractArticle",
    }
    assert secured == {"createArticle", "deleteArticle", *admin}
    for _, _, op in operations(committed):
        if op.get("security"):
            assert "401" in op["responses"]


def test_spec_served_by_the_app_is_the_same(generated_yaml: str) -> None:
    app = create_app({"DATABASE_URL": "sqlite://"})
    client = app.test_client()
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.get_data(as_text=True) == generated_yaml
    as_json = client.get("/openapi.json").get_json()
    assert as_json == build_spec(app)
    docs = client.get("/docs")
    assert docs.status_code == 200 and b"swagger-ui" in docs.data


def test_request_bodies_are_closed_and_responses_open(committed: dict[str, Any]) -> None:
    schemas = committed["components"]["schemas"]
    bodies = {
        media["schema"]["$ref"].rsplit("/", 1)[-1]
        for _, _, op in operations(committed)
        for media in op.get("requestBody", {}).get("content", {}).values()
    }
    assert "ArticleCreate" in bodies and "ExtractRequest" in bodies
    for name, schema in schemas.items():
        assert schema.get("additionalProperties") is (False if name in bodies else None), name


def test_schema_descriptions(committed: dict[str, Any]) -> None:
    schemas = committed["components"]["schemas"]
    for name in ("Problem", "ArticleCreate", "Quotation", "QuotationPage", "TextQuoteSelector", "Span"):
        assert schemas[name].get("description"), name
