"""Building blocks for the issue-4 store tests: articles whose analysis is given, not extracted.

Identity, corrections, appearances and versions are properties of the store; feeding them a fixed
analysis keeps those tests about the store, whatever the extractor finds on a given day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from service.pipeline import types
from service.store import articles as article_store
from service.store.articles import Submission, ingest
from service.store.fetch import Fetched
from service.store.models import Article


@dataclass(frozen=True)
class Said:
    """One quotation of a test article: the words and who the article says spoke them."""

    words: str
    name: str | None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    kind: str = "person"
    via: tuple[tuple[str, str], ...] = ()  # (outlet name, mention text in the article)
    quotation_kind: str = "direct"


@dataclass
class Story:
    """An article text built from quotations, with the analysis the extractor would return for it."""

    said: list[Said]
    lead: str = "Officials spoke on Tuesday."
    text: str = field(init=False)

    def __post_init__(self) -> None:
        parts = [self.lead]
        for item in self.said:
            who = item.name or "An official"
            sentence = f'"{item.words}," {who} said'
            for _, mention in item.via:
                sentence += f", according to {mention}"
            parts.append(sentence + ".")
        self.text = "\n\n".join(parts)


def analysis_of(text: str, said: list[Said]) -> types.Analysis:
    quotations = []
    cursor = 0
    for item in said:
        start = text.index(f'"{item.words}', cursor) + 1
        end = start + len(item.words)
        cursor = end
        sentence_end = text.index(".", end) + 1 if "." in text[end:] else len(text)
        speaker = None
        if item.name:
            at = text.find(item.name, end)
            mention = types.Span(at, at + len(item.name), item.name) if at >= 0 else None
            speaker = types.Speaker(
                name=item.name,
                kind=item.kind,  # type: ignore[arg-type]
                mention=mention,
                resolution="named",
                role=item.role,
                aliases=item.aliases,
            )
        vias = []
        for outlet, mention_text in item.via:
            at = text.index(mention_text, end)
            vias.append(
                types.Via(
                    name=outlet,
                    kind="news_agency",
                    mention=types.Span(at, at + len(mention_text), mention_text),
                )
            )
        quotations.append(
            types.Quotation(
                kind=item.quotation_kind,  # type: ignore[arg-type]
                content=types.Span(start, end, item.words),
                sentence=types.Span(start - 1, sentence_end, text[start - 1 : sentence_end]),
                speaker=speaker,
                cue=None,
                via=tuple(vias),
                confidence=0.9,
            )
        )
    return types.Analysis(
        quotations=tuple(quotations), zones=(types.Zone(0, len(text), "main"),), extractor_version="test"
    )


def use_given_analyses(monkeypatch: pytest.MonkeyPatch, registry: dict[str, list[Said]]) -> None:
    """Make ingest analyse texts registered here with the given quotations (others: no quotations)."""

    def fake_analyse(text: str, *, title: str | None = None) -> types.Analysis:
        return analysis_of(text, registry.get(text, []))

    monkeypatch.setattr(article_store, "analyse", fake_analyse)


def put(
    db: Session,
    monkeypatch: pytest.MonkeyPatch,
    said: list[Said],
    *,
    lead: str = "Officials spoke on Tuesday.",
    outlet: str | None = None,
    url: str | None = None,
    published_at: datetime | None = None,
    text: str | None = None,
) -> Article:
    """Ingest one article whose analysis is ``said``."""
    story = Story(said, lead=lead)
    body = text if text is not None else story.text

    def fake_analyse(given: str, *, title: str | None = None) -> types.Analysis:
        return analysis_of(given, said)

    monkeypatch.setattr(article_store, "analyse", fake_analyse)
    if url is None:
        submission = Submission(text=body, outlet=outlet, published_at=published_at)
    else:
        # The page "at" the url: the network is not what these tests are about.
        monkeypatch.setattr(
            article_store, "fetch", lambda _url, _limits=None: Fetched(url, "text/plain", body)
        )
        submission = Submission(url=url, outlet=outlet, published_at=published_at)
    article, _ = ingest(db, submission)
    return article
