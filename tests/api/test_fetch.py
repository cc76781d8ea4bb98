"""POST /v1/articles with a url: fetched with limits, converted, and every failure a clear problem."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = (
    "<html lang='en'><head><title>Dock strike</title>"
    "<meta property='article:published_time' content='2024-04-05T06:07:08+00:00'></head>"
    "<body><nav>Menu</nav><p>Workers stopped at dawn.</p>"
    '<p>"We are not moving," Lee Park said.</p></body></html>'
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def send(
        self, status: int, body: bytes, content_type: str | None, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path
        if path == "/article.html":
            self.send(200, PAGE.encode(), "text/html; charset=utf-8")
        elif path == "/plain.txt":
            self.send(200, b'Plain words. "Fine," Ana Ruiz said.', "text/plain")
        elif path == "/latin1.html":
            self.send(
                200, "<p>Caf\u00e9 owners complained.</p>".encode("latin-1"), "text/html; charset=iso-8859-1"
            )
        elif path == "/pdf":
            self.send(200, b"%PDF-1.4", "application/pdf")
        elif path == "/untyped":
            self.send(200, b"<p>no type</p>", None)
        elif path == "/empty.html":
            self.send(200, b"<script>x()</script>", "text/html")
        elif path == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(10_000):  # 640 MB if nobody stops reading
                    self.wfile.write(b"<p>" + b"x" * 65_000 + b"</p>")
            except OSError:
                pass
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/article.html" if left == 0 else f"/hop/{left - 1}"
            self.send(302, b"", "text/plain", {"Location": target})
        elif path == "/loop":
            self.send(301, b"", "text/plain", {"Location": "/loop"})
        elif path == "/to-ftp":
            self.send(302, b"", "text/plain", {"Location": "ftp://example.com/file"})
        elif path == "/slow":
            time.sleep(2)
            self.send(200, PAGE.encode(), "text/html")
        elif path == "/boom":
            self.send(500, b"oops", "text/plain")
        else:
            self.send(404, b"missing", "text/plain")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the service hanging up on /endless is the point of that test


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL_FETCH = {
    "FETCH_ALLOW_PRIVATE": True,
    "FETCH_TIMEOUT": (1.0, 0.5),
    "FETCH_MAX_BYTES": 200_000,
    "FETCH_MAX_REDIRECTS": 3,
}


@pytest.mark.parametrize("app_config", [LOCAL_FETCH])
def test_url_is_fetched_and_converted(post_article, server, app_config) -> None:
    body = post_article(url=f"{server}/article.html")
    assert body["url"] == f"{server}/article.html"
    assert body["text"] == 'Workers stopped at dawn.\n\n"We are not moving," Lee Park said.'
    assert body["title"] == "Dock strike"
    assert body["published_at"] == "2024-04-05T06:07:08+00:00" and body["published_at_source"] == "html_meta"
    again = post_article(expected=200, url=f"{server}/article.html")
    assert again["id"] == body["id"]


@pytest.mark.parametrize("app_config", [LOCAL_FETCH])
def test_plain_text_and_charsets(post_article, server, app_config) -> None:
    assert post_article(url=f"{server}/plain.txt")["text"] == 'Plain words. "Fine," Ana Ruiz said.'
    assert post_article(url=f"{server}/latin1.html")["text"] == "Caf\u00e9 owners complained."


@pytest.mark.parametrize("app_config", [LOCAL_FETCH])
def test_redirects_are_followed_within_the_bound(post_article, server, app_config) -> None:
    body = post_article(url=f"{server}/hop/2")  # three redirects: the most allowed
    assert body["url"] == f"{server}/article.html"  # where the article really is


@pytest.mark.parametrize("app_config", [LOCAL_FETCH])
@pytest.mark.parametrize(
    ("path", "status", "reason"),
    [
        ("/pdf", 422, "application/pdf"),
        ("/untyped", 422, "no content type"),
        ("/empty.html", 422, "no article text"),
        ("/declared-huge", 422, "larger than"),
        ("/endless", 422, "larger than"),
        ("/hop/3", 502, "redirects"),
        ("/loop", 502, "redirects"),
        ("/to-ftp", 422, "http(s)"),
        ("/slow", 502, "in time"),
        ("/boom", 502, "500"),
        ("/missing", 502, "404"),
    ],
)
def test_unfetchable_urls_are_problems(client, auth, server, app_config, path, status, reason) -> None:
    started = time.monotonic()
    response = client.post("/v1/articles", json={"url": f"{server}{path}"}, headers=auth)
    assert response.status_code == status, response.get_json()
    assert response.mimetype == "application/problem+json"
    assert reason in response.get_json()["detail"]
    assert time.monotonic() - started < 5
    assert client.get("/v1/articles").get_json()["items"] == []


@pytest.mark.parametrize("app_config", [LOCAL_FETCH])
def test_connection_refused_is_502(client, auth, app_config) -> None:
    response = client.post("/v1/articles", json={"url": "http://127.0.0.1:1/x"}, headers=auth)
    assert response.status_code == 502
    assert "could not connect" in response.get_json()["detail"]


@pytest.mark.parametrize("url", ["http://example.com:99999/", "http://example.com:-1/", "http://[::1/"])
def test_malformed_urls_are_422(client, auth, url) -> None:
    response = client.post("/v1/articles", json={"url": url}, headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "url"


def test_unresolvable_host_is_502(client, auth) -> None:
    response = client.post("/v1/articles", json={"url": "http://no-such-host.invalid/x"}, headers=auth)
    assert response.status_code == 502


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://[::1]/x",
        "http://169.254.169.254/latest/meta-data",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
    ],
)
def test_private_addresses_are_refused_by_default(client, auth, url) -> None:
    response = client.post("/v1/articles", json={"url": url}, headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "url"
