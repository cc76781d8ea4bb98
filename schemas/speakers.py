"""Speakers: who said things, with every name they went by and the roles articles gave them."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import SPEAKER_KINDS, PageArgsSchema, Text


class SpeakerAliasSchema(ma.Schema):
    alias = fields.String(required=True)
    count = fields.Integer(required=True)


class SpeakerRoleSchema(ma.Schema):
    role = fields.String(required=True)
    article_id = fields.Integer(required=True, allow_none=True)
    seen_at = fields.DateTime(required=True)


class SpeakerCountsSchema(ma.Schema):
    quotations = fields.Integer(required=True)
    articles = fields.Integer(required=True)


class SpeakerSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(SPEAKER_KINDS))
    aliases = fields.List(fields.Nested(SpeakerAliasSchema), required=True)
    roles = fields.List(fields.Nested(SpeakerRoleSchema), required=True)
    external_ids = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    counts = fields.Nested(SpeakerCountsSchema, required=True)
    first_seen = fields.DateTime(required=True, allow_none=True)
    last_seen = fields.DateTime(required=True, allow_none=True)


class SpeakerPageSchema(ma.Schema):
    class Meta:
        description = (
            "A page of speakers in id order; pass next_cursor as cursor for the next page (null: no more)."
        )

    items = fields.List(fields.Nested(SpeakerSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class SpeakerArgsSchema(PageArgsSchema):
    q = Text(validate=validate.Length(min=1, max=300), metadata={"description": "Name or alias (substring)."})
    kind = fields.String(validate=validate.OneOf(SPEAKER_KINDS))
