"""Fetching an article by URL: bounded in time, size, redirects and content type.

Redirects are followed one hop at a time so every hop is checked like the first URL: http(s) only and,
unless allowed, no private, loopback or link-local address (the service must not be a door into its own
network).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from service.errors import Problem

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: tuple[float, float] = (5.0, 15.0)  # connect, read (per chunk)
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "QuoteTrail/1.0"
    allow_private: bool = False
    total_seconds: float = 30.0  # the whole transfer, so a server dripping bytes cannot hold a worker


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # "text/html" or "text/plain"
    body: str


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """GET ``url``, or a Problem: 422 for what the URL is or points at, 502 for the upstream failing."""
    limits = limits or FetchLimits()
    with requests.Session() as http:
        http.trust_env = False  # no proxies or netrc from the server's environment
        for _hop in range(limits.max_redirects + 1):
            _check_target(url, limits)
            try:
                response = http.get(
                    url,
                    timeout=limits.timeout,
                    stream=True,
                    allow_redirects=False,
                    headers={"User-Agent": limits.user_agent, "Accept": "text/html, text/plain;q=0.9"},
                )
            except requests.Timeout:
                raise _upstream("the server did not answer in time") from None
            except requests.RequestException as exc:
                raise _upstream(f"could not connect ({exc.__class__.__name__})") from None
            if response.is_redirect:
                location = response.headers.get("Location", "")
                response.close()
                url = urljoin(url, location)
                continue
            with response:
                return _read(response, url, limits)
    raise _upstream(f"more than {limits.max_redirects} redirects")


def _check_target(url: str, limits: FetchLimits) -> None:
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port outside 0-65535
    except ValueError:
        raise Problem(422, "url is not a valid URL", errors=[_err("not a valid URL")]) from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise Problem(
            422, "url must be an absolute http(s) URL", errors=[_err("must be an absolute http(s) URL")]
        )
    if limits.allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, port or (443 if parts.scheme == "https" else 80))
    except (OSError, UnicodeError):
        raise _upstream(f"the host {parts.hostname} could not be resolved") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise Problem(
                422,
                f"url points to a non-public address ({parts.hostname})",
                errors=[_err("points to a private, loopback or reserved address")],
            )


def _read(response: requests.Response, url: str, limits: FetchLimits) -> Fetched:
    if response.status_code >= 400:
        raise _upstream(f"the server answered {response.status_code}")
    if response.status_code != 200:
        raise _upstream(f"the server answered {response.status_code}, not 200")
    header = response.headers.get("Content-Type", "")
    media_type = header.split(";")[0].strip().lower()
    if media_type not in ACCEPTED_TYPES:
        raise Problem(
            422,
            f"url serves {media_type or 'no content type'}; accepted: text/html, text/plain",
            errors=[_err(f"unsupported content type {media_type or '(none)'}")],
        )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(limits.max_bytes)
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + limits.total_seconds
    try:
        for chunk in response.iter_content(chunk_size=65536):
            if time.monotonic() > deadline:
                raise _upstream(f"the transfer took longer than {limits.total_seconds:g} seconds")
            size += len(chunk)
            if size > limits.max_bytes:
                raise _too_large(limits.max_bytes)  # stop reading: never buffer more than the cap
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise _upstream(f"the transfer failed ({exc.__class__.__name__})") from None
    raw = b"".join(chunks)
    encoding = response.encoding if "charset=" in header.lower() else None
    if encoding is None and media_type != "text/plain":
        match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", raw[:4096], re.I)
        encoding = match.group(1).decode("ascii") if match else None
    try:
        body = raw.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        body = raw.decode("utf-8", errors="replace")
    kind = "text/plain" if media_type == "text/plain" else "text/html"
    return Fetched(url=url, content_type=kind, body=body.replace("\x00", ""))


def _err(message: str) -> dict[str, str]:
    return {"field": "url", "location": "body", "message": message}


def _upstream(reason: str) -> Problem:
    return Problem(502, f"Could not fetch the url: {reason}.", title="Upstream fetch failed")


def _too_large(cap: int) -> Problem:
    return Problem(
        422, f"the page at url is larger than {cap} bytes", errors=[_err(f"larger than {cap} bytes")]
    )
