"""Feed bodies (bytes) -> `ParsedFeed`: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed here.

Pure: no network, no files. feedparser only ever sees an in-memory byte stream (never a URL, never a
string that it could take for a path), already transcoded to UTF-8 by `decode_feed_bytes`, so the
charset decision is made once, here, by rules a reader can follow:

1. a byte-order mark, or the UTF-16/32 signature of `<?` (XML 1.0 appendix F);
2. the bytes are valid UTF-8 -> UTF-8 (a Latin-1 text that happens to be valid UTF-8 is vanishingly rare,
   so this also repairs feeds whose header or declaration wrongly says ISO-8859-1);
3. the charset declared by the HTTP header, then by the XML declaration, if the bytes decode with it;
4. otherwise windows-1252 (the WHATWG reading of "ISO-8859-1"), then ISO-8859-1: undeclared Latin-1 feeds.

Hostile XML: feedparser strips the DOCTYPE and keeps only entity declarations whose value is a literal
(no references, no SYSTEM/PUBLIC), and its SAX parser does not load external entities, so
billion-laughs and external-entity payloads expand to nothing (tests/test_feeds.py proves it).

This module holds `parse_feed` and the RSS/Atom reading; the charset is `feed_charset.py`, JSON Feed
`json_feed.py`, the readings of entry fields and dates `feed_fields.py`.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from extractors.feed_charset import charset_note, decode_feed_bytes
from extractors.feed_fields import (
    MAX_SUMMARY_CHARS,
    _dedupe,
    _detail_text,
    _int_or_none,
    _language_tag,
    absolute_http_url,
    parse_localized_date,
    without_default_dates,
)
from extractors.json_feed import _looks_like_json, _parse_json_feed
from extractors.models import FeedEntry, FeedSpec, ParsedFeed


def parse_feed(
    body: bytes, feed: FeedSpec, content_type: str = "", base_url: str | None = None
) -> ParsedFeed:
    """Parse a feed body. Never raises for bad input: `ParsedFeed.error` says why there are no entries.

    `base_url` (the final URL after redirects, when known) resolves relative links; it defaults to
    the feed's own URL.
    """
    base = base_url or feed.url
    if not body or not body.strip():
        return ParsedFeed(feed_url=feed.url, entries=(), error="empty body")
    try:
        text, encoding = decode_feed_bytes(body, content_type)
    except (UnicodeDecodeError, LookupError) as exc:  # pragma: no cover - the last fallback decodes all
        return ParsedFeed(feed_url=feed.url, entries=(), error=f"undecodable body: {exc}")
    if _looks_like_json(text, content_type):
        return _parse_json_feed(text, feed, base)
    return _parse_xml_feed(text, feed, base, charset_note(body, content_type, encoding))


# ---------------------------------------------------------------------------------------------- XML


def _parse_xml_feed(text: str, feed: FeedSpec, base: str, note: str | None) -> ParsedFeed:
    data = feedparser.parse(
        io.BytesIO(text.encode("utf-8")),  # a stream: feedparser must never treat input as URL/path
        response_headers={"content-type": "application/xml; charset=utf-8", "content-location": base},
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    channel = data.get("feed", {})
    title = _detail_text(channel, "title")
    language = feed.language or _language_tag(channel.get("language"))
    outlet = feed.name or title
    entries = tuple(_dedupe(_xml_entry(e, feed, base, outlet, language) for e in data.get("entries", [])))
    own = {_struct_to_utc(dict.get(channel, f"{k}_parsed")) for k in ("updated", "published")} - {None}
    entries = without_default_dates(entries, own)
    problem = _bozo_reason(data)
    notes = [note] if note else []
    ttl = _int_or_none(channel.get("ttl"))
    if entries:
        if problem:
            notes.append(f"recovered from malformed input: {problem}")
        warning = "; ".join(notes) or None
        return ParsedFeed(feed.url, entries, title=title, ttl_minutes=ttl, warning=warning)
    warning = "; ".join(notes) or None
    raw_count = len(data.get("entries", []))
    if raw_count:
        error = f"none of the {raw_count} entries has an http(s) link"
        if problem:
            error += f" (malformed input: {problem})"
    elif problem:
        error = f"not a well-formed feed: {problem}"
    elif not data.get("version"):
        head = text.lstrip()[:200].lower()
        kind = "an HTML page" if ("<html" in head or "<!doctype html" in head) else "not RSS/Atom/JSON Feed"
        error = f"not a feed: {kind}"
    else:
        error = "feed has no entries"
    return ParsedFeed(feed.url, (), title=title, ttl_minutes=ttl, error=error, warning=warning)


def _xml_entry(
    entry: Mapping[str, Any], feed: FeedSpec, base: str, outlet: str, language: str | None
) -> FeedEntry | None:
    link = _entry_link(entry, base)
    if link is None:
        return None
    published = None
    for key in ("published", "updated", "created"):
        # dict.get: FeedParserDict.get would alias updated->published with a DeprecationWarning
        published = _struct_to_utc(dict.get(entry, f"{key}_parsed")) or parse_localized_date(
            dict.get(entry, key)
        )
        if published is not None:
            break
    return FeedEntry(
        feed_url=feed.url,
        link=link,
        title=_detail_text(entry, "title"),
        guid=str(entry.get("id") or link),
        published_at=published,
        summary=_detail_text(entry, "summary")[:MAX_SUMMARY_CHARS],
        outlet=outlet,
        language=language,
    )


def _entry_link(entry: Mapping[str, Any], base: str) -> str | None:
    """The entry's article URL: `link`, else an alternate link, else a permalink guid; absolute http(s)."""
    candidates: list[str] = []
    if entry.get("link"):
        candidates.append(entry["link"])
    for link in entry.get("links", []) or []:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            candidates.append(link["href"])
    if entry.get("guidislink") and entry.get("id"):
        candidates.append(entry["id"])
    for candidate in candidates:
        absolute = absolute_http_url(candidate, base)
        if absolute:
            return absolute
    return None


def _bozo_reason(data: Mapping[str, Any]) -> str | None:
    if not data.get("bozo"):
        return None
    exc = data.get("bozo_exception")
    # Our own transcoding makes feedparser's encoding complaints meaningless: only syntax matters.
    if exc is None or type(exc).__name__ in {"CharacterEncodingOverride", "CharacterEncodingUnknown"}:
        return None
    message = getattr(exc, "getMessage", None)
    line = getattr(exc, "getLineNumber", None)
    reason = message() if callable(message) else str(exc)
    if callable(line):
        reason = f"{reason} (line {line()})"
    return reason or type(exc).__name__


def _struct_to_utc(value: Any) -> datetime | None:
    """feedparser's `*_parsed` values are UTC `time.struct_time`s; malformed ones become None."""
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
