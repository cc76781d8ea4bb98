"""Article analysis: the pipeline's single entry point.

A rule engine over a regex tokenizer (no trained model: the parser would cost more than the whole budget).
Per main-text paragraph: pair quotation marks into segments, mask them so that nothing inside a quotation
is read as structure, split sentences, find speech cues, read the speaker phrase next to each cue and the
content on the other side of it, then resolve speakers and intermediaries against what the article names.
Besides speech, positions are attributed in a few fixed frames, each needing a holder that can take a stance:
agent + verb of stance + object ("the senator cited the figure"), a copula with an adjective or noun of
stance ("is critical of"), a passive with a by-phrase, a possessed noun of stance ("her plan to …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from service.pipeline import lexicon as lx
from service.pipeline.entities import ArticleEntities, Person, describing_words, is_role_word, role_words
from service.pipeline.outlets import KNOWN_OUTLETS
from service.pipeline.quotes import MASK, Segment, find_segments, mask, sentences
from service.pipeline.types import Analysis, OutletKind, Quotation, Span, Speaker, Via
from service.pipeline.zones import TRAILING_CREDIT, find_wire_credits, find_zones, publisher_names

EXTRACTOR_VERSION = "1.8.0"

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w]+(?:[’'\-.][\w]+)*(?:[’']s)?|''|[^\w\s]")
_OPEN_MARKS = set("“\"‘'«„") | {"''"}
_CLOSE_MARKS = set("”\"’'»") | {"''"}
_DETS = {
    "the",
    "a",
    "an",
    "another",
    "his",
    "my",
    "your",
    "her",
    "their",
    "its",
    "our",
    "two",
    "three",
    "four",
    "both",
    "several",
    "some",
    "many",
    "one",
    "other",
    "these",
    "those",
    "this",
    "most",
    "few",
    "all",
}
_FUNCTION = {
    "though",
    "although",
    "because",
    "when",
    "unless",
    "whether",
    "where",
    "since",
    "once",
    "until",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "that",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "than",
    "if",
    "then",
    "not",
    "also",
    "about",
    "into",
    "over",
    "after",
    "before",
    "while",
}
_CONNECT = {"of", "for", "and", "at", "to", "on", "in", "with", "from"}
_DOC_LINK = {"by", "from", "in", "of"}


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quote: bool = False  # a masked quotation

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Cue:
    first: int  # token index of the first cue word
    last: int  # token index of the last cue word
    weight: float
    np: tuple[int, int] | None  # speaker phrase token range, inclusive
    inverted: bool = False
    object_np: tuple[int, int] | None = None  # "quoted X as saying": X
    participle: bool = False
    according: bool = False
    head: tuple[int, int] | None = None  # the name inside an appositive or behind "who"
    coordinated: bool = False  # subject borrowed from the start of the sentence ("X did A and said B")
    noun_object: bool = False  # the content is the verb's object phrase ("cited the figure"), not a clause
    channel: tuple[int, int] | None = None  # "told reporters, according to TASS, that …": TASS


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    kind: str
    sentence: tuple[int, int]
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None
    confidence: float
    paragraph: int
    via_mentions: list[tuple[int, int]] = field(default_factory=list)
    resolution: str | None = None
    inherit: Draft | None = None  # continuation: same speaker as this earlier draft
    shares: Draft | None = None  # "“A,” he said. “B.”": B has A's speaker, cue and channel
    speaker: Speaker | None = None
    vias: tuple[Via, ...] = ()
    doc_outlet: bool = False
    name_span: tuple[int, int] | None = None
    forward: bool = False  # speaker taken from the next quotation
    label: bool = False  # a transcript label ("BRANDT:") names the speaker
    gender: str | None = None  # "m"/"f" from a pronoun the mention replaced ("X condemned what he called")
    # "Asked whether …, she said": the question put to the speaker holds the sentence's attribution
    # together but is nothing the speaker said
    question: bool = False


def _tokens(masked: str, lo: int, hi: int, seg_starts: set[int]) -> list[Tok]:
    toks = []
    for m in _TOKEN.finditer(masked, lo, hi):
        text = m.group()
        toks.append(Tok(m.start(), m.end(), text, text.lower(), text[0] == MASK and m.start() in seg_starts))
    return toks


# "al-Khulaifi", "bin-Salman": a surname that opens with a lower-case particle
_PARTICLE_NAME = re.compile(rf"(?:{'|'.join(lx.HYPHENED_PARTICLES)})-[A-Z][\w’'-]*")


def _particle_inside(words: list[str], at: int) -> bool:
    """Whether the particle ``words[at]`` follows a capitalised name word ("Ursula von der Leyen")."""
    p = at - 1
    while p >= 0 and words[p] in lx.NAME_PARTICLES:
        p -= 1
    return p >= 0 and words[p][:1].isupper()


def _is_name_word(tok: Tok) -> bool:
    if _PARTICLE_NAME.fullmatch(tok.text):
        return True
    return tok.cap and tok.low not in lx.CAP_STOP and not tok.quote and tok.text[0].isalpha()


_YEAR_OR_MEASURE = re.compile(r"(?:19|20)\d\d|\d+-[a-z]+")
# "(… search and rescue office), Muhammad Arief Setiawan." after a speaker phrase, or the words it left out:
# a name set off as the phrase's apposition.
_SILENCE = re.compile(
    r"\s*to\s+(?:comment|say|elaborate|specify|confirm|speculate|identify|respond|reply|answer|discuss|"
    r"disclose|reveal|explain|"
    r"be\s+(?:named|identified|interviewed)|go\s+into\s+(?:details?|specifics)|"
    r"(?:give|provide|offer|share)\s+(?:any\s+|further\s+|more\s+|other\s+)*"
    r"(?:details|specifics|information|figures|a\s+reason|a\s+timeline))\b"
)
_APPOSED_NAME = re.compile(
    r"[^,.;:“”\"()]{0,60}?,\s+((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)(?=\s*(?:[,.;]|$))"
)
# A role with its article or owner, a comma, and at most three words describing the person named next.
_ROLE_APPOSED = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.-]*[’']s)\s[^,.;:“”\"]{2,90}?),\s+"
    r"(?:[\w-]+\s+){0,3}"
)
_AGED = re.compile(r"(\d{1,3})-year-old")


def _np_back(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """The speaker phrase ending at token ``j`` ("Port Authority spokeswoman Greta Maas")."""
    if j < 0:
        return None
    head = toks[j]
    if head.text == ")":
        # "Rep. Ann Lee (D-Ore.) said": step over the parenthesis.
        for p in range(j - 1, max(-1, j - 12), -1):
            if toks[p].text == "(":
                inner = _np_back(toks, p - 1)
                return (inner[0], j) if inner else None
        return None
    if _AGED.fullmatch(head.low) and j > 0 and toks[j - 1].low in _DETS:
        return (j - 1, j)  # "the 52-year-old said"
    if head.low in _QUANTIFIERS and (
        j == 0 or toks[j - 1].text in {",", ";"} or toks[j - 1].low in {"and", "but"}
    ):
        return (j, j)  # "Many said …", "…, and several said …": some of the people just mentioned
    if head.quote or not head.text[0].isalpha() or head.low in _FUNCTION:
        return None
    if j >= 5 and [t.low for t in toks[j - 4 : j + 1]] == ["speaking", "on", "condition", "of", "anonymity"]:
        inner = _np_back(toks, j - 5)  # "a Commission official speaking on condition of anonymity said"
        return (inner[0], j) if inner else None
    if head.low == "whom" and j >= 2 and toks[j - 1].low == "of":
        return (j - 2, j)  # "many of whom say …"
    if head.low in lx.PRONOUNS or head.low in {
        "who",
        "which",
        "someone",
        "somebody",
        "everyone",
        "everybody",
    }:
        return (j, j)
    if head.low == "percent" and j > 0 and toks[j - 1].text[:1].isdigit():
        return (j - 1, j)  # "63 percent said …": a share of those polled
    if not (
        _is_name_word(head)
        or head.low in lx.SPEAKER_NOUNS
        or (
            head.low.replace("-", "").isalpha()  # "the left-hander"
            and head.low not in lx.AUX_ADVERBS
            and not head.low.endswith(("ed", "ing"))
            and _det_before(toks, j)
        )
    ):
        return None
    k = j - 1
    start = j
    while k >= 0 and j - k < 14:
        tok = toks[k]
        if (
            tok.cap
            and tok.low in lx.CAP_STOP
            and start == k + 1
            and k > 0
            and toks[k - 1].cap
            and toks[k - 1].low not in lx.CAP_STOP
        ):
            start = k  # "Save Our Pools": a capitalised small word inside a name
            k -= 1
            continue
        if tok.low in _DETS:
            start = k
            # "Ms. Dale of the Harbour Trust", "Iran's mission to the United Nations": the determiner belongs
            # to a complement of the name.
            if (
                k >= 2
                and toks[k - 1].low in {"of", "at", "for", "with", "from", "in", "to", "on"}
                and (
                    _is_name_word(toks[k - 2])
                    or toks[k - 2].low in lx.SPEAKER_NOUNS
                    or (
                        toks[k - 2].text.isalpha() and toks[k - 2].text.islower() and _det_before(toks, k - 2)
                    )
                )
            ):
                k -= 2
                continue
            break
        if tok.quote:
            break
        if (
            _is_name_word(tok)
            or tok.low in lx.SPEAKER_NOUNS
            or tok.low in lx.TITLES
            or tok.low.endswith(("’s", "'s"))
            or (
                tok.text.isalpha()
                and tok.text.islower()
                and tok.low not in _FUNCTION
                and tok.low not in lx.AUX_ADVERBS
                and tok.low not in lx.SPEECH_VERBS
                and _det_before(toks, k)
            )
            # "a 2023 study", "a 38-page ruling"
            or (_YEAR_OR_MEASURE.fullmatch(tok.low) and _det_before(toks, k))
            # "UNICEF regional director Rania Tawfiq": a modifier between a body's name and a role
            or (
                tok.text.isalpha()
                and tok.text.islower()
                and tok.low not in _FUNCTION
                and tok.low not in lx.AUX_ADVERBS
                and tok.low not in lx.SPEECH_VERBS
                and not tok.low.endswith(("ed", "ing"))
                and k > 0
                and _is_name_word(toks[k - 1])
                and toks[k + 1].low in lx.SPEAKER_NOUNS | lx.TITLES
            )
        ):
            start = k
            k -= 1
            continue
        if tok.text in {"-", "."} and k > 0 and toks[k - 1].text[:1].isupper():
            k -= 1
            continue
        if tok.text == "He" and start == k + 1 and k > 0 and toks[k - 1].low.rstrip(".") in lx.TITLES:
            start = k  # "Vice Premier He Lifeng": after a title, "He" is a surname
            k -= 1
            continue
        if tok.text == "&" and k > 0 and _is_name_word(toks[k - 1]) and _is_name_word(toks[k + 1]):
            k -= 1  # "Transport & Environment", "Procter & Gamble"
            continue
        if tok.low in lx.NAME_PARTICLES and start == k + 1 and _is_name_word(toks[k + 1]):
            # "Ursula von der Leyen", "Mohammed bin Salman", "Lula da Silva"
            p = k
            while p > 0 and toks[p - 1].low in lx.NAME_PARTICLES:
                p -= 1
            if p > 0 and _is_name_word(toks[p - 1]):
                start = p - 1
                k = p - 2
                continue
        if tok.text in {"’", "'"} and k > 0 and toks[k - 1].low.endswith("s") and toks[k - 1].text.isalpha():
            k -= 1  # "the Sellick Traders’ Association"
            continue
        if (
            tok.low in _CONNECT
            and k > 0
            and (
                _is_name_word(toks[k - 1])
                or toks[k - 1].low in lx.SPEAKER_NOUNS
                or (toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and _det_before(toks, k - 1))
            )
            and (
                _is_name_word(toks[k + 1])
                or toks[k + 1].low in _DETS
                or toks[k + 1].low in lx.SPEAKER_NOUNS
                or (toks[k + 1].cap and toks[k + 1].low in lx.TITLES)
            )
        ):
            k -= 1
            continue
        break
    # "“…,” engineer Ana Holm said": bare role words before a name, right after a boundary.
    if _is_name_word(toks[start]) or toks[start].low in lx.TITLES or toks[start].low in lx.SPEAKER_NOUNS:
        p = start - 1
        while p >= 0 and start - p <= 3 and toks[p].text.isalpha() and toks[p].text.islower():
            if (
                toks[p].low in _FUNCTION
                or toks[p].low in lx.SPEECH_VERBS
                or toks[p].low in lx.AUX_ADVERBS
                or toks[p].low in {"which", "whom", "whose"}
            ):
                break
            p -= 1
        if p < start - 1 and (p < 0 or toks[p].text in {",", "(", "—", "–"} or toks[p].text in _CLOSE_MARKS):
            start = p + 1
    # "Two sources briefed on the talks", "farmers gathered at a tea stall": the phrase describes its head.
    k = start - 1
    if (
        k >= 2
        and toks[k].low in _PARTICIPLE_LINKS.get(toks[k - 1].low, ())
        and (toks[k - 2].low in lx.SPEAKER_NOUNS or _is_name_word(toks[k - 2]))
    ):
        inner = _np_back(toks, k - 2)
        if inner is not None:
            return (inner[0], j)
    # "A coalition of neighbourhood groups", "a panel of independent experts": the collective that speaks
    k = start - 1
    if k >= 1 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _FUNCTION:
        k -= 1  # one modifier between "of" and the head
    if k >= 2 and toks[k].low == "of" and toks[k - 1].low in _COLLECTIVE_HEADS and toks[k - 2].low in _DETS:
        start = k - 2
    return (start, j)


# Quantifiers that stand for people as a subject ("Many said", "Others in the queue said").
_QUANTIFIERS = {"many", "several", "some", "most", "few", "others"}
# Verbs of saying and thinking that are never nouns after a quantifier ("many said", but "many questions").
_PLAIN_VERBS = {
    "said",
    "say",
    "told",
    "thought",
    "think",
    "believe",
    "agree",
    "argue",
    "fear",
    "hope",
    "expect",
}
# Whom somebody is named by way of, besides the kin and roles the lexicon lists ("Lee's partner").
_RELATIONS = {"partner", "fiancée", "fiancé", "fiance", "neighbour", "neighbor", "parents", "family"}
# Words in a speaker's mention or role that tell the speaker's gender.
_FEMALE_WORDS = {"ms", "mrs", "spokeswoman", "chairwoman", "businesswoman", "woman", "congresswoman"}
_MALE_WORDS = {"mr", "spokesman", "chairman", "businessman", "man", "congressman"}
# "Mr Mehta-Sandhu's sister, Priya Mehta-Sandhu": the relation the speaker is introduced by.
_FEMALE_KIN = re.compile(rf"[’']s\s+(?:\w+\s+)?(?:{'|'.join(sorted(lx.FEMALE_KIN))})\b")
_MALE_KIN = re.compile(rf"[’']s\s+(?:\w+\s+)?(?:{'|'.join(sorted(lx.MALE_KIN))})\b")
# Participles and adjectives that open a description after a speaker's head, with what links them on.
_PARTICIPLE_LINKS = {
    "briefed": {"on"},
    "familiar": {"with"},
    "close": {"to"},
    "gathered": {"at", "in", "outside", "near"},
    "knowledgeable": {"about"},
    "involved": {"in"},
}
# What follows an addressee or object, never an inverted speaker ("asked both candidates about crime").
_OBJECT_LINKS = {"about", "to", "whether", "if", "for", "why", "how", "what", "that", "of"}
_COLLECTIVE_HEADS = {
    "coalition",
    "alliance",
    "association",
    "federation",
    "consortium",
    "group",
    "panel",
    "committee",
    "team",
    "delegation",
    "caucus",
    "bloc",
    "network",
    "union",
    "council",
    "board",
    "chorus",
    "handful",
    "number",
    "majority",
    "minority",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "couple",
    "pair",
    "trio",
}


def _det_before(toks: list[Tok], j: int) -> bool:
    """ "the New York businessman": a determiner within a few plain words before a lowercase head."""
    for k in range(j - 1, max(-1, j - 5), -1):
        tok = toks[k]
        if tok.low in _DETS or tok.low.endswith(("’s", "'s")):
            return True
        if tok.text in {"’", "'"}:
            continue  # "the traders' association"
        if (
            not tok.text[0].isalnum()
            or tok.quote
            or tok.low in lx.AUX_ADVERBS
            # "the United States embassy": a capitalised word inside a name is no verb
            or (tok.low in lx.SPEECH_VERBS and not (tok.cap and k > 0 and toks[k - 1].cap))
        ):
            return False
        if tok.low in {
            "and",
            "or",
            "but",
            "that",
            "which",
            "who",
            "to",
            "of",
            "in",
            "on",
            "at",
            "for",
            "with",
        }:
            return False
    return False


def _compound_head(toks: list[Tok], p: int) -> int:
    """The last speaker noun of a compound that starts at ``p`` ("local fire services official")."""
    for q in range(p + 1, min(len(toks), p + 4)):
        tok = toks[q]
        plain = tok.text.isalpha() and tok.text.islower() and tok.low not in _FUNCTION
        if not plain or tok.low in lx.SPEECH_VERBS:
            break
        if tok.low in lx.SPEAKER_NOUNS:
            p = q
    return p


def _np_forward(toks: list[Tok], i: int, *, documents: bool = False) -> tuple[int, int] | None:
    """The speaker phrase starting at token ``i`` ("said the spokeswoman", "according to a report by AP")."""
    n = len(toks)
    if i >= n:
        return None
    k = i
    if toks[k].low in lx.PRONOUNS and toks[k].low not in {"it", "you"}:
        return (k, k)
    if toks[k].low in _DETS:
        k += 1
    if k < n and k > i and _AGED.fullmatch(toks[k].low):
        return (i, k)  # "said the 52-year-old"
    # "said flood victim Ann Cole", "said longtime aide Ann Cole": a few modifiers before the head.
    probe = k
    while probe < n and probe - k < 4 and not toks[probe].quote and not toks[probe].cap:
        if toks[probe].text in {",", ".", ";", ":"} or toks[probe].low in lx.TIME_WORDS:
            break
        if toks[probe].low in lx.SPEAKER_NOUNS:
            probe = _compound_head(toks, probe)  # "a local fire services official": the last noun heads it
            break
        probe += 1
    if probe > k and probe < n and (_is_name_word(toks[probe]) or toks[probe].low in lx.SPEAKER_NOUNS):
        k = probe
    end = None
    while k < n and k - i < 16:
        tok = toks[k]
        if tok.quote:
            break
        if tok.low in lx.TIME_WORDS or tok.low in lx.MONTHS:
            break
        if (
            _is_name_word(tok)
            or tok.low in lx.SPEAKER_NOUNS
            or (tok.cap and tok.low in lx.TITLES)
            or tok.low.endswith(("’s", "'s"))
            # "said spokeswoman He Yadong": after a title or role, "He" is a surname
            or (
                tok.text == "He"
                and end is not None
                and k + 1 < n
                and _is_name_word(toks[k + 1])
                and (toks[end].low in lx.SPEAKER_NOUNS or toks[end].low.rstrip(".") in lx.TITLES)
            )
        ):
            end = k
            k += 1
            continue
        if end is not None and _is_name_word(toks[end]) and tok.low in lx.NAME_PARTICLES:
            # "said Commission President Ursula von der Leyen"
            p = k
            while p < n and toks[p].low in lx.NAME_PARTICLES:
                p += 1
            if p < n and _is_name_word(toks[p]):
                end = p
                k = p + 1
                continue
        if (
            end is not None
            and tok.text.isalpha()
            and tok.text.islower()
            and tok.low not in _FUNCTION
            and tok.low not in lx.SPEECH_VERBS
            and tok.low not in lx.AUX_ADVERBS
            and not tok.low.endswith(("ed", "ing"))
            and any(_is_name_word(t) for t in toks[k + 1 : k + 3])
            and not any(t.text in {",", ".", ";"} for t in toks[k + 1 : k + 3])
        ):
            k += 1  # "quoted deputy transport minister Ivo Brandt"
            continue
        if (
            end is not None
            and tok.text.isalpha()
            and tok.text.islower()
            and tok.low not in _FUNCTION
            and k + 1 < n
            and toks[k + 1].low in lx.ORG_WORDS
            and toks[k + 1].text.islower()
        ):
            end = k = k + 1  # "according to the U.N. refugee agency"
            k += 1
            continue
        if tok.text == "(" and end is not None:
            close = next((p for p in range(k + 1, min(n, k + 10)) if toks[p].text == ")"), None)
            if close is not None:
                end = close
                k = close + 1
                continue
        if tok.text in {"-", "."} and end is not None and toks[end].text[:1].isupper():
            k += 1
            continue
        if (
            end is not None
            and tok.low in {"familiar", "close", "briefed", "involved"}
            and k + 2 < n
            and toks[k + 1].low in {"with", "to", "on", "in"}
        ):
            # "people familiar with the matter", "sources close to the talks": to the end of the phrase
            stop = next(
                (p for p in range(k + 2, min(n, k + 10)) if not toks[p].text.isalpha()), min(n, k + 10)
            )
            if stop > k + 2:
                end, k = stop - 1, stop
                continue
        if end is not None and (tok.low in _CONNECT or (documents and tok.low in _DOC_LINK)) and k + 1 < n:
            nxt = toks[k + 1]
            if _is_name_word(nxt) or nxt.low in lx.SPEAKER_NOUNS:
                k += 1
                continue
            if nxt.low in _DETS and (tok.low in {"of", "for", "at"} or (documents and tok.low == "by")):
                # "the office of the state's chief electoral officer": on to the head of the complement
                head = next(
                    (
                        p
                        for p in range(k + 2, min(n, k + 7))
                        if toks[p].low in lx.SPEAKER_NOUNS or _is_name_word(toks[p])
                    ),
                    None,
                )
                while head is not None:
                    # "chief electoral officer": on to the last noun of the head
                    step = next(
                        (
                            q
                            for q in (head + 1, head + 2)
                            if q < n
                            and toks[q].low in lx.SPEAKER_NOUNS
                            and all(t.text.isalpha() and t.low not in _FUNCTION for t in toks[head + 1 : q])
                        ),
                        None,
                    )
                    if step is None:
                        break
                    head = step
                plain = head is not None and all(
                    t.low.endswith(("’s", "'s")) or (t.text.isalpha() and t.low not in _FUNCTION)
                    for t in toks[k + 2 : head]
                )
                if plain:
                    end, k = head, head + 1
                    continue
                k += 1
                continue
        break
    if end is None and documents and toks[i].low in lx.DOCUMENT_HEADS and toks[i].text.islower():
        end = i  # "according to minutes released with the decision", "according to polls"
    if end is None and k > i and toks[i].low in _DETS:
        # "according to the harbour board,": a plain noun phrase closed by punctuation.
        p = k
        while (
            p < n
            and p - k < 4
            and toks[p].text.isalpha()
            and toks[p].low not in _FUNCTION
            and not _FINITE.fullmatch(toks[p].low)  # "the water had gone." is a clause
        ):
            p += 1
        if p > k and (p == n or toks[p].text in {",", ".", ";", "—", "–", ")"}):
            end = p - 1
    if end is None:
        return None
    return (i, end)


def _skip_aux(toks: list[Tok], j: int) -> int:
    # "Trump this week also said": adverbs and time adjuncts in any order.
    while True:
        before = j
        j = _skip_aux_once(toks, j)
        if j == before:
            return j


def _skip_aux_once(toks: list[Tok], j: int) -> int:
    if j >= 3 and toks[j].text == "," and toks[j - 2].text == "," and toks[j - 1].low in _ASIDE_ADVERBS:
        return j - 3  # "Some Democrats, however, question …"
    # "The Herald on Saturday wrote", "the mayor this week said": step over a time adjunct.
    if j >= 1 and toks[j].low == "just":
        j -= 1
    if (
        j >= 1
        and toks[j].low
        in {
            "week",
            "month",
            "year",
            "weekend",
            "morning",
            "afternoon",
            "evening",
            "night",
        }
        and toks[j - 1].low in {"this", "last", "next", "that", "earlier", "later"}
    ):
        j -= 2
    if (
        j >= 3
        and re.fullmatch(r"(?:19|20)\d\d", toks[j].text)
        and toks[j - 1].low in {"in", "since"}
        and (_is_name_word(toks[j - 2]) or toks[j - 2].low in _SPEAKERS_AND_ORGS)
    ):
        j -= 2  # "an arbitration panel in 2001 found"
    if j >= 1 and (toks[j].low in lx.WEEKDAYS or toks[j].low in {"tuesday", "night", "week", "morning"}):
        if toks[j - 1].low in {"on", "last", "this", "late", "early"}:
            j -= 2
        elif toks[j].low in lx.WEEKDAYS:
            j -= 1
    while j >= 0 and (
        (toks[j].low in lx.AUX_ADVERBS and toks[j].low != "told")
        # "Wells Fargo just this month announced", "the three senators all suggested"
        or (toks[j].low in {"just", "all", "both", "each", "first", "finally"} and j > 0)
        or (
            toks[j].low.endswith("ly")
            and toks[j].text.islower()
            and len(toks[j].low) > 4
            and toks[j].low not in lx.SPEAKER_NOUNS | _LY_NOUNS
        )
    ):
        j -= 1
    return j


# Nouns that end like adverbs: "Haskell's family said", "the assembly voted".
_LY_NOUNS = {
    "family",
    "assembly",
    "rally",
    "supply",
    "monopoly",
    "anomaly",
    "ally",
    "bully",
    "homily",
    "jelly",
}


def _light_noun_end(toks: list[Tok], i: int) -> int | None:
    """ "voiced strong support for": the last token of the cue a light verb makes with a noun of stance."""
    for p in range(i + 1, min(len(toks), i + 5)):
        tok = toks[p]
        if tok.low in lx.LIGHT_NOUNS:
            if p + 1 < len(toks) and toks[p + 1].low in lx.LIGHT_LINKS - {"that"}:
                return p + 1
            return p if p + 1 < len(toks) and toks[p + 1].low == "that" else None
        if not (tok.text.isalpha() and tok.text.islower()) or tok.low in lx.SPEECH_VERBS:
            return None
    return None


_STATEMENT_VERBS = {"made", "makes", "making", "gave", "gives", "offered", "offers", "had", "has"}
_STATEMENT_NOUNS = lx.COMMUNICATION_NOUNS | {"comment", "comments", "words", "explanation", "reply", "answer"}


def _statement_before_colon(toks: list[Tok], i: int) -> int | None:
    """ "issued a statement:", "made the following comment:", "had this to say:": the cue's last token,
    when what was said follows the colon."""
    if i + 4 < len(toks) and [t.low for t in toks[i + 1 : i + 4]] == ["this", "to", "say"]:
        return i + 3 if toks[i + 4].text == ":" else None
    for p in range(i + 1, min(len(toks) - 1, i + 5)):
        tok = toks[p]
        if tok.low in _STATEMENT_NOUNS:
            return p if toks[p + 1].text == ":" else None
        if not (tok.text.isalpha() and tok.text.islower()) or tok.low in lx.SPEECH_VERBS:
            return None
    return None


def _bare_clause(toks: list[Tok], k: int) -> bool:
    """A clause without "that" starts at ``k``: a short subject phrase, then a finite verb."""
    for p in range(k + 1, min(len(toks), k + 7)):
        tok = toks[p]
        if _FINITE.fullmatch(tok.low):
            return True
        if not tok.text.isalnum() or tok.low in {"that", "which", "who", "to", "by", "as"} or tok.quote:
            return False
    return False


_STATE_MODIFIERS = {
    "member",
    "swing",
    "battleground",
    "neighboring",
    "neighbouring",
    "island",
    "nation",
    "gulf",
    "arab",
    "baltic",
    "other",
    "many",
    "some",
    "several",
    "all",
    "these",
    "those",
    "both",
    "two",
    "three",
    "four",
    "five",
    "southern",
    "northern",
    "western",
    "eastern",
    "border",
    "coastal",
    "red",
    "blue",
}
_AS_CAPACITY = {
    "child",
    "kid",
    "boy",
    "girl",
    "teenager",
    "teen",
    "student",
    "youngster",
    "team",
    "group",
    "whole",
}


def _as_after_object(toks: list[Tok], k: int) -> bool:
    """ "Romney as an out-of-touch rich guy": a short object phrase, then "as" and what it is called."""
    for p in range(k + 1, min(len(toks) - 1, k + 6)):
        tok = toks[p]
        if tok.low == "as":
            nxt = toks[p + 1]
            after = toks[p + 2].low if p + 2 < len(toks) else ""
            if nxt.low in {"a", "an"} and after in _AS_CAPACITY:
                return False  # "saw the film as a child": a capacity or a time of life, not a view
            return nxt.low in _DETS or nxt.quote or nxt.text in _OPEN_MARKS or nxt.text.islower()
        if (
            not tok.text[0].isalnum()
            or (tok.low in lx.SPEECH_VERBS and not _determined(toks, p - 1))
            or tok.low in {"and", "or", "to", "that"}
        ):
            return False
    return False


def _clause_break(toks: list[Tok], lo: int, hi: int) -> bool:
    """A new main clause starts between tokens ``lo`` and ``hi`` (", but he", "; she")."""
    for k in range(lo, min(hi, len(toks) - 1)):
        if toks[k].text == ";":
            return True
        if (
            toks[k].text == ","
            and toks[k + 1].low in {"but", "and", "while", "although", "though", "yet"}
            and k + 2 < len(toks)
            # a subject of its own, not a second verb of the same one (", and has condemned")
            and (toks[k + 2].low in lx.PRONOUNS or toks[k + 2].low in _DETS or _is_name_word(toks[k + 2]))
        ):
            return True
    return False


def _second_verb_phrase(toks: list[Tok], lo: int, hi: int) -> bool:
    """ "… and said", "… but has said": a coordinated verb phrase of the same subject starts before ``hi``."""
    for k in range(lo, min(hi, len(toks) - 1)):
        nxt = toks[k + 1].low
        if toks[k].low in {"and", "but"} and (
            nxt in lx.SPEECH_VERBS or nxt in {"has", "had", "also", "then"}
        ):
            return True
    return False


# Verbs a speaker goes on to after "said … and" whose object is a second attribution
_SECOND_VERBS = {
    "dismissed",
    "rejected",
    "denied",
    "insisted",
    "promised",
    "pledged",
    "criticised",
    "criticized",
    "blamed",
}
_ASIDE_ADVERBS = {
    "however",
    "meanwhile",
    "too",
    "though",
    "instead",
    "nonetheless",
    "nevertheless",
    "meantime",
}
_READERS = lx.DOCUMENT_HEADS | {"sign", "signs", "message"}  # "“…,” the article read."
_SPEAKERS_AND_ORGS = lx.SPEAKER_NOUNS | lx.ORG_WORDS
_PLATFORM_VERBS = {"took", "takes", "take", "taking", "went", "goes", "go", "turned", "turns", "turn"}


def _platform_before(toks: list[Tok], j: int) -> int | None:
    """ "Trump took to Twitter overnight to accuse …": the token ending the subject of "took", not the
    platform, for the "to" at ``j``."""
    for q in range(j - 1, max(0, j - 7), -1):
        if toks[q].low in {"to", "on", "onto"} and toks[q - 1].low in _PLATFORM_VERBS:
            if any(t.low in _FUNCTION or not t.text[0].isalnum() for t in toks[q + 1 : j]):
                return None
            subject_end = _skip_aux(toks, q - 2)
            return subject_end if subject_end >= 0 and _np_back(toks, subject_end) else None
    return None


_ADJECTIVES = {
    "recent",
    "past",
    "latest",
    "previous",
    "earlier",
    "public",
    "private",
    "controversial",
    "new",
    "own",
}


def _adjective(tok: Tok) -> bool:
    """A word that can only be an adjective before a noun ("infamous", "disrespectful", "recent")."""
    low = tok.low
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and (
            low in _ADJECTIVES
            or (len(low) > 5 and low.endswith(("ous", "ful", "ive", "ic", "ible", "able", "less")))
        )
    )


def _determined(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a determiner or a possessive, so the word after it is a noun."""
    return (
        k >= 0
        and (toks[k].low in _DETS or toks[k].low.endswith(("’s", "'s")))
        and toks[k].low not in _CONTRACTED
    )


def _find_cues(toks: list[Tok], headline: bool = False) -> list[Cue]:
    """The cues of speech and stance in one sentence, left to right: "according to X", then verbs."""
    cues: list[Cue] = []
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].quote:
            i += 1
        elif toks[i].low == "according" and i + 1 < n and toks[i + 1].low == "to":
            i = _according_to_cue(toks, i, cues)
        else:
            i = _verb_cue(toks, i, cues, headline)
    return cues


def _according_to_cue(toks: list[Tok], i: int, cues: list[Cue]) -> int:
    """ "according to X" at ``i``: a cue of its own, or the channel of the verb just before.

    Returns the index to go on from.
    """
    n = len(toks)
    np = _np_forward(toks, i + 2, documents=True)
    if not np:
        return i + 1
    if (
        cues
        and i >= 1
        and toks[i - 1].text == ","
        and cues[-1].last >= i - 4
        and np[1] + 2 < n
        and toks[np[1] + 1].text == ","
        and toks[np[1] + 2].low == "that"
    ):
        # "told reporters, according to TASS, that …": the channel of the verb before
        cues[-1].channel = np
    else:
        cues.append(Cue(i, i + 1, 0.85, np, inverted=True, according=True))
    return np[1] + 1


def _verb_cue(toks: list[Tok], i: int, cues: list[Cue], headline: bool) -> int:
    """Token ``i`` as a verb of speech or stance: appends its cue when it is one.

    The verb is weighed, then extended ("pointed out", "quoted X as saying"), then given a subject; last
    come the readings under which it cues nothing after all. Returns the index to go on from.
    """
    weight, stance_only, last = _verb_weight(toks, i, headline)
    if weight is None or _verb_out_of_place(toks, i, weight, stance_only, headline) or _noun_reading(toks, i):
        return i + 1
    low = toks[i].low
    base = lx.BASE_FORM.get(low)
    if base in lx.NEEDS_PARTICLE:
        particle_end = _particle_end(toks, i, lx.NEEDS_PARTICLE[base], last)
        if particle_end is None:
            return i + 1
        last = particle_end
    last, as_saying, object_np, quoted_by = _quoted_as_saying(toks, i, last)
    participle = low.endswith("ing")
    j = _subject_end(toks, i, participle)
    if participle:
        cue = _participle_cue(toks, i, last, j, weight)
        if cue is None:
            return i + 1
        cues.append(cue)
        return last + 1
    np, head, coordinated = _subject_before(toks, j, weight, cues)
    if quoted_by is not None and np is not None:
        object_np, np = np, quoted_by  # as if "RIA quoted Lavrov as saying"
    np, head, prefix_subject = _clause_opening_subject(
        toks, i, j, last, weight, np, head, object_np, headline
    )
    np = _participial_subject(toks, np)
    inverted = False
    if np is not None and i > 0 and toks[i - 1].text == "," and object_np is None:
        # "The captain, …, survived and was questioned, said police spokesman Ferry Siregar.": a speaker
        # that closes the sentence after the verb outranks one found across commas before it
        after = _inverted_speaker(toks, i, last)
        if (
            after is not None
            and (after[1] + 1 == len(toks) or toks[after[1] + 1].text in {".", ";"})
            and toks[after[0]].low not in _FUNCTION | lx.LIGHT_LINKS
            and any(_is_name_word(t) or t.low in lx.SPEAKER_NOUNS for t in toks[after[0] : after[1] + 1])
        ):
            np, head, inverted = after, None, True
    if np is None:
        np = _inverted_speaker(toks, i, last)
        inverted = np is not None
    if np is None and object_np is None:
        return last + 1
    if _bare_form_without_plural_subject(toks, i, np, head, inverted, prefix_subject):
        return last + 1
    documentary = np is not None and (
        _document_subject(toks, np)
        or (prefix_subject and any(t.low in lx.DOCUMENT_HEADS for t in toks[np[0] : np[1] + 1]))
    )
    object_cue = _object_cue(toks, i, last, np, head, inverted, stance_only, prefix_subject, documentary)
    if (
        _stance_outranked(toks, i, np, weight, stance_only, headline, object_cue, cues)
        or _subject_holds_no_stance(toks, i, last, weight, np, head, inverted, prefix_subject, object_cue)
        or _call_names_a_thing(toks, i, last, np, head, inverted, coordinated)
        or _claims_a_win(toks, i, last)
        or _person_shows_or_finds(toks, i, last, np, documentary)
        or _call_without_object(toks, i, last, object_cue)
        or _lacks_reported_clause(toks, i, last, np, as_saying, object_cue, documentary)
    ):
        return last + 1
    if object_np is not None and np is None:
        np = object_np
    noun_object = _noun_object(toks, i, last, weight, np, inverted, object_cue)
    cues.append(
        Cue(
            i,
            last,
            weight,
            np,
            inverted=inverted,
            object_np=object_np,
            head=head,
            coordinated=coordinated,
            noun_object=noun_object,
        )
    )
    return (np[1] + 1) if inverted and np else last + 1


def _verb_weight(toks: list[Tok], i: int, headline: bool) -> tuple[float | None, bool, int]:
    """How strongly token ``i`` cues speech or stance (None: not at all), the families tried in turn.

    Also returns whether it cues a stance only, and the index of its last word ("put it", "voiced concern").
    """
    tok = toks[i]
    low = tok.low
    n = len(toks)
    weight = lx.SPEECH_VERBS.get(low)
    stance_only = False
    if low in {"read", "reads"} and i > 0:
        # "“…,” the article read.", "the letter reads": a text says what it reads.
        reader = _np_back(toks, i - 1)
        if reader is not None and toks[reader[1]].low in _READERS:
            weight = 0.7
    put_it = (
        low in {"put", "puts"}
        and 0 < i < n - 2
        and toks[i + 1].low == "it"
        # "As X put it, …", "X put it this way: …", never "put it on the table"
        and (
            any(t.low == "as" for t in toks[max(0, i - 12) : i])
            or toks[i + 2].text in {",", ":"}
            or toks[i + 2].quote
            or toks[i + 2].text in _OPEN_MARKS
        )
    )
    if put_it and weight is None:
        weight = 0.8  # "As Rosenthal put it, “…”": the idiom is a verb of saying
    light_end = _light_noun_end(toks, i) if weight is None and low in lx.LIGHT_VERBS else None
    if light_end is not None:
        weight = 0.5  # "expressed concern that …"
    elif weight is None and (low in lx.COMMUNICATION_ACTS or low in _STATEMENT_VERBS):
        light_end = _statement_before_colon(toks, i)
        if light_end is not None:
            weight = 0.8  # "X issued a statement:", "X made the following comment:"
    if weight is None and low in lx.AS_VERBS and tok.text.islower() and _as_after_object(toks, i + 1):
        weight = 0.45  # "painted Romney as an out-of-touch rich guy"
    if weight is None and low in lx.NAMING_VERBS and _quote_ahead(toks, i + 1, 8):
        weight = 0.6  # "Japan branded North Korea an “outlaw nation”", like "called"
    if weight is None and low in lx.STANCE_VERBS:
        weight, stance_only = 0.35, True
    if (
        weight is None
        and low in lx.COMMUNICATION_ACTS
        and any(t.low in lx.COMMUNICATION_NOUNS for t in toks[i + 1 : i + 7])
    ):
        weight, stance_only = 0.35, True  # "released an ad", "sent a letter"
    if (
        weight is None
        and not headline
        and i + 1 < n
        and toks[i + 1].low == "that"
        and tok.text.isalpha()
        and tok.text.islower()
        and low.endswith("ed")
        and low not in _NOT_VERBS
    ):
        # "X contended that …", "X recognises that …": an unlisted verb with a that-clause.
        weight = 0.4
    last = i + 1 if put_it else i if light_end is None else light_end
    return weight, stance_only, last


def _verb_out_of_place(toks: list[Tok], i: int, weight: float, stance_only: bool, headline: bool) -> bool:
    """A weak verb in a headline with no object to take, or a capitalised word inside a sentence."""
    low = toks[i].low
    return (
        # "Judge Rejects Request to Unseal File": in a headline, a verb of stance only with an object
        (headline and weight < _STRONG and not (stance_only or low in _OBJECT_VERBS | _EVIDENCE_VERBS))
        or (toks[i].cap and i > 0 and not headline)
        # "Lincolnshire Echo Online": the title word of a newspaper's name
        or (
            toks[i].cap
            and i > 0
            and toks[i - 1].cap
            and re.fullmatch(_PRESS_TITLES, toks[i].text) is not None
        )
        # "the bill would add $12 billion to the deficit": adding an amount, not a remark
        or (
            low in {"add", "adds", "added", "adding"}
            and i + 1 < len(toks)
            and (
                toks[i + 1].text[:1].isdigit()
                or toks[i + 1].text[:1] in "$£€¥"
                or toks[i + 1].low in _AMOUNTS
            )
        )
    )


_AMOUNTS = {
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "up",
    "more",
    "another",
    "some",
    "fuel",
    "weight",
}


_PLURAL_NOUN_CUES = {
    "claims",
    "reports",
    "calls",
    "demands",
    "warnings",
    "promises",
    "complaints",
    "estimates",
}


def _noun_reading(toks: list[Tok], i: int) -> bool:
    """The word at ``i`` is a noun or an adjective here, not a verb."""
    low = toks[i].low
    n = len(toks)
    if (
        i > 0
        and toks[i - 1].low in _QUANTIFIERS
        and _np_back(toks, i - 1) == (i - 1, i - 1)
        and (low.endswith("ed") or low in _PLAIN_VERBS)
    ):
        return False  # "Many said", "…, and several said": a quantifier standing for people
    if not low.endswith("ed") and (
        _determined(toks, i - 1)
        # "his infamous comments", "Trump's disrespectful remarks": an adjective between.
        or (i > 1 and _adjective(toks[i - 1]) and _determined(toks, i - 2))
    ):
        # "the report", "the mayor's remarks": a noun, not a verb of speech.
        return True
    if (
        low in _PLURAL_NOUN_CUES
        and i >= 2
        and toks[i - 2].low == "of"
        and toks[i - 1].text.isalpha()
        and not (i + 1 < n and toks[i + 1].low in {"that", "to"})
    ):
        return True  # "14 years of Medicare claims covering …": a plural noun after a modifier
    if low == "states" and i > 0 and (toks[i - 1].low in _STATE_MODIFIERS or toks[i - 1].text.isdigit()):
        return True  # "member states", "swing states", "50 states": the noun
    if low == "state" and i + 1 < n and toks[i + 1].cap:
        return True  # "state Del. Marcia Price", "state Sen. Ana Lee": an adjective before a title
    # "the Reuters report said": the first word is a noun.
    return (
        i + 1 < n
        and low not in {"say", "says"}
        and (low in lx.BASE_VERBS or (low.endswith("s") and low[:-1] in lx.BASE_VERBS))
        and toks[i + 1].low in lx.SPEECH_VERBS
    )


def _particle_end(toks: list[Tok], i: int, particles: tuple[str, ...], last: int) -> int | None:
    """The last word of a verb that needs a particle ("pointed out"): the particle, or ``last`` when a
    quotation or an object stands in for it; None when the verb has neither."""
    low = toks[i].low
    if i + 1 < len(toks) and toks[i + 1].low in particles:
        if (
            toks[i + 1].low in {"on", "upon"}
            and lx.BASE_FORM.get(low) == "call"
            and not (i + 2 < len(toks) and toks[i + 2].low in lx.TIME_WORDS)
            and not _infinitive_ahead(toks, i + 2)
        ):
            return None  # "called on X to …" is a demand; "is to call on the Vice-President" is a visit
        return i + 1
    if lx.BASE_FORM.get(low) == "call" and _quote_ahead(toks, i + 1, 10):
        return last  # "called the plan “a disaster”"
    if low in _OBJECT_VERBS and _object_follows(toks, i + 1):
        return last  # "called the tax a giveaway": kept if its subject is an agent (_object_cue)
    return None


def _quoted_as_saying(
    toks: list[Tok], i: int, last: int
) -> tuple[int, bool, tuple[int, int] | None, tuple[int, int] | None]:
    """A verb of quoting or citing with "as saying": "X was quoted as saying", "Lavrov was quoted by RIA
    as saying", "quoted X as saying".

    Returns the cue's last word, whether "as saying" ends it, the speaker named after the verb ("quoted X
    as saying": X) and the agent of the passive ("quoted by RIA": RIA).
    """
    low = toks[i].low
    if low not in {"quoted", "quotes", "quote", "quoting", "cited", "cites", "citing"}:
        return last, False, None, None
    n = len(toks)
    nxt = toks[last + 1] if last + 1 < n else None
    as_saying = False
    # "X was quoted as saying", "X is quoted as saying"
    if (
        low in {"quoted"}
        and nxt is not None
        and nxt.low == "as"
        and last + 2 < n
        and toks[last + 2].low in {"saying", "telling", "stating", "writing"}
    ):
        last += 2
        nxt = toks[last + 1] if last + 1 < n else None
        as_saying = True
    if (
        as_saying
        and i > 0
        and toks[i - 1].low in {"was", "is", "were", "been", "being"}
        and nxt is not None
        and nxt.low == "by"
    ):
        # "X was quoted as saying by the Malay Mail": the agent after "as saying"
        agent = _np_forward(toks, last + 2, documents=True)
        if agent is not None:
            return agent[1], True, None, agent
    if (
        low == "quoted"
        and i > 0
        and toks[i - 1].low in {"was", "is", "were", "been", "being"}
        and nxt is not None
        and nxt.low == "by"
    ):
        # "Lavrov was quoted by RIA as saying": RIA carries what Lavrov said.
        agent = _np_forward(toks, last + 2, documents=True)
        if (
            agent
            and agent[1] + 2 < n
            and toks[agent[1] + 1].low == "as"
            and toks[agent[1] + 2].low in {"saying", "telling", "stating", "writing"}
        ):
            return agent[1] + 2, True, None, agent
        return last, as_saying, None, None
    obj = _np_forward(toks, last + 1, documents=True)
    if obj is None and nxt is not None and nxt.low in {"him", "her", "them"}:
        obj = (last + 1, last + 1)  # "Xinhua quoted her as saying"
    if obj and obj[1] + 2 < n and toks[obj[1] + 1].low == "as" and toks[obj[1] + 2].low.startswith("say"):
        return obj[1] + 2, True, obj, None
    if obj and obj[1] + 1 < n and toks[obj[1] + 1].text == ",":
        # "quoted Anatoly Skorobogatov, the Russian-installed head of the region, as saying"
        for p in range(obj[1] + 2, min(n - 2, obj[1] + 30)):
            if toks[p].quote or toks[p].low in lx.SPEECH_VERBS:
                break
            if toks[p].text == "," and toks[p + 1].low == "as" and toks[p + 2].low.startswith("say"):
                named = (obj[1] + 2, p - 1)
                if p - 1 - obj[1] <= 6 and all(_is_name_word(t) for t in toks[named[0] : p]):
                    return p + 2, True, named, None  # "quoted a local official, Ko Zaw Min Htet, as saying"
                return p + 2, True, obj, None
    return last, as_saying, None, None


def _subject_end(toks: list[Tok], i: int, participle: bool) -> int:
    """The last token of the subject of the verb at ``i``, before its auxiliaries and adverbs; for a
    finite verb after "to", the subject of the verb before ("took to Twitter to say", "tried to draw")."""
    j = _skip_aux(toks, i - 1)
    if participle or j < 2 or toks[j].low != "to":
        return j
    platform = _platform_before(toks, j)
    if platform is not None:
        return platform
    # "She tried to draw …", "he was able to tout …": the subject of the verb before "to".
    k = _skip_aux(toks, j - 1)
    if (
        k >= 1
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].low not in _FUNCTION
        # "continued to call for …": "continue" is a verb of speech only on its own
        and (toks[k].low not in lx.SPEECH_VERBS or toks[k].low.startswith("continu"))
        and toks[k].low not in lx.STANCE_VERBS
    ):
        k2 = _skip_aux(toks, k - 1)
        catenative = _np_back(toks, k2) if k2 >= 0 else None
        if catenative is not None and _agent(toks, catenative):
            return k2
    return j


def _participle_cue(toks: list[Tok], i: int, last: int, j: int, weight: float) -> Cue | None:
    """The cue of a participle ("…, saying that …", "with Hungary warning that …", "She’s claiming …").

    None unless something marks the participle as a cue: a comma, dash or quotation before it, "by",
    "while" or "as", an auxiliary adverb or a contraction, or a strong verb with its complement.
    """
    prev = toks[i - 1] if i > 0 else None
    followed = _has_complement(toks, last + 1)
    contracted = prev is not None and prev.low in _CONTRACTED  # "She’s claiming …"
    if (
        (
            prev is None
            # "… as a “strong leader,” comparing him to …": the comma is inside the quotation.
            or (
                prev.text not in {",", "—", "–"}
                and prev.low not in {"by", "while", "as"}
                and not prev.quote
                and prev.text not in _CLOSE_MARKS
            )
        )
        and not (prev and prev.low in lx.AUX_ADVERBS)
        and not contracted
        and not (followed and weight >= _STRONG)
        # "Claiming the criticism is unfair, Trump told Fox …": an opening participle clause.
        and not (
            prev is None and weight >= _STRONG and any(t.text == "," for t in toks[last + 2 : last + 30])
        )
    ):
        return None
    np = None
    absolute = _np_back(toks, i - 1) if prev is not None and prev.text[:1].isalpha() else None
    if contracted:
        np = (i - 1, i - 1)
    elif absolute is not None and absolute[0] >= 1 and toks[absolute[0] - 1].low == "with":
        np = absolute  # "…, with Hungary warning that …": the subject of the absolute clause
    elif prev is not None and prev.low in lx.AUX_ADVERBS:
        np = _np_back(toks, j)
    elif prev is not None and _is_name_word(prev):
        # "footage of Hillary Clinton asking, “…”": the person shown speaking, not the ad.
        shown = _np_back(toks, i - 1)
        of = next((p for p in range(i - 2, shown[0] - 2, -1) if toks[p].low == "of"), None) if shown else None
        if of is not None and of + 1 < i:
            np = (of + 1, i - 1)
    return Cue(i, last, weight * 0.9, np, participle=np is None)


def _subject_before(
    toks: list[Tok], j: int, weight: float, cues: list[Cue]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
    """The subject phrase ending at ``j``, the name it stands for, and whether it is borrowed from a verb
    coordinated with this one. Tried in turn: the phrase itself (or what its relative pronoun stands for),
    an appositive, the subject of the verb before "and", the chunk that opens the clause."""
    np = _np_back(toks, j) if j >= 0 else None
    head = None
    coordinated = False
    if np is not None and toks[np[1]].low in {"that", "which", "who"} and np[0] == np[1]:
        np, head = _relative_pronoun_subject(toks, np)
    if np is None and j > 0 and toks[j].text == ",":
        np, head = _appositive(toks, j)
    if np is None and j > 0 and toks[j].low in {"and", "but"}:
        np, head, coordinated = _coordinated_subject(toks, j, head, cues)
    if np is None and j >= 1:
        np, head = _chunk_subject(toks, j, weight, head)
    return np, head, coordinated


def _relative_pronoun_subject(
    toks: list[Tok], np: tuple[int, int]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "…, which added that": the relative pronoun speaks for the phrase before the comma.

    Returns the pronoun (None for "that", and for "which" with nothing to stand for) and that phrase.
    """
    head = None
    if np[0] > 1 and toks[np[0] - 1].text == ",":
        head = _np_back(toks, np[0] - 2)
    elif np[0] > 0 and toks[np[1]].low in {"which", "who"} and _is_name_word(toks[np[0] - 1]):
        head = _np_back(toks, np[0] - 1)
    if toks[np[1]].low == "that" or head is None and toks[np[1]].low == "which":
        return None, head
    return np, head


def _coordinated_subject(
    toks: list[Tok], j: int, head: tuple[int, int] | None, cues: list[Cue]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
    """The subject of a verb after "and"/"but" at ``j``: that of the verb before it.

    A cue of a manner of speaking just before gives way to this one (it is dropped from ``cues``).
    """
    before = cues[-1] if cues and cues[-1].last >= j - 2 and cues[-1].np is not None else None
    if before is not None:
        # "I laughed and said, “…”": the subject of the verb just before; a manner of speaking
        # is only how the second verb was said.
        head = head or before.head  # "The owner, Richard Hale, thanked … and said": Hale
        if toks[before.first].low in lx.MANNER_VERBS:
            cues.pop()
        return before.np, head, True
    # "The mayor toured the pier and noted that …": the subject of the first verb.
    np = _sentence_subject(toks)
    first = next((c for c in cues if c.np and np and c.np[0] == np[0]), None)
    if first is not None:
        return first.np, first.head, True  # "The owner, Richard Hale, thanked … and said": Hale
    return np, head, np is not None


def _chunk_subject(
    toks: list[Tok], j: int, weight: float, head: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The chunk of words ending at ``j`` as the subject, when the verb is strong or the chunk is headed by
    a document or by people; None otherwise. Also returns the head a weak verb needs."""
    chunk = _subject_chunk(toks, j)
    if not (
        chunk
        and (
            weight >= 0.85
            or any(t.low in lx.DOCUMENT_HEADS for t in toks[chunk[0] : chunk[1] + 1])
            # "Economists at the state university estimate …": people head the phrase
            or (
                chunk[0] < chunk[1]
                and toks[chunk[0] + 1].low in _CHUNK_LINKS
                and (toks[chunk[0]].low in lx.SPEAKER_NOUNS or toks[chunk[0]].low in lx.PEOPLE_PLURALS)
                and not _is_name_word(toks[chunk[1]])
            )
        )
    ):
        return None, head
    if head is None and weight < _STRONG and not _is_name_word(toks[chunk[1]]) and chunk[0] < chunk[1]:
        head = (chunk[0], chunk[0])  # a weak verb needs a subject that can hold a stance
    return chunk, head


def _clause_opening_subject(
    toks: list[Tok],
    i: int,
    j: int,
    last: int,
    weight: float,
    np: tuple[int, int] | None,
    head: tuple[int, int] | None,
    object_np: tuple[int, int] | None,
    headline: bool,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
    """A subject longer than the phrase right before the verb: a phrase with its relative clause, a
    document that opens the clause, or the whole opening of a clause whose listed verb has a that-clause.

    Returns the subject, its head, and whether the subject is the opening of the clause.
    """
    low = toks[i].low
    prefix_subject = False
    relative = _relative_subject(toks, j) if j >= 2 else None
    named_what = np is not None and np[0] > 0 and toks[np[0] - 1].low == "what"  # "into what a judge called"
    if relative is not None and (np is None or np[0] > relative[1][1]) and not named_what:
        # "Residents who live near the quay said …": the phrase with its relative clause, not "the quay".
        np, head = relative
    if low in _EVIDENCE_VERBS and (np is None or not _document_subject(toks, np)):
        document = _document_prefix_subject(toks, j)
        if document is not None:
            # "The latest opinion poll released Friday shows …": the document that opens the clause.
            np, prefix_subject = document, True
    listed = low in lx.SPEECH_VERBS or low in lx.STANCE_VERBS
    complement = toks[last + 1].low if last + 1 < len(toks) else ""
    if (
        listed
        and np is None
        and object_np is None
        and not headline
        and (complement in {"that", "whether"} or (weight >= 0.85 and complement.isalpha()))
    ):
        # "Those close to him say that …", "Twelve percent indicated that …": with a that-clause
        # after the verb, the whole phrase that opens the sentence is who says it.
        np = _clause_prefix_subject(toks, j)
        prefix_subject = np is not None
    elif listed and np is not None and np[1] == j and (complement == "that" or weight >= 0.85):
        prefix = _clause_prefix_subject(toks, j)
        prefix_subject = prefix_subject or prefix is not None
        if (
            prefix is not None
            and any(t.low in _FUNCTION for t in toks[prefix[0] : np[0]])
            and not (np[0] > 0 and toks[np[0] - 1].low == "what")  # "into what a judge called"
        ):
            np = prefix  # "Those close to him say": not "him"
    return np, head, prefix_subject


def _participial_subject(toks: list[Tok], np: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Drivers waiting in a holding area on the border said", "People queuing outside the bank said": the
    people the participle describes, not the place at its end."""
    if np is None or np[0] < 2:
        return np
    for p in range(1, min(np[0], 5)):
        tok = toks[p]
        if not tok.text.isalpha():
            return np
        if (
            tok.text.islower()
            and tok.low.endswith("ing")
            and len(tok.low) > 4
            and tok.low not in lx.SPEECH_VERBS
        ):
            people = _np_back(toks, p - 1)
            if (
                people is not None
                and people[0] == 0
                and (toks[p - 1].low in lx.SPEAKER_NOUNS or toks[p - 1].low in lx.GROUP_HEADS)
                and not any(t.text in {",", ";", ":"} or t.quote for t in toks[p : np[0]])
            ):
                return people
            return np
    return np


def _inverted_speaker(toks: list[Tok], i: int, last: int) -> tuple[int, int] | None:
    """The speaker after the verb ("“…,” asked the senator."), when a comma, a dash or a quotation
    stands before the verb."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not (prev.text in {",", "—", "–"} or prev.text in _CLOSE_MARKS or prev.quote):
        return None
    if toks[i].low in {"told", "tells", "tell"}:
        return None  # "…, told the Chronicle.": whom one tells is never who speaks
    np = _np_forward(toks, last + 1)
    # "…, asked the senator." but not "…, asked both candidates about crime": an inverted
    # speaker closes the clause
    after = toks[np[1] + 1] if np is not None and np[1] + 1 < len(toks) else None
    if np is not None and after is not None and after.low in _OBJECT_LINKS:
        return None
    if np is not None and after is not None and _FINITE.fullmatch(after.low):
        return None  # "…, Maria Lopez, said the water had gone.": the subject of the clause reported
    return np


def _bare_form_without_plural_subject(
    toks: list[Tok],
    i: int,
    np: tuple[int, int] | None,
    head: tuple[int, int] | None,
    inverted: bool,
    prefix_subject: bool,
) -> bool:
    """ "the Harbour plan", "Labour claims": a bare verb form needs a plural subject."""
    return (
        toks[i].low in lx.BASE_VERBS
        and np is not None
        and not inverted
        and not prefix_subject
        and not (i > 0 and toks[i - 1].low in lx.AUX_ADVERBS | {"to", "n't", "not"})
        and not _plural_subject(toks, np if head is None else head)
    )


def _object_cue(
    toks: list[Tok],
    i: int,
    last: int,
    np: tuple[int, int] | None,
    head: tuple[int, int] | None,
    inverted: bool,
    stance_only: bool,
    prefix_subject: bool,
    documentary: bool,
) -> bool:
    """The verb's content is the object after it: an agent's object verb or verb of stance ("called the
    tax a giveaway"), or a document's verb of evidence ("the poll shows a close race")."""
    low = toks[i].low
    return (
        np is not None
        and not inverted
        and _object_follows(toks, last + 1)
        # "the plan, which critics called a waste": the object stands before the verb.
        and not (np[0] > 0 and toks[np[0] - 1].low in {"which", "that", "whom"})
        and toks[np[0]].low not in {"which", "that", "whom"}
        and (
            ((low in _OBJECT_VERBS or stance_only) and (_agent(toks, head or np) or prefix_subject))
            or (low in _EVIDENCE_VERBS and documentary)
        )
    )


def _stance_outranked(
    toks: list[Tok],
    i: int,
    np: tuple[int, int] | None,
    weight: float,
    stance_only: bool,
    headline: bool,
    object_cue: bool,
    cues: list[Cue],
) -> bool:
    """A verb of stance (or a weak verb in a headline) with no object, or in a sentence with a quotation
    or another cue in the same clause: the sentence has a better cue than a verb of stance."""
    return (stance_only or (headline and weight < _STRONG)) and (
        not object_cue
        or any(t.quote for t in toks[:i])
        # "X said …, but he refuses to discuss …": a new clause may hold its own stance.
        or (bool(cues) and not _clause_break(toks, cues[-1].last + 1, np[0] if np else i))
    )


def _subject_holds_no_stance(
    toks: list[Tok],
    i: int,
    last: int,
    weight: float,
    np: tuple[int, int] | None,
    head: tuple[int, int] | None,
    inverted: bool,
    prefix_subject: bool,
    object_cue: bool,
) -> bool:
    """A weak verb whose subject before it is nobody who can hold a stance."""
    return (
        weight < _STRONG
        and np is not None
        and not inverted
        and not prefix_subject
        # "Ed Rendell, who served as …, agreed that": the name the appositive belongs to
        and not (
            _stance_subject(toks, np, i, last)
            if head is None
            else _agent(toks, head) and _stance_subject(toks, head, i, last)
        )
        and not (object_cue and (toks[i].low in _EVIDENCE_VERBS or not toks[np[1]].cap))
    )


def _call_names_a_thing(
    toks: list[Tok],
    i: int,
    last: int,
    np: tuple[int, int] | None,
    head: tuple[int, int] | None,
    inverted: bool,
    coordinated: bool,
) -> bool:
    """ "call" giving something its name, with nobody saying anything."""
    low = toks[i].low
    if lx.BASE_FORM.get(low) != "call" or last != i or np is None or inverted:
        return False
    return (
        # "an exhibition called “A Century on the Water”": a thing named, nobody speaking
        (
            low == "called"
            and not coordinated
            and not _agent(toks, head or np)
            and toks[np[1]].low not in lx.PRONOUNS
            # a common noun phrase ("an exhibition"), not somebody named ("Jonas Weber of …")
            and not any(t.text[:1].isupper() for t in toks[np[0] + 1 : np[1] + 1])
        )
        # "the Blue Lady, as locals call the ferry, …": a name in use, not a statement
        or (np[0] > 0 and toks[np[0] - 1].low == "as" and not any(t.quote for t in toks[i + 1 :]))
    )


def _claims_a_win(toks: list[Tok], i: int, last: int) -> bool:
    """ "United claimed victory", "claimed the title": won, not said"""
    if toks[i].low not in {"claim", "claims", "claimed", "claiming"}:
        return False
    n = len(toks)
    k = last + 2 if last + 1 < n and toks[last + 1].low in _DETS else last + 1
    return k < n and toks[k].low in _CLAIMED_THINGS


def _person_shows_or_finds(
    toks: list[Tok], i: int, last: int, np: tuple[int, int] | None, documentary: bool
) -> bool:
    """ "Berg, who showed great composure": a person shows or finds things; only documents show that …"""
    return (
        toks[i].low in {"show", "shows", "showed", "find", "finds", "found"}
        and np is not None
        and not documentary
        and not _has_complement(toks, last + 1)
        and not _bare_clause(toks, last + 1)
    )


def _call_without_object(toks: list[Tok], i: int, last: int, object_cue: bool) -> bool:
    """ "call" on its own, with neither an object nor a quotation after it."""
    return (
        lx.BASE_FORM.get(toks[i].low) == "call"
        and last == i
        and not object_cue
        and not _quote_ahead(toks, i + 1, 10)
    )


def _lacks_reported_clause(
    toks: list[Tok],
    i: int,
    last: int,
    np: tuple[int, int] | None,
    as_saying: bool,
    object_cue: bool,
    documentary: bool,
) -> bool:
    """A verb that needs a that-clause ("announced", "believe") without one, nor anything that can stand
    in for it: a bare clause, an indirect question, an infinitive of promise, a document's finding."""
    low = toks[i].low
    n = len(toks)
    return (
        not as_saying
        and not object_cue
        and low in lx.NEEDS_THAT
        and not _has_complement(toks, last + 1)
        and not _parenthetical(toks, np, i, low)
        # "Some believe the plan …": verbs of thinking take a bare clause.
        and not (
            low.rstrip("sd") in _THINK
            and last + 1 < n
            and (toks[last + 1].low in _CLAUSE_OPENERS or _is_name_word(toks[last + 1]))
        )
        # "believe bigotry and xenophobia are acceptable", "found the United States was in breach"
        and not _bare_clause(toks, last + 1)
        # "announced it would …": a bare clause with a pronoun subject and an auxiliary.
        and not (
            last + 2 < n
            and toks[last + 1].low in {"he", "she", "it", "they", "we"}
            and _FINITE.fullmatch(toks[last + 2].low)
        )
        # "explained how …", "asked whether …": an indirect question.
        and not (last + 1 < n and toks[last + 1].low in {"how", "why", "what", "whether", "if", "who"})
        # "pledged to remain civil": a promise with an infinitive.
        and not (
            last + 1 < n
            and toks[last + 1].low == "to"
            and (low.rstrip("sd") in _TO_VERBS or low.rstrip("sd").rstrip("e") in _TO_VERBS)
        )
        # "one study found the toll would …", "the poll indicates a close race"
        and not (np is not None and (toks[np[1]].low in lx.DOCUMENT_HEADS or documentary))
        # "warned North Korea to refrain from …": what somebody was told to do
        and not (
            {low.rstrip("sd"), low.rstrip("sd").rstrip("e")} & _OBJECT_TO_VERBS
            and _infinitive_ahead(toks, last + 1)
        )
    )


# Verbs that report what somebody was told to do: "warned X to", "urged X to", "advised X to".
_OBJECT_TO_VERBS = {
    "warn",
    "urge",
    "advise",
    "encourage",
    "order",
    "remind",
    "press",
    "implore",
    "invite",
    "ask",
}


def _infinitive_ahead(toks: list[Tok], k: int) -> bool:
    """ "the state government to fund …": "to" and a verb after a few words of an object, in the clause."""
    for p in range(k + 1, min(len(toks) - 1, k + 10)):
        if toks[p].quote or toks[p].text in {",", ".", ";", ":"} or toks[p].low == "and":
            return False
        if toks[p].low == "to":
            nxt = toks[p + 1]
            # "to fund …", "to “use force only as a last resort”"
            return (
                nxt.quote
                or nxt.text in _OPEN_MARKS
                or (nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _DETS)
            )
    return False


def _noun_object(
    toks: list[Tok],
    i: int,
    last: int,
    weight: float,
    np: tuple[int, int] | None,
    inverted: bool,
    object_cue: bool,
) -> bool:
    """The verb's content is its object phrase ("cited the figure"), not a clause or a quotation."""
    low = toks[i].low
    n = len(toks)
    return (
        (object_cue or (weight < _STRONG and np is not None and not inverted and low not in lx.NEEDS_THAT))
        and lx.BASE_FORM.get(low) not in {"accuse", "call", "liken", "describe"}
        and low.rstrip("sd") not in {"accuse", "accusing", "liken", "describ", "calle"}
        and last + 1 < n
        and not toks[last + 1].quote
        and (
            toks[last + 1].low not in {"that", "to", "how", "why", "what", "whether", "if", "who", "when"}
            # "rejected that argument": a verb that takes no clause makes "that" a determiner.
            or (toks[last + 1].low == "that" and low in _NO_CLAUSE_VERBS)
        )
        and toks[last + 1].text not in {":", ","}
        and not _has_complement(toks, last + 2 if low in _NO_CLAUSE_VERBS else last + 1)
    )


_NO_MERGE = re.compile(
    r"\s*,\s*(?:according|adding|saying|citing|referring|noting|who|whose|which|where|a|an|the|one|per|via|"
    r"speaking|calling|arguing|explaining|claiming|insisting|warning|urging|asking|telling|pointing|[a-z]+ing)\b"
)
# "…, Ms. Vos said in a May report, until …": a short adjunct after the cue, then more content.
_MID_REST = re.compile(
    r"(?:\s+(?:on|in|at|during|to|me|us|him|her|them|reporters|last|this|late|early|[A-Z][a-z]+day)\b"
    r"[\w’'. -]{0,40}?)?\s*,\s*(?=[a-z])"
)
_DASH_NAME = re.compile(r"[ \t]*([―—–]{1,2})[ \t]*([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*\.?){0,4})")
_STRONG = 0.6
_AFTER_QUOTE = re.compile(
    r"\s*,?\s*(?:until|and|when|as|before|after|but|while|because|where|though|although|[—–]|--|-\s)", re.I
)
_NOUN_CLAIM = re.compile(
    r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*(?=[’']s\b)|his|her|their|its)(?:[’']s)?\s+(?:[a-z-]+\s+)?"
    r"(claims?|assertions?|arguments?|contention|insistence|warnings?|promises?|pledges?|beliefs?|"
    r"suggestions?|accusations?|allegations?|charges?|complaints?|vows?)\s+that\s+"
)
# "her plan to expand …", "his criticism of the deal", "the senator's view is that …": a position reported
# through a noun of stance owned by its holder.
_POSSESSOR = (
    r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*(?=[’']s\b)|his|her|their|its)(?:[’']s)?\s+(?:[a-z-]+\s+)?"
)
_INTENT_WORDS = re.compile(
    r"\b(?:plans?|decision|refusal|promises?|pledges?|vows?|calls?|threats?|determination|"
    r"reluctance|desire|intention|proposals?|demands?|offer)\s+to\s"
)
_STANCE_WORDS = re.compile(
    r"\b(?:comments?|remarks?|criticism|attacks?|views?|position|stance|concerns?|worries|doubts|fears|praise|"
    r"support|opposition|adulation|admiration|disdain|contempt|skepticism|scepticism|theory|statements?|assessment|"
    r"defen[cs]e|embrace|endorsement|rejection|condemnation|denunciation|characterization|description|portrayal|"
    r"obsession|enthusiasm|hostility)\s+(?:about|of|on|for|over|against|toward|towards|is|was)\s"
)
_NOUN_INTENT = re.compile(
    _POSSESSOR + r"(plans?|decision|refusal|promises?|pledges?|vows?|calls?|threats?|"
    r"determination|reluctance|desire|intention|proposals?|demands?|offer|vow)\s+(?=to\s+[a-z])"
)
_NOUN_STANCE = re.compile(
    _POSSESSOR + r"(comments?|remarks?|criticism|attacks?|views?|position|stance|concerns?|worries|doubts|"
    r"fears|praise|support|opposition|adulation|admiration|disdain|contempt|skepticism|scepticism|theory|"
    r"statements?|assessment|defen[cs]e|embrace|endorsement|rejection|condemnation|denunciation|"
    r"characterization|description|portrayal|obsession|enthusiasm|hostility)\s+"
    r"(?:(about|of|on|for|over|against|toward|towards)\s+|(?:is|was)\s+(?:that\s+)?)"
)
# The name opening a clause and its verb, up to a possessive of the same clause: "Donald Trump is doubling
# down on his …", "In a speech Friday, Clinton laid out her …".
_POSSESSIVE_SUBJECT = re.compile(
    r"\s*(?:(?:In|At|On|During|After)\b[^;:]{0,100}?,\s*)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+"
    r"(?:is|was|has|had|will|would|also|again)?\s*[a-z]+(?:s|ed|ing)?\b[^,;:.“\"]{0,60}$"
)
_NOT_ANTECEDENTS = {
    "nobody",
    "no",
    "none",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "few",
    "many",
    "others",
}
_NOUN_PHRASE_END = re.compile(
    r"\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|drew|drawn|"
    r"came|comes|met|meets|won|got|led|made|remains|remained|seems|seemed)\b"
)
_ASKED = re.compile(r"\s*Asked\s+(?:(?:about|for)\s+)?([^,;:]{3,200}?),\s+(?=\S)")
_COPULAS = {
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "remains",
    "remained",
    "became",
    "seems",
    "seemed",
}
_COPULAS |= {"'s", "’s", "'re", "’re"}
_PREDICATE_FILLERS = {
    "not",
    "also",
    "still",
    "long",
    "very",
    "so",
    "too",
    "deeply",
    "increasingly",
    "particularly",
    "especially",
    "more",
    "less",
    "most",
    "highly",
    "openly",
    "publicly",
    "quite",
    "as",
    "a",
    "an",
    "the",
    "consistent",
    "outspoken",
    "vocal",
    "staunch",
    "strong",
    "fierce",
    "harsh",
    "longtime",
    "leading",
    "early",
    "and",
    "always",
    "never",
    "sharply",
    "broadly",
    "generally",
}
_LEAD_WORD = re.compile(r"\s*([a-z]+)\s+")
_DASH = re.compile(r"\s[-—–]{1,2}\s|\s--\s")
_PREDICATE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(sorted(lx.STANCE_PREDICATES))
    + r")\s+(?:of|about|on|with|to|toward|towards|over|in|that)\s"
)
_PREDICATE_LINKS = {"of", "about", "on", "with", "to", "toward", "towards", "over", "in", "that"}
# "X has been endorsed by Y", "X was first reported by Y": a passive verb of speech or stance.
_PASSIVE_AUX = (
    r"(is|was|are|were|has been|have been|had been|being|been)\s+((?:[a-z]+ly|also|first|not|widely)\s+)?"
)
_PASSIVE = re.compile(
    r"\s" + _PASSIVE_AUX + r"([a-z]+(?:ed|en)|told|said|written|thought|sought|understood)\s+by\s"
)
# "was first declared": the auxiliary and adverb that make the cue after them a passive.
_BEFORE_PASSIVE = re.compile(r"\b" + _PASSIVE_AUX + r"$")
_PASSIVE_VERBS = {
    form
    for form in set(lx.SPEECH_VERBS) | lx.STANCE_VERBS
    if form.endswith(("ed", "en")) or form in {"told", "said"}
} | {"written", "thought", "sought", "understood", "echoed", "overturned", "backed"}
_PASSIVE_AGENT = re.compile(
    r"((?:(?:the|a|an|his|her|their|its|many|some|several|dozens of|far fewer|most|fellow)\s+)?"
    r"(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)(?:\s+(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)){0,5}?)"
    r"(?=\s*(?:[,;:]|\.(?:\s|$)|$|\s(?:for|in|on|at|after|during|because|as|who|which|that|and|but)\s))"
)
_CLAIM_END = re.compile(r"[,;:]\s|\.\s*$|\s[—–]\s|\s--\s")
_NOT_VERBS = {
    "so",
    "such",
    "now",
    "given",
    "provided",
    "except",
    "assuming",
    "means",
    "seems",
    "needed",
    "needs",
    "was",
    "is",
    "has",
    "does",
    "fact",
    "ensures",
    "ensured",
    "hopes",
    "meant",
    "requires",
    "required",
    "demands",
    "implies",
    "suggests",
    "ideas",
    "claims",
    "reports",
    "news",
    "views",
    "steps",
    "odds",
    "chances",
    "terms",
    "grounds",
    "concerns",
    "fears",
    "signs",
    "evidence",
    "notes",
    "words",
}
# Whom the words were given to, named in the attribution: the press ("told reporters", "at a news
# conference" is not an addressee) or a publication ("told the Courier", "in an interview with the Herald").
# Last words of newspaper and broadcaster names ("the Harbour Courier", "Sky News").
_PRESS_TITLES = (
    "Courier|Herald|Gazette|Times|Post|Journal|Tribune|Chronicle|Star|Sun|Guardian|Telegraph|Express|Mirror|News|"
    "Observer|Independent|Record|Examiner|Inquirer|Globe|Mail|Bulletin|Dispatch|Register|Standard|Review|Echo|"
    "Argus|Sentinel|Monitor|Radio|TV|Television|Magazine|Daily|Weekly|FM"
)
# Radio and television call signs: "6PR", "3AW", "KZTU-TV" (a bare "WADA" or "KPMG" is not one).
_CALL_SIGN = r"(?:[0-9][A-Z]{2,3}|[KW][A-Z]{2,3}-(?:TV|FM|AM))\b"
# "Radio Sur Andina", "the Daily Nation": a title word may open the name (but "the Post Tuesday" ends at it)
_NOT_NAME_TAIL = "|".join(sorted(w.capitalize() for w in lx.WEEKDAYS | lx.MONTHS))
_PRESS_NAME = (
    rf"(?:(?:[Tt]he\s+)?(?:[A-Z0-9][\w’'.&-]*\s+){{0,3}}(?:{_PRESS_TITLES})\b"
    rf"(?:[ \t]+(?!(?:{_NOT_NAME_TAIL})\b)[A-Z][\w’'&-]*){{0,2}}|{_CALL_SIGN})"
)
_PRESS = (
    r"(?:(?i:(?:the\s+)?(?:reporters|journalists|press|media|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:news\s+conference|press\s+conference|briefing|newspaper|broadcaster|radio\s+station|"
    r"television\s+station|podcast|news\s+agency|magazine)))\b"
    rf"|(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+){{0,3}}(?:{_PRESS_TITLES}|Press)\b)"
)
_CHANNEL_NAMED = re.compile(
    rf"\b(?:[Tt]old|[Tt]ells?|[Tt]elling|(?i:speaking|spoke|talking|talked)\s+(?:to|with))\s+{_PRESS}"
    r"|\b(?i:in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with)\s+\S"
)

_DESCRIBED_CHANNEL = re.compile(
    r"\b(?:told|tells|telling|(?:speaking|spoke|talking|talked)\s+(?:to|with)|interview\s+with)\s+the\s+"
    r"(?:broadcaster|newspaper|paper|channel|network|magazine|daily|weekly|station|radio\s+station|website|"
    r"outlet|agency|programme|program|show|podcast)\b"
)

_IMPERSONAL_PASSIVES = {
    "said",
    "understood",
    "believed",
    "thought",
    "reported",
    "expected",
    "rumoured",
    "rumored",
}
# "told the Harbourside Echo", "seen by the Evening Standard", "told the Estonian broadcaster ERR",
# "carried by the state news agency VNA": a channel the article names, whether or not the gazetteer knows it.
_MEDIA_KINDS = (
    r"(?:broadcaster|news\s+agency|agency|newspaper|paper|channel|network|magazine|daily|weekly|radio|"
    r"television|station|(?:web)?site|outlet|podcast|blog)"
)
# A medium named with its kind, the name before or after it: "MENA news agency", "the daily Kantipur".
# "State television", "the Russian broadcaster": words that describe a medium, never its name.
_NOT_MEDIUM_NAMES = lx.DEMONYMS | {
    "state",
    "national",
    "local",
    "public",
    "official",
    "government",
    "federal",
}
_MEDIUM_NAMED = re.compile(
    # "Israel’s Kan public broadcaster": the kind may carry a modifier or two after the name
    rf"(?:.*?\s)?(?:([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+(?:[a-z-]+\s+){{0,2}}{_MEDIA_KINDS}"
    rf"|{_MEDIA_KINDS}\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}))"
)

# "Antara news agency", "the Jakarta daily": a phrase whose head is a kind of medium
_ENDS_WITH_MEDIUM = re.compile(rf"(?:.*\s)?{_MEDIA_KINDS}")


def _medium_name(phrase: str) -> str | None:
    """The name in "MENA news agency" or "the daily Kantipur"; None for "state television" or "The paper"."""
    medium = _MEDIUM_NAMED.fullmatch(phrase.strip())
    name = (medium.group(1) or medium.group(2)) if medium else None
    if not name or any(w.lower() in _NOT_MEDIUM_NAMES | lx.CAP_STOP for w in name.split()):
        return None
    return name


_NAMED_CHANNEL = re.compile(
    r"\b(?:told|tells|telling|seen\s+by|obtained\s+by|carried\s+by|published\s+by|"
    r"(?:said|says|[Ss]peaking|spoke|[Aa]ppearing|appeared)\s+on|"
    r"(?i:in\s+an?\s+interview\s+with|(?:speaking|spoke|talking|talked)\s+to))\s+"
    rf"(?:(?:the\s+)?(?:[A-Za-z-]+\s+){{0,3}}?{_MEDIA_KINDS}\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})"
    rf"|({_PRESS_NAME})"
    # "told the Kantipur daily", "told the semi-official Tasnim news agency": the name before the kind
    rf"|the\s+(?:[a-z][\w-]*\s+){{0,2}}([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+{_MEDIA_KINDS}\b"
    # "told The Verge.": a capitalised "The" inside a sentence starts a publication's title
    r"|(The\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?=\s*[.,;:]|\s+(?:on|in|that|last|this|earlier)\b)"
    # "told ABC's This Week", "speaking on RTÉ's Morning Ireland": the broadcaster that owns the programme
    r"|([A-Z][A-ZÉ0-9&-]+)[’']s\s+[A-Z0-9][\w’'-]*"
    # "carried by the official Saudi Press Agency"
    r"|(?<=by\s)(?:the\s+)?(?:(?:official|state-run|state-owned|state|government-run)\s+)+"
    r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})"
    # "told WisPolitics that": one word with a capital inside names a publication, not a person
    r"|(?<=told\s)((?!Mc|Mac)[A-Z][a-z]+[A-Z][A-Za-z]+)(?=\s+(?:that|on|in|last|this)\b|\s*[.,;:]))"
)
# "who asked not to be named": a condition of the interview, not a statement.
_ANONYMITY = re.compile(
    r"\s*not\s+to\s+be\s+(?:named|identified|quoted)|\s*anonymity"
    # "who asked to be identified only by her first name"
    r"|\s*to\s+be\s+(?:identified|named|called)\s+only\b"
    # "She asked that her full name not be published."
    r"|\s*that\s+(?:her|his|their)\s+(?:full\s+|last\s+|real\s+)?names?\s+not\s+be\s+(?:published|used|given|printed)",
    re.I,
)
_LABEL = re.compile(r"[ \t]*[\"“]?((?:[A-Z][A-Za-z.’'-]*)(?:[ \t][A-Z][A-Za-z.’'-]*){0,3}):[ \t]+(\S)")
_HEADLINE_QUOTE = re.compile(
    r"[ \t]*([^\n:]{3,160}?)[ \t]*(:)[ \t]*[‘'“\"]([^\n]{3,300}?)[’'”\"]\.?[ \t]*$", re.M
)
_NOT_LABELS = {
    "interview",
    "q&a",
    "explainer",
    "factbox",
    "podcast",
    "timeline",
    "fact check",
    "watch",
    "video",
    "photos",
    "photo",
    "live",
    "breaking",
    "update",
    "updated",
    "exclusive",
    "opinion",
    "analysis",
    "editorial",
    "review",
    "read",
    "related",
    "listen",
    "note",
    "editor's note",
    "correction",
    "clarification",
    "corrections",
    "title",
    "outlet",
    "published",
    "url",
    "authors",
    "author",
    "source",
    "date",
    "by",
    "tags",
    "section",
}
# Where an object phrase ends: a relative or participle clause after a comma, a dash, a second verb
# phrase ("claimed vast wealth and said …"), an adverbial of time, place or occasion.
_OBJECT_END = re.compile(
    r",\s+(?:which|who|whom|whose|where|when|while|as|after|before|because|since|though|although|but|and|"
    r"(?!including\b)[a-z]+ing\b)"
    r"|\s[-—–]{1,2}\s|\s--\s"
    r"|\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:[a-z]+ed|said|says|told|wrote|made|took|gave|went|"
    r"is|was|has|had|will|would|[a-z]+s)\s"
    # "… Machado since the debate", "… in early-morning tweets", "… in a ruling released Thursday"
    r"|\s+(?:during|since|until|amid|because|following)\s"
    # "thanked the coach on social media", "… in a tweet", "… online"
    r"|\s+on\s+(?:social\s+media|Twitter|X|Facebook|Instagram|TikTok|LinkedIn|Truth\s+Social|television|TV|air)\b"
    r"|\s+(?:online|in\s+a\s+(?:tweet|post|video|statement))\b"
    # "cited the figure at last week's forum", "… at a rally in Ohio"
    r"|\s+at\s+(?:last|this)\s"
    r"|\s+at\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:rally|forum|event|hearing|meeting|"
    r"conference|briefing|debate|speech|luncheon|dinner|summit|convention|town\s+hall)\b"
    r"|\s+in\s+(?:the\s+(?:days|weeks|months|hours|years)\s+(?:since|after|before)|(?:early|late)[\w-]*\s+\w+|"
    r"(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:compromise|interview|statement|speech|tweets?|letter|"
    r"ruling|post|video|ad|op-ed|column|rally|debate|remarks?|appearance))\b"
    r"|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"\d{4})\b"
    r"|\s+as\s+(?:[A-Z][\w’']+|he|she|they|it|we)\s+[a-z]+(?:s|ed)\b"
    # "… unconstitutional, his decision was overturned": the main clause after a fronted one.
    r"|,\s+(?:(?:he|she|they|it|we|i)|(?:his|her|their|its|the)\s+[\w-]+)\s+(?:was|were|is|are|has|had|did|"
    r"does|would|will|could)\b"
    r"|,\s+(?:the|a|an)\s+(?:latest|first|last|second|third|only|same)\b"
)
# What can follow a closing cue without being content: "…, Mr. Obama said in his interview."
_BARE_ADJUNCT = re.compile(
    r"\s*(?:(?:in|on|at|during|via|through|after|before|with|from|to)\s+(?:a|an|the|his|her|their|its|this|that)"
    r"\b[^,;:“\"\x00]{0,60}?|(?:last|this|earlier|later)\s+\w+)\s*[.!?]?\s*"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|did|does)\b"
)
_CLAUSE_END = re.compile(
    r";|,\s+(?:but|and|while|although|though)\s+(?:he|she|they|it|we|i|the|his|her|their|its|many|most|some)\b"
    # "tweeted that … and encouraged Americans to …": a second verb phrase of the speaker.
    r"|,?\s+and\s+(?:then\s+|also\s+)?(?:encouraged|urged|vowed|warned|accused|added|called\s+(?:for|on)|"
    rf"{'|'.join(sorted(_SECOND_VERBS))})\b"
    # "urged Republicans to join …, and criticized the party's …": a second verb phrase of the speaker.
    r"|,\s+and\s+(?:then\s+|also\s+)?[a-z]+ed\s+(?:the|a|an|his|her|their|its|that)\b"
    # "promising lower taxes and “jobs, jobs, jobs,” but he has …": the comma inside the quotation.
    r"|[”\"]\s+(?:but|while|although|though)\s+(?:he|she|they|it|we|i)\b"
    r"|,\s+(?:according to|citing|referring to|noting that|adding that)\b"
    # "She said …, and when pressed on why …, she replied": a new sentence part with its own cue.
    r"|,\s+and\s+when\s+(?:asked|pressed|questioned)\b"
)
# "said when she resigned", "said as much": what follows the cue is the occasion, not the content.
_ADVERBIAL_CLAUSE = re.compile(
    r"\s*(?:when|as|after|before|because|while|until|since|whenever|where|so|than|much|nothing|little)\b",
    re.I,
)
# "“…” The warning came from Ahmed Ragab", "The remarks were made by Wang Yi": who said the quotation before.
_SAID_BY_NEXT = re.compile(
    r"[ \t]*(?:The|That|Those|These|His|Her)[ \t]+(?:warning|remarks?|comments?|words|message|assessment|"
    r"plea|criticism|verdict|appeal|prediction|admission|rebuke)[ \t]+(?:came[ \t]+from|(?:was|were)[ \t]+"
    r"(?:made|delivered|issued|offered)[ \t]+by)[ \t]+(?:(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,3})?"
)
_IDENTIFIED_NEXT = re.compile(
    r"\s*(?:She|He)[ \t]+(?:was|is)[ \t]+((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*)\b"
)
_NAME_AT = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*")
# "… China's top diplomat said. State Councillor Wang Yi made the remarks in Moscow.": who it was.
_REMARK_NEXT = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*[ \t]+)(?:[\w.’'-]+[ \t]+){0,6}?"
    r"(?:(?:made|delivered|gave)[ \t]+(?:the|these|those|his|her)[ \t]+(?:remarks?|comments?|statement)\b"
    # "Russian foreign ministry spokeswoman Olga Sventitskaya was responding to a question …"
    r"|(?:was|were)[ \t]+(?:responding|speaking|replying|reacting|referring)\b)"
)
_REMARK = re.compile(
    r"\b(?:made|making|delivered)\s+(?:the|these|those|his|her|their)\s+(?:remarks?|comments?)\b"
)
_INTRO = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "while",
    "speaking",
    "ahead",
    "addressing",
    "asked",
    "when",
    "following",
    "earlier",
    "later",
    "meanwhile",
    "separately",
    "also",
    "however",
    "for",
    "with",
    "as",
    "since",
    "under",
    "from",
    "over",
    "throughout",
    "within",
    "talking",
    "writing",
    "responding",
    "by",
    "last",
    "this",
    "yesterday",
    "today",
    "despite",
    "amid",
    "without",
    "through",
    "then",
    "now",
    "still",
    "and",
    "but",
    "instead",
    "once",
    "according",
    "based",
    "citing",
    "pressed",
    "given",
    "though",
    "although",
    "because",
    "if",
    # where the speaker was: "Outside the school gates this morning, some parents said …"
    "outside",
    "inside",
    "near",
    "across",
    "along",
    "around",
    "among",
    "beside",
    "behind",
    "beyond",
}


# What somebody's own words are called before a colon ("Her message to drivers was simple: …").
_PERSONAL = {"he", "she", "his", "her"}
_VERDICT_NOUNS = {"message", "advice", "answer", "reply", "response", "verdict", "view", "warning", "words"}
# "The researchers", "Many local residents": a plural noun phrase opening a sentence, and its head.
_OPENING_GROUP = re.compile(r"(?:(?:The|These|Those)\s+)?((?:[A-Za-z-]+\s+){0,2}?([A-Za-z]+s))\b(?![’'])")
_FRONTED_PHRASE = re.compile(r"[A-Z][a-z]*(?:\s+[^\s,.;:!?“”\"]+){0,12}?,\s+")


_PLACE_APPOSITION = re.compile(r"\s*(?:one\s+of|home\s+to|part\s+of|a|an|the)\s", re.I)
_CLAUSE_VERB = re.compile(r"\b[a-z]{2,}ed\b|" + _FINITE.pattern)


def _past_fronted_phrase(text: str, lo: int, hi: int) -> int:
    """Where the clause begins after an adverbial that opens the sentence ("In Kyiv, ", "In a 19-page
    dissent, "), or ``lo`` when the sentence opens with its subject."""
    m = _FRONTED_PHRASE.match(text, lo, hi)
    if m and m.group().split()[0].lower() in _INTRO:
        return m.end()
    return lo


def _mid_rest(rest: str) -> bool:
    """Whether the words after a cue group continue the statement ("…, she added, were higher")."""
    m = _MID_REST.match(rest)
    if (
        not m
        or MASK in m.group()
        or any(w.lower() in lx.SPEECH_VERBS for w in re.findall(r"[A-Za-z]+", m.group()))
    ):
        return False
    tail = rest[m.end() - 2 :] if m.group().rstrip().endswith(",") else rest[m.end() :]
    comma = rest.rfind(",", 0, m.end())
    tail = rest[comma:]
    return not _NO_MERGE.match(tail) and _mwords(tail) >= 2


def _is_intro(left: str) -> bool:
    """ "In a statement on Monday, …": an opening adverbial, not reported content."""
    body = left.strip()
    first = re.match(r"[A-Za-z]+", body)
    if not first:
        return False
    word = first.group().lower()
    if word not in _INTRO and not (word.endswith("ing") and len(word) > 4):
        return False
    inner = body[:-1]
    limit = 30
    quoted_ok = word in {
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
    }  # 'In an interview on "Meet the Press",'
    if any(ch in inner for ch in ";:") or (
        not quoted_ok and (MASK in inner or any(ch in inner for ch in '“”"'))
    ):
        return False
    if _words(inner) > limit:
        return False
    if word in {"while", "though", "although", "because", "if", "since", "when", "whereas", "unless"}:
        return True  # a whole subordinate clause opens the sentence
    # "Speaking at a rally in Dayton, Ohio,": inner commas only inside a short place or date, before a
    # relative clause about the place ("In Zaporizhzhia, where residents queued for water,") or before a
    # verbless phrase that says what the place is ("At Scoil Bhríde, one of the schools at the centre …,").
    return all(
        _words(part) <= 6
        or (part.split()[0].lower() in {"where", "when", "which"} and _words(part) <= 20)
        or (
            _PLACE_APPOSITION.match(part) is not None and not _CLAUSE_VERB.search(part) and _words(part) <= 15
        )
        for part in inner.split(",")[1:]
    )


_THINK = {
    "believe",
    "think",
    "thought",
    "suspect",
    "suspecte",
    "fear",
    "feare",
    "hope",
    "doubt",
    "doubte",
    "predict",
    "predicte",
    "estimate",
    "expect",
    "expecte",
}
_CLAUSE_OPENERS = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "there",
    "this",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "no",
    "some",
    "many",
    "most",
    "all",
    "both",
}
_TO_VERBS = {
    "pledg",
    "promis",
    "vow",
    "vowe",
    "refus",
    "agree",
    "agre",
    "threaten",
    "declin",
}
_CHUNK_LINKS = {"of", "and", "on", "for", "in", "at", "with", "from"}


def _subject_chunk(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """ "Experts on tides and coastal erosion said": a plain phrase from the clause start."""
    start = j
    while start > 0 and j - start < 12:
        prev = toks[start - 1]
        if prev.text in {",", ";", ":"} or prev.text in _OPEN_MARKS or prev.text in _CLOSE_MARKS:
            break
        start -= 1
    chunk = toks[start : j + 1]
    if start > 0 and toks[start - 1].text not in {",", ";", ":"}:
        return None
    if not chunk or not (chunk[0].cap or chunk[0].low in _DETS) or any(t.quote for t in chunk):
        return None
    for n, tok in enumerate(chunk):
        low = tok.low
        # "the state university": after a determiner a verb form is a noun or adjective
        if low in lx.AUX_ADVERBS or (low in lx.SPEECH_VERBS and not (n and chunk[n - 1].low in _DETS)):
            return None
        # "Experts at the state university": a determiner only after a linking preposition
        if low in _FUNCTION and low not in _CHUNK_LINKS and not (low in _DETS and tok is not chunk[0]):
            return None
        if not (tok.text[0].isalnum() or tok.text in {"-", "’", "'", "/"}):
            return None
    if not any(_is_name_word(t) or t.low in lx.SPEAKER_NOUNS for t in chunk):
        return None
    return (start, j)


_OPENING_CONJUNCTIONS = {"but", "and", "yet", "still", "now", "so"}


def _clause_prefix_subject(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """The phrase from the sentence start to token ``j`` when it can only be a subject."""
    start = 1 if toks and toks[0].low in _OPENING_CONJUNCTIONS else 0
    chunk = toks[start : j + 1]
    if not 1 <= len(chunk) <= 10 or not chunk[0].text[:1].isalnum() or chunk[0].low in _INTRO:
        return None
    head = chunk[-1]
    if not head.text.isalnum() or head.low in _FUNCTION or head.low.endswith("ly"):
        return None
    for n, tok in enumerate(chunk):
        # "Many people involved in the negotiations assumed that …": a participle before a preposition
        # modifies the noun before it.
        reduced_relative = (
            0 < n < len(chunk) - 1
            and chunk[n + 1].low in {"in", "with", "at", "on", "from", "for", "by"}
            and chunk[n - 1].text.isalpha()
            and chunk[n - 1].low not in _FUNCTION
        )
        if (
            tok.quote
            or not (tok.text[0].isalnum() or tok.text in {"-", "’", "'", "."})
            or tok.low in lx.SPEECH_VERBS
            or tok.low in lx.AUX_ADVERBS
            or _FINITE.fullmatch(tok.low)
            or tok.low in {"that", "whether", "which", "who", "if", "because", "when", "while"}
            # "Whitcombe withdrew after two senators said": a clause and its subordinate, no subject
            or (n and tok.low in {"after", "before", "until", "although", "though", "once", "unless"})
            or (tok.text.islower() and tok.low.endswith("ed") and not reduced_relative)
        ):
            return None
    return (start, j)


def _relative_subject(toks: list[Tok], j: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Surety companies that had insured the mine": a subject with a relative clause ending at token
    ``j``, and the noun phrase the clause belongs to."""
    for r in range(j - 1, 0, -1):
        tok = toks[r]
        if tok.quote or tok.text in {",", ";", ":", "(", ")", "—", "–"}:
            return None
        if tok.low not in {"who", "that", "which"}:
            continue
        noun = toks[r - 1]
        if not noun.text.isalpha() or noun.low in _FUNCTION or noun.low in lx.SPEECH_VERBS:
            return None
        head = _np_back(toks, r - 1)
        if head is None:
            return None
        opens = head[0] == 0 or (head[0] == 1 and toks[0].low in _OPENING_CONJUNCTIONS)
        opens = opens or (head[0] > 1 and toks[head[0] - 1].text == "," and toks[0].low in _INTRO)
        if not opens or not (_agent(toks, head) or toks[head[1]].low in lx.PEOPLE_PLURALS):
            return None
        return (head[0], j), head
    return None


def _document_prefix_subject(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """ "The latest Reuters/Ipsos poll released Friday", "The average of polls taken over the past two
    weeks": a subject headed by a document word early on, with modifiers after it up to token ``j``."""
    start = 1 if toks and toks[0].low in _OPENING_CONJUNCTIONS else 0
    if start < len(toks) and toks[start].low in _INTRO:
        # "In 2013, research conducted by … found": step over a short opening adjunct.
        comma = next((p for p in range(start + 1, min(j, start + 7)) if toks[p].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    if not 0 <= j - start <= 16:
        return None
    chunk = toks[start : j + 1]
    heads = [
        n
        for n, tok in enumerate(chunk[:8])
        if tok.low in lx.DOCUMENT_HEADS
        # the head of the subject, not a modifier ("the survey team"): what follows it modifies it
        and (
            n == len(chunk) - 1
            or chunk[n + 1].low in {"of", "by", "from", "in", "on", "over", "for", "among", "taken"}
            or (chunk[n + 1].text.islower() and chunk[n + 1].low.endswith(("ed", "en")))
            or chunk[n + 1].low in lx.WEEKDAYS
        )
    ]
    if not heads or not chunk[0].text[:1].isalnum() or chunk[0].low in _INTRO:
        return None
    for tok in chunk:
        if (
            tok.quote
            or tok.text in {",", ";", ":", "(", ")", "—", "–"}
            or tok.low in {"that", "whether", "which", "who", "if", "because", "when", "while"}
            or _FINITE.fullmatch(tok.low)
            or (tok.low in lx.SPEECH_VERBS and tok.text.islower() and not tok.low.endswith(("ed", "en")))
        ):
            return None
    return (start, j)


_APPOSITIVE_ADJUNCTS = {"asked", "at", "in", "on", "during", "after", "before", "when", "while", "speaking"}


def _role_with_complement(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """ "Its state secretary for energy": a role noun with a lowercase complement, ending at token ``j``."""
    q = j
    while q >= 0 and j - q < 3 and toks[q].text.isalpha() and toks[q].text.islower():
        if toks[q].low in _FUNCTION:
            break
        q -= 1
    if q == j or q < 1 or toks[q].low not in {"for", "of", "at", "in", "on"}:
        return None
    base = _np_back(toks, q - 1)
    if base is None or not (toks[base[1]].low in lx.SPEAKER_NOUNS or toks[base[1]].low in lx.TITLES):
        return None
    return (base[0], j)


_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "outside", "inside", "across", "around"}


def _described_by_relative(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """ "A woman who lives nearby" ending at ``j``: a person described by a relative clause, before the
    name in apposition ("…, Maria Lopez, said")."""
    rel = next(
        (p for p in range(j, max(-1, j - 14), -1) if toks[p].low in {"who", "that"} or toks[p].text in ",;:"),
        None,
    )
    if rel is None or rel == 0 or toks[rel].low not in {"who", "that"}:
        return None
    head = _np_back(toks, rel - 1)
    if head is None or _is_name_word(toks[head[1]]) or toks[head[1]].low not in lx.SPEAKER_NOUNS:
        return None
    return (head[0], j)


def _appositive(toks: list[Tok], j: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "Ola Brenn, director of the institute, said": the phrase with its appositive, and the name."""
    # "A lawyer for the union, Ana Pires, said": the name is the appositive.
    inner_name = _np_back(toks, j - 1)
    if (
        inner_name is not None
        and inner_name[0] >= 2
        and toks[inner_name[0] - 1].text == "He"
        and toks[inner_name[0] - 2].text == ","
    ):
        inner_name = (
            inner_name[0] - 1,
            inner_name[1],
        )  # "A ministry spokeswoman, He Yadong, said": surname He
    if (
        inner_name
        and inner_name[0] > 1
        and toks[inner_name[0] - 1].text == ","
        and _is_name_word(toks[inner_name[1]])
        and inner_name[1] - inner_name[0] <= 4
    ):
        role = (
            _np_back(toks, inner_name[0] - 2)
            or _role_with_complement(toks, inner_name[0] - 2)
            or _described_by_relative(toks, inner_name[0] - 2)
        )
        if (
            role
            and (
                not _is_name_word(toks[role[1]])
                # "A spokesperson for the Department of Transportation, Lisa Park, said", "Pakistan’s
                # ambassador to China, Khalil Hashmi, was quoted as saying"
                or (
                    (toks[role[0]].low in _DETS or toks[role[0]].low.endswith(("’s", "'s")))
                    and any(
                        t.text.islower() and (t.low in lx.SPEAKER_NOUNS or t.low in lx.TITLES)
                        for t in toks[role[0] : role[1] + 1]
                    )
                )
            )
        ):
            return (role[0], j - 1), inner_name
    best: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)
    for c in range(j - 1, max(-1, j - 40), -1):
        tok = toks[c]
        if tok.text == "." and c > 0 and (toks[c - 1].low in lx.ABBREVIATIONS or len(toks[c - 1].text) == 1):
            continue  # "Mr. Ruiz Lopez" inside the appositive
        if tok.text == "." and toks[c + 1].text == ",":
            continue  # "Tom Cole, R-Okla., said": a full stop before a comma ends an abbreviation
        if tok.text in {"'", "’"} and c > 0 and toks[c - 1].low.endswith("s") and toks[c - 1].text.isalpha():
            continue  # "who chairs the rail users' group": a plural possessive, not a quotation mark
        if tok.quote or tok.text in {";", ":", "."} or tok.text in _OPEN_MARKS:
            return best
        if tok.text == ",":
            inner = toks[c + 1]
            short = c + 1 < j and j - c <= 4  # "Ann Lee, 25, said", "Tom Cole, R-Okla., said"
            # "Ann Lee, asked about the toll, said", "Ann Lee, in a statement, said": an adjunct, no role.
            adjunct = inner.low in _APPOSITIVE_ADJUNCTS
            if not (
                short
                or adjunct
                or (inner.low.endswith("ing") and inner.text.islower())
                or (inner.low.endswith("ed") and inner.text.islower())  # "The study, published in …,"
                or inner.low in _DETS
                or inner.low in lx.SPEAKER_NOUNS
                or inner.low in lx.TITLES
                # "Tijani, director-general of …": a compound role, or a role known by its ending
                or any(part in lx.TITLES or part in lx.SPEAKER_NOUNS for part in inner.low.split("-"))
                or (inner.text.islower() and is_role_word(inner.text))
                # "Priya Manoharan, cabinet member for transport, said": a role with a modifier before it,
                # as the last appositive only (not "Speaking to reporters, health secretary Ann Lee, …")
                or (
                    inner.text.islower()
                    and inner.low not in _FUNCTION
                    and not any(t.text == "," for t in toks[c + 1 : j])
                    and any(
                        t.text.islower() and (t.low in lx.SPEAKER_NOUNS or t.low in lx.TITLES)
                        for t in toks[c + 2 : min(j, c + 4)]
                    )
                )
                or inner.low in {"who", "which", "whose", "of", "from"}
                # "…, where the boat is registered, urged": a where-clause with its own verb, closed
                or (inner.low == "where" and any(_CLAUSE_VERB.fullmatch(t.low) for t in toks[c + 2 : j]))
                or inner.low.endswith(("’s", "'s"))  # "China, Pyongyang's only ally, said"
                # "Ana Beltrán, Ribera–Castellar’s sports director, said": an owner in several words
                or (
                    any(t.low.endswith(("’s", "'s")) for t in toks[c + 1 : min(j, c + 5)])
                    and (toks[j - 1].low in lx.SPEAKER_NOUNS or toks[j - 1].low in lx.TITLES)
                )
            ):
                continue
            k = c - 1
            if k >= 2 and toks[k].text.isdigit() and toks[k - 1].text == ",":
                k -= 2  # "Schiff, 56, who has served …, told": step over the age
            name = _np_back(toks, k)
            if name is None:
                continue
            if toks[name[1]].text == ")":
                core = next((p for p in range(name[1], name[0] - 1, -1) if toks[p].text == "("), None)
                if core is None or core == name[0]:
                    continue
                name = (name[0], core - 1)
            if not (
                _is_name_word(toks[name[1]])
                or toks[name[1]].low in lx.SPEAKER_NOUNS
                or toks[name[1]].low in lx.DOCUMENT_HEADS
                # "The left-hander, who was dropped on 14, said": "who" makes whatever it describes a person
                or (inner.low == "who" and toks[name[0]].low in _DETS)
                # "A fishermen’s association in Sinan County, where the boat is registered, urged"
                or (inner.low == "where" and any(t.low in lx.ORG_WORDS for t in toks[name[0] : name[1] + 1]))
                # "The 22-year-old, who was released …, told", "The striker, who …, said"
                or (
                    toks[name[0]].low in _DETS
                    and (_AGED.fullmatch(toks[name[1]].low) or is_role_word(toks[name[1]].text))
                )
            ):
                continue
            if name == (0, 0) and (toks[0].low.endswith("ly") or toks[0].low in lx.CAP_STOP):
                continue  # "Conversely, a majority …": an opening adverb, not a name
            if name[0] == 1 and toks[0].low in _PLACE_PREPOSITIONS:
                continue  # "In Zaporizhzhia, retired teacher Ann Lee, 67, said": a place, not a name
            # "Ann Roy, the minister of X, a member of Y, said": keep looking for the leftmost name.
            best = (name, name) if adjunct else ((name[0], j - 1), name)
    return best


def _sentence_subject(toks: list[Tok]) -> tuple[int, int] | None:
    starts = [0]
    dash = next((n for n, t in enumerate(toks[:12]) if t.text in {"—", "–", "-", "--"}), None)
    # "BEIJING, March 3 (Xinhua) --": a place in capitals, then a date and a wire in parentheses
    if (
        dash
        and toks[0].text.isupper()
        and all(not t.text.isalpha() or t.text[:1].isupper() for t in toks[:dash])
    ):
        while dash + 1 < len(toks) and toks[dash + 1].text in {"—", "–", "-", "--"}:
            dash += 1  # "--" read as two dashes
        toks = toks[dash + 1 :]  # "JEFFERSON CITY — A Cole County judge …": the dateline is not the subject
        found = _sentence_subject(toks)
        return (found[0] + dash + 1, found[1] + dash + 1) if found else None
    if toks and toks[0].low in {"but", "and", "yet", "so"} and len(toks) > 1:
        found = _sentence_subject(toks[1:])  # "But Premier Anthony Lisle said …"
        return (found[0] + 1, found[1] + 1) if found else None
    if toks and (toks[0].low in _INTRO or (toks[0].low.endswith(("ed", "ing")) and len(toks[0].low) > 4)):
        # "Following a swiftly called, late-afternoon meeting, the Security Council …": after any comma of
        # the opening phrase, the first one that a subject follows
        starts = [n + 1 for n, tok in enumerate(toks[:15]) if tok.text == ","] or [0]
    for k in starts:
        np = _np_forward(toks, k)
        if np and (_is_name_word(toks[np[1]]) or toks[np[1]].low in lx.SPEAKER_NOUNS):
            return np
        if np and np[0] == np[1] and toks[np[0]].low in {"he", "she", "they"}:
            return np  # "He described the win as …, and warned that …"
    return None


def _plural_subject(toks: list[Tok], np: tuple[int, int]) -> bool:
    head = toks[np[1]]
    if head.low in {
        "i",
        "we",
        "they",
        "you",
        "who",
        "whom",
        "which",
        "police",
        "people",
        "staff",
        "media",
        "public",
    }:
        return True
    if head.low in _QUANTIFIERS | {"both", "all"}:
        return True
    if head.low in lx.DOCUMENT_HEADS and head.low.endswith("s"):
        return True  # "Polls show …"
    if any(t.low in {"data", "police", "people"} for t in toks[np[0] : np[1] + 1]):
        return True
    if any(t.low == "and" for t in toks[np[0] : np[1] + 1]):
        return True
    if head.low in lx.GROUP_HEADS or (
        head.text.islower() and head.low.endswith("s") and not head.low.endswith("ss")
    ):
        return True
    return (
        head.cap and head.low.endswith("s") and head.low[:-1] in lx.GROUP_HEADS | {"democrat", "republican"}
    )


def _stance_subject(toks: list[Tok], np: tuple[int, int], i: int, last: int) -> bool:
    """Whether a stance verb ("plans", "worries", "supported") has a real subject: "Health worries" and
    "savings plans" are nouns, "is supported by" is a passive."""
    head = toks[np[1]]
    if last + 1 < len(toks) and toks[last + 1].low == "by":
        return False
    if head.low in lx.PRONOUNS or head.low in {"who"}:
        return True
    if (head.low in lx.TITLES and head.cap) or head.low in {
        "democratic",
        "republican",
        "health",
        "tax",
        "trade",
    }:
        return False
    if head.low in lx.TITLES and _det_before(toks, np[1]):
        return True  # "the mayor wants …"
    if head.cap and head.low not in lx.CAP_STOP:
        return np[1] - np[0] >= 1 or not re.search(r"[^s]s$", toks[i].low) or i == np[1] + 1
    return head.low in lx.SPEAKER_NOUNS or head.low in lx.DOCUMENT_HEADS


_CONTRACTED = {
    p + a + v
    for p, v in (("he", "s"), ("she", "s"), ("it", "s"), ("they", "re"), ("we", "re"), ("i", "m"))
    for a in ("'", "’")
}
# Verbs of stance and communication whose object is the attributed content even without a that-clause:
# "the senator cited the figure", "she endorsed the plan", "they agreed to the terms", "he called it a hoax".
_OBJECT_BASES = {
    "cite",
    "mention",
    "endorse",
    "support",
    "agree",
    "ask",
    "call",
    "propose",
    "recommend",
    "demand",
    "acknowledge",
    "admit",
    "deny",
    "reveal",
    "describe",
    "discuss",
    "promise",
    "pledge",
    "vow",
    "predict",
    "accuse",
    "want",
    "plan",
    "hope",
    "expect",
    "refuse",
    "decline",
    "clarify",
    "proclaim",
    "mock",
}


def _listed_forms(bases: Iterable[str]) -> set[str]:
    """The inflected forms of ``bases`` that the lexicon lists as cues."""
    return {
        form
        for base in bases
        for form in (
            *(base, base + "s", base + "es", base + "ed", base + "d", base[:-1] + "ied", base + "ing"),
            *(base + base[-1] + "ed", base + base[-1] + "ing"),  # "admitted", "planning"
        )
        if form in lx.SPEECH_VERBS
    }


_OBJECT_VERBS = _listed_forms(_OBJECT_BASES)
# Verbs whose object is never a that-clause: "that" after them is a determiner ("rejected that argument").
_NO_CLAUSE_VERBS = _listed_forms(
    [
        "cite",
        "endorse",
        "support",
        "decline",
        "refuse",
        "reject",
        "oppose",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "defend",
        "mock",
        "tout",
        "attack",
        "blast",
        "slam",
        "discuss",
        "describe",
        "outline",
        "highlight",
        "deride",
        "decry",
    ]
)
# Evidence verbs take an object when a document is the subject: "polls show a close race", "the study
# found 31 cases"; with a person as subject they are too often plain actions ("she showed the room").
_EVIDENCE_VERBS = {
    "show",
    "shows",
    "showed",
    "find",
    "finds",
    "found",
    "indicate",
    "indicates",
    "indicated",
    "suggest",
    "suggests",
    "suggested",
    "estimate",
    "estimates",
    "estimated",
}
_NOT_OBJECT = {
    "by",
    "as",
    "up",
    "off",
    "out",
    "back",
    "away",
    "in",
    "into",
    "at",
    "from",
    "after",
    "when",
    "while",
}


# Works that take positions like their authors: "the ad mocks …", "the film documents …".
_WORKS = {
    "film",
    "ad",
    "book",
    "documentary",
    "video",
    "spot",
    "movie",
    "column",
    "op-ed",
    "speech",
    "website",
}


def _agent(toks: list[Tok], np: tuple[int, int]) -> bool:
    """A subject that can hold a stance: a name, a person pronoun, a role or a group of people."""
    head = toks[np[1]]
    if head.low in {"he", "she", "they", "we", "i", "who"}:
        return True
    if _is_name_word(head):
        return True
    return (
        head.low in lx.DOCUMENT_HEADS
        or head.low in _WORKS
        or head.low in lx.SPEAKER_NOUNS
        or head.low in lx.GROUP_HEADS
        or head.low in lx.TITLES
        or head.low in lx.ORG_WORDS
    )


def _document_subject(toks: list[Tok], np: tuple[int, int]) -> bool:
    """ "Polls", "a 2014 study by a law professor": a document or its author heads the subject."""
    if toks[np[1]].low in lx.DOCUMENT_HEADS:
        return True
    k = np[0] - 1
    return (
        k >= 2
        and toks[k].low in {"by", "from", "of"}
        and any(t.low in lx.DOCUMENT_HEADS for t in toks[max(0, k - 3) : k])
        and not any(t.text in {",", ";"} for t in toks[max(0, k - 3) : k])
    )


def _object_follows(toks: list[Tok], k: int) -> bool:
    """An object phrase starts at token ``k`` ("cited the figure", not "cited by", "agreed.")."""
    if k >= len(toks):
        return False
    tok = toks[k]
    if tok.quote or tok.text in _OPEN_MARKS:
        return True
    if tok.low in lx.STANCE_PREPOSITIONS:
        return k + 1 < len(toks) and _object_follows(toks, k + 1)  # "railed against the bill"
    if tok.low in {"not", "never"}:
        return k + 1 < len(toks) and toks[k + 1].low == "to"  # "decided not to appeal"
    return (
        tok.text[0].isalnum()
        and tok.low not in _NOT_OBJECT
        and tok.low not in lx.TIME_WORDS
        and tok.low not in lx.AUX_ADVERBS
        and tok.low not in lx.SPEECH_VERBS
    )


def _quote_ahead(toks: list[Tok], k: int, limit: int) -> bool:
    """A quotation within ``limit`` tokens of the same clause ("called the plan “a disaster”")."""
    for tok in toks[k : k + limit]:
        if tok.quote:
            return True
        if tok.text in {",", ";", ":", "."}:
            return False
    return False


def _has_complement(toks: list[Tok], k: int) -> bool:
    """A that-clause, colon or quotation follows within a few words ("found that", "told reporters:")."""
    if k < len(toks) and toks[k].text == ",":
        # "cautioned, as did the campaign itself, that …": step over an aside between commas.
        close = next((p for p in range(k + 1, min(len(toks), k + 12)) if toks[p].text == ","), None)
        if close is not None and close + 1 < len(toks) and toks[close + 1].low == "that":
            return True
    for tok in toks[k : k + 8]:
        if tok.low == "that" or tok.text == ":" or tok.quote:
            return True
        if tok.text in {".", ";"}:
            return False
    return False


def _parenthetical(toks: list[Tok], np: tuple[int, int] | None, i: int, low: str) -> bool:
    """ "…, she warned." — the cue group follows the content after a comma or a closing mark."""
    if low not in lx.PARENTHETICAL or np is None:
        return False
    first = min(np[0], i)
    if first == 0:
        return False
    prev = toks[first - 1]
    return prev.text in {",", "—", "–"} or prev.text in _CLOSE_MARKS or prev.quote


_SKIP_RIGHT = re.compile(
    r"^\s*(?:,\s*)?(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|yesterday|tonight|night|morning|afternoon|evening|week|month|year)\s*)+,?\s*",
    re.I,
)
_ADJUNCT = re.compile(
    # "to reporters, …" is an adjunct; "to sign up five million people, …" is the content.
    r"^\s*,?\s*(?:in|at|during|on|while|after|before|via|through|from|to(?=\s+(?:the|a|an|his|her|their|its|"
    r"reporters)\b|\s+(?-i:[A-Z])))\b[^,.;:“\"]{0,90},\s*",
    re.I,
)
_THAT = re.compile(r"^\s*,?\s*(?:that|:)\s*", re.I)
_VERB_LIKE = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|s)|[a-z]+n[’']t|am|be|been|being|do|can|had|have|must|shall)\b|" + _FINITE.pattern
)
_BARE_OCCASION = re.compile(
    r"\s*(?:after|before|during|at|in|on|following)\s+(?:the|a|an|his|her|their|this|last)\s+(?:[\w-]+\s+){0,3}?"
    r"(?=(?:he|she|they|it|we|I)\s+[a-z])"
)
_DOCUMENT_SAYS = re.compile(
    r"\b(?:that|which)\s+(?:says|said|states|stated|reads|read|concludes|concluded|argues|argued|claims|claimed|"
    r"warns|warned)\s+(?:that\s+)?"
)
# "which the commissioner, Lars Vestergaard, has described as", "that critics have called"
_RELATIVE_DESCRIPTION = re.compile(
    r"\b(?:which|that)\s+((?:[Tt]he\s+)?[\w’'.-]+(?:,?\s+[\w’'.-]+){0,7}?,?)\s+(?:has\s+|had\s+|have\s+)?"
    r"(described|called|termed|dubbed|labelled|labeled|branded)(?:\s+as)?\s*"
)
_ANTECEDENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+$"
)
_SEEN_BY = re.compile(r"(.+?)\s+(?:seen|obtained|reviewed)\s+by\s+.+", re.I)
_TOLD_ONE_WORD = re.compile(
    r"\btold\s+([A-Z][\w&-]*)(?=\s*[.,;:]|\s+(?:that|on|in|last|this|earlier|by)\b"
    # "told RNZ the unrest was …": a clause with its own subject right after the name
    r"|\s+(?:the|a|an|he|she|it|they|there|his|her|its|their)\s)"
)
# Bodies one tells something to by a capitalised name that are no outlet
_ADDRESSED_BODIES = {
    "parliament",
    "congress",
    "senate",
    "lawmakers",
    "legislators",
    "police",
    "court",
    "cabinet",
}
_OUTLET_APPOSED = re.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"{_MEDIA_KINDS}\b.*",
    re.S,
)
_DRAFTS = {
    "draft",
    "proposal",
    "plan",
    "copy",
    "version",
    "text",
    "transcript",
    "recording",
    "email",
    "emails",
}
_SEEN_BY_NAME = re.compile(
    r"(.+?)\s+(?:seen|obtained|reviewed)\s+by\s+(?:[Tt]he\s+)?([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})"
)
_CITING_INSIDE = re.compile(r".+?,\s*citing\s+((?:[\w’'.-]+\s+){0,6}?[\w’'-]+)")
_CITING_BEFORE_THAT = re.compile(r"\s*,\s*citing\s+((?:[\w’'.-]+\s+){0,6}?[\w’'-]+)\s*,\s*that\b")
_CITING = re.compile(r"\s*,\s*citing\s+((?:[\w’'.-]+\s+){0,6}?[\w’'-]+)\s*(?=[.;]|$)")
_ANSWERED = re.compile(r"\s*to\s+(?:a|an|the|questions?|reporters?|criticism)\b")
_NOT_CONTENT = re.compile(r"\s*(?:by|in|under|slightly|sharply|steadily|modestly|dramatically)\b")
_ADDRESSEE_ONLY = re.compile(
    r"\s*(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}(?:\s+(?:on|last|this|early|late))?"
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month))?\s*[.,]?\s*"
)
_TRAIL = " \t\n,;:—–-"
_ADDRESSEE_BEFORE_CLAUSE = re.compile(
    r"\s*(?:(?!(?:how|why|what|when|where|whether|if|that|of|about)\b)[\w’'.-]+\s+){1,8}?"
    r"(?=(?:it|he|she|they|we|I|there)\s+(?:is|was|are|were|would|will|had|has|"
    r"could|can|did|does|should|must)\b)"
)
# A name told something, then the clause told ("told ABC Radio Perth the royalty rise was …").
_NAMED_ADDRESSEE = re.compile(
    rf"\s*(?:(?:[\w-]+\s+){{0,2}}{_MEDIA_KINDS}\s+)?(?:[A-Z][\w’'.&-]*|\d+)(?:\s+(?:[A-Z][\w’'.&-]*|\d+)){{0,4}}\s+"
    r"(?=(?:the|a|an|his|her|its|their|this|these|those)\s+[\w-]+)"
)
_KNOWN_OUTLET_BEFORE_CLAUSE = re.compile(
    r"\s*(?:"
    + "|".join(
        re.escape(name)
        for name in sorted({n for o in KNOWN_OUTLETS for n in (o.name, *o.aliases)}, key=len, reverse=True)
    )
    + r")\s+(?=[a-z])"
)
_SUBORDINATE_ONLY = re.compile(
    r"\s*(?:(?:but|and|so|yet)\s+)?(?:when|if|as|after|before|while|because|although|though|since|once|until|"
    r"unless)\b[^,;:—–]*,\s*",
    re.I,
)


# Gatherings one tells something to ("told the meeting the gate was needed").
_GATHERINGS = {
    "crowd",
    "audience",
    "jury",
    "court",
    "committee",
    "panel",
    "council",
    "meeting",
    "conference",
    "rally",
    "hearing",
    "summit",
    "assembly",
    "parliament",
    "senate",
    "house",
    "gathering",
    "briefing",
    "forum",
    "congress",
    "chamber",
    "inquiry",
}


def _content_right(text: str, masked: str, start: int, end: int, cue_low: str) -> int:
    """Where reported content begins after a cue group ending at ``start``."""
    window = masked[start:end]
    pos = 0
    m = _SKIP_RIGHT.match(window)
    if m:
        pos = m.end()
    if cue_low in {
        "told",
        "tells",
        "tell",
        "telling",
        "urged",
        "urges",
        "asked",
        "asks",
        "warned",
        "assured",
        "reminded",
    }:
        # "told Hallam TV, the club's in-house channel, that …": the addressee may carry an appositive
        m = re.match(
            r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\w’'.“”\"-]+,?\s+){0,9}?(?=that\b)", window[pos:], re.I
        )
        if m and (cue_low.startswith("tel") or cue_low in {"assured", "warned", "reminded", "told"}):
            pos += m.end()
        elif cue_low.startswith("tel"):
            m = re.match(
                r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:reporters|journalists|(?:[A-Z][\w’'.-]*\s*)+|"
                r"[\w-]+\s+(?=[A-Z]))\s*,?\s*",
                window[pos:],
            )
            if m:
                pos += m.end()
        elif cue_low == "told":
            # "who told him the nominee had …": the addressee is not part of what was told.
            m = re.match(r"\s*(?:him|her|them|us|me)\s+(?=the\b|[a-z]+\s)", window[pos:])
            # "told USA TODAY's weekly newsmaker series it is clear …": an addressee, then a bare clause.
            m = m or _ADDRESSEE_BEFORE_CLAUSE.match(window[pos:])
            m = m or re.match(rf"\s*{_PRESS_NAME}\s+(?=[a-z])", window[pos:])  # "told the Gazette the …"
            m = m or _KNOWN_OUTLET_BEFORE_CLAUSE.match(window[pos:])  # "told Reuters the visit …"
            m = m or _NAMED_ADDRESSEE.match(window[pos:])  # "told ABC Radio Perth the rise was fair"
            # "told investors the cloud business was …": people addressed, then a clause with its own subject
            people = re.match(
                r"\s*(?:the\s+)?([a-z]+)\s+(?=(?:the|a|an|his|her|its|their)\s+\w+\s+(?:\w+\s+)?"
                r"(?:is|was|are|were|would|will|had|has|could|can)\b)",
                window[pos:],
            )
            if (
                m is None
                and people
                and (
                    people.group(1) in lx.SPEAKER_NOUNS
                    or people.group(1) in lx.PEOPLE_PLURALS
                    or people.group(1) in lx.GROUP_HEADS
                    or people.group(1) in _GATHERINGS
                )
            ):
                m = people
            if m:
                pos += m.end()
    m = _ADJUNCT.match(window[pos:])
    if m and not re.search(r"\bthat\b", m.group()):
        pos += m.end()
    m = _BARE_OCCASION.match(window[pos:])
    if m:
        pos += m.end()  # "said after the convention he would …"
    m = _SKIP_RIGHT.match(window[pos:])
    if m:
        pos += m.end()
    m = re.match(r"\s*,[^,;:“\"]{0,80},\s*that\s+", window[pos:])
    if m:
        pos += m.end()  # "cautioned, as did the campaign itself, that …"
    m = re.match(r"\s*(?:[a-z]+ly\s+){1,2}(?=that\b)", window[pos:])
    if m:
        pos += m.end()  # "has said repeatedly that …"
    m = _THAT.match(window[pos:])
    if m and cue_low not in _NO_CLAUSE_VERBS:
        pos += m.end()
    # "said in a statement that …"
    m = re.match(r"[^,.;“\"]{0,60}?\bthat\s+", window[pos:])
    if m and re.match(r"\s*(?:in|at|on|during|via|through)\b", window[pos:]):
        pos += m.end()
    # "said in a statement there was no need …": where it was said, then the clause without "that"
    m = _OCCASION_BEFORE_CLAUSE.match(window[pos:])
    if m:
        pos += m.end()
    # "told reporters after the vote: “…”": who was told, or when, before a colon that opens a quotation
    m = _OCCASION_BEFORE_COLON.match(window[pos:])
    if m and _words(m.group()) <= 8 and not _CLAUSE_VERB.search(m.group()):
        pos += m.end()
    return start + pos


_MEMBERS = re.compile(
    r",?\s+(?:comprising|consisting\s+of|made\s+up\s+of|led\s+by|headed\s+by|chaired\s+by)\s"
)
_RELATIVE_IN_PHRASE = re.compile(r",\s+(?:who|whose|which|where)\s")
_GIVEN_NAME = re.compile(
    r"\b(?:gave|giving|gives|give)\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+(?:only\s+)?as\s+"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"|\bidentified\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+first\s+name\s*,?\s*|as\s+)"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_OCCASION_BEFORE_CLAUSE = re.compile(
    r"\s*(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|post|tweet|email|letter|briefing|speech|video|message|release|note|call|"
    r"conference|hearing)\s+(?=(?:the|a|an|he|she|it|they|there|this|these|we|i)\s)"
)
_OCCASION_ONLY = re.compile(
    r"\s*(?:(?:the\s+)?(?:reporters|journalists|press|media|crowd|audience)\s+)?"
    r"(?:in|on|at|during|after|before|via|through)\s+(?:a|an|the|his|her|their|its|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}(?:statement|interview|post|tweet|email|letter|briefing|conference|speech|video|"
    r"message|release|note|call|appearance|event|meeting|rally|hearing)\s*[.!?]?\s*"
)
_OCCASION_BEFORE_COLON = re.compile(rf"[^:;,.!?“”\"‘’{MASK}]{{1,80}}:\s*(?=[“\"‘'])")


# A wire dateline before the first sentence: "MOSCOW (Reuters) - ", "WASHINGTON, Sept. 3 (AP) — ".
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][\w. ]{1,30})?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*"
    r"(?:[-—–―]{1,2}|:)[ \t]+"
    # "Beijing — ", "Kendari, Southeast Sulawesi — ": a place in mixed case needs a dash and a sentence after
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})?[ \t]*"
    r"(?:\([^()\n]{1,40}\))?[ \t]*[—–―][ \t]+(?=[A-Z“\"‘'])"
)


# The wire credit or desk code that closes a story ("… this year. — Reuters"), as the zones know it.
_CLOSING_CREDIT = re.compile(r"(?<=[.!?])" + TRAILING_CREDIT.pattern)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _TRAIL or text[start].isspace()):
        start += 1
    dateline = _DATELINE.match(text, start, end)
    if dateline and (start == 0 or text[start - 1] == "\n"):
        start = dateline.end()
    credit = _CLOSING_CREDIT.search(text, start, end)
    if credit is not None:
        end = credit.start()  # "… this year. — Reuters": the wire's credit closes the story, not the content
    while end > start and (text[end - 1] in _TRAIL or text[end - 1] in ".!?" or text[end - 1].isspace()):
        end -= 1
    # A content cut before the next cue can end on the conjunction that joined them ("… and said").
    dangling = re.search(r"[\s,]+(?:and|but|or)(?:\s+(?:then|also))?$", text[max(start, end - 11) : end])
    if dangling and end - dangling.start() - max(start, end - 11) < end - start:
        end = max(start, end - 11) + dangling.start()
    return start, end


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


_MASK_RUN = re.compile(f"{MASK}+")


def _mwords(s: str) -> int:
    """Words in masked text, a quotation counting as three."""
    return _words(_MASK_RUN.sub(" w w w ", s))


def _kind_and_span(text: str, start: int, end: int, segs: list[Segment]) -> tuple[str, int, int]:
    inside = [s for s in segs if s.open >= start - 1 and s.end <= end + 1]
    if not inside:
        return "indirect", start, end
    covered = sum(s.close - s.open for s in inside)
    outside = text[start:end]
    for s in inside:
        # an unclosed quotation may run to the paragraph's last full stop, which the content leaves out
        outside = outside.replace(text[max(s.open, start) : min(s.close, end)], " ")
    if _words(outside) <= 1 and covered > 0:
        return "direct", inside[0].start, inside[-1].end
    return "mixed", start, end


_UNSET = object()  # not computed yet


class _Extractor:
    def __init__(
        self, text: str, main_spans: list[tuple[int, int]], headlines: frozenset[int] = frozenset()
    ) -> None:
        # Indexes into main_spans of title lines, where verbs are capitalised ("Mayor Says Bridge Will Open").
        self.headlines = headlines
        self.colon_cue: tuple[int, tuple[int, int], tuple[int, int]] | None = None
        self.recent: list[Speaker] = []
        self.bodies: list[str] = []  # organisations quoted by name, in order ("the agency said")
        self.gender: dict[str, str] = {}
        self.text = text
        self.main = main_spans
        self.entities = ArticleEntities(text, main_spans)
        self.drafts: list[Draft] = []
        self._interviewee_span: tuple[int, int] | None | object = _UNSET
        self._label_paragraphs: int | None = None
        self.sentence_before: tuple[int, int] | None = None
        self.masked = text

    def run(self) -> list[Quotation]:
        text = self.text
        per_paragraph = [find_segments(text, lo, hi) for lo, hi in self.main]
        masked = self.masked = mask(text, [s for segs in per_paragraph for s in segs])
        for index, (lo, hi) in enumerate(self.main):
            self._paragraph(index, lo, hi, per_paragraph[index], masked)
        return self._finish()

    # One paragraph --------------------------------------------------------------------------------
    def _paragraph(self, index: int, lo: int, hi: int, segs: list[Segment], masked: str) -> None:
        text = self.text
        if self._speaker_label(index, lo, hi):
            return
        seg_starts = {s.start for s in segs}
        for s_lo, s_hi in sentences(text, masked, lo, hi):
            toks = _tokens(masked, s_lo, s_hi, seg_starts)
            if not toks:
                continue
            sent_segs = [s for s in segs if s_lo <= s.start < s_hi]
            cues = _find_cues(toks, headline=index in self.headlines)
            made = self._attribute(index, s_lo, s_hi, toks, cues, sent_segs, masked)
            made = made + self._noun_claims(index, s_lo, s_hi, masked, sent_segs)
            made = made + self._passive(index, s_lo, s_hi, masked, sent_segs, made)
            made = made + self._asked(index, s_lo, s_hi, masked, sent_segs, made)
            made = made + self._stance_predicate(index, s_lo, s_hi, toks, masked, sent_segs, made)
            made = made + self._relative_description(index, s_lo, s_hi, sent_segs, made)
            covered = [(d.start, d.end) for d in made]
            # Quotations with no cue of their own in this sentence.
            loose = [s for s in sent_segs if not any(a - 2 <= s.start and s.end <= b + 2 for a, b in covered)]
            loose = [s for s in loose if self._substantial(s, s_lo, s_hi)]
            if (
                loose
                and not made
                and not self._dash_credit(index, s_lo, s_hi, loose)
                and not self._colon_quotation(index, s_lo, s_hi, toks, loose)
            ):
                self._continuation(index, s_lo, s_hi, loose)
            self.sentence_before = (s_lo, s_hi)

    def _relative_description(
        self, index: int, s_lo: int, s_hi: int, segs: list[Segment], made: list[Draft]
    ) -> list[Draft]:
        """ "The proposal, which the commissioner, Lars Vestergaard, has described as ‘…’": the quoted words
        are the description of whoever the relative clause names."""
        found: list[Draft] = []
        for seg in segs:
            if any(d.start <= seg.start < d.end for d in made):
                continue
            m = _RELATIVE_DESCRIPTION.search(self.text, s_lo, seg.open)
            if m is None or m.end() != seg.open:
                continue
            # What is described: the noun phrase the relative clause hangs on ("an explosion that …").
            ante = _ANTECEDENT.search(self.text, max(s_lo, m.start() - 80), m.start())
            start, end, kind = (ante.start(), seg.close, "mixed") if ante else (seg.start, seg.end, "direct")
            phrase = m.group(1).rstrip(" ,")
            mention = (m.start(1), m.start(1) + len(phrase))
            name = re.search(r",\s+([A-Z][^,]*)$", phrase)
            name_span = (m.start(1) + name.start(1), mention[1]) if name else None
            cue = (m.start(2), m.end(2))
            draft = Draft(start, end, kind, (s_lo, s_hi), mention, cue, 0.75, index)
            draft.name_span = name_span
            self.drafts.append(draft)
            found.append(draft)
        return found

    def _headline_quote(self, index: int, lo: int, hi: int) -> bool:
        """ "Warren Hammers Bank Chief: ‘You Should Be Investigated’", "A lesson from Ann Lee: ‘Be heard.’":
        a headline that ends in a quotation after a colon quotes the person it names."""
        m = _HEADLINE_QUOTE.match(self.text, lo, hi)
        if m is None:
            return False
        left_start, left_end = m.span(1)
        mention = None
        for person in self.entities.people:
            for token_match in re.finditer(re.escape(person.tokens[-1]), self.text[left_start:left_end]):
                at = left_start + token_match.start()
                first = self.text.rfind(person.tokens[0], left_start, at + 1)
                span = (first if first >= 0 else at, at + len(person.tokens[-1]))
                if mention is None or span[0] < mention[0]:
                    mention = span
        if mention is None:
            return False  # "Bridge Will Open: ‘Finally’": nobody the article names
        start, end = _strip_span(self.text, m.start(3), m.end(3))
        if _words(self.text[start:end]) < 2:
            return False
        self.drafts.append(
            Draft(
                start, end, "direct", (lo, hi), mention, (m.start(2), m.start(2) + 1), 0.6, index, label=True
            )
        )
        return True

    def _speaker_label(self, index: int, lo: int, hi: int) -> bool:
        """Transcript lines ("BRANDT: Only if …") and headlines ("Mayor Lee: Bridge Will Open")."""
        m = _LABEL.match(self.text, lo, hi)
        if m is None:
            return index in self.headlines and self._headline_quote(index, lo, hi)
        label = m.group(1)
        headline = index in self.headlines
        answer = label == "A" and self._interviewee() is not None
        if not answer and (
            label.lower() in _NOT_LABELS or any(w.lower() in lx.CAP_STOP for w in label.split())
        ):
            return False
        if not (label.isupper() and len(label) >= 2) and not headline and not answer:
            return False
        if not headline and not answer and not self._transcript_label(label, m.start(1)):
            return False  # "ISLAMABAD: China and Pakistan agreed …": a dateline, not a speaker
        start, end = _strip_span(self.text, m.start(2), hi)
        if _words(self.text[start:end]) < 2:
            return False
        draft = Draft(
            start,
            end,
            "indirect",
            (lo, hi),
            (m.start(1), m.end(1)),
            (m.end(1), m.end(1) + 1),
            0.7,
            index,
            label=True,
        )
        if answer:
            # "Q: … / A: …": an interview's answers are the words of the person it is with.
            draft.name_span = self._interviewee()
            draft.confidence = 0.6
            draft.kind = "direct"  # an interview transcript gives the answer word for word
        self.drafts.append(draft)
        return True

    def _transcript_label(self, label: str, at: int) -> bool:
        """Whether an upper-case label opens a turn of a transcript: the label names somebody the article
        names, or several paragraphs open with a label."""
        if self.entities.full_name(label.title(), at) is not None:
            return True
        if self._label_paragraphs is None:
            self._label_paragraphs = sum(
                1
                for lo, hi in self.main
                if (found := _LABEL.match(self.text, lo, hi)) and found.group(1).isupper()
            )
        return self._label_paragraphs >= 2

    def _interviewee(self) -> tuple[int, int] | None:
        """Where the person an interview article keeps naming is first named: the one the "A:" lines quote."""
        if self._interviewee_span is _UNSET:
            best = None
            if any(re.match(r"[ \t]*Q[ \t]*:", self.text[lo:hi]) for lo, hi in self.main):
                counts: dict[str, int] = {}
                first: dict[str, int] = {}
                for at, person in self.entities.person_positions:
                    counts[person.name] = counts.get(person.name, 0) + 1
                    first.setdefault(person.name, at)
                for person in self.entities.people:
                    counts[person.name] = counts.get(person.name, 0) + len(
                        re.findall(rf"\b{re.escape(person.tokens[-1])}\b", self.text)
                    )
                if counts:
                    name = max(counts, key=lambda k: (counts[k], -first.get(k, 0)))
                    at = first.get(name)
                    if at is not None:
                        best = (at, at + len(name))
            self._interviewee_span = best
        return self._interviewee_span  # type: ignore[return-value]

    def _noun_claims(self, index: int, s_lo: int, s_hi: int, masked: str, segs: list[Segment]) -> list[Draft]:
        """ "the mayor's claim that …", "her argument that …": a statement reported through a noun."""
        made = []
        for m in _NOUN_CLAIM.finditer(masked, s_lo, s_hi):
            start = m.end()
            stop = _CLAIM_END.search(masked, start, s_hi)
            end = stop.start() if stop else s_hi
            start, end = _strip_span(self.text, start, end)
            if _words(self.text[start:end]) < 3:
                continue
            if m.group(1).lower() in {"his", "her", "their", "its"} and any(
                min(end, d.end) - max(start, d.start) > (end - start) // 2 for d in self.drafts[-6:]
            ):
                continue  # "said in his closing argument that …": the verb has reported it already
            kind, start, end = _kind_and_span(self.text, start, end, segs)
            who = (m.start(1), m.end(1))
            made.append(Draft(start, end, kind, (s_lo, s_hi), who, (m.start(2), m.end(2)), 0.45, index))
        for rx, trigger in ((_NOUN_INTENT, _INTENT_WORDS), (_NOUN_STANCE, _STANCE_WORDS)):
            if trigger.search(masked, s_lo, s_hi) is None:
                continue  # the full pattern is slow; most sentences have none of its nouns
            for m in rx.finditer(masked, s_lo, s_hi):
                if m.group(1).lower() in {"its"} and rx is _NOUN_STANCE:
                    continue
                start = m.end()
                stop = _CLAIM_END.search(masked, start, s_hi)
                clause = _CLAUSE_END.search(masked, start, s_hi)
                end = min(stop.start() if stop else s_hi, clause.start() if clause else s_hi)
                # "Vos's plan to widen the quay drew protests": the phrase ends where its verb starts.
                verb = _NOUN_PHRASE_END.search(masked, start, end)
                if verb:
                    end = verb.start()
                elif not masked[s_lo : m.start()].strip():
                    continue  # the noun phrase is the subject and its verb is unknown: no safe end
                start, end = _strip_span(self.text, start, end)
                if _words(self.text[start:end]) < 2 or any(
                    min(end, d.end) - max(start, d.start) > (end - start) // 2
                    for d in self.drafts[-6:] + made
                ):
                    continue
                kind, start, end = _kind_and_span(self.text, start, end, segs)
                who = (m.start(1), m.end(1))
                if m.group(1).lower() in {"his", "her", "their"}:
                    # "Trump is doubling down on his attacks on …": the subject the possessive points back to.
                    subject = _POSSESSIVE_SUBJECT.match(masked, s_lo, m.start(1))
                    first = subject.group(1).split()[0].lower() if subject else ""
                    if subject and first not in _NOT_ANTECEDENTS and first not in _FUNCTION:
                        who = (subject.start(1), subject.end(1))
                made.append(Draft(start, end, kind, (s_lo, s_hi), who, (m.start(2), m.end(2)), 0.4, index))
        self.drafts.extend(made)
        return made

    def _passive(
        self, index: int, s_lo: int, s_hi: int, masked: str, segs: list[Segment], made: list[Draft]
    ) -> list[Draft]:
        """ "The plan was endorsed by the council": the subject is the position, the by-phrase its holder."""
        m = _PASSIVE.search(masked, s_lo, s_hi)
        if m is None or m.group(3).lower() not in _PASSIVE_VERBS:
            return []
        agent = _PASSIVE_AGENT.match(masked, m.end(), s_hi)
        if agent is None:
            return []
        if re.search(
            r"\bas\s+(?:saying|telling|stating|writing)\b", masked[m.end() : min(s_hi, m.end() + 120)]
        ):
            return []  # "Lavrov was quoted by RIA as saying": the verb of saying holds it
        start = s_lo
        intro = masked.rfind(", ", s_lo, m.start())
        if intro >= 0 and _is_intro(masked[s_lo : intro + 1]):
            start = intro + 2
        # "Ferreira, meanwhile, is supported by …": a parenthetical adverb is not part of the subject.
        stop = re.search(r",\s*[a-z]+,?\s*$", masked[start : m.start()])
        start, end = _strip_span(self.text, start, start + stop.start() if stop else m.start())
        if self.text[start:end].lower() in lx.PRONOUNS | {"this", "that", "which"}:
            return []  # "It is touted by …": the position is named elsewhere
        if not 1 <= _words(self.text[start:end]) <= 12 or any(
            min(end, d.end) > max(start, d.start) for d in made
        ):
            return []
        kind, start, end = _kind_and_span(self.text, start, end, segs)
        who_end = agent.end(1)
        last_word = self.text[agent.start(1) : who_end].split()[-1]
        if last_word.endswith(".") and len(last_word) > 3 and last_word[:-1].lower() not in lx.ABBREVIATIONS:
            who_end -= 1  # the sentence's full stop
        who = (agent.start(1), who_end)
        draft = Draft(start, end, kind, (s_lo, s_hi), who, (m.start(3), m.end(3)), 0.4, index)
        self.drafts.append(draft)
        return [draft]

    def _asked(
        self, index: int, s_lo: int, s_hi: int, masked: str, segs: list[Segment], made: list[Draft]
    ) -> list[Draft]:
        """ "Asked about the toll, Ferreira said …": the question put to the speaker is reported too."""
        m = _ASKED.match(masked, s_lo, s_hi)
        if m is None:
            return []
        start, end = _strip_span(self.text, m.start(1), m.end(1))
        if _words(self.text[start:end]) < 2 or any(min(end, d.end) > max(start, d.start) for d in made):
            return []
        kind, start, end = _kind_and_span(self.text, start, end, segs)
        who = re.match(
            r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|(?:he|she|they|the \w+|(?:his|her|their) \w+)\b)",
            masked[m.end() : s_hi],
        )
        mention = (m.end() + who.start(1), m.end() + who.end(1)) if who else None
        # the speaker the sentence's own cue found ("Commission spokesperson Anna-Kaisa Itkonen")
        mention = next((d.mention for d in made if d.mention and d.mention[0] >= m.end()), mention)
        cue = (m.start(), m.start() + 5)
        draft = Draft(start, end, kind, (s_lo, s_hi), mention, cue, 0.4, index, question=True)
        self.drafts.append(draft)
        return [draft]

    def _stance_predicate(
        self,
        index: int,
        s_lo: int,
        s_hi: int,
        toks: list[Tok],
        masked: str,
        segs: list[Segment],
        made: list[Draft],
    ) -> list[Draft]:
        """ "The senator has been critical of the deal", "she is a fierce opponent of the tax": a position
        stated with a copula and an adjective or noun of stance."""
        out: list[Draft] = []
        if _PREDICATE_WORDS.search(masked, s_lo, s_hi) is None:
            return out
        n = len(toks)
        for b, tok in enumerate(toks):
            if tok.low not in _COPULAS or b == 0:
                continue
            k = b + 1
            if k < n and toks[k].low in {"been", "become"}:
                k += 1
            skipped = 0
            while k < n and skipped < 5 and toks[k].low in _PREDICATE_FILLERS:
                k += 1
                skipped += 1
            if (
                k + 2 >= n
                or toks[k].low not in lx.STANCE_PREDICATES
                or toks[k + 1].low not in _PREDICATE_LINKS
            ):
                continue
            np = _np_back(toks, _skip_aux(toks, b - 1))
            if np is None or not _agent(toks, np) or toks[np[0]].low in {"which", "that"}:
                continue
            start = toks[k + 2].start if toks[k + 1].low != "that" else toks[k + 2].start
            stop = _CLAIM_END.search(masked, start, s_hi)
            end = stop.start() if stop else s_hi
            obj = _OBJECT_END.search(masked, start, end)
            if obj and toks[k + 1].low != "that":
                end = obj.start()
            start, end = _strip_span(self.text, start, end)
            if end - start < 3 or any(min(end, d.end) > max(start, d.start) for d in made + out):
                continue
            kind, start, end = _kind_and_span(self.text, start, end, segs)
            who = (toks[np[0]].start, toks[np[1]].end)
            out.append(
                Draft(start, end, kind, (s_lo, s_hi), who, (toks[k].start, toks[k + 1].end), 0.4, index)
            )
        self.drafts.extend(out)
        return out

    def _dash_credit(self, index: int, s_lo: int, s_hi: int, segs: list[Segment]) -> bool:
        """ "“…” ― Ana Ruiz": a quotation credited to a name after a dash."""
        last = segs[-1]
        m = _DASH_NAME.match(self.text, last.close, min(len(self.text), last.close + 80))
        if m is None:
            return False
        self.drafts.append(
            Draft(
                segs[0].start,
                last.end,
                "direct",
                (s_lo, s_hi),
                (m.start(2), m.end(2)),
                (m.start(1), m.end(1)),
                0.8,
                index,
            )
        )
        return True

    def _substantial(self, seg: Segment, s_lo: int, s_hi: int) -> bool:
        inner = self.text[seg.start : seg.end]
        words = _words(inner)
        tokens = re.findall(r"[A-Za-z][\w’']*", inner)
        small = {
            "a",
            "an",
            "the",
            "of",
            "to",
            "in",
            "on",
            "and",
            "or",
            "for",
            "at",
            "by",
            "with",
            "is",
            "are",
        }
        line_start = self.text.rfind("\n", 0, s_lo) + 1
        line_end = self.text.find("\n", s_hi)
        line_end = len(self.text) if line_end < 0 else line_end
        if (
            len(tokens) >= 2
            and len(tokens) <= 8
            and all(t[0].isupper() or t.lower() in small for t in tokens)
            and _words(self.text[line_start : seg.open] + self.text[seg.close : line_end]) == 0
        ):
            return False  # "‘The Long Winter Ahead’": a quoted section heading
        rest = self.text[s_lo : seg.open] + self.text[seg.close : s_hi]
        if _words(rest) <= 1:
            return words >= 2
        if inner.rstrip()[-1:] in ".,!?…" and words >= 4:
            return True
        return words >= 8

    def _colon_quotation(
        self, index: int, s_lo: int, s_hi: int, toks: list[Tok], segs: list[Segment]
    ) -> bool:
        """ "In Kyiv, Energy Minister X put it bluntly: “…”", "She was blunt: “…”": a quotation a colon
        introduces belongs to the subject of the clause before the colon."""
        first, last = segs[0], segs[-1]
        lead = self.text[s_lo : first.open].rstrip()
        if not lead.endswith(":") or _words(lead) > 24:
            return False
        lo = _past_fronted_phrase(self.text, s_lo, first.open)
        k = next((n for n, t in enumerate(toks) if t.start >= lo), None)
        if k is None:
            return False
        if toks[k].low in {"his", "her", "their"} and k + 1 < len(toks) and toks[k + 1].low in _VERDICT_NOUNS:
            np = (k, k)  # "Her message to drivers was …:": the owner of the message said it
        else:
            np = _np_forward(toks, k)
            after = np[1] + 1 if np else len(toks)
            if after + 1 < len(toks) and toks[after].text == ",":
                # "Its spokesman for the region, Commodore Ann Lee, was blunt:", "The group's chairman,
                # retired hydrologist Peter Welland, told the Echo:": the name in apposition
                name = _np_forward(toks, after + 1)
                if (
                    name
                    and _is_name_word(toks[name[1]])
                    and name[1] + 1 < len(toks)
                    and toks[name[1] + 1].text == ","
                ):
                    np = name
        if np is None or toks[np[1]].end > s_lo + len(lead) - 1:
            return False
        head = toks[np[1]]
        if not (_is_name_word(head) or head.low in lx.SPEAKER_NOUNS or head.low in _PERSONAL):
            return False
        if not any(t.text.isalpha() and t.text.islower() for t in toks[np[1] + 1 :] if t.end <= first.open):
            return False  # "Mayor Ann Lee: “…”" is a label, not a clause
        mention = (toks[np[0]].start, head.end)
        # "told the Echo after the vote:": the verb of speech before the colon is the cue, when there is one
        verb = next(
            (
                t
                for t in toks[np[1] + 1 :]
                if t.end <= first.open and t.low in lx.SPEECH_VERBS and t.text.islower()
            ),
            None,
        )
        cue = (verb.start, verb.end) if verb is not None else None
        self.drafts.append(Draft(first.start, last.end, "direct", (s_lo, s_hi), mention, cue, 0.7, index))
        return True

    def _continuation(self, index: int, s_lo: int, s_hi: int, segs: list[Segment]) -> None:
        prev = self.drafts[-1] if self.drafts else None
        first, last = segs[0], segs[-1]
        if self.colon_cue is not None and self.colon_cue[0] == index - 1:
            _, mention, cue = self.colon_cue
            self.colon_cue = None
            self.drafts.append(Draft(first.start, last.end, "direct", (s_lo, s_hi), mention, cue, 0.8, index))
            return
        named = self._named_next(s_hi)
        if named is not None:
            # "“…” The warning came from Ahmed Ragab, a former …": the sentence after says who spoke.
            self.drafts.append(
                Draft(
                    first.start,
                    last.end,
                    "direct",
                    (s_lo, s_hi),
                    named,
                    None,
                    0.7,
                    index,
                    resolution="cataphora",
                )
            )
            # "…, speaking to the BBC’s Newshour programme": the outlet in the sentence that names them
            stop = re.search(r"[.!?](?:\s|$)", self.text[named[1] : named[1] + 400])
            end = named[1] + (stop.start() if stop else 400)
            self.drafts[-1].via_mentions.extend(
                (m.start, m.end) for m in self.entities.outlets_in(named[1], end)
            )
            return
        if prev is None or prev.paragraph < index - 2:
            if last.unclosed and last.end >= s_hi - 1:
                # A quotation running on into the next paragraph: its speaker is named further on.
                self.drafts.append(
                    Draft(
                        first.start,
                        last.end,
                        "direct",
                        (s_lo, s_hi),
                        None,
                        None,
                        0.5,
                        index,
                        resolution="continuation",
                        forward=True,
                    )
                )
            return
        if (
            prev.paragraph == index
            and prev.inherit is None
            and (prev.kind == "direct" or (prev.cue is not None and prev.cue[0] > prev.end))
            # "She was upset, so I had to change my answer: “B.”": a sentence of its own is no continuation.
            and _words(self.text[s_lo : first.open]) <= 3
        ):
            # "“A,” he said. “B.”": two quotations, each exactly what stands inside its marks, with one
            # attribution between them.
            self.drafts.append(
                replace(
                    prev,
                    start=first.start,
                    end=last.end,
                    kind="direct",
                    sentence=(s_lo, s_hi),
                    shares=prev.shares or prev,
                )
            )
            return
        subject = self._subject_just_before(s_lo, prev)
        if subject is not None:
            # "Sanders … identified young voters' exhaustion as a reason. “The younger people are …”": a
            # quotation with no cue of its own belongs to the person the sentence before was about.
            self.drafts.append(
                Draft(first.start, last.end, "direct", (s_lo, s_hi), subject, None, 0.5, index)
            )
            return
        self.drafts.append(
            Draft(
                first.start,
                last.end,
                "direct",
                (s_lo, s_hi),
                None,
                None,
                0.55,
                index,
                resolution="continuation",
                inherit=prev,
            )
        )

    def _named_next(self, s_hi: int) -> tuple[int, int] | None:
        """The name in "The warning came from X" or "The remarks were made by X" right after ``s_hi``."""
        said_by = _SAID_BY_NEXT.match(self.text, s_hi)
        if said_by is None:
            return None
        name = _NAME_AT.match(self.text, said_by.end())
        if name is None:
            return None
        # "Foreign Minister Ahmed Ragab": the name after any titles
        for word in re.finditer(r"\S+", name.group()):
            start = name.start() + word.start()
            if self.entities.full_name(self.text[start : name.end()], start) is not None:
                return (start, name.end())
        return None

    def _subject_just_before(self, s_lo: int, prev: Draft) -> tuple[int, int] | None:
        """The name that opens the sentence right before ``s_lo``, when that sentence attributed nothing and
        names a different person from the last speaker."""
        if self.sentence_before is None:
            return None
        lo, hi = self.sentence_before
        if s_lo - hi > 3 or any(lo <= d.sentence[0] < hi for d in self.drafts):
            return None  # not right before, or the last speaker spoke there
        person = self._sentence_subject_person(lo, hi)
        if person is None:
            return None
        name = re.search(rf"\b{re.escape(person.tokens[-1])}\b", self.text[lo:hi])
        if name is None:
            return None
        first = self.text.rfind(person.tokens[0], lo, lo + name.start() + 1)
        return (first if first >= 0 else lo + name.start(), lo + name.end())

    def _attribute(
        self,
        index: int,
        s_lo: int,
        s_hi: int,
        toks: list[Tok],
        cues: list[Cue],
        segs: list[Segment],
        masked: str,
    ) -> list[Draft]:
        """The drafts of one sentence: for each cue that frames some content, what it reports, on its left,
        on its right or around it. Content already given to a cue before is never given again
        (``claimed_to``)."""
        made: list[Draft] = []
        claimed_to = s_lo
        groups = self._cue_extents(toks, cues)
        embedded = self._embedded_cues(toks, cues, groups, masked, s_lo, s_hi)
        pending: list[tuple[int, int]] = []
        for n, cue in enumerate(cues):
            if n in embedded:
                continue
            g_start, g_end = groups[n]
            following = self._embed_cues_opening_content(toks, cues, groups, n, masked, embedded)
            next_start = groups[following][0] if following < len(cues) else s_hi
            passive = _BEFORE_PASSIVE.search(masked, s_lo, toks[cue.first].start) is not None
            if self._reports_nobody(toks, cue, masked, s_lo, s_hi, g_end, next_start, passive):
                claimed_to = max(claimed_to, g_end)
                continue
            if cue.according and made and toks[cue.np[0]].start >= made[-1].end:
                # "…, she said, according to Reuters.": the channel of the attribution just made.
                made[-1].via_mentions.append((toks[cue.np[0]].start, toks[cue.np[1]].end))
                claimed_to = max(claimed_to, g_end)
                continue
            relative = self._relative_pronoun_cue(toks, cue)
            right_from, starts_complement = self._right_start(toks, cue, masked, g_end, next_start)
            span, interrupted = self._content_span(
                toks,
                cue,
                n + 1 == len(cues),
                masked,
                s_lo,
                claimed_to,
                (g_start, g_end),
                right_from,
                next_start,
                starts_complement,
                relative,
            )
            if span is None:
                self._cue_without_content(index, toks, cue, masked, g_end, next_start, made, pending)
                claimed_to = max(claimed_to, g_end)
                continue
            if span[0] < g_start and self._occasion_of_remarks(index, toks, cue, masked, span, g_start):
                claimed_to = max(claimed_to, g_end)
                continue
            if span[0] >= g_end:
                if relative:
                    span = self._relative_clause_content(masked, span)
                if self._not_reported_content(toks, cue, masked, span, g_end, passive):
                    claimed_to = max(claimed_to, g_end)
                    continue
                if span[1] == next_start and following < len(cues):
                    # "said he had a source who told him …": an attribution inside the content (after a
                    # relative or conjunction, not after a clause boundary) is part of what was said; it
                    # still gets its own quotation.
                    span = (span[0], self._nested_end(toks, cues, groups, following, span[0], masked, s_hi))
                span = self._right_content_clause(toks, cue, segs, masked, span, starts_complement)
            start, end = _strip_span(self.text, *span)
            if start >= g_end and re.match(r"(?:and|or|nor)\s", masked[start:end]):
                claimed_to = max(claimed_to, g_end)  # "who said and did the same things": two verbs
                continue
            # "endorsed Trump", "cited it": an object verb's position can be one short word.
            if end - start < (2 if cue.noun_object else 8):
                continue
            draft = self._cue_draft(index, (s_lo, s_hi), toks, cue, segs, start, end, interrupted)
            draft.via_mentions.extend(pending)
            pending = []
            self._add_channels_and_name(draft, toks, cue, masked, s_hi)
            self._borrow_speaker(draft, toks, cue, made)
            made.append(draft)
            claimed_to = max(claimed_to, span[1], g_end)
        # Several cues over one content ("Interfax said Vos told …"): the last speaker wins, the others
        # become intermediaries when they are outlets.
        self.drafts.extend(made)
        return made

    def _cue_extents(self, toks: list[Tok], cues: list[Cue]) -> list[tuple[int, int]]:
        """The text each cue takes up with its speaker phrase (unless borrowed from a verb before)."""
        groups = []
        for cue in cues:
            lo_t = min(cue.first, cue.np[0]) if cue.np and not cue.coordinated else cue.first
            if cue.object_np:
                lo_t = min(lo_t, cue.object_np[0])  # "Lavrov was quoted by RIA as saying"
            hi_t = max(cue.last, cue.np[1]) if cue.np else cue.last
            groups.append((toks[lo_t].start, toks[hi_t].end))
        return groups

    def _embedded_cues(
        self,
        toks: list[Tok],
        cues: list[Cue],
        groups: list[tuple[int, int]],
        masked: str,
        s_lo: int,
        s_hi: int,
    ) -> set[int]:
        """The cues that frame nothing of their own: those inside the content of a closing cue, and weak
        cues in a sentence with a verb of speech."""
        # "one rider, who asked not to be named, told the Chronicle": a cue inside another's speaker phrase
        embedded = {
            k
            for k, c in enumerate(cues)
            if any(o is not c and o.np and o.np[0] < c.first <= o.np[1] for o in cues)
        }
        # "The mayor had told the council that …, the clerk added.": a closing cue owns the whole sentence.
        if len(cues) > 1 and self._closing_cue_owns_sentence(toks, cues[-1], groups[-1], masked, s_lo, s_hi):
            embedded |= {k for k, c in enumerate(cues[:-1]) if not c.according}
        # A stance verb ("opposes", "wants") yields to a verb of speech in the same sentence:
        # "The city opposes X, the spokesman said" is one attribution, to the spokesman.
        strongest = max(
            (
                c.weight
                for k, c in enumerate(cues)
                # a cue inside another's content ("…, a new study has found") frames nothing
                if k not in embedded
                # "mocked the complaint, saying anybody who complains …": a relative clause is inside
                # some content, not a frame for the sentence.
                and not c.participle
                and not (c.np and c.np[0] == c.np[1] and toks[c.np[0]].low in lx.RELATIVES)
            ),
            default=0.0,
        )
        if strongest >= _STRONG:
            embedded |= {k for k, c in enumerate(cues) if self._yields_to_speech(toks, cues, c)}
        return embedded

    def _closing_cue_owns_sentence(
        self, toks: list[Tok], final: Cue, group: tuple[int, int], masked: str, s_lo: int, s_hi: int
    ) -> bool:
        """ "…, the clerk added.": a strong parenthetical cue after a comma, with little or nothing but an
        addressee after it, reports all of the sentence before it."""
        g0, g1 = group
        before = masked[s_lo:g0].rstrip()
        return (
            final.np is not None
            and (
                final.weight >= _STRONG
                # "…, a new study has found.": a document's finding closes the sentence too
                or (
                    toks[final.first].low in _EVIDENCE_VERBS
                    and any(t.low in lx.DOCUMENT_HEADS for t in toks[final.np[0] : final.np[1] + 1])
                )
            )
            and not final.according
            and before[-1:] == ","
            and bool(_words(masked[g1:s_hi]) <= 4 or _ADDRESSEE_ONLY.fullmatch(masked, g1, s_hi))
            and not self._is_channel(toks, final.np)
            and toks[final.first].low in lx.PARENTHETICAL
        )

    def _yields_to_speech(self, toks: list[Tok], cues: list[Cue], c: Cue) -> bool:
        """A weak cue yields to the verb of speech of its sentence (it is part of what is said), unless it has
        a that-clause or a clause of its own."""
        return (
            c.weight < _STRONG
            and not c.according
            # "Quist asserted that the mayor tells …": a that-clause makes the weak verb the frame.
            and not (c.last + 1 < len(toks) and toks[c.last + 1].low == "that")
            # "“…,” Sørlie said, calling for a clear list": a participle after the verb of speech is a
            # second thing the speaker did
            and not (
                c.participle
                and toks[c.first - 1].text == ","
                and toks[c.first].low
                not in {"citing", "quoting", "referencing", "referring", "speaking", "talking"}
                and any(s.weight >= _STRONG and s.last < c.first <= s.last + 6 for s in cues)
            )
            # "The mayor said the pier was safe, but she rejects the toll": a clause of its own.
            and not any(
                s.weight >= _STRONG
                and (
                    (
                        toks[c.first].low in lx.SPEECH_VERBS
                        and s.last < c.first
                        and _clause_break(toks, s.last + 1, c.first)
                    )
                    # "Cruz exhorted Republicans to … and said he …": two verb phrases, two contents
                    or (c.last < s.first and _second_verb_phrase(toks, c.last + 1, s.first))
                    # "Lisle said … and dismissed warnings as “…”": the same speaker's second verb phrase
                    or (
                        s.last < c.first
                        and c.first > 0
                        and toks[c.first - 1].low in {"and", "but"}
                        and toks[c.first].low in _SECOND_VERBS
                        # with words of its own to report, quoted or in a that-clause
                        and any(t.quote or t.low == "that" for t in toks[c.last + 1 :])
                    )
                )
                for s in cues
            )
        )

    def _embed_cues_opening_content(
        self,
        toks: list[Tok],
        cues: list[Cue],
        groups: list[tuple[int, int]],
        n: int,
        masked: str,
        embedded: set[int],
    ) -> int:
        """Marks as embedded the cues right at the start of cue ``n``'s content; returns the next cue that
        is not embedded (``len(cues)`` when there is none)."""
        cue = cues[n]
        g_end = groups[n][1]
        cue_low = toks[cue.first].low
        following = n + 1
        # "the councillors said the public believes that …": a cue right at the start of another's
        # content is part of that content.
        outer_channel = cue.np is not None and self._is_channel(toks, cue.np)
        while (
            following < len(cues)
            and not cue.according
            and not outer_channel
            and (
                _words(masked[g_end : groups[following][0]]) <= 1
                and not re.search(r"[,;:]", masked[g_end : groups[following][0]])
                # "said during a rally in Michigan that Clinton once described …"
                or self._opens_that_clause(masked, g_end, groups[following][0], cue_low)
            )
            and groups[following][0] > g_end
            and toks[cues[following].first].low not in {"according"}
        ):
            embedded.add(following)
            following += 1
        while following < len(cues) and following in embedded:
            following += 1
        return following

    def _reports_nobody(
        self,
        toks: list[Tok],
        cue: Cue,
        masked: str,
        s_lo: int,
        s_hi: int,
        g_end: int,
        next_start: int,
        passive: bool,
    ) -> bool:
        """A cue in the passive that reports an act or names nobody as saying anything, or a cue followed by
        a request for anonymity ("spoke on condition of anonymity")."""
        cue_low = toks[cue.first].low
        if (
            passive
            and cue_low != "quoted"
            # "who has not been charged with …": a weak cue in the passive is an act done to someone.
            and (
                re.match(r"\s*by\b", masked[g_end:next_start])
                or (cue.weight < _STRONG and not cue_low.endswith("ing"))  # "is demanding" is active
            )
            and MASK not in masked[s_lo:s_hi]
            and not re.search(r"\bthat\b", masked[g_end:s_hi])
        ):
            # "The curfew was declared by the governor": an act, with nothing reported.
            return True
        if (
            passive
            and cue_low in _IMPERSONAL_PASSIVES
            and ((cue.np and toks[cue.np[0]].low == "it") or re.match(r"\s*to\b", masked[g_end:next_start]))
        ):
            # "It is understood that …", "Ministers are said to be …": nobody is named as saying it.
            return True
        return _ANONYMITY.match(masked, g_end, next_start) is not None

    def _relative_pronoun_cue(self, toks: list[Tok], cue: Cue) -> bool:
        """The cue's speaker phrase is a relative pronoun ("…, who said", "…, which contended that")."""
        return cue.np is not None and (
            (toks[cue.np[1]].low in {"who", "which"} and cue.np[0] == cue.np[1])
            or toks[cue.np[1]].low == "whom"
        )

    def _right_start(
        self, toks: list[Tok], cue: Cue, masked: str, g_end: int, next_start: int
    ) -> tuple[int, bool]:
        """Where the content after the cue begins, and whether it opens with "that", a colon or a quote."""
        right_from = _content_right(self.text, masked, g_end, next_start, toks[cue.first].low)
        starts_complement = bool(
            re.match(r"\s*,?\s*(?:that\b|:|[“\"‘'])", masked[g_end:next_start])
            or re.search(r"(?:\bthat|:)\s*$", masked[g_end:right_from])
        )
        return right_from, starts_complement

    def _content_span(
        self,
        toks: list[Tok],
        cue: Cue,
        last_cue: bool,
        masked: str,
        s_lo: int,
        left_start: int,
        group: tuple[int, int],
        right_from: int,
        next_start: int,
        starts_complement: bool,
        relative: bool,
    ) -> tuple[tuple[int, int] | None, bool]:
        """What the cue reports: the content on its left (from ``left_start``), on its right (up to
        ``next_start``) or on both sides; the families are tried in turn. Also returns whether the content is
        one quotation interrupted by the cue. ``last_cue``: no cue follows in the sentence.
        """
        g_start, g_end = group
        cue_low = toks[cue.first].low
        left = masked[left_start:g_start]
        left_stripped = left.rstrip()
        left_ends = left_stripped[-1:] in {",", "—", "–"} or left_stripped[-1:] in _CLOSE_MARKS
        if left_stripped.endswith(("''",)):
            left_ends = True
        if relative or cue.noun_object:
            # "Campaigning in 2012, he barely mentioned climate change": an object verb's content is
            # its object, never the clause before it.
            left_ends = False
        after = masked[g_end:next_start]
        right = masked[right_from:next_start]
        right_words = _mwords(right)
        left_words = _mwords(left)
        if cue.participle:
            if right_words < 2:
                return None, False
            main = _sentence_subject(toks) if cue.first == 0 else None
            if main is not None and right_from < toks[main[0]].start < next_start:
                return (right_from, toks[main[0]].start), False  # "Arguing that …, the mayor left"
            return (right_from, next_start), False
        if cue.according and left_ends and left_words >= 3:
            return (left_start, g_start), False
        if cue.according:
            return ((right_from, next_start) if right_words >= 3 else None), False
        if self._interrupted_quotation(left_stripped, after, last_cue):
            # "“A,” he said, “B.”": one quotation interrupted by its cue.
            return (left_start, next_start), True
        if self._quotation_before_cue(left, left_stripped, left_words, right_words, after, cue_low):
            # "“…,” Vos told reporters after the meeting that …": the quotation is what was said.
            return (left_start, g_start), False
        if starts_complement and right_words >= 2:
            return (right_from, next_start), False
        if last_cue and left_start == s_lo and self._cue_mid_statement(left, left_words, after, cue):
            # "The costs, he added, were higher": the cue in the middle of one statement.
            return (left_start, next_start), False
        # "“…,” Shukla said at a rally in Mohanlalganj, PTI reported.": what is left of a sentence another
        # cue has spoken for is where it was said, not something the closing cue reports.
        remainder = left_start > s_lo and _BARE_ADJUNCT.fullmatch(left.rstrip(" ,")) is not None
        if (
            left_ends
            and not remainder
            and self._left_is_content(left, left_words, right, right_words, after, cue, cue_low)
        ):
            # "CONTENT, she added, CONTENT." — the cue in the middle of one statement.
            if last_cue and self._statement_resumes(left, after):
                return (left_start, next_start), False
            return (left_start, g_start), False
        if self._right_is_content(toks, cue, cue_low, right, right_words):
            return (right_from, next_start), False
        return None, False

    def _interrupted_quotation(self, left_stripped: str, after: str, last_cue: bool) -> bool:
        """ "“A,” he said, “B.”": a quotation closes before the last cue, and another opens after a short
        aside with no verb of speech in it."""
        return (
            left_stripped[-1:] in _CLOSE_MARKS
            and re.match(r"[^“\"‘';:!?]{0,100}?,\s*(?:(?:but|and)\s+)?(?:[“\"‘']|'')", after) is not None
            and not any(w.lower() in lx.SPEECH_VERBS for w in re.findall(r"[A-Za-z]+", after.split(",")[0]))
            and last_cue
        )

    def _quotation_before_cue(
        self, left: str, left_stripped: str, left_words: int, right_words: int, after: str, cue_low: str
    ) -> bool:
        """ "“…,” Vos told reporters after the meeting that …": a quotation closes right before a
        parenthetical cue, and no colon, quotation or that-clause follows it."""
        return (
            left_stripped[-1:] in _CLOSE_MARKS
            and MASK in left
            and left_words >= 3
            and cue_low in lx.PARENTHETICAL
            and not (_is_intro(left) and right_words >= 3)
            and not re.match(r"\s*(?:[:“\"]|,?\s*that\b)", after)
        )

    def _cue_mid_statement(self, left: str, left_words: int, after: str, cue: Cue) -> bool:
        """ "The costs, he added, were higher": a strong cue set off by commas after the subject of a
        statement that goes on after it."""
        return (
            left.rstrip().endswith(",")
            and cue.weight >= _STRONG
            and left_words >= 1
            and MASK not in left
            and not _is_intro(left)
            and _mid_rest(after)
        )

    def _left_is_content(
        self, left: str, left_words: int, right: str, right_words: int, after: str, cue: Cue, cue_low: str
    ) -> bool:
        """The clause before a strong or parenthetical cue is what it reports: a statement, not a phrase
        with no verb, a subordinate clause or an introduction to what follows."""
        return (
            left_words >= 3
            # "More than health care or the economy, Mr. Obama believes his …": no verb, no statement;
            # but "…, MRTV said in its evening bulletin" reports the clause before it however it is worded
            and not (
                right_words >= 4
                and not _VERB_LIKE.search(left)
                and not (_BARE_ADJUNCT.fullmatch(right) and left_words >= 5)
            )
            # "But when Congress cut funding, Mexico said enough.": a subordinate clause says nothing.
            and not _SUBORDINATE_ONLY.fullmatch(left)
            # "On July 6, the mayor said:": what was said follows the colon.
            and not re.match(r"\s*:", after)
            and not (
                _is_intro(left)
                and right_words >= 3
                # "In a phone call with Wang Yi, Lavrov stressed …, the ministry said in a statement."
                and not (
                    _BARE_ADJUNCT.fullmatch(right)
                    and (_FINITE.search(left) or _VERB_LIKE.search(left.split(",", 1)[-1]))
                )
            )
            and (cue.weight >= _STRONG or cue_low in lx.PARENTHETICAL)
        )

    def _statement_resumes(self, left: str, after: str) -> bool:
        """ "CONTENT, she added, CONTENT.": the statement before the cue goes on after it."""
        return (
            re.match(r"\s*,", after) is not None
            and _mwords(after) >= 3
            and not any(w.lower() in lx.SPEECH_VERBS for w in re.findall(r"[A-Za-z]+", after))
            and _mid_rest(after)
            and MASK not in left
        )

    def _right_is_content(
        self, toks: list[Tok], cue: Cue, cue_low: str, right: str, right_words: int
    ) -> bool:
        """What follows the cue is what it reports: enough words, an infinitive or an object phrase, and
        not the occasion of speaking ("said when she resigned")."""
        return bool(
            (
                # "he declined to comment": an infinitive is a whole position in two words.
                (
                    right_words >= 3
                    or (right_words == 2 and re.match(r"\s*to\s+[a-z]", right))
                    # "cited the figure", "endorsed Trump": an object phrase can be short.
                    # ("described the survey" only names what a description that follows is about).
                    or (
                        cue.noun_object
                        and right_words >= 1
                        and not cue_low.startswith("describ")
                        # "blasted him": a bare pronoun says nothing of a position
                        and not (right_words == 1 and right.strip(" .,;").lower() in lx.OBJECT_PRONOUNS)
                    )
                )
                and not cue.participle
                and cue_low not in {"reported", "reports"}
                or cue.participle
                and right_words >= 2
            )
            and not (
                # "said when she resigned" is the occasion; "has not said when they would …" a question
                _ADVERBIAL_CLAUSE.match(right) and toks[cue.first - 1].low not in {"not", "n't", "never"}
            )
            # "said in a statement.", "told reporters on Tuesday.": where or when, not what
            and not (cue_low in lx.PARENTHETICAL and _OCCASION_ONLY.fullmatch(right))
            # "declined to comment", "refused to say whether …": a refusal to speak says nothing
            and not (cue_low.startswith(("declin", "refus")) and _SILENCE.match(right))
            # "did not say whether …", "would not say how many …": a question left open, not a claim
            and not (
                toks[cue.first - 1].low in {"not", "n't", "never"}
                and cue_low in {"say", "says", "said", "saying"}
                and re.match(r"\s*(?:whether|if|how|what|who|whom|which|why)\b", right)
            )
        )

    def _cue_without_content(
        self,
        index: int,
        toks: list[Tok],
        cue: Cue,
        masked: str,
        g_end: int,
        next_start: int,
        made: list[Draft],
        pending: list[tuple[int, int]],
    ) -> None:
        """A cue that reports nothing in its sentence may still be a speaker: of the next paragraph after a
        colon, or the channel of the drafts after or before it (``pending``, ``made``)."""
        if cue.np and re.fullmatch(r"\s*:\s*", masked[g_end:next_start]):
            # "He said:" closing a paragraph: the quotation follows in the next one.
            self.colon_cue = (
                index,
                (toks[cue.np[0]].start, toks[cue.np[1]].end),
                (toks[cue.first].start, toks[cue.last].end),
            )
        if cue.np and not made and self._is_channel(toks, cue.np):
            # "Interfax said that Vos told …": the outlet is the channel of what follows.
            pending.append((toks[cue.np[0]].start, toks[cue.np[1]].end))
        if cue.np and made and toks[cue.np[0]].start >= made[-1].end:
            made[-1].via_mentions.append((toks[cue.np[0]].start, toks[cue.np[1]].end))

    def _occasion_of_remarks(
        self, index: int, toks: list[Tok], cue: Cue, masked: str, span: tuple[int, int], g_start: int
    ) -> bool:
        """ "X made the remarks during …, according to Y": the occasion of a quotation, not one; the
        channel it names is the channel of the quotation before."""
        if not _REMARK.search(masked, span[0], g_start):
            return False
        if cue.according and cue.np and self.drafts and self.drafts[-1].paragraph >= index - 1:
            self.drafts[-1].via_mentions.append((toks[cue.np[0]].start, toks[cue.np[1]].end))
        return True

    def _relative_clause_content(self, masked: str, span: tuple[int, int]) -> tuple[int, int]:
        """ "…, which contended that X, is …": the relative clause ends at its comma."""
        comma = masked.find(",", span[0], span[1])
        if comma > 0 and _words(masked[span[0] : comma]) >= 3:
            return (span[0], comma)
        return span

    def _not_reported_content(
        self, toks: list[Tok], cue: Cue, masked: str, span: tuple[int, int], g_end: int, passive: bool
    ) -> bool:
        """What follows the cue is not something it reports: a question answered, a passive or intransitive
        use, an addressee."""
        cue_low = toks[cue.first].low
        if cue_low.startswith(("respond", "repl", "react")) and _ANSWERED.match(masked, span[0], span[1]):
            # "was responding to a question about sanctions": what was answered, not what was said
            return True
        if (
            (cue.weight < _STRONG or passive)
            and _NOT_CONTENT.match(masked, span[0], span[1])
            # "found that in the three largest counties, voters …": after "that" it is the content.
            and not re.search(r"\bthat\s*$", masked[g_end : span[0]])
        ):
            # "was declared by the president", "detailed in filings", "declined slightly from 58
            # percent": a passive or intransitive use, nothing reported follows.
            return True
        # "…, he told The Daily Courier on Thursday."
        return cue_low == "told" and _ADDRESSEE_ONLY.fullmatch(masked, span[0], span[1]) is not None

    def _right_content_clause(
        self,
        toks: list[Tok],
        cue: Cue,
        segs: list[Segment],
        masked: str,
        span: tuple[int, int],
        starts_complement: bool,
    ) -> tuple[int, int]:
        """The part of the content after the cue that it reports: what a document says, a leading
        quotation, the clause, the object phrase of an object verb, the phrase of a weak cue."""
        cue_low = toks[cue.first].low
        if cue.noun_object or cue_low in lx.COMMUNICATION_ACTS:
            # "released a letter from his doctor that says he is …": what the document says.
            says = _DOCUMENT_SAYS.search(masked, span[0], span[1])
            if says and _words(masked[says.end() : span[1]]) >= 3:
                span = (says.end(), span[1])
        lead_seg = next((sg for sg in segs if span[0] <= sg.open <= span[0] + 2), None)
        if (
            lead_seg is not None
            and lead_seg.close < span[1]
            and _AFTER_QUOTE.match(masked, lead_seg.close, span[1])
            # "said “budget reforms” and the collection of taxes would …": a fragment is a subject.
            and not (
                _words(self.text[lead_seg.start : lead_seg.end]) <= 3
                and self.text[lead_seg.start : lead_seg.end].rstrip()[-1:] not in {".", "!", "?", ","}
            )
        ):
            # "chanted “Not one more hour!” and marched on": the quotation alone is what was said.
            span = (lead_seg.open, lead_seg.close)
        # Reported content on the right runs to the end of its clause: "…, but he has also …".
        stop = _CLAUSE_END.search(masked, span[0], span[1])
        if stop and _words(masked[span[0] : stop.start()]) >= 3:
            span = (span[0], stop.start())
        if cue.noun_object:
            # "railed against the fees": the object of the preposition is the position.
            lead = _LEAD_WORD.match(masked, span[0], span[1])
            if lead and lead.group(1) in lx.STANCE_PREPOSITIONS:
                span = (lead.end(), span[1])
            # "cited the figure at a forum last week, …": an object phrase, not what follows it.
            stop = _OBJECT_END.search(masked, span[0], span[1])
            if stop and _words(masked[span[0] : stop.start()]) >= 1:
                span = (span[0], stop.start())
        elif cue.weight < _STRONG or lx.BASE_FORM.get(cue_low) == "call" or cue_low.startswith("liken"):
            span = self._weak_cue_content(masked, span, starts_complement)
            if (
                cue.np
                and cue.np[0] > 0
                and toks[cue.np[0] - 1].low == "what"
                and toks[cue.np[0]].low not in lx.PRONOUNS
            ):
                # "grow into what a judge called a ‘toxic mountain’ has been jailed": the name given, up
                # to the verb of the sentence around it
                verb = _FINITE.search(masked, span[0], span[1])
                if verb and _words(masked[span[0] : verb.start()]) >= 1:
                    span = (span[0], verb.start())
        return span

    def _weak_cue_content(
        self, masked: str, span: tuple[int, int], starts_complement: bool
    ) -> tuple[int, int]:
        """The content of a weak cue (or of "call", "liken") after it: up to a dash, and only a phrase
        when no finite verb follows."""
        # "critics would call them impulses - it has also …": a dash ends a weak cue's content.
        stop = _DASH.search(masked, span[0], span[1])
        # "the top 1 percent -- those earning more than $750,000 -- would face …": paired dashes
        # set off an aside inside the content.
        if (
            stop
            and _words(masked[span[0] : stop.start()]) >= 2
            and not _DASH.search(masked, stop.end(), span[1])
        ):
            span = (span[0], stop.start())
        if not starts_complement and not _FINITE.search(masked, span[0], min(span[1], span[0] + 40)):
            # "called on their help during disasters": a phrase ends like an object.
            stop = _OBJECT_END.search(masked, span[0], span[1])
            if stop and _words(masked[span[0] : stop.start()]) >= 1:
                span = (span[0], stop.start())
        return span

    def _cue_draft(
        self,
        index: int,
        sentence: tuple[int, int],
        toks: list[Tok],
        cue: Cue,
        segs: list[Segment],
        start: int,
        end: int,
        interrupted: bool,
    ) -> Draft:
        """The draft of the content ``start``–``end`` reported by the cue, with the cue's speaker phrase;
        a quotation interrupted by its cue is direct speech, not mixed."""
        kind, start, end = _kind_and_span(self.text, start, end, segs)
        if interrupted and kind == "mixed":
            inside = [s for s in segs if start - 1 <= s.open and s.end <= end + 1]
            kind, start, end = "direct", inside[0].start, inside[-1].end
        mention = (toks[cue.np[0]].start, toks[cue.np[1]].end) if cue.np else None
        speaker_np = cue.object_np or cue.np
        if cue.object_np:
            mention = (toks[cue.object_np[0]].start, toks[cue.object_np[1]].end)
        return Draft(
            start,
            end,
            kind,
            sentence,
            mention if speaker_np else None,
            (toks[cue.first].start, toks[cue.last].end),
            cue.weight,
            index,
        )

    def _add_channels_and_name(self, draft: Draft, toks: list[Tok], cue: Cue, masked: str, s_hi: int) -> None:
        """The channels the cue names ("according to TASS", "citing government sources", "quoted by RIA"),
        and the name inside its speaker phrase."""
        if cue.channel:
            draft.via_mentions.append((toks[cue.channel[0]].start, toks[cue.channel[1]].end))
        # "…, Kyodo reported, citing …", and inverted "…,” said Yonhap, citing …"
        after_cue = toks[cue.np[1]].end if cue.inverted and cue.np else toks[cue.last].end
        citing = _CITING.match(masked, after_cue, s_hi) if cue.np else None
        # "KBS reported, citing coast guard investigators, that …": the source between the verb and its clause
        citing = citing or (_CITING_BEFORE_THAT.match(masked, after_cue, s_hi) if cue.np else None)
        if (
            citing
            and (draft.end <= toks[cue.first].start or draft.start >= citing.end())
            and self._cites(toks, cue.np)
        ):
            # "…, Kyodo News reported, citing government sources": the sources speak through Kyodo
            draft.via_mentions.append((toks[cue.np[0]].start, toks[cue.np[1]].end))
            draft.mention = (citing.start(1), citing.end(1))
        inner = (
            _CITING_INSIDE.fullmatch(self.text, toks[cue.np[0]].start, toks[cue.np[1]].end)
            if cue.np and cue.head and not citing
            else None
        )
        if (
            inner
            and cue.head
            and (
                self._is_channel(toks, cue.head)
                or _medium_name(self.text[toks[cue.head[0]].start : toks[cue.head[1]].end])
            )
        ):
            # "The paper, citing officials, said …": the officials speak through the paper
            draft.via_mentions.append((toks[cue.head[0]].start, toks[cue.head[1]].end))
            draft.mention = inner.span(1)
        # "Vereshchagin, who oversees energy policy, was quoted by RIA as saying": the head names the
        # speaker before the cue; with "RIA quoted X as saying" it named the outlet.
        elif (
            cue.head
            and (not cue.object_np or cue.object_np[1] < cue.first)
            # "A Health Ministry study … found": a determiner alone names nobody
            and not (cue.head[0] == cue.head[1] and toks[cue.head[0]].low in _DETS)
        ):
            draft.name_span = (toks[cue.head[0]].start, toks[cue.head[1]].end)
        if cue.object_np and cue.np and cue.np != cue.object_np:
            draft.via_mentions.append((toks[cue.np[0]].start, toks[cue.np[1]].end))
        if cue.according and draft.mention:
            draft.doc_outlet = True

    def _borrow_speaker(self, draft: Draft, toks: list[Tok], cue: Cue, made: list[Draft]) -> None:
        """A speaker found outside the cue's own phrase: the subject of the verb before "what he called",
        the speaker of the draft before a participle ("…, adding that …"), or the subject of the sentence."""
        if (
            cue.np
            and cue.np[0] == cue.np[1] > 0
            and toks[cue.np[0]].low in lx.PRONOUNS
            and toks[cue.np[0] - 1].low == "what"
        ):
            # "Ban Ki-moon condemned what he called …": the subject of the verb before "what".
            verb = cue.np[0] - 2
            subj = _np_back(toks, verb - 1) if verb >= 1 and toks[verb].text.islower() else None
            if (
                subj
                and toks[verb].low.endswith(("ed", "s"))
                and toks[verb].low not in _FUNCTION
                and _is_name_word(toks[subj[1]])
                and toks[subj[1]].low not in lx.PRONOUNS
            ):
                draft.mention = (toks[subj[0]].start, toks[subj[1]].end)
                draft.gender = {"he": "m", "she": "f"}.get(toks[cue.np[0]].low)
        if cue.participle and made:
            draft.inherit = made[-1]
            draft.resolution = "continuation"
        elif cue.participle and not made:
            subj = _sentence_subject(toks) or _np_back(toks, _first_subject(toks))
            if subj:
                draft.mention = (toks[subj[0]].start, toks[subj[1]].end)

    def _key(self, speaker: Speaker) -> str:
        return speaker.name or (speaker.mention.text.lower() if speaker.mention else "")

    def _remember(self, draft: Draft, speaker: Speaker | None) -> None:
        """Keep the recent speakers and what the article says about their gender, for pronouns."""
        if speaker is None or (
            speaker.kind not in {"person", "unknown"} and _spokesperson_gender(speaker) is None
        ):
            return
        key = self._key(speaker)
        if (not key or (speaker.name is None and speaker.resolution in {"pronoun", "unresolved"})) and (
            speaker.mention is None or speaker.mention.text.lower() in lx.PRONOUNS
        ):
            return
        mention = (speaker.mention.text if speaker.mention else "").lower()
        words = set(re.findall(r"[a-z]+", mention + " " + (speaker.role or "").lower()))
        if draft.gender:
            self.gender.setdefault(key, draft.gender)
        elif mention == "she" or words & _FEMALE_WORDS or _FEMALE_KIN.search(mention):
            self.gender.setdefault(key, "f")
        elif mention == "he" or words & _MALE_WORDS or _MALE_KIN.search(mention):
            self.gender.setdefault(key, "m")
        elif speaker.name and draft.cue is not None:
            # "Pettifer said that his group …", "Lynch said she was asked about his case": the first
            # personal or possessive pronoun after the cue, unless the sentence has spoken of somebody
            # else first ("described him as … and said he had moved").
            after = self.text[draft.cue[1] : draft.sentence[1]]
            m = re.search(r"\b(his|her|he|she)\b", after)
            if m and not re.search(r"\b(?:him|her)\b", self.text[draft.sentence[0] : draft.cue[0]]):
                self.gender.setdefault(key, "m" if m.group(1) in {"his", "he"} else "f")
        self.recent = [s for s in self.recent if self._key(s) != key][-10:] + [speaker]

    def _role_noun_speaker(
        self, draft: Draft, role: str, mention: Span, name: str, start: int, end: int, fall_back: bool
    ) -> Speaker | None:
        """ "the spokeswoman", "the minister": somebody named before with that role, the last compatible
        speaker, or the person named next ("… the diplomat said. Wang Yi made the remarks in …")."""
        if role in {"newspaper", "paper", "broadcaster", "publisher", "magazine", "computer", "server"}:
            return None  # a suffix that looks like a trade ("-er") on a thing
        remark = _REMARK_NEXT.match(self.text, draft.sentence[1])
        if remark:
            person = self.entities.next_person(draft.sentence[1], remark.end() - draft.sentence[1])
            if person is not None:
                return Speaker(person.name, "person", mention, "cataphora", name)
        person = self.entities.latest_person(start, role_word=role)
        for other in _ROLE_SYNONYMS.get(role, ()):
            person = person or self.entities.latest_person(start, role_word=other)
        body = [w for w in re.findall(r"[A-Z][\w&’'-]+", mention.text) if w.lower() not in {"the", "a", "an"}]
        if person is None and body:
            # "The Kissan Ittehad chief": the person the article gave a role in that body
            holders = [
                p
                for _, p in self.entities.person_positions
                if p.role and all(w in p.role.split() for w in body) and p.first_seen < start
            ]
            if len({p.name for p in holders}) == 1:
                person = holders[-1]
        for other in (role, *_ROLE_SYNONYMS.get(role, ())):
            # "Northvale's chief executive, Mark Feld, …" … "the CEO said": described so, not titled so
            person = person or self.entities.described(start, describing_words(mention.text) | {other}, other)
        if person is None:
            earlier = self._recent_with_role(role)
            if earlier is not None:
                return replace(earlier, mention=mention, resolution="role_noun")
        want = "f" if role.endswith("woman") else "m" if role.endswith("man") else None
        fallback = self._recent_compatible(want)
        if fallback is not None and fallback.kind != "person":
            fallback = None  # "the minister" is a person, not the country or body quoted before
        if fallback is not None and self._known_otherwise(fallback, role):
            fallback = None
        if person is None and fallback is not None and fall_back:
            return replace(fallback, mention=mention, resolution="role_noun")
        if person is None:
            person = self._forward_person(end, role)
            if person is not None:
                return Speaker(person.name, "person", mention, "cataphora", name)
        if person is not None:
            return Speaker(person.name, "person", mention, "role_noun", name)
        if role not in _NAMED_ROLES and re.match(
            r"[Tt]he\s+[a-z0-9]", mention.text
        ):  # not "The Advocate General"
            # "It was Ashby's third hundred. The left-hander, who …, said": an epithet for the one person
            # the sentence before named
            before = self._previous_sentence(draft, start)
            # "Ashby's" names Ashby
            words = (
                {w.lower() for w in re.findall(r"[\w-]+", self.text[before[0] : before[1]])}
                if before
                else set()
            )
            named = [p for p in self.entities.people if any(t.lower() in words for t in p.tokens)]
            if len(named) == 1:
                return Speaker(named[0].name, "person", mention, "role_noun", name)
        return None

    def _known_otherwise(self, speaker: Speaker, role: str) -> bool:
        """Whether the article gives ``speaker`` a role other than ``role`` ("a former border official"
        is not "the president"), so that a role noun cannot fall back on them."""
        text = " ".join(filter(None, [speaker.role, speaker.mention.text if speaker.mention else None]))
        words = describing_words(text)
        person = self.entities.full_name(speaker.name, 0) if speaker.name else None
        if person is not None:
            words |= person.descriptors
        # "The head of the association" may be its chairwoman; "an official" is not "the president".
        generic = {"head", "chief", "leader"}
        if role not in _HIGH_OFFICES:
            generic |= {"official", "member", "representative"}
        roles = {w for w in words if w in _NAMED_ROLES} - generic
        return (
            bool(roles)
            and role not in words
            and not (role.startswith("spokes") and any(w.startswith("spokes") for w in words))
        )

    def _previous_sentence(self, draft: Draft, start: int) -> tuple[int, int] | None:
        """For a pronoun that opens its sentence, the sentence before it in the same paragraph; for
        "“…,” she said." after a paragraph that attributes nothing, that paragraph's last sentence."""
        s_lo = draft.sentence[0]
        before = self.text[s_lo:start]
        opens = (
            not before.strip(" \t“\"‘'")
            or _past_fronted_phrase(self.text, s_lo, start) == start
            # "Outside court she said": a short opening adverbial without a comma
            or (
                _words(before) <= 4
                and before.split()[0].lower() in _INTRO
                and not any(w[:1].isupper() for w in before.split()[1:])
            )
            # "Keep naps short, she said, and …": the reported words open the sentence
            or (draft.kind != "direct" and draft.start <= s_lo + 2 and draft.start < start)
        )
        quoted_first = draft.kind == "direct" and draft.start <= s_lo + 2 and start >= draft.end
        if not (opens or quoted_first):
            return None
        head = self.text[max(0, s_lo - 400) : s_lo]
        if "\n" in head.rstrip():
            if not quoted_first:
                head = head[head.rstrip().rfind("\n") + 1 :]
            else:
                # the last sentence of the paragraph before
                stripped = head.rstrip()
                head = stripped[stripped.rfind("\n") + 1 :] + head[len(stripped) :]
        p_lo = s_lo - len(head)
        # the sentence splitter's own boundaries: "Mr. Trump's threats", "U.S. counties" end no sentence
        lo = sentences(self.text, self.masked, p_lo, s_lo)[-1][0] if p_lo < s_lo else p_lo
        if lo >= s_lo or self.text[lo : lo + 1] in "“\"‘'":
            return None  # the sentence before is a quotation, not a statement about somebody
        if quoted_first and any(lo <= d.start < s_lo or lo <= d.sentence[0] < s_lo for d in self.drafts):
            return None  # the sentence before attributes something itself
        return (lo, s_lo)

    def _previous_subject(self, draft: Draft, start: int) -> Person | None:
        """The person who opens the sentence before ("Her mother, Lucía Moreno, has attended every day.")."""
        before = self._previous_sentence(draft, start)
        return self._opening_person(*before) if before else None

    def _previous_group(self, draft: Draft, start: int) -> str | None:
        """For "they", the group the sentence before opens with ("The researchers, from Emory, analysed
        … They found that …")."""
        before = self._previous_sentence(draft, start)
        if before is None:
            return None
        lo = _past_fronted_phrase(self.text, *before)
        m = _OPENING_GROUP.match(self.text, lo, before[1])
        if m is None or m.group(2).lower() not in lx.SPEAKER_NOUNS:
            return None
        if any(w.lower() in _FUNCTION or w.lower() in lx.AUX_ADVERBS for w in m.group(1).split()[:-1]):
            return None
        return m.group(1)

    def _previous_body(self, draft: Draft, start: int) -> str | None:
        """For "it", the organisation the sentence before opens with ("The ombudsman's office urged
        restraint. It also asked …")."""
        before = self._previous_sentence(draft, start)
        if before is None:
            return None
        lo = _past_fronted_phrase(self.text, *before)
        toks = _tokens(self.masked, lo, before[1], set())
        np = _np_forward(toks, 0) if toks else None
        if np is None or toks[np[1]].low in lx.PRONOUNS:
            return None
        phrase = self.text[toks[np[0]].start : toks[np[1]].end]
        words = phrase.split()
        if np[1] + 1 < len(toks) and toks[np[1] + 1].low == "of":
            return None  # "Much of the work", "The head of the agency"
        bare = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
        if toks[np[1]].low in lx.ORG_WORDS | _COLLECTIVE_HEADS and not re.search(r"[,“”\"]", phrase):
            # "the military government's information team"
            return self._named_organisation(phrase, start) or bare
        if len(words) > 5 or re.search(r"[,“”\"‘’']|\bs\b", phrase) or self._opening_person(lo, before[1]):
            return None  # a person, a possessive or a quotation: not a body "it" stands for
        if all(w[:1].isupper() and w.lower().rstrip(".") not in lx.CAP_STOP | lx.TITLES for w in words):
            return phrase  # "Parcelwise", "SkyBridge Airlines"
        return None

    def _opening_person(self, lo: int, hi: int) -> Person | None:
        """The first person named in the sentence starting at ``lo``, after at most a few words that describe
        them ("That coach, Darius Mažeika, …", "Her mother, Lucía Moreno, …"), never after a preposition
        ("With Ann Lee, …") except one that opens the sentence ("In Kyiv, Mayor Ann Lee …")."""
        lo = _past_fronted_phrase(self.text, lo, hi)
        tokens = list(re.finditer(r"\S+", self.text[lo : min(hi, lo + 140)]))
        n = 0
        while n < len(tokens):
            if not tokens[n].group()[:1].isupper():
                n += 1
                continue
            run = [tokens[n]]
            while not run[-1].group().endswith(",") and n + len(run) < len(tokens):
                if not tokens[n + len(run)].group()[:1].isupper():
                    break
                run.append(tokens[n + len(run)])
            prefix = [t.group().lower().strip(",") for t in tokens[:n]]
            described = len(prefix) <= 3 and not any(
                w in _FUNCTION and w not in _DETS | {"that", "this"} for w in prefix
            )
            if not described and not (
                run[-1].group().endswith(",") and self._role_apposed(lo, lo + run[0].start())
            ):
                # past a few describing words, only a name set off by commas after a role is the subject
                n += len(run)
                continue
            owned = tokens[n + len(run)].group().lower().strip(",") if n + len(run) < len(tokens) else ""
            if re.search(r"[’']s,?$", run[-1].group()) and (owned in lx.SPEAKER_NOUNS or owned in _RELATIONS):
                n += len(run)  # "Moreno-Tate’s mother, Lucía Moreno": the owner is not the subject
                continue
            if owned in lx.SPEAKER_NOUNS and not run[-1].group().endswith(","):
                n += len(run)  # "Castlerock chief executive Brian Kowalczyk": the company describes him
                continue
            words = [re.sub(r"[’']s$", "", t.group().strip(",")).strip("’'") for t in run]
            words = [w for w in words if w.lower().rstrip(".") not in lx.TITLES | lx.CAP_STOP]
            person = self.entities.full_name(" ".join(words), lo + run[0].start()) if words else None
            if person is not None:
                return person
            n += len(run)
        return None

    def _role_apposed(self, lo: int, name_at: int) -> bool:
        """Whether the sentence from ``lo`` opens with a role set off by a comma before the name at
        ``name_at`` ("France’s minister for ecological transition, Claire Vauthier-Lemoine, …", "The head
        of the observer mission, Swedish lawmaker Annika Borg, …")."""
        m = _ROLE_APPOSED.fullmatch(self.text, lo, name_at)
        return m is not None and any(w.lower() in lx.SPEAKER_NOUNS for w in re.findall(r"[\w-]+", m.group(1)))

    def _demonym_speaker(self, word: str, mention: Span, raw: str, at: int, draft: Draft) -> Speaker:
        """ "The Frenchman" after "Frenchman Lucas Berthier"; otherwise "the Spaniard" is the person named
        last, unless the article gives them another nationality or the quotation names them ("When
        Mikkel goes like that, you don't follow," the Pole said)."""
        person = self.entities.described(at, {word}, word)
        if person is None:
            person = self.entities.last_named(at, skip=self.entities.named_in(draft.start, draft.end))
            if person is not None and person.descriptors & (lx.DEMONYMS - {word}):
                person = None
        if person is None:
            return Speaker(None, "person", mention, "unresolved", raw)
        return Speaker(person.name, "person", mention, "role_noun", raw)

    def _named_organisation(self, phrase: str, at: int) -> str | None:
        """ "The airline" after "SkyBridge Airlines", "the regulator" after "energy regulator Ofgem" or
        "Ofgem, the energy regulator": the organisation the article named with that noun."""
        m = re.fullmatch(r"[Tt]he\s+(?:[A-Z][\w.]*\s+)*(?:[\w-]+\s+){0,2}([a-z]+)", phrase)
        if m is None or m.group(1) not in _ORG_KINDS:
            return None
        noun = m.group(1)
        title_case = noun.capitalize()
        name = r"((?:[A-Z][\w&.-]*[ \t]+){0,3}[A-Z][\w&.-]*)"
        introductions = (
            # "SkyBridge Airlines": a name that ends with the noun
            rf"\b((?:[A-Z][\w&.-]*\s+){{1,3}}{title_case}s?)\b",
            # "energy regulator Ofgem", "the union Unite"
            rf"\b{noun}[ \t]+{name}",
            # "Ofgem, the energy regulator", "Unite, a union that"
            rf"{name},\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}{noun}\b",
            # "Bank of England", "Department of Justice"
            rf"\b((?:[A-Z][\w&.-]*[ \t]+){{0,2}}{title_case}[ \t]+of[ \t]+(?:the[ \t]+)?{name})",
        )
        found: list[tuple[int, str]] = []
        for alias in _KIND_ALIASES.get(noun, ()):
            # "Fife Council … the local authority said": a body of the kind by another name
            for hit in re.finditer(rf"\b((?:[A-Z][\w&.-]*[ \t]+){{1,3}}{alias})\b", self.text[:at]):
                if hit.group(1).split()[0].lower() not in lx.CAP_STOP | lx.TITLES:
                    found.append((hit.start(1), hit.group(1)))
        for introduction in introductions:
            for hit in re.finditer(introduction, self.text[:at]):
                words = re.sub(r"^The\s+", "", hit.group(1)).split()
                # "Bank of England Governor Andrew Bailey": the name ends before a title
                first = words.index("of") + 2 if "of" in words else 1
                titles = (n for n, w in enumerate(words) if n >= first and w.lower().rstrip(".") in lx.TITLES)
                cut = next(titles, len(words))
                org = " ".join(words[:cut])
                head = org.split()[0].lower().rstrip(".")
                not_org = lx.TITLES | lx.CAP_STOP | lx.WEEKDAYS | lx.MONTHS
                if head in not_org or self.entities.full_name(org, at) is not None:
                    continue  # "bank Governor Andrew Bailey" names a person, not the bank
                found.append((hit.start(1), org))
        companies = [b for b in self.bodies if _COMPANY_NAME.fullmatch(b)]
        if not found and noun in _COMPANY_KINDS and companies:
            return companies[-1]  # "Kestrel Mining said … The company said": the company quoted last
        if not found and noun in _COMPANY_KINDS:
            return self._lede_company()  # "Northvale Energy on Thursday reported …": the story's company
        if not found and noun in _BODY_KINDS and self.bodies:
            return self.bodies[-1]  # "GeoNet raised the alert … The agency said": the body quoted last
        return max(found)[1] if found else None

    def _lede_company(self) -> str | None:
        """The company the story's first sentence opens with ("Northvale Energy on Thursday reported …")."""
        first = next((lo for n, (lo, _) in enumerate(self.main) if n not in self.headlines), None)
        if first is None:
            return None
        lo = first
        dateline = _DATELINE.match(self.text, lo)
        if dateline:
            lo = dateline.end()
        m = _LEDE_SUBJECT.match(self.text, lo)
        if m is None:
            return None
        name = m.group(1)
        person = self.entities.full_name(name, m.start(1) + 1)
        if (
            # a person the article gives a role or a sex is nobody's company
            (person is not None and (person.role or person.descriptors or person.female is not None))
            or name.lower() in lx.COUNTRIES
            or not _COMPANY_NAME.fullmatch(name)
            or name.split()[0].lower() in lx.CAP_STOP | lx.TITLES
        ):
            return None
        return name

    def _described_person(self, phrase: str, at: int) -> Person | None:
        """ "The Texas Republican", "the senator from Arizona": a definite description of somebody the
        article introduced with those words ("Sen. John Harris, a Republican from Texas")."""
        m = re.fullmatch(
            r"[Tt]he\s+((?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)(?:\s+(?:of|from|for|at|in)\s+(.{2,40}))?", phrase
        )
        if m is None:
            return None
        head = describing_words(m.group(1).split()[-1])
        if len(head) != 1 or not m.group(1).split()[-1][:1].isalpha():
            return None
        (head_word,) = head
        if head_word in lx.ORG_WORDS or head_word in lx.DOCUMENT_HEADS or head_word in _COLLECTIVE_HEADS:
            return None  # "the military government's information team": a body, never one person
        last = m.group(1).split()[-1]
        if last.lower() != head_word and last.lower().endswith("s") and last.lower()[:-1] == head_word:
            return None  # "the authors": several people, never the one described as "lead author"
        if not last.islower() and head_word not in {"republican", "democrat"}:
            return None  # "the Chinese President Xi Jinping" names the person itself
        words = describing_words(phrase)
        for head in (head_word, *_ROLE_SYNONYMS.get(head_word, ())):
            person = self.entities.described(at, words | {head}, head)
            if person is not None:
                return person
        return None

    def _sentence_subject_person(self, s_lo: int, at: int) -> Person | None:
        """The person named as the subject that opens the sentence, before offset ``at``."""
        words = list(re.finditer(r"\S+", self.text[s_lo:at]))
        core: list[str] = []
        for n, m in enumerate(words):
            word = m.group()
            if word[:1].isupper():
                if not core and word.lower().rstrip(".") in lx.TITLES | lx.CAP_STOP:
                    continue
                core.append(word)
                continue
            if not core or n == len(words) - 1 or word.lower() in lx.PRONOUNS:
                return None
            if core[-1].endswith((";", ":")):
                return None
            if core[-1].endswith(","):
                # "Putin, speaking in Vladivostok, repeated his claim": a name, then an aside; never a
                # name inside an opening phrase ("In a talk with Ann Lee, he said": lowercase words first).
                if self.text[s_lo:at].count(",") < 2:
                    return None
                core[-1] = core[-1].rstrip(",")
            return self.entities.full_name(" ".join(core), s_lo + words[0].start())
        return None

    def _recent_compatible(self, want: str | None) -> Speaker | None:
        for speaker in reversed(self.recent):
            spokesperson = _spokesperson_gender(speaker)
            if (
                speaker.kind != "person"
                and spokesperson is None
                and (speaker.name is not None or want is not None)
            ):
                continue  # "he" and "she" are people, not an unnamed document or body
            have = self.gender.get(self._key(speaker)) if spokesperson is None else spokesperson or None
            if want is None or have is None or have == want:
                return speaker
        return None

    def _recent_with_role(self, role: str) -> Speaker | None:
        for speaker in reversed(self.recent[-6:]):
            text = ((speaker.mention.text if speaker.mention else "") + " " + (speaker.role or "")).lower()
            if role in text or (role.endswith(("woman", "man")) and role[:-5] in text):
                return speaker
        return None

    def _opens_that_clause(self, masked: str, g_end: int, inner: int, cue_low: str) -> bool:
        """Whether the words between a cue and the next cue's group are an adjunct and "that"."""
        between = masked[g_end:inner]
        if not re.search(r"\bthat\s*$", between) or re.search(r"[;:]", between) or MASK in between:
            return False
        return _content_right(self.text, masked, g_end, inner, cue_low) >= inner - 1

    def _nested_end(
        self,
        toks: list[Tok],
        cues: list[Cue],
        groups: list[tuple[int, int]],
        following: int,
        content_start: int,
        masked: str,
        s_hi: int,
    ) -> int:
        """Where right-hand content ends when the cues after it may be nested inside it."""
        end = groups[following][0]
        for m in range(following, len(cues)):
            cue = cues[m]
            before = masked[content_start : groups[m][0]].rstrip()
            if (
                cue.according
                or cue.participle
                or not before
                or before[-1] in ",;:—–-" + "".join(_CLOSE_MARKS)
                or _mwords(before) < 2
                or (cue.np is not None and self._is_channel(toks, cue.np))
                or re.search(r"\b(?:and|but)\s*$", before)
            ):
                return end
            end = groups[m + 1][0] if m + 1 < len(cues) else s_hi
        return end

    def _cites(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """A speaker phrase that can cite others: an outlet, a report, or a medium named with its kind
        ("Antara news agency reported, citing …", "the daily Kantipur reported, citing …")."""
        phrase = self.text[toks[np[0]].start : toks[np[1]].end]
        return (
            self._is_channel(toks, np)
            or _ENDS_WITH_MEDIUM.fullmatch(phrase) is not None
            or _medium_name(phrase) is not None
        )

    def _is_channel(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """A speaker phrase naming an outlet or a report ("Interfax", "a report from Reuters")."""
        start, end = toks[np[0]].start, toks[np[1]].end
        if self.entities.outlets_in(start, end):
            return True
        return any(toks[k].low in {"report", "reports", "reported"} for k in range(np[0], np[1] + 1))

    # Resolution -----------------------------------------------------------------------------------
    def _finish(self) -> list[Quotation]:
        last_person: Speaker | None = None
        last_any: Speaker | None = None
        recent_vias: list[tuple[int, str | None, tuple[Via, ...]]] = []
        quotations = []
        for draft in self.drafts:
            if draft.shares is not None:
                draft.speaker, draft.vias = draft.shares.speaker, draft.shares.vias
                continue
            speaker = None
            if draft.inherit is not None and draft.inherit.speaker is not None:
                base = draft.inherit.speaker
                speaker = replace(base, resolution="continuation") if draft.mention is None else None
            if speaker is None:
                speaker = self._speaker(draft, last_person, last_any)
            if speaker and speaker.kind == "person" and (speaker.name or "").lower() in lx.COUNTRIES:
                speaker = replace(speaker, kind="organisation")  # "Hungary warned": a state speaks as a body
            draft.speaker = speaker
            self._remember(draft, speaker)
            if (
                speaker is not None
                and speaker.kind == "organisation"
                and speaker.resolution == "named"
                and (speaker.name or "")[:1].isupper()
                and (speaker.name or "").lower() not in lx.COUNTRIES
            ):
                self.bodies.append(speaker.name or "")
            vias = self._vias(draft)
            if (
                speaker is not None
                and speaker.kind == "organisation"
                and vias
                and speaker.name in {v.name for v in vias}
            ):
                vias = tuple(v for v in vias if v.name != speaker.name)
            explicit = not vias and self._names_channel(draft)
            if explicit and self._describes_channel(draft):
                # "“…,” he told the broadcaster.": the outlet an attribution just before named
                vias = next((found for para, _, found in reversed(recent_vias) if found), ())
                vias = vias if recent_vias and recent_vias[-1][0] >= draft.paragraph - 3 else ()
            if not vias and not explicit and speaker is not None and speaker.name:
                for para, name, found in reversed(recent_vias):
                    # "Ko Zaw Min Htet" … "Zaw Min Htet was quoted as saying": the same person
                    if para >= draft.paragraph - 2 and name and _same_name(name, speaker.name):
                        vias = found
                        break
            if vias or explicit:
                # "Reyes told the Courier" / "told reporters": the attribution names its own channel (an
                # outlet or none), so an earlier paragraph's intermediary is not carried onto it or past it.
                recent_vias.append((draft.paragraph, speaker.name if speaker else None, vias))
            if not vias and not explicit:
                vias = self._described_media(draft)  # "State television quoted X as saying"
            draft.vias = vias
            if speaker is not None and speaker.name:
                last_any = speaker
                if speaker.kind == "person":
                    last_person = speaker
        for n, draft in enumerate(self.drafts):
            if not draft.forward:
                continue
            # the next quotation that is not this one's own second part ("“A,” … “B.”")
            later = next((d for d in self.drafts[n + 1 :] if d.shares is not draft), None)
            if later is not None and later.paragraph <= draft.paragraph + 1:
                nxt = later.speaker
                draft.speaker = replace(nxt, resolution="continuation") if nxt is not None else None
        for draft in self.drafts:
            if draft.shares is not None:
                draft.speaker = draft.shares.speaker
        for draft in self.drafts:
            if draft.question:
                continue
            speaker, vias = draft.speaker, draft.vias
            conf = draft.confidence * (0.95 if speaker and speaker.name else 0.7)
            if draft.kind == "direct":
                conf = min(1.0, conf + 0.05)
            quotations.append(
                Quotation(
                    kind=draft.kind,  # type: ignore[arg-type]
                    content=Span(draft.start, draft.end, self.text[draft.start : draft.end]),
                    sentence=Span(
                        draft.sentence[0], draft.sentence[1], self.text[draft.sentence[0] : draft.sentence[1]]
                    ),
                    speaker=speaker,
                    cue=Span(draft.cue[0], draft.cue[1], self.text[draft.cue[0] : draft.cue[1]])
                    if draft.cue
                    else None,
                    via=vias,
                    confidence=round(conf, 3),
                )
            )
        return _with_aliases(quotations, self.entities)

    def _forward_person(self, end: int, role: str) -> Person | None:
        """ "The spokeswoman said … Anna Berg, the ministry's spokeswoman, …": a person named after a role
        noun is its referent when the article gives them that role, or when they follow at once."""
        person = self.entities.next_person(end, 700)
        if person is None or (person.role and role in role_words(person.role)):
            return person
        # Otherwise only when no other speaker is named in between ("The operator said …; a spokesman
        # said …; Lena Kraus, who chairs the users' group, said …": the operator is not Lena Kraus).
        at = next((pos for pos, p in self.entities.person_positions if pos > end and p is person), None)
        if at is None or at - end > 300 or role in lx.DOCUMENT_HEADS or role in lx.ORG_WORDS:
            return None
        if person.descriptors & _NAMED_ROLES and role not in person.descriptors:
            return None  # introduced with another role ("Libertarian candidate Gary Johnson")
        if any(
            d.mention and end < d.mention[0] < at and not d.mention[0] <= at < d.mention[1]
            for d in self.drafts
        ):
            return None
        return person

    def _speaker(self, draft: Draft, last_person: Speaker | None, last_any: Speaker | None) -> Speaker | None:
        if draft.mention is None:
            if draft.resolution == "continuation" and draft.inherit and draft.inherit.speaker:
                return replace(draft.inherit.speaker, resolution="continuation")
            return None
        start, end = draft.mention
        mention = Span(start, end, self.text[start:end])
        if draft.name_span is not None:
            start, end = draft.name_span
        elif re.match(r"(?:the|a|an|its|his|her|their)\s", self.text[start:end], re.I):
            # "according to the head of the rescue office, Muhammad Arief Setiawan.": the name in apposition
            apposed = _APPOSED_NAME.match(self.text, end, draft.sentence[1])
            taken = [(draft.start, draft.end)] + ([draft.cue] if draft.cue else [])
            if (
                apposed
                and not any(lo < apposed.end() and apposed.start() < hi for lo, hi in taken)
                and self.entities.full_name(apposed.group(1), apposed.start(1)) is not None
            ):
                start, end = apposed.span(1)
        raw = re.sub(r"\s*\([^()]*\)$", "", self.text[start:end])
        given = _GIVEN_NAME.search(mention.text)
        if given:
            # "Another driver, who gave his name only as Hassan": the only name the article has for them
            name = given.group(1) or given.group(2)
            role = mention.text.split(",")[0] if "," in mention.text else None
            return Speaker(name, "person", mention, "named", role)
        if draft.label:
            person = self.entities.full_name(raw.title() if raw.isupper() else raw, start)
            if person is not None:
                return Speaker(person.name, "person", mention, "surname", person.role)
            outlet = self.entities.outlet_for(raw)
            if outlet is not None:
                return Speaker(self.entities.outlet_name(outlet), "organisation", mention, "named")
            return Speaker(raw, "unknown", mention, "named")
        members = _MEMBERS.search(raw)
        if members and members.start() > 0:
            # "A division bench comprising Justice A.K. Menon and Justice Priya Nair": the body speaks
            raw = raw[: members.start()]
        relative = _RELATIVE_IN_PHRASE.search(raw)
        if relative and relative.start() > 0:
            # "residents of Mill Close, whose back gardens run down to the meadow", "The left-hander, who
            # was dropped by Nuwan Jayasekara,": the relative clause describes the speaker, never names them
            raw = raw[: relative.start()]
        words = raw.split()
        low = raw.lower()
        # "his plan to …": a possessive pronoun stands for its owner as the pronoun would.
        low = {
            "his": "he",
            "her": "she",
            "their": "they",
            "its": "it",
            "my": "i",
            "our": "we",
            "him": "he",
        }.get(low, low)
        low = "they" if low == "them" else low  # "quoted them as saying"
        low = re.sub(r"[’'](?:s|re|m)$", "", low) if low in _CONTRACTED else low  # "she’s claiming"
        if low in lx.PRONOUNS or low in {"who", "which"}:
            return self._pronoun_speaker(draft, low, mention, start, last_any)
        return (
            self._outlet_speaker(draft, raw, words, mention, start, end, last_any)
            or self._described_speaker(draft, raw, words, mention, start)
            or self._phrase_speaker(draft, raw, words, mention, start, end)
        )

    def _pronoun_speaker(
        self, draft: Draft, low: str, mention: Span, start: int, last_any: Speaker | None
    ) -> Speaker:
        """ "she", "they", "who": the person or body the pronoun stands for."""
        ents = self.entities
        if low in {"who", "which"}:
            ante = re.search(r"((?:[A-Z][\w’'.-]*\s*){1,4}),[^,]*$", self.text[max(0, start - 150) : start])
            if ante:
                person = ents.full_name(ante.group(1).strip(), start)
                if person:
                    return Speaker(person.name, "person", mention, "pronoun", person.role)
            return Speaker(None, "unknown", mention, "unresolved")
        if low in {"he", "she", "i"}:
            want = {"he": "m", "she": "f"}.get(low)
            subject = self._sentence_subject_person(draft.sentence[0], start) if low != "i" else None
            if subject is not None and not (
                want and subject.female is not None and (want == "f") != subject.female
            ):
                # "Ban Ki-moon condemned what he called …": the name that opens the sentence.
                return Speaker(subject.name, "person", mention, "pronoun", subject.role)
            previous = self._previous_subject(draft, start) if low != "i" else None
            if previous is not None and not (
                want and previous.female is not None and (want == "f") != previous.female
            ):
                # "That coach, Darius Mažeika, was more measured. He described …": the person the
                # sentence before was about
                return Speaker(previous.name, "person", mention, "pronoun", previous.role)
            target = self._recent_compatible(want)
            if target is None:
                person = ents.latest_person(start)
                if person and not (want and person.female is not None and (want == "f") != person.female):
                    return Speaker(person.name, "person", mention, "pronoun", person.role)
            if target is not None:
                return replace(target, mention=mention, resolution="pronoun")
            return Speaker(None, "person", mention, "unresolved")
        group = self._previous_group(draft, start) if low == "they" else None
        if group is not None:
            return Speaker(group, "group", mention, "pronoun")
        body = self._previous_body(draft, start) if low == "it" else None
        if body is not None:
            return Speaker(body, "organisation", mention, "pronoun")
        if last_any is not None and low in {"they", "it", "we"}:
            return replace(last_any, mention=mention, resolution="pronoun")
        return Speaker(None, "unknown", mention, "unresolved")

    def _outlet_speaker(
        self,
        draft: Draft,
        raw: str,
        words: list[str],
        mention: Span,
        start: int,
        end: int,
        last_any: Speaker | None,
    ) -> Speaker | None:
        """An outlet, or a document that carries an outlet's name ("the Reuters report")."""
        ents = self.entities
        seen_by = _SEEN_BY.fullmatch(raw)
        if seen_by and ents.outlets_in(start, end):
            # "according to a draft seen by Politico": the draft speaks, through the outlet that saw it
            outlet = ents.outlets_in(start, end)[0]
            draft.via_mentions.append((outlet.start, outlet.end))
            doc = re.sub(r"^(?:the|a|an)\s+", "", seen_by.group(1), flags=re.I)
            return Speaker(doc, "document", mention, "named")
        unknown = _SEEN_BY_NAME.fullmatch(raw)
        if unknown and unknown.group(1).split()[-1].lower() in lx.DOCUMENT_HEADS | _DRAFTS:
            # "a draft proposal seen by Europe Insider": an outlet the gazetteer does not know
            draft.via_mentions.append((start + unknown.start(2), start + unknown.end(2)))
            doc = re.sub(r"^(?:the|a|an)\s+", "", unknown.group(1), flags=re.I)
            return Speaker(doc, "document", mention, "named")
        # Documents that carry an outlet name ("the Reuters report") speak for the previous speaker.
        heads = [w.lower().strip("’'") for w in words]
        outlet_in = [m for m in ents.outlets_in(start, end)]
        if (
            heads
            and heads[-1] in lx.DOCUMENT_HEADS
            and outlet_in
            and last_any is not None
            and not draft.doc_outlet
        ):
            draft.via_mentions.append((outlet_in[0].start, outlet_in[0].end))
            return replace(last_any, mention=mention, resolution="continuation")
        if draft.doc_outlet and outlet_in:
            if draft.kind == "direct" and last_any is not None:
                draft.via_mentions.append((outlet_in[0].start, outlet_in[0].end))
                return replace(last_any, mention=mention, resolution="continuation")
            outlet = outlet_in[0].outlet
            return Speaker(self.entities.outlet_name(outlet), "organisation", mention, "named")
        outlet = ents.outlet_for(raw)
        if outlet is None and outlet_in and heads and heads[-1] not in lx.DOCUMENT_HEADS:
            outlet = outlet_in[-1].outlet
        if outlet is not None:
            return Speaker(self.entities.outlet_name(outlet), "organisation", mention, "named")
        named = _REPORT_FROM.search(raw)
        if named and heads and heads[0] in {"a", "an", "the"}:
            # "a report in Haaretz", "a report by Human Rights Watch": who published it speaks
            return Speaker(named.group(1), "organisation", mention, "named")
        return None

    def _described_speaker(
        self, draft: Draft, raw: str, words: list[str], mention: Span, start: int
    ) -> Speaker | None:
        """Somebody the phrase describes rather than names: an appositive name, "the Texas Republican",
        "the 52-year-old", "the Spaniard", "a spokesman for X", "the regulator", "Turkey's president"."""
        ents = self.entities
        if (
            draft.name_span is not None
            and 2 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and words[0].lower() not in _DETS
            and not any(w.lower().rstrip(".") in lx.TITLES | lx.ORG_WORDS for w in words)
            and ents.outlet_for(raw) is None
        ):
            # the name an appositive gives ("A ministry spokeswoman, He Yadong,"), even one the entity
            # scan could not read as a name
            person = ents.full_name(raw, start)
            return Speaker(
                person.name if person else raw, "person", mention, "named", person.role if person else None
            )
        described = self._described_person(raw, start)
        if described is not None:
            return Speaker(described.name, "person", mention, "role_noun", raw)
        aged = re.fullmatch(rf"[Tt]he\s+{_AGED.pattern}", raw)
        if aged:
            # "the 52-year-old": the person the article gave that age ("Sunita Maharjan, 52,"), or else the
            # person named last
            named = re.findall(
                rf"((?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+),\s+{aged.group(1)}\b", self.text[:start]
            )
            person = ents.full_name(named[-1], start) if named else None
            person = person or ents.last_named(min(start, draft.start))
            if person is not None:
                return Speaker(person.name, "person", mention, "role_noun", raw)
            return Speaker(None, "person", mention, "unresolved", raw)
        demonym = re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", raw)
        if demonym and demonym.group(1).lower() in lx.DEMONYMS:
            return self._demonym_speaker(
                demonym.group(1).lower(), mention, raw, min(start, draft.start), draft
            )
        for_org = _ROLE_FOR_ORG.fullmatch(raw)
        if for_org and not any(w[:1].isupper() for w in for_org.group(1).split()):
            # "A spokesman for the European Commission": the body speaks through its spokesman
            org = re.sub(r"^the\s+", "", for_org.group(2))
            org_words = org.split()
            titles = [k for k, w in enumerate(org_words) if w.lower().rstrip(".") in lx.TITLES]
            titled = titles[-1] if titles else -1
            person = ents.full_name(" ".join(org_words[titled + 1 :]), start) if titled >= 0 else None
            if person is not None:
                # "A spokesman for Police Minister Trent Hadley": the minister speaks through the spokesman
                return Speaker(person.name, "person", mention, "named", for_org.group(1))
            return Speaker(org, "organisation", mention, "named", for_org.group(1))
        named_org = self._named_organisation(raw, start)
        if named_org is not None:
            return Speaker(named_org, "organisation", mention, "role_noun", raw)
        owner = re.fullmatch(r"((?i:his|her|their)|[A-Z][\w.-]*[’']s)\s+(?:[a-z-]+\s+){0,2}[a-z-]+", raw)
        if owner and owner.group(1)[:-2].lower() in lx.COUNTRIES and words[-1].lower() in _ROLE_HEADS:
            # "Turkey's president": the person the article named with that role
            role = words[-1].lower()
            person = ents.latest_person(start, role_word=role) or next(
                (p for p in ents.people if p.role and role in role_words(p.role)), None
            )
            if person is not None:
                return Speaker(person.name, "person", mention, "role_noun", raw)
        if (
            owner
            and (is_role_word(words[-1]) or words[-1].lower() in _NAMED_ROLES)
            # "Pagliano's lawyer", but "China's top diplomat" is a role description of somebody else
            and (
                owner.group(1).lower() in {"his", "her", "their"}
                or ents.full_name(owner.group(1)[:-2], start) is not None
            )
        ):
            # "her spokesman", "Pagliano's lawyer": somebody working for the person named, not a speaker
            # already quoted under the same role; a spokesperson speaks in the name of their principal
            if words[-1].lower().startswith("spokes"):
                owner_low = owner.group(1).lower()
                principal = (
                    self._pronoun_speaker(draft, {"his": "he", "her": "she"}[owner_low], mention, start, None)
                    if owner_low in {"his", "her"}
                    else None
                )
                if principal is None and owner_low not in {"his", "her", "their"}:
                    person = ents.full_name(owner.group(1)[:-2], start)
                    principal = Speaker(person.name, "person", mention, "named") if person else None
                if (
                    principal is not None
                    and principal.kind == "person"
                    and (principal.name or "")[:1].isupper()
                ):
                    return Speaker(principal.name, "person", mention, "role_noun", raw)
            return Speaker(None, "person", mention, "unresolved", raw)
        return None

    def _phrase_speaker(
        self, draft: Draft, raw: str, words: list[str], mention: Span, start: int, end: int
    ) -> Speaker:
        """A name proper, an organisation, a group, a role noun or a document, from the phrase itself."""
        ents = self.entities
        medium = _medium_name(raw)
        if (
            medium is not None
            # "the U.N. refugee agency" is no medium; "a poll by Ipsos" is the poll's
            and not (
                re.search(r"\bagency\b", raw) and not re.search(r"\b(?:news|press)\s+agency\b", raw, re.I)
            )
            and not any(w.lower() in lx.DOCUMENT_HEADS for w in words)
        ):
            # "Afghan broadcaster TOLOnews", "Egypt’s state-run MENA news agency": the medium's name
            return Speaker(medium, "organisation", mention, "named", raw)
        if len(words) > 2 and words[-1].endswith("ed") and words[-2].lower() in lx.DOCUMENT_HEADS:
            # "A Health Ministry study published last year found": the participle describes the document
            raw = raw[: raw.rfind(words[-1])].rstrip()
            words = words[:-1]
        heads = [w.lower().strip("’'") for w in words]
        if heads and heads[0] in _QUANTIFIERS and "whom" not in heads:
            return Speaker(raw, "group", mention, "named")  # "Many said", "Others in the queue said"
        if (
            heads
            and heads[-1] in _COLLECTIVE_HEADS
            and heads[0] in {"the", "its", "their"}
            and not {"of", "for", "at", "with", "from", "in"} & set(heads)
        ):
            # "the military government's information team": the body the phrase describes
            body = re.sub(r"^(?:the|its|their)\s+", "", raw, flags=re.I)
            return Speaker(self._named_organisation(raw, start) or body, "organisation", mention, "named")
        # "Rep. Elijah Cummings of Maryland": the name before a place or body it is "of".
        cut = next((k for k, w in enumerate(words) if w in {"of", "from", "at", "in"}), 0)
        if cut:
            lead = _name_words(words[:cut])
            if lead and lead[-1].lower() in lx.ORG_WORDS | lx.GROUP_HEADS | lx.PEOPLE_PLURALS:
                lead = []  # "The Communications Workers of America": a body's name runs on past "of"
            if lead and (len(lead) > 1 or any(w.lower().rstrip(".") in lx.TITLES for w in words[:cut])):
                person = ents.full_name(" ".join(lead), start)
                role = " ".join(words[: cut - len(lead)]).strip() or (person.role if person else None)
                return Speaker(person.name if person else " ".join(lead), "person", mention, "named", role)
        # The name proper: trailing capitalised words after titles and role words.
        core: list[str] = []
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            clean = re.sub(r"[’']s$", "", word)
            if core and clean != word:
                break  # "Bernstein's Chloé Vasseur-Lambert": the owner is not part of the name
            surname_he = clean == "He" and core and at > 0 and words[at - 1].lower().rstrip(".") in lx.TITLES
            # "Save Our Pools": a capitalised small word between capitalised words of one name
            inside = (
                bool(core)
                and at > 0
                and words[at - 1][:1].isupper()
                and words[at - 1].lower() not in lx.CAP_STOP
            )
            if (
                (clean[:1].isupper() or _PARTICLE_NAME.fullmatch(clean))
                and clean.lower().rstrip(".") not in lx.TITLES
                and (clean.lower() not in lx.CAP_STOP or surname_he or inside)
            ) or (core and clean in lx.NAME_PARTICLES and _particle_inside(words, at)):
                core.insert(0, clean)  # "Ursula von der Leyen": particles inside the name
            elif (
                core
                and clean in {"and", "&", "of", "for"}
                and at > 0
                and words[at - 1][:1].isupper()
                and core[-1].lower() in lx.ORG_WORDS
            ):
                core.insert(0, clean)  # "Fife Sports and Leisure Trust": a body's name runs on past "and"
            else:
                break
        if len(core) >= 3 and is_role_word(core[0]):
            core = core[1:]
        # "the Minister for Health", "the Department of Health": one word after "of" names a field or place,
        # never the surname of a person the article named
        governed = len(core) == 1 and len(words) > 1 and words[-2].lower() in {"of", "for"}
        before = [w.lower() for w in words[: len(words) - len(core)]]
        if (
            core
            and len(before) >= 2
            and before[-1] in {"of", "from", "in", "near", "around"}
            and before[-2] in lx.PEOPLE_PLURALS | lx.GROUP_HEADS
        ):
            # "Residents of Mill Close", "families from Sinan County": people of a place, not a person
            return Speaker(
                re.sub(r"^(?:the|a|an|but|and)\s+", "", raw, flags=re.I), "group", mention, "named"
            )
        if core and not governed and not any(w.lower() in lx.ORG_WORDS for w in core):
            person = ents.full_name(" ".join(core), start)
            if person is None and len(core) >= 3 and words[len(words) - len(core) - 1 : -len(core)] == ["of"]:
                # "Secretary of State John F. Kerry": the department is not part of the name.
                person = ents.full_name(" ".join(core[1:]), start)
                if person is not None:
                    core = core[1:]
            while person is None and len(core) >= 3 and core[0].lower() in lx.PORTFOLIO_WORDS:
                # "Minister for Agriculture Syed Ashiq Kirmani": the portfolio ends where the name begins
                core = core[1:]
                person = ents.full_name(" ".join(core), start)
            if person is not None:
                role = " ".join(words[: len(words) - len(core)]).strip() or person.role
                kind = "person"
                return Speaker(
                    person.name, kind, mention, "named" if len(core) > 1 else "surname", role or None
                )
            prefix = words[: len(words) - len(core)]
            linked = max((k for k, w in enumerate(prefix) if w in _CONNECT), default=-1)
            titled = any(w.lower().rstrip(".") in lx.TITLES for w in prefix[linked + 1 :])
            # "Security experts in the United States": a name after a preposition is not the speaker,
            # unless a title introduces it ("Secretary of State John Kerry").
            if (linked < 0 or titled) and (titled or len(core) > 1):
                return Speaker(
                    " ".join(core), "person", mention, "named", " ".join(words[: len(words) - len(core)])
                )
            if len(core) == 1 and len(words) == 1:
                # A single capitalised word that names nobody else: a country, an organisation ("GeoNet",
                # "NASA": a name shaped as no person's is), a surname.
                body = core[0].lower() in _COLLECTIVE or _shaped_as_no_person(core[0], capitals=3)
                return Speaker(core[0], "organisation" if body else "person", mention, "named")
        name = re.sub(r"^(?:the|a|an|one(?!\s+of\b)|another)\s+", "", raw, flags=re.I).strip()
        # "a Hamas official with knowledge of the talks", "the San Jose-based company": what describes the
        # speaker beyond its head does not name it
        name = _BASED.sub("", _POST_MODIFIER.sub("", name))
        head = heads[-1] if heads else ""
        singular = head[:-1] if head.endswith("s") and head[:-1] in lx.SPEAKER_NOUNS else head
        lead = re.match(
            r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|with|from|for|in)\s+", raw
        )
        if lead and (
            lead.group(1).split()[-1] in {"head", "chief"} or is_role_word(lead.group(1).split()[-1])
        ):
            # "The head of the traders' association": a person known by a role, not the organisation.
            return Speaker(None, "person", mention, "unresolved", name)
        if any(w[:1].isupper() for w in words[1:] + words[:1]) and (head in lx.ORG_WORDS or core):
            # "the walking and cycling campaign group Kingsmere Streets for People": the name after what
            # kind of body it is
            proper = _NAME_AFTER_KIND.search(name)
            if proper:
                name = proper.group(1)
            return Speaker(name, "organisation", mention, "named")
        if head in lx.DOCUMENT_HEADS:
            # "the ministry's statement": the owner speaks through it
            owner = re.fullmatch(
                r"(?:the\s+)?((?:[\w-]+\s+){0,3}[\w-]+)[’']s\s+(?:[a-z-]+\s+)?[a-z]+", raw, re.I
            )
            if owner and owner.group(1).split()[-1].lower() in lx.ORG_WORDS:
                org = owner.group(1)
                return Speaker(
                    self._named_organisation(f"the {org}", start) or org, "organisation", mention, "named"
                )
            return Speaker(_DOCUMENT_SIZE.sub("", name), "document", mention, "named")
        if words and words[0].lower() in {"a", "an", "another", "one"}:
            # "A senior official": an indefinite phrase introduces somebody new, it never points back; the
            # next sentence may name them ("… a woman shouted. She was Rosa Mamani, 61, …").
            kind = "group" if head in lx.GROUP_HEADS else "person"
            named = _IDENTIFIED_NEXT.match(self.text, draft.sentence[1]) if kind == "person" else None
            person = ents.full_name(named.group(1), named.start(1)) if named else None
            if person is not None:
                return Speaker(person.name, "person", mention, "cataphora", name)
            return Speaker(name, kind, mention, "named")
        if head in lx.ORG_WORDS and head not in lx.GROUP_HEADS:
            return Speaker(name, "organisation", mention, "named")
        plural = re.match(r"(?:[Tt]he\s+)?([A-Za-z-]+s)\s+(?:for|of|at|from|with|in|representing)\s+", raw)
        if plural and (plural.group(1).lower() in lx.SPEAKER_NOUNS or is_role_word(plural.group(1)[:-1])):
            return Speaker(name, "group", mention, "named")  # "Lawyers for the state": its head is "lawyers"
        if re.match(r"(?:the\s+)?(?:two|both)\s+\w+$|(?:the\s+)?pair$", raw, re.I):
            person = ents.latest_pair(start)
            if person is not None:
                return Speaker(person.name, "group", mention, "role_noun", name)
        if (
            head in lx.PORTFOLIO_WORDS
            and len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and words[0].lower() not in lx.TITLES
        ):
            return Speaker(name, "organisation", mention, "named")  # "Civil Defence": a body, not an office
        if head == singular and (
            singular in _NAMED_ROLES or (is_role_word(singular) and head not in lx.GROUP_HEADS)
        ):
            # Only the usual heads fall back on whoever spoke last; roles many people hold in one story
            # ("the chief executive", "the lawyer") never do.
            # the person named next is looked for after a relative clause in the phrase ("The left-hander,
            # who was dropped by Nuwan Jayasekara, said": not the bowler), but an appositive name counts
            after = mention.end if _RELATIVE_IN_PHRASE.search(mention.text) else end
            found = self._role_noun_speaker(
                draft, singular, mention, name, start, after, singular in _ROLE_HEADS
            )
            if found is not None:
                return found
        if head in lx.GROUP_HEADS or head.endswith("s"):
            return Speaker(name, "group", mention, "named")
        if core:
            return Speaker(name, "organisation", mention, "named")
        first = name.split()[0].lower() if name else ""
        if first in lx.GROUP_HEADS:
            return Speaker(name, "group", mention, "named")  # "Experts on tides and erosion"
        if head == singular and (singular in _NAMED_ROLES or is_role_word(singular)):
            # "The council's chief executive": somebody the article does not name, but somebody ("she")
            return Speaker(None, "person", mention, "unresolved", name)
        bare = re.fullmatch(r"[Tt]he\s+([a-z]+)", raw)
        earlier = self._recent_with_role(bare.group(1)) if bare else None
        if earlier is not None:
            # "a source in the delegation … the source said": the speaker introduced with that noun
            return replace(earlier, mention=mention, resolution="role_noun")
        return Speaker(None, "unknown", mention, "unresolved")

    def _names_channel(self, draft: Draft) -> bool:
        """The attribution says whom the words were given to ("told the Courier", "told reporters", "in an
        interview with the Courier"), outside the quotation itself."""
        s_lo, s_hi = draft.sentence
        outside = self.text[s_lo : max(s_lo, draft.start)] + " … " + self.text[min(s_hi, draft.end) : s_hi]
        return bool(_CHANNEL_NAMED.search(outside))

    def _describes_channel(self, draft: Draft) -> bool:
        """ "told the newspaper", "in an interview with the broadcaster": the channel by its kind alone."""
        s_lo, s_hi = draft.sentence
        outside = self.text[s_lo : max(s_lo, draft.start)] + " … " + self.text[min(s_hi, draft.end) : s_hi]
        return bool(_DESCRIBED_CHANNEL.search(outside))

    def _described_media(self, draft: Draft) -> tuple[Via, ...]:
        """A medium the attribution describes without naming it ("state television", "local media")."""
        for start, end in draft.via_mentions:
            phrase = self.text[start:end]
            if _MEDIA_DESCRIPTION.fullmatch(phrase) and self.entities.outlet_for(phrase) is None:
                name = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
                return (Via(name, "other", Span(start, end, phrase)),)
        return ()

    def _within_content(self, draft: Draft, at: int) -> bool:
        """Whether ``at`` lies in what the draft reports; in a direct quotation that its cue interrupts
        ("“A,” he told the Echo. “B.”"), the cue between the quoted parts is not."""
        if not draft.start <= at < draft.end:
            return False
        return draft.kind != "direct" or self.masked[at] == MASK

    def _vias(self, draft: Draft) -> tuple[Via, ...]:
        ents = self.entities
        s_lo, s_hi = draft.sentence
        found: list[Via] = []
        seen: set[str] = set()

        def add(
            name: str, start: int, end: int, kind: OutletKind = "other", *, speaker_too: bool = False
        ) -> None:
            """One intermediary per name, and never the speaker itself (unless ``speaker_too``)."""
            if name.lower() in seen or (not speaker_too and draft.speaker and draft.speaker.name == name):
                return
            seen.add(name.lower())
            found.append(Via(name, kind, Span(start, end, self.text[start:end])))

        spans = list(draft.via_mentions)
        for m in ents.outlets_in(s_lo, s_hi):
            if draft.mention and draft.mention[0] <= m.start < draft.mention[1] and not draft.doc_outlet:
                continue
            if self._within_content(draft, m.start):
                continue
            if _SPOKEN_ABOUT.search(self.text[max(s_lo, m.start - 60) : m.start]):
                continue  # "said of RT", "published by People's Daily": not what the words came through
            spans.append((m.start, m.end))
        for m in _NAMED_CHANNEL.finditer(self.text, s_lo, s_hi):
            group = next(g for g in (1, 2, 3, 4, 5, 6, 7) if m.group(g))
            if self._within_content(draft, m.start(group)) or ents.outlets_in(m.start(group), m.end(group)):
                continue  # inside the quotation, or a known outlet found above
            if group == 3 and (ents.outlets_in(m.start(), m.end()) or re.search(r"-[a-z]+$", m.group(3))):
                continue  # "the Moscow-funded channel": a description, resolved as one above
            # "The Verge" keeps its article, as a title does; "the Kathmandu Post" is "Kathmandu Post"
            name = m.group(4) if group == 4 else re.sub(r"^[Tt]he\s+", "", m.group(group)).rstrip(".")
            owner = re.match(r"([A-Z][\w-]*)[’']s\s+", name)
            if owner and owner.group(1).lower() in lx.COUNTRIES:
                name = name[owner.end() :]  # "Ghana's Joy FM"
            add(name, m.start(group), m.end(group))
        for m in _TOLD_ONE_WORD.finditer(self.text, s_lo, s_hi):
            # "“…,” she told Bernama.", "told RNZ that": one capitalised word nobody in the article is
            # called by, after "told", names the outlet the words were given to
            word = m.group(1)
            shaped = _shaped_as_no_person(word, digits=True)  # "RNZ", "TOLOnews", "6PR"
            if (
                self._within_content(draft, m.start(1))
                # a plain capitalised word may be a person's surname ("Petrov told Duarte that …"), unless
                # it closes a direct quotation's attribution ("“…,” she told Bernama.")
                or (
                    not shaped
                    and (draft.kind != "direct" or not re.match(r"\s*[.,;]", self.text[m.end(1) :]))
                )
                or _SURNAME_PREFIX.match(word)
                or ents.outlets_in(m.start(1), m.end(1))
                or ents.full_name(word, m.start(1)) is not None
                or word.lower() in lx.COUNTRIES | lx.CAP_STOP | _ADDRESSED_BODIES
                # "told African-Americans", "told Democrats": people, not a medium
                or (word.endswith("s") and not _shaped_as_no_person(word))
                # "told Harvey" after "The Steve Harvey Morning Show": somebody's surname
                or re.search(rf"\b[A-Z][a-z]+\s+{re.escape(word)}\b", self.text) is not None
            ):
                continue
            add(word, m.start(1), m.end(1))
        for start, end in spans:
            phrase = self.text[start:end]
            described = _OUTLET_APPOSED.fullmatch(phrase)
            if described and ents.outlet_for(described.group(1)) is None:
                # "The Irrawaddy, an independent news outlet run by exiled journalists,": the name before
                add(described.group(1), start, start + len(described.group(1)))
                continue
            if (
                re.search(
                    r"\b(?:seen|obtained|reviewed|quoted|quoted\s+as\s+saying)\s+by\s+(?:[Tt]he\s+)?$",
                    self.text[max(0, start - 30) : start],
                )
                and ents.outlet_for(phrase) is None
                and not ents.outlets_in(start, end)
                and all(w[:1].isupper() for w in phrase.split())
            ):
                # "a draft proposal seen by Europe Insider", "quoted by Bernama as saying": whoever saw the
                # document or quoted the words carried them
                add(phrase, start, end)
                continue
            named = _REPORT_FROM.search(phrase)
            if named and ents.outlet_for(named.group(1)) is None:
                # "a more detailed report from the Hindustan Times": an outlet the article names, known or not
                add(named.group(1), start, end)
                continue
            outlet = ents.outlet_for(named.group(1) if named else phrase)
            if outlet is None:
                inner = ents.outlets_in(start, end)
                outlet = inner[0].outlet if inner else None
            if outlet is None and re.fullmatch(_PRESS_NAME, phrase.strip()):
                # "…, according to the Kathmandu Post": a newspaper the gazetteer does not know
                add(re.sub(r"^[Tt]he\s+", "", phrase.strip()), start, end)
                continue
            medium_name = _medium_name(phrase) if outlet is None else None
            if medium_name:
                # "Egypt's state-run MENA news agency quoted …": a medium the gazetteer does not know; "the
                # state-run Russian broadcaster" only describes one
                add(medium_name, start, end)
                continue
            if outlet is None:
                # "according to a Chinese foreign ministry statement": the issuing body is the channel.
                m = re.match(r"(?:the|a|an)\s+(.+?)\s+(?:statement|report|release|readout)$", phrase, re.I)
                if m:
                    add(m.group(1), start, end, speaker_too=True)
                continue
            add(ents.outlet_name(outlet), start, end, outlet.kind)
        return tuple(found)


# What describes an unnamed speaker after its head ("sources briefed on the talks", "an official speaking on
# condition of anonymity"): not part of how the speaker is labelled. What tells whose side an anonymous
# source is on stays ("people familiar with the matter", "a source close to the board", "people involved in").
_BASED = re.compile(r"^(?:[A-Z][\w.]*\s+)*[\w.]+-based\s+(?=[a-z])")
_POST_MODIFIER = re.compile(
    r"\s+(?:with\s+(?:direct\s+|first-hand\s+)?knowledge|briefed\s+on|speaking\s+on|"
    r"gathered\s+(?:at|in|outside|near)|who\s|(?:published|released|issued)\s+(?:on\s+|last\s+|this\s+|in\s+)?"
    rf"(?:{'|'.join(sorted(w.capitalize() for w in lx.WEEKDAYS | lx.MONTHS))}|week|month|year)\b)\b.*$"
)
# "a large study", "a major assessment": how big a document is does not name it.
_DOCUMENT_SIZE = re.compile(
    r"^(?:large|major|new|small|recent|landmark|big|comprehensive|sweeping)\s+(?=[a-z]+$)"
)
_SPOKEN_ABOUT = re.compile(
    r"\b(?:said|says|spoke|speaks|speaking|wrote|writes|talked|talking|complained|joked)\s+(?:of|about)\s+"
    r"(?:the\s+)?$"
    r"|\b(?:(?:which|that)\s+is\s+published|owned|run|funded|controlled)\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$"
)
_MEDIA_DESCRIPTION = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:television|TV|media|radio|broadcaster|news\s+agency|newspaper)",
    re.I,
)
_REPORT_FROM = re.compile(
    r"\b(?:report|reports|article|story|dispatch|broadcast)\s+(?:from|by|in)\s+(?:the\s+)?"
    r"((?:[A-Z][\w&.’'-]*)(?:\s+[A-Z][\w&.’'-]*){0,4})\s*$"
)
# What one claims by winning or taking it, not by saying it.
_CLAIMED_THINGS = {
    "victory",
    "title",
    "win",
    "lead",
    "seat",
    "seats",
    "record",
    "gold",
    "silver",
    "bronze",
    "prize",
    "crown",
    "trophy",
    "place",
    "spot",
    "medal",
    "championship",
    "lives",
    "life",
    "land",
    "territory",
    "ownership",
    "asylum",
    "benefits",
    "compensation",
    "damages",
    "refund",
    "top",
}
_ROLE_FOR_ORG = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|representative|official|"
    r"lawyer|attorney))\s+(?:for|of|at)\s+((?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&.’'-]*){0,5}"
    # "the Japanese embassy in Beijing", "the country's foreign ministry"
    r"|(?:the\s+)?(?:[A-Z][\w&.’'-]*\s+){1,3}(?:embassy|consulate|mission|ministry|government|office|department)"
    r"(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2})?)"
)
# Kinds of organisation a definite noun refers back to by the name it ends ("SkyBridge Airlines" … "the
# airline"); words that describe media or loose groups ("the network", "the group") are left out.
_ORG_KINDS = {
    "agency",
    "service",
    "airline",
    "regulator",
    "watchdog",
    "insurer",
    "lender",
    "retailer",
    "carmaker",
    "automaker",
    "manufacturer",
    "supermarket",
    "operator",
    "utility",
    "authority",
    "department",
    "organisation",
    "organization",
    "startup",
    "party",
    "company",
    "bank",
    "firm",
    "carrier",
    "museum",
    "fund",
    "university",
    "hospital",
    "club",
    "union",
    "ministry",
    "council",
    "commission",
    "institute",
    "foundation",
    "charity",
    "court",
    "board",
}
_BODY_KINDS = {"agency", "organisation", "organization", "authority", "institute", "service", "regulator"}
_KIND_ALIASES = {"authority": ("Council",), "council": ("Authority",)}
_COMPANY_KINDS = {"company", "firm", "retailer", "carrier", "lender", "insurer", "startup", "manufacturer"}
# A company's own name: capitalised words, not a country, a ministry or a public body
_COMPANY_NAME = re.compile(
    r"(?!(?:[\w&.-]+\s+)*(?:Ministry|Department|Government|Council|Commission|Court|Police|Party|Union|"
    r"University|Hospital|Agency|Office|Authority|Board|Army|Navy|Parliament|Senate|Congress)\b)"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}"
)
# "Northvale Energy on Thursday reported", "Kestrel Mining Ltd said": a name, then a time or a verb
_LEDE_SUBJECT = re.compile(
    r"((?:[A-Z][\w&.-]*[ \t]+){1,3}?(?:[A-Z][\w&.-]*|Inc\.|Ltd\.?))[ \t]+"
    r"(?:(?:on|late|early)[ \t]+[A-Z]?[a-z]+[ \t]+)?(?:said|says|reported|announced|posted|cut|raised|warned|"
    r"agreed|plans|will|is|has|had)\b"
)
_HIGH_OFFICES = {
    "president",
    "mayor",
    "governor",
    "senator",
    "minister",
    "secretary",
    "ambassador",
    "chancellor",
    "premier",
    "nominee",
    "candidate",
}
_NAME_AFTER_KIND = re.compile(
    r"^(?:[a-z-]+\s+){0,4}(?:group|campaign|association|charity|union|organi[sz]ation|coalition|alliance|"
    r"network|movement|society|party|firm|company|body|agency|watchdog|regulator|lobby|council|committee)\s+"
    r"([A-Z][\w’'&.-]*(?:\s+(?:(?:for|of|and|the|on|in)\s+)*[A-Z][\w’'&.-]*)*)$"
)
# Roles news calls by another name on second mention ("Assistant District Attorney X" … "the prosecutor").
_ROLE_SYNONYMS = {
    "prosecutor": ("attorney",),
    "judge": ("justice", "magistrate"),
    "lawmaker": ("senator", "representative", "congressman", "congresswoman", "legislator"),
    "executive": ("ceo",),
    "ceo": ("executive",),
    "cfo": ("financial", "finance"),
    "boss": ("manager", "coach", "chief", "executive", "director", "head"),
    # "Foreign Ministry spokeswoman Maria Zakharova … The diplomat also noted"
    "diplomat": ("foreign", "ambassador", "envoy", "consul"),
}
_NAMED_ONLY_ROLES = {
    "executive",
    "officer",
    "commissioner",
    "manager",
    "coach",
    "captain",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
}

_ROLE_HEADS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "diplomat",
    "secretary",
    "ambassador",
    "envoy",
    "director",
    "chief",
    "leader",
    "governor",
    "senator",
    "counterpart",
    "official",
    "adviser",
    "advisor",
    "chairman",
    "chairwoman",
    "head",
    "councillor",
    "mayor",
    "nominee",
    "candidate",
    "premier",
    "chancellor",
}

# Roles a role noun can stand for: the usual heads, and the named-only roles.
_NAMED_ROLES = _NAMED_ONLY_ROLES | _ROLE_HEADS

_COLLECTIVE = {
    "russia",
    "china",
    "beijing",
    "moscow",
    "washington",
    "kremlin",
    "pentagon",
    "congress",
    "iran",
    "britain",
    "france",
    "germany",
    "india",
    "japan",
    "ukraine",
    "europe",
    "nato",
    "israel",
    "america",
}


# Capitals inside surnames ("McLenney", "DeLauro", "O'Brien"): a person's, not a brand's
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O’|O')[A-Z]")


def _shaped_as_no_person(word: str, *, capitals: int = 2, digits: bool = False) -> bool:
    """ "RNZ", "GeoNet", "TOLOnews", "6PR": capitals in a row or inside the word (or a digit) shape a name as
    an outlet's or a body's, unless the capital follows a surname prefix."""
    shape = rf"[A-Z]{{{capitals}}}|[a-z][A-Z]" + (r"|\d" if digits else "")
    return re.search(shape, word) is not None and _SURNAME_PREFIX.match(word) is None


def _same_name(a: str, b: str) -> bool:
    """Whether two canonical names are one person's: equal, or one is the other with words left out."""
    wa, wb = set(a.split()), set(b.split())
    proper = a[:1].isupper() and b[:1].isupper()  # "coast guard" is not "coast guard investigators"
    return a == b or (proper and len(wa & wb) >= 2 and (wa <= wb or wb <= wa))


def _spokesperson_gender(speaker: Speaker) -> str | None:
    """ "A spokesman for Hartwell Homes" speaks as the company but is a man "he" can stand for: "m", "f",
    "" for a person of unknown sex, None for a body or document that speaks in its own name."""
    if speaker.kind != "organisation" or not speaker.role:
        return None
    role = speaker.role.split()[-1].lower()
    if role.endswith("woman"):
        return "f"
    if role.endswith("man"):
        return "m"
    return "" if role.startswith("spokes") or role in {"representative", "official"} else None


def _name_words(words: list[str]) -> list[str]:
    """The capitalised words that end ``words`` and are neither titles nor organisation words."""
    name: list[str] = []
    for word in reversed(words):
        clean = re.sub(r"[’']s$", "", word)
        low = clean.lower()
        if (
            not clean[:1].isupper()
            or low.rstrip(".") in lx.TITLES
            or low in lx.CAP_STOP
            or low in lx.ORG_WORDS
        ):
            break
        name.insert(0, clean)
    return name


def _first_subject(toks: list[Tok]) -> int:
    for k, tok in enumerate(toks):
        if tok.low in lx.SPEECH_VERBS or tok.low in lx.AUX_ADVERBS:
            return k - 1
    return -1


def _names_overlap(mention: str, name: str) -> bool:
    words = {w.lower() for w in re.findall(r"[\w’'-]+", name) if len(w) > 1}
    return any(w.lower() in words for w in re.findall(r"[\w’'-]+", mention))


def _with_aliases(quotations: list[Quotation], ents: ArticleEntities) -> list[Quotation]:
    forms: dict[str, set[str]] = {}
    for q in quotations:
        sp = q.speaker
        if sp is None or not sp.name:
            continue
        bucket = forms.setdefault(sp.name, {sp.name})
        # "the spokeswoman" is how this article refers to her, not a name: stored as an alias it would
        # pull every other article's unnamed spokeswoman onto her.
        if sp.mention and _names_overlap(sp.mention.text, sp.name):
            bucket.add(sp.mention.text)
    for person in ents.people:
        if person.name in forms:
            # A given name or surname is an alias only where the article uses it alone: "Daniel" is not a
            # form of Daniel Okafor because his full name contains it.
            forms[person.name].update(
                token
                for token in set(person.tokens)
                if re.fullmatch(r"[\w-]+", token) and ents.used_alone(person, token)
            )
    out = []
    for q in quotations:
        sp = q.speaker
        if sp is not None and sp.name:
            sp = replace(sp, aliases=tuple(sorted(forms[sp.name])))
            q = replace(q, speaker=sp)
        out.append(q)
    return out


def _outlet_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w != "the"}


def _without_publisher(quotation: Quotation, mastheads: list[set[str]]) -> Quotation:
    """ "told the Echo" on the Echo's own page: the outlet that publishes the article is no intermediary."""
    kept = tuple(
        via
        for via in quotation.via
        if not any(_outlet_words(via.name) and _outlet_words(via.name) <= words for words in mastheads)
    )
    return quotation if kept == quotation.via else replace(quotation, via=kept)


def analyse(text: str, *, title: str | None = None) -> Analysis:
    """Find the quotations in ``text`` with their speakers; offsets index ``text`` as given."""
    zones = find_zones(text, title)
    main = []
    headlines = set()
    for zone in zones:
        if zone.kind == "boilerplate":
            continue
        for m in re.finditer(r"[^\n]+", text[zone.start : zone.end]):
            if m.group().strip():
                if zone.kind == "title":
                    headlines.add(len(main))
                main.append((zone.start + m.start(), zone.start + m.end()))
    quotations = _Extractor(text, main, frozenset(headlines)).run() if main else []
    mastheads = [_outlet_words(name) for name in publisher_names(text, zones)]
    if mastheads:
        quotations = [_without_publisher(q, mastheads) for q in quotations]
    return Analysis(
        quotations=tuple(quotations),
        zones=zones,
        wire_credits=find_wire_credits(text),
        extractor_version=EXTRACTOR_VERSION,
    )


__all__ = ["EXTRACTOR_VERSION", "analyse"]
