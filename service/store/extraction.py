"""Extraction without storage: the same analysis and representation as ingest, for /v1/extract and the CLI."""

from __future__ import annotations

from typing import Any

from service.pipeline import analyse
from service.store import quotations as quotation_store


def extract_only(text: str, *, title: str | None = None) -> dict[str, Any]:
    analysis = analyse(text, title=title)
    return {
        "extractor_version": analysis.extractor_version,
        "quotations": [
            quotation_store.describe_value(q, text, analysis.extractor_version) for q in analysis.quotations
        ],
        "zones": [{"start": z.start, "end": z.end, "kind": z.kind} for z in analysis.zones],
        "wire_credits": [
            {
                "outlet": {"name": c.outlet, "kind": c.kind},
                "mention": {"start": c.mention.start, "end": c.mention.end, "text": c.mention.text},
            }
            for c in analysis.wire_credits
        ],
    }
