"""Helpers for the API tests: posting articles through the real endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient


@pytest.fixture
def post_article(client: FlaskClient, auth: dict[str, str]) -> Callable[..., Any]:
    """POST /v1/articles with a valid key; asserts success and returns the JSON body."""

    def post(expected: int = 201, **body: Any) -> dict[str, Any]:
        response = client.post("/v1/articles", json=body, headers=auth)
        assert response.status_code == expected, response.get_json()
        return response.get_json()

    return post
