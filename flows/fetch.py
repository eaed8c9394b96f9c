"""The only module that does HTTP (with its parts: `fetcher.py`, the client that fetches; `fetch_guard.py`,
the SSRF GUARD and the refusals; `fetch_bodies.py`, bounded bodies; `fetch_settings.py`, `FetchSettings`
and `RobotsCache`): feeds and pages, fetched politely, safely and concurrently.

Everything arrives as a `RawPage`; nothing here raises for a bad URL or a misbehaving server (the
reason is in `RawPage.error`). The rules, by name:

- CONDITIONAL GET: `fetch_feeds` sends `If-None-Match` / `If-Modified-Since` from the feed's state; a
  304 is `FeedFetch.not_modified` with an empty body (nothing to parse).
- SSRF GUARD (`address_block_reason`): only http/https; every host is resolved once per run and ALL its
  addresses checked, and the connection is then made to exactly those checked addresses (the httpcore
  network backend of `fetch_guard.py`), so redirects and DNS rebinding cannot reach a forbidden address.
  Link-local (169.254/16, fe80::/10: the cloud metadata services), known metadata addresses, multicast,
  unspecified and reserved ranges are refused ALWAYS. Loopback, private (RFC 1918, fc00::/7) and other
  non-global ranges are refused unless `allow_private_hosts` is True (tests and local mirrors set it).
- POLITENESS: robots.txt per origin (protego; 4xx = allow all, 5xx/unreachable = disallow all as RFC 9309
  says; Crawl-delay raises the host delay up to `max_crawl_delay_s`), kept across runs in a `RobotsCache`
  for up to 24 h (RFC 9309 2.4; answers that disallow for unreachability are not kept), at most `per_host_concurrency`
  requests per host name at once with `per_host_delay_s` between their starts, `total_concurrency`
  overall; a clear User-Agent; gzip/deflate/br accepted. A request waiting for its host holds no global
  slot, so one slow host never stalls the others.
- LIMITS: connect/read timeouts; `page_time_budget_s` over all the time a page spends on the wire
  (redirects and retries included, queueing excluded); `max_body_bytes` on the raw AND decoded body,
  streamed and decoded here with bounded decompressors (a gzip/brotli bomb stops at the limit; an
  oversized body is an error, its prefix is not kept); `max_redirects` and loop detection; content-type
  checks before the body is read.
- RETRIES: connection errors, timeouts, 429 and 500/502/503/504 are retried `retries` times with
  exponential backoff (a `Retry-After` up to `max_retry_after_wait_s` is waited out; a longer one is
  returned so the poll schedule honours it). 404/410 and policy refusals are never retried.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractors.models import FeedSpec, RawPage
from extractors.polling import FeedState
from flows.fetch_settings import FetchSettings, RobotsCache
from flows.fetcher import _Fetcher, _run_sync, _with_fetcher


@dataclass(frozen=True)
class FeedFetch:
    """One feed poll: `page.status` 304 means not modified and `page.content` is b''."""

    feed: FeedSpec
    page: RawPage
    not_modified: bool


def fetch_feeds(
    feeds: Sequence[FeedSpec],
    states: Mapping[str, FeedState],
    settings: FetchSettings,
    robots: RobotsCache | None = None,
) -> list[FeedFetch]:
    """Poll feeds concurrently with conditional GET; one `FeedFetch` per feed, in input order."""

    async def run(fetcher: _Fetcher) -> list[FeedFetch]:
        async def one(feed: FeedSpec) -> FeedFetch:
            page = await fetcher.fetch(feed.url, "feed", conditional_headers(states.get(feed.url)))
            return FeedFetch(feed=feed, page=page, not_modified=page.status == 304 and page.error is None)

        return list(await asyncio.gather(*(one(feed) for feed in feeds)))

    return _run_sync(_with_fetcher(settings, run, robots))


class FetchWindow:
    """BOUNDED FETCH: at most `size` pages fetched and not yet released by their consumer, so a
    fetch that runs ahead of the extraction waits instead of piling pages up in memory. The
    consumer calls `release` (from any thread) once it is done with a page."""

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self.closed = False

    def close(self) -> None:
        """The consumer stopped: pages not yet fetched are not fetched (the fetch ends soon)."""
        self.closed = True
        self.release()

    def _bind(self) -> asyncio.Semaphore:
        if self._slots is None:
            self._loop = asyncio.get_running_loop()
            self._slots = asyncio.Semaphore(self.size)
        return self._slots

    def release(self, pages: int = 1) -> None:
        loop, slots = self._loop, self._slots
        if loop is None or slots is None or pages <= 0:
            return

        def free() -> None:
            for _ in range(pages):
                slots.release()

        with contextlib.suppress(RuntimeError):  # the fetch already ended and its loop closed
            loop.call_soon_threadsafe(free)


def fetch_pages(
    urls: Sequence[str],
    settings: FetchSettings,
    robots: RobotsCache | None = None,
    on_page: Callable[[RawPage], None] | None = None,
) -> list[RawPage]:
    """Fetch pages concurrently (each distinct URL once); one `RawPage` per input URL, in input order.
    `on_page` is told of each page as it arrives (progress display)."""

    async def run(fetcher: _Fetcher) -> list[RawPage]:
        unique = list(dict.fromkeys(urls))

        async def one(url: str) -> RawPage:
            page = await fetcher.fetch(url, "page")
            if on_page is not None:
                on_page(page)
            return page

        pages = await asyncio.gather(*(one(url) for url in unique))
        by_url = dict(zip(unique, pages, strict=True))
        return [by_url[url] for url in urls]

    return _run_sync(_with_fetcher(settings, run, robots))


def stream_pages(
    urls: Sequence[str],
    settings: FetchSettings,
    deliver: Callable[[RawPage], None],
    window: FetchWindow,
    robots: RobotsCache | None = None,
) -> None:
    """Fetch pages as `fetch_pages` does (each distinct URL once), but hand each page to `deliver`
    as it arrives (in the fetch's own thread) and keep none: a page is fetched only while fewer
    than `window.size` delivered pages await their release. Links are taken host by host in turn
    (`interleave_hosts`)."""

    async def run(fetcher: _Fetcher) -> None:
        slots = window._bind()

        async def one(url: str) -> None:
            await slots.acquire()
            if window.closed:
                slots.release()  # wakes the next waiter, which ends the same way
                return
            deliver(await fetcher.fetch(url, "page"))

        await asyncio.gather(*(one(url) for url in interleave_hosts(dict.fromkeys(urls))))

    _run_sync(_with_fetcher(settings, run, robots))


def interleave_hosts(urls: Iterable[str]) -> list[str]:
    """`urls` taking each host in turn (each host's links in their order): the window's slots go to
    links in this order, so they are spread over the hosts, not spent waiting on one host's delay."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault((urlsplit(url).hostname or "").lower(), []).append(url)
    queues = list(by_host.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


def conditional_headers(state: FeedState | None) -> dict[str, str]:
    """CONDITIONAL GET headers from the validators the feed sent last time."""
    headers: dict[str, str] = {}
    if state is not None and state.etag:
        headers["If-None-Match"] = state.etag
    if state is not None and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers
