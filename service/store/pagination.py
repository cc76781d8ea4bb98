"""Keyset pagination by id: stable under inserts, and the cursor is opaque to clients."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute, Session

T = TypeVar("T")

MAX_ID = 2**63 - 1
_PREFIX = "id:"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    next_cursor: str | None


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The id after which the next page starts; ValueError for anything this service did not hand out."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise ValueError("not a cursor issued by this service") from exc
    if not raw.startswith(_PREFIX) or not raw[len(_PREFIX) :].isdigit():
        raise ValueError("not a cursor issued by this service")
    value = int(raw[len(_PREFIX) :])
    if value > MAX_ID:
        raise ValueError("not a cursor issued by this service")
    return value


def paginate(
    session: Session, stmt: Select[Any], id_column: InstrumentedAttribute[int], after: int | None, limit: int
) -> Page[Any]:
    """One page of ``stmt`` ordered by ``id_column``, starting after the id ``after``."""
    if after is not None:
        stmt = stmt.where(id_column > after)
    rows = list(session.scalars(stmt.order_by(id_column).limit(limit + 1)).unique())
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, encode_cursor(rows[-1].id) if more and rows else None)
