"""One article of the evaluation predictions format (../shared/eval/README.md) from an Analysis."""

from __future__ import annotations

from typing import Any

from service.pipeline.types import Analysis, Span


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def prediction_for(file_name: str, analysis: Analysis) -> dict[str, Any]:
    """The predictions-format object for one article: its file name and every quotation found."""
    quotations = []
    for q in analysis.quotations:
        speaker = q.speaker
        quotations.append(
            {
                "kind": q.kind,
                "start": q.content.start,
                "end": q.content.end,
                "text": q.content.text,
                "speaker": {"name": speaker.name} if speaker is not None and speaker.name else None,
                "speaker_mention": _span(speaker.mention) if speaker is not None else None,
                "cue": _span(q.cue),
                "via": [v.name for v in q.via],
                "confidence": q.confidence,
            }
        )
    return {"file": file_name, "quotations": quotations}
