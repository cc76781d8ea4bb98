"""HTTP API: one blueprint per resource, under /v1 (health and the contract at the root)."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, json
from flask_smorest import Api
from marshmallow import fields

from schemas.common import ProblemSchema
from service.errors import handle_http_exception


class QuoteTrailApi(Api):
    # The documented error body is the problem document the central handler writes.
    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: Any) -> Any:
        return handle_http_exception(error)

    def _openapi_json(self) -> Any:
        # The interactive docs read the same post-processed 3.1 document as /openapi.yaml.
        from service.openapi import build_spec

        app = current_app._get_current_object()  # type: ignore[attr-defined]
        return app.response_class(json.dumps(build_spec(app), indent=2), mimetype="application/json")


def dict_keys2properties(self: Any, field: Any, **_kwargs: Any) -> dict[str, Any]:
    """A Dict field's key rules as the object's propertyNames (apispec documents only its values)."""
    if isinstance(field, fields.Dict) and field.key_field is not None:
        return {"propertyNames": self.field2property(field.key_field)}
    return {}


def register_api(app: Flask) -> QuoteTrailApi:
    from service.api import (
        admin,
        articles,
        extract,
        matching,
        outlet_quotations,
        outlets,
        quotations,
        speakers,
        system,
        versions,
    )

    api = QuoteTrailApi(
        app,
        spec_kwargs={"info": {"description": "Quotations, speakers and provenance from news articles."}},
    )
    api.ma_plugin.converter.add_attribute_function(dict_keys2properties)
    for module in (
        *(articles, quotations, speakers, outlets, extract, system),
        *(versions, matching, outlet_quotations, admin),  # issue 4
    ):
        api.register_blueprint(module.blp)
    app.extensions["quotetrail_api"] = api
    return api
