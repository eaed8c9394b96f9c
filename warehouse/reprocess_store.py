"""The SQL side of `conflictwire reprocess`: read stored pages, rewrite their articles in place.

`stored_pages(con, since)` lists the articles whose raw page is kept (published, else fetched,
on or after `since`), with what re-extraction needs (the page bytes, the feed entry as far as it
is known). `rewrite_articles(con, results, run_id)` writes one chunk's re-extracted, re-coded
articles in one transaction:

1. each article row is updated in place (its id, URL and story stay its own);
2. all its old mentions, fingerprints and band keys are deleted (so a re-coding that yields
   fewer mentions leaves no stale row), and its new mentions are merged as if new, against the
   warehouse without them: an event keeps its id when its reports still make it (the founding
   mention's id is positional, so the re-coded main event founds the same id);
3. every event that had a mention of these articles is recomputed from the reports it still has;
   one left with none is retired: `events_merged` says where most of its reports went (or that
   they went nowhere), so its id still resolves;
4. their story evidence, blocking keys and story decisions are replaced by those of the
   re-coded text (`story_store.plan_story_links`: the articles are decided again, with the
   stored decisions they change; articles of later chunks, `pending`, are left out until their
   own chunk), then deduplication and stories are re-planned for the articles, and stories
   they left recomputed (or dropped when empty).
`event_changes` records, per run, what was added, changed, merged and retired.
"""

from __future__ import annotations

import contextlib
import dataclasses
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from extractors.dedup import NewArticle
from extractors.merge import build_event, mention_id_for, mention_rows
from extractors.models import Article, EventMention, FeedEntry, RawPage
from extractors.story_evidence import StoryEvidence
from extractors.times import naive_utc
from warehouse.dedup_store import plan_dedup, recompute_stories, write_dedup
from warehouse.event_sources import refresh_event_sources
from warehouse.history import retire_events, upsert_events
from warehouse.load import insert_rows
from warehouse.merge_store import EVENT_COLUMNS, events_table, existing_events, plan_merge, write_merge
from warehouse.queries import query_sql
from warehouse.raw_store import raw_page_bodies
from warehouse.rows import article_row, mention_row
from warehouse.story_store import StoryLinks, plan_story_links
from warehouse.story_writes import delete_story_state


@dataclass(frozen=True)
class StoredPage:
    """One article to reprocess: its stored page and the feed entry it came from."""

    article_id: str
    page: RawPage
    entry: FeedEntry
    outlet: str  # the outlet stored with the article (kept when the page names none)


@dataclass(frozen=True)
class Rewritten:
    """One article after re-extraction and re-coding."""

    article_id: str
    article: Article
    mentions: tuple[EventMention, ...]
    outlet: str
    fetched_at: datetime | None
    evidence: StoryEvidence | None = None  # of the re-coded text (None: not read)


@dataclass
class RewriteCounts:
    articles: int = 0
    mentions_before: int = 0
    mentions_after: int = 0
    events_touched: int = 0
    events_retired: int = 0
    retired_ids: list[str] = field(default_factory=list)


def stored_article_ids(con: duckdb.DuckDBPyConnection, since: date | None) -> tuple[list[str], int]:
    """(ids of the articles to reprocess, in publication order; how many articles in the window
    have no stored page and are skipped)."""
    rows = con.execute(query_sql("stored_article_ids"), {"since": since}).fetchall()
    return [r[0] for r in rows if r[1]], sum(1 for r in rows if not r[1])


def stored_pages(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[StoredPage]:
    """The stored pages of `article_ids` (in publication order), read from their files or from
    `raw_pages`; an article whose page file is missing is left out (`raw_page_bodies`)."""
    rows = con.execute(query_sql("stored_pages"), {"since": None, "ids": list(article_ids)}).fetchall()
    bodies = raw_page_bodies(con, [r[1] for r in rows])
    out = []
    for article_id, key, feed_url, title, published, outlet, name, lang in rows:
        stored = bodies.get(key)
        if stored is None:
            continue
        url, body, ctype, fetched = (
            stored["url"],
            stored["body_zlib"],
            stored["content_type"],
            stored["fetched_at"],
        )
        page = RawPage(
            url=url,
            final_url=stored["final_url"] or url,
            status=stored["status"] or 200,
            content=zlib.decompress(body) if body else b"",
            headers={"content-type": ctype} if ctype else {},
            fetched_at=fetched.replace(tzinfo=UTC) if fetched else None,
        )
        entry = FeedEntry(
            feed_url=feed_url or "",
            link=url,
            title=title or "",
            published_at=published.replace(tzinfo=UTC) if published else None,
            outlet=name or "",
            language=lang,
        )
        out.append(StoredPage(article_id, page, entry, outlet or ""))
    return out


_ARTICLE_COLUMNS = [
    "title", "published_at", "language", "text", "content_hash", "updated_at", "authors",
    "site_name", "dateline", "page_kind", "outlet", "date_source", "story_published_at",
]  # fmt: skip

# (story plan, the rewritten articles by id) -> article id -> (its story's day, its mentions coded
# from that day): undated reports dated by their story (`flows.story_days.redated_by_story`)
Redate = Callable[
    [StoryLinks, Mapping[str, Article]], Mapping[str, tuple[datetime, tuple[EventMention, ...]]]
]


def rewrite_articles(
    con: duckdb.DuckDBPyConnection,
    results: Sequence[Rewritten],
    run_id: str,
    pending: Collection[str] = (),
    redate: Redate | None = None,
) -> RewriteCounts:
    """Write one chunk of reprocessed articles in one transaction (see the module docstring).
    `pending`: the articles later chunks of the same reprocess rewrite; `redate`: how undated
    reports are coded again from their story's day once their stories are decided."""
    counts = RewriteCounts(articles=len(results))
    if not results:
        return counts
    now = datetime.now(UTC)
    ids = [r.article_id for r in results]
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_re_ids", pa.table({"article_id": ids}))
        old = con.execute(
            "SELECT m.mention_id, m.event_id FROM event_mentions m JOIN _re_ids USING (article_id)"
        ).fetchall()
        counts.mentions_before = len(old)
        old_event_of = {mid: eid for mid, eid in old if eid}
        affected = sorted(set(old_event_of.values()))
        old_stories = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT story_id FROM articles JOIN _re_ids USING (article_id) WHERE story_id IS NOT NULL"
            ).fetchall()
        ]

        article_rows = []
        for r in results:
            row = article_row(
                r.article,
                article_id=r.article_id,
                feed_url="",
                outlet=r.outlet,
                url="",
                fetched_at=r.fetched_at,
            )
            article_rows.append({"article_id": r.article_id, **{c: row[c] for c in _ARTICLE_COLUMNS}})
        con.register("_re_articles", pa.Table.from_pylist(article_rows))
        assignments = ", ".join(f"{c} = n.{c}" for c in _ARTICLE_COLUMNS)
        con.execute(
            f"UPDATE articles SET {assignments} FROM _re_articles n WHERE articles.article_id = n.article_id"
        )
        for table in ("event_mentions", "article_fingerprints", "lsh_bands"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _re_ids)")
        delete_story_state(con, "_re_ids")

        new_articles, all_rows, table_rows = [], [], []
        for r in results:
            published = naive_utc(r.article.published_at) or naive_utc(r.fetched_at)
            coded = r.mentions if r.article.page_kind == "article" else ()
            rows = mention_rows(r.article_id, r.outlet, published, coded, r.article.content_hash)
            all_rows.extend(rows)
            table_rows.extend(
                mention_row(mention_id_for(r.article_id, i), r.article_id, m, now)
                for i, m in enumerate(coded)
            )
            new_articles.append(
                NewArticle(
                    r.article_id, r.outlet, published, r.article.title, r.article.text,
                    r.article.content_hash, rows, r.evidence if r.article.page_kind == "article" else None,
                )
            )  # fmt: skip
        surviving = [e.event_id for e in existing_events(con, affected)]
        story_links = plan_story_links(con, new_articles, pending)
        redated = redate(story_links, {r.article_id: r.article for r in results}) if redate else {}
        if redated:
            new_articles, all_rows, table_rows = _redated_rows(
                con, redated, new_articles, all_rows, table_rows, now
            )
        counts.mentions_after = len(table_rows)
        merge_plan = plan_merge(con, all_rows, story_links, extra_event_ids=surviving)
        for row in table_rows:
            row["event_id"] = merge_plan.event_id_of(row["mention_id"])
        insert_rows(con, "event_mentions", table_rows, "append")
        dedup_plan = plan_dedup(con, new_articles, merge_plan, story_links)
        write_merge(con, merge_plan, run_id)
        write_dedup(con, dedup_plan, run_id)

        decided = {e.event_id for e in merge_plan.events} | set(merge_plan.absorbed)
        leftover = [eid for eid in affected if eid not in decided]
        still_reported = {e.event_id: e for e in existing_events(con, leftover)}
        rebuilt = [build_event(eid, list(e.mentions)) for eid, e in still_reported.items()]
        if rebuilt:
            con.register("_re_events", events_table(rebuilt))
            upsert_events(con, "_re_events", EVENT_COLUMNS, run_id)
        gone = [eid for eid in leftover if eid not in still_reported]
        live = _live_events(con, set(merge_plan.assignments.values())) if gone else set()
        successors = {eid: _successor(eid, old_event_of, merge_plan.assignments, live) for eid in gone}
        retire_events(con, successors, run_id)
        refresh_event_sources(con, [*affected, *decided, *(e.event_id for e in rebuilt)])
        counts.events_touched = len(merge_plan.events) + len(rebuilt)
        counts.events_retired = len(gone)
        counts.retired_ids = gone

        recompute_stories(con, old_stories)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in ("_re_ids", "_re_articles", "_re_events"):
            with contextlib.suppress(duckdb.Error):
                con.unregister(name)
    return counts


def _redated_rows(
    con: duckdb.DuckDBPyConnection,
    redated: Mapping[str, tuple[datetime, tuple[EventMention, ...]]],
    new_articles: list[NewArticle],
    all_rows: list,
    table_rows: list[dict[str, Any]],
    now: datetime,
) -> tuple[list[NewArticle], list, list[dict[str, Any]]]:
    """The chunk's rows with the redated articles' mentions in place of their first coding, and
    their `story_published_at` recorded (their rows take that time)."""
    recoded = {
        n.article_id: mention_rows(
            n.article_id, n.outlet, redated[n.article_id][0], redated[n.article_id][1], n.content_hash
        )
        for n in new_articles
        if n.article_id in redated
    }
    for aid, (when, _) in sorted(redated.items()):
        con.execute("UPDATE articles SET story_published_at = ? WHERE article_id = ?", [when, aid])
    all_rows = [r for r in all_rows if r.article_id not in recoded] + [
        r for rows in recoded.values() for r in rows
    ]
    table_rows = [r for r in table_rows if r["article_id"] not in recoded] + [
        mention_row(r.mention_id, aid, r.mention, now) for aid, rows in recoded.items() for r in rows
    ]
    new_articles = [
        dataclasses.replace(n, mentions=recoded.get(n.article_id, n.mentions)) for n in new_articles
    ]
    return new_articles, all_rows, table_rows


def _live_events(con: duckdb.DuckDBPyConnection, event_ids: set[str]) -> set[str]:
    rows = con.execute(
        "SELECT event_id FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(event_ids)]
    ).fetchall()
    return {r[0] for r in rows}


def _successor(
    event_id: str, old_event_of: dict[str, str], assignments: dict[str, str], live: set[str]
) -> str | None:
    """The live event most of a gone event's old reports (by mention id) now belong to."""
    votes = Counter(
        assignments[mid]
        for mid, eid in old_event_of.items()
        if eid == event_id and assignments.get(mid) in live and assignments[mid] != event_id
    )
    return votes.most_common(1)[0][0] if votes else None


def record_reprocess_run(con: duckdb.DuckDBPyConnection, row: dict[str, Any]) -> None:
    """Insert or replace the run's `runs` row (kind 'reprocess')."""
    insert_rows(con, "runs", [row], "replace", "run_id")
