"""Verification ("did X say this?") and appearances of one statement across articles."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import Id, OutletRefSchema, StrictSchema, Text
from schemas.quotations import QuotationSchema, SpeakerRefSchema

MATCH_KINDS = ("exact", "part_of_quotation", "part_of_query", "approximate")


class MatchRequestSchema(StrictSchema):
    OPENAPI_RULES = {"not": {"required": ["speaker_id", "speaker"]}}

    text = Text(
        required=True,
        validate=validate.Length(min=1, max=5000),
        metadata={
            "description": "The words to verify, at least 3 (runs of letters or digits); quotation marks, "
            "case and '…' gaps do not matter."
        },
    )
    speaker_id = Id(metadata={"description": "Did this speaker say it?"})
    speaker = Text(
        validate=validate.Length(min=1, max=300),
        metadata={"description": "Did this speaker (name or spelling variant) say it?"},
    )
    min_similarity = fields.Float(load_default=0.8, validate=validate.Range(min=0.5, max=1.0))
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))

    @ma.validates_schema
    def one_speaker(self, data: dict, **_kwargs: object) -> None:
        if "speaker_id" in data and "speaker" in data:
            raise ma.ValidationError("Give speaker_id or speaker, not both.", field_name="_schema")


class MatchQuerySchema(ma.Schema):
    text = fields.String(required=True)
    normalised = fields.String(required=True, metadata={"description": "The words as compared."})


class AttributionSchema(ma.Schema):
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True)
    count = fields.Integer(required=True)
    first_seen = fields.DateTime(required=True)
    first_quotation_id = fields.Integer(required=True)


class MatchSchema(ma.Schema):
    similarity = fields.Float(required=True, metadata={"description": "0..1"})
    match = fields.String(
        required=True,
        validate=validate.OneOf(MATCH_KINDS),
        metadata={
            "description": "exact; part_of_quotation (the text is a truncation of it); part_of_query (it is "
            "a trimmed part of the text); approximate (changed words)."
        },
    )
    seen_at = fields.DateTime(required=True, metadata={"description": "Published, else ingested."})
    is_first = fields.Boolean(required=True, metadata={"description": "The earliest appearance found."})
    by_requested_speaker = fields.Boolean(required=True, allow_none=True)
    cluster_id = fields.Integer(required=True, metadata={"description": "Its appearances cluster."})
    quotation = fields.Nested(QuotationSchema, required=True)


class MatchResultSchema(ma.Schema):
    query = fields.Nested(MatchQuerySchema, required=True)
    requested_speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True)
    said_by_requested_speaker = fields.Boolean(
        required=True, allow_none=True, metadata={"description": "null when no speaker was asked about."}
    )
    conflicting_attribution = fields.Boolean(
        required=True, metadata={"description": "The same words are attributed to different speakers."}
    )
    attributions = fields.List(fields.Nested(AttributionSchema), required=True)
    first_appearance_id = fields.Integer(required=True, allow_none=True)
    total = fields.Integer(required=True)
    matches = fields.List(fields.Nested(MatchSchema), required=True)


class AppearanceArticleSchema(ma.Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True, allow_none=True)
    url = fields.String(required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    version = fields.Integer(required=True)


class AppearanceSchema(ma.Schema):
    quotation_id = fields.Integer(required=True)
    text = fields.String(required=True)
    kind = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    seen_at = fields.DateTime(required=True)
    is_first = fields.Boolean(required=True)
    gone = fields.Boolean(required=True, metadata={"description": "Edited out of a later version."})
    similarity = fields.Float(required=True)
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True)
    article = fields.Nested(AppearanceArticleSchema, required=True)
    outlet = fields.Nested(OutletRefSchema, required=True, allow_none=True)
    via = fields.List(fields.Nested(OutletRefSchema), required=True)


class AppearancePageSchema(ma.Schema):
    items = fields.List(fields.Nested(AppearanceSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)
