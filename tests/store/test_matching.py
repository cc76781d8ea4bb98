"""POST /v1/quotations/match at the store level, and appearance clusters built at ingest."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.errors import Problem
from service.store import appearances, matching
from service.store.models import Quotation
from store.f_helpers import Said, put

STATEMENT = "We have no intention of attacking anyone, and we never had such plans"
OTHER = "The harvest this autumn was the best the region has seen in a decade"


@pytest.fixture
def stored(db: Session, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    put(
        db,
        monkeypatch,
        [Said(STATEMENT, "Sergei Lavrov")],
        outlet="TASS",
        published_at=datetime(2022, 2, 10, tzinfo=UTC),
    )
    put(
        db,
        monkeypatch,
        [Said(STATEMENT[: STATEMENT.index(", and")], "Sergey Lavrov")],
        outlet="RT",
        lead="A re-report.",
        published_at=datetime(2022, 2, 11, tzinfo=UTC),
    )
    put(
        db,
        monkeypatch,
        [Said(STATEMENT, "Dmitry Peskov"), Said(OTHER, "Anna Berg")],
        outlet="Daily Planet",
        lead="A third story.",
        published_at=datetime(2022, 2, 12, tzinfo=UTC),
    )
    ids = [q.id for q in db.scalars(select(Quotation).order_by(Quotation.id))]
    return dict(zip(("lavrov", "trimmed", "peskov", "other"), ids, strict=True))


MATCH_CASES = [
    # (query text, expected match kinds per stored text prefix, in answer order)
    # The trimmed re-report covers too little of the whole statement to count as saying it.
    (STATEMENT, ["exact", "exact"]),
    ("“" + STATEMENT + ".”", ["exact", "exact"]),
    ("we have NO intention of attacking anyone", ["exact", "part_of_quotation", "part_of_quotation"]),
    ("We have no intention … we never had such plans", ["part_of_quotation", "part_of_quotation"]),
    (
        "We have no intention of attacking anybody, and we never had such plans",
        ["approximate", "approximate"],
    ),
    ("Nothing like this was ever said by anybody at all", []),
]


@pytest.mark.parametrize(("query", "kinds"), MATCH_CASES)
def test_match_table(db: Session, stored: dict[str, int], query: str, kinds: list[str]) -> None:
    answer = matching.match(db, query)
    assert [m["match"] for m in answer["matches"]] == kinds
    for m in answer["matches"]:
        assert 0.8 <= m["similarity"] <= 1.0
        assert m["quotation"]["speaker"] is not None
    if kinds:
        assert answer["first_appearance_id"] == stored["lavrov"]
        assert sum(m["is_first"] for m in answer["matches"]) <= 1


def test_different_speakers_for_the_same_words_are_flagged(db: Session, stored: dict[str, int]) -> None:
    answer = matching.match(db, STATEMENT, speaker="Sergey Lavrov")
    assert answer["conflicting_attribution"] is True
    names = [a["speaker"]["name"] for a in answer["attributions"]]
    assert names == ["Sergei Lavrov", "Dmitry Peskov"]  # earliest first; the Lavrov spellings are one
    assert answer["requested_speaker"]["name"] == "Sergei Lavrov"
    assert answer["said_by_requested_speaker"] is True
    by = {m["quotation"]["speaker"]["name"]: m["by_requested_speaker"] for m in answer["matches"]}
    assert by == {"Sergei Lavrov": True, "Dmitry Peskov": False}
    assert answer["first_appearance_id"] == stored["lavrov"]


def test_unknown_requested_speaker_did_not_say_it(db: Session, stored: dict[str, int]) -> None:
    answer = matching.match(db, OTHER, speaker="Wang Yi")
    assert answer["requested_speaker"] is None and answer["said_by_requested_speaker"] is False
    assert answer["conflicting_attribution"] is False
    assert [m["quotation"]["speaker"]["name"] for m in answer["matches"]] == ["Anna Berg"]


def test_short_or_unknown_input_is_a_problem(db: Session) -> None:
    with pytest.raises(Problem) as info:
        matching.match(db, "no comment")
    assert info.value.status == 422
    with pytest.raises(Problem) as info:
        matching.match(db, STATEMENT, speaker_id=424242)
    assert info.value.status == 422


def test_appearances_cluster_wire_copy_and_trimmed_variants(db: Session, stored: dict[str, int]) -> None:
    original = db.get(Quotation, stored["lavrov"])
    trimmed = db.get(Quotation, stored["trimmed"])
    other = db.get(Quotation, stored["other"])
    assert original is not None and trimmed is not None and other is not None
    assert original.cluster_id == trimmed.cluster_id == original.id
    assert other.cluster_id == other.id
    page = appearances.appearances(db, trimmed)
    outlets = [item["outlet"]["name"] for item in page.items]
    assert outlets == ["TASS", "RT", "Daily Planet"]  # earliest first
    assert [item["is_first"] for item in page.items] == [True, False, False]
    assert page.next_cursor is None
    first = appearances.appearances(db, trimmed, limit=2)
    assert first.next_cursor is not None
    rest = appearances.appearances(db, trimmed, after=first.items[-1]["quotation_id"], limit=2)
    assert [i["outlet"]["name"] for i in rest.items] == ["Daily Planet"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (STATEMENT, STATEMENT, True),
        (STATEMENT, STATEMENT[:40], True),
        (STATEMENT, OTHER, False),
        ("We are ready", "We are ready", False),  # too short to call it one statement
    ],
)
def test_same_statement(a: str, b: str, same: bool) -> None:
    from service.store.textkeys import search_text

    assert (appearances.same_statement(search_text(a), search_text(b)) >= appearances.THRESHOLD) is same
