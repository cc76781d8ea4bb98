"""/health, the served contract and the interactive docs."""

from __future__ import annotations


def test_health_checks_the_database(client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok" and response.get_json()["database"] == "ok"


def test_openapi_yaml_and_docs_are_served(client) -> None:
    spec = client.get("/openapi.yaml")
    assert spec.status_code == 200 and spec.data.startswith(b"openapi: 3.1.0")
    docs = client.get("/docs")
    assert docs.status_code == 200 and b"swagger-ui" in docs.data and b"/openapi.json" in docs.data
