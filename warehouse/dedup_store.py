"""The SQL side of deduplication, stories and event merging.

Planning reads only what can matter for the new articles and mentions (their content hashes,
the LSH buckets they fall in, the events of their country within the date window, the articles
that report the same lead event); the pure rules live in `extractors/dedup.py`,
`extractors/stories.py` and `extractors/merge.py`. Writing happens inside the run's single
transaction (the loader calls `write_merge` and `write_dedup` after inserting the run's
`articles` and `event_mentions` rows), in bulk through registered Arrow tables.

    merge_plan = plan_merge(con, mention_rows)            # before the load, read-only
    dedup_plan = plan_dedup(con, new_articles, merge_plan)
    ... in the load transaction, after the articles / event_mentions inserts:
    write_merge(con, merge_plan); write_dedup(con, dedup_plan)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib import resources

import duckdb
import numpy as np
import pyarrow as pa

from extractors.dedup import (
    NEAR_DUP,
    NEAR_DUP_WINDOW_DAYS,
    TITLE_SIMILAR,
    DuplicateMatch,
    Fingerprint,
    NewArticle,
    band_keys,
    find_duplicates,
    minhash_signatures,
    signature_from_bytes,
    signature_to_bytes,
)
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
from extractors.stories import TITLE_LINK_DAYS, new_story_id, published_close, titles_link
from extractors.story_evidence import TitleKey, lead_mention
from warehouse.event_sources import refresh_event_sources
from warehouse.history import count_run_changes, record_merged, upsert_events
from warehouse.story_store import (
    StoryIds,
    StoryLinks,
    registered,
    story_ids,
    write_stories_merged,
    write_story_evidence,
)

# Signatures made with another shingle size, permutation count or seed are not comparable:
# candidates stored under another label are ignored (re-fingerprint to bring them back).
SETTING_LABEL = f"k{NEAR_DUP.shingle_size}-p{NEAR_DUP.num_perm}-s{NEAR_DUP.seed}"

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

FINGERPRINT_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()), ("published_at", pa.timestamp("us")), ("content_hash", pa.string()),
        ("root_article_id", pa.string()), ("similarity", pa.float64()), ("signature", pa.binary()),
        ("title_words", pa.string()), ("title_names", pa.string()), ("lead_event_id", pa.string()), ("setting", pa.string()),
    ]
)  # fmt: skip


# ----------------------------------------------------------------------------- events


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
    ids = set(_candidate_event_ids(con, new_mentions)) | set(extra_event_ids)
    existing = _without(_existing_events(con, sorted(ids)), dropped)
    start = start_of(new_mentions)
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
    return merge_mentions(existing, new_mentions, related)


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
    followed to their survivor)."""
    decided = story_ids(story_links) if story_links is not None else StoryIds({}, {})
    out: dict[str, str] = {}
    if article_ids:
        with registered(con, "_merge_story_articles", pa.table({"article_id": list(article_ids)})):
            rows = con.execute(
                "SELECT a.article_id, a.story_id FROM articles a JOIN _merge_story_articles USING (article_id)"
                " WHERE a.story_id IS NOT NULL"
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
            con.execute(
                "UPDATE article_fingerprints SET lead_event_id = y.new_event FROM ("
                " SELECT m.article_id, m.event_id AS old_event, x.event_id AS new_event"
                " FROM _merge_moved x JOIN event_mentions m USING (mention_id)"
                " WHERE m.event_id IS NOT NULL AND m.event_id IS DISTINCT FROM x.event_id) y"
                " WHERE article_fingerprints.article_id = y.article_id"
                " AND article_fingerprints.lead_event_id = y.old_event"
            )
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
            con.execute(
                "UPDATE event_mentions SET event_id = x.event_id FROM _merge_assignments x"
                " WHERE event_mentions.mention_id = x.mention_id"
                " AND event_mentions.event_id IS DISTINCT FROM x.event_id"
            )
    refresh_event_sources(con, touched)
    count_run_changes(con, run_id)


def events_table(events: Iterable[Event]) -> pa.Table:
    rows = [{c: getattr(e, c) for c in EVENT_COLUMNS} for e in events]
    return pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)


# ----------------------------------------------------------------------------- articles, stories


@dataclass(frozen=True)
class DedupPlan:
    """What `write_dedup` writes for one run."""

    fingerprints: pa.Table
    bands: pa.Table  # band_key, article_id, kind
    article_updates: pa.Table  # article_id, story_id, duplicate_of
    merged_stories: dict[str, str] = field(default_factory=dict)  # absorbed -> surviving
    affected_stories: tuple[str, ...] = ()
    duplicates: dict[str, DuplicateMatch] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # already deduplicated in an earlier run
    story_links: StoryLinks = field(default_factory=StoryLinks)
    story_moves: dict[str, str] = field(default_factory=dict)  # stored article -> the story it is in now

    def duplicate_of(self, article_id: str) -> str | None:
        match = self.duplicates.get(article_id)
        return match.duplicate_of if match else None


def plan_dedup(
    con: duckdb.DuckDBPyConnection,
    new_articles: Sequence[NewArticle],
    merge_plan: MergePlan | None = None,
    story_links: StoryLinks | None = None,
) -> DedupPlan:
    """Exact and near duplicates, and story ids, for the run's new articles. Read-only.

    `story_links` (from `story_store.plan_story_links`) decided the stories of the articles
    with story evidence (and took again the stored decisions they change: `story_moves`); an
    article without any follows the story of its copy or of a near-identical headline.
    `merge_plan` (from `plan_merge` over the same articles' mentions) gives each article its
    lead event (stored with its fingerprint).
    """
    already = _already_fingerprinted(con, [a.article_id for a in new_articles])
    fresh: dict[str, NewArticle] = {}
    for a in new_articles:
        if a.article_id not in already:
            fresh.setdefault(a.article_id, a)
    articles = list(fresh.values())
    if not articles:
        return _empty_plan(tuple(sorted(already)), story_links)

    body_sigs, body_present = minhash_signatures([a.text for a in articles], NEAR_DUP)
    title_keys_of = [TitleKey.of(a.title) for a in articles]
    words = [" ".join(sorted(k.words)) for k in title_keys_of]
    title_sigs, title_present = minhash_signatures(words, TITLE_SIMILAR)
    hashes = [a.body_hash for a in articles]
    new_fps = [
        Fingerprint(a.article_id, a.published_at, h, body_sigs[i] if body_present[i] else None)
        for i, (a, h) in enumerate(zip(articles, hashes, strict=True))
    ]
    body_keys = band_keys(body_sigs, NEAR_DUP)
    title_keys = band_keys(title_sigs, TITLE_SIMILAR)

    same_hash = _fingerprints_with_hashes(con, sorted(set(hashes)))
    body_candidates = _band_candidates(con, body_keys[body_present], _window(articles, NEAR_DUP_WINDOW_DAYS))
    known = _fingerprints_by_id(con, body_candidates)
    matches = find_duplicates(new_fps, same_hash, known, NEAR_DUP)

    lead_event = _lead_events(articles, merge_plan)
    plan_links = story_links or StoryLinks()
    ids = story_ids(plan_links)
    keyless = {a.article_id for a in articles if a.article_id not in ids.story_of}
    story_of = {a.article_id: ids.story_of[a.article_id] for a in articles if a.article_id in ids.story_of}
    if keyless:
        links = _story_links(
            con, articles, title_keys_of, title_keys, title_present, lead_event, matches, merge_plan
        )
        story_of.update(
            _follow_stories(con, [a for a in articles if a.article_id in keyless], links, matches, ids)
        )
    moved = {
        aid: sid
        for aid, sid in ids.story_of.items()
        if aid not in fresh and plan_links.stored_story.get(aid) != sid
    }

    fingerprints = pa.Table.from_pylist(
        [
            {
                "article_id": a.article_id,
                "published_at": a.published_at,
                "content_hash": hashes[i],
                "root_article_id": matches[a.article_id].duplicate_of
                if a.article_id in matches
                else a.article_id,
                "similarity": matches[a.article_id].similarity if a.article_id in matches else None,
                "signature": signature_to_bytes(body_sigs[i]) if body_present[i] else None,
                "title_words": words[i],
                "title_names": " ".join(sorted(title_keys_of[i].names)),
                "lead_event_id": lead_event.get(a.article_id),
                "setting": SETTING_LABEL,
            }
            for i, a in enumerate(articles)
        ],
        schema=FINGERPRINT_SCHEMA,
    )
    bands = _band_rows(articles, body_keys, body_present, title_keys, title_present, matches)
    updates = pa.table(
        {
            "article_id": [a.article_id for a in articles],
            "story_id": [story_of[a.article_id] for a in articles],
            "duplicate_of": [
                matches[a.article_id].duplicate_of if a.article_id in matches else None for a in articles
            ],
        }
    )
    left = {plan_links.stored_story[aid] for aid in moved} - {None}
    affected = set(story_of.values()) | set(moved.values()) | left | set(ids.absorbed.values())
    return DedupPlan(
        fingerprints=fingerprints,
        bands=bands,
        article_updates=updates,
        merged_stories=dict(ids.absorbed),
        affected_stories=tuple(sorted(affected)),  # type: ignore[arg-type]
        duplicates=matches,
        story_of=story_of,
        story_moves=moved,
        skipped=tuple(sorted(already)),
        story_links=story_links or StoryLinks(),
    )


def write_dedup(con: duckdb.DuckDBPyConnection, plan: DedupPlan, run_id: str | None = None) -> None:
    """Store fingerprints, band keys and story evidence, set `articles.story_id` /
    `duplicate_of`, merge absorbed stories (recorded in `stories_merged`) and recompute the
    `stories` rows touched (inside the run's transaction, after the run's `articles` rows are
    inserted)."""
    write_story_evidence(con, plan.story_links, run_id)
    if plan.fingerprints.num_rows:
        with registered(con, "_dedup_fingerprints", plan.fingerprints):
            cols = ", ".join(plan.fingerprints.column_names)
            con.execute(
                f"INSERT OR IGNORE INTO article_fingerprints ({cols}) SELECT {cols} FROM _dedup_fingerprints"
            )
    if plan.bands.num_rows:
        with registered(con, "_dedup_bands", plan.bands):
            con.execute("INSERT INTO lsh_bands SELECT band_key, article_id, kind FROM _dedup_bands")
    if plan.article_updates.num_rows:
        with registered(con, "_dedup_updates", plan.article_updates):
            con.execute(
                "UPDATE articles SET story_id = u.story_id, duplicate_of = u.duplicate_of"
                " FROM _dedup_updates u WHERE articles.article_id = u.article_id"
            )
    if plan.story_moves:
        moves = pa.table({"article_id": list(plan.story_moves), "story_id": list(plan.story_moves.values())})
        with registered(con, "_dedup_moves", moves):
            con.execute(
                "UPDATE articles SET story_id = m.story_id FROM _dedup_moves m WHERE articles.article_id = m.article_id"
            )
    if plan.merged_stories:
        merged = pa.table({"old": list(plan.merged_stories), "new": list(plan.merged_stories.values())})
        with registered(con, "_dedup_merged", merged):
            con.execute(
                "UPDATE articles SET story_id = m.new FROM _dedup_merged m WHERE articles.story_id = m.old"
            )
            con.execute("DELETE FROM stories WHERE story_id IN (SELECT old FROM _dedup_merged)")
        write_stories_merged(con, plan.merged_stories, run_id)
    recompute_stories(con, plan.affected_stories)


def recompute_stories(con: duckdb.DuckDBPyConnection, story_ids: Sequence[str]) -> None:
    """Recompute the `stories` rows of `story_ids` from their articles; drop those left empty
    (a reprocess moved their articles elsewhere)."""
    if not story_ids:
        return
    with registered(con, "_dedup_stories", pa.table({"story_id": list(story_ids)})):
        con.execute(_RECOMPUTE_STORIES)
        con.execute(_REFRESH_STORY_OUTLETS)
        con.execute(
            "DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _dedup_stories)"
            " AND story_id NOT IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL)"
        )


_REFRESH_STORY_OUTLETS = (
    resources.files("warehouse").joinpath("writes/refresh_story_outlets.sql").read_text(encoding="utf-8")
)

# First and latest report of a story by publication time (fetch time when unknown), ties by id.
_RECOMPUTE_STORIES = """
INSERT OR REPLACE INTO stories
    (story_id, title, first_article_id, latest_article_id, first_published, latest_published, size)
SELECT a.story_id,
       arg_min(a.title, struct_pack(t := coalesce(a.published_at, a.fetched_at), id := a.article_id)),
       arg_min(a.article_id, struct_pack(t := coalesce(a.published_at, a.fetched_at), id := a.article_id)),
       arg_max(a.article_id, struct_pack(t := coalesce(a.published_at, a.fetched_at), id := a.article_id)),
       min(coalesce(a.published_at, a.fetched_at)),
       max(coalesce(a.published_at, a.fetched_at)),
       count(*)
FROM articles a JOIN _dedup_stories s USING (story_id)
GROUP BY a.story_id
"""


def _empty_plan(skipped: tuple[str, ...], story_links: StoryLinks | None = None) -> DedupPlan:
    return DedupPlan(
        story_links=story_links or StoryLinks(),
        fingerprints=FINGERPRINT_SCHEMA.empty_table(),
        bands=pa.table({"band_key": pa.array([], pa.int64()), "article_id": [], "kind": []}),
        article_updates=pa.table({"article_id": [], "story_id": [], "duplicate_of": []}),
        skipped=skipped,
    )


def _lead_events(articles: Sequence[NewArticle], merge_plan: MergePlan | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if merge_plan is None:
        return out
    for a in articles:
        lead = lead_mention(a.mentions)
        event_id = merge_plan.event_id_of(lead.mention_id) if lead else None
        if event_id:
            out[a.article_id] = event_id
    return out


def _story_links(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[NewArticle],
    titles: Sequence[TitleKey],
    title_keys: np.ndarray,
    title_present: np.ndarray,
    lead_event: dict[str, str],
    matches: dict[str, DuplicateMatch],
    merge_plan: MergePlan | None = None,
) -> list[tuple[str, str]]:
    """(new article, other article) pairs of copies and near-identical headlines: what links a
    report without story evidence (no place, no country: `StoryEvidence.blocking_keys`)."""
    links: list[tuple[str, str]] = []
    for match in matches.values():
        links.append((match.article_id, match.matched))
        links.append((match.article_id, match.duplicate_of))
    survivor_of = dict(merge_plan.absorbed) if merge_plan else {}
    # similar titles published close together, unless their lead events differ
    info = {
        a.article_id: (a.published_at, titles[i], lead_event.get(a.article_id))
        for i, a in enumerate(articles)
    }
    buckets: dict[int, list[str]] = {}
    for i, a in enumerate(articles):
        if title_present[i]:
            for key in title_keys[i].tolist():
                buckets.setdefault(key, []).append(a.article_id)
    published = [a.published_at for a in articles if a.published_at is not None]
    if published:
        reach = timedelta(days=TITLE_LINK_DAYS)
        known = _title_bucket_members(
            con, title_keys[title_present], min(published) - reach, max(published) + reach
        )
        for key, article_id in known:
            buckets.setdefault(key, []).append(article_id)
        for article_id, (published, title, event_id) in _title_info(
            con, sorted({article_id for _, article_id in known} - set(info))
        ).items():
            info[article_id] = (published, title, survivor_of.get(event_id, event_id) if event_id else None)
    for i, a in enumerate(articles):
        if not title_present[i]:
            continue
        seen = {
            other for key in title_keys[i].tolist() for other in buckets.get(key, ()) if other != a.article_id
        }
        for other in sorted(seen):
            if _titles_link(info[a.article_id], info[other]):
                links.append((a.article_id, other))
    return links


def _follow_stories(
    con: duckdb.DuckDBPyConnection,
    keyless: Sequence[NewArticle],
    links: Sequence[tuple[str, str]],
    matches: dict[str, DuplicateMatch],
    ids: StoryIds,
) -> dict[str, str]:
    """Stories of reports without story evidence: each (by publication) follows the story of
    what it copies, else of a report with a near-identical headline, else founds its own."""
    linked: dict[str, list[str]] = {}
    for a, b in links:
        linked.setdefault(a, []).append(b)
        linked.setdefault(b, []).append(a)
    out: dict[str, str] = {}
    ids_of = {a.article_id for a in keyless}
    stored = _current_stories(con, sorted({o for a in ids_of for o in linked.get(a, ())} - ids_of))
    for a in sorted(keyless, key=lambda n: (n.published_at or datetime.max, n.article_id)):
        match = matches.get(a.article_id)
        first = [match.duplicate_of, match.matched] if match else []
        chosen = None
        for other in first + sorted(set(linked.get(a.article_id, ())) - set(first)):
            chosen = ids.story_of.get(other) or out.get(other) or stored.get(other)
            if chosen:
                break
        out[a.article_id] = chosen or new_story_id(a.article_id)
    return out


def _current_stories(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    with registered(con, "_dedup_follow", pa.table({"article_id": pa.array(list(article_ids), pa.string())})):
        rows = con.execute(
            "SELECT a.article_id, a.story_id FROM articles a JOIN _dedup_follow USING (article_id)"
            " WHERE a.story_id IS NOT NULL"
        ).fetchall()
    return dict(rows)


def _titles_link(a: tuple, b: tuple) -> bool:
    (published_a, title_a, event_a), (published_b, title_b, event_b) = a, b
    if event_a and event_b and event_a != event_b:
        return False
    return published_close(published_a, published_b, TITLE_LINK_DAYS) and titles_link(
        title_a, title_b, TITLE_SIMILAR.threshold
    )


def _band_rows(
    articles: Sequence[NewArticle],
    body_keys: np.ndarray,
    body_present: np.ndarray,
    title_keys: np.ndarray,
    title_present: np.ndarray,
    matches: dict[str, DuplicateMatch],
) -> pa.Table:
    """Band keys to store: an identical copy adds nothing its original does not have."""
    ids = np.array([a.article_id for a in articles], dtype=object)
    exact = np.array(
        [matches.get(a.article_id) is not None and matches[a.article_id].kind == "exact" for a in articles]
    )
    body_rows = body_present & ~exact
    title_rows = title_present
    keys = [body_keys[body_rows].ravel(), title_keys[title_rows].ravel()]
    owners = [
        np.repeat(ids[body_rows], body_keys.shape[1]),
        np.repeat(ids[title_rows], title_keys.shape[1]),
    ]
    kinds = ["body"] * len(keys[0]) + ["title"] * len(keys[1])
    return pa.table(
        {
            "band_key": pa.array(np.concatenate(keys), pa.int64()),
            "article_id": pa.array(np.concatenate(owners).tolist(), pa.string()),
            "kind": kinds,
        }
    )


def _already_fingerprinted(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> set[str]:
    if not article_ids:
        return set()
    with registered(con, "_dedup_ids", pa.table({"article_id": list(article_ids)})):
        rows = con.execute(
            "SELECT f.article_id FROM article_fingerprints f JOIN _dedup_ids USING (article_id)"
        ).fetchall()
    return {r[0] for r in rows}


def _fingerprints_with_hashes(con: duckdb.DuckDBPyConnection, hashes: Sequence[str]) -> list[Fingerprint]:
    if not hashes:
        return []
    with registered(con, "_dedup_hashes", pa.table({"content_hash": list(hashes)})):
        rows = con.execute(
            "SELECT f.article_id, f.published_at, f.content_hash, f.root_article_id"
            " FROM article_fingerprints f JOIN _dedup_hashes USING (content_hash)"
        ).fetchall()
    return [Fingerprint(aid, published, h, None, root) for aid, published, h, root in rows]


def _band_candidates(
    con: duckdb.DuckDBPyConnection, keys: np.ndarray, window: tuple[datetime, datetime] | None
) -> list[str]:
    """Articles sharing at least one body band key with `keys`, published in `window` (or
    undated): only those buckets are read."""
    if keys.size == 0:
        return []
    since, until = window or (datetime.min, datetime.max)
    probe = pa.table({"band_key": pa.array(np.unique(keys.ravel()), pa.int64())})
    with registered(con, "_dedup_probe", probe):
        rows = con.execute(
            "SELECT DISTINCT b.article_id FROM lsh_bands b JOIN _dedup_probe USING (band_key)"
            " JOIN article_fingerprints f USING (article_id)"
            " WHERE b.kind = 'body' AND (f.published_at IS NULL OR f.published_at BETWEEN ? AND ?)",
            [since, until],
        ).fetchall()
    return [r[0] for r in rows]


def _window(articles: Sequence[NewArticle], days: int) -> tuple[datetime, datetime] | None:
    published = [a.published_at for a in articles if a.published_at is not None]
    if not published or len(published) < len(articles):
        return None  # an undated article may copy anything
    return min(published) - timedelta(days=days), max(published) + timedelta(days=days)


def _fingerprints_by_id(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[Fingerprint]:
    if not article_ids:
        return []
    with registered(con, "_dedup_candidates", pa.table({"article_id": list(article_ids)})):
        rows = con.execute(
            "SELECT f.article_id, f.published_at, f.content_hash, f.root_article_id, f.signature"
            " FROM article_fingerprints f JOIN _dedup_candidates USING (article_id)"
            " WHERE f.signature IS NOT NULL AND f.setting = ?",
            [SETTING_LABEL],
        ).fetchall()
    return [
        Fingerprint(aid, published, h, signature_from_bytes(sig), root)
        for aid, published, h, root, sig in rows
    ]


def _title_info(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[str, tuple[datetime | None, TitleKey, str | None]]:
    if not article_ids:
        return {}
    with registered(con, "_dedup_titles", pa.table({"article_id": list(article_ids)})):
        rows = con.execute(
            "SELECT f.article_id, f.published_at, f.title_words, f.title_names, f.lead_event_id"
            " FROM article_fingerprints f JOIN _dedup_titles USING (article_id)"
        ).fetchall()
    return {
        aid: (published, TitleKey(frozenset((w or "").split()), frozenset((n or "").split())), event)
        for aid, published, w, n, event in rows
    }


def _title_bucket_members(
    con: duckdb.DuckDBPyConnection, keys: np.ndarray, since: datetime, until: datetime
) -> list[tuple[int, str]]:
    """(title band key, article) for known articles in the new titles' buckets, published in
    the window where a title may link stories."""
    if keys.size == 0:
        return []
    probe = pa.table({"band_key": pa.array(np.unique(keys.ravel()), pa.int64())})
    with registered(con, "_dedup_title_probe", probe):
        return con.execute(
            "SELECT b.band_key, b.article_id FROM lsh_bands b JOIN _dedup_title_probe USING (band_key)"
            " JOIN article_fingerprints f USING (article_id)"
            " WHERE b.kind = 'title' AND f.published_at BETWEEN ? AND ?",
            [since, until],
        ).fetchall()
