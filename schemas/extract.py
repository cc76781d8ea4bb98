"""POST /v1/extract: text in, quotations out, nothing stored."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.articles import ZoneSchema
from schemas.common import (
    OUTLET_KINDS,
    QUOTATION_KINDS,
    RESOLUTIONS,
    SPEAKER_KINDS,
    SpanSchema,
    StrictSchema,
    Text,
)
from schemas.quotations import TextQuoteSelectorSchema


class ExtractRequestSchema(StrictSchema):
    text = Text(required=True, validate=validate.Length(min=1))
    title = Text(validate=validate.Length(min=1, max=1000))


class ExtractedSpeakerSchema(ma.Schema):
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(SPEAKER_KINDS))
    role = fields.String(required=True, allow_none=True)


class ExtractedOutletSchema(ma.Schema):
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(OUTLET_KINDS))


class ExtractedViaSchema(ma.Schema):
    outlet = fields.Nested(ExtractedOutletSchema, required=True)
    mention = fields.Nested(SpanSchema, required=True)


class ExtractedQuotationSchema(ma.Schema):
    kind = fields.String(required=True, validate=validate.OneOf(QUOTATION_KINDS))
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    selector = fields.Nested(TextQuoteSelectorSchema, required=True)
    sentence = fields.Nested(SpanSchema, required=True)
    speaker = fields.Nested(ExtractedSpeakerSchema, required=True, allow_none=True)
    speaker_mention = fields.Nested(SpanSchema, required=True, allow_none=True)
    resolution = fields.String(required=True, validate=validate.OneOf(RESOLUTIONS))
    cue = fields.Nested(SpanSchema, required=True, allow_none=True)
    via = fields.List(fields.Nested(ExtractedViaSchema), required=True)
    confidence = fields.Float(required=True)
    extractor_version = fields.String(required=True)


class ExtractedWireCreditSchema(ma.Schema):
    outlet = fields.Nested(ExtractedOutletSchema, required=True)
    mention = fields.Nested(SpanSchema, required=True)


class ExtractResultSchema(ma.Schema):
    extractor_version = fields.String(required=True)
    quotations = fields.List(fields.Nested(ExtractedQuotationSchema), required=True)
    zones = fields.List(fields.Nested(ZoneSchema), required=True)
    wire_credits = fields.List(fields.Nested(ExtractedWireCreditSchema), required=True)
