"""The evaluation predictions format produced from an Analysis."""

from __future__ import annotations

import pytest

from service.pipeline import analyse
from service.pipeline.predictions import prediction_for

CASES = [
    (
        "Port news\n\n“We will not sell the port,” Minister Jonas Petrov said, according to Reuters.\n",
        {
            "kind": "direct",
            "text": "We will not sell the port,",
            "speaker": {"name": "Jonas Petrov"},
            "via": ["Reuters"],
            "cue": "said",
            "mention": "Minister Jonas Petrov",
        },
    ),
    (
        "Port news\n\nThe ferry will stop in May, the harbour board said.\n",
        {
            "kind": "indirect",
            "text": "The ferry will stop in May",
            "speaker": {"name": "harbour board"},
            "via": [],
            "cue": "said",
            "mention": "the harbour board",
        },
    ),
    # Somebody the article never names is labelled by how it describes them, without "its" or "the".
    (
        "Lander news\n\nThe lander touched down near the south pole on Saturday, its operator said.\n",
        {
            "kind": "indirect",
            "text": "The lander touched down near the south pole on Saturday",
            "speaker": {"name": "operator"},
            "via": [],
            "cue": "said",
            "mention": "its operator",
        },
    ),
    # Whose they are stays part of the description: "the state's lawyers" are not any lawyers.
    (
        "Court news\n\nThe state's lawyers argued that recruits are not sworn officers.\n",
        {
            "kind": "indirect",
            "text": "recruits are not sworn officers",
            "speaker": {"name": "state's lawyers"},
            "via": [],
            "cue": "argued",
            "mention": "The state's lawyers",
        },
    ),
    # "One of the people" keeps "One of"; what describes an anonymous source after its head goes.
    (
        "Talks news\n\nOne of the people, who spoke on condition of anonymity, said the deal was off.\n",
        {
            "kind": "indirect",
            "text": "the deal was off",
            "speaker": {"name": "One of the people"},
            "via": [],
            "cue": "said",
            "mention": "One of the people, who spoke on condition of anonymity",
        },
    ),
    # A number is part of the description.
    (
        "Talks news\n\nThe two sides said they would meet again in Geneva next month.\n",
        {
            "kind": "indirect",
            "text": "they would meet again in Geneva next month",
            "speaker": {"name": "two sides"},
            "via": [],
            "cue": "said",
            "mention": "two sides",
        },
    ),
    (
        "Strike news\n\nTeachers in the province voted to strike, their union announced on Monday.\n",
        {
            "kind": "indirect",
            "text": "Teachers in the province voted to strike",
            "speaker": {"name": "union"},
            "via": [],
            "cue": "announced",
            "mention": "their union",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prediction_fields(text: str, expected: dict) -> None:
    article = prediction_for("a.txt", analyse(text))
    assert article["file"] == "a.txt"
    [q] = article["quotations"]
    assert text[q["start"] : q["end"]] == q["text"] == expected["text"]
    assert (q["kind"], q["speaker"], q["via"]) == (expected["kind"], expected["speaker"], expected["via"])
    assert q["cue"]["text"] == expected["cue"]
    assert text[q["cue"]["start"] : q["cue"]["end"]] == expected["cue"]
    assert q["speaker_mention"]["text"] == expected["mention"]


def test_nothing_found_gives_an_empty_list() -> None:
    assert prediction_for("b.txt", analyse("Port news\n\nThe ferry sailed at noon.\n")) == {
        "file": "b.txt",
        "quotations": [],
    }
