"""/v1/articles/{id}/versions: every stored text of an article, with its quotations as they stood."""

from __future__ import annotations

from typing import Any

from schemas.common import PageArgsSchema
from schemas.versions import ArticleVersionPageSchema, ArticleVersionSchema
from service.api.common import Blueprint, not_found
from service.db import session
from service.errors import Problem
from service.store import articles as article_store
from service.store import versions
from service.store.pagination import encode_cursor

blp = Blueprint(
    "versions",
    __name__,
    url_prefix="/v1/articles/<int(max=2147483647):article_id>/versions",
    description="Article versions: re-ingested edits, quotations re-anchored or gone.",
)


@blp.route("", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query", as_kwargs=True)
@blp.response(200, ArticleVersionPageSchema)
@blp.doc(operationId="listArticleVersions", summary="An article's versions, oldest first")
def list_versions(article_id: int, limit: int, cursor: int | None = None) -> dict[str, Any]:
    db = session()
    article = article_store.get_article(db, article_id)
    if article is None:
        raise not_found("article", article_id)
    # The cursor carries the last version number shown.
    rows = [v for v in versions.list_versions(db, article) if cursor is None or v["version"] > cursor]
    page, more = rows[:limit], len(rows) > limit
    return {"items": page, "next_cursor": encode_cursor(page[-1]["version"]) if more else None}


@blp.route("/<int(max=2147483647):version>", methods=["GET"])
@blp.response(200, ArticleVersionSchema)
@blp.doc(operationId="getArticleVersion", summary="One version's text and quotations")
def get_version(article_id: int, version: int) -> dict[str, Any]:
    db = session()
    article = article_store.get_article(db, article_id)
    if article is None:
        raise not_found("article", article_id)
    found = versions.get_version(db, article, version)
    if found is None:
        raise Problem(404, f"Article {article_id} has no version {version}.")
    return found
