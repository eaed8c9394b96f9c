"""The fetcher behind `flows/fetch.py`'s API (its docstring states the rules): one HTTP client per run
(`_with_fetcher`, `_run_sync`), per-host gates (`_HostGate`: POLITENESS), the page's time budget
(`_Budget`: LIMITS), redirects hop by hop (`_Hop`), robots.txt, retries with backoff (RETRIES) and
the error text of a failed fetch (`_describe`) in `_Fetcher`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from extractors.models import RawPage
from extractors.polling import retry_after_s
from flows.fetch_bodies import _BoundedDecoder, content_type_refusal
from flows.fetch_guard import BodyTooLarge, BudgetExceeded, FetchRefused, _PerHostTransport, _Resolver
from flows.fetch_settings import (
    FEED_ACCEPT,
    PAGE_ACCEPT,
    REDIRECT_STATUSES,
    RETRYABLE_STATUSES,
    FetchSettings,
    RobotsCache,
    RobotsRecord,
)

log = logging.getLogger("flows.fetch")  # the name its records had in fetch.py

T = TypeVar("T")


@dataclass
class _HostGate:
    """POLITENESS for one host name: a concurrency slot and a minimum gap between request starts."""

    slots: asyncio.Semaphore
    delay_s: float
    next_start: float = 0.0


@dataclass
class _Budget:
    """LIMITS: wall time spent on the wire by one page, across redirects and retries."""

    total_s: float
    used_s: float = 0.0

    def remaining(self) -> float:
        return self.total_s - self.used_s


@dataclass
class _Hop:
    status: int
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    location: str | None = None


class _Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        resolver: _Resolver,
        settings: FetchSettings,
        robots_cache: RobotsCache | None = None,
    ) -> None:
        self.client = client
        self.resolver = resolver
        self.settings = settings
        self.robots_cache = robots_cache
        self._global = asyncio.Semaphore(settings.total_concurrency)
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, asyncio.Future[Protego | str | None]] = {}

    async def fetch(self, url: str, kind: str, extra_headers: Mapping[str, str] | None = None) -> RawPage:
        started = time.monotonic()
        fetched_at = datetime.now(UTC)
        budget = _Budget(self.settings.page_time_budget_s)
        headers = {"Accept": FEED_ACCEPT if kind == "feed" else PAGE_ACCEPT, **(extra_headers or {})}
        try:
            hop = await self._with_retries(url, kind, headers, budget)
        except Exception as exc:  # a bad page must never break the run
            error = _describe(exc, self.settings)
            log.info("fetch %s %s failed: %s", kind, url, error)
            return RawPage(url, url, 0, b"", {}, fetched_at, _ms_since(started), error)
        error = None if 200 <= hop.status < 300 or hop.status == 304 else f"HTTP {hop.status}"
        if error:
            log.info("fetch %s %s: %s", kind, url, error)
        content = hop.content if error is None else b""
        return RawPage(url, hop.url, hop.status, content, hop.headers, fetched_at, _ms_since(started), error)

    async def _with_retries(self, url: str, kind: str, headers: Mapping[str, str], budget: _Budget) -> _Hop:
        settings = self.settings
        attempt = 0
        while True:
            try:
                hop = await self._follow_redirects(url, kind, headers, budget)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                wait = settings.retry_backoff_s * 2**attempt * (1 + random.random() / 2)
                if attempt >= settings.retries or wait >= budget.remaining():
                    raise
                log.info("retrying %s after %s", url, type(exc).__name__)
            else:
                if hop.status not in RETRYABLE_STATUSES or attempt >= settings.retries:
                    return hop
                asked = retry_after_s(hop.headers.get("retry-after"), datetime.now(UTC))
                if asked is not None and asked > settings.max_retry_after_wait_s:
                    return hop  # the poll schedule honours it (extractors/polling.py)
                wait = asked if asked is not None else settings.retry_backoff_s * 2**attempt
                if wait >= budget.remaining():
                    return hop
                log.info("retrying %s after HTTP %s", url, hop.status)
            attempt += 1
            await asyncio.sleep(wait)

    async def _follow_redirects(
        self, url: str, kind: str, headers: Mapping[str, str], budget: _Budget
    ) -> _Hop:
        visited: list[str] = []
        current = url
        while True:
            await self._check_destination(current, kind)
            visited.append(current)
            hop = await self._one_request(current, kind, headers, budget)
            if hop.status not in REDIRECT_STATUSES or not hop.location:
                return hop
            target = urljoin(current, hop.location)
            if target in visited:
                raise FetchRefused(f"redirect loop: {target} after {len(visited)} hops")
            if len(visited) > self.settings.max_redirects:
                raise FetchRefused(f"too many redirects (more than {self.settings.max_redirects})")
            current = target

    async def _check_destination(self, url: str, kind: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchRefused(f"refused: only http/https URLs are fetched, not {parts.scheme or 'none'!r}")
        if not parts.hostname:
            raise FetchRefused("refused: URL without a host")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        await self.resolver.checked_addresses(parts.hostname, port)
        if kind != "robots" and self.settings.respect_robots:
            robots = await self._robots_for(url)
            if isinstance(robots, str):
                raise FetchRefused(robots)
            if robots is not None and not robots.can_fetch(url, self.settings.robots_token):
                raise FetchRefused(f"disallowed by robots.txt for {self.settings.robots_token}")

    async def _robots_for(self, url: str) -> Protego | str | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = asyncio.ensure_future(self._load_robots(origin, parts.hostname or ""))
        return await asyncio.shield(self._robots[origin])

    async def _load_robots(self, origin: str, host: str) -> Protego | str | None:
        """Protego rules; None = allow all (4xx); a string = why everything is disallowed (RFC 9309)."""
        settings = self.settings
        cached = self.robots_cache.fresh(origin, datetime.now(UTC)) if self.robots_cache else None
        if cached is not None:
            return self._robots_rules(host, cached.status, cached.body)
        robots_url = f"{origin}/robots.txt"
        budget = _Budget(
            min(settings.page_time_budget_s, settings.connect_timeout_s + settings.read_timeout_s)
        )
        try:
            hop = await self._with_retries(robots_url, "robots", {"Accept": "text/plain"}, budget)
        except FetchRefused:
            return None  # redirect loop, oversized, refused target: "unavailable" in RFC 9309 terms
        except Exception as exc:
            return f"host unreachable: robots.txt fetch failed ({_describe(exc, settings)})"
        body = hop.content.decode("utf-8", errors="replace") if 200 <= hop.status < 300 else ""
        keep = 200 <= hop.status < 300 or (400 <= hop.status < 500 and hop.status != 429)
        if keep and self.robots_cache is not None:
            self.robots_cache.add(RobotsRecord(origin, hop.status, body, datetime.now(UTC)))
        return self._robots_rules(host, hop.status, body)

    def _robots_rules(self, host: str, status: int, body: str) -> Protego | str | None:
        settings = self.settings
        if 200 <= status < 300:
            rules = Protego.parse(body)
            crawl_delay = rules.crawl_delay(settings.robots_token)
            if crawl_delay:
                gate = self._gate(host)
                gate.delay_s = max(gate.delay_s, min(float(crawl_delay), settings.max_crawl_delay_s))
            return rules
        if 400 <= status < 500 and status != 429:
            return None
        return f"robots.txt answered HTTP {status}: host treated as disallowed"

    def _gate(self, host: str) -> _HostGate:
        host = host.lower()
        if host not in self._gates:
            self._gates[host] = _HostGate(
                asyncio.Semaphore(self.settings.per_host_concurrency), self.settings.per_host_delay_s
            )
        return self._gates[host]

    async def _one_request(self, url: str, kind: str, headers: Mapping[str, str], budget: _Budget) -> _Hop:
        gate = self._gate(urlsplit(url).hostname or "")
        async with gate.slots:
            now = time.monotonic()
            start_at = max(now, gate.next_start)
            gate.next_start = start_at + gate.delay_s
            if start_at > now:
                await asyncio.sleep(start_at - now)
            async with self._global:
                if budget.remaining() <= 0:
                    raise BudgetExceeded
                began = time.monotonic()
                try:
                    async with asyncio.timeout(budget.remaining()):
                        return await self._exchange(url, kind, headers)
                except TimeoutError as exc:
                    raise BudgetExceeded from exc
                finally:
                    budget.used_s += time.monotonic() - began

    async def _exchange(self, url: str, kind: str, headers: Mapping[str, str]) -> _Hop:
        limit = self.settings.robots_max_bytes if kind == "robots" else self.settings.max_body_bytes
        request = self.client.build_request("GET", url, headers=dict(headers))
        response = await self.client.send(request, stream=True)
        try:
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            hop = _Hop(response.status_code, url, response_headers, location=response.headers.get("location"))
            if not 200 <= response.status_code < 300:
                return hop
            refusal = content_type_refusal(response_headers.get("content-type", ""), kind)
            if refusal:
                raise FetchRefused(refusal)
            declared = response_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise BodyTooLarge(f"Content-Length {declared} exceeds max_body_bytes={limit}")
            decoder = _BoundedDecoder(response_headers.get("content-encoding", ""), limit)
            body = bytearray()
            raw_bytes = 0
            async for chunk in response.aiter_raw():
                raw_bytes += len(chunk)
                if raw_bytes > limit:
                    raise BodyTooLarge(f"body larger than max_body_bytes={limit}")
                body += decoder.feed(chunk)
            hop.content = bytes(body)
            # The body is stored decoded: the header no longer describes it.
            hop.headers.pop("content-encoding", None)
            return hop
        finally:
            await response.aclose()


def _describe(exc: BaseException, settings: FetchSettings) -> str:
    if isinstance(exc, BudgetExceeded):
        return f"time budget of {settings.page_time_budget_s:g}s per page exceeded"
    if isinstance(exc, FetchRefused):
        return str(exc)
    if isinstance(exc, httpx.ConnectTimeout):
        return f"connect timeout ({settings.connect_timeout_s:g}s)"
    if isinstance(exc, httpx.ReadTimeout):
        return f"read timeout ({settings.read_timeout_s:g}s)"
    if isinstance(exc, httpx.HTTPError):
        return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return f"unexpected {type(exc).__name__}: {exc}"


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


async def _with_fetcher(
    settings: FetchSettings, run: Callable[[_Fetcher], Awaitable[T]], robots: RobotsCache | None = None
) -> T:
    resolver = _Resolver(settings.allow_private_hosts, timeout_s=settings.connect_timeout_s)
    timeout = httpx.Timeout(
        connect=settings.connect_timeout_s,
        read=settings.read_timeout_s,
        write=settings.read_timeout_s,
        pool=settings.page_time_budget_s,
    )
    async with httpx.AsyncClient(
        transport=_PerHostTransport(resolver, keepalive_per_host=settings.per_host_concurrency + 1),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate, br"},
    ) as client:
        return await run(_Fetcher(client, resolver, settings, robots))


def _run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run, also when the caller already runs an event loop (then in a helper thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    result: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(coro))
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)

    # daemon: an interrupted run (Ctrl-C in the caller's thread) must not wait for the fetch to end
    thread = threading.Thread(target=target, name="conflictwire-fetch", daemon=True)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return result[0]
