"""The database the app binds: migrations match the models, SQLite pragmas are on, and down/up works."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from flask import Flask
from sqlalchemy import text

from service.db import get_database, make_engine
from service.store.migrate import downgrade, upgrade
from service.store.models import Base


def _relevant(diff: object) -> bool:
    # Full-text machinery (FTS5 shadow tables, GIN expression index) lives outside the ORM metadata.
    return "fts" not in repr(diff).lower() and "_search_" not in repr(diff).lower()


def test_migrations_match_the_models(app: Flask) -> None:
    with get_database(app).engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diffs if _relevant(d)] == []


def test_sqlite_runs_with_foreign_keys_and_wal(app: Flask, backend: str) -> None:
    engine = get_database(app).engine
    if backend != "sqlite":
        assert engine.pool._pre_ping  # type: ignore[attr-defined]
        return
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_default_database_is_a_sqlite_file_in_the_instance_folder(tmp_path, monkeypatch) -> None:
    from service import create_app

    monkeypatch.delenv("QUOTETRAIL_DATABASE_URL", raising=False)
    app = create_app({"DATABASE_URL": None})
    try:
        assert app.config["DATABASE_URL"].startswith("sqlite:///")
        assert app.config["DATABASE_URL"].endswith("/instance/quotetrail.sqlite3")
    finally:
        get_database(app).dispose()


def test_downgrade_to_base_and_up_again(tmp_path) -> None:
    url = f"sqlite:///{tmp_path}/updown.sqlite3"
    upgrade(url)
    downgrade(url, "base")
    engine = make_engine(url)
    with engine.connect() as connection:
        tables = {
            row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
    assert tables <= {"alembic_version", "sqlite_sequence"}
    engine.dispose()
    upgrade(url)
