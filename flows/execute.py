"""Where the fetch and extraction stages run: here (a local process pool), or on a Dask cluster.

Both stages are pure of the warehouse: they take URLs or pages and return records, so they can run
on other machines. The load never runs here: it stays in the flow, the warehouse's single writer.
- LOCAL (`task_runner=local`): one task that fetches (asyncio, per-host limits) and extracts on the
  process's shared spawn pool (`workers` processes) at the same time, pages going to the workers as
  they arrive (`flows/pipeline.py`); the pool is terminated at once on Ctrl-C.
- DASK (`task_runner=dask`): the subflow `fetch-and-extract` runs on prefect-dask's DaskTaskRunner,
  against `dask_address` or a local cluster of `dask_workers` processes. Links are partitioned by
  host, so each host is fetched by one task and its politeness limits hold across the cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE

from extractors.models import FeedEntry, RawPage
from extractors.process import ProcessedPage, process_chunk
from flows.fetch import fetch_pages
from flows.fetch_settings import FetchSettings, RobotsCache, RobotsRecord
from flows.pipeline import fetch_and_process, process_items
from flows.progress import progress
from flows.settings import Settings


@dataclass(frozen=True)
class FetchedPages:
    """A fetch task's result: the pages, and the robots.txt answers it had to fetch."""

    pages: list[RawPage]
    robots: list[RobotsRecord]


@task(name="fetch-pages", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_new_pages(
    urls: Sequence[str], fetch: FetchSettings, robots: Sequence[RobotsRecord]
) -> FetchedPages:
    cache = RobotsCache(robots, fetch.robots_max_age_s)
    bar = progress()
    bar.start("fetch pages", len(urls))
    pages = fetch_pages(urls, fetch, robots=cache, on_page=lambda _page: bar.advance("fetch pages"))
    return FetchedPages(pages, cache.fetched)


@task(name="fetch-and-extract", cache_policy=NO_CACHE)
def fetch_and_extract_pages(
    entries: Sequence[FeedEntry],
    fetch: FetchSettings,
    robots: Sequence[RobotsRecord],
    workers: int,
    chunk_size: int,
    compress_raw: bool,
    on_first_result: Callable[[], None] | None = None,
    keep: Callable[[list[ProcessedPage]], list[ProcessedPage]] | None = None,
) -> tuple[list[ProcessedPage], list[RobotsRecord]]:
    """Network and CPU stages overlapped (`flows/pipeline.py`): one result per entry, in order, and
    the robots.txt answers fetched; `on_first_result` is called once, when the first chunk is
    extracted; `keep` as in `fetch_and_process`. Callers pass the entries in `quote()`: Prefect
    then does not walk them."""
    cache = RobotsCache(robots, fetch.robots_max_age_s)
    bar = progress()
    bar.start("fetch and extract", len(entries))
    pending = [on_first_result] if on_first_result is not None else []

    def advance(done: list[ProcessedPage]) -> None:
        while pending:
            pending.pop()()
        bar.advance("fetch and extract", len(done))

    processed = fetch_and_process(
        entries, fetch, cache, workers, chunk_size, compress_raw=compress_raw, on_chunk=advance, keep=keep
    )
    return processed, cache.fetched


@task(name="extract-and-code", cache_policy=NO_CACHE)
def extract_and_code(
    items: Sequence[tuple[RawPage, FeedEntry | None]], workers: int, chunk_size: int
) -> list[ProcessedPage]:
    """CPU stage over pages already fetched: extraction and event coding, on the shared worker
    pool when the batch is larger than a chunk."""
    bar = progress()
    bar.start("extract", len(items))
    return process_items(items, workers, chunk_size, on_chunk=lambda done: bar.advance("extract", len(done)))


@task(name="extract-chunk", cache_policy=NO_CACHE)
def extract_chunk(items: Sequence[tuple[RawPage, FeedEntry | None]]) -> list[ProcessedPage]:
    return process_chunk(items)


def host_partitions(urls: Sequence[str], parts: int) -> list[list[str]]:
    """Split `urls` into at most `parts` lists, all links of one host in the same list (greedy,
    biggest host first into the smallest list), so per-host politeness holds across workers."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault((urlsplit(url).hostname or "").lower(), []).append(url)
    bins: list[list[str]] = [[] for _ in range(max(1, min(parts, len(by_host))))]
    for _host, links in sorted(by_host.items(), key=lambda item: -len(item[1])):
        min(bins, key=len).extend(links)
    return [b for b in bins if b]


@flow(name="fetch-and-extract")
def fetch_and_extract_distributed(
    entries: Sequence[FeedEntry],
    fetch: FetchSettings,
    robots: Sequence[RobotsRecord],
    parts: int,
    chunk_size: int,
) -> tuple[list[RawPage], list[ProcessedPage], list[RobotsRecord]]:
    """Fetch (one task per host partition) and extract (one task per chunk) on the task runner."""
    urls = [entry.link for entry in entries]
    fetched = fetch_new_pages.map(
        host_partitions(urls, parts), unmapped(fetch), unmapped(list(robots))
    ).result()
    by_url: dict[str, RawPage] = {}
    new_robots: list[RobotsRecord] = []
    for part in fetched:
        new_robots.extend(part.robots)
        for page in part.pages:
            by_url[page.url] = page
    pages = [by_url[url] for url in urls]
    items = list(zip(pages, entries, strict=True))
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    processed = [p for chunk in extract_chunk.map(chunks).result() for p in chunk]
    return pages, processed, new_robots


def dask_task_runner(settings: Settings):  # noqa: ANN201 - prefect_dask is imported lazily
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1, "processes": True}
    )


def on_dask(
    settings: Settings, entries: Sequence[FeedEntry], fetch: FetchSettings, robots: Sequence[RobotsRecord]
) -> tuple[list[RawPage], list[ProcessedPage], list[RobotsRecord]]:
    subflow = fetch_and_extract_distributed.with_options(task_runner=dask_task_runner(settings))
    parts = max(settings.dask_workers, 1) * 2
    return subflow(list(entries), fetch, list(robots), parts, settings.page_chunk_size)
