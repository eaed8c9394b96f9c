"""Readers and the writer never wait on each other (snapshot by atomic rename); a writer that finds
the file busy retries with backoff and says so; one writer at a time (the run lock); a damaged
file is diagnosed in one line. Real DuckDB files and real second processes, no Prefect."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.locks import RunSkipped, current_holder, writer_lock
from warehouse.connection import WarehouseBusy, WarehouseDamaged, connect, publish_snapshot, snapshot_path
from warehouse.health import verify_warehouse
from warehouse.load import RunBatch, load_run

runner = CliRunner()


def add_articles(db: Path, ids: list[str]) -> None:
    con = connect(db)
    batch = RunBatch()
    batch.add(
        "articles", [{"article_id": i, "url": f"http://x/{i}", "canonical_url": f"http://x/{i}"} for i in ids]
    )
    load_run(con, batch)
    con.close()


def count(con) -> int:  # noqa: ANN001
    return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def hold(db: Path, seconds: float, *, read_only: bool) -> subprocess.Popen:
    """Another process holding the main file, as an analyst's notebook would."""
    code = (
        "import duckdb, sys, time\n"
        f"con = duckdb.connect({str(db)!r}, read_only={read_only})\n"
        "print('held', flush=True)\n"
        f"time.sleep({seconds})\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_an_open_reader_keeps_its_snapshot_while_a_new_one_is_published(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    add_articles(db, ["a1"])
    publish_snapshot(db)
    reader = connect(db, read_only=True)
    assert count(reader) == 1
    add_articles(db, ["a2", "a3"])  # the writer is not blocked by the open reader
    publish_snapshot(db)
    assert count(reader) == 1  # the old state, consistently
    # a new reader (another process, as every `conflictwire query` is) gets the new state
    code = (
        "from warehouse.connection import connect\n"
        f"con = connect({str(db)!r}, read_only=True)\n"
        "print(con.execute('SELECT count(*) FROM articles').fetchone()[0])\n"
    )
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert fresh.stdout.strip() == "3"
    reader.close()
    assert snapshot_path(db).name == "w.snapshot.duckdb"


def test_a_writer_retries_with_backoff_while_another_process_holds_the_file(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    add_articles(db, ["a1"])
    holder = hold(db, 2.0, read_only=True)
    said: list[str] = []
    started = time.monotonic()
    con = connect(db, busy_timeout_s=30, on_busy=said.append)
    waited = time.monotonic() - started
    con.close()
    holder.wait()
    assert said and all("busy" in s and "retrying" in s for s in said)
    assert len(said) >= 2  # it retried, more than once
    assert waited >= 1.0


def test_a_writer_gives_up_with_one_line_when_the_file_stays_busy(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    add_articles(db, ["a1"])
    holder = hold(db, 5.0, read_only=False)
    try:
        with pytest.raises(WarehouseBusy, match=r"is busy: process \d+ holds it; gave up after 1s"):
            connect(db, busy_timeout_s=1, on_busy=lambda _m: None)
        # readers of the snapshot are not affected by the writer at all
        publish_snapshot_path = snapshot_path(db)
        assert not publish_snapshot_path.exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_truncated_warehouse_is_diagnosed_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = connect(db)
    con.execute("CREATE TABLE bulk AS SELECT range AS a, md5(range::VARCHAR) AS b FROM range(200000)")
    con.close()
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.truncate(size - 300_000)
    with pytest.raises(WarehouseDamaged) as error:
        connect(db, read_only=True, snapshot=False)
    assert "damaged" in str(error.value) and "truncated" in str(error.value)
    assert "\n" not in str(error.value)
    result = runner.invoke(app, ["query", "SELECT count(*) FROM articles", "--db", str(db)])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "damaged" in result.output


def test_verify_reads_every_block(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = connect(db)
    con.execute("CREATE TABLE bulk AS SELECT range AS a, md5(range::VARCHAR) AS b FROM range(200000)")
    con.close()
    con = connect(db, read_only=True, snapshot=False, sandbox=False)
    report = verify_warehouse(con, db)
    con.close()
    assert report.ok and report.tables["bulk"] == 200000
    damaged = tmp_path / "d.duckdb"
    shutil.copy(db, damaged)
    data = bytearray(damaged.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = os.urandom(4096)  # a corrupt block: the file is still full length
    damaged.write_bytes(bytes(data))
    try:
        con = connect(damaged, read_only=True, snapshot=False, sandbox=False)
    except WarehouseDamaged:
        return  # damaged metadata: found on open, also a one-line diagnosis
    report = verify_warehouse(con, damaged)
    con.close()
    assert not report.ok and "damaged" in report.problems[0]


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    code = (
        "import sys, time\n"
        "from flows.locks import writer_lock\n"
        f"with writer_lock({str(db)!r}, wait_s=0, command='run') as held:\n"
        "    held.describe(run_id='r1', stage='fetch')\n"
        "    print('locked', flush=True)\n"
        "    time.sleep(float(sys.argv[1]))\n"
    )
    other = subprocess.Popen([sys.executable, "-c", code, "1.5"], stdout=subprocess.PIPE, text=True)
    assert other.stdout.readline().strip() == "locked"
    assert current_holder(db)["stage"] == "fetch"
    with pytest.raises(RunSkipped) as skipped, writer_lock(db, wait_s=0):
        pass
    message = str(skipped.value)
    assert message.startswith("skipped: another run is writing this warehouse")
    assert f"pid {other.pid}" in message and "run r1" in message and "stage fetch" in message
    said: list[str] = []
    started = time.monotonic()
    with writer_lock(db, wait_s=30, on_wait=said.append):  # waits for the first to finish
        assert time.monotonic() - started > 0.5
        other.wait(timeout=10)
    assert said and said[0].startswith("waiting up to 30s")
    other.wait()
    assert current_holder(db) is None

    # kill -9 of the holder frees the lock at once (the OS drops it), and the next holder learns
    # which run died and where
    victim = subprocess.Popen([sys.executable, "-c", code, "60"], stdout=subprocess.PIPE, text=True)
    assert victim.stdout.readline().strip() == "locked"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    with writer_lock(db, wait_s=5) as held:
        assert held.previous.get("run_id") == "r1" and held.previous.get("stage") == "fetch"
