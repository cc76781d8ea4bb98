"""One article of the evaluation predictions format (../shared/eval/README.md) from an Analysis."""

from __future__ import annotations

import re
from typing import Any

from service.pipeline.types import Analysis, Span, Speaker


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


# Words that only point at a description ("its operator", "two people familiar with the matter").
_POINTERS = re.compile(r"^(?:(?:a|an|the|one(?!\s+of\b)|its|their|his|her|our)\s+)+", re.IGNORECASE)


def speaker_label(speaker: Speaker) -> str | None:
    """The speaker's canonical name, or for somebody the article never names, how it describes them
    ("the regulator" → "regulator"), as the hand-made gold labels unnamed speakers."""
    if speaker.name and not speaker.name[0].islower():
        return speaker.name
    label = _POINTERS.sub("", speaker.name or speaker.role or "").strip()
    return label or None


def prediction_for(file_name: str, analysis: Analysis) -> dict[str, Any]:
    """The predictions-format object for one article: its file name and every quotation found."""
    quotations = []
    for q in analysis.quotations:
        speaker = q.speaker
        label = speaker_label(speaker) if speaker is not None else None
        quotations.append(
            {
                "kind": q.kind,
                "start": q.content.start,
                "end": q.content.end,
                "text": q.content.text,
                "speaker": {"name": label} if label else None,
                "speaker_mention": _span(speaker.mention) if speaker is not None else None,
                "cue": _span(q.cue),
                "via": [v.name for v in q.via],
                "confidence": q.confidence,
            }
        )
    return {"file": file_name, "quotations": quotations}
