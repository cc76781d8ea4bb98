"""Text keys shared by identity resolution, search and matching (pure functions, no database).

``search_text`` is the ONE tokenisation of quotation text: both full-text backends (SQLite FTS5 and
PostgreSQL tsvector with the 'simple' configuration) index this string, whose tokens are already folded
and separated by single spaces, so both see exactly the same tokens and give the same results.
"""

from __future__ import annotations

import re
import unicodedata

_NON_TOKEN = re.compile(r"[\W_]+")
# Honorifics and initials say nothing about who a person is; "Mr Lavrov" is Lavrov.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "madam", "mme", "m"})


def fold(text: str) -> str:
    """Accents removed, case folded (NFKD, so ligatures and full-width forms fold too)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokens(text: str) -> list[str]:
    """The search tokens of ``text``: folded runs of letters and digits."""
    return [token for token in _NON_TOKEN.split(fold(text)) if token]


def search_text(text: str) -> str:
    """The indexed form of a quotation: its tokens joined by single spaces."""
    return " ".join(tokens(text))


def _variant(token: str) -> str:
    """One spelling per transliteration family: Sergei/Sergey, Yevgeny/Evgeny/Evgeniy, Dmitry/Dmitriy,
    Aleksei/Alexey, Zelensky/Zelenskyy, Yanukovich/Yanukovych, Tatyana/Tatiana, Mikhail/Mihail."""
    t = token
    if len(t) > 3 and t.startswith("ye"):
        t = t[1:]
    t = t.replace("x", "ks").replace("kh", "h")
    t = re.sub(r"(?<=\w)ya", "ia", t)
    t = re.sub(r"ych$", "ich", t)
    t = re.sub(r"(iy|yy|ii|ij|y)$", "i", t)
    return t


def name_tokens(name: str) -> list[str]:
    """The identifying tokens of a person's name: folded, transliteration variants unified, honorifics
    and single-letter initials dropped (unless nothing else is left)."""
    raw = tokens(name)
    if len(raw) > 1 and raw[0] == "the":  # "the Foreign Ministry" is the Foreign Ministry
        raw = raw[1:]
    kept = [t for t in raw if len(t) > 1 and t not in _HONORIFICS]
    return [_variant(t) for t in (kept or raw)]


def match_key(name: str) -> str:
    """The key under which spellings of one name meet: 'Sergey V. Lavrov' → 'sergei lavrov'."""
    return " ".join(name_tokens(name))
