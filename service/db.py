"""Database binding: one engine per app, one session per request.

The app factory creates the engine; views and services get the request's session from ``session()``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        # Requests run in worker threads; each thread still gets its own connection from the pool.
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pool_pre_ping: after a database restart the stale connections are replaced instead of failing.
    kwargs.setdefault("pool_pre_ping", True)
    if url.startswith("postgresql"):
        # A database host that does not answer must become a 503 quickly, not a hung worker.
        kwargs.setdefault("connect_args", {"connect_timeout": 5})
        kwargs.setdefault("pool_timeout", 10)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    if not _is_memory(dbapi_connection):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _is_memory(dbapi_connection: Any) -> bool:
    row = dbapi_connection.execute("PRAGMA database_list").fetchone()
    return not row or not row[2]


class Database:
    """The engine and session factory of one app."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessionmaker: sessionmaker[Session] = sessionmaker(bind=engine, expire_on_commit=False)

    def bind_to_connection(self, connection: Connection) -> None:
        """Make every session join ``connection``'s transaction (tests roll it back afterwards)."""
        self.sessionmaker = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )

    def new_session(self) -> Session:
        return self.sessionmaker()

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """A session outside any request (CLI, scripts); closed at the end, never committed implicitly."""
        session = self.new_session()
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def init_app(app: Flask, database: Database) -> None:
    app.extensions["quotetrail_db"] = database
    app.teardown_appcontext(_close_session)


def get_database(app: Flask | None = None) -> Database:
    return (app or current_app).extensions["quotetrail_db"]


def session() -> Session:
    """The current request's session, created on first use."""
    if "db_session" not in g:
        g.db_session = get_database().new_session()
    return g.db_session


def _close_session(_exc: BaseException | None) -> None:
    db_session = g.pop("db_session", None)
    if db_session is not None:
        db_session.close()
