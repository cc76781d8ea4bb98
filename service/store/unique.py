"""Rows keyed by a unique column, created race-safely on both backends.

Two concurrent ingests can both find no speaker (or outlet) for a new name and both create one. The unique
key makes the database settle it: ``INSERT … ON CONFLICT (key) DO NOTHING RETURNING id`` inserts the row,
or does nothing when another transaction has stored (PostgreSQL: waits for it to commit) the same key;
the caller then selects the winner's row. No exception and no rolled-back transaction, so this also
works inside the ingest transaction. (A SAVEPOINT around a plain INSERT would do on PostgreSQL, but
pysqlite commits the whole transaction on RELEASE when the SAVEPOINT was its first statement.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session


def insert_unless_taken(session: Session, model: Any, key: str, values: dict[str, Any]) -> int | None:
    """Insert one ``model`` row unless a row with the same ``key`` column exists: the new id, else None."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(model).values(**values).on_conflict_do_nothing(index_elements=[key]).returning(model.id)
    return session.scalar(stmt)
