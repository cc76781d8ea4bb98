"""HTTP API: one blueprint per resource, all under /v1 (system routes at the root)."""

from __future__ import annotations

from flask import Flask
from flask_smorest import Api


def register_api(app: Flask) -> Api:
    api = Api(
        app, spec_kwargs={"info": {"description": "Quotations, speakers and provenance from news articles."}}
    )
    return api
