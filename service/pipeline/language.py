"""A guess at an article's language from its commonest function words.

Clients and HTML pages usually declare the language; plain text often does not. Function words are frequent
enough that a few hundred characters settle the question for the languages news scrapes mostly come in, and
the extractor's rules are English, so knowing when a text is not English matters more than fine distinctions.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 5
_MIN_SHARE = 0.6

# Words that are frequent in one language and rare in the others listed; short shared words
# ("a", "la", "de", "en", "die") are left out so that they cannot tip a close call.
_WORD_LISTS: dict[str, str] = {
    "en": "the and of to that is was for with said have has this from are were which would not but they "
    "their been will who its",
    "fr": "le les des une est dans pour qui sur pas avec sont mais aux ont été cette nous vous leur selon",
    "es": "el los las del una por con para que está son pero sus como más fue también según dijo",
    "de": "der und das nicht ist mit sich auf dem den für von sind eine wird auch nach wurde sagte",
    "it": "il gli della che non sono per una nel alla anche come dei secondo ha detto",
    "pt": "os das não uma com para são pelo pela mais foi também segundo disse",
    "nl": "het een van niet zijn voor met ook maar werd bij naar heeft volgens zei",
    "ru": "и в не на что по это как его но из за от так для она он сказал заявил",
}
_FUNCTION_WORDS = {code: frozenset(words.split()) for code, words in _WORD_LISTS.items()}


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is most likely in, or None when the evidence is thin."""
    hits = dict.fromkeys(_FUNCTION_WORDS, 0)
    for match in _WORD.finditer(text[:20_000]):
        word = match.group().lower()
        for code, words in _FUNCTION_WORDS.items():
            if word in words:
                hits[code] += 1
    total = sum(hits.values())
    best = max(hits, key=hits.__getitem__)
    if hits[best] < _MIN_HITS or hits[best] < _MIN_SHARE * total:
        return None
    return best


__all__ = ["guess_language"]
