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
"""

from __future__ import annotations

import calendar
import codecs
import dataclasses
import html
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import yaml

from extractors.charsets import codec_for_label, http_charset
from extractors.models import FeedEntry, FeedSpec, ParsedFeed

MAX_SUMMARY_CHARS = 2000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How `<?` (or `<` + any ASCII) looks in each wide encoding without a BOM (XML 1.0, appendix F).
_WIDE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|figure|hr)\b[^>]*>", re.I
)
_SPACE = re.compile(r"\s+")


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


# ---------------------------------------------------------------------------------------------- charset


def decode_feed_bytes(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Decode a feed body to text by the rules in the module docstring; returns (text, encoding)."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace"), encoding
    for signature, encoding in _WIDE_SIGNATURES:
        if body.startswith(signature):
            return body.decode(encoding, errors="replace"), encoding
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for declared in (http_charset(content_type), _xml_declared_encoding(body)):
        encoding = _normalise_label(declared)
        if encoding is None or encoding == "utf-8":
            continue
        try:
            return body.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("windows-1252"), "windows-1252"
    except UnicodeDecodeError:
        return body.decode("iso-8859-1"), "iso-8859-1"


def charset_note(body: bytes, content_type: str, encoding: str) -> str | None:
    """A warning when the charset was guessed or the declared one did not fit the bytes; else None."""
    if body.isascii() or encoding.startswith(("utf-16", "utf-32")):
        return None
    declared = [http_charset(content_type), _xml_declared_encoding(body)]
    labels = [label for label in declared if _normalise_label(label)]
    if not labels:
        return None if encoding == "utf-8" else f"no charset declared; decoded as {encoding}"
    if _normalise_label(labels[0]) != encoding:
        return f"declared charset {labels[0]} does not fit the bytes; decoded as {encoding}"
    return None


def _xml_declared_encoding(body: bytes) -> str | None:
    match = _XML_DECL_ENCODING.match(body[:512])
    return match.group(1).decode("ascii") if match else None


def _normalise_label(label: str | None) -> str | None:
    name = codec_for_label(label)
    if name is None:
        return None
    if name == "cp1252":
        return "windows-1252"
    # A wide encoding declared on bytes that had no BOM/signature is a lie: ignore it.
    if name.startswith(("utf-16", "utf-32")):
        return None
    return name


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


# ---------------------------------------------------------------------------------------------- JSON Feed


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
