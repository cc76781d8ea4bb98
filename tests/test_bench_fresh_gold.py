"""The gold of bench/fresh: every row names text that occurs once in its article, in the scorer's format."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "bench" / "fresh"


def _gold_source():
    spec = importlib.util.spec_from_file_location("fresh_gold_source", FRESH / "gold_source.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gold_row_points_into_its_article() -> None:
    source = _gold_source()
    gold = source.make_gold(FRESH / "texts")
    assert sum(len(a["quotes"]) for a in gold["articles"]) == len(source.ROWS)
    for article in gold["articles"]:
        text = (FRESH / "texts" / article["file"]).read_text(encoding="utf-8")
        for quote in article["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            assert quote["kind"] in {"direct", "indirect", "mixed"}
            assert quote["optional"] or quote["speakers"]


def test_every_article_has_gold() -> None:
    source = _gold_source()
    files = {row[0] for row in source.ROWS}
    assert files == {p.name for p in (FRESH / "texts").glob("*.txt")}


def test_page_junk_holds_no_gold_quotation() -> None:
    gold = _gold_source().make_gold(FRESH / "texts")
    zones = sum(len(a["boilerplate"]) for a in gold["articles"])
    assert zones > 0
    for article in gold["articles"]:
        for lo, hi in article["boilerplate"]:
            assert not any(lo <= q["start"] < hi for q in article["quotes"]), article["file"]
