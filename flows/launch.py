"""How a command starts a writing flow from the terminal, and how it ends.

`launch` is what `conflictwire run`, `backfill`, `maintenance` and `demo` share:
- the writer lock first, before Prefect starts: a second run waits (`--wait`, the default, up to
  `lock_wait_s`) or is skipped at once (`--no-wait`), with one line and exit code 0;
- SIGTERM behaves as Ctrl-C: the run records itself as interrupted and the command exits 130
  within seconds, its process pool and Prefect server ended (no child process is left behind);
- a local Prefect server tied to this process unless PREFECT_API_URL is set (`flows/prefect_server.py`);
- foreseeable failures (configuration, busy or damaged warehouse, server start) are one line.
`serve_ingest` runs the ingest deployment in this process: once at start, then on its schedule.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from flows.locks import RunSkipped, writer_lock
from flows.progress import show_progress
from flows.settings import FeedsFileError, Settings

T = TypeVar("T")
EXIT_INTERRUPTED = 130


class _OneLineForeseeable(logging.Filter):
    """Prefect logs a failed flow or task with its traceback; for a foreseeable failure (a damaged
    or busy warehouse, a bad feeds file) the message alone is kept: the command prints one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], _foreseeable()):
            record.exc_info = None
            record.exc_text = None
        return True


def _foreseeable() -> tuple[type[BaseException], ...]:
    from flows.backfill import BackfillError
    from flows.maintenance import WarehouseVerifyFailed
    from warehouse.connection import WarehouseBusy, WarehouseDamaged

    return (FeedsFileError, BackfillError, WarehouseBusy, WarehouseDamaged, WarehouseVerifyFailed, RunSkipped)


def configure_logging(verbose: bool) -> None:
    """Prefect's own logging at warnings unless `--verbose`; ours at INFO with `--verbose`."""
    level = "INFO" if verbose else "WARNING"
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", level)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).addFilter(_OneLineForeseeable())
    if verbose:
        from rich.logging import RichHandler

        handler = RichHandler(console=Console(stderr=True), show_path=False)
        for name in ("conflictwire", "flows"):
            logger = logging.getLogger(name)
            logger.setLevel(logging.INFO)
            logger.addHandler(handler)


def launch(
    settings: Settings,
    command: str,
    call: Callable[[], T],
    *,
    console: Console,
    wait: bool = True,
    show_bars: bool = True,
    prepare: Callable[[], object] | None = None,
) -> T:
    """Run `call` (a flow) as `command`, holding the writer lock; map every foreseeable end to one
    line and an exit code (typer.Exit). `prepare` (imports) runs while a local Prefect server starts."""
    from flows.prefect_server import ServerStartError, prefect_api
    from flows.runs import Terminated, stop_signals
    from warehouse.connection import WarehouseBusy, WarehouseDamaged

    try:
        with (
            stop_signals(),
            writer_lock(
                settings.db,
                wait_s=settings.lock_wait_s if wait else 0,
                command=command,
                on_wait=lambda message: console.print(message, soft_wrap=True),
            ),
            prefect_api(while_starting=prepare),
            show_progress(console, show_bars),
        ):
            return call()
    except RunSkipped as exc:
        console.print(str(exc), soft_wrap=True)
        raise typer.Exit(0) from None
    except (KeyboardInterrupt, Terminated) as exc:
        why = "SIGTERM" if isinstance(exc, Terminated) else "Ctrl-C"
        console.print(
            f"[yellow]interrupted[/yellow] ({why}): the run is recorded as interrupted", soft_wrap=True
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (FeedsFileError, WarehouseBusy, WarehouseDamaged, ServerStartError) as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(2 if isinstance(exc, FeedsFileError) else 1) from None
    except typer.Exit:
        raise
    except Exception as exc:
        console.print(f"[red]{command} failed:[/red] {type(exc).__name__}: {exc}", soft_wrap=True)
        raise typer.Exit(1) from None


def serve_ingest(settings: Settings, interval: int, *, console: Console) -> None:
    """The `ingest` deployment served in this process: one run at start, then every `interval` s."""
    from flows.prefect_server import prefect_api
    from flows.runs import Terminated, stop_signals

    # The runs are subprocesses of Prefect's runner: their flow-run logger at INFO prints each
    # run's one-line summary (and its start and end) here, while the tasks' chatter stays off.
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "INFO")
    parameters: dict[str, Any] = {
        "feeds_path": str(Path(settings.feeds).resolve()),
        "db_path": str(Path(settings.db).resolve()),
        "due_only": True,
    }
    try:
        with stop_signals(), prefect_api(ui=True, announce=True):
            from prefect.deployments import run_deployment
            from prefect.runner import Runner

            from flows.ingest import ingest

            runner = Runner(name="conflictwire-serve", limit=1)
            deployment_id = runner.add_flow(ingest, name="ingest", interval=interval, parameters=parameters)
            run_deployment(deployment_id, timeout=0)  # the first run now, not one interval from now
            console.print(
                f"serving deployment ingest/ingest: a run now, then every {interval}s (Ctrl-C stops)"
            )
            asyncio.run(runner.start())  # returns when the runner stops (its own SIGTERM handler)
        console.print("stopped (SIGTERM): a run in flight is cancelled, earlier runs stay loaded")
    except (KeyboardInterrupt, Terminated) as exc:
        console.print(f"stopped ({'SIGTERM' if isinstance(exc, Terminated) else 'Ctrl-C'})")
