"""Extraction phenomena, one table per phenomenon; every text here is invented for the test."""

from __future__ import annotations

import pytest

from service.pipeline import analyse


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.content.text, q.speaker.name if q.speaker else None, q.kind) for q in analyse(text).quotations]


DIRECT = [
    (
        "Title line\n\n“We will open the bridge in spring,” Mayor Alma Ferreira said on Monday.\n",
        [("We will open the bridge in spring,", "Alma Ferreira", "direct")],
    ),
    (
        'Title line\n\nHarbour chief Tomas Lind spoke to workers.\n\n"The docks stay open," he said.\n',
        [("The docks stay open,", "Tomas Lind", "direct")],
    ),
    (
        "Title line\n\nCoach Ruth Okafor was calm. 'We will keep building this team,' she said.\n",
        [("We will keep building this team,", "Ruth Okafor", "direct")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotations(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(text) == expected


NOTHING = [
    "Title line\n\nThe river rose overnight and the bridge was closed to traffic.\n",
    "Title line\n\nRelated\n\nMinister says the budget is safe\n\nCouncil says “no” to new tower\n",
    "Title line\n\nRead more: Farmers say the drought is over\n",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_found(text: str) -> None:
    assert _found(text) == []
