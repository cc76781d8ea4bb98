"""Outlets: publishers and the intermediaries statements came through."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from schemas.common import OUTLET_KINDS, PageArgsSchema, Text


class OutletCountsSchema(ma.Schema):
    articles = fields.Integer(required=True, metadata={"description": "Articles this outlet published."})
    via_quotations = fields.Integer(required=True, metadata={"description": "Quotations relayed through it."})


class OutletSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(OUTLET_KINDS))
    domains = fields.List(fields.String(), required=True)
    aliases = fields.List(fields.String(), required=True)
    counts = fields.Nested(OutletCountsSchema, required=True)
    created_at = fields.DateTime(required=True)


class OutletPageSchema(ma.Schema):
    class Meta:
        description = (
            "A page of outlets in id order; pass next_cursor as cursor for the next page (null: no more)."
        )

    items = fields.List(fields.Nested(OutletSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class OutletArgsSchema(PageArgsSchema):
    q = Text(validate=validate.Length(min=1, max=200), metadata={"description": "Name or alias (substring)."})
    kind = fields.String(validate=validate.OneOf(OUTLET_KINDS))
