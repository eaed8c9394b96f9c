"""The `ingest` Prefect flow: the composition root of a run.

poll due feeds -> parse -> pick new links -> fetch pages and, as they arrive, extract + code
(the shared process pool, `flows/pipeline.py`, or Dask) -> deduplicate, link stories, merge events -> one load transaction -> publish the read snapshot.

Tasks work in batches (all feeds, all pages, chunks of pages), never one task per article.
Only the network tasks retry. The warehouse is opened only for short reads and one short load
(`flows/runs.py`); no connection is held while fetching or extracting. The logic lives in
`extractors/` (pure) and `warehouse/` (SQL); this module wires them together and counts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from extractors.feeds import parse_feed
from extractors.models import FeedEntry, FeedSpec, ParsedFeed
from extractors.polling import FeedState, due_feeds, update_feed_state
from extractors.process import ProcessedPage
from extractors.urls import url_key
from flows.execute import fetch_and_extract_pages, on_dask
from flows.fetch import FeedFetch, fetch_feeds
from flows.fetch_settings import FetchSettings, RobotsCache, RobotsRecord
from flows.locks import RunSkipped
from flows.result_spool import ResultSpool, keep_both
from flows.run_report import publish_run_artifact, slowest_hosts
from flows.runs import RunControl, RunSummary, new_run_id, run_lifecycle
from flows.settings import Settings, load_feeds_file, resolve_settings
from flows.stages import (
    PageJob,
    feed_state_row,
    finish_and_load,
    robots_records,
    robots_rows,
    select_pages,
)
from flows.story_pool import pool_prescore
from warehouse.load import RunBatch
from warehouse.raw_store import RunRawPages
from warehouse.reads import feed_state_rows, robots_txt_rows
from warehouse.rows import fetch_log_row, raw_page_row

__all__ = ["RunSummary", "ingest", "run_ingest"]


@task(name="poll-feeds", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def poll_feeds(
    feeds: Sequence[FeedSpec],
    states: dict[str, FeedState],
    fetch: FetchSettings,
    robots: Sequence[RobotsRecord],
) -> tuple[list[FeedFetch], list[RobotsRecord]]:
    """Conditional GET of every due feed (I/O: the only feed task that retries)."""
    cache = RobotsCache(robots, fetch.robots_max_age_s)
    return fetch_feeds(feeds, states, fetch, robots=cache), cache.fetched


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
def ingest(feeds_path: str | None = None, db_path: str | None = None, due_only: bool = False) -> RunSummary:
    """One ingest run. `due_only` (the schedule's mode) polls only feeds whose next poll is due.
    Paths default to the settings (CONFLICTWIRE_FEEDS, CONFLICTWIRE_DB)."""
    settings = resolve_settings(feeds=feeds_path, db=db_path)
    return run_ingest(settings, due_only=due_only)


def run_ingest(settings: Settings, *, due_only: bool = False) -> RunSummary:
    logger = get_run_logger()
    config = load_feeds_file(settings.feeds)
    summary = RunSummary(run_id=new_run_id(), started_at=datetime.now(UTC), kind="ingest")
    fetch = FetchSettings.for_run(settings, config.allow_private_hosts)
    try:
        with run_lifecycle(settings, summary, command="ingest", say=logger.warning) as run:
            _ingest_stages(run, settings, config.feeds, fetch, due_only)
    except RunSkipped as skipped:
        logger.warning(str(skipped))
        summary.status = "skipped"
        return summary
    publish_run_artifact(summary)
    logger.info(
        "run %s: %d feeds polled (%d failed, %d not modified), %d new articles, %d duplicates skipped, "
        "%d event mentions, %d events; warehouse held for writing %.2fs",
        summary.run_id,
        summary.feeds_polled,
        summary.feeds_failed,
        summary.feeds_not_modified,
        summary.new_articles,
        summary.duplicates_skipped,
        summary.event_mentions,
        summary.events,
        summary.write_lock_s,
    )
    return summary


def _ingest_stages(
    run: RunControl, settings: Settings, feeds: Sequence[FeedSpec], fetch: FetchSettings, due_only: bool
) -> None:
    summary = run.summary
    with run.read() as con:
        states = {url: FeedState.from_row(row) for url, row in feed_state_rows(con).items()}
        robots = robots_records(robots_txt_rows(con))
    now = datetime.now(UTC)
    due = due_feeds(feeds, states, now) if due_only else list(feeds)
    summary.feeds_not_due = len(feeds) - len(due)

    run.stage("poll")
    fetches, feed_robots = poll_feeds(due, states, fetch, robots) if due else ([], [])
    parsed = parse_feeds(fetches, summary)
    batch = RunBatch()
    batch.add("fetch_log", [fetch_log_row(summary.run_id, f.page, "feed") for f in fetches])
    with run.read() as con:
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

    known_robots = [*robots, *feed_robots]
    store = RunRawPages(settings.db, summary.run_id) if settings.keep_raw_pages else None
    texts = ResultSpool()
    try:
        keep = keep_both(spool_raw_pages(store) if store is not None else None, texts.keep)
        processed, page_robots = fetch_and_extract(run, settings, jobs, fetch, known_robots, keep)
        summary.pages_fetched = sum(1 for p in processed if p.page.ok)
        summary.pages_failed = sum(1 for p in processed if not p.page.ok)
        summary.slowest_hosts = slowest_hosts([f.page for f in fetches], [p.page for p in processed])
        batch.add(
            "fetch_log", [fetch_log_row(summary.run_id, p.page, "page", p.body_bytes) for p in processed]
        )
        batch.add("robots_txt", robots_rows([*feed_robots, *page_robots]))
        if store is not None:  # pages that did not pass through `keep` (Dask) join the spool here
            store.add(
                [raw_pages_row(p) for p in processed if p.page.ok and url_key(p.page.url) not in store.keys]
            )
            batch.files.append(store)
        prescore = pool_prescore(settings.workers) if settings.task_runner == "local" else None
        finish_and_load(run, processed, jobs, summary, batch, prescore, texts)
    finally:
        texts.close()
        if store is not None:  # a run that ended before its load: its spool is no store
            store.discard_spool()


def raw_pages_row(item: ProcessedPage) -> dict:
    return raw_page_row(item.page, url_key(item.page.url), item.raw_zlib, item.raw_bytes)


def spool_raw_pages(store: RunRawPages) -> Callable[[list[ProcessedPage]], list[ProcessedPage]]:
    """What the pipeline keeps of a chunk's results: their compressed pages go to the run's spool
    file now (`warehouse.raw_store`: the files become the store at the load), the results are held
    without them (a page's copy was most of a result's bytes)."""

    def keep(done: list[ProcessedPage]) -> list[ProcessedPage]:
        store.add([raw_pages_row(p) for p in done if p.page.ok])
        return [dataclasses.replace(p, raw_zlib=None) if p.raw_zlib is not None else p for p in done]

    return keep


def fetch_and_extract(
    run: RunControl,
    settings: Settings,
    jobs: Sequence[PageJob],
    fetch: FetchSettings,
    robots: Sequence[RobotsRecord],
    keep: Callable[[list[ProcessedPage]], list[ProcessedPage]] | None = None,
) -> tuple[list[ProcessedPage], list[RobotsRecord]]:
    """The network and CPU stages, overlapped, with no warehouse connection held: here, or on Dask
    (where `keep` is not applied)."""
    run.stage("fetch")
    if not jobs:
        return [], []
    entries: list[FeedEntry] = [job.entry for job in jobs]
    if settings.task_runner == "dask":
        _pages, processed, new_robots = on_dask(settings, entries, fetch, robots)
        return processed, new_robots
    return fetch_and_extract_pages(
        quote(entries),
        fetch,
        quote(list(robots)),
        settings.workers,
        settings.page_chunk_size,
        settings.keep_raw_pages,
        quote(lambda: run.stage("extract")),  # the fetch goes on meanwhile
        quote(keep),
    )
