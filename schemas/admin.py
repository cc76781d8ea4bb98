"""Admin corrections of identity (merge, split, rename, external ids) and their records."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import SPEAKER_KINDS, Id, PageArgsSchema, StrictSchema, Text

ENTITIES = ("speaker", "outlet")
ACTIONS = ("merge", "split", "rename", "external_ids")


class MergeSchema(StrictSchema):
    into_id = Id(required=True, metadata={"description": "The entry that remains; the one in the path goes."})


class SplitSpeakerSchema(StrictSchema):
    name = Text(
        required=True, validate=validate.Length(min=1, max=300), metadata={"description": "New speaker."}
    )
    aliases = fields.List(
        Text(validate=validate.Length(min=1, max=300)),
        load_default=list,
        validate=validate.Length(max=100),
        metadata={"description": "Names that belong to the new speaker; quotations naming them move."},
    )
    quotation_ids = fields.List(
        Id(),
        load_default=list,
        validate=validate.Length(max=1000),
        metadata={"description": "Quotations that move to the new speaker (and stay with it)."},
    )
    kind = fields.String(validate=validate.OneOf(SPEAKER_KINDS))


class RenameSpeakerSchema(StrictSchema):
    name = Text(required=True, validate=validate.Length(min=1, max=300))


class ExternalIdsSchema(StrictSchema):
    external_ids = fields.Dict(
        keys=fields.String(validate=validate.Length(min=1, max=32)),
        values=fields.String(allow_none=True, validate=validate.Length(max=200)),
        required=True,
        validate=validate.Length(min=1, max=20),
        metadata={
            "description": 'Identifiers to set, e.g. {"wikidata": "Q172159"}; null removes one. Keys: '
            "lower-case letters, digits, underscore; wikidata must be a QID."
        },
    )


class CorrectionSchema(ma.Schema):
    id = fields.Integer(required=True)
    entity = fields.String(required=True, validate=validate.OneOf(ENTITIES))
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS))
    subject_id = fields.Integer(required=True, metadata={"description": "The speaker or outlet corrected."})
    result_id = fields.Integer(
        required=True, allow_none=True, metadata={"description": "The speaker or outlet that resulted."}
    )
    payload = fields.Dict(required=True, metadata={"description": "What was changed, as applied."})
    created_at = fields.DateTime(required=True)


class CorrectionPageSchema(ma.Schema):
    items = fields.List(fields.Nested(CorrectionSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class CorrectionArgsSchema(PageArgsSchema):
    entity = fields.String(validate=validate.OneOf(ENTITIES))
