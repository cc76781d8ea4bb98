"""Extraction pipeline: plain functions over text, nothing of Flask or the database."""

from service.pipeline.extract import EXTRACTOR_VERSION, analyse
from service.pipeline.types import Analysis, Quotation, Span, Speaker, Via, WireCredit, Zone

__all__ = [
    "EXTRACTOR_VERSION",
    "Analysis",
    "Quotation",
    "Span",
    "Speaker",
    "Via",
    "WireCredit",
    "Zone",
    "analyse",
]
