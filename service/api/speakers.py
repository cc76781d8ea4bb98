"""/v1/speakers: who said things, and what they said."""

from __future__ import annotations

from typing import Any

from schemas.common import PageArgsSchema
from schemas.quotations import QuotationPageSchema
from schemas.speakers import SpeakerArgsSchema, SpeakerPageSchema, SpeakerSchema
from service.api.common import Blueprint, not_found, page_body
from service.db import session
from service.store import quotations as quotation_store
from service.store import speakers as speaker_store

blp = Blueprint("speakers", __name__, url_prefix="/v1/speakers", description="People and bodies quoted.")


@blp.route("", methods=["GET"])
@blp.arguments(SpeakerArgsSchema, location="query", as_kwargs=True)
@blp.response(200, SpeakerPageSchema)
@blp.doc(operationId="listSpeakers", summary="List or search speakers by name or alias")
def list_speakers(limit: int, cursor: int | None = None, **filters: Any) -> dict[str, Any]:
    db = session()
    page = speaker_store.list_speakers(db, after=cursor, limit=limit, **filters)
    stats = speaker_store.speaker_stats(db, [s.id for s in page.items])
    return page_body(page, lambda s: speaker_store.describe(s, stats[s.id]))


@blp.route("/<int(max=2147483647):speaker_id>", methods=["GET"])
@blp.response(200, SpeakerSchema)
@blp.doc(operationId="getSpeaker", summary="One speaker with aliases, roles and counts")
def get_speaker(speaker_id: int) -> dict[str, Any]:
    db = session()
    speaker = speaker_store.get_speaker(db, speaker_id)
    if speaker is None:
        raise not_found("speaker", speaker_id)
    return speaker_store.describe(speaker, speaker_store.speaker_stats(db, [speaker.id])[speaker.id])


@blp.route("/<int(max=2147483647):speaker_id>/quotations", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query", as_kwargs=True)
@blp.response(200, QuotationPageSchema)
@blp.doc(operationId="listSpeakerQuotations", summary="What one speaker said")
def list_speaker_quotations(speaker_id: int, limit: int, cursor: int | None = None) -> dict[str, Any]:
    db = session()
    if speaker_store.get_speaker(db, speaker_id) is None:
        raise not_found("speaker", speaker_id)
    filters = quotation_store.QuotationFilters(speaker_id=speaker_id)
    page = quotation_store.list_quotations(db, filters, after=cursor, limit=limit)
    return page_body(page, quotation_store.describer(db, page.items))
