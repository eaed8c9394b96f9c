"""Stories of reports without story evidence (no place, no country to block on:
`StoryEvidence.blocking_keys`): each follows the story of what it copies, else of a report with a
near-identical headline published within `TITLE_LINK_DAYS` whose lead event is not another
(`_story_links`, `_follow_stories`); the stored titles and stories they are compared with are
read by band key and id. Called by `dedup_store.plan_dedup`.

A stored report without story evidence that copies another follows its root's story: when a run
takes its copy decision again (`copy_store.plan_copies`: an earlier original arrived) or moves
its root to another story, it follows again (`refollow_copies`), so its story is the one a single
run over every report gives it. Likewise a stored one that founded its own story and that a new
report published before it links by headline follows the new one's story (`_follow_stories`: in
one run the earlier report comes first and the later one follows it).
A stored one that follows a headline (no copy) takes its choice again when a new report its
headline links to arrives, a report it links to moves, or its story is split and its id absorbed
(`headline_followers.refollow_headlines`): its story is then the one a single run gives it, not the story most of
its old story's reports went to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

import duckdb
import numpy as np
import pyarrow as pa

from extractors.dedup import TITLE_SIMILAR, DuplicateMatch, NewArticle
from extractors.stories import TITLE_LINK_DAYS, new_story_id, published_close, titles_link
from extractors.story_evidence import TitleKey
from warehouse.merge_store import MergePlan
from warehouse.queries import query_sql
from warehouse.story_store import StoryIds, registered


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
) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Stories of reports without story evidence: each (by publication) follows the story of
    what it copies, else of a report with a near-identical headline, else founds its own.
    A stored report without story evidence that founded its own story and is linked to a new
    one published before it follows that one's story now (as in one run over every report):
    the second value, article -> (story it was in, story it follows now)."""
    linked: dict[str, list[str]] = {}
    for a, b in links:
        linked.setdefault(a, []).append(b)
        linked.setdefault(b, []).append(a)
    out: dict[str, str] = {}
    ids_of = {a.article_id for a in keyless}
    others = sorted({o for a in ids_of for o in linked.get(a, ())} - ids_of)
    stored = _current_stories(con, others)
    founders = _keyless_founders(con, others, stored)
    keyless_order = _keyless_stored_order(con, others)
    later: dict[str, str] = {}  # stored founder -> the new report it follows now
    for a in sorted(keyless, key=lambda n: (n.published_at or datetime.max, n.article_id)):
        match = matches.get(a.article_id)
        first = [match.duplicate_of, match.matched] if match else []
        chosen = None
        for other in first + sorted(set(linked.get(a.article_id, ())) - set(first)):
            if keyless_order.get(other, (datetime.min, "")) > (a.published_at or datetime.max, a.article_id):
                continue  # without evidence and published after this one: in one run it had no story yet
            chosen = ids.story_of.get(other) or out.get(other) or stored.get(other)
            if chosen:
                break
        out[a.article_id] = chosen or new_story_id(a.article_id)
    order = {a.article_id: (a.published_at or datetime.max, a.article_id) for a in keyless}
    for founder, key in sorted(founders.items(), key=lambda kv: kv[1]):
        earlier = [other for other in sorted(set(linked.get(founder, ())) & ids_of) if order[other] < key]
        if earlier:
            later[founder] = earlier[0]
    refollowed = {f: (stored[f], out[other]) for f, other in later.items() if out[other] != stored[f]}
    return out, refollowed


def _keyless_stored_order(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[str, tuple[datetime, str]]:
    """Stored reports without story evidence among `article_ids`, with their order (publication, id)."""
    if not article_ids:
        return {}
    with registered(
        con, "_keyless_stored", pa.table({"article_id": pa.array(list(article_ids), pa.string())})
    ):
        rows = con.execute(
            "SELECT f.article_id, f.published_at FROM article_fingerprints f JOIN _keyless_stored USING (article_id)"
            " WHERE f.article_id NOT IN (SELECT article_id FROM story_evidence)"
        ).fetchall()
    return {aid: (published or datetime.max, aid) for aid, published in rows}


def _keyless_founders(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], stored: Mapping[str, str]
) -> dict[str, tuple[datetime, str]]:
    """Stored reports without story evidence that founded their own story (a headline-linked
    report published earlier may arrive after them), with their canonical order key."""
    candidates = [aid for aid in article_ids if stored.get(aid) == new_story_id(aid)]
    if not candidates:
        return {}
    with registered(con, "_keyless_founders", pa.table({"article_id": pa.array(candidates, pa.string())})):
        rows = con.execute(
            "SELECT f.article_id, f.published_at FROM article_fingerprints f JOIN _keyless_founders USING (article_id)"
            " WHERE f.article_id NOT IN (SELECT article_id FROM story_evidence)"
        ).fetchall()
    return {aid: (published or datetime.max, aid) for aid, published in rows}


def refollow_copies(
    con: duckdb.DuckDBPyConnection,
    copy_moves: Mapping[str, DuplicateMatch | None],
    story_now: Mapping[str, str],
) -> dict[str, tuple[str, str]]:
    """Stored reports without story evidence whose copy decision was taken again (`copy_moves`)
    or whose root's story is decided now (`story_now`: article -> story id, the run's decisions):
    each follows its root's story, in canonical order (a root that is one of them first).
    Returns article -> (story it was in, story it follows now), for those that change."""
    roots_now = {aid: m.duplicate_of for aid, m in copy_moves.items() if m is not None}
    if not roots_now and not story_now:
        return {}
    probe = pa.table(
        {
            "article_id": pa.array(sorted(set(roots_now) | set(story_now)), pa.string()),
        }
    )
    with registered(con, "_keyless_probe", probe):
        rows = con.execute(query_sql("keyless_copies")).fetchall()
    followers = {aid: (roots_now.get(aid, root), story, published) for aid, root, story, published in rows}
    followers = {aid: v for aid, v in followers.items() if v[0] and v[0] != aid}
    roots = sorted({root for root, _, _ in followers.values()} - set(followers) - set(story_now))
    current = {**_current_stories(con, roots), **story_now}
    out: dict[str, tuple[str, str]] = {}
    for aid in sorted(followers, key=lambda a: (followers[a][2] or datetime.max, a)):
        root, story, _ = followers[aid]
        if root in followers:
            now = out[root][1] if root in out else followers[root][1]
        else:
            now = current.get(root)
        if now and now != story:
            out[aid] = (story, now)
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
