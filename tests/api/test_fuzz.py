"""Spec-driven junk: every operation in openapi.yaml, every parameter, hostile values — never a 500."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from service.store.models import Article

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
JUNK = [
    "",
    " ",
    "x",
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "null",
    "[]",
    "{}",
    "9" * 40,
    "\u0000",
    "%",
    "_",
    "\\",
    "' OR 1=1 --",
    "\U0001f600",
    "2024-02-30",
    "a" * 3000,
]
BODIES: list[Any] = [
    {},
    [],
    "s",
    1,
    None,
    True,
    {"text": {"a": 1}},
    {"text": [None]},
    {"text": "ok", "extra": 1},
    {"text": "ok", "title": 5},
    {"url": 5},
    {"html": False},
    {"text": "a" * 200_000},
]


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "delete")
    ]


def concrete(path: str, value: str = "1") -> str:
    return re.sub(r"\{[^}]+\}", lambda _: value, path)


def check(response) -> None:
    assert response.status_code < 500, (response.status_code, response.get_data(as_text=True)[:300])
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    ("path", "method", "op"), operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_500_for_junk_parameters(client, auth, path, method, op) -> None:
    names = [p["name"] for p in op.get("parameters", []) + SPEC["paths"][path].get("parameters", [])]
    call = getattr(client, method)
    for value in JUNK:
        for name in names:
            if "{" + name + "}" in path:
                check(call(concrete(path, value.replace("/", "%2F") or "%20"), headers=auth))
            else:
                check(call(concrete(path), query_string={name: value}, headers=auth))
        check(call(concrete(path), query_string={"not_a_parameter": value}, headers=auth))


@pytest.mark.parametrize(
    ("path", "method", "op"),
    [o for o in operations() if "requestBody" in o[2]],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_no_500_for_junk_bodies(client, auth, db, path, method, op) -> None:
    call = getattr(client, method)
    for body in BODIES:
        if body is None:
            check(call(path, data="null", content_type="application/json", headers=auth))
        else:
            check(call(path, json=body, headers=auth))
    for raw in (b"\xc3\x28", b'{"text": "\\udc00"}', b"[" * 10_000, b"{" * 50_000, b"1" * 5000):
        check(call(path, data=raw, content_type="application/json", headers=auth))
    for content_type in (
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin-1",
    ):
        check(call(path, data=b"{}", content_type=content_type, headers=auth))
    # Only the one valid body (the 200 000-character text) is stored, and only by the ingest endpoint.
    assert db.scalar(select(func.count()).select_from(Article)) == (1 if path == "/v1/articles" else 0)


ODD_TEXTS = [
    '"',
    '""',
    "\u201c\u201d\u201c",
    '"unterminated quotation that never ends, she said',
    '"Nested \'inner "deep" quote\' here," he said.',
    "\u00ab Bonjour \u00bb, a-t-il dit. \u201eGuten Tag\u201c, sagte sie.",
    "\u300c\u3053\u3093\u306b\u3061\u306f\u300d\u3068\u5f7c\u306f\u8a00\u3063\u305f\u3002",
    "\u0645\u0631\u062d\u0628\u0627 \u00ab\u0642\u0627\u0644\u00bb \u05e9\u05dc\u05d5\u05dd",
    '\U0001f600\U0001f4a5 "emoji \U0001f680 quote," \U0001f47d said.',
    "said said said according to according to told told",
    "\t\r\n\x0b\x0cword" * 50,
    "\u200b\u200d\ufeff\u00ad zero-width \u202e reversed",
    "A" * 20_000,
    ('"' + "word " * 300 + '," a person said. ') * 20,
    '"x," ' * 2000,
    "He said: " + "\n" * 500 + '"late quote."',
    "(PTI) (AFP) (Reuters) -- with inputs from Anadolu",
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_texts_extract_and_ingest(client, auth, text) -> None:
    extracted = client.post("/v1/extract", json={"text": text})
    assert extracted.status_code == 200, extracted.get_data(as_text=True)[:300]
    for quotation in extracted.get_json()["quotations"]:
        assert text[quotation["start"] : quotation["end"]] == quotation["text"]
    stored = client.post("/v1/articles", json={"text": text}, headers=auth)
    assert stored.status_code == 201, stored.get_data(as_text=True)[:300]
    assert stored.get_json()["text"] == text.replace("\r\n", "\n")
