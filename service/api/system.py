"""Service routes outside /v1: health and the contract."""

from __future__ import annotations

from typing import Any

from flask import Response
from sqlalchemy import text

from schemas.system import HealthSchema
from service.api.common import Blueprint
from service.db import session
from service.pipeline import EXTRACTOR_VERSION

blp = Blueprint("system", __name__, description="Health and the API contract.")


@blp.route("/health", methods=["GET"])
@blp.response(200, HealthSchema)
@blp.doc(operationId="getHealth", summary="Liveness with a database round trip (503 when it is down)")
def health() -> dict[str, Any]:
    session().execute(text("SELECT 1"))
    return {"status": "ok", "database": "ok", "extractor_version": EXTRACTOR_VERSION}


@blp.route("/openapi.yaml", methods=["GET"])
@blp.doc(operationId="getOpenapiYaml", summary="This contract (OpenAPI 3.1, YAML)")
@blp.response(200, description="The OpenAPI document.", content_type="application/yaml")
def openapi_yaml() -> Response:
    from service.openapi import render_yaml

    return Response(render_yaml(), mimetype="application/yaml")
