"""Settings: defaults, overridden by the environment, overridden by the dict given to create_app."""

from __future__ import annotations

import os
from typing import Any

DEFAULTS: dict[str, Any] = {
    "API_TITLE": "QuoteTrail",
    "API_VERSION": "1.0.0",
    "OPENAPI_VERSION": "3.1.0",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "/docs",
    "OPENAPI_SWAGGER_UI_URL": "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/",
    # Request bodies over this many bytes are answered with 413.
    "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
    "DATABASE_URL": None,  # None: a SQLite file in the instance folder
    "API_KEYS": (),
    "PAGE_DEFAULT_LIMIT": 20,
    "PAGE_MAX_LIMIT": 100,
    # URL ingest: what the fetcher accepts.
    "FETCH_TIMEOUT": (5.0, 15.0),
    "FETCH_MAX_BYTES": 5 * 1024 * 1024,
    "FETCH_MAX_REDIRECTS": 5,
    "FETCH_USER_AGENT": "QuoteTrail/1.0 (+https://github.com/quotetrail)",
    # Off by default: a URL (or a redirect) to a private/loopback address is refused (422).
    "FETCH_ALLOW_PRIVATE": False,
}


def parse_api_keys(raw: str | None) -> tuple[str, ...]:
    return tuple(key.strip() for key in (raw or "").split(",") if key.strip())


def from_environment(environ: os._Environ[str] | dict[str, str] | None = None) -> dict[str, Any]:
    environ = os.environ if environ is None else environ
    settings: dict[str, Any] = {}
    if environ.get("QUOTETRAIL_DATABASE_URL"):
        settings["DATABASE_URL"] = environ["QUOTETRAIL_DATABASE_URL"]
    if "QUOTETRAIL_API_KEYS" in environ:
        settings["API_KEYS"] = parse_api_keys(environ["QUOTETRAIL_API_KEYS"])
    if environ.get("QUOTETRAIL_FETCH_ALLOW_PRIVATE"):
        settings["FETCH_ALLOW_PRIVATE"] = environ["QUOTETRAIL_FETCH_ALLOW_PRIVATE"].lower() in {
            "1",
            "true",
            "yes",
        }
    if environ.get("QUOTETRAIL_MAX_CONTENT_LENGTH"):
        settings["MAX_CONTENT_LENGTH"] = int(environ["QUOTETRAIL_MAX_CONTENT_LENGTH"])
    return settings


def default_database_url(instance_path: str) -> str:
    os.makedirs(instance_path, exist_ok=True)
    return "sqlite:///" + os.path.join(instance_path, "quotetrail.sqlite3")
