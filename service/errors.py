"""The one error handler: every failure leaves as RFC 9457 application/problem+json."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, json, request
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
# RFC 9457 §4.2.1: "about:blank" says the problem means no more than its HTTP status; title and detail
# carry the specifics. No made-up type URIs that nobody can dereference.
DEFAULT_TYPE = "about:blank"


class Problem(Exception):
    """An error the service answers with on purpose (raised from services and views)."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        title: str | None = None,
        type_: str | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or title or HTTPStatus(status).phrase)
        self.status = status
        self.detail = detail
        self.title = title or HTTPStatus(status).phrase
        self.type = type_ or _type_for(status)
        self.errors = errors
        self.headers = headers or {}


def _type_for(_status: int) -> str:
    return DEFAULT_TYPE


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    title: str | None = None,
    type_: str | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": type_ or _type_for(status),
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail or HTTPStatus(status).description,
        "instance": _instance(),
    }
    if errors is not None:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _instance() -> str:
    try:
        return request.full_path.rstrip("?") if request.query_string else request.path
    except RuntimeError:
        return "/"


# webargs locations → the names a client knows.
_LOCATIONS = {
    "json": "body",
    "form": "body",
    "query": "query",
    "view_args": "path",
    "path": "path",
    "headers": "header",
}


def flatten_messages(messages: Any, location: str | None = None) -> list[dict[str, str]]:
    """marshmallow/webargs nested messages → [{"field", "location", "message"}] sorted for stable output."""
    out: list[dict[str, str]] = []

    def walk(node: Any, path: list[str]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, [*path, str(key)])
        elif isinstance(node, list | tuple):
            if all(isinstance(item, str) for item in node):
                for item in node:
                    out.append(_entry(path, item))
            else:
                for item in node:
                    walk(item, path)
        else:
            out.append(_entry(path, str(node)))

    def _entry(path: list[str], message: str) -> dict[str, str]:
        loc = location
        rest = path
        if loc is None and path and path[0] in _LOCATIONS:
            loc, rest = _LOCATIONS[path[0]], path[1:]
        field = ".".join(rest) if rest else "_schema"
        return {"field": field, "location": loc or "body", "message": message}

    walk(messages, [])
    return out


def handle_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    headers = dict(data.get("headers") or {})
    if status == 405 and error.valid_methods:
        headers["Allow"] = ", ".join(sorted(error.valid_methods))
    errors = None
    messages = data.get("errors") or data.get("messages")
    if messages is not None:
        errors = flatten_messages(messages)
    elif status == 422:
        errors = []
    if status >= 500:
        # Never echo an internal error's text to the client.
        detail = HTTPStatus(status).description
    else:
        detail = data.get("message") or error.description
        if errors and not data.get("message"):
            detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
    return problem_response(status, detail, errors=errors, headers=headers)


def _handle_problem(error: Problem) -> Response:
    return problem_response(
        error.status,
        error.detail,
        title=error.title,
        type_=error.type,
        errors=error.errors,
        headers=error.headers,
    )


def is_unavailable(error: BaseException) -> bool:
    """Whether a database error means the database cannot be reached (as opposed to a bug)."""
    if isinstance(error, PoolTimeoutError):
        return True
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError)


def _handle_database_error(error: DBAPIError) -> Response:
    if is_unavailable(error):
        log.warning("database unavailable: %s", error.__class__.__name__)
        _drop_session()
        return problem_response(
            503, "The database is unavailable; retry shortly.", headers={"Retry-After": "5"}
        )
    log.exception("database error", exc_info=error)
    _drop_session()
    return problem_response(500)


def _drop_session() -> None:
    from flask import g

    db_session = g.pop("db_session", None)
    if db_session is not None:
        try:
            db_session.close()
        except Exception:  # the connection may already be gone; the pool replaces it
            log.debug("closing a broken session failed", exc_info=True)


def _handle_unexpected(error: Exception) -> Response:
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    log.exception("unhandled error", exc_info=error)
    _drop_session()
    return handle_http_exception(InternalServerError())


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Problem, _handle_problem)
    app.register_error_handler(DBAPIError, _handle_database_error)
    app.register_error_handler(PoolTimeoutError, _handle_database_error)
    app.register_error_handler(Exception, _handle_unexpected)
