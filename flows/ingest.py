"""The `ingest` Prefect flow: the composition root of a run.

poll due feeds -> parse -> pick new links -> fetch pages -> extract + code (process pool)
-> deduplicate, link stories, merge events -> one load transaction.

Tasks work in batches (all feeds, all pages, chunks of pages), never one task per article.
Only the network tasks retry. The logic lives in `extractors/` (pure) and `warehouse/` (SQL);
this module wires them together and counts.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extractors.feeds import parse_feed
from extractors.models import FeedEntry, FeedSpec, ParsedFeed, RawPage
from extractors.polling import FeedState, is_due, update_feed_state
from extractors.process import ProcessedPage, process_chunk
from extractors.times import naive_utc
from extractors.urls import url_key
from flows.fetch import FeedFetch, FetchSettings, fetch_feeds, fetch_pages
from flows.settings import Settings, load_feeds_file
from flows.stages import assemble_results, feed_state_row, select_pages
from warehouse.connection import connect
from warehouse.load import RunBatch, insert_rows, load_run
from warehouse.reads import feed_state_rows
from warehouse.rows import errors_json, fetch_log_row, raw_page_row


@dataclass
class RunSummary:
    """What one run did; printed by the CLI and stored as a `runs` row."""

    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "ok"
    feeds_polled: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    feeds_not_due: int = 0
    entries_seen: int = 0
    pages_fetched: int = 0
    pages_failed: int = 0
    pages_queued: int = 0
    new_articles: int = 0
    not_articles: int = 0
    duplicates_skipped: int = 0
    near_duplicates: int = 0
    event_mentions: int = 0
    events: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def error(self, url: str, stage: str, message: str) -> None:
        self.errors.append({"url": url, "stage": stage, "error": message})

    def row(self) -> dict:
        return {
            "run_id": self.run_id,
            "started_at": naive_utc(self.started_at),
            "finished_at": naive_utc(self.finished_at),
            "status": self.status,
            "feeds_polled": self.feeds_polled,
            "feeds_failed": self.feeds_failed,
            "feeds_not_modified": self.feeds_not_modified,
            "entries_seen": self.entries_seen,
            "pages_fetched": self.pages_fetched,
            "pages_failed": self.pages_failed,
            "pages_queued": self.pages_queued,
            "feeds_not_due": self.feeds_not_due,
            "not_articles": self.not_articles,
            "near_duplicates": self.near_duplicates,
            "new_articles": self.new_articles,
            "duplicates_skipped": self.duplicates_skipped,
            "event_mentions": self.event_mentions,
            "events": self.events,
            "errors": errors_json(self.errors),
        }


def fetch_settings_from(settings: Settings, allow_private_hosts: bool) -> FetchSettings:
    return FetchSettings(
        user_agent=settings.user_agent,
        connect_timeout_s=settings.connect_timeout_s,
        read_timeout_s=settings.read_timeout_s,
        page_time_budget_s=settings.page_time_budget_s,
        max_body_bytes=settings.max_body_bytes,
        per_host_concurrency=settings.per_host_concurrency,
        per_host_delay_s=settings.per_host_delay_s,
        total_concurrency=settings.total_concurrency,
        respect_robots=settings.respect_robots,
        allow_private_hosts=allow_private_hosts,
    )


@task(name="poll-feeds", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def poll_feeds(
    feeds: Sequence[FeedSpec], states: dict[str, FeedState], fetch: FetchSettings
) -> list[FeedFetch]:
    """Conditional GET of every due feed (I/O: the only feed task that retries)."""
    return fetch_feeds(feeds, states, fetch)


@task(name="fetch-pages", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_new_pages(urls: Sequence[str], fetch: FetchSettings) -> list[RawPage]:
    return fetch_pages(urls, fetch)


@task(name="extract-and-code", cache_policy=NO_CACHE)
def extract_and_code(
    items: Sequence[tuple[RawPage, FeedEntry | None]], workers: int, chunk_size: int
) -> list[ProcessedPage]:
    """CPU stage: extraction and event coding, in worker processes when the batch is large."""
    chunks = [list(items[i : i + chunk_size]) for i in range(0, len(items), chunk_size)]
    if workers <= 1 or len(chunks) <= 1:
        return [p for chunk in chunks for p in process_chunk(chunk)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the flow process runs threads (Prefect), and forking those is unsafe
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return [p for result in pool.map(process_chunk, chunks) for p in result]


@task(name="load-warehouse", cache_policy=NO_CACHE)
def load_warehouse(con: duckdb.DuckDBPyConnection, batch: RunBatch) -> dict[str, int]:
    """The run's single write: one transaction."""
    return load_run(con, batch)


def parse_feeds(fetches: Sequence[FeedFetch], summary: RunSummary) -> dict[str, ParsedFeed | None]:
    parsed: dict[str, ParsedFeed | None] = {}
    for fetched in fetches:
        url = fetched.feed.url
        summary.feeds_polled += 1
        if fetched.not_modified:
            summary.feeds_not_modified += 1
            parsed[url] = None
            continue
        if not fetched.page.ok:
            summary.feeds_failed += 1
            summary.error(url, "feed", fetched.page.error or f"HTTP {fetched.page.status}")
            parsed[url] = None
            continue
        result = parse_feed(fetched.page.content, fetched.feed, fetched.page.content_type)
        if result.error:
            summary.feeds_failed += 1
            summary.error(url, "feed", result.error)
        parsed[url] = result
    return parsed


@flow(name="ingest")
def ingest(
    feeds_path: str = "feeds.yaml", db_path: str = "data/conflictwire.duckdb", due_only: bool = False
) -> RunSummary:
    """One ingest run. `due_only` (the schedule's mode) polls only feeds whose next poll is due."""
    settings = Settings(feeds=Path(feeds_path), db=Path(db_path))
    return run_ingest(settings, due_only=due_only)


def run_ingest(settings: Settings, *, due_only: bool = False) -> RunSummary:
    logger = get_run_logger()
    config = load_feeds_file(settings.feeds)
    summary = RunSummary(run_id=_run_id(), started_at=datetime.now(UTC))
    fetch = fetch_settings_from(settings, config.allow_private_hosts)
    con = connect(settings.db)
    try:
        now = datetime.now(UTC)
        states = {url: FeedState.from_row(row) for url, row in feed_state_rows(con).items()}
        due = [f for f in config.feeds if not due_only or is_due(states.get(f.url), now)]
        summary.feeds_not_due = len(config.feeds) - len(due)
        fetches = poll_feeds(due, states, fetch) if due else []
        parsed = parse_feeds(fetches, summary)
        batch = RunBatch()
        batch.add("fetch_log", [fetch_log_row(summary.run_id, f.page, "feed") for f in fetches])
        jobs, fresh_per_feed = select_pages(con, parsed, settings.max_pages_per_run, now, summary, batch)
        batch.add(
            "feeds",
            [
                feed_state_row(
                    f.feed,
                    update_feed_state(
                        states.get(f.feed.url),
                        f.page,
                        parsed.get(f.feed.url),
                        datetime.now(UTC),
                        new_entries=fresh_per_feed.get(f.feed.url, 0),
                    ),
                )
                for f in fetches
            ],
        )
        pages = fetch_new_pages([job.entry.link for job in jobs], fetch) if jobs else []
        summary.pages_fetched = sum(1 for p in pages if p.ok)
        summary.pages_failed = sum(1 for p in pages if not p.ok)
        batch.add("fetch_log", [fetch_log_row(summary.run_id, p, "page") for p in pages])
        if settings.keep_raw_pages:
            batch.add("raw_pages", [raw_page_row(p, url_key(p.url)) for p in pages if p.ok])

        entries = [job.entry for job in jobs]
        processed = (
            extract_and_code(
                list(zip(pages, entries, strict=True)), settings.workers, settings.page_chunk_size
            )
            if pages
            else []
        )
        for item in processed:
            if item.error:
                summary.error(item.page.url, "page", item.error)
        assemble_results(con, processed, jobs, summary, batch)
        summary.finished_at = datetime.now(UTC)
        summary.status = "ok" if not summary.errors else "partial"
        batch.add("runs", [summary.row()])
        load_warehouse(con, batch)
        logger.info(
            "run %s: %d feeds polled (%d failed, %d not modified), %d new articles, %d duplicates skipped, "
            "%d event mentions, %d events",
            summary.run_id,
            summary.feeds_polled,
            summary.feeds_failed,
            summary.feeds_not_modified,
            summary.new_articles,
            summary.duplicates_skipped,
            summary.event_mentions,
            summary.events,
        )
    except Exception as exc:
        summary.status = "failed"
        summary.finished_at = datetime.now(UTC)
        summary.error("", "run", f"{type(exc).__name__}: {exc}")
        _record_failed_run(con, summary)
        raise
    finally:
        con.close()
    return summary


def _record_failed_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    """A run that broke still leaves its row (and nothing else: its batch was rolled back)."""
    with contextlib.suppress(duckdb.Error):
        insert_rows(con, "runs", [summary.row()], "replace", "run_id")


def _run_id() -> str:
    try:
        from prefect.runtime import flow_run

        if flow_run.id:
            return str(flow_run.id)
    except Exception:
        pass
    return str(uuid.uuid4())
