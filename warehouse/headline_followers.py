"""Stored reports without story evidence that copy nothing (they follow a near-identical headline,
or their copies, or founded their story) take their choice again when what they follow can
change (`refollow_headlines`): a new report their headline links to or a new copy of them, a
linked report moved to another story, their story split and its id absorbed. They choose over
every report linked to them, stored copies included, as one run does.
Called by `dedup_store.plan_dedup`, after `keyless_stories` decided the run's own reports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from extractors.dedup import NewArticle
from extractors.stories import new_story_id
from warehouse.keyless_stories import _current_stories, _title_info, _titles_link
from warehouse.merge_store import MergePlan
from warehouse.queries import query_sql
from warehouse.story_store import registered


def refollow_headlines(
    con: duckdb.DuckDBPyConnection,
    links: Sequence[tuple[str, str]],
    story_now: Mapping[str, str],
    absorbed: Mapping[str, str],
    keyless: Sequence[NewArticle] = (),
    merge_plan: MergePlan | None = None,
) -> dict[str, tuple[str, str]]:
    """Stored reports without story evidence that are no copy follow a near-identical headline
    (`_follow_stories`: of the reports their headline links to, the first by id with a story;
    a report without evidence published after them had none yet). What they follow can change
    in a later run: a new report their headline links to, a linked report the run moves to
    another story (`story_now`: article -> story, the run's decisions), their story split and
    its id absorbed (`absorbed`). Each such report takes its choice again, in canonical order,
    over every report its headline links to, so its story is the one a single run over every
    report gives it (not the majority the absorbed id went to). `links`: the run's new articles'
    (article, other) headline and copy pairs (`_story_links`); `keyless`: the run's new articles
    without story evidence. Returns article -> (story it was
    in, story it follows now), for those that change."""
    linked_new: dict[str, set[str]] = {}
    for a, b in links:
        linked_new.setdefault(a, set()).add(b)
        linked_new.setdefault(b, set()).add(a)
    probe = pa.table(
        {
            "article_id": pa.array(sorted(set(linked_new) | set(story_now)), pa.string()),
        }
    )
    gone = pa.table({"story_id": pa.array(sorted(absorbed), pa.string())})
    with registered(con, "_headline_probe", probe), registered(con, "_headline_gone", gone):
        rows = con.execute(query_sql("headline_followers")).fetchall()
    followers = {aid: (story, published) for aid, story, published in rows if aid not in story_now}
    if not followers:
        return {}
    stored_links = _stored_headline_links(con, sorted(followers), merge_plan)
    for aid, copies in _stored_copies(con, sorted(followers)).items():
        stored_links.setdefault(aid, set()).update(copies)  # in one run a copy links to its root
    candidates = {
        aid: sorted((linked_new.get(aid, set()) | stored_links.get(aid, set())) - {aid}) for aid in followers
    }
    others = sorted({o for os in candidates.values() for o in os} - set(story_now) - set(followers))
    current = _current_stories(con, others)
    keyless_order = _keyless_order(con, sorted(set(others) | set(followers)))
    keyless_order.update({a.article_id: (a.published_at or datetime.max, a.article_id) for a in keyless})
    out: dict[str, tuple[str, str]] = {}
    for aid in sorted(followers, key=lambda a: (followers[a][1] or datetime.max, a)):
        story, published = followers[aid]
        key = (published or datetime.max, aid)
        chosen = None
        for other in candidates[aid]:
            if other in keyless_order and keyless_order[other] > key:
                continue  # published after this one, without evidence: in one run it had no story yet
            if other in out:
                chosen = out[other][1]
            elif other in followers:
                chosen = absorbed.get(followers[other][0], followers[other][0])
            else:
                found = story_now.get(other) or current.get(other)
                chosen = absorbed.get(found, found) if found else None
            if chosen:
                break
        now = chosen or new_story_id(aid)
        if now != story:
            out[aid] = (story, now)
    return out


def _stored_headline_links(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], merge_plan: MergePlan | None
) -> dict[str, set[str]]:
    """Stored articles whose headline links to each of `article_ids` (`_titles_link`)."""
    with registered(con, "_headline_of", pa.table({"article_id": pa.array(list(article_ids), pa.string())})):
        pairs = con.execute(
            "SELECT DISTINCT b1.article_id, b2.article_id FROM lsh_bands b1"
            " JOIN _headline_of h ON b1.article_id = h.article_id"
            " JOIN lsh_bands b2 ON b1.band_key = b2.band_key AND b2.article_id <> b1.article_id"
            " WHERE b1.kind = 'title' AND b2.kind = 'title' ORDER BY 1, 2"
        ).fetchall()
    survivor_of = dict(merge_plan.absorbed) if merge_plan else {}
    info = {
        aid: (published, title, survivor_of.get(event, event) if event else None)
        for aid, (published, title, event) in _title_info(
            con, sorted({a for a, _ in pairs} | {b for _, b in pairs})
        ).items()
    }
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        if a in info and b in info and _titles_link(info[a], info[b]):
            out.setdefault(a, set()).add(b)
    return out


def _stored_copies(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, set[str]]:
    """Stored copies of each of `article_ids` (their root): linked to it as a new copy is."""
    with registered(con, "_copies_of", pa.table({"article_id": pa.array(list(article_ids), pa.string())})):
        pairs = con.execute(
            "SELECT f.root_article_id, f.article_id FROM article_fingerprints f"
            " JOIN _copies_of r ON f.root_article_id = r.article_id"
            " WHERE f.article_id <> f.root_article_id ORDER BY 1, 2"
        ).fetchall()
    out: dict[str, set[str]] = {}
    for root, aid in pairs:
        out.setdefault(root, set()).add(aid)
    return out


def _keyless_order(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[str, tuple[datetime, str]]:
    """Stored articles without story evidence, with their order (publication, id)."""
    if not article_ids:
        return {}
    with registered(
        con, "_keyless_order", pa.table({"article_id": pa.array(list(article_ids), pa.string())})
    ):
        rows = con.execute(
            "SELECT f.article_id, f.published_at FROM article_fingerprints f JOIN _keyless_order USING (article_id)"
            " WHERE f.article_id NOT IN (SELECT article_id FROM story_evidence)"
        ).fetchall()
    return {aid: (published or datetime.max, aid) for aid, published in rows}
