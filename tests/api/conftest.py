"""Helpers for the API tests: posting articles through the real endpoint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.pipeline.outlets import lookup_outlet
from service.pipeline.types import Analysis, Quotation, Span, Speaker, Via, Zone


@pytest.fixture
def post_article(client: FlaskClient, auth: dict[str, str]) -> Callable[..., Any]:
    """POST /v1/articles with a valid key; asserts success and returns the JSON body."""

    def post(expected: int = 201, **body: Any) -> dict[str, Any]:
        response = client.post("/v1/articles", json=body, headers=auth)
        assert response.status_code == expected, response.get_json()
        return response.get_json()

    return post


@dataclass(frozen=True)
class Said:
    """One quotation the scripted extractor reports wherever ``quote`` occurs in a text."""

    quote: str
    speaker: str | None
    mention: str | None = None  # defaults to the speaker's name
    cue: str | None = "said"
    via: tuple[tuple[str, str], ...] = ()  # (outlet name, mention text)
    kind: str = "direct"
    resolution: str = "named"
    role: str | None = None
    speaker_kind: str = "person"
    aliases: tuple[str, ...] = ()


@pytest.fixture
def script_extraction(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Replace the extractor for this test with a script, so store/API behaviour (speakers, vias,
    filters) is tested independently of extraction quality, which tests/pipeline measures."""

    def install(*script: Said) -> None:
        def analyse(text: str, *, title: str | None = None) -> Analysis:
            quotations = []
            for said in script:
                start = text.find(said.quote)
                if start < 0:
                    continue
                end = start + len(said.quote)

                def span(needle: str | None, after: int = end) -> Span | None:
                    if not needle:
                        return None
                    at = text.find(needle, after)
                    at = at if at >= 0 else text.find(needle)
                    assert at >= 0, f"{needle!r} not in the text"
                    return Span(at, at + len(needle), needle)

                mention = span(said.mention or said.speaker)
                speaker = None
                if said.speaker or mention:
                    speaker = Speaker(
                        name=said.speaker,
                        kind=said.speaker_kind if said.speaker else "unknown",  # type: ignore[arg-type]
                        mention=mention,
                        resolution=said.resolution,  # type: ignore[arg-type]
                        role=said.role,
                        aliases=said.aliases,
                    )
                vias = tuple(
                    Via(
                        name=name,
                        kind=lookup.kind if (lookup := lookup_outlet(name)) else "other",
                        mention=span(m),
                    )  # type: ignore[arg-type]
                    for name, m in said.via
                )
                sentence_start = text.rfind("\n", 0, start) + 1
                sentence_end = text.find("\n", end)
                sentence_end = len(text) if sentence_end < 0 else sentence_end
                quotations.append(
                    Quotation(
                        kind=said.kind,  # type: ignore[arg-type]
                        content=Span(start, end, said.quote),
                        sentence=Span(sentence_start, sentence_end, text[sentence_start:sentence_end]),
                        speaker=speaker,
                        cue=span(said.cue),
                        via=vias,
                        confidence=0.9,
                    )
                )
            quotations.sort(key=lambda q: q.content.start)
            return Analysis(
                quotations=tuple(quotations),
                zones=(Zone(0, len(text), "main"),),
                extractor_version="scripted-1",
            )

        monkeypatch.setattr("service.store.articles.analyse", analyse)
        monkeypatch.setattr("service.store.extraction.analyse", analyse)

    return install
