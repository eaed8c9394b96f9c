"""The whole `ingest` flow, for real: a loopback HTTP server serving the recorded web in
tests/fixtures/site, a temporary DuckDB file, Prefect's test harness."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.demo import demo_site_dir, recorded_web

pytestmark = pytest.mark.slow

SITE = demo_site_dir()
EXPECTED = json.loads((SITE / "expected.json").read_text(encoding="utf-8"))
FEED_FILES = sorted(p for p in (SITE / "feeds").iterdir() if not p.stem.startswith("broken"))


def linked_paths() -> set[str]:
    """Every page path the shipped feeds link to (tracking parameters dropped)."""
    paths = set()
    for feed in FEED_FILES:
        for link in re.findall(r"\{\{BASE\}\}(/[^\s<\"?#]+)", feed.read_text(encoding="utf-8")):
            if not link.startswith("/feeds/"):
                paths.add(link)
    return paths


def write_feeds_file(tmp_path: Path, base_url: str, extra: list[str] = ()) -> Path:
    lines = ["allow_private_hosts: true", "feeds:"]
    for feed in FEED_FILES:
        lines.append(f'  - {{url: "{base_url}/feeds/{feed.name}", name: "{feed.stem}"}}')
    for url in extra:
        lines.append(f'  - {{url: "{url}", name: "bad feed"}}')
    path = tmp_path / "feeds.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = ("articles", "event_mentions", "events", "seen_urls", "stories", "feeds", "runs")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture(autouse=True)
def _fast_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    # no politeness delay against our own loopback server; extraction in-process
    monkeypatch.setenv("CONFLICTWIRE_PER_HOST_DELAY_S", "0")
    monkeypatch.setenv("CONFLICTWIRE_WORKERS", "1")


def test_ingest_twice_loads_each_page_once_and_survives_bad_feeds(
    prefect_harness: None, tmp_path: Path, db_path: Path
) -> None:
    from flows.ingest import ingest

    with recorded_web(SITE) as web:
        bad = [f"{web.base_url}/feeds/missing.xml", f"{web.base_url}/feeds/broken.xml"]
        feeds = write_feeds_file(tmp_path, web.base_url, bad)
        first = ingest(feeds_path=str(feeds), db_path=str(db_path))
        after_first = counts(db_path)
        page_hits_first = {p: n for p, n in web.hits.items() if not p.startswith(("/feeds/", "/robots"))}
        second = ingest(feeds_path=str(feeds), db_path=str(db_path))
        after_second = counts(db_path)
        page_hits_second = {p: n for p, n in web.hits.items() if not p.startswith(("/feeds/", "/robots"))}

    pages = linked_paths()
    # every linked page fetched exactly once, though one item is in two feeds
    assert set(page_hits_first) == pages
    assert all(n == 1 for n in page_hits_first.values()), page_hits_first
    # the bad feeds are reported, the good ones still load
    assert first.feeds_failed == 2
    assert {e["url"] for e in first.errors if e["stage"] == "feed"} == set(bad)
    assert first.feeds_polled == len(FEED_FILES) + 2
    articles = [p for p, spec in EXPECTED.items() if spec["kind"] == "article"]
    assert first.new_articles == len(pages)
    assert after_first["articles"] == len(pages)
    assert after_first["event_mentions"] > 0
    assert after_first["events"] > 0
    assert first.duplicates_skipped >= 1  # the item listed in two feeds

    # the second run fetches no page again and adds no row
    assert page_hits_second == page_hits_first
    assert second.new_articles == 0
    for table in ("articles", "event_mentions", "events", "seen_urls", "stories", "feeds"):
        assert after_second[table] == after_first[table], table
    assert after_second["runs"] == after_first["runs"] + 1
    # unchanged feeds cost a conditional request on the second run
    assert all(web.conditional_hits[f"/feeds/{f.name}"] >= 1 for f in FEED_FILES)
    assert second.feeds_not_modified == len(FEED_FILES)

    con = duckdb.connect(str(db_path), read_only=True)
    kinds = dict(con.execute("SELECT url, page_kind FROM articles").fetchall())
    stored = con.execute(
        "SELECT canonical_url, title, text, language, page_kind, strftime(published_at, '%Y-%m-%dT%H:%M') "
        "FROM articles"
    ).fetchall()
    con.close()
    stored_articles = [u for u, k in kinds.items() if k == "article"]
    assert len(stored_articles) == len([p for p in articles if p in pages])
    assert_extract_prints_what_the_flow_stored(stored, web.base_url)


def test_a_scheduled_run_right_after_polls_no_feed_that_is_not_due(
    prefect_harness: None, tmp_path: Path, db_path: Path
) -> None:
    """`due_only` (the schedule's mode): a run straight after a run finds no feed's next poll come,
    so it asks the web for nothing and adds no row; an unscheduled run still polls them all."""
    from flows.ingest import ingest

    with recorded_web(SITE) as web:
        feeds = write_feeds_file(tmp_path, web.base_url)
        first = ingest(feeds_path=str(feeds), db_path=str(db_path), due_only=True)
        after_first, hits_first = counts(db_path), dict(web.hits)
        second = ingest(feeds_path=str(feeds), db_path=str(db_path), due_only=True)
        after_second, hits_second = counts(db_path), dict(web.hits)
        third = ingest(feeds_path=str(feeds), db_path=str(db_path))
        hits_third = dict(web.hits)

    assert (first.feeds_polled, first.feeds_not_due) == (len(FEED_FILES), 0)
    assert first.new_articles == len(linked_paths())
    assert (second.feeds_polled, second.feeds_not_due, second.new_articles) == (0, len(FEED_FILES), 0)
    assert hits_second == hits_first  # not even a conditional GET of a feed
    assert {t: n for t, n in after_second.items() if t != "runs"} == {
        t: n for t, n in after_first.items() if t != "runs"
    }
    assert after_second["runs"] == after_first["runs"] + 1
    assert (third.feeds_polled, third.feeds_not_due) == (len(FEED_FILES), 0)
    assert all(hits_third[f"/feeds/{f.name}"] == hits_first[f"/feeds/{f.name}"] + 1 for f in FEED_FILES)


def assert_extract_prints_what_the_flow_stored(stored: list[tuple], base_url: str) -> None:
    """`conflictwire extract` on the recorded page gives the stored row, field for field."""
    from typer.testing import CliRunner

    from flows.cli import app

    by_url = {row[0]: row for row in stored}
    checked = 0
    for path in sorted(linked_paths()):
        url = base_url + path
        if url not in by_url:
            continue
        result = CliRunner().invoke(
            app, ["extract", str(SITE / path.lstrip("/")), "--url", url, "--format", "jsonl"]
        )
        assert result.exit_code == 0, result.output
        record = json.loads(result.stdout.strip())
        _, title, text, language, page_kind, published = by_url[url]
        assert (record["title"], record["text"], record["language"], record["page_kind"]) == (
            title,
            text,
            language,
            page_kind,
        )
        assert (record["published_at"] or "")[:16] == (published or "")
        checked += 1
    assert checked >= len(linked_paths()) - 1


def test_cli_run_against_loopback_feeds(tmp_path: Path) -> None:
    """`conflictwire run --feeds F --db D` as a user runs it: a separate process, its own Prefect."""
    exe = Path(sys.executable).with_name("conflictwire")
    db = tmp_path / "cli.duckdb"
    env = {**os.environ, "CONFLICTWIRE_PER_HOST_DELAY_S": "0", "PREFECT_HOME": str(tmp_path / "prefect")}
    with recorded_web(SITE) as web:
        feeds = write_feeds_file(tmp_path, web.base_url)
        done = subprocess.run(
            [str(exe), "run", "--feeds", str(feeds), "--db", str(db)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "new articles" in done.stdout
    assert counts(db)["articles"] == len(linked_paths())

    query = subprocess.run(
        [str(exe), "query", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert query.returncode == 0, query.stderr
    assert json.loads(query.stdout.strip()) == [{"n": len(linked_paths())}]


def test_unreachable_feeds_are_reported_and_the_run_ends_cleanly(
    prefect_harness: None, tmp_path: Path, db_path: Path
) -> None:
    from flows.ingest import ingest

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n  - {url: 'http://feeds.example.invalid/rss.xml', name: A}\n"
        "  - {url: 'https://news.example.invalid/atom.xml', name: B}\n",
        encoding="utf-8",
    )
    summary = ingest(feeds_path=str(feeds), db_path=str(db_path))
    assert summary.feeds_polled == 2 and summary.feeds_failed == 2
    assert summary.status == "partial"
    assert counts(db_path)["runs"] == 1


def test_failed_and_capped_pages_wait_in_the_queue_and_are_fetched_later(
    prefect_harness: None, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that fails transiently, and links over the per-run cap, are not lost when the
    feed answers 304 on the next run: they wait in page_queue."""
    from flows.ingest import ingest

    pages = sorted(linked_paths())
    flaky = pages[0]
    monkeypatch.setenv("CONFLICTWIRE_MAX_PAGES_PER_RUN", str(len(pages) - 3))
    with recorded_web(SITE) as web:
        web.fail_next[flaky] = 5  # 503 for every try of the first run (the fetcher retries)
        feeds = write_feeds_file(tmp_path, web.base_url)
        first = ingest(feeds_path=str(feeds), db_path=str(db_path))
        assert first.pages_failed == 1
        assert first.pages_queued == 3
        con = duckdb.connect(str(db_path))
        queued = con.execute("SELECT link, attempts, last_error FROM page_queue ORDER BY link").fetchall()
        # time passes: the failed page's retry time comes
        con.execute("UPDATE page_queue SET next_attempt_at = TIMESTAMP '2000-01-01'")
        con.close()
        assert len(queued) == 4
        assert [q for q in queued if q[0].endswith(flaky)][0][1:] == (1, "HTTP 503")

        web.fail_next[flaky] = 0
        second = ingest(feeds_path=str(feeds), db_path=str(db_path))
        assert second.feeds_not_modified == len(FEED_FILES)
        assert second.new_articles == 4

    after = counts(db_path)
    assert after["articles"] == len(pages)
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*) FROM page_queue").fetchone()[0] == 0
    con.close()
