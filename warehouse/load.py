"""Writing one run's results: bulk, through Arrow, in one transaction.

DuckDB allows one writing process, so a run writes once, at its end. Each table has a
natural key and an upsert rule, so re-running the same window never duplicates a row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

OnConflict = Literal["append", "ignore", "replace"]

FILL_SLICE = 2000  # rows of a filled table (`RunBatch.fillers`) completed and inserted at a time

# How each table is written: append-only logs, first-write-wins, or latest-wins, and the natural
# key that decides. "replace" deletes the incoming keys and inserts, rather than INSERT OR REPLACE,
# because a plain INSERT keeps the batch's row order (mentions stay in the coder's order).
UPSERT_RULES: dict[str, tuple[OnConflict, str | None]] = {
    "runs": ("replace", "run_id"),
    "fetch_log": ("append", None),
    "feeds": ("replace", "feed_url"),
    "seen_urls": ("ignore", "url_key"),
    "raw_pages": ("replace", "url_key"),
    "articles": ("ignore", "article_id"),
    "event_mentions": ("replace", "mention_id"),
    "page_queue": ("replace", "url_key"),
    "robots_txt": ("replace", "origin"),
}


class StagedFiles(Protocol):
    """Files a run keeps as they are, beside the warehouse (its raw pages: `warehouse.raw_store`):
    made durable and moved into place before the run's transaction (`settle`), indexed inside it
    (`write_index`: rows written), given up when it does not commit (`abandon`)."""

    table: str

    def settle(self) -> None: ...

    def write_index(self, con: duckdb.DuckDBPyConnection) -> int: ...

    def abandon(self) -> None: ...


@dataclass
class RunBatch:
    """Everything one run produced, as rows per table, plus extra writers (dedup, merge)
    that must run inside the same transaction, plus files kept as the store of a table (`files`:
    only their index is written in the transaction)."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    writers: list[Callable[[duckdb.DuckDBPyConnection], None]] = field(default_factory=list)
    files: list[StagedFiles] = field(default_factory=list)
    # FILLED_IN_SLICES: a table's rows completed only at the load, `FILL_SLICE` rows at a time
    # (the run's article texts, read back from its text spool: `flows.result_spool`)
    fillers: dict[str, Callable[[list[dict[str, Any]]], list[dict[str, Any]]]] = field(default_factory=dict)

    def add(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        self.rows.setdefault(table, []).extend(dict(r) for r in rows)


class TableSpool:
    """Rows of one table written to Parquet files in `directory` as a run produces them (one file
    per `add` with new rows), so the run does not hold them until its load. Only the keys stay in
    memory: a row whose key (the table's in `UPSERT_RULES`) the spool already holds is dropped (the
    first row of a key is kept). The files are the store of the run's raw pages
    (`warehouse.raw_store.RunRawPages`: settled and indexed by `load_run`, never inserted)."""

    def __init__(self, table: str, schema: pa.Schema, directory: Path):
        self.table, self.schema, self.directory = table, schema, directory
        self.key = UPSERT_RULES.get(table, ("append", None))[1]
        self.files: list[Path] = []
        self.keys: set[Any] = set()
        self.rows = 0

    def add(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if self.key is not None:
            fresh = []
            for row in rows:
                if row[self.key] not in self.keys:
                    self.keys.add(row[self.key])
                    fresh.append(row)
            rows = fresh
        if not rows:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{self.table}-{len(self.files):06d}.parquet"
        arrow = pa.Table.from_pylist(
            [{c: r.get(c) for c in self.schema.names} for r in rows], schema=self.schema
        )
        pq.write_table(arrow, path, compression="none")  # zlib bodies do not compress further
        self.files.append(path)
        self.rows += len(rows)


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]],
    on_conflict: OnConflict,
    key: str | None = None,
) -> int:
    """Bulk-insert `rows` (dicts keyed by column) into `table` through one Arrow table.

    With a `key`, rows sharing a key collapse to one (the last for "replace", the first for
    "ignore") and existing rows with that key are replaced or kept."""
    if not rows:
        return 0
    if on_conflict != "append":
        if key is None:
            raise ValueError(f"{on_conflict!r} into {table} needs a key column")
        unique: dict[Any, Mapping[str, Any]] = {}
        for row in rows:
            if on_conflict == "replace" or row[key] not in unique:
                unique[row[key]] = row
        rows = list(unique.values())
    columns = list(rows[0].keys())
    arrow = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    column_list = ", ".join(f'"{c}"' for c in columns)
    con.register("_incoming", arrow)
    try:
        if on_conflict == "replace":
            con.execute(f'DELETE FROM {table} WHERE "{key}" IN (SELECT "{key}" FROM _incoming)')
        where = f'WHERE "{key}" NOT IN (SELECT "{key}" FROM {table})' if on_conflict == "ignore" else ""
        con.execute(f"INSERT INTO {table} ({column_list}) SELECT {column_list} FROM _incoming {where}")
    finally:
        con.unregister("_incoming")
    return len(rows)


def delete_rows(con: duckdb.DuckDBPyConnection, table: str, key_column: str, keys: Sequence[str]) -> int:
    """Delete the rows of `table` whose `key_column` is in `keys`, in one statement."""
    if not keys:
        return 0
    con.execute(f'DELETE FROM {table} WHERE "{key_column}" IN (SELECT unnest(?::VARCHAR[]))', [list(keys)])
    return len(keys)


def load_run(
    con: duckdb.DuckDBPyConnection,
    batch: RunBatch,
    before_commit: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> dict[str, int]:
    """Write the whole batch in one transaction; on any error nothing of it is written.
    The batch's staged files are settled first (moved into place; visible only through the index
    rows the transaction writes) and abandoned when it does not reach its commit.
    `before_commit` runs last inside the transaction (crash drills kill the run there)."""
    written: dict[str, int] = {}
    try:
        for staged in batch.files:
            staged.settle()
    except BaseException:
        _abandon(batch.files)
        raise
    con.execute("BEGIN TRANSACTION")
    committing = False
    try:
        for table, rows in batch.rows.items():
            rule, key = UPSERT_RULES.get(table, ("append", None))
            fill = batch.fillers.get(table)
            if fill is None:
                written[table] = insert_rows(con, table, rows, rule, key)
            else:  # the same rows, in order: a later slice's duplicate keys meet the earlier ones' rows
                written[table] = sum(
                    insert_rows(con, table, fill(rows[i : i + FILL_SLICE]), rule, key)
                    for i in range(0, len(rows), FILL_SLICE)
                )
        for staged in batch.files:
            written[staged.table] = written.get(staged.table, 0) + staged.write_index(con)
        for writer in batch.writers:
            writer(con)
        if before_commit is not None:
            before_commit(con)
        committing = True
        con.execute("COMMIT")
    except BaseException as exc:
        # a commit that failed for memory has invalidated the instance: its ROLLBACK raises a
        # FatalException that would hide the cause (LOAD_MEMORY_CAP reads it)
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        # a commit that raised may still have happened: the next run decides; a load short of
        # memory is done again (LOAD_MEMORY_CAP), so its files stay settled (what a failed retry
        # leaves goes at the next run's `raw_store.collect_garbage`)
        if not committing and not out_of_memory(exc):
            _abandon(batch.files)
        raise
    return written


def out_of_memory(exc: BaseException) -> bool:
    """Did DuckDB fail for want of memory (under a `memory_limit`), here or in what caused it?"""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, duckdb.OutOfMemoryException) or "failed to pin block" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _abandon(files: Sequence[StagedFiles]) -> None:
    for staged in files:
        with contextlib.suppress(OSError):  # what is left goes at the next run (`raw_store.collect_garbage`)
            staged.abandon()
