"""Shared fields and schemas: problems, spans, references, pagination arguments."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from service.config import DEFAULTS
from service.store.pagination import decode_cursor

MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL
PAGE_DEFAULT_LIMIT: int = DEFAULTS["PAGE_DEFAULT_LIMIT"]
PAGE_MAX_LIMIT: int = DEFAULTS["PAGE_MAX_LIMIT"]
RESOLUTIONS = ("named", "surname", "pronoun", "role_noun", "cataphora", "continuation", "unresolved")
QUOTATION_KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organisation", "group", "document", "unknown")
OUTLET_KINDS = ("publisher", "news_agency", "broadcaster", "newspaper", "government_body", "other")


# The contract's spelling of "no NUL character" (an ECMA-262 pattern, as JSON Schema reads it).
NO_NUL_PATTERN = "^[^\\u0000]*$"


class Text(fields.String):
    """A string the database can store: no NUL characters and no lone surrogates (JSON allows both)."""

    default_error_messages = {
        "nul": "Must not contain NUL characters.",
        "surrogate": "Must be valid Unicode (no lone surrogates).",
    }

    def __init__(self, **kwargs: Any) -> None:
        # Documented, so that clients (and generated test data) know NUL is refused.
        kwargs["metadata"] = {"pattern": NO_NUL_PATTERN, **kwargs.get("metadata", {})}
        super().__init__(**kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        result = super()._deserialize(value, attr, data, **kwargs)
        if "\x00" in result:
            raise self.make_error("nul")
        try:
            result.encode("utf-8")
        except UnicodeEncodeError:
            raise self.make_error("surrogate") from None
        return result


class Id(fields.Integer):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(validate=validate.Range(min=1, max=MAX_ID), **kwargs)


YEARS_1001_TO_9997 = (
    "^(100[1-9]|10[1-9][0-9]|1[1-9][0-9]{2}|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-7])-"
)


class UTCDateTimeField(fields.DateTime):
    """ISO 8601 date or date-time; without an offset it is taken as UTC. Years 1000-9998 only: at the
    edges of Python's range an offset pushes the value out of it, and databases differ beyond them."""

    default_error_messages = {"out_of_range": "Must be between the years 1000 and 9998."}

    def __init__(self, **kwargs: Any) -> None:
        # The documented years are 1001-9997, so that no offset can carry a documented value out of range.
        kwargs["metadata"] = {"pattern": YEARS_1001_TO_9997, **kwargs.get("metadata", {})}
        super().__init__(**kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        result = super()._deserialize(value, attr, data, **kwargs)
        try:
            result = result.replace(tzinfo=UTC) if result.tzinfo is None else result.astimezone(UTC)
        except OverflowError:
            raise self.make_error("out_of_range") from None
        if not 1000 <= result.year <= 9998:
            raise self.make_error("out_of_range")
        return result


class Cursor(fields.String):
    """The opaque next_cursor of a previous page; deserialises to the id to continue after."""

    default_error_messages = {"invalid_cursor": "Not a cursor issued by this service."}

    def __init__(self, **kwargs: Any) -> None:
        # The cursor's alphabet (unpadded URL-safe base64): an empty or stray value is never one.
        kwargs["metadata"] = {"pattern": "^[A-Za-z0-9_-]+$", **kwargs.get("metadata", {})}
        super().__init__(**kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        raw = super()._deserialize(value, attr, data, **kwargs)
        try:
            after = decode_cursor(raw)
        except ValueError:
            raise self.make_error("invalid_cursor") from None
        if after > MAX_ID:
            raise self.make_error("invalid_cursor")
        return after


class StrictSchema(ma.Schema):
    """Unknown fields are an error, so a misspelt filter or field is reported instead of ignored."""

    class Meta:
        unknown = ma.RAISE


class PageArgsSchema(StrictSchema):
    limit = fields.Integer(
        load_default=PAGE_DEFAULT_LIMIT,
        validate=validate.Range(min=1, max=PAGE_MAX_LIMIT),
        metadata={"description": f"Items per page (default {PAGE_DEFAULT_LIMIT}, at most {PAGE_MAX_LIMIT})."},
    )
    cursor = Cursor(metadata={"description": "The next_cursor of the previous page."})


class DateRangeArgsMixin:
    published_after = UTCDateTimeField(
        metadata={"description": "Published at or after (ISO 8601; ingestion time when unknown)."}
    )
    published_before = UTCDateTimeField(metadata={"description": "Published before (ISO 8601)."})


class FieldErrorSchema(ma.Schema):
    field = fields.String(required=True, metadata={"description": "Dotted field name, or _schema."})
    location = fields.String(required=True, metadata={"description": "body, query, path or header."})
    message = fields.String(required=True)


class ProblemSchema(ma.Schema):
    """RFC 9457 problem details."""

    class Meta:
        description = (
            "RFC 9457 problem details; every 4xx and 5xx response is one (application/problem+json)."
        )

    type = fields.String(required=True, metadata={"format": "uri"})
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.List(
        fields.Nested(FieldErrorSchema), metadata={"description": "Per-field errors (422 and 400)."}
    )


class SpanSchema(ma.Schema):
    """A stretch of the article text: [start, end) in Unicode code points."""

    class Meta:
        description = (
            "A stretch of the article's stored text: [start, end) in Unicode code points, and that text."
        )

    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)


class OutletRefSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
