"""Bench flows/fetch.py: N pages on H local hosts with random latencies.

Each host is its own loopback address (127.0.0.1 .. 127.0.0.H), so the fetcher treats them as different
hosts. Prints pages/s and the per-host maximum concurrency each server observed (must not exceed
`--per-host`). Stops by itself: a watchdog ends the process after `--time-limit` seconds.

    .venv/bin/python bench/bench_fetch.py                # 2,000 pages, 50 hosts, 0-50 ms latency
    .venv/bin/python bench/bench_fetch.py --pages 500 --hosts 10 --max-latency-ms 200
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fetch_server import LoopbackServer, delayed, static  # noqa: E402

from flows.fetch import fetch_pages  # noqa: E402
from flows.fetch_settings import FetchSettings  # noqa: E402


def serve(hosts: int, pages: int, latency_ms: tuple[float, float], seed: int, conn: Connection) -> None:
    """Child process: run the servers (their threads must not share the fetcher's GIL), report stats."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def latency() -> float:
        with lock:
            return rng.uniform(*latency_ms) / 1000

    body = (
        b"<html><head><title>bench</title></head><body>"
        + b"<p>words words words</p>" * 200
        + b"</body></html>"
    )
    servers = [LoopbackServer(f"127.0.0.{i + 1}").start() for i in range(hosts)]
    urls = [
        servers[n % hosts].route(f"/article/{n}", delayed(latency, static(body, "text/html")))
        for n in range(pages)
    ]
    conn.send(urls)
    conn.recv()  # the parent is done
    for server in servers:
        server.stop()
    conn.send(([s.max_active for s in servers], sum(len(s.requests) for s in servers)))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--min-latency-ms", type=float, default=0)
    parser.add_argument("--max-latency-ms", type=float, default=50)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--per-host-delay", type=float, default=0.0)
    parser.add_argument("--total", type=int, default=16)
    parser.add_argument("--time-limit", type=float, default=180)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    parent, child = multiprocessing.Pipe()
    latency_ms = (args.min_latency_ms, args.max_latency_ms)
    server_process = multiprocessing.Process(
        target=serve, args=(args.hosts, args.pages, latency_ms, args.seed, child), daemon=True
    )
    server_process.start()

    def watchdog() -> None:
        time.sleep(args.time_limit)
        print(f"time limit of {args.time_limit:g}s reached: stopping", flush=True)
        server_process.kill()
        os._exit(2)

    threading.Thread(target=watchdog, daemon=True).start()
    urls = parent.recv()
    random.Random(args.seed).shuffle(urls)
    settings = FetchSettings(
        per_host_delay_s=args.per_host_delay,
        per_host_concurrency=args.per_host,
        total_concurrency=args.total,
        allow_private_hosts=True,
    )
    started = time.perf_counter()
    pages = fetch_pages(urls, settings)
    elapsed = time.perf_counter() - started
    parent.send("stop")
    per_host, requests = parent.recv()
    server_process.join(5)

    ok = sum(p.ok for p in pages)
    mean_latency = sum(latency_ms) / 2
    ideal = len(pages) * mean_latency / 1000 / min(args.total, args.hosts * args.per_host)
    print(f"pages: {len(pages)} ({ok} ok, {len(pages) - ok} failed) on {args.hosts} hosts")
    print(f"server requests: {requests} (pages + one robots.txt per host)")
    print(
        f"elapsed: {elapsed:.2f} s -> {len(pages) / elapsed:.1f} pages/s (latency-bound ideal {ideal:.2f} s)"
    )
    print(
        f"latency per page: uniform {args.min_latency_ms:g}-{args.max_latency_ms:g} ms (mean {mean_latency:g})"
    )
    print(f"max concurrency observed by any one host: {max(per_host)} (limit {args.per_host})")
    print(f"total concurrency limit: {args.total}")
    return 0 if ok == len(pages) and max(per_host) <= args.per_host else 1


if __name__ == "__main__":
    raise SystemExit(main())
