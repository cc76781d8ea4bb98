"""What every blueprint shares: the API-key check and page envelopes."""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import flask_smorest
from flask import current_app, request
from webargs.flaskparser import FlaskParser

from service.errors import Problem
from service.store.pagination import Page

F = TypeVar("F", bound=Callable[..., Any])


class Blueprint(flask_smorest.Blueprint):
    # webargs ignores unknown query parameters by default; the schemas' own RAISE reports them (422).
    ARGUMENTS_PARSER = FlaskParser(unknown=None)


API_KEY_HEADER = "X-API-Key"
SECURITY_SCHEME = "ApiKeyAuth"


def require_api_key(view: F) -> F:
    """Writes need a key from QUOTETRAIL_API_KEYS in the X-API-Key header (checked before the body)."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = request.headers.get(API_KEY_HEADER, "")
        keys = current_app.config["API_KEYS"]
        # Compare with every key, so the time taken does not tell which prefix matched.
        matched = False
        for key in keys:
            matched |= hmac.compare_digest(given.encode("utf-8", "replace"), key.encode("utf-8"))
        if not given or not matched:
            raise Problem(
                401,
                "A valid API key is required in the X-API-Key header."
                if keys
                else "Writes are disabled: the server has no API keys configured (QUOTETRAIL_API_KEYS).",
                headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
            )
        return view(*args, **kwargs)

    apidoc = getattr(wrapper, "_apidoc", {})
    wrapper._apidoc = {
        **apidoc,
        "manual_doc": {**apidoc.get("manual_doc", {}), "security": [{SECURITY_SCHEME: []}]},
    }  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def page_body(page: Page[Any], describe: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    return {"items": [describe(item) for item in page.items], "next_cursor": page.next_cursor}


def not_found(what: str, ident: int) -> Problem:
    return Problem(404, f"There is no {what} with id {ident}.")


def json_body(view: F) -> F:
    """The body must be JSON in UTF-8: 415 / 400 before the schema sees it (after the API-key check)."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check_json_body()
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def check_json_body() -> None:
    if not request.is_json:
        raise Problem(
            415,
            f"Send the body as application/json (got {request.mimetype or 'no Content-Type'}).",
            headers={"Accept-Post": "application/json"},
        )
    # Reading is bounded by MAX_CONTENT_LENGTH (413); the bytes are cached for the JSON parser.
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise Problem(
            400,
            "The request body is empty; send a JSON object.",
            errors=[{"field": "_schema", "location": "body", "message": "Empty body."}],
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Problem(
            400,
            f"The request body is not valid UTF-8 (byte {exc.start}).",
            errors=[{"field": "_schema", "location": "body", "message": "Invalid UTF-8."}],
        ) from None
    # Parsed here once so that hostile JSON (nesting deep enough to exhaust the parser's recursion) is a
    # 400 like any other malformed body; webargs parses the same cached bytes again afterwards.
    try:
        json.loads(text)
    except ValueError as exc:
        raise Problem(
            400,
            f"The request body is not valid JSON ({exc.__class__.__name__}).",
            errors=[{"field": "_schema", "location": "body", "message": "Invalid JSON body."}],
        ) from None
    except RecursionError:
        raise Problem(
            400,
            "The request body is nested too deeply.",
            errors=[{"field": "_schema", "location": "body", "message": "JSON nested too deeply."}],
        ) from None
