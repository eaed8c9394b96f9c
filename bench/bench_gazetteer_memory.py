"""Gazetteer memory per worker process: what each of K spawned workers holds once it has loaded the
gazetteer and coded reports, the way the flow's extraction workers do.

    .venv/bin/python bench/bench_gazetteer_memory.py [--workers 2] [--texts 'GLOB'] [--rounds 3]

Each worker (a `spawn` process, as in the flow) imports the coder, loads the gazetteer (timed), codes
every report of `--texts` (default: the shared event reports) `--rounds` times, and reports from
/proc/self/smaps_rollup, all in MB:
- Rss: resident pages, shared ones included (what `top` shows; double-counts shared pages);
- Pss: its share of them (a page shared by n processes counts 1/n: these add up to the machine's);
- Anon: anonymous memory (heap: Python objects, arrays built in the process), which no other
  process can share: what one more worker costs;
- File: resident pages of mapped files (the gazetteer store, the language model's arrays,
  libraries): the operating system's file cache, one copy for all processes that map them.
  (smaps counts a file page mapped by one process only as "private", and a page written recently
  as "dirty" until it is flushed, so Private/Shared would mislead here.)
The figures before the gazetteer is loaded are printed too (imports only), so the gazetteer's own
share is the difference. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import glob
import multiprocessing
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIELDS = ("Rss", "Pss", "Anonymous")


def memory_mb() -> dict[str, float]:
    values = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in FIELDS:
            values[name] = int(rest.split()[0]) / 1024
    return {
        "Rss": values["Rss"],
        "Pss": values["Pss"],
        "Anon": values["Anonymous"],
        "File": values["Rss"] - values["Anonymous"],
    }


def worker(args: tuple[list[str], int, multiprocessing.Barrier]) -> dict:
    paths, rounds, barrier = args
    from extractors.events import code_events
    from extractors.events.gazetteer import load_gazetteer
    from extractors.models import Article

    imported = memory_mb()
    started = time.perf_counter()
    load_gazetteer()
    load_s = time.perf_counter() - started
    loaded = memory_mb()
    articles = []
    for path in paths:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        body = [line for line in lines[1:] if line.strip() and ":" not in line[:12]]
        articles.append(
            Article(
                url=lines[0],
                canonical_url=lines[0],
                title=body[0] if body else "",
                text="\n\n".join(body),
                published_at=datetime(2024, 1, 1, tzinfo=UTC),
            )
        )
    mentions = 0
    round_ms = []
    for _ in range(rounds):
        started = time.process_time()
        for article in articles:
            mentions += len(code_events(article))
        round_ms.append(1000 * (time.process_time() - started) / max(1, len(articles)))
    coded = memory_mb()
    barrier.wait()  # all workers alive at once when the last figures are read (shared pages shared)
    together = memory_mb()
    barrier.wait()
    return {
        "imported": imported,
        "loaded": loaded,
        "coded": coded,
        "together": together,
        "load_s": load_s,
        "round_ms": round_ms,
        "mentions": mentions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--texts", default=str(REPO.parent / "shared" / "eval" / "events" / "texts" / "*" / "*.txt")
    )
    args = parser.parse_args()
    paths = sorted(glob.glob(args.texts))
    if not paths:
        print(f"no texts match {args.texts}", file=sys.stderr)
        return 2
    from extractors.events.gazetteer import cache_path, load_gazetteer

    load_gazetteer()  # the cache exists before the workers start (else each would build it)
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(args.workers)
    with context.Pool(args.workers) as pool:
        results = pool.map(worker, [(paths, args.rounds, barrier)] * args.workers)
    print(f"gazetteer cache: {cache_path()} ({cache_path().stat().st_size / 1e6:.1f} MB)")
    print(f"{args.workers} spawned workers, {len(paths)} reports x {args.rounds} rounds each")
    print(f"{'worker':>6} {'stage':28} {'Rss':>7} {'Pss':>7} {'Anon':>7} {'File':>7}")
    for n, result in enumerate(results):
        for stage, label in (
            ("imported", "imports only"),
            ("loaded", f"gazetteer loaded ({result['load_s']:.2f} s)"),
            ("coded", "reports coded"),
            ("together", "all workers alive"),
        ):
            m = result[stage]
            print(f"{n:>6} {label:28} {m['Rss']:7.1f} {m['Pss']:7.1f} {m['Anon']:7.1f} {m['File']:7.1f}")
    for n, result in enumerate(results):
        rounds_text = ", ".join(f"{ms:.1f}" for ms in result["round_ms"])
        print(f"worker {n}: CPU ms per report, round by round (the first pays first use): {rounds_text}")
    extra = [r["together"]["Anon"] - r["imported"]["Anon"] for r in results]
    print(
        f"anonymous MB per worker added by the gazetteer and coding: {', '.join(f'{x:.0f}' for x in extra)}; "
        f"mentions per worker: {results[0]['mentions']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
