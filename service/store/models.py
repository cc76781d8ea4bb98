"""Typed SQLAlchemy models: the store's tables.

Timestamps are kept in UTC; ``UTCDateTime`` hands back aware datetimes on every backend, because SQLite
forgets the offset and PostgreSQL would otherwise answer in the session time zone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from service.store import textkeys

# Stable constraint names, so Alembic migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def _derived(source: str, key: Any) -> Any:
    """A column default computed from another column of the same insert (ORM and bulk inserts alike)."""

    def default(context: Any) -> str:
        return key(context.get_current_parameters().get(source) or "")

    return default


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        # SQLite stores the text form; without an offset every row compares the same way.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Outlet(Base):
    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    domains: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[OutletAlias]] = relationship(
        back_populates="outlet", cascade="all, delete-orphan", passive_deletes=True, order_by="OutletAlias.id"
    )


class OutletAlias(Base):
    __tablename__ = "outlet_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    alias_key: Mapped[str] = mapped_column(String(200), unique=True)

    outlet: Mapped[Outlet] = relationship(back_populates="aliases")


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2048), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id", ondelete="SET NULL"), index=True)
    authors: Mapped[list[Any]] = mapped_column(default=list)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    # Where published_at came from: client | html_meta | text.
    published_at_source: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    # No FK: article_versions already points here, and a cycle would complicate inserts and deletes.
    current_version_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    outlet: Mapped[Outlet | None] = relationship(lazy="joined")
    versions: Mapped[list[ArticleVersion]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ArticleVersion.version",
    )
    quotations: Mapped[list[Quotation]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Quotation.id",
    )

    @property
    def current_version(self) -> ArticleVersion | None:
        for version in self.versions:
            if version.id == self.current_version_id:
                return version
        return self.versions[-1] if self.versions else None


class ArticleVersion(Base):
    __tablename__ = "article_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(default=1)
    text: Mapped[str] = mapped_column(Text)
    # The idempotency key: the database, not the application, guarantees one row per content.
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    zones: Mapped[list[Any]] = mapped_column(default=list)
    wire_credits: Mapped[list[Any]] = mapped_column(default=list)
    extractor_version: Mapped[str] = mapped_column(String(32), default="")

    article: Mapped[Article] = relationship(back_populates="versions")

    __table_args__ = (UniqueConstraint("article_id", "version", name="uq_article_versions_article_version"),)


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    # The match key identity resolution created it under (unique: concurrent ingests of one new name make
    # one speaker); None for speakers made by hand or per-article descriptions. Migration 0102.
    identity_key: Mapped[str | None] = mapped_column(String(300), unique=True, index=True)
    kind: Mapped[str] = mapped_column(String(32), default="unknown")
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SpeakerAlias.id",
    )
    roles: Mapped[list[SpeakerRole]] = relationship(
        back_populates="speaker",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SpeakerRole.id",
    )


class SpeakerAlias(Base):
    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    alias_key: Mapped[str] = mapped_column(String(300), index=True)
    count: Mapped[int] = mapped_column(default=1)
    # Where transliteration variants meet ("Sergey Lavrov" → "sergei lavrov"): identity resolution.
    match_key: Mapped[str] = mapped_column(
        String(300), index=True, default=_derived("alias", textkeys.match_key)
    )

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")

    __table_args__ = (UniqueConstraint("speaker_id", "alias_key", name="uq_speaker_aliases_speaker_alias"),)


class SpeakerRole(Base):
    __tablename__ = "speaker_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(500))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    speaker: Mapped[Speaker] = relationship(back_populates="roles")


class Quotation(Base):
    __tablename__ = "quotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("article_versions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    sentence_start: Mapped[int]
    sentence_end: Mapped[int]
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(String(300))
    speaker_mention_start: Mapped[int | None]
    speaker_mention_end: Mapped[int | None]
    speaker_mention_text: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str] = mapped_column(String(32), default="unresolved")
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    cue_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    extractor_version: Mapped[str] = mapped_column(String(32), default="")
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)
    gone_in_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The folded tokens both full-text indexes (FTS5, tsvector) are built from: one tokenisation.
    search_text: Mapped[str] = mapped_column(Text, default=_derived("text", textkeys.search_text))
    # Set by an admin correction: re-extraction keeps this quotation's speaker.
    speaker_locked: Mapped[bool] = mapped_column(default=False)

    article: Mapped[Article] = relationship(back_populates="quotations")
    version: Mapped[ArticleVersion] = relationship()
    speaker: Mapped[Speaker | None] = relationship(lazy="joined")
    vias: Mapped[list[QuotationVia]] = relationship(
        back_populates="quotation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="QuotationVia.position",
        lazy="selectin",
    )

    __table_args__ = (Index("ix_quotations_kind", "kind"),)


class QuotationVia(Base):
    __tablename__ = "quotation_vias"

    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_id: Mapped[int] = mapped_column(ForeignKey("quotations.id", ondelete="CASCADE"), index=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    mention_start: Mapped[int]
    mention_end: Mapped[int]
    mention_text: Mapped[str] = mapped_column(Text)

    quotation: Mapped[Quotation] = relationship(back_populates="vias")
    outlet: Mapped[Outlet] = relationship(lazy="joined")


# --- identity corrections and version anchors (issue 4) ---------------------------------------------------


class Correction(Base):
    """An admin correction (merge, split, rename, external ids), kept so it is re-applied later."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))  # speaker | outlet
    action: Mapped[str] = mapped_column(String(32))  # merge | split | rename | external_ids | update
    subject_id: Mapped[int] = mapped_column(Integer, index=True)
    result_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SpeakerPin(Base):
    """A name an admin has tied to one speaker: identity resolution obeys it before any heuristic."""

    __tablename__ = "speaker_pins"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias_key: Mapped[str] = mapped_column(String(300), unique=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    correction_id: Mapped[int | None] = mapped_column(ForeignKey("corrections.id", ondelete="SET NULL"))


class QuotationAnchor(Base):
    """Where a quotation stood in an earlier version of its article (the current one is on the row)."""

    __tablename__ = "quotation_anchors"

    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_id: Mapped[int] = mapped_column(ForeignKey("quotations.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("article_versions.id", ondelete="CASCADE"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    sentence_start: Mapped[int]
    sentence_end: Mapped[int]
    # How the quotation was found in that version: extracted | exact | fuzzy.
    method: Mapped[str] = mapped_column(String(16), default="extracted")

    __table_args__ = (
        UniqueConstraint("quotation_id", "version_id", name="uq_quotation_anchors_quotation_version"),
    )
