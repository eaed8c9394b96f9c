"""End-to-end throughput of the real flow on N pages served on loopback, against plain trafilatura.

    .venv/bin/python bench/pipeline.py --n 1000 [--workers 2] [--hosts 64] [--seed 1]
        [--replay DIR] [--workdir DIR] [--per-host-delay 0.5] [--no-rerun] [--no-plain] [--site-only]

1. Pages: N distinct article pages written by `bench/pipeline_corpus.py` (seven languages, six
   layouts, conflict reports and other news, 10-400 KB each), deterministic by --seed; or, with
   --replay DIR, the pages of DIR: a --workdir of an earlier run (its site/ is served again), or any
   directory of *.html / *.html.gz pages (e.g. ../shared/eval/extraction/aeb/html).
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

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import gzip
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
BASE = "{{BASE}}"
CONTENT_TYPES = {".xml": "application/rss+xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain"}
ITEMS_PER_FEED = 100


# --------------------------------------------------------------------------- the site on disk


def write_site(site: Path, pages, hosts: int) -> dict:
    """Pages (gzip), feeds (RSS 2.0, links with the {{BASE}} placeholder) and robots.txt per host;
    returns the manifest (also written as site/manifest.json)."""
    feeds: dict[tuple[int, int], list] = defaultdict(list)
    files = []
    for page in pages:
        out = site / f"h{page.host}" / (page.path.lstrip("/") + ".gz")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(gzip.compress(page.html.encode("utf-8"), compresslevel=5, mtime=0))
        feeds[(page.host, page.feed)].append(dataclasses.replace(page, html=""))  # not the page itself
        files.append({"host": page.host, "path": page.path, "language": page.language, "conflict": page.conflict,
                      "kind": page.kind})  # fmt: skip
    feed_list = []
    for (host, feed), items in sorted(feeds.items()):
        language = max({p.language for p in items}, key=[p.language for p in items].count)
        path = f"/feeds/news-{feed}.xml"
        channel = [
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Daily {host} - {feed}</title>'
            f"<link>{BASE}/</link><description>News</description><language>{language}</language><ttl>15</ttl>"
        ]
        for p in items:
            channel.append(
                f"<item><title>{escape(p.title)}</title><link>{BASE}{p.path}</link><guid>{BASE}{p.path}</guid>"
                f"<pubDate>{p.published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                f"<description>{escape(p.summary)}</description></item>"
            )
        channel.append("</channel></rss>")
        out = site / f"h{host}" / (path.lstrip("/") + ".gz")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(gzip.compress("".join(channel).encode("utf-8")))
        feed_list.append({"host": host, "path": path, "name": f"Daily {host} ({feed})", "language": language})
    for host in range(hosts):
        robots = site / f"h{host}" / "robots.txt.gz"
        robots.parent.mkdir(parents=True, exist_ok=True)
        robots.write_bytes(gzip.compress(b"User-agent: *\nDisallow: /private/\n"))
    manifest = {"hosts": hosts, "feeds": feed_list, "pages": files}
    (site / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


def load_replay_pages(source: Path, n: int, hosts: int):
    """PageSpec-like records for the *.html / *.html.gz files under `source` (at most n)."""
    import re
    from datetime import UTC, datetime, timedelta

    from pipeline_corpus import PageSpec

    files = sorted(p for p in source.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")))[
        :n
    ]
    pages = []
    now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
    per_host: dict[int, int] = defaultdict(int)
    for i, file in enumerate(files):
        raw = file.read_bytes()
        if file.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8", "replace")
        match = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I)
        title = " ".join((match.group(1) if match else file.stem).split())[:200]
        host = i % hosts
        slot = per_host[host]
        per_host[host] += 1
        digest = hashlib.sha1(file.name.encode()).hexdigest()[:10]
        pages.append(
            PageSpec(
                host,
                f"/replay/{digest}.html",
                slot // ITEMS_PER_FEED,
                title,
                title,
                now - timedelta(minutes=3 * i),
                "en",
                False,
                "article",
                text,
            )  # fmt: skip
        )
    return pages


# --------------------------------------------------------------------------- the web on loopback


class _Site:
    def __init__(self, root: Path, host: int):
        self.root = root / f"h{host}"
        self.base = ""
        self.cache: dict[str, tuple[bytes, str]] = {}


async def _handle(site: _Site, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, counts) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = (lines[0].split(" ") + ["", ""])[:3]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            path = target.split("?", 1)[0]
            file = (site.root / (path.lstrip("/") + ".gz")).resolve()
            counts["requests"] += 1
            if method != "GET" or site.root not in file.parents or not file.is_file():
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                continue
            body = file.read_bytes()
            suffix = Path(path).suffix or ".txt"
            if suffix == ".xml":  # feeds carry the placeholder: the server's own address
                if path not in site.cache:  # (mtime=0: the same bytes, so the same ETag, every time)
                    plain = gzip.decompress(body).replace(BASE.encode(), site.base.encode())
                    site.cache[path] = (gzip.compress(plain, 1, mtime=0), "")
                body = site.cache[path][0]
            etag = '"' + hashlib.md5(body).hexdigest()[:16] + '"'
            if headers.get("if-none-match") == etag:
                writer.write(
                    f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nContent-Length: 0\r\n\r\n".encode()
                )
                counts["not_modified"] += 1
                await writer.drain()
                continue
            encoding = "gzip" in headers.get("accept-encoding", "")
            if not encoding:
                body = gzip.decompress(body)
            counts["bytes"] += len(body)
            writer.write(
                (
                    f"HTTP/1.1 200 OK\r\nContent-Type: {CONTENT_TYPES.get(suffix, 'text/plain')}\r\n"
                    f"Content-Length: {len(body)}\r\nETag: {etag}\r\n"
                    f"{'Content-Encoding: gzip' + chr(13) + chr(10) if encoding else ''}"
                    "Last-Modified: Mon, 03 Mar 2025 10:00:00 GMT\r\n\r\n"
                ).encode()
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


def serve_site(root: str, hosts: int, conn) -> None:
    """The server process: one listening socket per host on 127.0.0.(2 + host); sends the base URLs,
    then serves until SIGTERM, then sends its request counts."""

    async def main() -> None:
        counts: dict[str, int] = defaultdict(int)
        bases = []
        servers = []
        for host in range(hosts):
            site = _Site(Path(root), host)
            server = await asyncio.start_server(
                lambda r, w, site=site: _handle(site, r, w, counts), f"127.0.0.{2 + host}", 0, backlog=256
            )
            site.base = f"http://127.0.0.{2 + host}:{server.sockets[0].getsockname()[1]}"
            bases.append(site.base)
            servers.append(server)
        conn.send(bases)
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        conn.send(dict(counts))

    asyncio.run(main())


# --------------------------------------------------------------------------- measuring


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


def process_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += _children(p)
    return tree


def _rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the process itself (not of its reaped children: the pool's workers
    are counted as processes of their own)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:13]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class TreeSampler(threading.Thread):
    """Peak RSS and PSS of a process tree, sampled every `interval` s (PSS every 4th sample)."""

    def __init__(self, pid: int, interval: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss_kb = self.peak_pss_kb = self.peak_main_rss_kb = self.max_processes = 0
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            tree = process_tree(self.pid)
            self.max_processes = max(self.max_processes, len(tree))
            self.peak_rss_kb = max(self.peak_rss_kb, sum(_rss_kb(p) for p in tree))
            self.peak_main_rss_kb = max(self.peak_main_rss_kb, _rss_kb(self.pid))
            if n % 4 == 0:
                self.peak_pss_kb = max(self.peak_pss_kb, sum(_pss_kb(p) for p in tree))
            for p in tree:
                self.cpu[p] = max(self.cpu.get(p, 0.0), cpu_seconds(p))
            n += 1
            self.stop.wait(self.interval)


def _plain_warm_up(_: int) -> int:
    import trafilatura

    trafilatura.extract("<html><body><article><p>" + "Warm up. " * 40 + "</p></article></body></html>")
    return os.getpid()


def _plain_worker(chunk: list[tuple[str, str]]) -> tuple[int, int, float]:
    import trafilatura

    texts = 0
    started = time.process_time()
    for file, url in chunk:
        body = gzip.decompress(Path(file).read_bytes())
        texts += bool(trafilatura.extract(body, url=url))
    return len(chunk), texts, time.process_time() - started


def plain_trafilatura(files: list[tuple[str, str]], workers: int) -> dict:
    """Plain trafilatura.extract on every page in `workers` processes (spawned, imports and first
    use done before the clock starts: the steady rate of trafilatura on these cores)."""
    chunks = [files[i : i + 20] for i in range(0, len(files), 20)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_plain_warm_up, range(workers * 4), chunksize=1)
        started = time.perf_counter()
        done = list(pool.imap_unordered(_plain_worker, chunks))
        seconds = time.perf_counter() - started
    return {"pages": sum(d[0] for d in done), "with_text": sum(d[1] for d in done), "seconds": seconds,
            "cpu": sum(d[2] for d in done)}  # fmt: skip


def run_flow(feeds: Path, db: Path, timings: Path, env: dict, *, tiny: bool = False) -> dict:
    """`conflictwire run` in a child process with the timing hooks; its tree sampled meanwhile.
    With `tiny`, the child then measures tiny flows on a Prefect server of their own (after the
    run's figures: `seconds` ends when the CLI call returns, `process_seconds` at the child's exit)."""
    timings.mkdir(parents=True, exist_ok=True)
    log = timings / "run.log"
    cmd = [sys.executable, str(BENCH / "pipeline.py"), "--child", json.dumps(
        {"feeds": str(feeds), "db": str(db), "timings": str(timings), "tiny": tiny})]  # fmt: skip
    spawned = time.time()
    started = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        sampler = TreeSampler(child.pid)
        sampler.start()
        code = child.wait()
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    data = json.loads((timings / "flow.json").read_text()) if (timings / "flow.json").exists() else {}
    workers = []
    for file in timings.glob("worker-*.jsonl"):
        workers += [json.loads(line) for line in file.read_text().splitlines() if line]
    code = code or int(data.get("status") or 0)
    returned = data.get("finished")
    return {
        "exit": code,
        "seconds": returned - spawned if returned else seconds,
        "process_seconds": seconds,
        "log": log.read_text(errors="replace"),
        "peak_rss_mb": sampler.peak_rss_kb / 1024,
        "peak_pss_mb": sampler.peak_pss_kb / 1024,
        "peak_main_rss_mb": sampler.peak_main_rss_kb / 1024,
        "max_processes": sampler.max_processes,
        "tree_cpu_s": sum(sampler.cpu.values()),
        "cpu_by_pid": sampler.cpu,
        "pid": child.pid,
        "flow": data,
        "workers": workers,
    }


def child_main(config: dict) -> int:
    """In the child: hooks, then `conflictwire run`, then a tiny flow on the warm Prefect server."""
    sys.path.insert(0, str(BENCH))
    import pipeline_hooks

    started = time.time()
    pipeline_hooks.install(config["timings"])
    from flows.cli import app

    status = 0
    try:  # not standalone: typer returns the exit code instead of raising SystemExit
        status = app(["run", "--feeds", config["feeds"], "--db", config["db"]], standalone_mode=False) or 0
    except SystemExit as exc:
        status = int(exc.code or 0)
    except Exception as exc:
        print(f"run failed: {type(exc).__name__}: {exc}")
        status = 1
    finished = time.time()
    tiny = {}
    if config.get("tiny"):  # the run's server is gone: a server of their own, after the run's figures
        from flows.prefect_server import prefect_api

        with prefect_api():
            tiny = tiny_flow_overhead()
    pipeline_hooks.write(config["timings"], {"started": started, "finished": finished, "tiny": tiny,
                                             "status": status})  # fmt: skip
    return status


def tiny_flow_overhead() -> dict:
    """Flows of 0 and of 50 tasks doing nothing (fastest of 3 each) on the server the run started:
    per-run and per-task Prefect cost with the server warm."""
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    @task(cache_policy=NO_CACHE)
    def nothing(i: int) -> int:
        return i

    @flow
    def tiny(n: int) -> int:
        return sum(nothing(i) for i in range(n))

    out = {}
    for n in (0, 50):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            tiny(n)
            best = min(best, time.perf_counter() - start)
        out[f"flow_of_{n}_tasks_s"] = best
    out["per_task_s"] = (out["flow_of_50_tasks_s"] - out["flow_of_0_tasks_s"]) / 50
    return out


# --------------------------------------------------------------------------- report


def _stage_table(result: dict) -> list[str]:
    times = result["flow"].get("times", {})
    lines = []
    for name, (calls, wall, cpu) in sorted(times.items(), key=lambda kv: kv[0]):
        lines.append(f"  {name:44} {wall:9.2f} s wall {cpu:9.2f} s CPU  ({calls} calls)")
    return lines


def _stages(flow: dict) -> list[str]:
    """Every stage the hooks timed, in a run's order (`pipeline_hooks.STAGES`): wall, the CPU of
    the function's own thread, the flow process's CPU over all its threads while it ran (fetch
    thread, the pool's result threads, DuckDB's), and its RSS at the start and at the peak."""
    times, spans, rss = flow.get("times", {}), flow.get("spans", []), flow.get("rss", [])
    lines = [f"  {'stage':56} {'wall s':>8} {'CPU s':>7} {'proc CPU':>8} {'RSS MB in':>9} {'peak':>6}"]
    for name in flow.get("stages", sorted(times)):
        if name not in times:
            continue
        calls, wall, cpu = times[name]
        mine = [(s, e) for n, s, e in spans if n == name]
        inside = [r for r in rss if any(s <= r[0] <= e for s, e in mine)]
        proc = sum(_cpu_during(rss, s, e) for s, e in mine) if mine else None
        before = [r[1] for r in rss if mine and r[0] <= mine[0][0]]
        start_mb = before[-1] if before else None
        peak = max((r[1] for r in inside), default=None)
        lines.append(
            f"  {name[:56]:56} {wall:8.2f} {cpu:7.2f} "
            + (f"{proc:8.1f} " if proc is not None else f"{'':8} ")
            + (f"{start_mb:9.0f} " if start_mb is not None else f"{'':9} ")
            + (f"{peak:6.0f}" if peak is not None else "")
            + (f"  ({calls} calls)" if calls > 1 else "")
        )
    return lines


def _cpu_during(rss: list, start: float, end: float) -> float:
    """The flow process's CPU between two times, from the sampler's readings around them."""
    before = [r[2] for r in rss if r[0] <= start]
    after = [r[2] for r in rss if r[0] >= end]
    if not before or not after:
        return 0.0
    return after[0] - before[-1]


def report(args, manifest, plain, result, rerun, server_counts, server_cpu, workdir) -> str:
    n = len(manifest["pages"])
    flow = result["flow"]
    times = flow.get("times", {})

    def wall(name):
        return times.get(name, [0, 0.0, 0.0])[1]

    e2e = n / result["seconds"]
    lines = [f"== bench/pipeline.py: {n} pages, {len(manifest['feeds'])} feeds on {manifest['hosts']} hosts, "
             f"{args.workers} workers, per-host delay {args.per_host_delay} s; workdir {workdir}"]  # fmt: skip
    load = os.getloadavg()
    lines.append(
        f"machine: {os.cpu_count()} cores, load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}"
    )
    if plain:
        plain_rate = plain["pages"] / plain["seconds"]
        runs = " and ".join(f"{plain['pages'] / s:.1f}" for s in plain.get("runs", [plain["seconds"]]))
        lines.append(f"plain trafilatura.extract, {args.workers} processes: {plain_rate:.1f} pages/s "
                     f"(mean of the runs before and after the flow: {runs}; {plain['with_text']} pages with text; "
                     f"{1000 * plain['cpu'] / plain['pages']:.1f} ms CPU a page)")  # fmt: skip
    lines.append(
        f"conflictwire run (end to end, exit {result['exit']}): {result['seconds']:.1f} s, {e2e:.2f} pages/s"
        f" (spawn to the CLI call's return; the child exited {result['process_seconds']:.1f} s after its spawn)"
    )
    if plain:
        lines.append(f"RATIO end to end / plain trafilatura: {e2e / plain_rate:.2f}x")
    body = wall("flow body: run_ingest")
    if body:
        lines.append(f"  without Prefect's start/stop (flow body only): {n / body:.2f} pages/s"
                     + (f", ratio {n / body / plain_rate:.2f}x" if plain else ""))  # fmt: skip
    started = flow.get("started")
    spans = {name: (s, e) for name, s, e in flow.get("spans", [])}
    lines.append(
        "time per stage (flow process; fetch, extraction and coding overlap in task fetch-and-extract):"
    )
    call = spans.get("flow: ingest (CLI call)")
    body_span = spans.get("flow body: run_ingest")
    if call and body_span and started:
        lines.append(
            f"  child's start to the flow call                 {call[0] - started:7.2f} s "
            "(imports; a Prefect server the CLI starts itself)"
        )
        lines.append(f"  Prefect: flow call to its body (server start)  {body_span[0] - call[0]:7.2f} s")
        lines.append(f"  Prefect: body end to call return               {call[1] - body_span[1]:7.2f} s")
    lines += _stages(flow)
    tasks = [("task: poll-feeds", "poll: fetch_feeds (HTTP)"),
             ("task: fetch-and-extract", "  fetch-and-extract body: fetch_and_process")]  # fmt: skip
    overhead = sum(wall(t) - wall(inner) for t, inner in tasks if t in times and inner in times)
    lines.append(
        f"  Prefect task-run wrapping of poll/fetch-and-extract (task time - body time): {overhead:.2f} s"
    )
    workers = result["workers"]
    if workers:
        by_pid = defaultdict(list)
        for w in workers:
            by_pid[w["pid"]].append(w)
        ex = sum(w["extract"] for w in workers)
        co = sum(w["code"] for w in workers)
        ex_cpu = sum(w["extract_cpu"] for w in workers)
        co_cpu = sum(w["code_cpu"] for w in workers)
        task_span = spans.get("task: extract-and-code") or spans.get("task: fetch-and-extract")
        first = min(w["start"] for w in workers)
        last = max(w["end"] for w in workers)
        pages = sum(w["pages"] for w in workers)
        lines.append(
            f"  in {len(by_pid)} worker processes ({pages} pages, {sum(w['bytes'] for w in workers) / 1e6:.0f} MB raw):"
        )
        lines.append(
            f"    extract + clean: {ex:8.1f} s wall, {ex_cpu:8.1f} s CPU ({1000 * ex_cpu / max(pages, 1):.1f} ms CPU a page)"
        )
        lines.append(f"    event coding:    {co:8.1f} s wall, {co_cpu:8.1f} s CPU ({1000 * co_cpu / max(pages, 1):.1f} ms CPU a page; "
                     f"{sum(w['articles'] for w in workers)} articles, {sum(w['mentions'] for w in workers)} mentions)")  # fmt: skip
        ev_cpu = sum(w.get("evidence_cpu", 0.0) for w in workers)
        gc_cpu = sum(w.get("gc_cpu", 0.0) for w in workers)
        chunk_cpu = sum(w["cpu"] for w in workers)
        rest = chunk_cpu - ex_cpu - co_cpu - ev_cpu  # the collector runs inside every part
        lines.append(f"    story evidence:  {sum(w.get('evidence', 0.0) for w in workers):8.1f} s wall, {ev_cpu:8.1f} s CPU "
                     f"({1000 * ev_cpu / max(pages, 1):.1f} ms CPU a page)")  # fmt: skip
        lines.append(f"    garbage collector {gc_cpu:7.1f} s CPU ({1000 * gc_cpu / max(pages, 1):.1f} ms a page; inside the parts above too); "
                     f"rest of process_chunk (zlib, copies): {rest:.1f} s CPU; all chunks {chunk_cpu:.1f} s CPU "
                     f"({1000 * chunk_cpu / max(pages, 1):.1f} ms a page)")  # fmt: skip
        if task_span:
            lines.append(f"    task start to first chunk start (spawn, imports, pickling): {first - task_span[0]:.2f} s; "
                         f"last chunk end to task end (results back): {task_span[1] - last:.2f} s")  # fmt: skip
    lines.append(f"peak memory of the run's process tree ({result['max_processes']} processes at most): "
                 f"RSS {result['peak_rss_mb']:.0f} MB (sum), PSS {result['peak_pss_mb']:.0f} MB; flow process alone "
                 f"RSS {result['peak_main_rss_mb']:.0f} MB")  # fmt: skip
    worker_pids = {w["pid"] for w in workers}
    by_pid = result["cpu_by_pid"]
    main_cpu = by_pid.get(result["pid"], 0.0)
    worker_cpu = sum(c for p, c in by_pid.items() if p in worker_pids)
    other_cpu = result["tree_cpu_s"] - main_cpu - worker_cpu
    lines.append(f"CPU of the run's process tree: {result['tree_cpu_s']:.0f} s ({1000 * result['tree_cpu_s'] / n:.1f} ms a page): "
                 f"flow process {main_cpu:.0f} s, workers {worker_cpu:.0f} s, Prefect's server {other_cpu:.0f} s; "
                 f"web server process {server_cpu:.0f} s ({server_counts.get('requests', 0)} requests)")  # fmt: skip
    if plain:
        lines.append(f"CPU-time ratio (plain trafilatura's CPU a page / the run tree's CPU a page; what the ratio would be "
                     f"with both cores to ourselves and every stage overlapped): "
                     f"{plain['cpu'] / plain['pages'] / (result['tree_cpu_s'] / n):.2f}x")  # fmt: skip
    db = Path(args._db)
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    lines.append(f"warehouse: {size / 1e6:.1f} MB ({db})" + _row_counts(db))
    tiny = flow.get("tiny") or (rerun or {}).get("flow", {}).get("tiny") or {}
    if tiny:
        lines.append(f"Prefect on a warm local server (after the runs): a flow of 0 tasks {tiny['flow_of_0_tasks_s']:.2f} s, "
                     f"of 50 tasks {tiny['flow_of_50_tasks_s']:.2f} s ({1000 * tiny['per_task_s']:.0f} ms a task run)")  # fmt: skip
    if rerun:
        rspans = {name: (s, e) for name, s, e in rerun["flow"].get("spans", [])}
        rc, rb = rspans.get("flow: ingest (CLI call)"), rspans.get("flow body: run_ingest")
        prefect = (
            f" (Prefect start {rb[0] - rc[0]:.1f} s, flow body {rb[1] - rb[0]:.1f} s)" if rc and rb else ""
        )
        flow2 = rerun["flow"]
        took = flow2["finished"] - flow2["started"] if flow2.get("finished") else rerun["seconds"]
        lines.append(f"rerun, every item already seen (feeds answer 304): conflictwire run {took:.1f} s after the "
                     f"interpreter started{prefect}")  # fmt: skip
    summary = [ln for ln in result["log"].splitlines() if "│" in ln or "|" in ln]
    if summary:
        lines.append("run summary (as printed by conflictwire run):")
        lines += ["  " + ln for ln in summary[:20]]
    lines.append("all timed functions of the flow process:")
    lines += _stage_table(result)
    if flow.get("missing"):
        lines.append(f"names the hooks did not find (the flow changed): {', '.join(flow['missing'])}")
    return "\n".join(lines)


def _row_counts(db: Path) -> str:
    try:
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "event_mentions", "events", "raw_pages", "seen_urls")}  # fmt: skip
        con.close()
        return " rows: " + ", ".join(f"{t} {c}" for t, c in counts.items())
    except Exception as exc:
        return f" (rows unreadable: {exc})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-host-delay", type=float, default=0.5)
    parser.add_argument("--replay", type=Path)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--no-rerun", action="store_true")
    parser.add_argument("--no-plain", action="store_true")
    parser.add_argument(
        "--site-only", action="store_true", help="write the site (WORKDIR/site) and stop: a replay site for --replay"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(json.loads(args.child))
    if args.hosts > 250:
        parser.error("--hosts: at most 250 (127.0.0.2 .. 127.0.0.251)")
    sys.path.insert(0, str(BENCH))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cw-pipeline-"))
    site = workdir / "site"
    t0 = time.perf_counter()
    if args.replay and (
        (args.replay / "manifest.json").exists() or (args.replay / "site" / "manifest.json").exists()
    ):
        source = args.replay / "site" if (args.replay / "site" / "manifest.json").exists() else args.replay
        if source.resolve() != site.resolve():
            shutil.copytree(source, site, dirs_exist_ok=True)
        manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
        what = f"replayed {source}"
    else:
        if args.replay:
            pages = load_replay_pages(args.replay, args.n, args.hosts)
            what = f"pages of {args.replay}"
        else:
            from pipeline_corpus import generate

            pages = generate(args.n, args.seed, args.hosts, ITEMS_PER_FEED)
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
