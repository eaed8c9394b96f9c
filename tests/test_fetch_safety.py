"""flows/fetch.py's address guard (SSRF) and its politeness (robots.txt, user agent, per-host
concurrency), against a real HTTP server on 127.0.0.1 (tests/test_fetch.py: the rest of the fetch).

The test server is on loopback, so these tests set `allow_private_hosts=True` (`tests.fetch_local.LOCAL`,
as a local mirror would); link-local / metadata addresses stay refused even then, and the loopback
refusal is tested with the default `allow_private_hosts=False`.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from fetch_server import LoopbackServer, Request, fail_then, redirect, static, wait_for

from flows.fetch import fetch_pages
from flows.fetch_guard import BlockedAddress, _GuardedNetworkBackend, _Resolver, address_block_reason
from tests.fetch_local import HTML, LOCAL


@pytest.fixture
def server():
    with LoopbackServer() as srv:
        yield srv


# ------------------------------------------------------------------------------------ safety (SSRF)


def test_redirect_to_the_metadata_address_is_refused_even_when_private_hosts_are_allowed(server):
    url = server.route("/sneaky", redirect("http://169.254.169.254/latest/meta-data/"))
    page = fetch_pages([url], LOCAL)[0]
    assert page.status == 0 and page.content == b""
    assert "169.254.169.254" in page.error and "link-local" in page.error


def test_loopback_url_is_refused_by_default_and_never_contacted(server):
    server.route("/page", static(HTML, "text/html"))
    strict = LOCAL.model_copy(update=dict(allow_private_hosts=False))
    by_ip, by_name = fetch_pages([server.url("/page"), f"http://localhost:{server.port}/page"], strict)
    assert "loopback" in by_ip.error and "loopback" in by_name.error
    assert server.requests == []


def test_redirect_to_another_scheme_is_refused(server):
    url = server.route("/to-file", redirect("file:///etc/passwd"))
    page = fetch_pages([url], LOCAL)[0]
    assert "only http/https" in page.error and page.content == b""


def test_the_connection_layer_itself_refuses_unchecked_addresses(server):
    """The guard also sits under httpx (what a DNS rebinding between check and connect would meet)."""
    backend = _GuardedNetworkBackend(_Resolver(allow_private_hosts=False))
    with pytest.raises(BlockedAddress, match="loopback"):
        asyncio.run(backend.connect_tcp("127.0.0.1", server.port))
    with pytest.raises(BlockedAddress, match="link-local"):
        asyncio.run(_GuardedNetworkBackend(_Resolver(True)).connect_tcp("169.254.169.254", 80))
    assert server.requests == []


def test_only_http_and_https_are_fetched():
    pages = fetch_pages(["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"], LOCAL)
    assert all(p.status == 0 and "only http/https" in p.error for p in pages)


@pytest.mark.parametrize(
    ("address", "allowed_private", "allowed_default"),
    [
        ("169.254.169.254", False, False),
        ("fe80::1", False, False),
        ("100.100.100.200", False, False),
        ("fd00:ec2::254", False, False),
        ("0.0.0.0", False, False),
        ("224.0.0.1", False, False),
        ("127.0.0.1", True, False),
        ("::1", True, False),
        ("::ffff:127.0.0.1", True, False),
        ("::ffff:169.254.169.254", False, False),
        ("10.1.2.3", True, False),
        ("192.168.0.10", True, False),
        ("172.16.5.4", True, False),
        ("93.184.216.34", True, True),
        ("2606:4700::1111", True, True),
    ],
)
def test_address_policy(address, allowed_private, allowed_default):
    assert (address_block_reason(address, allow_private_hosts=True) is None) is allowed_private
    assert (address_block_reason(address, allow_private_hosts=False) is None) is allowed_default


# ------------------------------------------------------------------------------------ politeness


def test_robots_disallow_is_respected_and_robots_is_fetched_once_per_origin(server):
    server.route("/robots.txt", static(b"User-agent: *\nDisallow: /private/\n", "text/plain"))
    server.route("/private/report", static(HTML, "text/html"))
    server.route("/public/a", static(HTML, "text/html"))
    server.route("/public/b", static(HTML, "text/html"))
    private, a, b = fetch_pages([server.url(p) for p in ("/private/report", "/public/a", "/public/b")], LOCAL)
    assert "robots.txt" in private.error and private.content == b""
    assert a.ok and b.ok
    assert "/private/report" not in server.paths_requested()
    assert server.paths_requested().count("/robots.txt") == 1
    ignored = fetch_pages(
        [server.url("/private/report")], LOCAL.model_copy(update=dict(respect_robots=False))
    )[0]
    assert ignored.ok


def test_robots_group_for_our_user_agent_applies(server):
    server.route(
        "/robots.txt",
        static(b"User-agent: conflictwire\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "text/plain"),
    )
    url = server.route("/page", static(HTML, "text/html"))
    assert "robots.txt" in fetch_pages([url], LOCAL)[0].error
    other_agent = LOCAL.model_copy(update=dict(user_agent="otherbot/1.0 (+https://example.org/bot)"))
    assert fetch_pages([url], other_agent)[0].ok


def test_robots_server_error_means_the_host_is_not_crawled(server):
    server.route("/robots.txt", fail_then(100, 500, static(b"", "text/plain")))
    url = server.route("/page", static(HTML, "text/html"))
    page = fetch_pages([url], LOCAL)[0]
    assert "robots.txt" in page.error and "/page" not in server.paths_requested()


def test_user_agent_with_contact_url_is_sent(server):
    url = server.route("/page", static(HTML, "text/html"))
    fetch_pages([url], LOCAL)
    agent = server.requests[-1].headers["user-agent"]
    assert agent == LOCAL.user_agent and "+https://" in agent


def test_per_host_concurrency_is_bounded(server):
    def slowish(request: Request) -> None:
        threading.Event().wait(0.05)
        request.send(200, HTML, {"Content-Type": "text/html"})

    for i in range(12):
        server.route(f"/p{i}", slowish)
    pages = fetch_pages(
        [server.url(f"/p{i}") for i in range(12)], LOCAL.model_copy(update=dict(per_host_concurrency=2))
    )
    assert all(p.ok for p in pages)
    assert server.max_active <= 2


def test_one_slow_host_does_not_stall_the_others():
    fast_done = threading.Event()
    served = {"n": 0}
    lock = threading.Lock()
    n_fast = 8

    def fast(request: Request) -> None:
        request.send(200, HTML, {"Content-Type": "text/html"})
        with lock:
            served["n"] += 1
            if served["n"] == n_fast:
                fast_done.set()

    with LoopbackServer("127.0.0.1") as quick, LoopbackServer("127.0.0.2") as slow:
        # The slow host answers only once every fast page has been served: had its requests held up
        # the others, it would give up after 10 s and answer 500.
        held = wait_for(
            fast_done, 10, static(HTML, "text/html"), static(b"stalled", "text/plain", status=500)
        )
        slow_urls = [slow.route(f"/s{i}", held) for i in range(4)]
        fast_urls = [quick.route(f"/f{i}", fast) for i in range(n_fast)]
        settings = LOCAL.model_copy(
            update=dict(per_host_concurrency=2, total_concurrency=4, retries=0, page_time_budget_s=15)
        )
        pages = fetch_pages(slow_urls + fast_urls, settings)
    assert all(p.ok for p in pages), [p.error for p in pages if not p.ok]
    assert slow.max_active <= 2
