"""Stories and event merges on the shared set: seen and unseen halves, one run vs many, any order.

    .venv/bin/python bench/bench_stories.py                 # in-process flow stages, every schedule
    .venv/bin/python bench/bench_stories.py --feeds         # through feeds (`bench/bench_events.py`'s
                                                            # end to end), one run, halves, halves swapped
    options: --schedules one,halves,swap,tenths (in-process), --show (print story groups of the SEEN half),
             --causes (why mentions of one gold event split: counts per half, `bench/merge_causes.py`)

The in-process mode builds the shared world once (`/work/shared/tools/world.py build`), reads its
pages and feeds from disk (no HTTP, no Prefect), extracts and codes them once (cached next to the
world for the run), then feeds the flow's own stages (`flows.stages.assemble_results`,
`warehouse.load.load_run`) into a fresh DuckDB per schedule:
- `one`: every report in one run;
- `halves` / `swap`: the first half of the world's feeds, then the rest (or the other way round),
  as `bench_events.py --halves [--swap]`;
- `tenths`: ten runs of reports in a shuffled order (seeded).

Every figure is printed for all reports and for two halves of the gold stories, split by a hash of
the gold story id (`half_of`): `seen` is the half rules are designed on, `unseen` the half kept out
of sight. Story B-cubed F1 and pairwise event-merge F1 are the shared scorer's own functions
(`/work/shared/tools/score.py`), restricted to a half's reports. `same_partition` says whether a
schedule grouped the reports into exactly the stories (and events) the one-run schedule did.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import importlib.util
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

SHARED = Path(os.environ.get("CONFLICTWIRE_SHARED", "/work/shared"))
TOOLS = SHARED / "tools"
EVENTS = SHARED / "eval" / "events"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"shared_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


from bench_events import half_of  # noqa: E402  (one split of the shared set for every bench)
from merge_causes import matched_required  # noqa: E402  (gold events matched to predicted rows)
from story_misses import link_misses, undated_keys  # noqa: E402  (why one gold story split)

# ----------------------------------------------------------------------------- scoring


def figures(db: str, index: dict, gold: dict, score) -> dict:
    """Story B3 F1 and event-merge F1 for all reports and per half, plus the partitions."""
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        arts = con.execute("select article_id, url, story_id from articles").fetchall()
        cols = ["article_id", "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
                "country", "admin1", "location", "latitude", "longitude", "fatalities"]  # fmt: skip
        ments = [
            dict(zip(cols, r, strict=True))
            for r in con.execute(f"select {', '.join(cols)} from event_mentions").fetchall()
        ]
    finally:
        con.close()
    by_path = defaultdict(list)
    for aid, url, story in arts:
        by_path[score.path_of(url)].append((aid, story))
    m_by_art = defaultdict(list)
    for m in ments:
        m_by_art[m["article_id"]].append(m)
    story_pred, story_gold, linked = {}, {}, []  # linked: (file, gold event id, predicted event id)
    for key, g in gold.items():
        rows = by_path.get(index[key]["path"], [])
        if not rows:
            continue
        aid, story = rows[0]
        story_pred[key], story_gold[key] = story, g["story"]
        for ge, pred in matched_required(g, m_by_art[aid], score):
            linked.append((key, ge["id"], pred["event_id"]))
    out = {}
    for part in ("all", "seen", "unseen"):
        keys = [k for k in story_gold if part == "all" or half_of(story_gold[k]) == part]
        pairs = [(g, p) for k, g, p in linked if part == "all" or half_of(gold[k]["story"]) == part]
        merge_f1 = score.pair_f1(pairs)
        out[part] = {
            "reports": len(keys),
            "story_b3_f1": round(
                score.b3({k: story_gold[k] for k in keys}, {k: story_pred[k] for k in keys}), 4
            ),
            "event_merge_f1": None if merge_f1 is None else round(merge_f1, 4),
            "merge_mentions": len(pairs),
        }
    out["_stories"] = _partition(story_pred)
    out["_events"] = _partition({(k, g): p for k, g, p in linked if p is not None})
    out["_story_pred"] = story_pred
    return out


def _partition(assigned: dict) -> frozenset:
    groups = defaultdict(set)
    for item, label in assigned.items():
        groups[label].add(item)
    return frozenset(frozenset(g) for g in groups.values())


# ----------------------------------------------------------------------------- in-process flow


def build_world(out: Path) -> None:
    texts = sorted(glob.glob(str(EVENTS / "texts" / "*")))
    subprocess.run([sys.executable, str(TOOLS / "world.py"), "build", *texts, "--out", str(out)],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip


def world_jobs(world: Path) -> list[tuple[int, object]]:
    """(feed number, PageJob) for every feed item of the world, in feed order."""
    from extractors.feeds import parse_feed
    from extractors.models import FeedSpec
    from extractors.urls import url_key
    from flows.stages import PageJob

    jobs = []
    feeds = sorted((world / "site" / "feeds").glob("wire*.xml"), key=lambda p: int(p.stem[4:]))
    for n, path in enumerate(feeds):
        body = path.read_text(encoding="utf-8").replace("http://HOST", "http://world.local").encode()
        url = f"http://world.local/feeds/{path.name}"
        parsed = parse_feed(body, FeedSpec(url, f"Wire {n}"), "application/rss+xml")
        jobs.extend((n, PageJob(url_key(e.link), e)) for e in parsed.entries)
    return jobs


def process_world(world: Path, jobs: list) -> dict[str, object]:
    """ProcessedPage per job link, coded once and cached in the world directory."""
    from extractors.models import RawPage
    from extractors.process import process_page

    cache = world / "processed.pickle"
    if cache.exists():  # pages are extracted and coded once; story evidence is read anew each time
        return {link: _with_evidence(p) for link, p in pickle.loads(cache.read_bytes()).items()}
    out = {}
    fetched = datetime(2026, 1, 1, tzinfo=UTC)
    for _, job in jobs:
        link = job.entry.link
        if link in out:
            continue
        path = world / "site" / link.split("://", 1)[1].split("/", 1)[1].split("?", 1)[0]
        page = RawPage(
            link, link, 200, path.read_bytes(), {"content-type": "text/html; charset=utf-8"}, fetched
        )
        out[link] = process_page(page, job.entry)
    cache.write_bytes(pickle.dumps(out))
    return out


def _with_evidence(item):
    from extractors.process import article_evidence

    if item.article is None or item.evidence is None:
        return item
    return dataclasses.replace(item, evidence=article_evidence(item.article, item.page, item.mentions))


def schedule(name: str, jobs: list, seed: int = 11) -> list[list]:
    """The runs of one schedule, each a list of (feed number, PageJob)."""
    if name == "one":
        return [jobs]
    if name in ("halves", "swap"):
        n_feeds = max(n for n, _ in jobs) + 1
        cut = (n_feeds + 1) // 2
        runs = [[j for j in jobs if j[0] < cut], [j for j in jobs if j[0] >= cut]]
        return runs[::-1] if name == "swap" else runs
    if name == "tenths":
        shuffled = list(jobs)
        random.Random(seed).shuffle(shuffled)
        return [shuffled[i::10] for i in range(10)]
    raise SystemExit(f"unknown schedule {name!r}")


def run_schedule(runs: list[list], processed: dict, db: Path) -> None:
    """Each run through the flow's own stages: select_pages' dedup of links is replaced by
    skipping links already loaded (what `seen_urls` does), then assemble_results + load_run."""
    from flows.ingest import RunSummary
    from flows.stages import assemble_results
    from warehouse.connection import connect
    from warehouse.load import RunBatch, load_run

    seen: set[str] = set()
    con = connect(db)
    try:
        for n, run in enumerate(runs):
            jobs, keys = [], set()
            for _, job in run:
                if job.key in seen or job.key in keys:
                    continue
                keys.add(job.key)
                jobs.append(job)
            seen |= keys
            summary = RunSummary(run_id=f"bench-{n}", started_at=datetime.now(UTC))
            batch = RunBatch()
            assemble_results(con, [processed[j.entry.link] for j in jobs], jobs, summary, batch)
            load_run(con, batch)
    finally:
        con.close()


def in_process(schedules: list[str], show: bool, world: Path | None, causes: bool = False) -> dict:
    score = _load("score")
    gold = score.load_gold(sorted(glob.glob(str(EVENTS / "gold" / "*.jsonl"))))
    if world is None:
        world = Path(tempfile.mkdtemp(prefix="bench-stories-"))
    if not (world / "index.json").exists():
        build_world(world)
    index = json.loads((world / "index.json").read_text(encoding="utf-8"))
    jobs = world_jobs(world)
    processed = process_world(world, jobs)
    results, base = {}, None
    for name in schedules:
        db = world / f"{name}.duckdb"
        db.unlink(missing_ok=True)
        run_schedule(schedule(name, jobs), processed, db)
        r = figures(str(db), index, gold, score)
        if base is None:
            base = r
        r["same_partition_as_first"] = r["_stories"] == base["_stories"] and r["_events"] == base["_events"]
        results[name] = r
        if show and name == schedules[0]:
            _show_seen(r, gold, index)
        if causes:
            from merge_causes import false_merges, split_causes, story_errors

            r["split_causes"] = split_causes(str(db), index, gold, score, half_of)
            r["false_merges"] = false_merges(str(db), index, gold, score, half_of)
            undated = undated_keys(str(db), index, score)
            r["story_errors"] = story_errors(r["_story_pred"], gold, half_of, undated)
            r["link_misses"] = link_misses(str(db), index, gold, r["_story_pred"], score, half_of, show)
    results["world"] = str(world)
    return results


def _show_seen(r: dict, gold: dict, index: dict) -> None:
    """Predicted story groups of the seen half, with gold story ids (the unseen half stays unseen)."""
    groups = defaultdict(list)
    for key, story in r["_story_pred"].items():
        if half_of(gold[key]["story"]) == "seen":
            groups[story].append(key)
    for story, keys in sorted(groups.items(), key=lambda x: sorted(x[1])):
        print(story, [(k, gold[k]["story"], index[k]["lang"]) for k in sorted(keys)], file=sys.stderr)


# ----------------------------------------------------------------------------- through feeds


def through_feeds() -> dict:
    import bench_events

    score = _load("score")
    gold = score.load_gold(sorted(glob.glob(str(EVENTS / "gold" / "*.jsonl"))))
    results, base = {}, None
    for name, halves, swap in (("one", False, False), ("halves", True, False), ("swap", True, True)):
        e2e = bench_events.end_to_end("all", halves, swap)
        world = Path(e2e["world"])
        index = json.loads((world / "index.json").read_text(encoding="utf-8"))
        r = figures(str(world / "w.duckdb"), index, gold, score)
        if base is None:
            base = r
        r["same_partition_as_first"] = r["_stories"] == base["_stories"] and r["_events"] == base["_events"]
        scored = {**e2e.get("all_by_score_py", {}), "run_seconds": e2e.get("run_seconds")}
        # the shared scorer run as a program (`bench_events.end_to_end` keeps its output apart)
        r["scorer"] = {
            k: scored.get(k) for k in ("story_b3_f1", "event_merge_f1", "event_recall", "run_seconds")
        }
        results[name] = r
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", action="store_true", help="end to end through feeds and `conflictwire run`")
    ap.add_argument("--schedules", default="one,halves,swap,tenths")
    ap.add_argument("--world", type=Path, help="reuse this world directory (and its coded pages)")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--causes", action="store_true", help="why gold-same mentions split (counts per half)")
    a = ap.parse_args()
    results = through_feeds() if a.feeds else in_process(a.schedules.split(","), a.show, a.world, a.causes)
    for r in results.values():
        if isinstance(r, dict):
            for k in [k for k in r if k.startswith("_")]:
                del r[k]
    print(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
