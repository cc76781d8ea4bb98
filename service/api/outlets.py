"""/v1/outlets: publishers and intermediaries."""

from __future__ import annotations

from typing import Any

from schemas.articles import ArticlePageSchema
from schemas.common import PageArgsSchema
from schemas.outlets import OutletArgsSchema, OutletPageSchema, OutletSchema
from service.api.common import Blueprint, not_found, page_body
from service.db import session
from service.store import articles as article_store
from service.store import outlets as outlet_store

blp = Blueprint("outlets", __name__, url_prefix="/v1/outlets", description="Publishers and intermediaries.")


@blp.route("", methods=["GET"])
@blp.arguments(OutletArgsSchema, location="query", as_kwargs=True)
@blp.response(200, OutletPageSchema)
@blp.doc(operationId="listOutlets", summary="List or search outlets")
def list_outlets(limit: int, cursor: int | None = None, **filters: Any) -> dict[str, Any]:
    db = session()
    page = outlet_store.list_outlets(db, after=cursor, limit=limit, **filters)
    counts = outlet_store.outlet_counts(db, [o.id for o in page.items])
    return page_body(page, lambda o: outlet_store.describe(o, counts[o.id]))


@blp.route("/<int(max=2147483647):outlet_id>", methods=["GET"])
@blp.response(200, OutletSchema)
@blp.doc(operationId="getOutlet", summary="One outlet with its counts")
def get_outlet(outlet_id: int) -> dict[str, Any]:
    db = session()
    outlet = outlet_store.get_outlet(db, outlet_id)
    if outlet is None:
        raise not_found("outlet", outlet_id)
    return outlet_store.describe(outlet, outlet_store.outlet_counts(db, [outlet.id])[outlet.id])


@blp.route("/<int(max=2147483647):outlet_id>/articles", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query", as_kwargs=True)
@blp.response(200, ArticlePageSchema)
@blp.doc(operationId="listOutletArticles", summary="The articles an outlet published")
def list_outlet_articles(outlet_id: int, limit: int, cursor: int | None = None) -> dict[str, Any]:
    db = session()
    if outlet_store.get_outlet(db, outlet_id) is None:
        raise not_found("outlet", outlet_id)
    page = article_store.list_articles(
        db, article_store.ArticleFilters(outlet_id=outlet_id), after=cursor, limit=limit
    )
    counts = article_store.quotation_count(db, [a.id for a in page.items])
    return page_body(page, lambda a: article_store.describe(a, with_text=False, quotation_count=counts[a.id]))
