"""Story linking of a run's reports, from the evidence a run stored, with and without the pool.

    .venv/bin/python bench/bench_story_replay.py --db WAREHOUSE [--prescore none|here|pool]
        [--workers 2] [--limit N]

The `story_evidence` rows of a warehouse (a `bench/pipeline.py` run's, read only: copy the file
first if a run may still write it) are decided again as one fresh run decides its new reports
(`extractors.story_groups.replay` over all of them, every one decided; what
`warehouse.story_store.plan_story_links` does when nothing is stored), timed in CPU and wall:
with `--prescore pool` the candidates are scored on a pool of `--workers` spawn workers as a run
does (`flows.story_pool`, STORY_SCORES_ON_POOL; the pool is started before the timing, and its
CPU is printed apart), `here` scores them ahead in this process, `none` as before. Prints digests
of the decisions, the groups and the scores of the links: they must not depend on `--prescore`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _digest(rows) -> str:
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--prescore", choices=("none", "here", "pool"), default="none")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N reports (by article id)")
    args = parser.parse_args()

    import duckdb

    from extractors.story_evidence import StoryEvidence
    from extractors.story_groups import replay

    con = duckdb.connect(str(args.db), read_only=True)
    rows = con.execute("SELECT article_id, evidence FROM story_evidence ORDER BY article_id").fetchall()
    con.close()
    reports = [StoryEvidence.from_json(aid, text) for aid, text in rows]
    reports = [e for e in reports if e.blocking_keys()][: args.limit or None]

    prescore, pool_cpu = None, None
    if args.prescore == "here":
        from extractors.story_candidates import prescore_here

        prescore = prescore_here
    elif args.prescore == "pool":
        import psutil

        from flows.pipeline import worker_pool
        from flows.story_pool import pool_prescore

        pool = worker_pool(args.workers)
        pool.map(abs, range(2 * args.workers))  # started and imported before the timing
        workers = [psutil.Process(p.pid) for p in pool._pool]  # type: ignore[attr-defined]

        def pool_cpu() -> float:
            return sum(sum(w.cpu_times()[:2]) for w in workers)

        before = pool_cpu()
        prescore = pool_prescore(args.workers, min_pairs=0)

    cpu, wall = time.process_time(), time.perf_counter()
    result = replay(reports, prescore=prescore)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    with open("/proc/loadavg") as fh:
        load = " / ".join(fh.read().split()[:3])
    print(
        f"== bench_story_replay: {len(reports)} reports of {args.db}, --prescore {args.prescore}; load {load}"
    )
    print(f"replay: {cpu:.2f} s CPU in this process, {wall:.2f} s wall")
    if pool_cpu is not None:
        print(f"the pool's {args.workers} workers: {pool_cpu() - before:.2f} s CPU")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    decisions = sorted(
        (link.article_id, link.linked_article_id, link.kind, link.score)
        for links in result.links.values()
        for link in links
    )
    groups = sorted(result.group_of.items())
    scores = sorted((pair, s.total, sorted(s.parts.items()), s.specific) for pair, s in result.scores.items())
    print(f"digest decisions: {len(decisions)} links, {_digest(decisions)}")
    print(f"digest groups: {len(set(result.group_of.values()))} stories, {_digest(groups)}")
    print(f"digest link scores: {len(scores)} pairs, {_digest(scores)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
