"""The local Prefect server a command starts when none is configured, tied to that command's life.

Prefect's own temporary server outlives a process killed with -9 (it held a port and ~180 MB for
half an hour), and it is shared by every signal sent to the terminal's process group. This one:
- runs `prefect server start` in its own session, so Ctrl-C reaches the run (which then records
  itself as interrupted, through this server) and not the server;
- dies with its parent: the child asks Linux for SIGTERM when the parent dies (PR_SET_PDEATHSIG)
  and, on every platform, a watchdog thread ends it when its parent is gone;
- is given two minutes to start (a loaded machine is slow), and the API URL is set in the
  environment and in Prefect's settings before any flow runs;
- starts while the command imports what it runs (`while_starting`): the two overlap, and the
  time the start took is kept (`prefect_server_start_s`) for the run's summary;
- without the UI (a one-off command's server), runs without the loop services of schedules,
  late runs, workers and pauses (`ONE_OFF_SERVICES_OFF`): they cost CPU all run long.
With PREFECT_API_URL set (in the environment or the active Prefect profile) nothing is started.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

STARTUP_TIMEOUT_S = 120.0
PR_SET_PDEATHSIG = 1
# The server's loop services that act on deployments' schedules, workers and paused runs, on
# automations (triggers), on cancelled parents' children, on expired concurrency leases
# (repossessor), on orphaned rows (cleanup reconciler), and its telemetry (analytics): a command's own
# temporary server (no UI) has none of those to look after, and each loop costs the server CPU for
# as long as the run lasts (an idle server: 1.3-1.5 s CPU a minute with all, 1.0 without the first
# four, 0.78 without all these, load 5-6; `conflictwire serve`'s server, with the UI, keeps them
# all). A value set in the environment wins.
ONE_OFF_SERVICES_OFF = (
    "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED",
    "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED",
    "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED",
    "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED",
    "PREFECT_SERVER_SERVICES_CANCELLATION_CLEANUP_ENABLED",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED",
    "PREFECT_SERVER_SERVICES_REPOSSESSOR_ENABLED",
    "PREFECT_SERVER_SERVICES_CLEANUP_RECONCILER_ENABLED",
    "PREFECT_SERVER_ANALYTICS_ENABLED",
)


_started: list[float] = []  # seconds the local server of this process took to answer, if one was started


def prefect_server_start_s() -> float | None:
    """How long the local Prefect server this process started took to come up (None: none started)."""
    return _started[-1] if _started else None


class ServerStartError(RuntimeError):
    """The local Prefect server did not come up (one line, with the end of its log)."""


def configured_api_url() -> str | None:
    """The Prefect API the user configured, if any (environment first, then the active profile)."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def prefect_api(
    *,
    ui: bool = False,
    announce: bool = False,
    log_path: Path | None = None,
    while_starting: Callable[[], object] | None = None,
) -> Iterator[str]:
    """Yield the API URL of the configured Prefect server, or of a local one started for the block.
    `while_starting` (the command's own imports) runs while a local server comes up."""
    configured = configured_api_url()
    if configured:
        if while_starting is not None:
            while_starting()
        yield configured
        return
    began = time.monotonic()
    server, api = start_server(ui=ui, log_path=log_path, while_starting=while_starting)
    _started.append(time.monotonic() - began)
    try:
        if announce:
            print(f"local Prefect server at {api.removesuffix('/api')} (UI and API)", file=sys.stderr)
        os.environ["PREFECT_API_URL"] = api
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: api}):
            yield api
    finally:
        _flush_prefect_logs()
        _started.clear()
        os.environ.pop("PREFECT_API_URL", None)
        stop_server(server)


def _flush_prefect_logs() -> None:
    """Send Prefect's buffered run logs while the server still listens (not at exit, after it)."""
    with contextlib.suppress(Exception):
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=5)


def start_server(
    *, ui: bool = False, log_path: Path | None = None, while_starting: Callable[[], object] | None = None
) -> tuple[subprocess.Popen, str]:
    """Start `prefect server start` on a free loopback port as a child that dies with this process;
    return it and its API URL once it answers /health."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    home.mkdir(parents=True, exist_ok=True)
    log_file = log_path or home / "conflictwire-server.log"
    env = {**os.environ, "PREFECT_UI_ENABLED": "true" if ui else "false", "PREFECT_API_URL": api}
    if not ui:
        env = {**{name: "false" for name in ONE_OFF_SERVICES_OFF}, **env}
    with log_file.open("ab") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "flows.prefect_server", str(os.getpid()), str(port)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    if while_starting is not None:
        try:
            while_starting()
        except BaseException:
            stop_server(server)
            raise
    _wait_healthy(api, server, log_file)
    return server, api


def _wait_healthy(api: str, server: subprocess.Popen, log_file: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while True:
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2):
                return
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            stop_server(server)
            tail = log_file.read_text(errors="replace").strip().splitlines()[-1:] if log_file.exists() else []
            why = "exited" if server.returncode is not None else f"not healthy after {STARTUP_TIMEOUT_S:g}s"
            raise ServerStartError(
                f"local Prefect server {why} (log: {log_file}){': ' + tail[0] if tail else ''}"
            )
        time.sleep(0.3)


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        server.terminate()
    try:
        server.wait(timeout=8)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            server.kill()
        server.wait(timeout=5)


# ------------------------------------------------------------------------------ the child process


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(10)
                os._exit(1)
            time.sleep(1.0)

    if os.getppid() != parent_pid:  # the parent died before the guard was in place
        os._exit(1)
    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _serve(parent_pid: int, port: int) -> None:
    _die_with_parent(parent_pid)
    from prefect.cli import app

    sys.argv = ["prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    app()


if __name__ == "__main__":
    _serve(int(sys.argv[1]), int(sys.argv[2]))
