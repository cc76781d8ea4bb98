"""Every error is an RFC 9457 problem document, and nothing a client sends gives a 500."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from service import create_app
from service.db import get_database
from service.store.models import Article

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
PROBLEM_KEYS = {"type", "title", "status", "detail", "instance"}


def assert_problem(response, status: int) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True)[:500])
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert set(body) >= PROBLEM_KEYS and body["status"] == status
    if status == 422:
        assert body["errors"] and all({"field", "location", "message"} <= set(e) for e in body["errors"])
    return body


@pytest.mark.parametrize("path", ["/nope", "/v1", "/v1/nothing", "/v1/articles/1/nothing", "/v2/articles"])
def test_unknown_route_is_404_problem(client, path) -> None:
    body = assert_problem(client.get(path), 404)
    assert body["instance"] == path


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("put", "/v1/articles"),
        ("patch", "/v1/articles/1"),
        ("post", "/v1/quotations"),
        ("delete", "/v1/speakers/1"),
        ("get", "/v1/extract"),
        ("post", "/health"),
    ],
)
def test_wrong_method_is_405_problem_with_allow(client, auth, method, path) -> None:
    response = getattr(client, method)(path, headers=auth)
    assert_problem(response, 405)
    assert response.headers.get("Allow")


@pytest.mark.parametrize(
    "path",
    [
        "/v1/articles/abc",
        "/v1/articles/-1",
        "/v1/articles/1.5",
        "/v1/articles/99999999999999999999",
        "/v1/quotations/0x1",
        "/v1/speakers/%00",
        "/v1/outlets/1e3",
        "/v1/articles/2147483648/quotations",
    ],
)
def test_non_integer_or_huge_ids_are_404(client, path) -> None:
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/articles/0",
        "/v1/articles/2147483647",
        "/v1/quotations/0",
        "/v1/speakers/7",
        "/v1/outlets/2147483647/articles",
    ],
)
def test_absent_ids_are_404(client, path) -> None:
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=-5",
        "limit=101",
        "limit=99999999999999999999999",
        "limit=abc",
        "limit=1.5",
        "limit=",
        "cursor=",
        "cursor=abc",
        "cursor=%00%01",
        "cursor=aWQ6LTE",
        "cursor=aWQ6OTk5OTk5OTk5OTk5OTk5OTk5OTk5",
        "cursor=" + "A" * 5000,
        "published_after=yesterday",
        "published_before=2024-02-30",
        "published_after=99999-01-01",
        "published_after=0001-01-01T00:00:00%2B05:00",
        "published_before=9999-12-31T23:00:00-05:00",
        "published_after=0999-12-31",
        "q=",
        "q=" + "x" * 501,
        "q=%00",
        "outlet_id=abc",
        "outlet_id=0",
        "outlet_id=99999999999",
        "unknown=1",
    ],
)
@pytest.mark.parametrize("path", ["/v1/articles", "/v1/quotations", "/v1/speakers", "/v1/outlets"])
def test_junk_query_is_422_never_500(client, path, query) -> None:
    # On speakers and outlets the date and outlet filters do not exist: unknown parameters, also 422.
    assert_problem(client.get(f"{path}?{query}"), 422)


def test_repeated_parameter_uses_the_first(client) -> None:
    assert client.get("/v1/articles?limit=1&limit=x").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "speaker_id=abc",
        "speaker_id=-1",
        "speaker=",
        "speaker=%00",
        "kind=quote",
        "kind=",
        "via=",
        "via_outlet_id=x",
        "speaker=" + "y" * 301,
    ],
)
def test_junk_quotation_filters_are_422(client, query) -> None:
    assert_problem(client.get(f"/v1/quotations?{query}"), 422)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/speakers?kind=alien",
        "/v1/outlets?kind=blog",
        "/v1/articles/1/quotations?x=1",
        "/v1/speakers/1/quotations?limit=500",
        "/v1/outlets/1/articles?cursor=nope",
    ],
)
def test_junk_on_sub_resources_is_422(client, path) -> None:
    assert_problem(client.get(path), 422)


def test_unicode_query_values_are_fine(client) -> None:
    for value in ("Zakharowa ß 中国 😀", "'; DROP TABLE articles; --", "%_\\", "a" * 500):
        response = client.get("/v1/quotations", query_string={"q": value, "speaker": value[:300]})
        assert response.status_code == 200
        assert response.get_json()["items"] == []


def test_non_json_post_is_415(client, auth) -> None:
    for kwargs in (
        {"data": "text=hello"},
        {"data": "text=hi", "content_type": "application/x-www-form-urlencoded"},
        {"data": b"hello", "content_type": "text/plain"},
    ):
        assert_problem(client.post("/v1/articles", headers=auth, **kwargs), 415)
        assert_problem(client.post("/v1/extract", **kwargs), 415)


@pytest.mark.parametrize("raw", [b"{", b"{'text': 'x'}", b'{"text": "x",}', b"", b"nul\x00", b'{"text": NaN'])
def test_malformed_json_is_400(client, auth, raw) -> None:
    body = assert_problem(
        client.post("/v1/articles", data=raw, content_type="application/json", headers=auth), 400
    )
    assert body["errors"][0]["location"] == "body"
    assert_problem(client.post("/v1/extract", data=raw, content_type="application/json"), 400)


def test_invalid_utf8_is_400(client, auth, db) -> None:
    raw = b'{"text": "caf\xe9 \xff"}'
    body = assert_problem(
        client.post("/v1/articles", data=raw, content_type="application/json", headers=auth), 400
    )
    assert "UTF-8" in body["detail"]
    assert_problem(client.post("/v1/extract", data=raw, content_type="application/json"), 400)
    assert db.scalar(select(func.count()).select_from(Article)) == 0


def test_lone_surrogate_is_422(client, auth) -> None:
    raw = b'{"text": "bad \\ud800 surrogate"}'
    body = assert_problem(
        client.post("/v1/articles", data=raw, content_type="application/json", headers=auth), 422
    )
    assert body["errors"][0]["field"] == "text"
    assert_problem(client.post("/v1/extract", data=raw, content_type="application/json"), 422)


@pytest.mark.parametrize("app_config", [{"MAX_CONTENT_LENGTH": 2000}])
def test_body_over_the_cap_is_413(client, auth, app_config) -> None:
    big = {"text": "word " * 1000}
    assert_problem(client.post("/v1/articles", json=big, headers=auth), 413)
    assert_problem(client.post("/v1/extract", json=big), 413)
    assert client.post("/v1/extract", json={"text": "small enough."}).status_code == 200


def test_database_unreachable_is_503(make_client, tmp_path) -> None:
    for url in (
        f"sqlite:///{tmp_path}/missing/dir/db.sqlite3",
        "postgresql+psycopg://postgres@127.0.0.1:1/none",
    ):
        app = create_app({"DATABASE_URL": url, "API_KEYS": ("k",)})
        client = make_client(app)
        for response in (
            client.get("/health"),
            client.get("/v1/articles"),
            client.get("/v1/quotations/1"),
            client.post("/v1/articles", json={"text": "Some text."}, headers={"X-API-Key": "k"}),
        ):
            body = assert_problem(response, 503)
            assert response.headers["Retry-After"]
            assert "password" not in body["detail"] and "127.0.0.1" not in body["detail"]
        get_database(app).dispose()


class FlakyProxy:
    """A TCP forwarder to PostgreSQL that can be cut and restored, to simulate the database going away."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.listener: socket.socket | None = None

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self.lock:
            if self.listener is not None:
                # shutdown() wakes the thread blocked in accept(); close() alone would leave it listening.
                with contextlib.suppress(OSError):
                    self.listener.shutdown(socket.SHUT_RDWR)
                self.listener.close()
                self.listener = None
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def test_database_outage_gives_503_and_recovers(make_client, postgres_url) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    proxy = FlakyProxy(url.host or "127.0.0.1", url.port or 5432)
    proxy.up()
    app = create_app({"DATABASE_URL": url.set(host="127.0.0.1", port=proxy.port).render_as_string(False)})
    client = make_client(app)
    try:
        assert client.get("/health").status_code == 200
        assert client.get("/v1/articles").status_code == 200
        proxy.down()
        assert_problem(client.get("/health"), 503)
        assert_problem(client.get("/v1/articles"), 503)
        proxy.up()
        # No restart: pool_pre_ping replaces the dead pooled connection on the next checkout.
        assert client.get("/health").status_code == 200
        assert client.get("/v1/articles").status_code == 200
    finally:
        proxy.down()
        get_database(app).dispose()


def test_a_bug_is_a_500_problem_without_internals_and_no_partial_rows(client, auth, db, monkeypatch) -> None:
    from service.store import articles as article_store

    original = article_store.quotation_store.quotation_row
    calls = {"n": 0}

    def failing(*args: Any, **kwargs: Any):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("secret internal detail")
        return original(*args, **kwargs)

    monkeypatch.setattr(article_store.quotation_store, "quotation_row", failing)
    text = '"One," Ann Lee said.\n\n"Two," Ann Lee said.\n\n"Three," Ann Lee said.'
    monkeypatch.setattr("service.store.articles.analyse", lambda t, title=None: _three_quotations(t))
    response = client.post("/v1/articles", json={"text": text, "outlet": "Brand New Outlet"}, headers=auth)
    body = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert body["title"] == "Internal Server Error"
    for table in ("articles", "article_versions", "quotations", "speakers", "outlets"):
        assert db.execute(text_sql(f"SELECT COUNT(*) FROM {table}")).scalar() == 0, table
    # The app is still healthy afterwards.
    assert client.get("/health").status_code == 200


def text_sql(sql: str):
    from sqlalchemy import text

    return text(sql)


def _three_quotations(text: str):
    from service.pipeline.types import Analysis, Quotation, Span, Speaker, Zone

    quotations = []
    for word in ("One,", "Two,", "Three,"):
        start = text.index(word)
        mention_at = text.index("Ann Lee", start)
        quotations.append(
            Quotation(
                kind="direct",
                content=Span(start, start + len(word), word),
                sentence=Span(start - 1, start + len(word) + 1, text[start - 1 : start + len(word) + 1]),
                speaker=Speaker("Ann Lee", "person", Span(mention_at, mention_at + 7, "Ann Lee"), "named"),
                cue=None,
            )
        )
    return Analysis(tuple(quotations), (Zone(0, len(text), "main"),), extractor_version="t")
