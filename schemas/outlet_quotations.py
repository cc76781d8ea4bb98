"""What an outlet carried: quotations relayed through it, or in the articles it published."""

from __future__ import annotations

from marshmallow import fields, validate

from schemas.common import PageArgsSchema


class OutletQuotationArgsSchema(PageArgsSchema):
    role = fields.String(
        load_default="via",
        validate=validate.OneOf(["via", "publisher"]),
        metadata={
            "description": "via (default): relayed through the outlet; publisher: in its own articles."
        },
    )
