"""flows/fetch.py against a real HTTP server on 127.0.0.1 that misbehaves on purpose (its address
guard and its politeness: tests/test_fetch_safety.py).

SSRF design under test: the test server is on loopback, so these tests set `allow_private_hosts=True`
(as a local mirror would); link-local / metadata addresses stay refused even then, and the loopback
refusal is tested with the default `allow_private_hosts=False`.
"""

from __future__ import annotations

import asyncio
import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path

import brotli
import pytest
from fetch_server import (
    LoopbackServer,
    Request,
    conditional,
    fail_then,
    huge_body,
    redirect,
    slow_endless_body,
    static,
)

from extractors.feeds import parse_feed
from extractors.models import FeedSpec
from extractors.polling import is_due, update_feed_state
from flows.fetch import fetch_feeds, fetch_pages
from tests.fetch_local import HTML, LOCAL

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


@pytest.fixture
def server():
    with LoopbackServer() as srv:
        yield srv


def _rss(titles: list[str], base: str = "http://news.example.org") -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{base}/{i}</link><pubDate>Mon, 13 May 2024 1{i}:00:00 GMT</pubDate></item>"
        for i, t in enumerate(titles)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


# ------------------------------------------------------------------------------------ conditional GET


def test_second_poll_sends_validators_and_gets_304_without_body(server):
    etag, modified = '"v1-abc"', "Mon, 13 May 2024 10:00:00 GMT"
    url = server.route("/feed.xml", conditional(_rss(["One", "Two"]), etag, modified))
    feed = FeedSpec(url=url, name="Test")
    now = datetime(2024, 5, 13, 12, tzinfo=UTC)

    first = fetch_feeds([feed], {}, LOCAL)[0]
    assert first.page.status == 200 and not first.not_modified
    parsed = parse_feed(first.page.content, feed, first.page.content_type)
    state = update_feed_state(None, first.page, parsed, now)
    assert (state.etag, state.last_modified) == (etag, modified)

    second = fetch_feeds([feed], {url: state}, LOCAL)[0]
    assert second.not_modified and second.page.status == 304 and second.page.content == b""
    sent = server.requests[-1].headers
    assert sent["if-none-match"] == etag and sent["if-modified-since"] == modified
    after = update_feed_state(state, second.page, None, now + timedelta(hours=1))
    assert (after.etag, after.last_modified, after.consecutive_failures) == (etag, modified, 0)
    assert after.entries_seen == state.entries_seen


def test_second_run_over_unchanged_feeds_is_only_conditional_and_finds_nothing_new(server):
    feeds = [
        FeedSpec(url=server.route(f"/f{i}.xml", conditional(_rss([f"A{i}", f"B{i}"]), f'"e{i}"', "")))
        for i in range(3)
    ]
    now = datetime(2024, 5, 13, 12, tzinfo=UTC)

    def run(states):
        new_links, parsed_count = set(), 0
        for fetched in fetch_feeds(feeds, states, LOCAL):
            parsed = None
            if not fetched.not_modified:
                parsed = parse_feed(fetched.page.content, fetched.feed, fetched.page.content_type)
                parsed_count += 1
                new_links |= {e.link for e in parsed.entries}
            states[fetched.feed.url] = update_feed_state(
                states.get(fetched.feed.url), fetched.page, parsed, now
            )
        return new_links, parsed_count

    states: dict = {}
    links, parsed_count = run(states)
    assert parsed_count == 3 and len(links) == 2  # the three feeds link to the same two URLs
    server.requests.clear()
    links, parsed_count = run(states)
    assert (links, parsed_count) == (set(), 0)
    feed_requests = [r for r in server.requests if r.path != "/robots.txt"]
    assert len(feed_requests) == 3 and all("if-none-match" in r.headers for r in feed_requests)


# ------------------------------------------------------------------------------------ retries


def test_500_then_200_is_retried_and_succeeds(server):
    url = server.route("/flaky", fail_then(1, 500, static(HTML, "text/html")))
    page = fetch_pages([url], LOCAL)[0]
    assert page.ok and page.content == HTML
    assert server.paths_requested().count("/flaky") == 2


def test_transient_failures_stop_after_the_retry_budget(server):
    url = server.route("/down", fail_then(100, 503, static(HTML, "text/html")))
    page = fetch_pages([url], LOCAL.model_copy(update=dict(retries=2)))[0]
    assert page.status == 503 and page.error == "HTTP 503" and page.content == b""
    assert server.paths_requested().count("/down") == 3


def test_connection_dropped_without_response_is_retried(server):
    calls = {"n": 0}

    def drop_first(request: Request) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            request.raw.close_connection = True  # hang up without a status line
            return
        request.send(200, HTML, {"Content-Type": "text/html"})

    url = server.route("/reset", drop_first)
    page = fetch_pages([url], LOCAL)[0]
    assert page.ok and calls["n"] == 2


def test_404_is_recorded_once_as_permanent(server):
    url = server.url("/missing.xml")
    feed = FeedSpec(url=url)
    now = datetime(2024, 5, 13, 12, tzinfo=UTC)
    fetched = fetch_feeds([feed], {}, LOCAL)[0]
    assert fetched.page.status == 404 and fetched.page.error == "HTTP 404"
    assert server.paths_requested().count("/missing.xml") == 1  # not retried within the run
    state = update_feed_state(None, fetched.page, None, now)
    assert state.gone and not is_due(state, now + timedelta(days=1))


def test_retry_after_too_long_to_wait_is_returned_and_recorded_in_state(server):
    url = server.route(
        "/busy.xml", fail_then(100, 503, static(b"", "text/xml"), headers={"Retry-After": "3600"})
    )
    now = datetime(2024, 5, 13, 12, tzinfo=UTC)
    fetched = fetch_feeds([FeedSpec(url=url)], {}, LOCAL)[0]
    assert fetched.page.status == 503 and fetched.page.headers["retry-after"] == "3600"
    assert server.paths_requested().count("/busy.xml") == 1
    state = update_feed_state(None, fetched.page, None, now)
    assert state.next_poll_at >= now + timedelta(seconds=3600)
    assert not is_due(state, now + timedelta(seconds=3599))


def test_short_retry_after_is_waited_out_and_retried(server):
    url = server.route("/429", fail_then(1, 429, static(HTML, "text/html"), headers={"Retry-After": "0"}))
    page = fetch_pages([url], LOCAL)[0]
    assert page.ok and server.paths_requested().count("/429") == 2


# ------------------------------------------------------------------------------------ limits


def test_endless_slow_body_is_cut_by_the_page_time_budget(server):
    url = server.route("/slow", slow_endless_body(0.05))
    page = fetch_pages([url], LOCAL.model_copy(update=dict(page_time_budget_s=0.6, read_timeout_s=5)))[0]
    assert page.status == 0 and page.content == b""
    assert "time budget" in page.error


@pytest.mark.parametrize("declare_length", [False, True])
def test_two_gigabyte_body_is_cut_at_max_body_bytes(server, declare_length):
    url = server.route("/huge", huge_body(2 * 1024**3, declare_length=declare_length))
    page = fetch_pages([url], LOCAL)[0]
    assert page.status == 0 and page.content == b""
    assert "max_body_bytes=1048576" in page.error


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", lambda b: gzip.compress(b, 6)), ("br", lambda b: brotli.compress(b, quality=5))],
)
def test_compression_bomb_is_stopped_at_the_decoded_size_limit(server, encoding, compress):
    bomb = compress(b"\0" * (64 * 1024 * 1024))
    assert len(bomb) < LOCAL.max_body_bytes  # small on the wire, 64 MiB decoded
    url = server.route("/bomb", static(bomb, "text/html", headers={"Content-Encoding": encoding}))
    page = fetch_pages([url], LOCAL)[0]
    assert page.content == b"" and "decompressed body larger than max_body_bytes" in page.error


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("br", brotli.compress),
        ("deflate", lambda b: __import__("zlib").compress(b)),
    ],
)
def test_compressed_bodies_are_decoded_and_accept_encoding_is_sent(server, encoding, compress):
    url = server.route("/z", static(compress(HTML * 50), "text/html", headers={"Content-Encoding": encoding}))
    page = fetch_pages([url], LOCAL)[0]
    assert page.ok and page.content == HTML * 50 and "content-encoding" not in page.headers
    accept = server.requests[-1].headers["accept-encoding"]
    assert "gzip" in accept and "br" in accept


def test_redirect_loop_is_refused(server):
    server.route("/a", redirect("/b"))
    url = server.route("/b", redirect("/a"))
    page = fetch_pages([url], LOCAL)[0]
    assert page.status == 0 and "redirect loop" in page.error


def test_redirect_chain_longer_than_the_limit_is_refused(server):
    for i in range(10):
        server.route(f"/hop{i}", redirect(f"/hop{i + 1}", status=301))
    server.route("/hop10", static(HTML, "text/html"))
    page = fetch_pages([server.url("/hop0")], LOCAL.model_copy(update=dict(max_redirects=3)))[0]
    assert "too many redirects" in page.error
    assert "/hop5" not in server.paths_requested()
    followed = fetch_pages([server.url("/hop0")], LOCAL.model_copy(update=dict(max_redirects=10)))[0]
    assert followed.ok and followed.final_url.endswith("/hop10")


def test_unexpected_content_type_is_refused_before_the_body_is_read(server):
    url = server.route("/doc", static(b"%PDF-1.7 ...", "application/pdf"))
    page = fetch_pages([url], LOCAL)[0]
    assert page.content == b"" and "content-type" in page.error


# ------------------------------------------------------------------------------------ encodings over HTTP


def test_latin1_feed_with_wrong_or_missing_charset_header_decodes(server):
    latin1 = (FIXTURES / "latin1_undeclared.rss").read_bytes()
    utf8 = latin1.decode("latin-1").encode("utf-8")
    urls = [
        server.route("/no-charset", static(latin1, "application/rss+xml")),
        server.route("/claims-utf8", static(latin1, "text/xml; charset=utf-8")),
        server.route("/claims-latin1", static(utf8, "text/xml; charset=iso-8859-1")),
    ]
    for fetched in fetch_feeds([FeedSpec(url=u) for u in urls], {}, LOCAL):
        parsed = parse_feed(fetched.page.content, fetched.feed, fetched.page.content_type)
        assert parsed.error is None, fetched.feed.url
        assert parsed.entries[0].title == "Câmara aprova orçamento para reparação das estradas"
        assert parsed.entries[0].link == f"{server.base}/regiao/camara-aprova-orcamento"


def test_external_entities_in_a_feed_are_never_fetched(server):
    server.route("/evil.dtd", static(b'<!ENTITY leak "LEAKED">', "application/xml-dtd"))
    server.route("/evil.txt", static(b"LEAKED", "text/plain"))
    body = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss SYSTEM "{server.url("/evil.dtd")}" [\n'
        f'  <!ENTITY ext SYSTEM "{server.url("/evil.txt")}">\n'
        "]>\n"
        '<rss version="2.0"><channel><title>x</title>'
        "<item><title>a &ext; b</title><link>http://example.org/1</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, FeedSpec(url="http://example.org/feed"))
    assert server.requests == []
    assert all("LEAKED" not in e.title + e.summary for e in parsed.entries)


# ------------------------------------------------------------------------------------ API shape


def test_pages_come_back_in_input_order_one_per_url_and_duplicates_fetch_once(server):
    for name in ("x", "y"):
        server.route(f"/{name}", static(f"<html>{name}</html>".encode(), "text/html"))
    urls = [server.url("/y"), server.url("/x"), server.url("/y"), "not a url"]
    pages = fetch_pages(urls, LOCAL)
    assert [p.url for p in pages] == urls
    assert pages[0].content == b"<html>y</html>" and pages[1].content == b"<html>x</html>"
    assert pages[3].status == 0 and pages[3].error
    assert server.paths_requested().count("/y") == 1


def test_sync_wrapper_works_inside_a_running_event_loop(server):
    url = server.route("/page", static(HTML, "text/html"))

    async def caller():
        return fetch_pages([url], LOCAL)

    assert asyncio.run(caller())[0].ok
