"""Turning a run's processed pages into warehouse rows: URL identity, the page queue, skipped and
duplicate pages, article and mention rows; their stories and events are `flows.story_events`.

Glue between the pure steps (`extractors/`) and the loader (`warehouse/`); reads the warehouse
only to find what already exists, and writes nothing itself (the batch is loaded in one
transaction by the flow).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import duckdb

from extractors.merge import mention_id_for
from extractors.models import FeedEntry, FeedSpec, ParsedFeed
from extractors.polling import FeedState, page_gives_up, page_retry_at
from extractors.process import ProcessedPage
from extractors.story_groups import Prescore
from extractors.times import naive_utc
from extractors.urls import canonical_key, canonical_url, url_key
from flows.result_spool import TextSource
from flows.story_events import link_stories_and_events
from warehouse.load import RunBatch, delete_rows
from warehouse.reads import existing_article_ids, queued_pages, seen_url_keys
from warehouse.rows import article_row, mention_row

if TYPE_CHECKING:
    from flows.fetch_settings import RobotsRecord
    from flows.runs import RunControl, RunSummary

# Page kinds that are not articles at all: recorded as skipped (seen_urls, fetch_log), never stored.
SKIPPED_KINDS = frozenset({"binary", "empty"})


def robots_records(rows: Sequence[Mapping[str, Any]]) -> list[RobotsRecord]:
    """robots.txt answers stored by earlier runs (naive UTC in the warehouse)."""
    from flows.fetch_settings import RobotsRecord

    return [
        RobotsRecord(r["origin"], int(r["status"]), r["body"] or "", r["fetched_at"].replace(tzinfo=UTC))
        for r in rows
        if r["fetched_at"] is not None
    ]


def robots_rows(records: Sequence[RobotsRecord]) -> list[dict[str, Any]]:
    return [
        {"origin": r.origin, "status": r.status, "body": r.body, "fetched_at": naive_utc(r.fetched_at)}
        for r in records
    ]


def feed_state_row(feed: FeedSpec, state: FeedState) -> dict[str, Any]:
    row = {k: naive_utc(v) if isinstance(v, datetime) else v for k, v in dataclasses.asdict(state).items()}
    row.update(feed_url=feed.url, name=feed.name, language=feed.language)
    return row


@dataclass(frozen=True)
class PageJob:
    """A page to fetch this run: a feed link never seen, or one waiting in the page queue."""

    key: str  # url_key of the feed link
    entry: FeedEntry
    attempts: int = 0  # failed attempts so far
    queued: bool = False
    canonical_link: str = ""  # canonical_url of the link, when known (computed with `key`)


def select_pages(
    con: duckdb.DuckDBPyConnection,
    parsed: Mapping[str, ParsedFeed | None],
    limit: int,
    now: datetime,
    summary: RunSummary,
    batch: RunBatch,
) -> tuple[list[PageJob], Counter[str]]:
    """The pages to fetch now: queued links whose retry time has come (oldest first), then feed
    links never seen, one per URL, up to `limit`. Links over the limit join the queue, so a feed
    that answers 304 next time loses nothing. Returns the jobs and, per feed, how many links
    were new to the warehouse."""
    by_key: dict[str, FeedEntry] = {}
    canonical_of: dict[str, str] = {}
    for result in parsed.values():
        for entry in result.entries if result else ():
            summary.entries_seen += 1
            canonical = canonical_url(entry.link)
            key = canonical_key(canonical)
            if key in by_key:
                summary.duplicates_skipped += 1
                continue
            by_key[key] = entry
            canonical_of[key] = canonical
    seen = seen_url_keys(con, by_key)
    summary.duplicates_skipped += len(seen)
    queue = {row["url_key"]: row for row in queued_pages(con)}
    now_naive = naive_utc(now)
    jobs = [
        PageJob(key, _queued_entry(row), int(row["attempts"] or 0), queued=True)
        for key, row in queue.items()
        if row["next_attempt_at"] is None or row["next_attempt_at"] <= now_naive
    ]
    fresh = [
        PageJob(key, entry, canonical_link=canonical_of[key])
        for key, entry in by_key.items()
        if key not in seen and key not in queue
    ]
    jobs.extend(fresh)
    overflow = [job for job in jobs[limit:] if not job.queued]
    batch.add("page_queue", [_queue_row(job, now, attempts=0, error=None, retry_at=None) for job in overflow])
    summary.pages_queued = len(overflow)
    return jobs[:limit], Counter(job.entry.feed_url for job in fresh)


def _queued_entry(row: Mapping[str, Any]) -> FeedEntry:
    published = row["published_at"]
    return FeedEntry(
        feed_url=row["feed_url"] or "",
        link=row["link"],
        title=row["title"] or "",
        guid=row["guid"] or "",
        published_at=published.replace(tzinfo=UTC) if published else None,
        summary=row["summary"] or "",
        outlet=row["outlet"] or "",
        language=row["language"],
    )


def _queue_row(
    job: PageJob, now: datetime, *, attempts: int, error: str | None, retry_at: datetime | None
) -> dict[str, Any]:
    entry = job.entry
    return {
        "url_key": job.key,
        "link": entry.link,
        "feed_url": entry.feed_url,
        "outlet": entry.outlet,
        "title": entry.title,
        "guid": entry.guid,
        "published_at": naive_utc(entry.published_at),
        "summary": entry.summary,
        "language": entry.language,
        "attempts": attempts,
        "last_error": error,
        "queued_at": naive_utc(now),
        "next_attempt_at": naive_utc(retry_at),
    }


def _seen_row(job: PageJob, article_id: str | None, outcome: str) -> dict[str, Any]:
    entry = job.entry
    return {
        "url_key": job.key,
        "canonical_url": job.canonical_link or canonical_url(entry.link),
        "first_url": entry.link,
        "feed_url": entry.feed_url,
        "article_id": article_id,
        "outcome": outcome,
        "first_seen": naive_utc(datetime.now(UTC)),
    }


def assemble_results(
    con: duckdb.DuckDBPyConnection,
    processed: Sequence[ProcessedPage],
    jobs: Sequence[PageJob],
    summary: RunSummary,
    batch: RunBatch,
    prescore: Prescore | None = None,
    texts: TextSource | None = None,
) -> None:
    """Add article, mention, seen-URL, story and event rows for the processed pages to `batch`
    (`prescore`: where story linking scores its candidates, `flows.story_pool`; `texts`: where
    the articles' texts are when the results hold none, RESULTS_SPOOLED, `flows.result_spool`)."""
    texts = texts or TextSource()
    # The page's own canonical URL (rel=canonical) may differ from the feed link.
    article_ids = [url_key(p.article.canonical_url) if p.article is not None else None for p in processed]
    candidates = {aid: p for aid, p in zip(article_ids, processed, strict=True) if aid is not None}
    already_stored = existing_article_ids(con, candidates)
    now = datetime.now(UTC)
    taken: set[str] = set()
    new_articles: list[tuple[str, ProcessedPage]] = []
    dequeued: list[str] = []
    for item, job, article_id in zip(processed, jobs, article_ids, strict=True):
        entry, link_key = job.entry, job.key
        if item.article is None:
            attempts = job.attempts + 1
            if page_gives_up(item.page.status, attempts):
                batch.add("seen_urls", [_seen_row(job, None, "failed")])
                if job.queued:
                    dequeued.append(link_key)
            else:  # transient: wait in the queue and try again later
                error = item.error or item.page.error or f"HTTP {item.page.status}"
                retry_at = page_retry_at(attempts, now)
                batch.add(
                    "page_queue", [_queue_row(job, now, attempts=attempts, error=error, retry_at=retry_at)]
                )
            continue
        if job.queued:
            dequeued.append(link_key)
        if item.article.page_kind in SKIPPED_KINDS:
            summary.pages_skipped += 1
            batch.add("seen_urls", [_seen_row(job, None, "skipped")])
            _mark_skipped(batch, item.page.url, f"{item.article.page_kind} body")
            continue
        assert article_id is not None
        if article_id in already_stored or article_id in taken:
            summary.duplicates_skipped += 1
            batch.add("seen_urls", [_seen_row(job, article_id, "duplicate")])
            continue
        taken.add(article_id)
        outcome = "article" if item.article.page_kind == "article" else "not_article"
        batch.add("seen_urls", [_seen_row(job, article_id, outcome)])
        if outcome == "not_article":
            summary.not_articles += 1
        outlet = _outlet(item)
        batch.add(
            "articles",
            [
                article_row(
                    item.article,
                    article_id=article_id,
                    feed_url=entry.feed_url,
                    outlet=outlet,
                    url=entry.link,
                    fetched_at=item.page.fetched_at,
                )
            ],
        )
        new_articles.append((article_id, item))
    summary.new_articles = len(new_articles)
    fill = texts.fill_rows({article_id: item.page.url for article_id, item in new_articles})
    if fill is not None:
        batch.fillers["articles"] = fill
    if dequeued:
        batch.writers.append(lambda c: delete_rows(c, "page_queue", "url_key", dequeued))

    mention_table_rows = []
    for article_id, item in new_articles:
        for index, mention in enumerate(item.mentions):
            mention_table_rows.append(
                mention_row(mention_id_for(article_id, index), article_id, mention, now)
            )
    summary.event_mentions = len(mention_table_rows)
    link_stories_and_events(con, new_articles, mention_table_rows, summary, batch, prescore, texts)
    batch.add("event_mentions", mention_table_rows)


def _mark_skipped(batch: RunBatch, url: str, reason: str) -> None:
    """Say in the run's fetch log why a fetched page was not stored."""
    for row in batch.rows.get("fetch_log", []):
        if row["url"] == url and row["kind"] == "page":
            row["skipped"] = reason


def _outlet(item: ProcessedPage) -> str:
    """The publisher: the page's own site name (an aggregating feed mixes outlets), else the
    name the feeds file gives the feed."""
    if item.article is not None and item.article.site_name:
        return item.article.site_name
    if item.entry is not None and item.entry.outlet:
        return item.entry.outlet
    return ""


def finish_and_load(
    run: RunControl,
    processed: Sequence[ProcessedPage],
    jobs: Sequence[PageJob],
    summary: RunSummary,
    batch: RunBatch,
    prescore: Prescore | None = None,
    texts: TextSource | None = None,
) -> None:
    """The common end of a run that extracted pages (ingest, backfill): record page errors, turn
    the results into rows (one short read of the main file), then the run's single load."""
    for item in processed:
        if item.error:
            summary.error(item.page.url, "page", item.error)
    run.stage("assemble")
    with run.read() as con:
        assemble_results(con, processed, jobs, summary, batch, prescore, texts)
    run.stage("load")
    summary.finished_at = datetime.now(UTC)
    summary.status = "ok" if not summary.errors else "partial"
    batch.add("runs", [summary.row()])
    run.load(batch)
