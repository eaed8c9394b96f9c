"""The SQL side of event merging: `plan_merge` reads the stored events that can matter for the
run's mentions (their country, within the date window; stored mentions decided again reach the
events near them, `MAX_MERGE_ROUNDS`) and the stories of their articles, and decides with
`extractors/event_groups.merge_mentions`; `write_merge` writes the plan inside the run's single
transaction (absorbed events recorded in `events_merged`, so their ids still resolve). See
`warehouse/dedup_store.py` for the order of the plans and writes in a run.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import duckdb
import pyarrow as pa

from extractors.event_groups import (
    LAST,
    candidate_windows,
    merge_mentions,
    order_key,
    start_of,
    story_vouched,
)
from extractors.merge import ExistingEvent, MentionRow, MergeResult, norm, position_of
from extractors.models import Event, EventMention
from warehouse.event_sources import refresh_event_sources
from warehouse.history import count_run_changes, record_merged, upsert_events
from warehouse.queries import query_sql, run_script, write_sql
from warehouse.story_store import StoryIds, StoryLinks, registered, story_ids

EVENT_COLUMNS = [
    "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "fatalities", "fatalities_min", "fatalities_max", "n_mentions",
    "n_articles", "n_outlets", "first_seen", "last_seen", "time_precision", "geo_precision", "actor1_kind",
    "actor2_kind", "actor1_country", "actor2_country", "iso2", "iso3", "iso_numeric", "region", "admin2",
    "evidence", "best_mention_id", "first_reported_at",
]  # fmt: skip

EVENTS_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()), ("event_date", pa.date32()), ("event_type", pa.string()),
        ("sub_event_type", pa.string()), ("actor1", pa.string()), ("actor2", pa.string()),
        ("country", pa.string()), ("admin1", pa.string()), ("location", pa.string()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("fatalities", pa.int32()),
        ("fatalities_min", pa.int32()), ("fatalities_max", pa.int32()), ("n_mentions", pa.int32()),
        ("n_articles", pa.int32()), ("n_outlets", pa.int32()), ("first_seen", pa.timestamp("us")),
        ("last_seen", pa.timestamp("us")), ("time_precision", pa.int32()), ("geo_precision", pa.int32()),
        ("actor1_kind", pa.string()), ("actor2_kind", pa.string()), ("actor1_country", pa.string()),
        ("actor2_country", pa.string()), ("iso2", pa.string()), ("iso3", pa.string()),
        ("iso_numeric", pa.int32()), ("region", pa.string()), ("admin2", pa.string()),
        ("evidence", pa.string()), ("best_mention_id", pa.string()), ("first_reported_at", pa.timestamp("us")),
    ]
)  # fmt: skip


MergePlan = MergeResult


def plan_merge(
    con: duckdb.DuckDBPyConnection,
    new_mentions: Sequence[MentionRow],
    story_links: StoryLinks | None = None,
    extra_event_ids: Iterable[str] = (),
    dropped: Collection[str] = (),
) -> MergePlan:
    """Assign the run's mentions to events (`event_groups.merge_mentions`). Reads the events of
    the same country within the date window of the new mentions (and of the stored mentions
    decided again with them, until no more are reached; the events of mentions already
    assigned, when a run is reprocessed; `extra_event_ids`) with their mentions, and the
    stories of their articles: as `story_links` decided them now (`story_store.story_ids`),
    else as stored. Mentions of one story vouch for each other (`event_groups.story_vouched`).
    `dropped`: stored mention ids the run deletes (a re-coding no longer has them), left out.
    Read-only."""
    if not new_mentions:
        return MergeResult(assignments={}, events=())
    restory = _restoried(story_links)
    ids = set(_candidate_event_ids(con, new_mentions)) | set(extra_event_ids)
    ids |= set(_events_of_articles(con, sorted(restory)))
    existing = _without(_existing_events(con, sorted(ids)), dropped)
    again_from = start_of(r for e in existing for r in e.mentions if r.article_id in restory)
    start = start_of(new_mentions, again_from)
    for _ in range(MAX_MERGE_ROUNDS):  # stored mentions decided again reach the events near them
        again = [
            r
            for e in existing
            for r in e.mentions
            if order_key(r) >= start.get(norm(r.mention.country), LAST)
        ]
        more = set(_candidate_event_ids(con, again, by_mention=False)) - ids
        if not more:
            break
        ids |= more
        existing += _without(_existing_events(con, sorted(more)), dropped)
    rows = [r for e in existing for r in e.mentions] + list(new_mentions)
    related = story_vouched(rows, _stories_of(con, sorted({r.article_id for r in rows}), story_links))
    return merge_mentions(existing, new_mentions, related, again_from)


def _restoried(story_links: StoryLinks | None) -> set[str]:
    """Stored reports whose story the run changes: a new report joined it, or one of its reports
    left it or came from another. The pairs a story vouches for (`story_vouched`: each mention's
    best partner in the story's other reports) are a function of all its reports, so the events
    of its stored mentions are decided again from the earliest of them, as one run over every
    report decides them with the story they end in."""
    if story_links is None or not story_links.stored_story:
        return set()
    story_of, stored = story_ids(story_links).story_of, story_links.stored_story
    came_from: dict[str, set[str | None]] = {}  # story now -> the stored stories of its reports
    went_to: dict[str, set[str]] = {}  # stored story -> the stories its reports are in now
    for a, now in story_of.items():
        came_from.setdefault(now, set()).add(stored.get(a))
        if stored.get(a):
            went_to.setdefault(stored[a], set()).add(now)
    return {
        a
        for a, old in stored.items()
        if a in story_of and (len(came_from[story_of[a]]) > 1 or len(went_to.get(old, ())) > 1)
    }


def _events_of_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[str]:
    if not article_ids:
        return []
    with registered(
        con, "_merge_restoried", pa.table({"article_id": pa.array(list(article_ids), pa.string())})
    ):
        rows = con.execute(
            "SELECT DISTINCT m.event_id FROM event_mentions m JOIN _merge_restoried USING (article_id)"
            " WHERE m.event_id IS NOT NULL ORDER BY 1"
        ).fetchall()
    return [r[0] for r in rows]


MAX_MERGE_ROUNDS = 4


def _without(events: list[ExistingEvent], dropped: Collection[str]) -> list[ExistingEvent]:
    if not dropped:
        return events
    kept = [
        ExistingEvent(e.event_id, tuple(r for r in e.mentions if r.mention_id not in dropped)) for e in events
    ]
    return [e for e in kept if e.mentions]


def _stories_of(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], story_links: StoryLinks | None
) -> dict[str, str]:
    """Article -> story: as `story_links` decides it now, else as stored (absorbed stories
    followed to their survivor). Only reports with story evidence: one without follows its copy
    or headline after the merge (`dedup_store.plan_dedup`), so in one run over every report it
    vouches for nothing; stored, it does not either (else its events would hang on the runs)."""
    decided = story_ids(story_links) if story_links is not None else StoryIds({}, {})
    out: dict[str, str] = {}
    if article_ids:
        with registered(con, "_merge_story_articles", pa.table({"article_id": list(article_ids)})):
            rows = con.execute(
                "SELECT a.article_id, a.story_id FROM articles a JOIN _merge_story_articles USING (article_id)"
                " JOIN story_evidence USING (article_id) WHERE a.story_id IS NOT NULL"
            ).fetchall()
        out = {aid: decided.absorbed.get(sid, sid) for aid, sid in rows}
    out.update(decided.story_of)
    return out


def existing_events(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> list[ExistingEvent]:
    """The stored events `event_ids` with their mentions (events without mentions are left out)."""
    return _existing_events(con, event_ids)


def _candidate_event_ids(
    con: duckdb.DuckDBPyConnection, rows: Sequence[MentionRow], by_mention: bool = True
) -> list[str]:
    ids: set[str] = set()
    windows = candidate_windows(rows)
    if windows:
        table = pa.table(
            {
                "country": [w[0] for w in windows],
                "lo": pa.array([w[1] for w in windows], pa.date32()),
                "hi": pa.array([w[2] for w in windows], pa.date32()),
            }
        )
        with registered(con, "_merge_windows", table):
            found = con.execute(
                "SELECT DISTINCT e.event_id FROM events e JOIN _merge_windows w"
                " ON lower(trim(e.country)) = w.country AND e.event_date BETWEEN w.lo AND w.hi"
            ).fetchall()
        ids.update(r[0] for r in found)
    if not by_mention:
        return sorted(ids)
    mention_ids = pa.table({"mention_id": [r.mention_id for r in rows]})
    with registered(con, "_merge_mention_ids", mention_ids):
        found = con.execute(
            "SELECT DISTINCT m.event_id FROM event_mentions m JOIN _merge_mention_ids n USING (mention_id)"
            " WHERE m.event_id IS NOT NULL"
        ).fetchall()
    ids.update(r[0] for r in found)
    return sorted(ids)


_MENTION_COLUMNS = [
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
    "latitude", "longitude", "fatalities", "sentence", "date_precision", "geo_precision", "actor1_kind",
    "actor2_kind", "actor1_country", "actor2_country", "confidence", "date_source",
]  # fmt: skip


def _existing_events(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> list[ExistingEvent]:
    if not event_ids:
        return []
    columns = ", ".join(f"m.{c}" for c in _MENTION_COLUMNS)
    with registered(con, "_merge_event_ids", pa.table({"event_id": list(event_ids)})):
        rows = con.execute(
            f"SELECT m.event_id, m.mention_id, m.article_id, coalesce(a.outlet, ''),"
            f" coalesce(a.story_published_at, a.published_at, a.fetched_at, m.coded_at), coalesce(a.content_hash, ''), {columns}"
            " FROM event_mentions m JOIN _merge_event_ids k USING (event_id)"
            " LEFT JOIN articles a USING (article_id)"
            " ORDER BY m.event_id, m.mention_id"
        ).fetchall()
    grouped: dict[str, list[MentionRow]] = {}
    for event_id, mention_id, article_id, outlet, published_at, content_key, *values in rows:
        fields = dict(zip(_MENTION_COLUMNS, values, strict=True))
        mention = EventMention(**{k: _mention_value(k, v) for k, v in fields.items()})
        grouped.setdefault(event_id, []).append(
            MentionRow(
                mention_id, article_id, outlet, published_at, mention, position_of(mention_id), content_key
            )
        )
    return [ExistingEvent(event_id, tuple(members)) for event_id, members in grouped.items()]


def _mention_value(column: str, value):
    if value is not None:
        return value
    defaults = {"fatalities": 0, "date_precision": "day", "geo_precision": 3, "confidence": 0.5}
    if column in defaults:
        return defaults[column]
    return None if column in ("event_date", "latitude", "longitude") else ""


def write_merge(con: duckdb.DuckDBPyConnection, plan: MergePlan, run_id: str | None = None) -> None:
    """Upsert the touched events and point each mention at its event (call inside the run's
    transaction, after the run's `event_mentions` rows are inserted). Events merged into
    another (`plan.absorbed`) are deleted and recorded in `events_merged` (so their ids still
    resolve), ids that earlier pointed at them are repointed at the survivor, and articles that
    led with them now lead with the survivor (so stories keep linking through it). An article
    whose lead mention moved to another event (a decision taken again) leads with that event:
    its `lead_event_id` is the old event of one of its own mentions, and one article's mentions
    are different events, so that mention is its lead."""
    if plan.assignments:
        moved = pa.table({"mention_id": list(plan.assignments), "event_id": list(plan.assignments.values())})
        with registered(con, "_merge_moved", moved):
            con.execute(write_sql("follow_moved_leads"))
    if plan.absorbed:
        absorbed = pa.table({"old": list(plan.absorbed), "new": list(plan.absorbed.values())})
        with registered(con, "_merge_absorbed", absorbed):
            con.execute("DELETE FROM events WHERE event_id IN (SELECT old FROM _merge_absorbed)")
            con.execute(
                "UPDATE events_merged SET into_event_id = x.new FROM _merge_absorbed x"
                " WHERE events_merged.into_event_id = x.old"
            )
            con.execute(
                "INSERT OR REPLACE INTO events_merged"
                " (absorbed_event_id, into_event_id, reason, run_id, merged_at)"
                " SELECT old, new, 'merged', ?, current_timestamp FROM _merge_absorbed",
                [run_id],
            )
            record_merged(con, "_merge_absorbed", run_id)
            con.execute(
                "UPDATE article_fingerprints SET lead_event_id = x.new FROM _merge_absorbed x"
                " WHERE article_fingerprints.lead_event_id = x.old"
            )
    if plan.events:
        with registered(con, "_merge_events", events_table(plan.events)):
            upsert_events(con, "_merge_events", EVENT_COLUMNS, run_id)
    touched = {e.event_id for e in plan.events} | set(plan.absorbed) | set(plan.absorbed.values())
    reorder: list[str] = []
    if plan.assignments:
        assignments = pa.table(
            {"mention_id": list(plan.assignments), "event_id": list(plan.assignments.values())}
        )
        touched |= set(plan.assignments.values())
        with registered(con, "_merge_assignments", assignments):
            moved_from = con.execute(
                "SELECT DISTINCT m.event_id FROM event_mentions m JOIN _merge_assignments x USING (mention_id)"
                " WHERE m.event_id IS DISTINCT FROM x.event_id"
            ).fetchall()
            touched |= {r[0] for r in moved_from}
            reorder = [r[0] for r in con.execute(query_sql("moved_stored_reports")).fetchall()]
            con.execute(
                "UPDATE event_mentions SET event_id = x.event_id FROM _merge_assignments x"
                " WHERE event_mentions.mention_id = x.mention_id"
                " AND event_mentions.event_id IS DISTINCT FROM x.event_id"
            )
        if reorder:  # MENTIONS_IN_REPORT_ORDER: stored mentions that moved, back in report order
            with registered(con, "_merge_reorder", pa.table({"article_id": pa.array(reorder, pa.string())})):
                run_script(con, write_sql("mentions_in_report_order"), {})
    refresh_event_sources(con, touched)
    count_run_changes(con, run_id)


def events_table(events: Iterable[Event]) -> pa.Table:
    rows = [{c: getattr(e, c) for c in EVENT_COLUMNS} for e in events]
    return pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)
