"""HTML → the plain text we store and analyse, plus the metadata the page declares about itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIP = {
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "head",
}
# Elements that end a paragraph (a blank line in the text) or a line.
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "figure",
    "figcaption",
    "header",
    "footer",
    "aside",
    "pre",
    "dd",
    "dt",
}
_LINE = {"br", "td", "th"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")


@dataclass
class HtmlDocument:
    text: str
    title: str | None = None
    published_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    site_name: str | None = None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.authors: list[str] = []
        self.language: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and attributes.get("lang"):
            self.language = attributes["lang"].strip()[:16] or None
        if tag == "meta":
            key = (
                attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
            ).lower()
            content = attributes.get("content", "").strip()
            if key and content:
                if key in _AUTHOR_META:
                    self.authors.append(content)
                self.meta.setdefault(key, content)
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIP and tag not in _VOID:
            self.skip_stack.append(tag)
            return
        if self.skip_stack:
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag in _LINE:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_stack:
            self.parts.append(data)


def _clean(raw: str) -> str:
    raw = raw.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


def parse_datetime(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        parsed = parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None
    # A page's claim outside any plausible date is junk, not an error in the submission.
    return parsed if 1000 <= parsed.year <= 9998 else None


def html_to_document(html: str) -> HtmlDocument:
    parser = _Parser()
    parser.feed(html.replace("\x00", ""))
    parser.close()
    meta = parser.meta
    title = meta.get("og:title") or " ".join("".join(parser.title_parts).split()) or None
    published = None
    for key in _PUBLISHED_META:
        if key in meta:
            published = parse_datetime(meta[key])
            if published:
                break
    authors = []
    for author in parser.authors:
        author = " ".join(author.split())
        if author and not author.startswith("http") and author not in authors:
            authors.append(author)
    return HtmlDocument(
        text=_clean("".join(parser.parts)),
        title=title,
        published_at=published,
        authors=authors,
        language=parser.language,
        site_name=meta.get("og:site_name"),
    )
