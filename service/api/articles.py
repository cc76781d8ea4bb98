"""/v1/articles: ingest, list, read, delete; an article's quotations."""

from __future__ import annotations

from typing import Any

from flask import current_app

from schemas.articles import ArticleArgsSchema, ArticleCreateSchema, ArticlePageSchema, ArticleSchema
from schemas.common import PageArgsSchema
from schemas.quotations import QuotationPageSchema
from service.api.common import Blueprint, json_body, not_found, page_body, require_api_key
from service.db import session
from service.store import articles as article_store
from service.store import quotations as quotation_store
from service.store.fetch import FetchLimits

blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="News articles and their text.")


def fetch_limits() -> FetchLimits:
    config = current_app.config
    return FetchLimits(
        timeout=tuple(config["FETCH_TIMEOUT"]),
        max_bytes=config["FETCH_MAX_BYTES"],
        max_redirects=config["FETCH_MAX_REDIRECTS"],
        user_agent=config["FETCH_USER_AGENT"],
        allow_private=bool(config["FETCH_ALLOW_PRIVATE"]),
    )


@blp.route("", methods=["POST"])
@require_api_key
@json_body
@blp.arguments(ArticleCreateSchema)
@blp.response(201, ArticleSchema, description="The article was new: stored with its quotations.")
@blp.alt_response(200, schema=ArticleSchema, description="The same content was already stored.", success=True)
@blp.doc(operationId="createArticle", summary="Ingest an article (text, html or url)")
def create_article(body: dict[str, Any]) -> Any:
    submission = article_store.Submission(**body)
    article, created = article_store.ingest(session(), submission, limits=fetch_limits())
    return article_store.describe(article), 201 if created else 200


@blp.route("", methods=["GET"])
@blp.arguments(ArticleArgsSchema, location="query", as_kwargs=True)
@blp.response(200, ArticlePageSchema)
@blp.doc(operationId="listArticles", summary="List articles")
def list_articles(limit: int, cursor: int | None = None, **filters: Any) -> dict[str, Any]:
    db = session()
    page = article_store.list_articles(db, article_store.ArticleFilters(**filters), after=cursor, limit=limit)
    counts = article_store.quotation_count(db, [a.id for a in page.items])
    return page_body(page, lambda a: article_store.describe(a, with_text=False, quotation_count=counts[a.id]))


@blp.route("/<int(max=2147483647):article_id>", methods=["GET"])
@blp.response(200, ArticleSchema)
@blp.doc(operationId="getArticle", summary="An article with its text and quotations")
def get_article(article_id: int) -> dict[str, Any]:
    article = article_store.get_article(session(), article_id)
    if article is None:
        raise not_found("article", article_id)
    return article_store.describe(article)


@blp.route("/<int(max=2147483647):article_id>", methods=["DELETE"])
@require_api_key
@blp.response(204)
@blp.doc(operationId="deleteArticle", summary="Delete an article with its versions and quotations")
def delete_article(article_id: int) -> None:
    if not article_store.delete_article(session(), article_id):
        raise not_found("article", article_id)


@blp.route("/<int(max=2147483647):article_id>/quotations", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query", as_kwargs=True)
@blp.response(200, QuotationPageSchema)
@blp.doc(operationId="listArticleQuotations", summary="The quotations of one article")
def list_article_quotations(article_id: int, limit: int, cursor: int | None = None) -> dict[str, Any]:
    db = session()
    if article_store.get_article(db, article_id) is None:
        raise not_found("article", article_id)
    filters = quotation_store.QuotationFilters(article_id=article_id)
    page = quotation_store.list_quotations(db, filters, after=cursor, limit=limit)
    return page_body(page, quotation_store.describer(db, page.items))
