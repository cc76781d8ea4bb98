"""Article analysis: the pipeline's single entry point."""

from __future__ import annotations

import re

from service.pipeline.types import Analysis, Quotation, Span, Speaker, Zone

EXTRACTOR_VERSION = "0.1.0"

_DIRECT = re.compile(r"[\"“]([^\"“”\n]{3,}?)[\"”]")
_CUE_AFTER = re.compile(r"^\W{0,3}\s*(?P<who>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}|he|she|they)\s+(?P<cue>said|says|added)\b")
_CUE_BEFORE = re.compile(r"(?P<who>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}|he|she|they)\s+(?P<cue>said|says|added)\W{0,3}\s*$")
_PRONOUNS = {"he", "she", "they"}


def analyse(text: str, *, title: str | None = None) -> Analysis:
    """Find the quotations in ``text`` with their speakers; offsets index ``text`` as given."""
    quotations = []
    for match in _DIRECT.finditer(text):
        content = Span(match.start(1), match.end(1), match.group(1))
        after = _CUE_AFTER.match(text, match.end(), min(len(text), match.end() + 80))
        before = _CUE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        cue_match = after or before
        speaker = cue = None
        if cue_match:
            who = cue_match.group("who").strip()
            start = cue_match.start("who")
            mention = Span(start, start + len(who), who)
            pronoun = who.lower() in _PRONOUNS
            speaker = Speaker(
                name=None if pronoun else who,
                kind="unknown" if pronoun else "person",
                mention=mention,
                resolution="pronoun" if pronoun else "named",
            )
            cue = Span(cue_match.start("cue"), cue_match.end("cue"), cue_match.group("cue"))
        quotations.append(
            Quotation(
                kind="direct",
                content=content,
                sentence=Span(match.start(), match.end(), match.group(0)),
                speaker=speaker,
                cue=cue,
                confidence=0.6 if speaker else 0.3,
            )
        )
    return Analysis(
        quotations=tuple(quotations),
        zones=(Zone(0, len(text), "main"),),
        extractor_version=EXTRACTOR_VERSION,
    )
