"""Service health."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate


class HealthSchema(ma.Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ok"]))
    database = fields.String(required=True, validate=validate.OneOf(["ok"]))
    extractor_version = fields.String(required=True)
