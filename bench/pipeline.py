"""End-to-end throughput of the real flow on N pages served on loopback, against plain trafilatura.

    .venv/bin/python bench/pipeline.py --n 1000 [--workers 2] [--hosts 64] [--seed 1]
        [--replay DIR] [--workdir DIR] [--per-host-delay 0.5] [--no-rerun] [--no-plain] [--site-only]

1. Pages: N distinct article pages written by `bench/pipeline_corpus.py` (seven languages, six
   layouts, conflict reports and other news, 10-400 KB each), deterministic by --seed; or, with
   --replay DIR, the pages of DIR: a --workdir of an earlier run (its site/ is served again), or any
   directory of *.html / *.html.gz pages (e.g. ../shared/eval/extraction/aeb/html). With --replay,
   --n N takes the first N pages only (of the site's manifest, in its order, each feed keeping only
   the items that link to them; without --n, every page of DIR).
2. A web on loopback, in its own process: one asyncio HTTP/1.1 server per host on 127.0.0.2,
   127.0.0.3, ... (--hosts of them; the fetcher's per-host politeness keys on the host name, so
   each is a separate site), each with robots.txt, RSS feeds of up to 100 items and its pages,
   gzip-encoded, with ETags (conditional GETs answer 304).
3. Plain `trafilatura.extract(html, url=url)` on the same pages in a pool of --workers processes
   (pages read from disk by the workers): pages/s.
4. The real flow: `conflictwire run` (flows.cli) in a child process, with the feeds file
   (allow_private_hosts: true) and the environment settings below; timing wrappers
   (`bench/pipeline_hooks.py`) record each stage's time in the flow process and extraction / coding
   time page by page in the worker processes. The child's process tree (flow process, Prefect's
   temporary server, worker processes) is sampled from /proc: peak RSS (sum; shared pages counted in
   each process) and peak PSS (each shared page split between its processes: the real total).
   Then the same run again (--no-rerun skips it): every item already seen, feeds unchanged (304).
5. Prints end-to-end pages/s (the child's spawn to the return of its `conflictwire run` call),
   plain pages/s, the ratio, time per stage, Prefect overhead (flow call before its body starts:
   the temporary server's start; after it ends; task-run wrapping; and, after the runs, in the last
   child, flows of 0 and 50 empty tasks on a warm local server of their own), peak memory, the
   warehouse's size and rows.

Settings of the run (environment of the child): CONFLICTWIRE_MAX_PAGES_PER_RUN = N (one run takes
them all), CONFLICTWIRE_WORKERS = --workers, CONFLICTWIRE_PER_HOST_DELAY_S = --per-host-delay
(default 0.5 s, the shipped default: with 64 hosts the fetch is capped at 128 pages/s, far above
what extraction does on two cores, so politeness is realistic without being the bottleneck),
per-host concurrency 2 and total concurrency 16 (shipped defaults), robots.txt respected, raw
pages kept (shipped default). PREFECT_HOME is the repository's .prefect (as `make run` uses).
Linux only (/proc, 127.0.0.0/8 on the loopback interface).
"""

import argparse
import json
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from pipeline_measure import child_main, cpu_seconds, plain_trafilatura, run_flow  # noqa: E402
from pipeline_report import report  # noqa: E402
from pipeline_site import ITEMS_PER_FEED, copy_site, load_replay_pages, serve_site, write_site  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n",
        type=int,
        help="pages: generated ones (default 1000), or with --replay the first N pages of DIR "
        "(of its manifest, with only their feed items; default all)",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-host-delay", type=float, default=0.5)
    parser.add_argument("--replay", type=Path)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--no-rerun", action="store_true")
    parser.add_argument("--no-plain", action="store_true")
    parser.add_argument(
        "--site-only",
        action="store_true",
        help="write the site (WORKDIR/site) and stop: a replay site for --replay",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(json.loads(args.child))
    if args.hosts > 250:
        parser.error("--hosts: at most 250 (127.0.0.2 .. 127.0.0.251)")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cw-pipeline-"))
    site = workdir / "site"
    t0 = time.perf_counter()
    if args.replay and (
        (args.replay / "manifest.json").exists() or (args.replay / "site" / "manifest.json").exists()
    ):
        source = args.replay / "site" if (args.replay / "site" / "manifest.json").exists() else args.replay
        if source.resolve() == site.resolve():
            manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
            if args.n is not None and args.n < len(manifest["pages"]):
                parser.error("--n with --replay of the workdir's own site: give another --workdir")
        else:
            shutil.rmtree(site, ignore_errors=True)
            manifest = copy_site(source, site, args.n)
        what = f"replayed {source}" + (f" (its first {args.n} pages)" if args.n is not None else "")
    else:
        if args.replay:
            pages = load_replay_pages(args.replay, args.n if args.n is not None else 10**9, args.hosts)
            what = f"pages of {args.replay}"
        else:
            from pipeline_corpus import generate

            pages = generate(1000 if args.n is None else args.n, args.seed, args.hosts, ITEMS_PER_FEED)
            what = f"generated (seed {args.seed})"
        shutil.rmtree(site, ignore_errors=True)
        manifest = write_site(site, pages, args.hosts)
        del pages
    raw_mb = sum(p.stat().st_size for p in site.rglob("*.html.gz")) / 1e6
    print(f"site: {len(manifest['pages'])} pages, {what}, in {time.perf_counter() - t0:.0f} s ({raw_mb:.0f} MB gzipped)",
          flush=True)  # fmt: skip
    if args.site_only:
        return 0

    parent, child = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(
        target=serve_site, args=(str(site), manifest["hosts"], child), daemon=True
    )
    server.start()
    bases = parent.recv()
    feeds = workdir / "feeds.yaml"
    feeds.write_text(
        "allow_private_hosts: true\nfeeds:\n"
        + "".join(
            f'  - {{url: "{bases[f["host"]]}{f["path"]}", name: "{f["name"]}", language: {f["language"]}}}\n'
            for f in manifest["feeds"]
        ),  # fmt: skip
        encoding="utf-8",
    )
    plain = None
    files = [(str(site / f"h{p['host']}" / (p["path"].lstrip("/") + ".gz")), bases[p["host"]] + p["path"])
             for p in manifest["pages"]]  # fmt: skip
    if not args.no_plain:
        plain = plain_trafilatura(files, args.workers)
        print(f"plain trafilatura: {plain['pages'] / plain['seconds']:.1f} pages/s", flush=True)

    db = workdir / "warehouse.duckdb"
    for stale in workdir.glob("warehouse.duckdb*"):
        stale.unlink()
    args._db = str(db)
    env = {
        **os.environ,
        "CONFLICTWIRE_MAX_PAGES_PER_RUN": str(len(manifest["pages"]) + 10),
        "CONFLICTWIRE_WORKERS": str(args.workers),
        "CONFLICTWIRE_PER_HOST_DELAY_S": str(args.per_host_delay),
        "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(REPO / ".prefect")),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # Prefect gives its temporary server 20 s to start; on a loaded machine that is not always
        # enough (the run then fails: measured here), so the bench allows more and reports the time
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": os.environ.get(
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120"
        ),
        "DO_NOT_TRACK": "1",
    }
    server_cpu_before = cpu_seconds(server.pid)
    for old in workdir.glob("timings-run*"):
        shutil.rmtree(old)
    result = run_flow(feeds, db, workdir / "timings-run1", env, tiny=args.no_rerun)
    print(f"run: {result['seconds']:.1f} s (exit {result['exit']})", flush=True)
    rerun = None
    if not args.no_rerun:
        rerun = run_flow(feeds, db, workdir / "timings-run2", env, tiny=True)
    server_cpu = cpu_seconds(server.pid) - server_cpu_before
    if plain:  # once more after the flow: the machine is shared, its load drifts
        again = plain_trafilatura(files, args.workers)
        plain["runs"] = [plain["seconds"], again["seconds"]]
        plain["seconds"] = (plain["seconds"] + again["seconds"]) / 2
        plain["cpu"] = (plain["cpu"] + again["cpu"]) / 2
    os.kill(server.pid, signal.SIGTERM)
    counts = parent.recv() if parent.poll(10) else {}
    server.join(10)
    text = report(args, manifest, plain, result, rerun, counts, server_cpu, workdir)
    print(text)
    (workdir / "report.txt").write_text(text + "\n", encoding="utf-8")
    if result["exit"]:
        print(result["log"][-3000:])
    return result["exit"]


if __name__ == "__main__":
    sys.exit(main())
