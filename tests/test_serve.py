"""`conflictwire serve` runs the ingest deployment on its schedule, for real: a separate process
that starts its own local Prefect server and polls the recorded web on 127.0.0.1. Its first run
comes at start, not one interval later (the interval here is an hour)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.demo import demo_site_dir, recorded_web

pytestmark = pytest.mark.slow


def run_count(db: Path) -> int:
    """Runs that have ended (a run is recorded as `running` when it starts)."""
    if not db.exists():
        return 0
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:  # the serving process holds the write lock at this moment
        return 0
    try:
        return con.execute("SELECT count(*) FROM runs WHERE status <> 'running'").fetchone()[0]
    finally:
        con.close()


def test_serve_runs_the_scheduled_deployment(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("conflictwire")
    db = tmp_path / "served.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), CONFLICTWIRE_PER_HOST_DELAY_S="0")
    with recorded_web(demo_site_dir()) as web:
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            f"allow_private_hosts: true\nfeeds:\n  - {{url: '{web.base_url}/feeds/horn-wire.atom', name: Horn}}\n",
            encoding="utf-8",
        )
        log = (tmp_path / "serve.log").open("w")
        server = subprocess.Popen(
            [str(exe), "serve", "--feeds", str(feeds), "--db", str(db), "--interval", "3600"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 240
            while run_count(db) == 0 and time.monotonic() < deadline and server.poll() is None:
                time.sleep(3)
        finally:
            server.terminate()
            server.wait(timeout=60)
            log.close()
        feed_hits = web.hits["/feeds/horn-wire.atom"]
    output = (tmp_path / "serve.log").read_text()
    assert run_count(db) >= 1, output[-3000:]
    assert feed_hits >= 1
    assert "ephemeral" not in output.lower()  # one server, the one serve started
    assert "Traceback" not in output
