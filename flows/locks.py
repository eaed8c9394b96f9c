"""One writer at a time: the run lock, taken by every command and flow that writes the warehouse.

`writer_lock(db)` holds an advisory lock (`flock`) on `<db>.lock`, so a second `conflictwire run`,
a scheduled run, a backfill or maintenance waits for the first (up to `wait_s`) or is skipped with a
one-line message (`RunSkipped`). The operating system drops the lock when its process dies, kill -9
included, so a crashed run never blocks the next. The lock file also says who holds it and at which
stage the run is (`status` shows it). Within one process the lock is re-entrant (the CLI takes it
before Prefect starts, the flow again inside).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


class RunSkipped(RuntimeError):
    """Another run holds the warehouse and this one did not wait (or waited in vain)."""


@dataclass
class HeldLock:
    path: Path
    fd: int
    depth: int = 1
    # what the file said when we took it: a holder that died without releasing (kill -9) left its
    # run id and stage there, which tells the next run where the dead one stopped
    previous: dict[str, Any] = field(default_factory=dict)

    def describe(self, **fields: Any) -> None:
        """Rewrite what the lock file says about its holder (pid, run, stage)."""
        info = {**read_lock_info(self.path), **fields}
        data = json.dumps(info, default=str).encode()
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, data, 0)


_held: dict[Path, HeldLock] = {}
_registry = threading.Lock()


def lock_path(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


def read_lock_info(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        info = json.loads(text) if text.strip() else {}
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def holder_text(info: dict[str, Any]) -> str:
    if not info:
        return "another process"
    parts = [f"pid {info.get('pid', '?')}"]
    if info.get("host") and info.get("host") != socket.gethostname():
        parts.append(f"on {info['host']}")
    if info.get("command"):
        parts.append(f"conflictwire {info['command']}")
    if info.get("run_id"):
        parts.append(f"run {info['run_id']}")
    if info.get("stage"):
        parts.append(f"stage {info['stage']}")
    if info.get("since"):
        parts.append(f"since {info['since']}")
    return ", ".join(parts)


@contextlib.contextmanager
def writer_lock(
    db_path: str | Path,
    *,
    wait_s: float,
    command: str = "run",
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[HeldLock]:
    """Hold the warehouse's writer lock for the block; wait up to `wait_s` for it, then skip."""
    path = lock_path(db_path).resolve()
    with _registry:
        held = _held.get(path)
        if held is not None:
            held.depth += 1
    if held is not None:
        try:
            yield held
        finally:
            with _registry:
                held.depth -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, wait_s, on_wait)
    except BaseException:
        os.close(fd)
        raise
    held = HeldLock(path, fd, previous=read_lock_info(path))
    with _registry:
        _held[path] = held
    try:
        os.ftruncate(fd, 0)
        held.describe(
            pid=os.getpid(),
            host=socket.gethostname(),
            command=command,
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        yield held
    finally:
        with _registry:
            _held.pop(path, None)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _acquire(fd: int, path: Path, wait_s: float, on_wait: Callable[[str], None] | None) -> None:
    deadline = time.monotonic() + wait_s
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = holder_text(read_lock_info(path))
            if time.monotonic() >= deadline:
                waited = f" after waiting {wait_s:g}s" if wait_s > 0 else ""
                raise RunSkipped(
                    f"skipped: another run is writing this warehouse ({holder}){waited}"
                ) from None
            if not told and on_wait is not None:
                on_wait(f"waiting up to {wait_s:g}s: another run is writing this warehouse ({holder})")
                told = True
            time.sleep(min(0.5, max(deadline - time.monotonic(), 0.01)))


def current_holder(db_path: str | Path) -> dict[str, Any] | None:
    """What the lock file says, when a live process holds the lock; None when nobody does."""
    path = lock_path(db_path)
    if not path.exists():
        return None
    with _registry:
        if path.resolve() in _held:
            return read_lock_info(path)
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return read_lock_info(path) or {"pid": "?"}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
