"""The writes of stories, inside the run's transaction: the new articles' evidence and blocking
keys with the decisions taken now (`write_story_evidence`), absorbed story ids (`write_stories_merged`),
and a reprocess's forgetting (`delete_story_state`). The reads and the decisions are in `story_store.py`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import duckdb
import pyarrow as pa

from extractors.story_evidence import StoryEvidence
from extractors.story_groups import order_key
from warehouse.story_store import StoryLinks, registered


def write_story_evidence(
    con: duckdb.DuckDBPyConnection, links: StoryLinks, run_id: str | None = None
) -> None:
    """Store the new articles' evidence and blocking keys, and the decisions taken now (those
    taken again replace their old links). Inside the run's transaction."""
    if links.evidence:
        _insert_evidence(con, list(links.evidence.values()))
    if not links.decisions:
        return
    rows = [link for decided in links.decisions.values() for link in decided]
    table = pa.table(
        {
            "article_id": pa.array([r.article_id for r in rows], pa.string()),
            "linked_article_id": pa.array([r.linked_article_id for r in rows], pa.string()),
            "kind": pa.array([r.kind for r in rows], pa.string()),
            "score": pa.array([r.score for r in rows], pa.float64()),
            "run_id": pa.array([run_id] * len(rows), pa.string()),
        }
    )
    decided = pa.table({"article_id": pa.array(sorted(links.decisions), pa.string())})
    with registered(con, "_story_decided", decided), registered(con, "_story_links", table):
        con.execute("DELETE FROM story_links WHERE article_id IN (SELECT article_id FROM _story_decided)")
        con.execute(
            "INSERT OR REPLACE INTO story_links (article_id, linked_article_id, kind, score, run_id)"
            " SELECT article_id, linked_article_id, kind, score, run_id FROM _story_links"
        )


def delete_story_state(con: duckdb.DuckDBPyConnection, table_name: str) -> None:
    """Forget the stored evidence, keys and decisions of the articles listed in the registered
    table `table_name` (column `article_id`): a reprocess reads them anew."""
    for table in ("story_evidence", "story_keys", "story_links"):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM {table_name})")


def _insert_evidence(con: duckdb.DuckDBPyConnection, evidence: Sequence[StoryEvidence]) -> None:
    lo = [date.fromordinal(e.anchor[0]) if e.anchor else None for e in evidence]
    hi = [date.fromordinal(e.anchor[1]) if e.anchor else None for e in evidence]
    ordered = [order_key(e)[0] for e in evidence]
    table = pa.table(
        {
            "article_id": pa.array([e.article_id for e in evidence], pa.string()),
            "anchor_lo": pa.array(lo, pa.date32()),
            "anchor_hi": pa.array(hi, pa.date32()),
            "evidence": pa.array([e.to_json() for e in evidence], pa.string()),
            "ordered_at": pa.array([None if t == datetime.max else t for t in ordered], pa.timestamp("us")),
        }
    )
    keys: dict[str, list] = {"key": [], "article_id": [], "kind": [], "anchor_lo": [], "anchor_hi": []}
    for e in evidence:
        own = e.blocking_keys()
        for first, last in e.anchors():
            for kind, values in (("own", own), ("probe", e.probe_keys() - own)):
                for key in sorted(values):
                    keys["key"].append(key)
                    keys["article_id"].append(e.article_id)
                    keys["kind"].append(kind)
                    keys["anchor_lo"].append(date.fromordinal(first))
                    keys["anchor_hi"].append(date.fromordinal(last))
    key_table = pa.table(
        {
            "key": pa.array(keys["key"], pa.string()),
            "article_id": pa.array(keys["article_id"], pa.string()),
            "kind": pa.array(keys["kind"], pa.string()),
            "anchor_lo": pa.array(keys["anchor_lo"], pa.date32()),
            "anchor_hi": pa.array(keys["anchor_hi"], pa.date32()),
        }
    )
    with registered(con, "_story_evidence", table):
        con.execute(
            "INSERT OR IGNORE INTO story_evidence (article_id, anchor_lo, anchor_hi, evidence, ordered_at)"
            " SELECT article_id, anchor_lo, anchor_hi, evidence, ordered_at FROM _story_evidence"
        )
    with registered(con, "_story_keys", key_table):
        con.execute(
            "INSERT INTO story_keys (key, article_id, kind, anchor_lo, anchor_hi)"
            " SELECT k.key, k.article_id, k.kind, k.anchor_lo, k.anchor_hi FROM _story_keys k"
            " WHERE NOT EXISTS (SELECT 1 FROM story_keys s WHERE s.article_id = k.article_id)"
        )


def write_stories_merged(con: duckdb.DuckDBPyConnection, merged: dict[str, str], run_id: str | None) -> None:
    """Record absorbed story ids (absorbed -> survivor); ids that pointed at an absorbed story
    now point at its survivor, so every saved id resolves in one lookup."""
    if not merged:
        return
    table = pa.table({"old": list(merged), "new": list(merged.values())})
    with registered(con, "_stories_absorbed", table):
        con.execute(
            "UPDATE stories_merged SET into_story_id = x.new FROM _stories_absorbed x"
            " WHERE stories_merged.into_story_id = x.old"
        )
        con.execute(
            "INSERT OR REPLACE INTO stories_merged (absorbed_story_id, into_story_id, reason, run_id, merged_at)"
            " SELECT old, new, 'merged', ?, current_timestamp FROM _stories_absorbed",
            [run_id],
        )
