"""Speaker and outlet identity across articles, and admin corrections that survive later ingests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.errors import Problem
from service.store import corrections, identity
from service.store.models import Correction, Outlet, Quotation, Speaker, SpeakerPin
from service.store.textkeys import match_key
from store.f_helpers import Said, put


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Yevgeny Prigozhin", "Evgeny Prigozhin", True),
        ("Yevgeniy Prigozhin", "Evgenii Prigozhin", True),
        ("Dmitry Peskov", "Dmitriy Peskov", True),
        ("Alexey Navalny", "Aleksei Navalny", True),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Mikhail Mishustin", "Mihail Mishustin", True),
        ("Maria Zakharova", "María Zakharova", True),
        ("Mr. Sergei V. Lavrov", "Sergei Lavrov", True),
        ("the Foreign Ministry", "Foreign Ministry", True),
        ("Wang Yi", "Wang Wenbin", False),
        ("Hua Chunying", "Hua Yi", False),
        ("Sergei Lavrov", "Sergei Shoigu", False),
    ],
)
def test_match_key_unifies_transliterations_only(a: str, b: str, same: bool) -> None:
    assert (match_key(a) == match_key(b)) is same


def resolve(db: Session, name: str, *aliases: str, kind: str = "person") -> Speaker | None:
    speaker = identity.resolve_name(db, name, kind=kind, aliases=aliases)
    if speaker is not None:
        for form in {name, *aliases}:
            from service.store.speakers import record_alias

            record_alias(db, speaker, form)
    db.flush()
    return speaker


def test_transliteration_variants_are_one_speaker(db: Session) -> None:
    first = resolve(db, "Sergei Lavrov", "Lavrov")
    again = resolve(db, "Sergey Lavrov")
    assert first is not None and again is not None and first.id == again.id
    assert {a.alias for a in first.aliases} >= {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"}


def test_partial_names_join_the_one_person_who_carries_them(db: Session) -> None:
    hua = resolve(db, "Hua Chunying", "Hua", "Chunying")
    assert hua is not None
    for partial in ("Hua", "Chunying", "Hua Chunying"):
        found = resolve(db, partial)
        assert found is not None and found.id == hua.id, partial
    longer = resolve(db, "Sergei Viktorovich Lavrov")
    shorter = resolve(db, "Sergei Lavrov")
    assert longer is not None and shorter is not None and longer.id == shorter.id


def test_people_sharing_a_surname_are_never_merged(db: Session) -> None:
    wang_yi = resolve(db, "Wang Yi", "Wang")
    wang_wenbin = resolve(db, "Wang Wenbin", "Wang")
    assert wang_yi is not None and wang_wenbin is not None
    assert wang_yi.id != wang_wenbin.id
    bare = resolve(db, "Wang")
    assert bare is not None and bare.id not in (wang_yi.id, wang_wenbin.id)
    # The ambiguous name keeps going to its own bucket, never to either person.
    assert resolve(db, "Wang").id == bare.id  # type: ignore[union-attr]
    assert resolve(db, "Wang Yi").id == wang_yi.id  # type: ignore[union-attr]


def test_organisations_are_not_matched_by_partial_names(db: Session) -> None:
    ministry = resolve(db, "Foreign Ministry", kind="organisation")
    other = resolve(db, "Foreign Office", kind="organisation")
    assert ministry is not None and other is not None and ministry.id != other.id
    assert identity.find_speaker(db, "Foreign", kind="organisation") is None
    again = resolve(db, "the Foreign Ministry", kind="organisation")
    assert again is not None and again.id == ministry.id


def test_roles_across_articles_stay_with_one_speaker(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(
        db,
        monkeypatch,
        [Said("We support dialogue", "Wang Yi", role="State Councillor")],
        published_at=datetime(2022, 3, 1, tzinfo=UTC),
    )
    put(
        db,
        monkeypatch,
        [Said("Our position is consistent", "Wang Yi", role="Foreign Minister")],
        lead="A second story.",
        published_at=datetime(2023, 5, 2, tzinfo=UTC),
    )
    speakers = db.scalars(select(Speaker)).all()
    assert [s.name for s in speakers] == ["Wang Yi"]
    roles = sorted((r.seen_at.year, r.role) for r in speakers[0].roles)
    assert roles == [(2022, "State Councillor"), (2023, "Foreign Minister")]


def test_ingest_resolves_across_articles(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said("Talks are possible", "Sergei Lavrov", aliases=("Lavrov",))])
    put(db, monkeypatch, [Said("Talks are over", "Sergey Lavrov")], lead="Another day.")
    put(db, monkeypatch, [Said("We are ready", "Wang Yi")], lead="Third.")
    put(db, monkeypatch, [Said("We object", "Wang Wenbin")], lead="Fourth.")
    names = sorted(db.scalars(select(Speaker.name)))
    assert names == ["Sergei Lavrov", "Wang Wenbin", "Wang Yi"]


def test_outlet_spellings_are_one_outlet(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said("Fine", "Ann Lee", via=(("RT", "Russia Today"),))], outlet="Tass")
    put(
        db,
        monkeypatch,
        [Said("Also fine", "Ann Lee", via=(("Russia Today", "RT"),))],
        outlet="TASS",
        lead="B.",
    )
    outlets = {o.name: o for o in db.scalars(select(Outlet))}
    assert sorted(outlets) == ["RT", "TASS"]
    assert outlets["RT"].kind == "broadcaster" and "rt.com" in outlets["RT"].domains
    assert outlets["TASS"].kind == "news_agency"


# --- corrections ----------------------------------------------------------------------------------------


def test_merge_moves_everything_and_survives_reingest(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said("We will respond", "Maria Zakharova", role="spokeswoman")])
    put(db, monkeypatch, [Said("No comment", "M. Zakharova-Ivanova")], lead="Other article.")
    target = db.scalar(select(Speaker).where(Speaker.name == "Maria Zakharova"))
    source = db.scalar(select(Speaker).where(Speaker.name == "M. Zakharova-Ivanova"))
    assert target is not None and source is not None and target.id != source.id
    merged = corrections.merge_speakers(db, source.id, target.id)
    assert merged.id == target.id
    assert db.get(Speaker, source.id) is None
    assert set(db.scalars(select(Quotation.speaker_id))) == {target.id}
    assert "M. Zakharova-Ivanova" in {a.alias for a in merged.aliases}
    # A later article naming the merged form resolves to the target: the correction holds.
    put(db, monkeypatch, [Said("Again no comment", "M. Zakharova-Ivanova")], lead="Third article.")
    assert set(db.scalars(select(Quotation.speaker_id))) == {target.id}
    record = db.scalar(select(Correction))
    assert record is not None and (record.action, record.subject_id, record.result_id) == (
        "merge",
        source.id,
        target.id,
    )


def test_split_separates_two_people_and_stays_split(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two people the resolver could not tell apart: the articles only say "Chen".
    put(db, monkeypatch, [Said("Prices will fall", "Chen")])
    put(db, monkeypatch, [Said("The team played well", "Chen")], lead="Sports.")
    chen = db.scalar(select(Speaker))
    assert chen is not None and db.scalar(select(func.count()).select_from(Speaker)) == 1
    sports_quote = db.scalar(select(Quotation).where(Quotation.text == "The team played well"))
    assert sports_quote is not None
    coach = corrections.split_speaker(db, chen.id, name="Chen Li (coach)", quotation_ids=[sports_quote.id])
    db.refresh(sports_quote)
    assert sports_quote.speaker_id == coach.id and sports_quote.speaker_locked
    kept = db.scalar(select(Quotation).where(Quotation.text == "Prices will fall"))
    assert kept is not None and kept.speaker_id == chen.id
    assert db.scalar(select(SpeakerPin.speaker_id).where(SpeakerPin.alias_key == "chen li coach")) == coach.id
    # The bare name stays with the original: a later "Chen" does not land on the coach.
    put(db, monkeypatch, [Said("Rates are stable", "Chen")], lead="Economy.")
    later = db.scalar(select(Quotation).where(Quotation.text == "Rates are stable"))
    assert later is not None and later.speaker_id == chen.id


def test_split_by_alias_moves_quotations_naming_it(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said("One", "Lee Park"), Said("Two", "Lee Parks")])
    speaker = db.scalar(select(Speaker).where(Speaker.name == "Lee Park"))
    assert speaker is not None
    other = db.scalar(select(Speaker).where(Speaker.name == "Lee Parks"))
    if other is not None:  # the resolver kept them apart already; merge to set up the split
        corrections.merge_speakers(db, other.id, speaker.id)
    new = corrections.split_speaker(db, speaker.id, name="Lee Parks", aliases=["Lee Parks"])
    assert db.scalar(select(Quotation.speaker_id).where(Quotation.text == "Two")) == new.id
    assert db.scalar(select(Quotation.speaker_id).where(Quotation.text == "One")) == speaker.id
    put(db, monkeypatch, [Said("Three", "Lee Parks")], lead="Later.")
    assert db.scalar(select(Quotation.speaker_id).where(Quotation.text == "Three")) == new.id


def test_rename_and_external_ids(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said("Hello", "Sergey Lavrov")])
    speaker = db.scalar(select(Speaker))
    assert speaker is not None
    renamed = corrections.rename_speaker(db, speaker.id, "Sergei Viktorovich Lavrov")
    assert renamed.name == "Sergei Viktorovich Lavrov"
    assert {"Sergey Lavrov", "Sergei Viktorovich Lavrov"} <= {a.alias for a in renamed.aliases}
    updated = corrections.set_external_ids(db, speaker.id, {"wikidata": "Q172159"})
    assert updated.external_ids == {"wikidata": "Q172159"}
    put(db, monkeypatch, [Said("Goodbye", "Sergey Lavrov")], lead="Later.")
    assert set(db.scalars(select(Quotation.speaker_id))) == {speaker.id}
    assert corrections.set_external_ids(db, speaker.id, {"wikidata": None}).external_ids == {}
    assert [c.action for c in db.scalars(select(Correction).order_by(Correction.id))] == [
        "rename",
        "external_ids",
        "external_ids",
    ]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"wikidata": "172159"}, "wikidata"),
        ({"wikidata": "Q0"}, "wikidata"),
        ({"Bad Key": "x"}, "Bad Key"),
        ({"isni": " "}, "isni"),
    ],
)
def test_invalid_external_ids_change_nothing(
    db: Session, monkeypatch: pytest.MonkeyPatch, values: dict[str, str], field: str
) -> None:
    put(db, monkeypatch, [Said("Hello", "Ann Lee")])
    speaker = db.scalar(select(Speaker))
    assert speaker is not None
    with pytest.raises(Problem) as info:
        corrections.set_external_ids(db, speaker.id, values)
    assert info.value.status == 422 and info.value.errors and info.value.errors[0]["field"] == field
    assert db.scalar(select(func.count()).select_from(Correction)) == 0


def test_merge_errors(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said("Hello", "Ann Lee")])
    speaker = db.scalar(select(Speaker))
    assert speaker is not None
    with pytest.raises(Problem) as info:
        corrections.merge_speakers(db, speaker.id, speaker.id)
    assert info.value.status == 422
    with pytest.raises(Problem) as info:
        corrections.merge_speakers(db, 999_999, speaker.id)
    assert info.value.status == 404
    with pytest.raises(Problem) as info:
        corrections.merge_speakers(db, speaker.id, 999_999)
    assert info.value.status == 422
    assert db.scalar(select(func.count()).select_from(Correction)) == 0


def test_outlet_merge_moves_articles_vias_and_aliases(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(
        db,
        monkeypatch,
        [Said("Fine", "Ann Lee", via=(("the state-run broadcaster", "the state-run broadcaster"),))],
        outlet="Russian Television Network",
    )
    rt = db.scalar(select(Outlet).where(Outlet.name == "Russian Television Network"))
    other = db.scalar(select(Outlet).where(Outlet.name == "the state-run broadcaster"))
    put(db, monkeypatch, [Said("Okay", "Ann Lee")], outlet="RT", lead="B.")
    target = db.scalar(select(Outlet).where(Outlet.name == "RT"))
    assert rt is not None and other is not None and target is not None
    corrections.merge_outlets(db, rt.id, target.id)
    corrections.merge_outlets(db, other.id, target.id)
    assert db.scalar(select(func.count()).select_from(Outlet)) == 1
    put(db, monkeypatch, [Said("Later", "Ann Lee")], outlet="Russian Television Network", lead="C.")
    assert db.scalar(select(func.count()).select_from(Outlet)) == 1


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("company spokesman", True),
        ("senior Fijian official", False),  # a proper adjective: still matched by name
        ("the company", True),
        ("Maria Lopez", False),
        ("Lavrov", False),
    ],
)
def test_descriptions_are_not_names(name: str, generic: bool) -> None:
    assert identity.is_generic(name) is generic


def test_descriptions_are_one_speaker_per_article(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(
        db,
        monkeypatch,
        [Said("Output is up", "company spokesman"), Said("Jobs are safe", "company spokesman")],
    )
    put(db, monkeypatch, [Said("We disagree entirely", "company spokesman")], lead="Another firm.")
    by_text = {q.text: q.speaker_id for q in db.scalars(select(Quotation))}
    assert by_text["Output is up"] == by_text["Jobs are safe"]
    assert by_text["We disagree entirely"] != by_text["Output is up"]
