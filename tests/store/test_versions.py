"""Re-ingesting an edited article: a new version, quotations re-anchored, gone ones kept and marked."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.store import corrections, versions
from service.store.models import Article, ArticleVersion, Quotation, Speaker
from store.f_helpers import Said, put

URL = "https://news.example.org/story"
KEEP = "The bridge will reopen in the spring after repairs"
EDIT_BEFORE = "Our engineers have checked every single cable twice"
EDIT_AFTER = "Our engineers have checked every single cable three times"
DROP = "Nobody will pay a toll before the end of next year"
NEW = "We thank the residents for their patience during the works"


def first_text() -> str:
    return (
        "City officials spoke on Tuesday.\n\n"
        f'"{KEEP}," Maria Lopez said.\n\n'
        f'"{EDIT_BEFORE}," Tom Fox said.\n\n'
        f'"{DROP}," Maria Lopez said.'
    )


def second_text() -> str:
    return (
        "UPDATED: City officials spoke on Tuesday evening, after a long meeting.\n\n"
        f'"{NEW}," Maria Lopez said.\n\n'
        f'"{KEEP}," Maria Lopez said.\n\n'
        f'"{EDIT_AFTER}," Tom Fox said.'
    )


def test_new_version_reanchors_and_marks_gone(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    article = put(
        db,
        monkeypatch,
        [Said(KEEP, "Maria Lopez"), Said(EDIT_BEFORE, "Tom Fox"), Said(DROP, "Maria Lopez")],
        url=URL,
        text=first_text(),
    )
    before = {q.text: q.id for q in db.scalars(select(Quotation))}
    # The new extraction misses the edited quotation: it must still be found, fuzzily, in the new text.
    again = put(
        db,
        monkeypatch,
        [Said(NEW, "Maria Lopez"), Said(KEEP, "Maria Lopez")],
        url=URL,
        text=second_text(),
    )
    assert again.id == article.id
    assert db.scalar(select(func.count()).select_from(Article)) == 1
    assert [v.version for v in db.scalars(select(ArticleVersion).order_by(ArticleVersion.version))] == [1, 2]
    text = second_text()
    keep = db.get(Quotation, before[KEEP])
    assert keep is not None and keep.gone_in_version is None
    assert text[keep.start : keep.end] == KEEP and keep.version.version == 2
    edited = db.get(Quotation, before[EDIT_BEFORE])
    assert edited is not None and edited.gone_in_version is None
    assert text[edited.start : edited.end] == edited.text and "three times" in edited.text
    dropped = db.get(Quotation, before[DROP])
    assert dropped is not None and dropped.gone_in_version == 2 and dropped.version.version == 1
    new = db.scalar(select(Quotation).where(Quotation.text == NEW))
    assert new is not None and new.version.version == 2
    # Every version stays retrievable with the quotations as they stood in it.
    listed = versions.list_versions(db, again)
    assert [(v["version"], v["quotation_count"], v["gone_count"], v["current"]) for v in listed] == [
        (1, 3, 0, False),
        (2, 3, 1, True),
    ]
    v1 = versions.get_version(db, again, 1)
    assert v1 is not None and v1["text"] == first_text()
    for item in v1["quotations"]:
        assert v1["text"][item["start"] : item["end"]] == item["text"]
        assert item["article"]["version"] == 1
    assert [i["text"] for i in v1["quotations"]] == [KEEP, EDIT_BEFORE, DROP]
    v2 = versions.get_version(db, again, 2)
    assert v2 is not None
    assert [i["text"] for i in v2["quotations"]] == [NEW, KEEP, edited.text]
    assert versions.get_version(db, again, 3) is None


def test_same_url_same_text_is_idempotent(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said(KEEP, "Maria Lopez")], url=URL, text=first_text())
    put(db, monkeypatch, [Said(KEEP, "Maria Lopez")], url=URL, text=first_text())
    assert db.scalar(select(func.count()).select_from(ArticleVersion)) == 1


@pytest.mark.parametrize(
    ("text", "exact", "prefix", "suffix", "expected"),
    [
        # Several occurrences: the selector's context picks the right one.
        ("a yes b. c yes d.", "yes", "c ", " d", (11, 14, "exact")),
        ("a yes b. c yes d.", "yes", "a ", " b", (2, 5, "exact")),
        ("He said: the plan is sound and fair.", "the plan is sound and fair", "", "", (9, 35, "exact")),
        ("He said: the plan is sound and very fair.", "the plan is sound and fair", "", "", (9, 40, "fuzzy")),
        (
            '"Our engineers checked every cable three times," he said.',
            "Our engineers checked every cable twice",
            "",
            "",
            (1, 46, "fuzzy"),
        ),
        ("Nothing of the sort remains here.", "the plan is sound and fair", "", "", None),
    ],
)
def test_reanchor(text: str, exact: str, prefix: str, suffix: str, expected: tuple | None) -> None:
    anchor = versions.reanchor(text, exact, prefix, suffix, 0)
    assert (None if anchor is None else (anchor.start, anchor.end, anchor.method)) == expected


def test_speaker_corrections_survive_a_new_version(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    put(db, monkeypatch, [Said(KEEP, "Maria Lopez"), Said(DROP, "Maria Lopez")], url=URL, text=first_text())
    maria = db.scalar(select(Speaker).where(Speaker.name == "Maria Lopez"))
    drop = db.scalar(select(Quotation).where(Quotation.text == DROP))
    assert maria is not None and drop is not None
    # An admin says the second quotation was someone else's.
    other = corrections.split_speaker(db, maria.id, name="Marta Lopez", quotation_ids=[drop.id])
    edited_text = first_text().replace("on Tuesday", "on Tuesday morning")
    put(db, monkeypatch, [Said(KEEP, "Maria Lopez"), Said(DROP, "Maria Lopez")], url=URL, text=edited_text)
    db.expire_all()
    drop = db.get(Quotation, drop.id)
    assert drop is not None and drop.speaker_id == other.id and drop.version.version == 2
    keep = db.scalar(select(Quotation).where(Quotation.text == KEEP))
    assert keep is not None and keep.speaker_id == maria.id


def test_reextract_keeps_ids_and_corrections(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    article = put(db, monkeypatch, [Said(KEEP, "Maria Lopez")], url=URL, text=first_text())
    keep = db.scalar(select(Quotation).where(Quotation.text == KEEP))
    assert keep is not None
    corrections.rename_speaker(db, keep.speaker_id or 0, "María López Ortega")
    from service.store import articles as article_store
    from store.f_helpers import analysis_of

    monkeypatch.setattr(
        versions,
        "analyse",
        lambda text, title=None: analysis_of(text, [Said(KEEP, "Maria Lopez"), Said(DROP, "Maria Lopez")]),
    )
    assert article_store  # the ingest path is not involved in re-extraction
    versions.reextract(db, article)
    rows = list(db.scalars(select(Quotation).order_by(Quotation.id)))
    assert [q.text for q in rows] == [KEEP, DROP]
    assert rows[0].id == keep.id
    assert {q.speaker.name for q in rows if q.speaker} == {"María López Ortega"}
    assert db.scalar(select(func.count()).select_from(ArticleVersion)) == 1
