"""Timing wrappers for `bench/pipeline.py`: installed around the real flow's functions in the
process that runs `conflictwire run`, without changing the flow's code.

`install(out_dir)` replaces the functions of the flow's stages (`HOOKS`: flows.ingest, flows.execute,
flows.pipeline, flows.stages, flows.story_events, flows.runs, warehouse.load) by wrappers that
record each call's wall and CPU time (thread CPU for the function itself) and span, starts a thread sampling the flow
process's RSS and CPU (so the report gives each stage's peak memory), and swaps the function
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
# calls of these labels keep their (start, end), and their peak RSS: a function called per page
# (fetch_log rows, raw_pages rows) is only summed
PER_ITEM = frozenset(
    {"fetch_log rows", "  raw_pages rows (zlib done in workers)", "  spool: raw pages to Parquet"}
)


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
                if name not in PER_ITEM:
                    SPANS.append((name, start, end))

    return wrapper


# (module, attribute, label): the flow's stages as this checkout lays them out, in the order a run
# passes them (the report prints every label that was called, in this order). An attribute may be
# a method ("Class.method"). The fetch-pages and extract-and-code tasks run only on Dask and in
# backfills; a label found in no module is reported as missing (the flow changed: fix the table).
HOOKS = (
    ("flows.ingest", "ingest", "flow: ingest (CLI call)"),
    ("flows.ingest", "run_ingest", "flow body: run_ingest"),
    ("flows.runs", "connect", "warehouse connect (every read and write window)"),
    ("flows.ingest", "load_feeds_file", "feeds file"),
    ("flows.ingest", "feed_state_rows", "read feed states"),
    ("flows.ingest", "poll_feeds", "task: poll-feeds"),
    ("flows.ingest", "fetch_feeds", "poll: fetch_feeds (HTTP)"),
    ("flows.ingest", "parse_feeds", "poll: parse_feeds (feedparser)"),
    ("flows.ingest", "select_pages", "select_pages (seen URLs, queue)"),
    ("flows.stages", "seen_url_keys", "  select: seen_url_keys"),
    ("flows.stages", "queued_pages", "  select: queued_pages"),
    ("flows.ingest", "fetch_log_row", "fetch_log rows"),
    ("flows.ingest", "fetch_and_extract_pages", "task: fetch-and-extract"),
    ("flows.execute", "fetch_and_process", "  fetch-and-extract body: fetch_and_process"),
    ("flows.pipeline", "stream_pages", "  fetch: stream_pages (HTTP, overlapped; fetch thread)"),
    ("flows.ingest", "raw_pages_row", "  raw_pages rows (zlib done in workers)"),
    ("warehouse.load", "TableSpool.add", "  spool: raw pages to Parquet"),
    ("flows.execute", "fetch_new_pages", "task: fetch-pages (Dask)"),
    ("flows.execute", "fetch_pages", "  fetch: fetch_pages (HTTP, Dask)"),
    ("flows.execute", "extract_and_code", "task: extract-and-code (backfill)"),
    ("flows.ingest", "finish_and_load", "finish_and_load (assemble + load)"),
    ("flows.stages", "assemble_results", "assemble_results (dedup, stories, merge)"),
    ("flows.stages", "existing_article_ids", "  assemble: existing_article_ids"),
    ("flows.stages", "link_stories_and_events", "  assemble: link_stories_and_events"),
    ("flows.story_events", "plan_story_links", "    assemble: plan_story_links"),
    ("flows.story_events", "_dated_by_story", "    assemble: _dated_by_story (undated re-coded)"),
    ("flows.story_events", "plan_merge", "    assemble: plan_merge"),
    ("flows.story_events", "plan_dedup", "    assemble: plan_dedup"),
    ("flows.runs", "RunControl.load", "load: RunControl.load (write window)"),
    ("flows.runs", "load_run", "  load: load_run (one transaction)"),
    ("warehouse.raw_store", "RunRawPages.settle", "    load: raw-page files settled (fsync + rename)"),
    ("warehouse.raw_store", "RunRawPages.write_index", "    load: raw-page files indexed"),
    ("flows.story_events", "write_merge", "    load: write_merge"),
    ("flows.story_events", "write_dedup", "    load: write_dedup"),
)
STAGES = tuple(dict.fromkeys(label for _m, _a, label in HOOKS))  # report order


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


class _RssSampler(threading.Thread):
    """The flow process's RSS and CPU (all its threads) every `interval` s (`RSS`), so each
    stage's peak memory and the process's CPU while it runs can be told."""

    def __init__(self, interval: float = 0.25) -> None:
        super().__init__(daemon=True, name="bench-rss")
        self.interval = interval

    def run(self) -> None:
        while True:
            RSS.append((time.time(), _rss_mb(), time.process_time()))
            time.sleep(self.interval)


RSS: list[tuple[float, float, float]] = []  # (time.time(), MB, process CPU s) of the flow process


def install(out_dir: str) -> None:
    import importlib

    os.environ["CONFLICTWIRE_BENCH_TIMINGS"] = out_dir  # the workers (spawned) inherit it
    _RssSampler().start()
    found: set[str] = set()
    for module_name, attr, label in HOOKS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        owner, _, name = attr.rpartition(".")
        target = getattr(module, owner, None) if owner else module
        if target is not None and hasattr(target, name):
            setattr(target, name, _timed(label, getattr(target, name)))
            found.add(label)
    MISSING.extend(label for label in STAGES if label not in found)
    swapped = False
    for module_name in ("flows.ingest", "flows.execute", "flows.pipeline"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, "process_chunk"):
            module.process_chunk = timed_process_chunk
            swapped = True
    if not swapped:
        MISSING.append("process_chunk (the function the pool maps)")


def write(out_dir: str, extra: dict) -> None:
    with _lock:
        data = {
            "times": dict(TIMES),
            "spans": SPANS,
            "missing": MISSING,
            "stages": STAGES,
            "rss": RSS[:],
            **extra,
        }
    Path(out_dir, "flow.json").write_text(json.dumps(data), encoding="utf-8")


# --------------------------------------------------------------------------- in the workers

_worker = {"patched": False, "extract": 0.0, "code": 0.0, "evidence": 0.0, "gc": 0.0,
           "extract_cpu": 0.0, "code_cpu": 0.0, "evidence_cpu": 0.0, "gc_cpu": 0.0}  # fmt: skip
_gc_started = [0.0, 0.0]


def _on_gc(phase: str, info: dict) -> None:
    """The garbage collector's own time in a worker (wall and CPU)."""
    if phase == "start":
        _gc_started[:] = [time.perf_counter(), time.process_time()]
    else:
        _worker["gc"] += time.perf_counter() - _gc_started[0]
        _worker["gc_cpu"] += time.process_time() - _gc_started[1]


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
    process.article_evidence = timed("evidence", process.article_evidence)
    import gc

    gc.callbacks.append(_on_gc)
    _worker["patched"] = True


def timed_process_chunk(items, **options):
    """`extractors.process.process_chunk`, timing each page's extraction and coding."""
    started_cpu = time.process_time()
    if not _worker["patched"]:
        _patch_worker()
    from extractors.process import process_chunk

    keys = ("extract", "code", "evidence", "gc", "extract_cpu", "code_cpu", "evidence_cpu", "gc_cpu")
    before = {k: _worker[k] for k in keys}
    start = time.time()
    result = process_chunk(items, **options)
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
