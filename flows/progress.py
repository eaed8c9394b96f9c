"""The progress display of a long run (rich), shown by the CLI on a terminal.

The CLI opens `show_progress()` around a run; the flow reports through `progress()`, which is a
no-op when nobody is watching (scheduled runs, tests, Dask workers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class RunProgress:
    """One bar per stage; `start(stage, total)` then `advance(stage)`."""

    def __init__(self, bars: Progress | None) -> None:
        self._bars = bars
        self._tasks: dict[str, int] = {}

    def start(self, stage: str, total: int) -> None:
        if self._bars is not None and total > 0:
            self._tasks[stage] = self._bars.add_task(stage, total=total)

    def advance(self, stage: str, amount: int = 1) -> None:
        if self._bars is not None and stage in self._tasks:
            self._bars.advance(self._tasks[stage], amount)


_SILENT = RunProgress(None)
_current = [_SILENT]  # process-wide: Prefect may run the flow body in another thread


def progress() -> RunProgress:
    return _current[-1]


@contextlib.contextmanager
def show_progress(console: Console, enabled: bool) -> Iterator[None]:
    """Display bars on `console` for the block when `enabled` and the console is a terminal."""
    if not enabled or not console.is_terminal:
        yield
        return
    bars = Progress(
        TextColumn("{task.description:<14}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    _current.append(RunProgress(bars))
    try:
        with bars:
            yield
    finally:
        _current.pop()
