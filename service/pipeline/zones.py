"""Main text versus page junk, and wire-service credit lines.

Scraped pages carry navigation, related-headline lists, teasers, bylines and desk codes around the story.
Extraction only looks inside the main zones, so a headline that happens to contain "says" is never a quote.
"""

from __future__ import annotations

import re

from service.pipeline.outlets import lookup_outlet
from service.pipeline.types import Span, WireCredit, Zone

_LINE = re.compile(r"[^\n]+")
_END_PUNCT = re.compile(r"[.!?…][\"”’')\]]*\s*$|[\"”’]\s*$")
# Lines that introduce links or page furniture, whatever follows them.
_JUNK_START = re.compile(
    r"^\W*(read more|read also|also read|see also|related|share this|share on|follow us|subscribe|sign up|"
    r"click here|watch:|listen:|advertisement|photo:|image:|video:|copyright|©|all rights reserved|"
    r"tags?:|topics?:|filed under|updated\b|published\b|posted\b|last updated|more from|recommended|"
    r"you may also like|trending|most read|most popular|back to top|next in|others also read|"
    r"do you have questions|for the latest|download|sponsored|editor'?s note|"
    r"follow\b.*(?:twitter|facebook|@))",
    re.I,
)
# Headings after which the rest of the page is other stories (only honoured late in the page).
_TAIL_START = re.compile(
    r"^\W*(related(?: articles?| stories| news| coverage| content| reading)?|more from\b.*|others also read|"
    r"you may also like|"
    r"recommended( for you)?|most read|trending( now)?|opinion|editorial|more stories|latest news|"
    r"next in\b.*|read next|popular|also on\b.*)\W*$",
    re.I,
)
_DESK_CODE = re.compile(r"^\s*(?:[A-Z]{2,4}\s+){2,}[A-Z]{2,4}\s*$")
_BYLINE = re.compile(r"^\s*(by\s+[A-Z][\w.’' -]+|[A-Z][\w.’' -]{0,60}\s+news\s+desk\b.*)$", re.I)
_CAPTION_CREDIT = re.compile(r"[—–-]\s*(?:photo:?\s*)?[A-Z][\w ]{1,30}\s*$")
_WIRE_PAREN = re.compile(r"\(([A-Z][A-Za-z&. ]{1,40})\)")
_WIRE_INPUT = re.compile(
    r"(?:with\s+)?(?:additional\s+)?(?:input|inputs|reporting|contributions?)\s+(?:by|from)\s+"
    r"(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)
_WIRE_DASH = re.compile(r"^\s*[—–-]\s*([A-Z][\w&. ]{1,40}?)\s*$")


# A wire credit or desk code closing the story's last paragraph: "(PTI)", "PTI ABC DEF", "— Reuters".
TRAILING_CREDIT = re.compile(
    r"\s*(?:\((?:[A-Z][A-Za-z&.]*)(?:\s+[A-Z][A-Za-z&.]*){0,3}\)|(?:[A-Z]{2,4}\s+)+[A-Z]{2,4}|"
    r"[—–]\s*[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3})\s*$"
)
# A headline that ends on quoted words rather than a full stop: "Hallam fans’ group says rise is ‘a kick in
# the teeth’", with or without a bullet.
_TEASER = re.compile(r"^[^“\"‘\n]*\b(?:says|say|warns|urges|calls|slams|vows)\b[^\n]*[\w!?][’'”\"]\s*$")
_BULLET = re.compile(r"^\s*[•·▪►*–-]\s")
_DASH_CREDIT = re.compile(r"[”\"]\s*[―—–-]{1,2}\s*[A-Z][^\n]{0,60}$")


def _is_junk_line(line: str, words: int, late: bool = False) -> bool:
    if (late or _BULLET.match(line)) and _TEASER.match(line) and words <= 25:
        # "• IAEA chief says plant safety is ‘hanging by a thread’": a related headline, quoted words and all
        return True
    if _DASH_CREDIT.search(line) and words >= 6:
        # "“…” ― Ana Ruiz": a quotation credited with a dash, not a caption.
        return False
    if _JUNK_START.search(line) or _DESK_CODE.match(line) or "|" in line:
        return True
    if _BYLINE.match(line) and words <= 12:
        return True
    if line.rstrip().endswith(":") and words >= 2 and re.search(r"\b[a-z]{3,}\b", line):
        # "He said:" introducing a quotation in the next paragraph.
        return False
    core = TRAILING_CREDIT.sub("", line)
    if core != line and _END_PUNCT.search(core) and len(core.split()) >= 12:
        return False  # "… the ministry said. PTI ABC DEF": the story's last paragraph, credit and desk code
    if not _END_PUNCT.search(line):
        # Headlines, navigation and captions stop without a full stop; long runs of prose rarely do.
        return words < 40
    if words <= 3:
        return True
    return bool(_CAPTION_CREDIT.search(line) and words <= 25)


def find_zones(text: str, title: str | None = None) -> tuple[Zone, ...]:
    """Cover ``text`` with main, title and boilerplate zones in text order."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    kinds: list[str] = []
    first_main = None
    tail_from = None
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        words = len(line.split())
        if title is not None:
            # The caller knows the title: the first line is the title only when it says so.
            first_is_title = line.strip() == title.strip()
        else:
            first_is_title = words <= 20 or (words <= 30 and not _END_PUNCT.search(line))
        if index == 0 and first_is_title:
            kinds.append("title")
            continue
        if title is not None and line.strip() == title.strip():
            kinds.append("title")
            continue
        if _is_junk_line(line, words, late=start > len(text) * 0.6):
            kinds.append("boilerplate")
            continue
        if first_main is None:
            first_main = index
        kinds.append("main")
    # Everything after a "Related articles" / "More from" heading in the last part of the page is other
    # stories, even where those teasers are full sentences.
    for index, (start, end) in enumerate(lines):
        if start > len(text) * 0.45 and _TAIL_START.match(text[start:end]):
            tail_from = index
            break
    if tail_from is not None:
        for index in range(tail_from, len(kinds)):
            kinds[index] = "boilerplate"
    zones: list[Zone] = []
    cursor = 0
    for (start, end), kind in zip(lines, kinds, strict=True):
        if zones and zones[-1].kind == kind:
            zones[-1] = Zone(zones[-1].start, end, kind)
        else:
            if zones:
                zones[-1] = Zone(zones[-1].start, start, zones[-1].kind)
            zones.append(Zone(cursor if not zones else start, end, kind))  # type: ignore[arg-type]
        cursor = end
    if not zones:
        return (Zone(0, len(text), "main"),)
    zones[-1] = Zone(zones[-1].start, len(text), zones[-1].kind)
    return tuple(zones)


def find_wire_credits(text: str) -> tuple[WireCredit, ...]:
    """Credit lines naming a wire service: "(PTI)", "with additional input by Anadolu", "—Reuters"."""
    credits: list[WireCredit] = []
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, name: str) -> None:
        outlet = lookup_outlet(name)
        if outlet is None or (start, end) in seen:
            return
        seen.add((start, end))
        credits.append(WireCredit(outlet.name, outlet.kind, Span(start, end, text[start:end])))

    for match in _WIRE_PAREN.finditer(text):
        add(match.start(1), match.end(1), match.group(1))
    for match in _WIRE_INPUT.finditer(text):
        add(match.start(1), match.end(1), match.group(1))
    for line in _LINE.finditer(text):
        dash = _WIRE_DASH.match(line.group())
        if dash:
            add(line.start() + dash.start(1), line.start() + dash.end(1), dash.group(1))
        code = _DESK_CODE.match(line.group())
        if code:
            first = line.group().split()[0]
            offset = line.start() + line.group().index(first)
            add(offset, offset + len(first), first)
    credits.sort(key=lambda c: c.mention.start)
    return tuple(credits)


# "© 2026 Tennant Vale Echo, part of Midshire Media Ltd.", "Copyright 2026 The Deccan Courier"
_COPYRIGHT = re.compile(
    r"(?:(?:[Cc]opyright|COPYRIGHT)\s*)?(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
    r"(?:[Tt]he\s+|THE\s+)?((?!All\b)[A-Z][\w&’'-]*(?:[ \t]+(?:&[ \t]+)?(?!All\b)[A-Z][\w&’'-]*){0,4})"
)
# A masthead line: a few capitalised words and nothing else ("Tennant Vale Echo", "THE DECCAN COURIER").
# Single spaces only: "Health   Science   Climate" is a navigation line.
_MASTHEAD = re.compile(r"\s*(?:(?:The|THE) )?([A-Z][\w&’'.-]*(?: (?:of )?[A-Z][\w&’'.-]*){0,4})\s*")


def _wire(name: str) -> bool:
    """ "Thomson Reuters", "Agence France-Presse": a copyright line for wire copy names the wire, which
    stays an intermediary ("told Reuters") on the page that republishes it."""
    words = name.split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any((o := lookup_outlet(span)) is not None and o.kind == "news_agency" for span in spans)


def publisher_names(text: str, zones: tuple[Zone, ...]) -> tuple[str, ...]:
    """The name of the outlet that publishes the page, from its masthead (the first line, when that line is
    page junk and only a short name) and its copyright line: "told the Echo" on the Tennant Vale Echo's
    own page names no intermediary."""
    names = []
    first = _LINE.search(text)
    if first is not None and any(
        z.kind in {"boilerplate", "title"} and z.start <= first.start() and first.end() <= z.end
        for z in zones
    ):
        m = _MASTHEAD.fullmatch(first.group())
        if m is not None and len(m.group(1).split()) <= 4:
            names.append(m.group(1))
    names += [m.group(1) for m in _COPYRIGHT.finditer(text)]
    return tuple(name for name in names if not _wire(name))
