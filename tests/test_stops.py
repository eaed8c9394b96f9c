"""Stopping a run, for real: `conflictwire run` as separate processes against the recorded web.

Ctrl-C / SIGTERM to the process group ends a run within 10 s, records it as interrupted and leaves
no process behind; kill -9 at fetch, extraction and load loses and doubles nothing on the rerun and
leaves the dead runs recorded as failed; a second run at once is skipped or waits, in one line;
kill -9 leaves no Prefect server behind. The crash drill setting pauses a run at a stage so the
signal lands there. Runs share one Prefect server (PREFECT_API_URL), except the last test.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.demo import recorded_web
from tests.test_flow_e2e import SITE, linked_paths, write_feeds_file
from warehouse.raw_store import raw_dir

pytestmark = pytest.mark.slow
EXE = Path(sys.executable).with_name("conflictwire")


@pytest.fixture(scope="module")
def web() -> Iterator[object]:
    with recorded_web(SITE) as server:
        yield server


STARTED: list[Run] = []


@pytest.fixture(autouse=True)
def _no_run_outlives_its_test() -> Iterator[None]:
    """A failed assertion must not leave a run or its Prefect server behind (a leftover
    `serve` would run on, and load the machine, after the suite)."""
    yield
    while STARTED:
        STARTED.pop().kill_survivors()


class Run:
    """One `conflictwire run` in its own process group, tagged so its survivors can be found."""

    def __init__(
        self,
        tmp: Path,
        db: Path,
        feeds: Path,
        api: str | None,
        *extra: str,
        sigint_ignored: bool = False,
        command: str = "run",
        **env: str,
    ) -> None:
        """`sigint_ignored`: the run starts with SIGINT ignored, as a background job of a script
        does; else with SIGINT at its default, whatever the test runner itself inherited."""
        self.mark = uuid.uuid4().hex
        self.db = db
        self.log = tmp / f"run-{self.mark[:8]}.log"
        environ = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        environ.update(
            PREFECT_HOME=str(tmp / "prefect-home"),
            CONFLICTWIRE_PER_HOST_DELAY_S="0",
            CONFLICTWIRE_WORKERS="1",
            CONFLICTWIRE_TEST_MARK=self.mark,
        )
        environ.update(env)
        if api:
            environ["PREFECT_API_URL"] = api
        # the child inherits an ignored SIGINT, and a caught one is reset to its default at exec
        inherited = signal.SIG_IGN if sigint_ignored else signal.default_int_handler
        previous = signal.signal(signal.SIGINT, inherited)
        try:
            with self.log.open("w") as out:
                self.process = subprocess.Popen(
                    [str(EXE), command, "--feeds", str(feeds), "--db", str(db), *extra],
                    env=environ,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
        finally:
            signal.signal(signal.SIGINT, previous)
        STARTED.append(self)

    def wait_for_stage(self, stage: str, timeout: float = 120) -> None:
        lock = Path(str(self.db) + ".lock")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            try:
                if json.loads(lock.read_text() or "{}").get("stage") == stage:
                    return
            except (OSError, ValueError):
                pass
            time.sleep(0.1)
        raise AssertionError(f"never reached stage {stage}: {self.output()[-2000:]}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def survivors(self) -> list[int]:
        """Processes still alive that carry this run's mark (its children, its Prefect server)."""
        alive = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                environ = (proc / "environ").read_bytes()
                state = (proc / "stat").read_text().split(") ", 1)[1][0]
            except OSError:
                continue
            if f"CONFLICTWIRE_TEST_MARK={self.mark}".encode() in environ and state != "Z":
                alive.append(int(proc.name))
        return alive

    def kill_survivors(self) -> None:
        for pid in [self.process.pid, *self.survivors()]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def assert_no_survivors(self, within: float = 15) -> None:
        deadline = time.monotonic() + within
        while self.survivors() and time.monotonic() < deadline:
            time.sleep(0.3)
        assert not self.survivors(), f"left behind: {self.survivors()}"


def runs(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT status, stage, errors FROM runs ORDER BY started_at").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("sig", "stage", "workers", "sigint_ignored"),
    [
        (signal.SIGINT, "fetch", "1", False),
        (signal.SIGINT, "extract", "2", True),
        (signal.SIGTERM, "extract", "1", False),
        (signal.SIGTERM, "extract", "2", False),
    ],
    ids=[
        "SIGINT-fetch-1",
        "SIGINT-extract-2-started-ignoring-SIGINT",
        "SIGTERM-extract-1",
        "SIGTERM-extract-2",
    ],
)
def test_a_signal_to_the_group_stops_the_run_within_10s(
    prefect_api_url: str,
    web: object,
    tmp_path: Path,
    sig: signal.Signals,
    stage: str,
    workers: str,
    sigint_ignored: bool,
) -> None:
    """With 2 workers and chunks of 2 pages the signal lands while the pool has chunks in flight.
    A run started with SIGINT ignored (a background job of a script) still stops on SIGINT."""
    db = tmp_path / "w.duckdb"
    feeds = write_feeds_file(tmp_path, web.base_url)
    run = Run(
        tmp_path,
        db,
        feeds,
        prefect_api_url,
        CONFLICTWIRE_DRILL_PAUSE_AT=stage,
        CONFLICTWIRE_DRILL_PAUSE_S="120",
        CONFLICTWIRE_WORKERS=workers,
        CONFLICTWIRE_PAGE_CHUNK_SIZE="2",
        sigint_ignored=sigint_ignored,
    )
    run.wait_for_stage(stage)
    sent = time.monotonic()
    os.killpg(run.process.pid, sig)
    code = run.process.wait(timeout=30)
    took = time.monotonic() - sent
    assert took < 10, f"took {took:.1f}s to stop"
    assert code == 130, run.output()
    assert "interrupted" in run.output() and "Traceback" not in run.output()
    run.assert_no_survivors()
    assert [(s, st) for s, st, _ in runs(db)] == [("interrupted", stage)]


def test_kill_9_at_fetch_extract_and_load_then_a_rerun_loses_and_doubles_nothing(
    prefect_api_url: str, web: object, tmp_path: Path
) -> None:
    db = tmp_path / "w.duckdb"
    feeds = write_feeds_file(tmp_path, web.base_url)
    for stage in ("fetch", "extract", "load"):
        run = Run(
            tmp_path,
            db,
            feeds,
            prefect_api_url,
            CONFLICTWIRE_DRILL_PAUSE_AT=stage,
            CONFLICTWIRE_DRILL_PAUSE_S="120",
        )
        run.wait_for_stage(stage)
        if stage == "load":
            time.sleep(1.0)  # inside the load transaction, before its commit
        os.kill(run.process.pid, signal.SIGKILL)
        run.process.wait(timeout=30)
        run.assert_no_survivors()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # nothing half-loaded
    assert con.execute("SELECT count(*) FROM raw_page_index").fetchone()[0] == 0
    con.close()
    killed_in_load = [p.name for p in raw_dir(db).iterdir()]
    assert len(killed_in_load) == 1  # its pages were moved in before the transaction, never indexed

    rerun = Run(tmp_path, db, feeds, prefect_api_url)
    assert rerun.process.wait(timeout=300) == 0, rerun.output()
    history = runs(db)
    assert [(s, st) for s, st, _ in history] == [
        ("failed", "fetch"),
        ("failed", "extract"),
        ("failed", "load"),
        ("ok", "load"),
    ]
    assert all("ended without finishing" in errors for _, _, errors in history[:3])
    con = duckdb.connect(str(db), read_only=True)
    articles, distinct = con.execute(
        "SELECT count(*), count(DISTINCT canonical_url) FROM articles"
    ).fetchone()
    seen = con.execute("SELECT count(*) FROM seen_urls").fetchone()[0]
    mentions, distinct_mentions = con.execute(
        "SELECT count(*), count(DISTINCT mention_id) FROM event_mentions"
    ).fetchone()
    con.close()
    assert articles == distinct == len(linked_paths())  # nothing lost, nothing doubled
    assert mentions == distinct_mentions > 0
    assert seen >= articles
    con = duckdb.connect(str(db), read_only=True)
    named = {r[0] for r in con.execute("SELECT DISTINCT file FROM raw_page_files").fetchall()}
    pages = con.execute("SELECT count(*), count(DISTINCT url_key) FROM raw_page_files").fetchone()
    con.close()
    assert pages[0] == pages[1] >= articles
    on_disk = {p.relative_to(raw_dir(db)).as_posix() for p in raw_dir(db).rglob("*.parquet")}
    assert on_disk == named and killed_in_load[0] not in {n.split("/")[0] for n in named}


def test_two_runs_at_once_one_waits_one_skips(prefect_api_url: str, web: object, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    feeds = write_feeds_file(tmp_path, web.base_url)
    first = Run(
        tmp_path,
        db,
        feeds,
        prefect_api_url,
        CONFLICTWIRE_DRILL_PAUSE_AT="fetch",
        CONFLICTWIRE_DRILL_PAUSE_S="12",
    )
    first.wait_for_stage("fetch")
    skipper = Run(tmp_path, db, feeds, prefect_api_url, "--no-wait")
    waiter = Run(tmp_path, db, feeds, prefect_api_url, "--wait")
    assert skipper.process.wait(timeout=120) == 0
    lines = [line for line in skipper.output().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("skipped: another run is writing this warehouse"), lines
    assert "stage fetch" in lines[0]
    assert first.process.wait(timeout=120) == 0, first.output()
    assert waiter.process.wait(timeout=300) == 0, waiter.output()
    assert "waiting up to" in waiter.output() and "Traceback" not in waiter.output()
    assert [s for s, _, _ in runs(db)] == ["ok", "ok"]


def test_kill_9_of_a_run_leaves_no_prefect_server(web: object, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    feeds = write_feeds_file(tmp_path, web.base_url)
    run = Run(
        tmp_path, db, feeds, None, CONFLICTWIRE_DRILL_PAUSE_AT="fetch", CONFLICTWIRE_DRILL_PAUSE_S="120"
    )
    run.wait_for_stage("fetch", timeout=240)
    assert len(run.survivors()) >= 2  # the run and the Prefect server it started
    os.kill(run.process.pid, signal.SIGKILL)
    run.process.wait(timeout=30)
    run.assert_no_survivors(within=20)


@pytest.mark.parametrize(
    ("sig", "said"),
    [(signal.SIGINT, "stopped (Ctrl-C)"), (signal.SIGTERM, "stopped (SIGTERM)")],
    ids=["SIGINT-started-ignoring-SIGINT", "SIGTERM"],
)
def test_serve_prints_each_run_and_stops_on_a_signal(
    web: object, tmp_path: Path, sig: signal.Signals, said: str
) -> None:
    """`conflictwire serve` (its own local Prefect server) prints the one-line summary of each run
    and stops on SIGINT even when started with SIGINT ignored (a background job), and on SIGTERM:
    one line, no traceback, nothing left running, the finished run kept."""
    db = tmp_path / "w.duckdb"
    feeds = write_feeds_file(tmp_path, web.base_url)
    serve = Run(tmp_path, db, feeds, None, "--interval", "3600", command="serve", sigint_ignored=True)
    deadline = time.monotonic() + 240
    while "new articles" not in serve.output():
        assert serve.process.poll() is None and time.monotonic() < deadline, serve.output()
        time.sleep(0.3)
    sent = time.monotonic()
    os.kill(serve.process.pid, sig)
    code = serve.process.wait(timeout=60)
    assert time.monotonic() - sent < 20, serve.output()
    assert code == 0, serve.output()
    assert said in serve.output() and "Traceback" not in serve.output(), serve.output()
    serve.assert_no_survivors(within=20)
    assert [s for s, _, _ in runs(db)] == ["ok"]


def test_a_commands_own_server_runs_without_the_schedule_loops(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The temporary server of a one-off command has no schedules, workers or paused runs to
    look after: those loop services are off (a value set in the environment wins); the server
    of `conflictwire serve` (with the UI) keeps them."""
    import flows.prefect_server as prefect_server

    started: list[dict[str, str]] = []

    class FakeServer:
        def __init__(self, _args: object, env: dict[str, str], **_kwargs: object) -> None:
            started.append(env)

    monkeypatch.setattr(prefect_server.subprocess, "Popen", FakeServer)
    monkeypatch.setattr(prefect_server, "_wait_healthy", lambda *_args: None)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.setenv("PREFECT_SERVER_SERVICES_FOREMAN_ENABLED", "true")
    prefect_server.start_server(ui=False)
    prefect_server.start_server(ui=True)
    one_off, serve = started
    assert one_off["PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED"] == "false"
    assert one_off["PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED"] == "false"
    assert one_off["PREFECT_SERVER_SERVICES_FOREMAN_ENABLED"] == "true"
    assert "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED" not in serve
