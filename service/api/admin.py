"""/v1/admin: corrections of identity (merge, split, rename speakers; external ids; merge, rename outlets) and
re-extraction. Every write needs an API key; each correction is recorded and holds for later ingests."""

from __future__ import annotations

from typing import Any

from schemas.admin import (
    CorrectionArgsSchema,
    CorrectionPageSchema,
    ExternalIdsSchema,
    MergeSchema,
    RenameSpeakerSchema,
    SplitSpeakerSchema,
    UpdateOutletSchema,
)
from schemas.articles import ArticleSchema
from schemas.outlets import OutletSchema
from schemas.speakers import SpeakerSchema
from service.api.common import Blueprint, json_body, not_found, page_body, require_api_key
from service.db import session
from service.store import articles as article_store
from service.store import corrections, versions
from service.store import outlets as outlet_store
from service.store import speakers as speaker_store

blp = Blueprint(
    "admin", __name__, url_prefix="/v1/admin", description="Identity corrections that survive re-ingestion."
)

SPEAKER = "/speakers/<int(max=2147483647):speaker_id>"


def _speaker(speaker_id: int) -> dict[str, Any]:
    db = session()
    speaker = speaker_store.get_speaker(db, speaker_id)
    assert speaker is not None
    db.refresh(speaker)
    return speaker_store.describe(speaker, speaker_store.speaker_stats(db, [speaker.id])[speaker.id])


@blp.route(f"{SPEAKER}/merge", methods=["POST"])
@require_api_key
@json_body
@blp.arguments(MergeSchema)
@blp.response(200, SpeakerSchema, description="The speaker that remains, with everything merged in.")
@blp.doc(operationId="mergeSpeaker", summary="Merge this speaker into another")
def merge_speaker(body: dict[str, Any], speaker_id: int) -> dict[str, Any]:
    target = corrections.merge_speakers(session(), speaker_id, body["into_id"])
    return _speaker(target.id)


@blp.route(f"{SPEAKER}/split", methods=["POST"])
@require_api_key
@json_body
@blp.arguments(SplitSpeakerSchema)
@blp.response(201, SpeakerSchema, description="The new speaker split off.")
@blp.doc(operationId="splitSpeaker", summary="Split a second person off this speaker")
def split_speaker(body: dict[str, Any], speaker_id: int) -> dict[str, Any]:
    new = corrections.split_speaker(session(), speaker_id, **body)
    return _speaker(new.id)


@blp.route(f"{SPEAKER}/rename", methods=["POST"])
@require_api_key
@json_body
@blp.arguments(RenameSpeakerSchema)
@blp.response(200, SpeakerSchema)
@blp.doc(operationId="renameSpeaker", summary="Set a speaker's canonical name")
def rename_speaker(body: dict[str, Any], speaker_id: int) -> dict[str, Any]:
    speaker = corrections.rename_speaker(session(), speaker_id, body["name"])
    return _speaker(speaker.id)


@blp.route(f"{SPEAKER}/external-ids", methods=["PUT"])
@require_api_key
@json_body
@blp.arguments(ExternalIdsSchema)
@blp.response(200, SpeakerSchema)
@blp.doc(operationId="setSpeakerExternalIds", summary="Set or remove external ids (e.g. a Wikidata QID)")
def set_external_ids(body: dict[str, Any], speaker_id: int) -> dict[str, Any]:
    speaker = corrections.set_external_ids(session(), speaker_id, body["external_ids"])
    return _speaker(speaker.id)


@blp.route("/outlets/<int(max=2147483647):outlet_id>/merge", methods=["POST"])
@require_api_key
@json_body
@blp.arguments(MergeSchema)
@blp.response(200, OutletSchema, description="The outlet that remains.")
@blp.doc(operationId="mergeOutlet", summary="Merge this outlet into another")
def merge_outlet(body: dict[str, Any], outlet_id: int) -> dict[str, Any]:
    db = session()
    target = corrections.merge_outlets(db, outlet_id, body["into_id"])
    db.refresh(target)
    return outlet_store.describe(target, outlet_store.outlet_counts(db, [target.id])[target.id])


@blp.route("/outlets/<int(max=2147483647):outlet_id>", methods=["PATCH"])
@require_api_key
@json_body
@blp.arguments(UpdateOutletSchema)
@blp.response(200, OutletSchema)
@blp.doc(operationId="updateOutlet", summary="Rename an outlet, set its kind or domains")
def update_outlet(body: dict[str, Any], outlet_id: int) -> dict[str, Any]:
    db = session()
    outlet = corrections.update_outlet(db, outlet_id, **body)
    db.refresh(outlet)
    return outlet_store.describe(outlet, outlet_store.outlet_counts(db, [outlet.id])[outlet.id])


@blp.route("/articles/<int(max=2147483647):article_id>/reextract", methods=["POST"])
@require_api_key
@blp.response(200, ArticleSchema, description="The article with its quotations extracted again.")
@blp.doc(operationId="reextractArticle", summary="Run the current extractor again (corrections are kept)")
def reextract_article(article_id: int) -> dict[str, Any]:
    db = session()
    article = article_store.get_article(db, article_id)
    if article is None:
        raise not_found("article", article_id)
    versions.reextract(db, article)
    db.refresh(article)
    return article_store.describe(article)


@blp.route("/corrections", methods=["GET"])
@blp.arguments(CorrectionArgsSchema, location="query", as_kwargs=True)
@blp.response(200, CorrectionPageSchema)
@blp.doc(operationId="listCorrections", summary="The corrections applied, oldest first")
def list_corrections(limit: int, cursor: int | None = None, **filters: Any) -> dict[str, Any]:
    page = corrections.list_corrections(session(), after=cursor, limit=limit, **filters)
    return page_body(page, corrections.describe)
