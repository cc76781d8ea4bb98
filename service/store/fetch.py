"""Fetching an article by URL: bounded in time, size, redirects and content type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from service.errors import Problem

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: tuple[float, float] = (5.0, 15.0)
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "QuoteTrail/1.0"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # "text/html" or "text/plain"
    body: str


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """GET ``url``; a Problem (422 for what the URL points at, 502 for the upstream failing) otherwise."""
    limits = limits or FetchLimits()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise Problem(422, "url must be an absolute http(s) URL", errors=[_err("url must be http(s)")])
    with requests.Session() as http:
        http.max_redirects = limits.max_redirects
        try:
            response = http.get(
                url,
                timeout=limits.timeout,
                stream=True,
                headers={"User-Agent": limits.user_agent, "Accept": "text/html, text/plain;q=0.9"},
            )
        except requests.TooManyRedirects:
            raise _upstream(f"more than {limits.max_redirects} redirects") from None
        except requests.Timeout:
            raise _upstream("the server did not answer in time") from None
        except requests.RequestException as exc:
            raise _upstream(f"could not connect ({exc.__class__.__name__})") from None
        with response:
            if response.status_code >= 400:
                raise _upstream(f"the server answered {response.status_code}")
            media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if media_type not in ACCEPTED_TYPES:
                raise Problem(
                    422,
                    f"url serves {media_type or 'no content type'}; accepted: text/html, text/plain",
                    errors=[_err(f"unsupported content type {media_type or '(none)'}")],
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise _too_large(limits.max_bytes)
            chunks: list[bytes] = []
            size = 0
            try:
                for chunk in response.iter_content(chunk_size=65536):
                    size += len(chunk)
                    if size > limits.max_bytes:
                        raise _too_large(limits.max_bytes)
                    chunks.append(chunk)
            except requests.RequestException as exc:
                raise _upstream(f"the transfer failed ({exc.__class__.__name__})") from None
            raw = b"".join(chunks)
            encoding = (
                response.encoding if "charset" in response.headers.get("Content-Type", "").lower() else None
            )
    if encoding is None and media_type != "text/plain":
        match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", raw[:4096], re.I)
        encoding = match.group(1).decode("ascii") if match else None
    try:
        body = raw.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        body = raw.decode("utf-8", errors="replace")
    kind = "text/plain" if media_type == "text/plain" else "text/html"
    return Fetched(url=response.url or url, content_type=kind, body=body.replace("\x00", ""))


def _err(message: str) -> dict[str, str]:
    return {"field": "url", "location": "body", "message": message}


def _upstream(reason: str) -> Problem:
    return Problem(502, f"Could not fetch the url: {reason}.", title="Upstream fetch failed")


def _too_large(cap: int) -> Problem:
    return Problem(
        422, f"the page at url is larger than {cap} bytes", errors=[_err(f"larger than {cap} bytes")]
    )
