"""Speakers: base identity (same normalised name ⇒ same speaker), aliases and roles.

Engineer F replaces ``resolve_speaker`` with real identity resolution; callers only use these functions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.store.keys import name_key
from service.store.models import Article, ArticleVersion, Quotation, Speaker, SpeakerAlias, SpeakerRole
from service.store.pagination import Page, paginate

SPEAKER_KINDS = ("person", "organisation", "group", "document", "unknown")


def resolve_speaker(session: Session, name: str, *, kind: str = "unknown") -> Speaker | None:
    """The speaker a canonical name stands for, created when new; None for a name with no letters."""
    name = " ".join(name.split())
    key = name_key(name)
    if not key:
        return None
    speaker = session.scalar(select(Speaker).where(Speaker.name_key == key).order_by(Speaker.id).limit(1))
    if speaker is None:
        speaker = Speaker(name=name, name_key=key, kind=kind if kind in SPEAKER_KINDS else "unknown")
        session.add(speaker)
        session.flush()
    elif speaker.kind == "unknown" and kind in SPEAKER_KINDS and kind != "unknown":
        speaker.kind = kind
    return speaker


def record_alias(session: Session, speaker: Speaker, alias: str) -> None:
    # Mentions can be long ("the Chinese foreign ministry's spokesperson …"); the columns hold 300.
    alias = " ".join(alias.split())[:300].rstrip()
    key = name_key(alias)[:300]
    if not key:
        return
    row = session.scalar(
        select(SpeakerAlias).where(SpeakerAlias.speaker_id == speaker.id, SpeakerAlias.alias_key == key)
    )
    if row is None:
        session.add(SpeakerAlias(speaker_id=speaker.id, alias=alias, alias_key=key, count=1))
        session.flush()
    else:
        row.count += 1


def record_role(session: Session, speaker: Speaker, role: str, *, article_id: int, seen_at: datetime) -> None:
    role = " ".join(role.split())[:500].rstrip()
    if not role:
        return
    exists = session.scalar(
        select(SpeakerRole.id).where(
            SpeakerRole.speaker_id == speaker.id,
            SpeakerRole.article_id == article_id,
            SpeakerRole.role == role,
        )
    )
    if exists is None:
        session.add(SpeakerRole(speaker_id=speaker.id, role=role, article_id=article_id, seen_at=seen_at))
        session.flush()


def get_speaker(session: Session, speaker_id: int) -> Speaker | None:
    return session.get(Speaker, speaker_id)


def list_speakers(
    session: Session,
    *,
    q: str | None = None,
    kind: str | None = None,
    after: int | None = None,
    limit: int = 20,
) -> Page[Speaker]:
    """Speakers whose name or any alias contains ``q`` (case- and accent-insensitive)."""
    stmt = select(Speaker).options(selectinload(Speaker.aliases), selectinload(Speaker.roles))
    if kind:
        stmt = stmt.where(Speaker.kind == kind)
    if q:
        key = name_key(q)
        conditions = [Speaker.name.icontains(q, autoescape=True)]
        if key:
            conditions.append(Speaker.name_key.contains(key, autoescape=True))
            conditions.append(
                Speaker.id.in_(
                    select(SpeakerAlias.speaker_id).where(
                        SpeakerAlias.alias_key.contains(key, autoescape=True)
                    )
                )
            )
        stmt = stmt.where(or_(*conditions))
    return paginate(session, stmt, Speaker.id, after, limit)


def speaker_stats(session: Session, speaker_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Quotation and article counts and first/last seen (published_at, else ingestion time) per speaker."""
    stats: dict[int, dict[str, Any]] = {
        i: {"quotations": 0, "articles": 0, "first_seen": None, "last_seen": None} for i in speaker_ids
    }
    if not speaker_ids:
        return stats
    seen = func.coalesce(Article.published_at, ArticleVersion.ingested_at)
    rows = session.execute(
        select(
            Quotation.speaker_id,
            func.count(Quotation.id),
            func.count(func.distinct(Quotation.article_id)),
            func.min(seen),
            func.max(seen),
        )
        .join(Article, Article.id == Quotation.article_id)
        .join(ArticleVersion, ArticleVersion.id == Quotation.version_id)
        .where(Quotation.speaker_id.in_(speaker_ids))
        .group_by(Quotation.speaker_id)
    )
    for speaker_id, n_quotes, n_articles, first, last in rows:
        stats[speaker_id] = {
            "quotations": n_quotes,
            "articles": n_articles,
            "first_seen": _as_datetime(first),
            "last_seen": _as_datetime(last),
        }
    return stats


def _as_datetime(value: Any) -> datetime | None:
    """Aggregates bypass the column type on SQLite, which then hands back text."""
    from service.store.models import UTCDateTime

    if value is None or isinstance(value, datetime):
        return UTCDateTime().process_result_value(value, None)
    return UTCDateTime().process_result_value(datetime.fromisoformat(str(value)), None)


def describe(speaker: Speaker, stats: dict[str, Any] | None = None) -> dict[str, Any]:
    """The speaker as the API shows it."""
    return {
        "id": speaker.id,
        "name": speaker.name,
        "kind": speaker.kind,
        "aliases": [{"alias": a.alias, "count": a.count} for a in speaker.aliases],
        "roles": [{"role": r.role, "article_id": r.article_id, "seen_at": r.seen_at} for r in speaker.roles],
        "external_ids": dict(speaker.external_ids or {}),
        "counts": {
            "quotations": (stats or {}).get("quotations", 0),
            "articles": (stats or {}).get("articles", 0),
        },
        "first_seen": (stats or {}).get("first_seen"),
        "last_seen": (stats or {}).get("last_seen"),
    }
