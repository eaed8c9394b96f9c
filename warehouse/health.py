"""Is the warehouse file whole? A cheap check on every open, a full one for maintenance.

A truncated DuckDB file can still answer `count(*)` (the counts live in metadata), and fails only
when a query reaches a missing block. So:
- `check_structure` (every open, milliseconds): the file must be long enough for the blocks its
  header says are in use (3 header blocks + used_blocks * block_size; free blocks at the end are
  not kept in the file). Skipped while a write-ahead log exists, since blocks replayed from the log
  are counted before they are written.
- `verify_warehouse` (maintenance, `conflictwire maintenance --verify-only`): the structural check,
  then every column of every table is read, so DuckDB checks the checksum of every block; and every
  raw-page file `raw_page_files` names is there and whole (`warehouse.raw_store.damaged_files`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.raw_store import damaged_files

HEADER_BYTES = 3 * 4096  # the main header and the two alternating database headers


class WarehouseDamaged(RuntimeError):
    """The warehouse file is truncated, corrupt or not a DuckDB file (message: one line)."""


def damage_message(path: Path, exc: BaseException | str) -> str:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return (
        f"warehouse {path} is damaged ({detail}); restore it from a backup or from "
        f"{path.name.removesuffix('.duckdb')}.snapshot.duckdb, or move it away to start a new one"
    )


def check_structure(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Raise `WarehouseDamaged` when the file is shorter than its own header says."""
    if not path.exists() or Path(str(path) + ".wal").exists():
        return
    rows = con.execute(  # fetchall: a result left unfinished would block the caller's con.sql()
        "SELECT block_size, used_blocks FROM pragma_database_size() WHERE database_name = current_database()"
    ).fetchall()
    row = rows[0] if rows else None
    if row is None or not row[1]:
        return
    block_size, used_blocks = int(row[0]), int(row[1])
    expected = HEADER_BYTES + used_blocks * block_size
    actual = path.stat().st_size
    if actual < expected:
        raise WarehouseDamaged(
            damage_message(path, f"file is {actual} bytes, its blocks in use need {expected}: truncated")
        )


@dataclass
class VerifyReport:
    path: Path
    tables: dict[str, int] = field(default_factory=dict)  # table -> rows read
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_warehouse(con: duckdb.DuckDBPyConnection, path: Path) -> VerifyReport:
    """Read every block: structure first, then every column of every table (checksums)."""
    report = VerifyReport(path)
    try:
        check_structure(con, path)
    except WarehouseDamaged as exc:
        report.problems.append(str(exc))
    tables = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND NOT temporary ORDER BY table_name"
        ).fetchall()
    ]
    for table in tables:
        try:
            # hash(COLUMNS(*)) makes one aggregate per column, so every column segment is read
            row = con.execute(f'SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM "{table}"').fetchone()
            report.tables[table] = int(row[0]) if row else 0
        except duckdb.Error as exc:
            report.problems.append(damage_message(path, f"table {table}: {exc}"))
    if "raw_page_files" in tables:  # the stored pages kept as files beside the warehouse (0062)
        report.problems.extend(damaged_files(con, path))
    return report
