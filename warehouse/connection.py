"""Opening the warehouse: one DuckDB file written by one run at a time, read through a snapshot.

DuckDB lets one process hold a file for writing, and while it does no other process may even read
it. So writers and readers never share the file:

- WRITERS (`connect(db)`) open the main file for short windows only (a run's start and its load),
  and retry with backoff while another process holds it (`WarehouseBusy` when the time is up).
- READERS (`connect(db, read_only=True)`) open `<name>.snapshot.duckdb`, a copy the writer publishes
  after each run (`publish_snapshot`): the copy is written under `.<name>.snapshots/`, then the
  snapshot link is renamed over the old one, atomically. An open reader keeps the copy it opened
  (old state); the next reader gets the new one, also in a process that keeps an old reader open
  (each copy has its own file name, and DuckDB shares one instance per file name). Neither side
  ever waits for the other. Without a
  snapshot yet (a warehouse from before snapshots) readers open the main file read-only.
- SANDBOX: a reader runs with external access off and its configuration locked, so user SQL
  cannot COPY to files, ATTACH other databases, read local files (read_text, read_csv, glob),
  INSTALL/LOAD extensions or change settings (PRAGMA/SET profiling output and the like).
Extensions are never auto-installed, since an offline machine cannot download them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse.health import WarehouseDamaged, check_structure, damage_message
from warehouse.migrate import migrate

log = logging.getLogger("conflictwire.warehouse")

SNAPSHOT_SUFFIX = ".snapshot.duckdb"
_BASE_CONFIG = {
    "autoinstall_known_extensions": "false",
    "autoload_known_extensions": "false",
    # A join from up to this many keys (a country's month of events) becomes an IN-list that the
    # ART indexes answer (`articles.article_id`, `event_mentions.event_id`, migration 0057) when
    # at most `index_scan_max_count` rows match, instead of a scan of every row of the table
    # (DuckDB's defaults, 50 keys and 2,048 rows, leave a country's week to a full scan).
    "dynamic_or_filter_threshold": "4000",
    "index_scan_max_count": "20000",
}
SANDBOX_CONFIG = {**_BASE_CONFIG, "enable_external_access": "false", "lock_configuration": "true"}

__all__ = [
    "SANDBOX_CONFIG",
    "WarehouseBusy",
    "WarehouseDamaged",
    "connect",
    "publish_snapshot",
    "refusal_message",
    "snapshot_path",
]


class WarehouseBusy(RuntimeError):
    """Another process held the warehouse file for longer than the caller was willing to wait."""


def snapshot_path(db_path: str | Path) -> Path:
    """The read-only copy readers use: `data/conflictwire.duckdb` -> `data/conflictwire.snapshot.duckdb`."""
    path = Path(db_path)
    return path.with_name(path.name.removesuffix(".duckdb") + SNAPSHOT_SUFFIX)


def connect(
    db_path: str | Path,
    *,
    read_only: bool = False,
    snapshot: bool = True,
    sandbox: bool = True,
    busy_timeout_s: float = 60.0,
    on_busy: Callable[[str], None] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at `db_path`.

    Writing (the default): create the file if needed, bring its schema up to date; while another
    process holds the file, retry with backoff for up to `busy_timeout_s`, telling `on_busy` (or the
    log) each time. Reading (`read_only=True`): the snapshot when there is one (`snapshot=False`: the
    main file), sandboxed unless `sandbox=False` (trusted internal reads only). A read-only
    connection is never migrated: querying an old file must not change it.
    """
    path = Path(db_path)
    if read_only:
        if not path.exists() and not snapshot_path(path).exists():
            raise FileNotFoundError(f"no warehouse at {path}: run `conflictwire run` first")
        target = snapshot_path(path).resolve() if snapshot and snapshot_path(path).exists() else path
        config = SANDBOX_CONFIG if sandbox else _BASE_CONFIG
        return _open(target, read_only=True, config=config, busy_timeout_s=busy_timeout_s, on_busy=on_busy)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only=False, config=_BASE_CONFIG, busy_timeout_s=busy_timeout_s, on_busy=on_busy)
    try:
        migrate(con)
    except BaseException:
        con.close()
        raise
    return con


def _open(
    path: Path,
    *,
    read_only: bool,
    config: dict[str, str],
    busy_timeout_s: float,
    on_busy: Callable[[str], None] | None,
) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + busy_timeout_s
    wait = 0.2
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=dict(config))
        except duckdb.IOException as exc:
            if not _is_lock_conflict(exc):
                raise WarehouseDamaged(damage_message(path, exc)) from exc
            remaining = deadline - time.monotonic()
            holder = _lock_holder(exc)
            if remaining <= 0:
                raise WarehouseBusy(
                    f"warehouse {path} is busy: {holder} holds it; gave up after {busy_timeout_s:g}s"
                ) from exc
            pause = min(wait * (1 + random.random() / 4), remaining)
            message = f"warehouse {path} is busy ({holder} holds it); retrying in {pause:.1f}s"
            (on_busy or log.warning)(message)
            time.sleep(pause)
            wait = min(wait * 2, 5.0)
            continue
        except duckdb.Error as exc:
            raise WarehouseDamaged(damage_message(path, exc)) from exc
        try:
            check_structure(con, path)
        except BaseException:
            con.close()
            raise
        return con


def _is_lock_conflict(exc: duckdb.Error) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


def _lock_holder(exc: duckdb.Error) -> str:
    text = str(exc)
    marker = "(PID "
    if marker in text:
        pid = text.split(marker, 1)[1].split(")", 1)[0]
        return f"process {pid}"
    return "another process"


def publish_snapshot(db_path: str | Path) -> Path | None:
    """Copy the (closed, checkpointed) main file and point the snapshot link at the copy.

    The rename of the link is atomic: a reader opens either the old copy or the new one, never half
    of one, and a reader that has the old copy open keeps reading it. Call it only while holding the writer
    lock and with no write connection open. Returns None when there is nothing consistent to copy
    (no main file, or a write-ahead log not yet checkpointed)."""
    path = Path(db_path)
    if not path.exists():
        return None
    if Path(str(path) + ".wal").exists():
        log.warning("snapshot of %s not published: its write-ahead log is not checkpointed yet", path)
        return None
    target = snapshot_path(path)
    store = path.with_name(f".{path.name.removesuffix('.duckdb')}.snapshots")
    store.mkdir(exist_ok=True)
    copy = store / f"{time.time_ns()}.duckdb"
    partial = store / f".{copy.name}.partial"
    link = target.with_name(f".{target.name}.{os.getpid()}.link")
    try:
        with path.open("rb") as src, partial.open("wb") as dst:
            while chunk := src.read(8 * 1024 * 1024):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, copy)
        os.symlink(os.path.relpath(copy, target.parent), link)
        os.replace(link, target)
    finally:
        for leftover in (partial, link):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    # keep the previous copy too: a reader may be between resolving the link and opening it;
    # older ones go (a reader that has one open keeps reading it: the file lives while open)
    for old in sorted(store.glob("*.duckdb"))[:-2]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return target


def refusal_message(exc: duckdb.Error) -> str:
    """One line for a refused or failed user query (the sandbox's refusals say what was refused)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, duckdb.PermissionException) or "disabled by configuration" in first:
        return f"refused: queries may not touch files, other databases or extensions ({first})"
    if "configuration has been locked" in first:
        return f"refused: queries may not change settings ({first})"
    if "read-only mode" in first:
        return f"refused: the warehouse is read-only here ({first})"
    return first
