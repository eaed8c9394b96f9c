"""The small readings of a feed entry's fields, for `feeds.py` and `json_feed.py`: absolute http(s)
links (`absolute_http_url`), one entry per link (`_dedupe`), plain text of an HTML summary
(`_plain`, `_detail_text`: MAX_SUMMARY_CHARS), language tags, integers; feed dates in ISO 8601 and
in localised month names (`parse_iso_datetime`, `parse_localized_date`).
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml

from extractors.models import FeedEntry

MAX_SUMMARY_CHARS = 2000
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|figure|hr)\b[^>]*>", re.I
)
_SPACE = re.compile(r"\s+")


def parse_iso_datetime(value: str) -> datetime | None:
    """RFC 3339 (JSON Feed) or RFC 822 date -> aware UTC datetime; anything malformed -> None."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


@cache
def _months() -> dict[str, int]:
    """Month numbers by lower-cased name prefix, every language of extractors/data/feed_months.yaml."""
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/feed_months.yaml").read_text("utf-8"))
    return {prefix: number for names in raw.values() for prefix, number in names.items()}


_LOCALIZED_DATE = re.compile(
    r"(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,10})\.?\s+(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"(?:\s*(?P<offset>[+-]\d{2}:?\d{2}|GMT|UTC|Z))?"
)


def parse_localized_date(value: Any) -> datetime | None:
    """'Seg, 24 Set 2018 19:42:40 -0300' (RFC 822 shape, non-English month) -> aware UTC; else None."""
    if not isinstance(value, str):
        return None
    match = _LOCALIZED_DATE.search(value)
    if not match:
        return None
    name = match["month"].lower()
    month = _months().get(name[:4]) or _months().get(name[:3])
    if month is None:
        return None
    offset = (match["offset"] or "+0000").replace(":", "")
    if offset[0] not in "+-":
        offset = "+0000"
    try:
        naive = datetime(
            int(match["year"]), month, int(match["day"]),
            int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0),
        )  # fmt: skip
        sign = 1 if offset[0] == "+" else -1
        minutes = sign * (int(offset[1:3]) * 60 + int(offset[3:5]))
        return (naive.replace(tzinfo=UTC) - timedelta(minutes=minutes)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------------------------------------- helpers


def absolute_http_url(candidate: str, base: str) -> str | None:
    """`candidate` resolved against `base`, if the result is an http(s) URL with a host; else None."""
    candidate = (candidate or "").strip()
    if not candidate:
        return None
    try:
        absolute = urljoin(base, candidate)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return absolute


def _dedupe(entries: Iterable[FeedEntry | None]) -> list[FeedEntry]:
    """Drop unusable entries and repeated links (first occurrence wins, feed order kept)."""
    seen: set[str] = set()
    kept: list[FeedEntry] = []
    for entry in entries:
        if entry is None or entry.link in seen:
            continue
        seen.add(entry.link)
        kept.append(entry)
    return kept


def _detail_text(node: Mapping[str, Any], key: str) -> str:
    """A feedparser text construct as plain text: markup stripped only when it is (X)HTML."""
    value = node.get(key) or ""
    detail = node.get(f"{key}_detail") or {}
    if "html" in str(detail.get("type", "text/html")):
        return _plain(value)
    return _SPACE.sub(" ", value).strip()


def _plain(value: str) -> str:
    """Markup-free, entity-decoded, whitespace-collapsed text (titles and summaries may carry HTML)."""
    if not value:
        return ""
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", value))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _language_tag(value: str | None) -> str | None:
    """'en-US' -> 'en'; None when absent."""
    if not value or not isinstance(value, str):
        return None
    primary = value.strip().split("-")[0].split("_")[0].lower()
    return primary or None


def _int_or_none(value: Any) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


DEFAULT_SHARED = 2  # items carrying the channel's own timestamp to the second: its default, not their dates
DEFAULT_ALL = 3  # items all carrying one timestamp (and no other date in the feed): a default too


def without_default_dates(
    entries: tuple[FeedEntry, ...], channel_dates: set[datetime]
) -> tuple[FeedEntry, ...]:
    """The entries with a feed's default timestamp taken off: some feeds give every item without a
    date one identical time (the channel's build date, the time the feed was generated), which would
    date those reports (and their "yesterday") to the day the feed was written. A timestamp is such a
    default when `DEFAULT_SHARED` items carry exactly the channel's own date, or when `DEFAULT_ALL`
    items or more carry one time and no item another. Those items become undated (`default_date`):
    their page's own date, their story or nothing dates them, never the feed's default. A time of
    midnight is a date given without its time (items of one day all carry it), never a default."""
    counts = Counter(e.published_at for e in entries if e.published_at is not None)
    defaults = {t for t, n in counts.items() if t.time() != time(0) and (
        (n >= DEFAULT_SHARED and t in channel_dates) or (n >= DEFAULT_ALL and len(counts) == 1))}  # fmt: skip
    if not defaults:
        return entries
    return tuple(
        dataclasses.replace(e, published_at=None, default_date=True) if e.published_at in defaults else e
        for e in entries
    )
