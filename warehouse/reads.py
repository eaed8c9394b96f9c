"""Read-side queries the flow needs before it fetches: feed state and already-seen URLs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb


def feed_state_rows(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Every feed's stored state, keyed by feed URL, as column -> value dicts."""
    cur = con.execute("SELECT * FROM feeds")
    names = [d[0] for d in cur.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}


def seen_url_keys(con: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> set[str]:
    """The subset of `keys` already in `seen_urls` or `articles` (one query, not one per key)."""
    wanted = sorted(set(keys))
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT url_key FROM seen_urls WHERE url_key IN (SELECT unnest(?::VARCHAR[])) "
        "UNION SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [wanted, wanted],
    ).fetchall()
    return {r[0] for r in rows}


def existing_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
    ).fetchall()
    return {r[0] for r in rows}


def queued_pages(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every link in `page_queue`, oldest first, as column -> value dicts."""
    cur = con.execute("SELECT * FROM page_queue ORDER BY queued_at, url_key")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def robots_txt_rows(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """robots.txt answers kept from earlier runs (the fetcher decides which are still fresh)."""
    cur = con.execute("SELECT origin, status, body, fetched_at FROM robots_txt")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
