"""The quotetrail console script, run in-process on a database of its own: a temporary SQLite file, and
PostgreSQL (TEST_DATABASE_URL, emptied after each test) as well when it is set, as in tests/conftest.py."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from service.cli import ArticleFileError, main, read_article_file, split_header
from service.db import make_engine
from service.store.models import Base

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))
SUMMARY = re.compile(
    r"articles: (?P<created>\d+) created, (?P<unchanged>\d+) unchanged, (?P<failed>\d+) failed; "
    r"quotations stored: (?P<quotations>\d+)"
)


@pytest.mark.parametrize(
    ("raw", "header", "body"),
    [
        ("Title: A\nOutlet: B\n\nBody text.\n", {"title": "A", "outlet": "B"}, "Body text.\n"),
        (
            "title: lower-case keys\nURL: https://x.example/a\n\n\nTwo blank lines.",
            None,
            "\nTwo blank lines.",
        ),
        (
            "Published: 2026-01-02\n\nLine one.\n\nLine two.\n",
            {"published": "2026-01-02"},
            "Line one.\n\nLine two.\n",
        ),
        # No header: raw scraped text is the article, even when a later line looks like one.
        (
            "Home | News\nTitle: not a header here\n\nBody.",
            {},
            "Home | News\nTitle: not a header here\n\nBody.",
        ),
        ("Minister says: no comment.\n\nBody.", {}, "Minister says: no comment.\n\nBody."),
        ("", {}, ""),
    ],
)
def test_split_header(raw: str, header: dict[str, str] | None, body: str) -> None:
    got_header, got_body = split_header(raw)
    if header is not None:
        assert got_header == header
    assert got_body == body


@pytest.mark.parametrize(
    "raw",
    [
        "Title: A\nAuthor: misspelt key\n\nBody.",  # unknown key: refused rather than silently dropped
        "Title: A\nTitle: B\n\nBody.",
        "Title: A\nOutlet: B\n",  # no blank line, no body
    ],
)
def test_split_header_refuses(raw: str) -> None:
    with pytest.raises(ArticleFileError):
        split_header(raw)


def test_read_article_file_metadata() -> None:
    article = read_article_file(EXAMPLES / "02-fisheries-talks.txt")
    assert article.title == "Pacific fisheries talks resume after three-month pause"
    assert article.outlet == "The Meridian Herald"
    assert article.authors == ("Priya Ramaswamy", "Leon Achterberg")
    assert article.published_at is not None and article.published_at.isoformat() == "2026-02-11T00:00:00"
    assert article.url == "https://meridianherald.example/world/2026/02/11/pacific-fisheries-talks-resume"
    assert article.body.startswith("SUVA, Feb 11")


def test_read_article_file_rejects_bad_date_and_bytes(tmp_path: Path) -> None:
    bad_date = tmp_path / "bad-date.txt"
    bad_date.write_text("Published: last Tuesday\n\nBody.", encoding="utf-8")
    with pytest.raises(ArticleFileError, match="ISO 8601"):
        read_article_file(bad_date)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 owner said \u201cno\u201d.".encode("latin-1", errors="replace"))
    with pytest.raises(ArticleFileError, match="UTF-8"):
        read_article_file(latin1)


def test_examples_are_within_the_documented_shape() -> None:
    assert 6 <= len(EXAMPLE_FILES) <= 10
    for path in EXAMPLE_FILES:
        article = read_article_file(path)
        words = len(article.body.split())
        assert 150 <= words <= 400, (path.name, words)
        assert article.title and article.outlet and article.published_at, path.name


def test_extract_json_prints_predictions_for_each_file(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [EXAMPLES / "01-eastbridge-closure.txt", EXAMPLES / "06-wildfire-evacuations.txt"]
    assert main(["extract", "--json", *map(str, paths)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [a["file"] for a in out["articles"]] == [p.name for p in paths]
    for path, article in zip(paths, out["articles"], strict=True):
        body = read_article_file(path).body
        assert article["quotations"], path.name
        for quotation in article["quotations"]:
            assert quotation["kind"] in ("direct", "indirect", "mixed")
            # Offsets index the body after the header, exactly as stored by ingest.
            assert body[quotation["start"] : quotation["end"]] == quotation["text"]
            assert isinstance(quotation["via"], list)
            speaker = quotation["speaker"]
            assert speaker is None or set(speaker) >= {"name"}
            mention = quotation["speaker_mention"]
            if mention is not None:
                assert body[mention["start"] : mention["end"]] == mention["text"]
    texts = [q["text"] for q in out["articles"][0]["quotations"]]
    assert any("not taking any chances" in t for t in texts), texts


def test_extract_reports_a_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", "--json", str(tmp_path / "nope.txt")]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"articles": []}
    assert "nope.txt" in captured.err


@pytest.fixture
def database(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A fresh, migrated database made the CLI's configured one; its URL. The CLI commits for real, so on
    PostgreSQL the tables are emptied afterwards."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
        monkeypatch.setenv("QUOTETRAIL_DATABASE_URL", url)
        assert main(["db", "upgrade"]) == 0
        yield url
        return
    url = request.getfixturevalue("postgres_url")
    monkeypatch.setenv("QUOTETRAIL_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0  # already at the latest migration: a no-op, as on a live server
    yield url
    engine = make_engine(url)
    with engine.begin() as connection:
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


def _rows(url: str, sql: str) -> list[Any]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(sql)))
    finally:
        engine.dispose()


def _counts(url: str) -> dict[str, int]:
    tables = ("articles", "article_versions", "quotations", "speakers", "outlets")
    return {table: _rows(url, f"SELECT count(*) FROM {table}")[0][0] for table in tables}


def _json(value: Any) -> Any:
    """A JSON column as Python: SQLite hands back the text, PostgreSQL the decoded value."""
    return json.loads(value) if isinstance(value, str) else value


def _summary(out: str) -> dict[str, int]:
    match = SUMMARY.search(out)
    assert match, out
    return {key: int(value) for key, value in match.groupdict().items()}


def test_ingest_examples_then_again_is_unchanged(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["ingest", str(EXAMPLES)]) == 0
    first = _summary(capsys.readouterr().out)
    counts = _counts(database)
    assert first == {
        "created": len(EXAMPLE_FILES),
        "unchanged": 0,
        "failed": 0,
        "quotations": counts["quotations"],
    }
    assert counts["articles"] == counts["article_versions"] == len(EXAMPLE_FILES)
    assert counts["quotations"] > 0
    (row,) = _rows(
        database,
        "SELECT a.title, a.url, a.authors, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id "
        "WHERE a.title LIKE 'Pacific fisheries%'",
    )
    assert row[1] == "https://meridianherald.example/world/2026/02/11/pacific-fisheries-talks-resume"
    assert _json(row[2]) == ["Priya Ramaswamy", "Leon Achterberg"]
    assert row[3] == "The Meridian Herald"

    assert main(["ingest", str(EXAMPLES)]) == 0
    second = _summary(capsys.readouterr().out)
    assert second == {"created": 0, "unchanged": len(EXAMPLE_FILES), "failed": 0, "quotations": 0}
    assert _counts(database) == counts


def test_ingest_counts_failures_and_exits_non_zero(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(
        'The mayor said: "We will rebuild the pier by June."\n', encoding="utf-8"
    )
    (folder / "empty.txt").write_text("Title: Nothing here\n\n   \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes(b"Caf\xe9 owner said it was fine.")
    (folder / "notes.md").write_text("not an article: ignored in folders", encoding="utf-8")
    capsys.readouterr()
    assert main(["ingest", "--quiet", str(folder), str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert _summary(captured.out) == {
        "created": 1,
        "unchanged": 0,
        "failed": 3,
        "quotations": _counts(database)["quotations"],
    }
    for name in ("empty.txt", "latin1.txt", "missing.txt"):
        assert name in captured.err
    assert _counts(database)["articles"] == 1


def test_ingest_into_an_unmigrated_database_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUOTETRAIL_DATABASE_URL", f"sqlite:///{tmp_path / 'blank.sqlite3'}")
    assert main(["ingest", str(EXAMPLE_FILES[0])]) == 2
    assert "quotetrail db upgrade" in capsys.readouterr().err


def test_openapi_command_prints_the_committed_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["openapi"]) == 0
    assert capsys.readouterr().out == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def test_serve_runs_gunicorn_with_the_app_factory() -> None:
    from service.cli import gunicorn_argv

    argv = gunicorn_argv("0.0.0.0", 8000, 3, 120)
    assert argv[1:3] == ["-m", "gunicorn"]
    assert argv[argv.index("--bind") + 1] == "0.0.0.0:8000"
    assert argv[argv.index("--workers") + 1] == "3"
    assert argv[-1] == "service:create_app()"
    assert "--no-control-socket" in argv
    assert gunicorn_argv("::1", 8001, 1, 30)[4] == "[::1]:8001"


def test_ingest_html_file_uses_the_page_metadata(database: str, tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(
        "<html lang='en'><head><title>Harbour pier to reopen</title>"
        "<meta property='article:published_time' content='2026-04-01T09:00:00Z'></head>"
        "<body><nav>Home | News</nav><article><p>“We have the steel on site and the crews booked,” said Ines "
        "Calloway, the port director.</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["ingest", "--quiet", str(page)]) == 0
    ((title, source, stored),) = _rows(
        database,
        "SELECT a.title, a.published_at_source, v.text FROM articles a "
        "JOIN article_versions v ON v.id = a.current_version_id",
    )
    assert title == "Harbour pier to reopen"
    assert source == "html_meta"
    assert "Home | News" not in stored and "crews booked" in stored


def _article_file(folder: Path, name: str, body: str, url: str = "https://harbour.example/news/pier") -> Path:
    path = folder / name
    path.write_text(f"Title: Pier works\nURL: {url}\n\n{body}\n", encoding="utf-8")
    return path


def test_ingest_stores_the_url_header_in_the_one_ingest_transaction(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The URL header goes into the service's ingest with the rest (no second commit after it)."""
    from service.store import articles as article_store

    calls: list[Any] = []
    real_ingest = article_store.ingest

    def ingest(session: Any, submission: Any, **kwargs: Any) -> Any:
        calls.append(submission)
        return real_ingest(session, submission, **kwargs)

    monkeypatch.setattr(article_store, "ingest", ingest)
    path = _article_file(tmp_path, "pier.txt", '"The pier reopens in June," said Ines Calloway.')
    assert main(["ingest", "--quiet", str(path)]) == 0
    assert [(c.url, c.source_url) for c in calls] == [(None, "https://harbour.example/news/pier")]
    assert _rows(database, "SELECT url FROM articles") == [("https://harbour.example/news/pier",)]


def test_ingest_commits_each_file_once(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One commit per file: nothing after ingest's commit can leave an article without its URL."""
    from sqlalchemy.orm import Session

    commits: list[int] = []
    real_commit = Session.commit

    def commit(self: Session) -> None:
        commits.append(1)
        real_commit(self)

    monkeypatch.setattr(Session, "commit", commit)
    path = _article_file(tmp_path, "pier.txt", '"The pier reopens in June," said Ines Calloway.')
    assert main(["ingest", "--quiet", str(path)]) == 0
    assert len(commits) == 1
    assert _rows(database, "SELECT url FROM articles") == [("https://harbour.example/news/pier",)]


def test_ingest_that_fails_stores_nothing(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import OperationalError

    def crash(*_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("INSERT", {}, Exception("connection lost mid-ingest"))

    monkeypatch.setattr("service.store.appearances.assign_clusters", crash)
    path = _article_file(tmp_path, "pier.txt", '"The pier reopens in June," said Ines Calloway.')
    assert main(["ingest", "--quiet", str(path)]) == 1
    assert "pier.txt" in capsys.readouterr().err
    assert _counts(database) == dict.fromkeys(
        ("articles", "article_versions", "quotations", "speakers", "outlets"), 0
    )


def test_ingest_same_url_with_new_text_is_a_new_version(database: str, tmp_path: Path) -> None:
    """As over the API: the URL identifies the article, so an updated file adds a version to it."""
    first = _article_file(tmp_path, "a.txt", '"The pier reopens in June," said Ines Calloway.')
    assert main(["ingest", "--quiet", str(first)]) == 0
    second = _article_file(tmp_path, "b.txt", '"The pier reopens in July," said Ines Calloway.')
    assert main(["ingest", "--quiet", str(second)]) == 0
    counts = _counts(database)
    assert (counts["articles"], counts["article_versions"]) == (1, 2)
