"""/v1/quotations/match and /v1/quotations/{id}/appearances: verification of words, and where one
statement appeared. (A blueprint of its own next to the quotations one, under the same prefix.)"""

from __future__ import annotations

from typing import Any

from schemas.common import PageArgsSchema
from schemas.matching import AppearancePageSchema, MatchRequestSchema, MatchResultSchema
from service.api.common import Blueprint, json_body, not_found
from service.db import session
from service.store import appearances, matching
from service.store import quotations as quotation_store

blp = Blueprint(
    "verification",
    __name__,
    url_prefix="/v1/quotations",
    description="Did X say this? Where else did the same statement appear?",
)


@blp.route("/match", methods=["POST"])
@json_body
@blp.arguments(MatchRequestSchema)
@blp.response(200, MatchResultSchema)
@blp.doc(
    operationId="matchQuotation",
    summary="Find stored quotations saying these words, exactly or approximately",
    description="Read-only (no API key). Flags the same words attributed to different speakers.",
)
def match_quotation(body: dict[str, Any]) -> dict[str, Any]:
    return matching.match(session(), **body)


@blp.route("/<int(max=2147483647):quotation_id>/appearances", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query", as_kwargs=True)
@blp.response(200, AppearancePageSchema)
@blp.doc(operationId="listQuotationAppearances", summary="Every appearance of this statement, earliest first")
def list_appearances(quotation_id: int, limit: int, cursor: int | None = None) -> dict[str, Any]:
    db = session()
    quotation = quotation_store.get_quotation(db, quotation_id)
    if quotation is None:
        raise not_found("quotation", quotation_id)
    page = appearances.appearances(db, quotation, after=cursor, limit=limit)
    return {"items": list(page.items), "next_cursor": page.next_cursor}
