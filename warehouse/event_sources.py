"""The stored per-event report counts and outlet lists (`event_source_lists`, migration 0056).

`acled_events.source` and the report queries read them instead of joining every mention with its
article. Every writer that changes which mentions an event has (the merge, a reprocess) or what
its articles say of their outlet calls `refresh_event_sources` with the events it touched, inside
its transaction, after its rows are written; the lists of those events are computed again from
the stored rows (`warehouse/writes/refresh_event_sources.sql`), so they equal a fresh aggregate.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from warehouse.queries import write_sql


def refresh_event_sources(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str | None]) -> int:
    """Recompute the stored report count and outlet list of `event_ids`; returns how many."""
    ids = sorted({e for e in event_ids if e})
    if not ids:
        return 0
    con.register("_source_events", pa.table({"event_id": pa.array(ids, pa.string())}))
    try:
        con.execute(write_sql("refresh_event_sources"))
    finally:
        con.unregister("_source_events")
    return len(ids)
