"""The API latency benchmark's data and timing helpers (its figures are printed by `make bench`, untested)."""

from __future__ import annotations

import importlib.util
import random
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_api_latency", ROOT / "bench" / "api_latency.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_synthetic_spans_index_the_synthetic_text(bench: ModuleType) -> None:
    rng = random.Random(1)
    sentences = bench.example_sentences()
    assert len(sentences) > 50 and not any("“" in s or '"' in s for s in sentences)
    speakers = bench.speaker_pool(30, rng)
    text, analysis = bench.synthetic_article(rng, sentences, speakers, bench.zipf_weights(30), 25)
    assert len(analysis.quotations) == 25
    for quotation in analysis.quotations:
        for span in (quotation.content, quotation.sentence, quotation.cue, quotation.speaker.mention):
            assert text[span.start : span.end] == span.text
        for via in quotation.via:
            assert text[via.mention.start : via.mention.end] == via.mention.text
        assert quotation.content.text in quotation.sentence.text


@pytest.mark.parametrize(
    ("samples", "q", "expected"),
    [([1.0], 99, 1.0), ([3.0, 1.0, 2.0], 50, 2.0), ([float(i) for i in range(1, 101)], 99, 99.0)],
)
def test_percentile_is_nearest_rank(
    bench: ModuleType, samples: list[float], q: float, expected: float
) -> None:
    assert bench.percentile(samples, q) == expected


def test_populate_writes_exactly_the_requested_quotations(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "bench.sqlite3"
    url = f"sqlite:///{path}"
    bench.upgrade(url)
    populated = bench.populate(url, 23, per_article=10, progress=False)
    assert (populated.articles, populated.quotations) == (3, 23)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM quotations").fetchone()[0] == 23
        titles = [row[0] for row in connection.execute("SELECT title FROM articles")]
    assert all(title.startswith("[benchmark data]") for title in titles)
