"""Writing one run's results: bulk, through Arrow, in one transaction.

DuckDB allows one writing process, so a run writes once, at its end. Each table has a
natural key and an upsert rule, so re-running the same window never duplicates a row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import duckdb
import pyarrow as pa

OnConflict = Literal["append", "ignore", "replace"]

# How each table is written: append-only logs, first-write-wins, or latest-wins.
UPSERT_RULES: dict[str, OnConflict] = {
    "runs": "replace",
    "fetch_log": "append",
    "feeds": "replace",
    "seen_urls": "ignore",
    "raw_pages": "replace",
    "articles": "ignore",
    "event_mentions": "replace",
    "page_queue": "replace",
}


@dataclass
class RunBatch:
    """Everything one run produced, as rows per table, plus extra writers (dedup, merge)
    that must run inside the same transaction."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    writers: list[Callable[[duckdb.DuckDBPyConnection], None]] = field(default_factory=list)

    def add(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        self.rows.setdefault(table, []).extend(dict(r) for r in rows)


def insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Mapping[str, Any]], on_conflict: OnConflict
) -> int:
    """Bulk-insert `rows` (dicts keyed by column) into `table` through one Arrow table."""
    if not rows:
        return 0
    columns = list(rows[0].keys())
    arrow = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    verb = {"append": "INSERT INTO", "ignore": "INSERT OR IGNORE INTO", "replace": "INSERT OR REPLACE INTO"}[
        on_conflict
    ]
    column_list = ", ".join(f'"{c}"' for c in columns)
    con.register("_incoming", arrow)
    try:
        con.execute(f"{verb} {table} ({column_list}) SELECT {column_list} FROM _incoming")
    finally:
        con.unregister("_incoming")
    return len(rows)


def delete_rows(con: duckdb.DuckDBPyConnection, table: str, key_column: str, keys: Sequence[str]) -> int:
    """Delete the rows of `table` whose `key_column` is in `keys`, in one statement."""
    if not keys:
        return 0
    con.execute(f'DELETE FROM {table} WHERE "{key_column}" IN (SELECT unnest(?::VARCHAR[]))', [list(keys)])
    return len(keys)


def load_run(con: duckdb.DuckDBPyConnection, batch: RunBatch) -> dict[str, int]:
    """Write the whole batch in one transaction; on any error nothing of it is written."""
    written: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for table, rows in batch.rows.items():
            written[table] = insert_rows(con, table, rows, UPSERT_RULES.get(table, "append"))
        for writer in batch.writers:
            writer(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return written
