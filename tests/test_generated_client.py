"""End to end through the contract: a client generated from openapi.yaml drives the real gunicorn server.

The client is generated from the committed openapi.yaml with openapi-python-client, the server is
`quotetrail serve` (gunicorn, the app factory) on a free loopback port with a migrated temporary SQLite
database, and an example article goes in and its speaker's quotations come out through the generated code.
"""

from __future__ import annotations

import importlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import requests

from service.cli import read_article_file
from service.store.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "08-football-signing.txt"
API_KEY = "generated-client-test-key"
STARTUP_TIMEOUT = 90.0  # seconds; a worker loads the app (and the extractor's models) before it answers
PACKAGE = "quotetrail_generated_client"
# application/yaml (GET /openapi.yaml) is plain text to the generator; no post-hooks (no ruff on its PATH).
GENERATOR_CONFIG = "post_hooks: []\ncontent_type_overrides:\n  application/yaml: text/plain\n"


def _tool(name: str) -> str:
    """A console script of this environment (next to the running interpreter), else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client package generated from openapi.yaml, importable for this module's tests."""
    where = tmp_path_factory.mktemp("client")
    config = where / "config.yaml"
    config.write_text(GENERATOR_CONFIG, encoding="utf-8")
    result = subprocess.run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(ROOT / "openapi.yaml"),
            "--output-path",
            str(where / PACKAGE),
            "--meta",
            "none",
            "--config",
            str(config),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(where))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(where))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`quotetrail serve` on a free loopback port over a freshly migrated SQLite file; its base URL."""
    where = tmp_path_factory.mktemp("server")
    database_url = f"sqlite:///{where / 'e2e.sqlite3'}"
    upgrade(database_url)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "QUOTETRAIL_DATABASE_URL": database_url, "QUOTETRAIL_API_KEYS": API_KEY}
    log_path = where / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [_tool("quotetrail"), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group: gunicorn's master and worker are stopped together, whatever happens.
            start_new_session=True,
        )
    try:
        _wait_until_healthy(base_url, process, log_path)
        yield base_url
    finally:
        _stop(process)


def _wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"the server exited with {process.returncode}:\n{log_path.read_text(errors='replace')}"
            )
        try:
            if requests.get(f"{base_url}/health", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.25)
    pytest.fail(f"no healthy server within {STARTUP_TIMEOUT:.0f} s:\n{log_path.read_text(errors='replace')}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


def _module(generated: ModuleType, name: str) -> Any:
    return importlib.import_module(f"{generated.__name__}.{name}")


def test_generated_client_ingests_and_lists_a_speakers_quotations(generated: ModuleType, server: str) -> None:
    create_article = _module(generated, "api.articles.create_article")
    list_quotations = _module(generated, "api.quotations.list_quotations")
    get_health = _module(generated, "api.system.get_health")
    models = _module(generated, "models")

    client = generated.Client(base_url=server, headers={"X-API-Key": API_KEY}, timeout=120.0)
    health = get_health.sync(client=client)
    assert isinstance(health, models.Health) and health.status == "ok"

    example = read_article_file(EXAMPLE)
    body = models.ArticleCreate(
        text=example.body,
        title=example.title,
        outlet=example.outlet,
        published_at=example.published_at,
        authors=list(example.authors),
    )
    created = create_article.sync_detailed(client=client, body=body)
    assert created.status_code == 201, created.content
    article = created.parsed
    assert isinstance(article, models.Article)
    assert article.title == example.title
    assert article.outlet.name == "Southern Chronicle"

    # The coach's quotation: a direct quote with a named speaker right after it ("…," Nair said).
    coach = [q for q in article.quotations if "reads the game two passes ahead" in q.text]
    assert len(coach) == 1, [q.text for q in article.quotations]
    quotation = coach[0]
    assert example.body[quotation.start : quotation.end] == quotation.text
    assert quotation.speaker is not None and "Nair" in quotation.speaker.name

    by_id = list_quotations.sync(client=client, speaker_id=quotation.speaker.id, limit=100)
    assert isinstance(by_id, models.QuotationPage)
    assert quotation.id in [q.id for q in by_id.items]
    assert {q.speaker.id for q in by_id.items} == {quotation.speaker.id}
    assert all(q.article.id == article.id for q in by_id.items)

    by_name = list_quotations.sync(client=client, speaker="nair", limit=100)
    assert isinstance(by_name, models.QuotationPage)
    assert quotation.id in [q.id for q in by_name.items]

    again = create_article.sync_detailed(client=client, body=body)
    assert again.status_code == 200
    assert again.parsed.id == article.id


def test_generated_client_reads_problem_details(generated: ModuleType, server: str) -> None:
    create_article = _module(generated, "api.articles.create_article")
    models = _module(generated, "models")

    anonymous = generated.Client(base_url=server, timeout=30.0)
    refused = create_article.sync_detailed(client=anonymous, body=models.ArticleCreate(text="He said “no”."))
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert isinstance(refused.parsed, models.Problem) and refused.parsed.status == 401
