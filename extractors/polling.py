"""When to poll each feed next: adaptive interval, floors the server asks for, backoff, gone feeds.

Pure: the flow reads `FeedState` rows from the `feeds` table, asks `is_due`, fetches, parses, and
writes back what `update_feed_state` returns. The rules, by name:

- ADAPTIVE INTERVAL (`publishing_interval_s`): the mean gap between the feed's most recent dated
  entries, stretched to half the time since its newest entry when it has gone quiet, clamped to
  `MIN_INTERVAL_S`..`MAX_INTERVAL_S`. Unknown (no dated entries) keeps the previous interval.
- SERVER FLOORS (`server_floor_s`): never poll sooner than the feed's RSS `<ttl>`, the response's
  `Cache-Control: max-age` or its `Retry-After`, each capped at `MAX_HONOURED_DELAY_S` so that one
  absurd header cannot switch a feed off.
- BACKOFF: a failed poll (no response, 5xx, 4xx other than 404/410, or a body that is not a usable
  feed) waits `interval * 2**(failures-1)`, at most `MAX_BACKOFF_S`, and never less than the floors.
- GONE: 404 and 410 mark the feed `gone`; a gone feed is re-checked only every `GONE_RECHECK_S`
  (not every run), and a later success clears the mark.
- JITTER: up to `JITTER_FRACTION` is added to the interval, derived from the feed URL (deterministic),
  so feeds that share an interval do not all fall due in the same run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from extractors.models import FeedSpec, ParsedFeed, RawPage

MIN_INTERVAL_S = 5 * 60
MAX_INTERVAL_S = 24 * 3600
DEFAULT_INTERVAL_S = 3600
MAX_BACKOFF_S = 24 * 3600
MAX_HONOURED_DELAY_S = 7 * 24 * 3600
GONE_RECHECK_S = 7 * 24 * 3600
GONE_STATUSES = frozenset({404, 410})
RATE_SAMPLE = 20  # most recent dated entries used to estimate the publishing rate
FUTURE_SKEW = timedelta(hours=1)  # entries dated further ahead than this are ignored (bad clocks)
JITTER_FRACTION = 0.1

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class FeedState:
    """One row of the `feeds` table (warehouse/migrations/0001_init.sql), column for column."""

    feed_url: str
    name: str = ""
    language: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    next_poll_at: datetime | None = None
    poll_interval_s: int | None = None
    entries_seen: int = 0
    gone: bool = False

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> FeedState:
        """Build from a database row (unknown keys ignored, NULLs to defaults, naive times read as UTC)."""
        known = {name: row[name] for name in cls.__dataclass_fields__ if name in row}
        for key in ("last_polled_at", "last_success_at", "next_poll_at"):
            known[key] = _as_utc(known.get(key))
        known["consecutive_failures"] = int(known.get("consecutive_failures") or 0)
        known["entries_seen"] = int(known.get("entries_seen") or 0)
        known["gone"] = bool(known.get("gone") or False)
        known["name"] = known.get("name") or ""
        return cls(**known)


def is_due(state: FeedState | None, now: datetime) -> bool:
    """A feed never polled, or whose `next_poll_at` has come, is due. Gone feeds wait their re-check."""
    if state is None or state.next_poll_at is None:
        return True
    return _as_utc(now) >= _as_utc(state.next_poll_at)


def due_feeds(feeds: Iterable[FeedSpec], states: Mapping[str, FeedState], now: datetime) -> list[FeedSpec]:
    """The feeds a scheduled run should poll now (feed-file order kept)."""
    return [feed for feed in feeds if is_due(states.get(feed.url), now)]


def update_feed_state(
    state: FeedState | None,
    page: RawPage,
    parsed: ParsedFeed | None,
    now: datetime,
    *,
    new_entries: int | None = None,
) -> FeedState:
    """The feed's state after one poll. `page` is the fetch result (status 304: not modified).

    `parsed` is `parse_feed(page.content, ...)` for a 2xx body and None otherwise. `new_entries` is
    how many links the flow had not seen before; when None it is estimated as the entries published
    after the previous success (all entries on the first success).
    """
    now = _as_utc(now)
    previous = state or FeedState(feed_url=page.url)
    headers = {k.lower(): v for k, v in page.headers.items()}
    floor_s = server_floor_s(headers, parsed, now)
    interval_s = previous.poll_interval_s or DEFAULT_INTERVAL_S
    polled = replace(previous, last_status=page.status, last_polled_at=now)

    if page.status in GONE_STATUSES:
        failures = previous.consecutive_failures + 1
        return replace(
            polled,
            gone=True,
            last_error=f"HTTP {page.status}: feed is gone; re-checked every {GONE_RECHECK_S // 86400} days",
            consecutive_failures=failures,
            next_poll_at=now + timedelta(seconds=max(GONE_RECHECK_S, floor_s)),
        )

    failure = _failure_reason(page, parsed)
    if failure is not None:
        failures = previous.consecutive_failures + 1
        backoff_s = min(max(interval_s, MIN_INTERVAL_S) * 2 ** min(failures - 1, 20), MAX_BACKOFF_S)
        delay_s = max(_jittered(backoff_s, page.url), floor_s)
        return replace(
            polled,
            last_error=failure,
            consecutive_failures=failures,
            next_poll_at=now + timedelta(seconds=delay_s),
        )

    not_modified = page.status == 304
    if parsed is not None and parsed.entries:
        measured = publishing_interval_s((e.published_at for e in parsed.entries), now)
        if measured is not None:
            interval_s = measured
    interval_s = _clamp(interval_s)
    delay_s = max(_jittered(interval_s, page.url), floor_s)
    return replace(
        polled,
        etag=headers.get("etag") or (previous.etag if not_modified else None),
        last_modified=headers.get("last-modified") or (previous.last_modified if not_modified else None),
        last_error=None,
        consecutive_failures=0,
        gone=False,
        last_success_at=now,
        poll_interval_s=interval_s,
        next_poll_at=now + timedelta(seconds=delay_s),
        entries_seen=previous.entries_seen + _count_new(previous, parsed, new_entries),
    )


def publishing_interval_s(published: Iterable[datetime | None], now: datetime) -> int | None:
    """ADAPTIVE INTERVAL: seconds between polls suggested by entry dates, clamped; None if unknowable."""
    now = _as_utc(now)
    dated = sorted(
        (d for d in (_as_utc(p) for p in published) if d is not None and d <= now + FUTURE_SKEW),
        reverse=True,
    )[:RATE_SAMPLE]
    if not dated:
        return None
    newest = min(dated[0], now)
    quiet_s = (now - newest).total_seconds() / 2
    if len(dated) == 1:
        return _clamp(quiet_s)
    mean_gap_s = (dated[0] - dated[-1]).total_seconds() / (len(dated) - 1)
    return _clamp(max(mean_gap_s, quiet_s))


def server_floor_s(headers: Mapping[str, str], parsed: ParsedFeed | None, now: datetime) -> int:
    """SERVER FLOORS: the longest of TTL, Cache-Control max-age and Retry-After (capped), in seconds."""
    lowered = {k.lower(): v for k, v in headers.items()}
    candidates = [retry_after_s(lowered.get("retry-after"), now), max_age_s(lowered.get("cache-control"))]
    if parsed is not None and parsed.ttl_minutes:
        candidates.append(parsed.ttl_minutes * 60)
    return min(max((c for c in candidates if c is not None), default=0), MAX_HONOURED_DELAY_S)


def retry_after_s(value: str | None, now: datetime) -> int | None:
    """`Retry-After` as seconds from `now`: delta-seconds or an HTTP-date; None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0, int((_as_utc(when) - _as_utc(now)).total_seconds()))


def max_age_s(cache_control: str | None) -> int | None:
    """`Cache-Control: max-age=N` in seconds; None when absent (s-maxage is for shared caches, not us)."""
    if not cache_control:
        return None
    match = _MAX_AGE.search(cache_control)
    return int(match.group(1)) if match else None


def _failure_reason(page: RawPage, parsed: ParsedFeed | None) -> str | None:
    if page.error is not None:
        return page.error
    if page.status == 304:
        return None
    if not 200 <= page.status < 300:
        return f"HTTP {page.status}"
    if parsed is not None and parsed.error is not None and not parsed.entries:
        return f"unusable feed: {parsed.error}"
    return None


def _count_new(previous: FeedState, parsed: ParsedFeed | None, new_entries: int | None) -> int:
    if new_entries is not None:
        return max(0, new_entries)
    if parsed is None:
        return 0
    if previous.last_success_at is None:
        return len(parsed.entries)
    since = _as_utc(previous.last_success_at)
    return sum(1 for e in parsed.entries if e.published_at is not None and _as_utc(e.published_at) > since)


def _clamp(seconds: float) -> int:
    return int(min(max(seconds, MIN_INTERVAL_S), MAX_INTERVAL_S))


def _jittered(seconds: float, feed_url: str) -> int:
    """JITTER: add 0..JITTER_FRACTION of `seconds`, fixed per feed URL."""
    fraction = int.from_bytes(hashlib.sha256(feed_url.encode()).digest()[:4], "big") / 2**32
    return int(seconds * (1 + JITTER_FRACTION * fraction))


def _as_utc(value: Any) -> Any:
    """Aware datetimes to UTC; naive ones (DuckDB TIMESTAMP) are taken to be UTC already."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


# PAGE RETRIES: a page that failed transiently waits in the page queue and is tried again.
PAGE_MAX_ATTEMPTS = 5
PAGE_RETRY_BASE_S = 15 * 60
PAGE_PERMANENT_STATUSES = frozenset({401, 403, 404, 410, 451})


def page_gives_up(status: int, attempts: int) -> bool:
    """True when a failed page should be recorded as failed for good: a permanent HTTP status,
    or `attempts` (including this one) reaching PAGE_MAX_ATTEMPTS."""
    return status in PAGE_PERMANENT_STATUSES or attempts >= PAGE_MAX_ATTEMPTS


def page_retry_at(attempts: int, now: datetime) -> datetime:
    """When to try a failed page again: 15 min, 30 min, 1 h, 2 h ... after `attempts` failures."""
    return _as_utc(now) + timedelta(seconds=PAGE_RETRY_BASE_S * 2 ** max(attempts - 1, 0))
