"""Why reports of one gold story sit in two predicted stories (`bench_stories.py --causes`): counts
per half, never the unseen half's rows.

`link_misses` classifies each such pair by its `story_score` read from the stored evidence (links or
not, blocked together or not: `_why_not_blocked`, the story group's fit: `_why_not_joined`, swapped
roles: `_why_swapped`); `undated_keys` are the reports read undated. `score` is the shared scorer
module (`/work/shared/tools/score.py`), `half_of` the split of gold stories into seen and unseen.
"""

from __future__ import annotations

import sys


def link_misses(
    db: str, index: dict, gold: dict, story_pred: dict, score, half_of, show: bool = False
) -> dict:
    """Why reports of one gold story sit in two predicted stories: for each such pair, the
    pair's `story_score` read from the stored evidence, classified (counts per half; with
    `show`, the seen half's pairs with their terms on stderr, never the unseen half's)."""
    import duckdb

    from extractors.stories import STORY_LINK, blocked_together, story_score
    from extractors.story_evidence import StoryEvidence

    con = duckdb.connect(db, read_only=True)
    try:
        stored = con.execute(
            "select a.url, e.article_id, e.evidence from articles a join story_evidence e using (article_id)"
        ).fetchall()
    finally:
        con.close()
    by_path = {score.path_of(u): StoryEvidence.from_json(aid, ev) for u, aid, ev in stored}
    ev = {k: by_path.get(v["path"]) for k, v in index.items()}
    out: dict[str, dict[str, int]] = {"all": {}, "seen": {}, "unseen": {}}
    keys = sorted(k for k in story_pred if ev.get(k) is not None)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if gold[a]["story"] != gold[b]["story"] or story_pred[a] == story_pred[b]:
                continue
            ea, eb = ev[a], ev[b]
            s = story_score(ea, eb)
            kind = [
                "links" if s.links() else "specific" if s.specific else "not specific",
                "above" if s.total >= STORY_LINK.threshold else "below",
                "one language" if ea.language == eb.language else "two languages",
                "leads: " + str((ea.lead is not None) + (eb.lead is not None)),
                "undated" if ea.undated or eb.undated else "dated",
                "place shared" if "place" in s.parts else "no place",
            ]
            if "roles_swapped" in s.parts:
                kind.append(_why_swapped(ea, eb))
            if s.links():
                kind.append(
                    _why_not_joined(ea, eb, ev, story_pred)
                    if blocked_together(ea, eb)
                    else "not blocked together: " + _why_not_blocked(ea, eb)
                )
            cause = ", ".join(kind)
            half = half_of(gold[a]["story"])
            for part in ("all", half):
                out[part][cause] = out[part].get(cause, 0) + 1
                for term, value in s.parts.items():  # how many split pairs have each term, its sign
                    name = f"term {term} {'+' if value > 0 else '-'}"
                    out[part][name] = out[part].get(name, 0) + 1
            if show and half == "seen":
                print(
                    "seen split pair",
                    a,
                    b,
                    ea.language,
                    eb.language,
                    s.total,
                    s.specific,
                    s.parts,
                    file=sys.stderr,
                )
    return out


def _why_not_blocked(a, b) -> str:
    """For a linking pair never scored: whether a report has no blocking key at all (no
    province, no country: `StoryEvidence.blocking_keys`), or whose keys the two are."""
    empty = sum(1 for e in (a, b) if not e.blocking_keys())
    if empty:
        return f"{empty} without keys"
    kinds = sorted({k.split(":", 1)[0] for e in (a, b) for k in e.blocking_keys()})
    return "keys apart (" + "/".join(kinds) + ")"


def _why_not_joined(a, b, ev: dict, story_pred: dict) -> str:
    """For a linking pair in two stories: how the later report fits the earlier one's story as a
    whole (`story_groups._decide`: the mean score with its members, members contradicting it)."""
    from extractors.stories import STORY_LINK, story_score
    from extractors.story_groups import STORY_GROUP, _latest_comparable, contradicts, order_key

    early, late = sorted((a, b), key=order_key)
    key_early = next(k for k, e in ev.items() if e is not None and e.article_id == early.article_id)
    members = sorted(
        (e for k, e in ev.items() if e is not None and story_pred.get(k) == story_pred[key_early]
         and order_key(e) < order_key(late)), key=order_key)  # fmt: skip
    compared = _latest_comparable(late, members, STORY_LINK.window_days, STORY_GROUP.members)
    scores = [story_score(late, m) for m in compared]
    fit = sum(x.total for x in scores) / len(scores) if scores else float("-inf")
    against = sum(1 for x in scores if contradicts(x))
    backing = sum(1 for x in scores if x.links())
    if fit < STORY_GROUP.fit:
        return f"group: fit below ({len(scores)} members, {backing} link, {against} contradict)"
    if against >= backing:
        return f"group: contradicted ({len(scores)} members, {backing} link, {against} contradict)"
    return f"group: fits ({len(scores)} members): joined another or later reports"


def _why_swapped(a, b) -> str:
    """Why `stories.told_backwards` does not hold for a pair whose leads have their roles swapped."""
    from extractors import merge
    from extractors.stories import _as_mention

    ma, mb = _as_mention(a.lead), _as_mention(b.lead)
    if ma.event_date is None or mb.event_date is None:
        return "swap: a lead undated"
    gap = abs((ma.event_date - mb.event_date).days)
    if gap > merge.SWAP_VOUCHED_DAYS:
        return f"swap: leads {gap} days apart"
    if not merge.places_compatible(ma, mb):
        level = "province" if merge.province_level(ma) or merge.province_level(mb) else "towns"
        return f"swap: places not compatible ({level})"
    return "swap: nothing specific without the day" + (
        " (a lead figure shared)" if a.lead_numbers & b.lead_numbers else ""
    )


def undated_keys(db: str, index: dict, score) -> set[str]:
    """Gold keys of the reports read undated (their page gave no date of its own: the stored
    story evidence has no publication time)."""
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        stored = con.execute(
            "select a.url from articles a join story_evidence e using (article_id) "
            "where json_extract_string(e.evidence, '$.p') is null"
        ).fetchall()
    finally:
        con.close()
    paths = {score.path_of(u) for (u,) in stored}
    return {k for k, v in index.items() if v["path"] in paths}
