"""The report of `bench/pipeline.py`: end-to-end rate, ratio, time per stage, Prefect overhead,
workers' CPU by part, peak memory, the warehouse's size and rows.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

# --------------------------------------------------------------------------- report


def _stage_table(result: dict) -> list[str]:
    times = result["flow"].get("times", {})
    lines = []
    for name, (calls, wall, cpu) in sorted(times.items(), key=lambda kv: kv[0]):
        lines.append(f"  {name:44} {wall:9.2f} s wall {cpu:9.2f} s CPU  ({calls} calls)")
    return lines


def _stages(flow: dict) -> list[str]:
    """Every stage the hooks timed, in a run's order (`pipeline_hooks.STAGES`): wall, the CPU of
    the function's own thread, the flow process's CPU over all its threads while it ran (fetch
    thread, the pool's result threads, DuckDB's), and its RSS at the start and at the peak."""
    times, spans, rss = flow.get("times", {}), flow.get("spans", []), flow.get("rss", [])
    lines = [f"  {'stage':56} {'wall s':>8} {'CPU s':>7} {'proc CPU':>8} {'RSS MB in':>9} {'peak':>6}"]
    for name in flow.get("stages", sorted(times)):
        if name not in times:
            continue
        calls, wall, cpu = times[name]
        mine = [(s, e) for n, s, e in spans if n == name]
        inside = [r for r in rss if any(s <= r[0] <= e for s, e in mine)]
        proc = sum(_cpu_during(rss, s, e) for s, e in mine) if mine else None
        before = [r[1] for r in rss if mine and r[0] <= mine[0][0]]
        start_mb = before[-1] if before else None
        peak = max((r[1] for r in inside), default=None)
        lines.append(
            f"  {name[:56]:56} {wall:8.2f} {cpu:7.2f} "
            + (f"{proc:8.1f} " if proc is not None else f"{'':8} ")
            + (f"{start_mb:9.0f} " if start_mb is not None else f"{'':9} ")
            + (f"{peak:6.0f}" if peak is not None else "")
            + (f"  ({calls} calls)" if calls > 1 else "")
        )
    return lines


def _cpu_during(rss: list, start: float, end: float) -> float:
    """The flow process's CPU between two times, from the sampler's readings around them."""
    before = [r[2] for r in rss if r[0] <= start]
    after = [r[2] for r in rss if r[0] >= end]
    if not before or not after:
        return 0.0
    return after[0] - before[-1]


def report(args, manifest, plain, result, rerun, server_counts, server_cpu, workdir) -> str:
    n = len(manifest["pages"])
    flow = result["flow"]
    times = flow.get("times", {})

    def wall(name):
        return times.get(name, [0, 0.0, 0.0])[1]

    e2e = n / result["seconds"]
    lines = [f"== bench/pipeline.py: {n} pages, {len(manifest['feeds'])} feeds on {manifest['hosts']} hosts, "
             f"{args.workers} workers, per-host delay {args.per_host_delay} s; workdir {workdir}"]  # fmt: skip
    load = os.getloadavg()
    lines.append(
        f"machine: {os.cpu_count()} cores, load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}"
    )
    if plain:
        plain_rate = plain["pages"] / plain["seconds"]
        runs = " and ".join(f"{plain['pages'] / s:.1f}" for s in plain.get("runs", [plain["seconds"]]))
        lines.append(f"plain trafilatura.extract, {args.workers} processes: {plain_rate:.1f} pages/s "
                     f"(mean of the runs before and after the flow: {runs}; {plain['with_text']} pages with text; "
                     f"{1000 * plain['cpu'] / plain['pages']:.1f} ms CPU a page)")  # fmt: skip
    lines.append(
        f"conflictwire run (end to end, exit {result['exit']}): {result['seconds']:.1f} s, {e2e:.2f} pages/s"
        f" (spawn to the CLI call's return; the child exited {result['process_seconds']:.1f} s after its spawn)"
    )
    if plain:
        lines.append(f"RATIO end to end / plain trafilatura: {e2e / plain_rate:.2f}x")
    body = wall("flow body: run_ingest")
    if body:
        lines.append(f"  without Prefect's start/stop (flow body only): {n / body:.2f} pages/s"
                     + (f", ratio {n / body / plain_rate:.2f}x" if plain else ""))  # fmt: skip
    started = flow.get("started")
    spans = {name: (s, e) for name, s, e in flow.get("spans", [])}
    lines.append(
        "time per stage (flow process; fetch, extraction and coding overlap in task fetch-and-extract):"
    )
    call = spans.get("flow: ingest (CLI call)")
    body_span = spans.get("flow body: run_ingest")
    if call and body_span and started:
        lines.append(
            f"  child's start to the flow call                 {call[0] - started:7.2f} s "
            "(imports; a Prefect server the CLI starts itself)"
        )
        lines.append(f"  Prefect: flow call to its body (server start)  {body_span[0] - call[0]:7.2f} s")
        lines.append(f"  Prefect: body end to call return               {call[1] - body_span[1]:7.2f} s")
    lines += _stages(flow)
    tasks = [("task: poll-feeds", "poll: fetch_feeds (HTTP)"),
             ("task: fetch-and-extract", "  fetch-and-extract body: fetch_and_process")]  # fmt: skip
    overhead = sum(wall(t) - wall(inner) for t, inner in tasks if t in times and inner in times)
    lines.append(
        f"  Prefect task-run wrapping of poll/fetch-and-extract (task time - body time): {overhead:.2f} s"
    )
    workers = result["workers"]
    if workers:
        by_pid = defaultdict(list)
        for w in workers:
            by_pid[w["pid"]].append(w)
        ex = sum(w["extract"] for w in workers)
        co = sum(w["code"] for w in workers)
        ex_cpu = sum(w["extract_cpu"] for w in workers)
        co_cpu = sum(w["code_cpu"] for w in workers)
        task_span = spans.get("task: extract-and-code") or spans.get("task: fetch-and-extract")
        first = min(w["start"] for w in workers)
        last = max(w["end"] for w in workers)
        pages = sum(w["pages"] for w in workers)
        lines.append(
            f"  in {len(by_pid)} worker processes ({pages} pages, {sum(w['bytes'] for w in workers) / 1e6:.0f} MB raw):"
        )
        lines.append(
            f"    extract + clean: {ex:8.1f} s wall, {ex_cpu:8.1f} s CPU ({1000 * ex_cpu / max(pages, 1):.1f} ms CPU a page)"
        )
        lines.append(f"    event coding:    {co:8.1f} s wall, {co_cpu:8.1f} s CPU ({1000 * co_cpu / max(pages, 1):.1f} ms CPU a page; "
                     f"{sum(w['articles'] for w in workers)} articles, {sum(w['mentions'] for w in workers)} mentions)")  # fmt: skip
        ev_cpu = sum(w.get("evidence_cpu", 0.0) for w in workers)
        gc_cpu = sum(w.get("gc_cpu", 0.0) for w in workers)
        chunk_cpu = sum(w["cpu"] for w in workers)
        rest = chunk_cpu - ex_cpu - co_cpu - ev_cpu  # the collector runs inside every part
        lines.append(f"    story evidence:  {sum(w.get('evidence', 0.0) for w in workers):8.1f} s wall, {ev_cpu:8.1f} s CPU "
                     f"({1000 * ev_cpu / max(pages, 1):.1f} ms CPU a page)")  # fmt: skip
        lines.append(f"    garbage collector {gc_cpu:7.1f} s CPU ({1000 * gc_cpu / max(pages, 1):.1f} ms a page; inside the parts above too); "
                     f"rest of process_chunk (zlib, copies): {rest:.1f} s CPU; all chunks {chunk_cpu:.1f} s CPU "
                     f"({1000 * chunk_cpu / max(pages, 1):.1f} ms a page)")  # fmt: skip
        if task_span:
            lines.append(f"    task start to first chunk start (spawn, imports, pickling): {first - task_span[0]:.2f} s; "
                         f"last chunk end to task end (results back): {task_span[1] - last:.2f} s")  # fmt: skip
    lines.append(f"peak memory of the run's process tree ({result['max_processes']} processes at most): "
                 f"RSS {result['peak_rss_mb']:.0f} MB (sum), PSS {result['peak_pss_mb']:.0f} MB; flow process alone "
                 f"RSS {result['peak_main_rss_mb']:.0f} MB")  # fmt: skip
    worker_pids = {w["pid"] for w in workers}
    by_pid = result["cpu_by_pid"]
    main_cpu = by_pid.get(result["pid"], 0.0)
    worker_cpu = sum(c for p, c in by_pid.items() if p in worker_pids)
    other_cpu = result["tree_cpu_s"] - main_cpu - worker_cpu
    lines.append(f"CPU of the run's process tree: {result['tree_cpu_s']:.0f} s ({1000 * result['tree_cpu_s'] / n:.1f} ms a page): "
                 f"flow process {main_cpu:.0f} s, workers {worker_cpu:.0f} s, Prefect's server {other_cpu:.0f} s; "
                 f"web server process {server_cpu:.0f} s ({server_counts.get('requests', 0)} requests)")  # fmt: skip
    if result.get("tree_cpu_after_return_s"):
        lines.append(f"  (not counted: {result['tree_cpu_after_return_s']:.0f} s CPU of the child after its CLI call returned: "
                     "the tiny flows on a Prefect server of their own, the exit)")  # fmt: skip
    if plain:
        lines.append(f"CPU-time ratio (plain trafilatura's CPU a page / the run tree's CPU a page; what the ratio would be "
                     f"with both cores to ourselves and every stage overlapped): "
                     f"{plain['cpu'] / plain['pages'] / (result['tree_cpu_s'] / n):.2f}x")  # fmt: skip
    db = Path(args._db)
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    lines.append(f"warehouse: {size / 1e6:.1f} MB ({db})" + _row_counts(db))
    tiny = flow.get("tiny") or (rerun or {}).get("flow", {}).get("tiny") or {}
    if tiny:
        lines.append(f"Prefect on a warm local server (after the runs): a flow of 0 tasks {tiny['flow_of_0_tasks_s']:.2f} s, "
                     f"of 50 tasks {tiny['flow_of_50_tasks_s']:.2f} s ({1000 * tiny['per_task_s']:.0f} ms a task run)")  # fmt: skip
    if rerun:
        rspans = {name: (s, e) for name, s, e in rerun["flow"].get("spans", [])}
        rc, rb = rspans.get("flow: ingest (CLI call)"), rspans.get("flow body: run_ingest")
        prefect = (
            f" (Prefect start {rb[0] - rc[0]:.1f} s, flow body {rb[1] - rb[0]:.1f} s)" if rc and rb else ""
        )
        flow2 = rerun["flow"]
        took = flow2["finished"] - flow2["started"] if flow2.get("finished") else rerun["seconds"]
        lines.append(f"rerun, every item already seen (feeds answer 304): conflictwire run {took:.1f} s after the "
                     f"interpreter started{prefect}")  # fmt: skip
    summary = [ln for ln in result["log"].splitlines() if "│" in ln or "|" in ln]
    if summary:
        lines.append("run summary (as printed by conflictwire run):")
        lines += ["  " + ln for ln in summary[:20]]
    lines.append("all timed functions of the flow process:")
    lines += _stage_table(result)
    if flow.get("missing"):
        lines.append(f"names the hooks did not find (the flow changed): {', '.join(flow['missing'])}")
    return "\n".join(lines)


def _row_counts(db: Path) -> str:
    try:
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "event_mentions", "events", "raw_page_index", "seen_urls")}  # fmt: skip
        con.close()
        return " rows: " + ", ".join(f"{t} {c}" for t, c in counts.items())
    except Exception as exc:
        return f" (rows unreadable: {exc})"
