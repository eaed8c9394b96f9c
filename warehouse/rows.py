"""Records -> warehouse rows (column -> value dicts), one function per table."""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from extractors.models import Article, EventMention, RawPage


def naive_utc(value: datetime | None) -> datetime | None:
    """DuckDB TIMESTAMP columns hold naive UTC."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def mention_id(article_id: str, index: int, mention: EventMention | None = None) -> str:
    """Natural key of a mention: its article and its position in the coder's output (main event
    first). Sorting by it keeps each article's mentions together and in the coder's order.
    Re-coding an article replaces its rows position by position."""
    return f"{article_id}:{index:03d}"


def article_row(
    article: Article, *, article_id: str, feed_url: str, outlet: str, url: str, fetched_at: datetime | None
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "url": url,
        "canonical_url": article.canonical_url,
        "feed_url": feed_url,
        "outlet": outlet,
        "title": article.title,
        "published_at": naive_utc(article.published_at),
        "language": article.language,
        "text": article.text,
        "content_hash": article.content_hash,
        "story_id": None,
        "fetched_at": naive_utc(fetched_at),
        "updated_at": naive_utc(article.updated_at),
        "authors": "; ".join(article.authors),
        "site_name": article.site_name,
        "dateline": article.dateline,
        "page_kind": article.page_kind,
    }


def mention_row(mid: str, article_id: str, mention: EventMention, coded_at: datetime) -> dict[str, Any]:
    row = asdict(mention)
    row.update(mention_id=mid, article_id=article_id, event_id=None, coded_at=naive_utc(coded_at))
    return row


def raw_page_row(page: RawPage, url_key: str) -> dict[str, Any]:
    return {
        "url_key": url_key,
        "url": page.url,
        "final_url": page.final_url,
        "status": page.status,
        "content_type": page.content_type,
        "fetched_at": naive_utc(page.fetched_at),
        "body_zlib": zlib.compress(page.content, 6),
        "body_bytes": len(page.content),
    }


def fetch_log_row(run_id: str, page: RawPage, kind: str) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "url": page.url,
        "final_url": page.final_url,
        "kind": kind,
        "status": page.status,
        "error": page.error,
        "bytes": len(page.content),
        "elapsed_ms": page.elapsed_ms,
        "fetched_at": naive_utc(page.fetched_at),
    }


def errors_json(errors: list[dict[str, str]]) -> str:
    return json.dumps(errors, ensure_ascii=False)
