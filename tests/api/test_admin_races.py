"""Admin corrections racing each other: the loser gets a problem document about what it finds, never a 500.

Found by schemathesis (stateful phase, several workers): a rename of a speaker that a concurrent merge had
just deleted failed on the speaker_aliases foreign key, and the IntegrityError was a 500.
"""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import delete

from service.db import get_database
from service.store import corrections
from service.store.models import Speaker

ARTICLE = (
    '"The harbour wall will be finished by June," said Naomi Pereira, the port director.\n\n'
    '"We have not seen the budget," said Tomas Ekdahl, a council member.'
)


@pytest.fixture
def speaker_ids(committing_app: Flask, make_client: Any, auth: dict[str, str]) -> list[int]:
    response = make_client(committing_app).post("/v1/articles", json={"text": ARTICLE}, headers=auth)
    assert response.status_code == 201
    ids = sorted({q["speaker"]["id"] for q in response.get_json()["quotations"] if q["speaker"]})
    assert len(ids) == 2
    return ids


def _deleted_concurrently(app: Flask, speaker_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Delete the speaker from another connection once the request has read it (as a merge would)."""
    real_record = corrections._record
    done: list[bool] = []

    def record(session: Any, *args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            with get_database(app).session_scope() as other:
                other.execute(delete(Speaker).where(Speaker.id == speaker_id))
                other.commit()
        return real_record(session, *args, **kwargs)

    monkeypatch.setattr(corrections, "_record", record)


@pytest.mark.parametrize(
    ("action", "body"),
    [("rename", {"name": "Naomi Pereira-Santos"}), ("merge", {"into_id": "other"})],
)
def test_correction_of_a_speaker_deleted_meanwhile_is_404(
    committing_app: Flask,
    make_client: Any,
    auth: dict[str, str],
    speaker_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    body: dict[str, Any],
) -> None:
    subject, other = speaker_ids
    body = {key: other if value == "other" else value for key, value in body.items()}
    _deleted_concurrently(committing_app, subject, monkeypatch)
    client = make_client(committing_app)
    response = client.post(f"/v1/admin/speakers/{subject}/{action}", json=body, headers=auth)
    assert response.status_code == 404, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"


def test_merge_into_a_speaker_deleted_meanwhile_is_422(
    committing_app: Flask,
    make_client: Any,
    auth: dict[str, str],
    speaker_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    subject, target = speaker_ids
    _deleted_concurrently(committing_app, target, monkeypatch)
    client = make_client(committing_app)
    response = client.post(f"/v1/admin/speakers/{subject}/merge", json={"into_id": target}, headers=auth)
    assert response.status_code == 422, response.get_data(as_text=True)
    assert response.get_json()["errors"][0]["field"] == "into_id"


def test_a_correction_that_keeps_colliding_is_409(
    committing_app: Flask,
    make_client: Any,
    auth: dict[str, str],
    speaker_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy.exc import IntegrityError

    def collide(*_args: Any, **_kwargs: Any) -> None:
        raise IntegrityError("INSERT INTO speaker_aliases", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(corrections, "_add_alias", collide)
    subject = speaker_ids[0]
    client = make_client(committing_app)
    response = client.post(f"/v1/admin/speakers/{subject}/rename", json={"name": "Naomi P."}, headers=auth)
    assert response.status_code == 409, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert client.get(f"/v1/speakers/{subject}").get_json()["name"] == "Naomi Pereira"
