"""Event history: what each run added, changed, merged and retired, and where old ids went.

Every write of `events` goes through `upsert_events`, inside the run's transaction: it records
in `event_changes` the events that are new and the events whose row differs from the stored one
(any column but `last_updated_at`), stamps `last_updated_at` on those only, and keeps the stored
stamp of events rewritten unchanged. `record_merged` and `retire_events` record events that stop
having a row: `events_merged` says where each went (so a saved id still resolves: the
`event_ids` view, `resolve_event_id`), `event_changes` says which run did it. `count_run_changes`
copies the run's counts into its `runs` row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from extractors.times import naive_utc
from warehouse.queries import query_sql, run_script, write_sql

_STAMP = "last_updated_at"


def _now() -> datetime:
    return naive_utc(datetime.now(UTC))  # type: ignore[return-value]


def upsert_events(
    con: duckdb.DuckDBPyConnection, incoming: str, columns: Sequence[str], run_id: str | None
) -> None:
    """Insert or replace the events of the registered table `incoming` (its `columns`), recording
    which are added or changed by `run_id`."""
    now = _now()
    compared = [c for c in columns if c not in ("event_id", _STAMP)]
    differs = " OR ".join(f"e.{c} IS DISTINCT FROM n.{c}" for c in compared) or "FALSE"
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _history_touched AS"
        f" SELECT n.event_id, CASE WHEN e.event_id IS NULL THEN 'added'"
        f" WHEN {differs} THEN 'changed' END AS change, e.{_STAMP} AS stamp"
        f" FROM {incoming} n LEFT JOIN events e USING (event_id)"
    )
    try:
        con.execute(
            "INSERT INTO event_changes (run_id, event_id, change, into_event_id, changed_at)"
            " SELECT ?, event_id, change, NULL, ? FROM _history_touched WHERE change IS NOT NULL",
            [run_id, now],
        )
        cols = ", ".join(columns)
        con.execute(f"INSERT OR REPLACE INTO events ({cols}) SELECT {cols} FROM {incoming}")
        con.execute(
            f"UPDATE events SET {_STAMP} = CASE WHEN t.change IS NULL THEN t.stamp ELSE ? END"
            " FROM _history_touched t WHERE events.event_id = t.event_id",
            [now],
        )
        # an id merged away or retired earlier that is an event again resolves to itself
        con.execute(
            "DELETE FROM events_merged WHERE absorbed_event_id IN (SELECT event_id FROM _history_touched)"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _history_touched")


def record_merged(con: duckdb.DuckDBPyConnection, absorbed: str, run_id: str | None) -> None:
    """`event_changes` rows for the events of the registered table `absorbed` (old, new) that
    `run_id` merged into another (their `events_merged` rows are written by the merge)."""
    con.execute(
        "INSERT INTO event_changes (run_id, event_id, change, into_event_id, changed_at)"
        " SELECT ?, old, 'merged', new, ? FROM " + absorbed,
        [run_id, _now()],
    )


def retire_events(
    con: duckdb.DuckDBPyConnection, successors: Mapping[str, str | None], run_id: str | None
) -> None:
    """Delete the events in `successors` (a reprocess left them without reports). Each keeps an
    `events_merged` row: reason 'merged' into the event most of its reports now belong to, or
    'retired' with no successor. Ids that pointed at them point at their successor."""
    if not successors:
        return
    now = _now()
    table = pa.table({"old": list(successors), "new": pa.array(list(successors.values()), pa.string())})
    con.register("_history_retired", table)
    try:
        run_script(con, write_sql("retire_events"), {"run_id": run_id, "now": now})
    finally:
        con.unregister("_history_retired")


def count_run_changes(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict[str, int]:
    """The run's added / changed / merged / retired counts, also written to its `runs` row."""
    rows = con.execute(
        "SELECT change, count(DISTINCT event_id) FROM event_changes WHERE run_id = ? GROUP BY change",
        [run_id],
    ).fetchall()
    counts = {change: 0 for change in ("added", "changed", "merged", "retired")}
    counts.update({change: int(n) for change, n in rows})
    con.execute(
        "UPDATE runs SET events_added = ?, events_changed = ?, events_merged = ?, events_retired = ?"
        " WHERE run_id = ?",
        [counts["added"], counts["changed"], counts["merged"], counts["retired"], run_id],
    )
    return counts


def resolve_event_id(con: duckdb.DuckDBPyConnection, event_id: str) -> tuple[str | None, str] | None:
    """(current event id or None, status) of any id ever issued; None for an unknown id.
    Status: 'current', 'merged' (lives on in the current id) or 'retired'."""
    row = con.execute(
        "SELECT current_event_id, status FROM event_ids WHERE event_id = ?", [event_id]
    ).fetchone()
    return (row[0], row[1]) if row else None


def event_with_sources(
    con: duckdb.DuckDBPyConnection, event_id: str
) -> tuple[str, str | None, list[str], list[tuple]] | None:
    """(status, current id, columns, rows: the event with one row per report) for any id ever
    issued; None for an id never issued. A retired id has no current id and no rows."""
    resolved = resolve_event_id(con, event_id)
    if resolved is None:
        return None
    current, status = resolved
    if current is None:
        return status, None, [], []
    cur = con.execute(query_sql("event_with_sources"), {"id": current})
    return status, current, [d[0] for d in cur.description], cur.fetchall()
