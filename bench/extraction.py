"""Extraction quality and speed over ../shared: predictions, the scorer's figures, articles/s on one core.

Run with `.venv/bin/python bench/extraction.py`. Prints a notice and exits 0 when ../shared is absent.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
OUT = REPO / ".bench"
FRESH = REPO / "bench" / "fresh"
SETS = (
    ("seeds", SHARED / "seeds", SHARED / "gold" / "seeds.gold.json"),
    ("polnear-dev", SHARED / "polnear-dev" / "texts", SHARED / "polnear-dev" / "gold.json"),
    # Articles outside ../shared, written for measuring; gold built from bench/fresh/gold_source.py.
    ("fresh", FRESH / "texts", OUT / "fresh.gold.json"),
)


def _write_fresh_gold() -> None:
    sys.path.insert(0, str(FRESH))
    from gold_source import make_gold

    (OUT / "fresh.gold.json").write_text(json.dumps(make_gold(FRESH / "texts"), indent=1), encoding="utf-8")


def _score(gold: Path, predictions: Path, texts_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """../shared/eval/score.py on one predictions file."""
    command = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(predictions)]
    return subprocess.run(
        [*command, "--texts", str(texts_dir), *options], capture_output=True, text=True, check=False
    )


def _one_core() -> None:
    # Throughput is quoted per core: pin the process so that a threaded library cannot use both.
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def main() -> int:
    if not SHARED.is_dir():
        print(f"bench/extraction.py: {SHARED} not found; no evaluation data, nothing to measure.")
        return 0
    sys.path.insert(0, str(REPO))
    from service.pipeline import analyse
    from service.pipeline.predictions import prediction_for

    _one_core()
    # One untimed call so that lazily built regex caches do not count against the first set.
    analyse("Warm-up\n\n“Nothing here,” a spokesman said.\n")
    OUT.mkdir(exist_ok=True)
    _write_fresh_gold()
    for name, texts_dir, gold in SETS:
        if not texts_dir.is_dir() or not gold.is_file():
            print(f"[{name}] missing in {SHARED}; skipped")
            continue
        files = sorted(texts_dir.glob("*.txt"))
        texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
        articles = []
        elapsed = 0.0
        words = 0
        for file_name, text in texts:
            t0 = time.perf_counter()
            analysis = analyse(text)
            elapsed += time.perf_counter() - t0
            words += len(text.split())
            articles.append(prediction_for(file_name, analysis))
        out = OUT / f"{name}.predictions.json"
        out.write_text(json.dumps({"articles": articles}, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"== {name}: {len(texts)} articles, {words} words -> {out.relative_to(REPO)}")
        result = _score(gold, out, texts_dir)
        print(result.stdout.rstrip())
        if result.returncode:
            print(result.stderr.rstrip())
        rate = len(texts) / elapsed if elapsed else float("inf")
        print(f"throughput (one core, analyse() only): {rate:.1f} articles/s, {words / elapsed:,.0f} words/s")
        if name == "fresh":
            _fresh_batches(gold, out, texts_dir)
    return 0


# Articles of bench/fresh by batch. Batches 17 to 19 are held out: only their totals are ever read.
FRESH_BATCHES = (
    ("1-4 (developers' own)", range(1, 21)),
    ("5 (helper)", range(21, 26)),
    ("6 (helper)", range(26, 31)),
    ("7 (helper)", range(31, 36)),
    ("8 (helper)", range(36, 41)),
    ("9 (helper)", range(41, 46)),
    ("10 (helper)", range(46, 51)),
    ("11 (helper)", range(51, 56)),
    ("12 (helper)", range(56, 61)),
    ("13 (helper)", range(61, 66)),
    ("14 (helper)", range(66, 71)),
    ("15 (helper)", range(71, 76)),
    ("16 (helper)", range(76, 81)),
    ("17 (helper, held out)", range(81, 86)),
    ("18 (helper, held out)", range(86, 91)),
    ("19 (helper, held out)", range(91, 96)),
)


def _fresh_batches(gold: Path, predictions: Path, texts_dir: Path) -> None:
    """Quote+speaker F1 of each batch of bench/fresh, so that held-out batches show on their own."""
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    for label, numbers in FRESH_BATCHES:
        part = [a for a in articles if int(a["file"][:2]) in numbers]
        if not part:
            continue
        subset = OUT / "fresh.batch.gold.json"
        subset.write_text(json.dumps({"articles": part}), encoding="utf-8")
        result = _score(subset, predictions, texts_dir, "--json")
        result.check_returncode()
        figures = json.loads(result.stdout)
        qs, span = figures["quote_speaker"], figures["span_lenient"]
        print(
            f"  batch {label:24s} {len(part):2d} articles, {figures['gold']:3d} gold: "
            f"span F1 {100 * span['f1']:5.1f}, quote+speaker F1 {100 * qs['f1']:5.1f}"
        )


if __name__ == "__main__":
    sys.exit(main())
