"""extractors/polling.py: adaptive intervals, server floors, backoff, gone feeds (pure, no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from extractors.models import FeedEntry, FeedSpec, ParsedFeed, RawPage
from extractors.polling import (
    DEFAULT_INTERVAL_S,
    GONE_RECHECK_S,
    JITTER_FRACTION,
    MAX_BACKOFF_S,
    MAX_HONOURED_DELAY_S,
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    FeedState,
    due_feeds,
    is_due,
    max_age_s,
    publishing_interval_s,
    retry_after_s,
    update_feed_state,
)

URL = "https://feeds.example.org/world.xml"
NOW = datetime(2024, 5, 13, 12, 0, tzinfo=UTC)


def _page(status: int = 200, headers: dict | None = None, error: str | None = None) -> RawPage:
    if error is None and not (200 <= status < 300 or status == 304):
        error = f"HTTP {status}"
    return RawPage(URL, URL, status, b"<rss/>" if status == 200 else b"", headers or {}, NOW, 10, error)


def _parsed(gaps_minutes: list[float], newest_age_minutes: float = 0, ttl: int | None = None) -> ParsedFeed:
    """Entries whose newest is `newest_age_minutes` old, each earlier one `gap` minutes before the last."""
    when = NOW - timedelta(minutes=newest_age_minutes)
    entries = [FeedEntry(URL, "https://example.org/a0", published_at=when)]
    for i, gap in enumerate(gaps_minutes, 1):
        when -= timedelta(minutes=gap)
        entries.append(FeedEntry(URL, f"https://example.org/a{i}", published_at=when))
    return ParsedFeed(URL, tuple(entries), ttl_minutes=ttl)


def _delay_s(state: FeedState, now: datetime = NOW) -> float:
    return (state.next_poll_at - now).total_seconds()


# ------------------------------------------------------------------------------------ is_due


def test_new_feed_is_due_and_a_polled_one_waits_for_next_poll_at():
    assert is_due(None, NOW)
    assert is_due(FeedState(URL), NOW)
    state = FeedState(URL, next_poll_at=NOW + timedelta(minutes=10))
    assert not is_due(state, NOW) and is_due(state, NOW + timedelta(minutes=10))


def test_a_run_polls_only_the_due_feeds():
    feeds = [
        FeedSpec("https://a.example/f"),
        FeedSpec("https://b.example/f"),
        FeedSpec("https://c.example/f"),
    ]
    states = {
        "https://a.example/f": FeedState("https://a.example/f", next_poll_at=NOW - timedelta(minutes=1)),
        "https://b.example/f": FeedState("https://b.example/f", next_poll_at=NOW + timedelta(minutes=1)),
    }
    assert [f.url for f in due_feeds(feeds, states, NOW)] == ["https://a.example/f", "https://c.example/f"]


def test_naive_database_timestamps_are_read_as_utc():
    state = FeedState.from_row(
        {"feed_url": URL, "next_poll_at": datetime(2024, 5, 13, 12, 30), "gone": None, "entries_seen": None,
         "consecutive_failures": None, "name": None, "unrelated_column": 1}
    )  # fmt: skip
    assert state.next_poll_at.tzinfo is UTC and state.consecutive_failures == 0 and not state.gone
    assert not is_due(state, NOW) and is_due(state, NOW + timedelta(minutes=30))


# ------------------------------------------------------------------------------------ adaptive interval


@pytest.mark.parametrize(
    ("gaps", "newest_age", "expected"),
    [
        ([20] * 9, 0, 20 * 60),  # a post every 20 minutes
        ([1] * 19, 0, MIN_INTERVAL_S),  # faster than the floor: clamped to 5 min
        ([60 * 24 * 7] * 5, 0, MAX_INTERVAL_S),  # weekly: clamped to 24 h
        ([20] * 9, 60 * 6, 3 * 3600),  # busy once, quiet for 6 h now: half the silence
        ([], 60 * 4, 2 * 3600),  # one dated entry, 4 h old
    ],
)
def test_publishing_interval(gaps, newest_age, expected):
    parsed = _parsed(gaps, newest_age)
    assert publishing_interval_s((e.published_at for e in parsed.entries), NOW) == expected


def test_publishing_interval_unknown_without_dates_and_ignores_future_dates():
    assert publishing_interval_s([None, None], NOW) is None
    future = [NOW + timedelta(days=30), NOW + timedelta(days=31)]
    assert publishing_interval_s(future, NOW) is None


def test_successful_poll_schedules_by_publishing_rate_with_bounded_jitter():
    state = update_feed_state(None, _page(headers={"etag": '"x"'}), _parsed([30] * 9), NOW)
    assert state.poll_interval_s == 30 * 60
    assert 30 * 60 <= _delay_s(state) <= 30 * 60 * (1 + JITTER_FRACTION)
    assert state.etag == '"x"' and state.last_status == 200 and state.consecutive_failures == 0
    assert state.last_success_at == NOW and state.entries_seen == 10 and not is_due(state, NOW)


def test_feed_without_dates_keeps_its_interval():
    undated = ParsedFeed(URL, (FeedEntry(URL, "https://example.org/x"),))
    state = update_feed_state(None, _page(), undated, NOW)
    assert state.poll_interval_s == DEFAULT_INTERVAL_S
    again = update_feed_state(FeedState(URL, poll_interval_s=7200), _page(), undated, NOW)
    assert again.poll_interval_s == 7200


# ------------------------------------------------------------------------------------ server floors


def test_ttl_is_a_floor_on_the_next_poll():
    state = update_feed_state(None, _page(), _parsed([5] * 9, ttl=120), NOW)
    assert _delay_s(state) >= 120 * 60


def test_cache_control_max_age_is_a_floor():
    state = update_feed_state(
        None, _page(headers={"Cache-Control": "public, max-age=5400"}), _parsed([5] * 9), NOW
    )
    assert _delay_s(state) >= 5400


def test_retry_after_on_failure_is_honoured_in_seconds_and_as_a_date():
    state = update_feed_state(None, _page(503, {"Retry-After": "7200"}), None, NOW)
    assert _delay_s(state) >= 7200 and state.consecutive_failures == 1
    date = "Mon, 13 May 2024 15:00:00 GMT"  # three hours after NOW
    state = update_feed_state(None, _page(429, {"retry-after": date}), None, NOW)
    assert _delay_s(state) >= 3 * 3600


def test_absurd_floors_are_capped():
    state = update_feed_state(None, _page(503, {"Retry-After": str(10**9)}), None, NOW)
    assert _delay_s(state) == MAX_HONOURED_DELAY_S


def test_header_parsers():
    assert retry_after_s("120", NOW) == 120
    assert retry_after_s("Mon, 13 May 2024 11:00:00 GMT", NOW) == 0  # in the past
    assert retry_after_s("soon", NOW) is None and retry_after_s(None, NOW) is None
    assert max_age_s("no-cache, max-age=60") == 60 and max_age_s("s-maxage=30") is None
    assert max_age_s("no-store") is None


# ------------------------------------------------------------------------------------ failures


def test_failures_back_off_exponentially_up_to_the_cap_and_success_resets():
    state = FeedState(URL, poll_interval_s=600, etag='"keep"')
    delays = []
    for _ in range(12):
        state = update_feed_state(state, _page(status=0, error="connect timeout (10s)"), None, NOW)
        delays.append(_delay_s(state))
    assert state.consecutive_failures == 12 and state.last_error == "connect timeout (10s)"
    assert 600 <= delays[0] <= 660 and 1200 <= delays[1] <= 1320 and 2400 <= delays[2] <= 2640
    assert all(d <= MAX_BACKOFF_S * (1 + JITTER_FRACTION) for d in delays)
    assert delays[-1] >= MAX_BACKOFF_S
    assert state.etag == '"keep"' and state.poll_interval_s == 600
    recovered = update_feed_state(state, _page(), _parsed([10] * 5), NOW)
    assert recovered.consecutive_failures == 0 and recovered.last_error is None


def test_a_body_that_is_not_a_feed_counts_as_a_failure():
    unusable = ParsedFeed(URL, (), error="not a feed: an HTML page")
    state = update_feed_state(None, _page(), unusable, NOW)
    assert state.consecutive_failures == 1 and "HTML page" in state.last_error


@pytest.mark.parametrize("status", [404, 410])
def test_gone_feeds_are_recorded_once_and_rechecked_rarely(status):
    state = update_feed_state(FeedState(URL, poll_interval_s=600), _page(status), None, NOW)
    assert state.gone and state.last_status == status and str(status) in state.last_error
    assert not is_due(state, NOW + timedelta(days=6))
    assert is_due(state, NOW + timedelta(seconds=GONE_RECHECK_S))
    back = update_feed_state(state, _page(), _parsed([10] * 3), NOW + timedelta(days=7))
    assert not back.gone and back.consecutive_failures == 0


# ------------------------------------------------------------------------------------ 304 and validators


def test_not_modified_keeps_validators_and_interval():
    before = FeedState(URL, etag='"v1"', last_modified="Mon, 13 May 2024 10:00:00 GMT", poll_interval_s=900,
                       entries_seen=40, last_success_at=NOW - timedelta(hours=1))  # fmt: skip
    state = update_feed_state(before, _page(304), None, NOW)
    assert (state.etag, state.last_modified, state.poll_interval_s) == (
        before.etag,
        before.last_modified,
        900,
    )
    assert state.entries_seen == 40 and state.last_status == 304 and state.last_success_at == NOW
    assert 900 <= _delay_s(state) <= 900 * (1 + JITTER_FRACTION)


def test_a_200_without_validators_clears_the_old_ones():
    before = FeedState(URL, etag='"old"', last_modified="Sun, 12 May 2024 10:00:00 GMT")
    state = update_feed_state(before, _page(200), _parsed([10] * 3), NOW)
    assert state.etag is None and state.last_modified is None


def test_entries_seen_counts_entries_newer_than_the_last_success_or_what_the_flow_says():
    before = FeedState(URL, entries_seen=5, last_success_at=NOW - timedelta(minutes=25))
    state = update_feed_state(before, _page(), _parsed([10] * 5), NOW)  # entries at 0, -10, -20, -30 ...
    assert state.entries_seen == 5 + 3
    told = update_feed_state(before, _page(), _parsed([10] * 5), NOW, new_entries=1)
    assert told.entries_seen == 6
