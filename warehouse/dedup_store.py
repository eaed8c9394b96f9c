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

The events side (`plan_merge`, `write_merge`, `existing_events`, `events_table`) lives in
`warehouse/merge_store.py`, the stories of reports without story evidence (copies,
near-identical headlines) in `warehouse/keyless_stories.py`; this module plans and writes the
fingerprints, band keys and stories, and names the others' as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pyarrow as pa

from extractors.dedup import (
    NEAR_DUP,
    TITLE_SIMILAR,
    DuplicateMatch,
    Fingerprint,
    NewArticle,
    band_keys,
    minhash_signatures,
    signature_to_bytes,
)
from extractors.story_evidence import TitleKey, lead_mention
from warehouse.copy_store import plan_copies, write_copies
from warehouse.headline_followers import refollow_headlines
from warehouse.keyless_stories import (
    _follow_stories,
    _story_links,
    refollow_copies,
)
from warehouse.merge_store import (
    EVENT_COLUMNS,
    EVENTS_SCHEMA,
    MAX_MERGE_ROUNDS,
    MergePlan,
    _candidate_event_ids,
    events_table,
    existing_events,
    plan_merge,
    write_merge,
)
from warehouse.queries import write_sql
from warehouse.story_store import StoryLinks, registered, story_ids
from warehouse.story_writes import write_stories_merged, write_story_evidence

# the names importers knew here before merge_store.py was split off (the project imports them from
# merge_store now; kept for scripts that still name them here)
__all__ = [
    "EVENT_COLUMNS", "EVENTS_SCHEMA", "FINGERPRINT_SCHEMA", "MAX_MERGE_ROUNDS", "SETTING_LABEL",
    "DedupPlan", "MergePlan", "_candidate_event_ids", "events_table", "existing_events", "plan_dedup",
    "plan_merge", "recompute_stories", "write_dedup", "write_merge",
]  # fmt: skip

# Signatures made with another shingle size, permutation count or seed are not comparable:
# candidates stored under another label are ignored (re-fingerprint to bring them back).
SETTING_LABEL = f"k{NEAR_DUP.shingle_size}-p{NEAR_DUP.num_perm}-s{NEAR_DUP.seed}"

FINGERPRINT_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()), ("published_at", pa.timestamp("us")), ("content_hash", pa.string()),
        ("root_article_id", pa.string()), ("similarity", pa.float64()), ("signature", pa.binary()),
        ("title_words", pa.string()), ("title_names", pa.string()), ("lead_event_id", pa.string()), ("setting", pa.string()),
    ]
)  # fmt: skip


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
    copy_moves: dict[str, DuplicateMatch | None] = field(default_factory=dict)  # stored copies decided anew
    vacated: dict[str, str] = field(default_factory=dict)  # story a stored copy left -> the one it follows

    def duplicate_of(self, article_id: str) -> str | None:
        match = self.duplicates.get(article_id)
        return match.duplicate_of if match else None


def plan_dedup(
    con: duckdb.DuckDBPyConnection,
    new_articles: Sequence[NewArticle],
    merge_plan: MergePlan | None = None,
    story_links: StoryLinks | None = None,
    body_signatures: Mapping[str, np.ndarray | None] | None = None,
) -> DedupPlan:
    """Exact and near duplicates, and story ids, for the run's new articles. Read-only.

    `body_signatures`: the texts' NEAR_DUP MinHashes by article id, computed as the pages arrived
    (RESULTS_SPOOLED, `flows.result_spool`: the run holds no text then); an article not in it has
    its signature computed from its text here.

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

    body_sigs, body_present = _body_signatures(articles, body_signatures or {})
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

    copies = plan_copies(con, new_fps, SETTING_LABEL)
    matches = copies.matches

    lead_event = _lead_events(articles, merge_plan)
    plan_links = story_links or StoryLinks()
    ids = story_ids(plan_links)
    keyless = {a.article_id for a in articles if a.article_id not in ids.story_of}
    story_of = {a.article_id: ids.story_of[a.article_id] for a in articles if a.article_id in ids.story_of}
    links = _story_links(
        con, articles, title_keys_of, title_keys, title_present, lead_event, matches, merge_plan
    )
    # a stored report that copies a new one now (published before it, arrived later) links them
    # as a copy of a new report does in one run (its own story follows again: `refollow_copies`)
    copied = [(aid, o) for aid, m in sorted(copies.moved.items()) if m for o in (m.matched, m.duplicate_of)]
    keyless_articles = [a for a in articles if a.article_id in keyless]
    if keyless:
        followed_keyless, by_title = _follow_stories(con, keyless_articles, links + copied, matches, ids)
        story_of.update(followed_keyless)
    else:
        by_title = {}
    moved = {
        aid: sid
        for aid, sid in ids.story_of.items()
        if aid not in fresh and plan_links.stored_story.get(aid) != sid
    }
    # a stored original without evidence that new reports copy chooses again in
    # `refollow_headlines`, over its copies (stored and new) and its headline's links, as one run does
    followed = dict(by_title)
    moved.update({aid: now for aid, (_, now) in followed.items()})
    followed |= refollow_headlines(
        con, links, {**story_of, **moved}, ids.absorbed, keyless_articles, merge_plan
    )
    moved.update({aid: now for aid, (_, now) in followed.items()})
    followed |= refollow_copies(con, copies.moved, {**story_of, **moved})
    for aid, match in matches.items():  # a new copy of a stored copy that follows anew
        if aid in keyless and match.duplicate_of in followed:
            story_of[aid] = followed[match.duplicate_of][1]
    moved.update({aid: now for aid, (_, now) in followed.items()})

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
    left = {plan_links.stored_story[aid] for aid in moved if aid in plan_links.stored_story} - {None}
    left |= {was for was, _ in followed.values()}
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
        copy_moves=copies.moved,
        vacated={was: now for was, now in followed.values()},
        skipped=tuple(sorted(already)),
        story_links=story_links or StoryLinks(),
    )


def _body_signatures(
    articles: Sequence[NewArticle], known: Mapping[str, np.ndarray | None]
) -> tuple[np.ndarray, np.ndarray]:
    """`minhash_signatures` of the articles' texts, those of `known` taken as they are."""
    todo = [i for i, a in enumerate(articles) if a.article_id not in known]
    sigs, present = minhash_signatures([articles[i].text for i in todo], NEAR_DUP)
    if len(todo) == len(articles):
        return sigs, present
    out = np.zeros((len(articles), NEAR_DUP.num_perm), dtype=np.uint32)
    has = np.zeros(len(articles), dtype=bool)
    out[todo], has[todo] = sigs, present
    for i, a in enumerate(articles):
        signature = known.get(a.article_id)
        if a.article_id in known and signature is not None:
            out[i], has[i] = signature, True
    return out, has


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
    write_copies(con, plan.copy_moves)
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
    if plan.vacated:  # a story its copies all left lives on in the one they follow
        with registered(con, "_dedup_vacated", pa.table({"story_id": list(plan.vacated)})):
            gone = con.execute(
                "SELECT story_id FROM _dedup_vacated WHERE story_id NOT IN"
                " (SELECT story_id FROM articles WHERE story_id IS NOT NULL) ORDER BY story_id"
            ).fetchall()
        write_stories_merged(con, {old: plan.vacated[old] for (old,) in gone}, run_id)
    recompute_stories(con, plan.affected_stories)


def recompute_stories(con: duckdb.DuckDBPyConnection, story_ids: Sequence[str]) -> None:
    """Recompute the `stories` rows of `story_ids` from their articles; drop those left empty
    (a reprocess moved their articles elsewhere); an id absorbed once that names a story again
    (its first report is first again) is live: its `stories_merged` row goes."""
    if not story_ids:
        return
    with registered(con, "_dedup_stories", pa.table({"story_id": list(story_ids)})):
        con.execute(write_sql("recompute_stories"))
        con.execute(write_sql("refresh_story_outlets"))
        con.execute(write_sql("forget_empty_stories"))


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
