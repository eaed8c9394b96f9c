"""Page -> Article: the composition of the extraction steps, one parse per page.

Pure: bytes in, a frozen `Article` out; never raises on junk input (page_kind "empty").

1. a body that is not a text document (PDF, image, archive, sniffed from its bytes whatever the
   Content-Type says: `extractors.sniff`) is returned at once with page_kind "binary", no text;
2. decode the body as browsers do (`extractors.decoding.decode_html`);
3. parse once with lxml; metadata from that tree (`extractors.page_meta`), the feed entry as the
   fallback for title, date, site name and language;
4. the article body (`extractors.body`): a split body rejoined, trafilatura as a cascade;
5. `extractors.clean.clean_text`, the language (`extractors.language`), the page kind
   (`extractors.page_kind`).
Measured on the shared benchmark by `bench/bench_extraction.py`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from urllib.parse import urlsplit

from trafilatura.utils import load_html

from extractors.body import extract_body, join_split_body
from extractors.clean import clean_text
from extractors.decoding import decode_html
from extractors.dedup import content_hash
from extractors.language import detect_language
from extractors.models import Article, FeedEntry, RawPage
from extractors.page_kind import KINDS_WITH_TEXT, page_kind
from extractors.page_meta import PageMeta, page_metadata
from extractors.sniff import is_binary
from extractors.urls import canonical_url, page_canonical_url

LOG = logging.getLogger(__name__)


def _fallback_article(page: RawPage, entry: FeedEntry | None, kind: str = "empty") -> Article:
    """What is known without a usable page: its URL and the feed entry's fields; page_kind `kind`."""
    url = page.url or (entry.link if entry else "")
    return Article(
        url=url,
        canonical_url=canonical_url(page.final_url or url),
        title=(entry.title if entry else "") or "",
        text="",
        published_at=entry.published_at if entry else None,
        page_dated=False,
        date_source=_date_source(None, entry),
        language=entry.language if entry else None,
        site_name=(entry.outlet if entry else "") or "",
        page_kind=kind,
        fetched_at=page.fetched_at,
    )


def extract_article(page: RawPage, entry: FeedEntry | None = None) -> Article:
    """The cleaned article of one fetched page; page_kind says when it is not an article.

    `entry`, when the page came from a feed, fills what the page lacks (title, date, site name,
    language). Never raises: junk input gives page_kind "empty"; a body that is not a text document
    (a PDF or an image, even served as text/html) gives page_kind "binary" and no text.
    """
    try:
        return _extract_article(page, entry)
    except Exception as err:  # a pipeline over thousands of pages must not stop on one
        LOG.warning("extraction failed for %s: %r", page.url, err)
        return _fallback_article(page, entry)


def _extract_article(page: RawPage, entry: FeedEntry | None) -> Article:
    if not page.content:
        return _fallback_article(page, entry)
    if is_binary(page.content, page.content_type):
        return _fallback_article(page, entry, "binary")
    url = page.final_url or page.url
    html = decode_html(page.content, page.content_type, url)
    tree = load_html(html)
    if tree is None:
        return _fallback_article(page, entry)
    meta = page_metadata(tree, url)
    join_split_body(tree)
    raw_text = extract_body(tree, url)

    title = meta.title or (entry.title if entry else "")
    hinted_language = (entry.language if entry else None) or meta.html_language
    cleaned = clean_text(raw_text, hinted_language, title=title)
    language = detect_language(cleaned.text) or hinted_language
    paywall_notice = any(removed.rule == "paywall_notice" for removed in cleaned.removed_lines)
    kind = page_kind(meta, cleaned.text, paywall_notice, url, tree)
    text = cleaned.text if kind in KINDS_WITH_TEXT else ""
    canonical = (
        page_canonical_url(meta.canonical_href, url) if meta.canonical_href else None
    ) or canonical_url(url)
    return Article(
        url=page.url,
        canonical_url=canonical,
        title=title,
        text=text,
        published_at=meta.published_at or (entry.published_at if entry else None),
        page_dated=meta.published_at is not None,
        date_source=_date_source(meta, entry),
        updated_at=meta.updated_at,
        authors=meta.authors,
        language=language,
        site_name=meta.site_name or (entry.outlet if entry else "") or urlsplit(url).hostname or "",
        dateline=cleaned.dateline if text else "",
        page_kind=kind,
        content_hash=content_hash(text) if text else "",
        fetched_at=page.fetched_at,
    )


def _date_source(meta: PageMeta | None, entry: FeedEntry | None) -> str:
    """Where the article's `published_at` came from (`models.DATE_SOURCES`): the page (its
    metadata, a date it shows, its URL), else its feed entry, else nowhere ("feed-default": the
    entry's timestamp was its feed's default for undated items, `feeds.without_default_dates`)."""
    if meta is not None and meta.published_at is not None:
        return meta.published_source or "published"
    if entry is not None and entry.published_at is not None:
        return "feed"
    return "feed-default" if entry is not None and entry.default_date else "none"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_record(article: Article) -> dict:
    """The JSON-ready record of an article: what `conflictwire extract --format jsonl` prints per
    page and exactly what the flow stores (dates as ISO 8601 strings, authors as a list)."""
    return {
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "text": article.text,
        "published_at": _iso(article.published_at),
        "date_source": article.date_source,
        "updated_at": _iso(article.updated_at),
        "authors": list(article.authors),
        "language": article.language,
        "site_name": article.site_name,
        "dateline": article.dateline,
        "page_kind": article.page_kind,
        "content_hash": article.content_hash,
    }
