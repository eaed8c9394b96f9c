"""What a fetch is told (the base of `flows/fetch.py` and `flows/fetcher.py`): `FetchSettings` (limits,
politeness, retries), the robots.txt answers kept across runs (`RobotsRecord`, `RobotsCache`: 24 h at
most) and the HTTP constants (REDIRECT_STATUSES, RETRYABLE_STATUSES, FEED_ACCEPT, PAGE_ACCEPT).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class FetchSettings:
    """All fetch limits in one place; read from configuration at the edge and passed down."""

    user_agent: str = "conflictwire/0.1 (+https://github.com/conflictwire/conflictwire)"
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    page_time_budget_s: float = 60.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host_concurrency: int = 2
    per_host_delay_s: float = 0.5
    total_concurrency: int = 16
    retries: int = 2
    retry_backoff_s: float = 1.0
    max_retry_after_wait_s: float = 10.0
    respect_robots: bool = True
    robots_max_bytes: int = 512 * 1024
    max_crawl_delay_s: float = 10.0
    allow_private_hosts: bool = False

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched against ('conflictwire')."""
        return self.user_agent.split("/", 1)[0].split()[0] or "*"


@dataclass(frozen=True)
class RobotsRecord:
    """One robots.txt answer, as kept between runs: its status and body, and when it was fetched."""

    origin: str
    status: int
    body: str
    fetched_at: datetime


class RobotsCache:
    """robots.txt answers reused across runs while younger than `max_age_s` (RFC 9309: 24 h at most).

    Loaded from the warehouse before a run; what the run fetched is in `fetched` afterwards."""

    def __init__(self, records: Sequence[RobotsRecord] = (), max_age_s: float = 24 * 3600.0) -> None:
        self.max_age_s = min(max_age_s, 24 * 3600.0)
        self._records = {r.origin: r for r in records}
        self.fetched: list[RobotsRecord] = []

    def fresh(self, origin: str, now: datetime) -> RobotsRecord | None:
        record = self._records.get(origin)
        if record is None or (now - record.fetched_at).total_seconds() > self.max_age_s:
            return None
        return record

    def add(self, record: RobotsRecord) -> None:
        self._records[record.origin] = record
        self.fetched.append(record)
