"""Article versions: re-ingesting an article (same URL, changed text) adds a version instead of a new
article, and the quotations already stored follow the text.

Each live quotation is re-anchored in the new text through its TextQuoteSelector: the exact words first
(several occurrences: the one whose prefix and suffix agree best, then the nearest), else a fuzzy
alignment when the words were edited. Anchored quotations keep their id and are refreshed from the new
extraction where it finds them; the old position is kept as a QuotationAnchor of the old version. A
quotation that is no longer in the text is marked gone_in_version and stays, anchored in the version
it was last seen in. New quotations are added. Re-extraction (same text, newer extractor) runs the
same reconciliation without a new version; corrections survive both (pins, locked speakers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from service.pipeline import analyse
from service.pipeline.types import Analysis
from service.pipeline.types import Quotation as QuotationValue
from service.store import appearances, identity
from service.store import outlets as outlet_store
from service.store import quotations as quotation_store
from service.store import speakers as speaker_store
from service.store.models import (
    Article,
    ArticleVersion,
    Quotation,
    QuotationAnchor,
    QuotationVia,
    utcnow,
)
from service.store.textkeys import search_text

if TYPE_CHECKING:
    from service.store.articles import Prepared

FUZZY_THRESHOLD = 85.0  # rapidfuzz partial alignment score (0..100) for an edited quotation


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    method: str  # exact | fuzzy


def article_for_url(session: Session, url: str) -> Article | None:
    return session.scalar(select(Article).where(Article.url == url).order_by(Article.id).limit(1))


def _agreement(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the selector's prefix and suffix the text around [start, end) repeats."""
    before = text[max(0, start - len(prefix)) : start]
    n = 0
    while n < len(before) and n < len(prefix) and before[-1 - n] == prefix[-1 - n]:
        n += 1
    after = text[end : end + len(suffix)]
    m = 0
    while m < len(after) and after[m] == suffix[m]:
        m += 1
    return n + m


def reanchor(text: str, exact: str, prefix: str, suffix: str, old_start: int) -> Anchor | None:
    """Where a TextQuoteSelector's quotation stands in ``text``, or None when it is no longer there."""
    if not exact:
        return None
    positions = []
    at = text.find(exact)
    while at >= 0:
        positions.append(at)
        at = text.find(exact, at + 1)
    if positions:
        best = max(
            positions,
            key=lambda p: (_agreement(text, p, p + len(exact), prefix, suffix), -abs(p - old_start)),
        )
        return Anchor(best, best + len(exact), "exact")
    alignment = fuzz.partial_ratio_alignment(exact, text)
    if alignment is None or alignment.score < FUZZY_THRESHOLD:
        return None
    # The alignment has the length of the old words; the edited span may be longer or shorter. Choose the
    # whole-word span around it that reads most like the old words.
    slack = 12
    lo, hi = alignment.dest_start, alignment.dest_end
    starts = [p for p in range(max(0, lo - slack), min(len(text), lo + slack) + 1) if _word_start(text, p)]
    ends = [
        p
        for p in range(max(0, hi - slack - len(exact) // 3), min(len(text), hi + slack + len(exact) // 3) + 1)
        if _word_end(text, p)
    ]
    best: tuple[float, int, int] | None = None
    for start in starts:
        for end in ends:
            if end - start < max(3, len(exact) // 2):
                continue
            value = fuzz.ratio(exact, text[start:end])
            key = (value, -abs(start - lo), -abs(end - hi))
            if best is None or key > (best[0], -abs(best[1] - lo), -abs(best[2] - hi)):
                best = (value, start, end)
    if best is None or best[0] < FUZZY_THRESHOLD:
        return None
    start, end = best[1], best[2]
    # Character distance prefers "twice" → "three" over "three times": a quotation runs to a boundary, so
    # take in the few words up to the next punctuation when the result still reads like the old words.
    boundary = re.search(r"[.,;:!?\"“”«»\n]", text[end:])
    tail_end = end + boundary.start() if boundary else len(text)
    if tail_end > end and len(text[end:tail_end].split()) <= 3:
        widened = tail_end - (len(text[end:tail_end]) - len(text[end:tail_end].rstrip()))
        if fuzz.ratio(exact, text[start:widened]) >= FUZZY_THRESHOLD:
            end = widened
    return Anchor(start, end, "fuzzy")


def _word_start(text: str, p: int) -> bool:
    return p < len(text) and text[p].isalnum() and (p == 0 or not text[p - 1].isalnum())


def _word_end(text: str, p: int) -> bool:
    return p > 0 and text[p - 1].isalnum() and (p == len(text) or not text[p].isalnum())


def add_version(session: Session, article: Article, prepared: Prepared, analysis: Analysis) -> Article:
    """A new version of ``article`` with ``prepared.text`` (inside the caller's transaction)."""
    previous = article.current_version
    number = (
        session.scalar(
            select(func.max(ArticleVersion.version)).where(ArticleVersion.article_id == article.id)
        )
        or 0
    ) + 1
    now = utcnow()
    version = ArticleVersion(
        article_id=article.id,
        version=number,
        text=prepared.text,
        sha256=prepared.sha256,
        ingested_at=now,
        zones=[{"start": z.start, "end": z.end, "kind": z.kind} for z in analysis.zones],
        wire_credits=_wire_credits(session, analysis),
        extractor_version=analysis.extractor_version,
    )
    session.add(version)
    session.flush()
    article.current_version_id = version.id
    if prepared.title:
        article.title = prepared.title
    if article.published_at is None and prepared.published_at is not None:
        article.published_at = prepared.published_at
        article.published_at_source = prepared.published_at_source
    reconcile(session, article, previous, version, analysis, seen_at=article.published_at or now)
    session.expire(article, ["versions", "quotations"])
    return article


def reextract(session: Session, article: Article) -> Article:
    """Run the current extractor again over the current version; commits. Quotations keep their ids."""
    version = article.current_version
    assert version is not None
    try:
        analysis = analyse(version.text, title=article.title)
        version.extractor_version = analysis.extractor_version
        version.zones = [{"start": z.start, "end": z.end, "kind": z.kind} for z in analysis.zones]
        version.wire_credits = _wire_credits(session, analysis)
        reconcile(
            session, article, version, version, analysis, seen_at=article.published_at or version.ingested_at
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    session.expire(article, ["versions", "quotations"])
    return article


def _wire_credits(session: Session, analysis: Analysis) -> list[dict[str, Any]]:
    credits = []
    for credit in analysis.wire_credits:
        outlet = outlet_store.resolve_outlet(session, credit.outlet, kind=credit.kind)
        credits.append(
            {
                "outlet": {"id": outlet.id, "name": outlet.name},
                "mention": {
                    "start": credit.mention.start,
                    "end": credit.mention.end,
                    "text": credit.mention.text,
                },
            }
        )
    return credits


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shared = min(a_end, b_end) - max(a_start, b_start)
    shortest = min(a_end - a_start, b_end - b_start)
    return shared / shortest if shared > 0 and shortest > 0 else 0.0


def reconcile(
    session: Session,
    article: Article,
    previous: ArticleVersion | None,
    version: ArticleVersion,
    analysis: Analysis,
    *,
    seen_at: datetime,
) -> None:
    text = version.text
    live = list(
        session.scalars(
            select(Quotation)
            .where(Quotation.article_id == article.id, Quotation.gone_in_version.is_(None))
            .order_by(Quotation.id)
        )
    )
    anchors = {q.id: reanchor(text, q.text, q.prefix, q.suffix, q.start) for q in live}
    values: Sequence[QuotationValue] = analysis.quotations
    # Pair stored quotations with what the extractor finds now, largest overlap first.
    pairs = sorted(
        (
            (-_overlap(a.start, a.end, v.content.start, v.content.end), q.id, i)
            for q in live
            if (a := anchors[q.id]) is not None
            for i, v in enumerate(values)
        ),
    )
    paired_q: dict[int, int] = {}
    used: set[int] = set()
    for negative, q_id, i in pairs:
        if -negative < 0.5:
            break
        if q_id in paired_q or i in used:
            continue
        paired_q[q_id] = i
        used.add(i)
    for q in live:
        anchor = anchors[q.id]
        if anchor is None:
            q.gone_in_version = version.version
            continue
        if previous is not None and previous.id != version.id and q.version_id == previous.id:
            session.add(
                QuotationAnchor(
                    quotation_id=q.id,
                    version_id=previous.id,
                    start=q.start,
                    end=q.end,
                    text=q.text,
                    prefix=q.prefix,
                    suffix=q.suffix,
                    sentence_start=q.sentence_start,
                    sentence_end=q.sentence_end,
                    method="extracted",
                )
            )
        if q.id in paired_q:
            _refresh(session, q, values[paired_q[q.id]], article, version, seen_at)
        else:
            shift = anchor.start - q.start
            q.sentence_start = max(0, min(len(text), q.sentence_start + shift))
            q.sentence_end = max(q.sentence_start, min(len(text), q.sentence_end + shift))
            q.sentence_start = min(q.sentence_start, anchor.start)
            q.sentence_end = max(q.sentence_end, anchor.end)
            _place(q, text, anchor.start, anchor.end)
            q.version_id = version.id
    for i, value in enumerate(values):
        if i not in used:
            row = Quotation(
                article_id=article.id, version_id=version.id, kind=value.kind, start=0, end=0, text=""
            )
            row.sentence_start = row.sentence_end = 0
            session.add(row)
            _refresh(session, row, value, article, version, seen_at)
    session.flush()
    for q in live:
        session.expire(q, ["version", "vias", "speaker"])
    appearances.assign_clusters(session, article.id)


def _place(q: Quotation, text: str, start: int, end: int) -> None:
    q.start, q.end, q.text = start, end, text[start:end]
    q.prefix, q.suffix = quotation_store.selector_context(text, start, end)
    q.search_text = search_text(q.text)


def _refresh(
    session: Session,
    q: Quotation,
    value: QuotationValue,
    article: Article,
    version: ArticleVersion,
    seen_at: datetime,
) -> None:
    """Fill ``q`` from an extracted value (keeping a speaker an admin has set)."""
    text = version.text
    _place(q, text, value.content.start, value.content.end)
    q.version_id = version.id
    q.kind = value.kind
    q.sentence_start, q.sentence_end = value.sentence.start, value.sentence.end
    q.confidence = float(value.confidence)
    q.extractor_version = version.extractor_version
    q.cue_start = value.cue.start if value.cue else None
    q.cue_end = value.cue.end if value.cue else None
    q.cue_text = value.cue.text if value.cue else None
    speaker_value = value.speaker
    mention = speaker_value.mention if speaker_value else None
    q.speaker_mention_start = mention.start if mention else None
    q.speaker_mention_end = mention.end if mention else None
    q.speaker_mention_text = mention.text if mention else None
    q.resolution = speaker_value.resolution if speaker_value else "unresolved"
    if not q.speaker_locked:
        q.speaker_name = speaker_value.name if speaker_value else None
        speaker = identity.resolve_speaker(session, speaker_value, article_id=article.id)
        q.speaker_id = speaker.id if speaker else None
        if speaker is not None and speaker_value is not None:
            forms = {speaker_value.name or "", *speaker_value.aliases}
            if mention and speaker_value.resolution in ("named", "surname", "cataphora"):
                forms.add(mention.text)
            for form in sorted(f for f in forms if f):
                speaker_store.record_alias(session, speaker, form)
            if speaker_value.role:
                speaker_store.record_role(
                    session, speaker, speaker_value.role, article_id=article.id, seen_at=seen_at
                )
    session.flush()
    session.execute(delete(QuotationVia).where(QuotationVia.quotation_id == q.id))
    for position, via in enumerate(value.via):
        outlet = outlet_store.resolve_outlet(session, via.name, kind=via.kind)
        session.add(
            QuotationVia(
                quotation_id=q.id,
                outlet_id=outlet.id,
                position=position,
                mention_start=via.mention.start,
                mention_end=via.mention.end,
                mention_text=via.mention.text,
            )
        )
    session.flush()
    session.expire(q, ["vias"])


# --- reading versions ----------------------------------------------------------------------------------


def list_versions(session: Session, article: Article) -> list[dict[str, Any]]:
    versions = list(
        session.scalars(
            select(ArticleVersion)
            .where(ArticleVersion.article_id == article.id)
            .order_by(ArticleVersion.version)
        )
    )
    present = _present_counts(session, [v.id for v in versions])
    gone = dict(
        session.execute(
            select(Quotation.gone_in_version, func.count())
            .where(Quotation.article_id == article.id, Quotation.gone_in_version.is_not(None))
            .group_by(Quotation.gone_in_version)
        ).all()
    )
    return [
        {
            "version": v.version,
            "sha256": v.sha256,
            "ingested_at": v.ingested_at,
            "extractor_version": v.extractor_version,
            "length": len(v.text),
            "current": v.id == article.current_version_id,
            "quotation_count": present.get(v.id, 0),
            "gone_count": gone.get(v.version, 0),
        }
        for v in versions
    ]


def _present_counts(session: Session, version_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = dict.fromkeys(version_ids, 0)
    for version_id, n in session.execute(
        select(Quotation.version_id, func.count())
        .where(Quotation.version_id.in_(version_ids))
        .group_by(Quotation.version_id)
    ):
        counts[version_id] += n
    for version_id, n in session.execute(
        select(QuotationAnchor.version_id, func.count())
        .where(QuotationAnchor.version_id.in_(version_ids))
        .group_by(QuotationAnchor.version_id)
    ):
        counts[version_id] += n
    return counts


def get_version(session: Session, article: Article, number: int) -> dict[str, Any] | None:
    """One version with its text and the quotations as they stood in it."""
    version = session.scalar(
        select(ArticleVersion).where(
            ArticleVersion.article_id == article.id, ArticleVersion.version == number
        )
    )
    if version is None:
        return None
    items: list[tuple[int, dict[str, Any]]] = []
    current = list(session.scalars(select(Quotation).where(Quotation.version_id == version.id)))
    anchored = session.execute(
        select(QuotationAnchor, Quotation)
        .join(Quotation, Quotation.id == QuotationAnchor.quotation_id)
        .where(QuotationAnchor.version_id == version.id)
    ).all()
    describe = quotation_store.describer(session, [*current, *(q for _, q in anchored)])
    for q in current:
        data = describe(q)
        data["anchor"] = "current"
        items.append((q.start, data))
    for anchor, q in anchored:
        data = describe(q)
        data.update(
            text=anchor.text,
            start=anchor.start,
            end=anchor.end,
            selector={
                "type": "TextQuoteSelector",
                "exact": anchor.text,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            sentence={
                "start": anchor.sentence_start,
                "end": anchor.sentence_end,
                "text": version.text[anchor.sentence_start : anchor.sentence_end],
            },
            gone_in_version=q.gone_in_version,
            anchor=anchor.method,
        )
        data["article"] = {**data["article"], "version": version.version}
        items.append((anchor.start, data))
    items.sort(key=lambda item: (item[0], item[1]["id"]))
    return {
        "article_id": article.id,
        "version": version.version,
        "sha256": version.sha256,
        "ingested_at": version.ingested_at,
        "extractor_version": version.extractor_version,
        "current": version.id == article.current_version_id,
        "text": version.text,
        "quotations": [data for _, data in items],
    }
