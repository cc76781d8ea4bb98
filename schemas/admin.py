"""Admin corrections of identity (merge, split, rename, external ids) and their records."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import OUTLET_KINDS, SPEAKER_KINDS, Id, PageArgsSchema, StrictSchema, Text

ENTITIES = ("speaker", "outlet")
ACTIONS = ("merge", "split", "rename", "external_ids", "update")
# A host name as publishers use them: "bbc.co.uk", "news.example", "xn--80ak6aa92e.com".
DOMAIN = r"^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$"


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


class UpdateOutletSchema(StrictSchema):
    class Meta:
        unknown = ma.RAISE
        description = (
            "What to change; omitted fields stay. A new name keeps the old one as an alias, and both "
            "resolve to this outlet in later ingests; domains replace the list and are no longer added to "
            "automatically from the hosts articles come from."
        )

    OPENAPI_RULES = {"minProperties": 1}

    name = Text(validate=validate.Length(min=1, max=200))
    kind = fields.String(validate=validate.OneOf(OUTLET_KINDS))
    domains = fields.List(
        fields.String(
            validate=[
                validate.Length(min=4, max=253),
                validate.Regexp(DOMAIN, error="Not a lower-case host name."),
            ]
        ),
        validate=validate.Length(max=50),
        metadata={"description": 'The hosts it publishes at, e.g. ["bbc.co.uk"] (lower case, no "www.").'},
    )

    @ma.validates_schema
    def something(self, data: dict, **_kwargs: object) -> None:
        if not data:
            raise ma.ValidationError("Give at least one of name, kind, domains.", field_name="_schema")


NOT_BLANK = "[^\\s\\u001c-\\u001f\\u0085]"


class ExternalIdsSchema(StrictSchema):
    external_ids = fields.Dict(
        # The patterns document the rules store/corrections.py checks: EXTERNAL_ID_KEY, and values not blank
        # to Python's str.strip (whose whitespace is ECMA's \s plus U+001C-U+001F and U+0085).
        keys=fields.String(
            validate=validate.Length(min=1, max=32), metadata={"pattern": "^[a-z][a-z0-9_]{0,31}$"}
        ),
        values=fields.String(
            allow_none=True, validate=validate.Length(max=200), metadata={"pattern": NOT_BLANK}
        ),
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
