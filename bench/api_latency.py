"""API latency: the real HTTP server (gunicorn via `quotetrail serve`) over a populated temporary store.

Prints figures, asserts nothing (speed is measured in `make bench`, never in `make test`).

BENCHMARK DATA. The store is filled with synthetic quotations: sentences of the example articles in examples/
recombined into new "articles" whose titles start with "[benchmark data]", attributed to generated speaker
names with a skewed (Zipf-like) frequency, some through wire services. The text and spans of every quotation
are known by construction, so they are stored through the service's ingest (`articles.ingest` given that
analysis) without running the extractor (which would dominate the set-up time). That path does per-row
identity and search work, so the default store is small; bench/query_latency.py bulk-inserts 100,000 of the
same quotations for figures at scale. The data lives only in a temporary database that is deleted at the end,
unless --database-url points at an EMPTY database you provide (for PostgreSQL figures).

    .venv/bin/python bench/api_latency.py [--quotations 5000] [--requests 300] [--ingests 16]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.cli import read_article_file  # noqa: E402
from service.db import get_database  # noqa: E402
from service.pipeline.outlets import lookup_outlet  # noqa: E402
from service.pipeline.types import Analysis, Quotation, Span, Speaker, Via, Zone  # noqa: E402
from service.store import articles as article_store  # noqa: E402
from service.store.migrate import upgrade  # noqa: E402

EXAMPLES = ROOT / "examples"
BENCH_API_KEY = "benchmark-key"
BENCH_EXTRACTOR_VERSION = "benchmark-synthetic"

# Generated speaker names: fictional combinations, never meant to match a real person.
FIRST_NAMES = [
    "Amara",
    "Bogdan",
    "Chiara",
    "Dmitri",
    "Elif",
    "Farid",
    "Grete",
    "Hamid",
    "Ines",
    "Jonas",
    "Keiko",
    "Lars",
    "Mei",
    "Nikhil",
    "Olga",
    "Pablo",
    "Qiu",
    "Rosa",
    "Sanjay",
    "Tamar",
    "Umar",
    "Vesna",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Adaeze",
    "Bruno",
    "Catalina",
    "Diego",
    "Esra",
    "Florin",
    "Gaia",
    "Hugo",
    "Ilse",
    "Jae-won",
    "Kofi",
    "Leila",
    "Mateus",
    "Nadia",
]
SURNAMES = [
    "Abara",
    "Brennik",
    "Castellan",
    "Dorsey",
    "Eriksen",
    "Fallow",
    "Grudin",
    "Halvorsen",
    "Ibekwe",
    "Jovanic",
    "Kettering",
    "Lindqvist",
    "Moravec",
    "Nakagawa",
    "Okonjo",
    "Petrakis",
    "Quesnel",
    "Rahimi",
    "Sandoval",
    "Toivonen",
    "Ulrich",
    "Varga",
    "Whitlock",
    "Xu",
    "Yilmaz",
    "Zeller",
    "Achebe",
    "Brandt",
    "Cordero",
    "Delacroix",
    "Esposito",
    "Fenwick",
    "Gallo",
    "Horvath",
    "Ionescu",
    "Jansen",
    "Kowalczyk",
    "Lombardi",
    "Mbeki",
    "Novak",
]
ROLES = (
    "spokesperson",
    "deputy minister",
    "union organiser",
    "council leader",
    "chief executive",
    "analyst",
    "fire chief",
    "head coach",
)
VIA_NAMES = ("Reuters", "Xinhua", "TASS", "Anadolu", "Interfax", "Associated Press", "Agence France-Presse")
CUES = ("said", "told reporters", "added", "said on Tuesday", "warned")
# Lines of page furniture in the examples: not prose to recombine.
_JUNK = re.compile(r"\||^(Read more|Also read|Related|Photo|Share|©|Skip|Subscribe|By )", re.I)
_QUOTE_MARKS = str.maketrans("", "", '"“”‘’')


# ------------------------------------------------------------------------------------------ benchmark data


def example_sentences() -> list[str]:
    """Prose sentences of the example articles, without quotation marks and final punctuation."""
    sentences: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        for line in read_article_file(path).body.splitlines():
            line = line.strip()
            if len(line) < 60 or _JUNK.search(line):
                continue
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z‘“\"])", line.translate(_QUOTE_MARKS)):
                sentence = sentence.strip().rstrip(".!?,;:").strip()
                if 30 <= len(sentence) <= 240:
                    sentences.append(sentence)
    return sentences


def speaker_pool(count: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """``count`` distinct generated names, each with an optional role."""
    names = [f"{first} {last}" for first in FIRST_NAMES for last in SURNAMES]
    rng.shuffle(names)
    if count > len(names):
        raise ValueError(f"at most {len(names)} benchmark speakers")
    return [(name, rng.choice(ROLES) if rng.random() < 0.6 else None) for name in names[:count]]


def zipf_weights(count: int, exponent: float = 1.1) -> list[float]:
    """A few speakers quoted very often, most rarely: like news."""
    return [1.0 / (rank**exponent) for rank in range(1, count + 1)]


class _TextBuilder:
    """Appends pieces of text and hands back their spans, so every offset is right by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> Span:
        span = Span(self.length, self.length + len(piece), piece)
        self.parts.append(piece)
        self.length += len(piece)
        return span

    def text(self) -> str:
        return "".join(self.parts)


def synthetic_article(
    rng: random.Random,
    sentences: list[str],
    speakers: list[tuple[str, str | None]],
    weights: list[float],
    quotations: int,
) -> tuple[str, Analysis]:
    """One benchmark article of ``quotations`` attributed statements, with its exact Analysis."""
    builder = _TextBuilder()
    values: list[Quotation] = []
    for index in range(quotations):
        if index:
            builder.add("\n\n")
        if rng.random() < 0.5:
            builder.add(rng.choice(sentences) + ". ")
        name, role = rng.choices(speakers, weights=weights)[0]
        content_text = ". ".join(rng.sample(sentences, rng.randint(1, 2)))
        paragraph_start = builder.length
        via: tuple[Via, ...] = ()
        if rng.random() < 0.75:  # direct: “content,” Name said. / … Name told Reuters.
            builder.add("“")
            content = builder.add(content_text)
            builder.add(",” ")
            if role and rng.random() < 0.5:
                builder.add(f"the {role}, ")
            mention = builder.add(name)
            builder.add(" ")
            if rng.random() < 0.2:
                cue = builder.add("told")
                builder.add(" ")
                outlet = lookup_outlet(rng.choice(VIA_NAMES))
                assert outlet is not None
                via = (Via(outlet.name, outlet.kind, builder.add(outlet.name)),)
            else:
                cue = builder.add(rng.choice(CUES))
            builder.add(".")
            kind = "direct"
        else:  # indirect: Name said that content, according to Xinhua.
            mention = builder.add(name)
            builder.add(" ")
            cue = builder.add("said")
            builder.add(" that ")
            content = builder.add(content_text[0].lower() + content_text[1:])
            if rng.random() < 0.3:
                builder.add(", according to ")
                outlet = lookup_outlet(rng.choice(VIA_NAMES))
                assert outlet is not None
                via = (Via(outlet.name, outlet.kind, builder.add(outlet.name)),)
            builder.add(".")
            kind = "indirect"
        sentence = Span(paragraph_start, builder.length, "")
        speaker = Speaker(
            name=name,
            kind="person",
            mention=mention,
            resolution="named",
            role=role,
            aliases=(name, name.split()[-1]),
        )
        values.append(
            Quotation(
                kind=kind,
                content=content,
                sentence=sentence,
                speaker=speaker,
                cue=cue,
                via=via,
                confidence=0.9,
            )
        )
    text = builder.text()
    values = [
        Quotation(
            kind=q.kind,
            content=q.content,
            sentence=Span(q.sentence.start, q.sentence.end, text[q.sentence.start : q.sentence.end]),
            speaker=q.speaker,
            cue=q.cue,
            via=q.via,
            confidence=q.confidence,
        )
        for q in values
    ]
    analysis = Analysis(
        quotations=tuple(values),
        zones=(Zone(0, len(text), "main"),),
        extractor_version=BENCH_EXTRACTOR_VERSION,
    )
    return text, analysis


@dataclass(frozen=True)
class Populated:
    articles: int
    quotations: int
    speakers: int
    seconds: float


def populate(
    database_url: str, quotations: int, *, per_article: int = 10, seed: int = 7, progress: bool = True
) -> Populated:
    """Fill the (migrated, empty) database with ``quotations`` synthetic benchmark quotations."""
    rng = random.Random(seed)
    sentences = example_sentences()
    speakers = speaker_pool(max(20, min(quotations // 25, len(FIRST_NAMES) * len(SURNAMES))), rng)
    weights = zipf_weights(len(speakers))
    outlets = [read_article_file(p).outlet for p in sorted(EXAMPLES.glob("*.txt"))]
    app = create_app({"DATABASE_URL": database_url})
    database = get_database(app)
    started = time.perf_counter()
    made = articles = 0
    base_day = datetime(2025, 1, 1, tzinfo=UTC)
    try:
        while made < quotations:
            count = min(per_article, quotations - made)
            text, analysis = synthetic_article(rng, sentences, speakers, weights, count)
            submission = article_store.Submission(
                text=text,
                title=f"[benchmark data] Synthetic article {articles + 1}",
                outlet=rng.choice(outlets),
                published_at=base_day + timedelta(hours=rng.randrange(0, 24 * 600)),
            )
            with database.session_scope() as session:
                # The service's ingest minus the extractor: the quotations are known by construction.
                article_store.ingest(session, submission, analysis=analysis)
            made += count
            articles += 1
            if progress and articles % 200 == 0:
                print(f"  populated {made}/{quotations} quotations", file=sys.stderr, flush=True)
    finally:
        database.dispose()
    return Populated(articles, made, len(speakers), time.perf_counter() - started)


# ----------------------------------------------------------------------------------------------- timing


@dataclass(frozen=True)
class Stats:
    n: int
    median_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def summarize(samples: list[float]) -> Stats:
    ms = [s * 1000 for s in samples]
    return Stats(len(ms), statistics.median(ms), percentile(ms, 99), statistics.fmean(ms), max(ms))


def time_calls(call: Callable[[int], Any], count: int, *, warmup: int = 5) -> list[float]:
    """Seconds taken by each of ``count`` calls of ``call(i)`` after ``warmup`` untimed ones."""
    for i in range(warmup):
        call(i)
    samples = []
    for i in range(count):
        started = time.perf_counter()
        call(i)
        samples.append(time.perf_counter() - started)
    return samples


def print_header() -> None:
    print(f"{'operation':<54} {'n':>5} {'median ms':>10} {'p99 ms':>9} {'mean ms':>9} {'max ms':>9}")


def print_stats(label: str, stats: Stats) -> None:
    print(
        f"{label:<54} {stats.n:>5} {stats.median_ms:>10.2f} {stats.p99_ms:>9.2f} "
        f"{stats.mean_ms:>9.2f} {stats.max_ms:>9.2f}"
    )


# ----------------------------------------------------------------------------------------------- server


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(database_url: str, *, workers: int = 2, log_path: Path | None = None) -> Iterator[str]:
    """`quotetrail serve` on a free loopback port; yields its base URL and always stops it."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "QUOTETRAIL_DATABASE_URL": database_url, "QUOTETRAIL_API_KEYS": BENCH_API_KEY}
    log = open(log_path or os.devnull, "wb")  # noqa: SIM115 - closed in finally, after the server
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
        + ["--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited with {process.returncode}")
            try:
                if requests.get(f"{base_url}/health", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not become healthy within 120 s")
            time.sleep(0.25)
        # Every worker loads the app lazily; a few requests make sure all have answered once.
        for _ in range(workers * 3):
            requests.get(f"{base_url}/health", timeout=30)
        yield base_url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


# ------------------------------------------------------------------------------------------------- main


def speakers_by_frequency(base_url: str, http: requests.Session) -> list[tuple[int, str, int]]:
    """(id, name, quotation count) of every speaker, most quoted first."""
    found: list[tuple[int, str, int]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        page = http.get(f"{base_url}/v1/speakers", params=params, timeout=60).json()
        for item in page["items"]:
            found.append((item["id"], item["name"], item["counts"]["quotations"]))
        cursor = page.get("next_cursor")
        if not cursor:
            return sorted(found, key=lambda s: -s[2])


def ingest_bodies(count: int) -> list[dict[str, Any]]:
    """Article bodies for POST /v1/articles: the examples, made distinct per copy (new content each time)."""
    files = [read_article_file(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    bodies = []
    for i in range(count):
        example = files[i % len(files)]
        bodies.append(
            {
                "text": example.body + f"\n[benchmark data: copy {i // len(files) + 1}]\n",
                "title": f"[benchmark data] {example.title}",
                "outlet": example.outlet,
            }
        )
    return bodies


def _is_empty(database_url: str) -> bool:
    from sqlalchemy import func, select

    from service.store.models import Article

    database = get_database(create_app({"DATABASE_URL": database_url}))
    try:
        with database.session_scope() as session:
            return not session.scalar(select(func.count()).select_from(Article))
    finally:
        database.dispose()


def run(args: argparse.Namespace, database_url: str) -> None:
    print(
        f"QuoteTrail API latency benchmark ({database_url.split(':', 1)[0]}, {args.workers} gunicorn workers)"
    )
    upgrade(database_url)
    if not _is_empty(database_url):
        raise SystemExit("error: the benchmark database already holds articles; give it an empty one")
    populated = populate(database_url, args.quotations, seed=args.seed)
    print(
        f"store: {populated.quotations} benchmark quotations in {populated.articles} articles, "
        f"{populated.speakers} speakers; populated in {populated.seconds:.1f} s "
        f"({populated.quotations / populated.seconds:.0f} quotations/s through the ingest write path)"
    )
    with running_server(database_url, workers=args.workers) as base_url, requests.Session() as http:
        speakers = speakers_by_frequency(base_url, http)
        heavy = speakers[: max(1, len(speakers) // 100)]
        typical = speakers[len(speakers) // 4 : len(speakers) * 3 // 4] or speakers
        rng = random.Random(args.seed)
        sample = [rng.choice(typical) for _ in range(args.requests)]
        top = [heavy[i % len(heavy)] for i in range(args.requests)]
        print(
            f"speakers: {len(speakers)}; most quoted has {speakers[0][2]} quotations, "
            f"median speaker {speakers[len(speakers) // 2][2]}"
        )
        print()
        print_header()

        def get(path: str, **params: Any) -> Any:
            response = http.get(f"{base_url}{path}", params=params, timeout=60)
            response.raise_for_status()
            return response

        print_stats("GET /health", summarize(time_calls(lambda i: get("/health"), args.requests)))
        print_stats(
            "GET /v1/quotations?speaker_id= (typical speaker)",
            summarize(
                time_calls(
                    lambda i: get("/v1/quotations", speaker_id=sample[i % len(sample)][0]), args.requests
                )
            ),
        )
        print_stats(
            "GET /v1/quotations?speaker_id= (top 1% speakers)",
            summarize(time_calls(lambda i: get("/v1/quotations", speaker_id=top[i][0]), args.requests)),
        )
        print_stats(
            "GET /v1/quotations?speaker_id=&limit=100",
            summarize(
                time_calls(lambda i: get("/v1/quotations", speaker_id=top[i][0], limit=100), args.requests)
            ),
        )
        print_stats(
            "GET /v1/quotations?speaker=<surname> (name search)",
            summarize(
                time_calls(
                    lambda i: get("/v1/quotations", speaker=sample[i % len(sample)][1].split()[-1]),
                    args.requests,
                )
            ),
        )
        print_stats(
            "GET /v1/speakers/{id}/quotations",
            summarize(
                time_calls(
                    lambda i: get(f"/v1/speakers/{sample[i % len(sample)][0]}/quotations"), args.requests
                )
            ),
        )

        bodies = ingest_bodies(args.ingests + 3)
        headers = {"X-API-Key": BENCH_API_KEY}

        def post(i: int, expect: int) -> None:
            response = http.post(f"{base_url}/v1/articles", json=bodies[i], headers=headers, timeout=300)
            if response.status_code != expect:
                raise RuntimeError(f"POST /v1/articles: {response.status_code} {response.text[:300]}")

        print_stats(
            "POST /v1/articles (new example article, extraction)",
            summarize(time_calls(lambda i: post(i + 3, 201), args.ingests, warmup=0)),
        )
        print_stats(
            "POST /v1/articles (same content again: 200)",
            summarize(time_calls(lambda i: post(3 + i % args.ingests, 200), args.ingests, warmup=0)),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quotations", type=int, default=5_000, help="benchmark quotations to populate")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per read operation")
    parser.add_argument("--ingests", type=int, default=16, help="timed article ingests")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--database-url",
        help="an EMPTY database to use instead of a temporary SQLite file (it is left populated)",
    )
    args = parser.parse_args(argv)
    if args.database_url:
        run(args, args.database_url)
        return 0
    with tempfile.TemporaryDirectory(prefix="quotetrail-bench-") as where:
        run(args, f"sqlite:///{Path(where) / 'bench.sqlite3'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
