"""Quotation marks: pairing them into quoted segments, and sentence boundaries that respect them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.pipeline.lexicon import ABBREVIATIONS, PARENTHETICAL

MASK = "ǫ"  # a letter no English text uses, so a quotation reads as one opaque word


@dataclass(frozen=True, slots=True)
class Segment:
    """Text inside one pair of quotation marks; offsets index the article text."""

    open: int  # offset of the opening mark (== start when the mark is missing)
    start: int
    end: int
    close: int  # offset just after the closing mark (== end when the mark is missing)
    unclosed: bool = False


_DOUBLE = re.compile(r"''|[“”\"«»„]")
_OPEN_CONTEXT = set(" \t\n([{—–-/:;")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:;“\"]))[‘'](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…\)])[’'](?![A-Za-z0-9])")


def _direction(text: str, pos: int, length: int, lo: int, hi: int, is_open: bool) -> bool:
    """Whether an ambiguous straight mark at ``pos`` opens a quotation (True) or closes one."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + length] if pos + length < hi else " "
    if before in _OPEN_CONTEXT and not after.isspace():
        return True
    if after.isspace() or after in ",.;:!?)]—–-" or pos + length >= hi:
        return False
    return not is_open


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_segments(text: str, lo: int, hi: int) -> list[Segment]:
    """Quoted segments inside one paragraph ``text[lo:hi]``; unbalanced marks are recovered locally."""
    segments: list[Segment] = []
    open_at: int | None = None
    open_len = 0
    for match in _DOUBLE.finditer(text, lo, hi):
        mark = match.group()
        pos = match.start()
        if mark in "“«„":
            opening = True
        elif mark in "”»":
            opening = False
        else:
            opening = _direction(text, pos, len(mark), lo, hi, open_at is not None)
        if opening:
            if open_at is not None:
                # Two openings in a row: the first one lost its closing mark; end it where this one starts.
                start, end = _strip(text, open_at + open_len, pos)
                if end - start > 2:
                    segments.append(Segment(open_at, start, end, end, unclosed=True))
            open_at, open_len = pos, len(mark)
        else:
            if open_at is None:
                # A closing mark with no opening: the quotation began at the paragraph start or after
                # the previous segment, whichever is later.
                begin = segments[-1].close if segments else lo
                start, end = _strip(text, begin, pos)
                if end - start > 2 and not segments:
                    segments.append(Segment(start, start, end, match.end(), unclosed=True))
                continue
            start, end = _strip(text, open_at + open_len, pos)
            if end > start:
                segments.append(Segment(open_at, start, end, match.end()))
            open_at = None
    if open_at is not None:
        # News convention: a quotation running on into the next paragraph has no closing mark here.
        start, end = _strip(text, open_at + open_len, hi)
        if end - start > 2:
            segments.append(Segment(open_at, start, end, end, unclosed=True))
    # Single quotation marks used as quotes, outside the double-quoted segments.
    taken = [(s.open, s.close) for s in segments]
    for match in _SINGLE_OPEN.finditer(text, lo, hi):
        pos = match.start()
        if any(a <= pos < b for a, b in taken):
            continue
        close = _SINGLE_CLOSE.search(text, pos + 2, min(hi, pos + 600))
        if close is None:
            if text[hi : hi + 8].lstrip()[:1] in {"'", "‘"} and not any(a >= pos for a, _ in taken):
                # News convention: a quotation running on into the next paragraph, which reopens it.
                start, end = _strip(text, pos + 1, hi)
                if end - start > 2:
                    segments.append(Segment(pos, start, end, end, unclosed=True))
                    taken.append((pos, hi))
            continue
        if any(a <= close.start() < b for a, b in taken):
            continue
        inner = text[pos + 1 : close.start()]
        if "\n" in inner:
            continue
        start, end = _strip(text, pos + 1, close.start())
        segments.append(Segment(pos, start, end, close.end()))
        taken.append((pos, close.end()))
    segments.sort(key=lambda s: s.start)
    return segments


def mask(text: str, segments: list[Segment]) -> str:
    """The text with every quoted stretch replaced by a run of one letter, offsets unchanged."""
    if not segments:
        return text
    parts = []
    cursor = 0
    for seg in segments:
        if seg.start < cursor:
            continue
        parts.append(text[cursor : seg.start])
        parts.append(MASK * (seg.end - seg.start))
        cursor = seg.end
    parts.append(text[cursor:])
    return "".join(parts)


_BOUNDARY = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s)|[”\"](?=\s)|''(?=\s)")
_PARTY = re.compile(r"[A-Z][a-z]?-[A-Z][A-Za-z]{1,5}")  # "R-La", "D-Newport"
_WORD = re.compile(r"[\w’'-]+\.?|\S")


def _speaker_follows(masked: str, at: int, hi: int) -> bool:
    """ "“Why now?” Tom Cole asked.", "“Why?” his niece, state Del. Ann Lee (D), shouted.": whether a short
    speaker phrase and a verb of speech after a question or an exclamation carry on its sentence."""
    if not masked[at : at + 1].isupper():
        return False
    for n, m in enumerate(_WORD.finditer(masked, at, min(hi, at + 160))):
        word = m.group()
        if n > 16 or word in {"!", "?", ";", ":", MASK} or word in '“"‘':
            return False
        if word.endswith(".") and len(word) > 1:
            core = word[:-1]
            if not (core.lower() in ABBREVIATIONS or len(core) == 1 or _PARTY.fullmatch(core)):
                return core in PARENTHETICAL  # "… Vitter asked." ends the sentence on its verb
            continue
        if word in PARENTHETICAL:
            return True
    return False


def sentences(text: str, masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``[lo, hi)``, never splitting inside a quotation."""
    spans = []
    start = lo
    for match in _BOUNDARY.finditer(masked, lo, hi):
        end = match.end()
        mark = match.group()
        if mark[0] in "”\"'":
            # A closing mark ends a sentence only when the quotation itself ended with one.
            if match.start() == 0 or text[match.start() - 1] not in ".!?…":
                continue
        elif mark[0] == ".":
            word = re.search(r"([\w.]+)\.$", masked[max(lo, match.start() - 12) : match.start() + 1])
            if word:
                token = word.group(1).lower()
                if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                    continue
                if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                    continue
        nxt = end
        while nxt < hi and masked[nxt].isspace():
            nxt += 1
        if nxt >= hi:
            break
        ch = masked[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in "“\"‘'(" or ch == MASK):
            continue
        if mark[0] in "”\"'" and text[match.start() - 1] in "!?" and _speaker_follows(masked, nxt, hi):
            continue
        spans.append((start, end))
        start = nxt
    if start < hi:
        spans.append((start, hi))
    return spans
