"""Quotations: what was said, where in the text, by whom, and through which intermediaries."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import (
    QUOTATION_KINDS,
    RESOLUTIONS,
    DateRangeArgsMixin,
    Id,
    OutletRefSchema,
    PageArgsSchema,
    SpanSchema,
    Text,
)


class TextQuoteSelectorSchema(ma.Schema):
    """W3C Web Annotation TextQuoteSelector: re-anchors the quotation in the text without offsets."""

    class Meta:
        description = (
            "W3C Web Annotation TextQuoteSelector: re-anchors the quotation in the text without offsets."
        )

    type = fields.String(required=True, validate=validate.OneOf(["TextQuoteSelector"]))
    exact = fields.String(required=True)
    prefix = fields.String(required=True)
    suffix = fields.String(required=True)


class SpeakerRefSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class ViaSchema(ma.Schema):
    outlet = fields.Nested(OutletRefSchema, required=True)
    mention = fields.Nested(SpanSchema, required=True)


class ArticleRefSchema(ma.Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True, allow_none=True)
    outlet = fields.Nested(OutletRefSchema, required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    version = fields.Integer(required=True)


class QuotationSchema(ma.Schema):
    class Meta:
        description = (
            "A quotation or reported statement: what was said, where in the text, "
            "who said it, and through whom."
        )

    id = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(QUOTATION_KINDS))
    text = fields.String(required=True, metadata={"description": "The content, exactly as in the text."})
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    selector = fields.Nested(TextQuoteSelectorSchema, required=True)
    sentence = fields.Nested(SpanSchema, required=True)
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True)
    speaker_name = fields.String(
        required=True, allow_none=True, metadata={"description": "The speaker as this article names them."}
    )
    speaker_mention = fields.Nested(SpanSchema, required=True, allow_none=True)
    resolution = fields.String(required=True, validate=validate.OneOf(RESOLUTIONS))
    cue = fields.Nested(SpanSchema, required=True, allow_none=True)
    via = fields.List(fields.Nested(ViaSchema), required=True)
    confidence = fields.Float(required=True)
    extractor_version = fields.String(required=True)
    cluster_id = fields.Integer(
        required=True,
        metadata={
            "description": "Its appearances cluster: the stored quotations carrying the same statement "
            "(wire copy, re-reports, trimmed variants); GET /v1/quotations/{id}/appearances lists them."
        },
    )
    appearance_count = fields.Integer(
        required=True,
        validate=validate.Range(min=1),
        metadata={
            "description": "How many stored quotations carry this statement, itself and those edited out "
            "since included: the length of its appearances list (1: this article only)."
        },
    )
    gone_in_version = fields.Integer(
        required=True,
        allow_none=True,
        metadata={
            "description": "The article version it was no longer found in (edited out; article.version is "
            "the last version that has it); null while the current version still has it."
        },
    )
    article = fields.Nested(ArticleRefSchema, required=True)


class QuotationPageSchema(ma.Schema):
    class Meta:
        description = (
            "A page of quotations in id order; pass next_cursor as cursor for the next page (null: no more)."
        )

    items = fields.List(fields.Nested(QuotationSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class QuotationArgsSchema(DateRangeArgsMixin, PageArgsSchema):
    speaker_id = Id(metadata={"description": "Only this speaker's quotations."})
    speaker = Text(
        validate=validate.Length(min=1, max=300),
        metadata={"description": "Speaker name or alias (case-insensitive substring)."},
    )
    outlet = Text(
        validate=validate.Length(min=1, max=200),
        metadata={"description": "The article's outlet (name or alias)."},
    )
    outlet_id = Id()
    via = Text(
        validate=validate.Length(min=1, max=200),
        metadata={"description": "An intermediary the quotation came through (outlet name or alias)."},
    )
    via_outlet_id = Id()
    kind = fields.String(validate=validate.OneOf(QUOTATION_KINDS))
    q = Text(
        validate=validate.Length(min=1, max=500),
        metadata={
            "description": 'Full-text search: words and "quoted phrases" that must all occur (case, '
            "accents and punctuation ignored); results are ranked best first. Of more than 5,000 "
            "matches, only the 5,000 shortest are ranked and listed: add words to narrow the search."
        },
    )
