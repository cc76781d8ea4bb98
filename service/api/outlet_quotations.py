"""/v1/outlets/{id}/quotations: what an outlet relayed (role=via) or published (role=publisher)."""

from __future__ import annotations

from typing import Any

from schemas.outlet_quotations import OutletQuotationArgsSchema
from schemas.quotations import QuotationPageSchema
from service.api.common import Blueprint, not_found, page_body
from service.db import session
from service.store import outlets as outlet_store
from service.store import quotations as quotation_store

blp = Blueprint(
    "outlet-quotations",
    __name__,
    url_prefix="/v1/outlets",
    description="Quotations by the outlet they came through or appeared in.",
)


@blp.route("/<int(max=2147483647):outlet_id>/quotations", methods=["GET"])
@blp.arguments(OutletQuotationArgsSchema, location="query", as_kwargs=True)
@blp.response(200, QuotationPageSchema)
@blp.doc(operationId="listOutletQuotations", summary="Quotations relayed through (or published by) an outlet")
def list_outlet_quotations(
    outlet_id: int, limit: int, role: str, cursor: int | None = None
) -> dict[str, Any]:
    db = session()
    if outlet_store.get_outlet(db, outlet_id) is None:
        raise not_found("outlet", outlet_id)
    if role == "via":
        filters = quotation_store.QuotationFilters(via_outlet_id=outlet_id)
    else:
        filters = quotation_store.QuotationFilters(outlet_id=outlet_id)
    page = quotation_store.list_quotations(db, filters, after=cursor, limit=limit)
    return page_body(page, quotation_store.describer(db, page.items))
