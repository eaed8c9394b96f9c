"""The run's bounded pipeline (`flows/pipeline.py`) against a real HTTP server on loopback.

Pages go to the workers as they arrive and never more than the fetch window wait for their
results; results come back in entry order, without the raw bytes, with the body compressed as
`raw_pages` stores it; the worker pool of the process is started once and reused.
"""

from __future__ import annotations

import threading
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from extractors.models import FeedEntry, RawPage
from extractors.process import process_chunk
from flows.fetch import FetchWindow, interleave_hosts, stream_pages
from flows.fetch_settings import FetchSettings, RobotsCache
from flows.pipeline import fetch_and_process, worker_pool
from tests.fetch_server import LoopbackServer, static

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html"))[:7]
LOCAL = FetchSettings(
    per_host_delay_s=0,
    allow_private_hosts=True,
    respect_robots=False,
    connect_timeout_s=2,
    read_timeout_s=5,
    page_time_budget_s=5,
)


def _serve_pages(server: LoopbackServer) -> list[FeedEntry]:
    entries = []
    for page in PAGES:
        url = server.route(f"/news/{page.name}", static(page.read_bytes(), "text/html; charset=utf-8"))
        entries.append(FeedEntry(feed_url=server.url("/feed"), link=url, title=page.stem))
    return entries


def test_the_fetch_window_bounds_pages_waiting_for_their_consumer() -> None:
    window = FetchWindow(3)
    held: list[RawPage] = []
    lock = threading.Lock()
    most = [0]

    def deliver(page: RawPage) -> None:
        with lock:
            held.append(page)
            most[0] = max(most[0], len(held))

    def consume() -> None:  # a slow consumer: frees one page at a time
        done = 0
        while done < len(PAGES):
            time.sleep(0.05)
            with lock:
                if not held:
                    continue
                held.pop()
            window.release()
            done += 1

    with LoopbackServer() as server:
        entries = _serve_pages(server)
        consumer = threading.Thread(target=consume)
        consumer.start()
        stream_pages([e.link for e in entries], LOCAL, deliver, window)
        consumer.join(timeout=10)
    assert most[0] == 3  # the fetch filled the window, then waited for the consumer
    assert not held


def test_results_in_entry_order_without_raw_bytes_from_one_reused_pool() -> None:
    with LoopbackServer() as server:
        entries = _serve_pages(server)
        missing = FeedEntry(feed_url=server.url("/feed"), link=server.url("/news/gone.html"), title="gone")
        entries.insert(2, missing)
        first = fetch_and_process(entries, LOCAL, RobotsCache(), 2, 2, compress_raw=True)
        pool = worker_pool(2)
        again = fetch_and_process(entries, LOCAL, RobotsCache(), 2, 2, compress_raw=True)
        assert worker_pool(2) is pool  # the same processes served both runs
    assert [r.page.url for r in first] == [e.link for e in entries]
    assert first[2].article is None and first[2].error == "HTTP 404"
    for result, page in zip([r for r in first if r.page.ok], PAGES, strict=True):
        assert result.page.content == b""
        assert zlib.decompress(result.raw_zlib or b"") == page.read_bytes()
        assert result.raw_bytes == result.body_bytes == len(page.read_bytes())
    # the same records as extraction in this process, page by page
    direct = process_chunk([(replace(r.page, content=p.read_bytes()), r.entry) for r, p in
                            zip([r for r in first if r.page.ok], PAGES, strict=True)])  # fmt: skip
    assert [(r.article, r.mentions) for r in first if r.page.ok] == [(d.article, d.mentions) for d in direct]
    # the second run fetched the pages again: the same records but for the time of the fetch
    assert [(unfetched(r.article), r.mentions) for r in again] == [
        (unfetched(r.article), r.mentions) for r in first
    ]


def unfetched(article):
    return replace(article, fetched_at=None) if article is not None else None


class Stop(BaseException):
    """Stands for Ctrl-C or SIGTERM arriving while the workers are busy."""


def test_a_stop_while_the_workers_run_ends_at_once_and_the_next_run_starts_a_new_pool() -> None:
    def stop(_done: object) -> None:
        raise Stop

    with LoopbackServer() as server:
        entries = _serve_pages(server)
        before = worker_pool(2)
        started = time.monotonic()
        with pytest.raises(Stop):
            fetch_and_process(entries, LOCAL, RobotsCache(), 2, 1, compress_raw=True, on_chunk=stop)
        assert time.monotonic() - started < 20
        after = worker_pool(2)
        assert after is not before
        assert len(fetch_and_process(entries, LOCAL, RobotsCache(), 2, 1, compress_raw=True)) == len(entries)


def test_links_are_taken_host_by_host_in_turn() -> None:
    urls = ["http://a.test/1", "http://a.test/2", "http://a.test/3", "http://b.test/1", "http://C.test/1",
            "http://b.test/2"]  # fmt: skip
    assert interleave_hosts(urls) == ["http://a.test/1", "http://b.test/1", "http://C.test/1", "http://a.test/2",
                                      "http://b.test/2", "http://a.test/3"]  # fmt: skip
