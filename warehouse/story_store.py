"""The SQL side of story linking: stored evidence, blocking keys, scored links, absorbed stories.

    links = plan_story_links(con, new_articles)           # before the load, read-only
    merge_plan = plan_merge(con, mention_rows, links.related)
    dedup_plan = plan_dedup(con, new_articles, merge_plan, links)
    ... in the load transaction: write_merge(...); write_dedup(con, dedup_plan, run_id)

`plan_story_links` scores each new article (`extractors/stories.story_score`) against the other
new ones and against the stored articles that share a blocking key with it within the time
window (`story_keys`, read by key and day range: the cost per article does not grow with the
warehouse's age). Pairs are chosen by `stories.blocked_together` on both sides, so a pair is
scored whichever of its reports arrives first, in one run or two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pyarrow as pa

from extractors.dedup import NewArticle
from extractors.merge import mention_id_for
from extractors.stories import STORY_LINK, StoryScore, blocked_together, candidate_pairs, story_score
from extractors.story_evidence import StoryEvidence


@dataclass(frozen=True)
class StoryLinks:
    """The scored links of one run's new articles (new-new and new-stored)."""

    links: tuple[tuple[str, str], ...] = ()  # pairs that are one story (score >= threshold)
    related: frozenset[frozenset[str]] = frozenset()  # lead-mention pairs event merging may relax for
    scores: dict[tuple[str, str], StoryScore] = field(default_factory=dict)
    evidence: dict[str, StoryEvidence] = field(default_factory=dict)  # new articles' evidence

    def score_of(self, a: str, b: str) -> StoryScore | None:
        return self.scores.get((a, b)) or self.scores.get((b, a))


def plan_story_links(con: duckdb.DuckDBPyConnection, articles: Sequence[NewArticle]) -> StoryLinks:
    """Score the run's new articles against each other and the stored ones. Read-only."""
    fresh: dict[str, StoryEvidence] = {}
    for a in articles:
        if a.evidence is not None:
            fresh.setdefault(a.article_id, a.evidence)
    stored_ids = _stored_evidence_ids(con, list(fresh))
    new = [e for aid, e in fresh.items() if aid not in stored_ids]
    if not new:
        return StoryLinks()
    candidates = _stored_candidates(con, new)
    scores: dict[tuple[str, str], StoryScore] = {}
    for i, j in candidate_pairs(new):
        scores[(new[i].article_id, new[j].article_id)] = story_score(new[i], new[j])
    stored = [c for c in candidates if c.article_id not in fresh]
    by_own: dict[str, list[int]] = {}
    by_probe: dict[str, list[int]] = {}
    for n, other in enumerate(stored):
        for key in other.blocking_keys():
            by_own.setdefault(key, []).append(n)
        for key in other.probe_keys() - other.blocking_keys():
            by_probe.setdefault(key, []).append(n)
    for e in new:
        near = {n for key in e.probe_keys() for n in by_own.get(key, ())}
        near |= {n for key in e.blocking_keys() for n in by_probe.get(key, ())}
        for n in sorted(near):
            other = stored[n]
            if blocked_together(e, other):
                scores[(e.article_id, other.article_id)] = story_score(e, other)
    by_id = {e.article_id: e for e in new} | {e.article_id: e for e in candidates}
    links = tuple(pair for pair, s in sorted(scores.items()) if s.links())
    related = set()
    for (a, b), s in scores.items():
        la, lb = by_id[a].lead, by_id[b].lead
        if s.total >= STORY_LINK.relax_threshold and la is not None and lb is not None:
            related.add(frozenset((mention_id_for(a, la.position), mention_id_for(b, lb.position))))
    return StoryLinks(
        links=links, related=frozenset(related), scores=scores, evidence={e.article_id: e for e in new}
    )


def write_story_evidence(con: duckdb.DuckDBPyConnection, links: StoryLinks) -> None:
    """Store the new articles' evidence and blocking keys (inside the run's transaction)."""
    if not links.evidence:
        return
    evidence = list(links.evidence.values())
    lo = [_day(e.anchor[0]) if e.anchor else None for e in evidence]
    hi = [_day(e.anchor[1]) if e.anchor else None for e in evidence]
    table = pa.table(
        {
            "article_id": [e.article_id for e in evidence],
            "anchor_lo": pa.array(lo, pa.date32()),
            "anchor_hi": pa.array(hi, pa.date32()),
            "evidence": [e.to_json() for e in evidence],
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
                    keys["anchor_lo"].append(_day(first))
                    keys["anchor_hi"].append(_day(last))
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
            "INSERT OR IGNORE INTO story_evidence (article_id, anchor_lo, anchor_hi, evidence)"
            " SELECT article_id, anchor_lo, anchor_hi, evidence FROM _story_evidence"
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


def _day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


def _stored_evidence_ids(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> set[str]:
    if not article_ids:
        return set()
    with registered(con, "_story_ids", pa.table({"article_id": list(article_ids)})):
        rows = con.execute(
            "SELECT e.article_id FROM story_evidence e JOIN _story_ids USING (article_id)"
        ).fetchall()
    return {r[0] for r in rows}


def _stored_candidates(con: duckdb.DuckDBPyConnection, new: Sequence[StoryEvidence]) -> list[StoryEvidence]:
    """Stored articles that share a key with a new one (its own keys with their probe keys, or
    the other way round) and whose days lie within the window of its days."""
    window = STORY_LINK.window_days
    probe: dict[str, list] = {"key": [], "kind": [], "lo": [], "hi": []}
    for e in new:
        own = e.blocking_keys()
        for first, last in e.anchors():
            for kind, values in (("own", own), ("probe", e.probe_keys() - own)):
                for key in values:
                    probe["key"].append(key)
                    probe["kind"].append(kind)
                    probe["lo"].append(_day(first - window))
                    probe["hi"].append(_day(last + window))
    if not probe["key"]:
        return []
    table = pa.table(
        {
            "key": pa.array(probe["key"], pa.string()),
            "kind": pa.array(probe["kind"], pa.string()),
            "lo": pa.array(probe["lo"], pa.date32()),
            "hi": pa.array(probe["hi"], pa.date32()),
        }
    )
    with registered(con, "_story_probe", table):
        rows = con.execute(
            "SELECT e.article_id, e.evidence FROM story_evidence e WHERE e.article_id IN ("
            " SELECT k.article_id FROM story_keys k JOIN _story_probe p ON k.key = p.key"
            " WHERE (k.kind = 'own' OR p.kind = 'own') AND k.anchor_lo <= p.hi AND k.anchor_hi >= p.lo)"
            " ORDER BY e.article_id"
        ).fetchall()
    return [StoryEvidence.from_json(aid, text) for aid, text in rows]


class registered:
    """`with registered(con, name, table):` a registered Arrow table, always unregistered."""

    def __init__(self, con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
        self.con, self.name, self.table = con, name, table

    def __enter__(self) -> None:
        self.con.register(self.name, self.table)

    def __exit__(self, *exc) -> None:
        self.con.unregister(self.name)
