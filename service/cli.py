"""The ``quotetrail`` console script: ingest and extract article files, serve the API, migrate the database.

The CLI works on the configured database through the same service functions as the API (no HTTP, so no API
key), and ``extract`` runs exactly the text preparation and analysis that ``ingest`` runs, without storing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

# Suffixes picked up when a folder is given; a file named explicitly is read whatever its suffix.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
HEADER_KEYS = ("title", "outlet", "published", "url", "authors", "language")
PATHS_HELP = "article files, or folders of .txt/.html files"


class ArticleFileError(ValueError):
    """An article file that cannot be read as one (bad header, not UTF-8, unreadable)."""


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """An article file's body and header metadata, before any text preparation."""

    path: Path
    body: str
    is_html: bool = False
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None

    def submission(self) -> Any:
        from service.store.articles import Submission

        return Submission(
            text=None if self.is_html else self.body,
            html=self.body if self.is_html else None,
            title=self.title,
            outlet=self.outlet,
            published_at=self.published_at,
            authors=self.authors,
            language=self.language,
            # The header says where the text was published; the API's `url` would fetch it instead.
            source_url=self.url,
        )


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split ``Key: value`` header lines from the body (see examples/README.md).

    A file whose first line is not a known ``Key: value`` has no header, so raw scraped text is read as is.
    """
    first_line = raw.split("\n", 1)[0]
    if _header_key(first_line) is None:
        return {}, raw
    header: dict[str, str] = {}
    offset = 0
    for line in raw.splitlines(keepends=True):
        offset += len(line)
        if not line.strip():
            return header, raw[offset:]
        key, sep, value = line.partition(":")
        normalised = key.strip().lower()
        if not sep or normalised not in HEADER_KEYS:
            raise ArticleFileError(
                f"unknown header line {line.strip()!r} (known keys: {', '.join(HEADER_KEYS)})"
            )
        if normalised in header:
            raise ArticleFileError(f"header key {key.strip()!r} given twice")
        header[normalised] = value.strip()
    raise ArticleFileError("the header is not followed by a blank line and a body")


def _header_key(line: str) -> str | None:
    key, sep, _ = line.partition(":")
    key = key.strip().lower()
    return key if sep and key in HEADER_KEYS else None


def read_article_file(path: Path) -> ArticleFile:
    try:
        # Text mode with universal newlines, as the eval scorer reads the same files: offsets agree with it.
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ArticleFileError(exc.strerror or str(exc)) from exc
    header, body = split_header(raw)
    published_at = None
    if header.get("published"):
        try:
            published_at = datetime.fromisoformat(header["published"])
        except ValueError as exc:
            raise ArticleFileError(f"Published: {header['published']!r} is not an ISO 8601 date") from exc
    authors = tuple(a.strip() for a in header.get("authors", "").split(",") if a.strip())
    return ArticleFile(
        path=path,
        body=body,
        is_html=path.suffix.lower() in HTML_SUFFIXES,
        title=header.get("title") or None,
        outlet=header.get("outlet") or None,
        published_at=published_at,
        url=header.get("url") or None,
        authors=authors,
        language=header.get("language") or None,
    )


def collect_paths(paths: Iterable[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Expand folders into their article files (sorted); report paths that do not exist."""
    found: list[Path] = []
    missing: list[tuple[Path, str]] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in ARTICLE_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            missing.append((path, "no such file or folder"))
    return found, missing


def _prepared(article_file: ArticleFile) -> Any:
    """The text ingest would store for this file: the same preparation, so extract and ingest agree."""
    from service.store.articles import prepare

    return prepare(article_file.submission())


def _problem_text(exc: BaseException) -> str:
    detail = getattr(exc, "detail", None)
    return str(detail or exc).strip().splitlines()[0] if str(detail or exc).strip() else type(exc).__name__


# ---------------------------------------------------------------------------------------------------- ingest


@dataclass
class IngestSummary:
    created: int = 0
    unchanged: int = 0
    failed: list[tuple[Path, str]] = field(default_factory=list)
    quotations: int = 0

    def line(self) -> str:
        return (
            f"articles: {self.created} created, {self.unchanged} unchanged, {len(self.failed)} failed; "
            f"quotations stored: {self.quotations}"
        )


def cmd_ingest(args: argparse.Namespace) -> int:
    from sqlalchemy import inspect

    from service import create_app
    from service.db import get_database

    files, missing = collect_paths(args.paths)
    summary = IngestSummary(failed=list(missing))
    app = create_app()
    database = get_database(app)
    try:
        if not inspect(database.engine).has_table("article_versions"):
            print(
                f"error: the database at {_safe_url(app.config['DATABASE_URL'])} has no tables; "
                "run `quotetrail db upgrade` first",
                file=sys.stderr,
            )
            return 2
        with app.app_context():
            ingest_files(database, files, summary, progress=not args.quiet)
    finally:
        database.dispose()
    for path, reason in missing:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.failed else 0


def ingest_files(database: Any, files: Sequence[Path], summary: IngestSummary, *, progress: bool) -> None:
    """Ingest each file in its own transaction (the service's ``ingest``, as POST /v1/articles), so one
    bad file costs only itself and a stored article always has all of its file's header."""
    from sqlalchemy.exc import SQLAlchemyError
    from tqdm import tqdm

    from service.errors import Problem
    from service.store.articles import ingest, quotation_count

    # disable=None: a bar only on a terminal, so logs and pipes get just the summary.
    with tqdm(
        files, desc="ingest", unit="article", file=sys.stderr, disable=None if progress else True
    ) as bar:
        for path in bar:
            try:
                article_file = read_article_file(path)
                with database.session_scope() as session:
                    article, created = ingest(session, article_file.submission())
                    if not created:
                        summary.unchanged += 1
                        continue
                    summary.created += 1
                    summary.quotations += quotation_count(session, [article.id]).get(article.id, 0)
            except (ArticleFileError, Problem, SQLAlchemyError) as exc:
                summary.failed.append((path, _problem_text(exc)))
                bar.write(f"failed: {path}: {_problem_text(exc)}", file=sys.stderr)


# --------------------------------------------------------------------------------------------------- extract


def cmd_extract(args: argparse.Namespace) -> int:
    from service.errors import Problem
    from service.pipeline import analyse
    from service.pipeline.predictions import prediction_for

    files, failed = collect_paths(args.paths)
    articles: list[dict[str, Any]] = []
    for path in files:
        try:
            prepared = _prepared(read_article_file(path))
        except (ArticleFileError, Problem) as exc:
            failed.append((path, _problem_text(exc)))
            continue
        analysis = analyse(prepared.text, title=prepared.title)
        articles.append(prediction_for(path.name, analysis))
    for path, reason in failed:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    if args.json:
        json.dump({"articles": articles}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for article in articles:
            print(f"{article['file']}: {len(article['quotations'])} quotations")
            for quotation in article["quotations"]:
                speaker = (quotation.get("speaker") or {}).get("name") or "(unknown)"
                via = f"  via {', '.join(quotation['via'])}" if quotation.get("via") else ""
                print(f"  [{quotation['kind']}] {speaker}: {quotation['text']!r}{via}")
    return 1 if failed else 0


# ---------------------------------------------------------------------------------------------- serve & db


def _database_url() -> str:
    from service import create_app

    return create_app().config["DATABASE_URL"]


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _upgrade() -> None:
    from service.store.migrate import upgrade

    url = _database_url()
    upgrade(url)
    print(f"database {_safe_url(url)} is at the latest migration", file=sys.stderr)


def cmd_db_upgrade(_args: argparse.Namespace) -> int:
    _upgrade()
    return 0


def gunicorn_argv(host: str, port: int, workers: int, timeout: int) -> list[str]:
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        bind,
        "--workers",
        str(workers),
        # Ingest runs the extractor and may fetch a URL: longer than gunicorn's 30 s default.
        "--timeout",
        str(timeout),
        "--access-logfile",
        "-",
        *_no_control_socket(),
        "service:create_app()",
    ]


def _no_control_socket() -> list[str]:
    """gunicorn 27's control socket has one fixed path in $HOME: two servers (tests, make run) clash."""
    from importlib.metadata import version

    major = int(version("gunicorn").split(".")[0])
    return ["--no-control-socket"] if major >= 27 else []


def cmd_serve(args: argparse.Namespace) -> int:
    if args.migrate:
        _upgrade()
    argv = gunicorn_argv(args.host, args.port, args.workers, args.timeout)
    sys.stdout.flush()
    sys.stderr.flush()
    # Replace this process, so that signals (Ctrl-C, docker stop) reach gunicorn's master directly.
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover - execv does not return


def cmd_openapi(_args: argparse.Namespace) -> int:
    from service.openapi import render_yaml

    sys.stdout.write(render_yaml())
    return 0


# ------------------------------------------------------------------------------------------------------ main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotetrail",
        description="QuoteTrail: quotations, speakers and provenance from news articles.",
        epilog="The database comes from QUOTETRAIL_DATABASE_URL (default: a SQLite file in instance/).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest", help="store article files or folders in the database", description=cmd_ingest.__doc__
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(handler=cmd_ingest)

    extract = commands.add_parser("extract", help="show what the extractor finds; stores nothing")
    extract.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    extract.add_argument(
        "--json",
        action="store_true",
        help='print {"articles": [...]}, the ../shared/eval predictions format',
    )
    extract.set_defaults(handler=cmd_extract)

    serve = commands.add_parser("serve", help="serve the HTTP API with gunicorn")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    serve.add_argument("--workers", type=int, default=2, help="worker processes (default: %(default)s)")
    serve.add_argument(
        "--timeout", type=int, default=120, help="worker timeout, seconds (default: %(default)s)"
    )
    serve.add_argument("--migrate", action="store_true", help="apply database migrations first")
    serve.set_defaults(handler=cmd_serve)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    db_upgrade = db_commands.add_parser("upgrade", help="apply the Alembic migrations")
    db_upgrade.set_defaults(handler=cmd_db_upgrade)

    openapi = commands.add_parser("openapi", help="print the OpenAPI document (YAML) the app generates")
    openapi.set_defaults(handler=cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
