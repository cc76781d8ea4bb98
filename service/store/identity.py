"""Speaker identity across articles: which stored speaker an extracted speaker is.

The pipeline already unifies the forms one article uses ("Hua Chunying", "Hua", "Chunying") and gives the
fullest name; here the question is whether that name is a speaker seen in OTHER articles. In order:

1. an admin pin (merge/split/rename corrections) on the name or one of the article's full-name forms;
2. a stored alias with the same normalised name;
3. a stored alias with the same transliteration key ("Sergey Lavrov" = "Sergei Lavrov");
4. for people only: the same first and last name with middle names or initials added or dropped
   ("Sergei Viktorovich Lavrov"), or a single name ("Lavrov", "Hua") that exactly one stored speaker
   carries as a first or last name;
5. otherwise a new speaker.

Descriptions rather than names ("the company", "a company spokesman") identify someone only inside
their article: they are one speaker per article, never matched across articles.

Every step must point at exactly ONE speaker: a surname shared by two people ("Wang" with Wang Yi and
Wang Wenbin stored) is ambiguous and never merged into either.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from service.pipeline.types import Speaker as SpeakerValue
from service.store.keys import name_key
from service.store.models import Quotation, Speaker, SpeakerAlias, SpeakerPin
from service.store.textkeys import match_key
from service.store.unique import insert_unless_taken

SPEAKER_KINDS = ("person", "organisation", "group", "document", "unknown")
_PERSONLIKE = ("person", "unknown")


def resolve_speaker(
    session: Session, value: SpeakerValue | None, *, article_id: int | None = None
) -> Speaker | None:
    """The stored speaker for an extracted one (created when new); None when the article names nobody."""
    if value is None or not value.name:
        return None
    if article_id is not None and is_generic(value.name):
        named = _proper_speaker_named(session, value.name)
        if named is not None:  # a real name the article happened to print in lower case
            return named
        return _generic_in_article(session, value.name, value.kind, article_id)
    return resolve_name(session, value.name, kind=value.kind, aliases=value.aliases)


def is_generic(name: str) -> bool:
    """A description, not a name ("the company", "a senior official", "company spokesman"): it stands
    for someone only within its own article, so it is never matched across articles."""
    return not any(word[:1].isupper() for word in name.split())


def _proper_speaker_named(session: Session, name: str) -> Speaker | None:
    key = name_key(name)
    for speaker_id in _speaker_ids(session, SpeakerAlias.alias_key == key):
        speaker = session.get(Speaker, speaker_id)
        if speaker is not None and not is_generic(speaker.name):
            return speaker
    return None


def _generic_in_article(session: Session, name: str, kind: str, article_id: int) -> Speaker | None:
    key = name_key(name)
    if not key:
        return None
    pinned = _pinned(session, [key])
    if pinned is not None:
        return pinned
    speaker_id = session.scalar(
        select(Quotation.speaker_id)
        .join(Speaker, Speaker.id == Quotation.speaker_id)
        .where(Quotation.article_id == article_id, Speaker.name_key == key)
        .order_by(Quotation.speaker_id)
        .limit(1)
    )
    if speaker_id is not None:
        return session.get(Speaker, speaker_id)
    speaker = Speaker(
        name=" ".join(name.split()), name_key=key, kind=kind if kind in SPEAKER_KINDS else "unknown"
    )
    session.add(speaker)
    session.flush()
    return speaker


def resolve_name(
    session: Session, name: str, *, kind: str = "unknown", aliases: Iterable[str] = ()
) -> Speaker | None:
    name = " ".join(name.split())
    key = name_key(name)
    if not key:
        return None
    kind = kind if kind in SPEAKER_KINDS else "unknown"
    speaker = find_speaker(session, name, kind=kind, aliases=aliases)
    if speaker is None:
        speaker = _create(session, name, key, kind)
    if speaker.kind == "unknown" and kind != "unknown":
        speaker.kind = kind
    return speaker


def _create(session: Session, name: str, key: str, kind: str) -> Speaker:
    """A new speaker for ``name``; when a concurrent ingest has just created one under the same identity
    key (what find_speaker would have matched had it come first), that one."""
    identity_key = match_key(name)[:300] or key
    values = {"name": name, "name_key": key, "kind": kind, "identity_key": identity_key, "external_ids": {}}
    new_id = insert_unless_taken(session, Speaker, "identity_key", values)
    found = session.get(Speaker, new_id) if new_id is not None else None
    if found is None:
        found = session.scalar(select(Speaker).where(Speaker.identity_key == identity_key))
    assert found is not None
    return found


def find_speaker(
    session: Session, name: str, *, kind: str = "unknown", aliases: Iterable[str] = ()
) -> Speaker | None:
    """The stored speaker ``name`` refers to, or None when there is none or the name is ambiguous."""
    key = name_key(name)
    if not key:
        return None
    full_forms = [form for form in aliases if len(name_key(form).split()) >= 2]
    pinned = _pinned(session, [key, *(name_key(form) for form in full_forms)])
    if pinned is not None:
        return pinned
    mkey = match_key(name)
    if kind in _PERSONLIKE and len(mkey.split()) == 1:
        # A lone given name or surname is only as good as its uniqueness.
        return _single_name(session, mkey, key)
    exact = _speaker_ids(session, SpeakerAlias.alias_key == key)
    if exact:
        return _prefer(session, exact, key)
    if mkey:
        variants = _speaker_ids(session, SpeakerAlias.match_key == mkey)
        if variants:
            return _prefer(session, variants, key)
    if kind not in _PERSONLIKE or not mkey:
        return None
    return _same_first_and_last(session, mkey.split())


def _pinned(session: Session, keys: list[str]) -> Speaker | None:
    for key in keys:
        if key:
            speaker_id = session.scalar(select(SpeakerPin.speaker_id).where(SpeakerPin.alias_key == key))
            if speaker_id is not None:
                return session.get(Speaker, speaker_id)
    return None


def _speaker_ids(session: Session, condition: object) -> list[int]:
    return sorted(set(session.scalars(select(SpeakerAlias.speaker_id).where(condition))))  # type: ignore[arg-type]


def _prefer(session: Session, speaker_ids: list[int], key: str) -> Speaker | None:
    """One of several speakers carrying the same name: the one whose canonical name it is, else the
    oldest (two people with one identical full name cannot be told apart from the name alone)."""
    if len(speaker_ids) > 1:
        named = session.scalar(
            select(Speaker.id)
            .where(Speaker.id.in_(speaker_ids), Speaker.name_key == key)
            .order_by(Speaker.id)
            .limit(1)
        )
        if named is not None:
            return session.get(Speaker, named)
    return session.get(Speaker, speaker_ids[0])


def _same_first_and_last(session: Session, parts: list[str]) -> Speaker | None:
    """'Sergei Lavrov' ↔ 'Sergei Viktorovich Lavrov': same first and last name, the shorter name's tokens
    in order within the longer one. Only a unique candidate counts."""
    first, last = parts[0], parts[-1]
    rows = session.execute(
        select(SpeakerAlias.speaker_id, SpeakerAlias.match_key).where(
            SpeakerAlias.match_key.like(f"{_like(first)} %", escape="\\"),
            SpeakerAlias.match_key.like(f"% {_like(last)}", escape="\\"),
        )
    )
    found = {
        speaker_id
        for speaker_id, other in rows
        if _in_order(parts, other.split()) or _in_order(other.split(), parts)
    }
    return session.get(Speaker, found.pop()) if len(found) == 1 else None


def _single_name(session: Session, token: str, key: str) -> Speaker | None:
    """'Lavrov', 'Hua', 'Chunying': the one person who carries it as a first or last name. When several
    do, the name belongs to nobody in particular: a speaker of exactly that name if one exists."""
    rows = session.execute(
        select(SpeakerAlias.speaker_id, Speaker.kind)
        .join(Speaker, Speaker.id == SpeakerAlias.speaker_id)
        .where(
            or_(
                SpeakerAlias.match_key == token,
                SpeakerAlias.match_key.like(f"{_like(token)} %", escape="\\"),
                SpeakerAlias.match_key.like(f"% {_like(token)}", escape="\\"),
            )
        )
    )
    people = {speaker_id for speaker_id, kind in rows if kind in _PERSONLIKE}
    if len(people) == 1:
        return session.get(Speaker, people.pop())
    if people:
        bare = session.scalar(
            select(Speaker.id).where(Speaker.id.in_(people), Speaker.name_key == key).order_by(Speaker.id)
        )
        return session.get(Speaker, bare) if bare is not None else None
    return None


def _in_order(short: list[str], long: list[str]) -> bool:
    if len(short) > len(long):
        return False
    position = 0
    for token in long:
        if position < len(short) and token == short[position]:
            position += 1
    return position == len(short)


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
