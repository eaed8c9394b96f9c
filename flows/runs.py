"""A run's life around the pipeline: the writer lock, short warehouse windows, the `runs` row.

Every writing flow (ingest, backfill, maintenance) runs inside `run_lifecycle`:
1. take the writer lock (`flows/locks.py`): one writer at a time, a second waits or is skipped;
2. START window (milliseconds): migrate, mark runs that died without finishing (kill -9, power
   loss) as failed, remove the raw-page files no index row names (`warehouse.raw_store`: a run
   killed between moving its pages and its commit), record this run as `running`;
3. the caller's stages; network and CPU work hold no connection (`read()` opens a short read-only
   one when a stage needs to look something up);
4. LOAD window (`load(batch)`): one transaction, then a checkpoint, so the file is whole again;
5. on an exception the run is recorded as `failed`, on Ctrl-C / SIGTERM as `interrupted`;
6. the snapshot readers use is published (`warehouse.connection.publish_snapshot`).
`write_lock_s` (in `runs` and the summary) is the time the run held the file for writing.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb

from extractors.times import naive_utc
from flows.locks import HeldLock, writer_lock
from flows.prefect_server import prefect_server_start_s
from flows.settings import Settings
from warehouse.connection import connect, publish_snapshot
from warehouse.load import RunBatch, insert_rows, load_run, out_of_memory
from warehouse.raw_store import collect_garbage
from warehouse.rows import errors_json

log = logging.getLogger("conflictwire.runs")


@dataclass
class RunSummary:
    """What one run did; printed by the CLI and stored as a `runs` row."""

    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "ok"  # running | ok | partial | failed | interrupted
    kind: str = "ingest"  # ingest | backfill
    stage: str = ""  # the stage the run was in last (where a failed run stopped)
    feeds_polled: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    feeds_not_due: int = 0
    entries_seen: int = 0
    pages_fetched: int = 0
    pages_failed: int = 0
    pages_queued: int = 0
    pages_skipped: int = 0  # fetched, but not an article to store (binary or empty body)
    new_articles: int = 0
    not_articles: int = 0
    duplicates_skipped: int = 0
    near_duplicates: int = 0
    event_mentions: int = 0
    events: int = 0
    write_lock_s: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage entered
    prefect_run_s: float | None = None  # the CLI's flow call, Prefect's own work included (not stored)
    errors: list[dict[str, str]] = field(default_factory=list)
    slowest_hosts: list[tuple[str, int, float]] = field(default_factory=list)  # host, requests, seconds

    def stage_seconds_json(self) -> str:
        return json.dumps({name: round(seconds, 3) for name, seconds in self.stage_seconds.items()})

    def error(self, url: str, stage: str, message: str) -> None:
        self.errors.append({"url": url, "stage": stage, "error": message})

    def row(self) -> dict:
        return {
            "run_id": self.run_id,
            "started_at": naive_utc(self.started_at),
            "finished_at": naive_utc(self.finished_at),
            "status": self.status,
            "kind": self.kind,
            "stage": self.stage,
            "feeds_polled": self.feeds_polled,
            "feeds_failed": self.feeds_failed,
            "feeds_not_modified": self.feeds_not_modified,
            "entries_seen": self.entries_seen,
            "pages_fetched": self.pages_fetched,
            "pages_failed": self.pages_failed,
            "pages_queued": self.pages_queued,
            "pages_skipped": self.pages_skipped,
            "feeds_not_due": self.feeds_not_due,
            "not_articles": self.not_articles,
            "near_duplicates": self.near_duplicates,
            "new_articles": self.new_articles,
            "duplicates_skipped": self.duplicates_skipped,
            "event_mentions": self.event_mentions,
            "events": self.events,
            "write_lock_s": round(self.write_lock_s, 4),
            "stage_seconds": self.stage_seconds_json(),
            "errors": errors_json(self.errors),
        }


def new_run_id() -> str:
    """The Prefect flow run's id when there is one (the UI and `runs` then agree), else a uuid."""
    try:
        from prefect.runtime import flow_run

        if flow_run.id:
            return str(flow_run.id)
    except Exception:
        pass
    return str(uuid.uuid4())


class RunControl:
    """What a running flow uses to touch the warehouse and to say where it is."""

    def __init__(self, settings: Settings, summary: RunSummary, lock: HeldLock, say: Callable[[str], None]):
        self.settings = settings
        self.summary = summary
        self.lock = lock
        self.say = say
        self._stage_began = time.monotonic()
        self._write_opened = self._stage_began
        server_start = prefect_server_start_s()
        if server_start is not None:
            summary.stage_seconds["prefect_server_start"] = server_start

    def _close_stage(self) -> None:
        now = time.monotonic()
        name = self.summary.stage or "start"
        seconds = self.summary.stage_seconds
        seconds[name] = seconds.get(name, 0.0) + now - self._stage_began
        self._stage_began = now

    def stage(self, name: str) -> None:
        """Enter a stage: the lock file and the summary say so; a crash drill may pause here."""
        self._close_stage()
        self.summary.stage = name
        self.lock.describe(run_id=self.summary.run_id, stage=name)
        if name != "load":  # the load's drill pauses inside its transaction, before the commit
            self._drill(name)

    def _drill(self, name: str) -> None:
        if self.settings.drill_pause_at == name and self.settings.drill_pause_s > 0:
            self.say(f"crash drill: pausing {self.settings.drill_pause_s:g}s in stage {name}")
            time.sleep(self.settings.drill_pause_s)

    @contextlib.contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short read-only connection to the main file (other readers are not blocked by it)."""
        con = connect(
            self.settings.db,
            read_only=True,
            snapshot=False,
            sandbox=False,
            busy_timeout_s=self.settings.write_retry_s,
            on_busy=self.say,
        )
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def write(self, *, busy_timeout_s: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A write window; its length is added to `summary.write_lock_s`."""
        timeout = self.settings.write_retry_s if busy_timeout_s is None else busy_timeout_s
        con = connect(self.settings.db, busy_timeout_s=timeout, on_busy=self.say)
        self._write_opened = opened = time.monotonic()
        try:
            yield con
        finally:
            try:
                con.close()
            finally:
                self.summary.write_lock_s += time.monotonic() - opened

    def load(self, batch: RunBatch) -> dict[str, int]:
        """The run's single write: one transaction, then a checkpoint (the file is whole again).

        LOAD_MEMORY_CAP: DuckDB keeps the rows of an open transaction in memory until its commit
        (a run of 10k pages: ~30 KB a page), so the load is given `load_memory_mb` and spills the
        rest to `<db>.tmp`. A commit that cannot pin its blocks under the cap (rows of very long
        texts) fails whole and invalidates that DuckDB instance, the file untouched: the load is
        done again on a fresh connection without the cap, and the run says so."""
        self.stage("load")
        cap = self.settings.load_memory_mb
        try:
            return self._load(batch, cap)
        except duckdb.Error as exc:
            if cap <= 0 or not out_of_memory(exc):
                raise
        self.say(
            f"load: this run's rows need more than the load's memory cap ({cap} MB, "
            "CONFLICTWIRE_LOAD_MEMORY_MB); loading them again without it"
        )
        return self._load(batch, 0)

    def _load(self, batch: RunBatch, cap_mb: int) -> dict[str, int]:
        with self.write() as con:
            if cap_mb > 0:
                con.execute(f"SET memory_limit = '{int(cap_mb)}MB'")
            written = load_run(con, batch, before_commit=lambda _con: self._drill("load"))
            con.execute("CHECKPOINT")
            # the window as `write` counts it (from the open connection, not from before the connect)
            held = self.summary.write_lock_s + (time.monotonic() - self._write_opened)
            self._close_stage()
            con.execute(
                "UPDATE runs SET write_lock_s = ?, stage_seconds = ? WHERE run_id = ?",
                [round(held, 4), self.summary.stage_seconds_json(), self.summary.run_id],
            )
        return written


def _close_dead_runs(con: duckdb.DuckDBPyConnection, previous: dict[str, Any]) -> int:
    """Runs still `running` while we hold the lock died without finishing: record them as failed."""
    where = ""
    if previous.get("run_id") and previous.get("stage"):
        where = f" during stage {previous['stage']}"
    message = f"the run ended without finishing{where} (process killed or crashed); nothing of it was loaded"
    rows = con.execute("SELECT run_id, errors FROM runs WHERE status = 'running'").fetchall()
    for run_id, _errors in rows:
        stage = previous.get("stage") if previous.get("run_id") == run_id else None
        con.execute(
            "UPDATE runs SET status = 'failed', stage = coalesce(?, stage), errors = ? WHERE run_id = ?",
            [stage, errors_json([{"url": "", "stage": "run", "error": message}]), run_id],
        )
    return len(rows)


@contextlib.contextmanager
def run_lifecycle(
    settings: Settings, summary: RunSummary, *, command: str, say: Callable[[str], None]
) -> Iterator[RunControl]:
    """Lock, record the start, run the caller's block, record the end, publish the snapshot."""
    with writer_lock(settings.db, wait_s=settings.lock_wait_s, command=command, on_wait=say) as lock:
        control = RunControl(settings, summary, lock, say)
        lock.describe(run_id=summary.run_id, stage="start")
        summary.stage = "start"
        try:
            with control.write() as con:
                dead = _close_dead_runs(con, lock.previous)
                if dead:
                    say(f"{dead} earlier run(s) had died without finishing: recorded as failed")
                collect_garbage(con, settings.db)
                insert_rows(con, "runs", [{**summary.row(), "status": "running"}], "replace", "run_id")
            yield control
        except BaseException as exc:
            summary.finished_at = datetime.now(UTC)
            summary.status = "failed" if isinstance(exc, Exception) else "interrupted"
            summary.error("", "run", _describe(exc))
            _record_end(control, summary)
            raise
        finally:
            try:
                publish_snapshot(settings.db)
            except OSError as exc:
                say(f"snapshot not published: {exc}")


def _record_end(control: RunControl, summary: RunSummary) -> None:
    """A run that broke still leaves its row (and nothing else: its batch was rolled back)."""
    timeout = 5.0 if summary.status == "interrupted" else control.settings.write_retry_s
    try:
        with control.write(busy_timeout_s=timeout) as con:
            insert_rows(con, "runs", [summary.row()], "replace", "run_id")
            con.execute("CHECKPOINT")
    except Exception as exc:  # the original error matters more than this one
        log.warning("run %s could not be recorded as %s: %s", summary.run_id, summary.status, exc)


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so the run records itself as interrupted and cleans up."""


@contextlib.contextmanager
def stop_signals() -> Iterator[None]:
    """For the block, SIGTERM ends a run as Ctrl-C does (Python's default would end the process
    without any clean-up: no `interrupted` row, children left behind), and SIGINT ends it even when
    the process was started with SIGINT ignored.

    A process inherits an ignored SIGINT from whatever started it: a background job of a shell
    script (`conflictwire run &`), a supervisor, a test runner itself started in the background.
    Python then installs no KeyboardInterrupt handler, and a Ctrl-C or `kill -INT` to the run's
    group would be lost while the run goes on. A handler set here is reset at `exec`, so the
    children (the Prefect server, the spawn workers, which ignore SIGINT on their own) are as before."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, _frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one is enough; the group gets several
        raise Terminated("SIGTERM")

    previous = signal.signal(signal.SIGTERM, terminate)
    previous_int = signal.getsignal(signal.SIGINT)
    if previous_int in (signal.SIG_IGN, signal.SIG_DFL, None):  # None: set outside Python
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if previous_int in (signal.SIG_IGN, signal.SIG_DFL):
            signal.signal(signal.SIGINT, previous_int)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (SIGINT)"
    if not isinstance(exc, Exception):
        return f"interrupted ({type(exc).__name__}{': ' + str(exc) if str(exc) else ''})"
    return f"{type(exc).__name__}: {exc}"
