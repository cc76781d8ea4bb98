"""/v1/quotations: search every stored quotation."""

from __future__ import annotations

from typing import Any

from schemas.quotations import QuotationArgsSchema, QuotationPageSchema, QuotationSchema
from service.api.common import Blueprint, not_found, page_body
from service.db import session
from service.store import quotations as quotation_store
from service.store import search

blp = Blueprint(
    "quotations", __name__, url_prefix="/v1/quotations", description="What was said, by whom, via whom."
)


@blp.route("", methods=["GET"])
@blp.arguments(QuotationArgsSchema, location="query", as_kwargs=True)
@blp.response(200, QuotationPageSchema)
@blp.doc(operationId="listQuotations", summary="Search quotations")
def list_quotations(limit: int, cursor: int | None = None, **filters: Any) -> dict[str, Any]:
    # With q: ranked full-text search (service/store/search.py); without: the id-ordered list.
    db = session()
    page = search.list_quotations(db, quotation_store.QuotationFilters(**filters), after=cursor, limit=limit)
    return page_body(page, quotation_store.describer(db, page.items))


@blp.route("/<int(max=2147483647):quotation_id>", methods=["GET"])
@blp.response(200, QuotationSchema)
@blp.doc(operationId="getQuotation", summary="One quotation")
def get_quotation(quotation_id: int) -> dict[str, Any]:
    quotation = quotation_store.get_quotation(session(), quotation_id)
    if quotation is None:
        raise not_found("quotation", quotation_id)
    return quotation_store.describe(quotation)
