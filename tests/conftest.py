"""Fixtures: app, client, db — a clean database per test, on SQLite always and on PostgreSQL as well
when TEST_DATABASE_URL is set (every database test then runs once per backend).

SQLite: the schema is migrated once into a template file; each test gets its own copy.
PostgreSQL: the schema is migrated once per session; each test runs inside an outer transaction that is
rolled back at the end (sessions join it through savepoints, so the code's own commits stay inside).
Tests that need real commits across connections use ``committing_app`` instead, which empties the tables
afterwards.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from service import create_app
from service.db import Database, get_database, make_engine
from service.pipeline.outlets import lookup_outlet
from service.pipeline.types import Analysis, Quotation, Span, Speaker, Via, Zone
from service.store.migrate import upgrade
from service.store.models import Base

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_PATH = ROOT / "openapi.yaml"
API_KEY = "test-key-1"
OTHER_KEY = "test-key-2"

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
BACKENDS = ["sqlite", *(["postgresql"] if TEST_DATABASE_URL else [])]


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("schema") / "template.sqlite3"
    url = f"sqlite:///{path}"
    upgrade(url)
    # Fold the WAL into the main file so a plain copy carries the whole schema.
    engine = make_engine(url)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """TEST_DATABASE_URL with the schema dropped and migrated afresh, once per session."""
    if not TEST_DATABASE_URL:
        pytest.skip("needs PostgreSQL: set TEST_DATABASE_URL")
    engine = make_engine(TEST_DATABASE_URL)
    with engine.begin() as connection:
        # Whatever an earlier run or migration left (tables, triggers, functions) goes with the schema.
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    upgrade(TEST_DATABASE_URL)
    yield TEST_DATABASE_URL


def _config(url: str, **extra: Any) -> dict[str, Any]:
    return {"TESTING": True, "DATABASE_URL": url, "API_KEYS": (API_KEY, OTHER_KEY), **extra}


@pytest.fixture
def app_config() -> dict[str, Any]:
    """Extra settings for this test's app (override in a module or test to change them)."""
    return {}


@pytest.fixture
def app(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, app_config: dict[str, Any]
) -> Iterator[Flask]:
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(template, path)
        app = create_app(_config(f"sqlite:///{path}", **app_config))
        yield app
        get_database(app).dispose()
        return
    url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    connection = engine.connect()
    outer = connection.begin()
    database = Database(engine)
    database.bind_to_connection(connection)
    app = create_app(_config(url, DATABASE=database, **app_config))
    yield app
    outer.rollback()
    connection.close()
    engine.dispose()


@pytest.fixture
def committing_app(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app whose sessions really commit (for tests across connections); the tables are emptied after."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "committing.sqlite3"
        shutil.copyfile(template, path)
        app = create_app(_config(f"sqlite:///{path}"))
        yield app
        get_database(app).dispose()
        return
    url = request.getfixturevalue("postgres_url")
    app = create_app(_config(url))
    yield app
    database = get_database(app)
    with database.engine.begin() as connection:
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    database.dispose()


@pytest.fixture
def db(app: Flask) -> Iterator[Session]:
    """A session on the test's database (on PostgreSQL it sees the test transaction's rows)."""
    session = get_database(app).new_session()
    yield session
    session.close()


# --- the validating test client -------------------------------------------------------------------------


_openapi: Any = None


def openapi_document() -> Any:
    """openapi.yaml as committed, loaded once (the contract every response must satisfy)."""
    global _openapi
    if _openapi is None:
        from openapi_core import Config, OpenAPI
        from openapi_core.deserializing.media_types.util import json_loads

        # openapi-core knows application/json; problem documents are JSON too.
        config = Config(extra_media_type_deserializers={"application/problem+json": json_loads})
        _openapi = OpenAPI.from_dict(yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8")), config=config)
    return _openapi


class ValidatingClient(FlaskClient):
    """A Flask test client that checks every response against openapi.yaml."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        response = super().open(*args, **kwargs)
        validate_against_contract(response)
        return response


def validate_against_contract(response: Any) -> None:
    from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
    from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound

    class RequestWithoutBody(WerkzeugOpenAPIRequest):
        # The request body was consumed by the app; validating a response only needs method and path.
        @property
        def body(self) -> bytes | None:
            return None

    if response.request.path in ("/openapi.yaml", "/openapi.json") or response.request.path.startswith(
        "/docs"
    ):
        return
    openapi = openapi_document()
    try:
        openapi.validate_response(RequestWithoutBody(response.request), WerkzeugOpenAPIResponse(response))
    except (PathNotFound, OperationNotFound):
        if response.request.method in ("HEAD", "OPTIONS"):
            return  # answered by Flask itself for every route; not part of the contract
        # No operation matches (an unknown route or method): nothing in the contract to check against,
        # but the error must still be a problem document.
        assert response.status_code in (404, 405), response.status_code
        assert response.mimetype == "application/problem+json"


def validating_client(app: Flask) -> FlaskClient:
    app.test_client_class = ValidatingClient
    return app.test_client()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return validating_client(app)


@pytest.fixture
def make_client():
    """A contract-validating test client for an app the test built itself."""
    return validating_client


@pytest.fixture
def test_database_url() -> str:
    """TEST_DATABASE_URL, or the test is skipped (it needs a real PostgreSQL server)."""
    if not TEST_DATABASE_URL:
        pytest.skip("needs PostgreSQL: set TEST_DATABASE_URL")
    return TEST_DATABASE_URL


@pytest.fixture
def auth() -> dict[str, str]:
    return {"X-API-Key": API_KEY}


# --- a scripted extractor for store and API tests ----------------------------------------------------


@dataclass(frozen=True)
class Said:
    """One quotation the scripted extractor reports wherever ``quote`` occurs in a text."""

    quote: str
    speaker: str | None
    mention: str | None = None  # defaults to the speaker's name
    cue: str | None = "said"
    via: tuple[tuple[str, str], ...] = ()  # (outlet name, mention text)
    kind: str = "direct"
    resolution: str = "named"
    role: str | None = None
    speaker_kind: str = "person"
    aliases: tuple[str, ...] = ()


@pytest.fixture
def script_extraction(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Replace the extractor for this test with a script, so store/API behaviour (speakers, vias,
    filters) is tested independently of extraction quality, which tests/pipeline measures."""

    def install(*script: Said) -> None:
        def analyse(text: str, *, title: str | None = None) -> Analysis:
            quotations = []
            for said in script:
                start = text.find(said.quote)
                if start < 0:
                    continue
                end = start + len(said.quote)

                def span(needle: str | None, after: int = end) -> Span | None:
                    if not needle:
                        return None
                    at = text.find(needle, after)
                    at = at if at >= 0 else text.find(needle)
                    assert at >= 0, f"{needle!r} not in the text"
                    return Span(at, at + len(needle), needle)

                mention = span(said.mention or said.speaker)
                speaker = None
                if said.speaker or mention:
                    speaker = Speaker(
                        name=said.speaker,
                        kind=said.speaker_kind if said.speaker else "unknown",  # type: ignore[arg-type]
                        mention=mention,
                        resolution=said.resolution,  # type: ignore[arg-type]
                        role=said.role,
                        aliases=said.aliases,
                    )
                vias = tuple(
                    Via(
                        name=name,
                        kind=lookup.kind if (lookup := lookup_outlet(name)) else "other",
                        mention=span(m),
                    )  # type: ignore[arg-type]
                    for name, m in said.via
                )
                sentence_start = text.rfind("\n", 0, start) + 1
                sentence_end = text.find("\n", end)
                sentence_end = len(text) if sentence_end < 0 else sentence_end
                quotations.append(
                    Quotation(
                        kind=said.kind,  # type: ignore[arg-type]
                        content=Span(start, end, said.quote),
                        sentence=Span(sentence_start, sentence_end, text[sentence_start:sentence_end]),
                        speaker=speaker,
                        cue=span(said.cue),
                        via=vias,
                        confidence=0.9,
                    )
                )
            quotations.sort(key=lambda q: q.content.start)
            return Analysis(
                quotations=tuple(quotations),
                zones=(Zone(0, len(text), "main"),),
                extractor_version="scripted-1",
            )

        monkeypatch.setattr("service.store.articles.analyse", analyse)
        monkeypatch.setattr("service.store.extraction.analyse", analyse)

    return install
