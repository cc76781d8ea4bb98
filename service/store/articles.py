"""Articles: ingest (fetch, convert, analyse, store in one transaction), queries and representation."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session, selectinload

from service.errors import Problem
from service.pipeline import analyse
from service.pipeline.language import guess_language
from service.pipeline.types import Analysis
from service.pipeline.types import Speaker as SpeakerValue
from service.store import appearances, identity, versions
from service.store import outlets as outlet_store
from service.store import quotations as quotation_store
from service.store import speakers as speaker_store
from service.store.fetch import FetchLimits, fetch
from service.store.htmltext import html_to_document
from service.store.models import Article, ArticleVersion, Quotation, QuotationVia, utcnow
from service.store.pagination import Page, paginate

log = logging.getLogger(__name__)

# Concurrent ingests can collide on unique names (outlets, aliases); a retry sees the winner's rows.
_WRITE_ATTEMPTS = 4
MAX_URL_LENGTH = 2048  # the articles.url column


@dataclass(frozen=True, slots=True)
class Submission:
    """One article to ingest: exactly one of text, html or url, plus optional metadata."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    authors: tuple[str, ...] | list[str] = ()
    language: str | None = None
    # Where the given text or html was published: recorded as the article's url (and its host names the
    # outlet when none is given) but never fetched. The CLI's "URL:" header; the API's url means "fetch".
    source_url: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A submission turned into the exact text to store, with its metadata resolved."""

    text: str
    sha256: str
    url: str | None
    title: str | None
    outlet: str | None
    host: str | None
    published_at: datetime | None
    published_at_source: str | None
    authors: list[str] = field(default_factory=list)
    language: str | None = None


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(submission: Submission, limits: FetchLimits | None = None) -> Prepared:
    """Resolve the submission's text (fetching and converting as needed); Problem on bad input."""
    given = [name for name in ("text", "html", "url") if getattr(submission, name) is not None]
    if len(given) != 1:
        raise Problem(
            422,
            "give exactly one of text, html or url",
            errors=[{"field": "_schema", "location": "body", "message": "exactly one of text, html, url"}],
        )
    if submission.source_url is not None and (
        submission.url is not None or len(submission.source_url) > MAX_URL_LENGTH
    ):
        message = "source_url goes with text or html" if submission.url else "too long"
        raise Problem(
            422,
            f"source_url: {message}",
            errors=[{"field": "source_url", "location": "body", "message": message}],
        )
    url = submission.url
    html = submission.html
    text = submission.text
    if url is None:
        url = submission.source_url
    else:
        fetched = fetch(url, limits)
        url = fetched.url
        if fetched.content_type == "text/plain":
            text = fetched.body
        else:
            html = fetched.body
    meta_title = meta_published = meta_language = site_name = None
    meta_authors: list[str] = []
    if html is not None:
        document = html_to_document(html)
        text = document.text
        meta_title, meta_published, meta_authors = document.title, document.published_at, document.authors
        meta_language, site_name = document.language, document.site_name
    assert text is not None
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if not text.strip():
        field_name = "url" if submission.url is not None else given[0]
        raise Problem(
            422,
            f"{field_name} holds no article text",
            errors=[{"field": field_name, "location": "body", "message": "no article text"}],
        )
    if submission.published_at is not None:
        published_at, source = submission.published_at, "client"
    elif meta_published is not None:
        published_at, source = meta_published, "html_meta"
    else:
        published_at, source = None, None
    host = urlsplit(url).hostname if url else None
    return Prepared(
        text=text,
        sha256=content_sha256(text),
        # A redirect can end at a URL longer than the column; keep the one the client gave then.
        url=url if url is None or len(url) <= MAX_URL_LENGTH else submission.url,
        title=submission.title or meta_title,
        outlet=_clip(submission.outlet or site_name, 200),
        host=host,
        published_at=published_at,
        published_at_source=source,
        authors=[_clip(a, 300) or "" for a in (list(submission.authors) or meta_authors)][:50],
        language=_clip(submission.language or meta_language or guess_language(text), 16),
    )


def _clip(value: str | None, limit: int) -> str | None:
    """Page metadata and extracted names are unbounded; PostgreSQL enforces the column lengths."""
    return value if value is None or len(value) <= limit else value[:limit].rstrip()


def bounded(analysis: Analysis) -> Analysis:
    """The analysis with every name cut to what its column holds (speaker 300, role 500, outlet 200)."""

    def speaker(value: SpeakerValue | None) -> SpeakerValue | None:
        if value is None:
            return None
        return replace(
            value,
            name=_clip(value.name, 300),
            role=_clip(value.role, 500),
            aliases=tuple(a for a in (_clip(a, 300) for a in value.aliases) if a),
        )

    quotations = tuple(
        replace(
            q,
            speaker=speaker(q.speaker),
            via=tuple(replace(v, name=_clip(v.name, 200) or v.name) for v in q.via),
        )
        for q in analysis.quotations
    )
    credits = tuple(replace(c, outlet=_clip(c.outlet, 200) or c.outlet) for c in analysis.wire_credits)
    return replace(
        analysis,
        quotations=quotations,
        wire_credits=credits,
        extractor_version=_clip(analysis.extractor_version, 32) or "",
    )


def find_by_sha256(session: Session, sha256: str) -> Article | None:
    return session.scalar(
        select(Article)
        .join(ArticleVersion, ArticleVersion.article_id == Article.id)
        .where(ArticleVersion.sha256 == sha256)
    )


def ingest(
    session: Session,
    submission: Submission,
    *,
    limits: FetchLimits | None = None,
    analysis: Analysis | None = None,
) -> tuple[Article, bool]:
    """Store one article with everything extracted from it, in ONE transaction; commits.

    Idempotent by content: the same text again returns (existing article, False). Concurrent duplicates are
    settled by the unique sha256: the loser rolls back and returns the winner's article.

    ``analysis``: quotations already known for exactly the text ``prepare`` makes of the submission (its
    spans index that text), stored instead of running the extractor; synthetic benchmark data uses it.
    """
    prepared = prepare(submission, limits)
    existing = find_by_sha256(session, prepared.sha256)
    if existing is not None:
        return existing, False
    if analysis is None:
        analysis = analyse(prepared.text, title=prepared.title)
    analysis = bounded(analysis)
    for attempt in range(1, _WRITE_ATTEMPTS + 1):
        try:
            article = _write(session, prepared, analysis)
            session.commit()
            return article, True
        except IntegrityError:
            session.rollback()
            existing = find_by_sha256(session, prepared.sha256)
            if existing is not None:
                return existing, False
            if attempt == _WRITE_ATTEMPTS:
                # Nothing was written; the client can safely send the same request again.
                log.warning("ingest still colliding after %d attempts", attempt)
                raise Problem(
                    503,
                    "Concurrent writes kept colliding with this article's rows; nothing was stored. "
                    "Retry the request.",
                    headers={"Retry-After": "1"},
                ) from None
            log.info("ingest collided with a concurrent write; retrying (%d)", attempt)
        except BaseException:
            session.rollback()
            raise
    raise AssertionError("unreachable")


def _write(session: Session, prepared: Prepared, analysis: Analysis) -> Article:
    if prepared.url is not None:
        # The same URL with changed text: a new version of that article (issue 4, store/versions.py).
        known = versions.article_for_url(session, prepared.url)
        if known is not None:
            return versions.add_version(session, known, prepared, analysis)
    outlet = None
    if prepared.outlet:
        outlet = outlet_store.resolve_outlet(
            session, prepared.outlet, kind="publisher", domain=_bare(prepared.host)
        )
    elif prepared.host:
        outlet = outlet_store.resolve_outlet_for_host(session, prepared.host)
    now = utcnow()
    article = Article(
        url=prepared.url,
        title=prepared.title,
        outlet_id=outlet.id if outlet else None,
        authors=list(prepared.authors),
        published_at=prepared.published_at,
        published_at_source=prepared.published_at_source,
        language=prepared.language,
        created_at=now,
    )
    session.add(article)
    session.flush()
    wire_credits = []
    for credit in analysis.wire_credits:
        credit_outlet = outlet_store.resolve_outlet(session, credit.outlet, kind=credit.kind)
        wire_credits.append(
            {
                "outlet": {"id": credit_outlet.id, "name": credit_outlet.name},
                "mention": {
                    "start": credit.mention.start,
                    "end": credit.mention.end,
                    "text": credit.mention.text,
                },
            }
        )
    version = ArticleVersion(
        article_id=article.id,
        version=1,
        text=prepared.text,
        sha256=prepared.sha256,
        ingested_at=now,
        zones=[{"start": z.start, "end": z.end, "kind": z.kind} for z in analysis.zones],
        wire_credits=wire_credits,
        extractor_version=analysis.extractor_version,
    )
    session.add(version)
    session.flush()
    article.current_version_id = version.id
    seen_at = prepared.published_at or now
    for value in analysis.quotations:
        speaker = None
        if value.speaker is not None and value.speaker.name:
            speaker = identity.resolve_speaker(session, value.speaker, article_id=article.id)
        if speaker is not None:
            assert value.speaker is not None
            forms = {value.speaker.name or "", *value.speaker.aliases}
            if value.speaker.mention and value.speaker.resolution in ("named", "surname", "cataphora"):
                forms.add(value.speaker.mention.text)
            for form in sorted(f for f in forms if f):
                speaker_store.record_alias(session, speaker, form)
            if value.speaker.role:
                speaker_store.record_role(
                    session, speaker, value.speaker.role, article_id=article.id, seen_at=seen_at
                )
        row = quotation_store.quotation_row(
            value,
            text=prepared.text,
            article_id=article.id,
            version_id=version.id,
            extractor_version=analysis.extractor_version,
            speaker_id=speaker.id if speaker else None,
        )
        session.add(row)
        session.flush()
        for position, via in enumerate(value.via):
            via_outlet = outlet_store.resolve_outlet(session, via.name, kind=via.kind)
            session.add(
                QuotationVia(
                    quotation_id=row.id,
                    outlet_id=via_outlet.id,
                    position=position,
                    mention_start=via.mention.start,
                    mention_end=via.mention.end,
                    mention_text=via.mention.text,
                )
            )
    session.flush()
    appearances.assign_clusters(session, article.id)
    return article


def _bare(host: str | None) -> str | None:
    return host.lower().removeprefix("www.") if host else None


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    outlet: str | None = None
    outlet_id: int | None = None
    published_after: datetime | None = None
    published_before: datetime | None = None
    q: str | None = None  # substring of the title or text
    url: str | None = None


def list_articles(
    session: Session, filters: ArticleFilters | None = None, *, after: int | None = None, limit: int = 20
) -> Page[Article]:
    filters = filters or ArticleFilters()
    stmt = select(Article).options(selectinload(Article.versions))
    if filters.outlet_id is not None:
        stmt = stmt.where(Article.outlet_id == filters.outlet_id)
    if filters.outlet is not None:
        stmt = stmt.where(Article.outlet_id.in_(quotation_store._outlet_ids_matching(filters.outlet)))
    if filters.url is not None:
        stmt = stmt.where(Article.url == filters.url)
    if filters.published_after is not None or filters.published_before is not None:
        seen = func.coalesce(Article.published_at, Article.created_at)
        if filters.published_after is not None:
            stmt = stmt.where(seen >= filters.published_after)
        if filters.published_before is not None:
            stmt = stmt.where(seen < filters.published_before)
    if filters.q:
        in_text = select(ArticleVersion.article_id).where(
            ArticleVersion.id == Article.current_version_id,
            ArticleVersion.text.icontains(filters.q, autoescape=True),
        )
        stmt = stmt.where(or_(Article.title.icontains(filters.q, autoescape=True), Article.id.in_(in_text)))
    return paginate(session, stmt, Article.id, after, limit)


def get_article(session: Session, article_id: int) -> Article | None:
    return session.get(Article, article_id)


def delete_article(session: Session, article_id: int) -> bool:
    """Delete an article with its versions, quotations, vias and roles; commits. False when absent."""
    article = session.get(Article, article_id)
    if article is None:
        return False
    try:
        # Bulk deletes first: the ORM would otherwise load every quotation just to delete it.
        quotation_ids = select(Quotation.id).where(Quotation.article_id == article_id)
        session.execute(delete(QuotationVia).where(QuotationVia.quotation_id.in_(quotation_ids)))
        session.execute(delete(Quotation).where(Quotation.article_id == article_id))
        session.delete(article)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return True


def quotation_count(session: Session, article_ids: list[int]) -> dict[int, int]:
    counts = dict.fromkeys(article_ids, 0)
    if article_ids:
        for article_id, n in session.execute(
            select(Quotation.article_id, func.count())
            .where(Quotation.article_id.in_(article_ids), Quotation.gone_in_version.is_(None))
            .group_by(Quotation.article_id)
        ):
            counts[article_id] = n
    return counts


def describe(
    article: Article, *, with_text: bool = True, quotation_count: int | None = None
) -> dict[str, Any]:
    """The article as the API shows it (with its text and quotations unless ``with_text`` is False)."""
    version = article.current_version
    assert version is not None
    data: dict[str, Any] = {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet": {"id": article.outlet.id, "name": article.outlet.name} if article.outlet else None,
        "authors": list(article.authors or []),
        "published_at": article.published_at,
        "published_at_source": article.published_at_source,
        "language": article.language,
        "sha256": version.sha256,
        "version": version.version,
        "ingested_at": version.ingested_at,
        "extractor_version": version.extractor_version,
        "wire_credits": list(version.wire_credits or []),
    }
    if with_text:
        data["text"] = version.text
        data["zones"] = list(version.zones or [])
        quotations = [q for q in article.quotations if q.gone_in_version is None]
        session = object_session(article)
        assert session is not None
        describe_quotation = quotation_store.describer(session, quotations)
        data["quotations"] = [describe_quotation(q) for q in quotations]
        data["quotation_count"] = len(quotations)
    else:
        data["quotation_count"] = quotation_count or 0
    return data
