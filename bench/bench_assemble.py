"""The flow process's assemble stage (dedup, stories, event merge) at scale, without a full run.

    .venv/bin/python bench/bench_assemble.py --n 2000 [--seed 1] [--hosts 64] [--cache DIR]
        [--profile] [--load] [--tracemalloc] [--batches K] [--shuffle SEED] [--digest-only]
        [--partition FILE] [--spool]

1. The N pages `bench/pipeline.py --n N` would serve (`bench/pipeline_corpus.generate`, same seed
   and hosts), as the fetch would hand them over (a fixed loopback address per host), are
   extracted and coded in two worker processes (`extractors.process.process_chunk`, as a run's
   workers do) once; the results are kept in `--cache` (default `bench_assemble/` under the
   project's cache directory, `extractors.cache_files.cache_dir`: `$CONFLICTWIRE_CACHE_DIR`, else
   the user's) per (n, seed, hosts), so later calls cost only the stage itself. The key is not the
   code's version: after a change to extraction or coding, give a fresh `--cache`.
2. `flows.stages.assemble_results` on a fresh warehouse (one run of all N, as the benchmark's
   run), timed in CPU seconds, with `--profile` under cProfile (top functions by cumulative and
   own time); `--load` also runs the load transaction (`load_run`: the writers of the plans).
3. A digest of the outputs (every article's story id and copy, every mention's event id, the
   story decisions and the merge plan's events) so a refactor can show it changed nothing.
`--tracemalloc`: the memory the stage allocates and keeps (peak, and the largest allocation
sites at the end).
`--batches K`: the pages assembled and loaded in K consecutive batches, each its own assemble and
load transaction (as a run's bounded load batches), against the same warehouse; the digest of
the warehouse then (`--load` prints the same digest for one batch): a run in batches must store
what one batch stores.
`--shuffle SEED`: the pages handed to the stage in a shuffled order (random.Random(SEED)); the
stage is order-free, so the digests must equal the ordered run's.
`--digest-only`: print only the digest lines (for `diff` of two runs).
`--spool`: the results held as a run holds them (RESULTS_SPOOLED, `flows.result_spool`: each
chunk through `ResultSpool.keep`, texts on disk, MinHashes taken then), the stage reading them
back; the digests (and with `--load` the stored ones) must equal those without it.
`--partition FILE`: write every article's story id and copy and every mention's event id as JSON
(to find which ids differ between two runs whose digests differ).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import json
import multiprocessing
import pickle
import pstats
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FETCHED_AT = datetime(2025, 3, 3, 12, 30, tzinfo=UTC)
CHUNK = 16


def _base(host: int) -> str:
    return f"http://127.0.0.{host + 2}:8000"


def _jobs_and_items(n: int, seed: int, hosts: int):
    """(PageJob, (RawPage, FeedEntry)) of the N generated pages, in the order a run takes them."""
    from pipeline_corpus import generate

    from extractors.models import FeedEntry, RawPage
    from extractors.urls import url_key
    from flows.stages import PageJob

    specs = list(generate(n, seed, hosts))
    feed_language: dict[tuple[int, int], str] = {}
    by_feed: dict[tuple[int, int], list[str]] = {}
    for s in specs:
        by_feed.setdefault((s.host, s.feed), []).append(s.language)
    for key, languages in by_feed.items():
        feed_language[key] = max(set(languages), key=languages.count)
    out = []
    for s in specs:
        link = _base(s.host) + s.path
        entry = FeedEntry(
            feed_url=f"{_base(s.host)}/feeds/news-{s.feed}.xml",
            link=link,
            title=s.title,
            guid=link,
            published_at=s.published,
            summary=s.summary,
            outlet=f"Daily {s.host} ({s.feed})",
            language=feed_language[(s.host, s.feed)],
        )
        page = RawPage(
            url=link,
            final_url=link,
            status=200,
            content=s.html.encode("utf-8"),
            headers={"content-type": "text/html; charset=utf-8"},
            fetched_at=FETCHED_AT,
        )
        out.append((PageJob(url_key(link), entry), (page, entry)))
    return out


def _work(chunk):
    from extractors.process import process_chunk

    return process_chunk(chunk, strip_raw=True, compress_raw=False)


def processed_pages(n: int, seed: int, hosts: int, cache: Path):
    """The jobs and worker results of the N pages: from the cache, else computed (2 workers)."""
    file = cache / f"processed-n{n}-s{seed}-h{hosts}.pickle"
    larger = sorted(
        cache.glob(f"processed-n*-s{seed}-h{hosts}.pickle"), key=lambda f: int(f.name.split("-")[1][1:])
    )
    for found in [file, *larger]:
        if found.exists() and int(found.name.split("-")[1][1:]) >= n:
            with found.open("rb") as fh:
                jobs, processed = pickle.load(fh)
            return jobs[:n], processed[:n]  # page i is the same whatever N (generate's seeds)
    pairs = _jobs_and_items(n, seed, hosts)
    jobs = [job for job, _ in pairs]
    items = [item for _, item in pairs]
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        processed = [r for results in pool.imap(_work, chunks) for r in results]
    print(f"processed {n} pages in {time.perf_counter() - started:.0f} s wall (cached in {file})")
    cache.mkdir(parents=True, exist_ok=True)
    with file.open("wb") as fh:
        pickle.dump((jobs, processed), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return jobs, processed


PLANS: dict[str, object] = {}


def _capture_plans() -> None:
    """Keep the story and merge plans of the stage (for the digest)."""
    import flows.story_events as story_events

    for name in ("plan_story_links", "plan_merge"):
        original = getattr(story_events, name)

        def wrapped(*args, _original=original, _name=name, **kwargs):
            PLANS[_name] = result = _original(*args, **kwargs)
            return result

        setattr(story_events, name, wrapped)


def digest(batch) -> dict[str, str]:
    """Digests of what the stage decided (unchanged by a pure refactor)."""
    articles = sorted(
        (r["article_id"], r.get("story_id") or "", r.get("duplicate_of") or "")
        for r in batch.rows.get("articles", [])
    )
    mentions = sorted(
        (r["mention_id"], r.get("event_id") or "") for r in batch.rows.get("event_mentions", [])
    )
    stories = len({s for _, s, _ in articles if s})
    events = len({e for _, e in mentions if e})

    def h(rows) -> str:
        return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()[:16]

    links = PLANS.get("plan_story_links")
    decisions = sorted(
        (link.article_id, link.linked_article_id, link.kind, link.score)
        for decided in (links.decisions.values() if links else ())
        for link in decided
    )
    merge = PLANS.get("plan_merge")
    merged = sorted(repr(e) for e in (merge.events if merge else ()))
    return {
        "story decisions": f"{len(decisions)} links, {h(decisions)}",
        "merged events": f"{len(merged)} events, {h(merged)}",
        "articles": f"{len(articles)} rows, {stories} stories, {sum(1 for a in articles if a[2])} copies, {h(articles)}",
        "mentions": f"{len(mentions)} rows, {events} events, {h(mentions)}",
    }


STORED = {
    "articles": "SELECT article_id, story_id, duplicate_of FROM articles ORDER BY article_id",
    "mentions": "SELECT mention_id, event_id FROM event_mentions ORDER BY mention_id",
    "events": "SELECT event_id, event_date, event_type, sub_event_type, country, location, fatalities,"
    " n_articles FROM events ORDER BY event_id",
    "stories": "SELECT story_id, first_article_id, size FROM stories ORDER BY story_id",
    "article texts": "SELECT article_id, md5(text), story_published_at FROM articles ORDER BY article_id",
    "fingerprints": "SELECT article_id, md5(signature), root_article_id FROM article_fingerprints"
    " ORDER BY article_id",
}


def partition(source) -> dict[str, dict[str, list[str]]]:
    """Every article's story id and copy, every mention's event id: of a batch's rows, or of what a
    warehouse connection holds (after `--batches`)."""
    if hasattr(source, "rows"):
        articles = [
            (r["article_id"], r.get("story_id") or "", r.get("duplicate_of") or "")
            for r in source.rows.get("articles", [])
        ]
        mentions = [(r["mention_id"], r.get("event_id") or "") for r in source.rows.get("event_mentions", [])]
    else:
        articles = source.execute(STORED["articles"]).fetchall()
        mentions = source.execute(STORED["mentions"]).fetchall()
    return {
        "articles": {a: [s or "", d or ""] for a, s, d in sorted(articles)},
        "mentions": {m: [e or ""] for m, e in sorted(mentions)},
    }


def stored_digest(con) -> dict[str, str]:
    """Digests of what the warehouse holds after the load(s): the same in one batch or many."""
    out = {}
    for name, sql in STORED.items():
        rows = con.execute(sql).fetchall()
        out[name] = (
            f"{len(rows)} rows, {hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()[:16]}"
        )
    return out


def default_cache() -> Path:
    """`--cache`'s default: the project's cache directory, not one path in /tmp that every user of
    the machine (and every worktree) would share, reading the worker results of another's code."""
    from extractors.cache_files import cache_dir

    return cache_dir() / "bench_assemble"


def _prescore(mode: str):
    """`--prescore`: (the stage's `prescore`, a function giving the pool's CPU since the start)."""
    if mode == "none":
        return None, None
    if mode == "here":
        from extractors.story_candidates import prescore_here

        return prescore_here, None
    import psutil

    from flows.pipeline import worker_pool
    from flows.story_pool import pool_prescore

    pool = worker_pool(2)
    pool.map(abs, range(4))  # started and imported before the stage is timed
    workers = [psutil.Process(p.pid) for p in pool._pool]  # type: ignore[attr-defined]

    def cpu() -> float:
        return sum(w.cpu_times().user + w.cpu_times().system for w in workers)

    start = cpu()
    return pool_prescore(2, min_pairs=0), lambda: cpu() - start


def arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--cache", type=Path, default=default_cache())
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--load", action="store_true", help="also run the load transaction")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--batches", type=int, default=0, help="assemble and load in K batches")
    parser.add_argument("--shuffle", type=int, default=None, metavar="SEED", help="shuffle the arrival order")
    parser.add_argument("--digest-only", action="store_true", help="print only the digests")
    parser.add_argument(
        "--prescore",
        choices=("none", "here", "pool"),
        default="none",
        help="story candidates scored ahead: here, or on a pool of 2 workers as a run does (flows.story_pool)",
    )
    parser.add_argument(
        "--spool", action="store_true", help="hold the results as a run does (RESULTS_SPOOLED)"
    )
    parser.add_argument("--partition", type=Path, default=None, help="write the ids as JSON to FILE")
    return parser


def main() -> int:
    args = arguments().parse_args()

    from flows.runs import RunSummary, new_run_id
    from flows.stages import assemble_results
    from warehouse.connection import connect
    from warehouse.load import RunBatch, load_run

    _capture_plans()
    jobs, processed = processed_pages(args.n, args.seed, args.hosts, args.cache)
    prescore, pool_cpu = _prescore(args.prescore)
    texts = None
    if args.spool:
        from flows.result_spool import ResultSpool

        texts = ResultSpool()
        spool_cpu = time.process_time()
        processed = [
            kept for i in range(0, len(processed), CHUNK) for kept in texts.keep(processed[i : i + CHUNK])
        ]
        spool_cpu = time.process_time() - spool_cpu
    if args.shuffle is not None:
        pairs = list(zip(jobs, processed, strict=True))
        random.Random(args.shuffle).shuffle(pairs)
        jobs, processed = [j for j, _ in pairs], [p for _, p in pairs]
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "w.duckdb")
        summary = RunSummary(run_id=new_run_id(), started_at=datetime.now(UTC))
        batch = RunBatch()
        profiler = cProfile.Profile() if args.profile else None
        if args.tracemalloc:
            tracemalloc.start(12)
        cpu, wall = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        if args.batches:
            size = -(-len(processed) // args.batches)
            for start in range(0, len(processed), size):
                batch = RunBatch()
                assemble_results(
                    con,
                    processed[start : start + size],
                    jobs[start : start + size],
                    summary,
                    batch,
                    prescore,
                    texts,
                )
                load_run(con, batch)
        else:
            assemble_results(con, processed, jobs, summary, batch, prescore, texts)
        if profiler:
            profiler.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        workers_cpu = pool_cpu() if pool_cpu else None
        snapshot = tracemalloc.take_snapshot() if args.tracemalloc else None
        peak = tracemalloc.get_traced_memory()[1] / 1e6 if args.tracemalloc else None
        if args.tracemalloc:
            tracemalloc.stop()
        load_cpu = None
        if args.load and not args.batches:
            load_cpu = time.process_time()
            load_run(con, batch)
            load_cpu = time.process_time() - load_cpu
        stored = stored_digest(con) if args.load or args.batches else None
        if args.partition:
            args.partition.write_text(json.dumps(partition(con if args.batches else batch), indent=0))
        con.close()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open("/proc/loadavg") as fh:
        load = " / ".join(fh.read().split()[:3])
    if not args.digest_only:
        print(f"== bench_assemble: n {args.n}, seed {args.seed}, hosts {args.hosts}; load average {load}")
        print(
            f"assemble_results: {cpu:.2f} s CPU, {wall:.2f} s wall"
            f" ({1000 * cpu / max(1, args.n):.2f} ms CPU a page)"
        )
        if texts is not None:
            print(
                f"results spooled as they would arrive: {spool_cpu:.2f} s CPU ({texts.texts} texts, {texts.bytes / 1e6:.1f} MB)"
            )
        if workers_cpu is not None:
            print(f"the pool's 2 workers during the stage: {workers_cpu:.2f} s CPU (--prescore pool)")
        if load_cpu is not None:
            print(f"load_run: {load_cpu:.2f} s CPU")
        print(f"peak RSS: {rss_before:.0f} MB before the stage (results in memory), {rss_after:.0f} MB after")
        if peak is not None:
            print(f"tracemalloc peak during the stage: {peak:.0f} MB")
    if not args.batches:
        for name, value in digest(batch).items():
            print(f"digest {name}: {value}")
    for name, value in (stored or {}).items():
        print(f"stored {name}: {value}")
    if profiler:
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
            print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:12000])
    if snapshot is not None:
        for stat in snapshot.statistics("lineno")[: args.top]:
            print(f"  {stat.size / 1e6:8.1f} MB {stat.count:8d} blocks  {stat.traceback[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
