"""/v1/extract: run the extractor on a text without storing anything."""

from __future__ import annotations

from typing import Any

from schemas.extract import ExtractRequestSchema, ExtractResultSchema
from service.api.common import Blueprint, json_body
from service.store.extraction import extract_only

blp = Blueprint("extract", __name__, url_prefix="/v1/extract", description="Stateless extraction.")


@blp.route("", methods=["POST"])
@json_body
@blp.arguments(ExtractRequestSchema)
@blp.response(200, ExtractResultSchema)
@blp.doc(operationId="extractQuotations", summary="Quotations in a text; nothing is stored")
def extract(body: dict[str, Any]) -> dict[str, Any]:
    return extract_only(body["text"], title=body.get("title"))
