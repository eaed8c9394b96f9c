"""The `maintenance` flow (daily): verify the warehouse, prune the raw archive, checkpoint, publish.

1. VERIFY: `warehouse.health.verify_warehouse` reads every block (a truncated or corrupt file is
   found here, with a one-line diagnosis, and nothing is written to it).
2. PRUNE: raw page bytes older than `raw_retention_days` (0 keeps them all: rows of `raw_pages`,
   index rows of `raw_page_files`, then the files no index row names, `warehouse.raw_store`) and
   robots.txt answers older than the 24 h they may be used for.
3. CHECKPOINT, so the file is compact and the write-ahead log empty; then publish the snapshot.
Runs under the writer lock like any run; it does not add a `runs` row (it ingests nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from prefect import flow, get_run_logger

from extractors.times import naive_utc
from flows.locks import writer_lock
from flows.settings import Settings, resolve_settings
from warehouse.connection import WarehouseDamaged, connect, publish_snapshot
from warehouse.health import verify_warehouse
from warehouse.raw_store import collect_garbage


@dataclass
class MaintenanceReport:
    db: str
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    raw_pages_pruned: int = 0
    robots_pruned: int = 0
    snapshot: str | None = None

    def markdown(self) -> str:
        lines = [f"# conflictwire maintenance of `{self.db}`: {'ok' if self.ok else 'DAMAGED'}", ""]
        lines += [f"- problem: {p}" for p in self.problems]
        lines += [
            f"- raw pages pruned: {self.raw_pages_pruned}",
            f"- robots.txt answers pruned: {self.robots_pruned}",
            f"- snapshot: {self.snapshot or 'not published'}",
            "",
            "| table | rows |",
            "|---|---:|",
        ]
        lines += [f"| {t} | {n} |" for t, n in sorted(self.tables.items())]
        return "\n".join(lines) + "\n"


class WarehouseVerifyFailed(RuntimeError):
    """The verify step found damage (its message is the one-line diagnosis)."""


@flow(name="maintenance")
def maintenance(
    db_path: str | None = None, retention_days: int | None = None, verify_only: bool = False
) -> MaintenanceReport:
    """Verify, prune and checkpoint the warehouse; fails (with the diagnosis) when it is damaged."""
    settings = resolve_settings(db=db_path, raw_retention_days=retention_days)
    report = run_maintenance(settings, verify_only=verify_only)
    _artifact(report)
    if not report.ok:
        raise WarehouseVerifyFailed(report.problems[0])
    return report


def run_maintenance(settings: Settings, *, verify_only: bool = False) -> MaintenanceReport:
    logger = get_run_logger()
    db = Path(settings.db)
    report = MaintenanceReport(str(db))
    if not db.exists():
        report.ok = False
        report.problems.append(f"no warehouse at {db}")
        return report
    with writer_lock(db, wait_s=settings.lock_wait_s, command="maintenance", on_wait=logger.warning):
        try:
            con = connect(db, read_only=True, snapshot=False, sandbox=False, on_busy=logger.warning)
        except WarehouseDamaged as exc:
            report.ok = False
            report.problems.append(str(exc))
            return report
        try:
            verified = verify_warehouse(con, db)
        finally:
            con.close()
        report.tables, report.problems, report.ok = verified.tables, verified.problems, verified.ok
        if not report.ok or verify_only:
            return report
        now = datetime.now(UTC)
        con = connect(db, busy_timeout_s=settings.write_retry_s, on_busy=logger.warning)
        try:
            if settings.raw_retention_days > 0:
                cutoff = naive_utc(now - timedelta(days=settings.raw_retention_days))
                report.raw_pages_pruned = _delete(
                    con, "DELETE FROM raw_pages WHERE fetched_at < ?", cutoff
                ) + _delete(con, "DELETE FROM raw_page_files WHERE fetched_at < ?", cutoff)
            collect_garbage(con, db)  # the files (and folders) no index row names any more
            report.robots_pruned = _delete(
                con, "DELETE FROM robots_txt WHERE fetched_at < ?", naive_utc(now - timedelta(hours=24))
            )
            con.execute("FORCE CHECKPOINT")
        finally:
            con.close()
        published = publish_snapshot(db)
        report.snapshot = str(published) if published else None
    logger.info(
        "maintenance: %d raw pages and %d robots.txt answers pruned",
        report.raw_pages_pruned,
        report.robots_pruned,
    )
    return report


def _delete(con, sql: str, cutoff: datetime | None) -> int:  # noqa: ANN001
    row = con.execute(sql.replace("DELETE FROM", "SELECT count(*) FROM", 1), [cutoff]).fetchone()
    con.execute(sql, [cutoff])
    return int(row[0]) if row else 0


def _artifact(report: MaintenanceReport) -> None:
    try:
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(markdown=report.markdown(), key="conflictwire-maintenance")
    except Exception as exc:
        get_run_logger().warning("maintenance artifact not created: %s", exc)
