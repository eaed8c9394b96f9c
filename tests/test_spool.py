"""Rows spooled to Parquet during a run (`warehouse.load.TableSpool`) load in the run's single
transaction under the table's upsert rule, like rows held in memory; a failed load writes none;
a run leaves no spool files behind."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from warehouse.connection import connect
from warehouse.load import RunBatch, TableSpool, load_run
from warehouse.raw_store import raw_dir
from warehouse.rows import RAW_PAGES_SCHEMA


def page_row(key: str, body: bytes) -> dict:
    return {
        "url_key": key,
        "url": f"https://news.example/{key}",
        "final_url": f"https://news.example/{key}",
        "status": 200,
        "content_type": "text/html",
        "fetched_at": datetime(2026, 3, 2, 8, 30),
        "body_zlib": body,
        "body_bytes": len(body) * 4,
    }


def stored(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT url_key, body_zlib, body_bytes FROM raw_pages ORDER BY 1").fetchall()
    finally:
        con.close()


def test_spooled_rows_load_under_the_tables_rule(db_path: Path, tmp_path: Path) -> None:
    con = connect(db_path)
    load_run(con, RunBatch(rows={"raw_pages": [page_row("a1", b"old"), page_row("b2", b"kept")]}))
    spool = TableSpool("raw_pages", RAW_PAGES_SCHEMA, tmp_path / "spool")
    spool.add([page_row("a1", b"new"), page_row("c3", b"first")])
    spool.add([page_row("c3", b"again"), page_row("d4", b"later chunk")])  # a key already spooled
    assert len(spool.files) == 2 and spool.keys == {"a1", "c3", "d4"}
    batch = RunBatch()
    batch.spools.append(spool)
    written = load_run(con, batch)
    con.close()
    assert written["raw_pages"] == 3
    assert stored(db_path) == [
        ("a1", b"new", 12),  # "replace": the run's copy wins
        ("b2", b"kept", 16),
        ("c3", b"first", 20),
        ("d4", b"later chunk", 44),
    ]


def test_a_failed_load_writes_nothing_of_the_spool(db_path: Path, tmp_path: Path) -> None:
    con = connect(db_path)
    spool = TableSpool("raw_pages", RAW_PAGES_SCHEMA, tmp_path / "spool")
    spool.add([page_row("e5", b"body")])
    batch = RunBatch(rows={"runs": [{"run_id": "r1", "status": "ok"}]})
    batch.spools.append(spool)

    def broken(_con: duckdb.DuckDBPyConnection) -> None:
        raise RuntimeError("merge failed")

    batch.writers.append(broken)
    with pytest.raises(RuntimeError):
        load_run(con, batch)
    con.close()
    assert stored(db_path) == []


def test_a_run_leaves_no_spool_files(demo_warehouse: Path) -> None:
    spools = demo_warehouse.parent / f".{demo_warehouse.name}.spool"
    assert not spools.exists() or not any(spools.rglob("*"))
    con = duckdb.connect(str(demo_warehouse), read_only=True)
    try:
        named = {r[0] for r in con.execute("SELECT DISTINCT file FROM raw_page_files").fetchall()}
        legacy = con.execute("SELECT count(*) FROM raw_pages").fetchone()[0]
    finally:
        con.close()
    assert named and legacy == 0, "the demo's runs keep raw pages, as files"
    on_disk = {
        p.relative_to(raw_dir(demo_warehouse)).as_posix() for p in raw_dir(demo_warehouse).rglob("*.parquet")
    }
    assert on_disk == named  # every file the index names, and no other
