"""Fact-checkers' queries at scale: a speaker's quotations, full-text search and match, over >= 100,000
quotations, through the real HTTP server. Prints median and p99 latency; asserts nothing.

BENCHMARK DATA: the synthetic quotations of bench/api_latency.py (sentences of examples/ recombined,
generated speaker names, some wire-relayed), written with BULK inserts (the ingest path would take an hour
for 100k quotations on 2 cores) into a temporary SQLite file, and into PostgreSQL as well when
BENCH_DATABASE_URL points at an EMPTY database (it is left populated).

    .venv/bin/python bench/query_latency.py [--quotations 100000] [--requests 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, insert, select, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from api_latency import (  # noqa: E402
    EXAMPLES,
    FIRST_NAMES,
    SURNAMES,
    example_sentences,
    print_header,
    print_stats,
    running_server,
    speaker_pool,
    summarize,
    synthetic_article,
    time_calls,
    zipf_weights,
)

from service import create_app  # noqa: E402
from service.cli import read_article_file  # noqa: E402
from service.db import get_database  # noqa: E402
from service.store import outlets as outlet_store  # noqa: E402
from service.store.keys import name_key  # noqa: E402
from service.store.migrate import upgrade  # noqa: E402
from service.store.models import (  # noqa: E402
    Article,
    ArticleVersion,
    Quotation,
    QuotationVia,
    Speaker,
    SpeakerAlias,
)
from service.store.textkeys import match_key, search_text, tokens  # noqa: E402

CHUNK = 5000
_STOP = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "in",
    "on",
    "for",
    "that",
    "is",
    "was",
    "it",
    "we",
    "with",
    "by",
}


def populate(database_url: str, quotations: int, *, seed: int = 11) -> dict[str, Any]:
    """Bulk-insert ``quotations`` benchmark quotations; returns what the timing needs."""
    rng = random.Random(seed)
    sentences = example_sentences()
    speakers = speaker_pool(min(len(FIRST_NAMES) * len(SURNAMES), max(20, quotations // 25)), rng)
    weights = zipf_weights(len(speakers))
    publishers = [read_article_file(p).outlet for p in sorted(EXAMPLES.glob("*.txt"))]
    app = create_app({"DATABASE_URL": database_url})
    database = get_database(app)
    started = time.perf_counter()
    contents: list[str] = []
    with database.session_scope() as session:
        outlet_ids: dict[str, int] = {}

        def outlet_id(name: str) -> int:
            if name not in outlet_ids:
                outlet_ids[name] = outlet_store.resolve_outlet(session, name).id
            return outlet_ids[name]

        speaker_ids = {}
        speaker_rows, alias_rows = [], []
        for n, (name, _role) in enumerate(speakers, start=1):
            speaker_ids[name] = n
            speaker_rows.append(
                {"id": n, "name": name, "name_key": name_key(name), "kind": "person", "external_ids": {}}
            )
            for alias in (name, name.split()[-1]):
                alias_rows.append(
                    {
                        "speaker_id": n,
                        "alias": alias,
                        "alias_key": name_key(alias),
                        "match_key": match_key(alias),
                        "count": 1,
                    }
                )
        session.execute(insert(Speaker), speaker_rows)
        session.execute(insert(SpeakerAlias), alias_rows)
        base_day = datetime(2025, 1, 1, tzinfo=UTC)
        articles, versions, rows, vias = [], [], [], []
        made = article_id = 0
        now = datetime.now(UTC)
        while made < quotations:
            article_id += 1
            count = min(10, quotations - made)
            body, analysis = synthetic_article(rng, sentences, speakers, weights, count)
            body += f"\n[benchmark data {article_id}]"
            articles.append(
                {
                    "id": article_id,
                    "title": f"[benchmark data] Synthetic article {article_id}",
                    "outlet_id": outlet_id(rng.choice(publishers)),
                    "authors": [],
                    "published_at": base_day + timedelta(hours=rng.randrange(0, 24 * 600)),
                    "published_at_source": "client",
                    "current_version_id": article_id,
                    "created_at": now,
                }
            )
            versions.append(
                {
                    "id": article_id,
                    "article_id": article_id,
                    "version": 1,
                    "text": body,
                    "sha256": hashlib.sha256(body.encode()).hexdigest(),
                    "ingested_at": now,
                    "zones": [{"start": 0, "end": len(body), "kind": "main"}],
                    "wire_credits": [],
                    "extractor_version": "benchmark-synthetic",
                }
            )
            for value in analysis.quotations:
                made += 1
                speaker = value.speaker
                assert speaker is not None and speaker.mention is not None and speaker.name
                c = value.content
                rows.append(
                    {
                        "id": made,
                        "article_id": article_id,
                        "version_id": article_id,
                        "kind": value.kind,
                        "start": c.start,
                        "end": c.end,
                        "text": c.text,
                        "prefix": body[max(0, c.start - 32) : c.start],
                        "suffix": body[c.end : c.end + 32],
                        "sentence_start": value.sentence.start,
                        "sentence_end": value.sentence.end,
                        "speaker_id": speaker_ids[speaker.name],
                        "speaker_name": speaker.name,
                        "speaker_mention_start": speaker.mention.start,
                        "speaker_mention_end": speaker.mention.end,
                        "speaker_mention_text": speaker.mention.text,
                        "resolution": "named",
                        "cue_start": value.cue.start if value.cue else None,
                        "cue_end": value.cue.end if value.cue else None,
                        "cue_text": value.cue.text if value.cue else None,
                        "confidence": value.confidence,
                        "extractor_version": "benchmark-synthetic",
                        "cluster_id": made,
                        "search_text": search_text(c.text),
                        "speaker_locked": False,
                        "created_at": now,
                    }
                )
                contents.append(c.text)
                for position, via in enumerate(value.via):
                    vias.append(
                        {
                            "quotation_id": made,
                            "outlet_id": outlet_id(via.name),
                            "position": position,
                            "mention_start": via.mention.start,
                            "mention_end": via.mention.end,
                            "mention_text": via.mention.text,
                        }
                    )
            if len(rows) >= CHUNK:
                _flush(session, articles, versions, rows, vias)
        _flush(session, articles, versions, rows, vias)
        if session.get_bind().dialect.name == "postgresql":
            for table in ("speakers", "articles", "article_versions", "quotations"):
                sequence = f"pg_get_serial_sequence('{table}', 'id')"
                session.execute(text(f"SELECT setval({sequence}, (SELECT max(id) FROM {table}))"))
            session.execute(text("ANALYZE"))
        else:
            session.execute(text("ANALYZE"))
        session.commit()
        stored = session.scalar(select(func.count()).select_from(Quotation))
    database.dispose()
    return {
        "quotations": stored,
        "articles": article_id,
        "speakers": len(speakers),
        "seconds": time.perf_counter() - started,
        "contents": contents,
        "sentences": sentences,
        "speaker_names": [name for name, _ in speakers],
    }


def _flush(session: Any, *batches: list[dict[str, Any]]) -> None:
    for model, batch in zip((Article, ArticleVersion, Quotation, QuotationVia), batches, strict=True):
        if batch:
            session.execute(insert(model), batch)
            batch.clear()


def _queries(rng: random.Random, sentences: list[str], n: int) -> list[str]:
    """Half two-word queries, half three-word phrases, drawn from the benchmark sentences."""
    out = []
    for i in range(n):
        sentence = tokens(rng.choice(sentences))
        if i % 2:
            at = rng.randrange(0, max(1, len(sentence) - 2))
            out.append('"' + " ".join(sentence[at : at + 3]) + '"')
        else:
            words = [w for w in sentence if w not in _STOP and len(w) > 2] or sentence
            out.append(" ".join(rng.sample(words, min(2, len(words)))))
    return out


def _match_texts(rng: random.Random, contents: list[str], n: int) -> list[str]:
    """Stored words as a fact-checker would paste them: other quotation marks, cut short with '…', one
    word changed."""
    out = []
    for i in range(n):
        words = rng.choice(contents).split()
        if i % 3 == 0:
            out.append("“" + " ".join(words) + "”")
        elif i % 3 == 1:
            out.append(" ".join(words[: max(4, len(words) * 2 // 3)]) + " …")
        else:
            at = rng.randrange(len(words))
            words[at] = "indeed"
            out.append(" ".join(words))
    return out


def run(args: argparse.Namespace, database_url: str) -> None:
    backend = database_url.split(":", 1)[0]
    print(f"QuoteTrail query latency benchmark ({backend}, {args.workers} gunicorn workers)")
    upgrade(database_url)
    data = populate(database_url, args.quotations, seed=args.seed)
    print(
        f"store: {data['quotations']} benchmark quotations in {data['articles']} articles, "
        f"{data['speakers']} speakers; bulk-inserted in {data['seconds']:.1f} s"
    )
    rng = random.Random(args.seed)
    speaker_ids = list(range(1, data["speakers"] + 1))
    weights = zipf_weights(len(speaker_ids))
    sampled = rng.choices(speaker_ids, weights=weights, k=args.requests)
    queries = _queries(rng, data["sentences"], args.requests)
    texts = _match_texts(rng, data["contents"], args.requests)
    with running_server(database_url, workers=args.workers) as base_url, requests.Session() as http:

        def get(path: str, **params: Any) -> Any:
            response = http.get(f"{base_url}{path}", params=params, timeout=120)
            response.raise_for_status()
            return response.json()

        def post(path: str, body: dict[str, Any]) -> Any:
            response = http.post(f"{base_url}{path}", json=body, timeout=120)
            response.raise_for_status()
            return response.json()

        print()
        print_header()
        print_stats(
            "GET /v1/speakers/{id}/quotations (Zipf-sampled)",
            summarize(time_calls(lambda i: get(f"/v1/speakers/{sampled[i]}/quotations"), args.requests)),
        )
        hits: list[int] = []

        def search(i: int) -> None:
            hits.append(len(get("/v1/quotations", q=queries[i % len(queries)])["items"]))

        print_stats("GET /v1/quotations?q= (words / phrase)", summarize(time_calls(search, args.requests)))
        print_stats(
            "GET /v1/quotations?q=&speaker_id= (search + filter)",
            summarize(
                time_calls(
                    lambda i: get("/v1/quotations", q=queries[i % len(queries)], speaker_id=sampled[i]),
                    args.requests,
                )
            ),
        )
        found: list[int] = []

        def match(i: int) -> None:
            found.append(post("/v1/quotations/match", {"text": texts[i % len(texts)]})["total"])

        print_stats(
            "POST /v1/quotations/match (exact / … / changed word)",
            summarize(time_calls(match, args.requests)),
        )
        print(
            f"\nsearch: {sum(1 for h in hits if h) / len(hits):.0%} of queries found something; "
            f"match: {sum(1 for f in found if f) / len(found):.0%} of texts matched (median "
            f"{sorted(found)[len(found) // 2]} stored quotations each)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quotations", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per operation")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quotetrail-qbench-") as where:
        run(args, f"sqlite:///{Path(where) / 'bench.sqlite3'}")
    pg = os.environ.get("BENCH_DATABASE_URL", "").strip()
    if pg:
        print()
        run(args, pg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
