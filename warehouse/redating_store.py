"""The writes that replace a stored undated report's mentions once it is coded again from its
story's day (`flows/story_days.py` holds the rule and plans a `StoredRedating`): inside the run's
transaction, the lost mentions deleted and the story time recorded before the merge is written
(`write_stored_redating`), the events left holding only lost mentions rebuilt or retired after it
(`rebuild_left_events`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import duckdb

from extractors.merge import MentionRow, build_event
from extractors.models import EventMention
from warehouse.queries import query_sql


@dataclass(frozen=True)
class StoredRedating:
    """Stored undated reports coded again from their story's day (or from their own date again,
    when they left a dated story)."""

    rows: tuple[MentionRow, ...] = ()  # their new mentions, merged as the run's
    table_rows: tuple[tuple[str, str, EventMention], ...] = ()  # (mention id, article id, mention)
    stale: frozenset[str] = frozenset()  # stored mention ids the new coding no longer has
    stale_events: frozenset[str] = frozenset()  # the events those were in
    story_published: dict[str, datetime | None] = dataclasses.field(default_factory=dict)  # article -> time

    def __bool__(self) -> bool:
        return bool(self.story_published)


def write_stored_redating(con: duckdb.DuckDBPyConnection, redating: StoredRedating) -> None:
    """Inside the run's transaction, before the merge is written: the stale mentions deleted and
    each re-coded article's `story_published_at` recorded (its new mention rows are the run's)."""
    if redating.stale:
        con.execute(query_sql("delete_mentions"), {"ids": sorted(redating.stale)})
    for aid, when in sorted(redating.story_published.items()):
        con.execute(query_sql("set_story_published"), {"when": when, "id": aid})


def rebuild_left_events(
    con: duckdb.DuckDBPyConnection, redating: StoredRedating, decided: Collection[str], run_id: str | None
) -> None:
    """After the merge is written: the events that held stale mentions and that the merge did
    not rewrite are rebuilt from the reports they keep, or retired when they keep none."""
    from warehouse.event_sources import refresh_event_sources
    from warehouse.history import retire_events, upsert_events
    from warehouse.merge_store import EVENT_COLUMNS, events_table, existing_events

    left = sorted(e for e in redating.stale_events if e not in decided)
    if not left:
        return
    kept = {e.event_id: e for e in existing_events(con, left)}
    live = {r[0] for r in con.execute(query_sql("live_events"), {"ids": left}).fetchall()}
    rebuilt = [build_event(eid, list(e.mentions)) for eid, e in kept.items()]
    if rebuilt:
        con.register("_redated_events", events_table(rebuilt))
        try:
            upsert_events(con, "_redated_events", EVENT_COLUMNS, run_id)
        finally:
            con.unregister("_redated_events")
    retire_events(con, {eid: None for eid in left if eid not in kept and eid in live}, run_id)
    refresh_event_sources(con, left)
