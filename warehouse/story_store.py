"""The SQL side of stories: stored evidence and decisions, the reports a run decides again.

    links = plan_story_links(con, new_articles)           # before the load, read-only
    merge_plan = plan_merge(con, mention_rows, links)
    dedup_plan = plan_dedup(con, new_articles, merge_plan, links)
    ... in the load transaction: write_merge(...); write_dedup(con, dedup_plan, run_id)

Stories are decided as groups, one report at a time in canonical order
(`extractors/story_groups.py`). A run's new reports may come before stored ones in that order,
so `plan_story_links` takes again every stored decision they can change, and only those:
starting from each new report, the stored reports after it (in canonical order) that it meets
(`stories.blocked_together`: a blocking key in common within the time window; `story_keys`,
read by key and day range) or that are in a story it meets, then the same from each of those,
until nothing more is reached. Everything those decisions look at is read with them: the
stored reports they meet and every member of those reports' stories, with the links their own
decisions left (`story_links`). `extractors.story_groups.replay` then decides the new reports
and takes the reached ones again, in canonical order; `story_ids` names the resulting stories
(each named by its first report in canonical order; a stored id no group has is absorbed:
`stories_merged`).

A run of fresh reports reaches only the few days after the earliest of them, around the places
they name: the cost per report does not grow with the warehouse. An undated report (no date of
its own) meets every stored report of its provinces whatever their days: those are read for
its decision (and for the undated reports after it), never decided again (`_reach`). A report published long ago
and fetched late takes again the decisions after it around its places (a backfill does that
once per run).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pyarrow as pa

from extractors.dedup import NewArticle
from extractors.stories import STORY_LINK, StoryScore, new_story_id
from extractors.story_evidence import StoryEvidence
from extractors.story_groups import FOUNDED, LAST, Link, OrderKey, Prescore, ReportIndex, order_key, replay
from warehouse.queries import query_sql


@dataclass(frozen=True)
class StoryLinks:
    """The story plan of one run: what it decided (event merging reads the stories: `story_ids`)."""

    scores: dict[tuple[str, str], StoryScore] = field(default_factory=dict)  # of the links decided now
    evidence: dict[str, StoryEvidence] = field(default_factory=dict)  # new articles' evidence (stored)
    decisions: dict[str, tuple[Link, ...]] = field(default_factory=dict)  # decided now (new, taken again)
    group_of: dict[str, str] = field(default_factory=dict)  # every report looked at -> its story's first
    stored_story: dict[str, str | None] = field(default_factory=dict)  # stored reports -> story id now
    order: dict[str, OrderKey] = field(default_factory=dict)  # canonical order of every report

    @property
    def links(self) -> tuple[tuple[str, str], ...]:
        """(report, earlier report) pairs of the decisions taken now that join stories."""
        return tuple(
            (link.article_id, link.linked_article_id)
            for links in self.decisions.values()
            for link in links
            if link.kind != FOUNDED
        )


@dataclass(frozen=True)
class StoryIds:
    story_of: dict[str, str]  # every report looked at -> its story id
    absorbed: dict[str, str]  # story id no group keeps -> the story most of its reports are in


def plan_story_links(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[NewArticle],
    pending: Collection[str] = (),
    prescore: Prescore | None = None,
) -> StoryLinks:
    """Decide the run's new articles (those with evidence and a blocking key) and take again the
    stored decisions they can change (module docstring). `pending`: stored articles to leave
    out altogether (a reprocess re-decides them in a later chunk). `prescore`: where the
    decisions' candidates are scored (`story_groups.replay`; `flows.story_pool`). Read-only."""
    fresh: dict[str, StoryEvidence] = {}
    for a in articles:
        if a.evidence is not None and a.evidence.blocking_keys():
            fresh.setdefault(a.article_id, a.evidence)
    stored_ids = _stored_evidence_ids(con, list(fresh))
    new = {aid: e for aid, e in fresh.items() if aid not in stored_ids}
    if not new:
        return StoryLinks()
    skip = set(pending) - set(new)
    region: dict[str, StoryEvidence] = dict(new)
    story: dict[str, str | None] = {}
    since: dict[str, OrderKey] = {aid: order_key(e) for aid, e in new.items()}
    story_since: dict[str, OrderKey] = {}
    members_of: dict[str, list[StoryEvidence]] = {}
    frontier = list(new.values())
    while frontier:
        reached: list[StoryEvidence] = []
        index = ReportIndex()
        for f in frontier:
            index.add(f)
        touched: dict[str, OrderKey] = {}
        for e, story_id in _stored_candidates(con, frontier):
            if e.article_id in skip or e.article_id in new:
                continue
            meets = [_reach(f, since) for f in index.near(e, STORY_LINK.window_days)]
            if not meets:
                continue
            reach = min(meets)
            if e.article_id not in region:
                region[e.article_id], story[e.article_id] = e, story_id
            if story_id:
                touched[story_id] = min(touched.get(story_id, reach), reach)
            if order_key(e) > reach and reach < since.get(e.article_id, LAST):
                since[e.article_id] = reach
                reached.append(e)
        for f in frontier:  # a stored report decided again leaves its story, or stays in it
            if story.get(f.article_id):
                sid, at = story[f.article_id], _reach(f, since)
                touched[sid] = min(touched.get(sid, at), at)  # type: ignore[index]
        changed = [sid for sid, t in touched.items() if t < story_since.get(sid, LAST)]
        story_since.update({sid: touched[sid] for sid in changed})
        unloaded = [sid for sid in changed if sid not in members_of]
        for e, story_id in _story_members(con, unloaded):
            if e.article_id in skip or e.article_id in new:
                continue
            members_of.setdefault(story_id, []).append(e)
            if e.article_id not in region:
                region[e.article_id], story[e.article_id] = e, story_id
        for sid in changed:
            for e in members_of.get(sid, ()):
                if order_key(e) > story_since[sid] and story_since[sid] < since.get(e.article_id, LAST):
                    since[e.article_id] = story_since[sid]
                    reached.append(e)
        frontier = list({e.article_id: e for e in reached}.values())
    decide = set(since)
    kept = _kept_links(con, [aid for aid in region if aid not in decide])
    result = replay(region.values(), decide, kept, prescore=prescore)
    return StoryLinks(
        scores=result.scores,
        evidence=new,
        decisions=result.links,
        group_of=result.group_of,
        stored_story=story,
        order={aid: order_key(e) for aid, e in region.items()},
    )


def _reach(f: StoryEvidence, since: dict[str, OrderKey]) -> OrderKey:
    """From where in canonical order decisions are taken again because of `f`. An undated report
    is decided after every dated one: it changes no dated report's decision, so what it meets
    (every stored report of its provinces, whatever their days) is read, not decided again."""
    at = since[f.article_id]
    return max(at, order_key(f)) if f.undated else at


def story_ids(links: StoryLinks) -> StoryIds:
    """Story ids for every report `links` looked at: each group is named `st-` + the key of its
    first report in canonical order (`new_story_id`), so the same reports get the same story id
    in one run or many, in any order. A stored id no group has now is absorbed by the group most
    of its reports are in (ties: the story first in canonical order)."""
    story_of = {aid: new_story_id(first) for aid, first in links.group_of.items()}
    taken = set(story_of.values())
    absorbed: dict[str, str] = {}
    went: dict[str, Counter[str]] = {}
    for aid, old in links.stored_story.items():
        if old and old not in taken and aid in story_of:
            went.setdefault(old, Counter())[story_of[aid]] += 1
    order_of = {new_story_id(first): links.order[first] for first in set(links.group_of.values())}
    for old, counts in went.items():
        absorbed[old] = min(counts, key=lambda sid: (-counts[sid], order_of[sid], sid))
    return StoryIds(story_of, absorbed)


# ----------------------------------------------------------------------------- reads


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


def _stored_candidates(
    con: duckdb.DuckDBPyConnection, reports: Sequence[StoryEvidence]
) -> list[tuple[StoryEvidence, str | None]]:
    """Stored articles that share a key with one of `reports` (its own keys with their probe
    keys, or the other way round) and whose days lie within the window of its days, with
    their story ids."""
    window = STORY_LINK.window_days
    probe: dict[str, list] = {"key": [], "kind": [], "lo": [], "hi": []}
    for e in reports:
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
        rows = con.execute(query_sql("story_candidates")).fetchall()
    return [(StoryEvidence.from_json(aid, text), story_id) for aid, text, story_id in rows]


def _story_members(
    con: duckdb.DuckDBPyConnection, story_ids: Sequence[str]
) -> list[tuple[StoryEvidence, str]]:
    """Every stored article of these stories that has evidence."""
    if not story_ids:
        return []
    with registered(con, "_story_members", pa.table({"story_id": pa.array(list(story_ids), pa.string())})):
        rows = con.execute(
            "SELECT a.article_id, e.evidence, a.story_id FROM articles a JOIN _story_members USING (story_id)"
            " JOIN story_evidence e USING (article_id) ORDER BY a.article_id"
        ).fetchall()
    return [(StoryEvidence.from_json(aid, text), story_id) for aid, text, story_id in rows]


def _kept_links(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, list[Link]]:
    if not article_ids:
        return {}
    with registered(con, "_story_kept", pa.table({"article_id": pa.array(list(article_ids), pa.string())})):
        rows = con.execute(
            "SELECT l.article_id, l.linked_article_id, l.kind, coalesce(l.score, 0) FROM story_links l"
            " JOIN _story_kept USING (article_id) ORDER BY l.article_id, l.linked_article_id"
        ).fetchall()
    out: dict[str, list[Link]] = {}
    for aid, linked, kind, score in rows:
        out.setdefault(aid, []).append(Link(aid, linked, kind, score))
    return out


class registered:
    """`with registered(con, name, table):` a registered Arrow table, always unregistered."""

    def __init__(self, con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
        self.con, self.name, self.table = con, name, table

    def __enter__(self) -> None:
        self.con.register(self.name, self.table)

    def __exit__(self, *exc) -> None:
        self.con.unregister(self.name)
