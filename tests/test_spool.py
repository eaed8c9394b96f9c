"""Rows spooled to Parquet during a run (`warehouse.load.TableSpool`: the store of the run's raw
pages, `warehouse.raw_store.RunRawPages`, whose load tests/test_raw_store.py covers) keep the first
row of a key, one file per chunk; a run leaves no spool files behind."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from warehouse.load import TableSpool
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


def test_a_spool_keeps_the_first_row_of_a_key_one_file_per_add(tmp_path: Path) -> None:
    spool = TableSpool("raw_pages", RAW_PAGES_SCHEMA, tmp_path / "spool")
    spool.add([page_row("a1", b"first"), page_row("c3", b"first"), page_row("a1", b"same chunk")])
    spool.add([page_row("c3", b"again"), page_row("d4", b"later chunk")])  # a key already spooled
    spool.add([page_row("d4", b"nothing new")])  # no new key: no file
    assert len(spool.files) == 2 and spool.keys == {"a1", "c3", "d4"} and spool.rows == 3
    rows = pq.read_table(spool.files).select(["url_key", "body_zlib"]).to_pylist()
    assert [(r["url_key"], r["body_zlib"]) for r in rows] == [
        ("a1", b"first"),
        ("c3", b"first"),
        ("d4", b"later chunk"),
    ]


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
