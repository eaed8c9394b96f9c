"""Raw pages kept as Parquet files beside the warehouse (`warehouse.raw_store`, migration 0062):
a run's spooled files are moved into `<name>.raw/<run_id>/` before its transaction and only
indexed in it; the latest copy of a page wins, a page of the old `raw_pages` table stored again
leaves it, re-running the same pages never doubles a row, a failed or killed load leaves nothing
visible and its folder goes at the next run, and pages stored before 0062 still read."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from flows.runs import RunSummary, run_lifecycle
from flows.settings import resolve_settings
from warehouse.connection import connect
from warehouse.health import verify_warehouse
from warehouse.load import RunBatch, load_run
from warehouse.raw_store import RunRawPages, collect_garbage, raw_dir, raw_page_bodies, spool_root

REPO = Path(__file__).resolve().parent.parent


def page(key: str, body: bytes, day: int = 2) -> dict:
    return {
        "url_key": key,
        "url": f"https://lagos-daily.example/news/{key}",
        "final_url": f"https://lagos-daily.example/news/{key}",
        "status": 200,
        "content_type": "text/html; charset=utf-8",
        "fetched_at": datetime(2026, 3, day, 7, 45),
        "body_zlib": body,
        "body_bytes": len(body) * 3,
    }


def store_run(
    db: Path, run_id: str, chunks: list[list[dict]], con: duckdb.DuckDBPyConnection | None = None
) -> int:
    own = con is None
    con = con or connect(db)
    try:
        store = RunRawPages(db, run_id)
        for chunk in chunks:
            store.add(chunk)
        batch = RunBatch(rows={"runs": [{"run_id": run_id, "status": "ok"}]})
        batch.files.append(store)
        return load_run(con, batch)["raw_pages"]
    finally:
        if own:
            con.close()


def bodies(db: Path, keys: list[str]) -> dict[str, bytes]:
    con = connect(db, read_only=True, snapshot=False, sandbox=False)
    try:
        return {k: row["body_zlib"] for k, row in raw_page_bodies(con, keys).items()}
    finally:
        con.close()


def index(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT url_key, run_id, file FROM raw_page_index ORDER BY url_key").fetchall()
    finally:
        con.close()


def on_disk(db: Path) -> set[str]:
    root = raw_dir(db)
    return (
        {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.is_dir() else set()
    )


def test_a_runs_pages_are_its_files_indexed_not_rows(db_path: Path) -> None:
    written = store_run(
        db_path, "run-a", [[page("k1", b"first page")], [page("k2", b"second"), page("k1", b"dup")]]
    )
    assert written == 2  # a key spooled twice in one run is stored once (its first copy)
    assert index(db_path) == [
        ("k1", "run-a", "run-a/raw_pages-000000.parquet"),
        ("k2", "run-a", "run-a/raw_pages-000001.parquet"),
    ]
    assert on_disk(db_path) == {"run-a/raw_pages-000000.parquet", "run-a/raw_pages-000001.parquet"}
    assert not (spool_root(db_path) / "run-a").exists()  # moved, not copied
    assert bodies(db_path, ["k1", "k2", "k9"]) == {"k1": b"first page", "k2": b"second"}
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*) FROM raw_pages").fetchone()[0] == 0
    con.close()


def test_the_latest_copy_wins_and_a_page_of_the_old_table_moves_to_a_file(db_path: Path) -> None:
    con = connect(db_path)
    load_run(con, RunBatch(rows={"raw_pages": [page("old1", b"stored before 0062"), page("old2", b"kept")]}))
    store_run(db_path, "run-a", [[page("k1", b"k1 first"), page("k2", b"k2 first")]], con)
    store_run(db_path, "run-b", [[page("k1", b"k1 again", day=3), page("old1", b"old1 again", day=3)]], con)
    assert con.execute("SELECT url_key FROM raw_pages").fetchall() == [("old2",)]
    con.close()
    assert [(k, r) for k, r, _ in index(db_path)] == [
        ("k1", "run-b"),
        ("k2", "run-a"),
        ("old1", "run-b"),
        ("old2", None),
    ]
    assert bodies(db_path, ["k1", "k2", "old1", "old2"]) == {
        "k1": b"k1 again",  # not run-a's copy, though run-a's file still holds it
        "k2": b"k2 first",
        "old1": b"old1 again",
        "old2": b"kept",
    }


def test_rerunning_the_same_pages_never_doubles_a_row(db_path: Path) -> None:
    chunk = [page("k1", b"one"), page("k2", b"two")]
    store_run(db_path, "run-a", [chunk])
    store_run(db_path, "run-b", [chunk])
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT url_key) FROM raw_page_index").fetchone() == (2, 2)
    con.close()
    con = connect(db_path)
    collect_garbage(con, db_path)
    con.close()
    assert on_disk(db_path) == {"run-b/raw_pages-000000.parquet"}  # run-a's file: every page stored again


def test_a_failed_load_indexes_nothing_and_leaves_no_folder(db_path: Path) -> None:
    con = connect(db_path)
    store = RunRawPages(db_path, "run-x")
    store.add([page("k1", b"body")])
    batch = RunBatch(rows={"runs": [{"run_id": "run-x", "status": "ok"}]})
    batch.files.append(store)

    def broken(_con: duckdb.DuckDBPyConnection) -> None:
        raise RuntimeError("merge failed")

    batch.writers.append(broken)
    with pytest.raises(RuntimeError):
        load_run(con, batch)
    con.close()
    assert index(db_path) == []
    assert on_disk(db_path) == set() and not (spool_root(db_path) / "run-x").exists()


KILLED_IN_THE_LOAD = textwrap.dedent(
    """
    import os, sys
    from datetime import datetime
    from warehouse.connection import connect
    from warehouse.load import RunBatch, load_run
    from warehouse.raw_store import RunRawPages

    db = sys.argv[1]
    con = connect(db)
    store = RunRawPages(db, "run-killed")
    store.add([{"url_key": "k7", "url": "https://x.example/7", "final_url": None, "status": 200,
                "content_type": "text/html", "fetched_at": datetime(2026, 3, 4), "body_zlib": b"lost",
                "body_bytes": 12}])
    batch = RunBatch(rows={"runs": [{"run_id": "run-killed", "status": "ok"}]})
    batch.files.append(store)
    load_run(con, batch, before_commit=lambda _con: os._exit(9))  # killed: no rollback, no cleanup
    """
)


def test_a_run_killed_after_the_move_before_its_commit_leaves_nothing_and_its_folder_goes(
    db_path: Path, tmp_path: Path
) -> None:
    store_run(db_path, "run-a", [[page("k1", b"committed")]])
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IN_THE_LOAD, str(db_path)], cwd=REPO, capture_output=True, text=True
    )
    assert killed.returncode == 9, killed.stderr
    assert "run-killed/raw_pages-000000.parquet" in on_disk(db_path)  # moved before the transaction
    assert [k for k, _, _ in index(db_path)] == ["k1"]  # but nothing of it visible
    assert bodies(db_path, ["k1", "k7"]) == {"k1": b"committed"}

    settings = resolve_settings(db=str(db_path), feeds=str(tmp_path / "feeds.yaml"))
    summary = RunSummary(run_id="run-next", started_at=datetime(2026, 3, 5), kind="ingest")
    with run_lifecycle(settings, summary, command="test", say=lambda _m: None):
        assert on_disk(db_path) == {"run-a/raw_pages-000000.parquet"}  # the next run removed it at its start
    assert bodies(db_path, ["k1"]) == {"k1": b"committed"}


def test_pages_stored_before_0062_still_read_after_the_migration(db_path: Path) -> None:
    con = connect(db_path)
    load_run(con, RunBatch(rows={"raw_pages": [page("old1", b"from an older warehouse")]}))
    con.execute("DROP VIEW raw_page_index")
    con.execute("DROP TABLE raw_page_files")
    con.execute("DELETE FROM schema_version WHERE version >= 62")
    con.close()
    connect(db_path).close()  # migrates the older warehouse
    assert index(db_path) == [("old1", None, None)]
    assert bodies(db_path, ["old1"]) == {"old1": b"from an older warehouse"}


def test_a_missing_file_is_no_page_and_another_warehouses_folder_is_never_touched(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    other = db_path.with_name("other.duckdb")
    store_run(other, "run-o", [[page("k1", b"the other warehouse's")]])
    store_run(db_path, "run-a", [[page("k1", b"mine")]])
    con = connect(db_path)
    assert collect_garbage(con, db_path) == 0
    con.close()
    assert bodies(other, ["k1"]) == {"k1": b"the other warehouse's"}
    (raw_dir(db_path) / "run-a" / "raw_pages-000000.parquet").unlink()  # a copy made without its folder
    assert bodies(db_path, ["k1"]) == {}
    assert "missing their file" in caplog.text


def test_verify_finds_a_missing_or_truncated_raw_file(db_path: Path) -> None:
    store_run(db_path, "run-a", [[page("k1", b"one")], [page("k2", b"two")]])
    con = connect(db_path, read_only=True, snapshot=False, sandbox=False)
    assert verify_warehouse(con, db_path).ok
    first, second = sorted((raw_dir(db_path) / "run-a").iterdir())
    first.unlink()
    second.write_bytes(second.read_bytes()[:-10])
    problems = verify_warehouse(con, db_path).problems
    con.close()
    assert len(problems) == 2 and "missing (1 stored pages;" in problems[0] and "truncated" in problems[1]
