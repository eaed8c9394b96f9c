"""Timing wrappers for `bench/pipeline.py`: installed around the real flow's functions in the
process that runs `conflictwire run`, without changing the flow's code.

`install(out_dir)` replaces module attributes of `flows.ingest` and `flows.stages` by wrappers that
record each call's wall and CPU time (thread CPU for the function itself), and swaps the function
the process pool maps (`process_chunk`) for `timed_process_chunk`, which times extraction and event
coding page by page inside the worker processes and appends the figures to a file per worker.
`write(out_dir)` saves what the flow process recorded. The wrapped names are the flow's stages
as they stand: a name that no longer exists is reported, not an error.
"""

from __future__ import annotations

import functools
import json
import os
import threading
import time
from collections import defaultdict
from pathlib import Path

_lock = threading.Lock()
TIMES: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])  # name -> calls, wall s, cpu s
SPANS: list[tuple[str, float, float]] = []  # (name, start, end) in time.time() of the big stages
MISSING: list[str] = []
SPAN_NAMES = frozenset(
    {"flow: ingest (CLI call)", "flow body: run_ingest", "task: poll-feeds", "task: fetch-pages",
     "task: extract-and-code", "task: load-warehouse", "assemble_results (dedup, stories, merge)"}
)  # fmt: skip


def _timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start, start_cpu = time.time(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            end = time.time()
            with _lock:
                entry = TIMES[name]
                entry[0] += 1
                entry[1] += end - start
                entry[2] += time.thread_time() - start_cpu
                if name in SPAN_NAMES:
                    SPANS.append((name, start, end))

    return wrapper


def _wrap(module, attr: str, name: str) -> None:
    if not hasattr(module, attr):
        MISSING.append(f"{module.__name__}.{attr}")
        return
    setattr(module, attr, _timed(name, getattr(module, attr)))


def install(out_dir: str) -> None:
    os.environ["CONFLICTWIRE_BENCH_TIMINGS"] = out_dir  # the workers (spawned) inherit it
    import flows.ingest as ingest
    import flows.stages as stages

    for attr, name in (
        ("ingest", "flow: ingest (CLI call)"),
        ("run_ingest", "flow body: run_ingest"),
        ("connect", "warehouse connect"),
        ("load_feeds_file", "feeds file"),
        ("feed_state_rows", "read feed states"),
        ("poll_feeds", "task: poll-feeds"),
        ("fetch_feeds", "poll: fetch_feeds (HTTP)"),
        ("parse_feeds", "poll: parse_feeds (feedparser)"),
        ("select_pages", "select_pages (seen URLs, queue)"),
        ("fetch_new_pages", "task: fetch-pages"),
        ("fetch_pages", "fetch: fetch_pages (HTTP)"),
        ("fetch_log_row", "fetch_log rows"),
        ("raw_page_row", "raw_pages rows (zlib)"),
        ("extract_and_code", "task: extract-and-code"),
        ("assemble_results", "assemble_results (dedup, stories, merge)"),
        ("load_warehouse", "task: load-warehouse"),
        ("load_run", "load: load_run (one transaction)"),
    ):
        _wrap(ingest, attr, name)
    for attr, name in (
        ("existing_article_ids", "  assemble: existing_article_ids"),
        ("plan_merge", "  assemble: plan_merge"),
        ("plan_dedup", "  assemble: plan_dedup"),
        ("seen_url_keys", "  select: seen_url_keys"),
        ("queued_pages", "  select: queued_pages"),
    ):
        _wrap(stages, attr, name)
    if hasattr(ingest, "process_chunk"):
        ingest.process_chunk = timed_process_chunk
    else:
        MISSING.append("flows.ingest.process_chunk")


def write(out_dir: str, extra: dict) -> None:
    with _lock:
        data = {"times": dict(TIMES), "spans": SPANS, "missing": MISSING, **extra}
    Path(out_dir, "flow.json").write_text(json.dumps(data), encoding="utf-8")


# --------------------------------------------------------------------------- in the workers

_worker = {"patched": False, "extract": 0.0, "code": 0.0, "extract_cpu": 0.0, "code_cpu": 0.0}


def _patch_worker() -> None:
    import extractors.process as process

    def timed(key: str, fn):
        def wrapper(*args, **kwargs):
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                _worker[key] += time.perf_counter() - start
                _worker[key + "_cpu"] += time.process_time() - start_cpu

        return wrapper

    process.extract_article = timed("extract", process.extract_article)
    process.code_events = timed("code", process.code_events)
    _worker["patched"] = True


def timed_process_chunk(items):
    """`extractors.process.process_chunk`, timing each page's extraction and coding."""
    started_cpu = time.process_time()
    if not _worker["patched"]:
        _patch_worker()
    from extractors.process import process_chunk

    before = {k: _worker[k] for k in ("extract", "code", "extract_cpu", "code_cpu")}
    start = time.time()
    result = process_chunk(items)
    end = time.time()
    record = {
        "pid": os.getpid(),
        "start": start,
        "end": end,
        "pages": len(items),
        "bytes": sum(len(page.content) for page, _entry in items),
        "articles": sum(1 for r in result if r.article is not None and r.article.page_kind == "article"),
        "mentions": sum(len(r.mentions) for r in result),
        "cpu": time.process_time() - started_cpu,
        "process_cpu_total": time.process_time(),
        **{k: _worker[k] - before[k] for k in before},
    }
    out = os.environ.get("CONFLICTWIRE_BENCH_TIMINGS")
    if out:
        with open(Path(out, f"worker-{os.getpid()}.jsonl"), "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
    return result
