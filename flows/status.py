"""`conflictwire status`: is a run going on, how did the last runs end, which feeds are unwell.

Reads the snapshot (never waits for a run) and the writer lock file (who is writing, which stage).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from flows.locks import current_holder, holder_text
from warehouse.connection import connect, snapshot_path

RUNS_SQL = """
SELECT run_id, kind, status, stage, started_at, finished_at, feeds_polled, feeds_failed,
       new_articles, pages_skipped, events, write_lock_s
FROM runs ORDER BY started_at DESC LIMIT ?
"""
FEEDS_SQL = """
SELECT name, feed_url, last_status, consecutive_failures, gone, last_success_at, next_poll_at, last_error
FROM feed_health ORDER BY consecutive_failures DESC, gone DESC, name
"""


def _age(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return f"in {_span(-seconds)}"
    return f"{_span(seconds)} ago"


def _span(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def print_status(db: Path, console: Console, runs: int = 10) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    holder = current_holder(db)
    if holder is not None:
        console.print(f"[bold]writing now:[/bold] {holder_text(holder)}")
    else:
        console.print("no run is writing the warehouse now")
    snap = snapshot_path(db)
    if snap.exists():
        published = datetime.fromtimestamp(snap.stat().st_mtime, UTC).replace(tzinfo=None)
        console.print(f"read snapshot {snap} published {_age(published, now)}")
    con = connect(db, read_only=True)
    try:
        run_rows = _rows(con.execute(RUNS_SQL, [runs]))
        feed_rows = _rows(con.execute(FEEDS_SQL))
    finally:
        con.close()

    table = Table(title=f"last {len(run_rows)} runs", title_justify="left")
    for column in ("started", "kind", "status", "stage", "took", "feeds (failed)", "new articles",
                   "skipped", "events", "write lock"):  # fmt: skip
        table.add_column(column)
    for r in run_rows:
        took = (r["finished_at"] - r["started_at"]).total_seconds() if r["finished_at"] else None
        style = {"failed": "red", "interrupted": "yellow", "running": "cyan", "partial": "yellow"}
        table.add_row(
            _age(r["started_at"], now),
            r["kind"] or "ingest",
            f"[{style.get(r['status'], 'green')}]{r['status']}[/]",
            r["stage"] or "",
            f"{took:.1f}s" if took is not None else "",
            f"{r['feeds_polled'] or 0} ({r['feeds_failed'] or 0})",
            str(r["new_articles"] or 0),
            str(r["pages_skipped"] or 0),
            str(r["events"] or 0),
            f"{r['write_lock_s']:.2f}s" if r["write_lock_s"] is not None else "",
        )
    console.print(table)

    healthy = sum(1 for f in feed_rows if not f["consecutive_failures"] and not f["gone"])
    feeds = Table(title=f"feeds: {healthy} of {len(feed_rows)} healthy", title_justify="left")
    for column in ("feed", "last status", "failures", "last success", "next poll", "last error"):
        feeds.add_column(column, overflow="fold")
    for f in feed_rows:
        status = "gone" if f["gone"] else str(f["last_status"] or "")
        feeds.add_row(
            f["name"] or f["feed_url"],
            status,
            str(f["consecutive_failures"] or 0),
            _age(f["last_success_at"], now),
            _age(f["next_poll_at"], now),
            (f["last_error"] or "")[:80],
        )
    console.print(feeds)


def _rows(cur: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
