"""The run's bounded pipeline: fetch, extraction and coding overlap; memory does not grow with N.

- BOUNDED PIPELINE (`fetch_and_process`): the fetch runs in its own thread and hands each page over
  as it arrives; pages are grouped into chunks (`chunk_size`, or fewer when the fetch pauses for
  `FLUSH_S`) that go to the worker pool at once. At most `CHUNKS_IN_FLIGHT_PER_WORKER` chunks a
  worker of fetched pages wait for their results (`flows.fetch.FetchWindow`), so a fetch faster
  than the CPU stage waits instead of holding every page in memory. The workers drop each raw body, compressing it first when the run keeps raw
  pages (`compress_raw`), and send back the article, its mentions and the compressed copy, never
  the raw bytes. A result keeps the feed entry the run sent, not the equal copy the worker sent back
  (ENTRY_NOT_TWICE: ~0.9 KB a page held until the load).
- SHARED POOL (`worker_pool`): one spawn pool per process, started at its first use and reused by
  every later run of the process (`conflictwire serve`, backfills, tests), so a run pays the
  workers' start (imports, first use of the lexicons) once. Spawn, not fork: the flow process runs
  threads (Prefect), and forking those is unsafe. The workers ignore SIGINT (the terminal sends it
  to the whole group); on Ctrl-C, SIGTERM or any error the pool is terminated at once, so a stop
  never waits for a chunk, and the next run starts a new one. `conflictwire run` starts it while its
  Prefect server starts (POOL_WHILE_SERVER_STARTS, `start_pool_early`).
Orchestration only: the work itself is `extractors.process.process_chunk` (pure).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.pool import TERMINATE, Pool

from extractors.models import FeedEntry, RawPage
from extractors.process import ProcessedPage, process_chunk
from flows.fetch import FetchWindow, stream_pages
from flows.fetch_settings import FetchSettings, RobotsCache

FLUSH_S = 0.25  # a partial chunk goes to the workers when no page arrived for this long
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # enough to keep a worker busy while the next chunk fills

_pool: list[tuple[int, Pool]] = []  # (processes, pool): at most one
_pool_lock = threading.Lock()
_END = object()


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import extractors.process  # noqa: F401 - the imports happen at the start, not on the first chunk


def worker_pool(processes: int) -> Pool:
    """The process's pool of `processes` spawn workers: started on first use, then reused."""
    with _pool_lock:
        if _pool and _pool[0][0] == processes:
            return _pool[0][1]
        if _pool:
            _pool.pop()[1].close()  # another size: the old workers end once idle
        pool = multiprocessing.get_context("spawn").Pool(processes, initializer=_init_worker)
        _pool.append((processes, pool))
        return pool


def start_pool_early(workers: int, task_runner: str = "local") -> bool:
    """POOL_WHILE_SERVER_STARTS: start the shared pool now, when the run will use it (a local task
    runner with 2+ workers), so the workers' spawn and imports (3-4 s before the first chunk at 1k
    pages) overlap the local Prefect server's start instead of following it. Returns whether it
    started one. A run that then has nothing to fetch leaves the idle pool to the process's exit."""
    if task_runner != "local" or workers <= 1:
        return False
    worker_pool(workers)
    return True


def discard_pool() -> None:
    """End the shared pool now (after an error or a stop); the next use starts a new one.

    The workers are killed and the pool abandoned, not `terminate()`d: terminate joins the pool's
    feeder thread, which may be blocked writing a chunk larger than the pipe's buffer to workers
    that are gone, and would then wait forever (so would the pool's exit hook: it is cancelled)."""
    with _pool_lock:
        if not _pool:
            return
        _, pool = _pool.pop()
    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:  # no replacements for the workers killed below
        handler._state = TERMINATE
        handler.join(timeout=2)
    workers = list(getattr(pool, "_pool", []))
    for process in workers:
        with contextlib.suppress(Exception):
            process.kill()
    for process in workers:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    finalizer = getattr(pool, "_terminate", None)
    if finalizer is not None:
        finalizer.cancel()


def run_chunks(
    chunks: Iterator[list[tuple[RawPage, FeedEntry | None]]],
    workers: int,
    *,
    strip_raw: bool,
    compress_raw: bool,
    in_process: bool,
    on_chunk: Callable[[list[ProcessedPage]], None],
    end_chunks: Callable[[], None] = lambda: None,
) -> None:
    """Process `chunks` in order (here when `in_process`, else on the shared pool) and hand each
    chunk's results to `on_chunk` as it is done. On an error or a stop, `end_chunks` must make
    `chunks` end soon (the pool's feeder thread reads it, and the pool's end waits for that thread)."""
    work = functools.partial(process_chunk, strip_raw=strip_raw, compress_raw=compress_raw)
    if in_process or workers <= 1:
        for chunk in chunks:
            on_chunk(work(chunk))
        return
    try:
        for results in worker_pool(workers).imap(work, chunks):
            on_chunk(results)
    except BaseException:
        end_chunks()
        discard_pool()
        raise


def process_items(
    items: Sequence[tuple[RawPage, FeedEntry | None]],
    workers: int,
    chunk_size: int,
    *,
    on_chunk: Callable[[list[ProcessedPage]], None] | None = None,
) -> list[ProcessedPage]:
    """Pages already in memory (backfill, reprocess): chunks on the shared pool, results in order
    (with their pages' bytes: these callers store or compare them)."""
    chunks = [list(items[i : i + chunk_size]) for i in range(0, len(items), chunk_size)]
    results: list[ProcessedPage] = []

    def collect(done: list[ProcessedPage]) -> None:
        results.extend(done)
        if on_chunk is not None:
            on_chunk(done)

    run_chunks(
        iter(chunks),
        workers,
        strip_raw=False,
        compress_raw=False,
        in_process=len(chunks) <= 1,
        on_chunk=collect,
    )
    return results


def fetch_and_process(
    entries: Sequence[FeedEntry],
    fetch: FetchSettings,
    robots: RobotsCache,
    workers: int,
    chunk_size: int,
    *,
    compress_raw: bool,
    on_chunk: Callable[[list[ProcessedPage]], None] | None = None,
    keep: Callable[[list[ProcessedPage]], list[ProcessedPage]] | None = None,
) -> list[ProcessedPage]:
    """Fetch every entry's link and extract and code each page as it arrives; one result per
    entry, in entry order (entries sharing a link share its result). `keep` sees each chunk's
    results as they come back and returns what to hold until the end (the run spools the
    compressed pages to disk there and keeps the results without them)."""
    entry_of: dict[str, FeedEntry] = {}
    for entry in entries:
        entry_of.setdefault(entry.link, entry)
    size = max(1, chunk_size)
    window = FetchWindow(size * max(1, workers) * CHUNKS_IN_FLIGHT_PER_WORKER)
    arrived: queue.Queue[object] = queue.Queue()
    failure: list[BaseException] = []

    def fetch_all() -> None:
        try:
            stream_pages(list(entry_of), fetch, arrived.put, window, robots)
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)
        finally:
            arrived.put(_END)

    def chunks() -> Iterator[list[tuple[RawPage, FeedEntry | None]]]:
        ended = False
        while not ended:
            chunk: list[tuple[RawPage, FeedEntry | None]] = []
            item = arrived.get()
            while True:
                if item is _END:
                    ended = True
                    break
                assert isinstance(item, RawPage)
                chunk.append((item, entry_of[item.url]))
                if len(chunk) >= size:
                    break
                try:
                    item = arrived.get(timeout=FLUSH_S)
                except queue.Empty:
                    break
            if chunk:
                yield chunk

    by_link: dict[str, ProcessedPage] = {}

    def collect(done: list[ProcessedPage]) -> None:
        released = len(done)
        if keep is not None:
            done = keep(done)
        for result in done:
            sent = entry_of.get(result.page.url)
            if result.entry is not None and result.entry is not sent and result.entry == sent:
                result = dataclasses.replace(result, entry=sent)  # ENTRY_NOT_TWICE: the worker's copy goes
            by_link[result.page.url] = result
        window.release(released)
        if on_chunk is not None:
            on_chunk(done)

    fetcher = threading.Thread(target=fetch_all, name="conflictwire-fetch", daemon=True)

    def stop_reading() -> None:
        window.close()  # the fetch ends soon instead of waiting for releases that never come
        arrived.put(_END)

    fetcher.start()
    try:
        run_chunks(
            chunks(),
            workers,
            strip_raw=True,
            compress_raw=compress_raw,
            in_process=len(entry_of) <= size,
            on_chunk=collect,
            end_chunks=stop_reading,
        )
    except BaseException:
        stop_reading()
        raise
    fetcher.join()
    if failure:
        raise failure[0]
    return [by_link[entry.link] for entry in entries]
