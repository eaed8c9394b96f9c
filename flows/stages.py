"""Turning a run's processed pages into warehouse rows: URL identity, dedup, stories, events.

Glue between the pure steps (`extractors/`) and the loader (`warehouse/`); reads the warehouse
only to find what already exists, and writes nothing itself (the batch is loaded in one
transaction by the flow).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import duckdb

from extractors.dedup import NewArticle
from extractors.merge import MentionRow
from extractors.models import FeedEntry, FeedSpec
from extractors.polling import FeedState
from extractors.process import ProcessedPage
from extractors.urls import canonical_url, url_key
from warehouse.dedup_store import plan_dedup, plan_merge, write_dedup, write_merge
from warehouse.load import RunBatch
from warehouse.reads import existing_article_ids
from warehouse.rows import article_row, mention_id, mention_row, naive_utc

if TYPE_CHECKING:
    from flows.ingest import RunSummary

# Pages that failed with these statuses will not get better: remember them as seen.
PERMANENT_FAILURES = {401, 403, 404, 410, 451}


def feed_state_row(feed: FeedSpec, state: FeedState) -> dict[str, Any]:
    row = {k: naive_utc(v) if isinstance(v, datetime) else v for k, v in dataclasses.asdict(state).items()}
    row.update(feed_url=feed.url, name=feed.name, language=feed.language)
    return row


def _seen_row(link_key: str, entry: FeedEntry, article_id: str | None, outcome: str) -> dict[str, Any]:
    return {
        "url_key": link_key,
        "canonical_url": canonical_url(entry.link),
        "first_url": entry.link,
        "feed_url": entry.feed_url,
        "article_id": article_id,
        "outcome": outcome,
        "first_seen": naive_utc(datetime.now(UTC)),
    }


def assemble_results(
    con: duckdb.DuckDBPyConnection,
    processed: Sequence[ProcessedPage],
    links: Mapping[str, FeedEntry],
    summary: RunSummary,
    batch: RunBatch,
) -> None:
    """Add article, mention, seen-URL, story and event rows for the processed pages to `batch`."""
    link_keys = {entry.link: key for key, entry in links.items()}
    # The page's own canonical URL (rel=canonical) may differ from the feed link.
    candidates = {url_key(p.article.canonical_url): p for p in processed if p.article is not None}
    already_stored = existing_article_ids(con, candidates)
    coded_at = datetime.now(UTC)
    taken: set[str] = set()
    new_articles: list[tuple[str, ProcessedPage]] = []
    for item in processed:
        entry = item.entry
        link_key = link_keys.get(entry.link) if entry else url_key(item.page.url)
        if item.article is None:
            if item.page.status in PERMANENT_FAILURES and entry is not None and link_key:
                batch.add("seen_urls", [_seen_row(link_key, entry, None, "failed")])
            continue  # transient failures are retried next run
        article_id = url_key(item.article.canonical_url)
        if article_id in already_stored or article_id in taken:
            summary.duplicates_skipped += 1
            if entry is not None and link_key:
                batch.add("seen_urls", [_seen_row(link_key, entry, article_id, "duplicate")])
            continue
        taken.add(article_id)
        outcome = "article" if item.article.page_kind == "article" else "not_article"
        if entry is not None and link_key:
            batch.add("seen_urls", [_seen_row(link_key, entry, article_id, outcome)])
        if outcome == "not_article":
            summary.not_articles += 1
        outlet = _outlet(item)
        batch.add(
            "articles",
            [
                article_row(
                    item.article,
                    article_id=article_id,
                    feed_url=entry.feed_url if entry else "",
                    outlet=outlet,
                    url=entry.link if entry else item.page.url,
                    fetched_at=item.page.fetched_at,
                )
            ],
        )
        new_articles.append((article_id, item))
    summary.new_articles = len(new_articles)

    mention_rows = []
    for article_id, item in new_articles:
        for index, mention in enumerate(item.mentions):
            mention_rows.append(
                mention_row(mention_id(article_id, index, mention), article_id, mention, coded_at)
            )
    summary.event_mentions = len(mention_rows)
    link_stories_and_events(con, new_articles, mention_rows, summary, batch)
    batch.add("event_mentions", mention_rows)


def _outlet(item: ProcessedPage) -> str:
    if item.entry is not None and item.entry.outlet:
        return item.entry.outlet
    if item.article is not None and item.article.site_name:
        return item.article.site_name
    return ""


def link_stories_and_events(
    con: duckdb.DuckDBPyConnection,
    new_articles: Sequence[tuple[str, ProcessedPage]],
    mention_rows: list[dict[str, Any]],
    summary: RunSummary,
    batch: RunBatch,
) -> None:
    """Merge the run's mentions into events and its articles into stories (near-duplicate
    copies, shared lead events, near-identical headlines). Plans are read-only; their writers
    run inside the load transaction, after the article and mention rows are inserted."""
    article_rows = {row["article_id"]: row for row in batch.rows.get("articles", [])}
    inputs: list[NewArticle] = []
    all_mentions: list[MentionRow] = []
    for article_id, item in new_articles:
        article, row = item.article, article_rows[article_id]
        published = naive_utc(article.published_at) or naive_utc(item.page.fetched_at)
        rows = tuple(
            MentionRow(mention_id(article_id, i, m), article_id, row["outlet"] or "", published, m, i)
            for i, m in enumerate(item.mentions)
        )
        all_mentions.extend(rows)
        inputs.append(
            NewArticle(
                article_id,
                row["outlet"] or "",
                published,
                article.title,
                article.text,
                article.content_hash,
                rows,
            )
        )
    merge_plan = plan_merge(con, all_mentions)
    dedup_plan = plan_dedup(con, inputs, merge_plan)
    for row in mention_rows:
        row["event_id"] = merge_plan.event_id_of(row["mention_id"])
    for article_id, row in article_rows.items():
        if article_id in dedup_plan.story_of:
            row["story_id"] = dedup_plan.story_of[article_id]
            row["duplicate_of"] = dedup_plan.duplicate_of(article_id)
    summary.near_duplicates = sum(1 for row in article_rows.values() if row.get("duplicate_of"))
    summary.events = len(merge_plan.events)
    batch.writers.append(lambda c: write_merge(c, merge_plan))
    batch.writers.append(lambda c: write_dedup(c, dedup_plan))
