"""Immutable values the extraction pipeline returns.

Every offset is a Python ``str`` index into the article text exactly as it was given (end exclusive):
the pipeline never strips or normalises the text it reports positions in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuotationKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organisation", "group", "document", "unknown"]
OutletKind = Literal["publisher", "news_agency", "broadcaster", "newspaper", "government_body", "other"]
# How the speaker of a quotation was found.
Resolution = Literal[
    "named",  # a name stands at the cue ("Hua Chunying said")
    "surname",  # a partial name resolved to the full one given earlier ("Hua said")
    "pronoun",  # "she said"
    "role_noun",  # "the spokeswoman said"
    "cataphora",  # the name comes after the quotation's own sentence
    "continuation",  # no cue: the quote continues the previous speaker
    "unresolved",  # a cue was found but no speaker could be named
]
ZoneKind = Literal["main", "title", "boilerplate"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it, as the article identifies them."""

    name: str | None  # canonical: the fullest name the article gives ("Hua Chunying"); None when unknown
    kind: SpeakerKind
    mention: Span | None  # where the speaker is mentioned at this attribution ("she", "Zakharova")
    resolution: Resolution
    role: str | None = None  # title or role given in the article ("Chinese foreign ministry spokesperson")
    # Every surface form of this speaker seen in the article ("Hua", "Chunying", "Hua Chunying").
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Via:
    """An intermediary through which a statement reached the article."""

    name: str  # canonical outlet name ("RT", "CCTV", "South China Morning Post")
    kind: OutletKind
    mention: Span  # "the state-run Russian broadcaster", "the Post", "Tass"


@dataclass(frozen=True, slots=True)
class Quotation:
    kind: QuotationKind
    content: Span  # for a direct quotation: what stands inside the quotation marks
    sentence: Span  # the sentence (or paragraph stretch) the quotation stands in
    speaker: Speaker | None
    cue: Span | None  # "said", "according to", "told"
    via: tuple[Via, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Zone:
    start: int
    end: int
    kind: ZoneKind


@dataclass(frozen=True, slots=True)
class WireCredit:
    """A credit line naming a wire service ("(PTI)", "with additional input by Anadolu")."""

    outlet: str
    kind: OutletKind
    mention: Span


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of analysing one article."""

    quotations: tuple[Quotation, ...]
    zones: tuple[Zone, ...]  # main text, title and boilerplate, in text order, covering the text
    wire_credits: tuple[WireCredit, ...] = ()
    extractor_version: str = field(default="")
