"""Admin corrections of identity: merge, split and rename speakers, set external ids; merge outlets,
rename them and set their kind or domains.

Each correction changes the stored rows AND is kept: a Correction record, plus speaker pins (name keys tied
to one speaker) that identity resolution obeys before any heuristic, and a lock on quotations moved by
hand. So a correction holds for articles ingested later, re-ingested (new versions) or re-extracted.
Every function commits on success and leaves nothing behind on failure.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError

from service.errors import Problem
from service.store.keys import name_key, outlet_key
from service.store.models import (
    Article,
    Correction,
    Outlet,
    OutletAlias,
    Quotation,
    QuotationVia,
    Speaker,
    SpeakerAlias,
    SpeakerPin,
    SpeakerRole,
)
from service.store.pagination import Page, paginate

T = TypeVar("T")

EXTERNAL_ID_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
WIKIDATA_QID = re.compile(r"^Q[1-9][0-9]{0,11}$")


log = logging.getLogger(__name__)
_ATTEMPTS = 2


def _committed(session: Session, work: Callable[[], T]) -> T:
    """Run ``work`` and commit. A concurrent write that wins the race (a merge deleting this speaker, the
    same alias added) makes it fail on a constraint or a vanished row: it runs once more on what the winner
    left, which answers as that state deserves (404, 422) or succeeds; a second collision is a 409."""
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            result = work()
            session.commit()
            return result
        except (IntegrityError, ObjectDeletedError, StaleDataError) as exc:
            session.rollback()
            # Logged in full: a constraint that fails every time is a bug, not a race.
            log.warning("correction collided with a concurrent write (attempt %d): %s", attempt, exc)
            if attempt == _ATTEMPTS:
                raise Problem(
                    409, "A concurrent change to the same records won; retry the request."
                ) from None
        except BaseException:
            session.rollback()
            raise
    raise AssertionError("unreachable")


def _speaker(session: Session, speaker_id: int, field: str | None = None) -> Speaker:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        if field is None:
            raise Problem(404, f"speaker {speaker_id} does not exist")
        raise Problem(
            422,
            f"speaker {speaker_id} does not exist",
            errors=[{"field": field, "location": "body", "message": "no such speaker"}],
        )
    return speaker


def _record(session: Session, entity: str, action: str, subject_id: int, **payload: Any) -> Correction:
    result_id = payload.pop("result_id", None)
    correction = Correction(
        entity=entity, action=action, subject_id=subject_id, result_id=result_id, payload=payload
    )
    session.add(correction)
    session.flush()
    return correction


def _pin(session: Session, keys: Iterable[str], speaker_id: int, correction: Correction) -> None:
    for key in sorted({k for k in keys if k}):
        pin = session.scalar(select(SpeakerPin).where(SpeakerPin.alias_key == key))
        if pin is None:
            session.add(SpeakerPin(alias_key=key, speaker_id=speaker_id, correction_id=correction.id))
        else:
            pin.speaker_id, pin.correction_id = speaker_id, correction.id
    session.flush()


def _add_alias(session: Session, speaker: Speaker, alias: str, count: int = 1) -> None:
    alias = " ".join(alias.split())
    key = name_key(alias)
    if not key:
        return
    row = session.scalar(
        select(SpeakerAlias).where(SpeakerAlias.speaker_id == speaker.id, SpeakerAlias.alias_key == key)
    )
    if row is None:
        session.add(SpeakerAlias(speaker_id=speaker.id, alias=alias, alias_key=key, count=count))
    else:
        row.count += count
    session.flush()


# --- speakers ----------------------------------------------------------------------------------------


def merge_speakers(session: Session, source_id: int, target_id: int) -> Speaker:
    """Fold speaker ``source_id`` into ``target_id``: quotations, aliases, roles and external ids move,
    every name of the source is pinned to the target, and the source is deleted."""

    def work() -> Speaker:
        source = _speaker(session, source_id)
        target = _speaker(session, target_id, "into_id")
        if source.id == target.id:
            raise Problem(
                422,
                "a speaker cannot be merged into itself",
                errors=[{"field": "into_id", "location": "body", "message": "same speaker"}],
            )
        keys = {source.name_key, *(a.alias_key for a in source.aliases)}
        correction = _record(
            session,
            "speaker",
            "merge",
            source.id,
            result_id=target.id,
            source_name=source.name,
            aliases=sorted(a.alias for a in source.aliases),
        )
        for alias in list(source.aliases):
            _add_alias(session, target, alias.alias, alias.count)
        _add_alias(session, target, source.name, 0)
        session.execute(
            update(Quotation).where(Quotation.speaker_id == source.id).values(speaker_id=target.id)
        )
        session.execute(
            update(SpeakerRole).where(SpeakerRole.speaker_id == source.id).values(speaker_id=target.id)
        )
        session.execute(
            update(SpeakerPin).where(SpeakerPin.speaker_id == source.id).values(speaker_id=target.id)
        )
        target.external_ids = {**(source.external_ids or {}), **(target.external_ids or {})}
        if target.kind == "unknown":
            target.kind = source.kind
        _pin(session, keys, target.id, correction)
        session.expire(source)  # the bulk updates moved its roles; reload before the cascade
        session.delete(source)
        session.flush()
        session.expire(target)
        return target

    return _committed(session, work)


def split_speaker(
    session: Session,
    speaker_id: int,
    *,
    name: str,
    aliases: list[str] | None = None,
    quotation_ids: list[int] | None = None,
    kind: str | None = None,
) -> Speaker:
    """Take a second person out of ``speaker_id``: a new speaker called ``name`` gets the given aliases,
    the quotations that name them (or are listed), and the roles of the articles those came from. The
    names on both sides are pinned, so later ingests keep the two apart."""

    def work() -> Speaker:
        original = _speaker(session, speaker_id)
        new_key = name_key(name)
        if not new_key:
            raise Problem(
                422,
                "name holds no letters",
                errors=[{"field": "name", "location": "body", "message": "no letters"}],
            )
        moved_keys = {name_key(a) for a in aliases or []} | {new_key}
        moved_keys.discard("")
        if original.name_key in moved_keys:
            raise Problem(
                422,
                "the speaker's own name cannot move; rename it instead",
                errors=[{"field": "aliases", "location": "body", "message": "contains the speaker's name"}],
            )
        wanted_ids = set(quotation_ids or [])
        own_ids = set(session.scalars(select(Quotation.id).where(Quotation.speaker_id == original.id)))
        stray = sorted(wanted_ids - own_ids)
        if stray:
            raise Problem(
                422,
                f"quotations {stray} are not attributed to speaker {original.id}",
                errors=[{"field": "quotation_ids", "location": "body", "message": "not this speaker's"}],
            )
        new = Speaker(
            name=" ".join(name.split()), name_key=new_key, kind=kind or original.kind, external_ids={}
        )
        session.add(new)
        session.flush()
        correction = _record(
            session,
            "speaker",
            "split",
            original.id,
            result_id=new.id,
            name=new.name,
            aliases=sorted(aliases or []),
            quotation_ids=sorted(wanted_ids),
        )
        _add_alias(session, new, new.name, 0)
        for alias in list(original.aliases):
            if alias.alias_key in moved_keys:
                _add_alias(session, new, alias.alias, alias.count)
                session.delete(alias)
        for alias in aliases or []:
            _add_alias(session, new, alias, 0)
        session.flush()
        by_name = [
            q_id
            for q_id, speaker_name, mention in session.execute(
                select(Quotation.id, Quotation.speaker_name, Quotation.speaker_mention_text).where(
                    Quotation.speaker_id == original.id
                )
            )
            if name_key(speaker_name or "") in moved_keys or name_key(mention or "") in moved_keys
        ]
        moving = sorted(wanted_ids | set(by_name))
        if moving:
            session.execute(
                update(Quotation)
                .where(Quotation.id.in_(moving))
                .values(speaker_id=new.id, speaker_locked=True)
            )
        moved_articles = set(session.scalars(select(Quotation.article_id).where(Quotation.id.in_(moving))))
        kept_articles = set(
            session.scalars(select(Quotation.article_id).where(Quotation.speaker_id == original.id))
        )
        only_new = sorted(moved_articles - kept_articles)
        if only_new:
            session.execute(
                update(SpeakerRole)
                .where(SpeakerRole.speaker_id == original.id, SpeakerRole.article_id.in_(only_new))
                .values(speaker_id=new.id)
            )
        session.expire(original)
        _pin(session, moved_keys, new.id, correction)
        _pin(session, {original.name_key, *(a.alias_key for a in original.aliases)}, original.id, correction)
        session.expire(new)
        return new

    return _committed(session, work)


def rename_speaker(session: Session, speaker_id: int, name: str) -> Speaker:
    """Give the speaker a new canonical name (the old one stays an alias; both are pinned to it)."""

    def work() -> Speaker:
        speaker = _speaker(session, speaker_id)
        key = name_key(name)
        if not key:
            raise Problem(
                422,
                "name holds no letters",
                errors=[{"field": "name", "location": "body", "message": "no letters"}],
            )
        name_clean = " ".join(name.split())
        correction = _record(
            session, "speaker", "rename", speaker.id, result_id=speaker.id, old=speaker.name, new=name_clean
        )
        _add_alias(session, speaker, speaker.name, 0)
        _add_alias(session, speaker, name_clean, 0)
        _pin(session, {speaker.name_key, key}, speaker.id, correction)
        speaker.name, speaker.name_key = name_clean, key
        session.flush()
        session.expire(speaker)
        return speaker

    return _committed(session, work)


def set_external_ids(session: Session, speaker_id: int, external_ids: dict[str, str | None]) -> Speaker:
    """Set (or, with null, remove) external identifiers such as {"wikidata": "Q…"}."""

    def work() -> Speaker:
        speaker = _speaker(session, speaker_id)
        errors = []
        for key, value in external_ids.items():
            if not EXTERNAL_ID_KEY.match(key):
                errors.append({"field": key, "location": "body", "message": "not a valid identifier key"})
            elif value is not None and key == "wikidata" and not WIKIDATA_QID.match(value):
                errors.append({"field": key, "location": "body", "message": "not a Wikidata QID (Q…)"})
            elif value is not None and not (0 < len(value.strip()) <= 200):
                errors.append({"field": key, "location": "body", "message": "empty or too long"})
        if errors:
            raise Problem(422, "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors=errors)
        current = dict(speaker.external_ids or {})
        for key, value in external_ids.items():
            if value is None:
                current.pop(key, None)
            else:
                current[key] = value.strip()
        _record(
            session,
            "speaker",
            "external_ids",
            speaker.id,
            result_id=speaker.id,
            before=dict(speaker.external_ids or {}),
            after=current,
        )
        speaker.external_ids = current
        session.flush()
        return speaker

    return _committed(session, work)


# --- outlets -----------------------------------------------------------------------------------------


def merge_outlets(session: Session, source_id: int, target_id: int) -> Outlet:
    """Fold outlet ``source_id`` into ``target_id``: its articles, relayed quotations, aliases and domains
    move; the source's aliases then resolve to the target for every later ingest."""

    def work() -> Outlet:
        source = session.get(Outlet, source_id)
        if source is None:
            raise Problem(404, f"outlet {source_id} does not exist")
        target = session.get(Outlet, target_id)
        if target is None:
            raise Problem(
                422,
                f"outlet {target_id} does not exist",
                errors=[{"field": "into_id", "location": "body", "message": "no such outlet"}],
            )
        if source.id == target.id:
            raise Problem(
                422,
                "an outlet cannot be merged into itself",
                errors=[{"field": "into_id", "location": "body", "message": "same outlet"}],
            )
        _record(
            session,
            "outlet",
            "merge",
            source.id,
            result_id=target.id,
            source_name=source.name,
            aliases=sorted(a.alias for a in source.aliases),
        )
        session.execute(update(Article).where(Article.outlet_id == source.id).values(outlet_id=target.id))
        session.execute(
            update(QuotationVia).where(QuotationVia.outlet_id == source.id).values(outlet_id=target.id)
        )
        session.execute(
            update(OutletAlias).where(OutletAlias.outlet_id == source.id).values(outlet_id=target.id)
        )
        target.domains = [*target.domains, *(d for d in source.domains if d not in target.domains)]
        session.expire(source)
        session.execute(delete(Outlet).where(Outlet.id == source.id))
        session.flush()
        session.expire(target)
        return target

    return _committed(session, work)


def update_outlet(
    session: Session,
    outlet_id: int,
    *,
    name: str | None = None,
    kind: str | None = None,
    domains: list[str] | None = None,
) -> Outlet:
    """Rename an outlet and/or set its kind or domains. A rename keeps the old name as an alias; both names
    (and every other alias) resolve to this outlet in later ingests, re-ingests and re-extractions, because
    aliases are unique. Set domains are kept as given: ingest no longer adds hosts to them."""

    def work() -> Outlet:
        outlet = session.get(Outlet, outlet_id)
        if outlet is None:
            raise Problem(404, f"outlet {outlet_id} does not exist")
        if name is not None:
            _rename_outlet(session, outlet, name)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        if kind is not None and kind != outlet.kind:
            before["kind"], after["kind"] = outlet.kind, kind
            outlet.kind = kind
        if domains is not None:
            wanted = list(dict.fromkeys(d.strip().lower().removeprefix("www.") for d in domains))
            # Recorded even when unchanged: the list is the admin's now (outlets.domains_set_by_admin).
            before["domains"], after["domains"] = list(outlet.domains), wanted
            outlet.domains = wanted
        if after:
            _record(session, "outlet", "update", outlet.id, result_id=outlet.id, before=before, after=after)
        session.flush()
        session.expire(outlet)
        return outlet

    return _committed(session, work)


def _rename_outlet(session: Session, outlet: Outlet, name: str) -> None:
    new = " ".join(name.split())
    key = outlet_key(new)
    if not key:
        raise Problem(
            422,
            "name holds no letters",
            errors=[{"field": "name", "location": "body", "message": "no letters"}],
        )
    if new == outlet.name:
        return
    owner = session.scalar(select(OutletAlias.outlet_id).where(OutletAlias.alias_key == key))
    if owner is None:
        owner = session.scalar(select(Outlet.id).where(Outlet.name == new))
    if owner is not None and owner != outlet.id:
        raise Problem(
            422,
            f"outlet {owner} is already called {new!r}; merge the two instead",
            errors=[{"field": "name", "location": "body", "message": f"the name of outlet {owner}"}],
        )
    _record(session, "outlet", "rename", outlet.id, result_id=outlet.id, old=outlet.name, new=new)
    for alias in (outlet.name, new):
        alias_key = outlet_key(alias)
        if (
            alias_key
            and session.scalar(select(OutletAlias.id).where(OutletAlias.alias_key == alias_key)) is None
        ):
            session.add(OutletAlias(outlet_id=outlet.id, alias=alias, alias_key=alias_key))
    outlet.name = new
    session.flush()


def list_corrections(
    session: Session, *, entity: str | None = None, after: int | None = None, limit: int = 20
) -> Page[Correction]:
    stmt = select(Correction)
    if entity:
        stmt = stmt.where(Correction.entity == entity)
    return paginate(session, stmt, Correction.id, after, limit)


def describe(correction: Correction) -> dict[str, Any]:
    return {
        "id": correction.id,
        "entity": correction.entity,
        "action": correction.action,
        "subject_id": correction.subject_id,
        "result_id": correction.result_id,
        "payload": dict(correction.payload or {}),
        "created_at": correction.created_at,
    }
