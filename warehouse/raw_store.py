"""The warehouse's raw pages kept as Parquet files beside it, out of the run's load transaction.

Raw pages (the compressed page bytes `conflictwire reprocess` re-reads) were inserted into DuckDB's
`raw_pages` inside the run's one transaction, and DuckDB held their blobs there: ~750 MB more in
the flow process at 10k pages (issue 18, `bench/bench_load_memory.py`). Now the Parquet files a
run spools them to during its fetch are the store:

1. SPOOL (during the run): `RunRawPages.add` writes each chunk's pages to a file under
   `.<name>.duckdb.spool/<run_id>/` (`warehouse.load.TableSpool`: the first row of a key kept).
2. SETTLE (the load, before its transaction; `load_run` calls it): the files (each fsynced as it
   was spooled) and their folder are durable; the folder is renamed to `<name>.raw/<run_id>/`
   beside the warehouse file (one rename: there whole or not at all); the raw folder is fsynced.
3. INDEX (inside the run's transaction): one `raw_page_files` row per page (`url_key`, `run_id`,
   the file relative to the raw folder, `fetched_at`), under the old table's rule: the latest copy
   of a key wins, and a key stored again leaves `raw_pages` (the pages from before migration
   0062), so each stored page is in one place (`raw_page_index` lists both).
4. GARBAGE (each writing run's start, under the writer lock; the maintenance flow after pruning):
   `collect_garbage` removes what no `raw_page_files` row names: the folder of a run killed
   between its move and its commit, or that failed in its load (whose `runs` row says `failed`,
   so the rule is "named by no index row", never "not in `runs`"), files every page of which was
   stored again later or pruned, and stale spool folders.

A page is visible only once its index row is committed; a crash at any point leaves either the
previous state (and at most an unnamed folder, removed next run) or the run whole. Readers
(`raw_page_bodies`: reprocess) read the files a key's index row names, and `raw_pages` for the
older pages. Readers on the snapshot (sandboxed: no file access) see `raw_page_index`, not bodies.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.load import TableSpool
from warehouse.queries import query_sql, run_script, write_sql
from warehouse.rows import RAW_PAGES_SCHEMA

log = logging.getLogger("conflictwire.warehouse")

BODY_COLUMNS = ("url", "final_url", "status", "content_type", "fetched_at", "body_zlib", "body_bytes")


def raw_dir(db_path: str | Path) -> Path:
    """Where the warehouse's raw-page files live: `data/conflictwire.duckdb` -> `data/conflictwire.raw/`
    (named after the file, so two warehouses in one folder never remove each other's pages)."""
    path = Path(db_path)
    return path.with_name(path.name.removesuffix(".duckdb") + ".raw")


def spool_root(db_path: str | Path) -> Path:
    """Where runs spool their raw pages before their load: `.<name>.spool/` beside the file."""
    path = Path(db_path)
    return path.parent / f".{path.name}.spool"


def database_path(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The file `con` has open (None: an in-memory database)."""
    row = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return Path(row[0]) if row and row[0] else None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class RunRawPages:
    """One run's raw pages: spooled as the run goes, settled into the warehouse's raw folder before
    its load transaction, indexed in it (`warehouse.load.load_run` calls `settle`, `write_index`,
    and `abandon` when the transaction does not commit)."""

    table = "raw_pages"

    def __init__(self, db_path: str | Path, run_id: str):
        self.db = Path(db_path)
        self.run_id = run_id
        self.spool = TableSpool("raw_pages", RAW_PAGES_SCHEMA, spool_root(db_path) / run_id)
        self.home = raw_dir(db_path) / run_id
        self._synced = 0  # the spool's files made durable so far

    @property
    def keys(self) -> set[Any]:
        return self.spool.keys

    @property
    def rows(self) -> int:
        return self.spool.rows

    @property
    def files(self) -> list[Path]:
        return self.spool.files

    def add(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Spool a chunk's pages; the new file is made durable now, while the run fetches, so the
        load's `settle` has only folders to sync."""
        self.spool.add(rows)
        for path in self.spool.files[self._synced :]:
            _fsync(path)
        self._synced = len(self.spool.files)

    def settle(self) -> None:
        """Make the spooled files durable and move their folder into the raw folder (one rename).
        Nothing reads the folder until `write_index`'s rows are committed."""
        if not self.spool.files or self.spool.directory == self.home:
            return
        for path in self.spool.files[self._synced :]:  # files not spooled through `add`
            _fsync(path)
        _fsync(self.spool.directory)
        root = self.home.parent
        root.mkdir(parents=True, exist_ok=True)
        _fsync(root.parent)
        os.rename(self.spool.directory, self.home)  # run ids are unique: the target does not exist
        _fsync(root)
        _fsync(self.spool.directory.parent)
        self.spool.files = [self.home / path.name for path in self.spool.files]
        self.spool.directory = self.home

    def write_index(self, con: duckdb.DuckDBPyConnection) -> int:
        """Index the settled files' pages (inside the run's transaction); returns how many."""
        if not self.spool.files:
            return 0
        if self.spool.directory != self.home:
            raise RuntimeError("raw pages indexed before they were settled")
        run_script(
            con,
            write_sql("index_raw_files"),
            {"files": [str(f) for f in self.spool.files], "run_id": self.run_id},
        )
        return self.spool.rows

    def abandon(self) -> None:
        """The load did not commit: its files are no store (`collect_garbage` would remove them)."""
        self.discard_spool()
        if self.spool.directory == self.home:
            shutil.rmtree(self.home, ignore_errors=True)

    def discard_spool(self) -> None:
        """Remove the spool folder if the pages never settled (a run that ended before its load)."""
        if self.spool.directory != self.home:
            shutil.rmtree(self.spool.directory, ignore_errors=True)


def collect_garbage(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> int:
    """Remove what no `raw_page_files` row names under the raw folder (whole run folders, files),
    and every spool folder. Call it holding the writer lock, outside a run's load. Returns how many
    folders and files were removed."""
    spools = spool_root(db_path)
    if spools.is_dir():
        for stale in spools.iterdir():
            shutil.rmtree(stale, ignore_errors=True)
    root = raw_dir(db_path)
    if not root.is_dir():
        return 0
    named = {r[0] for r in con.execute("SELECT DISTINCT file FROM raw_page_files").fetchall()}
    folders = {name.split("/", 1)[0] for name in named}
    removed = 0
    for entry in sorted(root.iterdir()):
        if entry.name not in folders or not entry.is_dir():
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed += 1
            continue
        for path in sorted(entry.iterdir()):
            if f"{entry.name}/{path.name}" not in named:
                path.unlink(missing_ok=True)
                removed += 1
    if removed:
        log.info("raw pages: %d folder(s) or file(s) no index row names removed from %s", removed, root)
    return removed


def damaged_files(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> list[str]:
    """The files `raw_page_files` names that are missing or not whole (no Parquet footer), each
    with how many stored pages it holds (the maintenance flow's verify step)."""
    root = raw_dir(db_path)
    rows = con.execute("SELECT file, count(*) FROM raw_page_files GROUP BY file ORDER BY file").fetchall()
    hint = f"restore {root.name}/ with the warehouse file, or forget them: DELETE FROM raw_page_files WHERE file = ..."
    problems = []
    for name, pages in rows:
        path = root / name
        try:
            with path.open("rb") as fh:
                fh.seek(-4, os.SEEK_END)
                whole = fh.read(4) == b"PAR1"
        except OSError:
            problems.append(f"raw page file {path} is missing ({pages} stored pages; {hint})")
            continue
        if not whole:
            problems.append(f"raw page file {path} is truncated ({pages} stored pages; {hint})")
    return problems


def raw_page_bodies(
    con: duckdb.DuckDBPyConnection, url_keys: Iterable[str], db_path: str | Path | None = None
) -> dict[str, dict[str, Any]]:
    """The stored page of each of `url_keys` that has one (columns `BODY_COLUMNS`), from its run's
    file or from `raw_pages`. A key whose file is missing (a warehouse copied without its raw
    folder) has no page, with a warning. `db_path`: the warehouse file (default: `con`'s)."""
    keys = sorted(set(url_keys))
    if not keys:
        return {}
    db = Path(db_path) if db_path is not None else database_path(con)
    columns = ", ".join(BODY_COLUMNS)
    found = {
        row[0]: dict(zip(BODY_COLUMNS, row[1:], strict=True))
        for row in con.execute(
            f"SELECT url_key, {columns} FROM raw_pages WHERE url_key IN (SELECT unnest(?::VARCHAR[]))", [keys]
        ).fetchall()
    }
    named = con.execute(
        "SELECT url_key, file FROM raw_page_files WHERE url_key IN (SELECT unnest(?::VARCHAR[]))", [keys]
    ).fetchall()
    if not named:
        return found
    root = raw_dir(db) if db is not None else None
    wanted = [(key, str(root / file)) for key, file in named if root is not None and (root / file).is_file()]
    if len(wanted) < len(named):
        log.warning(
            "raw pages: %d stored page(s) missing their file under %s", len(named) - len(wanted), root
        )
    if not wanted:
        return found
    con.register("_raw_wanted", pa.table({"url_key": [k for k, _ in wanted], "path": [p for _, p in wanted]}))
    try:
        rows = con.execute(query_sql("raw_page_bodies"), {"files": sorted({p for _, p in wanted})}).fetchall()
    finally:
        con.unregister("_raw_wanted")
    for row in rows:
        found[row[0]] = dict(zip(BODY_COLUMNS, row[1:], strict=True))
    return found
