"""DuckDB's memory in a run's load window, against the size of the raw pages and `memory_limit`.

    .venv/bin/python bench/bench_load_memory.py [--pages 10000] [--kb 25] [--limits none,256MB,64MB]

In a fresh child process per limit: a migrated warehouse (`warehouse.connection.connect`), N raw
pages of random bytes (incompressible, like zlib bodies) spooled to Parquet in chunks of 50 as a
run spools them (`warehouse.raw_store.RunRawPages`), then the run's load (`load_run`: the files
settled into the warehouse's raw folder before the transaction and only indexed in it,
`raw_page_files`) and a CHECKPOINT, with DuckDB's `memory_limit` set first (none: DuckDB's default,
80% of the machine's memory). Prints the child's RSS before, its peak, CPU, and whether the
commit went through. Why: at 10k pages the flow process grew from 713 to 1,537 MB in the load
window (`bench/pipeline.py`), and a limit would bound that, if the commit never needs more.
(Before round 13, `--store table` and `--transactions K` measured the load before migration 0062,
the pages inserted into `raw_pages`; that path is gone from the warehouse, its figures stay in
bench/README.md.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path


def child(pages: int, kb: int, limit: str) -> dict:
    from warehouse.connection import connect
    from warehouse.load import RunBatch, load_run
    from warehouse.raw_store import RunRawPages

    work = Path(tempfile.mkdtemp(prefix="cw-loadmem-"))
    con = connect(work / "warehouse.duckdb")
    spool = RunRawPages(work / "warehouse.duckdb", "bench-run")
    for start in range(0, pages, 50):
        spool.add([{"url_key": f"k{i}", "url": f"https://news.example/{i}", "final_url": f"https://news.example/{i}",
                    "status": 200, "content_type": "text/html", "fetched_at": datetime(2026, 3, 2),
                    "body_zlib": os.urandom(kb * 1000), "body_bytes": kb * 4000}
                   for i in range(start, min(start + 50, pages))])  # fmt: skip
    rss = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20
    if limit != "none":
        con.execute(f"SET memory_limit = '{limit}'")
    cpu = time.process_time()
    outcome = "ok"
    try:
        batch = RunBatch()
        batch.files.append(spool)
        load_run(con, batch)
        stored = con.execute("SELECT count(*) FROM raw_page_index").fetchone()[0]
        if stored != pages:
            outcome = f"{stored} pages indexed of {pages}"
        con.execute("CHECKPOINT")
    except Exception as exc:
        outcome = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    finally:
        con.close()
        shutil.rmtree(work, ignore_errors=True)
    return {"rss_before_mb": rss, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "cpu_s": round(time.process_time() - cpu, 2), "outcome": outcome}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--kb", type=int, default=25)
    parser.add_argument("--limits", default="none,256MB,64MB")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.pages, args.kb, args.child)))
        return 0
    print(f"{args.pages} raw pages of {args.kb} KB ({args.pages * args.kb / 1000:.0f} MB), kept as files; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    for limit in args.limits.split(","):
        out = subprocess.run([sys.executable, __file__, "--pages", str(args.pages), "--kb", str(args.kb),
                              "--child", limit], capture_output=True, text=True, check=False)  # fmt: skip
        lines = out.stdout.strip().splitlines()
        row = json.loads(lines[-1]) if lines else {"outcome": out.stderr.strip().splitlines()[-1:]}
        print(f"  memory_limit {limit:>6}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
