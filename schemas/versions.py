"""Article versions: each stored text of an article, with the quotations as they stood in it."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.quotations import QuotationSchema


class ArticleVersionSummarySchema(ma.Schema):
    version = fields.Integer(required=True)
    sha256 = fields.String(required=True)
    ingested_at = fields.DateTime(required=True)
    extractor_version = fields.String(required=True)
    length = fields.Integer(required=True, metadata={"description": "Characters of text."})
    current = fields.Boolean(required=True)
    quotation_count = fields.Integer(required=True, metadata={"description": "Quotations present in it."})
    gone_count = fields.Integer(required=True, metadata={"description": "Quotations that went with it."})


class ArticleVersionPageSchema(ma.Schema):
    items = fields.List(fields.Nested(ArticleVersionSummarySchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class VersionQuotationSchema(QuotationSchema):
    anchor = fields.String(
        required=True,
        validate=validate.OneOf(["current", "extracted", "exact", "fuzzy"]),
        metadata={"description": "current: where it stands now; otherwise how it stood in this version."},
    )


class ArticleVersionSchema(ma.Schema):
    article_id = fields.Integer(required=True)
    version = fields.Integer(required=True)
    sha256 = fields.String(required=True)
    ingested_at = fields.DateTime(required=True)
    extractor_version = fields.String(required=True)
    current = fields.Boolean(required=True)
    text = fields.String(required=True)
    quotations = fields.List(fields.Nested(VersionQuotationSchema), required=True)
