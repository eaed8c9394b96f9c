"""Undated reports dated by their story: the day a page with no date of its own is read from.

A page that gives no publication date of its own (`Article.page_dated` False) is coded from its
feed's date, which may be a default one (the same date for every undated item of a feed), so its
relative dates ("yesterday", "on Thursday") and its undated events land on a day that has
nothing to do with the event, and they never merge with the same event told by dated reports.
Once story linking has put such a report in a story with dated reports, the story says when it
was written: it is coded again from the first publication of the story's dated reports
(`story_days`), the day closest to the happening every report of the story tells; its mentions
say so (`date_source` "story") and its article row keeps that time (`articles.story_published_at`):
its reports take it in the order of reports (an event's first report, consensus ties), not the
feed's date.

Order-free: the same whether the undated report arrives with its dated siblings, after them, or
before them. A stored undated report that a run's story linking looks at again (it is decided
after every dated report, so a new dated report of its provinces reaches it) is coded again from
its stored text when its story's day is not the one it was coded from (`stored_redating`): its
mentions are replaced (same positional ids; positions the new coding no longer has are deleted,
their events rebuilt from the reports they keep, or retired) and merged with the run's.

A report the story linking leaves alone keeps its feed's date, marked `date_source` "feed" (an
analyst keeps only `published` / `page` / `url` dates, or filters "feed" out): no date is
invented for it. The fetch day is not used: a page fetched late, a backfill, a feed listing old
items would put an event weeks or years off, and a wrong date merges it with the wrong event.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from extractors.events import code_events
from extractors.merge import MentionRow, mention_rows
from extractors.models import Article, EventMention
from extractors.story_groups import OrderKey
from extractors.times import naive_utc
from warehouse.queries import query_sql
from warehouse.redating_store import StoredRedating
from warehouse.story_store import StoryLinks


def story_days(
    group_of: Mapping[str, str], order: Mapping[str, OrderKey], undated: Collection[str]
) -> dict[str, datetime]:
    """For each undated report (`undated`) in a story (`group_of`: report -> its story's first
    report) that holds dated reports: the earliest publication time of those (`order`: each
    report's canonical order key, its publication first; undated reports sort last)."""
    members: dict[str, list[str]] = defaultdict(list)
    for report, head in group_of.items():
        members[head].append(report)
    days: dict[str, datetime] = {}
    for report in undated:
        head = group_of.get(report)
        if head is None:
            continue
        dated = [
            order[other][0]
            for other in members[head]
            if other != report and other in order and order[other][0] != datetime.max
        ]
        if dated:
            days[report] = min(dated)
    return days


def undated_in(order: Mapping[str, OrderKey]) -> set[str]:
    """The reports story linking looked at that have no date of their own (they sort last)."""
    return {report for report, key in order.items() if key[0] == datetime.max}


def recoded_from_story(article: Article, day: datetime) -> tuple[EventMention, ...]:
    """The article's events coded again, read from its story's `day` (the page stays undated: a
    full date its text states later than that day still wins, `coder._reference_day`)."""
    when = day if day.tzinfo is not None else day.replace(tzinfo=UTC)
    return tuple(code_events(dataclasses.replace(article, published_at=when, date_source="story")))


def redated_by_story(
    links: StoryLinks, articles: Mapping[str, Article]
) -> dict[str, tuple[datetime, tuple[EventMention, ...]]]:
    """A reprocessed chunk's undated reports that its story plan put with dated reports: their
    story's day and their mentions coded from it (`reprocess_store.rewrite_articles(redate=...)`)."""
    undated = {aid for aid, a in articles.items() if not a.page_dated and a.page_kind == "article"}
    days = story_days(links.group_of, links.order, undated)
    return {aid: (naive_utc(day), recoded_from_story(articles[aid], day)) for aid, day in days.items()}


# ----------------------------------------------------------------------------- stored reports


def stored_redating(
    con: duckdb.DuckDBPyConnection, stored: Collection[str], days: Mapping[str, datetime]
) -> StoredRedating:
    """The stored undated reports (`stored`) whose story day (`days`; absent: none) is not the one
    they were coded from, coded again from their stored text. Read-only."""
    if not stored:
        return StoredRedating()
    found = con.execute(query_sql("stored_undated"), {"ids": sorted(stored)}).fetchall()
    rows: list[MentionRow] = []
    table_rows: list[tuple[str, str, EventMention]] = []
    stale: set[str] = set()
    stale_events: set[str] = set()
    story_published: dict[str, datetime | None] = {}
    for record in found:
        aid, article, outlet, published, coded_from, old_ids, old_events = _stored_article(record)
        day = days.get(aid)
        target = naive_utc(day)
        if target == coded_from or not article.text.strip():
            continue  # no change, or nothing to read again (its mentions stay as they are)
        mentions = recoded_from_story(article, day) if day is not None else tuple(code_events(article))
        new = mention_rows(aid, outlet, target or published, mentions, article.content_hash)
        rows.extend(new)
        table_rows.extend((r.mention_id, aid, r.mention) for r in new)
        gone = set(old_ids or ()) - {r.mention_id for r in new}
        stale |= gone
        if gone:
            stale_events |= set(old_events or ())
        story_published[aid] = target
    return StoredRedating(
        tuple(rows), tuple(table_rows), frozenset(stale), frozenset(stale_events), story_published
    )


def _stored_article(
    record: Sequence[Any],
) -> tuple[str, Article, str, datetime | None, date | None, list, list]:
    """(article id, the article as coding reads it, outlet, its time in canonical order, the day it
    was coded from, its mention ids, their events) of one `stored_undated` row."""
    (aid, url, canonical, title, text, published, fetched, language, site, dateline, kind, content_hash,
     outlet, source, coded_from, old_ids, old_events) = record  # fmt: skip
    article = Article(
        url=url or "",
        canonical_url=canonical or "",
        title=title or "",
        text=text or "",
        published_at=published.replace(tzinfo=UTC) if published else None,
        language=language,
        site_name=site or "",
        dateline=dateline or "",
        page_kind=kind or "article",
        content_hash=content_hash or "",
        page_dated=False,
        date_source=source or ("feed" if published else "none"),
        fetched_at=fetched.replace(tzinfo=UTC) if fetched else None,
    )
    return aid, article, outlet, published or fetched, coded_from, old_ids, old_events
