"""The write window per run, and how fast a run stops, measured on the demo corpus.

    .venv/bin/python bench/bench_operations.py [--runs 3]

Each run is `conflictwire run` as a user starts it (its own process and local Prefect server) on
the recorded web served on 127.0.0.1. Printed per run: wall time, seconds the warehouse file was
held for writing (`runs.write_lock_s`: the start window plus the load transaction and its
checkpoint), the share of the run that is, new articles, and the snapshot copy time. Then one run
paused in the fetch stage (crash drill) is sent SIGINT to its process group: seconds until it
exited, its exit code and its `runs` status.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.cli import demo_feeds_yaml  # noqa: E402
from flows.demo import demo_site_dir, recorded_web  # noqa: E402
from warehouse.connection import publish_snapshot  # noqa: E402

EXE = Path(sys.executable).with_name("conflictwire")


def last_run(db: Path) -> tuple:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT status, write_lock_s, new_articles FROM runs ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, recorded_web(demo_site_dir()) as web:
        tmp_path = Path(tmp)
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(demo_feeds_yaml(web.base_url), encoding="utf-8")
        db = tmp_path / "bench.duckdb"
        env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "CONFLICTWIRE_PER_HOST_DELAY_S": "0"}
        env.pop("PREFECT_API_URL", None)
        print("run  wall_s  write_lock_s  share  new_articles")
        for index in range(args.runs):
            started = time.monotonic()
            subprocess.run(
                [str(EXE), "run", "--feeds", str(feeds), "--db", str(db)],
                env=env,
                check=True,
                capture_output=True,
            )
            wall = time.monotonic() - started
            status, lock_s, new = last_run(db)
            print(f"{index + 1:>3}  {wall:6.1f}  {lock_s:12.3f}  {lock_s / wall:5.1%}  {new:>12}  ({status})")
        copy_started = time.monotonic()
        publish_snapshot(db)
        print(
            f"snapshot copy of a {db.stat().st_size / 1e6:.1f} MB warehouse: {time.monotonic() - copy_started:.3f}s"
        )

        drill = {**env, "CONFLICTWIRE_DRILL_PAUSE_AT": "fetch", "CONFLICTWIRE_DRILL_PAUSE_S": "120"}
        process = subprocess.Popen(
            [str(EXE), "run", "--feeds", str(feeds), "--db", str(db)],
            env=drill,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        lock = Path(str(db) + ".lock")
        while True:
            try:
                if json.loads(lock.read_text() or "{}").get("stage") == "fetch":
                    break
            except (OSError, ValueError):
                pass
            time.sleep(0.1)
        sent = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)
        code = process.wait()
        print(
            f"SIGINT to the group in stage fetch: exited after {time.monotonic() - sent:.2f}s, "
            f"code {code}, recorded as {last_run(db)[0]}"
        )


if __name__ == "__main__":
    main()
