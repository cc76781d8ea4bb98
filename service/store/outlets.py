"""Outlets: publishers and intermediaries, resolved by alias, then the gazetteer, else created."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.pipeline.outlets import lookup_domain, lookup_outlet
from service.store.keys import outlet_key
from service.store.models import Article, Correction, Outlet, OutletAlias, QuotationVia
from service.store.pagination import Page, paginate
from service.store.unique import insert_unless_taken

OUTLET_KINDS = ("publisher", "news_agency", "broadcaster", "newspaper", "government_body", "other")


def find_outlet(session: Session, name: str) -> Outlet | None:
    """The stored outlet a surface form stands for, without creating anything."""
    key = outlet_key(name)
    if not key:
        return None
    outlet = session.scalar(select(Outlet).join(OutletAlias).where(OutletAlias.alias_key == key))
    if outlet is not None:
        return outlet
    info = lookup_outlet(name)
    if info is not None:
        # By the gazetteer's forms first: an admin may have renamed the outlet (its old names stay aliases).
        keys = sorted({k for k in (outlet_key(f) for f in (info.name, *info.aliases)) if k})
        outlet = session.scalar(
            select(Outlet)
            .join(OutletAlias)
            .where(OutletAlias.alias_key.in_(keys))
            .order_by(Outlet.id)
            .limit(1)
        )
        return outlet or session.scalar(select(Outlet).where(Outlet.name == info.name))
    return None


def resolve_outlet(
    session: Session, name: str, *, kind: str | None = None, domain: str | None = None
) -> Outlet:
    """The outlet ``name`` stands for, created (with its known aliases and domains) when new."""
    name = " ".join(name.split())
    outlet = find_outlet(session, name)
    info = lookup_outlet(name)
    if outlet is None:
        if info is not None:
            values = {"name": info.name, "kind": info.kind, "domains": list(info.domains)}
        else:
            values = {
                "name": name,
                "kind": kind if kind in OUTLET_KINDS else "other",
                "domains": [domain] if domain else [],
            }
        outlet = _create(session, values)
    for alias in (name, outlet.name, *(info.aliases if info else ())):
        _add_alias(session, outlet, alias)
    if domain and domain not in outlet.domains and not domains_set_by_admin(session, outlet.id):
        outlet.domains = [*outlet.domains, domain]
    return outlet


def domains_set_by_admin(session: Session, outlet_id: int) -> bool:
    """Whether an admin has set the outlet's domains (PATCH /v1/admin/outlets/{id}): then they are kept
    as set, and ingest no longer adds the hosts articles come from."""
    payloads = session.scalars(
        select(Correction.payload).where(
            Correction.entity == "outlet", Correction.action == "update", Correction.subject_id == outlet_id
        )
    )
    return any("domains" in (payload or {}).get("after", {}) for payload in payloads)


def resolve_outlet_for_host(session: Session, host: str) -> Outlet | None:
    """The outlet publishing at ``host`` ("www.rt.com"): known domains first, then the gazetteer."""
    host = host.lower().rstrip(".").removeprefix("www.")
    if not host:
        return None
    # The host and each parent domain ("news.bbc.co.uk", "bbc.co.uk", "co.uk"), most specific first;
    # the JSON list is searched as text for the quoted domain, which both backends can do in SQL.
    labels = host.split(".")
    for candidate in (".".join(labels[i:]) for i in range(len(labels) - 1)):
        needle = json.dumps(candidate)
        stmt = select(Outlet).where(cast(Outlet.domains, String).contains(needle, autoescape=True))
        for outlet in session.scalars(stmt.order_by(Outlet.id)):
            if candidate in outlet.domains:
                return outlet
    info = lookup_domain(host)
    if info is not None:
        return resolve_outlet(session, info.name)
    return None


def _create(session: Session, values: dict[str, Any]) -> Outlet:
    """A new outlet, or the one a concurrent ingest has just stored under the same (unique) name."""
    new_id = insert_unless_taken(session, Outlet, "name", values)
    outlet = session.get(Outlet, new_id) if new_id is not None else None
    if outlet is None:
        outlet = session.scalar(select(Outlet).where(Outlet.name == values["name"]))
    assert outlet is not None
    return outlet


def _add_alias(session: Session, outlet: Outlet, alias: str) -> None:
    """Record a surface form of ``outlet`` unless the form is already some outlet's (alias_key is unique:
    the first outlet to claim a form keeps it, also against a concurrent ingest)."""
    key = outlet_key(alias)
    if not key:
        return
    existing = session.scalar(select(OutletAlias.id).where(OutletAlias.alias_key == key))
    if existing is None:
        insert_unless_taken(
            session, OutletAlias, "alias_key", {"outlet_id": outlet.id, "alias": alias, "alias_key": key}
        )
        session.expire(outlet, ["aliases"])


def get_outlet(session: Session, outlet_id: int) -> Outlet | None:
    return session.get(Outlet, outlet_id)


def list_outlets(
    session: Session,
    *,
    q: str | None = None,
    kind: str | None = None,
    after: int | None = None,
    limit: int = 20,
) -> Page[Outlet]:
    stmt = select(Outlet).options(selectinload(Outlet.aliases))
    if kind:
        stmt = stmt.where(Outlet.kind == kind)
    if q:
        stmt = stmt.where(
            or_(
                Outlet.name.icontains(q, autoescape=True),
                Outlet.id.in_(
                    select(OutletAlias.outlet_id).where(OutletAlias.alias_key.contains(outlet_key(q)))
                ),
            )
        )
    return paginate(session, stmt, Outlet.id, after, limit)


def outlet_counts(session: Session, outlet_ids: list[int]) -> dict[int, dict[str, int]]:
    """Articles published and quotations relayed per outlet, in two grouped queries."""
    counts: dict[int, dict[str, int]] = {i: {"articles": 0, "via_quotations": 0} for i in outlet_ids}
    if not outlet_ids:
        return counts
    for outlet_id, n in session.execute(
        select(Article.outlet_id, func.count())
        .where(Article.outlet_id.in_(outlet_ids))
        .group_by(Article.outlet_id)
    ):
        counts[outlet_id]["articles"] = n
    for outlet_id, n in session.execute(
        select(QuotationVia.outlet_id, func.count(func.distinct(QuotationVia.quotation_id)))
        .where(QuotationVia.outlet_id.in_(outlet_ids))
        .group_by(QuotationVia.outlet_id)
    ):
        counts[outlet_id]["via_quotations"] = n
    return counts


def outlet_aliases(outlet: Outlet) -> list[str]:
    return [a.alias for a in outlet.aliases]


def describe(outlet: Outlet, counts: dict[str, int] | None = None) -> dict[str, Any]:
    """The outlet as the API shows it."""
    return {
        "id": outlet.id,
        "name": outlet.name,
        "kind": outlet.kind,
        "domains": list(outlet.domains),
        "aliases": outlet_aliases(outlet),
        "counts": counts or {"articles": 0, "via_quotations": 0},
        "created_at": outlet.created_at,
    }


__all__ = [
    "OUTLET_KINDS",
    "describe",
    "find_outlet",
    "get_outlet",
    "list_outlets",
    "outlet_counts",
    "resolve_outlet",
    "resolve_outlet_for_host",
]
