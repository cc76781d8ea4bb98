"""Quotations: how they are stored from an analysis, queried and shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, object_session, selectinload

from service.pipeline.types import Quotation as QuotationValue
from service.store.keys import name_key
from service.store.models import Article, ArticleVersion, Outlet, Quotation, QuotationVia, SpeakerAlias
from service.store.pagination import Page, paginate

SELECTOR_CONTEXT = 32  # characters of prefix and suffix in the TextQuoteSelector


@dataclass(frozen=True, slots=True)
class QuotationFilters:
    speaker_id: int | None = None
    speaker: str | None = None  # name or alias, case-insensitive substring
    outlet: str | None = None  # the article's outlet: name or alias
    outlet_id: int | None = None
    via: str | None = None  # an intermediary outlet: name or alias
    via_outlet_id: int | None = None
    kind: str | None = None
    published_after: datetime | None = None  # article published_at (ingestion time when unknown)
    published_before: datetime | None = None
    q: str | None = None  # substring of the quotation text
    article_id: int | None = None


def selector_context(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - SELECTOR_CONTEXT) : start], text[end : end + SELECTOR_CONTEXT]


def quotation_row(
    value: QuotationValue,
    *,
    text: str,
    article_id: int,
    version_id: int,
    extractor_version: str,
    speaker_id: int | None,
) -> Quotation:
    """A Quotation row for one extracted value (vias are added by the caller)."""
    prefix, suffix = selector_context(text, value.content.start, value.content.end)
    speaker = value.speaker
    mention = speaker.mention if speaker else None
    return Quotation(
        article_id=article_id,
        version_id=version_id,
        kind=value.kind,
        start=value.content.start,
        end=value.content.end,
        text=value.content.text,
        prefix=prefix,
        suffix=suffix,
        sentence_start=value.sentence.start,
        sentence_end=value.sentence.end,
        speaker_id=speaker_id,
        speaker_name=speaker.name if speaker else None,
        speaker_mention_start=mention.start if mention else None,
        speaker_mention_end=mention.end if mention else None,
        speaker_mention_text=mention.text if mention else None,
        resolution=speaker.resolution if speaker else "unresolved",
        cue_start=value.cue.start if value.cue else None,
        cue_end=value.cue.end if value.cue else None,
        cue_text=value.cue.text if value.cue else None,
        confidence=float(value.confidence),
        extractor_version=extractor_version,
    )


def _outlet_ids_matching(name: str) -> Select[Any]:
    from service.store.keys import outlet_key
    from service.store.models import OutletAlias

    key = outlet_key(name)
    return select(Outlet.id).where(
        or_(
            func.lower(Outlet.name) == name.strip().lower(),
            Outlet.id.in_(select(OutletAlias.outlet_id).where(OutletAlias.alias_key == key)),
        )
    )


def filtered(filters: QuotationFilters) -> Select[Any]:
    # One query per relation for the whole page instead of one per quotation.
    stmt = (
        select(Quotation)
        .where(Quotation.gone_in_version.is_(None))
        .options(selectinload(Quotation.article), selectinload(Quotation.version))
    )
    if filters.article_id is not None:
        stmt = stmt.where(Quotation.article_id == filters.article_id)
    if filters.speaker_id is not None:
        stmt = stmt.where(Quotation.speaker_id == filters.speaker_id)
    if filters.speaker:
        key = name_key(filters.speaker)
        conditions = [Quotation.speaker_name.icontains(filters.speaker, autoescape=True)]
        if key:
            conditions.append(
                Quotation.speaker_id.in_(
                    select(SpeakerAlias.speaker_id).where(
                        SpeakerAlias.alias_key.contains(key, autoescape=True)
                    )
                )
            )
        stmt = stmt.where(or_(*conditions))
    if filters.kind:
        stmt = stmt.where(Quotation.kind == filters.kind)
    if filters.q:
        stmt = stmt.where(Quotation.text.icontains(filters.q, autoescape=True))
    if filters.via is not None or filters.via_outlet_id is not None:
        via = select(QuotationVia.quotation_id)
        if filters.via is not None:
            via = via.where(QuotationVia.outlet_id.in_(_outlet_ids_matching(filters.via)))
        if filters.via_outlet_id is not None:
            via = via.where(QuotationVia.outlet_id == filters.via_outlet_id)
        stmt = stmt.where(Quotation.id.in_(via))
    needs_article = any(
        v is not None
        for v in (filters.outlet, filters.outlet_id, filters.published_after, filters.published_before)
    )
    if needs_article:
        seen = func.coalesce(Article.published_at, ArticleVersion.ingested_at)
        stmt = stmt.join(Article, Article.id == Quotation.article_id).join(
            ArticleVersion, ArticleVersion.id == Quotation.version_id
        )
        if filters.outlet is not None:
            stmt = stmt.where(Article.outlet_id.in_(_outlet_ids_matching(filters.outlet)))
        if filters.outlet_id is not None:
            stmt = stmt.where(Article.outlet_id == filters.outlet_id)
        if filters.published_after is not None:
            stmt = stmt.where(seen >= filters.published_after)
        if filters.published_before is not None:
            stmt = stmt.where(seen < filters.published_before)
    return stmt


def list_quotations(
    session: Session, filters: QuotationFilters | None = None, *, after: int | None = None, limit: int = 20
) -> Page[Quotation]:
    return paginate(session, filtered(filters or QuotationFilters()), Quotation.id, after, limit)


def get_quotation(session: Session, quotation_id: int) -> Quotation | None:
    return session.get(Quotation, quotation_id)


def cluster_of(quotation: Quotation) -> int:
    """The appearances cluster (service/store/appearances.py); a quotation not yet clustered is its own."""
    return quotation.cluster_id if quotation.cluster_id is not None else quotation.id


def appearance_counts(session: Session, quotations: Iterable[Quotation]) -> dict[int, int]:
    """How many stored quotations each of ``quotations`` shares its statement with (itself included),
    keyed by quotation id: ONE grouped query for a whole page."""
    quotations = list(quotations)
    clusters = sorted({q.cluster_id for q in quotations if q.cluster_id is not None})
    sizes: dict[int, int] = {}
    if clusters:
        sizes = dict(
            session.execute(  # type: ignore[arg-type]
                select(Quotation.cluster_id, func.count())
                .where(Quotation.cluster_id.in_(clusters))
                .group_by(Quotation.cluster_id)
            ).all()
        )
    # Unclustered: itself, plus any quotation that already joined it (the appearances list's members).
    return {
        q.id: max(1, sizes.get(cluster_of(q), 0) + (1 if q.cluster_id is None else 0)) for q in quotations
    }


def describer(session: Session, quotations: Iterable[Quotation]) -> Callable[[Quotation], dict[str, Any]]:
    """``describe`` for a page of quotations, with what every item needs from other rows fetched once."""
    counts = appearance_counts(session, quotations)
    return lambda quotation: describe(quotation, appearance_count=counts.get(quotation.id))


def describe(quotation: Quotation, *, appearance_count: int | None = None) -> dict[str, Any]:
    """The quotation as the API shows it. Lists pass ``appearance_count`` (see ``describer``); alone, it
    costs one more query."""
    if appearance_count is None:
        session = object_session(quotation)
        assert session is not None
        appearance_count = appearance_counts(session, [quotation])[quotation.id]
    article = quotation.article
    version = quotation.version
    text = version.text
    return {
        "id": quotation.id,
        "kind": quotation.kind,
        "text": quotation.text,
        "start": quotation.start,
        "end": quotation.end,
        "selector": {
            "type": "TextQuoteSelector",
            "exact": quotation.text,
            "prefix": quotation.prefix,
            "suffix": quotation.suffix,
        },
        "sentence": {
            "start": quotation.sentence_start,
            "end": quotation.sentence_end,
            "text": text[quotation.sentence_start : quotation.sentence_end],
        },
        "speaker": {"id": quotation.speaker.id, "name": quotation.speaker.name}
        if quotation.speaker
        else None,
        "speaker_name": quotation.speaker_name,
        "speaker_mention": _span(
            quotation.speaker_mention_start, quotation.speaker_mention_end, quotation.speaker_mention_text
        ),
        "resolution": quotation.resolution,
        "cue": _span(quotation.cue_start, quotation.cue_end, quotation.cue_text),
        "via": [
            {
                "outlet": {"id": via.outlet.id, "name": via.outlet.name},
                "mention": {"start": via.mention_start, "end": via.mention_end, "text": via.mention_text},
            }
            for via in quotation.vias
        ],
        "confidence": quotation.confidence,
        "extractor_version": quotation.extractor_version,
        "cluster_id": cluster_of(quotation),
        "appearance_count": appearance_count,
        "gone_in_version": quotation.gone_in_version,
        "article": {
            "id": article.id,
            "title": article.title,
            "outlet": {"id": article.outlet.id, "name": article.outlet.name} if article.outlet else None,
            "published_at": article.published_at,
            "version": version.version,
        },
    }


def _span(start: int | None, end: int | None, text: str | None) -> dict[str, Any] | None:
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": text or ""}


def describe_value(value: QuotationValue, text: str, extractor_version: str) -> dict[str, Any]:
    """An extracted (unstored) quotation in the same shape, without ids (POST /v1/extract)."""
    prefix, suffix = selector_context(text, value.content.start, value.content.end)
    speaker = value.speaker
    mention = speaker.mention if speaker else None
    return {
        "kind": value.kind,
        "text": value.content.text,
        "start": value.content.start,
        "end": value.content.end,
        "selector": {
            "type": "TextQuoteSelector",
            "exact": value.content.text,
            "prefix": prefix,
            "suffix": suffix,
        },
        "sentence": {"start": value.sentence.start, "end": value.sentence.end, "text": value.sentence.text},
        "speaker": (
            {"name": speaker.name, "kind": speaker.kind, "role": speaker.role}
            if speaker and speaker.name
            else None
        ),
        "speaker_mention": {"start": mention.start, "end": mention.end, "text": mention.text}
        if mention
        else None,
        "resolution": speaker.resolution if speaker else "unresolved",
        "cue": {"start": value.cue.start, "end": value.cue.end, "text": value.cue.text}
        if value.cue
        else None,
        "via": [
            {
                "outlet": {"name": v.name, "kind": v.kind},
                "mention": {"start": v.mention.start, "end": v.mention.end, "text": v.mention.text},
            }
            for v in value.via
        ],
        "confidence": float(value.confidence),
        "extractor_version": extractor_version,
    }
