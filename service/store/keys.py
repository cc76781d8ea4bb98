"""Normalised lookup keys for names: what makes two surface forms the same entry."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """'Hua  Chunying', 'hua chunying.' → 'hua chunying' (accents folded, punctuation dropped)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    # Folding can lengthen a string ("ß" → "ss"); keys must still fit their 300-character columns.
    return _NON_WORD.sub(" ", folded.casefold().replace("_", " ")).strip()[:300]


def outlet_key(name: str) -> str:
    """Like name_key, without a leading article: 'The Washington Post' and 'Washington Post' agree."""
    key = name_key(name)
    return (key[4:] if key.startswith("the ") else key)[:200]
