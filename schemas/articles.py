"""Articles: what a client submits and what the service stores and shows."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import (
    DateRangeArgsMixin,
    Id,
    OutletRefSchema,
    PageArgsSchema,
    SpanSchema,
    StrictSchema,
    Text,
    UTCDateTimeField,
)
from schemas.quotations import QuotationSchema

PUBLISHED_AT_SOURCES = ("client", "html_meta", "text")
ZONE_KINDS = ("main", "title", "boilerplate")


class ArticleCreateSchema(StrictSchema):
    """Exactly one of text, html or url."""

    class Meta(StrictSchema.Meta):
        description = (
            "An article to ingest: exactly one of text, html or url (fetched by the service), "
            "plus optional metadata."
        )

    # "Exactly one of text, html, url" as "not (two of them, or none)": a `not` that client generators
    # ignore, where a top-level oneOf makes openapi-python-client drop the model.
    OPENAPI_RULES = {
        "not": {
            "anyOf": [
                {"required": ["text", "html"]},
                {"required": ["text", "url"]},
                {"required": ["html", "url"]},
                {"not": {"anyOf": [{"required": ["text"]}, {"required": ["html"]}, {"required": ["url"]}]}},
            ]
        }
    }

    text = Text(validate=validate.Length(min=1), metadata={"description": "Plain text of the article."})
    html = Text(validate=validate.Length(min=1), metadata={"description": "HTML of the article page."})
    url = fields.Url(
        schemes={"http", "https"},
        require_tld=False,
        validate=validate.Length(max=2048),
        metadata={
            "description": "Fetched by the service (text/html or text/plain).",
            "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?$",
        },
    )
    title = Text(validate=validate.Length(min=1, max=1000))
    outlet = Text(validate=validate.Length(min=1, max=200), metadata={"description": "Publisher name."})
    published_at = UTCDateTimeField(metadata={"description": "ISO 8601; without an offset it is UTC."})
    authors = fields.List(Text(validate=validate.Length(min=1, max=300)), validate=validate.Length(max=50))
    language = Text(validate=validate.Length(min=2, max=16), metadata={"description": "BCP 47 tag, e.g. en."})

    @ma.validates_schema
    def exactly_one_source(self, data: dict, **kwargs: object) -> None:
        given = [name for name in ("text", "html", "url") if name in data]
        if len(given) != 1:
            raise ma.ValidationError("Give exactly one of text, html or url.", field_name="_schema")


class ZoneSchema(ma.Schema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(ZONE_KINDS))


class WireCreditSchema(ma.Schema):
    outlet = fields.Nested(OutletRefSchema, required=True)
    mention = fields.Nested(SpanSchema, required=True)


class ArticleSummarySchema(ma.Schema):
    id = fields.Integer(required=True)
    url = fields.String(required=True, allow_none=True)
    title = fields.String(required=True, allow_none=True)
    outlet = fields.Nested(OutletRefSchema, required=True, allow_none=True)
    authors = fields.List(fields.String(), required=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    published_at_source = fields.String(
        required=True, allow_none=True, validate=validate.OneOf(PUBLISHED_AT_SOURCES)
    )
    language = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "As the client or the page declared it; otherwise guessed from the text's "
            "function words (en, fr, es, de, it, pt, nl, ru), null when the text is too short to tell."
        },
    )
    sha256 = fields.String(required=True, metadata={"description": "SHA-256 of the stored text (UTF-8)."})
    version = fields.Integer(required=True)
    ingested_at = fields.DateTime(required=True)
    extractor_version = fields.String(required=True)
    wire_credits = fields.List(fields.Nested(WireCreditSchema), required=True)
    quotation_count = fields.Integer(required=True)


class ArticleSchema(ArticleSummarySchema):
    text = fields.String(required=True, metadata={"description": "The stored text every offset refers to."})
    zones = fields.List(fields.Nested(ZoneSchema), required=True)
    quotations = fields.List(fields.Nested(QuotationSchema), required=True)


class ArticlePageSchema(ma.Schema):
    class Meta:
        description = (
            "A page of articles in id order; pass next_cursor as cursor for the next page (null: no more)."
        )

    items = fields.List(fields.Nested(ArticleSummarySchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class ArticleArgsSchema(DateRangeArgsMixin, PageArgsSchema):
    outlet = Text(validate=validate.Length(min=1, max=200), metadata={"description": "Outlet name or alias."})
    outlet_id = Id()
    q = Text(validate=validate.Length(min=1, max=500), metadata={"description": "Text in the title or body."})
    url = Text(validate=validate.Length(min=1, max=2048))
