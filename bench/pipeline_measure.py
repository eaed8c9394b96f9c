"""Measuring for `bench/pipeline.py`: the run's process tree sampled from /proc (peak RSS and PSS,
CPU by process), plain trafilatura on a pool, and `conflictwire run` in a child process with the
timing hooks (`pipeline_hooks.py`), then tiny flows on a warm Prefect server.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RETURNED = "cli-returned"  # written by the child when its `conflictwire run` call returns


# --------------------------------------------------------------------------- measuring


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


def process_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += _children(p)
    return tree


def _rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the process itself (not of its reaped children: the pool's workers
    are counted as processes of their own)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:13]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class TreeSampler(threading.Thread):
    """Peak RSS and PSS of a process tree, sampled every `interval` s (PSS every 4th sample).
    With `returned` (a file the child writes when its `conflictwire run` call returns), `cpu_at_return`
    is the CPU by process at the first sample that sees it: the run's, without what the child does
    after (the tiny flows on a Prefect server of their own)."""

    def __init__(self, pid: int, interval: float = 0.25, returned: Path | None = None):
        super().__init__(daemon=True)
        self.pid, self.interval, self.returned = pid, interval, returned
        self.peak_rss_kb = self.peak_pss_kb = self.peak_main_rss_kb = self.max_processes = 0
        self.cpu: dict[int, float] = {}
        self.cpu_at_return: dict[int, float] | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            tree = process_tree(self.pid)
            self.max_processes = max(self.max_processes, len(tree))
            self.peak_rss_kb = max(self.peak_rss_kb, sum(_rss_kb(p) for p in tree))
            self.peak_main_rss_kb = max(self.peak_main_rss_kb, _rss_kb(self.pid))
            if n % 4 == 0:
                self.peak_pss_kb = max(self.peak_pss_kb, sum(_pss_kb(p) for p in tree))
            for p in tree:
                self.cpu[p] = max(self.cpu.get(p, 0.0), cpu_seconds(p))
            if self.cpu_at_return is None and self.returned is not None and self.returned.exists():
                self.cpu_at_return = dict(self.cpu)
            n += 1
            self.stop.wait(self.interval)


def _plain_warm_up(_: int) -> int:
    import trafilatura

    trafilatura.extract("<html><body><article><p>" + "Warm up. " * 40 + "</p></article></body></html>")
    return os.getpid()


def _plain_worker(chunk: list[tuple[str, str]]) -> tuple[int, int, float]:
    import trafilatura

    texts = 0
    started = time.process_time()
    for file, url in chunk:
        body = gzip.decompress(Path(file).read_bytes())
        texts += bool(trafilatura.extract(body, url=url))
    return len(chunk), texts, time.process_time() - started


def plain_trafilatura(files: list[tuple[str, str]], workers: int) -> dict:
    """Plain trafilatura.extract on every page in `workers` processes (spawned, imports and first
    use done before the clock starts: the steady rate of trafilatura on these cores)."""
    chunks = [files[i : i + 20] for i in range(0, len(files), 20)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_plain_warm_up, range(workers * 4), chunksize=1)
        started = time.perf_counter()
        done = list(pool.imap_unordered(_plain_worker, chunks))
        seconds = time.perf_counter() - started
    return {"pages": sum(d[0] for d in done), "with_text": sum(d[1] for d in done), "seconds": seconds,
            "cpu": sum(d[2] for d in done)}  # fmt: skip


def run_flow(feeds: Path, db: Path, timings: Path, env: dict, *, tiny: bool = False) -> dict:
    """`conflictwire run` in a child process with the timing hooks; its tree sampled meanwhile.
    With `tiny`, the child then measures tiny flows on a Prefect server of their own (after the
    run's figures: `seconds` ends when the CLI call returns, `process_seconds` at the child's exit)."""
    timings.mkdir(parents=True, exist_ok=True)
    (timings / RETURNED).unlink(missing_ok=True)
    log = timings / "run.log"
    cmd = [sys.executable, str(BENCH / "pipeline.py"), "--child", json.dumps(
        {"feeds": str(feeds), "db": str(db), "timings": str(timings), "tiny": tiny})]  # fmt: skip
    spawned = time.time()
    started = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        sampler = TreeSampler(child.pid, returned=timings / RETURNED)
        sampler.start()
        code = child.wait()
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    # the run's CPU: up to the CLI call's return, not the tiny flows after it
    run_cpu = sampler.cpu_at_return or sampler.cpu
    data = json.loads((timings / "flow.json").read_text()) if (timings / "flow.json").exists() else {}
    workers = []
    for file in timings.glob("worker-*.jsonl"):
        workers += [json.loads(line) for line in file.read_text().splitlines() if line]
    code = code or int(data.get("status") or 0)
    returned = data.get("finished")
    return {
        "exit": code,
        "seconds": returned - spawned if returned else seconds,
        "process_seconds": seconds,
        "log": log.read_text(errors="replace"),
        "peak_rss_mb": sampler.peak_rss_kb / 1024,
        "peak_pss_mb": sampler.peak_pss_kb / 1024,
        "peak_main_rss_mb": sampler.peak_main_rss_kb / 1024,
        "max_processes": sampler.max_processes,
        "tree_cpu_s": sum(run_cpu.values()),
        "cpu_by_pid": run_cpu,
        "tree_cpu_after_return_s": sum(sampler.cpu.values()) - sum(run_cpu.values()),
        "pid": child.pid,
        "flow": data,
        "workers": workers,
    }


def child_main(config: dict) -> int:
    """In the child: hooks, then `conflictwire run`, then a tiny flow on the warm Prefect server."""
    sys.path.insert(0, str(BENCH))
    import pipeline_hooks

    started = time.time()
    _hooks_while_server_starts(pipeline_hooks, config["timings"])
    from flows.cli import app

    status = 0
    try:  # not standalone: typer returns the exit code instead of raising SystemExit
        status = app(["run", "--feeds", config["feeds"], "--db", config["db"]], standalone_mode=False) or 0
    except SystemExit as exc:
        status = int(exc.code or 0)
    except Exception as exc:
        print(f"run failed: {type(exc).__name__}: {exc}")
        status = 1
    finished = time.time()
    (Path(config["timings"]) / RETURNED).write_text(str(finished))  # the sampler's cue (TreeSampler)
    tiny = {}
    if config.get("tiny"):  # the run's server is gone: a server of their own, after the run's figures
        from flows.prefect_server import prefect_api

        with prefect_api():
            tiny = tiny_flow_overhead()
    pipeline_hooks.write(config["timings"], {"started": started, "finished": finished, "tiny": tiny,
                                             "status": status})  # fmt: skip
    return status


def _hooks_while_server_starts(pipeline_hooks, timings: str) -> None:
    """The timing hooks go in after the command's own preparation (`launch`'s `prepare`: the flow's
    imports and the worker pool's start, while its Prefect server starts), as `conflictwire run`
    does it: installed first, their imports of the flow's modules came before the server's start
    and were counted in "child's start to the flow call". The workers' timing directory is in the
    environment before the pool spawns them."""
    import flows.launch

    os.environ["CONFLICTWIRE_BENCH_TIMINGS"] = timings
    real_launch = flows.launch.launch

    def launch(*args, prepare=None, **kwargs):
        def prepare_then_hook() -> None:
            if prepare is not None:
                prepare()
            pipeline_hooks.install(timings)

        return real_launch(*args, prepare=prepare_then_hook, **kwargs)

    flows.launch.launch = launch


def tiny_flow_overhead() -> dict:
    """Flows of 0 and of 50 tasks doing nothing (fastest of 3 each) on the server the run started:
    per-run and per-task Prefect cost with the server warm."""
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    @task(cache_policy=NO_CACHE)
    def nothing(i: int) -> int:
        return i

    @flow
    def tiny(n: int) -> int:
        return sum(nothing(i) for i in range(n))

    out = {}
    for n in (0, 50):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            tiny(n)
            best = min(best, time.perf_counter() - start)
        out[f"flow_of_{n}_tasks_s"] = best
    out["per_task_s"] = (out["flow_of_50_tasks_s"] - out["flow_of_0_tasks_s"]) / 50
    return out
