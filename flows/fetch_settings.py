"""What a fetch is told (the base of `flows/fetch.py` and `flows/fetcher.py`): `FetchSettings` (the run's
`Settings`: limits, politeness, retries, read once; and the feeds file's `allow_private_hosts`), the
robots.txt answers kept across runs (`RobotsRecord`, `RobotsCache`: 24 h at most) and the HTTP constants
(REDIRECT_STATUSES, RETRYABLE_STATUSES, FEED_ACCEPT, PAGE_ACCEPT).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pydantic_settings import SettingsConfigDict

from flows.settings import Settings

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


class FetchSettings(Settings):
    """What a fetch is told: the run's `Settings` (every limit is a field of `Settings`, with its one
    default; none is declared again here) and whether the feeds file lets it reach private hosts
    (`FeedsConfig.allow_private_hosts`, never the environment: `for_run` always sets it)."""

    model_config = SettingsConfigDict(frozen=True)

    allow_private_hosts: bool = False

    @classmethod
    def for_run(cls, settings: Settings, allow_private_hosts: bool) -> FetchSettings:
        """The fetch's settings of a run: its resolved `Settings` as they are, and the feeds file's word.
        Built from those values alone (already validated): the environment was read once, by
        `resolve_settings`."""
        return cls.model_construct(**settings.model_dump(), allow_private_hosts=bool(allow_private_hosts))

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched against ('conflictwire')."""
        return self.user_agent.split("/", 1)[0].split()[0] or "*"

    @property
    def robots_max_age_s(self) -> float:
        """How long a robots.txt answer is reused across runs (`robots_cache_hours`; 24 h at most)."""
        return self.robots_cache_hours * 3600.0


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
