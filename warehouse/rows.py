"""Records -> warehouse rows (column -> value dicts), one function per table."""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict
from datetime import datetime
from typing import Any

import pyarrow as pa

from extractors.models import Article, EventMention, RawPage
from extractors.times import naive_utc

# `raw_page_row`'s columns as `raw_pages` types them (migration 0001), for rows spooled to Parquet
RAW_PAGES_SCHEMA = pa.schema(
    [
        ("url_key", pa.string()), ("url", pa.string()), ("final_url", pa.string()), ("status", pa.int32()),
        ("content_type", pa.string()), ("fetched_at", pa.timestamp("us")), ("body_zlib", pa.binary()),
        ("body_bytes", pa.int64()),
    ]
)  # fmt: skip


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
        "date_source": article.date_source,
        "story_published_at": None,  # set when the story's dated reports date it (flows/story_days.py)
    }


def mention_row(mid: str, article_id: str, mention: EventMention, coded_at: datetime) -> dict[str, Any]:
    row = asdict(mention)
    row.update(mention_id=mid, article_id=article_id, event_id=None, coded_at=naive_utc(coded_at))
    return row


def raw_page_row(
    page: RawPage, url_key: str, body_zlib: bytes | None = None, body_bytes: int | None = None
) -> dict[str, Any]:
    """A `raw_pages` row; `body_zlib` / `body_bytes` when the body was compressed elsewhere (the
    run's workers), else from `page.content`."""
    if body_zlib is None:
        from extractors.process import RAW_ZLIB_LEVEL  # late: extractors.process imports trafilatura

        body_zlib, body_bytes = zlib.compress(page.content, RAW_ZLIB_LEVEL), len(page.content)
    return {
        "url_key": url_key,
        "url": page.url,
        "final_url": page.final_url,
        "status": page.status,
        "content_type": page.content_type,
        "fetched_at": naive_utc(page.fetched_at),
        "body_zlib": body_zlib,
        "body_bytes": body_bytes,
    }


def fetch_log_row(run_id: str, page: RawPage, kind: str, body_bytes: int | None = None) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "url": page.url,
        "final_url": page.final_url,
        "kind": kind,
        "status": page.status,
        "error": page.error,
        "bytes": len(page.content) if body_bytes is None else body_bytes,
        "elapsed_ms": page.elapsed_ms,
        "fetched_at": naive_utc(page.fetched_at),
        "skipped": None,  # set when the page was fetched but not stored (flows/stages.py)
    }


def errors_json(errors: list[dict[str, str]]) -> str:
    return json.dumps(errors, ensure_ascii=False)
