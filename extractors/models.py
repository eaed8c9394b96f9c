"""Records passed between layers. Defined once, here; all are frozen.

The flow moves these between `flows/fetch.py` (network), `extractors/` (pure logic) and
`warehouse/` (DuckDB). Nothing in this module does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class FeedSpec:
    """One feed as declared in the feeds file: data, not code."""

    url: str
    name: str = ""
    language: str | None = None


@dataclass(frozen=True)
class RawPage:
    """The outcome of one HTTP fetch (feed or page). `content` is the (decoded-transfer) body.

    `error` is set, and `content` empty, when the fetch failed; `status` is 0 when no HTTP
    response arrived at all (DNS, refused, timeout, blocked by policy).
    """

    url: str
    final_url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    elapsed_ms: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a parsed feed."""

    feed_url: str
    link: str
    title: str = ""
    guid: str = ""
    published_at: datetime | None = None
    summary: str = ""
    outlet: str = ""
    language: str | None = None
    # the feed gave this item its default timestamp, not a date of its own (`feeds.without_default_dates`):
    # published_at is None and the article says so (`date_source` "feed-default")
    default_date: bool = False


@dataclass(frozen=True)
class ParsedFeed:
    """What `parse_feed` makes of a feed body: its entries, or a clear reason it has none."""

    feed_url: str
    entries: tuple[FeedEntry, ...]
    title: str = ""
    ttl_minutes: int | None = None
    error: str | None = None  # set when the body is not a usable feed
    warning: str | None = None  # set when feedparser recovered from malformed input


@dataclass(frozen=True)
class Article:
    """The cleaned article as stored in `articles` (and printed by `conflictwire extract`)."""

    url: str
    canonical_url: str
    title: str
    text: str
    published_at: datetime | None = None
    updated_at: datetime | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    site_name: str = ""
    dateline: str = ""
    page_kind: str = "article"  # extractors.page_kind.PAGE_KINDS: article | paywall | liveblog | video | index | empty | binary
    content_hash: str = ""
    # False when `published_at` is not the page's own date (the feed's, or none): story linking
    # then does not hold the report to a time window (`story_evidence(dated=...)`)
    page_dated: bool = True
    # where `published_at` came from (`DATE_SOURCES`): the page's metadata, a date the page shows,
    # its URL path, its feed entry, its story (an undated report re-dated), or none
    date_source: str = "published"
    # when the page was fetched: the latest day a report without a date of its own can tell of
    # (`article_dates.weekday_pinned_date` reads a year back from it)
    fetched_at: datetime | None = None


@dataclass(frozen=True)
class EventMention:
    """What one article says about one real-world event (one `event_mentions` row)."""

    event_date: date | None
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    country: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int = 0
    sentence: str = ""
    date_precision: str = "day"  # day | week | month
    geo_precision: int = 3  # 1 named town, 2 near it / district, 3 only the province
    actor1_kind: str = ""
    actor2_kind: str = ""
    actor1_country: str = ""
    actor2_country: str = ""
    confidence: float = 0.5
    # where the day the mention's dates were read from came from (`DATE_SOURCES`); "none" when
    # the mention has no date
    date_source: str = ""


# Where a report's reference day (the day "yesterday" is read from) came from, most trusted first:
# the page's own metadata, a date the page shows (htmldate), a date in its URL path, the latest full
# date its text states, its story's first dated report, its feed entry; or none at all
# ("feed-default": none either, the feed's one default timestamp for its undated items was dropped).
DATE_SOURCES = ("published", "page", "url", "text", "story", "feed", "feed-default", "none")


@dataclass(frozen=True)
class Event:
    """Mentions merged into one real-world event (one `events` row)."""

    event_id: str
    event_date: date | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    country: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    fatalities: int
    fatalities_min: int
    fatalities_max: int
    n_mentions: int
    n_articles: int
    n_outlets: int
    first_seen: datetime | None
    last_seen: datetime | None
    # Details an analyst filters on, derived from the members (`extractors.event_details`):
    time_precision: int = 1  # ACLED: 1 day, 2 week (or a few days), 3 month
    geo_precision: int = 3  # ACLED: 1 the named town, 2 near it or its district, 3 only the province
    actor1_kind: str = ""
    actor2_kind: str = ""
    actor1_country: str = ""
    actor2_country: str = ""
    iso2: str = ""  # ISO 3166-1 alpha-2 of `country`
    iso3: str = ""
    iso_numeric: int | None = None
    region: str = ""  # ACLED region
    admin2: str = ""
    evidence: str = ""  # the sentence of the best mention
    best_mention_id: str = ""
    first_reported_at: datetime | None = None  # publication (else fetch) time of the first report
