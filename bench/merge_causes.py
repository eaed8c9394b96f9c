"""Why mentions of one gold event sit in two events: counts per half, never rows.

    .venv/bin/python bench/bench_stories.py --schedules one --causes

For every pair of found mentions (the scorer's `matches`) of one gold event that the warehouse
put in two events, the first merge rule (`extractors/merge.py`) the pair fails, and whether the
two articles share a story (so story evidence could vouch for them). Printed as counts per half
(all / seen / unseen): the unseen half's score may be read this way, its rows stay unread.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from extractors import merge
from extractors.models import EventMention

COLUMNS = ("article_id", "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
           "admin1", "location", "latitude", "longitude", "fatalities", "date_precision", "geo_precision",
           "actor1_kind", "actor2_kind", "actor1_country", "actor2_country")  # fmt: skip


def _mention(row: dict) -> EventMention:
    return EventMention(**{k: row[k] for k in COLUMNS if k not in ("article_id", "event_id")})


def failed_rule(a: EventMention, b: EventMention) -> str:
    """The first rule of `merge.mentions_compatible` the pair fails (then the vouched one's)."""
    if not merge.same_type_family(a, b):
        return "type family"
    if not merge.dates_compatible(a, b):
        return "days" if merge.loosely_compatible(a, b) else "days (even vouched)"
    if not merge.places_compatible(a, b):
        return "places" if merge.loosely_compatible(a, b) else "places (even vouched)"
    if merge.roles_swapped(a, b):
        return f"roles swapped ({_why_swap_counts(a, b)})"
    if not merge.actors_compatible(a, b):
        return f"both sides differ ({_sides_shape(a, b)})"
    return "compatible (the event's consensus or its other reports)"


def _sides_shape(a: EventMention, b: EventMention) -> str:
    """What kinds of sides the two reports name (ACLED actor kinds, no names) and whether each
    side's country agrees: a class of disagreement, never a report."""

    def kinds(m: EventMention) -> str:
        return "/".join(merge.norm(k) or "?" for k in (m.actor1_kind, m.actor2_kind))

    def countries(x: str, cx: str, y: str, cy: str) -> str:
        a, b = merge.side_country(x, cx), merge.side_country(y, cy)
        return "=" if a and a == b else "?" if not a or not b else "x"

    same = countries(a.actor1, a.actor1_country, b.actor1, b.actor1_country) + countries(
        a.actor2, a.actor2_country, b.actor2, b.actor2_country
    )
    cross = countries(a.actor1, a.actor1_country, b.actor2, b.actor2_country) + countries(
        a.actor2, a.actor2_country, b.actor1, b.actor1_country
    )
    return f"{kinds(a)} vs {kinds(b)}, countries {same}, crossed {cross}, {merge.norm(a.event_type)}"


def _why_swap_counts(a: EventMention, b: EventMention) -> str:
    """Why swapped roles still separate the pair (`merge.swap_is_no_evidence` does not hold)."""
    if merge.swap_is_no_evidence(a, b):
        return "no evidence: one spot and day, or battles"
    if a.event_date is None or a.event_date != b.event_date:
        return "days differ"
    if a.date_precision != "day" or b.date_precision != "day":
        return "not day-precise"
    if merge.province_level(a) or merge.province_level(b):
        coded = a.geo_precision >= 3 or b.geo_precision >= 3
        same = merge.norm(a.location) == merge.norm(b.location)
        return f"a province only ({'coded so' if coded else 'a town named as its province'}, {'same' if same else 'other'} name)"
    return f"towns over {merge.SAME_SPOT_KM:g} km apart"


def matched_required(gold_report: dict, preds: list[dict], score):
    """(gold event, predicted row) for each required gold event of one report that a predicted row
    of that report matches (the scorer's `matches`), each row used once, in gold order."""
    used: set[int] = set()
    for ge in gold_report["events"]:
        if not ge.get("required"):
            continue
        best = next((i for i, p in enumerate(preds) if i not in used and score.matches(ge, p)), None)
        if best is not None:
            used.add(best)
            yield ge, preds[best]


def _stored_mentions(db: str, score) -> tuple[dict, dict]:
    """The warehouse's articles by URL path (-> (article id, story id)) and its mention rows by
    article id, as the scorer matches them."""
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        arts = con.execute("select article_id, url, story_id from articles").fetchall()
        rows = con.execute(f"select {', '.join(COLUMNS)} from event_mentions").fetchall()
    finally:
        con.close()
    by_path = {score.path_of(url): (aid, story) for aid, url, story in arts}
    by_article = defaultdict(list)
    for r in rows:
        by_article[r[0]].append(dict(zip(COLUMNS, r, strict=True)))
    return by_path, by_article


def split_causes(db: str, index: dict, gold: dict, score, half_of) -> dict[str, dict[str, int]]:
    by_path, by_article = _stored_mentions(db, score)
    found = defaultdict(list)  # gold event id -> (half, story, mention row)
    for key, g in gold.items():
        if key not in index or index[key]["path"] not in by_path:
            continue
        aid, story = by_path[index[key]["path"]]
        for ge, pred in matched_required(g, by_article[aid], score):
            found[ge["id"]].append((half_of(g["story"]), story, pred))
    out: dict[str, Counter] = {"all": Counter(), "seen": Counter(), "unseen": Counter()}
    for items in found.values():
        for i, (half, sa, a) in enumerate(items):
            for _, sb, b in items[i + 1 :]:
                if a["event_id"] == b["event_id"]:
                    cause = "merged"
                else:
                    where = "one story" if sa == sb else "two stories"
                    cause = f"split, {where}: {failed_rule(_mention(a), _mention(b))}"
                out["all"][cause] += 1
                out[half][cause] += 1
    return {half: dict(sorted(c.items())) for half, c in out.items()}


def false_merges(db: str, index: dict, gold: dict, score, half_of) -> dict[str, dict[str, int]]:
    """Pairs of found mentions of two gold events that the warehouse put in one event (what
    lowers event-merge precision), as counts per half: whether the two gold events are of one
    gold story, and whether their articles share a predicted story."""
    by_path, by_article = _stored_mentions(db, score)
    found = []  # (half, gold story, gold event, predicted story, predicted event)
    for key, g in gold.items():
        if key not in index or index[key]["path"] not in by_path:
            continue
        aid, story = by_path[index[key]["path"]]
        for ge, pred in matched_required(g, by_article[aid], score):
            found.append((half_of(g["story"]), g["story"], ge["id"], story, pred["event_id"]))
    out: dict[str, Counter] = {"all": Counter(), "seen": Counter(), "unseen": Counter()}
    for i, (half, gs, ge, ps, pe) in enumerate(found):
        for _, gs2, ge2, ps2, pe2 in found[i + 1 :]:
            if pe != pe2 or ge == ge2:
                continue
            cause = "gold: one story" if gs == gs2 else "gold: two stories"
            cause += ", predicted: one story" if ps == ps2 else ", predicted: two stories"
            out["all"][cause] += 1
            out[half][cause] += 1
    return {half: dict(sorted(c.items())) for half, c in out.items()}


def story_errors(
    story_pred: dict, gold: dict, half_of, undated: set[str] | frozenset[str] = frozenset()
) -> dict:
    """Story B-cubed precision and recall per half, and counts: gold stories split over several
    predicted stories, predicted stories holding several gold stories, reports alone in their
    predicted story although their gold story has others (`undated`: of those, how many have no
    publication date)."""
    out = {}
    for half in ("all", "seen", "unseen"):
        keys = [k for k in story_pred if half == "all" or half_of(gold[k]["story"]) == half]
        by_p, by_g = defaultdict(set), defaultdict(set)
        for k in keys:
            by_p[story_pred[k]].add(k)
            by_g[gold[k]["story"]].add(k)
        p = sum(len(by_p[story_pred[k]] & by_g[gold[k]["story"]]) / len(by_p[story_pred[k]]) for k in keys)
        r = sum(len(by_p[story_pred[k]] & by_g[gold[k]["story"]]) / len(by_g[gold[k]["story"]]) for k in keys)
        alone = [k for k in keys if len(by_p[story_pred[k]]) == 1 and len(by_g[gold[k]["story"]]) > 1]
        out[half] = {
            "b3_precision": round(p / len(keys), 4),
            "b3_recall": round(r / len(keys), 4),
            "gold_split": sum(1 for g in by_g.values() if len({story_pred[k] for k in g}) > 1),
            "pred_mixed": sum(1 for m in by_p.values() if len({gold[k]["story"] for k in m}) > 1),
            "alone_of_a_larger_story": len(alone),
            "alone_undated": sum(1 for k in alone if k in undated),
        }
    return out
