"""LOAD_MEMORY_CAP (`flows.runs.RunControl.load`): the run's load transaction runs under DuckDB's
`memory_limit` of `load_memory_mb`, spilling beyond it; a load whose commit cannot fit under the cap
(very long values) is done again without it, on a fresh connection, and nothing is lost or doubled."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from flows.runs import RunSummary, run_lifecycle
from flows.settings import resolve_settings
from warehouse.connection import connect
from warehouse.load import RunBatch, out_of_memory
from warehouse.raw_store import RunRawPages


def _batch(db: Path, run_id: str, rows: int, value_bytes: int, limits: list[str]) -> RunBatch:
    store = RunRawPages(db, run_id)
    store.add(
        [
            {
                "url_key": f"{run_id}-k{i}",
                "url": f"https://kano-herald.example/{run_id}/{i}",
                "final_url": None,
                "status": 200,
                "content_type": "text/html",
                "fetched_at": datetime(2026, 5, 2, 8),
                "body_zlib": b"page %d" % i,
                "body_bytes": 30,
            }
            for i in range(3)
        ]
    )

    def long_rows(con: duckdb.DuckDBPyConnection) -> None:  # a stand-in for a run's article texts
        limits.append(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        con.execute("CREATE TABLE IF NOT EXISTS long_values (run_id VARCHAR, n INTEGER, v VARCHAR)")
        con.execute(
            "INSERT INTO long_values SELECT ?, i, repeat('w', ?) || i FROM range(?) t(i)",
            [run_id, value_bytes, rows],
        )

    batch = RunBatch()
    batch.files.append(store)
    batch.writers.append(long_rows)
    return batch


def _load(
    db: Path, tmp_path: Path, run_id: str, cap_mb: int, rows: int, value_bytes: int
) -> tuple[list[str], list[str]]:
    said: list[str] = []
    limits: list[str] = []  # DuckDB's memory_limit in each load attempt
    settings = resolve_settings(db=str(db), feeds=str(tmp_path / "feeds.yaml"), load_memory_mb=cap_mb)
    summary = RunSummary(run_id=run_id, started_at=datetime(2026, 5, 2, 8), kind="ingest")
    with run_lifecycle(settings, summary, command="test", say=said.append) as control:
        control.load(_batch(db, run_id, rows, value_bytes, limits))
    return said, limits


def _stored(db: Path) -> tuple[list[tuple], int]:
    con = connect(db, read_only=True, snapshot=False, sandbox=False)
    try:
        per_run = con.execute(
            "SELECT run_id, count(*), min(length(v)) FROM long_values GROUP BY run_id ORDER BY run_id"
        ).fetchall()
        return per_run, con.execute("SELECT count(*) FROM raw_page_index").fetchone()[0]
    finally:
        con.close()


def test_rows_beyond_the_cap_spill_and_commit_under_it(db_path: Path, tmp_path: Path) -> None:
    # 40 MB of 2 KB values in one transaction under a 16 MB cap: spilled, committed, no second load
    said, limits = _load(db_path, tmp_path, "run-a", 16, 20_000, 2_000)
    assert not [m for m in said if "memory cap" in m], said
    assert len(limits) == 1 and limits[0].endswith("MiB") and float(limits[0].split()[0]) < 16.5, limits
    assert _stored(db_path) == ([("run-a", 20_000, 2_001)], 3)


def test_a_load_that_cannot_fit_the_cap_is_done_again_without_it(db_path: Path, tmp_path: Path) -> None:
    _load(db_path, tmp_path, "run-a", 0, 10, 100)  # an earlier run's rows, which must stay
    # 60 MB of 200 KB values: the commit cannot pin them under 16 MB and invalidates the instance
    said, limits = _load(db_path, tmp_path, "run-b", 16, 300, 200_000)
    assert [m for m in said if "memory cap (16 MB" in m], said
    assert len(limits) == 2 and limits[0].endswith("MiB") and limits[1].endswith("GiB"), limits
    assert _stored(db_path) == ([("run-a", 10, 101), ("run-b", 300, 200_001)], 6)
    _load(db_path, tmp_path, "run-c", 0, 5, 100)  # the warehouse is whole: the next run loads
    assert _stored(db_path)[0][-1] == ("run-c", 5, 101)


def test_out_of_memory_is_read_through_the_error_it_caused() -> None:
    try:
        try:
            raise duckdb.TransactionException("Failed to commit: failed to pin block of size 256.0 KiB")
        except duckdb.Error as exc:
            raise duckdb.FatalException("database has been invalidated") from exc
    except duckdb.Error as outer:
        assert out_of_memory(outer)
    assert not out_of_memory(duckdb.ConstraintException("Duplicate key"))
