"""QuoteTrail: quotations, speakers and provenance from news articles."""

from __future__ import annotations

from typing import Any

from flask import Flask

from service import config as settings
from service.db import Database, make_engine
from service.db import init_app as init_db
from service.errors import register_error_handlers


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The app factory: settings from defaults < environment < ``config``; database bound here."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(settings.DEFAULTS)
    app.config.from_mapping(settings.from_environment())
    app.config.from_mapping(config or {})
    if isinstance(app.config["API_KEYS"], str):
        app.config["API_KEYS"] = settings.parse_api_keys(app.config["API_KEYS"])
    if not app.config["DATABASE_URL"]:
        app.config["DATABASE_URL"] = settings.default_database_url(app.instance_path)
    app.json.sort_keys = False  # type: ignore[attr-defined]

    database = app.config.get("DATABASE") or Database(make_engine(app.config["DATABASE_URL"]))
    init_db(app, database)
    register_error_handlers(app)

    from service.api import register_api

    register_api(app)
    return app
