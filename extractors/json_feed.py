"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1) -> `ParsedFeed`, for `feeds.parse_feed`:
`_looks_like_json`, `_parse_json_feed`, `_json_entry`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from extractors.feed_fields import (
    MAX_SUMMARY_CHARS,
    _dedupe,
    _language_tag,
    _plain,
    _str,
    absolute_http_url,
    parse_iso_datetime,
    without_default_dates,
)
from extractors.models import FeedEntry, FeedSpec, ParsedFeed


def _looks_like_json(text: str, content_type: str) -> bool:
    """JSON by its first character; the content-type only decides when the body is not plainly XML."""
    head = text.lstrip()[:1]
    return head == "{" or ("json" in (content_type or "").lower() and head != "<")


def _parse_json_feed(text: str, feed: FeedSpec, base: str) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1), which feedparser does not read."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return ParsedFeed(feed.url, (), error=f"not a well-formed JSON Feed: {exc}")
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/"):
        return ParsedFeed(feed.url, (), error="not a feed: JSON without a jsonfeed.org version")
    title = _plain(_str(doc.get("title")))
    language = feed.language or _language_tag(_str(doc.get("language")) or None)
    outlet = feed.name or title
    home = _str(doc.get("home_page_url")) or base
    items = doc.get("items")
    if not isinstance(items, list):
        return ParsedFeed(feed.url, (), title=title, error="JSON Feed without an items list")
    entries = tuple(
        _dedupe(_json_entry(item, feed, home, outlet, language) for item in items if isinstance(item, dict))
    )
    entries = without_default_dates(entries, set())  # a JSON Feed has no date of its own
    if entries:
        return ParsedFeed(feed.url, entries, title=title)
    error = f"none of the {len(items)} entries has an http(s) link" if items else "feed has no entries"
    return ParsedFeed(feed.url, (), title=title, error=error)


def _json_entry(
    item: Mapping[str, Any], feed: FeedSpec, base: str, outlet: str, language: str | None
) -> FeedEntry | None:
    link = absolute_http_url(_str(item.get("url")), base) or absolute_http_url(
        _str(item.get("external_url")), base
    )
    item_id = _str(item.get("id"))
    if link is None and urlsplit(item_id).scheme in ("http", "https"):
        link = absolute_http_url(item_id, base)  # an id is a link only when it is already absolute
    if link is None:
        return None
    summary = _str(item.get("summary")) or _str(item.get("content_text")) or _str(item.get("content_html"))
    published = parse_iso_datetime(_str(item.get("date_published"))) or parse_iso_datetime(
        _str(item.get("date_modified"))
    )
    return FeedEntry(
        feed_url=feed.url,
        link=link,
        title=_plain(_str(item.get("title"))),
        guid=item_id or link,
        published_at=published,
        summary=_plain(summary)[:MAX_SUMMARY_CHARS],
        outlet=outlet,
        language=_language_tag(_str(item.get("language")) or None) or language,
    )
