"""The fetch is told the run's one `Settings` (every limit declared and defaulted once, in
flows/settings.py), plus the feeds file's `allow_private_hosts`; a documented setting is honoured
where the fetch runs (`ROBOTS_CACHE_HOURS` through the fetch task)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fetch_server import LoopbackServer, static

from flows.execute import fetch_new_pages
from flows.fetch_settings import FetchSettings, RobotsRecord
from flows.settings import Settings, resolve_settings

HTML = b"<html><head><title>A page</title></head><body><p>Plain words.</p></body></html>"


def test_no_setting_is_declared_again_for_the_fetch():
    own = set(vars(FetchSettings).get("__annotations__", {}))
    assert own == {"allow_private_hosts"}, own
    assert not own & set(Settings.model_fields)


def test_the_fetch_takes_the_runs_resolved_settings_as_they_are(monkeypatch):
    monkeypatch.setenv("CONFLICTWIRE_PAGE_TIME_BUDGET_S", "7.5")
    monkeypatch.setenv("CONFLICTWIRE_RETRIES", "4")
    settings = resolve_settings(db="/tmp/elsewhere.duckdb")
    fetch = FetchSettings.for_run(settings, allow_private_hosts=False)
    assert fetch.page_time_budget_s == 7.5 and fetch.retries == 4
    assert {name: getattr(fetch, name) for name in Settings.model_fields} == settings.model_dump()
    monkeypatch.delenv("CONFLICTWIRE_PAGE_TIME_BUDGET_S")
    assert (
        FetchSettings.for_run(Settings(), False).page_time_budget_s == Settings().page_time_budget_s == 30.0
    )


def test_a_run_reads_its_settings_from_the_environment_once(monkeypatch):
    settings = resolve_settings(db="/tmp/elsewhere.duckdb")

    def read_again(*args, **kwargs):
        raise AssertionError("the fetch's settings read the environment again")

    monkeypatch.setattr(FetchSettings, "_settings_build_values", read_again)
    fetch = FetchSettings.for_run(settings, allow_private_hosts=True)
    assert fetch.allow_private_hosts is True and str(fetch.db) == "/tmp/elsewhere.duckdb"


def test_private_hosts_are_the_feeds_files_word_not_the_environments(monkeypatch):
    monkeypatch.setenv("CONFLICTWIRE_ALLOW_PRIVATE_HOSTS", "true")
    settings = resolve_settings()
    assert "allow_private_hosts" not in Settings.model_fields
    assert FetchSettings.for_run(settings, allow_private_hosts=False).allow_private_hosts is False
    assert FetchSettings.for_run(settings, allow_private_hosts=True).allow_private_hosts is True


@pytest.mark.parametrize(("hours", "refetched"), [(1.0, True), (24.0, False)])
def test_a_stored_robots_answer_is_reused_for_robots_cache_hours(monkeypatch, hours, refetched):
    """A stored answer of two hours ago that forbids everything: with ROBOTS_CACHE_HOURS=1 it is too
    old, so robots.txt is fetched again (it now allows the page); with 24 it still holds."""
    monkeypatch.setenv("CONFLICTWIRE_ROBOTS_CACHE_HOURS", str(hours))
    with LoopbackServer() as server:
        server.route("/robots.txt", static(b"User-agent: *\nAllow: /\n", "text/plain"))
        url = server.route("/report", static(HTML, "text/html"))
        origin = url.rsplit("/", 1)[0]
        stored = RobotsRecord(
            origin, 200, "User-agent: *\nDisallow: /\n", datetime.now(UTC) - timedelta(hours=2)
        )
        fetch = FetchSettings.for_run(resolve_settings(per_host_delay_s=0), allow_private_hosts=True)
        fetched = fetch_new_pages.fn([url], fetch, [stored])
        assert ("/robots.txt" in server.paths_requested()) is refetched
        assert fetched.pages[0].ok is refetched
