"""A run's new articles into stories and events: story links scored, undated reports dated by
their story, mentions merged into events, articles grouped into stories (`link_stories_and_events`,
called by `flows.stages.assemble_results`).

Reads the warehouse only to find what already exists; its plans' writers run inside the run's load
transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import duckdb

from extractors.dedup import NewArticle
from extractors.merge import MentionRow, mention_rows
from extractors.process import ProcessedPage, published_time
from extractors.story_groups import Prescore
from extractors.times import naive_utc
from flows.result_spool import TextSource
from flows.story_days import recoded_from_story, stored_redating, story_days, undated_in
from warehouse.dedup_store import plan_dedup, write_dedup
from warehouse.load import RunBatch
from warehouse.merge_store import plan_merge, write_merge
from warehouse.redating_store import StoredRedating, rebuild_left_events, write_stored_redating
from warehouse.rows import mention_row
from warehouse.story_store import StoryLinks, plan_story_links

if TYPE_CHECKING:
    from flows.runs import RunSummary


def link_stories_and_events(
    con: duckdb.DuckDBPyConnection,
    new_articles: Sequence[tuple[str, ProcessedPage]],
    mention_table_rows: list[dict[str, Any]],
    summary: RunSummary,
    batch: RunBatch,
    prescore: Prescore | None = None,
    texts: TextSource | None = None,
) -> None:
    """Score the run's articles for stories (`plan_story_links`), merge its mentions into
    events (lead events of strongly linked reports vouched for each other), and group its
    articles into stories (copies, scored links, shared lead events, near-identical headlines).
    Plans are read-only; their writers run inside the load transaction, after the article and
    mention rows are inserted."""
    texts = texts or TextSource()
    article_rows = {row["article_id"]: row for row in batch.rows.get("articles", [])}
    inputs: list[NewArticle] = []
    all_mentions = []
    signatures: dict[str, Any] = {}
    for article_id, item in new_articles:
        article, row = item.article, article_rows[article_id]
        published = published_time(article, item.page)
        rows = mention_rows(article_id, row["outlet"] or "", published, item.mentions, article.content_hash)
        all_mentions.extend(rows)
        if not article.text:  # held without it (RESULTS_SPOOLED): its MinHash was taken on arrival
            signatures[article_id] = texts.signature(item)
        evidence = item.evidence
        if evidence is not None and evidence.article_id != article_id:
            evidence = dataclasses.replace(evidence, article_id=article_id)
        inputs.append(
            NewArticle(
                article_id,
                row["outlet"] or "",
                published,
                article.title,
                article.text,
                article.content_hash,
                rows,
                evidence,
            )
        )
    story_links = plan_story_links(con, inputs, prescore=prescore)
    inputs, all_mentions, redating = _dated_by_story(
        con, new_articles, inputs, all_mentions, mention_table_rows, story_links, article_rows, texts
    )
    summary.event_mentions = len(mention_table_rows)
    merge_plan = plan_merge(con, all_mentions, story_links, dropped=redating.stale)
    dedup_plan = plan_dedup(con, inputs, merge_plan, story_links, body_signatures=signatures)
    for row in mention_table_rows:
        row["event_id"] = merge_plan.event_id_of(row["mention_id"])
    for article_id, row in article_rows.items():
        if article_id in dedup_plan.story_of:
            row["story_id"] = dedup_plan.story_of[article_id]
            row["duplicate_of"] = dedup_plan.duplicate_of(article_id)
    summary.near_duplicates = sum(1 for row in article_rows.values() if row.get("duplicate_of"))
    summary.events = len(merge_plan.events)
    if redating:
        batch.writers.append(lambda c: write_stored_redating(c, redating))
    batch.writers.append(lambda c: write_merge(c, merge_plan, summary.run_id))
    if redating.stale_events:
        decided = {e.event_id for e in merge_plan.events} | set(merge_plan.absorbed)
        batch.writers.append(lambda c: rebuild_left_events(c, redating, decided, summary.run_id))
    batch.writers.append(lambda c: write_dedup(c, dedup_plan, summary.run_id))


def _dated_by_story(
    con: duckdb.DuckDBPyConnection,
    new_articles: Sequence[tuple[str, ProcessedPage]],
    inputs: list[NewArticle],
    all_mentions: list[MentionRow],
    mention_table_rows: list[dict[str, Any]],
    story_links: StoryLinks,
    article_rows: Mapping[str, dict[str, Any]],
    texts: TextSource,
) -> tuple[list[NewArticle], list[MentionRow], StoredRedating]:
    """The undated reports that story linking put in a story with dated reports, coded again
    from that story's day (`flows.story_days`): the run's own (their mention rows replaced in
    `mention_table_rows`, their article rows given `story_published_at` and their rows that
    time) and the stored ones it looked at again whose story day changed (their new mention
    rows added). Returns the merge's inputs and the stored re-coding."""
    undated = {
        article_id: item
        for article_id, item in new_articles
        if item.article is not None and not item.article.page_dated and item.article.page_kind == "article"
    }
    stored = undated_in(story_links.order) - {article_id for article_id, _ in new_articles}
    days = story_days(story_links.group_of, story_links.order, set(undated) | stored)
    redating = stored_redating(con, stored, days)
    coded_at = next((row["coded_at"] for row in mention_table_rows), datetime.now(UTC))
    mention_table_rows.extend(mention_row(mid, aid, m, coded_at) for mid, aid, m in redating.table_rows)
    all_mentions = all_mentions + list(redating.rows)
    recoded: dict[str, tuple[MentionRow, ...]] = {}
    for new in inputs:
        if new.article_id in days and new.article_id in undated:
            article = texts.article(undated[new.article_id])
            assert article is not None
            mentions = recoded_from_story(article, days[new.article_id])
            recoded[new.article_id] = mention_rows(
                new.article_id, new.outlet, naive_utc(days[new.article_id]), mentions, new.content_hash
            )
    if not recoded:
        return inputs, all_mentions, redating
    for article_id in recoded:
        article_rows[article_id]["story_published_at"] = naive_utc(days[article_id])
    mention_table_rows[:] = [row for row in mention_table_rows if row["article_id"] not in recoded]
    for article_id, rows in recoded.items():
        mention_table_rows.extend(mention_row(r.mention_id, article_id, r.mention, coded_at) for r in rows)
    inputs = [dataclasses.replace(n, mentions=recoded.get(n.article_id, n.mentions)) for n in inputs]
    kept = [m for m in all_mentions if m.article_id not in recoded]
    return inputs, kept + [r for rows in recoded.values() for r in rows], redating
