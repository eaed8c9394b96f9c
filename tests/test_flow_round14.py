"""Round 14, issue 18 (the run outside the coder): the worker pool starts while the Prefect server
starts (POOL_WHILE_SERVER_STARTS), and a worker's collector thresholds hold from its first chunk's
start (GC_EARLY)."""

from __future__ import annotations

import gc
import sys
import types

import pytest

import extractors.process as process
import flows.pipeline as pipeline
from flows.cli import _prepare_run


class _Settings(types.SimpleNamespace):
    workers: int
    task_runner: str


@pytest.mark.parametrize(
    ("workers", "runner", "started"),
    [(2, "local", [2]), (3, "local", [3]), (1, "local", []), (2, "dask", [])],
)
def test_run_starts_the_pool_it_will_use_while_the_server_starts(
    monkeypatch: pytest.MonkeyPatch, workers: int, runner: str, started: list[int]
) -> None:
    asked: list[int] = []
    monkeypatch.setattr(pipeline, "worker_pool", lambda n: asked.append(n))
    _prepare_run(_Settings(workers=workers, task_runner=runner))
    assert asked == started
    assert "flows.ingest" in sys.modules  # the flow's imports happen there too


def test_launch_runs_the_preparation_before_the_flow_call(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from flows import launch as launch_module
    from flows.settings import resolve_settings

    order: list[str] = []
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # configured: no server started
    settings = resolve_settings(db=None)
    monkeypatch.setattr(launch_module, "writer_lock", lambda *a, **k: _null())
    launch_module.launch(
        settings,
        "run",
        lambda: order.append("call"),
        console=Console(file=None),
        show_bars=False,
        prepare=lambda: order.append("prepare"),
    )
    assert order == ["prepare", "call"]


def _null():
    import contextlib

    return contextlib.nullcontext()


def test_a_workers_first_chunk_runs_with_the_raised_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int, int]] = []
    monkeypatch.setattr(process, "_frozen", False)
    monkeypatch.setattr(process, "_freeze_warm_objects", lambda: None)
    monkeypatch.setattr(process, "process_page", lambda page, entry: seen.append(gc.get_threshold()))
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # a fresh process's defaults
    try:
        process.process_chunk([(None, None)])  # type: ignore[list-item]
    finally:
        gc.set_threshold(*before)
    assert seen == [process.GC_THRESHOLDS]
